"""What an agent already sent, so that it sends a key again only when its value changed.

Both agents remember, per output key, a digest of the value they last sent there (``TOMBSTONE`` after
a tombstone), in memory only: after a restart or a rebalance each value is sent again once, which is
harmless on a compacted topic whose consumers overwrite, instead of trusting a changelog that may be
ahead of the output topic. ``streams.pipeline.merge.update_many`` and ``streams.pipeline.tally.update``
decide with it what to send; the agents only ``record`` what they sent.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, MutableMapping
from typing import Final

#: The digest recorded for a key whose last message was a tombstone.
TOMBSTONE: Final = b""

Sent = Mapping[str, bytes]


def digest(value: bytes) -> bytes:
    return hashlib.blake2b(value, digest_size=16).digest()


def changed(sent: Sent, key: str, value: bytes) -> bool:
    """Whether ``value`` differs from what was last sent under ``key`` (or nothing was)."""
    return sent.get(key) != digest(value)


def tombstone_due(sent: Sent, key: str) -> bool:
    """Whether a tombstone for ``key`` is not already the last thing sent under it."""
    return sent.get(key) != TOMBSTONE


def record(sent: MutableMapping[str, bytes], key: str, value: bytes | None) -> None:
    """Remember that ``value`` (None: a tombstone) is being sent under ``key``."""
    sent[key] = TOMBSTONE if value is None else digest(value)

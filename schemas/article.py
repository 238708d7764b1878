"""Article: one news text on ``raidtally.articles`` (the event log), key = article id."""

from __future__ import annotations

import hashlib

import msgspec


class Article(msgspec.Struct, kw_only=True, forbid_unknown_fields=False):
    """A news article as producers send it. Unknown fields are ignored on decode."""

    body: str
    published_at: str
    id: str | None = None
    url: str | None = None
    outlet: str | None = None
    title: str | None = None
    language: str = "en"

    @property
    def article_id(self) -> str:
        """The producer's id, else a hash of the canonical URL, else of the body."""
        if self.id:
            return self.id
        basis = canonical_url(self.url) if self.url else self.body
        return hashlib.sha256(basis.encode("utf-8")).hexdigest()[:16]


def canonical_url(url: str) -> str:
    """Lower-case scheme and host, drop query, fragment and trailing slash: one URL, one id."""
    from urllib.parse import urlsplit

    parts = urlsplit(url.strip())
    host = parts.netloc.lower().removeprefix("www.")
    path = parts.path.rstrip("/")
    return f"{host}{path}"


encoder = msgspec.json.Encoder()
decoder = msgspec.json.Decoder(Article)

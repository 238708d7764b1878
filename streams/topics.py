"""Topic names and configs, declared once.

Every topic is ``{RAIDTALLY_TOPIC_PREFIX}.{short}``; Faust's own changelog topics are
``{RAIDTALLY_APP_ID}-{table}-changelog``, so two prefixes/app ids never share a topic.
"""

from __future__ import annotations

from dataclasses import dataclass

from streams.settings import Settings


@dataclass(frozen=True)
class TopicSpec:
    short: str
    config: dict[str, str]
    doc: str


TOPICS: tuple[TopicSpec, ...] = (
    TopicSpec(
        "articles",
        {"retention.ms": "-1", "retention.bytes": "-1"},
        "the event log: every article ever produced; unlimited retention",
    ),
    TopicSpec("reports", {"retention.ms": "-1"}, "one report per (article, incident), keyed attacker>target"),
    TopicSpec(
        "incidents", {"cleanup.policy": "compact"}, "latest version of each incident, key = incident id"
    ),
    TopicSpec("tallies", {"cleanup.policy": "compact"}, "rolling tallies, key = attacker>target:window:end"),
    TopicSpec("rejected", {"retention.ms": "-1"}, "inputs the worker could not use, with the reason"),
)

SHORT_NAMES = tuple(t.short for t in TOPICS)


def full_name(settings: Settings, name: str) -> str:
    """``incidents`` → ``raidtally.incidents``; a name with a dot is taken as it is."""
    return name if "." in name or name.endswith("-changelog") else settings.topic(name)

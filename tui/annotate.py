"""annotate: Document -> Annotations (entity spans of six kinds, speech quotes with speakers)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from tui.entities import find_names
from tui.measures import find_measures
from tui.model import Annotations, Document, Entity, EntityKind
from tui.quotes import SpeakerMemory, find_quotes

Span = tuple[int, int, str]
_NAME_KINDS = ("person", "org", "place")
# Organisation name endings an alias keeps (恒运集团 for 广州恒运企业集团股份有限公司).
_ORG_ENDINGS = (
    "股份有限公司",
    "有限公司",
    "公司",
    "集团",
    "大学",
    "研究院",
    "学院",
    "中心",
    "协会",
    "银行",
    "医院",
)


def annotate_text(text: str, paragraph: int = 0) -> tuple[Entity, ...]:
    """Entities of one stand-alone piece of text (used by `tui entities --plain`)."""
    return tuple(_entities(text, paragraph, _resolve(find_names(text) + find_measures(text))))


def annotate(document: Document) -> Annotations:
    """Entities of every body paragraph (sorted by paragraph, start) and the speech quotes."""
    paragraphs = document.paragraphs
    found = [find_names(p.text) + find_measures(p.text) for p in paragraphs]
    found = _consistent(paragraphs_text := [p.text for p in paragraphs], found)
    aliases = _aliases(paragraphs_text, found)
    entities: list[Entity] = []
    quotes = []
    memory = SpeakerMemory()
    for paragraph, spans in zip(paragraphs, found, strict=True):
        own = _entities(paragraph.text, paragraph.index, _resolve(spans), aliases)
        entities.extend(own)
        quotes.extend(find_quotes(paragraph.text, paragraph.index, own, memory))
    return Annotations(entities=tuple(entities), quotes=tuple(quotes))


def _entities(
    text: str, paragraph: int, spans: Iterable[Span], aliases: dict[str, str] | None = None
) -> list[Entity]:
    out = []
    for start, end, kind in spans:
        name = text[start:end]
        canonical = aliases.get(name, "") if aliases else ""
        out.append(Entity(_kind(kind), start, end, name, paragraph, canonical))
    return out


def _kind(kind: str) -> EntityKind:
    assert kind in ("person", "org", "place", "time", "number", "title")
    return kind  # type: ignore[return-value]


def _resolve(spans: list[Span]) -> list[Span]:
    """Sorted spans where no two cross; a title may hold names (《李白》), nothing else nests."""
    spans = sorted(set(spans), key=lambda s: (s[0], -(s[1] - s[0]), s[2]))
    kept: list[Span] = []
    last_end = 0  # end of the last kept span other than a title
    for span in spans:
        start, end, kind = span
        if kind == "title":
            kept.append(span)
        elif start >= last_end:
            kept.append(span)
            last_end = end
    # A title crossing a name (not holding it) cannot be shown: drop the title.
    names = [s for s in kept if s[2] != "title"]
    return [
        s
        for s in kept
        if s[2] != "title"
        or not any(
            n[0] < s[1] and s[0] < n[1] and not (s[0] <= n[0] and n[1] <= s[1]) for n in names
        )
    ]


def _consistent(texts: list[str], found: list[list[Span]]) -> list[list[Span]]:
    """A name recognised once is recognised at every other mention in the document."""
    known: dict[str, str] = {}
    for text, spans in zip(texts, found, strict=True):
        for start, end, kind in spans:
            if kind in _NAME_KINDS and end - start >= 2:
                known.setdefault(text[start:end], kind)
    if not known:
        return found
    pattern = re.compile("|".join(re.escape(n) for n in sorted(known, key=len, reverse=True)))
    result = []
    for text, spans in zip(texts, found, strict=True):
        covered = bytearray(len(text))
        for start, end, kind in spans:
            if kind != "title":
                covered[start:end] = b"\x01" * (end - start)
        extra = [
            (m.start(), m.end(), known[m.group()])
            for m in pattern.finditer(text)
            if not any(covered[m.start() : m.end()])
        ]
        result.append(spans + extra)
    return result


def _aliases(texts: list[str], found: list[list[Span]]) -> dict[str, str]:
    """Short organisation names linked to the full name they abbreviate (恒运集团 -> 广州恒运…)."""
    orgs = {
        text[s:e]
        for text, spans in zip(texts, found, strict=True)
        for s, e, k in spans
        if k == "org"
    }
    aliases: dict[str, str] = {}
    for short in orgs:
        ending = next((x for x in _ORG_ENDINGS if short.endswith(x)), None)
        if ending is None:
            continue
        core = short[: -len(ending)]
        if len(core) < 2:
            continue
        longer = [
            full for full in orgs if core in full and ending in full and len(full) > len(short)
        ]
        if len(longer) == 1:
            aliases[short] = longer[0]
    return aliases

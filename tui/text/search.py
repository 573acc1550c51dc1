"""search: find a query in a document's body, as Chinese text or as pinyin (guangzhou, gz).

A query with Latin letters is read both ways: as literal text (case-insensitive) and as pinyin,
where each Han character is matched by its full syllable, its initial (g, zh …) or, for the last
character typed, any prefix of its syllable. Polyphones match by any of their readings
(重 is zhong and chong), since a reader types the reading they know.
Spaces or apostrophes in a pinyin query mark syllable boundaries ("guang zhou", "xi'an").
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from tui.model import Document, Paragraph


@dataclass(frozen=True)
class Match:
    paragraph: int  # Paragraph.index
    start: int
    end: int
    text: str  # the matched text as it stands in the paragraph


_HAN_RANGES = "\u3400-\u9fff\uf900-\ufaff\U00020000-\U0002ffff"
_PINYIN_QUERY = re.compile(f"[a-zü' {_HAN_RANGES}]*[a-zü][a-zü' {_HAN_RANGES}]*")
_TONE_DIGITS = re.compile(r"(?<=[a-zü])[1-5]")
_HAN = re.compile(f"[{_HAN_RANGES}]")
_INITIALS = ("zh", "ch", "sh")


def search(document: Document, query: str) -> tuple[Match, ...]:
    """Every match of `query` in the body, in document order, none overlapping another."""
    return tuple(search_paragraphs(document.iter_paragraphs(), query))


def search_paragraphs(paragraphs: Iterable[Paragraph], query: str) -> list[Match]:
    query = query.strip()
    if not query:
        return []
    literal = re.compile(re.escape(query), re.IGNORECASE)
    pinyin = pinyin_query(query)
    paragraphs = list(paragraphs)
    matcher = None
    if pinyin:
        matcher = _PinyinMatcher(pinyin, set().union(*(p.text for p in paragraphs)))
    matches: list[Match] = []
    for paragraph in paragraphs:
        text = paragraph.text
        spans = [(m.start(), m.end()) for m in literal.finditer(text)]
        if matcher is not None:
            spans = _merge(spans, matcher.spans(text))
        matches.extend(Match(paragraph.index, s, e, text[s:e]) for s, e in spans)
    return matches


def pinyin_query(query: str) -> tuple[str, frozenset[int]] | None:
    """The query as pinyin letters (Han characters may stand among them as themselves) and
    the positions of the syllable breaks typed in it, or None when it is not pinyin: no
    letter, or characters other than letters, Han, tones and breaks."""
    text = _TONE_DIGITS.sub("", query.lower()).replace("ü", "v").replace("’", "'")
    if not _PINYIN_QUERY.fullmatch(text):
        return None
    letters: list[str] = []
    breaks: set[int] = set()
    for char in text:
        if char in " '":
            breaks.add(len(letters))
        else:
            letters.append(char)
    if len(letters) < 2:  # one letter would light up a tenth of the text
        return None
    return "".join(letters), frozenset(breaks)


def _merge(first: list[tuple[int, int]], second: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans of both lists in order; where two overlap, the earlier (then `first`'s) wins."""
    if not second:
        return first
    ranked = sorted([(s, 0, e) for s, e in first] + [(s, 1, e) for s, e in second])
    merged: list[tuple[int, int]] = []
    for start, _, end in ranked:
        if not merged or start >= merged[-1][1]:
            merged.append((start, end))
    return merged


@cache
def readings(char: str) -> tuple[str, ...]:
    """The toneless pinyin readings of one Han character ('v' for ü, with 'u' as an alias)."""
    from pypinyin.pinyin_dict import pinyin_dict

    marked = pinyin_dict.get(ord(char))
    if not marked:
        return ()
    found: list[str] = []
    for reading in marked.split(","):
        plain = unicodedata.normalize("NFD", reading).replace("u\u0308", "v")
        plain = "".join(c for c in plain if not unicodedata.combining(c))
        for variant in (plain, plain.replace("v", "u")):
            if variant and variant not in found:
                found.append(variant)
    return tuple(found)


@cache
def _heads(reading: str) -> tuple[str, ...]:
    """What may stand for a syllable that is not the last typed: itself, its initial, a letter."""
    heads = [reading]
    for initial in _INITIALS:
        if reading.startswith(initial) and reading != initial:
            heads.append(initial)
    if len(reading) > 1:
        heads.append(reading[0])
    return tuple(heads)


class _PinyinMatcher:
    """Finds the runs of Han characters a pinyin query spells.

    The query is matched as a small automaton: a state is how many of its letters are spelt,
    and each Han character moves a state to the states its readings allow. Transitions are
    memoised per (character, state), and a regex made of the characters that can spell the
    first two steps lets the engine skip the rest of a long text at C speed.
    """

    def __init__(self, pinyin: tuple[str, frozenset[int]], chars: Iterable[str]) -> None:
        self.letters, self.breaks = pinyin
        self._moves: dict[tuple[str, int], tuple[int, ...]] = {}
        self.candidates = self._prefilter({c for c in chars if _HAN.match(c)})

    def spans(self, text: str) -> list[tuple[int, int]]:
        spans: list[tuple[int, int]] = []
        position = 0
        find = self.candidates.search
        while (found := find(text, position)) is not None:
            start = found.start()
            end = self._match_from(text, start)
            if end is None:
                position = start + 1
            else:
                spans.append((start, end))
                position = end
        return spans

    def _prefilter(self, chars: set[str]) -> re.Pattern[str]:
        done = len(self.letters)
        first = sorted(c for c in chars if self._move(c, 0))
        if not first:
            return re.compile("(?!)")
        after = {q for c in first for q in self._move(c, 0)}
        pattern = _char_class(first)
        if done not in after:  # every match is at least two characters long
            second = sorted(c for c in chars if any(self._move(c, q) for q in after))
            pattern += _char_class(second) if second else "(?!)"
        return re.compile(pattern)

    def _breaks_within(self, start: int, end: int) -> bool:
        return any(b in self.breaks for b in range(start + 1, end))

    def _move(self, char: str, consumed: int) -> tuple[int, ...]:
        """How many letters may be spelt after `char` spells some from `consumed` on."""
        key = (char, consumed)
        moves = self._moves.get(key)
        if moves is not None:
            return moves
        letters = self.letters
        rest = letters[consumed:]
        found: set[int] = set()
        if _HAN.match(rest):  # a character typed as itself, in a query mixed with pinyin
            return self._moves.setdefault(key, (consumed + 1,) if char == rest[0] else ())
        for reading in readings(char):
            # The last syllable typed may be incomplete, but may not span a typed break.
            if reading.startswith(rest) and not self._breaks_within(consumed, len(letters)):
                found.add(len(letters))
            for head in _heads(reading):
                end = consumed + len(head)
                if rest.startswith(head) and not self._breaks_within(consumed, end):
                    found.add(end)
        moves = self._moves[key] = tuple(sorted(found, reverse=True))
        return moves

    def _match_from(self, text: str, index: int) -> int | None:
        """The end of the shortest match starting at text[index], if there is one."""
        done = len(self.letters)
        states = {0}
        while states:
            if done in states:
                return index
            if index >= len(text):
                return None
            char = text[index]
            states = {q for state in states for q in self._move(char, state)}
            index += 1
        return None


def _char_class(chars: list[str]) -> str:
    return "[" + "".join(re.escape(c) for c in chars) + "]"

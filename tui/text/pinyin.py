"""The one pinyin matcher: finds the Han text a pinyin query spells, for `/`, the list filters
and the command palette alike.

A query such as `guangzhou`, `gz`, `guang zhou`, `xi'an` or `zhongguoyh` spells Han characters
syllable by syllable: each by its full syllable, its initial (g, zh …) or its first letter, and
the last one typed by any prefix of its syllable; a typed zh, ch or sh is one initial. A
character is read the way it is read in context: inside a word that pypinyin's phrase
dictionary knows, by that word's reading (合作 is hézuò, so `hezuo` finds it and `gezuo` does
not; 重庆 is chóngqìng); elsewhere by any of its readings (重 alone may be zhong or chong),
since a reader types the reading they know.
Han characters may also stand in the query as themselves (`广zhou`).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache

_HAN_RANGES = "\u3400-\u9fff\uf900-\ufaff\U00020000-\U0002ffff"
_HAN = re.compile(f"[{_HAN_RANGES}]")
_HAN_RUN = re.compile(f"[{_HAN_RANGES}]+")
_QUERY = re.compile(f"[a-zü' {_HAN_RANGES}]*[a-zü][a-zü' {_HAN_RANGES}]*")
_TONE_DIGITS = re.compile(r"(?<=[a-zü])[1-5]")
_INITIALS = ("zh", "ch", "sh")

Readings = tuple[str, ...]  # the toneless syllables a character may be typed as


@dataclass(frozen=True)
class PinyinQuery:
    """A query as pinyin letters (Han characters may stand among them as themselves) and the
    positions of the syllable breaks typed in it."""

    letters: str
    breaks: frozenset[int]

    @classmethod
    def parse(cls, query: str) -> PinyinQuery | None:
        """None when the query is not pinyin: no letter, fewer than two (one letter would
        light up a tenth of a text), or other characters than letters, Han, tones, breaks."""
        text = _TONE_DIGITS.sub("", query.strip().lower()).replace("ü", "v").replace("’", "'")
        if not _QUERY.fullmatch(text):
            return None
        letters: list[str] = []
        breaks: set[int] = set()
        for char in text:
            if char in " '":
                breaks.add(len(letters))
            else:
                letters.append(char)
        if len(letters) < 2:
            return None
        return cls("".join(letters), frozenset(breaks))


@cache
def readings(char: str) -> Readings:
    """Every toneless reading of one Han character ('v' for ü, with 'u' as an alias)."""
    from pypinyin.pinyin_dict import pinyin_dict

    marked = pinyin_dict.get(ord(char))
    return _plain(marked.split(",")) if marked else ()


def _plain(marked: Iterable[str]) -> Readings:
    found: list[str] = []
    for reading in marked:
        plain = unicodedata.normalize("NFD", reading).replace("u\u0308", "v")
        plain = "".join(c for c in plain if not unicodedata.combining(c))
        for variant in (plain, plain.replace("v", "u")):
            if variant and variant not in found:
                found.append(variant)
    return tuple(found)


@cache
def _phrases() -> dict[str, list[list[str]]]:
    from pypinyin.constants import PHRASES_DICT

    return PHRASES_DICT


_LONGEST_PHRASE = 8  # longer words are read by their parts


# Enough for every paragraph of a long novel and the names of a list, typed over again.
@lru_cache(maxsize=1 << 15)
def context_readings(text: str) -> tuple[Readings, ...]:
    """For each character of `text`, the readings it may be typed as where it stands: a
    known word's own reading, else every reading of the character (non-Han: none)."""
    from tui.text.segment import cut

    result: list[Readings] = [()] * len(text)
    phrases = _phrases()
    for run in _HAN_RUN.finditer(text):
        position = run.start()
        for word in cut(run.group()):
            _read_word(word, position, result, phrases)
            position += len(word)
    return tuple(result)


def _read_word(
    word: str, at: int, result: list[Readings], phrases: dict[str, list[list[str]]]
) -> None:
    """The readings of a word's characters: the longest known phrases inside it, from the
    left, by their own reading; any other character by each of its readings."""
    i = 0
    while i < len(word):
        for size in range(min(len(word) - i, _LONGEST_PHRASE), 1, -1):
            phrase = phrases.get(word[i : i + size])
            if phrase is not None and len(phrase) == size:
                for k, marked in enumerate(phrase):
                    result[at + i + k] = _plain(marked) or readings(word[i + k])
                i += size
                break
        else:
            result[at + i] = readings(word[i])
            i += 1


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


class PinyinMatcher:
    """Finds the runs of Han characters a pinyin query spells.

    The query is matched as a small automaton: a state is how many of its letters are spelt,
    and each character moves a state to the states its readings allow there. Moves are
    memoised per (readings, state), and a regex of the characters that can spell the first
    two steps under any of their readings skips the rest of a long text at C speed; only
    where it finds a candidate are the characters read in context.
    """

    def __init__(self, query: PinyinQuery, chars: Iterable[str] | None = None) -> None:
        self.letters, self.breaks = query.letters, query.breaks
        self._moves: dict[tuple[Readings | str, int], tuple[int, ...]] = {}
        self._candidates = self._prefilter(chars)

    def spans(self, text: str) -> list[tuple[int, int]]:
        """Every (start, end) the query spells in `text`, the shortest at each start, in
        order and not overlapping."""
        found = self._candidates.search(text)
        if found is None:
            return []
        context = context_readings(text)
        spans: list[tuple[int, int]] = []
        position = found.start()
        while found is not None:
            start = found.start()
            end = self._match_from(text, context, start)
            if end is None:
                position = start + 1
            else:
                spans.append((start, end))
                position = end
            found = self._candidates.search(text, position)
        return spans

    def _prefilter(self, chars: Iterable[str] | None) -> re.Pattern[str]:
        """Characters that may start a match, then one that may follow (superset: any
        reading); over `chars` when the text's characters are known, else over the query's."""
        if chars is None:
            return re.compile(f"[{_HAN_RANGES}]")
        chars = {c for c in chars if _HAN.match(c)}
        done = len(self.letters)
        first = sorted(c for c in chars if self._move(c, readings(c), 0))
        if not first:
            return re.compile("(?!)")
        after = {q for c in first for q in self._move(c, readings(c), 0)}
        pattern = _char_class(first)
        if done not in after:  # every match is at least two characters long
            second = sorted(c for c in chars if any(self._move(c, readings(c), q) for q in after))
            pattern += _char_class(second) if second else "(?!)"
        return re.compile(pattern)

    def _breaks_within(self, start: int, end: int) -> bool:
        return any(b in self.breaks for b in range(start + 1, end))

    def _parts_an_initial(self, at: int) -> bool:
        """Whether a syllable ending at letter `at` would part a typed zh, ch or sh: its h
        opens no syllable of its own (guangzhou spells 广州, not 光之后 as guang z hou),
        unless a break is typed there (z'hou)."""
        letters = self.letters
        return (
            0 < at < len(letters)
            and letters[at] == "h"
            and letters[at - 1] in "zcs"
            and at not in self.breaks
        )

    def _move(self, char: str, options: Readings, consumed: int) -> tuple[int, ...]:
        """How many letters may be spelt after `char`, read as one of `options`, spells some
        from `consumed` on."""
        letters = self.letters
        rest = letters[consumed:]
        if rest and _HAN.match(rest[0]):  # a character typed as itself
            return (consumed + 1,) if char == rest[0] else ()
        key = (options, consumed)
        moves = self._moves.get(key)
        if moves is not None:
            return moves
        found: set[int] = set()
        for reading in options:
            # The last syllable typed may be incomplete, but may not span a typed break.
            if reading.startswith(rest) and not self._breaks_within(consumed, len(letters)):
                found.add(len(letters))
            for head in _heads(reading):
                end = consumed + len(head)
                if (
                    rest.startswith(head)
                    and not self._breaks_within(consumed, end)
                    and not self._parts_an_initial(end)
                ):
                    found.add(end)
        moves = self._moves[key] = tuple(sorted(found, reverse=True))
        return moves

    def _match_from(self, text: str, context: tuple[Readings, ...], index: int) -> int | None:
        """The end of the shortest match starting at text[index], if there is one."""
        done = len(self.letters)
        states = {0}
        while states:
            if done in states:
                return index
            if index >= len(text):
                return None
            char, options = text[index], context[index]
            states = {q for state in states for q in self._move(char, options, state)}
            index += 1
        return None


def _char_class(chars: list[str]) -> str:
    return "[" + "".join(re.escape(c) for c in chars) + "]"


class TextMatcher:
    """A query, ready to find itself in many texts: as text (case-insensitive) or, when it
    is pinyin, as the Han characters it spells."""

    def __init__(self, query: str, chars: Iterable[str] | None = None) -> None:
        """`chars`: the characters of the texts to come, when known (a faster prefilter)."""
        self.query = query.strip()
        self._literal = re.compile(re.escape(self.query), re.IGNORECASE)
        pinyin = PinyinQuery.parse(self.query) if self.query else None
        self._pinyin = PinyinMatcher(pinyin, chars) if pinyin is not None else None

    def spans(self, text: str) -> list[tuple[int, int]]:
        """In order; where a literal and a pinyin match overlap, the earlier wins."""
        if not self.query:
            return []
        literal = [(m.start(), m.end()) for m in self._literal.finditer(text)]
        if self._pinyin is None:
            return literal
        return merge_spans(literal, self._pinyin.spans(text))

    def matches(self, text: str) -> bool:
        if not self.query or self._literal.search(text):
            return True
        return self._pinyin is not None and bool(self._pinyin.spans(text))


def name_matches(query: str | TextMatcher, names: Iterable[str]) -> bool:
    """Whether one of `names` holds the query, as text or as pinyin (a list's filter)."""
    matcher = query if isinstance(query, TextMatcher) else TextMatcher(query)
    return any(matcher.matches(name) for name in names)


def merge_spans(
    first: list[tuple[int, int]], second: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """Spans of both lists in order; where two overlap, the earlier (then `first`'s) wins."""
    if not second:
        return first
    ranked = sorted([(s, 0, e) for s, e in first] + [(s, 1, e) for s, e in second])
    merged: list[tuple[int, int]] = []
    for start, _, end in ranked:
        if not merged or start >= merged[-1][1]:
            merged.append((start, end))
    return merged

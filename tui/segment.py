"""Word segmentation and POS tagging, loaded lazily and once (rjieba: jieba's dictionary)."""

from __future__ import annotations

import re
import sys
from functools import cache
from importlib.util import find_spec
from pathlib import Path
from types import ModuleType


@cache
def _engine() -> ModuleType:
    import rjieba

    return rjieba


def tag(text: str) -> list[tuple[str, str]]:
    """(word, jieba POS tag) pairs covering `text` exactly, in order."""
    return _engine().tag(text)


def cut(text: str) -> list[str]:
    return _engine().cut(text)


@cache
def _dictionary() -> tuple[dict[str, int], dict[str, str]]:
    """From jieba's dictionary: the frequency of every two-character word and of every
    three-character word it tags as a name or place (nr, nrt, ns), and the tag of every
    two-character word. The
    annotator uses them to tell a name (李建国: unknown or rare) from an ordinary word the
    dictionary mistags (安全感 opens with 安全, a common word), and 中美 from 非法."""
    spec = find_spec("jieba")  # the data file only: importing jieba itself costs a second
    if spec is None or not spec.submodule_search_locations:
        return {}, {}
    path = Path(next(iter(spec.submodule_search_locations))) / "dict.txt"
    frequencies: dict[str, int] = {}
    tags: dict[str, str] = {}
    with path.open(encoding="utf-8") as lines:
        # Regular expressions over ~1 MB chunks: several times faster than a loop over lines,
        # without holding the whole 8 MB file as text at once (peak memory counts).
        for chunk in iter(lambda: "".join(lines.readlines(1 << 20)), ""):
            for entry in _TWO_CHARACTER_ENTRY.finditer(chunk):
                word = entry[1]
                frequencies[word] = int(entry[2])
                tags[word] = sys.intern(entry[3])  # a few dozen tags: one string each
            for entry in _NAME_ENTRY.finditer(chunk):
                frequencies[entry[1]] = int(entry[2])
    return frequencies, tags


_TWO_CHARACTER_ENTRY = re.compile(r"^(\S\S) (\d+) (\w+)$", re.MULTILINE)
# Names and places of three characters: the annotator asks about no longer ones.
_NAME_ENTRY = re.compile(r"^(\S\S\S) (\d+) (?:nr|nrt|ns)$", re.MULTILINE)


def word_frequency(word: str) -> int:
    """jieba's dictionary frequency of a two-character word or of a three-character name or
    place; 0 when the dictionary does not have it."""
    return _dictionary()[0].get(word, 0)


def dictionary_tag(word: str) -> str | None:
    """The tag jieba's dictionary gives a two-character word; None when it has none."""
    return _dictionary()[1].get(word)

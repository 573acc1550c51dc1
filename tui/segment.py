"""Word segmentation and POS tagging, loaded lazily and once (rjieba: jieba's dictionary)."""

from __future__ import annotations

import re
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
def _dictionary_frequencies() -> dict[str, int]:
    """Frequencies from jieba's dictionary: every two-character word, and every word it tags
    as a name or place (nr, nrt, ns). The annotator uses them to tell a name (陈鸿宇: unknown or
    rare) from an ordinary word the dictionary mistags (安全感 opens with 安全, a common word)."""
    spec = find_spec("jieba")  # the data file only: importing jieba itself costs a second
    if spec is None or not spec.submodule_search_locations:
        return {}
    path = Path(next(iter(spec.submodule_search_locations))) / "dict.txt"
    text = path.read_text(encoding="utf-8")
    # Regular expressions over the whole file: several times faster than a loop over lines.
    frequencies = {w: int(f) for w, f in _TWO_CHARACTER_ENTRY.findall(text)}
    frequencies.update((w, int(f)) for w, f in _NAME_ENTRY.findall(text))
    return frequencies


_TWO_CHARACTER_ENTRY = re.compile(r"^(\S\S) (\d+) ", re.MULTILINE)
_NAME_ENTRY = re.compile(r"^(\S+) (\d+) (?:nr|nrt|ns)$", re.MULTILINE)


def word_frequency(word: str) -> int:
    """jieba's dictionary frequency of a two-character word or of a name or place; 0 when the
    dictionary does not have it."""
    return _dictionary_frequencies().get(word, 0)

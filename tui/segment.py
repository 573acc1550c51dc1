"""Word segmentation and POS tagging, loaded lazily and once (rjieba: jieba's dictionary)."""

from __future__ import annotations

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
def _person_word_frequencies() -> dict[str, int]:
    """Frequencies of the words jieba's dictionary tags as names (nr): the annotator uses them
    to tell a name (陈鸿宇, rare) from an ordinary word the dictionary mistags (文明, common)."""
    spec = find_spec("jieba")  # the data file only: importing jieba itself costs a second
    if spec is None or not spec.submodule_search_locations:
        return {}
    path = Path(next(iter(spec.submodule_search_locations))) / "dict.txt"
    frequencies: dict[str, int] = {}
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            if line.endswith(" nr\n"):
                word, frequency, _ = line.split(" ")
                frequencies[word] = int(frequency)
    return frequencies


def word_frequency(word: str) -> int:
    """jieba's dictionary frequency of a word it tags as a name; 0 when it has none."""
    return _person_word_frequencies().get(word, 0)


def in_dictionary(word: str) -> bool:
    """Whether jieba knows the word (an unknown one was guessed by its HMM: often a name)."""
    return _engine().has_word(word)

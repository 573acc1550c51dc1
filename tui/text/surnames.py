"""Chinese family names, the commonest first: the one list of them (tui/annotate/data/
surnames.txt), read here so that the parser, which splits names a text browser glued together,
and the annotator, which finds names, share it without the parser importing the annotator."""

from __future__ import annotations

from functools import cache
from pathlib import Path

_LIST = Path(__file__).resolve().parent.parent / "annotate" / "data" / "surnames.txt"
COMMON = 100  # the hundred commonest open most names; rarer ones are more often a word's start
FAMILIAR = 200  # … and the two hundred commonest open names often enough to trust a weak sign
_NONE = 1 << 30


@cache
def ranks() -> dict[str, int]:
    """Family name -> its place in the list (0 the commonest; a name listed twice keeps its
    first place)."""
    text = _LIST.read_text(encoding="utf-8")
    words = [w for line in text.splitlines() if not line.startswith("#") for w in line.split()]
    return {word: rank for rank, word in reversed(list(enumerate(words)))}


def rank(name: str) -> int:
    """How common a family name is (0 the commonest); very large for one that is none."""
    return ranks().get(name, _NONE)


def opens_a_name(text: str) -> bool:
    """Whether `text` starts with a family name, of one character or two (欧阳)."""
    names = ranks()
    return text[:1] in names or text[:2] in names


def is_common(name: str) -> bool:
    return rank(name) < COMMON


def is_familiar(name: str) -> bool:
    return rank(name) < FAMILIAR

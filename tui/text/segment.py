"""Word segmentation and POS tagging, loaded lazily and once (rjieba: jieba's dictionary)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import cache
from types import ModuleType

from tui.text.wordtables import word_tables


@cache
def _engine() -> ModuleType:
    import rjieba

    return rjieba


# Annotating and analysing a document tag the same paragraphs; within `tags_shared()` a text is
# tagged once. A context variable, not a global: the app analyses in several worker threads.
_shared_tags: ContextVar[dict[str, list[tuple[str, str]]] | None] = ContextVar(
    "shared_tags", default=None
)


@contextmanager
def tags_shared() -> Iterator[None]:
    token = _shared_tags.set({})
    try:
        yield
    finally:
        _shared_tags.reset(token)


def tag(text: str) -> list[tuple[str, str]]:
    """(word, jieba POS tag) pairs covering `text` exactly, in order."""
    memo = _shared_tags.get()
    if memo is None:
        return _engine().tag(text)
    tokens = memo.get(text)
    if tokens is None:
        tokens = memo[text] = _engine().tag(text)
    return list(tokens)  # a copy: a caller may edit its list


def cut(text: str) -> list[str]:
    return _engine().cut(text)


_NAME_TAGS = frozenset({"nr", "nrt", "ns"})


def _entry(word: str) -> tuple[int, str] | None:
    """(frequency, tag) of `word` in jieba's dictionary, or None. rjieba holds that dictionary
    in memory (every word of jieba's dict.txt): a word it lacks — three in five of those the
    annotator asks about, new names mostly — is answered without a query of the tables."""
    if not _engine().has_word(word):
        return None
    return word_tables().entry(word)


def word_frequency(word: str) -> int:
    """jieba's dictionary frequency of a two-character word or of a three-character name or
    place; 0 when the dictionary does not have it. The annotator uses it to tell a name
    (李建国: unknown or rare) from an ordinary word the dictionary mistags (安全感 opens with
    安全, a common word)."""
    if len(word) not in (2, 3):
        return 0
    entry = _entry(word)
    if entry is None or (len(word) == 3 and entry[1] not in _NAME_TAGS):
        return 0
    return entry[0]


def dictionary_frequency(word: str) -> int:
    """jieba's dictionary frequency of any word, whatever its tag; 0 when it has none."""
    entry = _entry(word)
    return entry[0] if entry else 0


def dictionary_entry(word: str) -> tuple[int, str] | None:
    """(frequency, tag) of any word in jieba's dictionary; None when it has none."""
    return _entry(word)


def dictionary_tag(word: str) -> str | None:
    """The tag jieba's dictionary gives a two-character word (中美 vs 非法); None when it has
    none."""
    if len(word) != 2:
        return None
    entry = _entry(word)
    return entry[1] if entry else None


_PERSON_TAGS = frozenset({"nr", "nrfg", "nrt"})


def known_person(word: str) -> bool:
    """Whether jieba's dictionary lists `word` as a person's name (马克思, 邓小平)."""
    entry = _entry(word)
    return entry is not None and entry[1] in _PERSON_TAGS


def prefetch(words: Iterable[str]) -> None:
    """Look up, in one query, the words the annotator may ask about."""
    word_tables().prefetch(w for w in words if len(w) in (2, 3))

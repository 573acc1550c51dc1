"""Word segmentation and POS tagging, loaded lazily and once (rjieba: jieba's dictionary, in Rust)."""

from __future__ import annotations

from functools import cache
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

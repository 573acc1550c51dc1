"""A table of verdicts on tokens, each worked out once in a process.

Rules that look at every token of every text ask the same questions of the same common words
(的, 说, 问题) over and over; a dict answers one asked before by a look-up in C, where even a
cached function costs a call. The table is bounded: past its size it starts again.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Generic, TypeVar

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")

_MOST = 1 << 17  # keys kept; a corpus's vocabulary of (word, tag) pairs fits many times over


class Verdicts(dict[K, V], Generic[K, V]):
    """key -> judge(key), judged at the first asking: `verdicts[key]`."""

    def __init__(self, judge: Callable[[K], V], most: int = _MOST) -> None:
        super().__init__()
        self._judge = judge
        self._most = most

    def __missing__(self, key: K) -> V:
        if len(self) >= self._most:
            self.clear()
        verdict = self[key] = self._judge(key)
        return verdict

"""What n/N step through and what the search bar says: one small object holding the state of
a search (its query and matches) or of stepping through one entity's mentions. No Textual here:
the app asks it, and shows what it says."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Literal

from tui.i18n import _
from tui.model import EntityKind
from tui.vocabulary import count_matches, count_mentions

Span = tuple[int, int, int]  # (paragraph, start, end)
Mode = Literal["search", "entity"]


@dataclass
class Stepping:
    """None, a search (typed after /, its matches once found), or one entity's mentions."""

    mode: Mode | None = None
    query: str = ""  # the search as typed
    entity: tuple[EntityKind, str] | None = None  # (kind, full name) being stepped through
    spans: list[Span] = field(default_factory=list)
    current: int = -1  # index into spans of the one marked; -1: none yet
    answered: str | None = None  # the query whose matches `spans` holds

    @property
    def active(self) -> bool:
        """Whether n/N step through something (else n and N are the section keys)."""
        return self.mode == "entity" or (self.mode == "search" and self.answered is not None)

    def start_search(self) -> None:
        """/ pressed: a search with nothing asked yet (an entity stepped through is left)."""
        if self.mode != "search":
            self.leave()
            self.mode = "search"

    def typed(self, query: str) -> None:
        """The query as the reader has it now; its matches come later (`found`)."""
        self.query = query
        if not query.strip():
            self.spans, self.current, self.answered = [], -1, None

    def found(self, query: str, spans: Sequence[Span]) -> bool:
        """The matches of `query`; False (and nothing changes) when they come too late: the
        search was left, or the query typed over, since it was asked."""
        if self.mode != "search" or query != self.query or not query.strip():
            return False
        if self.answered == query:
            return False  # a late answer to a query already shown (Enter ran it at once)
        self.spans, self.current, self.answered = list(spans), -1, query
        return True

    def start_entity(self, kind: EntityKind, name: str, spans: Sequence[Span]) -> None:
        self.leave()
        self.mode, self.entity, self.spans = "entity", (kind, name), list(spans)

    def is_stepping(self, kind: EntityKind, name: str) -> bool:
        return self.mode == "entity" and self.entity == (kind, name)

    def leave(self) -> None:
        self.mode, self.query, self.entity, self.answered = None, "", None, None
        self.spans, self.current = [], -1

    def step(self, delta: int) -> Span | None:
        """The next (1) or previous (-1) span, round the end; None when there is none."""
        if not self.spans:
            return None
        self.current = (self.current + delta) % len(self.spans)
        return self.spans[self.current]

    def go_to(self, paragraph: int, offset: int) -> Span | None:
        """Make the span holding `offset` of `paragraph` the current one, if one does."""
        for index, (p, start, end) in enumerate(self.spans):
            if p == paragraph and start <= offset < end:
                self.current = index
                return self.spans[index]
        return None

    def first_from(self, is_below: Callable[[Span], bool]) -> None:
        """Get ready so that the next step lands on the first span `is_below` the reader (the
        first of all when none is): as less and vim go from where you are."""
        first = next((i for i, span in enumerate(self.spans) if is_below(span)), 0)
        self.current = first - 1

    def hits(self, section_of: Callable[[int], int]) -> dict[int, int] | None:
        """How many matches or mentions each section holds; None when nothing is stepped."""
        if not self.active:
            return None
        counts: dict[int, int] = {}
        for paragraph, _start, _end in self.spans:
            section = section_of(paragraph)
            counts[section] = counts.get(section, 0) + 1
        return counts

    def describe(self) -> str:
        """The count the search bar shows: '3 matches', 'match 2/3', 'no mentions' …"""
        if self.mode is None or (self.mode == "search" and self.answered is None):
            return ""
        search = self.mode == "search"
        if not self.spans:
            return _("no matches") if search else _("no mentions")
        total = len(self.spans)
        if self.current >= 0:
            where = _("match {n}/{total}") if search else _("mention {n}/{total}")
            return where.format(n=self.current + 1, total=total)
        return count_matches(total) if search else count_mentions(total)

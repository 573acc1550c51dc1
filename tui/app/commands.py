"""Command-palette providers (ctrl+p): go to a section, find an entity, open a document.

A hit is matched as Textual matches commands (fuzzy) and by the one pinyin matcher, so
`zhongguoyh` finds 中国银行 here as it does after / and in the entity list. Every string from a
document or a path goes in as Content, never as markup: a title such as
`[@click=app.quit]…` is shown, not obeyed.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import partial
from typing import TYPE_CHECKING

from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.content import Content
from textual.fuzzy import FuzzySearch
from textual.markup import escape

from tui.app.documents import document_label
from tui.i18n import _
from tui.text.pinyin import TextMatcher
from tui.vocabulary import count_mentions, count_paragraphs, kind_label, section_label

if TYPE_CHECKING:
    from tui.app.app import ExplorerApp


class Command:
    """One thing the palette can do: what it shows, the part of it a query matches, the help."""

    def __init__(
        self, prefix: str, name: str, run: Callable[[], object], help_text: str, suffix: str = ""
    ) -> None:
        self.prefix, self.name, self.suffix = prefix, name, suffix
        self.run = run
        self.help = escape(help_text)  # the palette reads help as markup

    @property
    def text(self) -> str:
        return f"{self.prefix}{self.name}{self.suffix}"

    def shown(self, spans: list[tuple[int, int]], style: str) -> Content:
        """The command as plain Content, the matched characters styled."""
        content = Content(self.text)
        for start, end in spans:
            content = content.stylize(style, start, end)
        return content


class _ExplorerProvider(Provider):
    """Matches the user's input against a list of commands built from the open document."""

    MATCH_STYLE = "bold reverse"

    def commands(self) -> Iterator[Command]:
        raise NotImplementedError

    @property
    def explorer(self) -> ExplorerApp:
        return self.app  # type: ignore[return-value]

    async def discover(self) -> Hits:
        for command in self.commands():
            yield DiscoveryHit(command.shown([], ""), command.run, command.text, command.help)

    async def search(self, query: str) -> Hits:
        fuzzy = FuzzySearch()
        names = TextMatcher(query)
        for command in self.commands():
            # The name as Chinese text or pinyin first; else fuzzily, as Textual's own commands.
            offset = len(command.prefix)
            spans = [(offset + s, offset + e) for s, e in names.spans(command.name)]
            if spans:
                score = 1.0
            else:
                score, found = fuzzy.match(query, command.text)
                spans = [(i, i + 1) for i in found if not command.text[i].isspace()]
            if score > 0:
                shown = command.shown(spans, self.MATCH_STYLE)
                yield Hit(score, shown, command.run, command.text, command.help)


class SectionCommands(_ExplorerProvider):
    """Go to section…"""

    def commands(self) -> Iterator[Command]:
        for section in self.explorer.document.sections:
            yield Command(
                _("Go to section {n}: ").format(n=section.index),
                section_label(section.title, section.heading),
                partial(self.explorer.go_to_section, section.index),
                _("{paragraphs}, {chars} characters").format(
                    paragraphs=count_paragraphs(len(section.paragraphs)), chars=f"{section.chars:,}"
                ),
            )


class EntityCommands(_ExplorerProvider):
    """Find entity… (once the analysis is done): steps through the entity's mentions."""

    def commands(self) -> Iterator[Command]:
        analysed = self.explorer.analysed
        if analysed is None:
            return
        groups = [g for kind_groups in analysed.insight.entities.values() for g in kind_groups]
        for group in sorted(groups, key=lambda g: -g.count):
            yield Command(
                _("Find entity: "),
                group.name,
                partial(self.explorer.step_through_entity, group.kind, group.name),
                _("{mentions}; n/N step through them").format(mentions=count_mentions(group.count)),
                suffix=f" ({kind_label(group.kind)})",
            )


class DocumentCommands(_ExplorerProvider):
    """Open document… (among those given on the command line)."""

    def commands(self) -> Iterator[Command]:
        for index, entry in enumerate(self.explorer.entries):
            yield Command(
                _("Open document: "),
                document_label(entry),
                partial(self.explorer.open_document, index),
                entry.error or entry.name,
            )

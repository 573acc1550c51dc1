"""Command-palette providers (ctrl+p): go to a section, find an entity, open a document."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from textual.command import DiscoveryHit, Hit, Hits, Provider

from tui.app.outline import LEAD_TITLE
from tui.kinds import KIND_LABEL

if TYPE_CHECKING:
    from tui.app.app import ExplorerApp

Command = tuple[str, Callable[[], object], str]  # (text shown, what it does, help line)


class _ExplorerProvider(Provider):
    """Matches the user's input against a list of commands built from the open document."""

    def commands(self) -> Iterator[Command]:
        raise NotImplementedError

    @property
    def explorer(self) -> ExplorerApp:
        return self.app  # type: ignore[return-value]

    async def discover(self) -> Hits:
        for text, run, help_text in self.commands():
            yield DiscoveryHit(text, run, help=help_text)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for text, run, help_text in self.commands():
            score = matcher.match(text)
            if score > 0:
                yield Hit(score, matcher.highlight(text), run, text=text, help=help_text)


class SectionCommands(_ExplorerProvider):
    """Go to section…"""

    def commands(self) -> Iterator[Command]:
        for section in self.explorer.document.sections:
            title = section.title or section.heading or LEAD_TITLE
            yield (
                f"Go to section {section.index}: {title}",
                partial(self.explorer.go_to_section, section.index),
                f"{len(section.paragraphs)} paragraphs, {section.chars} characters",
            )


class EntityCommands(_ExplorerProvider):
    """Find entity… (once the analysis is done): steps through the entity's mentions."""

    def commands(self) -> Iterator[Command]:
        counts = Counter((e.kind, e.name) for e in self.explorer.annotations.entities)
        for (kind, name), count in counts.most_common():
            yield (
                f"Find entity: {name} ({KIND_LABEL[kind]})",
                partial(self.explorer.step_through_entity, kind, name),
                f"{count} mention{'s' if count != 1 else ''}; n/N step through them",
            )


class DocumentCommands(_ExplorerProvider):
    """Open document… (among those given on the command line)."""

    def commands(self) -> Iterator[Command]:
        for index, document in enumerate(self.explorer.documents):
            title = document.meta.title or Path(document.name).name
            yield (
                f"Open document: {title}",
                partial(self.explorer.open_document, index),
                document.name,
            )

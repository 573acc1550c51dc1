"""The explorer: a Textual app over the model. It presents; it never parses or annotates itself.

This module is what the command line calls; it imports Textual only when the explorer runs.
"""

from __future__ import annotations

import gc
from collections.abc import Sequence
from typing import TYPE_CHECKING

from tui.load import STDIN, LoadError
from tui.model import Document

if TYPE_CHECKING:
    from tui.app.documents import Entry
    from tui.pipeline import Pipeline


def explorer_sources(pipeline: Pipeline, paths: Sequence[str]) -> list[Document | str | Entry]:
    """What the explorer is given for `paths`: folders listed (not yet read), standard input
    read now (the keys will come from the terminal), the first file that opens opened (so the
    first screen shows it at once), the rest as paths the explorer opens in the background;
    what could not be listed or opened as an entry marked with why."""
    from tui.app.documents import Entry

    sources: list[Document | str | Entry] = []
    shown = False
    for given in paths:
        try:
            expanded = list(pipeline.expand([given]))
        except LoadError as error:
            sources.append(Entry(given, error=str(error)))
            continue
        for path in expanded:
            if shown and path != STDIN:
                sources.append(path)
                continue
            try:
                sources.append(pipeline.open(path).document)
                shown = True
            except LoadError as error:
                sources.append(Entry(path, error=str(error)))
    return sources


def opened_any(sources: Sequence[Document | str | Entry]) -> bool:
    return any(isinstance(source, Document) for source in sources)


def source_errors(sources: Sequence[Document | str | Entry]) -> list[str]:
    return [s.error for s in sources if not isinstance(s, Document | str) and s.error]


def run_app(sources: Sequence[Document | str | Entry], pipeline: Pipeline) -> tuple[int, list[str]]:
    """Open the explorer; (its exit status — 1 after a crash, 128 + N after signal N, else 0 —,
    why each document that failed could not be opened), for the command line to print once
    the screen is the shell's again."""
    from tui.app.app import ExplorerApp

    # The documents and the modules now loaded live as long as the app: out of the collector's
    # sight, its full collections stop walking a book's thousands of paragraphs (a 12-17 ms
    # pause that fell between compose and the first paint on the novel).
    gc.freeze()
    app = ExplorerApp(list(sources), pipeline)
    app.run()
    return app.return_code or 0, app.errors

"""What each command does to one document, wherever it runs: here, in a local worker process
or on a Dask worker (so: module-level functions, picklable by reference). Each returns what the
command then prints, in order, in this process."""

from __future__ import annotations

from typing import TYPE_CHECKING

from tui.cli.console import PageLayout
from tui.model import Document, Insight
from tui.pipeline import Analysed, Pipeline

if TYPE_CHECKING:  # search loads the pinyin matcher: only `tui search` pays for it
    from tui.text.search import Match


def parsed(pipeline: Pipeline, document: Document) -> Document:
    """sections (and article): the parse is all."""
    return document


def analysed(pipeline: Pipeline, document: Document, sentences: int = 3) -> Analysed:
    """summary and entities: the whole analysis, through the cache."""
    return pipeline.analyse(document, sentences)


def found(
    pipeline: Pipeline, document: Document, query: str = ""
) -> tuple[Document, tuple[Match, ...]]:
    """search: the document (for the matches' context) and its matches."""
    return document, pipeline.search(document, query)


def summary_page(
    pipeline: Pipeline, document: Document, layout: PageLayout, sentences: int = 3
) -> tuple[str, Insight]:
    """summary: the page as the console laid out by `layout` prints it, and the insight for
    the corpus's totals. Rendered where the work runs: a page takes rich about half as long as
    the analysis, and one process printing every worker's pages would hold them all back."""
    from tui.cli.report import summary_view

    result = pipeline.analyse(document, sentences)
    page = layout.render(summary_view(result.document, result.insight), "")  # and a blank line
    return page, result.insight


def summary_line(pipeline: Pipeline, document: Document, sentences: int = 3) -> str:
    """summary --json: the JSON line itself, so that a worker sends a line, not a document."""
    from tui.cli.console import json_line
    from tui.cli.export import summary_json

    result = pipeline.analyse(document, sentences)
    return json_line(summary_json(result.document, result.insight))

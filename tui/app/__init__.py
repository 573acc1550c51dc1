"""The explorer: a Textual app over the model. It presents; it never parses or annotates itself."""

from __future__ import annotations

import gc
from collections.abc import Sequence
from typing import TYPE_CHECKING

from tui.model import Document

if TYPE_CHECKING:
    from tui.pipeline import Pipeline


def run_app(documents: Sequence[Document], pipeline: Pipeline) -> int:
    """Open the explorer on parsed documents, analysed through `pipeline`; its exit status."""
    from tui.app.app import ExplorerApp

    # The documents and the modules now loaded live as long as the app: out of the collector's
    # sight, its full collections stop walking a book's thousands of paragraphs (a 12-17 ms
    # pause that fell between compose and the first paint on the novel).
    gc.freeze()
    app = ExplorerApp(list(documents), pipeline)
    app.run()
    return app.return_code or 0

"""The explorer: a Textual app over the model. It presents; it never parses or annotates itself."""

from __future__ import annotations

import gc
from collections.abc import Sequence
from functools import partial
from typing import TYPE_CHECKING

from tui.model import Document

if TYPE_CHECKING:
    from tui.machinery.cache import Cache


def run_app(documents: Sequence[Document], cache: Cache | None = None) -> int:
    """Open the explorer on parsed documents; their analysis goes through `cache` if given.
    The app's return code: 1 after a crash (Textual's), 128 + N after signal N, else 0."""
    from tui.app.app import ExplorerApp, analyse_through

    # The documents and the modules now loaded live as long as the app: out of the collector's
    # sight, its full collections stop walking a book's thousands of paragraphs (a 12-17 ms
    # pause that fell between compose and the first paint on the novel).
    gc.freeze()
    app = ExplorerApp(list(documents), analyser=partial(analyse_through, cache))
    app.run()
    return app.return_code or 0

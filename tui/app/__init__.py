"""The explorer: a Textual app over the model. It presents; it never parses or annotates itself."""

from __future__ import annotations

from collections.abc import Sequence

from tui.model import Document


def run_app(documents: Sequence[Document]) -> None:
    from tui.app.app import ExplorerApp

    ExplorerApp(list(documents)).run()

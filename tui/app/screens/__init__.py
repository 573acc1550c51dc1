"""The explorer's screens: entity list (e), who said what (w), help (?) and the raw page (r).

Each presents the model it is given and dismisses with a value; the app does the jumping."""

from __future__ import annotations

from tui.app.screens.entities import EntityListScreen
from tui.app.screens.help import HelpScreen
from tui.app.screens.quotes import QuotesScreen
from tui.app.screens.raw import RawPageScreen

__all__ = ["EntityListScreen", "HelpScreen", "QuotesScreen", "RawPageScreen"]

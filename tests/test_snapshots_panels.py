"""Snapshots (120x40) of the entity list, who said what, help, the raw page and the stats pane,
on the hand-built fixtures so they change only when the panels do."""

from __future__ import annotations

from collections.abc import Callable

from tests.documents import ScreenHost, river_towns_analysed
from tests.test_app_panels_screens import BINDINGS
from tests.test_app_panels_stats import PaneHost
from tui.app.legend import EntityLegend
from tui.app.screens import EntityListScreen, HelpScreen, QuotesScreen, RawPageScreen
from tui.app.stats import StatsPane

SIZE = (120, 40)

# The fixture pytest-textual-snapshot provides: compare(app, press=…, terminal_size=…) -> bool.
SnapCompare = Callable[..., bool]


class StatsHost(PaneHost):
    def on_mount(self) -> None:
        fx = river_towns_analysed()
        pane = self.query_one(StatsPane)
        pane.show(fx.document, fx.insight)
        pane.current_section = 2
        self.query_one(EntityLegend).kinds = frozenset({"person", "org", "place"})


class AnalysingHost(PaneHost):
    def on_mount(self) -> None:
        self.query_one(StatsPane).show(river_towns_analysed().document, None)


def test_entity_list(snap_compare: SnapCompare) -> None:
    fx = river_towns_analysed()
    app = ScreenHost(lambda: EntityListScreen(fx))
    assert snap_compare(app, press=["j"], terminal_size=SIZE)


def test_entity_list_filtered_by_pinyin(snap_compare: SnapCompare) -> None:
    fx = river_towns_analysed()
    app = ScreenHost(lambda: EntityListScreen(fx))
    assert snap_compare(app, press=["slash", "h", "a", "i"], terminal_size=SIZE)


def test_who_said_what(snap_compare: SnapCompare) -> None:
    fx = river_towns_analysed()
    app = ScreenHost(lambda: QuotesScreen(fx.document, fx.insight))
    assert snap_compare(app, press=["j"], terminal_size=SIZE)


def test_help(snap_compare: SnapCompare) -> None:
    app = ScreenHost(lambda: HelpScreen(BINDINGS))
    assert snap_compare(app, terminal_size=SIZE)


def test_raw_page(snap_compare: SnapCompare) -> None:
    fx = river_towns_analysed()
    app = ScreenHost(lambda: RawPageScreen(fx.document))
    assert snap_compare(app, terminal_size=SIZE)


def test_stats_pane(snap_compare: SnapCompare) -> None:
    assert snap_compare(StatsHost(), terminal_size=SIZE)


def test_stats_pane_while_analysing(snap_compare: SnapCompare) -> None:
    assert snap_compare(AnalysingHost(), terminal_size=SIZE)

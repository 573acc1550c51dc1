"""The stats pane and the entity legend: what a reader sees before and after analysis, and what
a click on a name, a chart bar or a kind tells the app."""

from __future__ import annotations

from dataclasses import replace

from hypothesis import given
from hypothesis import strategies as st
from rich.cells import cell_len
from textual.app import App, ComposeResult
from textual.containers import Horizontal
from textual.widgets import Static

from tests.documents import MARKUP_ENTITY, river_towns, river_towns_analysed, screen_text
from tui.app.colours import ThemedApp
from tui.app.legend import EntityLegend
from tui.app.messages import JumpTo, StepThroughEntity
from tui.app.stats import ANALYSING, SectionChart, StatsPane, bucket_sections
from tui.model import EntityGroup, SectionInsight
from tui.vocabulary import reading_time

SIZE = (120, 40)


class PaneHost(ThemedApp):
    """The explorer's layout, reduced to an article stand-in, the legend and the stats pane;
    it records the messages the panes send the app."""

    CSS = "#article { width: 1fr; } StatsPane { width: 32; }  /* as wide as in the explorer */"

    def __init__(self) -> None:
        super().__init__()
        self.messages: list[object] = []

    def on_step_through_entity(self, message: StepThroughEntity) -> None:
        self.messages.append(message)

    def on_jump_to(self, message: JumpTo) -> None:
        self.messages.append(message)

    def on_entity_legend_kind_clicked(self, message: EntityLegend.KindClicked) -> None:
        self.messages.append(message)

    def on_stats_pane_keyword_clicked(self, message: StatsPane.KeywordClicked) -> None:
        self.messages.append(message)

    def compose(self) -> ComposeResult:
        yield EntityLegend()
        with Horizontal():
            yield Static("article", id="article")
            yield StatsPane()


def pane_text(app: App) -> str:
    """The stats pane's columns of the screen (right of the article), trailing blanks cut."""
    pane = app.query_one(StatsPane)
    x = pane.region.x
    return "\n".join(row[x:].strip() for row in screen_text(app).splitlines())


async def test_before_analysis_it_shows_what_the_document_gives_and_says_analysing() -> None:
    doc = river_towns()
    app = PaneHost()
    async with app.run_test(size=SIZE) as pilot:
        app.query_one(StatsPane).show(doc, None)
        await pilot.pause()
        text = pane_text(app)
        chars = sum(len(p.text) for p in doc.paragraphs)
        rows = [line.split() for line in text.splitlines()]
        assert ["characters", f"{chars:,}"] in rows
        assert ["paragraphs", str(len(doc.paragraphs))] in rows
        assert ["sections", str(len(doc.sections))] in rows
        # What needs analysis holds its row with an ellipsis, so nothing moves later.
        for waiting in (["Han", "characters", "…"], ["sentences", "…"], ["reading", "time", "…"]):
            assert waiting in rows
        assert ANALYSING in text
        assert "Names" not in text and "Keywords" not in text


async def test_after_analysis_counts_keywords_chart_and_names() -> None:
    fx = river_towns_analysed()
    app = PaneHost()
    async with app.run_test(size=SIZE) as pilot:
        pane = app.query_one(StatsPane)
        pane.show(fx.document, None)
        await pilot.pause()
        pane.show(fx.document, fx.insight)
        await pilot.pause()
        text = pane_text(app)
        stats = fx.insight.stats
        rows = {line.split()[0]: line for line in text.splitlines() if line}
        assert rows["characters"].split()[-1] == f"{stats.chars:,}"
        assert rows["Han"].split()[-1] == f"{stats.han_chars:,}"
        assert rows["sentences"].split()[-1] == str(stats.sentences)
        assert rows["sections"].split()[-1] == "4"
        assert reading_time(stats.reading_minutes) in rows["reading"]
        assert ANALYSING not in text
        # Names in model order per kind, with counts (aliases counted with the name).
        assert text.index("李明远") < text.index("赵小燕")
        assert ["江城市", "4"] in [line.split() for line in text.splitlines()]
        # Keywords, and a chart row for each charted kind with an axis of section numbers.
        assert "合作 · 江城市 · 海港市" in text
        for label in ("person", "org", "place", "number"):
            assert any(line.startswith(label + " ") for line in text.splitlines())
        assert "0" in text and "3" in text


async def test_entity_markup_is_shown_literally_in_names_and_keywords() -> None:
    fx = river_towns_analysed()
    app = PaneHost()
    async with app.run_test(size=SIZE) as pilot:
        app.query_one(StatsPane).show(fx.document, fx.insight)
        await pilot.pause()
        text = pane_text(app)
        assert text.count(MARKUP_ENTITY) == 2  # once under org, once among the keywords


async def test_only_the_top_names_are_listed_with_a_count_of_the_rest() -> None:
    fx = river_towns_analysed()
    many = tuple(EntityGroup("person", f"人名{i:02d}", tuple(range(20 - i))) for i in range(12))
    insight = replace(fx.insight, entities={**fx.insight.entities, "person": many})
    app = PaneHost()
    async with app.run_test(size=SIZE) as pilot:
        app.query_one(StatsPane).show(fx.document, insight)
        await pilot.pause()
        text = pane_text(app)
        assert "人名04" in text and "人名05" not in text
        assert "… 7 more" in text


async def test_a_section_without_mentions_shows_a_dot_and_the_reading_section_is_marked() -> None:
    fx = river_towns_analysed()
    app = PaneHost()
    async with app.run_test(size=SIZE) as pilot:
        pane = app.query_one(StatsPane)
        pane.show(fx.document, fx.insight)
        pane.current_section = 2
        await pilot.pause()
        chart = app.query_one(SectionChart)
        assert chart.current == 2
        rendered = chart.render()
        rows = rendered.plain.splitlines()
        person = next(row for row in rows if row.startswith("person"))
        assert "·" in person  # 展望 (section 3) names nobody
        axis = rows[-1]
        marked = [s for s in rendered.spans if s.style and getattr(s.style, "reverse", False)]
        assert [rendered.plain[s.start : s.end] for s in marked] == ["2"]
        assert axis.split() == ["0", "1", "2", "3"]


async def test_a_one_section_document_has_no_chart() -> None:
    fx = river_towns_analysed()
    only = (fx.insight.sections[0],)
    insight = replace(fx.insight, sections=only)
    app = PaneHost()
    async with app.run_test(size=SIZE) as pilot:
        app.query_one(StatsPane).show(fx.document, insight)
        await pilot.pause()
        assert "Across sections" not in pane_text(app)


async def test_many_sections_are_pooled_into_the_pane_width() -> None:
    fx = river_towns_analysed()
    sections = tuple(
        SectionInsight(i, f"第{i}回", None, 10, 1000, {"person": i % 5, "place": i % 3})
        for i in range(120)
    )
    insight = replace(fx.insight, sections=sections)
    app = PaneHost()
    async with app.run_test(size=SIZE) as pilot:
        app.query_one(StatsPane).show(fx.document, insight)
        await pilot.pause()
        chart = app.query_one(SectionChart)
        rows = chart.render().plain.splitlines()
        assert all(len(row) <= chart.size.width for row in rows)
        assert rows[-1].split() == ["0", "119"]  # first and last section under the bars


@given(st.integers(1, 300), st.integers(1, 40))
def test_buckets_cover_every_section_once_in_order(sections: int, columns: int) -> None:
    items = [SectionInsight(i, None, None, 1, 10) for i in range(sections)]
    buckets = bucket_sections(items, columns)
    assert len(buckets) == min(sections, columns)
    assert [s.index for b in buckets for s in b] == list(range(sections))
    assert max(map(len, buckets)) - min(map(len, buckets)) <= 1


async def test_legend_dims_the_kinds_that_are_not_highlighted() -> None:
    app = PaneHost()
    async with app.run_test(size=SIZE) as pilot:
        legend = app.query_one(EntityLegend)
        assert "● person  ● org  ● place  ● time  ● number  ● title" in screen_text(app)
        legend.kinds = frozenset({"person", "place"})
        await pilot.pause()
        assert "● person  ○ org  ● place  ○ time  ○ number  ○ title" in screen_text(app)
        rendered = legend.render()
        styles = {rendered.plain[s.start : s.end]: s.style for s in rendered.spans}
        assert styles["person"].color is not None and not styles["person"].dim
        assert styles["org"].dim


def where(app: App, text: str, after: str = "") -> tuple[int, int]:
    """Screen cell (x, y) of the first `text` on a row below the first row holding `after`."""
    rows = screen_text(app).splitlines()
    start = next(i for i, row in enumerate(rows) if after in row) if after else 0
    y = next(i for i in range(start, len(rows)) if text in rows[i])
    return cell_len(rows[y][: rows[y].index(text)]), y


async def test_clicking_a_name_steps_through_its_mentions() -> None:
    fx = river_towns_analysed()
    app = PaneHost()
    async with app.run_test(size=SIZE) as pilot:
        app.query_one(StatsPane).show(fx.document, fx.insight)
        await pilot.pause()
        x, y = where(app, "赵小燕", after="Names")
        await pilot.click(offset=(x + 1, y))
        await pilot.pause()
    assert app.messages == [StepThroughEntity("person", "赵小燕")]


async def test_clicking_the_chart_jumps_to_the_section() -> None:
    fx = river_towns_analysed()
    app = PaneHost()
    async with app.run_test(size=SIZE) as pilot:
        app.query_one(StatsPane).show(fx.document, fx.insight)
        await pilot.pause()
        chart = app.query_one(SectionChart)
        axis_y = chart.region.bottom - 1
        axis = screen_text(app).splitlines()[axis_y]
        x = axis.index("2", chart.region.x)
        await pilot.click(offset=(x, axis_y))  # section 2's number
        await pilot.click(offset=(x, axis_y - 4))  # its person bar
        await pilot.pause()
    first = fx.document.sections[2].paragraphs[0].index
    assert app.messages == [JumpTo(first), JumpTo(first)]


async def test_clicking_a_kind_in_the_legend_tells_the_app() -> None:
    app = PaneHost()
    async with app.run_test(size=SIZE) as pilot:
        x, y = where(app, "place")
        await pilot.click(offset=(x, y))
        await pilot.pause()
    assert [m.kind for m in app.messages] == ["place"]


async def test_a_new_document_starts_the_pane_at_the_top() -> None:
    fx = river_towns_analysed()
    app = PaneHost()
    async with app.run_test(size=(120, 24)) as pilot:
        pane = app.query_one(StatsPane)
        pane.show(fx.document, fx.insight)
        await pilot.pause()
        pane.scroll_end(animate=False, immediate=True)
        await pilot.pause()
        assert pane.scroll_y > 0
        other = replace(fx.document, name="other.txt")
        pane.show(other, None)
        await pilot.pause()
        assert pane.scroll_y == 0


async def test_kinds_never_named_get_no_chart_row_and_no_names_no_chart() -> None:
    fx = river_towns_analysed()
    no_numbers = tuple(
        replace(s, mentions={k: n for k, n in s.mentions.items() if k != "number"})
        for s in fx.insight.sections
    )
    nobody = tuple(replace(s, mentions={}) for s in fx.insight.sections)
    app = PaneHost()
    async with app.run_test(size=SIZE) as pilot:
        pane = app.query_one(StatsPane)
        pane.show(fx.document, replace(fx.insight, sections=no_numbers))
        await pilot.pause()
        labels = [row.split()[0] for row in app.query_one(SectionChart).render().plain.splitlines()]
        assert labels[:-1] == ["person", "org", "place"]
        pane.show(fx.document, replace(fx.insight, sections=nobody))
        await pilot.pause()
        assert "Across sections" not in pane_text(app)


async def test_a_narrow_legend_tightens_to_keep_all_six_kinds() -> None:
    app = PaneHost()
    async with app.run_test(size=(40, 10)):
        row = screen_text(app).splitlines()[0]
        assert row.strip() == "●person ●org ●place ●time ●number ●title"


async def test_who_speaks_lists_speakers_by_quotes_and_a_click_steps_through_them() -> None:
    fx = river_towns_analysed()
    app = PaneHost()
    async with app.run_test(size=SIZE) as pilot:
        app.query_one(StatsPane).show(fx.document, fx.insight)
        await pilot.pause()
        text = pane_text(app)
        rows = text.splitlines()
        start = rows.index("Who speaks")
        assert [row.split() for row in rows[start + 1 : start + 3]] == [
            ["李明远", "2", "quotes"],
            ["赵小燕", "1", "quote"],
        ]
        x, y = where(app, "赵小燕", after="Who speaks")
        await pilot.click(offset=(x + 1, y))
        await pilot.pause()
    assert app.messages == [StepThroughEntity("person", "赵小燕")]


async def test_nobody_quoted_no_who_speaks() -> None:
    fx = river_towns_analysed()
    app = PaneHost()
    async with app.run_test(size=SIZE) as pilot:
        app.query_one(StatsPane).show(fx.document, replace(fx.insight, speakers=()))
        await pilot.pause()
        assert "Who speaks" not in pane_text(app)


async def test_clicking_a_keyword_asks_for_a_search() -> None:
    fx = river_towns_analysed()
    app = PaneHost()
    async with app.run_test(size=SIZE) as pilot:
        app.query_one(StatsPane).show(fx.document, fx.insight)
        await pilot.pause()
        x, y = where(app, "人才", after="Keywords")
        await pilot.click(offset=(x + 1, y))
        await pilot.pause()
    assert [m.keyword for m in app.messages] == ["人才"]


async def test_keyword_rows_never_start_with_the_separator() -> None:
    fx = river_towns_analysed()
    keywords = ("投资", "两区", "三县", "完成", "位列", "第三产业", "全县", "同比", "增长", "趋稳")
    app = PaneHost()
    async with app.run_test(size=SIZE) as pilot:
        app.query_one(StatsPane).show(fx.document, replace(fx.insight, keywords=keywords))
        await pilot.pause()
        lines = pane_text(app).splitlines()
        start = lines.index("Keywords") + 1
        rows = lines[start : lines.index("", start)]
        assert len(rows) > 1  # wrapped
        assert not any(row.startswith("·") for row in rows)
        assert all(row.endswith(" ·") for row in rows[:-1])
        assert " ".join(rows) == " · ".join(keywords)  # every keyword, in order

"""Names in the section headings: found, counted, listed and highlighted as the body's are."""

from __future__ import annotations

import json
from dataclasses import replace

from rich.style import Style
from textual.strip import Strip

from tests.cli import run_tui
from tests.documents import Explorer, ScreenHost, from_sections, ready, screen_text
from tui.analyse import analyse
from tui.annotate import annotate
from tui.app.article import ArticleView, heading_place
from tui.app.legend import kind_styles
from tui.app.screens.entities import EntityListScreen
from tui.app.settings import Settings
from tui.model import Annotations, Entity, HeadingMention
from tui.pipeline import Analysed, Pipeline, ReadOptions

LEAD = "这是一篇关于两国合作的文章，记者在现场采访了多位专家。"
PAGE = (
    f"{LEAD}\n\n"
    "【李克强会见德国总理默克尔】\n\n"
    "双方就经贸合作交换了意见，会谈气氛友好。\n\n"
    "【中国与法国签署协议】\n\n"
    "协议涉及能源和交通领域的合作。\n"
)


def page_document():
    return from_sections(
        [LEAD],
        ["双方就经贸合作交换了意见，会谈气氛友好。"],
        ["协议涉及能源和交通领域的合作。"],
        titles=[None, "李克强会见德国总理默克尔", "中国与法国签署协议"],
    )


def named(mentions) -> list[tuple[str, str, int, str]]:
    return [(m.kind, m.text, m.section, m.part) for m in mentions]


def test_names_in_headings_are_mentions_of_their_section() -> None:
    annotations = annotate(page_document())
    assert named(annotations.headings) == [
        ("person", "李克强", 1, "title"),
        ("place", "德国", 1, "title"),
        ("person", "默克尔", 1, "title"),
        ("place", "中国", 2, "title"),
        ("place", "法国", 2, "title"),
    ]
    document = page_document()
    for mention in annotations.headings:
        title = document.sections[mention.section].title or ""
        assert title[mention.start : mention.end] == mention.text
    assert annotations.entities == ()  # the body names no one: nothing moved into it


def test_a_heading_and_its_body_are_read_as_one_document() -> None:
    # the heading's short name is linked to the full name its paragraph gives
    document = from_sections(
        ["本报讯，深圳市腾讯计算机系统有限公司（以下简称腾讯）今天发布财报。"],
        ["财报显示收入增长。"],
        titles=[None, "腾讯发布财报"],
    )
    annotations = annotate(document)
    (mention,) = [m for m in annotations.headings if m.kind == "org"]
    assert (mention.text, mention.name) == ("腾讯", "深圳市腾讯计算机系统有限公司")


def test_a_traditional_heading_is_read_in_simplified_and_shown_as_written() -> None:
    lead = "這是一篇關於兩國合作的文章，記者在現場採訪了多位專家。"
    document = from_sections(
        [lead],
        ["雙方就經貿合作交換了意見，會談氣氛友好。"],
        titles=[None, "李克強會見德國總理默克爾"],
    )
    annotations = annotate(document)
    texts = [(m.kind, m.text) for m in annotations.headings]
    assert ("place", "德國") in texts and ("person", "默克爾") in texts


def test_the_summary_counts_a_name_named_only_in_a_heading() -> None:
    document = page_document()
    heading = HeadingMention("place", 5, 7, "德国", 1, "title")
    body = Entity("place", 0, 2, "德国", 1)
    groups = analyse(document, Annotations(entities=(body,), headings=(heading,))).entities
    (group,) = groups["place"]
    assert (group.name, group.count, group.mentions, group.headings) == ("德国", 2, (0,), (0,))
    assert group.sections == (1,)
    only = analyse(document, Annotations(headings=(heading,))).entities["place"]
    assert [(g.name, g.count, g.mentions) for g in only] == [("德国", 1, ())]


def test_tui_entities_json_lists_heading_mentions_in_reading_order(tmp_path) -> None:
    page = tmp_path / "page.txt"
    page.write_text(PAGE, encoding="utf-8")
    done = run_tui("entities", str(page), "--json", "--no-cache")
    assert done.returncode == 0, done.stderr
    lines = [json.loads(line) for line in done.stdout.splitlines()]
    first = lines[0]
    assert (first["text"], first["heading"], first["paragraph"], first["section"]) == (
        "李克强",
        "title",
        None,
        1,
    )
    assert first["line"] == 3 and (first["start"], first["end"]) == (0, 3)
    assert [line["text"] for line in lines] == ["李克强", "德国", "默克尔", "中国", "法国"]
    summary = run_tui("summary", str(page), "--json", "--no-cache")
    people = json.loads(summary.stdout)["entities"]["person"]
    assert [p["text"] for p in people] == ["李克强", "默克尔"]


def real_explorer(document) -> Explorer:
    return Explorer([document], Pipeline(ReadOptions(use_cache=False)), settings=Settings())


def first_line_of(article: ArticleView, kind: str) -> Strip:
    """The rendered first line of the article's first block of `kind` (heading, subtitle)."""
    layout = article.layout
    index = next(i for i, b in enumerate(layout.blocks) if b.kind == kind)
    return article.render_line(layout.tops[index] - round(article.scroll_y))


async def test_the_explorer_highlights_names_in_headings() -> None:
    app = real_explorer(page_document())
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(app, pilot)
        article = app.article
        strip = first_line_of(article, "heading")
        styles = kind_styles(article)
        by_text = {s.text: s.style for s in strip if s.text.strip()}
        assert by_text["李克强"] is not None and by_text["默克尔"] is not None
        person = styles["person"]
        assert by_text["李克强"] + person == by_text["李克强"]  # the person's colour is on it
        plain = next(s.style for s in strip if "会见" in s.text)
        assert (plain or Style()) + person != plain  # … and not on the words between
        await pilot.press("t")  # persons only, then the others: a place is no longer coloured
        strip = first_line_of(article, "heading")
        assert any(s.text == "李克强" for s in strip)
        assert not any(s.text == "德国" for s in strip)  # no span cuts it out any more


async def test_enter_on_a_name_only_in_a_heading_marks_it_there() -> None:
    sections = [[f"第{n}段讲的是经贸合作的情况，会谈气氛友好。"] * 6 for n in range(6)]
    titles = [None, "第一节", "第二节", "第三节", "第四节", "默克尔访华"]
    app = real_explorer(from_sections(*sections, titles=titles))
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(app, pilot)
        assert app.article.scroll_y == 0
        app.step_through_entity("person", "默克尔")
        await pilot.pause()
        article = app.article
        assert article.mark == (heading_place(5, "title"), 0, 3)
        row = article.layout.section_row(5)
        assert row is not None and article.scroll_y <= row < article.scroll_y + article.size.height
        assert "默克尔 · mention 1/1" in screen_text(app)
        strip = article.render_line(row - round(article.scroll_y))
        current = article.get_component_rich_style("article--current", partial=True)
        marked = next(s.style for s in strip if s.text == "默克尔")
        assert marked is not None and marked + current == marked


async def test_stepping_through_a_name_visits_its_heading_and_its_body_in_reading_order() -> None:
    sections = [["会谈气氛友好。"], ["默克尔表示，双方会谈气氛友好。"], ["会谈取得成果。"]]
    titles = [None, "默克尔访华", "第二节"]
    app = real_explorer(from_sections(*sections, titles=titles))
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(app, pilot)
        app.step_through_entity("person", "默克尔")
        await pilot.pause()
        assert app.article.mark == (heading_place(1, "title"), 0, 3)
        assert "默克尔 · mention 1/2" in screen_text(app)
        await pilot.press("n")
        assert app.article.mark == (1, 0, 3)  # the second paragraph, the first of section 1
        assert "默克尔 · mention 2/2" in screen_text(app)


async def test_the_entity_list_shows_a_heading_only_name_in_its_heading() -> None:
    document = page_document()
    heading = HeadingMention("person", 9, 12, "默克尔", 1, "title")
    annotations = Annotations(headings=(heading,))
    result = Analysed(document, annotations, analyse(document, annotations))
    app = ScreenHost(lambda: EntityListScreen(result))
    async with app.run_test(size=(120, 40)) as pilot:
        screen = app.screen
        assert isinstance(screen, EntityListScreen)
        group = screen.highlighted_group
        assert group is not None and group.name == "默克尔"
        await pilot.pause()
        shown = screen_text(app)
        assert "李克强会见德国总理默克尔" in shown  # its heading, where it is named


def test_a_section_counts_the_names_of_its_heading() -> None:
    document = page_document()
    insight = analyse(document, annotate(document))
    assert insight.sections[1].mentions["person"] == 2  # 李克强, 默克尔
    assert insight.sections[2].mentions["place"] == 2  # 中国, 法国


def subtitled_document():
    document = page_document()
    sections = list(document.sections)
    sections[2] = replace(sections[2], subtitle="法国总统马克龙出席签字仪式")
    return replace(document, sections=tuple(sections))


def test_a_subtitle_is_read_too_with_offsets_in_it() -> None:
    document = subtitled_document()
    mentions = [m for m in annotate(document).headings if m.part == "subtitle"]
    assert [(m.kind, m.text, m.section) for m in mentions] == [
        ("place", "法国", 2),
        ("person", "马克龙", 2),
    ]
    subtitle = document.sections[2].subtitle or ""
    assert all(subtitle[m.start : m.end] == m.text for m in mentions)


async def test_the_explorer_highlights_names_in_a_subtitle_where_they_stand() -> None:
    app = real_explorer(subtitled_document())
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(app, pilot)
        article = app.article
        strip = first_line_of(article, "subtitle")
        person = kind_styles(article)["person"]
        styled = {s.text: s.style for s in strip if s.text.strip()}
        assert styled["马克龙"] is not None and styled["马克龙"] + person == styled["马克龙"]

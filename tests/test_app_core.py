"""The explorer driven as a reader drives it: every key, the mouse, search by pinyin, panes."""

from __future__ import annotations

import re

from textual.command import CommandPalette
from textual.widgets import Input

from tests.documents import (
    HEADINGS,
    Explorer,
    FakePipeline,
    GatedPipeline,
    from_sections,
    ready,
    screen_text,
    twin_cities,
    twin_cities_page,
)
from tui.app.app import KIND_CYCLE, ExplorerApp
from tui.app.article import GUTTER, ArticleView
from tui.app.documents import DocumentList
from tui.app.legend import EntityLegend
from tui.app.outline import Outline
from tui.app.screens.entities import EntityListScreen
from tui.app.screens.help import HelpScreen
from tui.app.screens.quotes import QuotesScreen
from tui.app.screens.raw import RawPageScreen
from tui.app.search_bar import SearchBar
from tui.app.settings import Settings
from tui.load import decode
from tui.model import ENTITY_KINDS
from tui.parse import parse

SIZE = (120, 40)


def explorer(*documents, pipeline=None) -> Explorer:
    # Settings as on a first run: what one app of a test saves must not shape the next one
    # (test_app_details tests that they are kept).
    return Explorer(
        list(documents) or [twin_cities()], pipeline or FakePipeline(), settings=Settings()
    )


def top_section(app: ExplorerApp) -> int | None:
    return app.article.current_section


async def test_first_screen_shows_title_outline_and_text() -> None:
    app = explorer()
    async with app.run_test(size=SIZE) as pilot:
        await ready(app, pilot)
        text = screen_text(app)
        assert "湾区双城的十年合作" in text  # header and article title
        assert "2021-05-06 · 江城日报" in text
        for n, heading in enumerate(HEADINGS, 1):
            assert f"{n} {heading}" in text  # the outline, numbered by section index
        assert "0 Lead" in text
        assert "这是导语" in text
        assert app.focused is app.article


async def test_text_is_on_screen_and_keys_work_before_analysis_finishes() -> None:
    gate = GatedPipeline()
    app = explorer(pipeline=gate)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert "这是导语" in screen_text(app)
        await pilot.press("2")
        assert top_section(app) == 2
        assert not app.analysed  # the worker is still held
        gate.release.set()
        await ready(app, pilot)
        assert app.analysed
        assert app.annotations.entities
        assert top_section(app) == 2  # highlights arriving did not move the reader


async def test_j_k_and_arrows_scroll() -> None:
    app = explorer()
    async with app.run_test(size=SIZE) as pilot:
        await ready(app, pilot)
        await pilot.press("j", "j", "down")
        assert app.article.scroll_y == 3
        await pilot.press("k", "up")
        assert app.article.scroll_y == 1


async def test_n_p_and_brackets_move_section_by_section() -> None:
    app = explorer()
    async with app.run_test(size=SIZE) as pilot:
        await ready(app, pilot)
        await pilot.press("n")
        assert top_section(app) == 1
        await pilot.press("n", "right_square_bracket")
        assert top_section(app) == 3
        await pilot.press("p")
        assert top_section(app) == 2
        await pilot.press("left_square_bracket")
        assert top_section(app) == 1
        outline = app.query_one(Outline)
        assert outline.highlighted_option.id == "section-1"  # the outline follows


async def test_digits_jump_to_section_and_a_missing_one_is_reported() -> None:
    app = explorer()
    async with app.run_test(size=SIZE) as pilot:
        await ready(app, pilot)
        for n in (4, 1, 6):
            await pilot.press(str(n))
            assert top_section(app) == n
            assert app.query_one(Outline).highlighted_option.id == f"section-{n}"
        before = app.article.scroll_y
        await pilot.press("9")
        assert app.article.scroll_y == before
        assert any("No section 9" in n for n in app.notes)


async def test_g_and_G_go_to_top_and_bottom() -> None:
    app = explorer()
    async with app.run_test(size=SIZE) as pilot:
        await ready(app, pilot)
        await pilot.press("G")
        assert app.article.scroll_y == app.article.max_scroll_y > 0
        assert top_section(app) == len(HEADINGS)
        await pilot.press("g")
        assert app.article.scroll_y == 0


async def test_search_by_pinyin_counts_steps_and_leaves() -> None:
    app = explorer()
    async with app.run_test(size=SIZE) as pilot:
        await ready(app, pilot)
        document = app.document
        places = {
            (p.index, found.start(), found.end())
            for p in document.paragraphs
            for found in re.finditer("广州", p.text)
        }
        for query in ("guangzhou", "gz"):  # other spellings: tests/test_search.py
            await pilot.press("slash")
            assert isinstance(app.focused, Input)
            await pilot.press(*query)
            await pilot.press("enter")
            await pilot.pause()
            assert app.stepping.active
            found = set(app.stepping.spans)
            # gz also finds other words spelt g… z… (工作); the full syllables only 广州.
            assert found == places if query != "gz" else found >= places
            expected = len(found)
            assert f"match 1/{expected}" in screen_text(app)
            await pilot.press("n", "n")
            assert f"match 3/{expected}" in screen_text(app)
            await pilot.press("N")
            assert f"match 2/{expected}" in screen_text(app)
            await pilot.press("escape")
            assert app.stepping.mode is None
            assert not app.query_one(SearchBar).display
            assert f"/{expected}" not in screen_text(app)


async def test_n_steps_matches_and_scrolls_them_into_view() -> None:
    app = explorer()
    async with app.run_test(size=SIZE) as pilot:
        await ready(app, pilot)
        await pilot.press("slash", *"hg", "enter")
        stepping = app.stepping
        assert stepping.active and len(stepping.spans) > 6
        article = app.article
        for _ in range(6):
            await pilot.press("n")
            paragraph, start, _ = stepping.spans[stepping.current]
            row = article.layout.row_of(paragraph, start)
            assert article.scroll_y <= row < article.scroll_y + article.size.height
        stepping.current = len(stepping.spans) - 1
        await pilot.press("n")  # past the last: wraps to the first
        assert stepping.current == 0


async def test_enter_goes_to_the_first_match_from_the_reading_position() -> None:
    app = explorer()
    async with app.run_test(size=SIZE) as pilot:
        await ready(app, pilot)
        await pilot.press("3", "slash", *"gz", "enter")
        stepping = app.stepping
        paragraph, _, _ = stepping.spans[stepping.current]
        assert app.document.section_of(paragraph) == 3
        assert app.document.section_of(stepping.spans[stepping.current - 1][0]) == 2


async def test_the_outline_counts_the_matches_of_each_section_while_searching() -> None:
    app = explorer()
    async with app.run_test(size=SIZE) as pilot:
        await ready(app, pilot)
        outline = app.query_one(Outline)
        await pilot.press("slash", *"赵小燕", "enter")
        labels = [str(outline.get_option_at_index(i).prompt) for i in range(len(HEADINGS) + 1)]
        assert labels[0].split() == ["0", "Lead"]  # the lead has none
        assert all("1× " in label for label in labels[1:])  # one 赵小燕 in each section
        await pilot.press("escape")
        labels = [str(outline.get_option_at_index(i).prompt) for i in range(len(HEADINGS) + 1)]
        assert not any("×" in label for label in labels)


async def test_search_while_typing_shows_the_count() -> None:
    app = explorer()
    async with app.run_test(size=SIZE) as pilot:
        await ready(app, pilot)
        await pilot.press("slash", *"广州")
        await app.workers.wait_for_complete()
        await pilot.pause()
        count = sum(p.text.count("广州") for p in app.document.paragraphs)
        assert f"{count} matches" in screen_text(app)
        await pilot.press("backspace", "backspace", *"vv")  # no syllable starts with v
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert "no matches" in screen_text(app)
        await pilot.press("backspace", "backspace")  # nothing asked: no verdict either
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert "no matches" not in screen_text(app) and not app.stepping.active
        await pilot.press("enter")  # Enter on an empty query leaves the search
        assert app.search_bar is not None and not app.search_bar.display
        assert app.focused is app.article


async def test_keys_that_cannot_move_say_why() -> None:
    app = explorer()
    async with app.run_test(size=SIZE) as pilot:
        await ready(app, pilot)
        await pilot.press("N")  # not searching: nothing to step back through
        await pilot.press("p")  # at the top already
        await pilot.press("G", "n")  # at the bottom: no next section
        messages = [n for n in app.notes]
        assert messages == [
            "N goes back through matches: search with / or pick an entity (e).",
            "This is the first section.",
            "This is the last section.",
        ]


async def test_entity_list_then_enter_steps_through_mentions() -> None:
    app = explorer()
    async with app.run_test(size=SIZE) as pilot:
        await ready(app, pilot)
        await pilot.press("e")
        assert isinstance(app.screen, EntityListScreen)
        app.screen.dismiss(("person", "李明远"))
        await pilot.pause()
        mentions = [e for e in app.annotations.entities if e.text == "李明远"]
        stepping = app.stepping
        assert stepping.active and len(stepping.spans) == len(mentions)
        assert stepping.current == 0
        assert f"李明远 · mention 1/{len(mentions)}" in screen_text(app)
        await pilot.press("n")
        assert stepping.current == 1
        await pilot.press("e")
        app.screen.dismiss(("person", "李明远"))  # the same entity again goes on
        await pilot.pause()
        assert stepping.entity == ("person", "李明远") and stepping.current == 2
        await pilot.press("N")
        assert stepping.current == 1
        await pilot.press("escape")
        assert stepping.mode is None


async def test_t_cycles_highlighted_kinds_and_says_so() -> None:
    app = explorer()
    async with app.run_test(size=SIZE) as pilot:
        await ready(app, pilot)
        legend = app.query_one(EntityLegend)
        seen = []
        for _ in range(len(KIND_CYCLE)):
            await pilot.press("t")
            seen.append(app.kinds)
            assert app.article.highlighted_kinds == app.kinds == legend.kinds
        assert seen[:-2] == [frozenset({k}) for k in ENTITY_KINDS]
        assert seen[-2] == frozenset() and seen[-1] == frozenset(ENTITY_KINDS)
        messages = [n for n in app.notes]
        assert any("only" in m for m in messages) and any("no entities" in m for m in messages)


async def test_w_shows_quotes_and_choosing_one_marks_it() -> None:
    app = explorer()
    async with app.run_test(size=SIZE) as pilot:
        await ready(app, pilot)
        await pilot.press("w")
        assert isinstance(app.screen, QuotesScreen)
        quote = app.annotations.quotes[-1]
        app.screen.dismiss(quote)
        await pilot.pause()
        assert app.article.mark == (quote.paragraph, quote.start, quote.end)
        row = app.article.layout.row_of(quote.paragraph, quote.start)
        assert app.article.scroll_y <= row < app.article.scroll_y + app.article.size.height


async def test_s_shows_and_hides_stats() -> None:
    app = explorer()
    async with app.run_test(size=SIZE) as pilot:
        await ready(app, pilot)
        stats = app.query_one("#right")
        assert stats.display
        await pilot.press("s")
        assert not stats.display
        await pilot.press("s")
        assert stats.display


async def test_r_raw_page_and_question_mark_help() -> None:
    app = explorer()
    async with app.run_test(size=SIZE) as pilot:
        await ready(app, pilot)
        await pilot.press("3", "r")
        assert isinstance(app.screen, RawPageScreen)
        first_of_three = app.document.sections[3].paragraphs[0]
        assert app.screen.start_line == first_of_three.line  # opened where the reader is
        app.pop_screen()
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        assert "pinyin" in screen_text(app)


async def test_tab_moves_between_panes() -> None:
    app = explorer()
    async with app.run_test(size=SIZE) as pilot:
        await ready(app, pilot)
        seen = {app.focused}
        for _ in range(3):
            await pilot.press("tab")
            seen.add(app.focused)
        assert app.article in seen and app.query_one(Outline) in seen


async def test_the_pane_with_the_keys_shows_it() -> None:
    app = explorer()
    async with app.run_test(size=SIZE) as pilot:
        await ready(app, pilot)
        side, right = app.query_one("#side"), app.query_one("#right")
        resting = side.styles.border_right[1]
        assert right.styles.border_left[1] == resting  # the article has the keys
        outline = app.query_one(Outline)
        rows_before = outline.scrollable_content_region
        outline.focus()
        await pilot.pause()
        assert side.styles.border_right[1] != resting
        assert outline.scrollable_content_region == rows_before  # no frame moves the titles
        await pilot.press("tab", "tab")  # article, then the stats pane
        assert app.focused is app.stats_pane
        assert right.styles.border_left[1] != resting
        assert side.styles.border_right[1] == resting


async def test_outline_enter_and_click_jump() -> None:
    app = explorer()
    async with app.run_test(size=SIZE) as pilot:
        await ready(app, pilot)
        outline = app.query_one(Outline)
        outline.focus()
        await pilot.press("j", "j", "j", "enter")  # j/k move the outline's cursor
        assert top_section(app) == 3
        assert app.focused is app.article
        await pilot.click(Outline, offset=(3, 6))
        await pilot.pause()
        # The option under the pointer (headless Pilot reports it one row up; the exact row is
        # checked with a real click in tests/test_e2e_tmux.py).
        chosen = outline.highlighted
        assert chosen not in (None, 3)
        assert top_section(app) == chosen


async def test_ctrl_p_goes_to_a_section() -> None:
    app = explorer()
    async with app.run_test(size=SIZE) as pilot:
        await ready(app, pilot)
        await pilot.press("ctrl+p")
        assert isinstance(app.screen, CommandPalette)
        await pilot.press(*"section 4")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause()
        assert top_section(app) == 4


async def test_the_palette_tells_a_sections_size_as_the_stats_do() -> None:
    document = from_sections(["导语。"], ["很长的一段。" * 200], titles=(None, "长的一节"))
    app = explorer(document)
    async with app.run_test(size=SIZE) as pilot:
        await ready(app, pilot)
        await pilot.press("ctrl+p", *"section 1")
        await pilot.pause(0.3)
        assert "1 paragraph, 1,200 characters" in screen_text(app)


async def test_ctrl_p_finds_an_entity() -> None:
    app = explorer()
    async with app.run_test(size=SIZE) as pilot:
        await ready(app, pilot)
        await pilot.press("ctrl+p", *"赵小燕")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause()
        assert app.stepping.entity == ("person", "赵小燕")


async def test_q_and_ctrl_q_quit() -> None:
    for key in ("q", "ctrl+q"):
        app = explorer()
        async with app.run_test(size=SIZE) as pilot:
            await ready(app, pilot)
            await pilot.press(key)
            await pilot.pause()
            assert app.return_code is not None


async def test_click_on_an_entity_steps_through_it_and_on_a_match_selects_it() -> None:
    app = explorer()
    async with app.run_test(size=SIZE) as pilot:
        await ready(app, pilot)
        article = app.article
        entity = await entity_in_view(app, pilot, "赵小燕")
        await pilot.click(ArticleView, offset=cell_of(article, entity.paragraph, entity.start))
        assert app.stepping.entity == ("person", "赵小燕")
        assert app.article.mark == (entity.paragraph, entity.start, entity.end)

        await pilot.press("escape", "slash", *"hg", "enter")
        target = app.stepping.spans[2]
        article.scroll_to_paragraph(target[0], target[1])
        await pilot.pause()
        await pilot.click(ArticleView, offset=cell_of(article, target[0], target[1]))
        assert app.stepping.current == 2


async def entity_in_view(app: ExplorerApp, pilot, text: str):  # -> Entity
    """The first mention of `text`, scrolled into view."""
    entity = next(e for e in app.annotations.entities if e.text == text)
    app.article.scroll_to_paragraph(entity.paragraph, entity.start)
    await pilot.pause()
    return entity


def cell_of(article: ArticleView, paragraph: int, offset: int) -> tuple[int, int]:
    """Where character `offset` of a paragraph is on screen, relative to the article widget."""
    layout = article.layout
    block = layout.by_paragraph[paragraph]
    starts = layout.lines(block)
    line = max(i for i, s in enumerate(starts) if s <= offset)
    text = layout.blocks[block].text
    x = sum(2 if ord(c) > 0x2E80 else 1 for c in text[starts[line] : offset])
    y = layout.tops[block] + line - round(article.scroll_y)
    return (article.styles.padding.left + GUTTER + x, y)


async def test_several_documents_switch_and_keep_their_place() -> None:
    first = twin_cities(name="a.txt", title="第一篇")
    second = twin_cities(twin_cities_page(("甲", "乙", "丙")), name="b.txt", title="第二篇")
    app = explorer(first, second)
    async with app.run_test(size=SIZE) as pilot:
        await ready(app, pilot)
        documents = app.query_one(DocumentList)
        await pilot.press("4")
        assert top_section(app) == 4
        documents.focus()
        await pilot.press("down", "enter")
        await ready(app, pilot)
        assert app.document is second and "第二篇" in screen_text(app)
        assert top_section(app) == 0
        await pilot.press("2")
        documents.focus()
        await pilot.press("up", "enter")
        await pilot.pause()
        assert app.document is first and top_section(app) == 4
        documents.focus()
        await pilot.press("down", "enter")
        await pilot.pause()
        assert top_section(app) == 2


async def test_the_document_list_shows_each_title_once_cut_to_its_row() -> None:
    titled = twin_cities(name="a.txt", title="国家发展和改革委员会令\u3000第二十号")
    untitled = twin_cities(name="b.txt", title="")
    app = explorer(titled, untitled)
    async with app.run_test(size=SIZE) as pilot:
        await ready(app, pilot)
        documents = app.query_one(DocumentList)
        rows = [s.text.strip() for s in documents.render_lines(documents.region.reset_offset)]
        # No space kept before the '…'; the untitled document is its file name, once.
        assert rows[:4] == ["国家发展和改革委员会令…", "2021-05-06 · a.txt", "b.txt", "2021-05-06"]


async def test_narrow_terminals_collapse_panes() -> None:
    app = explorer()
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(app, pilot)
        assert not app.query_one("#right").display
        assert app.query_one("#side").display
        await pilot.press("s")  # asked for: the stats take the outline's place
        assert app.query_one("#right").display and not app.query_one("#side").display
    app = explorer()
    async with app.run_test(size=(60, 20)) as pilot:
        await ready(app, pilot)
        assert not app.query_one("#right").display and not app.query_one("#side").display
        assert "这是导语" in screen_text(app)


async def test_panes_follow_the_terminal_when_it_is_resized() -> None:
    app = explorer()
    async with app.run_test(size=SIZE) as pilot:
        await ready(app, pilot)
        await pilot.resize_terminal(80, 24)
        await pilot.pause()
        assert not app.query_one("#right").display  # narrowed: the stats give way again
        assert app.query_one("#side").display
        await pilot.resize_terminal(*SIZE)
        await pilot.pause()
        assert app.query_one("#right").display and app.query_one("#side").display


async def test_the_narrow_key_bar_ends_with_the_palette_key_and_nothing_after_it() -> None:
    for size in ((60, 20), (70, 20)):
        app = explorer()
        async with app.run_test(size=size) as pilot:
            await ready(app, pilot)
            assert screen_text(app).splitlines()[-1].endswith("▏^p palette")


async def test_every_key_of_the_bar_fits_in_80_columns_and_follows_a_resize() -> None:
    app = explorer()
    async with app.run_test(size=SIZE) as pilot:
        await ready(app, pilot)
        roomy = screen_text(app).splitlines()[-1]
        assert "n/] Next" in roomy and roomy.rstrip().endswith("▏^p palette")
        await pilot.resize_terminal(80, 24)
        await pilot.pause()
        await pilot.pause()
        narrow = screen_text(app).splitlines()[-1]
        assert narrow.startswith("n Next p Prev / Search")
        assert narrow.rstrip().endswith("? Help q Quit") and "palette" not in narrow
        await pilot.press("p")  # the short display is only a display: both keys still act
        await pilot.press("right_square_bracket")
        assert top_section(app) == 1


async def test_escapes_and_markup_in_the_file_are_shown_not_obeyed() -> None:
    raw = (
        "标题\n\n正文里有\x1b[31m红字\x1b[0m和\x07响铃。\n\n"
        "[bold]x[/bold] 与 [@click=app.quit]y[/] 都是文字。\n"
    ).encode()
    document = parse(decode(raw).text, name="escapes.txt")
    app = explorer(document)
    async with app.run_test(size=SIZE) as pilot:
        await ready(app, pilot)
        text = screen_text(app)
        assert "[bold]x[/bold]" in text
        assert "[@click=app.quit]y[/]" in text
        assert "␛[31m红字␛[0m" in text and "␇" in text
        assert "\x1b" not in text
        await pilot.click(ArticleView, offset=(8, 4))
        assert app.return_code is None


def test_a_long_text_is_wrapped_lazily_and_ends_exact() -> None:
    from tui.app.article import LAZY_BLOCKS, ArticleLayout, article_blocks

    lines = twin_cities_page(tuple(f"第{n}章" for n in range(1, LAZY_BLOCKS // 5 + 40)))
    blocks = article_blocks(twin_cities(lines))
    exact = ArticleLayout(blocks, 61)
    lazy = ArticleLayout(blocks, 61, exact_rows=80)
    assert not lazy.exact and lazy.tops[:10] == exact.tops[:10]
    assert lazy.lines(len(blocks) - 1) == exact.lines(len(blocks) - 1)  # wrapped on demand
    while not lazy.refine(500):
        pass
    lazy.finish()
    assert lazy.tops == exact.tops and lazy.height == exact.height


async def test_a_long_text_opens_at_the_top_and_jumps_after_its_layout_is_done() -> None:
    from tui.app.article import LAZY_BLOCKS

    document = twin_cities(
        twin_cities_page(tuple(f"第{n}章" for n in range(1, LAZY_BLOCKS // 5 + 40)))
    )
    app = explorer(document)
    async with app.run_test(size=SIZE) as pilot:
        assert "这是导语" in screen_text(app)
        await pilot.press("8")
        assert top_section(app) == 8
        for _ in range(20):
            await pilot.pause(0.05)
            if app.article.layout.exact:
                break
        assert app.article.layout.exact
        assert top_section(app) == 8  # finishing the layout kept the reader's place
        await pilot.press("G")
        assert top_section(app) == len(document.sections) - 1


def test_every_binding_has_an_id_a_tooltip_and_a_line_in_help() -> None:
    names = {
        "slash": "/",
        "question_mark": "?",
        "right_square_bracket": "]",
        "left_square_bracket": "[",
        "down": "↓",
        "up": "↑",
    }
    help_keys = " ".join(keys for keys, _ in ExplorerApp.HELP)
    ids = [b.id for b in ExplorerApp.BINDINGS]
    assert len(ids) == len(set(ids)) and all(ids)
    for binding in ExplorerApp.BINDINGS:
        assert binding.tooltip, binding.id
        for key in binding.key.split(","):
            shown = names.get(key, key)
            assert shown in help_keys or key.isdigit(), key
    assert "0 … 9" in help_keys


async def test_a_page_without_article_text_says_so_and_where_its_text_is() -> None:
    # one short line without punctuation, no headline: nothing the parser takes as article
    app = explorer(parse("red [bold]x[/bold] 你好\n", name="note.txt"))
    async with app.run_test(size=(100, 20)) as pilot:
        await ready(app, pilot)
        assert "No article text found. Press r to see the whole page." in screen_text(app)
        await pilot.press("r")
        await pilot.pause()
        assert "red [bold]x[/bold] 你好" in screen_text(app)  # shown as written, not obeyed


async def test_an_empty_document_takes_every_key_without_failing() -> None:
    app = explorer(parse("", name="empty.txt"))
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(app, pilot)
        await pilot.press("n", "1", "G", "slash", "a", "b", "enter", "n", "N")
        await pilot.press("escape", "t", "s", "j", "w", "escape", "e", "escape")
        await pilot.pause()
        assert app.is_running and app.document.sections == ()


async def test_a_keyword_clicked_in_the_stats_pane_is_searched() -> None:
    from tui.app.stats import StatsPane

    app = explorer()
    async with app.run_test(size=SIZE) as pilot:
        await ready(app, pilot)
        app.stats_pane.post_message(StatsPane.KeywordClicked("海港"))
        await pilot.pause()
        stepping = app.stepping
        assert stepping.mode == "search" and stepping.query == "海港" and stepping.active
        count = sum(p.text.count("海港") for p in app.document.paragraphs)
        assert f"match 1/{count}" in screen_text(app)


async def test_the_entity_under_the_pointer_is_underlined() -> None:
    app = explorer()
    async with app.run_test(size=SIZE) as pilot:
        await ready(app, pilot)
        article = app.article
        entity = await entity_in_view(app, pilot, "赵小燕")
        await pilot.hover(ArticleView, offset=cell_of(article, entity.paragraph, entity.start))
        assert article.hovered == (entity.paragraph, entity.start, entity.end)
        await pilot.hover(ArticleView, offset=(0, 0))  # the gutter: nothing to click
        assert article.hovered is None


async def test_long_outline_titles_stay_on_one_row_and_show_whole_on_hover() -> None:
    # Chapter titles of novels join two halves with an ideographic space (U+3000).
    long = ("张天师祈禳瘟疫\u3000洪太尉误走妖魔", "王教头私走延安府城\u3000九纹龙大闹史家村")
    app = explorer(twin_cities(twin_cities_page(long)))
    async with app.run_test(size=SIZE) as pilot:
        await ready(app, pilot)
        outline = app.query_one(Outline)
        rows = [strip.text.rstrip() for strip in outline.render_lines(outline.region.reset_offset)]
        width = outline.scrollable_content_region.width
        assert width == 25
        assert rows[0] == " 0 Lead"
        assert rows[1] == " 1 张天师祈禳瘟疫\u3000洪太…"  # 24 cells: no gap before the '…'
        assert rows[2] == " 2 王教头私走延安府城…"  # the space before the cut is dropped
        assert rows[3] == ""  # nothing wrapped onto the next row
        await pilot.hover(Outline, offset=(5, 1))
        await pilot.pause()
        assert str(outline.tooltip) == long[0]
        await pilot.hover(Outline, offset=(5, 0))
        await pilot.pause()
        assert outline.tooltip is None  # the lead's title fits


async def test_outline_numbers_line_up_past_section_99() -> None:
    headings = tuple(f"第{n}章" for n in range(1, 101))
    app = explorer(twin_cities(twin_cities_page(headings)))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        outline = app.query_one(Outline)
        labels = [str(outline.get_option_at_index(i).prompt) for i in (0, 5, 99, 100)]
        assert labels == ["  0 Lead", "  5 第5章", " 99 第99章", "100 第100章"]


async def test_markup_in_headings_and_titles_is_shown_not_obeyed() -> None:
    # A heading with a closing tag crashed the palette (MarkupError); a title with an action
    # would run it when its entry was clicked. Both are text.
    heading = "解放[/]思想，[@click=app.quit]这一节的标题长得要被截断才行[/]"
    document = twin_cities(twin_cities_page((heading, "第二节")), title="[@click=app.quit]标题[/]")
    app = explorer(document, twin_cities(name="other.txt"))
    async with app.run_test(size=SIZE) as pilot:
        await ready(app, pilot)
        await pilot.press("ctrl+p", *"jiefang")
        await pilot.pause(0.4)
        assert isinstance(app.screen, CommandPalette)
        assert "解放[/]思想" in screen_text(app)
        await pilot.press("escape")
        await pilot.press("ctrl+p", *"open")
        await pilot.pause(0.4)
        assert "[@click=app.quit]标题[/]" in screen_text(app)
        await pilot.press("escape")
        outline = app.query_one(Outline)
        await pilot.hover(Outline, offset=(5, 1))
        await pilot.pause()
        assert str(outline.tooltip) == heading
        assert app.is_running and app.return_code is None

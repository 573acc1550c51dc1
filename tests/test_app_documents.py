"""The explorer on a folder (issue 16) and on paths that cannot be opened (issue 15, point 5):
the first document shows at once, the others are opened in the background and fill in the
document list, which filters by typing and opens any document at once; a document that failed is
marked there and said in a notice; long work shows a progress line at every width."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.documents import Explorer, GatedPipeline, screen_text, send_at_once, twin_cities
from tui.app.app import ExplorerApp
from tui.app.documents import DocumentList
from tui.app.progress import ProgressLine
from tui.pipeline import Pipeline, ReadOptions

SIZE = (120, 40)
CITIES = ["广州", "深圳", "珠海", "佛山", "东莞", "惠州"]


def page(title: str, day: int) -> str:
    return (
        f"首页 新闻 关于我们\n{title}\n发布日期:2021-05-{day:02d}  来源:江城日报\n\n"
        + f"{title}的消息。这是一段足够长的正文,用来让解析器认出文章的主体部分,而不是页面的菜单。"
        * 3
        + "\n\n版权所有 江城日报社\n"
    )


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    for i, city in enumerate(CITIES):
        (tmp_path / f"{i:02d}.txt").write_text(page(f"{city}的新闻", i + 1), encoding="utf-8")
    return tmp_path


def paths(folder: Path) -> list[str]:
    return [str(p) for p in sorted(folder.glob("*.txt"))]


def list_text(app: ExplorerApp) -> str:
    documents = app.query_one(DocumentList)
    return "\n".join(s.text for s in documents.render_lines(documents.region.reset_offset))


async def settle(app: ExplorerApp, pilot) -> None:
    """Until every worker is done: the app starts its workers once mounted, and one may wait
    on another (the folder's reading on the word tables the first analysis builds)."""
    await pilot.pause()
    while any(worker.is_running for worker in app.workers):
        await app.workers.wait_for_complete()
        await pilot.pause()


async def test_a_folder_shows_the_first_document_and_fills_in_the_rest(folder: Path) -> None:
    pipeline = Pipeline(ReadOptions(use_cache=False))
    app = Explorer(paths(folder), pipeline)
    assert [e.document is not None for e in app.entries] == [True] + [False] * 5
    async with app.run_test(size=SIZE) as pilot:
        assert "广州的新闻" in screen_text(app)
        await settle(app, pilot)
        shown = list_text(app)
        for i, city in enumerate(CITIES):
            assert f"{city}的新闻" in shown
            assert f"2021-05-{i + 1:02d} · {i:02d}.txt" in shown


async def test_a_document_chosen_before_the_background_reached_it_opens_at_once(
    folder: Path,
) -> None:
    app = Explorer(paths(folder), Pipeline(ReadOptions(use_cache=False)))
    async with app.run_test(size=SIZE) as pilot:
        app.workers.cancel_group(app, "open")  # the background never gets there
        app.open_document(5)
        await pilot.pause()
        assert app.document.meta.title == "惠州的新闻"
        assert "惠州的新闻" in screen_text(app)


async def test_typing_on_the_list_filters_it_by_pinyin_and_enter_opens(folder: Path) -> None:
    app = Explorer(paths(folder), Pipeline(ReadOptions(use_cache=False)))
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        app.query_one(DocumentList).focus()
        await pilot.press(*"huizhou")
        await settle(app, pilot)  # the filter runs in a thread
        shown = list_text(app)
        assert "惠州的新闻" in shown and "广州的新闻" not in shown
        await pilot.press("enter")
        await settle(app, pilot)
        assert app.document.meta.title == "惠州的新闻"
        app.query_one(DocumentList).focus()
        await pilot.press("s", "z")  # 深圳: s is not a key of the list
        await settle(app, pilot)
        assert "深圳的新闻" in list_text(app)
        await pilot.press("escape")
        assert "广州的新闻" in list_text(app)  # the filter emptied: every document again


async def test_paths_that_cannot_be_opened_are_marked_and_said(folder: Path) -> None:
    (folder / "binary.bin").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    missing = str(folder / "nosuch.txt")
    given = [missing, paths(folder)[0], str(folder / "binary.bin")]
    app = Explorer(given, Pipeline(ReadOptions(use_cache=False)))
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        assert app.document.meta.title == "广州的新闻"
        shown = list_text(app)
        assert "✗ nosuch.txt" in shown and "✗ binary.bin" in shown
        assert "no such file" in shown and "not a text file" in shown
        assert any("nosuch.txt" in note for note in app.notes)
        assert any("binary.bin" in note for note in app.notes)
        assert len(app.errors) == 2
        app.open_document(0)  # chosen: the reason again, and the article stays
        await pilot.pause()
        assert app.document.meta.title == "广州的新闻"


@pytest.mark.parametrize("size", [(120, 40), (80, 24), (60, 20)])
async def test_the_progress_line_shows_a_long_analysis_at_every_width(size) -> None:
    pipeline = GatedPipeline()
    app = ExplorerApp([twin_cities()], pipeline)
    async with app.run_test(size=size) as pilot:
        pipeline.started.wait(5)
        # The line comes once the work has taken a second; on a loaded machine a little later.
        for _ in range(100):
            await pilot.pause(0.1)
            rows = screen_text(app).splitlines()
            if any("analysing 湾区双城" in row for row in rows):
                break
        progress = app.query_one(ProgressLine)
        assert progress.display
        assert any("analysing 湾区双城" in row for row in rows), rows
        pipeline.release.set()
        await settle(app, pilot)
        assert not progress.display
        assert all("analysing" not in row for row in screen_text(app).splitlines())


async def test_an_analysis_counts_its_own_seconds_not_the_folders(monkeypatch) -> None:
    # a folder read for nine seconds before the reader opened a document: its analysis has
    # taken one second, not ten
    from textual.app import App, ComposeResult

    from tui.app import progress

    clock = [100.0]
    monkeypatch.setattr(progress.time, "monotonic", lambda: clock[0])

    class Host(App[None]):
        def compose(self) -> ComposeResult:
            yield ProgressLine()

    async with Host().run_test() as pilot:
        line = pilot.app.query_one(ProgressLine)
        line.show(opened=(10, 5000), analysing=None)
        clock[0] += 9
        line.show(opened=(3000, 5000), analysing="湾区双城")
        clock[0] += 1
        line.show(opened=(3100, 5000), analysing="湾区双城")
        assert line.describe() == "analysing 湾区双城… 1 s  ·  reading documents 3,100/5,000"


async def test_the_document_filter_takes_every_letter(folder: Path) -> None:
    from tui.app.documents import DocumentFilter

    app = Explorer(paths(folder), Pipeline(ReadOptions(use_cache=False)))
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        field = app.query_one(DocumentFilter)
        field.focus()
        await pilot.pause()
        await pilot.press(*"gnqjkewtsr")  # keys elsewhere; text here
        assert field.value == "gnqjkewtsr"
        await pilot.press("escape")
        assert field.value == "" and app.focused is app.query_one(DocumentList)
        # On the list, the first character that is not a key of the list starts the filter,
        # and those typed right after it follow, keys elsewhere or not.
        await pilot.press(*"huizhou")
        await settle(app, pilot)
        await pilot.press("enter")
        await settle(app, pilot)
        assert app.document.meta.title == "惠州的新闻"


@pytest.mark.parametrize("focused", ["the filter", "the list"])
async def test_a_typo_mended_in_one_burst_is_mended_in_the_document_filter(
    folder: Path, focused: str
) -> None:
    """Typed fast with its mending (keys queue while a big folder is being read): the
    backspaces act in turn, on the filter or on the list, whose keys sent before the focus
    moved to the filter are the filter's."""
    from tui.app.documents import DocumentFilter

    app = Explorer(paths(folder), Pipeline(ReadOptions(use_cache=False)))
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        field = app.query_one(DocumentFilter)
        (field if focused == "the filter" else app.query_one(DocumentList)).focus()
        await pilot.pause()
        send_at_once(app, [*"huizhuo", "backspace", "backspace", "o", "u"])
        await settle(app, pilot)
        assert field.value == "huizhou"
        shown = list_text(app)
        assert "惠州的新闻" in shown and "广州的新闻" not in shown


async def test_a_name_spelt_from_a_letter_the_explorer_binds_filters_whole(folder: Path) -> None:
    """guangzhou typed on the list: its g is no jump to the top, nor the q of a qingdao a quit;
    the arrows move the list."""
    from tui.app.documents import DocumentFilter

    app = Explorer(paths(folder), Pipeline(ReadOptions(use_cache=False)))
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        documents = app.query_one(DocumentList)
        documents.focus()
        await pilot.press("down", "down")
        assert documents.cursor == 2
        await pilot.press(*"guangzhou")
        await settle(app, pilot)
        assert app.query_one(DocumentFilter).value == "guangzhou"
        shown = list_text(app)
        assert "广州的新闻" in shown and "惠州的新闻" not in shown
        await pilot.press("escape")
        await pilot.press("q", "j", "n", "p", "k")
        await settle(app, pilot)
        assert app.is_running and app.query_one(DocumentFilter).value == "qjnpk"


async def test_the_last_document_of_a_big_folder_opens_before_the_background_gets_there(
    tmp_path: Path,
) -> None:
    for i in range(400):
        (tmp_path / f"{i:04d}.txt").write_text(page(f"第{i}号新闻", 1 + i % 28), "utf-8")
    app = Explorer(paths(tmp_path), Pipeline(ReadOptions(use_cache=False)))
    async with app.run_test(size=SIZE) as pilot:
        while not app.query(DocumentList):  # mounted right after the first frame
            await pilot.pause()
        documents = app.query_one(DocumentList)
        documents.focus()
        await pilot.press("end", "enter")
        await pilot.pause()
        assert app.document.meta.title == "第399号新闻"
        app.workers.cancel_group(app, "open")

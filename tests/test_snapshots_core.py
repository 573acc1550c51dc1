"""Snapshots of the explorer's main screen, taken once the analysis is done (deterministic).

Update them after an intended change of look: pytest tests/test_snapshots_core.py --snapshot-update
"""

from __future__ import annotations

from tests.documents import FakePipeline, twin_cities
from tui.app.app import ExplorerApp


def explorer() -> ExplorerApp:
    return ExplorerApp([twin_cities()], FakePipeline())


async def analysed(pilot) -> None:
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


def test_main_screen_120x40(snap_compare) -> None:
    assert snap_compare(explorer(), terminal_size=(120, 40), run_before=analysed)


def test_main_screen_80x24_without_stats(snap_compare) -> None:
    assert snap_compare(explorer(), terminal_size=(80, 24), run_before=analysed)


def test_main_screen_60x20_article_only(snap_compare) -> None:
    assert snap_compare(explorer(), terminal_size=(60, 20), run_before=analysed)


def test_search_with_matches_and_the_current_one(snap_compare) -> None:
    async def search(pilot) -> None:
        await analysed(pilot)
        await pilot.press("slash", *"guangzhou", "enter", "n", "n")
        await analysed(pilot)

    assert snap_compare(explorer(), terminal_size=(120, 40), run_before=search)


def test_stepping_through_a_person_in_section_two(snap_compare) -> None:
    async def step(pilot) -> None:
        await analysed(pilot)
        pilot.app.step_through_entity("person", "赵小燕")
        await pilot.press("n")
        await analysed(pilot)

    assert snap_compare(explorer(), terminal_size=(120, 40), run_before=step)


# --- the light theme, the Chinese interface, several documents (issue 15) --------------------


def light(then=analysed):
    async def run_before(pilot) -> None:
        pilot.app.theme = "textual-light"
        await then(pilot)

    return run_before


def test_main_screen_120x40_light(snap_compare) -> None:
    assert snap_compare(explorer(), terminal_size=(120, 40), run_before=light())


def test_main_screen_80x24_light(snap_compare) -> None:
    assert snap_compare(explorer(), terminal_size=(80, 24), run_before=light())


def test_main_screen_60x20_light(snap_compare) -> None:
    assert snap_compare(explorer(), terminal_size=(60, 20), run_before=light())


def test_search_light(snap_compare) -> None:
    async def search(pilot) -> None:
        await analysed(pilot)
        await pilot.press("slash", *"guangzhou", "enter", "n")
        await analysed(pilot)

    assert snap_compare(explorer(), terminal_size=(120, 40), run_before=light(search))


def test_entity_list_typed_guangzhou_light(snap_compare) -> None:
    async def typed(pilot) -> None:
        await analysed(pilot)
        await pilot.press("e", *"guangzhou")
        await analysed(pilot)

    assert snap_compare(explorer(), terminal_size=(120, 40), run_before=light(typed))


def test_main_screen_120x40_chinese(snap_compare, chinese) -> None:
    assert snap_compare(explorer(), terminal_size=(120, 40), run_before=analysed)


def test_main_screen_80x24_chinese_light(snap_compare, chinese) -> None:
    assert snap_compare(explorer(), terminal_size=(80, 24), run_before=light())


def test_several_documents_one_failed(snap_compare) -> None:
    from tui.app.documents import Entry

    documents = [
        twin_cities(name="pages/a.txt", title="第一篇:湾区双城"),
        Entry("pages/nosuch.txt", error="pages/nosuch.txt: no such file or folder"),
        twin_cities(name="pages/c.txt", title="第三篇:两地合作"),
    ]
    app = ExplorerApp(documents, FakePipeline())
    assert snap_compare(app, terminal_size=(120, 40), run_before=analysed)

"""The explorer's analysis of big texts in a child process: same answer, stoppable at once."""

from __future__ import annotations

import os
import subprocess
from functools import partial
from pathlib import Path

import pytest

from tui.app.app import ExplorerApp, analyse_through
from tui.machinery import child, parallel
from tui.machinery.cache import Cache
from tui.machinery.child import AnalysisStopped, analyse_in_child
from tui.parse import parse
from tui.pipeline import analyse_document, cached_analysis

pytestmark = pytest.mark.skipif(not hasattr(os, "killpg"), reason="POSIX process groups")

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_948d13035be81ef7.txt"


@pytest.fixture(scope="module")
def document():
    return parse(SEED.read_text(encoding="utf-8"), name="seed")


@pytest.fixture
def started(monkeypatch) -> list[subprocess.Popen]:
    """The child processes analyse_in_child starts, as they are started."""
    children: list[subprocess.Popen] = []
    popen = subprocess.Popen

    def recording_popen(*args, **kwargs):
        children.append(popen(*args, **kwargs))
        return children[-1]

    monkeypatch.setattr(child.subprocess, "Popen", recording_popen)
    return children


@pytest.fixture
def slow_child(monkeypatch) -> None:
    """A child that takes the request and then works for a minute: only a kill ends it soon."""
    work = "import sys, time; sys.stdin.buffer.read(); time.sleep(60)"
    monkeypatch.setattr(child, "_CHILD", work)


async def analysis_done(app: ExplorerApp, pilot) -> bool:
    """Whether the document is analysed once the worker, which starts after the first frame,
    has ended (waited for in steps, for at most a while)."""
    for _ in range(300):
        await app.workers.wait_for_complete()
        await pilot.pause(0.05)
        if app.analysed:
            return True
    return False


def test_the_child_gives_what_this_process_gives_and_fills_the_cache(document, tmp_path) -> None:
    expected = analyse_document(document)
    analysed = analyse_in_child(document, tmp_path)
    assert analysed.annotations == expected.annotations
    assert analysed.insight == expected.insight
    assert cached_analysis(document, Cache(tmp_path)) == analysed  # written by the child


def test_a_stop_request_kills_the_child_and_its_process_group(
    document, started, slow_child
) -> None:
    with pytest.raises(AnalysisStopped):
        analyse_in_child(document, None, stop=lambda: True)
    (child,) = started
    assert child.returncode is not None  # reaped, not left running
    with pytest.raises(ProcessLookupError):
        os.killpg(child.pid, 0)  # nothing of its process group is left


def test_a_failing_child_is_one_clear_error(document) -> None:
    with pytest.raises(RuntimeError, match="the analysis process failed"):
        analyse_in_child("not a document", None)  # type: ignore[arg-type]


async def test_the_explorer_highlights_a_big_text_analysed_in_a_child(
    document, tmp_path, monkeypatch
) -> None:
    monkeypatch.setattr(parallel, "MIN_CHARS", 0)  # the seed counts as big
    app = ExplorerApp([document], analyser=partial(analyse_through, Cache(tmp_path)))
    async with app.run_test(size=(120, 40)) as pilot:
        assert await analysis_done(app, pilot)
        names = {e.text for e in app.annotations.entities if e.kind == "person"}
        assert {"陈鸿宇", "嵇世山"} <= names
    assert cached_analysis(document, Cache(tmp_path)) is not None


async def test_quitting_while_a_child_analyses_kills_it(
    document, started, slow_child, monkeypatch
) -> None:
    monkeypatch.setattr(parallel, "MIN_CHARS", 0)
    app = ExplorerApp([document], analyser=partial(analyse_through, None))
    async with app.run_test(size=(120, 40)) as pilot:
        for _ in range(300):
            if started:
                break
            await pilot.pause(0.01)
        await pilot.press("q")
    (child,) = started
    assert child.returncode == -9  # killed, not waited for
    assert not app.analysed


async def test_when_no_process_can_be_started_the_analysis_runs_here(document, monkeypatch) -> None:
    def no_processes(*args, **kwargs):
        raise OSError(11, "Resource temporarily unavailable")

    monkeypatch.setattr(child.subprocess, "Popen", no_processes)
    monkeypatch.setattr(parallel, "MIN_CHARS", 0)
    app = ExplorerApp([document], analyser=partial(analyse_through, None))
    async with app.run_test(size=(120, 40)) as pilot:
        assert await analysis_done(app, pilot)
        assert any(e.text == "陈鸿宇" for e in app.annotations.entities)

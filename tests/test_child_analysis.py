"""Analysis of big texts in a child process, when the caller may cancel (the explorer): the same
answer, cached by the pipeline, and stopped at once."""

from __future__ import annotations

import os
import subprocess
import time
from pathlib import Path

import pytest

from tui import pipeline as pipeline_module
from tui.app.app import ExplorerApp
from tui.machinery import child
from tui.machinery.cache import Cache
from tui.machinery.child import ChildStopped, analyse_in_child
from tui.parse import parse
from tui.pipeline import AnalysisStopped, Pipeline, ReadOptions, analyse_here

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


@pytest.fixture
def big(monkeypatch) -> None:
    """The seed counts as a big text: a cancellable analysis of it goes to a child."""
    monkeypatch.setattr(pipeline_module, "CHILD_MIN_CHARS", 0)


def test_the_child_gives_what_this_process_gives(document) -> None:
    expected = analyse_here(document)
    annotations, insight = analyse_in_child(document, 3)
    assert annotations == expected.annotations
    assert insight == expected.insight


def test_the_pipeline_sends_a_cancellable_big_analysis_to_a_child_and_caches_it(
    document, tmp_path, started, big
) -> None:
    pipeline = Pipeline(cache=Cache(tmp_path))
    analysed = pipeline.analyse(document, stop=lambda: False)
    assert len(started) == 1  # in a child
    assert analysed == analyse_here(document)
    assert Pipeline(cache=Cache(tmp_path)).cached(document) == analysed  # the cache is filled
    assert pipeline.analyse(document, stop=lambda: False) == analysed
    assert len(started) == 1  # the second time from the cache, no child


def test_an_analysis_nobody_can_cancel_runs_here(document, started, big) -> None:
    Pipeline(ReadOptions(use_cache=False)).analyse(document)
    assert started == []


def test_a_stop_request_kills_the_child_and_its_process_group(
    document, started, slow_child
) -> None:
    with pytest.raises(ChildStopped):
        analyse_in_child(document, 3, stop=lambda: True)
    (child,) = started
    assert child.returncode is not None  # reaped, not left running
    with pytest.raises(ProcessLookupError):
        os.killpg(child.pid, 0)  # nothing of its process group is left


def test_a_failing_child_is_one_clear_error(document) -> None:
    with pytest.raises(RuntimeError, match="the analysis process failed"):
        analyse_in_child("not a document", 3)  # type: ignore[arg-type]


def test_a_stopped_analysis_is_reported_as_stopped(document, slow_child, big) -> None:
    with pytest.raises(AnalysisStopped):
        Pipeline(ReadOptions(use_cache=False)).analyse(document, stop=lambda: True)


async def test_the_explorer_highlights_a_big_text_analysed_in_a_child(
    document, tmp_path, started, big
) -> None:
    app = ExplorerApp([document], Pipeline(cache=Cache(tmp_path)))
    async with app.run_test(size=(120, 40)) as pilot:
        assert await analysis_done(app, pilot)
        names = {e.text for e in app.annotations.entities if e.kind == "person"}
        assert {"陈鸿宇", "嵇世山"} <= names
    assert len(started) == 1
    assert Pipeline(cache=Cache(tmp_path)).cached(document) is not None


async def test_quitting_while_a_child_analyses_kills_it(document, started, slow_child, big) -> None:
    app = ExplorerApp([document], Pipeline(ReadOptions(use_cache=False)))
    async with app.run_test(size=(120, 40)) as pilot:
        for _ in range(3000):  # up to 30 s on a loaded machine; a few ms on a quiet one
            if started:
                break
            await pilot.pause(0.01)
        await pilot.press("q")
    (child,) = started
    # The worker that ran the child sees the stop within a poll and kills it; on a loaded
    # machine that may land just after the app has closed, so it is waited for (the child
    # itself would sleep for a minute: only a kill ends it within this wait).
    for _ in range(1000):
        if child.returncode is not None:
            break
        time.sleep(0.01)
    assert child.returncode == -9  # killed, not waited for
    assert not app.analysed


async def test_when_no_process_can_be_started_the_analysis_runs_here(document, monkeypatch) -> None:
    def no_processes(*args, **kwargs):
        raise OSError(11, "Resource temporarily unavailable")

    monkeypatch.setattr(child.subprocess, "Popen", no_processes)
    monkeypatch.setattr(pipeline_module, "CHILD_MIN_CHARS", 0)
    app = ExplorerApp([document], Pipeline(ReadOptions(use_cache=False)))
    async with app.run_test(size=(120, 40)) as pilot:
        assert await analysis_done(app, pilot)
        assert any(e.text == "陈鸿宇" for e in app.annotations.entities)

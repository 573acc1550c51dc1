"""Many documents: streamed in input order, one bad document one error line, the same bytes
whether the work ran here, on two local processes or on a Dask cluster; each result says
which file it is from; a progress bar only where a person watches."""

from __future__ import annotations

import contextlib
import io
import json
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from functools import partial
from pathlib import Path

import pytest

from tests import cli
from tui.cli import progress as progress_module
from tui.cli.progress import Progress
from tui.model import Document
from tui.pipeline import Outcome, Pipeline, ReadOptions

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_948d13035be81ef7.txt"
SHARED = next(
    (f / "shared" for f in (ROOT.parent, ROOT.parent.parent) if (f / "shared").is_dir()),
    ROOT.parent / "shared",
)
CORPUS = SHARED / "corpus"


def run_tui(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return cli.run_tui(*args, cwd=cwd, timeout=300, env={"PYTHONPATH": str(ROOT)})


@pytest.fixture(scope="module")
def small_corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Eight real pages (or the seed eight times over, changed a little each time) and, first,
    one empty file."""
    folder = tmp_path_factory.mktemp("corpus")
    pages = sorted(CORPUS.glob("c*.txt"))[:8] if CORPUS.is_dir() else []
    if pages:
        for page in pages:
            shutil.copy(page, folder / page.name)
    else:
        text = SEED.read_text(encoding="utf-8")
        for n in range(8):
            (folder / f"page{n}.txt").write_text(text + f"\n第{n}份。\n", encoding="utf-8")
    (folder / "c00_broken.txt").write_bytes(b"")
    return folder


def test_jobs_and_a_dask_cluster_give_the_same_bytes(small_corpus: Path) -> None:
    one = run_tui("summary", str(small_corpus), "--json", "--no-cache", "--jobs", "1")
    two = run_tui("summary", str(small_corpus), "--json", "--no-cache", "--jobs", "2")
    assert one.returncode == two.returncode == 1  # the broken file, reported
    assert one.stdout == two.stdout
    assert len(one.stdout.splitlines()) == 8
    assert one.stderr == two.stderr and one.stderr.count("\n") == 1
    assert "c00_broken.txt: empty" in one.stderr

    # The pages for a person too: each is rendered where its document is analysed.
    pages = [run_tui("summary", str(small_corpus), "--no-cache", "--jobs", jobs) for jobs in "12"]
    assert pages[0].stdout == pages[1].stdout and pages[0].stdout.count("Key sentences") == 8

    pytest.importorskip("distributed")
    with dask_cluster(workers=2) as address:
        dask = run_tui("summary", str(small_corpus), "--json", "--no-cache", "--scheduler", address)
        dask_pages = run_tui("summary", str(small_corpus), "--no-cache", "--scheduler", address)
    assert dask.returncode == 1, dask.stderr
    assert dask.stdout == one.stdout
    assert dask_pages.stdout == pages[0].stdout


@contextlib.contextmanager
def dask_cluster(workers: int) -> Iterator[str]:
    """A Dask scheduler and worker processes on the loopback address, as the README starts
    them (in processes of their own: a cluster in this one would leave threads behind)."""
    with tempfile.TemporaryDirectory() as folder:
        address_file = Path(folder) / "scheduler.json"
        loopback = ["--host", "127.0.0.1", "--no-dashboard"]
        scheduler = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "distributed.cli.dask_scheduler",
                "--port",
                "0",
                *loopback,
                "--scheduler-file",
                str(address_file),
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        worker = None
        try:
            for _ in range(300):
                if address_file.exists() and address_file.stat().st_size:
                    break
                time.sleep(0.1)
            address = json.loads(address_file.read_text())["address"]
            worker = subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "distributed.cli.dask_worker",
                    address,
                    *loopback,
                    "--nworkers",
                    str(workers),
                    "--nthreads",
                    "1",
                ],
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
            yield address
        finally:
            for process in (worker, scheduler):
                if process is not None:
                    process.terminate()
                    try:
                        process.wait(timeout=30)
                    except subprocess.TimeoutExpired:
                        process.kill()


def slow_first(pipeline: Pipeline, document: Document) -> str:
    """The work of a test: the first document takes longest, so it finishes last."""
    if document.name.endswith("a.txt"):
        time.sleep(0.5)
    return document.name


def test_results_stream_in_input_order_whatever_finishes_first(tmp_path: Path) -> None:
    for name in "abcdefgh":
        (tmp_path / f"{name}.txt").write_text(
            f"标题{name}\n\n这是第{name}篇文章的正文。\n", "utf-8"
        )
    pipeline = Pipeline(ReadOptions(use_cache=False))
    for jobs in (1, 2):
        outcomes = list(pipeline.each(pipeline.sources([str(tmp_path)]), slow_first, jobs=jobs))
        assert [Path(o.value or "").stem for o in outcomes] == list("abcdefgh")


def test_a_document_that_fails_is_one_outcome_and_the_rest_go_on(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("标题\n\n正文一段。\n", "utf-8")
    (tmp_path / "b.txt").write_bytes(b"")
    (tmp_path / "c.txt").write_text("标题\n\n正文两段。\n", "utf-8")
    missing = str(tmp_path / "nosuch.txt")
    pipeline = Pipeline(ReadOptions(use_cache=False))
    sources = pipeline.sources([str(tmp_path), missing])
    outcomes = list(pipeline.each(sources, partial(slow_first), jobs=2))
    assert [o.error is None for o in outcomes] == [True, False, True, False]
    assert outcomes[1].error is not None and "b.txt: empty" in outcomes[1].error
    assert outcomes[3].error is not None and "no such file" in outcomes[3].error
    assert all(isinstance(o, Outcome) for o in outcomes)


def test_search_and_sections_over_a_folder_say_which_file(small_corpus: Path) -> None:
    shutil.copy(SEED, small_corpus / "seed.txt")
    try:
        found = run_tui("search", str(small_corpus), "广州")
        sections = run_tui("sections", str(small_corpus))
    finally:
        (small_corpus / "seed.txt").unlink()
    hits = found.stdout.splitlines()
    assert hits and all(line.startswith(str(small_corpus)) for line in hits)
    assert any(line.startswith(f"{small_corpus / 'seed.txt'}:") for line in hits)
    summary = found.stderr.splitlines()[-1]
    assert summary.endswith("documents") and summary.startswith(f"{len(hits)} matches in ")
    assert str(small_corpus / "seed.txt") in sections.stdout


def test_one_match_is_one_match(tmp_path: Path) -> None:
    page = tmp_path / "one.txt"
    page.write_text("标题\n\n只有一处广州。\n", "utf-8")
    result = run_tui("search", str(page), "广州")
    assert result.stderr.strip() == "1 match"
    assert result.stdout.startswith("3: ")  # one document: the line, no file name


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_the_progress_bar_shows_on_a_terminal_once_the_run_is_long(monkeypatch) -> None:
    terminal = _Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    monkeypatch.setattr(progress_module, "SHOW_AFTER", 0.0)
    with Progress(3) as progress:
        for _ in range(3):
            progress.advance()
    assert "3/3" in terminal.getvalue()


def test_no_progress_bar_on_a_pipe_or_for_one_document(monkeypatch) -> None:
    terminal = _Terminal()
    monkeypatch.setattr(progress_module, "SHOW_AFTER", 0.0)
    monkeypatch.setattr(sys, "stderr", terminal)
    with Progress(1) as progress:
        progress.advance()
    pipe = io.StringIO()
    monkeypatch.setattr(sys, "stderr", pipe)
    with Progress(50) as progress:
        for _ in range(50):
            progress.advance()
    assert terminal.getvalue() == "" and pipe.getvalue() == ""


def test_bad_jobs_are_a_usage_error() -> None:
    result = run_tui("summary", str(SEED), "--jobs", "0")
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "--jobs must be 1 or more" in result.stderr


def test_a_page_dump_that_is_not_text_is_one_line_and_the_folder_lists_at_once(
    tmp_path: Path,
) -> None:
    (tmp_path / "a.txt").write_text("标题\n\n正文一段，写得足够长一些。\n", "utf-8")
    (tmp_path / "b.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    (tmp_path / "notes.bin").write_bytes(bytes(range(256)))  # not a page dump: not listed
    result = run_tui("sections", str(tmp_path), "--json")
    assert result.returncode == 1
    assert [json.loads(line)["file"] for line in result.stdout.splitlines()] == [
        str(tmp_path / "a.txt")
    ]
    assert result.stderr.splitlines() == [f"tui: {tmp_path / 'b.txt'}: not a text file (PNG image)"]

"""Standard streams closed, full or wrong: one clear line, the documented exit status, and
nothing said on the wrong stream."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_948d13035be81ef7.txt"
EXIT_FAILED = 1  # README: a document could not be read or parsed, or output not written
pytestmark = pytest.mark.skipif(os.name != "posix", reason="closes descriptors in the child")


def run_tui(*args: str, before: Callable[[], None] | None = None, **streams):
    streams.setdefault("stdout", subprocess.PIPE)
    streams.setdefault("stderr", subprocess.PIPE)
    return subprocess.run(
        [sys.executable, "-m", "tui", *args],
        cwd=ROOT,
        timeout=120,
        preexec_fn=before,  # runs in the child once its streams are in place: may close them
        **streams,
    )


def close(*fds: int) -> Callable[[], None]:
    def closing() -> None:
        for fd in fds:
            os.close(fd)

    return closing


@pytest.mark.parametrize("json", [[], ["--json"]])
def test_a_closed_stdout_is_one_clear_line(json: list[str]) -> None:
    result = run_tui("summary", str(SEED), *json, before=close(1))
    assert result.returncode == EXIT_FAILED
    assert result.stderr.decode() == "tui: cannot write output: standard output is closed\n"


@pytest.mark.parametrize(
    "args", [["summary", "does-not-exist.txt"], ["summary", "--sentences", "x"], ["nonsense.txt"]]
)
def test_with_stderr_closed_no_error_goes_to_stdout(args: list[str]) -> None:
    result = run_tui(*args, before=close(2), stdin=subprocess.DEVNULL)
    assert result.stdout == b""
    assert result.returncode in (1, 2)


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full")
@pytest.mark.parametrize(
    "args",
    [
        ["summary", str(SEED)],
        ["summary", str(SEED), "--json"],
        ["sections", str(SEED), "--json"],
        ["entities", str(SEED)],
    ],
)
def test_a_full_disk_is_not_an_internal_error(args: list[str]) -> None:
    with open("/dev/full", "w") as full:
        result = run_tui(*args, stdout=full)
    assert result.returncode == EXIT_FAILED
    assert result.stderr.decode() == "tui: cannot write output: No space left on device\n"


def test_an_output_open_only_for_reading_is_one_clear_line(tmp_path: Path) -> None:
    target = tmp_path / "out.txt"
    target.write_text("")
    with open(target) as read_only:
        result = run_tui("summary", str(SEED), "--json", stdout=read_only)
    assert result.returncode == EXIT_FAILED
    assert result.stderr.decode() == "tui: cannot write output: Bad file descriptor\n"


def test_a_full_stderr_does_not_turn_an_error_into_a_traceback() -> None:
    with open("/dev/full", "w") as full:
        result = run_tui("summary", "does-not-exist.txt", stderr=full)
    assert result.returncode == EXIT_FAILED
    assert result.stdout == b""


def test_a_closed_stdin_is_no_internal_error() -> None:
    result = run_tui("summary", "-", before=close(0))
    assert result.returncode == EXIT_FAILED
    assert result.stderr.decode().startswith("tui: stdin: ")
    assert b"internal error" not in result.stderr

"""No orphans, an isolated child, the terminal given back: tui killed the ways it gets killed.

The explorer runs in a real pseudo-terminal (pty.fork makes it the session leader, as a shell
in a terminal window is), so that closing the terminal really hangs it up.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import pty
import select
import signal
import struct
import subprocess
import sys
import termios
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.documents import FakePipeline

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="reads /proc and uses a Linux pseudo-terminal"
)

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_948d13035be81ef7.txt"
ALTERNATE_SCREEN_OFF = b"\x1b[?1049l"
MOUSE_OFF = b"\x1b[?1000l"


# How soon what a killed process started must be gone. Its analysis takes seconds more (so a
# child left running would finish, and end, well after this); the kernel's kill takes far less.
GONE_WITHIN = 1.0


@pytest.fixture(scope="module")
def big_text(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """1.8M characters, far over tui.machinery.parallel.MIN_CHARS: analysed in a child, which
    forks a half of its own; the whole analysis takes ~4 s."""
    seed = SEED.read_text(encoding="utf-8")
    paragraphs = [line for line in seed.splitlines() if len(line) > 40]
    path = tmp_path_factory.mktemp("big") / "big.txt"
    path.write_text(seed + "\n\n" + "\n\n".join(paragraphs * 400), encoding="utf-8")
    return path


def descendants(pid: int) -> list[int]:
    """Every living process below `pid`, from /proc."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            with contextlib.suppress(OSError):
                fields = Path(f"/proc/{entry}/stat").read_text().rsplit(")", 1)[1].split()
                children.setdefault(int(fields[1]), []).append(int(entry))
    found, todo = [], [pid]
    while todo:
        for child in children.get(todo.pop(), []):
            found.append(child)
            todo.append(child)
    return found


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def wait_until(condition, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.02)
    return condition()


@contextlib.contextmanager
def reaped(pids: list[int]) -> Iterator[None]:
    """Kill whatever of `pids` a failing test leaves behind."""
    try:
        yield
    finally:
        for pid in pids:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)


class Explorer:
    """`tui PATH` in a 120x40 pseudo-terminal, its screen read as it draws."""

    def __init__(self, path: Path, cache_home: Path, program: str | None = None) -> None:
        env = {
            **os.environ,
            "TERM": "xterm-256color",
            "XDG_CACHE_HOME": str(cache_home),
            "PYTHONPATH": str(ROOT),
        }
        self.pid, self.fd = pty.fork()
        if self.pid == 0:  # the child: becomes the explorer
            os.chdir(ROOT)
            start = ["-c", program, str(path)] if program else ["-m", "tui", str(path)]
            os.execve(sys.executable, [sys.executable, *start], env)
        fcntl.ioctl(self.fd, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 120, 0, 0))
        self.output = b""

    def read(self, seconds: float, until: bytes | None = None) -> bytes:
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline and not (until and until in self.output):
            ready, _, _ = select.select([self.fd], [], [], 0.05)
            if ready:
                try:
                    chunk = os.read(self.fd, 65536)
                except OSError:
                    break
                if not chunk:
                    break
                self.output += chunk
        return self.output

    def exit_code(self, seconds: float = 15) -> int | None:
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            pid, status = os.waitpid(self.pid, os.WNOHANG)
            if pid:
                return os.waitstatus_to_exitcode(status)
            with contextlib.suppress(OSError):
                self.read(0.05)
        return None

    def close(self) -> None:
        with contextlib.suppress(OSError):
            os.close(self.fd)
        with contextlib.suppress(ProcessLookupError, ChildProcessError):
            os.kill(self.pid, signal.SIGKILL)
            os.waitpid(self.pid, 0)


@pytest.mark.parametrize(("signum", "code"), [(signal.SIGTERM, 143), (signal.SIGHUP, 129)])
def test_a_terminated_explorer_gives_the_terminal_back(tmp_path, signum, code) -> None:
    explorer = Explorer(SEED, tmp_path)
    try:
        explorer.read(30, until="导语".encode())  # the outline is drawn: the app runs
        assert b"\x1b[?1049h" in explorer.output
        drawn = len(explorer.output)
        os.kill(explorer.pid, signum)
        assert explorer.exit_code() == code  # 128 + the signal, as a shell reports it
        after = explorer.output[drawn:]
        assert ALTERNATE_SCREEN_OFF in after and MOUSE_OFF in after
    finally:
        explorer.close()


# The explorer with a widget that breaks once it is on screen: an unhandled exception in the app.
CRASHING = """
import sys
from tests.documents import GatedPipeline
from tui.app.outline import Outline
from tui.cli import main

def crash(self, *args):
    raise RuntimeError("a bug in a widget")

Outline.on_mount = crash
raise SystemExit(main(sys.argv[1:]))
"""


def test_a_crashed_explorer_exits_non_zero(tmp_path) -> None:
    explorer = Explorer(SEED, tmp_path, program=CRASHING)
    try:
        explorer.read(30, until=b"a bug in a widget")
        assert explorer.exit_code() == 1  # Textual's return code after a crash, not 0
        assert b"RuntimeError" in explorer.output  # Textual's own report of it
    finally:
        explorer.close()


@pytest.mark.parametrize("how", ["SIGKILL", "SIGTERM", "SIGHUP", "terminal closed"])
def test_the_explorer_leaves_no_process_behind(tmp_path, big_text, how) -> None:
    explorer = Explorer(big_text, tmp_path)
    try:
        # The analysis child and the half of the annotation it forks.
        assert wait_until(lambda: (explorer.read(0.01), len(descendants(explorer.pid)) >= 2)[1], 60)
        below = descendants(explorer.pid)
        with reaped(below):
            if how == "terminal closed":
                os.close(explorer.fd)  # the window goes: the kernel hangs the terminal up
            else:
                os.kill(explorer.pid, getattr(signal, how))
            assert wait_until(lambda: not any(alive(pid) for pid in below), GONE_WITHIN), [
                Path(f"/proc/{pid}/cmdline").read_bytes() for pid in below if alive(pid)
            ]
            assert explorer.exit_code() is not None
    finally:
        explorer.close()


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGHUP, signal.SIGKILL])
def test_a_killed_summary_leaves_no_forked_half_running(tmp_path, big_text, signum) -> None:
    command = ["summary", str(big_text), "--no-cache"]
    stderr = kill_when_forked(command, tmp_path, signum, least=1)
    if signum != signal.SIGKILL:
        assert stderr == b""


def kill_when_forked(command: list[str], cache: Path, signum: int, least: int) -> bytes:
    """Run `tui COMMAND`, send it `signum` once it has `least` processes below it, and check
    that they all end with it (and that it exits 128+N unless killed outright): its stderr."""
    summary = subprocess.Popen(
        [sys.executable, "-m", "tui", *command],
        cwd=ROOT,
        env={**os.environ, "XDG_CACHE_HOME": str(cache)},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        assert wait_until(lambda: len(descendants(summary.pid)) >= least, 60), "nothing forked"
        below = descendants(summary.pid)
        with reaped(below):
            summary.send_signal(signum)
            assert wait_until(lambda: not any(alive(pid) for pid in below), GONE_WITHIN)
            summary.wait(15)
        if signum != signal.SIGKILL:
            assert summary.returncode == 128 + signum
        assert summary.stderr is not None
        return summary.stderr.read()
    finally:
        summary.kill()
        summary.wait()


def test_the_analysis_child_imports_nothing_from_the_current_folder(tmp_path, monkeypatch) -> None:
    from tui.machinery.child import analyse_in_child
    from tui.parse import parse

    downloads = tmp_path / "downloads"
    (downloads / "tui").mkdir(parents=True)
    marker = tmp_path / "ran"
    payload = f"open({str(marker)!r}, 'a').write(__name__ + '\\n')\n"
    for module in ("pickle.py", "msgspec.py", "sqlite3.py", "tui/__init__.py", "site.py"):
        (downloads / module).write_text(payload)
    monkeypatch.chdir(downloads)
    monkeypatch.setenv("PYTHONPATH", str(downloads))
    monkeypatch.setenv("PYTHONSTARTUP", str(downloads / "pickle.py"))
    document = parse(SEED.read_text(encoding="utf-8"), name="seed")
    _annotations, insight = analyse_in_child(document, 3)
    assert insight.stats.chars > 0
    assert not marker.exists(), marker.read_text()


def test_a_child_whose_parent_is_gone_ends_at_once(tmp_path) -> None:
    from tui.machinery.child import _CHILD

    # A parent id that is not its parent: as if the parent had died before the child started.
    result = subprocess.run(
        [sys.executable, "-I", "-c", _CHILD, str(ROOT), "1"],
        input=b"",
        capture_output=True,
        timeout=30,
    )
    assert result.returncode == 1 and result.stdout == b""


async def test_sigterm_asks_the_app_to_exit_as_q_does_and_holds_no_app_after() -> None:
    from tui.app.app import ExplorerApp
    from tui.parse import parse

    document = parse(SEED.read_text(encoding="utf-8"), name="seed")
    before = signal.getsignal(signal.SIGTERM)
    app = ExplorerApp([document], FakePipeline())
    try:
        async with app.run_test(size=(120, 40)) as pilot:
            await pilot.pause()
            os.kill(os.getpid(), signal.SIGTERM)
            await pilot.pause(0.2)
        assert app.return_code == 143
        left = signal.getsignal(signal.SIGTERM)
        assert left._tui_over()  # type: ignore[union-attr]  # knows its app is over
        held = [cell.cell_contents for cell in left.__closure__]  # type: ignore[union-attr]
        assert not any(c is app or getattr(c, "__self__", None) is app for c in held)
    finally:
        signal.signal(signal.SIGTERM, before)


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGKILL])
def test_a_killed_corpus_run_leaves_no_worker_running(tmp_path, signum) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    text = SEED.read_text(encoding="utf-8")
    for n in range(60):  # enough work for the two workers to be there when the signal comes
        (corpus / f"{n:02}.txt").write_text(text + f"\n第{n}份。\n", encoding="utf-8")
    command = ["summary", str(corpus), "--json", "--no-cache", "--jobs", "2"]
    kill_when_forked(command, tmp_path / "cache", signum, least=2)  # both workers there

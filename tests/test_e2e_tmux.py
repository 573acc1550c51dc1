"""End to end in a real terminal: tmux runs `python -m tui` on the seed; keys go in through
tmux, and the screen is read back with capture-pane, as a person would see it."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_948d13035be81ef7.txt"

pytestmark = pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed")


def terminal_env() -> dict[str, str]:
    """Our environment for the tmux server, without the COLUMNS/LINES a test runner may set
    (Textual would take them over the pane's real size)."""
    return {k: v for k, v in os.environ.items() if k not in ("COLUMNS", "LINES", "TMUX")}


class Terminal:
    def __init__(self, *command: str, width: int = 120, height: int = 40) -> None:
        self.session = f"tui-e2e-{uuid.uuid4().hex[:8]}"
        # A tmux server of our own (-L): nothing we do touches other people's sessions.
        self.tmux = ["tmux", "-L", self.session]
        shell = " ".join(f"'{part}'" for part in command)
        # The pane starts idle; once the window has its size, the command replaces the idle
        # process, so the app sees 120x40 from its first frame.
        subprocess.run(
            [
                *self.tmux,
                "new-session",
                "-d",
                "-s",
                self.session,
                "-x",
                str(width),
                "-y",
                str(height),
                "sleep 60",
            ],
            check=True,
            cwd=ROOT,
            env=terminal_env(),
        )
        subprocess.run(
            [*self.tmux, "resize-window", "-t", self.session, "-x", str(width), "-y", str(height)],
            check=True,
        )
        subprocess.run(
            [
                *self.tmux,
                "respawn-pane",
                "-k",
                "-t",
                self.session,
                "-c",
                str(ROOT),
                f"{shell}; echo EXITED $?; sleep 30",
            ],
            check=True,
        )

    def screen(self) -> str:
        return subprocess.run(
            [*self.tmux, "capture-pane", "-p", "-t", self.session], capture_output=True, text=True
        ).stdout

    def wait_for(self, predicate, timeout: float = 20.0) -> str:
        deadline = time.monotonic() + timeout
        while True:
            screen = self.screen()
            if predicate(screen):
                return screen
            if time.monotonic() > deadline:
                raise AssertionError(f"screen never matched; it shows:\n{screen}")
            time.sleep(0.05)

    def keys(self, *keys: str) -> None:
        for key in keys:
            subprocess.run([*self.tmux, "send-keys", "-t", self.session, key], check=True)
            time.sleep(0.05)

    def raw(self, text: str) -> None:
        subprocess.run([*self.tmux, "send-keys", "-t", self.session, "-l", text], check=True)

    def quit(self, status: int = 0) -> str:
        """q, then the screen once the app has exited with `status`."""
        self.keys("q")
        return self.wait_for(lambda s: f"EXITED {status}" in s)

    def close(self) -> None:
        subprocess.run([*self.tmux, "kill-server"], capture_output=True)


def test_open_the_seed_search_by_pinyin_and_quit() -> None:
    terminal = Terminal(sys.executable, "-m", "tui", str(SEED))
    try:
        first = terminal.wait_for(lambda s: "Search" in s and "Quit" in s)
        assert "\x1b" not in first
        # The outline lists the lead as section 0.
        terminal.wait_for(lambda s: " 0 " in s)
        terminal.keys("/")
        terminal.keys("guangzhou")
        # The query as typed, and its count, both on the screen (under load the bar may show
        # before the last letters arrive).
        terminal.wait_for(lambda s: "guangzhou" in s and "matches" in s)
        terminal.keys("Enter")
        stepped = terminal.wait_for(lambda s: "match 1/" in s)
        total = int(stepped.split("match 1/")[1].split()[0])
        assert total > 1
        terminal.keys("n")
        terminal.wait_for(lambda s: f"match 2/{total}" in s)
        terminal.keys("Escape")
        terminal.wait_for(lambda s: "match 2/" not in s)
        terminal.keys("G")
        terminal.keys("g")
        # A mouse click (SGR mouse report, as a terminal sends it) on the outline's section 2.
        rows = terminal.screen().splitlines()
        row = next(i for i, line in enumerate(rows) if line.startswith(" 2 "))
        terminal.raw(f"\x1b[<0;4;{row + 1}M\x1b[<0;4;{row + 1}m")
        terminal.wait_for(lambda s: s.splitlines()[1].split("│")[1].strip().startswith("2 "))
        terminal.quit()
    finally:
        terminal.close()


def test_e_then_guangzhou_typed_fast_finds_guangzhou() -> None:
    """Typed as a person types: e, then the word at once; every letter reaches the filter."""
    terminal = Terminal(sys.executable, "-m", "tui", str(SEED))
    try:
        terminal.wait_for(lambda s: "Search" in s and "Quit" in s)
        terminal.raw("e")
        terminal.raw("guangzhou")
        shown = terminal.wait_for(lambda s: "guangzhou" in s and "广州" in s, timeout=60)
        assert "nothing matches" not in shown
        terminal.keys("Escape")
        terminal.wait_for(lambda s: "guangzhou" not in s)
        terminal.raw("/")
        terminal.raw("wang")  # w, a, n, g: all keys outside the search bar
        terminal.wait_for(lambda s: "/ wang" in s.replace("│", " ") or " wang" in s)
        terminal.keys("Escape")
        terminal.wait_for(lambda s: " wang" not in s)
        terminal.quit()
    finally:
        terminal.close()


def test_a_typo_mended_in_one_burst_is_mended() -> None:
    """Keys that reach the explorer in one write (typed while it was busy, or over a slow
    link): the backspaces act where they were typed, not after the letters that follow them
    ("guangzhuoou" less two letters)."""
    terminal = Terminal(sys.executable, "-m", "tui", str(SEED))
    try:
        terminal.wait_for(lambda s: "Search" in s and "Quit" in s)
        terminal.raw("/guangzhuo\x7f\x7fou")
        shown = terminal.wait_for(lambda s: "guangzhou" in s and "matches" in s)
        assert "guangzhuo" not in shown
        terminal.keys("Escape")  # (q right after Escape would read as alt+q)
        terminal.wait_for(lambda s: "guangzhou" not in s)
        terminal.quit()
    finally:
        terminal.close()


def test_a_path_that_cannot_be_opened_is_marked_and_printed_after_quitting(tmp_path) -> None:
    missing = tmp_path / "nosuch.txt"
    terminal = Terminal(sys.executable, "-m", "tui", str(missing), str(SEED))
    try:
        terminal.wait_for(lambda s: "✗ nosuch.txt" in s and "no such file" in s)
        after = terminal.quit(1)
        assert "nosuch.txt: no such file" in after
    finally:
        terminal.close()


def test_the_chinese_interface_from_the_locale() -> None:
    terminal = Terminal("env", "LANG=zh_CN.UTF-8", sys.executable, "-m", "tui", str(SEED))
    try:
        shown = terminal.wait_for(lambda s: "退出" in s and "搜索" in s)
        assert "导语" in shown
        terminal.quit()
    finally:
        terminal.close()


def test_summary_of_stdin_at_a_terminal_says_it_is_waiting() -> None:
    terminal = Terminal(sys.executable, "-m", "tui", "summary", "-")
    try:
        terminal.wait_for(lambda s: "reading standard input; end it with ctrl+d" in s)
        terminal.raw("他在广州工作，说：“广州很好。”")
        # (load.py reads on after the first end of input at a terminal: a second ctrl+d ends it)
        terminal.keys("Enter", "C-d", "C-d")
        terminal.wait_for(lambda s: "EXITED" in s)
    finally:
        terminal.close()

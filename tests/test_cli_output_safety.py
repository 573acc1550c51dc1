"""What the CLI writes: nothing from a file acts on the terminal, whatever the terminal.

Escape sequences and markup in a document are shown as text by every command, styled (rich,
under a real pseudo-terminal), plain (a pipe) and JSON; a closed pipe and Ctrl+C end quietly.
"""

from __future__ import annotations

import contextlib
import errno
import io
import json
import os
import pty
import re
import select
import signal
import struct
import subprocess
import sys
import time
from pathlib import Path

import pytest
from rich.cells import cell_len
from rich.text import Text

from tui.cli import commands as cli
from tui.cli import main
from tui.cli.console import console, emit_json

ROOT = Path(__file__).resolve().parent.parent

# A page dump salted with every kind of escape sequence and with rich/Textual markup.
PROSE = (
    "今年上半年全国居民人均可支配收入比去年同期增长百分之五，消费市场持续恢复，"
    "服务业成为拉动经济增长的主要力量，旅游和文化消费增长最快，不少商户对下半年的经营充满信心。"
)
HOSTILE = (
    "市场观察\x1b[2J\x1b[H：[bold]上半年消费持续回暖[/bold]\x1b]0;窗口标题\x07\n"
    "2023年7月15日 来源：[link=https://evil.example]新闻网[/link]\n"
    "\n"
    f"据统计\x1b]52;c;cm0gLXJmIH4=\x07，{PROSE}\x9b6n\n"
    "一、商场客流明显增加\n"
    f"记者在多个城市走访发现，商场和餐馆的客流[@click=app.quit]明显增加[/]，{PROSE}\n"
    f"张伟说：“今天\x1bP+q544e\x1b\\天气很好，商户都很有信心。”北京市政府表示将继续支持。{PROSE}\n"
    "二、服务业\x1b]8;;http://evil.example\x1b\\成为\x1b]8;;\x1b\\主要力量\n"
    f"专家表示，{PROSE}:smile: 旅游和文化消费[red]增长最快[/red]，{PROSE}\n"
    f"王芳在上海工作，\\[escaped] [bold]消费市场[/bold]{PROSE}\x07\x00\x08\x7f\x1b\n"
)
# Markup in plain prose only, between paragraphs of prose: article text to any parser.
QUERIES = [
    "[bold]消费市场[/bold]",
    "[@click=app.quit]明显增加[/]",
    ":smile:",
    "[red]增长最快[/red]",
    "\\[escaped]",
    "[link=https://evil.example]新闻网[/link]",
]
MARKUP_PROSE = "\n\n".join(
    [f"记者走访发现，{PROSE}"] * 3
    + [f"第{i}段：{PROSE[:40]}{query}{PROSE[40:]}" for i, query in enumerate(QUERIES)]
    + [f"专家表示，{PROSE}"] * 3
)
MARKUP = ("[bold]", "[/bold]", "[link=https://evil.example]", "[@click=app.quit]", "[/]", ":smile:")
SGR = re.compile(r"\x1b\[[0-9;]*m")
CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def assert_inert(output: str) -> None:
    """No C0 or C1 character but newline and tab."""
    found = CONTROLS.findall(output)
    assert not found, f"control characters reached the output: {found!r}"


@pytest.fixture
def hostile(tmp_path: Path) -> Path:
    path = tmp_path / "hostile.txt"
    path.write_bytes(HOSTILE.encode())
    return path


COMMANDS = [
    ["summary"],
    ["summary", "--json"],
    ["sections"],
    ["sections", "--json"],
    ["entities"],
    ["entities", "--json"],
    ["entities", "--plain"],
    ["entities", "--plain", "--json"],
]


@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
def test_every_command_keeps_escape_sequences_inert(
    hostile: Path, capsys: pytest.CaptureFixture[str], command: list[str]
) -> None:
    code = main([command[0], str(hostile), *command[1:]])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert_inert(out)
    assert_inert(err)
    if "--json" in command:
        assert "\\u001b" not in out  # replaced at load, not merely escaped by JSON
        for line in out.splitlines():
            json.loads(line)


@pytest.mark.parametrize("fmt", [[], ["--json"]], ids=["plain", "json"])
@pytest.mark.parametrize("query", QUERIES)
def test_markup_is_found_and_shown_literally(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], fmt: list[str], query: str
) -> None:
    path = tmp_path / "markup.txt"
    path.write_text(MARKUP_PROSE)
    code = main(["search", str(path), query, *fmt])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert_inert(out)
    if fmt:
        assert [json.loads(line)["text"] for line in out.splitlines()] == [query]
    else:
        assert query in out  # not interpreted, not turned into an emoji, not swallowed


def test_the_title_prints_as_written(hostile: Path, capsys: pytest.CaptureFixture[str]) -> None:
    main(["sections", str(hostile), "--json"])
    title = json.loads(capsys.readouterr().out)["title"]
    for command in (["sections"], ["summary"]):
        main([command[0], str(hostile)])
        out = capsys.readouterr().out
        if title:
            assert title in out
    for token in MARKUP:
        if title and token in title:
            assert token in out


# --- the output layer on its own ---------------------------------------------------------


def test_emit_json_escapes_what_json_would_leave_raw(capsys: pytest.CaptureFixture[str]) -> None:
    emit_json(
        {"c1": "a\x9b6n\x85b", "del": "\x7f", "ls": "x\u2028y\u2029z", "name": "bad\udcffname"}
    )
    out = capsys.readouterr().out
    assert_inert(out)
    assert "\u2028" not in out and "\u2029" not in out
    assert out.count("\n") == 1 and len(out.splitlines()) == 1
    assert json.loads(out)["c1"] == "a\x9b6n\x85b"  # escaped, not lost


@pytest.mark.parametrize("terminal", [True, False], ids=["styled", "plain"])
def test_the_console_defuses_controls_from_any_source(terminal: bool) -> None:
    buffer = io.StringIO()
    out = console(file=buffer, terminal=terminal)
    out.print(Text("\x1b]52;c;SGk=\x07[bold]x[/bold]\x9b2J", style="bold"))
    out.print("[red]not markup[/red] :smile:")
    written = SGR.sub("", buffer.getvalue())
    assert_inert(written)
    assert "[bold]x[/bold]" in written and "[red]not markup[/red] :smile:" in written
    assert ("\x1b[1m" in buffer.getvalue()) == terminal  # styled only on a terminal


# --- under a real terminal ---------------------------------------------------------------


def run_in_pty(args: list[str], env: dict[str, str], columns: int = 80) -> tuple[int, str, str]:
    """Run tui with stdout on a pseudo-terminal of `columns` columns; (code, stdout, stderr)."""
    import fcntl
    import termios

    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, columns, 0, 0))
    process = subprocess.Popen(
        [sys.executable, "-m", "tui", *args],
        stdin=subprocess.DEVNULL,
        stdout=slave,
        stderr=subprocess.PIPE,
        cwd=ROOT,
        env=env,
    )
    os.close(slave)
    chunks: list[bytes] = []
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        ready, _, _ = select.select([master], [], [], 1)
        if not ready:
            if process.poll() is not None:
                break
            continue
        try:
            chunk = os.read(master, 65536)
        except OSError as error:  # EIO: the other side is closed
            if error.errno != errno.EIO:
                raise
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(master)
    stderr = process.stderr.read().decode() if process.stderr else ""
    code = process.wait(timeout=60)
    # The terminal turns "\n" into "\r\n" (onlcr): that carriage return is the tty's, not ours.
    return code, b"".join(chunks).decode().replace("\r\n", "\n"), stderr


def terminal_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "FORCE_COLOR", "COLUMNS")}
    env.update({"TERM": "xterm-256color", **extra})
    return env


def test_styled_output_on_a_terminal_carries_only_its_own_styles(hostile: Path) -> None:
    code, out, err = run_in_pty(["summary", str(hostile)], terminal_env())
    assert code == 0, err
    assert SGR.search(out), "a terminal gets styled output"
    assert_inert(SGR.sub("", out))
    assert "[bold]" in out or "[link=" in out or "\u241b" in out


def test_no_color_leaves_no_colour(hostile: Path) -> None:
    code, out, err = run_in_pty(["summary", str(hostile)], terminal_env(NO_COLOR="1"))
    assert code == 0, err
    for params in re.findall(r"\x1b\[([0-9;]*)m", out):
        codes = {int(p) for p in params.split(";") if p}
        assert not codes & {*range(30, 39), *range(40, 49), *range(90, 98), *range(100, 108)}
    assert_inert(SGR.sub("", out))


def test_a_dumb_terminal_gets_no_escape_codes_at_all(hostile: Path) -> None:
    code, out, err = run_in_pty(["summary", str(hostile)], terminal_env(TERM="dumb"))
    assert code == 0, err
    assert_inert(out)
    assert "\u241b" in out  # the file's ESC, made visible


@pytest.mark.parametrize("columns", [40, 80, 300])
@pytest.mark.parametrize("command", ["sections", "summary", "entities"])
def test_output_fits_the_terminal_width(hostile: Path, columns: int, command: str) -> None:
    env = terminal_env(COLUMNS=str(columns))
    code, out, err = run_in_pty([command, str(hostile)], env, columns=columns)
    assert code == 0, err
    lines = SGR.sub("", out).splitlines()
    assert lines, "something was printed"
    assert max(cell_len(line) for line in lines) <= columns
    assert_inert("\n".join(lines))


def test_a_locale_that_cannot_encode_chinese_degrades_without_crashing(hostile: Path) -> None:
    env = {**os.environ, "PYTHONIOENCODING": "ascii"}
    styled = subprocess.run(
        [sys.executable, "-m", "tui", "sections", str(hostile)],
        capture_output=True,
        cwd=ROOT,
        env=env,
        timeout=120,
    )
    assert styled.returncode == 0, styled.stderr
    assert b"Traceback" not in styled.stderr and b"?" in styled.stdout
    as_json = subprocess.run(
        [sys.executable, "-m", "tui", "sections", str(hostile), "--json"],
        capture_output=True,
        cwd=ROOT,
        env=env,
        timeout=120,
    )
    assert as_json.returncode == 0, as_json.stderr
    assert re.search("[\u4e00-\u9fff]", as_json.stdout.decode("utf-8"))  # JSON stays UTF-8


# --- pipes and signals -------------------------------------------------------------------


@pytest.mark.parametrize("fmt", [[], ["--json"]], ids=["plain", "json"])
def test_a_closed_pipe_ends_quietly(hostile: Path, fmt: list[str]) -> None:
    process = subprocess.Popen(
        [sys.executable, "-m", "tui", "summary", str(hostile), str(hostile), *fmt],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=ROOT,
    )
    assert process.stdout is not None and process.stderr is not None
    process.stdout.close()  # the reader is gone before the first line is written
    code = process.wait(timeout=120)
    err = process.stderr.read().decode()
    assert (code, err) == (0, "")


def test_a_shell_pipe_into_head_ends_quietly(tmp_path: Path) -> None:
    for i in range(30):
        (tmp_path / f"{i:02}.txt").write_text(HOSTILE * 20)
    result = subprocess.run(
        ["bash", "-c", f'"{sys.executable}" -m tui sections "{tmp_path}" | head -1'],
        capture_output=True,
        cwd=ROOT,
        timeout=120,
    )
    assert result.returncode == 0
    assert result.stderr == b""
    assert len(result.stdout.splitlines()) == 1


def test_ctrl_c_exits_130_without_a_traceback(tmp_path: Path) -> None:
    fifo = tmp_path / "slow-writer"
    os.mkfifo(fifo)
    process = subprocess.Popen(
        [sys.executable, "-m", "tui", "summary", str(fifo)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=ROOT,
    )
    # Opening the write end without blocking succeeds only once tui holds the read end open,
    # so the signal arrives while tui waits for input, as when a user presses Ctrl+C.
    deadline = time.monotonic() + 60
    writer = None
    while writer is None and time.monotonic() < deadline:
        try:
            writer = os.open(fifo, os.O_WRONLY | os.O_NONBLOCK)
        except OSError as error:
            if error.errno != errno.ENXIO:
                raise
            time.sleep(0.02)
    assert writer is not None, "tui never opened the FIFO"
    try:
        os.write(writer, "据统计，今年".encode())
        # Let tui take those bytes and block reading for more. A signal that lands between
        # Python's check for signals and the read system call is only acted on once the read
        # returns (in any Python program): a test that signals too soon can wait forever.
        # On a loaded machine that window is wider than any sleep: the signal is sent again
        # until tui is gone, as a user presses Ctrl+C again when nothing happens, and a byte
        # more is written each time, so that a read that began after a signal returns and
        # the signal is acted on.
        time.sleep(0.3)
        for _ in range(30):
            process.send_signal(signal.SIGINT)
            try:
                out, err = process.communicate(timeout=2)
                break
            except subprocess.TimeoutExpired:
                with contextlib.suppress(OSError):
                    os.write(writer, "年".encode())
        else:
            process.kill()
            out, err = process.communicate()
    finally:
        os.close(writer)
    assert process.returncode == 130
    assert b"Traceback" not in err and b"KeyboardInterrupt" not in err
    assert out == b""


# --- unexpected failures -----------------------------------------------------------------


def test_a_document_that_breaks_the_parser_is_one_line_and_the_rest_print(
    hostile: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import tui.parse

    real_parse = tui.parse.parse

    def fragile_parse(text: str, name: str = "") -> object:
        if "据统计" in text:
            raise ValueError("simulated parser bug")
        return real_parse(text, name=name)

    monkeypatch.setattr(tui.parse, "parse", fragile_parse)
    other = tmp_path / "other.txt"
    other.write_text("另一篇文章\n正文只有一段。\n")
    code = main(["sections", str(hostile), "--json", "--no-cache"])
    out, err = capsys.readouterr()
    assert (code, out) == (1, "")
    assert err == f"tui: {hostile}: could not be parsed (ValueError: simulated parser bug)\n"
    monkeypatch.setenv("TUI_DEBUG", "1")
    with pytest.raises(ValueError, match="simulated parser bug"):
        main(["sections", str(hostile), "--no-cache"])


def test_an_unexpected_error_is_one_line_not_a_traceback(
    hostile: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(args: object, pipeline: object) -> int:
        raise RuntimeError("simulated bug\x1b[2J")

    monkeypatch.setattr(cli, "cmd_sections", broken)
    code = main(["sections", str(hostile)])
    out, err = capsys.readouterr()
    assert code == 1
    assert err.splitlines() == [
        "tui: internal error: RuntimeError: simulated bug\u241b[2J (set TUI_DEBUG=1 for details)"
    ]


def test_a_document_that_breaks_the_analysis_is_one_line_and_the_rest_print(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import tui.analyse

    real_analyse = tui.analyse.analyse

    def fragile_analyse(document, annotations, sentences=3):  # type: ignore[no-untyped-def]
        if "据统计" in document.text:
            raise ValueError("simulated analyser bug")
        return real_analyse(document, annotations, sentences=sentences)

    monkeypatch.setattr(tui.analyse, "analyse", fragile_analyse)
    broken, other = tmp_path / "broken.txt", tmp_path / "other.txt"
    broken.write_text("一篇文章\n\n据统计，今年增长了三成。\n")
    other.write_text("另一篇文章\n\n正文只有一段。\n")
    code = main(["summary", str(broken), str(other), "--json", "--no-cache"])
    out, err = capsys.readouterr()
    assert code == 1
    assert [json.loads(line)["file"] for line in out.splitlines()] == [str(other)]
    assert err == f"tui: {broken}: could not be analysed (ValueError: simulated analyser bug)\n"

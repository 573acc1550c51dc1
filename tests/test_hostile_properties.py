"""Properties over arbitrary input: load -> parse -> annotate -> analyse never breaks, and what
comes out is well-formed and inert.

For any bytes or text: loading either gives text or refuses it with LoadError (nothing else);
the pipeline never raises; every entity span lies inside its paragraph and its text is that
slice; every quote lies inside its paragraph; and no output path (JSON, plain, styled) carries
a C0 or C1 character but newline and tab, apart from the styles rich itself adds.
"""

from __future__ import annotations

import codecs
import contextlib
import io
import json
import os
import re
import signal
import sys

from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st

from tui.cli import main
from tui.load import FORMAT_CHARACTERS, LoadError, decode, make_visible
from tui.model import Document
from tui.parse import parse
from tui.pipeline import analyse_here

CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
SGR = re.compile(r"\x1b\[[0-9;]*m")
# What rich itself writes to a terminal: colours (SGR) and the summary's URL as a hyperlink
# (OSC 8, "ESC ] 8 ; id=N ; URL ESC \"), whose URL must hold no control character itself.
RICH_STYLES = re.compile(r"\x1b\[[0-9;]*m|\x1b\]8;(?:id=\d+)?;[^\x00-\x1f\x7f-\x9f]*\x1b\\")
FORMAT = re.compile(f"[{FORMAT_CHARACTERS}]")

# Pieces that real and hostile page dumps are made of: prose, headings of every style, quotes,
# dates and figures, markup, escape sequences, odd newlines and odd Unicode.
FRAGMENTS = [
    "据统计，",
    "今年上半年",
    "居民收入增长了百分之五。",
    "北京市政府",
    "张伟说：",
    "王芳表示，",
    "“今天天气很好。”",
    "「我們需要更多的資料。」",
    "《发展规划纲要》",
    "2020年1月13日",
    "58.55%",
    "212亿元",
    "一、",
    "（二）",
    "【解放思想】",
    "第三章 ",
    "# ",
    "1. ",
    "3、",
    "来源：",
    "记者 ",
    "\n",
    "\n\n",
    "\r\n",
    "\r",
    "\t",
    " ",
    "\u3000",
    "首页 > 新闻 > 正文",
    "ICP备12345678号",
    "[bold]",
    "[/bold]",
    "[/]",
    "[link=https://evil.example]",
    "[@click=app.quit]",
    ":smile:",
    "\x1b[2J",
    "\x1b]52;c;cm0gLXJmIH4=\x07",
    "\x1b]8;;http://x\x1b\\",
    "\x1bP+q\x1b\\",
    "\x1b",
    "\x9b6n",
    "\x85",
    "\x00",
    "\x7f",
    "\x08",
    "\u202e",
    "\u2028",
    "\ufeff",
    "\u200d",
    "👍🏽",
    "e\u0301",
    "﹁",
    "“",
    "”",
    "「",
    "」",
    "《",
    "》",
    ":",
    "：",
    "。",
]
hostile_text = st.lists(
    st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=8)), max_size=60
).map("".join)


def assert_inert(output: str) -> None:
    found = CONTROLS.findall(output)
    assert not found, f"control characters reached the output: {found!r}"


def check_loaded_text(text: str) -> None:
    assert_inert(text)
    assert "\r" not in text
    assert text.strip()


def check_pipeline(text: str) -> None:
    """The pipeline on one loaded text: it never raises, and every span is where it says."""
    document = parse(text, name="doc.txt")
    assert isinstance(document, Document)
    analysed = analyse_here(document, sentences=3)
    paragraphs = document.paragraphs
    for entity in analysed.annotations.entities:
        paragraph = paragraphs[entity.paragraph]
        assert 0 <= entity.start < entity.end <= len(paragraph.text), entity
        assert paragraph.text[entity.start : entity.end] == entity.text, entity
    for quote in analysed.annotations.quotes:
        paragraph = paragraphs[quote.paragraph]
        assert 0 <= quote.start < quote.end <= len(paragraph.text), quote


# Every output path of the CLI, fed on stdin: its own loading included.
CLI_COMMANDS = [
    ["summary", "-", "--no-cache"],
    ["summary", "-", "--json", "--no-cache"],
    ["sections", "-"],
    ["sections", "-", "--json"],
    ["entities", "-"],
    ["entities", "-", "--json"],
    ["entities", "-", "--plain", "--json"],
    ["search", "-", "收入"],
    ["search", "-", "a", "--json"],
]


STOPPED = {128 + signal.SIGTERM, 128 + signal.SIGHUP} if hasattr(signal, "SIGHUP") else set()


def run_cli(argv: list[str], stdin: bytes, styled: bool) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    saved_stdin, saved_force = sys.stdin, os.environ.pop("FORCE_COLOR", None)
    sys.stdin = io.TextIOWrapper(io.BytesIO(stdin))
    if styled:
        os.environ["FORCE_COLOR"] = "1"  # rich styles as for a terminal
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = main(argv)
    finally:
        sys.stdin = saved_stdin
        os.environ.pop("FORCE_COLOR", None)
        if saved_force is not None:
            os.environ["FORCE_COLOR"] = saved_force
    if code in STOPPED:
        # This process was told to stop while tui ran in it (tui turns SIGTERM and SIGHUP into
        # its exit status): stop, rather than count it as a failed input and go on.
        raise SystemExit(code)
    return code, out.getvalue(), err.getvalue()


def check_cli_outputs(data: bytes, commands: list[list[str]] = CLI_COMMANDS) -> None:
    """Every command on these bytes: exit 0 or 1, inert output, valid JSON, one-line errors."""
    for argv in commands:
        styled = "--json" not in argv
        code, out, err = run_cli(argv, data, styled=styled)
        assert code in (0, 1), (argv, err)
        assert_inert(RICH_STYLES.sub("", out) if styled else out)
        assert_inert(err)
        assert "Traceback" not in err
        if code == 1:
            assert out == "" and err.startswith("tui: stdin: "), (argv, err)
        if "--json" in argv:
            for line in out.splitlines():
                json.loads(line)


PROPERTY = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
CLI_PROPERTY = settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)


def may_be_refused(text: str) -> bool:
    """Text that the loader rightly refuses: nothing but whitespace (after a UTF-8 BOM), or
    so many binary-only controls that it reads as binary data."""
    body = text.removeprefix("\ufeff")
    return not body.strip() or len(CONTROLS.findall(body)) > 0.3 * len(body)


@PROPERTY
@given(st.binary(max_size=2000))
@example(b"\x89PNG\r\n\x1a\n")
@example(b"\xef\xbb\xbf")
@example(b"\xff\xfe")
@example(b"\x1b]52;c;SGk=\x07")
def test_arbitrary_bytes_load_or_are_refused_and_never_break_the_pipeline(data: bytes) -> None:
    try:
        loaded = decode(data)
    except LoadError as error:
        assert str(error) and "\n" not in str(error)
        return
    check_loaded_text(loaded.text)
    check_pipeline(loaded.text)


@CLI_PROPERTY
@given(st.one_of(st.binary(max_size=600), hostile_text.map(str.encode)))
@example(b"\x1b]52;c;SGk=\x07 [bold]x[/bold] \xc2\x9b2J\n")
@example("据统计，今年上半年居民收入增长了百分之五。张伟说：“很好。”".encode("gbk"))
@example(
    "标题\n原文链接：http://www.example.com/a.html\x1b]8;;http://evil\x1b\\\n据统计。".encode()
)
def test_every_cli_output_of_any_input_is_inert(data: bytes) -> None:
    check_cli_outputs(data)


@PROPERTY
@given(hostile_text)
@example("\ufeff00\x08")
def test_arbitrary_text_goes_through_the_whole_pipeline(text: str) -> None:
    try:
        loaded = decode(text.encode("utf-8"))
    except LoadError:
        assert may_be_refused(text)
        return
    check_loaded_text(loaded.text)
    check_pipeline(loaded.text)


@settings(max_examples=300, deadline=None)
@given(hostile_text, st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-32", "gb18030"]))
def test_text_round_trips_through_any_encoding_made_visible(text: str, encoding: str) -> None:
    # FF FE 00 00 is the UTF-32 LE BOM: UTF-16 LE that starts with NUL is ambiguous by design.
    assume(not (encoding == "utf-16" and text.startswith("\x00")))
    raw = text.replace("\r\n", "\n").replace("\r", "\n")
    if encoding == "utf-8":
        raw = raw.removeprefix("\ufeff")  # a leading U+FEFF in UTF-8 *is* a BOM
    expected = make_visible(raw)
    try:
        loaded = decode(text.encode(encoding))
    except LoadError:
        assert may_be_refused(text)
        return
    if encoding == "gb18030" and not text.isascii():
        # Without a BOM the bytes alone may read as another encoding; they must read as text.
        check_loaded_text(loaded.text)
        return
    assert loaded.text == expected
    assert loaded.replaced == 0


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=200))
def test_make_visible_is_idempotent_and_shows_what_it_replaces(text: str) -> None:
    visible = make_visible(text)
    assert make_visible(visible) == visible
    assert_inert(visible)
    # Controls one for one (offsets in a line keep); a format character as its code point,
    # but for a zero-width joiner inside an emoji (👨‍💻), which is kept.
    expected = "".join(f"<U+{ord(c):04X}>" if FORMAT.fullmatch(c) else c for c in text)
    shown = visible.replace("\u200d", "<U+200D>")
    assert len(shown) == len(expected)
    for original, character in zip(expected, shown, strict=True):
        assert original == character or CONTROLS.fullmatch(original)
    assert not FORMAT.search(visible.replace("\u200d", ""))


@PROPERTY
@given(hostile_text, st.sampled_from(["gbk", "big5", "utf-16-le", "utf-16-be"]))
def test_damaged_legacy_bytes_load_with_replacements_counted(text: str, encoding: str) -> None:
    data = text.encode(encoding, "ignore")
    if len(data) > 4:
        data = data[: len(data) // 2] + b"\xff" + data[len(data) // 2 :]
    try:
        loaded = decode(data, encoding)
    except LoadError:
        return
    check_loaded_text(loaded.text)
    assert loaded.replaced >= 0
    assert loaded.text.count("\ufffd") >= loaded.replaced
    codecs.lookup(loaded.encoding)

"""Bidi controls and zero-width characters are shown, as less shows them (<U+202E>), in every
output: text, titles, names and file names; a UTF-8 page with a few stray bytes is UTF-8."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from tests.cli import run_tui
from tui.load import FORMAT_CHARACTERS, decode, display_name, make_visible

ROOT = Path(__file__).resolve().parent.parent
FORMAT = re.compile(f"[{FORMAT_CHARACTERS}]")

# A page whose title, author and text hide what they say: "evil" spelled backwards by an
# override, a word split by a zero-width space, an isolate, a BOM in the middle.
SPOOFED = (
    "深圳\u202e新闻网\u202c报道\n"
    "来源：新华\u200b社\n"
    "记者 张\u2066伟\u2069\n"
    "2020年1月13日\n"
    "\n"
    "据统计，今年上半年\ufeff深圳居民收入增长了百分之五。\u200f张伟说：“今天天气很好。”\n"
    "\n"
    "王芳表示，\u061c北京市政府将继续推动改革，\u2067预计\u2069明年增长更快。\n"
)


@pytest.fixture
def spoofed_page(tmp_path: Path) -> Path:
    path = tmp_path / "news\u202etxt.exe\u200b.txt"  # a name that shows as "news.exe.txt"
    path.write_text(SPOOFED, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    "command",
    [
        ["summary", "--json"],
        ["summary"],
        ["sections", "--json"],
        ["sections"],
        ["entities", "--json"],
        ["entities"],
        ["entities", "--plain", "--json"],
    ],
)
def test_no_output_carries_a_format_character(spoofed_page: Path, command: list[str]) -> None:
    result = run_tui(command[0], str(spoofed_page), *command[1:], "--no-cache")
    assert result.returncode == 0, result.stderr
    assert not FORMAT.search(result.stdout), FORMAT.findall(result.stdout)
    assert not FORMAT.search(result.stderr)
    assert "<U+202E>" in result.stdout or command[0] == "entities"  # the name or title shows it


def test_the_summary_shows_where_each_one_was(spoofed_page: Path) -> None:
    result = run_tui("summary", str(spoofed_page), "--json", "--no-cache")
    summary = json.loads(result.stdout)
    assert summary["file"].endswith("news<U+202E>txt.exe<U+200B>.txt")
    assert summary["title"] == "深圳<U+202E>新闻网<U+202C>报道"
    body = " ".join(summary["summary"])
    assert "<U+FEFF>" in body or "<U+200F>" in body or "<U+2067>" in body
    for key in summary:  # and never in a key, at any depth
        assert not FORMAT.search(key)


def test_an_error_about_such_a_file_shows_its_name_as_it_is(tmp_path: Path) -> None:
    result = run_tui("summary", str(tmp_path / "gone\u202egpj.txt"))
    assert result.returncode == 1
    assert result.stderr.endswith("gone<U+202E>gpj.txt: no such file or folder\n")


def test_display_name_and_make_visible_agree() -> None:
    assert display_name("a\u2066b") == "a<U+2066>b"
    assert make_visible("x\u200by\u200dz") == "x<U+200B>y<U+200D>z"
    assert make_visible("程序员👨\u200d💻") == "程序员👨\u200d💻"  # a joiner inside an emoji stays
    assert make_visible("👍🏽\u200d👍") == "👍🏽\u200d👍"


def page_with_stray_bytes(text: str, stray: bytes) -> bytes:
    """`text` in UTF-8 with one stray byte put between characters at each third of it."""
    thirds = [text[: len(text) // 3], text[len(text) // 3 : 2 * len(text) // 3]]
    thirds.append(text[2 * len(text) // 3 :])
    parts = [part.encode() for part in thirds]
    return parts[0] + stray[:1] + parts[1] + stray[1:2] + parts[2] + stray[2:]


@pytest.mark.parametrize("stray", [b"\x85\x9b\x80", b"\x81\x8d\x9f", b"\x9c\x9d\x9e"])
@pytest.mark.parametrize("chars", [12, 30, 200, 5000])
def test_a_utf8_page_with_three_stray_c1_bytes_is_read_as_utf8(stray: bytes, chars: int) -> None:
    text = ("今天天气很好，我们去公园散步吧。" * 400)[:chars]
    loaded = decode(page_with_stray_bytes("新闻\n" + text, stray))
    assert loaded.encoding == "utf-8"
    assert loaded.replaced == 3
    assert loaded.text.replace("\ufffd", "") == "新闻\n" + text


def test_a_mostly_english_utf8_page_with_stray_bytes_is_still_utf8() -> None:
    text = (
        "Home | News | About\n"
        + "深圳新闻网报道，今年增长很快。"
        + "\nSome English text here.\n" * 5
    )
    loaded = decode(page_with_stray_bytes(text, b"\x85\x9b\x80"))
    assert (loaded.encoding, loaded.replaced) == ("utf-8", 3)

"""Nasty inputs through the command line: each case with the exit code and the one line it gives.

The inputs are made here, under tmp_path. Most cases call `main()` in this process (fast);
stdin goes through a subprocess, as a shell would give it.
"""

from __future__ import annotations

import codecs
import hashlib
import json
import os
import subprocess
import sys
import threading
import zipfile
from pathlib import Path

import pytest

from tests.cli import run_tui
from tui.cli import main

ROOT = Path(__file__).resolve().parent.parent

# Written for these tests: a small page dump with a title, a date line and two sections.
ARTICLE = (
    "市场观察：上半年消费持续回暖\n"
    "2023年7月15日 来源：本报记者\n"
    "\n"
    "据统计，今年上半年全国居民人均可支配收入比去年同期增长百分之五。\n"
    "一、商场客流明显增加\n"
    "记者在多个城市走访发现，商场和餐馆的客流明显增加，不少商户对下半年的经营充满信心。\n"
    "二、服务业成为主要力量\n"
    "专家表示，服务业成为拉动经济增长的主要力量，旅游和文化消费增长最快。\n"
)
TRADITIONAL = (
    "臺灣的學者們認為，這項研究對於瞭解氣候變遷與經濟發展之間的關係非常重要。\n"
    "政府表示將會繼續支持相關計畫，並且與各大學合作進行長期觀察。\n"
)


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


def json_lines(out: str) -> list[dict]:
    return [json.loads(line) for line in out.splitlines()]


def one_line(err: str) -> str:
    """The single line on stderr, asserting that there is exactly one and no traceback."""
    assert "Traceback" not in err
    lines = err.splitlines()
    assert len(lines) == 1, err
    return lines[0]


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "article.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


# --- refused inputs: exit 1 and one clear line --------------------------------------------


def _zip_bytes(tmp_path: Path) -> bytes:
    archive = tmp_path / "made.zip"
    with zipfile.ZipFile(archive, "w") as z:
        z.writestr("article.txt", ARTICLE)
    return archive.read_bytes()


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("empty.txt", b"", "empty.txt: empty, nothing to read"),
        (
            "blank.txt",
            " \n\n\t  \r\n\u3000\n".encode(),
            "blank.txt: only whitespace, nothing to read",
        ),
        (
            "image.txt",
            b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(64),
            "image.txt: not a text file (PNG image)",
        ),
        ("zeros.txt", bytes(10_000), "zeros.txt: not a text file (binary data)"),
    ],
    ids=["empty", "whitespace", "png", "zeros"],
)
def test_unreadable_content_is_refused_with_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, content: bytes, message: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    for command in (["summary"], ["sections"], ["entities"], ["search"]):
        argv = [*command, str(path)] + (["查询"] if command == ["search"] else [])
        code, out, err = run(argv, capsys)
        assert code == 1, command
        assert out == ""
        assert one_line(err) == f"tui: {tmp_path}/{message}"


def test_a_zip_is_not_a_text_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "article.zip"
    path.write_bytes(_zip_bytes(tmp_path))
    code, out, err = run(["summary", str(path)], capsys)
    assert (code, out) == (1, "")
    assert one_line(err).endswith("article.zip: not a text file (zip archive)")


def test_missing_path_is_reported_and_the_others_still_print(
    tmp_path: Path, article: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "missing.txt"
    code, out, err = run(["summary", str(missing), str(article), "--json"], capsys)
    assert code == 1
    assert [obj["file"] for obj in json_lines(out)] == [str(article)]
    assert one_line(err) == f"tui: {missing}: no such file or folder"


def test_broken_symlink(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    link = tmp_path / "link.txt"
    link.symlink_to(tmp_path / "gone.txt")
    code, out, err = run(["sections", str(link)], capsys)
    assert (code, out) == (1, "")
    assert one_line(err) == f"tui: {link}: broken symbolic link (to {tmp_path / 'gone.txt'})"


def test_no_read_permission(
    article: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    real_open = os.open

    def refusing_open(file, flags, *args, **kwargs):  # type: ignore[no-untyped-def]
        # Tests run as root, whom file modes do not stop: refuse the way the kernel would.
        if os.fspath(file) == str(article):
            raise PermissionError(13, "Permission denied", str(file))
        return real_open(file, flags, *args, **kwargs)

    monkeypatch.setattr(os, "open", refusing_open)
    code, out, err = run(["summary", str(article)], capsys)
    assert (code, out) == (1, "")
    assert one_line(err) == f"tui: {article}: permission denied"


def test_a_device_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(["sections", "/dev/zero"], capsys)
    assert (code, out) == (1, "")
    assert one_line(err) == "tui: /dev/zero: not a regular file (a character device)"


def test_an_empty_path_is_not_the_current_folder(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(["summary", ""], capsys)
    assert (code, out) == (1, "")
    assert "no such file or folder" in one_line(err)


def test_oversized_file_is_refused_naming_the_limit(
    article: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    code, out, err = run(["summary", str(article), "--max-size", "100"], capsys)
    assert (code, out) == (1, "")
    assert "larger than the 100 bytes size limit" in one_line(err)
    assert "--max-size" in one_line(err)
    monkeypatch.setenv("TUI_MAX_SIZE", "100")
    code, _, err = run(["sections", str(article)], capsys)
    assert code == 1 and "100 bytes size limit" in one_line(err)
    code, out, _ = run(["sections", str(article), "--max-size", "1M", "--json"], capsys)
    assert code == 0 and json_lines(out)


def test_the_default_limit_is_64_mb(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    huge = tmp_path / "huge.txt"
    with open(huge, "wb") as file:
        file.truncate(64 * 1024 * 1024 + 1)  # sparse: nothing is written, nothing read
    code, out, err = run(["summary", str(huge)], capsys)
    assert (code, out) == (1, "")
    assert "64 MB size limit" in one_line(err)


def test_a_bad_size_or_encoding_is_a_usage_error_on_every_command(
    article: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    commands = [
        ["summary", str(article)],
        ["sections", str(article)],
        ["entities", str(article)],
        ["search", str(article), "收入"],
        [str(article)],
    ]
    for command in commands:
        for options in (
            ["--encoding", "no-such-codec"],
            ["--encoding", "rot13"],
            ["--max-size", "big"],
        ):
            code, out, err = run([*command, *options], capsys)
            assert (code, out) == (2, ""), (command, options)
            assert one_line(err).startswith("tui")
    monkeypatch.setenv("TUI_MAX_SIZE", "huge")
    code, _, err = run(["summary", str(article)], capsys)
    assert code == 2 and "TUI_MAX_SIZE" in one_line(err)


# --- folders -----------------------------------------------------------------------------


def test_a_folder_stands_for_its_text_files_sorted(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "dumps"
    folder.mkdir()
    (folder / "b.txt").write_text(ARTICLE)
    (folder / "a.txt").write_bytes(ARTICLE.encode("gbk"))
    (folder / "c.md").write_text(ARTICLE)
    (folder / "d.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    (folder / ".hidden.txt").write_text(ARTICLE)
    (folder / "sub").mkdir()
    (folder / "sub" / "e.txt").write_text(ARTICLE)
    os.mkfifo(folder / "f.fifo")  # would block if it were read
    code, out, err = run(["summary", str(folder), "--json"], capsys)
    assert code == 0, err
    # The .txt page dumps; c.md is a note about them, not a page.
    assert [Path(obj["file"]).name for obj in json_lines(out)] == ["a.txt", "b.txt"]
    assert err == ""


def test_a_folder_without_page_dumps_stands_for_all_its_text_files(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "notes"
    folder.mkdir()
    (folder / "b.md").write_text(ARTICLE)
    (folder / "a").write_text(ARTICLE)
    code, out, err = run(["summary", str(folder), "--json"], capsys)
    assert (code, err) == (0, "")
    assert [Path(obj["file"]).name for obj in json_lines(out)] == ["a", "b.md"]


def test_a_folder_without_text_files_is_a_clear_error(
    tmp_path: Path, article: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    images = tmp_path / "images"
    images.mkdir()
    (images / "a.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    code, out, err = run(["summary", str(empty), str(images), str(article), "--json"], capsys)
    assert code == 1
    assert len(json_lines(out)) == 1  # the article after them still prints
    assert err.splitlines() == [
        f"tui: {empty}: folder has no text files",
        f"tui: {images}: folder has no text files (1 binary file skipped)",
    ]


# --- readable inputs ---------------------------------------------------------------------


def _sections(path: Path, capsys: pytest.CaptureFixture[str], *options: str) -> tuple[dict, str]:
    code, out, err = run(["sections", str(path), "--json", *options], capsys)
    assert code == 0, err
    (obj,) = json_lines(out)
    return obj, err


@pytest.mark.parametrize(
    "encoded",
    [
        lambda text: text.encode("gbk"),
        lambda text: text.encode("gb18030"),
        lambda text: codecs.BOM_UTF8 + text.encode(),
        lambda text: codecs.BOM_UTF16_LE + text.encode("utf-16-le"),
        lambda text: codecs.BOM_UTF16_BE + text.encode("utf-16-be"),
        lambda text: text.replace("\n", "\r\n").encode(),
        lambda text: text.replace("\n", "\r").encode(),
        lambda text: "".join(
            line + ("\r\n", "\n", "\r")[i % 3] for i, line in enumerate(text.splitlines())
        ).encode(),
    ],
    ids=["gbk", "gb18030", "utf8-bom", "utf16le", "utf16be", "crlf", "cr", "mixed"],
)
def test_every_encoding_and_newline_style_reads_like_plain_utf8(
    tmp_path: Path, article: Path, capsys: pytest.CaptureFixture[str], encoded
) -> None:
    reference, _ = _sections(article, capsys)
    path = tmp_path / "variant.txt"
    path.write_bytes(encoded(ARTICLE))
    obj, err = _sections(path, capsys)
    assert err == ""
    assert {**obj, "file": None} == {**reference, "file": None}


def test_big5_reads_as_traditional_chinese(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "big5.txt"
    path.write_bytes(TRADITIONAL.encode("big5"))
    code, out, err = run(["search", str(path), "氣候變遷", "--json"], capsys)
    assert code == 0, err
    assert [m["text"] for m in json_lines(out)] == ["氣候變遷"]


def same_as_utf8(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str, data: bytes, *options: str
) -> None:
    """`data` reads exactly as `text` saved in UTF-8 does (the parser's view, whatever it is)."""
    reference = tmp_path / "reference.txt"
    reference.write_text(text, encoding="utf-8")
    variant = tmp_path / "variant.txt"
    variant.write_bytes(data)
    expected, _ = _sections(reference, capsys)
    got, err = _sections(variant, capsys, *options)
    assert err == ""
    assert {**got, "file": None} == {**expected, "file": None}


def test_utf16_without_bom_is_detected_or_refused_with_a_hint(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    same_as_utf8(tmp_path, capsys, ARTICLE, ARTICLE.encode("utf-16-le"))  # Chinese still tells
    english = "Plain English, line after line.\n" * 20
    path = tmp_path / "english.txt"
    path.write_bytes(english.encode("utf-16-le"))
    code, out, err = run(["sections", str(path)], capsys)
    assert (code, out) == (1, "")
    assert one_line(err) == (
        f"tui: {path}: not a text file (UTF-16 without a BOM? try --encoding utf-16-le)"
    )
    same_as_utf8(tmp_path, capsys, english, english.encode("utf-16-le"), "--encoding", "utf-16-le")


def test_encoding_override_wins_over_detection(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = "Café crème, naïve façade\nÀ la carte, déjà vu.\n"
    same_as_utf8(tmp_path, capsys, text, text.encode("cp1252"), "--encoding", "cp1252")
    same_as_utf8(tmp_path, capsys, ARTICLE, ARTICLE.encode("gbk"), "--encoding", "GBK")


def test_invalid_bytes_are_replaced_and_reported_once(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = ARTICLE.encode()
    cut = data.index(b"\n", 200) + 1
    path = tmp_path / "damaged.txt"
    path.write_bytes(data[:cut] + b"\xff\xfe" + data[cut:] + b"\xe4\xb8")  # and cut at the end
    code, out, err = run(["summary", str(path), "--json"], capsys)
    assert code == 0
    assert len(json_lines(out)) == 1
    assert one_line(err) == (
        f"tui: {path}: 3 undecodable byte sequences replaced with \ufffd (read as utf-8)"
    )


def test_nul_bytes_are_shown_not_fatal(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "nul.txt"
    path.write_bytes(ARTICLE.encode().replace("据统计".encode(), "据\x00统\x00计".encode()))
    code, out, err = run(["search", str(path), "统", "--json"], capsys)
    assert code == 0, err
    assert "\u2400" in json_lines(out)[0]["context"]
    assert "\\u0000" not in out


def test_one_five_megabyte_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    line = "据统计，" + ("经济增长" * 200 + "economy " * 100) * 1700 + "最后一句在这里。"
    assert len(line.encode()) > 5_000_000
    path = tmp_path / "long.txt"
    path.write_text(line)  # no newline at all
    _sections(path, capsys)
    code, out, err = run(["search", str(path), "最后一句", "--json"], capsys)
    assert code == 0, err
    assert [m["text"] for m in json_lines(out)] == ["最后一句"]


def test_a_fifo_is_read(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)

    def writer() -> None:
        with open(fifo, "wb") as file:
            file.write(ARTICLE.encode("gbk"))

    thread = threading.Thread(target=writer, daemon=True)
    thread.start()
    obj, err = _sections(fifo, capsys)
    thread.join(timeout=10)
    assert obj["file"] == str(fifo)
    assert len(obj["sections"]) >= 1 and err == ""


def _tui(*args: str, stdin: bytes = b"", env: dict[str, str] | None = None):
    return run_tui(*args, stdin=stdin, env=env)


def test_stdin_is_read_with_detection_and_the_limit() -> None:
    result = _tui("sections", "-", "--json", stdin=ARTICLE.encode("gbk"))
    assert result.returncode == 0, result.stderr
    obj = json.loads(result.stdout)
    assert obj["file"] == "-"
    assert obj["title"] and "\ufffd" not in obj["title"]
    result = _tui("sections", "-", stdin=b"")
    assert result.returncode == 1
    assert result.stderr.decode() == "tui: stdin: empty, nothing to read\n"
    result = _tui("sections", "-", "--max-size", "10", stdin=ARTICLE.encode())
    assert result.returncode == 1 and b"stdin: larger than the 10 bytes" in result.stderr
    result = _tui("entities", "-", "--plain", "--json", stdin=b"\x89PNG\r\n\x1a\n" + bytes(9))
    assert (result.returncode, result.stdout) == (1, b"")
    assert result.stderr == b"tui: stdin: not a text file (PNG image)\n"


def test_no_standard_input_at_all_is_one_line() -> None:
    result = subprocess.run(
        ["bash", "-c", f'"{sys.executable}" -m tui sections - <&-'],
        capture_output=True,
        cwd=ROOT,
        timeout=120,
    )
    assert (result.returncode, result.stdout) == (1, b"")
    assert result.stderr == b"tui: stdin: there is no standard input\n"


def test_the_explorer_is_not_started_when_nothing_can_be_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    code, out, err = run([str(tmp_path / "missing.txt"), str(empty)], capsys)
    assert (code, out) == (1, "")
    assert err.splitlines() == [
        f"tui: {tmp_path / 'missing.txt'}: no such file or folder",
        f"tui: {empty}: empty, nothing to read",
    ]


def test_names_with_escape_sequences_are_printed_defused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "evil\x1b]52;c;SGk=\x07\x1b[2J.txt"
    code, out, err = run(["summary", str(path)], capsys)
    assert code == 1
    assert "\x1b" not in err and "\x07" not in err
    assert "evil\u241b]52;c;SGk=\u2407\u241b[2J.txt: no such file or folder" in err
    path.write_text(ARTICLE)
    code, out, err = run(["sections", str(path), "--json"], capsys)
    assert code == 0
    assert "\x1b" not in out and "\\u001b" not in out


def test_undecodable_file_names_print(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "names"
    folder.mkdir()
    raw = os.path.join(os.fsencode(folder), b"bad\xff.txt")
    with open(raw, "wb") as file:
        file.write(ARTICLE.encode())
    code, out, err = run(["summary", str(folder), "--json"], capsys)
    assert code == 0, err
    assert json_lines(out)[0]["file"].endswith("bad\ufffd.txt")


# --- the input is only ever read ---------------------------------------------------------


def _fingerprint(path: Path) -> tuple[int, int, str]:
    info = path.stat()
    return info.st_mtime_ns, info.st_size, hashlib.sha256(path.read_bytes()).hexdigest()


def test_no_command_touches_its_input(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "article.txt"
    path.write_bytes(ARTICLE.replace("\n", "\r\n").encode("gbk"))
    os.utime(path, ns=(1_000_000_000_000_000_000, 1_000_000_000_000_000_000))
    path.chmod(0o444)
    before = _fingerprint(path)
    commands = [
        ["summary", str(path)],
        ["summary", str(path), "--json"],
        ["summary", str(tmp_path)],
        ["sections", str(path)],
        ["sections", str(path), "--json"],
        ["entities", str(path)],
        ["entities", str(path), "--json"],
        ["entities", str(path), "--plain"],
        ["entities", str(path), "--plain", "--json"],
        ["search", str(path), "收入"],
        ["search", str(path), "shouru", "--json"],
        ["sections", str(path), "--encoding", "utf-8"],
    ]
    for argv in commands:
        code, _, err = run(argv, capsys)
        assert code == 0, (argv, err)
        assert _fingerprint(path) == before, argv
    assert sorted(p.name for p in tmp_path.iterdir()) == ["article.txt"]  # nothing written beside

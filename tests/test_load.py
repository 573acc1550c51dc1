"""The loader on its own: encodings, newlines, control characters, binary and oversized input."""

from __future__ import annotations

import codecs
import io
import os
import threading
from pathlib import Path

import pytest

from tests.documents import SHARED_MISSING
from tui import load
from tui.load import (
    DEFAULT_MAX_BYTES,
    LoadError,
    check_encoding,
    decode,
    display_name,
    is_text_file,
    make_visible,
    parse_size,
    read_path,
    read_stdin,
    size_limit,
)

# Written for these tests: a simplified and a traditional paragraph of ordinary news prose.
SIMPLIFIED = (
    "据新华社报道，今年上半年全国居民人均可支配收入比去年同期增长百分之五。"
    "专家表示，消费市场持续恢复，服务业成为拉动经济增长的主要力量。\n"
    "记者在多个城市走访发现，商场和餐馆的客流明显增加，不少商户对下半年的经营充满信心。\n"
)
TRADITIONAL = (
    "臺灣的學者們認為，這項研究對於瞭解氣候變遷與經濟發展之間的關係非常重要。"
    "他們說：「我們需要更多的資料。」政府表示將會繼續支持相關計畫，並且與各大學合作進行長期觀察。\n"
    "報導指出，過去十年間，當地農業產值逐漸減少，觀光業則成為新的經濟支柱。\n"
)
CONTROLS = {chr(c) for c in range(0x20) if c not in (9, 10)} | {chr(c) for c in range(0x7F, 0xA0)}


def has_controls(text: str) -> bool:
    return any(ch in CONTROLS for ch in text)


# --- encodings ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "text", "encoding"),
    [
        (SIMPLIFIED.encode("utf-8"), SIMPLIFIED, "utf-8"),
        (codecs.BOM_UTF8 + SIMPLIFIED.encode("utf-8"), SIMPLIFIED, "utf-8-sig"),
        (SIMPLIFIED.encode("gb18030"), SIMPLIFIED, "gb18030"),
        (SIMPLIFIED.encode("gbk"), SIMPLIFIED, "gb18030"),
        (SIMPLIFIED.encode("gb2312"), SIMPLIFIED, "gb18030"),
        (TRADITIONAL.encode("big5"), TRADITIONAL, "big5"),
        (codecs.BOM_UTF16_LE + SIMPLIFIED.encode("utf-16-le"), SIMPLIFIED, "utf-16"),
        (codecs.BOM_UTF16_BE + SIMPLIFIED.encode("utf-16-be"), SIMPLIFIED, "utf-16"),
        (codecs.BOM_UTF32_LE + SIMPLIFIED.encode("utf-32-le"), SIMPLIFIED, "utf-32"),
    ],
    ids=["utf-8", "utf-8-bom", "gb18030", "gbk", "gb2312", "big5", "utf16le", "utf16be", "utf32"],
)
def test_encodings_are_detected_from_the_bytes(data: bytes, text: str, encoding: str) -> None:
    loaded = decode(data)
    assert loaded.text == text
    assert loaded.encoding == encoding
    assert loaded.replaced == 0


def test_short_texts_tell_gbk_from_big5() -> None:
    # Both byte strings decode in both encodings; only the characters tell which is meant.
    assert decode("广州市今天下雨".encode("gbk")).text == "广州市今天下雨"
    assert decode("廣州市今天下雨".encode("big5")).text == "廣州市今天下雨"


@pytest.mark.parametrize("word", ["标题", "标题党", "广州"])
def test_a_word_or_two_in_gbk_reads_as_gbk(word) -> None:
    """Too short for statistics (charset-normalizer read GBK 标题 as Big5 梓枙): mainland first."""
    assert decode(word.encode("gbk")).text == word


def test_big5_that_gb18030_would_read_as_private_use_characters_reads_as_big5() -> None:
    data = "台灣".encode("big5")  # also valid GB18030, as two private-use characters
    assert data.decode("gb18030")[0] == "\ue67e"
    assert decode(data).text == "台灣"


def test_corpus_gb18030_files_read_like_the_rest() -> None:
    files = sorted(
        path
        for folder in Path(__file__).resolve().parents
        for path in (folder / "shared" / "corpus").glob("*.gb18030.txt")
    )
    if not files:
        pytest.skip(f"../shared/corpus: {SHARED_MISSING}")
    for path in files:
        loaded = read_path(path)
        assert loaded.encoding == "gb18030"
        assert loaded.replaced == 0
        assert sum("\u4e00" <= ch <= "\u9fff" for ch in loaded.text) > 500


@pytest.mark.parametrize("encoding", ["utf-8", "gbk", "big5"])
def test_a_file_cut_inside_its_last_character_loses_only_that_character(encoding: str) -> None:
    text = TRADITIONAL if encoding == "big5" else SIMPLIFIED
    data = text.rstrip("\n").encode(encoding)[:-1]
    loaded = decode(data)
    assert loaded.replaced == 1
    assert loaded.text.endswith("\ufffd")
    assert loaded.text[:-2] == text.rstrip("\n")[:-2]


@pytest.mark.parametrize("encoding", ["utf-8", "gbk"])
def test_a_stray_byte_is_replaced_and_counted_not_fatal(encoding: str) -> None:
    data = SIMPLIFIED.encode(encoding)
    cut = data.index("\n".encode(encoding)) + 1  # between two characters
    loaded = decode(data[:cut] + b"\xff" + data[cut:])
    assert loaded.replaced == 1
    assert (
        loaded.text
        == SIMPLIFIED[: SIMPLIFIED.index("\n") + 1]
        + "\ufffd"
        + SIMPLIFIED[SIMPLIFIED.index("\n") + 1 :]
    )


def test_a_replacement_character_in_the_file_is_not_counted_as_damage() -> None:
    loaded = decode("坏字符\ufffd在原文里".encode())
    assert loaded.replaced == 0


def test_an_encoding_override_wins_and_reports_what_it_replaced() -> None:
    data = SIMPLIFIED.encode("gbk")
    assert decode(data, "gbk").text == SIMPLIFIED
    wrong = decode(data, "utf-8")
    assert wrong.encoding == "utf-8"
    assert wrong.replaced > 10  # the user's choice is kept, and the damage reported


def test_utf16_without_bom_is_refused_with_a_hint_and_read_with_the_override() -> None:
    data = ("plain English text, line after line\n" * 20).encode("utf-16-le")
    with pytest.raises(LoadError, match="--encoding utf-16-le"):
        decode(data)
    assert decode(data, "utf-16-le").text.startswith("plain English text")


def test_check_encoding_accepts_aliases_and_refuses_what_is_not_a_text_encoding() -> None:
    assert check_encoding("GBK") == "gbk"
    assert check_encoding("UTF8") == "utf-8"
    for name in ("no-such-encoding", "rot13", "base64", "idna", "\x1b[31m"):
        with pytest.raises(ValueError) as caught:
            check_encoding(name)
        assert "\x1b" not in str(caught.value)


def test_the_plain_utf8_path_is_taken_without_detection(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_detection(data: bytes) -> tuple[str, str, int]:
        raise AssertionError("detection ran on plain UTF-8")

    monkeypatch.setattr(load, "_detect", no_detection)
    assert decode(SIMPLIFIED.encode() * 1000).encoding == "utf-8"


# --- newlines and control characters -----------------------------------------------------


def test_crlf_cr_and_mixed_newlines_become_lf() -> None:
    assert decode(b"a\r\nb\rc\nd\r\n\re").text == "a\nb\nc\nd\n\ne"


def test_control_characters_become_visible_one_for_one() -> None:
    raw = "a\x00b\x1b[31mc\x07d\x7fe\x9b2Jf\tg\n"
    text = decode(raw.encode()).text
    assert text == "a\u2400b\u241b[31mc\u2407d\u2421e\ufffd2Jf\tg\n"
    assert len(text) == len(raw)  # offsets into the text stay valid
    assert not has_controls(text)


def test_escape_sequences_of_every_kind_are_defused() -> None:
    sequences = [
        "\x1b[2J\x1b[H",  # CSI: clear screen, home
        "\x1b]52;c;cm0gLXJmIH4=\x07",  # OSC 52: write the clipboard
        "\x1b]8;;http://example.com\x1b\\link\x1b]8;;\x1b\\",  # OSC 8 hyperlink
        "\x1bP+q544e\x1b\\",  # DCS
        "\x1b",  # bare ESC
        "\x9b6n",  # C1 CSI: report cursor position
        "\x9d0;title\x9c",  # C1 OSC … ST
    ]
    for sequence in sequences:
        text = decode(f"正文{sequence}正文".encode()).text
        assert not has_controls(text), repr(sequence)
        assert text.startswith("正文") and text.endswith("正文")


def test_make_visible_leaves_clean_text_as_it_is() -> None:
    assert make_visible(SIMPLIFIED) is SIMPLIFIED
    assert make_visible("tab\there") == "tab\there"


def test_nul_bytes_in_text_are_shown_not_refused() -> None:
    text = decode(SIMPLIFIED.encode() + b"\x00\x00\x00" + SIMPLIFIED.encode()).text
    assert "\u2400\u2400\u2400" in text


def test_one_five_megabyte_line_loads_whole() -> None:
    line = ("长" * 1000 + "x" * 1000) * 2500
    text = decode(line.encode()).text
    assert text == line
    assert "\n" not in text


def test_file_names_are_made_printable() -> None:
    assert display_name("a\x1b[31mb.txt") == "a\u241b[31mb.txt"
    undecodable = os.fsdecode(b"bad\xffname.txt")
    assert display_name(undecodable) == "bad\ufffdname.txt"
    display_name(undecodable).encode("utf-8")  # printable, whatever the file system gave


# --- what is refused ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "empty"),
        (b"  \n\t\r\n \xe3\x80\x80\n", "only whitespace"),  # U+3000 ideographic space too
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "not a text file (PNG image)"),
        (b"PK\x03\x04\x14\x00\x00\x00\x08\x00" + bytes(100), "not a text file (zip archive)"),
        (b"\x1f\x8b\x08\x00" + bytes(range(256)), "not a text file (gzip archive)"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "not a text file (PDF document)"),
        (b"\x7fELF\x02\x01\x01" + bytes(200), "not a text file (executable)"),
        (bytes(4096), "not a text file (binary data)"),
    ],
    ids=["empty", "whitespace", "png", "zip", "gzip", "pdf", "elf", "zeros"],
)
def test_what_is_not_text_is_refused_with_a_reason(data: bytes, message: str) -> None:
    with pytest.raises(LoadError, match=message.replace("(", r"\(").replace(")", r"\)")):
        decode(data)


def test_random_bytes_are_refused_as_binary() -> None:
    import random

    rng = random.Random(6)
    for _ in range(50):
        data = bytes(rng.randrange(256) for _ in range(2000))
        with pytest.raises(LoadError, match="not a text file"):
            decode(data)


def test_text_full_of_escape_sequences_is_hostile_not_binary() -> None:
    data = ("\x1b[31m红\x1b[0m\x1b]52;c;SGk=\x07" * 200).encode()
    assert "\u241b" in decode(data).text


def test_is_text_file_sniffs_the_head(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(SIMPLIFIED)
    (tmp_path / "b.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(100))
    (tmp_path / "c.u16").write_bytes(codecs.BOM_UTF16_LE + SIMPLIFIED.encode("utf-16-le"))
    (tmp_path / "d.bin").write_bytes(bytes(range(32)) * 10)
    assert [p.name for p in sorted(tmp_path.iterdir()) if is_text_file(p)] == ["a.txt", "c.u16"]


# --- reading files -----------------------------------------------------------------------


def test_read_path_names_the_file_in_every_error(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "dangling").symlink_to(tmp_path / "nowhere")
    (tmp_path / "loop").symlink_to(tmp_path / "loop")
    cases = {
        tmp_path / "missing.txt": "missing.txt: no such file or folder",
        tmp_path / "empty.txt": "empty.txt: empty, nothing to read",
        tmp_path / "dangling": "dangling: broken symbolic link (to ",
        tmp_path / "loop": "loop: symbolic link loop",
        tmp_path: ": is a folder",
    }
    for path, message in cases.items():
        with pytest.raises(LoadError) as caught:
            read_path(path)
        assert message in str(caught.value)
        assert "\n" not in str(caught.value)


def test_a_device_is_not_read(tmp_path: Path) -> None:
    with pytest.raises(LoadError, match="not a regular file"):
        read_path("/dev/zero")


def test_permission_denied_is_one_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "secret.txt"
    path.write_text(SIMPLIFIED)
    real_open = os.open

    def refusing_open(file, flags, *args, **kwargs):  # type: ignore[no-untyped-def]
        # Tests run as root, whom file modes do not stop: refuse the way the kernel would.
        if os.fspath(file) == str(path):
            raise PermissionError(13, "Permission denied", str(file))
        return real_open(file, flags, *args, **kwargs)

    monkeypatch.setattr(os, "open", refusing_open)
    with pytest.raises(LoadError, match="secret.txt: permission denied"):
        read_path(path)


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their mode")
def test_permission_denied_for_real(tmp_path: Path) -> None:
    path = tmp_path / "secret.txt"
    path.write_text(SIMPLIFIED)
    path.chmod(0)
    with pytest.raises(LoadError, match="permission denied"):
        read_path(path)


def test_the_size_limit_refuses_without_reading(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "huge.txt"
    with open(path, "wb") as file:
        file.truncate(DEFAULT_MAX_BYTES + 1)  # sparse: costs no disk and no time
    reads: list[int] = []
    real_read = os.read
    monkeypatch.setattr(os, "read", lambda fd, n: reads.append(n) or real_read(fd, n))
    with pytest.raises(LoadError, match="larger than the 64 MB size limit"):
        read_path(path)
    assert reads == []


def test_the_size_limit_is_configurable(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(SIMPLIFIED * 100)
    with pytest.raises(LoadError, match="1 KB size limit"):
        read_path(path, max_bytes=1024)
    monkeypatch.setenv("TUI_MAX_SIZE", "2K")
    assert size_limit() == 2048
    with pytest.raises(LoadError, match="2 KB size limit"):
        read_path(path)
    monkeypatch.setenv("TUI_MAX_SIZE", "lots")
    with pytest.raises(ValueError, match="TUI_MAX_SIZE"):
        size_limit()
    assert read_path(path, max_bytes=parse_size("1M")).text == SIMPLIFIED * 100


def test_parse_size_reads_human_sizes() -> None:
    assert parse_size("64M") == 64 << 20
    assert parse_size("500k") == 500 << 10
    assert parse_size("1.5 GiB") == 3 << 29
    assert parse_size("4096") == 4096
    for bad in ("", "-1", "0", "ten", "5X"):
        with pytest.raises(ValueError):
            parse_size(bad)


def test_a_stream_over_the_limit_is_cut_short() -> None:
    stream = io.BytesIO(b"a" * 10_000)
    with pytest.raises(LoadError, match="stdin: larger than the 1 KB size limit"):
        read_stdin(max_bytes=1024, stream=stream)
    assert stream.tell() <= 1025  # stopped one byte past the limit, not at the end


def test_read_stdin_decodes_like_a_file() -> None:
    loaded = read_stdin(stream=io.BytesIO(SIMPLIFIED.encode("gbk")))
    assert loaded.text == SIMPLIFIED
    with pytest.raises(LoadError, match="stdin: empty"):
        read_stdin(stream=io.BytesIO(b""))


def test_a_fifo_is_read_like_a_file(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)

    def writer() -> None:
        with open(fifo, "wb") as file:
            file.write(SIMPLIFIED.encode("gb18030"))

    thread = threading.Thread(target=writer)
    thread.start()
    loaded = read_path(fifo)
    thread.join(timeout=10)
    assert loaded.text == SIMPLIFIED


def test_reading_leaves_the_file_untouched(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(SIMPLIFIED.encode("gbk"))
    os.utime(path, (1_000_000_000, 1_000_000_000))
    before = path.stat()
    read_path(path)
    after = path.stat()
    assert (after.st_mtime_ns, after.st_ctime_ns, after.st_size) == (
        before.st_mtime_ns,
        before.st_ctime_ns,
        before.st_size,
    )
    assert after.st_atime_ns == before.st_atime_ns  # opened with O_NOATIME where allowed
    assert path.read_bytes() == SIMPLIFIED.encode("gbk")

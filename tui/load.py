"""load: bytes -> text. Detects the encoding, normalises newlines, makes control characters visible.

Everything a document goes through before it is text lives here: opening a path without
touching it, the size limit, refusing binary files, detecting the encoding, and replacing
control characters so that nothing read from a file can ever act on a terminal.
"""

from __future__ import annotations

import codecs
import errno
import os
import re
import stat
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

DEFAULT_MAX_BYTES = 64 * 1024 * 1024
MAX_SIZE_ENV = "TUI_MAX_SIZE"
STDIN = "-"

_CHUNK = 1 << 20
_SNIFF = 1 << 16  # how much of a file decides "text or binary"
_SAMPLE = 1 << 18  # how much of a file charset-normalizer looks at


class LoadError(Exception):
    """A document that cannot be read as text; str(error) is the one line shown to the user."""


@dataclass(frozen=True)
class Loaded:
    text: str
    encoding: str
    replaced: int = 0  # undecodable byte sequences replaced with U+FFFD


# --- control characters ------------------------------------------------------------------

# C0 controls but tab and newline, DEL, and C1 controls -> their visible Control Pictures
# (ESC -> ␛), as `less` shows ^[: the text can never act on a terminal. One character for one.
_CONTROLS = "\x00-\x08\x0b-\x1f\x7f\x80-\x9f"
# Format characters (Unicode category Cf): the bidi embeddings, overrides and isolates
# (U+202A-202E, U+2066-2069) that reorder what a terminal shows, the zero-width ones (U+200B-200F,
# U+2060-2064, U+FEFF within a text), U+061C, the invisible tag characters … They make a name
# or a title show as another (Trojan Source), so they are shown as `less` shows them, <U+202E>:
# plain ASCII, which every font has and every width count gets right, and which says which one.
FORMAT_CHARACTERS = (
    "\u00ad\u0600-\u0605\u061c\u06dd\u070f\u0890\u0891\u08e2\u180e\u200b-\u200f"
    "\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb\U000110bd\U000110cd"
    "\U00013430-\U0001343f\U0001bca0-\U0001bca3\U0001d173-\U0001d17a\U000e0001"
    "\U000e0020-\U000e007f"
)
_INVISIBLE = re.compile(f"[{_CONTROLS}{FORMAT_CHARACTERS}]")
# A zero-width joiner between two pictographs is part of one emoji (👨‍💻), not a disguise.
_ZWJ = "\u200d"
_PICTOGRAPH = re.compile("[\u2600-\u27bf\u2b00-\u2bff\U0001f000-\U0001faff]")
_EMOJI_TAIL = "\ufe0f\U0001f3fb\U0001f3fc\U0001f3fd\U0001f3fe\U0001f3ff"  # VS16, skin tones


def _visible(match: re.Match[str]) -> str:
    character = match.group()
    code = ord(character)
    if code < 0x20:
        return chr(0x2400 + code)
    if code == 0x7F:
        return "\u2421"
    if code <= 0x9F:
        return "\ufffd"  # C1 has no Control Pictures
    if character == _ZWJ and _joins_emoji(match.string, match.start()):
        return character
    return f"<U+{code:04X}>"


def _joins_emoji(text: str, at: int) -> bool:
    before = at - 1
    while before >= 0 and text[before] in _EMOJI_TAIL:
        before -= 1
    after = text[at + 1 : at + 2]
    return before >= 0 and bool(_PICTOGRAPH.match(text[before])) and bool(_PICTOGRAPH.match(after))


def make_visible(text: str) -> str:
    """`text` with every C0/C1 control but newline and tab replaced by a visible symbol, and
    every format character by its code point, <U+202E>."""
    return _INVISIBLE.sub(_visible, text) if _INVISIBLE.search(text) else text


def display_name(path: str | os.PathLike[str]) -> str:
    """A path as it may be printed: undecodable bytes in the name replaced, controls visible."""
    name = os.fspath(path)
    name = name.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    return make_visible(name)


# --- options: encoding and size limit ----------------------------------------------------


def check_encoding(name: str) -> str:
    """The codec's canonical name; ValueError for an unknown name or a codec that is not text."""
    try:
        info = codecs.lookup(name)
    except LookupError:
        raise ValueError(f"unknown encoding {make_visible(name)!r}") from None
    try:
        # rot13, base64 … are codecs but not text encodings; idna cannot replace bad bytes.
        b"\xff\xfea".decode(info.name, "replace")
    except (LookupError, UnicodeError):
        raise ValueError(f"{info.name} is not an encoding tui can read text in") from None
    return info.name


_SIZE = re.compile(r"\s*(\d+(?:\.\d+)?)\s*([kmgt]?)(?:i?b)?\s*", re.IGNORECASE)
_UNITS = {"": 1, "k": 1 << 10, "m": 1 << 20, "g": 1 << 30, "t": 1 << 40}


def parse_size(text: str) -> int:
    """'64M', '500k', '2GB', '1048576' -> bytes (binary units); ValueError otherwise."""
    match = _SIZE.fullmatch(text)
    if not match:
        raise ValueError(f"not a size: {make_visible(text)!r} (e.g. 64M, 500K, 1G)")
    size = int(float(match.group(1)) * _UNITS[match.group(2).lower()])
    if size < 1:
        raise ValueError(f"the size limit must be at least 1 byte: {text!r}")
    return size


def size_limit(option: str | None = None) -> int:
    """The size limit from the option, else the TUI_MAX_SIZE variable, else 64 MB."""
    if option is not None:
        return parse_size(option)
    env = os.environ.get(MAX_SIZE_ENV)
    if env:
        try:
            return parse_size(env)
        except ValueError as error:
            raise ValueError(f"{MAX_SIZE_ENV}: {error}") from None
    return DEFAULT_MAX_BYTES


def format_size(size: int) -> str:
    for unit, factor in (("GB", 1 << 30), ("MB", 1 << 20), ("KB", 1 << 10)):
        if size >= factor:
            figure = size / factor
            return f"{figure:.0f} {unit}" if figure == int(figure) else f"{figure:.1f} {unit}"
    return f"{size} bytes"


def _too_large(name: str, limit: int, size: int | None = None) -> LoadError:
    what = f"larger than the {format_size(limit)} size limit"
    if size is not None:
        what = f"{format_size(size)}, {what}"
    return LoadError(f"{name}: {what} (raise it with --max-size or {MAX_SIZE_ENV})")


# --- binary files ------------------------------------------------------------------------

# Signatures of the binary files people hand to a text tool by mistake. (offset, magic, what)
_SIGNATURES: tuple[tuple[int, bytes, str], ...] = (
    (0, b"\x89PNG\r\n\x1a\n", "PNG image"),
    (0, b"\xff\xd8\xff", "JPEG image"),
    (0, b"GIF87a", "GIF image"),
    (0, b"GIF89a", "GIF image"),
    (0, b"%PDF-", "PDF document"),
    (0, b"PK\x03\x04", "zip archive"),
    (0, b"PK\x05\x06", "zip archive"),
    (0, b"\x1f\x8b", "gzip archive"),
    (0, b"\xfd7zXZ\x00", "xz archive"),
    (0, b"\x28\xb5\x2f\xfd", "zstd archive"),
    (0, b"7z\xbc\xaf\x27\x1c", "7-zip archive"),
    (0, b"Rar!\x1a\x07", "RAR archive"),
    (257, b"ustar", "tar archive"),
    (0, b"\x7fELF", "executable"),
    (0, b"\xcf\xfa\xed\xfe", "executable"),
    (0, b"\xca\xfe\xba\xbe", "executable"),
    (0, b"\x00asm", "WebAssembly module"),
    (0, b"SQLite format 3\x00", "SQLite database"),
    (0, b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "Office document"),
    (0, b"ID3\x03\x00", "MP3 audio"),
    (0, b"ID3\x04\x00", "MP3 audio"),
    (0, b"OggS\x00", "Ogg media"),
    (0, b"fLaC", "FLAC audio"),
    (0, b"\x1a\x45\xdf\xa3", "Matroska media"),
)
_RIFF_KINDS = {b"WEBP": "WebP image", b"WAVE": "WAV audio", b"AVI ": "AVI video"}

# Controls that text does not contain but binary data is full of. ESC and BEL are left out:
# a text full of terminal escape sequences is hostile, not binary, and is shown made visible.
_BINARY_CONTROLS = re.compile("[\x00-\x06\x08\x0e-\x1a\x1c-\x1f]")


def sniff_binary(data: bytes) -> str | None:
    """What kind of binary file `data` starts like, or None when it may be text."""
    for offset, magic, what in _SIGNATURES:
        if data[offset : offset + len(magic)] == magic:
            return what
    if data[:4] == b"RIFF" and data[8:12] in _RIFF_KINDS:
        return _RIFF_KINDS[data[8:12]]
    if data[:2] == b"MZ" and b"\x00" in data[:1024]:
        return "executable"
    # Short magics that could start a text are checked together with what follows them.
    if data[:3] == b"BZh" and data[4:10] == b"1AY&SY":
        return "bzip2 archive"
    if data[4:8] == b"ftyp" and data[:1] == b"\x00":
        return "MP4 media"
    return None


def _looks_binary(text: str) -> bool:
    sample = text[:_SNIFF]
    return len(_BINARY_CONTROLS.findall(sample)) > 0.3 * len(sample)


def _utf16_hint(data: bytes) -> str:
    """A hint when NULs sit on every other byte: UTF-16 that came without its BOM."""
    sample = data[:_SNIFF]
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    if max(even, odd) > 0.3 * len(sample) / 2 and min(even, odd) < 0.05 * len(sample) / 2:
        return f"UTF-16 without a BOM? try --encoding utf-16-{'be' if even > odd else 'le'}"
    return ""


# --- decoding ----------------------------------------------------------------------------

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16 LE: its BOM starts the same way
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Chinese legacy encodings, mainland first. GB18030 is a superset of GBK and GB2312; CP950 and
# Big5-HKSCS extend Big5 with characters that Big5 proper lacks.
_CHINESE = ("gb18030", "big5", "cp950", "big5hkscs")
# Fewer non-ASCII bytes than this (four Han characters) and charset-normalizer guesses:
# GBK 标题 reads as Big5 梓枙.
_TOO_FEW_TO_JUDGE = 8
_ASCII = bytes(range(128))
_PRIVATE_USE = re.compile("[\ue000-\uf8ff]")


def _decode_counting(data: bytes, encoding: str) -> tuple[str, int]:
    """Decode with U+FFFD for bad bytes; also how many replacements that took."""
    try:
        return data.decode(encoding), 0
    except UnicodeError:
        pass
    try:
        text = data.decode(encoding, "replace")
        # U+FFFD that the file itself holds survive "ignore"; the rest were inserted by "replace".
        return text, text.count("\ufffd") - data.decode(encoding, "ignore").count("\ufffd")
    except UnicodeError as error:  # a codec that cannot replace: report, never crash
        raise LoadError(f"cannot be read as {encoding} ({error})") from None


def _strict(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except UnicodeError:
        return None


def _head(data: bytes, size: int = _SNIFF) -> bytes:
    """The first `size` bytes or so, cut after a newline so that no character is split."""
    if len(data) <= size:
        return data
    end = data.rfind(b"\n", 0, size) + 1 or size
    if end % 2 and data[end : end + 1] == b"\x00":  # keep a UTF-16 LE newline whole
        end += 1
    return data[:end]


# A UTF-8 reading with this many well-formed multi-byte characters for each undecodable byte
# is UTF-8 with damage. Legacy Chinese (or UTF-16, Shift-JIS …) read as UTF-8 gives at most 3
# on a few characters and under 1 on a line of them; binary data far under 1.
_UTF8_CHARACTERS_PER_ERROR = 4


def _well_formed_utf8(text: str, replaced: int) -> bool:
    """A UTF-8 reading whose replacements are few beside its multi-byte characters: decided by
    proportion, as charset detection decides, not by count (three stray bytes in a short
    page are 10% of it, and still only three)."""
    multibyte = len(text) - len(text.encode("ascii", "ignore")) - replaced
    return multibyte >= _UTF8_CHARACTERS_PER_ERROR * replaced


def _binary(text: str, replaced: int, encoding: str = "") -> bool:
    """Decoded text that is really binary data: full of controls, or of undecodable bytes."""
    if _looks_binary(text):
        return True
    if encoding == "utf-8" and _well_formed_utf8(text, replaced):
        return False
    return replaced > 0.05 * len(text)


def _few_errors(data: bytes, encoding: str, per_char: float) -> tuple[str, int] | None:
    """`data` decoded with replacements when they are rare enough, else None.

    The head is tried first, so that data far from this encoding is turned down cheaply.
    """
    head = _head(data)
    for part in (head, data) if head is not data else (data,):
        text, errors = _decode_counting(part, encoding)
        if errors > per_char * len(text):
            return None
    return text, errors


def _mostly_utf8(data: bytes) -> tuple[str, int] | None:
    """UTF-8 with a few bad bytes (a truncated or patched file, stray C1 bytes), or None.

    Legacy Chinese bytes are almost never valid UTF-8, so a few errors among many well-formed
    multi-byte characters means UTF-8 with damage, not another encoding. The head is judged
    first, so that data far from UTF-8 is turned down cheaply.
    """
    head = _head(data)
    for part in (head, data) if head is not data else (data,):
        text, errors = _decode_counting(part, "utf-8")
        if not _well_formed_utf8(text, errors):
            return None
    return text, errors


def _rank_chinese(data: bytes, candidates: list[str]) -> str:
    """The likeliest of several Chinese encodings that all read `data` (judged on its head)."""
    head = _head(data, _SAMPLE)
    # GB18030 reads the byte pairs GBK leaves unassigned (much of Big5: 台灣) as private-use
    # characters, which no real text holds: such a reading is a wrong one.
    plausible = [
        encoding
        for encoding in candidates
        if not _PRIVATE_USE.search(head.decode(encoding, "replace"))
    ] or candidates
    if len(plausible) == 1 or len(head.translate(None, _ASCII)) < _TOO_FEW_TO_JUDGE:
        return plausible[0]  # a word or two: no statistics can tell, so mainland first
    from charset_normalizer import from_bytes  # ~20 ms to import: only on this path

    best = from_bytes(head, cp_isolation=plausible).best()
    if best is not None and best.encoding in plausible:
        return best.encoding
    return plausible[0]


def _detect(data: bytes) -> tuple[str, str, int]:
    """(text, encoding, replaced) for `data`, which has no BOM and is not plain UTF-8."""
    damaged = _mostly_utf8(data)
    if damaged is not None:
        return damaged[0], "utf-8", damaged[1]
    # Chinese encodings first, also on a file cut in the middle of its last character.
    for cut in range(4):
        body = data[: len(data) - cut]
        if body.isascii():  # ASCII with a bad tail: any encoding reads it the same
            return body.decode("ascii") + "\ufffd" * bool(cut), "utf-8", int(bool(cut))
        decoded = {enc: text for enc in _CHINESE if (text := _strict(body, enc)) is not None}
        if decoded:
            # One candidate per family: GB18030, and the first Big5 variant that decodes.
            candidates = [enc for enc in decoded if enc == "gb18030"]
            candidates += [enc for enc in decoded if enc != "gb18030"][:1]
            encoding = _rank_chinese(body, candidates)
            return decoded[encoding] + "\ufffd" * bool(cut), encoding, int(bool(cut))
    # Chinese with a few bad bytes in the middle.
    readings = {
        enc: found for enc in ("gb18030", "big5") if (found := _few_errors(data, enc, 0.001))
    }
    if readings:
        encoding = _rank_chinese(data, list(readings))
        return readings[encoding][0], encoding, readings[encoding][1]
    # Anything else: let charset-normalizer judge the head, then read the whole in its choice.
    from charset_normalizer import from_bytes

    head = _head(data, _SAMPLE)
    best = from_bytes(head).best()
    if best is not None:
        encoding = codecs.lookup(best.encoding).name
    else:
        encoding = min(("utf-8", "gb18030", "big5"), key=lambda e: _decode_counting(head, e)[1])
    if head is not data:
        head_text, head_replaced = _decode_counting(head, encoding)
        if _binary(head_text, head_replaced):
            return head_text, encoding, head_replaced  # binary already: spare the full decode
    text, replaced = _decode_counting(data, encoding)
    return text, encoding, replaced


def decode(data: bytes, encoding: str | None = None) -> Loaded:
    """Bytes to visible text with LF newlines. LoadError (no file name) when there is no text.

    `encoding` overrides detection; bytes it cannot decode are replaced, never fatal.
    """
    if not data:
        raise LoadError("empty, nothing to read")
    kind = sniff_binary(data)
    if kind is not None:
        raise LoadError(f"not a text file ({kind})")
    chosen = encoding is not None  # by the user: never second-guessed, only reported
    if encoding is not None:
        text, replaced = _decode_counting(data, encoding)
    else:
        encoding = next((enc for bom, enc in _BOMS if data.startswith(bom)), None)
        if encoding is not None:
            text, replaced = _decode_counting(data, encoding)
        elif (plain := _strict(data, "utf-8")) is not None:  # the common case: keep it fast
            text, encoding, replaced = plain, "utf-8", 0
        else:
            text, encoding, replaced = _detect(data)
    if _looks_binary(text) if chosen else _binary(text, replaced, encoding):
        raise LoadError(f"not a text file ({_utf16_hint(data) or 'binary data'})")
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise LoadError("only whitespace, nothing to read")
    if "<" in text[:4096]:  # (the module and the standard parser: only for a page with a tag)
        from tui.text.html import html_to_text, is_html

        if is_html(text):  # a web page itself, not its dump: read as a text browser shows it
            text = html_to_text(text)
            if not text.strip():
                raise LoadError("a web page with no text to read")
    return Loaded(make_visible(text), encoding, replaced)


# --- reading -----------------------------------------------------------------------------


def _read_limited(stream: BinaryIO | int, name: str, limit: int) -> bytes:
    """At most `limit` bytes; LoadError as soon as there is one more (never reads it all)."""
    chunks: list[bytes] = []
    total = 0
    while True:
        chunk = (
            os.read(stream, min(_CHUNK, limit + 1 - total))
            if isinstance(stream, int)
            else stream.read(min(_CHUNK, limit + 1 - total))
        )
        if not chunk:
            return b"".join(chunks)
        chunks.append(chunk)
        total += len(chunk)
        if total > limit:
            raise _too_large(name, limit)


_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0)
# Not even the access time: the input file is only ever read, and left as it was found.
_NOATIME = getattr(os, "O_NOATIME", 0)


def _open(path: str | os.PathLike[str], name: str) -> int:
    try:
        try:
            return os.open(path, _OPEN_FLAGS | _NOATIME)
        except PermissionError:
            if not _NOATIME:
                raise
            return os.open(path, _OPEN_FLAGS)  # O_NOATIME is refused on files of other users
    except FileNotFoundError:
        if os.path.islink(path):
            raise LoadError(
                f"{name}: broken symbolic link (to {display_name(os.readlink(path))})"
            ) from None
        raise LoadError(f"{name}: no such file or folder") from None
    except PermissionError:
        raise LoadError(f"{name}: permission denied") from None
    except IsADirectoryError:
        raise LoadError(f"{name}: is a folder") from None
    except OSError as error:
        if error.errno == errno.ELOOP:
            raise LoadError(f"{name}: symbolic link loop") from None
        raise LoadError(f"{name}: {error.strerror or error}") from None


def read_bytes(path: str | os.PathLike[str], max_bytes: int | None = None) -> bytes:
    """The bytes of a regular file or a FIFO, refused above the limit before they are read."""
    name = display_name(path)
    limit = size_limit() if max_bytes is None else max_bytes
    fd = _open(path, name)
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise LoadError(f"{name}: is a folder")
        if stat.S_ISREG(info.st_mode) and info.st_size > limit:
            raise _too_large(name, limit, info.st_size)
        if not (stat.S_ISREG(info.st_mode) or stat.S_ISFIFO(info.st_mode)):
            raise LoadError(f"{name}: not a regular file ({_file_kind(info.st_mode)})")
        try:
            return _read_limited(fd, name, limit)
        except IsADirectoryError:
            raise LoadError(f"{name}: is a folder") from None
        except OSError as error:
            raise LoadError(f"{name}: {error.strerror or error}") from None
    finally:
        os.close(fd)


def _file_kind(mode: int) -> str:
    if stat.S_ISCHR(mode):
        return "a character device"
    if stat.S_ISBLK(mode):
        return "a block device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a file"


def _decoded(data: bytes, name: str, encoding: str | None) -> Loaded:
    try:
        return decode(data, encoding)
    except LoadError as error:
        raise LoadError(f"{name}: {error}") from None


def read_path(
    path: str | Path, encoding: str | None = None, max_bytes: int | None = None
) -> Loaded:
    """Read and decode one file; LoadError with a one-line message naming the file."""
    return _decoded(read_bytes(path, max_bytes), display_name(path), encoding)


def read_stdin(
    encoding: str | None = None, max_bytes: int | None = None, stream: BinaryIO | None = None
) -> Loaded:
    """Read and decode standard input (`tui summary -`), under the same size limit."""
    return _decoded(read_stdin_bytes(max_bytes, stream), "stdin", encoding)


def read_stdin_bytes(max_bytes: int | None = None, stream: BinaryIO | None = None) -> bytes:
    """The bytes of standard input, under the size limit."""
    if stream is None:
        if sys.stdin is None:
            raise LoadError("stdin: there is no standard input")
        stream = sys.stdin.buffer
    limit = size_limit() if max_bytes is None else max_bytes
    try:
        return _read_limited(stream, "stdin", limit)
    except OSError as error:
        raise LoadError(f"stdin: {error.strerror or error}") from None


def is_text_file(path: str | Path) -> bool:
    """Whether a file in a folder looks like text: its head is not a known binary format."""
    try:
        fd = _open(path, display_name(path))
    except LoadError:
        return True  # let reading it report the problem
    try:
        head = os.read(fd, _SNIFF)
    except OSError:
        return True
    finally:
        os.close(fd)
    if sniff_binary(head) is not None:
        return False
    if any(head.startswith(bom) for bom, _ in _BOMS):
        return True
    return len(_BINARY_CONTROLS.findall(head.decode("latin-1"))) <= 0.3 * len(head)

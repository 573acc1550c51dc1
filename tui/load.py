"""load: bytes -> text. Detects the encoding, normalises newlines, makes control characters visible."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path


class LoadError(Exception):
    """A document that cannot be read as text; str(error) is the one line shown to the user."""


@dataclass(frozen=True)
class Loaded:
    text: str
    encoding: str


# C0 controls but tab and newline, DEL, and C1 controls -> their visible Control Pictures
# (ESC -> ␛), as `less` shows ^[: the text can never act on a terminal.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f\x80-\x9f]")


def _visible(match: re.Match[str]) -> str:
    code = ord(match.group())
    if code < 0x20:
        return chr(0x2400 + code)
    if code == 0x7F:
        return "\u2421"
    return "\ufffd"


def make_visible(text: str) -> str:
    return _CONTROL.sub(_visible, text)


def decode(data: bytes) -> Loaded:
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            text = data.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:
        text, encoding = data.decode("utf-8", errors="replace"), "utf-8"
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return Loaded(make_visible(text), encoding)


def read_path(path: str | Path) -> Loaded:
    try:
        data = Path(path).read_bytes()
    except OSError as error:
        raise LoadError(f"{path}: {error.strerror or error}") from None
    return decode(data)

"""What the command line writes: a styled or plain console, JSON Lines, and warnings on stderr.

Nothing reaches the terminal unchecked: control characters are made visible, and text is never
read as markup.

Standard output that cannot be written (a full disk, /dev/full, an I/O error, a descriptor not
open for writing) is an OutputError, which main() reports as one line, "cannot write output:
No space left on device", with exit status 1, as cat and the other coreutils do. A closed
standard output is the same error before anything is done; a closed standard error leaves the
messages unsaid, never sent to standard output instead.
"""

from __future__ import annotations

import contextlib
import io
import os
import re
import sys
from dataclasses import dataclass
from functools import cache
from typing import Any, TextIO

from tui.load import FORMAT_CHARACTERS, make_visible


def warn(message: str) -> None:
    """One line on stderr; made visible, as it may quote a file name or text. Nothing when
    stderr is closed or cannot be written: there is no one to tell, and stdout is no place."""
    if sys.stderr is None:
        return
    with contextlib.suppress(OSError, ValueError):
        print(f"tui: {make_visible(message)}", file=sys.stderr)


def warn_plain(line: str) -> None:
    """A line on stderr as it is (a usage error names the program itself), made visible."""
    if sys.stderr is None:
        return
    with contextlib.suppress(OSError, ValueError):
        print(make_visible(line), file=sys.stderr)


class OutputError(Exception):
    """Standard output could not be written; str(error) is why ("No space left on device")."""


class _GuardedOutput:
    """Standard output whose write errors are OutputError, so that main() tells them from an
    error of its own; a closed pipe stays BrokenPipeError, which ends quietly."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        try:
            return self._stream.write(text)
        except BrokenPipeError:
            raise
        except OSError as error:
            raise OutputError(error.strerror or str(error)) from None

    def flush(self) -> None:
        try:
            self._stream.flush()
        except BrokenPipeError:
            raise
        except OSError as error:
            raise OutputError(error.strerror or str(error)) from None

    def __getattr__(self, name: str) -> Any:  # isatty, fileno, encoding … as the stream has them
        return getattr(self._stream, name)


def guard_standard_streams() -> TextIO | None:
    """Set up the standard streams for a command; the stdout to put back afterwards, or None
    when stdout is closed (OutputError is then raised by the caller's first check).

    A closed descriptor 0, 1 or 2 is opened on /dev/null, so that no file tui opens later
    takes its number and receives what is meant for the terminal; a closed stderr becomes
    /dev/null for the messages.
    """
    for fd in (0, 1, 2):
        try:
            os.fstat(fd)
        except OSError:
            try:
                null = os.open(os.devnull, os.O_RDWR)
            except OSError:
                continue
            if null != fd:
                os.dup2(null, fd)
                os.close(null)
    if sys.stderr is None:
        sys.stderr = open(os.devnull, "w")  # noqa: SIM115 (lives as long as the process)
    if sys.stdout is None:
        return None
    original = sys.stdout
    if not isinstance(original, _GuardedOutput):
        sys.stdout = _GuardedOutput(original)  # type: ignore[assignment]
    return original


# --- output ------------------------------------------------------------------------------

# Raw in JSON strings with ensure_ascii=False, yet no output may carry them: DEL and C1
# (\x9b is a one-byte CSI), the Unicode line separators that line-based readers split on,
# lone surrogates (from undecodable file names) that UTF-8 cannot encode, and the format
# characters that reorder or hide text (the loader already shows them as <U+202E>).
_JSON_UNSAFE = re.compile(f"[\x7f-\x9f\u2028\u2029\ud800-\udfff{FORMAT_CHARACTERS}]")


def json_line(obj: dict[str, Any]) -> str:
    """One line of JSON Lines, without its newline: UTF-8 text, nothing a terminal obeys."""
    import json  # here: the explorer's start does not pay for it

    line = json.dumps(obj, ensure_ascii=False)
    return _JSON_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", line)


def emit_json(obj: dict[str, Any] | str) -> None:
    """Print one JSON Lines object (or a line json_line made, perhaps in another process)."""
    sys.stdout.write((obj if isinstance(obj, str) else json_line(obj)) + "\n")


@cache
def _safe_console_class() -> type:
    from rich.console import Console
    from rich.segment import Segment

    class SafeConsole(Console):
        """A rich Console that cannot emit a control character it was not asked to style with.

        The loader already made the text visible; this is the last line of defence for
        anything else that reaches the screen (file names, arguments, other modules' strings).
        """

        def render(self, renderable, options=None):  # type: ignore[no-untyped-def]
            for segment in super().render(renderable, options):
                if segment.control is None and _UNSAFE_OUTPUT.search(segment.text):
                    segment = Segment(make_visible(segment.text), segment.style)
                yield segment

        def on_broken_pipe(self) -> None:
            # rich would exit 1 here; main() ends a closed pipe quietly, the same for every path.
            self.quiet = True
            raise BrokenPipeError

    return SafeConsole


_UNSAFE_OUTPUT = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


class _TrimmedLines(io.TextIOBase):
    """A text stream that drops the spaces rich pads lines with, for plain output to a pipe."""

    _PADDING = re.compile(r"[ \t]+(?=\n)")

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        self._stream.write(self._PADDING.sub("", text))
        return len(text)

    def flush(self) -> None:
        self._stream.flush()

    def isatty(self) -> bool:
        return False

    @property
    def encoding(self) -> str:  # type: ignore[override]
        return getattr(self._stream, "encoding", None) or "utf-8"


def console(
    file: TextIO | None = None,
    terminal: bool | None = None,
    color_system: str | None = "auto",
    no_color: bool | None = None,
):  # -> rich Console
    """The console for styled output: to stdout (or `file`), rich imported only when needed.

    Text is never read as markup or emoji codes, and nothing is highlighted by guesswork.
    `color_system` and `no_color` as rich takes them: by default, what the environment says.
    """
    tty = (file or sys.stdout).isatty() if terminal is None else terminal
    # Piped: plain text, long lines left whole for the next program in the pipe, and no
    # padding at line ends (rich pads table cells to the width).
    # A terminal: rich honours NO_COLOR, TERM=dumb (no escape codes at all) and COLUMNS.
    return _safe_console_class()(
        file=file if tty else _TrimmedLines(file or sys.stdout),
        force_terminal=terminal,
        highlight=False,
        markup=False,
        emoji=False,
        soft_wrap=not tty,
        width=None if tty else 10_000,
        color_system=color_system,
        no_color=no_color,
    )


class _Page(io.StringIO):
    """A page rendered in memory for an output it stands in for: a terminal or not, in that
    output's encoding (rich draws its boxes in ASCII for an output that cannot show them)."""

    def __init__(self, tty: bool, encoding: str) -> None:
        super().__init__()
        self._tty, self._encoding = tty, encoding

    def isatty(self) -> bool:
        return self._tty

    @property
    def encoding(self) -> str:  # type: ignore[override]
        return self._encoding


@dataclass(frozen=True)
class PageLayout:
    """How the console of standard output lays out a styled page: what another process needs
    to render the page as that console would (a worker sends the page, not the analysis)."""

    tty: bool
    width: int
    color_system: str | None  # rich's name for the one it chose; None: no colour
    no_color: bool
    encoding: str

    @classmethod
    def of(cls, out: Any) -> PageLayout:  # out: console() on standard output
        tty = sys.stdout.isatty()
        return cls(tty, out.width, out.color_system, out.no_color, out.encoding)

    def render(self, *renderables: Any) -> str:
        """The renderables printed one after another, as that console prints them."""
        page = _Page(self.tty, self.encoding)
        out = console(page, color_system=self.color_system, no_color=self.no_color)
        out.width = self.width
        out.soft_wrap = False
        for renderable in renderables:
            out.print(renderable)
        return page.getvalue()


def prepare_stdout(as_json: bool) -> None:
    """JSON is UTF-8 whatever the locale; styled text degrades to '?' rather than crash."""
    stream = sys.stdout._stream if isinstance(sys.stdout, _GuardedOutput) else sys.stdout
    if isinstance(stream, io.TextIOWrapper):
        if as_json:
            stream.reconfigure(encoding="utf-8", errors="strict")
        else:
            stream.reconfigure(errors="replace")

"""Analysing a big document in a child process that can be killed at once.

The explorer analyses in a worker thread. A novel takes seconds, and a thread can neither be
stopped (quitting waited for it) nor run beside the interface without sharing its GIL. A
child process can be killed at once and has a core of its own, and with one thread of its own
it may split the annotation again (tui.machinery.parallel). It gets the Document and sends
back the annotations and insight over its stdin and stdout, as data with a schema
(tui.machinery.codec); it never touches the terminal. The pipeline decides when to use it,
and reads and fills the cache itself.

It is started isolated (`python -I`: neither the current folder, where a downloaded
`pickle.py` or `tui/` may lie, nor PYTHON* variables reach its imports), and it dies with its
parent, however the parent ends (tui.machinery.signals), and so does the half it forks.

    python -I -c "$_CHILD" PACKAGE_ROOT PARENT_PID   # reads a ChildRequest from stdin,
                                                     # writes (annotations, insight)
"""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from tui.model import Annotations, Document, Insight

_POLL_SECONDS = 0.05  # how soon a stop request is seen
# The child imports this very tui: from wherever it is installed, or else from the folder
# this one was loaded from (appended, so that it never shadows the standard library). Isolated
# mode leaves the current folder off sys.path, so this is the only folder added to it.
_CHILD = "import sys; sys.path.append(sys.argv[1]); from tui.machinery.child import main; main()"


class ChildStopped(Exception):
    """The caller asked to stop; the child was killed."""


def analyse_in_child(
    document: Document, sentences: int, stop: Callable[[], bool] = lambda: False
) -> tuple[Annotations, Insight]:
    """The document annotated and analysed in a child process; `stop()` is asked every few
    ms and, once true, the child is killed (ChildStopped)."""
    from tui.machinery.codec import ChildRequest, CodecError, decode, encode

    package_root = str(Path(__file__).resolve().parents[2])
    try:
        request = encode(ChildRequest(document, sentences))
    except CodecError as error:
        raise RuntimeError(f"the document cannot go to the analysis process ({error})") from None
    child = subprocess.Popen(
        [sys.executable, "-I", "-c", _CHILD, package_root, str(os.getpid())],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        start_new_session=True,  # its own process group: no terminal, and killed whole
    )
    assert child.stdin is not None
    # Written whole before waiting, as the child reads it all before it writes anything;
    # communicate() below flushes and closes it (given as input, it could not be retried).
    # A child that died first leaves a broken pipe here and says why on its stderr.
    with contextlib.suppress(BrokenPipeError):
        child.stdin.write(request)
    while True:
        try:
            output, errors = child.communicate(timeout=_POLL_SECONDS)
            break
        except subprocess.TimeoutExpired:
            if stop():
                _kill(child)
                raise ChildStopped from None
    if child.returncode != 0:
        last = errors.decode("utf-8", "replace").strip().splitlines()[-1:] or ["no output"]
        raise RuntimeError(f"the analysis process failed ({last[0]})")
    try:
        annotations, insight = decode(output, expected="analysis")
    except CodecError as error:
        raise RuntimeError(f"the analysis process sent something else ({error})") from None
    return annotations, insight


def _kill(child: subprocess.Popen[bytes]) -> None:
    """Kill the child and the half-way process it may have forked (tui.machinery.parallel)."""
    if hasattr(os, "killpg"):
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(child.pid, signal.SIGKILL)
    child.kill()
    child.communicate()


def main() -> None:
    from tui.machinery.signals import die_with_parent

    die_with_parent(int(sys.argv[2]))
    from tui.machinery.codec import decode, encode
    from tui.pipeline import analyse_here

    request = decode(sys.stdin.buffer.read(), expected="child-request")
    analysed = analyse_here(request.document, request.sentences)
    sys.stdout.buffer.write(encode((analysed.annotations, analysed.insight)))


if __name__ == "__main__":
    main()

"""A content-addressed cache of analysis results in the user's cache directory.

An entry is keyed by the document's text, the request (e.g. how many key sentences) and a
fingerprint of the code that produced it, so a cached answer is always the answer the code
would give now. Writes are atomic; an unreadable entry is ignored and rebuilt; the least
recently used entries are deleted once the cache outgrows its limit (256 MB).

Entries are data, never code: MessagePack decoded into the model's types (tui.machinery.codec),
in a folder that must be the user's own and writable by no one else (tui.machinery.folders).
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import random
import time
from functools import cache
from pathlib import Path
from typing import Any


@cache
def code_fingerprint() -> str:
    """A fingerprint of the version and of every source and data file of the pipeline."""
    from tui import __version__

    return files_fingerprint(Path(__file__).parent.parent, __version__)


def files_fingerprint(package: Path, version: str) -> str:
    """A hash of `version` and of each file's path, size and modification time in `package`.

    Everything but the app is included, so no module a stage imports can change without the
    cache noticing; the app's code does not shape results. Size and time in nanoseconds are
    what Python itself trusts to know a stale .pyc, and reading them is what keeps this off
    the start of every command: hashing the files' contents took ~8 ms of each start.
    """
    paths: list[str] = []
    for folder, subfolders, names in os.walk(package):
        top = folder == str(package)
        subfolders[:] = [
            d for d in subfolders if d != "__pycache__" and not (top and d in ("app", "seeds"))
        ]
        paths += (os.path.join(folder, name) for name in names if not name.endswith(".pyc"))
    digest = hashlib.sha256(version.encode())
    for path in sorted(paths):
        info = os.stat(path)
        relative = os.path.relpath(path, package)
        digest.update(f"{relative}\0{info.st_size}\0{info.st_mtime_ns}\0".encode())
    return digest.hexdigest()[:16]


def default_directory() -> Path:
    from tui.machinery.folders import cache_root

    return cache_root()


# The novel's entries take ~8 MB and an article's a few kB: room for thousands of articles.
DEFAULT_MAX_BYTES = 256 * 1024 * 1024
SUFFIX = ".msgpack"
# A temporary file this old was left by a write that never finished (a killed process).
_ABANDONED_AFTER = 3600.0
# A sweep lists the whole folder (some 60,000 entries when full), so it comes once per this
# share of the limit written, not after every put: over a corpus, a sweep per put made the
# run quadratic. A process that writes less sweeps by chance, in proportion to what it wrote,
# so many short runs sweep as often as one long one.
_SWEEP_SHARE = 1 / 16


class Cache:
    """Entries are files named by their key; the least recently used go once the cache
    outgrows `max_bytes`."""

    def __init__(self, directory: Path | None = None, max_bytes: int = DEFAULT_MAX_BYTES) -> None:
        self.directory = directory if directory is not None else default_directory()
        self.max_bytes = max_bytes
        self._unswept = 0  # bytes this process wrote since its last sweep

    def key(self, text: str, *request: object) -> str:
        digest = hashlib.sha256(code_fingerprint().encode())
        digest.update(repr(request).encode())
        digest.update(text.encode("utf-8", "surrogatepass"))
        return digest.hexdigest()

    def _path(self, key: str) -> Path:
        return self.directory / f"{key}{SUFFIX}"

    def get(self, key: str) -> Any | None:
        """The value stored under `key`: a Document or an (Annotations, Insight) pair, checked
        against their types; None when there is none, it is damaged, or the folder is unsafe."""
        from tui.machinery.codec import CodecError, decode
        from tui.machinery.folders import private_folder

        if private_folder(self.directory, create=False) is None:
            return None
        path = self._path(key)
        try:
            with open(path, "rb") as file:
                value = decode(file.read())
        except (OSError, CodecError):
            return None  # missing, truncated or of another shape: rebuilt by the caller
        with contextlib.suppress(OSError):
            os.utime(path)  # used now: the last to be trimmed
        return value

    def put(self, key: str, value: Any) -> None:
        """Store atomically; a cache that cannot be written is no reason to fail the command."""
        import tempfile  # here: a run that only reads the cache does not pay for it

        from tui.machinery.codec import CodecError, encode
        from tui.machinery.folders import private_folder

        try:
            data = encode(value)
        except CodecError:
            return  # not a value the cache holds: computed again next time
        if private_folder(self.directory, create=True) is None:
            return
        try:
            # mkstemp makes the file 0600: an entry holds the text of what the user read.
            fd, temporary = tempfile.mkstemp(dir=self.directory, prefix=".", suffix=".tmp")
            try:
                with os.fdopen(fd, "wb") as file:
                    file.write(data)
                os.replace(temporary, self._path(key))
            except BaseException:
                Path(temporary).unlink(missing_ok=True)
                raise
            if self._sweep_due(len(data)):
                self.trim()
        except OSError:
            pass

    def _sweep_due(self, written: int) -> bool:
        self._unswept += written
        share = max(1.0, self.max_bytes * _SWEEP_SHARE)
        if self._unswept >= share or random.random() < written / share:
            self._unswept = 0
            return True
        return False

    def trim(self) -> None:
        """Delete the least recently used entries until the cache fits in `max_bytes`, and
        temporary files that a killed process left behind."""
        entries: list[tuple[float, int, str]] = []
        now = time.time()
        with os.scandir(self.directory) as found:
            for entry in found:
                try:
                    info = entry.stat(follow_symlinks=False)
                    if entry.name.endswith(SUFFIX):
                        entries.append((info.st_mtime, info.st_size, entry.path))
                    elif entry.name.endswith(".tmp") and now - info.st_mtime > _ABANDONED_AFTER:
                        os.unlink(entry.path)
                except OSError:
                    continue  # gone meanwhile, or not ours to delete
        total = sum(size for _, size, _ in entries)
        for _, size, path in sorted(entries):
            if total <= self.max_bytes:
                break
            try:
                os.unlink(path)
                total -= size
            except OSError:
                pass

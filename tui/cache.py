"""A content-addressed cache of analysis results in the user's cache directory.

An entry is keyed by the document's text, the request (e.g. how many key sentences) and a
fingerprint of the code that produced it, so a cached answer is always the answer the code
would give now. Writes are atomic; an unreadable entry is ignored and rebuilt.
"""

from __future__ import annotations

import hashlib
import os
import pickle
from functools import cache
from pathlib import Path
from typing import Any


@cache
def code_fingerprint() -> str:
    """A fingerprint of the version and of every source and data file of the pipeline."""
    from tui import __version__

    return files_fingerprint(Path(__file__).parent, __version__)


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
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("tui", appauthor=False))


class Cache:
    def __init__(self, directory: Path | None = None) -> None:
        self.directory = directory if directory is not None else default_directory()

    def key(self, text: str, *request: object) -> str:
        digest = hashlib.sha256(code_fingerprint().encode())
        digest.update(repr(request).encode())
        digest.update(text.encode("utf-8", "surrogatepass"))
        return digest.hexdigest()

    def _path(self, key: str) -> Path:
        return self.directory / f"{key}.pickle"

    def get(self, key: str) -> Any | None:
        try:
            with open(self._path(key), "rb") as file:
                return pickle.load(file)
        except FileNotFoundError:
            return None
        except Exception:
            # Truncated, corrupt or from an incompatible Python: rebuilt by the caller.
            return None

    def put(self, key: str, value: Any) -> None:
        """Store atomically; a cache that cannot be written is no reason to fail the command."""
        import tempfile  # here: a run that only reads the cache does not pay for it

        try:
            self.directory.mkdir(parents=True, exist_ok=True)
            fd, temporary = tempfile.mkstemp(dir=self.directory, prefix=".", suffix=".tmp")
            try:
                with os.fdopen(fd, "wb") as file:
                    pickle.dump(value, file, protocol=pickle.HIGHEST_PROTOCOL)
                os.replace(temporary, self._path(key))
            except BaseException:
                Path(temporary).unlink(missing_ok=True)
                raise
        except OSError:
            pass

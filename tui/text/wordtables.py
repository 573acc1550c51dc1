"""jieba's word tables (dictionary frequency and tag, IDF), looked up through a SQLite index.

Reading dict.txt and idf.txt whole (620k lines) costs ~0.3 s and tens of MB in every process,
to answer questions about a few hundred words. They are indexed once into the user cache
directory — rebuilt whenever jieba's files change — and a document's words are then looked up
in milliseconds. The index only mirrors jieba's files: it can never change an answer.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import threading
from collections.abc import Iterable, Iterator
from contextlib import suppress
from functools import cache
from importlib.util import find_spec
from pathlib import Path

_SCHEMA = 1
_CHUNK = 500  # words per query: well under SQLite's limit on bound parameters


def jieba_files() -> tuple[Path, Path] | None:
    """jieba's dict.txt and analyse/idf.txt, found without importing jieba (a second's work)."""
    spec = find_spec("jieba")
    if spec is None or not spec.submodule_search_locations:
        return None
    folder = Path(next(iter(spec.submodule_search_locations)))
    files = (folder / "dict.txt", folder / "analyse" / "idf.txt")
    return files if all(f.is_file() for f in files) else None


def _entries(path: Path, fields: int) -> Iterator[list[str]]:
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            parts = line.split()
            if len(parts) == fields:
                yield parts


def _build(connection: sqlite3.Connection, dictionary: Path, idf: Path) -> None:
    connection.executescript(
        """
        PRAGMA journal_mode = OFF;
        PRAGMA synchronous = OFF;
        CREATE TABLE dictionary (word TEXT PRIMARY KEY, freq INTEGER, tag TEXT) WITHOUT ROWID;
        CREATE TABLE idf (word TEXT PRIMARY KEY, value REAL) WITHOUT ROWID;
        CREATE TABLE meta (key TEXT PRIMARY KEY, value REAL);
        """
    )
    connection.executemany(
        "INSERT OR REPLACE INTO dictionary VALUES (?, ?, ?)",
        ((w, int(f), t) for w, f, t in _entries(dictionary, 3)),
    )
    connection.executemany(
        "INSERT OR REPLACE INTO idf VALUES (?, ?)", ((w, float(v)) for w, v in _entries(idf, 2))
    )
    # jieba's TF-IDF gives a word its table lacks the median IDF; so do we.
    (count,) = connection.execute("SELECT count(*) FROM idf").fetchone()
    median = connection.execute(
        "SELECT value FROM idf ORDER BY value LIMIT 1 OFFSET ?", (count // 2,)
    ).fetchone()
    connection.execute("INSERT INTO meta VALUES ('median_idf', ?)", (median[0] if median else 1.0,))
    connection.commit()


def _index_name(dictionary: Path, idf: Path) -> str:
    digest = hashlib.sha256(str(_SCHEMA).encode())
    for path in (dictionary, idf):
        stat = path.stat()
        digest.update(f"{path}\0{stat.st_size}\0{stat.st_mtime_ns}\0".encode())
    return f"jieba-tables-{digest.hexdigest()[:16]}.sqlite"


def _in_memory(dictionary: Path, idf: Path) -> sqlite3.Connection:
    memory = sqlite3.connect(":memory:", check_same_thread=False)
    _build(memory, dictionary, idf)
    return memory


def _open_index(
    directory: Path, dictionary: Path, idf: Path, retry: bool = True
) -> sqlite3.Connection:
    """The index in `directory`, built there first if missing; in memory if it cannot be."""
    path = directory / _index_name(dictionary, idf)
    if not path.exists():
        temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        try:
            directory.mkdir(parents=True, exist_ok=True)
            with sqlite3.connect(temporary) as building:
                _build(building, dictionary, idf)
            building.close()
            os.replace(temporary, path)  # atomic: a concurrent reader never sees half an index
        except (OSError, sqlite3.Error):
            with suppress(OSError):
                temporary.unlink(missing_ok=True)
            return _in_memory(dictionary, idf)
    try:
        connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True, check_same_thread=False)
        connection.execute("SELECT value FROM meta WHERE key = 'median_idf'").fetchone()
        return connection
    except sqlite3.Error:
        # Corrupt or foreign: build it again, once.
        if not retry:
            return _in_memory(dictionary, idf)
        try:
            path.unlink(missing_ok=True)
        except OSError:
            return _in_memory(dictionary, idf)
        return _open_index(directory, dictionary, idf, retry=False)


class WordTables:
    """Look-ups in jieba's tables; empty answers when jieba's files are not installed."""

    def __init__(self, directory: Path | None = None) -> None:
        self._directory = directory
        self._connection: sqlite3.Connection | None = None
        self._opened = False
        self._lock = threading.Lock()  # the app analyses in worker threads
        self._entries: dict[str, tuple[int, str] | None] = {}  # dictionary look-ups so far
        self._inherited: list[sqlite3.Connection] = []  # a parent's, across a fork: not closed

    def forget_connection(self) -> None:
        """Open a connection of our own at the next look-up (in a forked child)."""
        if self._connection is not None:
            self._inherited.append(self._connection)
        self._connection = None
        self._opened = False
        self._lock = threading.Lock()

    def _connect(self) -> sqlite3.Connection | None:
        if not self._opened:
            self._opened = True
            files = jieba_files()
            if files is not None:
                from tui.machinery.cache import default_directory

                directory = self._directory or default_directory()
                self._connection = _open_index(directory, *files)
        return self._connection

    def _select(self, sql: str, words: Iterable[str]) -> list[tuple]:
        words = list(dict.fromkeys(words))
        rows: list[tuple] = []
        with self._lock:
            connection = self._connect()
            if connection is None:
                return rows
            for start in range(0, len(words), _CHUNK):
                chunk = words[start : start + _CHUNK]
                marks = ",".join("?" * len(chunk))
                rows += connection.execute(sql.format(marks=marks), chunk).fetchall()
        return rows

    def dictionary(self, words: Iterable[str]) -> dict[str, tuple[int, str]]:
        """word -> (frequency, tag) for each of `words` in jieba's dictionary."""
        sql = "SELECT word, freq, tag FROM dictionary WHERE word IN ({marks})"
        return {word: (freq, tag) for word, freq, tag in self._select(sql, words)}

    def entry(self, word: str) -> tuple[int, str] | None:
        """(frequency, tag) of one word in jieba's dictionary, remembered for the process."""
        if word not in self._entries:
            self.prefetch((word,))
        return self._entries[word]

    def prefetch(self, words: Iterable[str]) -> None:
        """Look many words up in one query, so that `entry` answers them from memory."""
        wanted = [w for w in dict.fromkeys(words) if w not in self._entries]
        if wanted:
            found = self.dictionary(wanted)
            self._entries.update((w, found.get(w)) for w in wanted)

    def idf(self, words: Iterable[str]) -> dict[str, float]:
        """word -> IDF for each of `words` in jieba's IDF table."""
        return dict(self._select("SELECT word, value FROM idf WHERE word IN ({marks})", words))

    def median_idf(self) -> float:
        with self._lock:
            connection = self._connect()
            if connection is None:
                return 1.0
            row = connection.execute("SELECT value FROM meta WHERE key = 'median_idf'").fetchone()
        return float(row[0]) if row else 1.0


@cache
def word_tables() -> WordTables:
    """The process's tables, in the user cache directory."""
    return WordTables()


def _reopen_in_child() -> None:
    # An SQLite connection must not be used across a fork (sqlite.org/howtocorrupt.html): a
    # forked child (tui.machinery.parallel) opens its own; the inherited one is kept, never closed.
    if word_tables.cache_info().currsize:
        word_tables().forget_connection()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_reopen_in_child)

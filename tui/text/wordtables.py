"""jieba's word tables (dictionary frequency and tag, IDF), looked up through a SQLite index.

Reading dict.txt and idf.txt whole (620k lines) costs ~0.3 s and tens of MB in every process,
to answer questions about a few hundred words. They are indexed once into the user cache
directory — rebuilt whenever jieba's files change — and a document's words are then looked up
in milliseconds. The index only mirrors jieba's files: it can never change an answer.

The folder is checked as the result cache's is (tui.machinery.folders); when it cannot be used
the index goes to a private folder in the temporary folder instead, and only when that fails
too is it built in memory, which costs a second on every run.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import suppress
from functools import cache
from importlib.util import find_spec
from pathlib import Path
from typing import TypeVar

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


def _fsync(path: Path, flags: int = os.O_RDONLY) -> None:
    fd = os.open(path, flags)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _write_index(path: Path, dictionary: Path, idf: Path) -> None:
    """Build the index beside `path` and move it there: atomic, so that a concurrent reader
    never sees half an index, and synced first, so that a crash or a power cut cannot leave a
    renamed file whose pages never reached the disk (the build itself writes unsynced)."""
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        with sqlite3.connect(temporary) as building:
            _build(building, dictionary, idf)
        building.close()
        _fsync(temporary)
        os.replace(temporary, path)
        if hasattr(os, "O_DIRECTORY"):
            _fsync(path.parent, os.O_RDONLY | os.O_DIRECTORY)  # the rename itself
    finally:
        with suppress(OSError):
            temporary.unlink(missing_ok=True)


def _read_only(path: Path) -> sqlite3.Connection:
    """The index at `path`, checked for the tables it must have; sqlite3.Error if it is not."""
    connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True, check_same_thread=False)
    try:
        # A file in the user's own folder, yet read as data only: no function of its schema runs.
        connection.execute("PRAGMA trusted_schema = OFF")
        connection.execute("SELECT value FROM meta WHERE key = 'median_idf'").fetchone()
        connection.execute("SELECT word, freq, tag FROM dictionary LIMIT 1").fetchall()
        connection.execute("SELECT word, value FROM idf LIMIT 1").fetchall()
    except sqlite3.Error:
        connection.close()
        raise
    return connection


def index_folder(directory: Path) -> Path | None:
    """Where the index may be kept: `directory`, or else (unwritable or refused) a folder of the
    user's own in the temporary folder, so that an unusable cache does not mean building the
    index in memory on every run (a second each). None when neither will do."""
    from tui.machinery.folders import private_folder, temporary_root

    return private_folder(directory, create=True) or private_folder(
        temporary_root(), create=True, follow_symlinks=False
    )


def _open_index(
    directory: Path, dictionary: Path, idf: Path, rebuild: bool = False
) -> tuple[sqlite3.Connection, Path | None]:
    """(connection, path) of the index in `directory` or its stand-in (index_folder), built
    there first if missing or if `rebuild`; (in-memory connection, None) if it cannot be."""
    folder = index_folder(directory)
    if folder is None:
        return _in_memory(dictionary, idf), None
    path = folder / _index_name(dictionary, idf)
    for attempt in range(2):
        try:
            if rebuild or attempt or not path.exists():
                _write_index(path, dictionary, idf)
            return _read_only(path), path
        except sqlite3.Error:
            continue  # corrupt or foreign: built again, once
        except OSError:
            break
    return _in_memory(dictionary, idf), None


class WordTables:
    """Look-ups in jieba's tables; empty answers when jieba's files are not installed."""

    def __init__(self, directory: Path | None = None) -> None:
        self._directory = directory
        self._connection: sqlite3.Connection | None = None
        self._path: Path | None = None  # the index file, when not in memory
        self._rebuilt = False  # a damaged index is built again once per process, not more
        self._opened = False
        self._lock = threading.Lock()  # the app analyses in worker threads
        self._entries: dict[str, tuple[int, str] | None] = {}  # dictionary look-ups so far
        self._idfs: dict[str, float | None] = {}  # IDF look-ups so far (None: not in the table)
        self._median_idf: float | None = None
        self._inherited: list[sqlite3.Connection] = []  # a parent's, across a fork: not closed

    def forget_connection(self) -> None:
        """Open a connection of our own at the next look-up (in a forked child)."""
        if self._connection is not None:
            self._inherited.append(self._connection)
        self._connection = None
        self._opened = False
        self._lock = threading.Lock()

    def _connect(self, rebuild: bool = False) -> sqlite3.Connection | None:
        if not self._opened or rebuild:
            self._opened = True
            files = jieba_files()
            if files is not None:
                from tui.machinery.folders import cache_root

                directory = self._directory or cache_root()
                self._connection, self._path = _open_index(directory, *files, rebuild=rebuild)
        return self._connection

    def open(self) -> None:
        """Open the index now, building it first on the first run (a second or two), the
        lock held: a thread that another may need the tables beside calls this before it
        gets busy. The build hands the GIL back for every row it writes, so beside a thread
        that keeps the GIL it crawls (half a minute beside the explorer opening a folder)."""
        with self._lock:
            self._connect()

    def _query(self, sql: str, parameters: Sequence[str] = ()) -> list[tuple] | None:
        """The rows of one query (the lock held), or None without jieba's files. An index
        whose pages were damaged on disk fails here, not when it is opened: it is then built
        again and asked again, instead of failing every command until someone deletes it."""
        connection = self._connect()
        if connection is None:
            return None
        try:
            return connection.execute(sql, parameters).fetchall()
        except sqlite3.DatabaseError:
            if self._rebuilt:
                raise
            self._rebuilt = True
            with suppress(sqlite3.Error):
                connection.close()
            connection = self._connect(rebuild=True)
            assert connection is not None
            return connection.execute(sql, parameters).fetchall()

    def _select(self, sql: str, words: Iterable[str]) -> list[tuple]:
        words = list(dict.fromkeys(words))
        rows: list[tuple] = []
        with self._lock:
            for start in range(0, len(words), _CHUNK):
                chunk = words[start : start + _CHUNK]
                found = self._query(sql.format(marks=",".join("?" * len(chunk))), chunk)
                if found is None:
                    return rows
                rows += found
        return rows

    def dictionary(self, words: Iterable[str]) -> dict[str, tuple[int, str]]:
        """word -> (frequency, tag) for each of `words` in jieba's dictionary."""
        sql = "SELECT word, freq, tag FROM dictionary WHERE word IN ({marks})"
        return {word: (freq, tag) for word, freq, tag in self._select(sql, words)}

    def entry(self, word: str) -> tuple[int, str] | None:
        """(frequency, tag) of one word in jieba's dictionary, remembered for the process. One
        word is asked with one plain query: the annotator asks a few hundred a page, one by one."""
        try:
            return self._entries[word]
        except KeyError:
            pass
        with self._lock:
            rows = self._query("SELECT freq, tag FROM dictionary WHERE word = ?", (word,))
        found = (rows[0][0], rows[0][1]) if rows else None
        self._entries[word] = found
        return found

    def prefetch(self, words: Iterable[str]) -> None:
        """Look many words up in one query, so that `entry` answers them from memory."""
        _remember(self._entries, words, self.dictionary)

    def idf(self, words: Iterable[str]) -> dict[str, float]:
        """word -> IDF for each of `words` in jieba's IDF table. Answers are remembered for
        the process: documents share most of their words, and a query costs far more than a
        dict look-up (the table never changes under a running process)."""
        known = self._idfs
        words = _remember(known, words, self._idf_rows)
        return {w: value for w in words if (value := known[w]) is not None}

    def _idf_rows(self, words: Iterable[str]) -> dict[str, float]:
        return dict(self._select("SELECT word, value FROM idf WHERE word IN ({marks})", words))

    def median_idf(self) -> float:
        if self._median_idf is None:
            with self._lock:
                rows = self._query("SELECT value FROM meta WHERE key = 'median_idf'")
            self._median_idf = float(rows[0][0]) if rows else 1.0
        return self._median_idf


V = TypeVar("V")


def _remember(
    known: dict[str, V | None], words: Iterable[str], look_up: Callable[[list[str]], dict[str, V]]
) -> list[str]:
    """`words`, each once, after one look-up of those `known` does not hold yet; a word the
    table lacks is remembered as None, so it is not asked for again."""
    words = list(dict.fromkeys(words))
    wanted = [w for w in words if w not in known]
    if wanted:
        found = look_up(wanted)
        known.update((w, found.get(w)) for w in wanted)
    return words


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

"""The index of jieba's tables: it may only save time, never change an answer."""

from __future__ import annotations

from pathlib import Path

import pytest

from tui.text import wordtables
from tui.text.wordtables import WordTables


@pytest.fixture
def jieba_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "jieba"
    (folder / "analyse").mkdir(parents=True)
    (folder / "dict.txt").write_text("广州 5000 ns\n安全 9000 an\n陈鸿宇 3 nr\n", encoding="utf-8")
    (folder / "analyse" / "idf.txt").write_text("广州 5.9\n合作 5.5\n发展 3.5\n", encoding="utf-8")
    files = (folder / "dict.txt", folder / "analyse" / "idf.txt")
    monkeypatch.setattr(wordtables, "jieba_files", lambda: files)
    return folder


def test_look_ups_answer_as_the_files_say(jieba_dir: Path, tmp_path: Path) -> None:
    tables = WordTables(tmp_path / "cache")
    assert tables.dictionary(["广州", "陈鸿宇", "没有"]) == {
        "广州": (5000, "ns"),
        "陈鸿宇": (3, "nr"),
    }
    assert tables.entry("安全") == (9000, "an") and tables.entry("没有") is None
    assert tables.idf(["广州", "发展", "没有"]) == {"广州": 5.9, "发展": 3.5}
    assert tables.median_idf() == 5.5
    assert len(list((tmp_path / "cache").glob("jieba-tables-*.sqlite"))) == 1


def test_a_changed_jieba_file_gets_a_new_index(jieba_dir: Path, tmp_path: Path) -> None:
    WordTables(tmp_path / "cache").idf(["广州"])
    (jieba_dir / "analyse" / "idf.txt").write_text("广州 7.0\n", encoding="utf-8")
    assert WordTables(tmp_path / "cache").idf(["广州"]) == {"广州": 7.0}
    assert len(list((tmp_path / "cache").glob("jieba-tables-*.sqlite"))) == 2


def test_a_corrupt_index_is_rebuilt(jieba_dir: Path, tmp_path: Path) -> None:
    WordTables(tmp_path / "cache").idf(["广州"])
    (index,) = (tmp_path / "cache").glob("jieba-tables-*.sqlite")
    index.write_bytes(b"this is not a database" * 100)
    assert WordTables(tmp_path / "cache").idf(["广州"]) == {"广州": 5.9}


def test_an_unwritable_cache_directory_still_answers(jieba_dir: Path, tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    assert WordTables(blocker / "cache").entry("广州") == (5000, "ns")


def test_without_jieba_files_every_answer_is_empty(monkeypatch, tmp_path: Path) -> None:
    monkeypatch.setattr(wordtables, "jieba_files", lambda: None)
    tables = WordTables(tmp_path)
    assert tables.dictionary(["广州"]) == {} and tables.idf(["广州"]) == {}
    assert tables.median_idf() == 1.0


def damage_pages(index: Path, start: float = 0.0, end: float = 1.0) -> None:
    """Overwrite the pages of an SQLite file from `start` to `end` (fractions of it, the first
    page always spared) with noise, keeping its size: what a bad disk or a stray write leaves."""
    import random

    data = bytearray(index.read_bytes())
    page = int.from_bytes(data[16:18], "big") or 65536
    pages = len(data) // page
    noise = random.Random(1)
    for number in range(max(1, int(start * pages)), int(end * pages)):
        data[number * page : (number + 1) * page] = noise.randbytes(page)
    index.write_bytes(bytes(data))


def test_an_index_with_damaged_pages_is_rebuilt_not_failed_on(jieba_dir, tmp_path) -> None:
    WordTables(tmp_path / "cache").idf(["广州"])
    (index,) = (tmp_path / "cache").glob("jieba-tables-*.sqlite")
    size = index.stat().st_size
    damage_pages(index)
    assert index.stat().st_size == size
    tables = WordTables(tmp_path / "cache")
    assert tables.dictionary(["广州", "陈鸿宇"]) == {"广州": (5000, "ns"), "陈鸿宇": (3, "nr")}
    assert tables.idf(["发展"]) == {"发展": 3.5} and tables.median_idf() == 5.5
    assert WordTables(tmp_path / "cache").entry("安全") == (9000, "an")  # mended on disk


def test_a_damaged_real_index_does_not_fail_every_command(tmp_path: Path) -> None:
    import json
    import os
    import subprocess
    import sys

    root = Path(__file__).resolve().parent.parent
    seed = root / "seeds" / "000_948d13035be81ef7.txt"
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path)}
    command = [sys.executable, "-m", "tui", "summary", str(seed), "--json", "--no-cache"]
    first = subprocess.run(command, cwd=root, env=env, capture_output=True, text=True, check=True)
    (index,) = tmp_path.rglob("jieba-tables-*.sqlite")
    damage_pages(index, 0.4, 0.6)  # the middle: opening it still works, looking up fails
    for _ in range(2):  # the run that mends it, and the one after
        again = subprocess.run(command, cwd=root, env=env, capture_output=True, text=True)
        assert again.returncode == 0, again.stderr
        assert json.loads(again.stdout) == json.loads(first.stdout)


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="names open files by /proc")
def test_the_index_reaches_the_disk_before_it_is_renamed_into_place(
    jieba_dir, tmp_path, monkeypatch
) -> None:
    import os

    events: list[tuple[str, str]] = []
    real_fsync, real_replace = os.fsync, os.replace

    def fsync(fd: int) -> None:
        events.append(("fsync", os.readlink(f"/proc/self/fd/{fd}")))
        real_fsync(fd)

    def replace(source, target) -> None:
        events.append(("replace", str(source)))
        real_replace(source, target)

    monkeypatch.setattr(os, "fsync", fsync)
    monkeypatch.setattr(os, "replace", replace)
    WordTables(tmp_path / "cache").idf(["广州"])
    (renamed,) = [path for kind, path in events if kind == "replace"]
    assert events.index(("fsync", renamed)) < events.index(("replace", renamed))
    assert events[-1] == ("fsync", str(tmp_path / "cache"))  # and the rename itself


def count_builds(monkeypatch) -> list[int]:
    builds: list[int] = []
    real_build = wordtables._build

    def counting(*args) -> None:
        builds.append(1)
        real_build(*args)

    monkeypatch.setattr(wordtables, "_build", counting)
    return builds


def test_an_unusable_cache_folder_does_not_mean_a_build_on_every_run(
    jieba_dir, tmp_path, monkeypatch
) -> None:
    from tui.machinery import folders

    monkeypatch.setattr(folders, "temporary_root", lambda: tmp_path / "tmp" / "tui-zh-explorer-0")
    builds = count_builds(monkeypatch)
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    for _ in range(3):  # three runs, each with tables of its own
        assert WordTables(blocker / "cache").entry("广州") == (5000, "ns")
    assert len(builds) == 1
    assert list((tmp_path / "tmp").rglob("jieba-tables-*.sqlite"))


def test_an_index_in_a_folder_others_can_write_is_not_read(
    jieba_dir, tmp_path, monkeypatch
) -> None:
    import sqlite3

    from tui.machinery import folders

    monkeypatch.setattr(folders, "temporary_root", lambda: tmp_path / "tmp" / "tui-zh-explorer-0")
    shared = tmp_path / "shared"
    WordTables(shared).idf(["广州"])
    (index,) = shared.glob("jieba-tables-*.sqlite")
    with sqlite3.connect(index) as planted:  # another user's answers
        planted.execute("UPDATE idf SET value = 99.0")
    planted.close()
    shared.chmod(0o777)
    assert WordTables(shared).idf(["广州"]) == {"广州": 5.9}


def test_rjieba_knows_every_word_of_jiebas_dictionary() -> None:
    # segment._entry answers "not in the dictionary" from rjieba, without a query: that holds
    # only while rjieba carries every word of jieba's dict.txt
    from tui.text.segment import _engine

    files = wordtables.jieba_files()
    assert files is not None
    with files[0].open(encoding="utf-8") as lines:
        words = [parts[0] for line in lines if len(parts := line.split()) == 3]
    assert len(words) > 300_000
    has_word = _engine().has_word
    assert [w for w in words if not has_word(w)] == []


def test_a_word_rjieba_lacks_is_answered_without_a_query(monkeypatch) -> None:
    from tui.text import segment

    def no_query(word: str) -> None:
        raise AssertionError(f"asked the tables about {word}")

    monkeypatch.setattr(segment.word_tables(), "entry", no_query)
    assert segment.dictionary_entry("李建国甲") is None
    assert segment.word_frequency("陈鸿") == 0 and segment.dictionary_frequency("鸿宇甲") == 0
    monkeypatch.undo()
    assert segment.dictionary_entry("广州") is not None  # a word it has is still looked up


def test_opening_the_tables_builds_the_index_before_any_look_up(jieba_dir, tmp_path) -> None:
    tables = WordTables(tmp_path / "cache")
    tables.open()
    assert len(list((tmp_path / "cache").glob("jieba-tables-*.sqlite"))) == 1
    assert tables.entry("广州") == (5000, "ns")


def test_the_divisions_ask_the_tables_a_few_times_not_once_a_county(monkeypatch) -> None:
    # each query hands the GIL over: two thousand of them, beside the explorer's thread that
    # opens a folder, kept the reader's first document waiting many seconds
    from tui.annotate import gazetteer
    from tui.text import segment

    tables = WordTables()
    queries = []
    ask = tables._query
    monkeypatch.setattr(tables, "_query", lambda *a: queries.append(a) or ask(*a))
    monkeypatch.setattr(segment, "word_tables", lambda: tables)
    assert gazetteer.divisions.__wrapped__() == gazetteer.divisions()
    assert 0 < len(queries) <= 10

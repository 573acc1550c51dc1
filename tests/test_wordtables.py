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

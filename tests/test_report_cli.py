"""`tui summary` through a subprocess, as a script or a person runs it: JSON fields, piped page."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest
from rich.cells import cell_len

from tests import cli
from tests.cli import SUMMARY_FIELDS  # the DESIGN.md fields, listed once for the tests
from tests.documents import (
    SHARED,
    SHARED_MISSING,
)

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_948d13035be81ef7.txt"
CORPUS = (SHARED or ROOT.parent / "shared") / "corpus"
DUMPS = sorted(str(p) for p in CORPUS.glob("*.txt")) if CORPUS.is_dir() else []


def run_tui(*args: str) -> subprocess.CompletedProcess[str]:
    """`tui` as a Chinese reader runs it (the locale chooses the page's language)."""
    env = {k: v for k, v in os.environ.items() if k not in ("LANGUAGE", "LC_ALL", "LC_MESSAGES")}
    return cli.run_tui(*args, env={**env, "LANG": "zh_CN.UTF-8"}, inherit_env=False)


@pytest.fixture(scope="module")
def seed_json() -> dict:
    result = run_tui("summary", str(SEED), "--json", "--sentences", "4")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == 1
    return json.loads(lines[0])


def test_summary_json_fields_present_and_filled(seed_json: dict) -> None:
    for field in SUMMARY_FIELDS:
        assert field in seed_json, field
    assert seed_json["file"] == str(SEED)
    assert isinstance(seed_json["title"], str) and seed_json["title"]
    assert isinstance(seed_json["authors"], list)
    stats = seed_json["stats"]
    assert set(stats) == {
        "chars",
        "han_chars",
        "paragraphs",
        "sentences",
        "sections",
        "reading_minutes",
    }
    assert 0 < stats["han_chars"] <= stats["chars"]
    assert stats["paragraphs"] > 0 and stats["sentences"] > 0 and stats["sections"] >= 1
    assert stats["reading_minutes"] == round(stats["han_chars"] / 400, 1)
    assert len(seed_json["sections"]) == stats["sections"]
    assert sum(s["chars"] for s in seed_json["sections"]) == stats["chars"]
    assert set(seed_json["entities"]) == {"person", "org", "place", "time", "number", "title"}
    for counts in seed_json["entities"].values():
        assert all(c["text"] and c["count"] >= 1 for c in counts)
    assert len(seed_json["keywords"]) >= 10
    assert "广州" in seed_json["keywords"] and "深圳" in seed_json["keywords"]
    assert isinstance(seed_json["quotes"], list)
    for quote in seed_json["quotes"]:
        assert {"speaker", "text", "section"} <= set(quote)


def test_summary_json_key_sentences_come_from_the_file(seed_json: dict) -> None:
    text = SEED.read_text(encoding="utf-8")
    assert len(seed_json["summary"]) == 4
    for sentence in seed_json["summary"]:
        assert sentence in text
    positions = [text.index(s) for s in seed_json["summary"]]
    assert positions == sorted(positions)


def test_piped_summary_is_plain_and_fits_80_columns() -> None:
    result = run_tui("summary", str(SEED))
    assert result.returncode == 0, result.stderr
    page = result.stdout
    assert "\x1b" not in page
    for line in page.splitlines():
        assert cell_len(line) <= 80, line
    for heading in ("大纲", "关键词", "要点"):
        assert heading in page
    assert "1. " in page and "3. " in page and "4. " not in page


def test_a_summary_of_a_page_without_article_text_says_so(tmp_path: Path) -> None:
    page = tmp_path / "note.txt"
    page.write_text("首页 新闻 体育 财经\n", encoding="utf-8")  # a menu, no article
    result = run_tui("summary", str(page))
    assert result.returncode == 0, result.stderr
    assert "未找到正文。" in result.stdout
    assert "未找到正文" not in run_tui("summary", str(SEED)).stdout


def test_several_documents_end_with_a_corpus_block(tmp_path: Path) -> None:
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_bytes(SEED.read_bytes())
    result = run_tui("summary", str(tmp_path))
    assert result.returncode == 0, result.stderr
    assert result.stdout.count("要点") == 2
    tail = result.stdout[result.stdout.rindex("合计") :]
    assert "2 篇" in tail


@pytest.fixture(scope="module")
def folder_summaries() -> dict[str, dict]:
    if not CORPUS.is_dir():
        pytest.skip(f"../shared/corpus: {SHARED_MISSING}")
    result = run_tui("summary", str(CORPUS), "--json", "--sentences", "2")
    assert result.returncode == 0, result.stderr
    objects = [json.loads(line) for line in result.stdout.splitlines()]
    assert [obj["file"] for obj in objects] == DUMPS  # every page dump; not the folder's README
    return {Path(obj["file"]).name: obj for obj in objects}


@pytest.mark.parametrize(
    "name",
    [Path(dump).name for dump in DUMPS]
    or [pytest.param("", marks=pytest.mark.skip(reason="../shared/corpus is not there"))],
)
def test_a_folder_of_real_pages_summarises_each(
    folder_summaries: dict[str, dict], name: str
) -> None:
    obj = folder_summaries[name]
    assert obj["keywords"]
    assert 1 <= len(obj["summary"]) <= 2
    assert obj["stats"]["sentences"] > 0

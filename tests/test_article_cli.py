"""`tui article` through a subprocess: the clean article as text, Markdown or JSON."""

from __future__ import annotations

import json
from pathlib import Path

from tests.cli import METADATA_FIELDS, run_tui
from tui.load import read_path
from tui.parse import parse

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_948d13035be81ef7.txt"
# Three different paragraphs: a text that repeats itself reads as a summary or a caption.
PROSE = "新闻报道的正文写在这里，句子完整，标点齐全。长度也足够，成为一个像样的段落，读者读得下去。"
SECOND = "第二段讲的是另一件事情，同样写成完整的句子。它也有逗号和句号，读起来也像新闻报道的段落。"
THIRD = "第三段又是一段不同的文字，有逗号，有句号，足够长。可以算作一个自然段，放在文章的最后面。"
PAGE = (
    "  • 首页\n  • 新闻\n  • 财经\n\n"
    "标题就是这一行的文字\n"
    "发布时间：2021年3月5日  来源：某某日报  作者：张三\n\n"
    f"{PROSE}\n\n"
    "一、总体情况\n\n"
    f"1. {SECOND}\n\n"
    f"# *{THIRD}*\n\n"
    "责任编辑：李四\n\n"
    "版权所有 某某网 京ICP备12345678号\n"
)


def test_json_is_the_metadata_then_the_paragraphs_as_text(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text(PAGE, encoding="utf-8")
    result = run_tui("article", str(SEED), str(page), "--format", "json")
    assert result.returncode == 0, result.stderr
    seed_obj, page_obj = (json.loads(line) for line in result.stdout.splitlines())
    assert list(seed_obj) == [*METADATA_FIELDS, "sections"]
    document = parse(read_path(SEED).text)
    assert seed_obj["title"] == document.meta.title
    assert seed_obj["sections"][0]["title"] is None  # the lead first
    assert [s["title"] for s in seed_obj["sections"]] == [s.title for s in document.sections]
    assert [p for s in seed_obj["sections"] for p in s["paragraphs"]] == [
        p.text for p in document.paragraphs
    ]
    assert page_obj["authors"] == ["张三"] and page_obj["editors"] == ["李四"]
    assert page_obj["date"] == "2021-03-05" and page_obj["source"] == "某某日报"
    assert [s["title"] for s in page_obj["sections"]] == [None, "一、总体情况"]
    assert page_obj["sections"][1]["paragraphs"] == [f"1. {SECOND}", f"# *{THIRD}*"]


def test_markdown_has_the_title_metadata_headings_and_escaped_text(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text(PAGE, encoding="utf-8")
    result = run_tui("article", str(page), "--format", "markdown")
    assert result.returncode == 0, result.stderr
    blocks = result.stdout.split("\n\n")
    assert blocks[0] == "# 标题就是这一行的文字"
    assert blocks[1].splitlines() == [
        "- 日期：2021-03-05",
        "- 来源：某某日报",
        "- 作者：张三",
        "- 编辑：李四",
    ]
    assert blocks[2] == PROSE
    assert blocks[3] == "## 一、总体情况"
    # Text that would be a list item or a heading in Markdown stays a paragraph.
    assert blocks[4] == f"1\\. {SECOND}"
    assert blocks[5] == f"\\# \\*{THIRD}\\*\n"


def test_text_is_the_same_without_markup_and_several_paths_follow_each_other(
    tmp_path: Path,
) -> None:
    page = tmp_path / "page.txt"
    page.write_text(PAGE, encoding="utf-8")
    result = run_tui("article", str(page), str(page))
    assert result.returncode == 0, result.stderr
    one = "\n\n".join(
        [
            "标题就是这一行的文字",
            "日期：2021-03-05\n来源：某某日报\n作者：张三\n编辑：李四",
            PROSE,
            "一、总体情况",
            f"1. {SECOND}",
            f"# *{THIRD}*",
        ]
    )
    assert result.stdout == f"{one}\n\n{one}\n"
    assert "ICP" not in result.stdout and "首页" not in result.stdout


def test_a_missing_file_is_one_line_and_the_others_still_print() -> None:
    result = run_tui("article", "does-not-exist.txt", str(SEED), "--format", "json")
    assert result.returncode == 1
    assert len(result.stdout.splitlines()) == 1
    assert result.stderr.count("\n") == 1 and "does-not-exist.txt" in result.stderr


def test_an_unknown_format_is_a_usage_error() -> None:
    result = run_tui("article", str(SEED), "--format", "xml")
    assert result.returncode == 2
    assert result.stdout == "" and result.stderr.count("\n") == 1


def test_no_path_is_the_seed() -> None:
    result = run_tui("article", "--format", "json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["file"].endswith("000_948d13035be81ef7.txt")


def test_editors_stand_apart_from_authors_in_the_summary(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text(PAGE, encoding="utf-8")
    result = run_tui("summary", str(page), "--json")
    assert result.returncode == 0, result.stderr
    obj = json.loads(result.stdout)
    assert obj["authors"] == ["张三"] and obj["editors"] == ["李四"]
    keys = list(obj)
    assert keys.index("editors") == keys.index("authors") + 1
    shown = run_tui("summary", str(page))
    assert shown.returncode == 0, shown.stderr
    assert "张三 · 编辑 李四" in shown.stdout
    outline = run_tui("sections", str(page), "--json")
    assert json.loads(outline.stdout)["editors"] == ["李四"]

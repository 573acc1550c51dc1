"""A web page handed over as HTML (page.html) is read as a text browser shows it, then as any
page dump: a line per block, cells side by side, scripts and styles unseen."""

from __future__ import annotations

import json
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.cli import run_tui
from tests.made_up_page import ONE, THREE, TITLE, TWO
from tui.load import decode
from tui.parse import parse
from tui.text.html import html_to_text, is_html

PAGE = f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{TITLE}_某某网</title>
<style>p {{ color: red }}</style><script>var a = "<p>不是正文</p>";</script></head>
<body>
<div class="nav"><a href="/">首页</a> | <a href="/n">新闻</a> | <a href="/c">财经</a></div>
<div class="main">
<h1>{TITLE}</h1>
<div class="info"><span>2021-07-15 09:30</span>&nbsp;&nbsp;<span>来源：某某日报</span></div>
<p>　　{ONE}</p>
<p>　　{TWO[:20]}<b>{TWO[20:30]}</b>{TWO[30:]}</p>
<p>　　{THREE}</p>
<p>（责任编辑：王五）</p>
</div>
<ul><li><a href="/1">另一篇报道的标题放在这里</a></li><li>第二篇报道的标题也在这里</li></ul>
<div class="footer">版权所有 &copy; 某某日报社<br>粤ICP备12345678号</div>
</body></html>
"""


def test_a_web_page_is_read_as_its_dump() -> None:
    doc = parse(decode(PAGE.encode()).text)
    meta = doc.meta
    assert (meta.title, meta.date, meta.source, meta.editors) == (
        TITLE,
        "2021-07-15",
        "某某日报",
        ("王五",),
    )
    assert [p.text for p in doc.paragraphs] == [ONE, TWO, THREE]


def test_blocks_are_lines_and_what_no_reader_sees_is_left_out() -> None:
    text = html_to_text(PAGE)
    lines = text.splitlines()
    assert f"　　{TWO}" in lines  # a bold word inside a paragraph stays in its line
    assert "• 另一篇报道的标题放在这里" in lines
    assert "首页 | 新闻 | 财经" in lines
    assert "版权所有 © 某某日报社" in lines  # <br> breaks the line, an entity is its character
    assert "2021-07-15 09:30  来源：某某日报" in lines  # (&nbsp; is a space HTML keeps)
    for hidden in ("不是正文", "color", "_某某网"):
        assert hidden not in text


def test_cells_of_a_row_stand_side_by_side_and_preformatted_text_keeps_its_lines() -> None:
    html = (
        "<html><body><table><tr><td>发布日期：</td><td>2021-07-15</td>"
        "<td>来源：</td><td>某某日报</td></tr></table>"
        "<pre>def f():\n    return 1</pre></body></html>"
    )
    assert html_to_text(html).splitlines() == [
        "发布日期：    2021-07-15    来源：    某某日报",
        "",
        "def f():",
        "    return 1",
    ]


def test_a_page_whose_head_is_left_open_shows_its_body() -> None:
    assert html_to_text(f"<html><head><title>标题</title><p>{ONE}</p>") == f"{ONE}\n"


def test_only_a_page_that_opens_as_html_is_read_as_html() -> None:
    for page in ("<!DOCTYPE html><p>正文</p>", "\ufeff  <html lang=zh>", "<!-- 注释 -->\n<HEAD>"):
        assert is_html(page)
    for text in ("<p>一段讲 HTML 的文字</p>", "正文里写着 <html> 标签", "<htmlx>", "《标题》"):
        assert not is_html(text)
    # a text that quotes a tag is read as it is written
    assert decode("<b>粗体</b>是一个标签。".encode()).text == "<b>粗体</b>是一个标签。"


@settings(max_examples=200, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from(list("<>/=\"'&;! \n\tapbrdivhtmlscript标题正文")), max_size=200
    )
)
def test_any_markup_reads_as_text_without_failing(markup: str) -> None:
    text = html_to_text("<html>" + markup)
    assert text.endswith("\n")
    assert all(line == line.strip(" ") for line in text.splitlines())


def test_tui_opens_a_web_page_and_leaves_it_as_it_was(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_bytes(PAGE.encode("gb18030").replace(b"utf-8", b"gb2312"))
    before = page.read_bytes()
    done = run_tui("summary", str(page), "--json", "--no-cache")
    assert done.returncode == 0, done.stderr
    summary = json.loads(done.stdout)
    assert (summary["title"], summary["date"], summary["source"]) == (
        TITLE,
        "2021-07-15",
        "某某日报",
    )
    assert summary["stats"]["paragraphs"] == 3
    assert page.read_bytes() == before


def test_a_web_page_without_text_is_one_line_on_stderr(tmp_path: Path) -> None:
    page = tmp_path / "empty.html"
    page.write_text("<!DOCTYPE html><html><head><script>x()</script></head><body></body></html>")
    done = run_tui("summary", str(page), "--no-cache")
    assert done.returncode != 0
    assert done.stderr.strip().count("\n") == 0
    assert "no text" in done.stderr
    assert "Traceback" not in done.stderr


def test_a_control_in_a_page_is_shown_not_obeyed() -> None:
    page = "<!DOCTYPE html><p>\x1b[31m红字&#x202E;反向&#27;[0m</p>".encode()
    # (a reference to a control character is none: HTML reads it as nothing)
    assert decode(page).text == "␛[31m红字<U+202E>反向[0m\n"


def test_markup_the_standard_parser_would_rescan_is_read_at_once(tmp_path: Path) -> None:
    # 200,000 unclosed comments took the standard parser 267 s; CDATA sections 17 s
    prose = "<!DOCTYPE html><html><body><p>今天很好，我们去公园散步。</p>"
    for n, hostile in enumerate(("<!--" * 200_000, "<![CDATA[ >" * 100_000)):
        page = tmp_path / f"hostile{n}.html"
        page.write_text(prose + hostile)
        done = run_tui("summary", str(page), "--json", "--no-cache", timeout=60)
        assert done.returncode == 0, done.stderr
        assert json.loads(done.stdout)["summary"] == ["今天很好，我们去公园散步。"]


def test_a_picture_keeps_its_place_as_a_text_browser_marks_it() -> None:
    html = (
        f"<!DOCTYPE html><html><body><h1>{TITLE}</h1><p>2021-07-15 09:30 来源：某某日报</p>"
        f"<p>{ONE}</p><p><img src='/pics/a1b2c3d4.jpg?w=640'></p>"
        f"<p>{TWO}</p><p><img alt='新建的厂房' src='x.png'></p><p>{THREE}</p></body></html>"
    )
    text = html_to_text(html)
    assert "[a1b2c3d4]" in text.splitlines()  # as w3m marks it: the alt text, else the name
    assert "[新建的厂房]" in text.splitlines()
    assert [p.text for p in parse(text).paragraphs] == [ONE, TWO, THREE]

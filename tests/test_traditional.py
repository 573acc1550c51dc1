"""A page written in traditional characters: read in simplified ones, shown as written."""

from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.cli import run_tui
from tui.annotate import annotate, annotate_text
from tui.parse import parse
from tui.text.variants import simplified, written_in_traditional

_PAGE = (
    "臺灣經濟新聞\n\n"
    "2024年5月20日\n\n"
    "臺北市長柯文哲今天在市政府說：“這裡的經濟一定會越來越好，我們要繼續努力。”\n\n"
    "柯文哲還表示，臺灣的半導體產業在全世界都很有競爭力，青島海牛隊的球迷也來了。\n"
)


def test_a_traditional_text_is_read_in_simplified_characters_of_the_same_length():
    assert simplified("臺灣總統說，這裡的髮型") == "台湾总统说，这里的发型"
    assert simplified("广州和深圳") == "广州和深圳"


def test_a_simplified_text_with_stray_traditional_forms_is_left_as_it_is():
    # 後 in an old edition of a novel, 吒 of 哪吒: a few in a simplified text
    novel = "林冲听了，後来便去了。" + "宋江说道：你们且去。" * 20 + "哪吒"
    assert not written_in_traditional([novel])
    assert written_in_traditional(["臺灣總統今天說，這裡的經濟會越來越好。"])


def test_names_in_traditional_characters_are_found_and_shown_as_written():
    found = {(e.text, e.kind) for e in annotate_text("臺灣總統馬英九今天在臺北說，經濟要發展。")}
    assert {("臺灣", "place"), ("馬英九", "person"), ("臺北", "place")} <= found


def test_a_traditional_page_keeps_its_own_characters_in_mentions_quotes_and_speakers():
    document = parse(_PAGE)
    annotations = annotate(document)
    texts = {p.index: p.text for p in document.paragraphs}
    assert all(texts[e.paragraph][e.start : e.end] == e.text for e in annotations.entities)
    names = {(e.text, e.kind) for e in annotations.entities}
    assert {("柯文哲", "person"), ("臺灣", "place"), ("青島海牛隊", "org")} <= names
    (quote,) = annotations.quotes
    assert quote.speaker == "柯文哲"
    assert quote.text == "這裡的經濟一定會越來越好，我們要繼續努力。"


def test_the_command_line_shows_a_traditional_page_as_written(tmp_path):
    page = tmp_path / "page.txt"
    page.write_text(_PAGE, encoding="utf-8")
    result = run_tui("entities", str(page), "--json", "--kind", "person,place", "--no-cache")
    assert result.returncode == 0, result.stderr
    shown = {(o["kind"], o["text"]) for o in map(json.loads, result.stdout.splitlines())}
    assert ("person", "柯文哲") in shown and ("place", "臺灣") in shown
    assert page.read_text(encoding="utf-8") == _PAGE  # read, never changed


_TRADITIONAL = "臺灣總統說這裡經濟發展會議國際關係網絡電話張陳劉趙"
_ANY = _TRADITIONAL + "的了在和与是中国北京上海，。“”"


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=_ANY, max_size=60))
def test_every_mention_is_the_text_it_points_at(text):
    assert len(simplified(text)) == len(text)
    for entity in annotate_text(text):
        assert text[entity.start : entity.end] == entity.text


def test_a_traditional_page_has_its_keywords_and_key_sentences_as_written():
    from tui.analyse import analyse

    document = parse(_PAGE)
    insight = analyse(document, annotate(document))
    body = "".join(p.text for p in document.paragraphs)
    assert insight.keywords and all(keyword in body for keyword in insight.keywords)
    assert "臺灣" in insight.keywords or "經濟" in insight.keywords
    assert insight.summary and all(sentence in body for sentence in insight.summary)


def test_a_traditional_page_is_found_by_simplified_and_by_traditional_words_alike():
    from tui.text.search import search

    document = parse(_PAGE)
    for query in ("台湾", "臺灣", "taiwan"):
        found = [match.text for match in search(document, query)]
        assert found and set(found) == {"臺灣"}, query


_TRADITIONAL_PAGE = """首頁 | 新聞 | 財經 | 體育 | 娛樂

當前位置：首頁 > 新聞 > 財經

上半年經濟運行總體平穩

2021年07月15日 09:30  來源：某某日報  記者 張三

　　市政府昨天召開新聞發佈會，介紹上半年全市經濟運行情況。統計局負責人表示，主要指標好於預期。

　　發佈會上，統計局負責人表示，工業生產穩步回升，消費市場持續回暖，就業形勢總體穩定。

　　下一步，全市將繼續落實各項穩增長措施，加大對中小企業的支持力度，確保全年目標完成。

（責任編輯：王五）

相關新聞

另一篇報道的標題放在這裡

第二篇報道的標題也在這裡

版權所有 © 某某日報社 粵ICP備12345678號
"""


def test_a_traditional_page_s_labels_are_read_and_its_fields_shown_as_written():
    doc = parse(_TRADITIONAL_PAGE)
    meta = doc.meta
    assert (meta.title, meta.date, meta.source, meta.authors, meta.editors, meta.category) == (
        "上半年經濟運行總體平穩",
        "2021-07-15",
        "某某日報",
        ("張三",),
        ("王五",),
        "財經",
    )
    lines = _TRADITIONAL_PAGE.splitlines()
    assert [p.text for p in doc.paragraphs] == [lines[i].strip() for i in (8, 10, 12)]
    assert "\n".join(doc.lines) == _TRADITIONAL_PAGE  # the raw view shows the page as written


def test_a_traditional_page_s_wrapped_paragraph_is_joined_as_written():
    text = "發佈會上，統計局負責人表示，工業生產穩步回升，消費市場持續回暖，就業形勢總體穩定。" * 3
    wrapped = "\n".join(text[i : i + 40] for i in range(0, len(text), 40))
    doc = parse(f"上半年經濟運行總體平穩\n\n2021年07月15日 來源：某某日報\n\n{wrapped}\n")
    assert [p.text for p in doc.paragraphs] == [text]


_TRADITIONAL_PIECES = [*_TRADITIONAL_PAGE.splitlines(keepends=True), "發", "髮", "後", "\n", "  "]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(_TRADITIONAL_PIECES), min_size=1, max_size=40).map("".join))
def test_what_a_traditional_page_gives_is_written_in_its_own_characters(text: str) -> None:
    doc = parse(text)
    written = set(text)
    for value in (doc.meta.title, doc.meta.source, doc.meta.category, *doc.meta.authors):
        assert value is None or set(value) <= written | {" "}
    for paragraph in doc.paragraphs:
        assert set(paragraph.text) <= written | {" "}
    assert "\n".join(doc.lines) == text.replace("\r\n", "\n")

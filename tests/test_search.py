"""Search by Chinese text and by pinyin, as `tui search` and the explorer's / use it."""

from __future__ import annotations

import string

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from tui.model import Document, Metadata, Paragraph, Section
from tui.text.pinyin import PinyinQuery, readings
from tui.text.search import Match, search


def document_of(*texts: str) -> Document:
    paragraphs = tuple(Paragraph(i, 0, t, i + 1, i + 1) for i, t in enumerate(texts))
    section = Section(0, None, None, None, None, paragraphs)
    return Document("t.txt", texts, ("body",) * len(texts), Metadata(), (section,))


TEXT = document_of(
    "广州和深圳是两座大城市,广州的早茶很有名。",
    "重庆、西安与先生;绿色的女子。",
    "Guangzhou is 广州 in English; CSDN 的文章。",
)


def found(query: str, document: Document = TEXT) -> list[tuple[int, str]]:
    return [(m.paragraph, m.text) for m in search(document, query)]


def test_chinese_substring() -> None:
    assert found("广州") == [(0, "广州"), (0, "广州"), (2, "广州")]
    assert found("不存在") == []
    assert found("  ") == []


def test_full_pinyin_with_or_without_spaces_and_tones() -> None:
    expected = [(0, "广州"), (0, "广州"), (2, "Guangzhou"), (2, "广州")]
    assert found("guangzhou") == expected
    assert found("guang zhou") == [(0, "广州"), (0, "广州"), (2, "广州")]
    assert found("GuangZhou") == expected
    assert found("guang3zhou1") == [(0, "广州"), (0, "广州"), (2, "广州")]


def test_initials_and_mixed() -> None:
    assert (0, "广州") in found("gz")
    assert (0, "深圳") in found("sz")
    for query in ("guangz", "gzhou", "gzh"):
        assert found(query).count((0, "广州")) == 2, query
    assert (0, "深圳") in found("shenzh")


def test_a_typed_zh_ch_or_sh_is_one_initial() -> None:
    """The h after z, c or s opens no syllable of its own: guangzhou is 广州, never 光之后
    (guang, z for zhi, hou); a break typed between them parts them."""
    text = document_of("事情曝光之后，广州的城市生活照常。", "粗活与重活。")
    assert found("guangzhou", text) == [(0, "广州")]
    assert found("zhihou", text) == [(0, "之后")]
    assert found("guangz'hou", text) == [(0, "光之后")]
    assert found("chuo", text) == []  # no 戳 here, and not 粗活 as c huo
    assert found("c'huo", text) == [(1, "粗活")]
    assert found("cuhuo", text) == [(1, "粗活")]


def test_han_characters_mixed_into_pinyin_stand_for_themselves() -> None:
    for query in ("广zhou", "guang州", "g州", "广z"):
        assert found(query).count((0, "广州")) == 2, query
    assert (1, "西安") in found("xi安")
    assert (0, "深圳") not in found("广zhen")


def test_a_word_is_read_as_it_is_read_in_context() -> None:
    assert (1, "重庆") in found("chongqing")
    assert (1, "重庆") not in found("zhongqing")  # 重庆 is chóngqìng, whatever else 重 is
    text = document_of("两地合作的基础在于互信。", "箱子很重,他背不动。")
    assert found("hezuo", text) == [(0, "合作")]
    assert found("gezuo", text) == []  # 合 is also gě, but not in 合作
    # A polyphone outside any word the dictionary knows is found by any of its readings.
    assert found("henzhong", text) == found("henchong", text) == [(1, "很重")]


def test_syllable_breaks_typed_by_the_reader_are_kept() -> None:
    assert (1, "西安") in found("xian")
    assert (1, "先") in found("xian")
    assert (1, "先") not in found("xi an")
    assert (1, "先") not in found("xi'an")
    assert (1, "西安") in found("xi'an")


def test_u_umlaut_as_v_or_u() -> None:
    assert (1, "绿色") in found("lvse")
    assert (1, "绿色") in found("luse")
    assert (1, "女") in found("nv")


def test_latin_text_is_found_case_insensitively() -> None:
    assert found("csdn") == [(2, "CSDN")]
    assert found("english") == [(2, "English")]


def test_matches_do_not_overlap_and_are_in_order() -> None:
    matches = search(TEXT, "guangzhou")
    keys = [(m.paragraph, m.start) for m in matches]
    assert keys == sorted(keys)
    for a, b in zip(matches, matches[1:], strict=False):
        assert a.paragraph != b.paragraph or a.end <= b.start


def test_what_is_not_pinyin() -> None:
    assert PinyinQuery.parse("广州") is None
    assert PinyinQuery.parse("g") is None  # one letter would match a tenth of any text
    assert PinyinQuery.parse("c++") is None
    assert PinyinQuery.parse("xi'an") == PinyinQuery("xian", frozenset({2}))


def test_readings_of_a_polyphone() -> None:
    assert {"zhong", "chong"} <= set(readings("重"))
    assert readings("a") == ()


# --- properties ---------------------------------------------------------------------------

HAN = st.sampled_from("广州深圳重庆西安先生绿色女子的是在有人中国大学城市合作发展")
CHARS = st.one_of(HAN, st.sampled_from(string.ascii_letters + " ,。“”《》0123456789"))
PARAGRAPH = st.text(CHARS, min_size=1, max_size=60)


@settings(max_examples=150, deadline=None)
@given(st.lists(PARAGRAPH, min_size=1, max_size=4), st.text(CHARS, min_size=1, max_size=8))
def test_every_match_is_the_paragraph_slice(texts: list[str], query: str) -> None:
    document = document_of(*texts)
    for match in search(document, query):
        assert isinstance(match, Match)
        text = document.paragraphs[match.paragraph].text
        assert 0 <= match.start < match.end <= len(text)
        assert match.text == text[match.start : match.end]


@settings(max_examples=150, deadline=None)
@given(st.lists(PARAGRAPH, min_size=1, max_size=4), st.data())
def test_a_substring_of_a_paragraph_is_found_there(texts: list[str], data: st.DataObject) -> None:
    document = document_of(*texts)
    index = data.draw(st.integers(0, len(texts) - 1))
    text = texts[index]
    start = data.draw(st.integers(0, len(text) - 1))
    end = data.draw(st.integers(start + 1, len(text)))
    query = text[start:end]
    assume(query.strip())
    found_here = [m.text.lower() for m in search(document, query) if m.paragraph == index]
    assert query.strip().lower() in found_here

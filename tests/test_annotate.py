"""The annotator on the seed, on corpus articles and on any text (property tests)."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from tui.annotate import annotate, annotate_text
from tui.model import Document, Paragraph, Section
from tui.parse import parse

ROOT = Path(__file__).resolve().parent.parent
SEED = next((ROOT / "seeds").glob("*.txt"))
from tests.documents import SHARED, SHARED_MISSING  # noqa: E402

SEED_PEOPLE = {
    "陈鸿宇",
    "王锦侠",
    "习近平",
    "党岱",
    "何国勇",
    "冯圣中",
    "陈俊龙",
    "嵇世山",
    "潘雪花",
}


@pytest.fixture(scope="module")
def seed():
    document = parse(SEED.read_text(encoding="utf-8"), name=str(SEED))
    return document, annotate(document)


def names(annotations, kind: str) -> set[str]:
    return {e.text for e in annotations.entities if e.kind == kind}


def test_all_nine_people_of_the_seed(seed):
    _, annotations = seed
    assert names(annotations, "person") >= SEED_PEOPLE


def test_nothing_absurd_is_a_person(seed):
    _, annotations = seed
    people = names(annotations, "person")
    # Every person is one of the nine or a foreign name written with a dot (诺伯特·维纳).
    assert all(p in SEED_PEOPLE or "·" in p for p in people), people


def test_organisations_a_reader_would_mark(seed):
    _, annotations = seed
    orgs = names(annotations, "org")
    for org in (
        "华南理工大学",
        "国家超级计算深圳中心",
        "广东省委党校",
        "广州恒运企业集团股份有限公司",
        "深圳市氢雄燃料电池有限公司",
        "广州市半导体协会",
        "清华珠三角研究院",
    ):
        assert org in orgs


# Every organisation the seed names (a careful reader's list); nothing else may be marked.
SEED_ORGS = {
    "清华珠三角研究院",
    "深圳清华大学研究院",
    "清华大学",
    "广州恒运企业集团股份有限公司",
    "恒运集团",
    "国家超级计算深圳中心",
    "广州市半导体协会",
    "粤港澳大湾区半导体产业联盟",
    "中共中央",
    "国务院",
    "中共广东省委全面深化改革委员会",
    "广东省委",
    "广东省委党校",
    "前海蛇口自贸片区管委会",
    "前海管理局",
    "广州雄韬氢恒科技有限公司",
    "深圳市氢雄燃料电池有限公司",
    "深圳市社会科学院",
    "深圳市社会科学院办公室",
    "华为",
    "华南理工大学",
    "香港浸会大学",
    "OPPO",
    "VIVO",
    "IEEE",
}


def test_no_phrase_is_taken_for_an_organisation(seed):
    _, annotations = seed
    assert names(annotations, "org") <= SEED_ORGS


def test_alias_is_linked_to_its_full_name(seed):
    _, annotations = seed
    linked = {e.text: e.canonical for e in annotations.entities if e.canonical}
    assert linked.get("恒运集团") == "广州恒运企业集团股份有限公司"


def test_places(seed):
    _, annotations = seed
    assert {"广州", "深圳", "萝岗区", "旧金山", "香港"} <= names(annotations, "place")


def test_short_forms_zones_and_world_cities_are_places(seed):
    # 南沙 and 增城 (districts by their short forms), 前海 (the zone its 管理局 runs), 圣何塞
    _, annotations = seed
    assert {"南沙", "增城", "前海", "圣何塞"} <= names(annotations, "place")


def test_latin_names_of_companies_and_bodies_are_organisations(seed):
    _, annotations = seed
    assert {"OPPO", "VIVO", "IEEE"} <= names(annotations, "org")


def test_the_place_inside_an_organisation_is_no_place_of_its_own(seed):
    _, annotations = seed
    assert "珠三角" not in names(annotations, "place")
    assert "清华珠三角研究院" in names(annotations, "org")


def test_times_numbers_titles(seed):
    _, annotations = seed
    assert {"2019年11月25日", "2019年底", "去年9月", "2018年"} <= names(annotations, "time")
    assert {"212亿元", "58.55%", "1612家", "12英寸", "十余次"} <= names(annotations, "number")
    assert {"《深化合作框架协议》", "《报告》"} <= names(annotations, "title")


def test_a_name_found_once_is_found_at_every_mention(seed):
    document, annotations = seed
    for person in ("嵇世山", "陈鸿宇"):
        mentions = sum(p.text.count(person) for p in document.paragraphs)
        found = [e for e in annotations.entities if e.text == person]
        assert len(found) == mentions


def test_entities_sorted_and_match_their_paragraph(seed):
    document, annotations = seed
    paragraphs = document.paragraphs
    keys = [(e.paragraph, e.start) for e in annotations.entities]
    assert keys == sorted(keys)
    for e in annotations.entities:
        assert paragraphs[e.paragraph].text[e.start : e.end] == e.text


def test_plain_text_offsets():
    text = "新华社北京5月7日电 国务院副总理李岚清在青海省曲麻莱县考察。"
    found = {(e.text, e.kind) for e in annotate_text(text)}
    assert ("新华社", "org") in found
    assert ("北京", "place") in found
    assert ("青海省", "place") in found and ("曲麻莱县", "place") in found
    for e in annotate_text(text):
        assert text[e.start : e.end] == e.text


def test_a_place_before_a_generic_tail_is_the_place():
    # jieba holds 亚洲各国/ns as one word: the countries of Asia mention Asia
    for text, place in (("使亚洲各国对日出口下降。", "亚洲"), ("欧洲各国领导人出席。", "欧洲")):
        found = {(e.text, e.kind) for e in annotate_text(text)}
        assert found == {(place, "place")}


def test_country_abbreviations_split():
    found = {(e.start, e.text) for e in annotate_text("中美关系和中俄两国") if e.kind == "place"}
    assert {(0, "中"), (1, "美"), (5, "中"), (6, "俄")} <= found


def _document(texts: list[str]) -> Document:
    paragraphs = tuple(Paragraph(i, 0, t, i + 1, i + 1) for i, t in enumerate(texts))
    return Document(
        name="t",
        lines=tuple(texts),
        roles=tuple("body" for _ in texts),
        meta=__import__("tui.model", fromlist=["Metadata"]).Metadata(),
        sections=(Section(0, None, None, None, None, paragraphs),),
    )


def test_no_shorter_name_stands_inside_a_work_named_as_a_whole():
    # 满江 is a person where the text says so (满江说); 满江/ns alone, jieba's guess, is a
    # phrase ("all over the river") since the landform rules read 满 as "all over"
    document = _document(
        ["满江说，他在江边等了很久。", "次日又作《满江红》词。", "《满江》是一首歌。"]
    )
    names = {(e.paragraph, e.text) for e in annotate(document).entities if e.kind != "title"}
    assert (0, "满江") in names
    # the document's other mention is no mention inside a title that is no word of it
    assert not {(1, "满江"), (1, "满江红"), (2, "满江")} & names


def test_a_name_the_page_gives_as_a_body_is_the_body_where_nothing_says_otherwise():
    document = _document(
        [
            "西北地区一家路虎品牌的经销商表示，销量下降。",
            "当时捷豹路虎旗下多款车型出现供不应求，路虎单车加价幅度甚至高达10万余元。",
        ]
    )
    kinds = {(e.text, e.kind) for e in annotate(document).entities if e.kind in ("person", "org")}
    assert ("路虎", "org") in kinds
    assert ("路虎", "person") not in kinds
    # … but a person the page names as one more often than as a brand stays a person
    document = _document(["李宁说，他很高兴。", "李宁表示，还要努力。", "李宁品牌的鞋卖得很好。"])
    people = [e.text for e in annotate(document).entities if e.kind == "person"]
    assert people == ["李宁", "李宁"]


def test_a_name_that_ends_a_bodys_name_on_the_page_is_that_body():
    # jieba holds 紫光/nr 展锐/nr as two names; the page names the company whole once
    document = _document(
        ["紫光展锐公司发布了新芯片。", "紫光展锐的芯片已经量产，展锐还将推出新品。"]
    )
    found = {(e.text, e.kind, e.canonical) for e in annotate(document).entities}
    assert ("紫光展锐", "org", "紫光展锐公司") in found
    assert ("展锐", "org", "紫光展锐公司") in found
    assert not {e for e in found if e[1] == "person"}
    # … not a person the page names as one (李宁说), nor a kind of body every level has
    document = _document(["中国李宁公司发布了新品。", "李宁说，他很高兴。"])
    people = [e.text for e in annotate(document).entities if e.kind == "person"]
    assert people == ["李宁"]
    document = _document(["全国人民代表大会选举主任。", "人民代表大会由选举产生。"])
    links = {(e.text, e.canonical) for e in annotate(document).entities if e.kind == "org"}
    assert ("人民代表大会", "") in links


def test_a_short_name_links_to_its_body_not_to_another_of_the_same_kind():
    document = _document(["南京师范大学陆玉麒教授发言。", "南京大学黄贤金教授也作了报告。"])
    links = {(e.text, e.canonical) for e in annotate(document).entities if e.kind == "org"}
    assert ("南京大学", "") in links  # another university, not 南京师范大学
    # … where a company's short name leaves out the words inside its full name
    document = _document(
        ["深圳华星企业集团股份有限公司成立于1990年。", "华星集团表示，将扩大投资。"]
    )
    links = {(e.text, e.canonical) for e in annotate(document).entities if e.kind == "org"}
    assert ("华星集团", "深圳华星企业集团股份有限公司") in links


def test_a_contracted_name_links_to_the_one_body_it_contracts():
    # a character of each word, in order: 江城农大 of 江城农业大学, 发改委 of 发展和改革委员会
    document = _document(["江城农业大学召开会议。", "江城农大的学生参加了活动。"])
    links = {(e.text, e.canonical) for e in annotate(document).entities if e.kind == "org"}
    assert ("江城农大", "江城农业大学") in links
    document = _document(["东海省发展和改革委员会发布通知。", "东海省发改委表示，将加大支持。"])
    links = {(e.text, e.canonical) for e in annotate(document).entities if e.kind == "org"}
    assert ("东海省发改委", "东海省发展和改革委员会") in links
    # … not when two bodies fit it, nor a contraction of two characters (中大: which one?)
    document = _document(["江城农业大学和江城农林大学召开会议。", "江城农大的学生参加了活动。"])
    links = {(e.text, e.canonical) for e in annotate(document).entities if e.kind == "org"}
    assert ("江城农大", "") in links


def test_a_title_several_hold_is_no_given_name():
    # 都监 after 张 and after 兵马: a title, not the given name of 张都监 (智深 is 鲁智深's)
    document = _document(
        ["张都监叫人牵马来。", "张都监道：“好。”", "张都监大喜。", "张都监又道：“来。”"]
        + ["兵马都监闻达喝道：“且住！”", "兵马都监李成上厅。", "都监相公不住地唤武松。"]
    )
    people = {e.text for e in annotate(document).entities if e.kind == "person"}
    assert "都监" not in people
    assert {"闻达", "李成"} <= people
    # … nor what follows a surname-like character in words of its own (马入城, 许入城: the
    # horses, and 许 "allowed", go into the city)
    document = _document(
        ["众军马入城。", "马入城去了。", "许入城也来了。", "许入城又来。", "入城之后，大家歇了。"]
        + ["马入城道：“好。”"] * 3
    )
    assert "入城" not in {e.text for e in annotate(document).entities if e.kind == "person"}


def test_a_name_with_the_next_words_character_glued_on_names_no_one_else():
    # 苗雄骤/nr (马而来): written once, it is 苗雄 and the next word's first character: not
    # the full name 苗雄 stands for, nor a name of its own
    document = _document(["苗雄大怒，提刀上马。", "只见苗雄骤马而来。"] + ["苗雄道：“且住！”"] * 4)
    linked = {(e.text, e.canonical) for e in annotate(document).entities if e.kind == "person"}
    assert ("苗雄", "") in linked and ("苗雄", "苗雄骤") not in linked
    assert {text for text, _ in linked} == {"苗雄"}  # 苗雄骤 is no one
    # … where a two-character name written now and then with a third character is that
    # person's full name (武大 of 武大郎)
    document = _document(["武大郎挑着担儿回来。", "武大郎道：“来了。”"] + ["武大道：“好。”"] * 4)
    linked = {(e.text, e.canonical) for e in annotate(document).entities if e.kind == "person"}
    assert ("武大", "武大郎") in linked


def test_a_verb_and_dao_before_a_quote_is_no_one():
    # 谢道：“…” (thanked, saying): the 道 of older prose, no one of the surname 谢
    document = _document(
        ["武松起身谢道：“多承哥哥厚意。”", "宋江大喜，称谢道：“感承施主。”", "那妇人谢道：“多谢。”"]
    )
    assert "谢道" not in {e.text for e in annotate(document).entities if e.kind == "person"}


def test_older_prose_points_at_people_as_well_as_at_nouns():
    # 这阎婆: a surname and 婆 (an old woman of that family), however often pointed at
    document = _document(["阎婆笑道：“押司来了。”", "这阎婆便去开门。", "这阎婆又说：“好。”"])
    assert "阎婆" in {e.text for e in annotate(document).entities if e.kind == "person"}
    # 这殷天锡: a full name after a rarer surname pointed at now and then …
    document = _document(
        [
            "殷天锡骑马而来。",
            "这殷天锡好生无礼。",
            "那殷天锡大怒。",
            "殷天锡喝叫众人动手。",
            "众人拿住殷天锡。",
        ]
    )
    assert "殷天锡" in {e.text for e in annotate(document).entities if e.kind == "person"}


def test_an_old_woman_by_her_surname_is_not_her_daughter():
    # 阎婆 (old woman Yan) and 阎婆惜 (her daughter): the head names its own person
    document = _document(
        [
            "阎婆笑道：“押司来了。”",
            "阎婆惜在楼上听得。",
            "阎婆又说：“好。”",
            "阎婆惜不肯下来。",
            "阎婆便去开门。",
        ]
    )
    names = {e.text: e.name for e in annotate(document).entities if e.kind == "person"}
    assert names["阎婆"] != "阎婆惜"


def test_a_name_whose_first_character_closes_a_word_before_it_is_no_name():
    # 军/n 马回营/nr: 军马 (warhorses) and 回营 (back to camp), jieba's guess of a name
    people = {e.text for e in annotate_text("宋江收拾军马回营，次日再战。") if e.kind == "person"}
    assert "马回营" not in people
    # … and in a document, where most of its mentions close 军马 or 兵马 (引军/n 马出城/nr)
    document = _document(
        ["待我军马出城，一面等他。", "高俅先发御营军马出城。", "呼延灼摆布三路兵马出城。"]
    )
    assert "马出城" not in {e.text for e in annotate(document).entities if e.kind == "person"}
    # … however rare the word (拍马 "to spur a horse", 走马)
    for text in ("众人见了，拍马直抢过来。", "只听得走马摇铃，一路响过来。"):
        assert not [e for e in annotate_text(text) if e.kind == "person"]
    # … but not a title's last character before a name (主任 何平: 任何 "any")
    document = _document(
        ["办公室主任何平表示，已完成。", "主任何平说，明年还要扩大。", "据主任何平介绍，进展顺利。"]
    )
    people = [e.text for e in annotate(document).entities if e.kind == "person"]
    assert people == ["何平", "何平", "何平"]


def test_where_one_comes_from_is_no_person():
    # 祖贯/nr: the ancestral home older prose writes before the place
    document = _document(
        [
            "那汉道：“小人姓刘，名唐，祖贯东潞州人氏；因这鬓边有这搭朱砂记。”",
            "那个说道：“小人姓吕，名方，祖贯潭州人氏。”",
            "这人姓时，名迁，祖贯是高唐州人氏。",
        ]
    )
    assert "祖贯" not in {e.text for e in annotate(document).entities if e.kind == "person"}


def test_someone_older_prose_points_at_stays_a_person():
    # 那张都监, 这张都监: three characters after a common surname are the man pointed at
    document = _document(
        ["那张都监便对武松道：“你是个壮士。”", "这张都监是我父亲的上司官。", "张都监叫人牵马来。"]
    )
    people = [e.text for e in annotate(document).entities if e.kind == "person"]
    assert people.count("张都监") == 3
    # … and so is a surname with a title after it (这洪太尉, 那洪教头: jieba's 那洪/nr)
    document = _document(
        ["那洪教头说道：“休拜。起来。”", "这洪教头必是大官人的师父。", "洪教头先起身。"]
    )
    people = [e.text for e in annotate(document).entities if e.kind == "person"]
    assert people == ["洪", "洪", "洪"]
    # … where a word of two characters after 那 and 这 is a noun (那庄客: that farmhand)
    document = _document(["那庄客道：“小人不知。”", "那庄客去了。", "这庄客又来了。"])
    assert not [e for e in annotate(document).entities if e.kind == "person"]


def test_a_surname_with_a_courtesy_title_stands_for_the_one_full_name():
    document = _document(["市民温建华说，他住在这里。", "温先生表示，他很满意。"])
    people = {(e.text, e.canonical) for e in annotate(document).entities if e.kind == "person"}
    assert people == {("温建华", ""), ("温先生", "温建华")}


def test_an_interviewee_by_a_courtesy_title_alone_is_no_one_else_of_the_surname():
    # the one 李 named in full comes later, and is someone else (a premier in a list of links)
    document = _document(["李先生告诉记者，他亏了不少。", "李克强说，要培育资本市场。"])
    people = {(e.text, e.canonical) for e in annotate(document).entities if e.kind == "person"}
    assert people == {("李先生", ""), ("李克强", "")}


# People a reader of these corpus articles names (BBC on Hong Kong politics; a Hebei news page).
CORPUS_PEOPLE = {
    "c11_bbc.txt": {"梁振英", "何俊仁", "唐英年", "黄国健", "习近平", "金正恩", "曼德拉", "邵逸夫"},
    "c05_hexinhua.txt": {"王贵鹏", "张晓阳"},
}


@pytest.mark.skipif(SHARED is None, reason=SHARED_MISSING)
@pytest.mark.parametrize("name", sorted(CORPUS_PEOPLE))
def test_corpus_people_are_plausible(name):
    path = SHARED / "corpus" / name
    if not path.is_file():
        pytest.skip(f"{name} absent")
    from tui.annotate.gazetteer import surnames
    from tui.annotate.tags import transliterated
    from tui.load import read_path

    document = parse(read_path(path).text, name=name)
    people = {e.text for e in annotate(document).entities if e.kind == "person"}
    # Those of the reader's list that the body holds (the page's link lists are boilerplate).
    named = {n for n in CORPUS_PEOPLE[name] if any(n in p.text for p in document.paragraphs)}
    assert len(named) >= 2
    assert named <= people
    for person in people:
        # a Chinese name (surname + one or two characters) or a transliterated foreign one
        chinese = person[0] in surnames() and 2 <= len(person) <= 3
        assert chinese or transliterated(person.replace("·", "")), person


_han = st.text(
    alphabet=st.sampled_from(
        list("中国美广州深圳陈王李说表示认为公司大学集团年月日1234.%“”，。《》·")
    ),
    max_size=60,
)


@settings(max_examples=60, deadline=None)
@given(st.one_of(_han, st.text(max_size=40)))
@example("编辑于")  # a title, then a preposition that is a surname, ends the text
@example("李阿向")  # a name that ends in a preposition (向) ends the text
@example("李第队")  # a run jieba tagged a count, before a team's 队
def test_any_text_annotates_within_bounds(text):
    first = annotate_text(text)
    assert first == annotate_text(text)  # deterministic
    by_kind: dict[str, list] = {}
    for e in first:
        assert 0 <= e.start < e.end <= len(text)
        assert text[e.start : e.end] == e.text
        by_kind.setdefault(e.kind, []).append(e)
    for spans in by_kind.values():
        spans.sort(key=lambda e: e.start)
        for a, b in zip(spans, spans[1:], strict=False):
            assert a.end <= b.start  # spans of one kind do not overlap


@settings(max_examples=30, deadline=None)
@given(st.lists(_han, min_size=1, max_size=4))
def test_any_document_annotates_within_bounds(texts):
    document = _document(texts)
    annotations = annotate(document)
    assert annotations == annotate(document)
    for e in annotations.entities:
        assert texts[e.paragraph][e.start : e.end] == e.text
    for q in annotations.quotes:
        text = texts[q.paragraph]
        assert text[q.start] in "“「"
        # a quote is closed in the paragraph, or left open to its end (it goes on in the next)
        assert text[q.end - 1] in "”」" or q.end == len(text)
        assert q.text in (text[q.start + 1 : q.end - 1], text[q.start + 1 : q.end])


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.text(alphabet="宋江武松大郎", min_size=1, max_size=4), min_size=1, max_size=6),
    st.one_of(
        st.text(alphabet="宋江武松大郎说。", max_size=40),
        st.text(alphabet="宋江武松大郎说。", min_size=60, max_size=200),
    ),
)
def test_later_mentions_are_found_leftmost_and_longest_first(names, text):
    """The finder behind "a name recognised once is recognised everywhere" matches what a
    regular expression of the names, longest first, matches: on a short text, which it walks,
    and on a long one, where it looks for the names' first characters (six at most, so from
    48 characters on)."""
    import re

    from tui.annotate import _longest_mentions

    oracle = re.compile("|".join(map(re.escape, sorted(set(names), key=len, reverse=True))))
    expected = [(m.start(), m.end()) for m in oracle.finditer(text)]
    assert _longest_mentions(names)(text) == expected


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("学习马克思主义理论和贯彻党的方针。", ["马克思"]),  # jieba: 马克思主义/n
        ("坚持毛泽东思想、邓小平理论。", ["毛泽东", "邓小平"]),  # jieba: …/nr
        ("以马克思列宁主义为指导。", ["马克思", "列宁"]),  # jieba: 马克思列宁主义/ns
        ("坚持社会主义和唯物主义，发展经济理论。", []),
        ("他宣传爱国主义思想。", []),
    ],
)
def test_a_doctrine_names_the_person_behind_it_and_only_a_person(text, people):
    assert [e.text for e in annotate_text(text) if e.kind == "person"] == people


def test_plain_cli_gives_what_annotate_text_gives(tmp_path):
    """`tui entities --plain` is how the annotator is measured from outside: each line alone."""
    import json
    import subprocess
    import sys

    lines = ["新华社北京5月7日电 国务院副总理李岚清在青海省考察。", "", "中美关系和中俄两国"]
    lines += lines  # a line met again is remembered, not annotated again: the same entities
    source = tmp_path / "lines.txt"
    source.write_text("\n".join(lines), encoding="utf-8")
    run = subprocess.run(
        [sys.executable, "-m", "tui", "entities", str(source), "--plain", "--json"],
        capture_output=True,
        cwd=ROOT,
        check=True,
    )
    rows = [json.loads(line) for line in run.stdout.decode("utf-8").splitlines()]
    expected = [
        {"line": n, "start": e.start, "end": e.end, "kind": e.kind, "text": e.text}
        for n, line in enumerate(lines)
        for e in annotate_text(line)
    ]
    assert rows == expected
    assert {"line": 2, "start": 0, "end": 1, "kind": "place", "text": "中"} in rows


def test_declared_short_name_is_linked_and_found_everywhere():
    document = _document(
        [
            "中国银行保险监督管理委员会（以下简称“银保监会”）昨天发布通知。",
            "银保监会要求各银行加强管理。",
        ]
    )
    linked = [e for e in annotate(document).entities if e.text == "银保监会"]
    assert {e.paragraph for e in linked} == {0, 1}
    assert all(e.kind == "org" and e.canonical == "中国银行保险监督管理委员会" for e in linked)


def test_a_title_declared_short_links_to_the_full_title(seed):
    _, annotations = seed
    short = [e for e in annotations.entities if e.text == "《报告》"]
    assert short and all(e.canonical == "《2019年度广东区域综合竞争力报告》" for e in short)


def test_parent_organisation_is_not_an_alias_of_its_institute(seed):
    _, annotations = seed
    assert all(e.canonical == "" for e in annotations.entities if e.text == "清华大学")


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        ("2019年11月25日，全会召开。", "time", "2019年11月25日"),
        ("发表日期:2020-01-13 ", "time", "2020-01-13"),
        ("上世纪90年代以来，城市扩张。", "time", "上世纪90年代以来"),
        ("去年9月投产后，产能提升。", "time", "去年9月"),
        ("总投资达212亿元。", "number", "212亿元"),
        ("合计占全省的58.55%。", "number", "58.55%"),
        ("新建厂房2.8万平方米。", "number", "2.8万平方米"),
        ("最高气温38℃，夜间降至零下5摄氏度。", "number", "38℃"),
        ("最高气温38℃，夜间降至零下5摄氏度。", "number", "零下5摄氏度"),
        ("合作已高达十余次。", "number", "十余次"),
        ("增速提高三点五个百分点。", "number", "三点五个百分点"),
        ("占比超过百分之五十。", "number", "百分之五十"),
        # an approximate count keeps the word that makes it one
        ("该项目总投资数十亿元。", "number", "数十亿元"),
        ("约有近千人参加。", "number", "近千人"),
        ("上万名志愿者参与了服务。", "number", "上万名"),
        ("几十个人围了上来。", "number", "几十个"),
        # a unit whole, not the shorter unit it starts with (分钟, 分贝, 分米: not 分)
        ("比赛第89分钟，他攻入一球。", "number", "第89分钟"),
        ("噪声不得超过55分贝。", "number", "55分贝"),
        ("树苗高约9分米。", "number", "9分米"),
        # … a count of months (个月), and a month written with 份, unless 份 opens a word
        ("工期缩短了三个月。", "number", "三个月"),
        # … and of hours, weeks and working days, not a count of 个 before them
        ("他已经连续工作了36个小时。", "number", "36个小时"),
        ("休息了两个星期。", "number", "两个星期"),
        ("审批需要5个工作日。", "number", "5个工作日"),
        # copies and pages are counted
        ("这部小说销量突破2000万册。", "number", "2000万册"),
        ("全书共320页。", "number", "320页"),
        # a count of years after a word that counts, not a year of two digits
        ("他在深圳打工已有20年。", "number", "20年"),
        ("98年他来到深圳。", "time", "98年"),
        # a duration in smaller units after its first, a race's seconds with hundredths
        ("他以2小时01分09秒的成绩打破纪录。", "number", "2小时01分09秒"),
        ("比赛还剩3分12秒。", "number", "3分12秒"),
        ("他以9秒83的成绩夺冠。", "number", "9秒83"),
        # an index's points: a decimal or three digits and more, never a clock's hour
        ("沪指收盘报3250.12点，下跌0.45%。", "number", "3250.12点"),
        ("道指盘中一度下跌超过800点。", "number", "800点"),
        ("自6月份以来，价格上涨。", "time", "6月份"),
        ("该基金6月份额增长了一倍。", "time", "6月"),
        # a clock's minutes make it a time whatever follows (not a figure of 45 minutes), and
        # the part of the day before it is the time's
        ("比赛于清晨4时45分结束。", "time", "清晨4时45分"),
        ("会议下午3点半开始。", "time", "下午3点半"),
        ("晚上8点，他回家了。", "time", "晚上8点"),
        ("客人下午两点到达。", "time", "下午两点"),
        ("凌晨一点钟，他醒了。", "time", "凌晨一点钟"),
        # … and a date, with the part of the day and its hour, is one time
        ("会议于3月5日上午9时在北京开幕。", "time", "3月5日上午9时"),
        ("25日晚8点半，大会开幕。", "time", "25日晚8点半"),
        ("报名截止时间为2024年6月30日17:00。", "time", "2024年6月30日17:00"),
        ("预计26日08时前后登陆。", "time", "26日08时"),
        # a quarter or a half of the year, alone or after the year
        ("一季度营收同比增长12.3%。", "time", "一季度"),
        ("今年前三季度，全国经济增长5.2%。", "time", "今年前三季度"),
        ("2023年第4季度财报显示。", "time", "2023年第4季度"),
        ("上半年，公司实现净利润3亿元。", "time", "上半年"),
        # a run of months, and the part of a month after a year
        ("今年1至10月，全市工业增加值增长6.2%。", "time", "今年1至10月"),
        ("1-8月份，销量同比增长。", "time", "1-8月份"),
        ("去年12月底，该项目完工。", "time", "去年12月底"),
        # a day of the week, this or next week's, and a clock written with a colon
        ("周一至周五办理业务。", "time", "周五"),
        ("上周五，股市大跌。", "time", "上周五"),
        ("本周末华北地区将迎来降雨。", "time", "本周末"),
        ("会议定于星期三举行。", "time", "星期三"),
        ("窗口上午8:30开始办理。", "time", "上午8:30"),
        # … not a count of days or times in a week
        ("一周五天工作制。", "number", "五天"),
        ("每周三次训练。", "number", "三次"),
        # … not a unit that opens a longer word (处 of 处理器), though "about" may follow one
        ("这款手机搭载了骁龙8 Gen 3处理器。", "number", None),
        ("日均订单量保持在3000万左右。", "number", "3000万"),
        # counts of cases, shares, rooms, rounds (起 and 张 after digits only: 四起, "on all
        # sides", and 二张, "the two Zhangs" of older prose, are none)
        ("最高人民法院发布了10起典型案例。", "number", "10起"),
        ("两市共有1025只个股下跌。", "number", "1025只"),
        ("比赛进入第二轮。", "number", "第二轮"),
        ("一时喊声四起。", "number", None),
        # a count of visits or flights (人次, 架次), not of people
        ("国庆期间接待游客8.26亿人次。", "number", "8.26亿人次"),
        # an engine's power, a battery's charge and energy, a screen's rate
        ("最大功率184马力。", "number", "184马力"),
        ("电池容量78.4千瓦时。", "number", "78.4千瓦时"),
        ("内置5000毫安时电池。", "number", "5000毫安时"),
        ("屏幕刷新率120赫兹。", "number", "120赫兹"),
        # a range of two figures before one unit is one figure; a phone number is none
        ("内蒙古中东部将有4～6级大风。", "number", "4～6级"),
        ("气温将下降8到10摄氏度。", "number", "8到10摄氏度"),
        ("报名电话010-12345678。", "number", None),
        # a numbered bureau's company is no count of games (局)
        ("该项目由中铁十二局集团有限公司承建。", "number", None),
        ("他连赢了三局。", "number", "三局"),
        # a year counted from the common era, before it too
        ("公元前221年，秦统一六国。", "time", "公元前221年"),
        ("公元1127年，北宋灭亡。", "time", "公元1127年"),
        ("这是从80年代开始的。", "time", "80年代"),
        ("98年我去了北京。", "time", "98年"),
        # … a span of years is a figure, not a year
        ("新中国成立70年来，变化很大。", "number", "70年"),
        ("美国10年期国债收益率下跌。", "number", "10年"),
        # full-width digits and decimal point, as a typeset page prints them
        ("同比增长１２．５％。", "number", "１２．５％"),
        ("指数收于３２５０．１２点。", "number", "３２５０．１２点"),
    ],
)
def test_times_and_numbers_by_rule(text, kind, expected):
    found = {(e.kind, e.text) for e in annotate_text(text)}
    if expected is None:
        assert not any(k == kind for k, _ in found)
    else:
        assert (kind, expected) in found


def test_an_idiom_of_many_and_last_month_are_no_approximate_counts():
    assert not [e for e in annotate_text("成千上万人涌上街头。") if e.kind == "number"]
    assert "上一个月" not in {e.text for e in annotate_text("上一个月的销量不错。")}


def test_a_figure_gives_way_to_the_name_its_unit_opens():
    # 第一人 (人 a count of people) would cut 人民医院, the hospital's name
    found = {(e.text, e.kind) for e in annotate_text("他被送到市第一人民医院抢救。")}
    assert ("第一人", "number") not in found
    assert any(kind == "org" and text.endswith("人民医院") for text, kind in found)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # a guess of a few goes up (三五个, 五七个, 三四五次) or is 三两
        ("来了三五个人。", "三五个"),
        ("只来了五七个公人。", "五七个"),
        ("他们去了三四五次。", "三四五次"),
        ("路边站着三两个人。", "三两个"),
    ],
)
def test_a_guess_of_a_few_is_a_figure(text, figure):
    assert (figure, "number") in {(e.text, e.kind) for e in annotate_text(text)}


@pytest.mark.parametrize(
    "text",
    [
        "八一队主场逼平四川全兴队。",  # the army's team (August 1st), not 81 teams
        "日本现存的唯一一家传呼机公司。",  # 唯一 + 一家, not 11 firms
        "他取些银两两个公人。",  # 银两 + 两个
    ],
)
def test_numerals_read_one_by_one_are_no_count(text):
    assert not [e.text for e in annotate_text(text) if e.kind == "number"]


def test_ordinary_words_are_not_figures():
    found = {e.text for e in annotate_text("一次次的解放思想中创造出一个个发展奇迹，一个是老城市")}
    assert not found & {"一次次", "一个个", "一个"}


def test_a_region_is_one_place():
    found = {
        (e.text, e.kind)
        for e in annotate_text("粤港澳大湾区内各创新载体，旧金山湾区里不仅有旧金山")
    }
    assert {("粤港澳大湾区", "place"), ("旧金山湾区", "place"), ("旧金山", "place")} <= found


@pytest.mark.parametrize(
    ("text", "places"),
    [
        # three provinces or more by their short names are a region, one place …
        ("推动京津冀协同发展。", {"京津冀"}),
        ("京津冀地区大气污染防治。", {"京津冀地区"}),
        ("持续深化粤港澳合作。", {"粤港澳"}),
        # … countries so written stay each their own (中美俄: three parties)
        ("中美俄三国外长会晤。", {"中", "美", "俄"}),
    ],
)
def test_provinces_by_their_short_names_make_a_region(text, places):
    assert {e.text for e in annotate_text(text) if e.kind == "place"} == places


@pytest.mark.parametrize(
    ("text", "places"),
    [
        # a city or a county by its short name right after its province (文昌/nr, 诸城/ns)
        ("发射场位于海南文昌，条件很好。", {"海南", "文昌"}),
        ("他来自山东诸城。", {"山东", "诸城"}),
    ],
)
def test_a_division_by_its_short_name_after_its_province(text, places):
    assert {e.text for e in annotate_text(text) if e.kind == "place"} == places


def test_a_bare_surname_links_to_the_one_full_name():
    document = _document(["著名画家胡振邦今年九十岁。", "胡老说，画画累了就去院子里浇花。"])
    linked = {e.text: e.canonical for e in annotate(document).entities if e.kind == "person"}
    assert linked == {"胡振邦": "", "胡": "胡振邦"}


def test_a_body_named_elsewhere_takes_its_company_form_along():
    # 小米 is found in a list; 小米集团 elsewhere is that company by its fuller name
    document = _document(["三星、小米等手机企业增长很快。", "小米集团总经理说，新品下月发布。"])
    linked = {(e.text, e.canonical) for e in annotate(document).entities if e.kind == "org"}
    assert linked == {("三星", ""), ("小米", "小米集团"), ("小米集团", "")}


def test_a_place_written_only_as_a_region_is_named_so():
    # 西南 + 地区: the mention stays 西南, as news annotation marks it; its name is the region
    document = _document(["西南地区的降水偏多。", "西南地区将有一次降雨过程。"])
    assert {(e.text, e.canonical) for e in annotate(document).entities} == {("西南", "西南地区")}
    # … and so is a river written only with 流域 (the basin): the mention is the river
    document = _document(["黄河流域生态保护和高质量发展。", "黄河流域将有一次降雨过程。"])
    assert {(e.text, e.canonical) for e in annotate(document).entities} == {("黄河", "黄河流域")}
    # … a place the text also writes alone stays itself
    document = _document(["大巴黎地区交通瘫痪。", "巴黎的游行还在继续。"])
    names = {(e.text, e.canonical) for e in annotate(document).entities if e.kind == "place"}
    assert names == {("巴黎", "")}


def test_a_bare_surname_with_no_full_name_is_named_by_its_title():
    # the mention is the surname, as news annotation marks it; the list shows the person
    document = _document(["王局长说，明天开会。", "会上王又讲了一遍。"])
    linked = {e.text: e.canonical for e in annotate(document).entities if e.kind == "person"}
    assert linked == {"王": "王局长"}


def test_a_bare_surname_with_two_titles_is_named_by_neither():
    document = _document(["王局长说，明天开会。", "王老师说，后天考试。"])
    linked = {e.text: e.canonical for e in annotate(document).entities if e.kind == "person"}
    assert linked == {"王": ""}


def test_a_surname_names_no_place_of_the_same_character():
    # 蒙 is a surname (蒙员外) and Mongolia's short name (中蒙): only the person is 蒙员外
    document = _document(["蒙员外道：“请坐。”", "中蒙两国签署了协定。"])
    names = {(e.text, e.kind, e.canonical) for e in annotate(document).entities}
    assert {("蒙", "person", "蒙员外"), ("蒙", "place", "")} <= names


def test_a_one_character_place_links_to_the_full_name_the_document_writes():
    document = _document(["美国总统昨天发表讲话。", "他谈到了中美关系的前景。"])
    places = {e.text: e.canonical for e in annotate(document).entities if e.kind == "place"}
    # 美 is the 美国 the document names; 中 stands for a place it never writes in full
    assert places == {"美国": "", "美": "美国", "中": ""}


def test_a_one_character_place_of_two_full_names_links_to_neither():
    document = _document(["澳门和澳大利亚的客人都到了。", "澳方代表随后发言。"])
    linked = {e.text: e.canonical for e in annotate(document).entities if e.kind == "place"}
    assert linked.get("澳") == ""


@pytest.mark.parametrize(
    "text",
    [
        "主任、副主任、委员由监察委员会主任提请本级人民代表大会常务委员会任免。",
        "对涉嫌职务犯罪的，一般应当由监察机关为主调查。",
    ],
)
def test_a_preposition_before_a_common_word_is_not_a_name(text):
    # 由 is a surname too, but 由监察 is "by the supervisory (organ)", not a person.
    assert [e.text for e in annotate_text(text) if e.kind == "person"] == []


@pytest.mark.parametrize(
    ("text", "not_marked"),
    [
        ("哥哥说得是，我们明日再去。", "哥哥"),  # a form of address before a speech verb
        ("众人吃了酒，一齐上山去了。", "上山"),  # going up a hill, which jieba tags as a place
        ("李四大叫一声，跳下山来。", "下山"),
    ],
)
def test_everyday_words_are_no_names(text, not_marked):
    assert not_marked not in [e.text for e in annotate_text(text)]


# Novel and social text: speech verbs, determiners, doubled characters, Latin capitals, lists.
_STORY_WORDS = (
    "宋江 智深 鲁智深 那汉 两个公人 庄客 林冲告 道 说道 笑道 问 对 看着 ： “ ” 「 」 ，"
    " 。 ！ 、 @ 佳佳 感谢 IEEE OPPO 工行 建行 曼联 vs 主场 2019年中国 长征七号 一 1,"
    " 前海管理局 前海 南沙 以下简称 （ ） 又 便 忙 施礼"
)
_story = st.lists(st.sampled_from(_STORY_WORDS.split(" ")), max_size=40).map("".join)


@settings(max_examples=80, deadline=None)
@given(st.lists(_story, min_size=1, max_size=5))
def test_story_documents_keep_the_annotator_invariants(texts):
    document = _document(texts)
    first = annotate(document)
    assert first == annotate(document)  # deterministic, the document-wide passes included
    keys = [(e.paragraph, e.start) for e in first.entities]
    assert keys == sorted(keys)
    by_kind: dict[tuple[int, str], list] = {}
    for e in first.entities:
        text = texts[e.paragraph]
        assert 0 <= e.start < e.end <= len(text)
        assert text[e.start : e.end] == e.text
        by_kind.setdefault((e.paragraph, e.kind), []).append(e)
    for (_, kind), spans in by_kind.items():
        if kind == "title":
            continue
        for a, b in zip(spans, spans[1:], strict=False):
            assert a.end <= b.start
    order = [(q.paragraph, q.start) for q in first.quotes]
    assert order == sorted(order)
    for q in first.quotes:
        assert q.speaker is None or q.speaker.strip()
        assert 0 <= q.start < q.end <= len(texts[q.paragraph])


@pytest.mark.parametrize(
    ("text", "kind", "not_marked"),
    [
        ("这把达摩克利斯之剑高悬在头上。", "person", "达摩克利斯"),  # a set phrase
        ("坚持依法治国，建设法治国家。", "place", "依法治国"),
        ("长征七号运载火箭发射成功。", "number", "七号"),  # a model's name, no count
        ("2019年中国经济增长6.1%。", "time", "2019年中"),  # the time stops before 中国
        ("开港倒计时100日发布会召开。", "time", "00日"),  # no time starts inside a number
        ("全程共计120月完成。", "time", "20月"),
        ("盘中最低的2458.28点。", "time", "28点"),
        ("沪指站上3,000点。", "time", "000点"),
        ("他提出3点建议。", "time", "3点"),  # a count of points, no clock
        ("他提出两点建议。", "time", "两点"),
        ("有些国家会慢一点。", "time", "一点"),  # "a little"
        ("国务院看准了这一点。", "time", "一点"),  # "this point"
        ("近30年的发展。", "time", "30年"),
        ("60年前就曾有人来过。", "time", "60年"),
        # 北京时间: the clock of a time zone, no mention of the place
        ("据台网测定，北京时间6月6日19时发生地震。", "place", "北京"),
        ("比赛在东京时间晚上进行。", "place", "东京"),
    ],
)
def test_phrases_models_and_times_are_not_taken_for_what_they_are_not(text, kind, not_marked):
    found = {(e.kind, e.text) for e in annotate_text(text)}
    assert (kind, not_marked) not in found


def test_a_time_stops_where_the_next_word_starts():
    found = {(e.kind, e.text) for e in annotate_text("2019年中国经济增长6.1%。")}
    assert {("time", "2019年"), ("place", "中国")} <= found

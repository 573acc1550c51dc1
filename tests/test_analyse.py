"""analyse: figures, entities, speakers, keywords and key sentences, as a reader relies on them."""

from __future__ import annotations

import itertools
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.documents import SHARED, SHARED_MISSING, from_paragraphs, from_sections
from tui.analyse import HAN_PER_MINUTE, analyse
from tui.analyse.groups import entity_groups, speaker_groups
from tui.analyse.keywords import stopwords
from tui.analyse.sentences import split_sentences
from tui.model import Annotations, Document, Entity, Metadata, Paragraph, Quote, Section

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_948d13035be81ef7.txt"
_HEADING = re.compile(r"【(.+)】")


def seed_article() -> Document:
    """The seed's article as a Document built by hand, independent of the parser.

    The seed lays its article out plainly: a byline line ("…杂志记者/…"), then paragraphs one
    per line, headings as 【…】 lines each followed by a subtitle line, until the "转载自"
    line. This builds the Document a correct parser gives for that body, so the figures
    asserted on it do not move while the parser is rebuilt elsewhere.
    """
    lines = tuple(SEED.read_text(encoding="utf-8").split("\n"))
    start = next(i for i, line in enumerate(lines) if "杂志记者" in line) + 1
    stop = next(i for i, line in enumerate(lines) if line.startswith("转载自"))
    roles = ["boilerplate" if line.strip() else "blank" for line in lines]
    sections: list[dict] = [dict(title=None, heading=None, line=None, subtitle=None, paras=[])]
    paragraphs = 0
    expect_subtitle = False
    for i in range(start, stop):
        text = lines[i].strip()
        if not text:
            roles[i] = "blank"
            continue
        heading = _HEADING.fullmatch(text)
        if heading:
            roles[i] = "heading"
            sections.append(
                dict(title=heading[1], heading=text, line=i + 1, subtitle=None, paras=[])
            )
            expect_subtitle = True
            continue
        if expect_subtitle:
            roles[i] = "heading"
            sections[-1]["subtitle"] = text
            expect_subtitle = False
            continue
        roles[i] = "body"
        index = len(sections) - 1
        sections[-1]["paras"].append(Paragraph(paragraphs, index, text, i + 1, i + 1))
        paragraphs += 1
    built = tuple(
        Section(n, s["title"], s["heading"], s["line"], s["subtitle"], tuple(s["paras"]))
        for n, s in enumerate(sections)
    )
    meta = Metadata(
        title="广深双核:同城化新猜想", date="2020-01-13", source="《南方》杂志", authors=("温柔",)
    )
    return Document(str(SEED), lines, tuple(roles), meta, built)


@pytest.fixture(scope="module")
def seed():
    document = seed_article()
    return document, analyse(document, Annotations())


# --- figures ----------------------------------------------------------------------------


def test_seed_figures_exactly(seed) -> None:
    # Worked out once outside analyse, over the 38 body paragraphs of the seed's article:
    # len() of each paragraph summed (4210); characters in U+4E00..U+9FFF counted (3661);
    # sentence ends counted by hand-checked str.count: 90 "。", 4 "？" and one "……", no two
    # of them adjacent, so 95 sentences; a lead and four 【】 sections; 3661 / 400 = 9.15 min.
    _, insight = seed
    stats = insight.stats
    assert (stats.chars, stats.han_chars, stats.paragraphs) == (4210, 3661, 38)
    assert (stats.sentences, stats.sections) == (95, 5)
    assert stats.reading_minutes == pytest.approx(9.2)
    assert HAN_PER_MINUTE == 400


def test_seed_sections_carry_their_own_figures(seed) -> None:
    document, insight = seed
    titles = [s.title for s in insight.sections]
    assert titles == [None, "解放思想", "一体化", "优势互补", "合作平台"]
    assert [s.paragraphs for s in insight.sections] == [5, 6, 8, 10, 9]
    assert [s.chars for s in insight.sections] == [437, 761, 921, 1213, 878]
    assert sum(s.chars for s in insight.sections) == insight.stats.chars
    assert insight.sections[1].subtitle == "广深联动第一步:解放思想"


def test_sentence_ends_take_their_closing_quotes_along() -> None:
    text = "“双方要开放。”他认为这是第一步！真的吗？经验互鉴……未来可期"
    spans = split_sentences(text)
    assert [text[s.start : s.end] for s in spans] == [
        "“双方要开放。”",
        "他认为这是第一步！",
        "真的吗？",
        "经验互鉴……",
        "未来可期",
    ]
    assert [s.ended for s in spans] == [True, True, True, True, False]


def test_a_url_query_is_not_a_sentence_end() -> None:
    spans = split_sentences("详见 http://x.cn/a?id=3 页面。")
    assert len(spans) == 1


@given(st.text(alphabet="广州深圳合作发展。！？…”“，a ", max_size=80))
@settings(max_examples=200, deadline=None)
def test_sentences_are_verbatim_ordered_and_cover_the_text(text: str) -> None:
    spans = split_sentences(text)
    position = 0
    for span in spans:
        assert span.start >= position and span.end > span.start
        assert text[position : span.start].strip() == ""  # nothing but space is left out
        position = span.end
    assert text[position:].strip() == ""
    for span in spans[:-1]:
        assert span.ended


# --- entities and speakers --------------------------------------------------------------


def test_aliases_count_with_their_full_name_most_named_first() -> None:
    full = "广州恒运企业集团股份有限公司"
    annotations = Annotations(
        entities=(
            Entity("org", 0, 14, full, 0),
            Entity("org", 20, 24, "恒运集团", 0, canonical=full),
            Entity("org", 30, 34, "雄韬氢恒", 1),
            Entity("org", 40, 44, "恒运集团", 1, canonical=full),
            Entity("org", 0, 4, "恒运企业", 2, canonical=full),
            Entity("person", 0, 2, "党岱", 1),
            Entity("place", 5, 7, "广州", 1),
        )
    )
    document = from_paragraphs("甲" * 50, "乙" * 50, "丙" * 50)
    counts = entity_groups(document, annotations)
    assert set(counts) == {"person", "org", "place", "time", "number", "title"}
    assert [(c.name, c.count) for c in counts["org"]] == [(full, 4), ("雄韬氢恒", 1)]
    assert counts["org"][0].mentions == (0, 1, 3, 4)  # indices into the annotations' entities
    assert counts["org"][0].aliases == ("恒运集团", "恒运企业")  # most used alias first
    assert counts["org"][1].aliases == ()
    assert counts["time"] == ()


def test_ties_keep_the_order_names_first_appear() -> None:
    annotations = Annotations(
        entities=tuple(Entity("person", 0, 2, name, i) for i, name in enumerate("乙甲丙")),
    )
    document = from_paragraphs("乙", "甲", "丙")
    assert [c.name for c in entity_groups(document, annotations)["person"]] == ["乙", "甲", "丙"]


def test_quotes_grouped_by_speaker_most_quoted_first_unattributed_apart() -> None:
    annotations = Annotations(
        entities=(
            Entity("person", 0, 3, "陈教授", 2, canonical="陈某某"),
            Entity("person", 0, 3, "陈某某", 0),
        ),
        quotes=(
            Quote("第一句话。", "王某", 0, 0, 7),
            Quote("第二句话。", "陈某某", 1, 0, 7),
            Quote("第三句话。", None, 1, 8, 15),
            Quote("第四句话。", "陈教授", 2, 0, 7),
            Quote("第五句话。", "", 3, 0, 7),
        ),
    )
    grouped, unattributed = speaker_groups(annotations)
    assert [(g.speaker, [q.text for q in g.quotes]) for g in grouped] == [
        ("陈某某", ["第二句话。", "第四句话。"]),
        ("王某", ["第一句话。"]),
    ]
    assert [q.text for q in unattributed] == ["第三句话。", "第五句话。"]


def test_section_mentions_and_density() -> None:
    document = from_sections(["广州很大。" * 20], ["深圳与广州合作。" * 25])
    annotations = Annotations(
        entities=(
            Entity("place", 0, 2, "广州", 0),
            Entity("place", 0, 2, "深圳", 1),
            Entity("place", 3, 5, "广州", 1),
            Entity("time", 5, 8, "去年", 1),
        )
    )
    insight = analyse(document, annotations)
    lead, first = insight.sections
    assert lead.mentions["place"] == 1 and lead.mentions["time"] == 0
    assert first.mentions["place"] == 2 and first.mentions["time"] == 1
    assert set(first.mentions) == {"person", "org", "place", "time", "number", "title"}
    assert first.density == pytest.approx(1000 * 3 / 200)
    assert [(c.name, c.count) for c in insight.entities["place"]] == [("广州", 2), ("深圳", 1)]


# --- keywords ---------------------------------------------------------------------------


def test_seed_keywords_name_its_subject(seed) -> None:
    _, insight = seed
    assert {"广州", "深圳"} <= set(insight.keywords[:5])
    assert "合作" in insight.keywords


_NUMBERISH = re.compile(r"[\d０-９.,%．％年月日第一二三四五六七八九十百千万亿两]+")
_PUNCTUATION = re.compile(r"[^\w]+")


def _assert_good_keywords(keywords: tuple[str, ...]) -> None:
    assert len(keywords) == len(set(keywords))
    for word in keywords:
        assert word not in stopwords(), word
        assert not _NUMBERISH.fullmatch(word), word
        assert not _PUNCTUATION.fullmatch(word), word
        assert word.strip() == word and word


def test_seed_keywords_have_no_stopword_number_or_punctuation(seed) -> None:
    _, insight = seed
    assert len(insight.keywords) >= 10
    _assert_good_keywords(insight.keywords)


def test_numbers_and_function_words_never_become_keywords() -> None:
    text = "我们在2019年投资了212亿元，增长58.55%，其中三十家企业是我们的，我们的的的。"
    insight = analyse(from_sections([text] * 5), Annotations())
    _assert_good_keywords(insight.keywords)
    assert "我们" not in insight.keywords
    assert "企业" in insight.keywords


def test_a_pointer_and_its_copula_is_no_keyword() -> None:
    # jieba tags 这是 a verb, and a short text has few other words to outrank it
    insight = analyse(from_sections(["这是一只猫。这是一条狗。"]), Annotations())
    assert "这是" not in insight.keywords


# --- key sentences ----------------------------------------------------------------------


def _body_texts(document: Document) -> list[str]:
    return [p.text for p in document.paragraphs]


def _position(document: Document, sentence: str) -> tuple[int, int]:
    for p in document.paragraphs:
        at = p.text.find(sentence)
        if at != -1:
            return p.index, at
    raise AssertionError(f"not in any body paragraph: {sentence}")


def test_seed_key_sentences_are_whole_body_sentences_in_order(seed) -> None:
    document, insight = seed
    assert len(insight.summary) == 3
    positions = [_position(document, s) for s in insight.summary]
    assert positions == sorted(positions)
    whole = {p.text[s.start : s.end] for p in document.paragraphs for s in split_sentences(p.text)}
    assert set(insight.summary) <= whole
    headings = {s.heading for s in document.sections} | {s.subtitle for s in document.sections}
    chrome = {line.text.strip() for line in document.boilerplate}
    for sentence in insight.summary:
        assert sentence not in headings and not any(sentence in line for line in chrome)


def test_seed_key_sentences_lead_with_the_article_subject(seed) -> None:
    # An abstract of this article names the two cities it is about.
    _, insight = seed
    text = "".join(insight.summary)
    assert "广州" in text and "深圳" in text


@pytest.mark.parametrize("count", [0, 1, 3, 5])
def test_exactly_n_key_sentences_when_the_body_has_enough(seed, count: int) -> None:
    document, _ = seed
    assert len(analyse(document, Annotations(), sentences=count).summary) == count


def test_fewer_key_sentences_when_the_body_has_fewer() -> None:
    document = from_sections(["广州与深圳加强产业合作，推动区域协同发展。"] * 2)
    assert analyse(document, Annotations(), sentences=3).summary == (
        "广州与深圳加强产业合作，推动区域协同发展。",
    )


def test_short_sentences_still_make_up_the_number_asked_for() -> None:
    document = from_sections(["好消息！", "氢能公交线投入运营。今天开通。"])
    assert analyse(document, Annotations(), sentences=3).summary == (
        "好消息！",
        "氢能公交线投入运营。",
        "今天开通。",
    )


def test_empty_document_gives_empty_insight() -> None:
    insight = analyse(from_sections([]), Annotations())
    assert insight.stats.chars == 0 and insight.stats.reading_minutes == 0
    assert insight.keywords == () and insight.summary == () and insight.speakers == ()


_SENTENCE = st.sampled_from(
    [
        "广州和深圳签署了产业合作框架协议。",
        "双方将在科技创新领域共同建设实验室。",
        "“我们期待更深度的合作。”他说。",
        "氢能公交线投入运营！",
        "这是否意味着区域一体化进入新阶段？",
        "2019年11月25日，全会强调要持续深化粤港澳合作，打造全省发展的核心引擎。",
    ]
)
# An unfinished tail at the end of a paragraph: never a key sentence.
_TAIL = st.sampled_from(["", "深圳土地资源紧张，需要兴建厂房时"])
_PARAGRAPH = st.one_of(
    st.builds(
        lambda sentences, tail: "".join(sentences) + tail,
        st.lists(_SENTENCE, min_size=1, max_size=4),
        _TAIL,
    ),
    st.just("首页 新闻 联系我们 广州 深圳"),  # a menu line left in the body
)


def prose_tails(document: Document) -> list[str]:
    """The sentences of a text with no sentence end: its paragraphs' unfinished tails that
    read as prose (a clause mark, twelve Han or more), not menu lines."""
    tails = []
    for paragraph in document.paragraphs:
        for s in split_sentences(paragraph.text):
            tail = paragraph.text[s.start : s.end]
            if len(re.findall(r"[\u4e00-\u9fff]", tail)) >= 12 and re.search("[，,；;]", tail):
                tails.append(tail)
    return tails


@given(st.lists(_PARAGRAPH, min_size=1, max_size=8), st.integers(min_value=0, max_value=4))
@settings(max_examples=60, deadline=None)
def test_key_sentences_properties(paragraphs: list[str], count: int) -> None:
    document = from_sections(paragraphs)
    summary = analyse(document, Annotations(), sentences=count).summary
    whole = [
        (p.index, s.start, p.text[s.start : s.end])
        for p in document.paragraphs
        for s in split_sentences(p.text)
        if s.ended
    ]
    texts = [text for _, _, text in whole] or prose_tails(document)
    assert len(summary) <= count
    assert all(sentence in texts for sentence in summary)  # whole, verbatim, ended
    # In document order: each sentence found after the one before it.
    at = -1
    for sentence in summary:
        at = next(i for i in range(at + 1, len(texts)) if texts[i] == sentence)
    # Exactly `count` whenever the body has that many different sentences: the ones fit to
    # stand alone first, then the rest (short ones, the half-quotation).
    assert len(summary) == min(count, len(set(texts)))
    standing = {
        "广州和深圳签署了产业合作框架协议。",
        "双方将在科技创新领域共同建设实验室。",
        "这是否意味着区域一体化进入新阶段？",
        "2019年11月25日，全会强调要持续深化粤港澳合作，打造全省发展的核心引擎。",
    }
    present = standing & set(texts)
    assert set(summary) <= present or present <= set(summary)


def test_a_named_thing_is_one_keyword_not_its_pieces() -> None:
    text = "粤港澳大湾区建设加快，粤港澳大湾区的城市群联动发展，各城市共建粤港澳大湾区。"
    document = from_sections([text] * 3)
    names = tuple(
        Entity("place", match.start(), match.end(), "粤港澳大湾区", p)
        for p in range(3)
        for match in re.finditer("粤港澳大湾区", text)
    )
    with_names = analyse(document, Annotations(names)).keywords
    assert "粤港澳大湾区" in with_names[:3]
    assert "大湾" not in with_names
    assert "大湾" in analyse(document, Annotations()).keywords  # what the tokens alone give


def test_key_sentences_leave_list_numbering_out() -> None:
    document = from_sections(
        ["1. 一位接近监管的人士表示，监管方从年初就在酝酿针对数据公司的整顿清理。"],
        ["（二）数据公司提供爬虫服务的商业模式正在被监管方重新审视和整顿。"],
    )
    summary = analyse(document, Annotations(), sentences=2).summary
    assert summary == (
        "一位接近监管的人士表示，监管方从年初就在酝酿针对数据公司的整顿清理。",
        "数据公司提供爬虫服务的商业模式正在被监管方重新审视和整顿。",
    )


def test_key_sentences_leave_article_numbers_out() -> None:
    sentence = "监察机关发现采取留置措施不当的，应当及时解除并依法处理。"
    document = from_sections([f"第三十四条\u3000{sentence}"])
    assert analyse(document, Annotations(), sentences=1).summary == (sentence,)


CORPUS = (SHARED or ROOT.parent / "shared") / "corpus"


@pytest.mark.parametrize(
    "name", sorted(p.name for p in CORPUS.glob("*.txt")) if CORPUS.is_dir() else ["(absent)"]
)
def test_real_pages_key_sentences_and_keywords(name: str) -> None:
    if not CORPUS.is_dir():
        pytest.skip(f"../shared/corpus: {SHARED_MISSING}")
    from tui.pipeline import Pipeline, ReadOptions

    document = Pipeline(ReadOptions(use_cache=False)).open(str(CORPUS / name)).document
    insight = analyse(document, Annotations())
    _assert_good_keywords(insight.keywords)
    ended = {
        p.text[s.start : s.end]
        for p in document.paragraphs
        for s in split_sentences(p.text)
        if s.ended
    } or set(prose_tails(document))  # a page whose every 。 became a comma
    assert len(insight.summary) == min(3, len(ended)), name
    # Each from a body paragraph, in the text's order (a teaser above the text may copy its
    # lead: a key sentence may stand in the chrome too, but it is the text's).
    positions = [_position(document, s) for s in insight.summary]
    assert positions == sorted(positions)
    for sentence in insight.summary:
        assert all(sentence not in (s.heading or "") for s in document.sections), sentence


def _pagerank(links):
    """tui's PageRank of a graph given as node -> {neighbour: weight}, as node -> score."""
    import numpy as np

    from tui.analyse.pagerank import pagerank

    nodes = list(links)
    number = {node: k for k, node in enumerate(nodes)}
    sources = np.array([number[m] for node in nodes for m in links[node]], dtype=np.intp)
    weights = np.array([w for node in nodes for w in links[node].values()], dtype=np.float64)
    degrees = np.array([len(links[node]) for node in nodes], dtype=np.intp)
    return dict(zip(nodes, pagerank(sources, weights, degrees).tolist(), strict=True))


def test_pagerank_puts_the_hub_first() -> None:
    star = {
        "hub": {"a": 1.0, "b": 1.0, "c": 1.0},
        "a": {"hub": 1.0},
        "b": {"hub": 1.0},
        "c": {"hub": 1.0},
    }
    score = _pagerank(star)
    assert score["hub"] > score["a"] == pytest.approx(score["b"]) == pytest.approx(score["c"])
    assert sum(score.values()) == pytest.approx(4, rel=1e-2)  # rank is shared, not made


def _pagerank_edge_by_edge(links, damping=0.85):
    """PageRank as its definition reads, one edge at a time: what the fast one must equal."""
    out = {node: sum(neighbours.values()) for node, neighbours in links.items()}
    score = dict.fromkeys(links, 1.0)
    for _ in range(50):
        previous = score
        score = {
            node: (1 - damping)
            + damping * sum([w / out[other] * previous[other] for other, w in neighbours.items()])
            for node, neighbours in links.items()
        }
        if max(abs(score[n] - previous[n]) for n in links) < 1e-3:
            break
    return score


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.integers(0, 14),
            st.integers(0, 14),
            st.one_of(st.sampled_from([1.0, 2.0, 3.0]), st.floats(0.01, 9.0)),
        ),
        min_size=1,
        max_size=80,
    )
)
def test_pagerank_is_the_edge_by_edge_definition(edges) -> None:
    # Scores decide ranks: the array PageRank may add a node's inflows in another order
    # (numpy sums a + (b + c)), so a score may differ from the definition's in its last bits,
    # never by more; nodes alike in the graph (the same neighbours, weights and order) tie.

    links: dict[int, dict[int, float]] = {}
    for a, b, w in edges:
        if a != b:
            links.setdefault(a, {})[b] = links.setdefault(b, {})[a] = w
    if not links:
        return
    fast, plain = _pagerank(links), _pagerank_edge_by_edge(links)
    assert list(fast) == list(plain)
    assert list(fast.values()) == pytest.approx(list(plain.values()), rel=1e-12)
    for a, b in itertools.combinations(links, 2):
        if list(links[a].items()) == list(links[b].items()):
            assert fast[a] == fast[b]


def test_a_keyword_inside_a_better_one_is_left_out() -> None:
    text = "监察机关依法调查职务违法，监察机关接受监督，监察工作公开透明，监察机关负责。"
    keywords = analyse(from_sections([text] * 3), Annotations()).keywords
    assert "监察机关" in keywords
    assert all(a == b or a not in b for a in keywords for b in keywords[: keywords.index(a)])


def test_the_collector_is_paused_during_a_stage_and_left_as_it_was_found() -> None:
    import gc

    from tui.machinery.collector import collector_paused

    assert gc.isenabled()
    with pytest.raises(RuntimeError), collector_paused():
        assert not gc.isenabled()
        raise RuntimeError("a stage failed")
    assert gc.isenabled()
    gc.disable()  # as Textual does while it scrolls: not ours to turn back on
    try:
        with collector_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_keyword_verdicts_are_kept_for_the_process_within_a_bound(monkeypatch) -> None:
    from tui.analyse import keywords

    monkeypatch.setattr(keywords, "_VERDICTS_MOST", 3)
    verdicts = keywords._Verdicts()
    tokens = [("的", "uj"), ("经济", "n"), ("发展", "vn"), ("了", "ul"), ("会议", "n")]
    assert [verdicts[t] for t in tokens] == [keywords.is_keyword_candidate(*t) for t in tokens]
    assert verdicts[("经济", "n")] is True and verdicts[("的", "uj")] is False
    assert len(verdicts) <= 3


# --- groupings every presenter shows ---------------------------------------------------

entity_strategy = st.builds(
    Entity,
    kind=st.sampled_from(["person", "org", "place"]),
    start=st.just(0),
    end=st.just(1),
    text=st.sampled_from(["甲", "乙", "丙", "丁"]),
    paragraph=st.integers(0, 5),
    canonical=st.sampled_from(["", "", "甲", "戊"]),
)


SIX_PARAGRAPHS = from_paragraphs(*("甲乙丙丁戊" for _ in range(6)))


@given(st.lists(entity_strategy, max_size=40))
def test_entity_groups_count_every_mention_once_most_named_first(entities: list[Entity]) -> None:
    entities.sort(key=lambda e: (e.paragraph, e.start))
    groups = entity_groups(SIX_PARAGRAPHS, Annotations(tuple(entities)))
    mentions = sorted(i for kind in groups for g in groups[kind] for i in g.mentions)
    assert mentions == list(range(len(entities)))  # every mention once
    for kind, kind_groups in groups.items():
        counts = [g.count for g in kind_groups]
        assert counts == sorted(counts, reverse=True)
        for group in kind_groups:
            assert all(
                entities[i].kind == kind and entities[i].name == group.name for i in group.mentions
            )
            assert group.name not in group.aliases
            assert set(group.aliases) == {entities[i].text for i in group.mentions} - {group.name}
            assert group.sections == (0,)


quote_strategy = st.builds(
    Quote,
    text=st.just("话"),
    speaker=st.sampled_from([None, "", "甲", "乙", "丙"]),
    paragraph=st.integers(0, 9),
    start=st.just(0),
    end=st.just(3),
)


@given(st.lists(quote_strategy, max_size=30))
def test_speaker_groups_keep_every_quote_most_quoted_first(quotes: list[Quote]) -> None:
    named, unattributed = speaker_groups(Annotations(quotes=tuple(quotes)))
    grouped = [q for g in named for q in g.quotes] + list(unattributed)
    assert sorted(id(q) for q in grouped) == sorted(id(q) for q in quotes)
    assert [len(g.quotes) for g in named] == sorted((len(g.quotes) for g in named), reverse=True)
    assert all(g.speaker for g in named)
    assert all(not q.speaker for q in unattributed)

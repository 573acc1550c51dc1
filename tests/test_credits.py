"""Credits: the reporters and photographers a page names in its body are names, but no one in
the story — a page's list of people leaves out those named only there."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.documents import from_paragraphs
from tui.analyse.credits import is_credit
from tui.analyse.groups import entity_groups
from tui.annotate import annotate


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("本报快讯（记者王小明）今日上午，会议召开。", "王小明"),
        ("本市讯（记者王小明整合）长假过半，景区人多。", "王小明"),
        ("新华社北京5月9日电（记者王小明）会议今天召开。", "王小明"),
        ("游客在湖边合影。通讯员王小明摄", "王小明"),
        ("游客在湖边合影。本报摄影队王小明摄", "王小明"),
        ("▲游客在湖边合影。全媒体图片记者李华、王小明摄", "王小明"),
        ("▲游客在湖边合影。全媒体图片记者李华、王小明摄", "李华"),
        ("图片来源：本报记者王小明摄", "王小明"),
        ("这才是我们的城！（评论员李华王小明）", "王小明"),
        ("(文/图王小明)", "王小明"),
        ("实现轻松换新手机。(王小明)", "王小明"),
        ("本报讯 （王小明）公司昨日发布公告。", "王小明"),
        ("股民躲在角落里。本报记者王小明摄“不用等了”，他说。", "王小明"),
    ],
)
def test_a_name_in_a_credit(text, name):
    start = text.index(name)
    assert is_credit(text, start, start + len(name))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("记者跟随王小明拍摄。", "王小明"),  # the one filmed
        ("王明说，记者王小明昨天来过。", "王小明"),  # a reporter in the story
        ("他对记者王小明说，好。", "王小明"),
        ("会上，王小明（左）发言。", "王小明"),  # who stands where in a photo
        ("记者王小明图谋不轨。", "王小明"),
    ],
)
def test_a_name_in_the_story(text, name):
    start = text.index(name)
    assert not is_credit(text, start, start + len(name))


def test_a_page_lists_no_one_named_only_in_its_credits():
    document = from_paragraphs(
        "本报讯（记者王小明）市长李华昨天视察了新建的大桥。",
        "李华说，大桥下月通车。通讯员张伟摄",
    )
    people = [group.name for group in entity_groups(document, annotate(document))["person"]]
    assert people == ["李华"]
    # … while the mentions stay names, marked where they stand
    marked = {e.text for e in annotate(document).entities if e.kind == "person"}
    assert {"王小明", "张伟", "李华"} <= marked


def test_someone_credited_and_in_the_story_is_listed():
    document = from_paragraphs(
        "本报讯（记者王小明）记者昨天走访了大桥工地。",
        "王小明在工地上遇见了市长李华。",
    )
    people = {group.name for group in entity_groups(document, annotate(document))["person"]}
    assert people == {"王小明", "李华"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("新华社北京2月29日电 记者从有关部门获悉，……", "新华社"),
        ("本市日报10月4日讯（记者王小明）长假过半，……", "本市日报"),
        ("晨报讯 昨天，……", "晨报"),
        ("资料图：市民在寒冷天气中出行。中新社记者王小明摄", "中新社"),
        ("▲广州日报全媒体图片记者李华、王小明摄", "广州日报"),
    ],
)
def test_an_outlet_in_a_dateline_or_a_photo_credit(text, name):
    start = text.index(name)
    assert is_credit(text, start, start + len(name), "org")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("据新华社报道，会议今天召开。", "新华社"),  # the source of the story, in it
        ("店员告诉中国青年报记者，生意很好。", "中国青年报"),
        ("中兴通讯今天发布了财报。", "中兴"),  # no dateline: 通讯 is the firm's name
        ("华为今天发布电视新品。", "华为"),
    ],
)
def test_an_outlet_in_the_story(text, name):
    start = text.index(name)
    assert not is_credit(text, start, start + len(name), "org")


_TEXT = st.text(
    alphabet=st.sampled_from(list("王小明李华记者摄图（）()讯电新华社北京月日，。、 文/")),
    max_size=40,
)


@given(_TEXT, st.data())
def test_a_credit_is_read_from_the_text_around_the_name(text, data):
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    for kind in ("person", "org"):
        found = is_credit(text, start, end, kind)
        assert isinstance(found, bool)
        # nothing but the name and what follows it stays the same: the answer too
        assert is_credit("甲乙" + text, start + 2, end + 2, kind) == found or start < 12


@given(st.text(alphabet=st.sampled_from(list("王小明李华说今天会议召开了，。在北京")), max_size=40))
def test_no_credit_without_a_credits_words(text):
    # no role, no bracket, no picture's or dateline's word: no credit anywhere
    for start in range(len(text)):
        for end in range(start + 1, min(len(text), start + 4) + 1):
            assert not is_credit(text, start, end)
            assert not is_credit(text, start, end, "org")

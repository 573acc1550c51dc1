"""Hostile text cannot make the annotator backtrack: each input runs in a child process with a
time limit that the old, backtracking code overran by minutes (a run of 一, of digits, of
comma-separated figures; many quotes with named speakers in one paragraph)."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tui.annotate.measures import find_measures

ROOT = Path(__file__).resolve().parent.parent
LIMIT = 30  # seconds; the new code takes well under one, the old cubic pattern over 10 min


def run_child(code: str) -> None:
    """Run `code` in a fresh interpreter; fail (not hang) when it overruns the limit."""
    try:
        subprocess.run(
            [sys.executable, "-c", code], cwd=ROOT, check=True, timeout=LIMIT, capture_output=True
        )
    except subprocess.TimeoutExpired:
        pytest.fail(f"still running after {LIMIT} s: {code[:80]}")


@pytest.mark.parametrize(
    "text",
    [
        "'一' * 5000",  # 22 s for 1,000 before, cubic
        "'1' * 100_000",  # quadratic before: ~5 min
        "'1,' * 50_000",  # quadratic before: ~5 min
        "'一十' * 3000",
        "'百分之' * 20_000",
    ],
)
def test_figures_are_found_in_linear_time(text):
    run_child(
        "from tui.annotate.measures import find_measures\n"
        f"find_measures({text})\n"
        "from tui.annotate import annotate_text\n"
        f"annotate_text(({text})[:20000])"
    )


def test_many_quotes_in_one_paragraph_in_linear_time():
    # 40,000 closed quotes, each with a named speaker: every quote used to scan every name
    run_child(
        "from tui.annotate import annotate\n"
        "from tests.test_quotes import document\n"
        "annotate(document('“我们说了很多话，你们呢？”王明说。' * 40_000))"
    )


def test_unclosed_quotation_marks_in_linear_time():
    run_child(
        "from tui.annotate import annotate\n"
        "from tests.test_quotes import document\n"
        "annotate(document('“' * 80_000, '王明说：“好的，我们走吧' * 20_000))"
    )


# The one regular expression the figures used to be found with: the reference for what
# they are, on inputs short enough for its backtracking.
_DIGIT = r"[0-9０-９]"
_HAN = r"[零〇一二三四五六七八九十百千万两]"
# Each unit whole: a longer one before any it starts with (分钟 before 分, 个月 before 个).
_LONG_COUNT = r"个工作日|个小时|个星期|小时|分钟|秒钟|个月|人次|架次"
# An approximate count opens with 数, 几, 近 (数十, 近千) or 上 (上万; not 成千上万).
_APPROXIMATE = r"(?:[数几近](?=[十百千万])|(?<!千)上(?=[百千万]))"
_SHORT_COUNT = (
    r"家|个|人|名|位|次|项|座|所|台|辆|架|艘|件|套|条|本|篇|种|类|批|届|支|队|户|"
    r"岁|年|天|秒|周|倍|层|期|号|场|笔|例|元|只|株|棵|枚|颗|间|栋|幢|首|块|轮|局|集|册|页"
)
_COUNT = f"{_LONG_COUNT}|{_SHORT_COUNT}"
_UNIT = (
    r"(?:个百分点|平方公里|平方千米|万亿元|千瓦时|平方米|立方米|亿元|万元|千元|美元|欧元|港元|"
    r"日元|英镑|人民币|元钱|公顷|公里|千米|厘米|毫米|纳米|分米|英寸|英里|千克|公斤|毫升|千瓦|"
    rf"兆瓦|分贝|马力|毫安时|赫兹|兆赫|吉赫|{_LONG_COUNT}|%|％|‰|亿|万|千|百|亩|米|寸|吨|克|升|瓦|度|斤|"
    rf"部|款|处|级|分|股|份|起|段|张|"
    rf"{_SHORT_COUNT})"
)
REFERENCE = re.compile(
    # (千瓦时 whole: the one unit longer than a magnitude and the unit after it)
    rf"(?:第)?{_DIGIT}+(?:[.,，．]{_DIGIT}+)*(?:(?:[～~—－-]|到|至){_DIGIT}+(?:[.,．]{_DIGIT}+)*)?"
    rf"(?:多|余|来|几)?(?:千瓦时|(?:万亿|亿|万|千|百)?(?:多|余)?{_UNIT})"
    # (a duration in smaller units after its first: 2小时01分09秒, 9秒83)
    rf"(?:(?<=小时){_DIGIT}{{1,2}}(?:分钟|分)(?:{_DIGIT}{{1,2}}秒(?:{_DIGIT}{{2}}(?![0-9０-９.．]))?)?"
    rf"|(?:(?<=分钟)|(?<=分)){_DIGIT}{{1,2}}秒(?:{_DIGIT}{{2}}(?![0-9０-９.．]))?"
    rf"|(?<=秒){_DIGIT}{{2}}(?![0-9０-９.．]))?"
    rf"|{_DIGIT}+(?:\.{_DIGIT}+)?[%％‰]"
    rf"|(?:{_DIGIT}{{3,}}|{_DIGIT}+(?:[.,，．]{_DIGIT}+)+)点"  # an index's points
    rf"|百分之(?:{_DIGIT}+(?:\.{_DIGIT}+)?|{_HAN}+(?:点{_HAN}+)?)"
    rf"|(?:(?:第)?{_HAN}*[零〇一二三四五六七八九十两]|{_APPROXIMATE}){_HAN}*(?:多|余|来)?"
    rf"(?:点{_HAN}+)?(?:万亿|亿|万)?(?:多|余)?(?:个百分点|{_COUNT})"
)
_HAN_RUN = re.compile(rf"(?:第)?{_HAN}+")
_FIGURE_ALPHABET = list(
    "0123456789.,，．一二三四五六七八九十百千万亿两零第多余来几数近上点个人元年月日%家次百分之钟贝米"
    "起张只架瓦时到小星期工作秒- "
)


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.sampled_from(_FIGURE_ALPHABET), max_size=30))
def test_figures_are_what_the_one_pattern_found(text):
    from tui.annotate.measures import _is_number, a_count

    spans = [s for s in find_measures(text) if s[2] == "number"]
    times = [s for s in find_measures(text) if s[2] != "number"]
    expected = [
        (m.start(), m.end(), "number")
        for m in REFERENCE.finditer(text)
        if _is_number(m.group())
        and not any(a < m.end() and m.start() < b for a, b, _ in times)
        # Chinese numerals read one by one (八一队) are no count
        and (not (run := _HAN_RUN.match(m.group())) or a_count(run.group()))
    ]
    assert spans == expected


def test_figures_in_real_text_are_what_the_one_pattern_found():
    seed = next((ROOT / "seeds").glob("*.txt")).read_text(encoding="utf-8")
    for line in seed.splitlines():
        expected = {(m.start(), m.end()) for m in REFERENCE.finditer(line)}
        found = {(s, e) for s, e, k in find_measures(line) if k == "number"}
        assert found <= expected, line


# Text made of the pieces times and figures are made of, and of what stands around them.
_MEASURE_PIECES = (  # noqa: SIM905
    "同年 今年 去年 前年 明年 当年 上世纪 本世纪 20世纪 九十年代 90年代 初 末 底 中 2019 年 3 月 十"
    " 5 日 号 10 时 点 30分 半 第 百分之 五十 一 二 三 百 千 万 两 零 〇 亿元 个 人 % 多 余 来"
    " 上午 晚上 1,000 ３ ， 。 , . - / 中国 说 的"
).split()
_MEASURE_TEXT = st.lists(st.sampled_from(_MEASURE_PIECES), max_size=20).map("".join)
# … and of the signs of a match report (a league, a score, a record, a club, a fixture's word).
_REPORT_PIECES = (  # noqa: SIM905
    "英超 中超 意甲 超级 赛季 足彩 胜平负 3比0 1比25·5 ·2比1 12比1 3胜2平 1平4负 主场 客场"
    " 曼联 热刺 德比 比赛 季 1 0 比 胜 平 负 · . 英 中 甲 他 在"
).split()
_REPORT_TEXT = st.lists(st.sampled_from(_REPORT_PIECES), max_size=12).map("".join)


@settings(max_examples=400, deadline=None)
@given(_MEASURE_TEXT, _REPORT_TEXT, st.integers(min_value=0, max_value=60))
def test_the_quick_scan_finds_what_the_patterns_find(measure_text, report_text, at):
    """Times, figures and the signs of a match report are looked for only where their first
    characters stand; that must find exactly what a search with the whole pattern finds."""
    from tui.annotate.measures import _FIGURE, _FIGURE_OPENING, _TIME, _TIME_OPENING
    from tui.annotate.organisations import _CLUB_REPORT, _CLUB_REPORT_OPENING
    from tui.annotate.tags import leftmost

    for pattern, opening, text in (
        (_TIME, _TIME_OPENING, measure_text),
        (_FIGURE, _FIGURE_OPENING, measure_text),
        (_CLUB_REPORT, _CLUB_REPORT_OPENING, report_text),
    ):
        start = min(at, len(text))
        found = leftmost(pattern, opening, text, start)
        expected = pattern.search(text, start)
        assert (found and found.span()) == (expected and expected.span())

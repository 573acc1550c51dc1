"""Times, numbers and titles by rule: 2019年11月25日, 去年9月, 212亿元, 58.55%, 《报告》."""

from __future__ import annotations

import re

from tui.tags import Span

_DIGIT = r"[0-9０-９]"
_HAN_NUMBER = r"[零〇一二三四五六七八九十百千万两]"
_NUMBER = rf"(?:{_DIGIT}+(?:[.,，]{_DIGIT}+)*|{_HAN_NUMBER}+)"

_TIME = re.compile(
    "|".join(
        (
            # ISO-like dates: 2020-01-13, 2020/1/13, 2020.01.13
            rf"{_DIGIT}{{4}}[-/.]{_DIGIT}{{1,2}}[-/.]{_DIGIT}{{1,2}}(?:日)?",
            # 上世纪90年代, 20世纪80年代末
            rf"(?:上|本|{_DIGIT}{{1,2}}|{_HAN_NUMBER}{{1,3}})世纪(?:{_DIGIT}{{2}}|{_HAN_NUMBER}{{1,2}})?年代"
            r"(?:初|中|末|中期|末期|以来)?",
            # 2019年11月25日(上午), 2019年底, 1998年, 九月, 11月底, 25日
            rf"(?:(?:{_DIGIT}{{2,4}}|[零〇一二三四五六七八九]{{2,4}})年"
            rf"(?:(?:{_DIGIT}{{1,2}}|[一二三四五六七八九十]{{1,3}})月"
            rf"(?:(?:{_DIGIT}{{1,2}}|[一二三四五六七八九十]{{1,3}})[日号])?"
            r"|初|底|末|中|上半年|下半年|前后|以来|春|夏|秋|冬)?"
            rf"|(?:今|去|前|明|当|同)年(?:(?:{_DIGIT}{{1,2}}|[一二三四五六七八九十]{{1,3}})月"
            rf"(?:(?:{_DIGIT}{{1,2}}|[一二三四五六七八九十]{{1,3}})[日号])?|初|底|末|上半年|下半年)?"
            rf"|(?:{_DIGIT}{{1,2}}|[一二三四五六七八九十]{{1,3}})月"
            rf"(?:(?:{_DIGIT}{{1,2}}|[一二三四五六七八九十]{{1,3}})[日号])?(?:初|中|底|末|中旬|上旬|下旬)?"
            rf"|{_DIGIT}{{1,2}}日(?![元])"
            r")(?:凌晨|清晨|早上|上午|中午|下午|傍晚|晚上|晚|夜间)?",
            # 上午10时30分, 10:30
            rf"(?:{_DIGIT}{{1,2}}|[一二三四五六七八九十]{{1,3}})[时点](?:{_DIGIT}{{1,2}}分|半)?(?=[，。、\s许左前后])",
        )
    )
)

_COUNT_UNIT = (
    r"家|个|人|名|位|次|项|座|所|台|辆|架|艘|件|套|条|本|篇|种|类|批|届|支|队|户|"
    r"岁|年|天|小时|分钟|秒|周|倍|层|期|号|场|笔|例|元"
)
# Units a figure written in digits may take; one unit (43个项目 is 43个, not 43个项).
_UNIT = (
    r"(?:%|％|‰|个百分点|万亿元|亿元|万元|千元|美元|欧元|港元|日元|英镑|人民币|元钱|"
    r"亿|万|千|百|"
    r"平方公里|平方米|平方千米|公顷|亩|公里|千米|米|厘米|毫米|纳米|英寸|寸|英里|"
    r"吨|千克|公斤|克|升|毫升|立方米|千瓦时|千瓦|兆瓦|瓦|度|斤|"
    rf"部|款|处|级|分|股|份|{_COUNT_UNIT})"
)
_NUMBER_WITH_UNIT = re.compile(
    rf"(?:第)?{_DIGIT}+(?:[.,，]{_DIGIT}+)*(?:多|余|来|几)?(?:万亿|亿|万|千|百)?(?:多|余)?{_UNIT}"
    rf"|{_DIGIT}+(?:\.{_DIGIT}+)?[%％‰]"
    rf"|百分之(?:{_DIGIT}+(?:\.{_DIGIT}+)?|{_HAN_NUMBER}+(?:点{_HAN_NUMBER}+)?)"
    # In Chinese numerals only counts: 十余次, 三家, 第十三届; not 十分 (very), 七寸, 千家万户.
    rf"|(?:第)?{_HAN_NUMBER}*[零〇一二三四五六七八九十两]{_HAN_NUMBER}*(?:多|余|来)?"
    rf"(?:点{_HAN_NUMBER}+)?(?:万亿|亿|万)?(?:多|余)?(?:个百分点|{_COUNT_UNIT})"
)
_TITLE = re.compile(r"《[^《》\n]{1,60}》")


def find_measures(text: str) -> list[Span]:
    """time, number and title spans; a number inside a time is the time's, not a number."""
    spans: list[Span] = []
    taken = bytearray(len(text))
    for match in _TITLE.finditer(text):
        spans.append((match.start(), match.end(), "title"))
        taken[match.start() : match.end()] = b"\x01" * (match.end() - match.start())
    for match in _TIME.finditer(text):
        start, end = match.span()
        if end - start >= 2 and not any(taken[start:end]):
            spans.append((start, end, "time"))
            taken[start:end] = b"\x01" * (end - start)
    for match in _NUMBER_WITH_UNIT.finditer(text):
        start, end = match.span()
        if not any(taken[start:end]) and _is_number(match.group()):
            spans.append((start, end, "number"))
    return spans


def _is_number(found: str) -> bool:
    # A bare one-character numeral with a classifier (一个, 两人) is a word, not a figure.
    if len(found) == 3 and found[0] == "一" and found[1] == found[2]:
        return False  # 一次次, 一个个: "one after another"
    return not (len(found) <= 2 and found[0] in "一两几")

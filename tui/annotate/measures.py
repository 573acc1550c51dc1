"""Times, numbers and titles by rule: 2019年11月25日, 去年9月, 212亿元, 58.55%, 《报告》."""

from __future__ import annotations

import itertools
import re

from tui.annotate.tags import Span, leftmost
from tui.text.segment import dictionary_frequency

_DIGIT = r"[0-9０-９]"
_DAY_PART = "凌晨|清晨|早上|上午|中午|下午|傍晚|晚上|夜间"
_HOUR = rf"{_DIGIT}{{1,2}}|[一二两三四五六七八九十]{{1,3}}"
# The clock after the part of the day: 9时, 10时30分, 两点半, 8:30
_CLOCK = rf"(?:(?:{_HOUR})[时点](?:{_DIGIT}{{1,2}}分|半|钟)?|{_DIGIT}{{1,2}}[:：]{_DIGIT}{{2}})"
_HAN_NUMBER = r"[零〇一二三四五六七八九十百千万两]"
_QUARTER = r"(?:第?[一二三四1-4１-４]|前[两二三])季度"
_NUMBER_OF_MONTH = rf"(?:{_DIGIT}{{1,2}}|[一二三四五六七八九十]{{1,3}})"
# A month or a run of months (3月, 1至10月, 6-8月), and its day or 份 …
_MONTHS = rf"{_NUMBER_OF_MONTH}(?:[至到~～—－-]{_NUMBER_OF_MONTH})?月"
_DAY = rf"(?:{_NUMBER_OF_MONTH}[日号]|份)"
# … or its part (11月底, 3月中旬)
_PART_OF_MONTH = "(?:初|中|底|末|中旬|上旬|下旬)"
_MONTH_AND_DAY = rf"{_MONTHS}(?:{_DAY}|{_PART_OF_MONTH})?"

# No time starts inside a number: 倒计时100日 holds no 00日, 2458.28点 no 28点, 3,000点 no
# 000点 (a group of three after a comma continues a number; 55,今年 and 55，今年 do not).
_TIME = re.compile(
    rf"(?<!{_DIGIT})(?<!{_DIGIT}[.．])(?!(?<={_DIGIT},){_DIGIT}{{3}}(?!{_DIGIT}))(?:"
    + "|".join(
        (
            # ISO-like dates: 2020-01-13, 2020/1/13, 2020.01.13
            rf"{_DIGIT}{{4}}[-/.]{_DIGIT}{{1,2}}[-/.]{_DIGIT}{{1,2}}(?:日)?",
            # 上世纪90年代, 20世纪80年代末
            rf"(?:上|本|{_DIGIT}{{1,2}}|{_HAN_NUMBER}{{1,3}})世纪(?:{_DIGIT}{{2}}|{_HAN_NUMBER}{{1,2}})?年代"
            r"(?:初|中|末|中期|末期|以来)?",
            # 80年代, 九十年代末: a decade
            rf"(?:{_DIGIT}{{2}}|[一二三四五六七八九]十)年代(?:初|中|末|中期|末期|以来)?",
            # 2019年11月25日(上午), 2019年底, 1998年, 九月, 11月底, 25日; two digits are a year
            # ('98年) unless a span of years is meant (近30年, 60年前, 20年间, 10年期, 14年过去)
            rf"(?:(?:公元前?{_DIGIT}{{1,4}}|{_DIGIT}{{3,4}}"
            rf"|(?<!近)(?<!过去){_DIGIT}{{2}}(?!年[前后来间期内里多过之])"
            r"|[零〇一二三四五六七八九]{2,4})年"
            rf"(?:{_MONTH_AND_DAY}"
            rf"|初|底|末|中|上半年|下半年|{_QUARTER}|前后|以来|春|夏|秋|冬)?"
            rf"|(?:今|去|前|明|当|同)年(?:{_MONTH_AND_DAY}"
            rf"|初|底|末|上半年|下半年|{_QUARTER})?"
            # a quarter or a half of the year by itself: 一季度, 第三季度, 前三季度, 上半年
            rf"|{_QUARTER}|[上下]半年"
            rf"|{_MONTH_AND_DAY}"
            rf"|{_DIGIT}{{1,2}}日(?![元])"
            # a day of the week (周一至周五, 上周五, 星期天); not a count of days in a week
            # (本周五个交易日, 一周五天, 每周三次)
            r"|(?<![全一两几])(?:[上下本这每])?周[一二三四五六日](?![个次天名位项日])"
            # … and the weekend, this, last or next week's (本周末, 上周末; not 周末 alone,
            # an everyday word)
            r"|[上下本]周末"
            r"|(?:[上下本这每])?(?:星期|礼拜)[一二三四五六日天]"
            # … and the part of the day, with its hour (3月5日上午9时, 25日晚8点半), or a day
            # and its hour (6月30日17:00)
            rf")(?:(?:{_DAY_PART}|晚){_CLOCK}?|(?<=[日号]){_CLOCK})?",
            # 下午两点, 上午10时30分, 上午8:30: after the part of the day, any hour is a clock …
            rf"(?:{_DAY_PART}){_CLOCK}",
            # … and without it, 10时30分, 3点半 (what follows no matter), or 19时 before a mark
            # (not 3点建议); an hour in Chinese numerals and 点 needs its minutes, 半 or 钟
            # (一点钟; 好一点, 这一点 are "a little", "this point")
            rf"(?:{_DIGIT}{{1,2}}[时点]|[一二两三四五六七八九十]{{1,3}}时)"
            rf"(?:{_DIGIT}{{1,2}}分|半|(?=[，。、\s许左前后]))",
            rf"[一二两三四五六七八九十]{{1,3}}点(?:{_DIGIT}{{1,2}}分|半|钟)",
        )
    )
    + ")"
)

# A year of two digits or one (98年) after a word that counts (了, 有, 近, 达) is a number
# of years.
_YEARS_COUNTED = re.compile(rf"{_DIGIT}{{1,2}}年")
_BEFORE_A_COUNT = frozenset("了有近约达逾满过超")

# The characters a time can open with (every branch of _TIME opens with one of them).
_TIME_OPENING = re.compile(
    "[0-9０-９零〇一二三四五六七八九十百千万两上本今去前明当同凌清早中下傍晚夜公第周星礼]"
)


def _longest_first(words: str) -> str:
    """An alternation of the words, a longer one before any it starts with (分钟 before 分)."""
    return "|".join(sorted(words.split(), key=len, reverse=True))


_COUNT_UNITS = (
    "家 个 人 名 位 次 项 座 所 台 辆 架 艘 件 套 条 本 篇 种 类 批 届 支 队 户 "
    "岁 年 个月 个小时 个星期 个工作日 天 小时 分钟 秒钟 秒 周 倍 层 期 号 场 笔 例 元 人次 架次 "
    "只 株 棵 枚 颗 间 栋 幢 首 块 轮 局 集 册 页 "
)
_COUNT_UNIT = _longest_first(_COUNT_UNITS)
# Units a figure written in digits may take; one unit (43个项目 is 43个, not 43个项), whole
# (9分钟, 30分贝, 9分米: not 9分).
_UNITS = (
    "% ％ ‰ 个百分点 万亿元 亿元 万元 千元 美元 欧元 港元 日元 英镑 人民币 元钱 亿 万 千 百 "
    "平方公里 平方米 平方千米 公顷 亩 公里 千米 米 厘米 毫米 纳米 分米 英寸 寸 英里 "
    "吨 千克 公斤 克 升 毫升 立方米 千瓦时 千瓦 兆瓦 瓦 斤 分贝 部 款 处 级 分 股 份 "
    "摄氏度 华氏度 ℃ ℉ 度 "
    # an engine's power, a battery's charge, a screen's or a chip's rate
    "马力 毫安时 赫兹 兆赫 吉赫 "
    # after digits only: in Chinese numerals a word or names as often (四起 "on all sides";
    # 段二, 二张 "the two Zhangs" of older prose)
    "起 段 张 " + _COUNT_UNITS
)
_UNIT = f"(?:{_longest_first(_UNITS)})"
# A figure is found in two steps so that nothing can backtrack: one pass over the text takes
# each maximal run of number characters (no two ways to split a run, so every character is
# read once), then a unit is looked for right after the run (a few characters at most). One
# regular expression of both, as before, was cubic in the length of a run of 一 or of digits.
_FIGURE = re.compile(
    rf"百分之(?:{_DIGIT}+(?:\.{_DIGIT}+)?|{_HAN_NUMBER}+(?:点{_HAN_NUMBER}+)?)"
    rf"|(?P<digits>(?:第|零下)?{_DIGIT}+(?:[.,，．]{_DIGIT}+)*"  # (零下5℃: below zero)
    # a range of two figures before one unit (4～6级, 8到10摄氏度, 3-5个)
    rf"(?:(?:[～~—－-]|到|至){_DIGIT}+(?:[.,．]{_DIGIT}+)*)?)"
    # a run stops before 百分之 (十百分之二: the percentage is the figure)
    # (数十亿, 几百个, 近千人, 上万名: an approximate count keeps its 数, 几, 近, 上)
    # (not 成千上万, an idiom)
    rf"|(?P<han>(?:第|[数几近](?=[十百千万])|(?<!千)上(?=[百千万]))?(?:(?!百分之){_HAN_NUMBER})+)"
)
# What may follow a run of digits to make a figure: 3万多人, 12英寸, 58.55%.
_DIGITS_UNIT = re.compile(rf"(?:多|余|来|几)?(?:万亿|亿|万|千|百)?(?:多|余)?{_UNIT}")
_UNIT_ALONE = re.compile(_UNIT)
# 2小时01分09秒, 3分12秒, 9秒83: a duration goes on in smaller units after its first, and a
# race's seconds take their hundredths.
_HUNDREDTHS = rf"{_DIGIT}{{2}}(?![0-9０-９.．])"
_DURATION_ON = re.compile(
    rf"(?<=小时){_DIGIT}{{1,2}}(?:分钟|分)(?:{_DIGIT}{{1,2}}秒(?:{_HUNDREDTHS})?)?"
    rf"|(?:(?<=分钟)|(?<=分)){_DIGIT}{{1,2}}秒(?:{_HUNDREDTHS})?"
    rf"|(?<=秒){_HUNDREDTHS}"
)
# 收盘报3250.12点, 下跌125点: an index's points; a clock's hour has one or two digits (3点).
_INDEX_POINTS = re.compile(rf"{_DIGIT}{{3,}}|{_DIGIT}+(?:[.,，．]{_DIGIT}+)+")
# In Chinese numerals only counts: 十余次, 三家, 第十三届, 三点五个百分点; not 十分 (very),
# 七寸, 千家万户.
_HAN_UNIT = re.compile(
    rf"(?:多|余|来)?(?:点{_HAN_NUMBER}+)?(?:万亿|亿|万)?(?:多|余)?(?:个百分点|{_COUNT_UNIT})"
)
# The characters a figure can open with (百分之, 第, a digit or a numeral).
_FIGURE_OPENING = re.compile("[0-9０-９零〇一二三四五六七八九十百千万两第数几近上]")
_HAN_DIGIT = re.compile("[零〇一二三四五六七八九十两]")  # a run of only 百千万 counts nothing
_APPROXIMATE = frozenset("数几近上")  # … unless it is an approximate count (数百, 近千, 上万)
_TITLE = re.compile(r"《[^《》\n]{1,60}》")
# What follows a numbered bureau (十二局) in a body's name.
_BUREAU_AFTER = re.compile("集团|有限|公司|党委|机关|职工")


# Optional last words of a time, dropped when they open the next word (2019年中国 -> 2019年,
# 1998年春节 -> 1998年, 6月份额 -> 6月); the year, month, day and hour characters are never
# dropped.
_TIME_TAIL = re.compile(
    r"(?:份|初|底|末|中|春|夏|秋|冬|上半年|下半年|前后|以来|中旬|上旬|下旬|中期|末期"
    rf"|{_DAY_PART}|晚)$"
)
# Tags of the word right before a numbered name: 长征七号, 神舟十一号, 嫦娥四号 are models.
_MODEL_NAME_TAGS = frozenset({"n", "nz", "ns", "nr", "nt", "j", "eng", "nrt"})


def find_measures(text: str, tokens: list[tuple[str, str]] | None = None) -> list[Span]:
    """time, number and title spans; a number inside a time is the time's, not a number.

    With the text's `tokens` (jieba's words), no time ends inside a word (the optional tail
    of a time that opens the next word is dropped) and a model's number is no figure."""
    spans: list[Span] = []
    taken = bytearray(len(text))
    words = None  # jieba's word starts, built when the first time or figure needs them
    for match in _TITLE.finditer(text):
        spans.append((match.start(), match.end(), "title"))
        taken[match.start() : match.end()] = b"\x01" * (match.end() - match.start())
    at = 0
    while match := leftmost(_TIME, _TIME_OPENING, text, at):
        start, end = match.span()
        at = end
        if tokens is not None:
            words = words if words is not None else _word_starts(tokens)
            end = _time_end(text, start, end, words)
        if (
            _YEARS_COUNTED.fullmatch(text, start, end)
            and text[start - 1 : start] in _BEFORE_A_COUNT
        ):
            continue  # 工作了20年, 已有20年: a count of years (the figure below), no year 20
        if end - start >= 2 and taken.find(1, start, end) < 0:
            spans.append((start, end, "time"))
            taken[start:end] = b"\x01" * (end - start)
    for start, end in _figures(text):
        if taken.find(1, start, end) >= 0 or not _is_number(text[start:end]):
            continue
        if text[end - 1] == "局" and _BUREAU_AFTER.match(text, end):
            continue  # 中铁十二局集团: a numbered bureau's company, no count of games
        if tokens is not None:
            if _model_number(text, start, end, words, tokens):
                continue
            # (a unit before a mark or a digit opens no word: most figures end so)
            if "\u4e00" <= text[end : end + 1] <= "\u9fff":
                words = words if words is not None else _word_starts(tokens)
                if _unit_opens_a_word(text, end, words):
                    continue
        spans.append((start, end, "number"))
    return spans


def _word_starts(tokens: list[tuple[str, str]]) -> dict[int, tuple[int, str]]:
    """Start offset of each word -> (its end, its tag); the text's end maps to (end, "")."""
    starts: dict[int, tuple[int, str]] = {}
    at = 0
    for word, pos in tokens:
        starts[at] = (at + len(word), pos)
        at += len(word)
    starts[at] = (at, "")
    return starts


def _time_end(text: str, start: int, end: int, words: dict[int, tuple[int, str]]) -> int:
    """The end of a time once an optional tail that opens a longer word is dropped."""
    while end not in words:
        tail = _TIME_TAIL.search(text, start, end)
        cut = tail.start() if tail else -1
        if cut <= start or cut not in words:
            break  # the tail is no word's start: the time keeps it (jieba's own cut, 年底)
        end = cut
    return end


def _unit_opens_a_word(text: str, end: int, words: dict[int, tuple[int, str]]) -> bool:
    """骁龙8 Gen 3处理器: a one-character unit (处) that opens a dictionary word of three or
    more characters (处理器) is none; jieba glues a unit to what follows it as often, into
    no dictionary word (200 名新冠) or into "about" (500 万左右)."""
    word = words.get(end - 1)
    return (
        word is not None
        and word[0] >= end + 2
        and not text.endswith("左右", end - 1, word[0])  # 万左右/m, 米左右/nr: "about"
        and dictionary_frequency(text[end - 1 : word[0]]) > 0
    )


def _model_number(
    text: str,
    start: int,
    end: int,
    words: dict[int, tuple[int, str]] | None,
    tokens: list[tuple[str, str]],
) -> bool:
    """长征七号, 神舟十一号, 嫦娥四号: a number glued to the name before it is a model's."""
    if text[end - 1] != "号" or start == 0:
        return False
    words = words if words is not None else _word_starts(tokens)
    if start not in words:
        return False
    for before in range(start - 1, max(-1, start - 9), -1):
        if before in words:
            return words[before][0] == start and words[before][1] in _MODEL_NAME_TAGS
    return False


def _figures(text: str) -> list[tuple[int, int]]:
    """(start, end) of each number with its unit, in order; linear in the text's length."""
    found = []
    at = 0
    while match := leftmost(_FIGURE, _FIGURE_OPENING, text, at):
        at = match.end()
        if match.group("digits") is not None:
            unit = _DIGITS_UNIT.match(text, at)
            # 78.4千瓦时: a unit that opens with a magnitude's character is whole (the
            # pattern takes 千 as the magnitude, then 瓦)
            whole = _UNIT_ALONE.match(text, at)
            if whole and (unit is None or whole.end() > unit.end()):
                unit = whole
            if (
                unit is None
                and text.startswith("点", at)
                and _INDEX_POINTS.fullmatch(match.group())
            ):
                found.append((match.start(), at + 1))
                at += 1
                continue
        elif match.group("han") is not None:
            run = match.group()
            counts = _HAN_DIGIT.search(run) or run[0] in _APPROXIMATE  # (近千, 数百: a count)
            unit = _HAN_UNIT.match(text, at) if counts else None
            if unit and not a_count(run):
                at = unit.end()  # 八一队: a name, with its "unit"; no figure starts inside it
                continue
        else:  # 百分之五十: complete in itself
            found.append(match.span())
            continue
        if unit:  # the next figure starts after the unit (3千 + 两年 is no second figure)
            at = unit.end()
            if match.group("digits") is not None and (more := _DURATION_ON.match(text, at)):
                at = more.end()
            found.append((match.start(), at))
    return found


# The values of the numerals a guess is made of (三四个, 三五个, 五七个, 一两次).
_VALUES = {c: v for v, c in enumerate("零一二三四五六七八九")} | {"〇": 0, "两": 2}


def a_count(run: str) -> bool:
    """三十, 一百零八, 三五 (three to five), 三两 (a few): a count in Chinese numerals; not
    digits read one by one, which name a date or a thing (八一队 is the army's team, 五四
    the movement): a guess goes up."""
    digits = run.removeprefix("第")
    if len(digits) < 2 or any(c in "十百千万亿" for c in digits) or digits == "三两":
        return True
    values = [_VALUES.get(c) for c in digits]
    if None in values:
        return True  # 12队, or a run jieba made up (李第队/m): no team named by numerals
    return all(a < b for a, b in itertools.pairwise(values))


def _is_number(found: str) -> bool:
    # A bare one-character numeral with a classifier (一个, 两人) is a word, not a figure.
    if len(found) == 3 and found[0] == "一" and found[1] == found[2]:
        return False  # 一次次, 一个个: "one after another"
    return not (len(found) <= 2 and found[0] in "一两几")

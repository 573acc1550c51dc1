"""The token vocabulary the entity rules share: jieba tag sets, a few marks, the lexicon."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Collection, Iterable, Sequence
from functools import cache
from typing import Generic, TypeVar

from tui.annotate import gazetteer as gz

Span = tuple[int, int, str]  # start, end (exclusive), kind

# jieba tags: nr person, nrt/nrfg transliterated or foreign name, ns place, nt organisation.
PERSON_TAGS = frozenset({"nr", "nrt", "nrfg"})

# Tags of proper nouns: other proper names, organisations, abbreviations, Latin words, places.
PROPER_TAGS = frozenset({"nz", "nt", "j", "eng", "nrt", "ns"})

# What a film's or a song's credits say a person did, right after the name (巩俐 主演,
# 宁浩 监制, 方文山 作词): only people direct, star, write or sing.
CREDITED_ROLES = frozenset({"执导", "主演", "监制", "编剧", "领衔主演", "作词", "作曲", "演唱"})
# Words next to a name that make it a person: a title before or after, a speech verb after,
# what a film's credits say (主演), a word for the person or the party (杨幂本人, 李明一行,
# 王刚夫妇), or leading a side or a party (梅西率领的阿根廷队).
CUE_WORDS = (
    gz.PERSON_TITLES | gz.SPEECH_VERBS | CREDITED_ROLES | {"本人", "一行", "夫妇", "率领", "带领"}
)


def leftmost(
    pattern: re.Pattern[str], opening: re.Pattern[str], text: str, at: int = 0
) -> re.Match[str] | None:
    """`pattern.search(text, at)`, tried only where one of the characters every match opens
    with (`opening`) stands. Python's engine tries a pattern that opens with look-arounds or
    many branches at every position; this is four to five times quicker on news text."""
    while candidate := opening.search(text, at):
        at = candidate.start()
        if match := pattern.match(text, at):
            return match
        at += 1
    return None


# A colon and an opening quotation mark: speech follows (谢道：“…”).
OPENS_A_QUOTE = re.compile('[：:]\\s*[“"‘「]')

# The longest of them, for looks at the characters beside a name.
LONGEST_CUE = max(map(len, CUE_WORDS))
_TITLES = tuple(gz.PERSON_TITLES)

# Chinese numerals: 四大 and 五大 ("the four big …") are no university; 八一 of 八一公园 a date.
NUMERALS = frozenset("一二三四五六七八九十")

# What joins the items of a list (李静、吉杰, 美国和俄罗斯队).
LIST_JOINERS = frozenset("、和与及")

# Marks between the parts of a foreign name (科菲·安南).
NAME_DOTS = frozenset("·•‧・.．")

# Function characters that never end or continue a name.
PARTICLES = frozenset(
    "的了在和与是说等也都就将把被对向从为给让及或而并又便笑却才还再只先忙问答喝骂怒乃遂即亦皆已曾则"
)

# Verbs and adverbs that jieba glues to the name before them in narration (林冲告 道, 晁盖听 了,
# 杨志早 去, 雷横劝 道): the name is the characters before.
GLUED_VERBS = frozenset(
    "道说告听早大劝问笑喝叫骂答见看把将去也又却只再便就乃等与和对向在了谢怒哭叹应回起跳拜请指"
    "提拿取走来入出上下坐立送随忙急慌先自正都亦即遂吃寻想"
)

# Token kinds of a person candidate before its context settles it ("person?" needs a cue).
NAME_CANDIDATES = frozenset({"person", "person?", "foreign"})

# What a noun phrase opens after, so a name may stand right after it: 的, a mark, 和 or 与.
NOUN_PHRASE_OPENERS = frozenset({"的", "，", "、", "。", "；", "：", "“", "”", "和", "与"})
# What opens a familiar name before a family name (小李, 老张, 阿袁).
FAMILIAR_PREFIXES = frozenset("阿小老")
# Prepositions jieba glues to the last character of the name before them (王建 + 光在/p,
# 埃尔多 + 安在/p).
PREPOSITIONS_AFTER_NAMES = frozenset("在于向对从把被")

# Family words, after a name the person's kin (王明妻子, 李明奶奶, 陈蕾的父亲): the kin is who
# is meant, not the one named.
KIN_WORDS = frozenset(
    "妻子 丈夫 儿子 女儿 父亲 母亲 妈妈 爸爸 奶奶 爷爷 外婆 外公 姥姥 姥爷 哥哥 姐姐 弟弟 妹妹"  # noqa: SIM905
    " 女婿 儿媳 父母 子女 老伴 爱人 夫人 家人 家属 孩子".split()
)

# Tags of function words, numbers and punctuation.
FUNCTION_TAGS = frozenset({"x", "m", "uj", "p", "c", "u", "ul", "r", "d", "f", "q", "y", "e"})

# Tags of an idiom or a set phrase (陷入僵局/l, 一帆风顺/i).
IDIOM_TAGS = frozenset({"i", "l"})


@cache
def lexicon() -> tuple[frozenset[str], frozenset[str]]:
    """The gazetteer's places and the surnames."""
    return gz.places(), gz.surnames()


def transliterated(word: str) -> bool:
    """Whether every character is one used to write foreign names (克林顿, 基里延科)."""
    return gz.TRANSLITERATION_CHARS.issuperset(word)


_LONGEST_ADDRESS = max(map(len, gz.FORMS_OF_ADDRESS))


def address_at(text: str, at: int) -> int:
    """The length of the longest office or form of address starting at `at` (局长 of 王局长);
    0 where none does."""
    return next(
        (
            size
            for size in range(_LONGEST_ADDRESS, 0, -1)
            if text[at : at + size] in gz.FORMS_OF_ADDRESS
        ),
        0,
    )


def cue_at(text: str, at: int, words: frozenset[str] = CUE_WORDS) -> bool:
    """Whether one of `words` (a title or a speech verb) starts at `at`."""
    return any(text[at : at + size] in words for size in range(1, LONGEST_CUE + 1))


# (start, end) pairs or spans (start, end, kind)
_Pair = TypeVar("_Pair", tuple[int, int], tuple[int, int, str])


class Stretches(Generic[_Pair]):
    """(start, end) pairs, asked whether one holds or overlaps a span: by bisection over their
    starts, so a rule that asks it of every span of a long list of names does not compare
    every pair (a paragraph listing 20,000 bodies took 13 s so)."""

    def __init__(self, pairs: Iterable[_Pair]) -> None:
        self._ordered = sorted(pairs, key=lambda pair: (pair[0], pair[1]))
        self._starts = [pair[0] for pair in self._ordered]
        self._reach: list[int] = []  # the furthest end among the pairs up to each one
        furthest = -1
        for pair in self._ordered:
            furthest = max(furthest, pair[1])
            self._reach.append(furthest)
        self._longest = max((pair[1] - pair[0] for pair in self._ordered), default=0)

    def touching(self, start: int, end: int) -> list[_Pair]:
        """The pairs (spans, as given) that share a character with start..end."""
        low = bisect_left(self._starts, start - self._longest)
        high = bisect_left(self._starts, end)
        return [pair for pair in self._ordered[low:high] if pair[1] > start]

    def hold(self, start: int, end: int) -> bool:
        """Whether one pair holds start..end whole (its start at or before, its end at or
        after): the pairs from `start` on cannot."""
        k = bisect_right(self._starts, start)
        return k > 0 and self._reach[k - 1] >= end

    def overlap(self, start: int, end: int) -> bool:
        """Whether one pair shares a character with start..end."""
        k = bisect_left(self._starts, end)
        return k > 0 and self._reach[k - 1] > start


def outside(
    spans: list[Span], covers: Iterable[Sequence[int]], kinds: Collection[str] | None = None
) -> list[Span]:
    """`spans` less those that lie inside one of `covers` (spans, or (start, end) pairs): what
    a rule keeps when it puts longer names in their place. With `kinds`, only spans of those
    kinds go."""
    bounds = Stretches(covers)
    return [
        s for s in spans if kinds is not None and s[2] not in kinds or not bounds.hold(s[0], s[1])
    ]


def put_in(spans: list[Span], found: list[Span]) -> list[Span]:
    """`spans` with `found` put in, in order, and every span that overlaps one of them taken
    out: what a rule returns when its finds win over whatever they cross."""
    winners = Stretches(found)
    kept = [s for s in spans if not winners.overlap(s[0], s[1])]
    return sorted(kept + found)


def fills_title_marks(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is all a pair of 《》 holds (《叶问》: the film, not the man)."""
    return text[start - 1 : start] == "《" and text[end : end + 1] == "》"


def title_before(text: str, end: int) -> bool:
    """Whether a person's title ends at `end` (县长 李明, 首席投资官：…)."""
    return text.endswith(_TITLES, 0, end)


# An item of a list: a run of Chinese characters (a name written with a dot among them).
_LIST_ITEM = re.compile(r"[\u4e00-\u9fff·]+")
# A short note in brackets after an item (施一公(2017年)), which is no item of its own, and the
# 等 or the count of firms that closes a list (…、鸿博股份等跌幅, …、百度三家公司): blanked before
# the items are read.
_NOT_AN_ITEM = re.compile(r"[（(][^（）()、]{0,12}[）)]|等|[两三四五六七八九十几]+家")
# What stands between two items of one list: 、 and spaces.
_BETWEEN_ITEMS = re.compile(r"\s*、\s*")
# The word that joins the last item to the one before it, each of two characters or more;
# not inside a ministry's name (…、工业和信息化部).
_MINISTRY_LAST = frozenset("部委局厅署")
_LAST_JOINER = re.compile(r"[^和及与]{2,}?(以及|和|及|与)[^和及与]{2,}")


def list_chains(text: str) -> list[list[tuple[int, int]]]:
    """The lists in `text` written with 、, each as the (start, end) of its items in order; an
    item is a whole run of Chinese characters, so the first of a list may hold the words before
    it (获奖者为李家洋): callers take items whole or not at all. The last run is two items where
    和, 及, 与 or 以及 joins them (…、联发科和紫光展锐)."""
    if "、" not in text:
        return []
    blanked = _NOT_AN_ITEM.sub(lambda found: " " * len(found.group()), text)
    chains: list[list[tuple[int, int]]] = []
    last: tuple[int, int] | None = None
    for match in _LIST_ITEM.finditer(blanked):
        item = match.span()
        if last is not None and _BETWEEN_ITEMS.fullmatch(blanked, last[1], item[0]):
            if chains and chains[-1][-1] == last:
                chains[-1].append(item)
            else:
                chains.append([last, item])
        last = item
    for chain in chains:  # …、联发科和紫光展锐: the last two items joined by 和
        start, end = chain[-1]
        joined = _LAST_JOINER.fullmatch(blanked, start, end)
        if joined and blanked[end - 1] not in _MINISTRY_LAST:
            chain[-1:] = [(start, joined.start(1)), (joined.end(1), end)]
    return chains

"""Places the tagger misses or mis-cuts: 中美 = 中 + 美, 中国政府 = 中国, 大湾 + 区, 中、美两国."""

from __future__ import annotations

import re
from functools import cache

from tui.annotate import gazetteer as gz
from tui.annotate.tags import (
    FUNCTION_TAGS,
    NAME_CANDIDATES,
    NUMERALS,
    PERSON_TAGS,
    PROPER_TAGS,
    Span,
    outside,
    put_in,
    transliterated,
)
from tui.text import surnames as family_names
from tui.text.segment import dictionary_frequency, dictionary_tag

# First characters of tokens that may hold a place inside: 中美, 访华, 美方.
INSIDE_OPENERS = gz.PLACE_ABBREVIATIONS | gz.ABBREVIATION_PREFIXES

# One-character places a verb or preposition takes: 访华, 驻京, 赴港, 对美.
_ABBREVIATION_TARGETS = frozenset("华美京日俄英法德韩港澳台沪")

# What follows a one-character country in one token: 美方, 美军, 华籍.
_ONE_CHAR_TAILS = frozenset({"方", "军", "籍", "方面"})

# Tails after a one-character country that leave no doubt (俄政府, 美总统; not 美人, 法人).
_AFTER_ONE_CHAR_COUNTRY = frozenset(
    ("政府", "总统", "总理", "首相", "外长", "大使", "方面", "军方", "军队", "两国", "关系")
    + ("当局", "政局", "局势", "国内", "境内", "全国", "全境")
)

# Endings that make a token jieba tagged as a name a place instead (公明镇, 白金汉宫).
PLACE_ENDS = frozenset("县镇乡村市宫殿寺岛州省泊寨冈岗庙礁塔祠沟滩")

# Endings of a place name outside the gazetteer that jieba's ns can be trusted with.
PLACE_SUFFIXES = frozenset(
    "省市县区镇乡村州旗盟山河湖江海岛港湾路街岭峰关口屯寨堡城洲峡谷原岸宫寺庙桥国"
)

# Locatives jieba glues to a division ending (大湾 区内, 旧金山湾 区里, 揭阳 镇上); not 下: 旗下
# is "under" a company (腾讯 旗下), no banner.
_LOCATIVES = frozenset("内里外中上")

# Dictionary tags of a two-character word that may be two places (中美/ns, 港澳/j, 中日/t);
# None: jieba does not know the pair (法德, 日美).
_PAIR_TAGS = frozenset({"ns", "j", "nt", "nz", "t", None})

# jieba's tags of one-character words that are a day or "in" (日 中: midday): a run of
# them alone is no run of countries (日/m 俄/j is).
_NOT_COUNTRY_TAGS = frozenset({"m", "q", "f"})

# Words after a one-character country that make it a place: 中、美两国, 中方, 中俄关系.
PAIR_WORDS = frozenset({"两国", "双方", "关系", "方", "方面", "之间", "三国", "等国", "两", "三"})


@cache
def place_openings() -> frozenset[str]:
    """First two characters of every gazetteer place: a token opening otherwise holds none."""
    return frozenset(p[:2] for p in gz.places() if len(p) >= 2)


def mark_one_character_places(tokens: list[tuple[str, str]], kinds: list[str | None]) -> None:
    """中、美、俄 / 中 俄 两国 / 中方: one-character countries written as separate tokens."""
    count = len(tokens)
    abbreviations = gz.COUNTRY_ABBREVIATIONS
    # Most tokens are none: the few that are, found in one pass (the short names are one
    # character each, so a longer token is never among them).
    done = 0  # tokens before this one belong to a run already settled
    for i in [k for k, (word, _) in enumerate(tokens) if word in abbreviations]:
        if i < done or kinds[i] is not None:
            continue
        # A run of one-character countries, maybe separated by 、: 中 俄 / 中、美、俄.
        end = i + 1
        while end < count:
            w = tokens[end][0]
            if len(w) == 1 and w in abbreviations and kinds[end] in (None, "place"):
                end += 1
            elif w == "、" and end + 1 < count and tokens[end + 1][0] in abbreviations:
                end += 2
            else:
                break
        done = end
        singles = [k for k in range(i, end) if tokens[k][0] != "、"]
        if all(tokens[k][1] in _NOT_COUNTRY_TAGS for k in singles):
            continue  # 日/m 中/f: midday, not Japan and China
        after = tokens[end][0] if end < count else ""
        before_listed = i >= 2 and tokens[i - 1][0] == "、" and kinds[i - 2] == "place"
        if len(singles) > 1 or after in PAIR_WORDS or before_listed:
            for k in singles:
                kinds[k] = "place"


def division_ending(word: str) -> int:
    """How many characters of a token end a division name before it: 1 for 区, and for 区内 or
    市里 (jieba glues the locative to the ending); 0 when the token is no such ending."""
    if (
        word in gz.DIVISION_ENDINGS
        or len(word) == 2
        and word[0] in gz.DIVISION_ENDINGS
        and (word[1] in _LOCATIVES)
    ):
        return 1
    return 0


# A town's sub-district (街道), named as a division is.
_SUB_DISTRICT = "街道"
# Towns, townships and villages: the divisions a county's place names in a row end with.
_SMALL_DIVISIONS = frozenset({"镇", "乡", "村"})
_COMMON_TOWN_HEAD = 100  # a dictionary word this frequent is a common one (农村, 城乡)
# First characters of what ends a division's name after it.
_OPENINGS = gz.DIVISION_ENDINGS | {_SUB_DISTRICT[0]}


# A word jieba's dictionary holds this often is a common one, whatever its tag (深水/ns 331).
_COMMON_PLACE_TAGGED = 300


def _common_word_tagged_place(word: str, pos: str, ending: str) -> bool:
    """进入 深水/ns 区: a common word jieba tags as a place, and 区, make a phrase (the deep end),
    no district; 和平 区 is one, a division the gazetteer holds."""
    return (
        pos == "ns"
        and dictionary_frequency(word) >= _COMMON_PLACE_TAGGED
        and word + ending not in gz.divisions()
    )


def join_division_endings(
    tokens: list[tuple[str, str]], kinds: list[str | None], starts: list[int], spans: list[Span]
) -> None:
    """大湾 + 区 -> 大湾区; 太原 晋 + 源区 -> 太原, 晋源区: a division name jieba cut apart."""
    count = len(tokens)
    endings = gz.DIVISION_ENDINGS
    # Only a place, or a token before a division's ending, can start either case: found in one
    # pass, as most tokens are neither.
    for i in [
        k for k in range(count - 1) if kinds[k] == "place" or tokens[k + 1][0][0] in _OPENINGS
    ]:
        following = tokens[i + 1][0]
        if following[0] in endings:
            ending = division_ending(following)
        else:  # 花市 街道, 武湖 街道: a town's sub-district
            ending = len(_SUB_DISTRICT) if following == _SUB_DISTRICT else 0
        word, pos = tokens[i]
        if (
            kinds[i] == "place"
            and kinds[i + 1] == "place"
            and len(following) >= 3
            and word + following[0] in gz.divisions()
            and following[1:] in gz.divisions()
        ):
            # 普洱 + 市孟连县/ns: jieba gave the city's ending to the county after it
            spans.append((starts[i], starts[i + 1] + 1, "place"))
            spans.append((starts[i + 1] + 1, starts[i + 2], "place"))
            kinds[i] = kinds[i + 1] = "joined"
            continue
        # 塔科马 + 市, 龙泉 + 乡: a name and the division it is; 通道/v + 县: a county's name
        # that is a word too
        if (
            ending
            and kinds[i + 1] is None
            and (
                kinds[i] == "place"
                or len(word) >= 2
                and (
                    pos in PROPER_TAGS
                    and not _common_word_tagged_place(word, pos, following[:ending])
                    or kinds[i] in NAME_CANDIDATES
                    or word + following[:ending] in gz.divisions()
                )
            )
        ):
            spans.append((starts[i], starts[i + 1] + ending, "place"))
            kinds[i] = kinds[i + 1] = "joined"
            continue
        if kinds[i] != "place":
            continue
        # 太原 晋 + 源区, 赫山区 泉 + 交河 + 镇: after a place, a smaller division cut apart
        for size in (2, 3):
            pieces = tokens[i + 1 : i + 1 + size]
            if len(pieces) < size or not all(
                p not in FUNCTION_TAGS and kinds[i + 1 + k] is None
                for k, (_, p) in enumerate(pieces)
            ):
                break
            joined = "".join(word for word, _ in pieces)
            if (
                3 <= len(joined) <= 4
                and joined[-1] in gz.DIVISION_ENDINGS
                and (len(pieces[0][0]) == 1 if size == 2 else pieces[-1][0] in _SMALL_DIVISIONS)
                # 新 + 农村: a kind of village or town (the countryside, 城镇) ends no name
                and not (
                    joined[-1] in _SMALL_DIVISIONS
                    and dictionary_frequency(joined[-2:]) >= _COMMON_TOWN_HEAD
                )
            ):
                # 太平 湾 + 港区, 杭州 湾 + 新区: a bay's or an island's district is named
                # by the whole (太平湾港区), not by a word of 湾 and its ending
                first = i if size == 2 and pieces[0][0] in _WATERS_OF_A_CITY else i + 1
                spans.append((starts[first], starts[i + 1 + size], "place"))
                for k in range(first, i + 1 + size):
                    kinds[k] = "joined"
                break


# The kinds of zone a city sets up, named by a word before them (雄安 新区, 贵安/ns 新区, 天府/n
# 新区 管委会); jieba holds the well known ones whole (浦东新区/ns).
ZONE_WORDS = frozenset({"新区", "开发区", "高新区", "经开区", "自贸区", "保税区", "工业园区"})
# Tags of a word that names a zone: a name, a noun, an adjective jieba guessed (雄安/a) …
_ZONE_NAME_TAGS = frozenset({"ns", "nz", "nr", "nrt", "j", "n", "a"})
_COMMON_ZONE_HEAD = 2000  # … not a word this common (建设 新区, 经济 开发区: a kind of zone)


def join_zone_names(
    tokens: list[tuple[str, str]], kinds: list[str | None], starts: list[int], spans: list[Span]
) -> None:
    """雄安 + 新区, 贵安 + 新区: a zone named by the word before its kind, one place."""
    for i in range(len(tokens) - 1):
        word, pos = tokens[i]
        if (
            tokens[i + 1][0] in ZONE_WORDS
            and kinds[i + 1] is None
            and 2 <= len(word) <= 3
            and (
                kinds[i] == "place"
                or kinds[i] is None
                and pos in _ZONE_NAME_TAGS
                and dictionary_frequency(word) < _COMMON_ZONE_HEAD
            )
        ):
            spans.append((starts[i], starts[i + 2], "place"))
            kinds[i] = kinds[i + 1] = "joined"


# Landform endings jieba leaves as a token of their own after the name (狮子 峰, 鳄鱼 岛, 清风 山,
# 九皇 山), and a temple's; not 寨, which old prose uses as "camp" after any verb (拔寨, 回寨).
LANDFORM_ENDS = frozenset("峰岛湾岭礁峡山寺湖")

# A bay or an island named after the city on it (杭州湾, 胶州湾, 金州湾).
_WATERS_OF_A_CITY = frozenset("湾岛")
# Last characters of a word that says where or which, not what: 堂上, 谓之, 本 (this).
_WHERE_OR_WHICH = frozenset("上下里内外中之本此该其")

# Tags of the name before such an ending: nouns and proper nouns (not a person's name).
_BEFORE_LANDFORM = frozenset({"n", "nz", "ns", "j"})


def join_landform_endings(
    tokens: list[tuple[str, str]], kinds: list[str | None], starts: list[int], spans: list[Span]
) -> None:
    """狮子 + 峰 -> 狮子峰, 祥云 + 湾 -> 祥云湾: a peak, an island or a bay named by the word
    before its ending, which jieba cut off (words it knows whole, 海岛 or 半岛, are no name)."""
    for i in range(len(tokens) - 1):
        word, pos = tokens[i + 1]
        if (
            len(word) == 1
            and word in LANDFORM_ENDS
            and kinds[i + 1] is None
            and len(tokens[i][0]) >= 2
            and tokens[i][1] in _BEFORE_LANDFORM
            # 宋江 回寨, 梁山泊 寨, 中军 寨: a person's or a place's camp, an army's, no name;
            # a city's bay or island is one (金州 湾, 杭州 湾)
            and (
                kinds[i] is None
                or kinds[i] == "place"
                and (tokens[i][0][-1] not in PLACE_SUFFIXES or word in _WATERS_OF_A_CITY)
            )
            and tokens[i][0][-1] not in "军兵"
            and tokens[i][0][-1] not in _WHERE_OR_WHICH  # 堂上 山, 谓之 山: no name
        ):
            spans.append((starts[i], starts[i + 2], "place"))
            kinds[i] = kinds[i + 1] = "joined"


# Endings of a place that a foreign name may carry (雅拉 河, 塔斯曼 湖), and the locatives jieba
# glues to them (河上, 湖边, 山中).
_FOREIGN_PLACE_ENDS = frozenset("山河湖岛湾峰桥港峡谷")
_BESIDE_A_LANDFORM = frozenset("上下中里边畔内外旁")
# Landforms written as words of their own after a name (艾特肯 盆地, 阿塔卡马 沙漠), or at the
# end of one jieba holds whole (安第斯山脉/ns).
LANDFORM_WORDS = (
    "盆地",
    "平原",
    "高原",
    "沙漠",
    "海峡",
    "群岛",
    "半岛",
    "山脉",
    "火山",
    "冰川",
    "运河",
    "雨林",
)


def join_foreign_landforms(
    tokens: list[tuple[str, str]], kinds: list[str | None], starts: list[int], spans: list[Span]
) -> None:
    """雅拉 + 河(上), 塔斯曼 + 湖边, 拉什 + 莫尔山, 艾特肯 + 盆地: a foreign name before a
    landform's ending or word, or before the rest of a foreign place's name, is that place, no
    person."""
    count = len(tokens)
    for i in range(count - 1):
        if kinds[i] != "foreign":
            continue
        after, after_pos = tokens[i + 1]
        if kinds[i + 1] not in (None, "place"):
            continue
        if after[0] in _FOREIGN_PLACE_ENDS and (len(after) == 1 or after[1:] in _BESIDE_A_LANDFORM):
            end = starts[i + 1] + 1  # 雅拉 河上
        elif after in LANDFORM_WORDS:
            end = starts[i + 2]  # 艾特肯 盆地
        elif after_pos == "ns" and after[-1] in _FOREIGN_PLACE_ENDS and transliterated(after[:-1]):
            end = starts[i + 2]  # 拉什 莫尔山
        else:
            continue
        first = i
        while first and kinds[first - 1] == "foreign":
            first -= 1  # 施纳尔 斯塔尔: a foreign name jieba cut in syllables
        spans.append((starts[first], end, "place"))
        for k in range(first, i + 2):
            kinds[k] = "joined"


# The kinds of road that stand as a token of their own after the road's name (扬子江 路).
_ROAD_KINDS = frozenset({"路", "街", "大街", "大道"})
# Tags of a road's name before its kind: proper nouns and names (飞龙/nz 路, 徐霞客/nr 大道).
_ROAD_NAME_TAGS = PERSON_TAGS | {"nz", "ns", "j"}
# Roads jieba coined whole as a name or a verb: 北惠路/nr, 锡澄路/v, not in its dictionary
# (东途路/n 远, the way east is far, is a noun).
_ROAD_ENDS = ("路", "大道")
_COINED_ROAD_TAGS = frozenset({"nr", "ns", "nz", "v", "vn"})
_NEGATIONS = frozenset("不没无未非别莫")
# What follows a road's name: a mark, a place word or a function word (飞龙路 附近, 扬子江路 -);
# not an adjective or an adverb, which make 路 the way (老汉 路 远, 张清哨 路 最 当先).
_AFTER_ROAD_TAGS = frozenset({"x", "f", "uj", "c", "p", "u", "s", "m", "eng", "v", "vn", "j"})


def join_road_names(
    tokens: list[tuple[str, str]], kinds: list[str | None], starts: list[int], spans: list[Span]
) -> None:
    """扬子江 + 路, 徐霞客 + 大道, 飞龙 + 路; 北惠路/nr, 锡澄路/v: a road by its name, one place
    (no person, nor a verb). A city's name before 路 is left to `streets` (哈尔滨大街 keeps
    the city, as news annotation has it)."""
    count = len(tokens)
    for i, (word, pos) in enumerate(tokens):
        if kinds[i] not in (None, "person", "person?", "foreign", "surname"):
            continue
        if (
            i + 1 < count
            and tokens[i + 1][0] in _ROAD_KINDS
            and kinds[i + 1] is None
            and len(word) >= 2
            and pos in _ROAD_NAME_TAGS
            # 捷豹 路 虎: a brand's name goes on; 老汉 路 远: the way is far
            and (i + 2 == count or tokens[i + 2][1] in _AFTER_ROAD_TAGS)
        ):
            spans.append((starts[i], starts[i + 2], "place"))
            kinds[i] = kinds[i + 1] = "joined"
        elif (
            len(word) == 3
            and word.endswith(_ROAD_ENDS)
            and pos in _COINED_ROAD_TAGS
            and word[0] not in _NEGATIONS  # 不换路/v: keep to one's course
            and not (pos == "nr" and family_names.is_common(word[0]))  # 张之路: a name
            and dictionary_frequency(word) == 0
            and (i + 1 == count or tokens[i + 1][1] in _AFTER_ROAD_TAGS)
        ):
            spans.append((starts[i], starts[i + 1], "place"))
            kinds[i] = "joined"


# Tags of a token that names the public place after it: proper nouns and names.
_BEFORE_FACILITY = PROPER_TAGS | {"nr", "nrfg"}
_FACILITY_WORDS = frozenset(gz.PUBLIC_PLACE_TAILS)
# A text without one of the words has no such place: most texts are passed over at once.
FACILITY_WORDS_PATTERN = re.compile("|".join(sorted(_FACILITY_WORDS, key=len, reverse=True)))


def join_facility_names(
    tokens: list[tuple[str, str]], kinds: list[str | None], starts: list[int], spans: list[Span]
) -> None:
    """特拉法加 + 广场, 迪士尼 + 乐园, 龟山 + 公园, 施纳尔 斯塔尔 + 冰川: a name and the kind
    of public place it names are one place (the name alone is no person, nor a place apart)."""
    for i in range(len(tokens) - 1):
        after = i + 1
        if tokens[after][0] not in _FACILITY_WORDS or kinds[after] not in _WHAT_A_KIND_MAY_BE:
            continue
        word, pos = tokens[i]
        if (
            len(word) >= 2
            and (
                kinds[i] in NAME_CANDIDATES
                or kinds[i] == "place"
                or pos in _BEFORE_FACILITY
                or pos == "m"
                and NUMERALS.issuperset(word)  # 八一公园, 五四广场: a date
            )
            and word not in gz.COUNTRIES  # 中国 公园: a country's parks, none by name
        ):
            first = i
            while first and kinds[first - 1] == "foreign" and kinds[first] == "foreign":
                first -= 1  # 施纳尔 斯塔尔: a foreign name jieba cut in syllables
            spans.append((starts[first], starts[after + 1], "place"))
            for k in range(first, after + 1):
                kinds[k] = "joined"


# What jieba may make of the kind of place itself: nothing, a name (小镇/nr), or a place word it
# holds whole (国家森林公园/nt).
_WHAT_A_KIND_MAY_BE = frozenset({None, "place"}) | NAME_CANDIDATES


def split_generic_tail(word: str, places: frozenset[str]) -> tuple[int, int] | None:
    """中国政府 -> (0, 2), 香港特区政府 -> (0, 4): the place in front of a generic tail (政府,
    关系, 地区 …)."""
    for cut in range(len(word) - 1, 0, -1):
        head, tail = word[:cut], word[cut:]
        if tail in gz.PLACE_GENERIC_TAILS and (
            head in places
            or head.endswith("特区")
            and head[:-2] in places
            or cut == 1
            and head in gz.COUNTRY_ABBREVIATIONS
            and tail in _AFTER_ONE_CHAR_COUNTRY
        ):
            return (0, cut)
    return None


def abbreviation_compound(word: str) -> list[tuple[int, int]] | None:
    """中美 / 中美关系 / 京津冀 -> one span per one-character place."""
    core = word
    for tail in ("关系", "两国", "等国", "之间", "双方"):
        if core.endswith(tail) and len(core) > len(tail):
            core = core[: -len(tail)]
            break
    if (
        2 <= len(core) <= 3
        and core not in gz.NOT_ABBREVIATION_PAIRS
        and all(ch in gz.COUNTRY_ABBREVIATIONS or ch in gz.REGION_ABBREVIATIONS for ch in core)
        # 非法 (b), 希冀 (nr), 美德 (n): a dictionary word of another kind is no pair of places
        and (len(core) == 3 or dictionary_tag(core) in _PAIR_TAGS)
    ):
        return [(k, k + 1) for k in range(len(core))]
    return None


def places_inside(word: str, pos: str, places: frozenset[str]) -> list[tuple[int, int]] | None:
    """Places inside a token that is not one as a whole: 中国政府, 中美关系, 访华, 美方."""
    size = len(word)
    if size < 2 or pos in ("x", "m", "uj", "p", "c", "d", "r"):
        return None
    generic = split_generic_tail(word, places)
    if generic:
        return [generic]
    if word.endswith("地区") and word[:-2] in places:
        return [(0, size - 2)]
    compound = abbreviation_compound(word)
    if compound:
        return compound
    if size >= 4 and (pair := _two_divisions(word)):
        return pair
    first, second = word[0], word[1]
    if first in gz.ABBREVIATION_PREFIXES and second in _ABBREVIATION_TARGETS:
        return [(1, 2)]
    if (
        first in gz.COUNTRY_ABBREVIATIONS
        and word[1:] in _ONE_CHAR_TAILS
        and (first != "中" or word[1] == "方")  # 中军 is the central army; 中方 is China
    ):
        return [(0, 1)]
    # (not in an idiom: 大同小异)
    return None if pos == "i" else _place_before_a_noun(word, places)


def _two_divisions(word: str) -> list[tuple[int, int]] | None:
    """广西南宁, 湖南长沙: a province and its city written as one word are two places."""
    divisions = gz.divisions()
    for cut in range(2, len(word) - 1):
        if word[:cut] in divisions and word[cut:] in divisions:
            return [(0, cut), (cut, len(word))]
    return None


# Last characters of a noun that makes the whole a body or a site of its own (中国残联, 美国国会,
# 苏州园林, 中山公园, 北京故宫): the place is no name apart from it.
_BODY_OR_SITE_ENDS = (
    gz.ORG_TAIL_CHARS
    | frozenset(w[-1] for w in gz.ORG_TAIL_WORDS)
    | frozenset("会联军院局社园宫区林山湖寺塔城港桥馆场站街路岛店党")
)

# Tags of a common word after a place in one token: 中国 京剧/n, 香港 市民/n, 中东 问题/n.
_COMMON_NOUN_TAGS = frozenset({"n", "vn", "an"})


def _place_before_a_noun(word: str, places: frozenset[str]) -> list[tuple[int, int]] | None:
    """中国京剧, 香港市民, 中东问题: a place and a common noun jieba wrote as one word; the
    place is named (not when the noun ends like a body or a site: 中国银行, 中山公园)."""
    for cut in range(min(len(word) - 2, 5), 1, -1):
        head, tail = word[:cut], word[cut:]
        if (
            head in places
            # a county's short name is too often a word's half (龙潭虎穴: 龙潭区)
            and head + "区" not in places
            and head + "县" not in places
            and tail[-1] not in _BODY_OR_SITE_ENDS
            and tail not in gz.ORG_WORDS
            and dictionary_tag(tail) in _COMMON_NOUN_TAGS
        ):
            return [(0, cut)]
    return None


# Two countries by one character each before 两国 or a word of their dealings (中意两国, 美哥
# 两国关系, 中韩建交, 中以双边): a known short name and the first character of a country's name.
_DEALINGS = "两国|关系|建交|双边|合作"
_PAIR_OF_COUNTRIES = re.compile(f"([\u4e00-\u9fff])(、?)([\u4e00-\u9fff])({_DEALINGS})")
PAIR_OF_COUNTRIES_CUE = re.compile(_DEALINGS)
_COMMON_PAIR = 100  # dictionary frequency of a word the two characters make (所以, 中西, 中意)


@cache
def _country_initials() -> frozenset[str]:
    return frozenset(name[0] for name in gz.COUNTRIES) | gz.COUNTRY_ABBREVIATIONS


def _pair_of_countries(first: str, second: str, cue: str, listed: bool) -> bool:
    initials = _country_initials()
    abbreviations = gz.COUNTRY_ABBREVIATIONS
    if first == second or first not in initials or second not in initials:
        return False
    if first not in abbreviations and second not in abbreviations:
        return False
    if cue == "两国" or listed:
        return True  # 中意两国, 中西两国, 中、阿建交: whatever else the pair may mean
    # 所以关系, 中西关系: a word of its own, unless both are countries' short names (中日关系)
    return dictionary_frequency(first + second) < _COMMON_PAIR or (
        first in abbreviations
        and second in abbreviations
        and first + second not in gz.NOT_ABBREVIATION_PAIRS
    )


def pairs_of_countries(text: str, spans: list[Span]) -> list[Span]:
    """中意 + 两国, 美哥 + 两国关系, 中韩 + 建交, 中、阿 + 建交, 中非 + 合作: the two
    characters are two countries, each a place, unless the first ends the word before them
    (其中 意…)."""
    found: list[Span] = []
    for match in _PAIR_OF_COUNTRIES.finditer(text):
        start = match.start()
        first, mark, second, cue = match.groups()
        if not _pair_of_countries(first, second, cue, bool(mark)):
            continue
        if start and dictionary_frequency(text[start - 1 : start + 1]) >= _COMMON_PAIR:
            continue
        found += [(start, start + 1, "place"), (match.start(3), match.start(3) + 1, "place")]
    if not found:
        return spans
    return put_in(spans, found)


# A street after a place's name: 淮海路, 黄山路, 中山四路, 百丈东路, 长安街 (not 北京街头,
# 西单路口, nor 奔梁山泊路上来, 凌州路上: the way to a place in older prose; nor 一路, "all
# along").
_STREET = re.compile(
    r"[东西南北中]?[二三四五六七八九十]?(?:大街|大道|路|街)(?![线程过费人面头口边道区来去上])"
)


def streets(text: str, spans: list[Span]) -> list[Span]:
    """沧海 + 路, 滨江 + 东路, 黄山 + 路: a place's name with a street's ending right after it
    is the street, one place, a city's too (哈尔滨大街: Weibo's annotation keeps the city
    apart, but the street is where the reader is sent); not a province's (山东路 in older
    prose is the road to the province)."""
    out: list[Span] = []
    provinces = gz.provinces()
    for start, end, kind in spans:
        if kind == "place" and text[start:end] not in provinces:
            street = _STREET.match(text, end)
            if street:
                end = street.end()
        elif kind == "person" and out and out[-1][2] == "place" and out[-1][1] == start:
            # 益阳市 + 益鑫泰 + 路: what a city's name opens and a street's ending closes is a
            # street (named for a person or not), no one standing in the city
            street = _STREET.match(text, end)
            if street:
                end, kind = street.end(), "place"
        out.append((start, end, kind))
    return out


# A town or a village named right after its county, district or town (岐山县 麦禾营镇, 邢台县
# 南市屯村, 南洲镇 长胜村): two to four characters, then the small division's ending.
_TOWN_AFTER_COUNTY = re.compile("([\u4e00-\u9fff]{2,4}?)[镇乡村]")
_COUNTY_ENDS = frozenset("市县区旗镇乡")
# Where towns_under_a_county may find one: a division's ending, then a town's (one scan).
TOWN_CUE = re.compile(f"[{''.join(sorted(_COUNTY_ENDS))}]{_TOWN_AFTER_COUNTY.pattern}")
# Characters no town's name holds: particles, conjunctions, the kinds of division above it.
_NOT_IN_A_TOWN = frozenset("的和与及或在是等了个各每这那省县区")
_DIRECTIONS = frozenset({"东北", "东南", "西北", "西南", "东部", "西部", "南部", "北部"})
_TOWN_PIECE_KINDS = frozenset({"person", "place"})  # what jieba may make of a town's pieces


def towns_under_a_county(text: str, spans: list[Span]) -> list[Span]:
    """陕西岐山县麦禾营镇, 南县南洲镇长胜村: the town or the village right after a county's,
    a district's or a town's name is a place of its own, whatever jieba made of it (麦禾/nr
    营镇/n, 镇长/v 胜村/n); not a kind of place (邢台县新农村: 农村 is the countryside) nor a
    word run on (城镇居民)."""
    found: list[Span] = []
    anchors = [end for _, end, kind in spans if kind == "place"]
    while anchors:
        end = anchors.pop(0)
        if text[end - 1 : end] not in _COUNTY_ENDS:
            continue
        town = _TOWN_AFTER_COUNTY.match(text, end)
        if town is None:
            continue
        head, stop = town.group(1), town.end()
        if head[:2] in _DIRECTIONS and len(head) >= 4:
            head, end = head[2:], end + 2  # 禹州市 西北 磨街乡: the town lies northwest
        if (
            _NOT_IN_A_TOWN.intersection(head)
            or dictionary_frequency(head) >= _COMMON_TOWN_HEAD
            or dictionary_frequency(text[stop - 2 : stop]) >= _COMMON_TOWN_HEAD
            # a place from its start on past it holds it (海淀区 中关村大街: the street); one
            # from inside it crosses it (天荒坪 镇余村/n)
            or any(
                s < stop and end < e and (k not in _TOWN_PIECE_KINDS or s <= end and e > stop)
                for s, e, k in spans
            )
        ):
            continue
        found.append((end, stop, "place"))
        anchors.append(stop)  # the village in the town just found (南洲镇 长胜村)
    return put_in(spans, found) if found else spans


# A highway by its number: G for national, S provincial, X county, Y township (G312, S229).
_ROAD_NUMBER = re.compile(r"(?<![A-Za-z0-9])[GSXY]\d{3,4}(?![A-Za-z0-9])")
# What marks such a number a road: the road's kind after it …
_ROAD_KIND_AFTER = re.compile("国道|省道|县道|乡道|高速|公路|线")
# … or a road beside it in a list or a route (G312、S229、北惠路; 无锡-G312-S229-北惠路;
# 惠山大道（S260）), across one mark or two.
_ROAD_GAP = re.compile(r"[、\-—－（）()/ ]{1,2}")
_ROAD_ENDING = "(?:路|道|街|线|高速|大桥)"
_ROAD_ITEM_BEFORE = re.compile(f"[\u4e00-\u9fff]{_ROAD_ENDING}[、\\-—－（(/ ]{{1,2}}$")
# … and a road's end, where the list or the clause goes on (北惠路、, 北惠路等道路, 北惠路和)
_AFTER_ROAD_ITEM = "(?=[^\u4e00-\u9fff]|[等和及与的]|$)"
_ROAD_ITEM_AFTER = re.compile(
    f"[、\\-—－）)/ ]{{1,2}}[\u4e00-\u9fff]{{1,8}}?{_ROAD_ENDING}{_AFTER_ROAD_ITEM}"
)
_ROAD_ITEM_REACH = 4  # characters before a number the road's end and the mark may take


def road_numbers(text: str, spans: list[Span]) -> list[Span]:
    """G312, S229: a highway's number is a place where the text says it is a road, or lists
    or routes it with roads; PS3、X360 (a game console) and the G20 stay what they were."""
    numbers = [match.span() for match in _ROAD_NUMBER.finditer(text)]
    found = {
        (start, end)
        for start, end in numbers
        if _ROAD_KIND_AFTER.match(text, end)
        or _ROAD_ITEM_BEFORE.search(text, max(0, start - _ROAD_ITEM_REACH), start)
        or _ROAD_ITEM_AFTER.match(text, end)
    }
    grew = bool(found)
    while grew:  # a chain of numbers takes the road at either end (G312、S229、S340、北惠路)
        grew = False
        for start, end in numbers:
            if (start, end) not in found and any(
                0 < a - end <= 2
                and _ROAD_GAP.fullmatch(text, end, a)
                or 0 < start - b <= 2
                and _ROAD_GAP.fullmatch(text, b, start)
                for a, b in found
            ):
                found.add((start, end))
                grew = True
    if not found:
        return spans
    return sorted(spans + [(start, end, "place") for start, end in found])


# A railway or an expressway named by the places it joins, each by one character (京沪铁路,
# 沪宁高速, 京港澳高速, 焦枝铁路): one place. The two characters before it must be no common
# word (修建铁路, 经济高速发展, 中国高铁).
_LINE_KINDS = re.compile("高速公路|高速|城际铁路|铁路|高铁")
_LINE_HEAD_TAGS = frozenset({"j", "nz"})
_RARE_HEAD = 100


@cache
def _line_end_chars() -> frozenset[str]:
    """The characters a line's ends are written with: the short names of provinces and the
    first characters of divisions (沪; 锡 as in 锡山, 澄 as in 澄迈)."""
    return gz.REGION_ABBREVIATIONS | frozenset(name[0] for name in gz.divisions())


def transport_lines(text: str, spans: list[Span]) -> list[Span]:
    lines: list[Span] = []
    for kind_of_line in _LINE_KINDS.finditer(text):
        at = kind_of_line.start()
        head = text[max(0, at - 2) : at]
        if len(head) < 2 or not _line_end_chars().issuperset(head):
            continue
        tag = dictionary_tag(head)
        if (
            tag is not None
            and tag not in _LINE_HEAD_TAGS
            and dictionary_frequency(head) >= _RARE_HEAD
        ):
            continue
        start = at - 2
        if start and text[start - 1] in gz.REGION_ABBREVIATIONS:
            start -= 1  # 京 港澳
        lines.append((start, kind_of_line.end(), "place"))
    if not lines:
        return spans
    return sorted(outside(spans, lines) + lines)

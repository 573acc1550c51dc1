"""Word lists the annotator relies on: places, surnames, organisation tails, person cues."""

from __future__ import annotations

import re
from functools import cache
from importlib.resources import files

from tui.text import surnames as family_names

# The suffixes a full division name may drop in running text (广东省 -> 广东, 广州市 -> 广州).
_DIVISION_SUFFIXES = (
    "维吾尔自治区",
    "壮族自治区",
    "回族自治区",
    "特别行政区",
    "自治区",
    "自治州",
    "地区",
    "省",
    "市",
    "盟",
)


# The suffixes of a county-level name (浦东新区, 南沙区, 增城区, 龙门县); an autonomous
# county's short name drops its peoples too (恭城瑶族自治县 -> 恭城, see _short_form).
_COUNTY_SUFFIXES = ("新区", "区", "县", "市", "旗")
_RARE_WORD = 10  # a county short form jieba's dictionary knows more often is a word
# … and so is one it knows as a name or a noun (马龙, 凌云, 海珠)
_NAME_OR_NOUN_TAGS = frozenset({"nr", "nrt", "nrfg", "n", "nz"})
# Short forms that are words of another kind the dictionary does not know well, or knows only
# as the place (商城 a mall, 新建 newly built, 古城 an old town, 新城 a new town, 路桥 roads and
# bridges, 沿河 along the river: ns in jieba's dictionary, which holds no sense of a word but
# one).
_NOT_COUNTY_SHORT_FORMS = frozenset(
    {"城关", "市中", "郊区", "矿区", "新区", "城区", "中心"}
    | {"商城", "新建", "古城", "新城", "路桥"}
    # … and of autonomous counties: along the river, the azure dragon, three rivers
    | {"沿河", "青龙", "三江"}
)


def _data_lines(name: str) -> list[str]:
    text = files("tui.annotate").joinpath("data", name).read_text(encoding="utf-8")
    return [line for line in text.splitlines() if line.strip() and not line.startswith("#")]


@cache
def _division_rows() -> tuple[tuple[str, str, str], ...]:
    """(adcode, level, name) of each division in divisions.tsv, read once."""
    return tuple(
        (code, level, name)
        for code, level, name in (line.split("\t") for line in _data_lines("divisions.tsv"))
    )


@cache
def divisions() -> frozenset[str]:
    """Chinese administrative divisions (full names), plus their short forms: those of province-
    and prefecture-level ones, and those of counties and districts (南沙区 -> 南沙, 增城区 ->
    增城) that are no common word (和平区 -> 和平 is one: jieba's dictionary knows it well),
    and autonomous ones by that short name and their kind (孟连傣族拉祜族佤族自治县 -> 孟连县)."""
    from tui.text.segment import dictionary_tag, prefetch, word_frequency

    rows = _division_rows()
    # the counties' short forms asked of the word tables in one query, not two thousand: one
    # by one, each hands the GIL over, and beside a busy thread (the explorer opening a
    # folder) every hand-over waits its turn
    prefetch(
        _short_form(name, _COUNTY_SUFFIXES) or "" for _, level, name in rows if level == "county"
    )
    names: set[str] = set()
    for _, level, name in rows:
        names.add(name)
        autonomous = _AUTONOMOUS.match(name)
        if autonomous and name[-1] in "州县旗":
            names.add(autonomous.group(1) + name[-1])  # 孟连县, 通道县, 凉山州: as news writes them
        if level != "county":
            names.add(_short_form(name, _DIVISION_SUFFIXES) or name)
            continue
        short = _short_form(name, _COUNTY_SUFFIXES)
        if short is None:
            continue
        tag = dictionary_tag(short)
        if (
            tag in (None, "ns")
            or word_frequency(short) < _RARE_WORD
            and tag not in _NAME_OR_NOUN_TAGS
        ) and short not in _NOT_COUNTY_SHORT_FORMS:
            names.add(short)
    return frozenset(names)


# China's 55 minority peoples, as an autonomous prefecture's name lists them after its place's
# (大理白族自治州, 恩施土家族苗族自治州, 西双版纳傣族自治州).
_PEOPLE_NAMES = (
    "维吾尔 哈萨克 柯尔克孜 塔吉克 乌孜别克 塔塔尔 俄罗斯 鄂温克 鄂伦春 达斡尔 蒙古 朝鲜 土家 "
    "布依 哈尼 傈僳 东乡 仡佬 拉祜 纳西 仫佬 锡伯 景颇 撒拉 布朗 毛南 普米 阿昌 基诺 德昂 保安 "
    "裕固 门巴 独龙 赫哲 高山 珞巴 壮 回 满 苗 彝 藏 侗 瑶 白 黎 傣 畲 佤 水 羌 土 怒 京"
)
_AUTONOMOUS = re.compile(
    "^(.{2,}?)(?:(?:" + "|".join(_PEOPLE_NAMES.split()) + ")族?|各族)+自治[州区县旗]$"
)


def _short_form(name: str, suffixes: tuple[str, ...]) -> str | None:
    """广东省 -> 广东, 大理白族自治州 -> 大理: the name without the first of `suffixes` it ends
    with, or without its peoples and 自治州, if two characters or more stay."""
    autonomous = _AUTONOMOUS.match(name)
    if autonomous:
        return autonomous.group(1)
    for suffix in suffixes:
        short = name.removesuffix(suffix)
        if short != name and len(short) >= 2:
            return short
    return None


# Digits of an adcode that a division's own divisions share with it (44 广东省, 4403 深圳市).
_CODE_PREFIX = {"province": 2, "city": 4, "county": 6}


@cache
def _division_codes() -> dict[str, tuple[str, ...]]:
    """Each division's full and short names -> the adcodes of the divisions so named, cut to
    the digits its own divisions share (芙蓉区 -> 430102, 长沙 -> 4301, 北京 -> 11)."""
    codes: dict[str, list[str]] = {}
    for code, level, name in _division_rows():
        suffixes = _COUNTY_SUFFIXES if level == "county" else _DIVISION_SUFFIXES
        for form in {name, _short_form(name, suffixes) or name}:
            codes.setdefault(form, []).append(code[: _CODE_PREFIX[level]])
    return {form: tuple(found) for form, found in codes.items()}


def apart_divisions(outer: str, inner: str) -> bool:
    """北京 龙湖, 俄罗斯 欧洲: two places' names of which no place named `inner` lies in one
    named `outer` — the second is no division there but a name (a brand, a firm) of its own.
    False where either is no Chinese division (长沙市 芙蓉区, 美国 加州: one inside the other,
    or nothing to tell)."""
    if outer in COUNTRIES and inner in WORLD_REGIONS:
        return True  # 俄罗斯 欧洲银行: a continent lies in no country
    codes = _division_codes()
    if outer not in codes or inner not in codes:
        return False
    return not any(
        code.startswith(prefix) and len(code) > len(prefix)
        for code in codes[inner]
        for prefix in codes[outer]
    )


def lies_in(outer: str, inner: str) -> bool:
    """海南 文昌, 四川 江油: whether a division named `inner` lies in one named `outer`."""
    codes = _division_codes()
    return any(
        code.startswith(prefix) and len(code) > len(prefix)
        for code in codes.get(inner, ())
        for prefix in codes.get(outer, ())
    )


@cache
def provinces() -> frozenset[str]:
    """The provinces, regions and municipalities by full and short name (广东省, 广东)."""
    return frozenset(
        form
        for _, level, name in _division_rows()
        if level == "province"
        for form in (name, _short_form(name, _DIVISION_SUFFIXES) or name)
    )


@cache
def world_places() -> frozenset[str]:
    return frozenset(word for line in _data_lines("world_places.txt") for word in line.split())


@cache
def places() -> frozenset[str]:
    """Divisions and world places, less the words the lexicon says are none: districts are
    named 城区, 矿区 and 郊区, and counties 平原 and 江山, which text means as words."""
    return (divisions() | world_places()) - NOT_PLACES


@cache
def surnames() -> frozenset[str]:
    return frozenset(family_names.ranks())


def _lexicon_sections() -> dict[str, frozenset[str]]:
    """The [section]s of data/lexicon.txt, each a set of words."""
    sections: dict[str, set[str]] = {}
    current: set[str] = set()
    for line in _data_lines("lexicon.txt"):
        if line.startswith("["):
            current = sections.setdefault(line.strip("[] \n"), set())
        else:
            current.update(line.split())
    return {name: frozenset(words) for name, words in sections.items()}


_SECTIONS = _lexicon_sections()
NOT_PLACES = _SECTIONS["not_places"]
PLACE_GENERIC_TAILS = _SECTIONS["place_generic_tails"]
ORG_TAIL_WORDS = _SECTIONS["org_tail_words"]
NOT_ORG_TAILS = _SECTIONS["not_org_tails"]
ORG_HEAD_WORDS = _SECTIONS["org_head_words"]
CLUBS = _SECTIONS["clubs"]
WEB_PORTALS = _SECTIONS["web_portals"]
PORTAL_CHANNELS = _SECTIONS["portal_channels"]
ORG_WORDS = _SECTIONS["org_words"] | CLUBS | WEB_PORTALS
BODY_NAMES = _SECTIONS["body_names"]
NOT_ORGS = _SECTIONS["not_orgs"]
PERSON_TITLES = _SECTIONS["person_titles"]
PEOPLE_DESCRIBED = _SECTIONS["people_described"]
# What stands before a name as a title does: a title, or what news calls someone (村民)
BEFORE_NAMES = PERSON_TITLES | PEOPLE_DESCRIBED
SPEECH_VERBS = _SECTIONS["speech_verbs"]
SURNAME_TAILS = _SECTIONS["surname_tails"]
# What follows a surname to name its bearer: an office or a form of address (曲处长, 王先生).
FORMS_OF_ADDRESS = PERSON_TITLES | SURNAME_TAILS
# Who leads a side, right after the side's name (布莱克本 主帅, 西汉姆 主教练, 曼联 队长).
HEADS_OF_A_SIDE = frozenset({"主帅", "主教练", "教练", "领队", "队长"})
JAPANESE_SURNAMES = _SECTIONS["japanese_surnames"]
NOT_PERSONS = _SECTIONS["not_persons"]
EVERYDAY_BRANDS = _SECTIONS["everyday_brands"]
NOT_ORG_ACRONYMS = _SECTIONS["not_org_acronyms"]


def _short_place_names() -> dict[str, tuple[str, ...]]:
    names: dict[str, tuple[str, ...]] = {}
    for pair in sorted(_SECTIONS["short_place_names"]):
        short, full = pair.split(":")
        names[short] = (*names.get(short, ()), full)
    return names


# 美 -> (美国,), 澳 -> (澳大利亚, 澳门): the full names a one-character place may stand for.
SHORT_PLACE_NAMES = _short_place_names()


@cache
def _world_places_block(heading: str) -> frozenset[str]:
    text = files("tui.annotate").joinpath("data", "world_places.txt").read_text(encoding="utf-8")
    section = text.split(f"# {heading}", 1)[1].split("\n#", 1)[0]
    return frozenset(section.split())


COUNTRIES = _world_places_block("countries")
# Continents, oceans and the world's regions (欧洲, 中东, 东南亚), which lie in no country.
WORLD_REGIONS = _world_places_block("continents, oceans, regions")


# One-character short names of countries and Chinese provinces, as in 中美关系, 访华, 京津冀.
COUNTRY_ABBREVIATIONS = frozenset("中美日俄英法德韩朝印巴越泰意墨奥加澳非欧蒙以伊叙埃菲葡荷希土")
REGION_ABBREVIATIONS = frozenset("京沪津渝港澳台粤苏浙皖闽赣鲁豫鄂湘桂琼川黔滇藏陕甘冀晋辽吉黑")
PLACE_ABBREVIATIONS = COUNTRY_ABBREVIATIONS | REGION_ABBREVIATIONS | frozenset("华")
# Verbs and prepositions that take a one-character place: 访华, 驻京, 对美, 赴港.
ABBREVIATION_PREFIXES = frozenset("驻访来对侵反抵离在赴旅留援返回进入")
# Words that make a two-letter abbreviation compound ordinary (中意 = "to one's liking";
# 欧巴 = oppa).
NOT_ABBREVIATION_PAIRS = frozenset({"中意", "中西", "中德", "中加", "中伊", "中华", "欧巴"})

# A noun ending in one of these is an organisation tail too (农林部, 新闻处, 水泥厂, 计委).
ORG_TAIL_CHARS = frozenset("部局厅署委队社厂院所办处司馆团校")
# Honorifics after a bare surname that make it a person (胡老, 王总).
SURNAME_HONORIFICS = frozenset("老总")
# Characters used to write foreign names (克林顿, 基里延科, 穆巴拉克).
TRANSLITERATION_CHARS = frozenset(
    """阿埃艾爱安奥巴拜班邦贝本比彼伯博布达戴丹道德迪蒂丁杜多厄恩尔法菲费芬丰弗福盖冈戈哥格贡古
    哈海汉豪赫亨洪胡华霍基吉加贾杰金卡凯坎康考柯科克肯库奎拉莱赖兰朗劳勒雷蕾里理利莉丽列林琳卢
    鲁路伦罗洛马玛迈麦曼芒梅门蒙米密明缪摩莫默姆穆纳娜奈内尼涅纽努诺欧帕潘佩彭皮平珀普齐奇乔切
    钦琼丘让热若萨塞赛桑瑟森沙莎善尚绍舍什施史斯松苏索塔泰坦汤唐特提廷通图托瓦万旺威韦维魏温文
    沃乌武西希锡夏谢辛休徐雅亚延扬耶伊因尤于约泽扎詹兹佐思顿夫娃茨彻勃捷瑙猜婉裕翰逊
    隆鲍廉伍昂圭嫩佛肖南芭申代登妮娅黛舒瓜连朔""".replace("\n", "").replace(" ", "")
)
# Last words of a building, which news annotation marks as a place, not an organisation.
BUILDING_TAILS = (
    "大厦",
    "大会堂",
    "美术馆",
    "博物馆",
    "体育馆",
    "大剧院",
    "档案馆",
    "展览馆",
    "纪念馆",
    "纪念堂",
    "体育场",
    "大楼",
    "会堂",
    "歌剧院",
)
# Last words of a public place that is no building: a park, a square, a peak, an island
# (玉渊潭公园, 特拉法加广场, 巴杜尔火山, 汉密尔顿岛). Web annotation marks the whole as one
# place; a name before one of them is the place's, not a person's (海渔广场, 迪士尼乐园).
FACILITY_TAILS = (
    "国家公园",
    "国家森林公园",  # (张家界 + 国家森林公园/nt: jieba holds the kind whole)
    "国家湿地公园",
    "国家地质公园",
    "森林公园",
    "湿地公园",
    "公园",
    "广场",
    "乐园",
    "花园",
    "动物园",
    "植物园",
    "火山",
    "雪山",
    "铁塔",
    "古镇",
    "景区",
    "风景区",
    "小区",
    "机场",
    "国际机场",
    "火车站",
    "大桥",
    "大教堂",
    "球场",
    "足球场",
    "山庄",
    "城堡",
    "古堡",
    # … and the lie of the land a name goes with abroad (汉密尔顿岛, 艾尔利海滩, 松恩峡湾)
    "岛",
    "海滩",
    "小镇",
    "冰川",
    "峡湾",
    "峡谷",
    "河谷",
    "瀑布",
    # … and a road's works, which traffic notices name (峭岐枢纽, 靖江互通, 无锡收费站)
    "枢纽",
    "互通",
    "收费站",
    "服务区",
    "汽渡",
)
# Either kind of public place's last words.
PUBLIC_PLACE_TAILS = FACILITY_TAILS + BUILDING_TAILS
# One-character endings of a division name (萝 + 岗区, 大湾 + 区).
DIVISION_ENDINGS = frozenset("区县镇乡旗村州市")

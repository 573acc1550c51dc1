"""Organisation names joined from tokens: [place|name] [nouns…] [tail] (广东 + 省委党校)."""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import cache

from tui.annotate import gazetteer as gz
from tui.annotate.tags import (
    CUE_WORDS,
    FUNCTION_TAGS,
    IDIOM_TAGS,
    LIST_JOINERS,
    NUMERALS,
    PREPOSITIONS_AFTER_NAMES,
    PROPER_TAGS,
    Span,
    Stretches,
    leftmost,
    outside,
    put_in,
    transliterated,
)
from tui.text import surnames as family_names
from tui.text.segment import dictionary_entry, dictionary_frequency, dictionary_tag, tag

# Tokens that may stand inside an organisation name, before its last word.
_ORG_PART_TAGS = frozenset({"n", "nz", "nt", "ns", "j", "vn", "an", "b", "eng", "nrt", "ng", "l"})

# Tags of a token that can end an organisation name by its last character (农林部, 水泥厂).
_ORG_NOUN_TAGS = frozenset({"n", "nt", "nz", "j", "vn", "l", "ng"})

_MAX_ORG_COMMON_NOUNS = 3  # 北京市 + 劳动争议 仲裁 + 委员会 — more than this is a phrase
_MAX_DESCRIBED_NOUNS = 5  # 中国 + 中外 名人 文化 + 研究会: a body named by what it does

# Titles of party officers after a committee in one token (市委书记, 县委常委).
_EXTRA_TITLES = frozenset({"常委", "副书记", "书记"})

# Ends of a news dateline (北京5月7日电, 本报讯): an organisation name never reaches past it.
_DATELINE_ENDS = frozenset("电讯")
_DATELINE_BEFORE_END = frozenset("日报")  # 7日电, 7日讯, 本报讯


# Endings of a government body that is an organisation even on its own (宣传部, 市教委).
MINISTRY_ENDS = frozenset("部局厅署委办厂")

# One-character endings that make an organisation only after a name (山西省 残联, 西藏 科协).
_HEADED_TAIL_CHARS = frozenset("联协")

# Last characters of the words jieba tags nt that name an organisation (中央气象台, 全国人大
# 常委会, 中共十五大); others are fields, relations or governments (社会科学, 中美关系, 政府).
NT_LAST_CHARS = frozenset("队会社部院国党军委央协台团署联校篮足盟讯议厅司行局")

# Endings of nt words that name an organisation beyond their last character.
NT_ENDINGS = (
    ("组织", "大学", "学院", "中学", "小学")
    # offices and institutes (国务院新闻办公室, 上海证券交易所); not 卫生室, 交汇处, 科研院所
    + ("办公室", "研究室", "研究所", "交易所", "办事处", "书记处", "秘书处", "事务处")
    # courts, newspapers, national sides (远东国际军事法庭, 中国青年报, 中国女排); not 公报
    + ("法庭", "日报", "时报", "晚报", "早报", "青年报", "女排", "男排")
    # libraries, as their walk-found kin (上海 图书馆): 国家图书馆/nt
    + ("图书馆",)
    # news networks (美国有线电视新闻网); not 通信网, a kind of network
    + ("新闻网", "电视网", "广播网")
)

# 十五大, 中共十六大: a party congress by its number
CONGRESS = re.compile(r"(?:中共)?十[一二三四五六七八九]大")

# Tails after which any word may be part of the name (杭州 宇澄 锐达 科技 有限公司).
_COMPANY_TAILS = ("公司", "集团")
# … and of a private body a founder's or a brand's name may stand in (成都 维初 林训 犬
# 俱乐部, 金杜 律师 事务所)
_NAMED_TAILS = _COMPANY_TAILS + ("俱乐部", "工作室", "事务所", "合作社")

# Tags of those arbitrary words: names jieba guessed.
_NAME_PART_TAGS = frozenset({"nr", "nrt", "nrfg"})

# Tails that end an organisation name beyond doubt (a 管委会 is one; a 中心 may be a place).
_STRONG_TAILS = frozenset(
    "管委会 委员会 管理局 有限公司 股份有限公司 研究院 研究所 协会 学会 联合会 基金会 党校".split()  # noqa: SIM905
)

# Tails of a body that common nouns before them name (防汛救灾 领导小组, 旅游专项治理 办公室).
_DESCRIBED_TAILS = frozenset(
    "委员会 办公室 领导小组 研究所 研究院 出版社 管理局 协会 学会 联合会 基金会 研究会".split()  # noqa: SIM905
    + [
        "促进会",
        "日报",
        "日报社",
        "晚报",
        "时报",
        "报社",
        "杂志社",
        "管理中心",
        "培训中心",
        "研究中心",
        "学院",
        "分院",
        "总公司",
    ]  # 经济日报, 法制日报社
)

# Tags of the words of a body named by what it does (防汛 救灾 领导小组).
_DESCRIBING_TAGS = frozenset({"n", "vn", "l", "ng"})

# Tags of a count or a pronoun before a run: 一些 专业委员会, 各级 协会 are bodies of a kind.
_COUNTING_TAGS = frozenset({"m", "q", "r", "mq", "rz"})

# A firm's business after its name (森隆药业, 西南证券, 索尼影业) …
_BUSINESS_TAILS = ("药业", "实业", "置业", "地产", "传媒", "控股", "证券", "制药", "影业")
# Tails that make a name only with a proper name in the run (天津中心; not 国际金融中心).
_GENERIC_TAILS = _BUSINESS_TAILS + (
    "中心",
    "组织",
    "联盟",
    "机构",
    "小组",
    "基金",
    "集团",
    "公司",
    "女篮",
    "男篮",
    "女排",
    "男排",
    "女足",
    "男足",
)

# Words after a bare place that mean the bodies of that place, not one of them by name.
_PLURAL_TAILS = frozenset(
    {"公司", "球队", "部队", "工厂", "机构", "金融机构", "企业", "银行业", "厂商", "媒体", "军队"}
    | {"政局"}  # 俄罗斯 政局: the country's politics
)

# Teams named by their role in a match, not by name: 意甲 主队 is the league and a home side.
_ROLE_TEAMS = frozenset({"主队", "客队", "强队", "弱队"})

# Words after an organisation that mean bodies within it (欧盟 机构, 联合国 下属 机构).
_BODIES_OF_A_BODY = frozenset({"机构", "金融机构", "企业", "媒体", "成员国"})

# Tags of the token before a verb that may stand inside a name (超级 计算 天津中心).
_BEFORE_INNER_VERB = frozenset({"b", "n", "vn", "ns", "nt", "nz", "j"})
# The second character of a verb that reaches a result or holds (得到, 建成, 组成, 具有, 告上):
# such a verb tells what a body did or has, where a name's verb names its field (开发, 认证).
_RESULT_COMPLEMENTS = frozenset("到成有上出完住给")

# One-character tails that end a name only right after a noun of a named run (黄石 单板 厂).
_SINGLE_TAILS = frozenset("厂台社局团院馆队部厅委办")

# Tags of the noun before such a tail.
_BEFORE_SINGLE_TAIL = frozenset({"n", "nz", "vn", "nr", "nrt", "ns", "nt", "j", "l"})

# A number inside a name: 北京 九十 中学, 东丰县 第五 中学, 温州 110 报警台.
_NUMBER_IN_NAME = re.compile(r"第?[0-9一二三四五六七八九十〇○零百]+")

# Suffix tuples for str.endswith: tails and non-tails of several characters.
_TAIL_SUFFIXES = tuple(w for w in gz.ORG_TAIL_WORDS if len(w) >= 2)

_NOT_TAIL_SUFFIXES = tuple(w for w in gz.NOT_ORG_TAILS if len(w) >= 2)

# Last characters of every tail: a token ending otherwise is no tail (one set look-up).
_TAIL_LAST_CHARS = frozenset(
    {w[-1] for w in gz.ORG_TAIL_WORDS} | gz.ORG_TAIL_CHARS | _HEADED_TAIL_CHARS | {"长"}
)


# Titles of a body's head glued to the body's name by jieba (银行行长, 公司总裁).
_HEAD_TITLES = frozenset(t for t in gz.PERSON_TITLES if len(t) >= 2)
_HEAD_TITLE_LENGTHS = sorted({len(t) for t in _HEAD_TITLES}, reverse=True)
_HEAD_TITLE_ENDS = frozenset(t[-1] for t in _HEAD_TITLES)
# … which jieba glues to a body's tail (公司总裁, 集团总经理, 事务所律师, 大学教授, 医院院长).
# Its dictionary holds such words for schools, hospitals, courts and societies too.
_GLUED_TO_A_HEAD = (
    "公司",
    "集团",
    "银行",
    "事务所",
    "大学",
    "学院",
    "中学",
    "小学",
    "医院",
    "法院",
    "协会",
)


# Tags of a token jieba holds as a name or a set phrase (雅戈尔集团/nz, 李嘉诚基金会/nr,
# 可口可乐公司/l): with a body's tail at its end, it is that body, not a person or a phrase.
_NAMED_BODY_TAGS = frozenset({"nz", "nr", "nrt", "nrfg", "l"})


def named_body(word: str, pos: str) -> bool:
    """雅戈尔集团/nz, 李嘉诚基金会/nr: one token, a name of two or more characters and a tail."""
    return (
        pos in _NAMED_BODY_TAGS
        and len(word) >= 4
        and (pos != "l" or word.endswith(_COMPANY_TAILS))  # 控制中心/l is a kind of centre
        and word.endswith(_TAIL_SUFFIXES)
        and not word.endswith(_NOT_TAIL_SUFFIXES)
        and any(len(word) - len(t) >= 2 for t in _TAIL_SUFFIXES if word.endswith(t))
    )


def office_before_title(word: str) -> int:
    """市委书记, 县委常委: the length of the body before the title, 0 when the word is not so."""
    for cut in (2, 3):
        if word[:cut] in gz.ORG_WORDS and word[cut:] in gz.PERSON_TITLES | _EXTRA_TITLES:
            return cut
    return 0


# Verbs and determiners before 厂 in one word (建厂, 办厂, 出厂, 全厂, 该厂): no kind of works.
_WORKS_NOT_NAMED = frozenset("建办设开进出入回返离全本该此原各")


def _office_of_a_field(tokens: list[tuple[str, str]], kinds: list[str | None], i: int) -> bool:
    """湖南省 金融 办/v: a division's office for a field (金融办, 侨办, 扶贫办), which jieba
    reads as the verb 办 after the field's noun."""
    if tokens[i][0] != "办":
        return False
    j = i - 1  # back over the field's words (地方 金融 证券 办) to the division
    while j >= 0 and i - j <= 3 and tokens[j][1] in ("n", "vn") and len(tokens[j][0]) == 2:
        j -= 1
    return j < i - 1 and j >= 0 and kinds[j] == "place"


def _org_tail_cut(word: str, pos: str) -> int | None:
    """How many characters to drop from a token that ends an organisation name: 0 for 委员会,
    1 for 司法部长 (the office holder's title after the ministry); None when it ends none."""
    last = word[-1:]
    if last not in _TAIL_LAST_CHARS and not _company_then_head(word):
        return None  # most tokens: one set look-up
    if word in gz.ORG_TAIL_WORDS:
        return 0
    size = len(word)
    if size == 1:
        # 单板 厂/zg, 有线电视 台/q: a tail jieba left alone; the caller asks for a
        # named run before it
        return 0 if word in _SINGLE_TAILS else None
    if (
        word in gz.NOT_ORG_TAILS
        or (
            word.endswith(_NOT_TAIL_SUFFIXES)
            # 安全 + 局, not 安 + 全局 (the whole situation): a common word and the bureau (中东 +
            # 部 is still 中 + 东部, a part of a region)
            and not (
                size == 3
                and last == "局"
                and dictionary_frequency(word[:2]) >= _FIELD_BEFORE_A_TAIL
            )
        )
    ):
        return None
    if pos in IDIOM_TAGS and size >= 4 and not word.endswith(_TAIL_SUFFIXES):
        return None  # 陷入僵局/l, 顾全大局/i: a set phrase of a draw or a whole, no bureau
    if last == "业" and size >= 3 and dictionary_frequency(word[:-1]):
        return None  # 电影业, 医药业: an industry (电影 + 业), no film or drug company (索尼影业)
    if size == 2 and last == "厂" and word[0] in _WORKS_NOT_NAMED:
        return None  # 在越南 建厂, 全厂 职工: building a works, the whole works; no works' name
    if size == 2 and last == "局" and word[0] not in _DIVISION_KINDS:
        # 平局, 骗局, 饭局: a draw, a trick, a dinner; not a division's bureau (西藏 区局),
        # and 分局, 总局 are tail words
        return None
    if size == 2 and last == "长" and word[0] in gz.ORG_TAIL_CHARS:
        return 1  # 农林 部长: the ministry's title; only after a named run (see the caller)
    if size >= 4:
        for length in _HEAD_TITLE_LENGTHS:  # 银行行长, 公司总裁: the body, then its head's title
            if size - length >= 2 and word[-length:] in _HEAD_TITLES:
                if _org_tail_cut(word[:-length], "n") == 0:
                    return length
                break
    if pos not in _ORG_NOUN_TAGS:
        if (
            pos == "v"
            and size >= 3
            and (last in gz.ORG_TAIL_CHARS or word.endswith(_TAIL_SUFFIXES))
        ):
            return 0  # 蝶阀厂/v, 促进会/v: jieba's verb on an unknown body
        # jieba sometimes calls a ministry a name (宣传部/nr)
        return 0 if pos == "nr" and size >= 3 and last in MINISTRY_ENDS else None
    if last in gz.ORG_TAIL_CHARS or size == 2 and last in _HEADED_TAIL_CHARS:
        return 0
    if word.endswith(_TAIL_SUFFIXES):
        return 0
    if (
        last == "长"
        and size >= 4
        and word[-2] in MINISTRY_ENDS
        and word[:-1] not in (gz.NOT_ORG_TAILS)
    ):
        return 1
    return None


_FIELD_BEFORE_A_TAIL = 100  # dictionary frequency of a field's word before a one-character tail

_NAME_GOES_ON_TAGS = _NAME_PART_TAGS | {"n", "nz", "j", "ng", "vn"}


# Firms counted by their kind (23家 上市 银行, 多家 外资 机构).
_KINDS_OF_FIRMS = frozenset({"银行", "机构", "基金", "券商", "保险公司"})
# Words before a company's kind that count it or set it among others (其他 网约车 公司).
_COMPANY_COUNTERS = frozenset("个家间所批些")
_OTHER_ONES = frozenset(
    {"其他", "其它", "各", "各家", "多家", "一些", "这些", "那些", "某些", "部分"}
)


def _counted(token: tuple[str, str]) -> bool:
    """几个, 一家, 23家 (a count), 其他, 多家: no one company's name follows."""
    word, pos = token
    return (
        pos in ("m", "mq", "q")
        and word[-1] in _COMPANY_COUNTERS  # (not 20 世纪福克斯: a number in the name)
        or word in _OTHER_ONES
    )


def _firm_by_a_name(tokens: list[tuple[str, str]], kinds: list[str | None], i: int) -> bool:
    """金陵/nr 药业: a name jieba guessed right before a business's word."""
    return (
        tokens[i][0] in _BUSINESS_TAILS
        and i >= 1
        and tokens[i - 1][1] in _NAME_PART_TAGS
        and kinds[i - 1] not in ("joined", "org")
        # the name opens it (九鼎/nz 轩/nr 置业 is a longer name's end)
        and (i < 2 or kinds[i - 2] == "place" or tokens[i - 2][1] not in _NAME_GOES_ON_TAGS)
    )


def _company_then_head(word: str) -> bool:
    """公司总裁, 集团董事长: a company's tail and its head's title in one token."""
    return len(word) >= 4 and word[-1] in _HEAD_TITLE_ENDS and word.startswith(_GLUED_TO_A_HEAD)


def _learned_society(tokens: list[tuple[str, str]], i: int) -> bool:
    """中国 地理学 会: a field of study (…学/n) and 会 are a learned society (地理学会)."""
    if not i:
        return False
    field, pos = tokens[i - 1]
    return len(field) >= 2 and field[-1] == "学" and pos == "n"


def _names_a_ministry(tokens: list[tuple[str, str]], kinds: list[str | None], i: int) -> bool:
    """芬兰 农林 部长: a noun between a place and a title such as 部长 names the place's
    ministry (芬兰农林部); not 中联部 部长, 内务部 代理 部长, 副 部长."""
    if i < 2 or kinds[i - 1] is not None or kinds[i - 2] != "place":
        return False
    word, pos = tokens[i - 1]
    return len(word) >= 2 and pos in ("n", "vn", "nz") and _org_tail_cut(word, pos) is None


def _starts_with_place(word: str, places: frozenset[str]) -> bool:
    return any(word[:cut] in places for cut in range(min(len(word) - 1, 6), 1, -1))


# Tails of a ministry or a state commission, whose name may join two fields with 和.
_MINISTRY_TAILS = ("部", "委员会", "局", "厅")
# Words for the post a person holds, which jieba tags as nouns (现任/n).
_POSTS = "现任 曾任 原任 担任 出任 兼任 历任 就任 升任 调任"
# … or its part in a lawsuit (原告 深圳市…有限公司)
_PARTIES = "原告 被告 第三人 上诉人 被上诉人 申请人 被申请人 申请执行人 被执行人 原审被告 原审原告"
_ROLE_WORDS = frozenset(f"{_POSTS} {_PARTIES}".split())
_UNNAMED = "某"  # "a certain": 某公司 is no body's name
_AFFILIATED = "附属"  # a university's hospital or school: one name with the university's
# What joins two fields of study or work inside one body's name (地理科学与资源研究所).
_FIELD_JOINERS = frozenset({"与", "和", "及"})
# Tags of the words that name a body's unit after the body's name (心连心/i, 华闻/nr, 友好/a).
_UNIT_NAME_TAGS = frozenset({"i", "nr", "nrt", "nz", "a", "l", "n", "vn", "j", "eng"})
# Tags of the words of those fields (工业, 信息化, 城乡): common nouns.
_FIELD_TAGS = frozenset({"n", "vn", "l"})
# Verbs that found, take over, charge or send a body: the clause's, never inside the body's
# name (在中国 成立 销售公司, 证监会 决定 中国证券金融公司).
_FOUNDING_VERBS = frozenset(
    "成立 设立 组建 创办 创立 筹建 收购".split()  # noqa: SIM905
    + "入股 开设 宣布 决定 委托 批准 同意".split()  # noqa: SIM905
    + "要求 责令 授权 邀请 派遣 指定".split()  # noqa: SIM905
    # 出席 论坛, 参观 博物馆: one attends, holds or visits a body or its event
    + "出席 参加 召开 举办 举行 主持 会见 访问 参观 考察 走访 前往 抵达".split()  # noqa: SIM905
)


def join_org_names(
    tokens: list[tuple[str, str]],
    kinds: list[str | None],
    starts: list[int],
    spans: list[Span],
    places: frozenset[str],
) -> None:
    """Find runs like [place|name] [noun…] [org tail] and add each as one organisation.

    The tokens of a run are marked 'joined' so that they give no span of their own.
    """
    place_kinds = list(kinds)  # before the run's tokens are marked joined
    runs: list[tuple[int, int, int]] = []  # first token, last token, characters cut off the last
    for i, (word, pos) in enumerate(tokens):
        if (
            word[-1] not in _TAIL_LAST_CHARS
            and kinds[i] != "org"
            and word != "会"
            and not (len(word) >= 4 and _company_then_head(word))
        ):
            continue  # most tokens: one set look-up, not a call
        cut = 0 if kinds[i] == "org" else _org_tail_cut(word, pos)
        society = False
        if cut is None:
            if word != "会" or not _learned_society(tokens, i):
                continue
            cut, society = 0, True  # 地理学 会/v: jieba parted the field from the society's 会
        if word in _ROLE_TEAMS or word in gz.CLUBS:
            continue  # 意甲 主队: a home side, no part of the league's name; 曼联 切尔西: two
        if _firm_by_a_name(tokens, kinds, i):
            start = i - 2 if i >= 2 and kinds[i - 2] == "place" else i - 1
            runs.append((start, i, 0))  # (南京) 金陵/nr 药业: a firm by a name and its business
            for k in range(start, i + 1):
                kinds[k] = "joined"
            continue
        if (
            not society
            and pos == "v"
            and kinds[i] != "org"
            and not word.endswith(_TAIL_SUFFIXES)
            and not (i and kinds[i - 1] in ("place", "org", "joined"))
            and not _office_of_a_field(tokens, kinds, i)
        ):
            continue  # 郑州 蝶阀厂/v, not 柴进署/v: a verb's one-character tail needs a place
        if cut and len(word) == 2 and not _names_a_ministry(tokens, kinds, i):
            continue  # 中联部 部长, 副 部长, 汤 局长: the title of a body already named, or none
        if (
            len(word) == 1
            and kinds[i] != "org"
            and not (i and tokens[i - 1][1] in _BEFORE_SINGLE_TAIL and len(tokens[i - 1][0]) >= 2)
            or word == "办"
            and not _office_of_a_field(tokens, kinds, i)  # (在中国银行 办 卡: to apply for)
        ):
            continue
        start = i
        nouns = 0
        verbs = 0  # 国家超级计算天津中心: one verb may stand inside a name
        numbers = 0  # 北京 九十 中学: one number may stand inside it too
        company = word.endswith(_NAMED_TAILS)  # a company's or a club's name: any word (宇澄锐达)
        named = False  # a word jieba does not know, or a name, stands in the run
        # 中国 中外 名人 文化 研究会: a described body's name holds more nouns
        most_nouns = _MAX_DESCRIBED_NOUNS if word in _DESCRIBED_TAILS else _MAX_ORG_COMMON_NOUNS
        crowded = False  # the walk stopped at too many nouns: a phrase, not a name
        joiner: int | None = None  # the 与 or 和 between two fields inside the name
        # A name complete in itself (华为, 国务院) takes only a place or name in front
        # (美国 国会, 中国 全国政协), never a phrase (深莞地区 包括 华为).
        whole = kinds[i] == "org" and cut == 0 and _org_tail_cut(word, pos) is None
        # 捷克队, 南非队: a tail word that opens with a place is a name complete in itself;
        # what stands before it is the sentence's (杜塞尔多夫 战胜 捷克队). Asked only when a
        # word of that kind stands before the tail.
        opens_with_place: bool | None = None if len(word) - cut >= 3 else False
        j = i - 1
        # Walk left over the parts an organisation name is made of.
        while j >= 0:
            w, p = tokens[j]
            if nouns and kinds[i] == "org" and place_kinds[j] == "org":
                break  # 财政部 消息 财政部: a body complete in itself takes no other over words
            if j + 1 == i and word in gz.WEB_PORTALS and place_kinds[j] == "org":
                break  # 光大银行 新浪 微博: the bank's account on the portal, two bodies
            if kinds[j] in ("place", "org", "joined"):
                start = j
            elif (
                w[-1] in _DATELINE_ENDS
                and (len(w) == 1 or w[-2] in _DATELINE_BEFORE_END)  # (not 广电, 资讯)
                or whole
                or w in _BESIDE_CLUB
                or w in gz.PERSON_TITLES
                and (tokens[j + 1][1] == "v" or tokens[j + 1][0] in _FIELD_JOINERS)
            ):
                # 北京5月7日电 国务院: a dateline ends there; 汉诺威96队 vs 卡尔斯鲁厄队;
                # 监察委员会 主任 提请 全国人大常委会: an office holder acts between two bodies
                # (律师 事务所 is one); 党支部 书记 和 村委会 主任: two offices, two bodies
                break
            elif (
                w == _AFFILIATED and j and (place_kinds[j - 1] == "org" or kinds[j - 1] == "joined")
            ):
                start = j  # 复旦大学 附属 华山医院: the body's own, named after a place or not
            elif opens_with_place or (
                opens_with_place is None and (opens_with_place := _starts_with_place(word, places))
            ):
                break
            elif w in _ROLE_WORDS:
                break  # 刘益谦 现任 新理益集团: the post a person holds, before the body
            elif _UNNAMED in w:
                break  # 广州某/nr 公司, 某 科技 公司: a body the text leaves unnamed
            elif w[-1] in _FIELD_JOINERS and len(w) == 2 and not dictionary_frequency(w):
                break  # 发言 中及/ns 会见: jieba glued "and" to the word before it
            elif company and len(w) == 3 and w[-1] == "商":
                break  # 生产商 洛克希德马丁公司: the maker's role, then its name
            elif w[-1] == "级" and (w[0] in NUMERALS or w[0] in "两各多几诸"):
                break  # 国家 三级 发改委: bodies at three levels, no one body's name
            elif (
                w == "立"
                and j
                and kinds[j - 1] == "place"
                and tokens[j - 1][0][-1] in _DIVISION_KINDS
            ):
                start = j  # 河南省 立/v 眼科医院: provincial (省立), a part of the name
            elif p == "v" and w in _FOUNDING_VERBS:
                verbs += 1  # 在中国 成立 销售公司, 市辖区 设立 监察委员会: the clause's verb
                break
            elif (
                p == "v"
                and verbs == 0
                and len(w) == 2
                and w not in CUE_WORDS
                and w not in _FOUNDING_VERBS
                and w[-1] not in _RESULT_COMPLEMENTS
                and j
                # 证监会 派 中国…公司, 央行 力促 商业银行/nt: between a body and a place, or a
                # body and a name jieba holds whole, the verb starts a new clause (联合国 停战
                # 监督机构/n is one name)
                and not (
                    place_kinds[j - 1] == "org"
                    and (kinds[j + 1] == "place" or j + 1 == i and pos == "nt")
                )
                and tokens[j - 1][1] in _BEFORE_INNER_VERB
                # 宣传部 委托 新华通讯社: a verb after a complete name starts a new clause
                and _org_tail_cut(*tokens[j - 1]) is None
            ):
                verbs += 1
            elif (
                p == "m"
                and numbers == 0
                and _NUMBER_IN_NAME.fullmatch(w)
                and w != "一"  # 美国 一 民间机构: "a", no part of a name
                # 日本 第二 信托银行: a rank before a phrase; 东丰县 第五 中学: a school's number
                and (j + 1 == i or w[0] != "第" and tokens[j + 1][1] in _ORG_PART_TAGS)
            ):
                numbers += 1
            elif p in _ORG_PART_TAGS or w in gz.ORG_HEAD_WORDS:
                if company and (
                    p == "n" and _coined_name(w) or j + 1 == i and w in gz.EVERYDAY_BRANDS
                ):
                    # 新理益 集团: a word jieba coined before a company's tail; 小米 公司: a
                    # maker's name that is an everyday word (millet) right before it
                    named = True
                elif p in ("n", "vn", "l", "ng") and w not in gz.ORG_HEAD_WORDS:
                    nouns += 1
                    if nouns > most_nouns:
                        crowded = True
                        break
                start = j
            elif company and (p in _NAME_PART_TAGS or p == "x" and "\u4e00" <= w[0] <= "\u9fff"):
                named = True
                start = j
            elif (
                p in _NAME_PART_TAGS
                and len(w) >= 2
                and len(tokens[j + 1][0]) == 1
                and tokens[j + 1][0] in gz.DIVISION_ENDINGS
                and kinds[j] is None
            ):
                named = True  # 昌洒/nr 镇 小学: the town's name, which jieba took for a person's
                start = j
            elif (
                w in _FIELD_JOINERS
                and joiner is None
                and j
                and tokens[j - 1][1] in _ORG_PART_TAGS
                and tokens[j + 1][1] in _ORG_PART_TAGS
                # fields, not bodies: 国际货币基金组织 和 世界银行, 航空公司 及 机场管理局
                and kinds[j - 1] is None
                and _org_tail_cut(*tokens[j - 1]) is None
            ):
                joiner = j  # 建筑 与 城市规划 学院: two fields in one school's name (see below)
            else:
                break
            j -= 1
        # 中央电视台 心连心/i 艺术团, 人民日报社 华闻/nr 影视 中心, 中国共产党 友好/a 代表团:
        # a body's unit, named by any word or two after the body (the walk stopped at that word)
        if j >= 1 and word in gz.ORG_TAIL_WORDS and len(word) >= 2:
            parent = next(
                (
                    k
                    for k in (j - 1, j - 2)
                    if k >= 0
                    and place_kinds[k] == "org"
                    and all(tokens[m][1] in _UNIT_NAME_TAGS for m in range(k + 1, j + 1))
                ),
                None,
            )
            if parent is not None:
                start = parent
        # … only inside a body that names its parent (重庆交通大学 建筑与城市规划 学院), or in
        # a ministry's name that opens a clause (住房 和 城乡 建设部, 国家 发展 和 改革 委员会)
        # or a place (从 西安市 文化 和 旅游局); else the 与 joins two bodies or a clause (北京
        # 与 上海 两所 大学)
        if (
            joiner is not None
            and start < joiner
            and not any(kinds[k] in ("org", "joined") for k in range(start, joiner))
            and not (
                word.endswith(_MINISTRY_TAILS)
                and (
                    start == 0
                    or tokens[start - 1][1] == "x"
                    or place_kinds[start] == "place"
                    and "place" not in place_kinds[start + 1 : i]  # 大连 万达 和 广州 松日 俱乐部
                )
            )
        ):
            start = joiner + 1
        # At the start of a clause, a short word jieba cut off belongs to the name: 前|海 管理局.
        clause_start = (
            start < i
            and j >= 0
            and j == start - 1
            and len(tokens[j][0]) == 1
            and tokens[j][1] in ("f", "n", "ng", "b", "a")
            and (
                j == 0
                or tokens[j - 1][1] == "x"
                and not "\u4e00" <= tokens[j - 1][0][0] <= "\u9fff"
            )
            and (word in _STRONG_TAILS or company)
        )
        if clause_start:
            start = j
        # The run must begin with a proper name or a head word such as 国家/中国/省.
        # 防汛救灾 领导小组: a run of common nouns alone names a body of this kind; not after
        # a count or a pronoun (一些 专业委员会, 各级 协会: bodies of a kind), and not when a
        # proper name stands in the run (项目 引进 清华 研究院: the name opens at 清华).
        # Only nouns stand in such a run: no verb (市辖区 设立 监察委员会), no other body's tail
        # (上级 监察委员会 领导 下级 监察委员会), no modifier of rank at its head (上级, 各级).
        described = (
            word in _DESCRIBED_TAILS
            and nouns >= 1
            and verbs == 0
            and not crowded
            and not (j >= 0 and tokens[j][1] in _COUNTING_TAGS)
            and all(
                tokens[k][1] in _DESCRIBING_TAGS
                and kinds[k] is None
                and tokens[k][0] not in _DESCRIBED_TAILS
                and tokens[k][0] not in gz.ORG_HEAD_WORDS  # 报 国家 监察委员会: 国家 opens it
                for k in range(start, i)
            )
        )
        # 工业 和 信息化 部: two fields joined at the start of a clause name a ministry alone
        two_fields = (
            joiner is not None
            and start < joiner
            and word.endswith(_MINISTRY_TAILS)
            and (start == 0 or tokens[start - 1][1] == "x")
            and all(tokens[k][1] in _FIELD_TAGS for k in range(start, i) if k != joiner)
        )
        while start < i and not (named or clause_start or described or two_fields):
            w, p = tokens[start]
            if (
                kinds[start] in ("place", "org", "joined")
                or p in PROPER_TAGS
                # 两国/ns, 五国/ns: a count of countries, no name
                and not (
                    p == "ns"
                    and (w[0] in NUMERALS or w[0] in "两各多几诸")
                    and w[-1] in "国省市县地"
                )
                and not _counted_leaders(w)  # 十大/j 公司: the ten largest, no name
                or (w in gz.ORG_HEAD_WORDS)
            ):
                break
            start += 1
        if start == i and word in gz.NOT_ORGS:
            continue  # 市场部, 营业厅 alone: a kind of department, named by a body before it
        if start == i and not (
            kinds[i] == "org"
            or _starts_with_place(word[: len(word) - cut], places)
            or len(word) - cut >= 3
            and word[len(word) - cut - 1] in MINISTRY_ENDS
            and word[len(word) - cut - 1] != "厂"  # 食品厂, 处理厂 alone: a kind of works
            and not word.endswith("俱乐部")  # 整个 俱乐部: the club, no ministry (部)
        ):
            continue
        if (
            start < i
            and word.endswith(_GENERIC_TAILS)
            and not described
            and not named
            # 国家 能源 集团: a state's group is named by its trade (国际 产业 集团 is a kind)
            and not (word == "集团" and tokens[start][0] == "国家")
            and not any(
                kinds[k] in ("place", "org", "joined")
                or tokens[k][1] in PROPER_TAGS
                or tokens[k][1] in _NAME_PART_TAGS
                for k in range(start, i)
            )
        ):
            continue  # 国际 产业 中心: a kind of centre, not one with a name
        if (
            (company and named or word in _KINDS_OF_FIRMS)
            and start
            and _counted(tokens[start - 1])
            and not any(
                kinds[k] in ("place", "org", "joined")
                or tokens[k][1] in PROPER_TAGS
                and tokens[k][1] != "ns"  # 23家 上市/ns 银行 (listed): a place it is not
                for k in range(start, i)
            )
        ):
            continue  # 几个 资管 公司, 其他 网约车 公司: companies of a kind, no coined name
        if start == i - 1 and word == "中心" and tokens[start][0][-1] == "市":
            continue  # 上海市 中心: the city's centre, downtown (上海市 疾控中心 is a body)
        if start == i - 1 and (
            place_kinds[start] == "place"
            and word in _PLURAL_TAILS
            or place_kinds[start] == "org"
            and word in _BODIES_OF_A_BODY
        ):
            continue  # 美国 公司, 西藏 部队, 欧盟 机构: bodies of a place or a union, not one
        while runs and runs[-1][1] >= start:  # a longer name swallows a shorter one inside it
            start = min(start, runs.pop()[0])
        runs.append((start, i, cut))
        for k in range(start, i + 1):
            kinds[k] = "joined"
    for a, b, cut in runs:
        name = "".join(w for w, _ in tokens[a : b + 1])
        if not cut and name in gz.NOT_ORGS:
            continue  # 大中专/j 院校: a kind of school in two words, as in one, no body
        # A building (大厦, 美术馆, 体育馆, 报告厅) is a place, as news annotation has it.
        kind = "place" if names_a_building(name) else "org"
        # 长沙市 芙蓉区 人民法院: the places above the one the body belongs to stand apart
        # (长沙市 + 芙蓉区人民法院), as news annotation has it; one place stays in the name.
        while (
            kind == "org"
            and a + 1 < b
            and place_kinds[a] == "place"
            and place_kinds[a + 1] == "place"
            # 广东 香江 企业集团: a place name that is no division opens the body's own name;
            # 北京 龙湖 置业: nor is a division's name that lies elsewhere (汕头市龙湖区)
            and _a_division(tokens[a + 1][0])
            and not gz.apart_divisions(tokens[a][0], tokens[a + 1][0])
        ):
            spans.append((starts[a], starts[a + 1], "place"))
            a += 1
        spans.append((starts[a], starts[b + 1] - cut, kind))


# A division's own name before 政府 is its government, one organisation (东营市政府, 海淀区
# 政府, as 湖南省委 is one); a country's (印度政府) and a special region's (特区政府) stay the
# place, as news annotation has them.
_GOVERNMENTS = ("政府", "人民政府")
_GOVERNED_DIVISIONS = frozenset("省市县区镇乡旗")
# … of which these name a division by their kind alone before a body (市住建委, 省立医院; not
# 镇 of 城镇 or 乡 of 家乡).
_DIVISION_KINDS = frozenset("省市县区")
# Tags jieba gives a division's name that no list holds (崇礼县/n, 木林/nr, 监利/ns).
_DIVISION_NAME_TAGS = frozenset({"ns", "nr", "nz", "n"})


def local_government(word: str, places: frozenset[str]) -> bool:
    """东营市政府/nt, 浙江省人民政府: a division's government written as one word."""
    for tail in _GOVERNMENTS:
        if word.endswith(tail) and _governed(word[: -len(tail)], places):
            return True
    return False


def _governed(head: str, places: frozenset[str]) -> bool:
    return (
        len(head) >= 3
        and head[-1] in _GOVERNED_DIVISIONS
        and not head.endswith("特区")
        and head in places
    )


def join_local_governments(
    tokens: list[tuple[str, str]], kinds: list[str | None], starts: list[int], spans: list[Span]
) -> None:
    """东营市 + 政府, 崇礼县 + 人民政府, 长沙 + 市政府, 木林 + 镇政府: a division and its
    government are one organisation."""
    for i in range(len(tokens) - 1):
        word, pos = tokens[i]
        government = tokens[i + 1][0]
        if kinds[i + 1] not in (None, "org") or kinds[i] in ("org", "joined"):
            continue
        if government in _GOVERNMENTS:
            governed = (
                kinds[i] == "place"
                and _governed(word, gz.places())
                # 崇礼县/n: a county the gazetteer no longer lists by that name
                or len(word) == 3
                and word[-1] in _GOVERNED_DIVISIONS
                and pos in _DIVISION_NAME_TAGS
                and word not in gz.NOT_PLACES  # 小城镇, 自治区: kinds of division
            )
        else:
            # 长沙 + 市政府, 木林/nr + 镇政府: the division's kind is in the government's word
            governed = (
                len(government) == 3
                and government[0] in _GOVERNED_DIVISIONS
                and government.endswith("政府")
                and len(word) == 2
                and (kinds[i] == "place" or pos in _DIVISION_NAME_TAGS)
            )
        if governed:
            spans.append((starts[i], starts[i + 2], "org"))
            kinds[i] = kinds[i + 1] = "joined"


def _a_division(word: str) -> bool:
    """芙蓉区, 深圳, 弗吉尼亚: a division or a listed place, not a name that is a place too
    (香江, 琉璃河) nor a sea (大西洋贝尔公司)."""
    return word[-1] in gz.DIVISION_ENDINGS or word in gz.places() and word[-1] not in "洋海"


# Latin-script names of organisations: capitals, maybe digits (IEEE, OPPO, WTO, 3M); the
# acronyms of things and titles (CEO, GDP, DVD) are listed in data/lexicon.txt.
_LATIN_NAME = re.compile(r"[A-Z]{3,6}")


def latin_organisation(word: str) -> bool:
    return bool(_LATIN_NAME.fullmatch(word)) and word not in gz.NOT_ORG_ACRONYMS


# What follows a body written in capitals: a word for its kind or for its head (THQ公司, WCG
# 官方, AMUNDI副首席投资官, PIMCO(0.00%)首席投资官), where a term is followed by the thing it
# names (DOTA地图, BSTR结构).
_AFTER_LATIN_BODY = re.compile(
    r"\s*(?:[（(][^（）()]{0,30}[）)])?\s*的?(?:副|首席|联席)*"
    "(?:公司|集团|官方|旗下|总部|战队|俱乐部|网站|银行|基金|协会|大学|学院|研究院|研究所|实验室|"
    "工作室|电视台|组织|委员会|总裁|董事|总经理|创始人|总监|执行官|投资官|发言人|官员|主席|负责人)"
)


# The last characters of a body whose acronym may follow it in brackets (委员会（FTC）).
_ACRONYM_OF = tuple(sorted(gz.ORG_TAIL_CHARS | {"会", "行", "组织", "机构", "集团", "公司"}))


def latin_bodies(
    text: str, tokens: list[tuple[str, str]], kinds: list[str | None], starts: list[int]
) -> None:
    """Capitals that a word for a body's kind or head follows are a body (THQ公司, LGIM首席
    投资官); the best-known ones (IEEE, WTO) are in the lexicon, and capitals listed with
    bodies are found by `contextual_orgs` (华为、OPPO)."""
    for i, (word, pos) in enumerate(tokens):
        if (
            pos == "eng"
            and kinds[i] is None
            and latin_organisation(word)
            and (
                _AFTER_LATIN_BODY.match(text, starts[i + 1])
                # 联邦贸易委员会（FTC）: the acronym of the body just named
                or i >= 2
                and tokens[i - 1][0] in ("(", "（")
                and kinds[i - 2] in ("org", "joined")
                and text.endswith(_ACRONYM_OF, 0, starts[i - 1])
            )
        ):
            kinds[i] = "org"


# The bodies the lexicon names whole, longest first (人社部, 世卫组织), not where a word goes
# on (人社部门, 交通运输部门: departments of that field anywhere; 最高法官: the highest judges;
# 外务省官员 is the ministry's official).
KNOWN_BODY = re.compile(
    "(?:" + "|".join(sorted(gz.BODY_NAMES, key=len, reverse=True)) + ")(?!门|官(?!员))"
)


def known_bodies(text: str, spans: list[Span]) -> list[Span]:
    """The bodies the lexicon knows by name, wherever the text writes them (jieba cuts them
    into pieces: 人/社部, 世卫/组织). Inside a longer body's name (国务院 人社部 …) one stays a
    part of it; a person or a place made of its pieces (安监/nr) goes."""
    found = [
        (match.start(), match.end(), "org")
        for match in KNOWN_BODY.finditer(text)
        if not any(
            start <= match.start() and match.end() <= end
            for start, end, kind in spans
            if kind == "org"
        )
    ]
    if not found:
        return spans
    found = [(_division_before(text, start, spans), end, kind) for start, end, kind in found]
    return put_in(spans, found)


_LONGEST_DIVISION = 8  # characters of a division's name before a body (新疆维吾尔自治区)


def _division_before(text: str, start: int, spans: list[Span]) -> int:
    """Where the body found at `start` opens: at the division or the country right before it,
    which is part of its name (长沙市 + 住建局, 北京市 + 住建委, 日本 + 外务省), whether it was
    found as a place or jieba glued it to the body (长沙市人/n 社局, 日本外务省/nt)."""
    for s, e, kind in spans:
        if e == start and kind == "place" and _a_division(text[s:e]):
            return s
    divisions = gz.divisions()
    for size in range(min(_LONGEST_DIVISION, start), 1, -1):
        name = text[start - size : start]
        if name[-1] in gz.DIVISION_ENDINGS and name in divisions or name in gz.COUNTRIES:
            return start - size  # (日本 外务省: jieba took the country into one word with it)
    # 市住建委, 省人社厅: the division the text is about, by its kind alone
    return start - 1 if text[start - 1 : start] in _DIVISION_KINDS else start


# A body's name may open with the division it serves (思明区法院, 深圳市人民政府); the divisions
# above that one, written right before it, are part of the name too.
_BODY_DIVISION_ENDS = frozenset("区县市旗镇乡")
_UPPER_DIVISION_ENDS = ("省", "自治区", "市", "州", "盟", "县", "区")
_LONGEST_OPENING_DIVISION = 5  # 石景山区, 浦东新区


def bodies_under_divisions(text: str, spans: list[Span]) -> list[Span]:
    """厦门市 + 思明区法院, 浙江省 + 杭州市 + 余杭区法院: the divisions right before a body whose
    name opens with a lower division are part of its name — one organisation, not places."""
    out: list[Span] = []
    for start, end, kind in sorted(spans):
        if (
            kind == "org"
            and out
            and out[-1][1] == start
            and _opens_with_a_division(text, start, end)
        ):
            while (
                out
                and out[-1][1] == start
                and out[-1][2] == "place"
                and text.endswith(_UPPER_DIVISION_ENDS, out[-1][0], start)
            ):
                start = out.pop()[0]
        out.append((start, end, kind))
    return out


def _opens_with_a_division(text: str, start: int, end: int) -> bool:
    divisions = gz.divisions()
    for size in range(2, min(_LONGEST_OPENING_DIVISION, end - start - 2) + 1):
        opening = text[start : start + size]
        if opening[-1] in _BODY_DIVISION_ENDS:
            return opening in divisions
    return False


# What makes capitals a term, not a body (XSS漏洞, APT攻击, AVR处理器, DRM系统, MOD游戏):
# the kind of thing right after them, or an English expansion that names no body
# (CSRF（Cross-Site …; not WTO（World Trade Organization）).
_TERM_AFTER = re.compile(
    r"\s?(?:攻击|木马|漏洞|病毒|处理器|芯片|程序|协议|平台|系统|技术|标签|接口|架构|框架|算法|"
    r"格式|文件|代码|语言|模块|设备|标准|游戏|大作|版本|模式|项目|选手|玩家|地图|修改|机制)"
)
_EXPANSION = re.compile(r"[（(]\s?([A-Za-z][A-Za-z -]*)")
_BODY_WORDS = re.compile(
    r"Organi[sz]ation|Association|Institut|Agency|Union|Council|Committee|Bank|Fund|Group|"
    r"Corporation|Company|Inc|Ltd|Foundation|Federation|Society|League|Universit|College|"
    r"Ministry|Department|Bureau|Office|Commission|Party|Alliance",
    re.IGNORECASE,
)


def latin_terms(text: str, spans: list[Span]) -> list[Span]:
    """Capitals marked as a body that the text uses as a term are dropped (not the best-known
    bodies: IEEE 系统人机控制论 is the IEEE's society)."""
    out = []
    for start, end, kind in spans:
        if (
            kind == "org"
            and _LATIN_NAME.fullmatch(text[start:end])
            and text[start:end] not in gz.ORG_WORDS
        ):
            expansion = _EXPANSION.match(text, end)
            if _TERM_AFTER.match(text, end) or (
                expansion
                and not _BODY_WORDS.search(text, expansion.start(1), expansion.end(1) + 40)
            ):
                continue
        out.append((start, end, kind))
    return out


# 英超, 意甲, 中超, 欧冠: a league or cup by its country's short name and its rank (not 美:
# 美甲 is a manicure, and American leagues go by other names).
_LEAGUES = frozenset(a + b for a in "中英意德西法葡荷日韩俄苏欧亚" for b in "超甲乙冠")


def league(word: str) -> bool:
    return word in _LEAGUES


# Words after a brand that show it is a company (新浪微博, 腾讯新闻, 暴雪官网).
_PRODUCT_WORDS = frozenset(
    "微博 客户端 官网 官方 网站 新闻 视频 音乐 手机 商城 旗下 公司 集团 股份 平台 门户 品牌".split()  # noqa: SIM905
    # what only a company has: a share price, a market value, a board, a head office (its
    # head's title before a name is bodies_before_heads')
    + "股价 市值 财报 董事会 总部 股东 高管".split()  # noqa: SIM905
)
# Tags of a brand name before such a word: proper nouns and names jieba guessed.
_BRAND_TAGS = frozenset({"nz", "nt", "j", "nrt", "eng"})


def _no_brand(word: str, pos: str, after: str) -> bool:
    """5G 手机, X55 手机, P30 手机: Latin letters with digits name a model or a generation of
    a technology, not the brand that makes it; windows 平台: Latin letters before the kind of
    a thing are a term (see _TERM_AFTER); 大奖 官网, 金像奖 官方: a prize has a website but is
    no company; 三大 品牌: a count of the leading ones, no name; 中小学生/j 手机: a kind of
    people who own one (students, earners, a province's people), no maker; 车企在/j 官方: a
    word and the preposition after it, which jieba glued."""
    if pos == "eng":
        return any(c.isdigit() for c in word) or _TERM_AFTER.fullmatch(after) is not None
    return (
        word[-1] in "奖生者人"
        or _counted_leaders(word)
        or len(word) >= 3
        and word[-1] in PREPOSITIONS_AFTER_NAMES
    )


def _counted_leaders(word: str) -> bool:
    """三大, 十强: a count of the leading ones (三大 品牌, 十大 公司), no name."""
    return len(word) == 2 and word[0] in NUMERALS and word[1] in "大强"


# A well-known maker whose name the dictionary holds as a verb this often or more is
# named so only where the text uses the word as a noun (联想 "to call to mind", 奔驰 "to gallop").
_EVERYDAY_VERB = 500
# What stands beside a name used as a noun: the maker's product, kind or people (联想 总部),
# a list (奥迪、奔驰), a model (联想 a720, 奔驰 C), 的 or a count before it (近30年 的 奔驰).
_NOUN_AFTER = (
    _PRODUCT_WORDS
    | LIST_JOINERS
    | {"汽车", "轿车", "车", "电脑", "笔记本", "平板", "总部", "总裁", "董事长", "股价", "员工"}
)
_NOUN_BEFORE = LIST_JOINERS | {"的", "款"}
# What follows the verb, not the maker, at the opening of a clause (联想 起 往事, 联想 到).
_AFTER_THE_VERB = frozenset("到起着了过而出")


@cache
def verb_brands() -> frozenset[str]:
    """The well-known makers (lexicon) whose names are everyday verbs in jieba's dictionary."""
    verbs = set()
    for word in gz.ORG_WORDS:
        entry = dictionary_entry(word)
        if entry is not None and entry[1] == "v" and entry[0] >= _EVERYDAY_VERB:
            verbs.add(word)
    return frozenset(verbs)


def brand_as_noun(tokens: list[tuple[str, str]], i: int) -> bool:
    """Whether the maker's name at `i` stands as a noun: beside its product, in a list, before
    a model, after 的 or a count, or opening a clause (where no 到 or 起 makes it the verb)."""
    after = tokens[i + 1] if i + 1 < len(tokens) else ("", "x")
    before = tokens[i - 1] if i else ("", "x")
    return (
        after[0] in _NOUN_AFTER
        or after[1] in ("eng", "m")
        or before[0] in _NOUN_BEFORE
        or before[1] in ("m", "q")
        # the subject of a clause (联想 在 全球 …)
        or before[1] == "x"
        and after[0] not in _AFTER_THE_VERB
    )


# Words of football that make a sentence one about club matches, where a foreign city's or
# a transliterated name is a club's (曼联vs切尔西, 拉齐奥主场迎战热那亚); not 击败 or 战胜,
# which players do too (塞莱斯击败…).
_MATCH_WORDS = frozenset(
    ["vs", "VS", "主场", "客场", "主队", "客队", "德比", "联赛", "让球", "赔率", "盘口"]
    + ["主胜", "客胜", "升班马", "保级", "积分榜", "坐镇", "作客"]
    # results and the betting talk around them (盘: the handicap); not 对阵, 迎战 or 不敌, which
    # battles in any prose have, nor 本轮 (本轮疫情) or 水位 (a river's)
    + ["客战", "爆冷", "逼平", "战平", "解盘", "受注", "欧赔", "亚盘", "让平", "平局"]
)
# Words right beside a club in such a sentence.
_BESIDE_CLUB = frozenset(["vs", "VS", "主场", "客场", "作客", "坐镇", "迎战", "对阵", "德比"])
# Generic heads of a website's name: 新闻网 is no site's name, 土豆网 is.
_GENERIC_SITES = frozenset({"新闻", "门户", "官方", "政府", "人才", "招聘", "购物", "信息"})


# A school's short name: its city's or province's one character and its field's (南艺, 鲁美,
# 川音, 北影), known by the campus word after it (南艺老师, 鲁美师生).
_SCHOOL_CITY_CHARS = gz.REGION_ABBREVIATIONS | frozenset("南北东西上")
_SCHOOL_FIELD_CHARS = frozenset("艺音影戏美师医体工农理财政")
CAMPUS_WORDS = frozenset(
    "老师 教师 教授 师生 学生 毕业 毕业生 校长 院长 校友 附中 附小 校区 学子 学院".split()  # noqa: SIM905
)
_RARE_SCHOOL_WORD = 50  # 西医, 中医 are words the dictionary knows well, not schools


# 北京四中, 三河 一中, 市 二中: a town's middle schools go by their numbers (No. 1, No. 4 …).
NUMBERED_SCHOOL_HINT = re.compile("[一二三四五六七八九十]中")
_NUMBERED_SCHOOL = re.compile("^(?P<town>.*?)第?[一二三四五六七八九十]{1,3}中$")
_TOWN_WORDS = frozenset({"市", "县", "区", "镇"})  # 市一中: the city's own


def numbered_schools(
    tokens: list[tuple[str, str]],
    kinds: list[str | None],
    starts: list[int],
    spans: list[Span],
    places: frozenset[str],
) -> None:
    """A middle school by its town and number, one organisation: 北京四中/ns (one token), 三河/ns
    一中/s, 市 二中. Not after a country (美国 一中 政策: the one-China policy)."""
    for i, (word, _) in enumerate(tokens):
        match = _NUMBERED_SCHOOL.match(word) if word[-1] == "中" else None
        if match is None or kinds[i] == "joined":
            continue
        town = match["town"]
        if town:  # the town and the number in one token
            if town in places and _a_town(town):
                spans.append((starts[i], starts[i + 1], "org"))
                kinds[i] = "joined"
        elif i and (
            (kinds[i - 1] == "place" and _a_town(tokens[i - 1][0]))
            or tokens[i - 1][0] in _TOWN_WORDS
        ):
            spans.append((starts[i - 1], starts[i + 1], "org"))
            kinds[i - 1] = kinds[i] = "joined"


def _a_town(place: str) -> bool:
    return place not in gz.COUNTRIES and place not in gz.WORLD_REGIONS


def school_short_forms(tokens: list[tuple[str, str]], kinds: list[str | None]) -> list[int]:
    """Tokens that are a school's short name before a campus word: 南艺 老师 is a teacher at
    an arts school, not a person named 南艺; 鲁美 师生 is no pair of places."""
    found = []
    for i in range(len(tokens) - 1):
        word = tokens[i][0]
        if (
            len(word) == 2
            and word[1] in _SCHOOL_FIELD_CHARS
            and word[0] in _SCHOOL_CITY_CHARS
            and tokens[i + 1][0] in CAMPUS_WORDS
            and kinds[i] != "org"
            and not family_names.is_common(word[0])  # 苏艺老师: a teacher named 苏艺
            and dictionary_frequency(word) < _RARE_SCHOOL_WORD
        ):
            found.append(i)
    return found


# Tags of the word before a clause's subject: a mark, a preposition, a conjunction.
_BEFORE_A_SUBJECT = frozenset({"x", "p", "c"})


def banks_cut_apart(
    tokens: list[tuple[str, str]], kinds: list[str | None], starts: list[int], spans: list[Span]
) -> None:
    """建/v 行为/v 转账, 招/v 行为 每笔: a bank's short name (建行, 招行) that jieba cut, taking
    its 行 into the word after it, where a clause opens with it."""
    for i in range(len(tokens) - 1):
        word, after = tokens[i][0], tokens[i + 1][0]
        if (
            len(word) == 1
            and len(after) >= 2
            and after[0] == "行"
            and word + "行" in gz.ORG_WORDS
            and kinds[i] is None
            and (i == 0 or tokens[i - 1][1] in _BEFORE_A_SUBJECT)
        ):
            spans.append((starts[i], starts[i] + 2, "org"))
            kinds[i] = "joined"


_PRODUCT_WORD = re.compile("|".join(sorted(_PRODUCT_WORDS, key=len, reverse=True)))
_MATCH_WORD = re.compile("|".join(sorted(_MATCH_WORDS, key=len, reverse=True)))


def contextual_orgs(
    text: str,
    tokens: list[tuple[str, str]],
    kinds: list[str | None],
    starts: list[int],
    spans: list[Span],
) -> None:
    """Organisations that only their context names: a brand before a product word (新浪微博),
    a short name listed with bodies of its kind (工行、农行、建行), a foreign name beside a
    rival in a sentence about matches (曼联vs切尔西), a site's name (土豆网)."""
    # Most texts hold none of the words these rules need: one look at the text skips them.
    listed = "、" in text
    sites = "网" in text
    products = _PRODUCT_WORD.search(text) is not None
    matches = _MATCH_WORD.search(text) is not None
    if not (listed or sites or products or matches):
        return
    count = len(tokens)
    candidates: set[int] = set()
    in_body = bytearray()  # 1 where an organisation found so far stands, per character
    if listed:
        in_body = bytearray(len(text))
        for s, e, kind in spans:
            if kind == "org":
                in_body[s:e] = b"\x01" * (e - s)
        for i, (word, _) in enumerate(tokens):
            if word == "、":
                candidates.update((i - 1, i + 1))
    if products or sites:
        for i in range(count - 1):
            if tokens[i + 1][0] in _PRODUCT_WORDS or tokens[i][0][-1:] == "网":
                candidates.add(i)
    if matches and any(word in _MATCH_WORDS for word, _ in tokens):
        for i, (word, _) in enumerate(tokens):
            if word in _BESIDE_CLUB:
                candidates.update((i - 1, i + 1))
        sports = True
    else:
        sports = False
    for i in sorted(candidates):
        if not 0 <= i < count:
            continue
        word, pos = tokens[i]
        kind = kinds[i]
        if kind is None:
            if pos in _FUNCTION_TAGS or len(word) < 2:
                continue
            if (
                sports
                and pos in _CLUB_TAGS
                and word not in gz.COUNTRIES
                and not word.endswith(_TIMES_OF_PLAY)
                and _beside_club_word(tokens, i)
            ):
                _a_side(tokens, kinds, starts, spans, i)
                continue
            after = tokens[i + 1][0] if i + 1 < count else ""
            if pos in _BRAND_TAGS and after in _PRODUCT_WORDS and not _no_brand(word, pos, after):
                kinds[i] = "org"
            elif pos == "nz" and len(word) >= 3 and word[-1] == "网":
                if word[:-1] not in _GENERIC_SITES:
                    kinds[i] = "org"  # 土豆网, 人民网: a website
            elif listed and _listed_with_org(tokens, kinds, starts, i, in_body):
                kinds[i] = "org"
        elif (
            sports and kind in _CLUB_CANDIDATES and _foreign(word) and _beside_club_word(tokens, i)
        ):
            _a_side(tokens, kinds, starts, spans, i)
        elif kind in _NAMED_BRAND_KINDS and i + 1 < count and tokens[i + 1][0] == "品牌":
            kinds[i] = "org"  # 路虎/nr 品牌: a name that is a brand is its maker's, no one's


def _a_side(
    tokens: list[tuple[str, str]],
    kinds: list[str | None],
    starts: list[int],
    spans: list[Span],
    i: int,
) -> None:
    """Token `i` names a side in a match report; with the 队 jieba left after it, the side's
    name is the two (曼联 vs 桑德兰 队: 桑德兰队, as 桑德兰队 主场 迎战 gives it)."""
    if i + 1 < len(tokens) and tokens[i + 1][0] == "队" and kinds[i + 1] is None:
        spans.append((starts[i], starts[i + 2], "org"))
        kinds[i] = kinds[i + 1] = "joined"
    else:
        kinds[i] = "org"


# Collective nouns after 等 that make the items listed before organisations: 华西、双良、申达等
# 乡镇企业; 工行、建行等银行.
_BODIES_TEXT = (
    "企业 公司 单位 银行 高校 院校 大学 医院 机构 媒体 球队 俱乐部 厂家 厂商 集团 乡镇企业 网站"
    " 报社 电视台 出版社 研究所 协会"
)
BODIES = frozenset(_BODIES_TEXT.split(" "))


# Tags of the common nouns a list of fields of work is made of (教育/vn, 科研/n).
_LISTED_FIELD_TAGS = frozenset({"n", "vn", "an"})


def listed_bodies(tokens: list[tuple[str, str]], kinds: list[str | None]) -> None:
    """The items of a list closed by 等 and a word for bodies (…、申达等一大批乡镇企业) are
    organisations, whatever jieba took each for (双良/nr, 阳光/nr)."""
    count = len(tokens)
    for k, (word, _) in enumerate(tokens):
        if word not in ("等", "等等") or k == 0:
            continue
        after = k + 1
        while after < count and tokens[after][1] == "m":
            after += 1  # 一大批, 多家
        if after >= count or tokens[after][0] not in BODIES:
            continue
        i = k - 1
        while i >= 0:
            item, pos = tokens[i]
            if kinds[i] is None and pos in _LISTED_FIELD_TAGS and dictionary_frequency(item):
                break  # 教育、科研、文化、体育等单位: fields of work, not the bodies' names
            if kinds[i] in (None, "person", "person?", "surname", "foreign") and (
                pos not in ("x", "m", "p", "c", "u", "uj", "v", "d", "r") and len(item) >= 2
            ):
                kinds[i] = "org"
            elif kinds[i] not in ("org", "joined"):
                break
            if i >= 2 and tokens[i - 1][0] == "、":
                i -= 2
            else:
                break


def _beside_club_word(tokens: list[tuple[str, str]], i: int) -> bool:
    return (
        i > 0
        and tokens[i - 1][0] in _BESIDE_CLUB
        or i + 1 < len(tokens)
        and tokens[i + 1][0] in _BESIDE_CLUB
    )


_FUNCTION_TAGS = frozenset({"x", "m", "uj", "p", "c", "u", "ul", "r", "d", "f", "q", "y"})
# Tags of a club's short name jieba gives (曼联/ns, 国安/nz, 拜仁/nr).
_CLUB_TAGS = frozenset({"ns", "nr", "nrt", "nz", "j"})
# … which jieba also gives a season or a round of play (本赛季/nr, 上赛季/nr): no club.
_TIMES_OF_PLAY = ("季", "轮")
_CLUB_CANDIDATES = frozenset({"place", "foreign", "person", "person?"})
# … and of a brand jieba took for a person's name (not a place's: 长春 品牌 is the city's)
_NAMED_BRAND_KINDS = frozenset({"foreign", "person", "person?"})


def _foreign(word: str) -> bool:
    """A transliterated name that is no country and no Chinese place: a club's city or name."""
    return len(word) >= 2 and transliterated(word) and word not in gz.COUNTRIES


def _listed_with_org(
    tokens: list[tuple[str, str]],
    kinds: list[str | None],
    starts: list[int],
    i: int,
    in_body: bytearray,
) -> bool:
    """建行 listed with 、 beside 工行 (an organisation found so far, where `in_body` is 1, or
    a token of one), of the same length and last character."""
    word, pos = tokens[i]
    if pos in ("x", "m") or len(word) < 2:
        return False
    for step in (-2, 2):
        k = i + step
        if (
            0 <= k < len(tokens)
            and tokens[(i + k) // 2][0] == "、"
            and (
                kinds[k] == "org"
                # joined into an organisation's name, not into a place's (S340、北惠路)
                or kinds[k] == "joined"
                and in_body[starts[k]]
            )
        ):
            other = tokens[k][0]
            if len(other) == len(word) and other[-1] == word[-1]:
                return True
            if pos == "eng" and word.isupper():
                return True  # 华为、OPPO、VIVO: a brand in capitals among companies
    return False


# Match words that older prose uses of generals and guests (坐镇, 作客): no sign alone.
_WORDS_OF_OLD_PROSE = frozenset({"坐镇", "作客"})

# Words of club football (leagues, fixtures, odds) that make a text a match report, where a
# city's or a transliterated name is a club's (雷吉纳 在 客场 击败 乌迪内, 亚特兰大 是 佛罗伦萨
# 的 苦主); 击败 or 战胜 alone are no sign, players and countries do that too.
_REPORT_WORDS = sorted(_MATCH_WORDS - _WORDS_OF_OLD_PROSE, key=len, reverse=True) + [
    "赛季",
    "足彩",
    "胜平负",
    *sorted(gz.CLUBS),  # a listed club (曼联, 热刺) names the others' kind too
]
_LEAGUE_COUNTRIES = "英西意德法葡荷中日韩苏欧亚"
_CLUB_REPORT = re.compile(
    "|".join(_REPORT_WORDS)
    + f"|[{_LEAGUE_COUNTRIES}][超甲乙冠]|"
    # a score or a record (3比0, 1胜7平6负), not a rate (1比132·75)
    + r"(?<![\d·.])\d{1,2}比\d{1,2}(?![\d·.])|\d胜\d+平|\d平\d+负"
)
# The characters a sign of a match report opens with (see tags.leftmost).
_CLUB_REPORT_OPENING = re.compile(
    "[0-9"
    + "".join(map(re.escape, sorted({word[0] for word in _REPORT_WORDS} | set(_LEAGUE_COUNTRIES))))
    + "]"
)


def _a_match_report(text: str) -> bool:
    return leftmost(_CLUB_REPORT, _CLUB_REPORT_OPENING, text) is not None


def clubs_in_match_reports(text: str, spans: list[Span]) -> list[Span]:
    """In a match report, a foreign city or a transliterated name is a club (an organisation):
    not a country (俄罗斯 stays a place unless it stands beside vs), not a Chinese place, not
    a person written with a dot (迪迪埃·德罗巴). Pieces jieba cut apart (努曼 + 西亚) are one
    club, and so is the club's suffix (西汉姆联, 斯托克城, 汉诺威96)."""
    report: bool | None = None  # whether the text is a match report: asked at the first club
    out: list[Span] = []
    last_club_end = -1
    for k, (start, end, kind) in enumerate(spans):
        if (
            kind in ("person", "place")
            and end - start >= 2
            and (report or report is None and (report := _a_match_report(text)))
            and _club_name(text, start, end, kind)
            and not (kind == "person" and _listed_with_a_chinese_name(text, spans, k))
        ):
            if start == last_club_end:
                start = out.pop()[0]  # 努曼 西亚, 柏林 赫塔: one club
            suffix = _CLUB_SUFFIX.match(text, end)
            last_club_end = suffix.end() if suffix else end
            out.append((start, last_club_end, "org"))
        elif not (kind == "org" and out and out[-1][0] <= start and end <= last_club_end):
            out.append((start, end, kind))  # (霍芬海姆队 holds the 海姆队 joined before)
    return out


# A Chinese club is its city or province and a name of two or three characters (上海申花,
# 成都蓉城, 天津津门虎), next to what a side does: plays at home or away, beats, draws, loses.
_SIDE_VERBS = "战胜|击败|逼平|战平|不敌|负于"
_SIDE_AFTER = re.compile(f"主场|客场|[0-9]{{1,2}}比[0-9]{{1,2}}|以[0-9]{{1,2}}比|{_SIDE_VERBS}")
# Whether a text holds any of those doings, before or after a side: one cheap look first.
SIDE_PLAY_HINT = re.compile(f"主场|客场|比[0-9]|{_SIDE_VERBS}|迎战|对阵")
_SCORE = "[0-9]{1,2}比[0-9]{1,2}"
_SIDE_BEFORE = re.compile(
    f"(?:(?:{_SCORE})?(?:{_SIDE_VERBS}|迎战|对阵)|{_SCORE})([\u4e00-\u9fff]{{3,6}})(?![\u4e00-\u9fff])"
)
_HAN_BEFORE_A_CLUB = re.compile("[\u4e00-\u9fff]{3,6}$")
# Where a club's name may begin after a Han character: 在, 的, 中 (比赛中上海申花 …), 和.
_BEFORE_A_CLUB = frozenset("在的中和与及")
# What follows the city in a match report and names no club (上海 主场, 山东 球迷).
_NOT_A_CLUB_NAME = frozenset(
    "主场 客场 球迷 球员 队员 赛区 本土 足球 比赛 主帅 教练 门将 前锋 后卫 中场 外援 方面".split()  # noqa: SIM905
)


# What stands before 队 and names no side (球队, 客队, 对手队, 全队).
_POINTING_AT_A_SIDE = frozenset("这那该本此每各")
_NOT_A_SIDE_BEFORE_TEAM = frozenset({"球", "客", "主", "对手", "该", "本", "全", "两", "各", "我"})


def _a_club(words: str) -> bool:
    """上海 + 申花, 天津 + 津门虎: a Chinese division and a name of two or three characters;
    勇士 + 队, 凯尔特人 + 队: a side's name and 队."""
    if words[-1] == "队" and len(words) >= 3:
        # (这支波兰球队: a team described, 球队 ends no side's name)
        return (
            words[:-1] not in _NOT_A_SIDE_BEFORE_TEAM
            and words[-2] != "球"
            and words[0] not in _POINTING_AT_A_SIDE
        )
    if len(words) < 4:
        return False
    for cut in (2, 3):
        place, name = words[:cut], words[cut:]
        if place in gz.divisions() and 2 <= len(name) <= 3 and name not in _NOT_A_CLUB_NAME:
            return True
    return False


def chinese_clubs(text: str, spans: list[Span]) -> list[Span]:
    """山东泰山主场2比1战胜上海申花: in a match report, a Chinese city or province and the
    name after it, beside what a side does, is a club (an organisation); not in prose of
    battles (击败青州兵马), no match report."""
    if not _a_match_report(text):
        return spans
    found: list[Span] = []
    for match in _SIDE_BEFORE.finditer(text):
        if _a_club(match.group(1)):
            found.append((match.start(1), match.end(1), "org"))
    for match in _SIDE_AFTER.finditer(text):
        end = match.start()
        # (one character more than the longest name, to see what opens it)
        before = _HAN_BEFORE_A_CLUB.search(text, max(0, end - 7), end)
        if before is None:
            continue
        for start in range(before.start(), end - 2):
            opening = text[start - 1] if start else ""
            if (
                start == before.start()
                and not "\u4e00" <= opening <= "\u9fff"
                or opening in _BEFORE_A_CLUB
            ) and _a_club(text[start:end]):
                found.append((start, end, "org"))
                break
    # (a player's name the words run into is no club's: 詹姆斯 主场)
    found = [
        f for f in found if not any(f[0] < e and s < f[1] and k == "person" for s, e, k in spans)
    ]
    return put_in(spans, sorted(set(found))) if found else spans


def two_bodies_in_one_word(text: str, spans: list[Span]) -> list[Span]:
    """中共中央国务院/nt: jieba's one word for two bodies the lexicon knows, which issue a
    document together, is two organisations."""
    out: list[Span] = []
    for start, end, kind in spans:
        if kind == "org" and end - start >= 5:
            name = text[start:end]
            cut = next(
                (
                    k
                    for k in range(2, len(name) - 1)
                    if name[:k] in gz.ORG_WORDS and name[k:] in gz.ORG_WORDS
                ),
                0,
            )
            if cut:
                out.append((start, start + cut, kind))
                out.append((start + cut, end, kind))
                continue
        out.append((start, end, kind))
    return out


# A body's short form in brackets right after its full name: 中国石油天然气集团有限公司（中国
# 石油）, 招商局集团（以下简称“招商局”）.
_SHORT_FORM_AFTER = re.compile(
    '[（(](?:以下简称|以下称|下称|简称)?[“"]?([\u4e00-\u9fffA-Za-z]{2,8})[”"]?[）)]'
)


def short_forms_in_brackets(text: str, spans: list[Span]) -> list[Span]:
    """The short form a text gives in brackets after a body's full name is that body: made of
    the name's characters (中国石油), a body's word of its own (联邦委员会（议会上院）), or
    Latin letters (伦敦金属交易所（LME）); not a place (渣打银行（中国）), where it stands
    (研究院（位于广州萝岗区）) or a market's code (华强精密（SZ）)."""
    found: list[Span] = []
    for start, end, kind in spans:
        if kind != "org" or end - start < 4:
            continue
        match = _SHORT_FORM_AFTER.match(text, end)
        if match and _a_short_form(match.group(1), text[start:end]):
            found.append((match.start(1), match.end(1), "org"))
    return put_in(spans, found) if found else spans


# A company's name that holds its group or its country in brackets before its legal form:
# 中国平安保险（集团）股份有限公司, 星巴克企业管理（中国）有限公司.
_BRACKETED_IN_A_NAME = re.compile(
    "[\u4e00-\u9fff]{0,6}?[（(](?:集团|控股|中国)[）)](?:股份)?有限(?:责任)?公司"
)


def bracketed_in_company_names(text: str, spans: list[Span]) -> list[Span]:
    """中国平安 + 保险（集团）股份有限公司: a company's name goes on past the bracketed group
    or country it holds (a short form in brackets after a name is another rule's)."""
    found: list[Span] = []
    for start, end, kind in spans:
        if kind == "org" and (match := _BRACKETED_IN_A_NAME.match(text, end)):
            found.append((start, match.end(), "org"))
    return put_in(spans, found) if found else spans


def _a_short_form(short: str, name: str) -> bool:
    if short.isascii():
        return len(short) >= 3
    if short in gz.places():
        return False
    return sum(c in name for c in short) >= 2 or short[-1] in gz.ORG_TAIL_CHARS


# What joins two players in a list (依靠 安德雷斯 和 李东波 的入球).
_AND = frozenset("和与、及")


def _listed_with_a_chinese_name(text: str, spans: list[Span], k: int) -> bool:
    """A transliterated name listed beside a Chinese person's is a player too, no club."""
    start, end, _ = spans[k]
    for other in (spans[k - 1] if k else None, spans[k + 1] if k + 1 < len(spans) else None):
        if other is None or other[2] != "person":
            continue
        gap = text[end : other[0]] if other[0] >= end else text[other[1] : start]
        if len(gap) == 1 and gap in _AND and not transliterated(text[other[0] : other[1]]):
            return True
    return False


# Characters after 队 that make it part of another word: 队员, 队长, 队伍, 队列 ...
_NOT_TEAM_AFTER = frozenset("员长友伍列形旗服歌徽医部")
_TEAM = f"队(?![{''.join(sorted(_NOT_TEAM_AFTER))}])"
# What follows a club's city in its name: 西汉姆联, 斯托克城, 汉诺威96, 沙尔克04.
_CLUB_SUFFIX = re.compile(_TEAM + r"|联(?!赛)|城(?![市区])|\d{2,4}(?![年月日号%.:：-])")
# Continents and regions that are no club (亚洲盘: Asian handicap).
_NOT_CLUBS = frozenset({"亚洲", "欧洲", "非洲", "美洲", "南美", "北美", "大洋洲"})


# Tails of a body named after a person (劳拉公司, 李嘉诚基金会) …
_AFTER_A_PERSON = re.compile("公司|集团|基金会|俱乐部")
# … and of a school or a hospital, only after a foreign name (乔治·梅森大学; not 王明大学毕业).
_AFTER_A_FOREIGN_NAME = re.compile("大学(?!生)|学院|医院")
# A theatre named after a person is a building, a place (乔布斯剧院); one named by what it
# plays is a company (北京人民艺术剧院, 国家话剧院).
_THEATRE = re.compile("剧院")


# A company's arm in China by the company's name and 中国 (亚马逊中国, 花旗中国, 绿城中国): what
# comes after ends the name — a mark, a verb or a time (花旗中国表示, 渣打中国去年), or 方面
# (亚马逊中国方面: its side), 官网; not a word 中国 opens (中国人, 爱立信 中国乒乓球擂台赛).
_CHINA = "中国"
_AFTER_AN_ARM_TAGS = frozenset({"v", "vd", "d", "t", "p", "c", "uj"})
_AFTER_AN_ARM = frozenset({"方面", "官网"})


def arms_in_china(text: str, spans: list[Span]) -> list[Span]:
    """亚马逊中国: a company's (or a bank's) arm in China is one organisation, its name and 中国."""
    arms = {
        span
        for span in spans
        if span[2] == "org" and text.startswith(_CHINA, span[1]) and _ends_an_arm(text, span[1] + 2)
    }
    if not arms:
        return spans
    inside = {(end, end + 2, "place") for _, end, _ in arms}  # 中国 as a place of its own
    return [
        (start, end + 2, kind) if (start, end, kind) in arms else (start, end, kind)
        for start, end, kind in spans
        if (start, end, kind) not in inside
    ]


def _ends_an_arm(text: str, at: int) -> bool:
    after = text[at : at + 2]
    if not after or not ("\u4e00" <= after[0] <= "\u9fff"):
        return True
    return after in _AFTER_AN_ARM or dictionary_tag(after) in _AFTER_AN_ARM_TAGS


def bodies_named_after_people(text: str, spans: list[Span]) -> list[Span]:
    """A person's name with a body's tail right after it is the body: 葛兰素·威康 + 公司,
    乔治·梅森 + 大学 (not 王明 + 大学毕业)."""
    out: list[Span] = []
    for span in spans:
        start, end, kind = span
        if kind == "person":
            name = text[start:end]
            tail = _AFTER_A_PERSON.match(text, end) or (
                ("·" in name or transliterated(name)) and _AFTER_A_FOREIGN_NAME.match(text, end)
            )
            if tail:
                span = (start, tail.end(), "org")
            elif theatre := _THEATRE.match(text, end):
                span = (start, theatre.end(), "place")
        out.append(span)
    return out


# A congress or a council by its session: 第二届 全国人民代表大会, 六届 人大常委会, 首届 立法会.
_SESSION = re.compile(r"(?:第?[一二三四五六七八九十百0-9]+|首)届$")


def bodies_by_session(text: str, spans: list[Span]) -> list[Span]:
    """第九届 + 中央常委会: the session belongs to the body's name, and so does the party or
    the place right before it (民革第九届中央常委会, 香港首届立法会)."""
    out: list[Span] = []
    for start, end, kind in spans:
        # (not 六届 县委 书记: six terms of a county's secretaries)
        named = kind == "org" and end - start >= 3
        session = _SESSION.search(text, max(0, start - 5), start) if named else None
        if session:
            start = session.start()
            if out and out[-1][1] == start and out[-1][2] in ("org", "place"):
                start = out.pop()[0]
        out.append((start, end, kind))
    return out


# Kinds of business a listed company's short name goes with (全筑股份, 同盾科技, 鹏辉能源,
# 高瓴资本), each of two characters: after a name the dictionary does not know, one organisation.
_COMPANY_KINDS_TEXT = (
    "股份 科技 控股 证券 基金 人寿 保险 能源 电气 精密 资本 置业 地产 药业 电器 传媒 智库 财经"
    " 航空 信托 资讯"
)
COMPANY_KINDS = frozenset(_COMPANY_KINDS_TEXT.split())
_RARE_COMPANY_HEAD = 20  # a word jieba took for a name, this rare in its dictionary, may be coined
_COMPANY_HEAD_KINDS = frozenset({None, "person", "person?", "foreign", "surname"})


def _coined_name(word: str) -> bool:
    """A word of two to four Chinese characters that jieba's dictionary lacks (新理益, 全筑)."""
    return (
        2 <= len(word) <= 4
        and all("\u4e00" <= c <= "\u9fff" for c in word)
        and not dictionary_frequency(word)
    )


def _coined(head: str, pos: str) -> bool:
    """A word jieba put together itself (全筑, 同盾, 当升/v), or a rare one it took for a name
    (鹏辉/nr); not one its dictionary has (想学 科技, 养老保险 基金, 新一轮 科技)."""
    frequency = dictionary_frequency(head)
    return frequency == 0 or pos in _NAME_PART_TAGS and frequency < _RARE_COMPANY_HEAD


# Tags of a noun after a city and a business that make them the city's trade, no company.
_FOLLOWING_NOUN_TAGS = frozenset({"n", "vn", "nz", "l"})
# The words for a company's form after its name and its kind of business.
_COMPANY_FORM_WORDS = frozenset({"集团", "公司", "有限公司", "股份有限公司", "集团公司"})


def companies_by_kind(
    tokens: list[tuple[str, str]], kinds: list[str | None], starts: list[int], spans: list[Span]
) -> None:
    """全筑 + 股份, 同盾 + 科技, 上海 + 航空: a coined name or a city's, and the kind of its
    business, are a company."""
    for i in range(1, len(tokens)):
        if tokens[i][0] not in COMPANY_KINDS or kinds[i] not in (None, "org"):
            continue
        head, pos = tokens[i - 1]
        coined = (
            2 <= len(head) <= 4
            # 增持/v 股份, 限售/v 股份, 其所持/v 股份: what is done with shares, no company
            and not (pos == "v" and tokens[i][0] == "股份")
            and kinds[i - 1] in _COMPANY_HEAD_KINDS
            and all("\u4e00" <= c <= "\u9fff" for c in head)
            and _coined(head, pos)
        )
        # 上海 航空 宣布, 东山 精密: a city's company by its city and its business, where no
        # noun follows (上海 航空 事业 is the city's aviation)
        a_city_s = (
            kinds[i - 1] == "place"
            and head in gz.divisions()
            and head not in gz.COUNTRIES  # 黑山 is a county and a country
            and (i + 1 == len(tokens) or tokens[i + 1][1] not in _FOLLOWING_NOUN_TAGS)
        )
        if coined or a_city_s:
            last = i
            if i + 1 < len(tokens) and tokens[i + 1][0] in _COMPANY_FORM_WORDS and not kinds[i + 1]:
                last = i + 1  # 高瓴 资本 集团: the company's form closes its name
            spans.append((starts[i - 1], starts[last + 1], "org"))
            for k in range(i - 1, last + 1):
                kinds[k] = "joined"


# The fields of the government departments named 厅 (省公安厅, 人社厅, 国务院办公厅); before
# another 厅 the word names a hall (报告厅, 会议厅, 宴会厅, 金桂厅, 聚义厅), a place.
_DEPARTMENT_FIELDS = re.compile(
    "(?:办公|财政|公安|教育|民政|文化|卫生|卫计|交通|运输|水利|司法|商务|科技|技术|农业|农村|"
    "林业|国土|资源|人社|社|保障|环保|保护|环境|审计|建设|住建|旅游|文旅|经信|工信|信息化|监察|"
    "粮食|安全|事务|劳动|人事|管理|侨务|外事|统计|体育|地税|国税|物价|计生|应急|第[一二三四五六七八九十]+)厅$"
)


def names_a_building(name: str) -> bool:
    """大厦, 美术馆, 体育馆; 西南大学圆顶报告厅, 马鞍山市政府会议厅, 聚义厅: a building, or a name
    ending with 厅 that no field of government opens (a hall), is a place."""
    if name.endswith(gz.BUILDING_TAILS):
        return True
    return name.endswith("厅") and not _DEPARTMENT_FIELDS.search(name)


# The units inside a body that news writes after its name as part of one name: its party
# group or committee, its research office (福州市国税局党组, 法工委研究室); a party's
# central body (致公党中央).
_SUB_UNITS = re.compile("党组|党委|党支部|团支部|研究室")
_PARTY_CENTRE = re.compile("中央(?![^委常主副])")  # at the end, or before 委员会, 常委, 主席, 副


# A ministry's or a commission's department by its field (财政部 预算司, 外交部 新闻司, 发改委
# 价格司); not 公司 or 上司, nor the department's head or the law (司长, 司法).
_DEPARTMENT = re.compile("[\u4e00-\u9fff]{2,4}?(?<![公上])司(?![长机令法仪])")
_MINISTRY_TAILS_OF_DEPARTMENTS = ("部", "委", "总局", "总署")
# A bank's head office or branch (交行 总行, 建设银行 东四支行, 人民银行 成都分行).
_BRANCH = re.compile("(?:某|[\u4e00-\u9fff]{2,4}?)?(?:总行|分行|支行)")
# Characters of the clause, not of a branch's place (招商银行 将在 分行 推广).
_NOT_IN_BRANCH = frozenset("将在的了是和与及对把被向从到也都还会要已")


def _branch(text: str, end: int) -> re.Match[str] | None:
    branch = _BRANCH.match(text, end)
    return None if branch is None or _NOT_IN_BRANCH.intersection(branch.group()) else branch


def sub_units(text: str, spans: list[Span]) -> list[Span]:
    """An organisation and the unit of it named right after it are one organisation."""
    out: list[Span] = []
    for start, end, kind in spans:
        if kind == "org" and end - start >= 2:
            unit = (
                _SUB_UNITS.match(text, end)
                or (_PARTY_CENTRE.match(text, end) if text[end - 1] == "党" else None)
                or (
                    _DEPARTMENT.match(text, end)
                    if text.endswith(_MINISTRY_TAILS_OF_DEPARTMENTS, start, end)
                    else None
                )
                or (_branch(text, end) if text[end - 1] == "行" else None)
            )
            if unit:
                end = unit.end()
        out.append((start, end, kind))
    return out


# What closes or opens a list of countries that are teams: 中国、丹麦等强队, 美国和俄罗斯队,
# e组的美国、俄罗斯.
_TEAMS_AFTER = re.compile(f"等?(?:强|球)?{_TEAM}")
_TEAMS_BEFORE = re.compile(r"组的$|组[:：]$")


def listed_teams(text: str, spans: list[Span]) -> list[Span]:
    """Countries listed as teams are organisations: 中国、丹麦、韩国等强队 (a list closed by a
    word for teams), 美国和俄罗斯队 (the 队 of the last one is theirs too), e组的美国、俄罗斯
    (a group's sides)."""
    out = list(spans)
    k = 0
    while k < len(out):
        if not _listed_country(text, out[k]):
            k += 1
            continue
        last = k
        while (
            last + 1 < len(out)
            and _listed_country(text, out[last + 1])
            and text[out[last][1] : out[last + 1][0]] in LIST_JOINERS
        ):
            last += 1
        closing = _TEAMS_AFTER.match(text, out[last][1]) or text[out[last][1] - 1] == "队"
        opening = _TEAMS_BEFORE.search(text, max(0, out[k][0] - 3), out[k][0])
        if (last > k and closing) or opening:
            for m in range(k, last + 1):
                start, end, _ = out[m]
                out[m] = (start, end, "org")
        k = last + 1
    return out


def _listed_country(text: str, span: Span) -> bool:
    """美国, or 俄罗斯队 (a country's team, jieba's one word)."""
    name = text[span[0] : span[1]]
    return span[2] in ("place", "org") and (
        name in gz.COUNTRIES or name[-1] == "队" and name[:-1] in gz.COUNTRIES
    )


def teams_of_places(text: str, spans: list[Span]) -> list[Span]:
    """哥伦比亚队, 北京队: a place with 队 right after it (jieba glued 队 to the next word,
    队以) is the place's team, an organisation; not 中国队员, 美国队长."""
    out: list[Span] = []
    for start, end, kind in spans:
        if (
            kind == "place"
            and text[end : end + 1] == "队"
            and text[end + 1 : end + 2] not in _NOT_TEAM_AFTER
        ):
            out.append((start, end + 1, "org"))
        else:
            out.append((start, end, kind))
    return out


# A side's head right after a name makes the name the side's (加拉塔萨雷 主帅, 西汉姆 主教练).
_HEAD_OF_A_SIDE_AFTER = re.compile("|".join(sorted(gz.HEADS_OF_A_SIDE, key=len, reverse=True)))
# Around a player, a coach or an owner in a match report: the place in the side before the
# name (后卫 萨里吉), a title or a speech verb after it, or what only a person does (受伤,
# 复出, 加盟, 率队); a club plays at home, away, against another.
# A player or an athlete, of a side or of a country (战胜瑞典选手莫雷加德: one against one).
_ATHLETE = "选手|名将|小将|老将|好手|运动员|球员"
_PLAYER_BEFORE = re.compile(f"(?:后卫|前锋|中场|门将|主帅|老板|球星|队长|教练|新援|{_ATHLETE})$")
_PLAYER_OF_A_COUNTRY = re.compile(_ATHLETE)
_PLAYER_AFTER = re.compile(
    "(?:刚刚|仍然|已经|也|将|还|又){0,2}(?:"  # 兰杰拉刚刚伤愈, 金尼尔仍然将担任主帅
    "受伤|伤愈|复出|缺阵|停赛|加盟|留任|下课|上位|率队|执教|担任|首发|替补|进球|破门|梅开|转会|续约|"
    # the side he plays for, what he wears, what only a player does (梅西所在的迈阿密国际队,
    # 詹姆斯拿下28分, 哈兰德的伤势)
    "所在|效力|身披|助攻|射门|扑救|的伤势|的伤病|的伤情|"
    r"(?:拿下|砍下|得到|贡献|独得|轰下|狂砍|揽下)\d+分|"
    + "|".join(sorted(CUE_WORDS, key=len, reverse=True))
    + ")"
)
# What a national side does in a match report (巴西主场平玻利维亚, 德国主战俄罗斯, 保加利亚存在
# 爆冷的可能, 爱尔兰前锋).
_SIDE_PLAYS = re.compile(
    "(?:主场|客场|主战|客战|主胜|客胜|爆冷|[0-9一二三四五六七八九]?[比:：-][0-9]|[胜平负]|"
    "前锋|后卫|中场|门将|队长|主帅|主教练|国脚|存在爆冷)"
)
# … and what is done to one (德国主战俄罗斯, 1比0胜荷兰, 负于丹麦).
_SIDE_PLAYED = re.compile("(?:主战|客战|[0-9][胜平负]|负于|击败|战胜|逼平|对阵|迎战)$")
# A city where something happens, not a side: 在纽卡斯尔的寓所, 赴莫斯科, 前往伦敦.
_AT_A_PLACE = re.compile("(?:在|于|赴|前往|远征)$")
# … or that hosts the games named after it (进军东京奥运会, 巴黎奥运周期).
_HOSTED_GAMES = re.compile("奥运|亚运|冬奥|残奥|青奥|世博|大运|全运|世界杯")


def _club_name(text: str, start: int, end: int, kind: str) -> bool:
    name = text[start:end]
    if "·" in text[start - 1 if start else 0 : end + 1] or name in _NOT_CLUBS:
        return False
    if kind == "person" and _HEAD_OF_A_SIDE_AFTER.match(text, end):
        return True  # 加拉塔萨雷主帅: the side its head leads
    if kind == "person" and (
        _PLAYER_BEFORE.search(text, max(0, start - 2), start) or _PLAYER_AFTER.match(text, end)
    ):
        return False  # 后卫萨里吉, 斯科拉里率队, 金尼尔表示: a person in the report
    if name in gz.COUNTRIES:
        # 俄罗斯vs阿塞拜疆, 巴西主场平玻利维亚, 爱尔兰前锋: a national side where it plays or
        # fields a player; not a country a side comes from (波兰球队, 为法国赢球)
        return (
            text[end : end + 2].lower() == "vs"
            or text[max(0, start - 2) : start].lower() == "vs"
            or _SIDE_PLAYS.match(text, end) is not None
            and not _AT_A_PLACE.search(text, max(0, start - 2), start)
            or _SIDE_PLAYED.search(text, max(0, start - 2), start) is not None
            and text[end : end + 1] != "人"  # 击败西班牙人: its people (or a club so named)
            and not _PLAYER_OF_A_COUNTRY.match(text, end)  # 战胜瑞典选手: one of its players
        )
    if kind == "place":
        return (
            name in gz.world_places()
            and name not in gz.divisions()
            and not _AT_A_PLACE.search(text, max(0, start - 2), start)
            and not _HOSTED_GAMES.match(text, end)
        )
    # 赫尔城/nr, 斯托克城: jieba's one word for the club of a town, its suffix and all
    return transliterated(name[:-1] if len(name) >= 3 and name[-1] in "城联" else name)


# Titles of the head of a company or an institution, which the body's name stands right before
# (58同城 董事长 姚劲波, 猎豹移动 董事长 兼 CEO 傅盛, 网易农业 总裁 …).
_HEADS_OF_BODIES = frozenset(
    "董事长 副董事长 总裁 副总裁 总经理 副总经理 创始人 联合创始人 首席执行官".split()  # noqa: SIM905
    + "CEO CTO COO 执行董事 董事".split()  # noqa: SIM905
)
# A text without one of them has none of these bodies: most texts are passed over at once.
HEADS_OF_BODIES_PATTERN = re.compile("|".join(sorted(_HEADS_OF_BODIES, key=len, reverse=True)))
# What may stand between two such titles (董事长 兼 CEO).
_BETWEEN_TITLES = frozenset("兼、及和")
# Tags of the tokens of a body's name found only by its head's title: names, nouns, and what
# jieba makes of coined names (猎豹 移动/vn, 科大/j 讯/ng 飞, 58/m 同城/j).
_HEADED_NAME_TAGS = frozenset(
    {"n", "nz", "nr", "nrt", "ns", "nt", "j", "ng", "vn", "an", "eng", "m", "l", "b"}
)
_HEADED_NAME_CHARS = (2, 8)  # a body's name so found is short: no clause


def bodies_before_heads(
    tokens: list[tuple[str, str]], kinds: list[str | None], starts: list[int], spans: list[Span]
) -> None:
    """58同城 董事长 姚劲波, 猎豹 移动 董事长 兼 CEO 傅盛: what stands between a list mark (or
    the start) and the title of a company's head before a name is that company, though no tail
    names its kind."""
    count = len(tokens)
    for i, (word, _) in enumerate(tokens):
        if word not in _HEADS_OF_BODIES or not i:
            continue
        after = i + 1
        while after + 1 < count and (
            tokens[after][0] in _BETWEEN_TITLES and tokens[after + 1][0] in _HEADS_OF_BODIES
        ):
            after += 2
        if after >= count or not _opens_a_name(tokens[after], kinds[after]):
            continue
        end = i - 1 if i >= 2 and tokens[i - 1][0] in _TITLE_QUALIFIERS else i  # 执行 总经理
        first = end
        while (
            first
            and kinds[first - 1] is None
            and tokens[first - 1][1] in _HEADED_NAME_TAGS
            and starts[end] - starts[first - 1] <= _HEADED_NAME_CHARS[1]
        ):
            first -= 1
        if first == end or starts[end] - starts[first] < _HEADED_NAME_CHARS[0]:
            continue
        if first and tokens[first - 1][0] not in _BODY_LIST_OPENINGS:
            continue  # the run goes on past where a name could open: no sure start
        if end - first >= 2 and len(tokens[end - 1][0]) >= 2 and tokens[end - 1][0][-1] == "区":
            end -= 1  # 捷豹 路 虎 大中华区 总裁: the company's region is no part of its name
        if tokens[first][1] == "m" and first + 1 == end:
            continue  # a number alone
        if "".join(w for w, _ in tokens[first:end]) in _GENERIC_BODIES:
            continue
        spans.append((starts[first], starts[end], "org"))
        for k in range(first, end):
            kinds[k] = "joined"


# Words that qualify a head's title, written before it (绿城集团 执行 总经理 曹舟南).
_TITLE_QUALIFIERS = frozenset({"执行", "常务", "首席", "全球"})
# What a body's name found by its head's title opens after: a list mark, a colon, a bracket.
_BODY_LIST_OPENINGS = frozenset('、，,：:（(“"《 　|')
# A company's generic words before its head's title: no name.
_GENERIC_BODIES = frozenset({"公司", "集团", "企业", "该公司", "本公司", "公司董事会", "银行"})


def _opens_a_name(token: tuple[str, str], kind: str | None) -> bool:
    word, pos = token
    return kind in ("person", "person?", "surname", "foreign") or pos in ("nr", "nrfg", "nrt")


_LISTED_BODY_CHARS = (2, 6)  # the length of a body's short name in a list of them
# Words for a kind of body, not a body's name (公安机关、审计机关 in a law).
_KINDS_OF_BODIES = ("机关", "机构", "部门", "单位", "组织")


def bodies_listed_with_bodies(
    text: str, spans: list[Span], chains: list[list[tuple[int, int]]]
) -> list[Span]:
    """全信股份、京天利、青海春天、鸿博股份等: in a list where two items or more are organisations,
    more than are people and places, an item of two to six characters that is no common word
    and no kind of body is an organisation too (a stock's short name, a brand). `chains` are
    the text's lists (tags.list_chains)."""
    chains = [chain for chain in chains if len(chain) >= 3]
    if not chains:
        return spans
    whole = {(s, e): kind for s, e, kind in spans}
    stretches = Stretches(spans)
    found: list[Span] = []
    for chain in chains:
        item_kinds = [whole.get(item) for item in chain]
        orgs = item_kinds.count("org")
        others = item_kinds.count("person") + item_kinds.count("place")
        if orgs < 2 or orgs <= others:
            continue
        plain: list[Span] = []  # items with no name in them
        named: list[Span] = []  # items with a person or a place inside
        for (start, end), kind in zip(chain, item_kinds, strict=True):
            if kind == "org" or not (
                _LISTED_BODY_CHARS[0] <= end - start <= _LISTED_BODY_CHARS[1]
                and not text.endswith(_KINDS_OF_BODIES, start, end)
                and not _everyday_word(text[start:end])
            ):
                continue
            touching = stretches.touching(start, end)
            if not touching:
                plain.append((start, end, "org"))
            elif all(start <= s and e <= end and k in ("person", "place") for s, e, k in touching):
                named.append((start, end, "org"))
        found += plain
        # Among many more bodies, a person or a place in an item is a piece of a body's short
        # name the tagger took apart (汉邦 + 高科/nr, 青海 + 春天, 康斯特/nrt).
        orgs += len(plain)
        if orgs >= _MOST_LISTED_BODIES and orgs >= 2 * others:
            found += named
    if not found:
        return spans
    return sorted(outside(spans, found) + found)


# Bodies in one list enough to overrule the people and places in its other items.
_MOST_LISTED_BODIES = 3

# What closes a list of companies or institutions by their kind: 等(多家)(芯片)厂商, 等一批企业,
# Latin items before it (、Marvell等). Not 单位 or 机构: fields of work are listed before those.
_NAMED_BODY_KINDS = BODIES - {"单位", "机构"}
_BODIES_CLOSING = re.compile(
    r"((?:\s*、\s*[A-Za-z][A-Za-z0-9&.\-]*)*)"
    r"(?:(?P<etc>等{1,2})(?:[多几数一二三四五六七八九十百千两]+[家个所批]|一大批|众多)?"
    r"|[几两三四五六七八九十\d]+家)"  # (阿里、腾讯、百度)三家公司: a count of firms closes it too
    r"(?:(?![的地之和与及])[\u4e00-\u9fff]){0,4}?"
    f"(?:{'|'.join(sorted(_NAMED_BODY_KINDS, key=len, reverse=True))})"
)
_COMMON_FIELD = 1000  # a noun the dictionary holds this often names a field (汽车, 科研), no body
_LONGEST_ITEM, _LONGEST_COUNTED_ITEM = 8, 4


def bodies_listed_by_kind(
    text: str, spans: list[Span], chains: list[list[tuple[int, int]]]
) -> list[Span]:
    """博通、英伟达、飞思卡尔、德州仪器、Marvell等多家芯片厂商: the items of a list that a word
    for companies or institutions closes are those bodies, whole, when the list names (half
    its items or more are words the dictionary lacks or names found already); an item that is
    a common noun is a field (汽车、家电等企业 lists no names)."""
    found: list[Span] = []
    for chain in chains:
        closing = _BODIES_CLOSING.match(text, chain[-1][1])
        if closing is None:
            continue
        listed = [_last_item(text, *chain[0]), *chain[1:]]
        if len({text[s] for s, _ in listed}) == 1:
            continue  # 小煤窑、小水泥、小造纸等土小企业: kinds of works, one opening to them all
        latin = [(m.start(), m.end()) for m in _LATIN_ITEM.finditer(text, *closing.span(1))]
        # After a bare count (三家公司), only a list of short names, two at least: 记者对工、农、
        # 中、建、交通5家银行 (对工 glued by jieba) lists none.
        counted = closing.group("etc") is None
        longest = _LONGEST_COUNTED_ITEM if counted else _LONGEST_ITEM
        items = [(s, e) for s, e in listed if 2 <= e - s <= longest] + latin
        names = sum(1 for s, e in items if _a_name(text, s, e, spans))
        if 2 * names < len(items) or counted and names < 2:
            continue
        found += [(s, e, "org") for s, e in items if not _common_field(text[s:e])]
    if not found:
        return spans
    return sorted(outside(spans, found) + found)


# A listed company's quote, as finance pages print it after the name: 摩根大通(115.395, 2.79,
# 2.47%): its price, its change and its change in per cent.
_STOCK_QUOTE = re.compile(r"[(（]-?\d+(?:\.\d+)?, ?-?\d+(?:\.\d+)?, ?-?\d+(?:\.\d+)?%[)）]")
_QUOTED_NAME = re.compile(r"(?:[\u4e00-\u9fff]{2,8}|[A-Za-z][A-Za-z&.\-]{1,15})$")


def companies_by_quote(text: str, spans: list[Span]) -> list[Span]:
    """摩根大通(115.395, 2.79, 2.47%), 贝莱德(431.2, 7.37, 1.74%): a name a stock quote follows
    is the listed company, whole (the words before it in its run left out by their tags)."""
    found: list[Span] = []
    for quote in _STOCK_QUOTE.finditer(text):
        run = _QUOTED_NAME.search(text, max(0, quote.start() - 16), quote.start())
        if run is None:
            continue
        start, end = run.span()
        if not text[start].isascii():
            tokens = tag(text[start:end])
            if tokens[-1][1] in _BEFORE_AN_ITEM_TAGS:
                continue  # 涨幅达(…): a verb before the figures, no name
            start, end = _last_item(text, start, end, tokens)
            if end - start < 2:
                continue
        found.append((start, end, "org"))
    if not found:
        return spans
    return sorted(outside(spans, found) + found)


# A listed company's short name in its announcement's head: 证券代码：600999 证券简称：湖南金牛.
_SHORT_NAME_FIELD = re.compile(
    r"(?:证券|股票|公司)简称\s*[：:]\s*(?P<name>[*]?(?:ST)?[\u4e00-\u9fffA-Z]{2,8})"
)


def listed_short_names(text: str, spans: list[Span]) -> list[Span]:
    """证券简称：湖南金牛: the name a listed company's short-name field gives is the company
    (not the province its name opens with), whatever jieba made of it."""
    found = [
        (match.start("name"), match.end("name"), "org")
        for match in _SHORT_NAME_FIELD.finditer(text)
    ]
    if not found:
        return spans
    return sorted(outside(spans, found) + found)


_LATIN_ITEM = re.compile(r"[A-Za-z][A-Za-z0-9&.\-]*")
# Tags of the words before a name in its run of characters (包括 博通, 当地 的 小煤窑).
_BEFORE_AN_ITEM_TAGS = FUNCTION_TAGS | {"v", "t", "s"}


def _last_item(
    text: str, start: int, end: int, tokens: list[tuple[str, str]] | None = None
) -> tuple[int, int]:
    """The name a run of characters ends with (a list's first item, a company before its
    quote): the run less the words before it, found by their tags (包括博通 -> 博通, 他在华为 ->
    华为); `tokens` are the run's, when the caller has tagged it."""
    tokens = tag(text[start:end]) if tokens is None else tokens
    at = end
    for word, pos in reversed(tokens):
        if pos in _BEFORE_AN_ITEM_TAGS and at < end:
            break
        at -= len(word)
    return (at, end)


def _a_name(text: str, start: int, end: int, spans: list[Span]) -> bool:
    """An item that is a name: in Latin letters, a word the dictionary lacks, or found as a
    name already."""
    word = text[start:end]
    return (
        word.isascii()
        or dictionary_entry(word) is None
        or any(s == start and e == end and k in _NAME_KINDS for s, e, k in spans)
    )


_NAME_KINDS = ("person", "org", "place")


def _common_field(word: str) -> bool:
    entry = dictionary_entry(word)
    return entry is not None and entry[0] >= _COMMON_FIELD and entry[1] in ("n", "vn", "j", "an")


def _everyday_word(word: str) -> bool:
    """A word jieba's dictionary holds often, and not as a noun (a verb, an adverb): no body's
    short name."""
    entry = dictionary_entry(word)
    return entry is not None and entry[0] >= _COMMON_LISTED and not entry[1].startswith("n")


_COMMON_LISTED = 100


# A newspaper, a magazine or a news service by its title (《泰晤士报》, 《朝日新闻》, 《经济周刊》):
# the title is also the organisation that publishes under it, as news annotation marks it.
_PRESS_TITLE = re.compile(
    r"(?<=《)[^《》\n，。的]{1,10}?(?:日报|晚报|时报|早报|周报|报|周刊|月刊|杂志|新闻|通讯社)(?=》)"
)


def press_titles(text: str, spans: list[Span]) -> list[Span]:
    """《泰晤士报》, 《华夏时报》: the newspaper inside the title marks is an organisation too."""
    found = [
        (m.start(), m.end(), "org")
        for m in _PRESS_TITLE.finditer(text)
        if not any(s < m.end() and m.start() < e for s, e, kind in spans if kind != "title")
    ]
    return sorted(spans + found) if found else spans


# A news outlet where the text credits it: its reporter (澎湃新闻记者), its dispatch (新京报讯),
# its report (据财联社报道). It ends as outlets do, and its name opens a clause or follows 据,
# 向, 对, 为, 告诉 or 接受 (小花奶奶向澎湃新闻记者…).
_PRESS_CREDIT = re.compile(
    r"(?:新闻|日报|晚报|早报|时报|商报|周报|周刊|报|通讯社|社|网|电视台|卫视|电台|客户端|财经)"
    # (据财联社9月26日消息: the date of the report may stand between)
    r"(?=(?:(?:\d{4}年)?\d{1,2}月\d{1,2}日)?(?:记者|讯|报道|消息|援引))"
)
_OUTLET_PREPOSITIONS = frozenset("据向对为")
_BEFORE_OUTLET = _OUTLET_PREPOSITIONS | frozenset("，。；：:（(【“”、 \t")
_VERBS_BEFORE_OUTLET = ("告诉", "接受")
_LONGEST_OUTLET = 10
# … not the outlet that prints the text, or outlets in general (本报, 该报, 外媒).
_NOT_PRESS_OPENINGS = frozenset("本该此其各全我贵外媒多某")


def press_by_cue(
    text: str, tokens: list[tuple[str, str]], starts: list[int], spans: list[Span]
) -> list[Span]:
    """澎湃新闻记者, 新京报讯, 据彭博社报道: the outlet a text credits is an organisation (a
    place or a body inside its name is part of it: 中国青年网, 央视新闻). `starts`: where each
    token starts, and the text's end."""
    found: list[Span] = []
    for match in _PRESS_CREDIT.finditer(text):
        end = match.end()
        start = match.start()
        floor = max(0, end - _LONGEST_OUTLET)
        if len(match.group()) == 1 and text[start - 1 : start] in _NOT_PRESS_OPENINGS:
            continue  # 本报 讯, 该 社: the outlet that prints the text
        while start > floor and _in_outlet_name(text[start - 1]):
            if text.endswith(_VERBS_BEFORE_OUTLET, 0, start):
                break
            start -= 1
        if start == match.start() or not (
            start == 0
            or text[start - 1] in _BEFORE_OUTLET
            or text.endswith(_VERBS_BEFORE_OUTLET, 0, start)
        ):
            continue  # no name before the ending, or one longer than an outlet's
        name = text[start:end]
        last = bisect_right(starts, end - 1) - 1  # the token that holds the last character
        if (
            name[0] in _NOT_PRESS_OPENINGS
            or _UNNAMED in name  # 现任某报社记者: a paper the text leaves unnamed
            # it opens inside a word, but for a preposition jieba glued to it (据财/v 联社)
            or starts[bisect_right(starts, start) - 1]
            not in (start, start - _glued_preposition(text, start))
            # the ending is a verb's (教体局 通报/v), or the whole an ordinary word (互联网)
            or tokens[last][1] == "v"
            or dictionary_frequency(name) > _COMMON_OUTLET
            or any(s < end and start < e and not (start <= s and e <= end) for s, e, _ in spans)
            or any(start <= s and e <= end and kind == "person" for s, e, kind in spans)
        ):
            continue
        found.append((start, end, "org"))
    if not found:
        return spans
    return sorted(outside(spans, found) + found)


def _glued_preposition(text: str, start: int) -> int:
    """1 where a preposition that leads to an outlet (据, 向, 对, 为) stands right before it."""
    return 1 if text[start - 1 : start] in _OUTLET_PREPOSITIONS else 0


def _in_outlet_name(char: str) -> bool:
    return char not in _BEFORE_OUTLET and (char.isalnum() or char in "-·")


# A word jieba's dictionary holds more often than this is an ordinary word (互联网, 新闻网).
_COMMON_OUTLET = 100


# A country's mission in another: 中国 驻 英国 大使馆 (not 驻 alone: 驻京办事处 names no country).
_MISSION_TAILS = ("大使馆", "总领事馆", "领事馆", "使领馆", "使馆", "代表处", "办事处")


def missions_abroad(text: str, spans: list[Span]) -> list[Span]:
    """中国驻英国大使馆: a place, 驻, then an embassy named by the place it is in, is one body
    (not the place and the embassy 英国大使馆)."""
    by_end = {e: (s, kind) for s, e, kind in spans}
    out: list[Span] = []
    merged: set[int] = set()  # starts of the home countries folded into a mission
    for start, end, kind in spans:
        before = by_end.get(start - 1)
        if (
            kind == "org"
            and text.endswith(_MISSION_TAILS, start, end)
            and text[start - 1 : start] == "驻"
            and before is not None
            and before[1] == "place"
        ):
            merged.add(before[0])
            start = before[0]
        out.append((start, end, kind))
    return [s for s in out if not (s[2] == "place" and s[0] in merged)]


# What a ministry's name may open with at the start of a clause: two fields joined by 和
# (住房和城乡 建设部, 人力资源和 社会保障部, 工业和信息化 部), maybe after the clause's
# conjunction or preposition (但 住房和城乡建设部, 据 市文化和旅游局), which is no part of it
# (no field opens with one of those).
_FIELDS_BEFORE_MINISTRY = re.compile(
    r"(?:^|(?<=[、，。；：（“\s]))(?:[但而并且又也就还据在从向由]|以及|但是|并且)?"
    r"([\u4e00-\u9fff]{2,4}和[\u4e00-\u9fff]{0,4})$"
)


def ministries_of_two_fields(text: str, spans: list[Span]) -> list[Span]:
    """住房和城乡建设部, 人力资源和社会保障部: a ministry named by two fields joined by 和,
    which jieba gave as the second field's ministry alone (建设部/nt)."""
    out: list[Span] = []
    for start, end, kind in spans:
        if kind == "org" and text.endswith(_MINISTRY_TAILS, start, end):
            fields = _FIELDS_BEFORE_MINISTRY.search(text, max(0, start - 9), start)
            if fields and not any(s < start and fields.start(1) < e for s, e, _ in spans):
                start = fields.start(1)
        out.append((start, end, kind))
    return out


# A portal's name, then one of its channels (新浪 + 科技, 网易 + 农业, 新浪 + 乐居).
PORTAL_CHANNEL = re.compile(
    "(?:"
    + "|".join(sorted(gz.WEB_PORTALS, key=len, reverse=True))
    + ")("
    + "|".join(sorted(gz.PORTAL_CHANNELS, key=len, reverse=True))
    + ")"
)


def portal_channels(text: str, spans: list[Span]) -> list[Span]:
    """新浪科技讯, 网易农业总裁: a portal's channel is one organisation with the portal (the
    outlet a page credits), not the portal and a word after it."""
    found = []
    for match in PORTAL_CHANNEL.finditer(text):
        start, end = match.span()
        if dictionary_frequency(match.group(1) + text[end : end + 1]):
            continue  # 新浪号称, 百度科技园: the word goes on (it claims; a park, a place)
        if any(s < end and start < e and (s < start or e > end) for s, e, _ in spans):
            continue  # inside a longer name or across another one (the names inside it go)
        found.append((start, end, "org"))
    if not found:
        return spans
    return sorted(outside(spans, found) + found)

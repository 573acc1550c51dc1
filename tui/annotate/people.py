"""People: which name-tagged tokens are names, names jieba cut apart, the cues that confirm."""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import cache
from itertools import pairwise

from tui.annotate import gazetteer as gz
from tui.annotate.organisations import MINISTRY_ENDS, league
from tui.annotate.places import PLACE_ENDS
from tui.annotate.tags import (
    CUE_WORDS,
    FAMILIAR_PREFIXES,
    FUNCTION_TAGS,
    GLUED_VERBS,
    IDIOM_TAGS,
    KIN_WORDS,
    LIST_JOINERS,
    NAME_CANDIDATES,
    NAME_DOTS,
    NOUN_PHRASE_OPENERS,
    NUMERALS,
    PARTICLES,
    PERSON_TAGS,
    PREPOSITIONS_AFTER_NAMES,
    Span,
    Stretches,
    cue_at,
    lexicon,
    outside,
    put_in,
    title_before,
    transliterated,
)
from tui.text import surnames as family_names
from tui.text.segment import (
    dictionary_entry,
    dictionary_frequency,
    dictionary_tag,
    known_person,
    word_frequency,
)

# Last characters of a body, never of a name of three or more characters (宣传部, 银监会).
_BODY_ENDS = MINISTRY_ENDS | {"会"}

# A ring road by its side and number, which jieba guesses as a name (南三环, 东四环路).
_RING_ROAD = re.compile("[东南西北][二三四五六七]环路?")
# Endings of a village or a camp that given names hardly have (黄村, 姚湾, 小寨).
_VILLAGE_ENDS = frozenset("村屯寨营湾")

# A word this frequent in jieba's dictionary is an ordinary word (安全 in 安全感, 钟声, 冲突).
_COMMON_WORD = 100

# Characters that end everyday words but hardly ever a given name.
NOT_NAME_ENDINGS = frozenset(
    "饭书间感卡周者性化度率型式器机品物费税价量线面界类业期季节场室店站车船路门窗楼房屋街"
    "队组班网报刊证票单表图片板盘箱包袋杯瓶碗盒油药菜肉蛋奶茶酒电气记传奖赛"
    # places jieba's dictionary tags as names (卢沟桥, 洪泽湖, 华清池, 马王堆)
    "湖池桥堆寺庙"
)

# … of which these are no given name of one character either (张线, 樊楼, 姜茶; 李季, 张路 and
# 王书 are names).
_NOT_ONE_CHARACTER_NAMES = NOT_NAME_ENDINGS - frozenset("化季路书传业周品器电气感间记")

# Courtesy titles and forms of address after a surname: 李女士, 温先生, 徐阿婆, 王阿姨 are how
# the text names that person, the whole a mention as a full name is (毛主席, 唐外长 are the
# surname and an office). Alone, a form of address names no one (楼下的阿婆说).
HONORIFICS = frozenset(
    ["先生", "女士", "小姐"]
    + ["阿姨", "阿婆", "阿公", "阿伯", "大爷", "大妈", "大娘", "大叔", "大婶"]
    + ["师傅", "大哥", "大姐"]
    # … and kin words a child would use, for an elder the text names so (陈奶奶, 王爷爷)
    + ["奶奶", "爷爷", "叔叔", "婆婆", "伯伯"]
)

# Marks after a split name that close it (江 宏伟、…).
_LIST_MARKS = frozenset("、，,：:（(")

# Speech verbs jieba glues to the name before them (赵华说, 梁振英称).
GLUED_SPEECH = frozenset("说称讲")
# … and what else jieba glues to a name before it (张伟摄: a photographer's credit, took it).
_GLUED_TO_A_NAME = GLUED_SPEECH | PARTICLES | {"摄"}
# Adverbs and prepositions that lead into the word after them (才, 便, 与, 把), never end a clause.
_LEADING_CHARS = frozenset("在和与把被对向从为给让及或而并又便却才还再只先乃遂即亦皆已曾就都")

# Particles that end given names as often as they lead into the next word (罗豪才, 冯骥才,
# 于友先): a three-character name jieba ends with one is taken whole where no verb follows,
# and a document that names the person without it more often (宋江才) cuts it there
# (_settle_people).
_GIVEN_NAME_PARTICLES = frozenset("才先")
# … and the tags of the next word that make them its adverb after all (张伟先 走/v).
_VERB_OR_ADVERB_TAGS = frozenset({"v", "vd", "vi", "vg", "d"})

# Single characters that are surnames but, before a title, name a body (党主席, 国务委员) or
# say "the former" (原作者, 原市长).
NOT_SURNAMES_BEFORE_TITLES = frozenset("党国省市县区乡镇村团院校局厅部委司队原")

# Verbs between a name and 道/说 (雷横 劝 道, 林冲 告 道): no last character of the name.
_VERBS_BEFORE_SPEECH = frozenset("告劝问喝叫骂答笑谢怒哭叹应回大便又也却再只就乃则")

# 那 and 这 open "that …" far more often than the surname 那.
_DEMONSTRATIVES = frozenset("那这")

# Quotation marks around a short name that make it rather a brand (“益村”).
_OPENING_QUOTES = frozenset("“‘「『\"'")

_CLOSING_QUOTES = frozenset("”’」』\"'")

# Tags of the cut pieces of a foreign name after its dot (卡洛斯·阿马 + 特, 圭尼 + 贡多/m,
# 马·莱 万多/m 夫斯基).
_AFTER_DOT_TAGS = frozenset({"nr", "nrt", "nrfg", "n", "ng", "nz", "ns", "j", "d", "zg", "m", "a"})

# Tags of the last syllable of a foreign name jieba cut off as a word of its own (塔/j, 森/n);
# not a preposition or a verb (普京 比 …, 克林顿 为 …).
_LAST_SYLLABLE_TAGS = frozenset({"n", "ng", "nr", "nrt", "nz", "j", "zg", "ns"})
# … and what may follow it: a function word or a mark, not the rest of a word (布什 家族).
_AFTER_LAST_SYLLABLE_TAGS = frozenset({"x", "uj", "ul", "p", "c", "d", "v", "r", "f", "y"})


def _last_syllable(word: str, pos: str) -> bool:
    return len(word) == 1 and pos in _LAST_SYLLABLE_TAGS and transliterated(word)


# Doctrines named after a person (邓小平理论, 马克思主义): the person is marked.
_DOCTRINE_TAILS = ("主义", "理论", "思想")

# Titles that can take a surname into their token (主任何 国勇).
_SHORT_TITLES = tuple(t for t in gz.PERSON_TITLES if len(t) <= 3)


def surname_glued_to_title(text: str, span: Span, surnames: frozenset[str]) -> Span:
    """主任何志强 is cut 主/任何/志强: give the name back the surname the title's token took."""
    start, end, kind = span
    if kind != "person" or end - start != 2 or start < 3 or text[start - 1] not in surnames:
        return span
    before = text[max(0, start - 6) : start - 1]
    if any(before.endswith(title) for title in _SHORT_TITLES):
        return (start - 1, end, kind)
    return span


# Characters after 某 that are the sentence's, not the hidden given name's: particles,
# verbs glued to names, speech verbs (郑某叫他, 刘某与, 石某和), and when (抓获金某后, 陈某有);
# a court's verbs and the prepositions and adverbs that open its clauses (被告人李某犯盗窃罪,
# 王某因涉嫌…, 王某于2020年, 刘某仍未归还).
_NOT_AFTER_MOU = (
    PARTICLES | GLUED_VERBS | frozenset("称讲某人家后前时有犯涉持驾拒因于以用仍亦均曾已未非")
)


# What a picture's or a text's credit puts after the name (记者 张蕊 摄, 王明 绘, 李华 译).
_CREDITS = frozenset("摄绘译")
# Prepositions that are no family name, which jieba glues to the name after them (据小刚 说,
# 为景甜 拍摄, 该片 由宁浩 监制): the name is the characters after.
GLUED_PREPOSITIONS = frozenset("据为对从被把给让在与跟同将由")


def without_glued_preposition(text: str, span: Span) -> Span:
    start, end, kind = span
    if kind == "person" and end - start >= 3 and text[start] in GLUED_PREPOSITIONS:
        return (start + 1, end, kind)
    return span


def without_glued_speech(text: str, span: Span) -> Span:
    """李 + 明说/v: a surname and a verb of saying that jieba made of the given name and 说 is
    the surname and the given name (李明)."""
    start, end, kind = span
    if (
        kind == "person"
        and end - start == 3
        and text[end - 1] in GLUED_SPEECH
        and dictionary_tag(text[start + 1 : end]) in ("v", "vd", "d")
    ):
        return (start, end - 1, kind)
    return span


def anonymised(text: str, span: Span) -> Span:
    """刘某, 王某智, 向某波: a person the news names by surname and 某 (and maybe one
    character of the given name) is the whole of that, not the surname alone."""
    start, end, kind = span
    if kind != "person" or end - start != 1 or text[end : end + 1] != "某":
        return span
    end += 1
    given = text[end : end + 1]
    if (
        "\u4e00" <= given <= "\u9fff"
        and given not in _NOT_AFTER_MOU
        and not dictionary_frequency(text[end : end + 2])  # 杨某 描述, 杨某 赶到: a word
    ):
        end += 1
    return (start, end, kind)


_DOUBLE_MOU = re.compile("([\u4e00-\u9fff])某某")
_COMMON_NOUN_AFTER = 500  # a noun this frequent after 某某 is the thing (张某某 公司: a firm's)


def doubly_anonymised(text: str, spans: list[Span], surnames: frozenset[str]) -> list[Span]:
    """犯罪嫌疑人张某某, 被告人李某某: a surname and 某某 is a person the news does not name
    (jieba cuts 张/q 某某/r); not where the character closes a word (主张 某某 观点), nor
    before a noun (向某某 部门 反映: 某某 is "such-and-such")."""
    found = []
    for match in _DOUBLE_MOU.finditer(text):
        start = match.start()
        end = match.end()
        after = text[end : end + 2]
        tag = dictionary_tag(after)
        if (
            match.group(1) in surnames
            and not any(s < end and start < e for s, e, _ in spans)
            and not (start and word_frequency(text[start - 1 : start + 1]) >= _COMMON_WORD)
            and not (
                tag is not None
                and tag.startswith("n")
                and word_frequency(after) >= _COMMON_NOUN_AFTER
            )
        ):
            found.append((start, end, "person"))
    return sorted(spans + found) if found else spans


# Place endings that end given names as often (陈冠州, 翟凤岗), after a family name among the two
# hundred commonest (rarer ones open places as often).
_PLACE_ENDS_OF_GIVEN_NAMES = frozenset("州岗")


def _given_name_like_a_place(word: str) -> bool:
    """陈冠州, 李振州, 翟凤岗: 州 and 岗 end given names as well as prefectures and hills. Not
    a place of three characters (凉山州), nor a surname-like character before one of two
    (高 + 唐州) or before a count of them (常苏 + 二州), nor a word before the ending (黄花 +
    岗)."""
    tail = word[1:]
    return (
        len(word) == 3
        and word[-1] in _PLACE_ENDS_OF_GIVEN_NAMES
        and family_names.is_familiar(word[0])
        and word not in gz.places()
        and tail not in gz.places()
        and dictionary_tag(tail) != "ns"
        and tail[0] not in NUMERALS
        and word_frequency(word[:2]) < _COMMON_WORD
    )


# A clan's village or hamlet by its site (祝家庄, 陆家嘴, 王家湾, 李家坡, 刘家屯): 家 opens given
# names (李家超), but none ends in a spit, a bay or a slope.
_CLAN_VILLAGE = tuple(
    "家" + site
    for site in ("庄", "嘴", "湾", "坡", "屯", "堡", "洼", "坪", "坝", "峪", "窑", "铺", "集")
)


def person_kind(word: str, pos: str, surnames: frozenset[str]) -> str | None:
    """The kind of a token jieba tagged as a name: 'person'; 'person?' (it needs a cue around
    it); 'foreign' (a transliteration); 'surname' (alone); 'surname+tail' (胡老, 毛主席: the
    surname is the person); 'person+verb' (赵华说: all but the last character); 'person+tail'
    (邓小平理论: the name before the doctrine); 'place' (公明镇); or None."""
    size = len(word)
    if word in gz.NOT_PERSONS or size > 6 or size >= 3 and word[-1] in _BODY_ENDS:
        return None
    if size == 2 and word[0] in _DEMONSTRATIVES:
        return None  # 那汉, 那洪 (教头): "that man", not a name
    if size == 3 and league(word[:2]):
        return None  # 欧冠中/nr: a league, then "in"
    if size == 2 and word[1] == "家":
        return None  # 刘家, 赵家: a family or its house, not one of its people
    if size >= 3 and word[-1] in PLACE_ENDS:  # 公明镇, 白金汉宫: jieba's nr on a place
        return "person?" if _given_name_like_a_place(word) else "place"
    if size >= 3 and word.endswith(_CLAN_VILLAGE):
        return "place"  # 祝家庄, 陆家嘴: a clan's village (柴进庄上 is his manor: no place)
    if _RING_ROAD.fullmatch(word):
        return "place"  # 南三环/nr, 东四环/nr: a city's ring road
    if size == 2 and word[1] in _VILLAGE_ENDS and word not in gz.JAPANESE_SURNAMES:
        # 黄村, 朱村, 姚湾: rather a village named after its clan, or a camp (小寨), than a
        # name, unless a cue says so (not 木村, 野村: Japan's family names)
        return "person?"
    if pos == "nrfg":  # a full Chinese name the dictionary knows (陈寅恪)
        if (
            size == 3
            and word[-1] in _GLUED_TO_A_NAME
            and word[0] in surnames
            and not dictionary_frequency(word)  # (康有为, 邓稼先 are the dictionary's)
        ):
            return "person+verb"  # 郑咏是/nrfg: jieba's guess, a name and the copula
        return "person" if size >= 3 or size == 2 and word[0] in surnames else None
    if pos == "nrt":  # a transliteration (布拉特, 穆巴拉克); the tag also sits on 令人, 育人 …
        if size >= 2 and transliterated(word):
            return "foreign"
        return None
    if size == 1:
        return "surname" if word in surnames else None
    if size == 2 and word[0] in FAMILIAR_PREFIXES and pos == "nr":
        # 小明, 老王, 阿邓: how news names someone familiarly. 阿 and a common family name
        # jieba guessed are a name; other such names a cue confirms: 小X and 老X are also
        # words and nicknames (小李广, the novel's archer; 小可, 老汉 of the dictionary), and
        # 阿 opens kin words (阿舅). Of the dictionary's words only those of a common family
        # name are candidates (老王, not 老汉).
        common = family_names.is_common(word[1])
        if common and word[0] == "阿" and not dictionary_frequency(word):
            return "person"
        if common or not dictionary_frequency(word):
            return "person?"
    if word[0] in surnames and (word[1:] in gz.SURNAME_TAILS or word[1:] in gz.PERSON_TITLES):
        return (
            None
            if everyday_office(word) or word[0] in NOT_SURNAMES_BEFORE_TITLES
            else "surname+tail"
        )
    if size >= 3 and word[-1] in _GLUED_TO_A_NAME and word[0] in surnames:
        return "person+verb"  # 赵华说, 梁振英称, 宋江便: jieba glued the next word to the name
    if size == 3 and word[-1] == "家" or size >= 4 and word[-1] in "于在" and _foreign(word[:-1]):
        return "person+verb"  # 小刚家: the family's home; 埃洛普于 2010年: the name, then "in"
    if word.endswith("左右"):
        return None  # 2 米左右/nr: "about two metres"
    for tail in _DOCTRINE_TAILS:  # 邓小平理论, 马克思主义: the person behind the doctrine
        if word.endswith(tail) and len(word) - len(tail) >= 2:
            return "person+tail"
    if size >= 3 and transliterated(word):
        return "foreign"
    if word[:2] in surnames and size <= 4:  # 欧阳 + 1-2 characters
        return "person"
    if word[0] in surnames:
        if size == 2:  # a dictionary word may be an ordinary one; a guessed word is a name,
            # unless it ends as no given name does (澄 张线: a road between two towns)
            return (
                "person?"
                if word_frequency(word) or word[1] in _NOT_ONE_CHARACTER_NAMES
                else "person"
            )
        if size == 3 and (verb_after_rare_surname(word) or word[1:] in _PRONOUNS):
            return None  # 相冲突; 祝你们, 向我们: a verb or a preposition, then a pronoun
        if size == 3:
            # 安全感, 银行卡, 黄金周: a common word opens it, or it ends as no given name does
            # (…饭, …卡, …周), so it needs a cue to be a name
            if (
                word_frequency(word[:2]) >= _COMMON_WORD
                or word[-1] in NOT_NAME_ENDINGS
                # 高 + 水平, 低 + 工资: one of the language's commonest words after the surname
                or word_frequency(word[1:]) >= _EVERYDAY_WORD
                or _adjective_then_noun(word)
            ):
                return "person?"
            return "person"
        return None
    return "person?" if size == 3 and not word_frequency(word) else None


def _adjective_then_noun(word: str) -> bool:
    """强 + 降雨, 冷 + 空气: a rarer surname that is an adjective of its own, then a noun, is
    rather the adjective and the noun (花 + 和尚, 玉 + 麒麟, the novel's nicknames, are no
    adjectives)."""
    if family_names.is_common(word[0]):
        return False
    first = dictionary_entry(word[0])
    rest = dictionary_entry(word[1:])
    return (
        first is not None
        and first[1] == "a"
        and rest is not None
        and rest[1] in ("n", "vn")
        and rest[0] >= _COMMON_WORD
    )


# A word this frequent in jieba's dictionary (水平, 问题, 工作) is no given name; those that are
# (和平 7,998, 胜利 8,904, 建国 3,083) are rarer.
_EVERYDAY_WORD = 10_000

# Pronouns, which no given name is (祝你们/nr: "wish you").
_PRONOUNS = frozenset({"你们", "我们", "他们", "她们", "它们", "咱们", "自己"})


# Tags of a common word that is a verb, an adjective or an adverb: no given name after a rare
# surname (相 冲突, 相 匹配: "mutually", then a verb).
_ACTION_TAGS = frozenset({"v", "vd", "vn", "a", "ad", "d"})


def verb_after_rare_surname(word: str) -> bool:
    """相冲突/nr, 相匹配/nz: a rare surname, then a common verb: a phrase, not a name (a common
    surname before one, 杨振兴, 郭建设, is a name as often)."""
    if family_names.is_common(word[0]):
        return False
    entry = dictionary_entry(word[1:])
    return entry is not None and entry[1] in _ACTION_TAGS and entry[0] >= _COMMON_WORD


def doctrine_of_a_person(word: str) -> bool:
    """马克思主义/n, 列宁主义/n, 马克思列宁主义/ns: a doctrine named after someone the dictionary
    knows as a person, or after two, which jieba tags as an ordinary noun or a place (its nr
    doctrines go through person_kind)."""
    return (
        word.endswith(_DOCTRINE_TAILS)
        and any(  # most nouns end otherwise: one C call
            word.endswith(tail)
            and len(word) - len(tail) >= 2
            and (known_person(word[: -len(tail)]) or _two_people(word[: -len(tail)]))
            for tail in _DOCTRINE_TAILS
        )
    )


def _two_people(head: str) -> int:
    """Where the second of two people the dictionary knows begins in `head` (马克思|列宁), or 0."""
    return next(
        (
            cut
            for cut in range(2, len(head) - 1)
            if known_person(head[:cut]) and known_person(head[cut:])
        ),
        0,
    )


def _name_piece(word: str, pos: str) -> bool:
    return pos not in FUNCTION_TAGS and (pos in PERSON_TAGS or transliterated(word))


# Tags of a two-character word that may be a given name jieba took for a word (新民/n, 宏伟/a).
_GIVEN_NAME_TAGS = frozenset({"n", "a", "nr", "nz", "ns", "ng", "vn"})
# Last characters of a title, a street or a measure, not of a given name (司长, 牧场, 西路,
# 跌幅).
_NOT_GIVEN_NAME_ENDS = frozenset("长路场街府司幅")
# Surnames that are far more often a word of their own before a noun (於 "at", 连 "even",
# 束 "bundle", 司 "office", 卿 "you" of older prose): no given name is joined to them.
_WORDLIKE_SURNAMES = frozenset("於连束司卿")
# A word the dictionary holds this often or more is an ordinary word, not a given name.
_RARE_GIVEN_NAME = 1000


def _given_name(word: str, pos: str) -> bool:
    """新民, 宏伟, 鹏飞: a two-character word after a lone surname that may be its given name:
    a noun or adjective the dictionary holds rarely, no title (知县, 司长) and no place (…岛)."""
    return (
        len(word) == 2
        and pos in _GIVEN_NAME_TAGS
        and word not in gz.PERSON_TITLES
        and word not in gz.SURNAME_TAILS
        and word[-1] not in PLACE_ENDS
        and word[-1] not in _NOT_GIVEN_NAME_ENDS
        and dictionary_frequency(word) < _RARE_GIVEN_NAME
    )


# Tags jieba gives a lone syllable of a foreign name it cut off (奇/ag 尔顿, 阿斯 森/n 蒂斯).
_SYLLABLE_TAGS = frozenset({"ag", "a", "n", "ng", "nz", "nr", "ns", "j", "zg"})


def _lone_syllable(token: tuple[str, str], kind: str | None) -> bool:
    word, pos = token
    return (
        len(word) == 1
        and kind in (None, "surname")
        and pos in _SYLLABLE_TAGS
        and (transliterated(word) or kind == "surname" or word in gz.surnames())
        and word not in CUE_WORDS
    )


def join_syllables_of_foreign_names(
    tokens: list[tuple[str, str]], kinds: list[str | None], starts: list[int], spans: list[Span]
) -> None:
    """奇 + 尔顿 -> 奇尔顿, 阿斯 + 森 + 蒂斯 -> 阿斯森蒂斯, 谭 + 琳娜: a foreign name jieba cut
    into a two-character name it knows and lone syllables around it; the name is the whole run."""
    count = len(tokens)
    for i in range(count):
        if kinds[i] != "foreign" or len(tokens[i][0]) != 2:
            continue
        start = end = i
        if i and _lone_syllable(tokens[i - 1], kinds[i - 1]):
            start = i - 1
        while (
            end + 2 < count
            and _lone_syllable(tokens[end + 1], kinds[end + 1])
            and kinds[end + 2] == "foreign"
        ):
            end += 2
        if start < end or start < i:
            spans.append((starts[start], starts[end + 1], "person"))
            for k in range(start, end + 1):
                kinds[k] = "joined"


# Tags jieba gives the pieces of a foreign name it cut out of one (萨莫拉 诺/nz, 奥/nr 兰迪斯,
# 帕斯/nr 特拉纳, 罗伯特·马 尔登/nrt); not a verb's or a particle's. A place's tag (阿德
# 巴约/ns, 威/ns 廉希尔) marks a piece only when the piece is no place the gazetteer knows
# (贝克汉姆 英国, 克林顿 伦敦 are two names).
_NAME_PIECE_TAGS = frozenset({"nr", "nrt", "nrfg", "nz"})
_NAME_PIECE_MOST = 3  # characters: a piece, not a word of its own


def complete_foreign_names(
    text: str, tokens: list[tuple[str, str]], spans: list[Span]
) -> list[Span]:
    """奥 + 兰迪斯 -> 奥兰迪斯, 萨莫拉 + 诺 -> 萨莫拉诺, 罗伯特·马 + 尔登, 莉萨·科斯 + 马斯: a
    foreign name (written in transliteration characters, maybe with ·) takes in the short
    name pieces right beside it, and another such name it touches."""
    if not any(kind == "person" and _foreign(text[s:e]) for s, e, kind in spans):
        return spans  # most texts: no foreign name, nothing to look up
    token_at: dict[int, int] = {}  # start offset -> token index
    token_to: dict[int, int] = {}  # end offset -> token index
    at = 0
    for k, (word, _) in enumerate(tokens):
        token_at[at] = k
        at += len(word)
        token_to[at] = k
    out: list[Span] = []
    for start, end, kind in spans:
        last = out[-1] if out else None
        if kind != "person" or not _foreign(text[start:end]):
            if (
                kind == "person"
                and last
                and last[2] == "person"
                and last[1] == start
                and last[1] - last[0] >= 3
                and _foreign(text[last[0] : last[1]])
                and end - start >= 3
                and transliterated(text[start + 1 : end])
                and _one_of_two_unknown(text[last[0] : last[1]], text[start:end])
            ):
                # 斯托尔 + 滕贝格: a piece of foreign sounds opening with a family name's
                # character (滕), touching a foreign name of three, is its end (何小平 after
                # 安德森 is a second name: 小平 is no foreign sound)
                start = out.pop()[0]
            out.append((start, end, kind))
            continue
        if last and last[2] == "person" and last[1] == start and _van_or_von(text[last[0] : start]):
            start = out.pop()[0]  # 冯德/nr + 莱恩, 范德/nr + 萨: von der, van der, then the name
        elif last and last[2] == "person" and _foreign(text[last[0] : last[1]]):
            if end <= last[1]:
                continue  # 海米莱 inside 卡莱维·海米莱, found whole before it
            between = text[last[1] : start]
            if (
                last[1] >= start
                or len(between) <= 2
                and between[-1] in NAME_DOTS
                and transliterated(between[:-1])
                # 卡琳·让 - 皮埃尔: a hyphen between the given names of a French name
                or between in _NAME_HYPHENS
                and any(dot in text[last[0] : last[1]] for dot in NAME_DOTS)
            ):
                # 莉萨·科斯 + 马斯, 卡莱维 + 莱维·海米莱 (two rules' finds that overlap),
                # 卡莱维 · 海米莱, 汤姆 士· 史达福 (the halves of one name and its dot)
                start = out.pop()[0]
        floor = out[-1][1] if out else 0
        k = token_to.get(start)
        while k is not None and _foreign_piece(tokens[k]) and start - len(tokens[k][0]) >= floor:
            start -= len(tokens[k][0])
            k = token_to.get(start)
        if (
            k is not None
            and start - 1 >= floor
            and end - start >= 3
            and _first_syllable_cut_off(tokens, k)
        ):
            start -= 1
        k = token_at.get(end)
        while k is not None and _foreign_piece(tokens[k]):
            end += len(tokens[k][0])
            k = token_at.get(end)
        if k is not None and token_at.get(start) == k - 1 and _last_syllable_cut_off(tokens, k):
            end += 1
        elif (
            k is not None
            and _syllable_then_a_preposition(tokens[k])
            # (a name of two syllables only before a pair no dictionary holds: 姆巴 + 佩在/v)
            and (end - start >= 3 or end - start == 2 and not dictionary_frequency(tokens[k][0]))
        ):
            end += 1  # 埃 尔多 + 安在/p 安卡拉: the name's last syllable, glued to 在
        out.append((start, end, kind))
    return out


# Tags jieba gives a foreign name's first syllable it took for a word (库/n, 里/f, 亚/j).
_SYLLABLE_AS_WORD_TAGS = frozenset({"n", "ng", "j", "a", "f"})


def _first_syllable_cut_off(tokens: list[tuple[str, str]], k: int) -> bool:
    """俄罗斯的 库/n 尼科娃, 外援、里/f 贝罗: before a foreign name of three syllables or more,
    one syllable jieba took for a word, where a noun phrase opens — the name's first."""
    word, pos = tokens[k]
    return (
        len(word) == 1
        and pos in _SYLLABLE_AS_WORD_TAGS
        and transliterated(word)
        and (k == 0 or tokens[k - 1][0] in NOUN_PHRASE_OPENERS)
    )


def _van_or_von(piece: str) -> bool:
    """冯德, 范德: how Chinese writes "von der" and "van der", which jieba guesses as a name
    of two (冯德/nr 莱恩); a foreign name right after it is the rest of one name."""
    return len(piece) == 2 and piece[0] in "冯范" and piece[1] in "德登" and not known_person(piece)


def _last_syllable_cut_off(tokens: list[tuple[str, str]], k: int) -> bool:
    """巴姆/nrt 比/p 继续, 克利/nrt 希/v 表示: after a two-syllable transliterated name, a
    syllable jieba took for a word of its own, with a verb or an adverb after it — the
    name's last syllable, as the clause goes on without it."""
    word, pos = tokens[k]
    name, name_pos = tokens[k - 1]
    return (
        len(word) == 1
        and len(name) == 2
        and name_pos == "nrt"
        and word in gz.TRANSLITERATION_CHARS
        and pos not in _NAME_PIECE_TAGS
        and k + 1 < len(tokens)
        and tokens[k + 1][1] in ("v", "d")
    )


def _foreign_piece(token: tuple[str, str]) -> bool:
    word, pos = token
    return (
        len(word) <= _NAME_PIECE_MOST
        and (pos in _NAME_PIECE_TAGS or pos == "ns" and word not in lexicon()[0])
        and transliterated(word)
        and word not in CUE_WORDS
    )


# Hyphens between the given names of a foreign name (让-皮埃尔).
_NAME_HYPHENS = frozenset("-－‐—")


def _one_of_two_unknown(first: str, second: str) -> bool:
    """Two names that touch are one where jieba's dictionary lacks one of them as a name
    (斯托尔 + 滕贝格); 马克思 + 列宁 (of 马克思列宁主义) are two it knows."""
    return not (known_person(first) and known_person(second))


def _foreign(name: str) -> bool:
    """Written in transliteration characters, the dots between its parts aside (科菲·安南)."""
    letters = "".join(ch for ch in name if ch not in NAME_DOTS)
    return len(letters) >= 2 and transliterated(letters)


_LOCATIVE_CHARS = frozenset("里上下中内外边前后")
_COLOUR_CHARS = frozenset("黄白黑红绿蓝青紫灰金")


def join_doubled_given_names(
    text: str,
    tokens: list[tuple[str, str]],
    kinds: list[str | None],
    starts: list[int],
    spans: list[Span],
) -> None:
    """刘诗 + 诗 -> 刘诗诗, 张/q + 丽丽/nr -> 张丽丽: a given name of one doubled character, which
    jieba cuts after the first of the pair or after the surname."""
    for match in _DOUBLED.finditer(text):
        at = match.start()
        # 刘诗 | 诗: a token ends inside the pair; 张 | 丽丽: a token is the pair
        i = bisect_left(starts, at + 1)
        if i < len(tokens) and starts[i] == at + 1 and i:
            word, after = tokens[i - 1][0], tokens[i][0]
            if (
                len(after) == 1
                and len(word) == 2
                and kinds[i - 1] in ("person", "person?")
                and kinds[i] is None
                # 包里 里 (in the bag), 黄烘 烘 (an ABB adjective: 黄烘烘, 红彤彤, 白花花)
                and after not in _LOCATIVE_CHARS
                and word[0] not in _COLOUR_CHARS
                and word_frequency(word) < _COMMON_WORD  # 钟声 声: a word, then its echo
            ):
                spans.append((starts[i - 1], starts[i + 1], "person"))
                kinds[i - 1] = kinds[i] = "joined"
            continue
        i = bisect_left(starts, at)
        if i < len(tokens) and starts[i] == at and i:
            word, (after, after_pos) = tokens[i - 1][0], tokens[i]
            if (
                len(after) == 2
                and after_pos == "nr"
                and len(word) == 1
                and kinds[i - 1] in (None, "surname")
                and kinds[i] in (None, "person", "person?")
                and family_names.is_common(word)  # common enough to open a name by itself
            ):
                spans.append((starts[i - 1], starts[i + 1], "person"))
                kinds[i - 1] = kinds[i] = "joined"


# Words between two dots of a name that jieba reads as function words: 穆罕默德·本/r·萨勒曼
# (bin, 'son of'), 路德维希·范·贝多芬.
_PARTICLES_BETWEEN_DOTS = frozenset({"本", "宾", "伊本", "阿布", "范", "冯", "德", "达", "迪"})


def join_split_names(
    tokens: list[tuple[str, str]], kinds: list[str | None], starts: list[int], spans: list[Span]
) -> None:
    """One name in several tokens: 鲍里斯 · 贝克尔, 尤尔 + 科夫, 贾 + 亚拉 + 莉达, 高允 + 连."""
    count = len(tokens)
    # Where a name may open: a candidate, a surname, or a word before a dot. Found in one pass,
    # as most tokens are none (the walk below only marks the tokens it joins).
    openings = [
        k
        for k in range(count)
        if kinds[k] in NAME_CANDIDATES
        or kinds[k] == "surname"
        or k + 2 < count
        and tokens[k + 1][0] in NAME_DOTS
    ]
    i = 0
    for opening in openings:
        if opening < i:
            continue  # inside the name before it
        i = opening
        word, pos = tokens[i]
        # A dotted name may open with a word jieba did not take for a name: 芭芭拉/z · 弗兰克.
        dotted = (
            i + 2 < count
            and tokens[i + 1][0] in NAME_DOTS
            and (
                _name_piece(word, pos)
                # 茉莉/n · 史密斯: a given name the dictionary holds as a word, before a
                # foreign family name
                or pos in ("n", "nz")
                and 2 <= len(word) <= 3
                and kinds[i] is None
                and kinds[i + 2] in NAME_CANDIDATES
                and len(tokens[i + 2][0]) >= 2
                and transliterated(tokens[i + 2][0])
            )
            and (
                _name_piece(*tokens[i + 2])
                # 穆罕默德 · 本/r · 萨勒曼: a particle between two dots, then the name goes on
                or tokens[i + 2][0] in _PARTICLES_BETWEEN_DOTS
                and i + 4 < count
                and tokens[i + 3][0] in NAME_DOTS
                and _name_piece(*tokens[i + 4])
            )
        )
        if kinds[i] not in NAME_CANDIDATES and kinds[i] != "surname" and not dotted:
            continue
        foreign = transliterated(word)
        end = i + 1
        while end < count:
            w, p = tokens[end]
            if w in NAME_DOTS and end + 1 < count:
                piece, piece_pos = tokens[end + 1]
                if (
                    piece in NAME_DOTS
                    or piece_pos in FUNCTION_TAGS
                    and not (
                        piece in _PARTICLES_BETWEEN_DOTS
                        and end + 2 < count
                        and tokens[end + 2][0] in NAME_DOTS
                    )
                ):
                    break
                end += 2
                # the part after the dot may itself be cut: 阿马 + 特
                while (
                    end < count
                    and len(tokens[end][0]) <= 2
                    and transliterated(tokens[end][0])
                    and tokens[end][1] in _AFTER_DOT_TAGS
                    and tokens[end][0] not in CUE_WORDS
                ):
                    end += 1
            elif (
                (foreign or kinds[i] == "surname" and end == i + 1)
                and transliterated(w)
                and (kinds[end] == "foreign" or p in PERSON_TAGS)
            ):
                foreign = True  # 贾 + 亚拉 + 莉达: a surname-like first syllable
                end += 1
            elif end == i + 1 and len(word) == 2 and len(w) == 1 and p == "nr" and not foreign:
                end += 1  # 高允 + 连
            elif (
                end == i + 1
                and kinds[i] == "surname"
                and pos == "nr"
                and word not in _WORDLIKE_SURNAMES
                and not foreign
                and _given_name(w, p)
            ):
                end += 1  # 赵 + 新民, 江 + 宏伟: jieba took the given name for a word
            elif (
                foreign
                # a piece of three, or one jieba took for a transliteration (not 金沙/nr 汉)
                and (len(tokens[end - 1][0]) >= 3 or tokens[end - 1][1] == "nrt")
                and _last_syllable(w, p)
                and (
                    end + 1 == count
                    or tokens[end + 1][1] in _AFTER_LAST_SYLLABLE_TAGS
                    or tokens[end + 1][0] in NAME_DOTS
                )
            ):
                end += 1  # 巴普蒂斯 + 塔/j, 阿特金 + 森/n: jieba cut the last syllable off
            else:
                break
        if end > i + 1:
            # 特里·迈尔 + 森将: the last syllable and the word after it in one token
            last = 1 if foreign and end < count and _syllable_then_a_particle(tokens[end]) else 0
            if _conjunction_glued(tokens[end - 1][0]):
                last = -1  # 罗朗 · 雷斯及/nr 法国各界人士: the name, then "and"
            spans.append((starts[i], starts[end] + last, "person"))
            for k in range(i, end):
                kinds[k] = "joined"
        i = end


def _conjunction_glued(word: str) -> bool:
    """雷斯及: the last piece of a foreign name with the conjunction after it in one token."""
    return len(word) >= 3 and word[-1] in "及和与" and transliterated(word[:-1])


def _syllable_then_a_preposition(token: tuple[str, str]) -> bool:
    """安在/p after 埃尔多: a foreign name's last syllable and the preposition after it, which
    jieba took for one word (a classical "where")."""
    word, pos = token
    return (
        len(word) == 2
        and (pos == "p" or pos == "v" and not dictionary_frequency(word))  # (佩在/v)
        and word[0] in gz.TRANSLITERATION_CHARS
        and word[1] in PREPOSITIONS_AFTER_NAMES
    )


def _syllable_then_a_particle(token: tuple[str, str]) -> bool:
    """森将/n after 特里·迈尔: a last syllable of a foreign name, then an adverb or a particle
    that jieba glued to it (将 "will", 也, 在)."""
    word, pos = token
    return (
        len(word) == 2
        and pos not in FUNCTION_TAGS
        and word[0] in gz.TRANSLITERATION_CHARS
        and word[1] in PARTICLES
    )


# Events named after the town that holds them (温布尔登 网球 锦标赛, 戛纳 电影节, 达沃斯 论坛).
_HELD_AT = frozenset(
    "网球 锦标赛 公开赛 大奖赛 电影节 音乐节 艺术节 马拉松 论坛 峰会 博览会 车展".split()  # noqa: SIM905
)


def _person_or_side(tokens: list[tuple[str, str]], i: int) -> str:
    """布莱克本 主帅 因斯: a foreign name before the head of a side is the side, a club; one
    before an event it holds is the town (温布尔登 网球锦标赛)."""
    after = tokens[i + 1][0] if i + 1 < len(tokens) else ""
    if after in gz.HEADS_OF_A_SIDE:
        return "org"
    return "place" if after in _HELD_AT else "person"


_OPENERS = ("《", "“", "「", "『")  # a title's or a quotation's opening mark


def confirm_people(
    tokens: list[tuple[str, str]],
    kinds: list[str | None],
    starts: list[int],
    spans: list[Span],
) -> None:
    """Settle the person candidates by their context; join names jieba split (江 + 宏伟,
    尤尔 + 科夫, 科菲 · 安南)."""
    count = len(tokens)
    pending: list[int] = []  # person? candidates without a cue of their own
    # The tokens a rule below may act on: a candidate, a place jieba tagged, a word after a
    # title. Most tokens are none, and the rules only clear kinds, so the list stays whole.
    candidates = [
        k
        for k in range(count)
        if kinds[k] not in _SETTLED_KINDS
        or tokens[k][1] == "ns"
        or k
        and tokens[k - 1][0][-1] in _TITLE_LAST_CHARS
    ]
    i = 0
    for candidate in candidates:
        if candidate < i:
            continue  # taken into the name before it
        i = candidate
        kind = kinds[i]
        before = tokens[i - 1][0] if i else ""
        # a title right before (written out, not a call: this is asked of most candidates)
        if kind in _NAMEABLE and (
            before in gz.BEFORE_NAMES
            or before[-1:] in _TITLE_LAST_CHARS
            and (role := _title_or_role(tokens, kinds, i))
        ):
            # after a role (军师 吴用 知), no character after the name is taken into it
            joins = before in gz.BEFORE_NAMES or role == "title"
            end = _name_after_title(tokens, kinds, i, joins)
            if end == i + 1 and _completes_name(tokens, kinds, i):
                end = i + 2  # 副参谋长 赵国 + 钧 少将
            if end <= i + 1 and joins and _last_character_glued_on(tokens, i):
                # 特首 李家/nrfg 超在/v: the name's last character, glued to the word after
                spans.append((starts[i], starts[i + 1] + 1, "person"))
                kinds[i] = None
                i += 1
                continue
            if end:
                # 总设计师 崔恺出 了: the verb before the aspect particle is the sentence's
                cut = end == i + 1 and (_verb_before_aspect(tokens, i) or _going_to(tokens, i))
                spans.append((starts[i], starts[end] - cut, "person"))
                for k in range(i, end):
                    kinds[k] = None
                i = end
                continue
        if kind in ("place", None) and tokens[i][1] == "ns" and _titled_place(tokens, i):
            kinds[i] = None
            spans.append((starts[i], starts[i + 1], _person_or_side(tokens, i)))
            i += 1
            continue
        if kind in ("person", "person?") and _completes_name(tokens, kinds, i):
            # 马素 + 湘 说, 袁道 + 先 教授: the last character of the name was cut off
            spans.append((starts[i], starts[i + 2], "person"))
            kinds[i] = kinds[i + 1] = None
            i += 2
            continue
        if kind in ("person", "person?") and _verb_before_aspect(tokens, i):
            # 张博抱 着, 崔恺出 了: jieba took a verb into the name before its aspect particle
            spans.append((starts[i], starts[i + 1] - 1, "person"))
            kinds[i] = None
            i += 1
            continue
        if kind == "person" and _surname_ends_the_word_before(tokens, i):
            kinds[i] = "person?"
            kind = "person?"
        if kind == "person" and _modifies_a_noun(tokens, i):
            kinds[i] = "person?"  # 球队的 高光/nr 时刻: a guessed word, then what it qualifies
            kind = "person?"
        if kind == "person" and _quoted(tokens, i):
            kinds[i] = "person?"  # “益村”: a short name in quotation marks is rather a brand
            kind = "person?"
        if kind is None or kind in ("place", "org", "joined", "person"):
            i += 1
            continue
        word, _ = tokens[i]
        after = tokens[i + 1][0] if i + 1 < count else ""
        kinds[i] = None
        if kind == "foreign":
            end = _foreign_name_end(tokens, i)
            spans.append((starts[i], starts[end], _person_or_side(tokens, i)))
            for k in range(i + 1, end):
                kinds[k] = None
            i = end
            continue
        if kind == "person?" and transliterated(word) and _person_or_side(tokens, i) == "org":
            spans.append((starts[i], starts[i + 1], "org"))
            i += 1
            continue
        if kind == "person?":
            if (
                before in gz.BEFORE_NAMES
                or after in CUE_WORDS
                or _cue_past_an_adverb(tokens, i)
                or _speaks_after_a_quote(tokens, i)
                or _speaks_to_someone(tokens, i)
                or _what_only_a_person_has(tokens, i)
                or _author_of_a_work(tokens, i)
            ):
                spans.append((starts[i], starts[i + 1], "person"))
            else:
                pending.append(i)
        elif kind == "person+tail":
            tail = next(t for t in _DOCTRINE_TAILS if word.endswith(t))
            head = len(word) - len(tail)
            cut = _two_people(word[:head])
            if cut:  # 马克思 + 列宁 + 主义: a doctrine of two
                spans.append((starts[i], starts[i] + cut, "person"))
                spans.append((starts[i] + cut, starts[i] + head, "person"))
            else:
                spans.append((starts[i], starts[i] + head, "person"))
        elif kind == "surname+tail":
            # 郑先生: with a courtesy title the mention is the whole; 毛主席: the surname
            size = len(word) if word[1:] in HONORIFICS else 1
            spans.append((starts[i], starts[i] + size, "person"))
        elif kind == "person+verb" and word[-1] == "则" and after == "个":
            pass  # 观 江景则/nr 个: older prose's closing particle 则个, after a common word
        elif kind == "person+verb":
            # 吴庆才）: a word that leads into another (才, 便, 与) ends no clause; before a
            # mark it is the name's own last character
            whole = word[-1] in _LEADING_CHARS and (not after or tokens[i + 1][1] == "x")
            # 张一公在 《人民日报》: a preposition leads into the title or quote it opens
            whole = whole and not (
                word[-1] in PREPOSITIONS_AFTER_NAMES and after.startswith(_OPENERS)
            )
            # 罗豪才 主持会议/n, 于友先 会见/n: 才 and 先 end given names where no verb follows
            # (张伟先 走/v is 张伟, then 走)
            whole = whole or (
                len(word) == 3
                and word[-1] in _GIVEN_NAME_PARTICLES
                and after
                and tokens[i + 1][1] not in _VERB_OR_ADVERB_TAGS
            )
            spans.append((starts[i], starts[i + 1] - (0 if whole else 1), "person"))
        elif kind == "surname" and i + 1 < count:
            # A lone surname: join a one- or two-character given name that jieba split off.
            given, given_pos = tokens[i + 1]
            after_name = tokens[i + 2][0] if i + 2 < count else ""
            if (
                1 <= len(given) <= 2
                and given_pos not in FUNCTION_TAGS
                and given not in CUE_WORDS
                and kinds[i + 1] is None
                and (after_name in CUE_WORDS or after_name in _LIST_MARKS)
                # 装备 司 牵头/v ，, 富 起来/v: a word and a common verb, no surname and given
                # name (杨 振兴/v is: a common surname opens a name)
                and not (
                    word in _WORDLIKE_SURNAMES
                    or given_pos == "v"
                    and len(given) == 2  # 萧 让/v is a name of one character
                    and dictionary_frequency(given) >= _KNOWN_VERB
                    and not family_names.is_common(word)
                )
                # 熊 孩子 说: one of the language's commonest nouns is no given name (郭 建设/vn
                # 称 is one: names are made of verbs of that kind)
                and not (
                    len(given) == 2
                    and given_pos == "n"
                    and dictionary_frequency(given) >= _EVERYDAY_WORD
                )
            ):
                spans.append((starts[i], starts[i + 2], "person"))
                i += 2
                continue
            if (after in gz.SURNAME_TAILS or after in gz.PERSON_TITLES) and not (
                word in gz.ORG_TAIL_CHARS and i and tokens[i - 1][1] not in FUNCTION_TAGS
            ):
                # 唐 外长 说; not 价格 司 副司长, 结算 司 司长, where 司 ends the body's name
                end = starts[i + 2] if after in HONORIFICS else starts[i] + 1
                spans.append((starts[i], end, "person"))
        i += 1
    _accept_listed_people(tokens, kinds, starts, spans, pending)


def _surname_ends_the_word_before(tokens: list[tuple[str, str]], i: int) -> bool:
    """派 发现/v 金红利/nr: jieba cut 现金 in two and took the rest, a surname's character and
    a word, for a name (发现 金小明 stays one: 小明 is no word of its dictionary)."""
    word, pos = tokens[i]
    if not i or len(word) != 3 or pos != "nr":
        return False
    before = tokens[i - 1][0]
    return (
        len(before) >= 2
        and word_frequency(before[-1] + word[0]) >= _WORD_CUT_APART
        and _common_word(word[1:])
    )


_WORD_CUT_APART = 1000  # a word this frequent across two tokens (现金) is one jieba cut


# Nouns a name stands before as a person's (王芳 阿姨, 李蕾 姑娘, 何平 家眷).
_KIN_AFTER_A_NAME = frozenset(
    {"姑娘", "阿姨", "大哥", "大姐", "叔叔", "大爷", "大妈", "亲戚", "家眷", "老小"}
)


def _modifies_a_noun(tokens: list[tuple[str, str]], i: int) -> bool:
    """球队的 高光/nr 时刻, 穿着 白绢/nr 衣服, 南阵/nr 军马: two characters jieba guessed as a
    name stand before a common noun they qualify, with nothing between — rather a word of
    their own than a person, unless a cue says so. Not before a person's own (王芳 阿姨, 李明
    妻子), nor a noun a speech verb follows (陈蕾 开口 说道)."""
    word, pos = tokens[i]
    if i + 2 >= len(tokens) or len(word) != 2 or pos != "nr" or word_frequency(word):
        return False
    noun, noun_pos = tokens[i + 1]
    return (
        noun_pos == "n"
        and len(noun) >= 2
        and word_frequency(noun) >= _COMMON_NOUN
        and noun not in CUE_WORDS
        and noun not in _PERSONAL_NOUNS
        and noun not in _KIN_AFTER_A_NAME
        and tokens[i + 2][0] not in gz.SPEECH_VERBS
    )


_COMMON_NOUN = 1000


def _adverb_as_given_name(tokens: list[tuple[str, str]], i: int) -> bool:
    """校长 孙/zg 立新/d 教授: a given name of two jieba tagged as an adverb, between a surname
    after a title and another title."""
    return (
        len(tokens[i][0]) == 1
        and i + 2 < len(tokens)
        and tokens[i + 1][1] == "d"
        and len(tokens[i + 1][0]) == 2
        and tokens[i + 2][0] in gz.PERSON_TITLES
    )


def _last_character_glued_on(tokens: list[tuple[str, str]], i: int) -> bool:
    """特首 李家/nrfg 超在/v, 总经理 王家/n 伟在/p: after a title, a surname and a character,
    then two characters jieba guessed as a word that end in what leads into the rest of the
    clause (在, 说, 和): the first of them closes the name."""
    word = tokens[i][0]
    if len(word) != 2 or i + 1 >= len(tokens) or not family_names.is_familiar(word[0]):
        return False
    nxt, nxt_pos = tokens[i + 1]
    return (
        len(nxt) == 2
        and nxt_pos not in ("x", "m", "eng")
        and (nxt[1] in _LEADING_CHARS or nxt[1] in _GLUED_TO_A_NAME)
        and not dictionary_frequency(nxt)
    )


def bodies_as_given_names(text: str, spans: list[Span]) -> list[Span]:
    """赵海军表示: a body's word of two that is a given name as often (海军, the navy), after
    one of the commonest family names no span holds and before a speech verb, is the name's
    (美海军表示 is the navy: 美 is no such name)."""
    found = []
    for start, end, kind in spans:
        if (
            kind == "org"
            and end - start == 2
            and start
            and family_names.is_familiar(text[start - 1])
            and text[start:end] in gz.ORG_WORDS
            and cue_at(text, end, gz.SPEECH_VERBS)
            and not any(s < start <= e for s, e, _ in spans if (s, e) != (start, end))
        ):
            found.append((start - 1, end, "person"))
    return put_in(spans, found) if found else spans


def _third_of_a_name(text: str, start: int) -> bool:
    """Whether the third character from `start` (a surname) is the given name's, not the
    opening of what comes after it: not a cue itself (王刚 说道), nor an adverb (王晨 都 表示,
    卢金 也 警告; but 袁道先 教授: 才 and 先 end names before a title), nor the end of a word
    with the second (王 刚才) or the start of one with the fourth (薛原 报道)."""
    third = text[start + 2]
    end = start + 3
    if cue_at(text, start + 2):
        return False
    if third in PARTICLES and not (
        third in _GIVEN_NAME_PARTICLES and cue_at(text, end, gz.PERSON_TITLES)
    ):
        return False
    return (
        dictionary_tag(text[start + 1 : end]) not in _NO_GIVEN_NAME_TAGS
        and dictionary_frequency(text[start + 2 : end + 1]) < _COMMON_WORD
    )


@cache
def _titled_surname() -> re.Pattern[str]:
    """The last character of a title and a common surname right after it (代表黄, 院士袁): a
    scan for two characters of two sets, far quicker than one for every title; the title is
    checked where it matches (title_before)."""
    ends = "".join(sorted({title[-1] for title in gz.PERSON_TITLES}))
    common = "".join(
        sorted(n for n in family_names.ranks() if len(n) == 1 and family_names.is_common(n))
    )
    return re.compile(f"[{ends}]([{common}])")


# A run of Han characters: a given name holds no mark, digit or Latin letter.
_HAN = re.compile("[\u4e00-\u9fff]+")
# Tags of a word that is no given name's two characters (刚才/t, 也是/d).
_NO_GIVEN_NAME_TAGS = FUNCTION_TAGS | _ACTION_TAGS | {"t"}


def titled_names(text: str, spans: list[Span]) -> list[Span]:
    """政委 高云 + 江说/v, 人大代表 黄细花/n 提出, 院士 袁道 + 先 教授: after a title, a
    common surname and one or two characters before a title or a speech verb are a name,
    however jieba cut or tagged them. Two characters are tried first (most given names have
    two), unless the second opens a cue itself (主任 王刚 说道: 王刚, then 说道)."""
    found: list[Span] = []
    shorter: list[Span] = []  # 袁道 of 袁道先: a name found cut short, which the longer replaces
    for match in _titled_surname().finditer(text):
        start = match.start(1)
        if not title_before(text, start):
            continue
        run = _HAN.match(text, start)
        for size in (3, 2):
            end = start + size
            if end > run.end() or not cue_at(text, end):
                continue
            if _common_word(text[start:end]):
                continue  # 高声 叫道: a word (loudly), no 高 named 声
            if size == 3 and not _third_of_a_name(text, start):
                continue
            crossed = [sp for sp in spans if sp[0] < end and start < sp[1]]
            if not crossed:
                found.append((start, end, "person"))
            elif all(sp[2] == "person" and sp[0] == start and sp[1] < end for sp in crossed):
                found.append((start, end, "person"))
                shorter.extend(crossed)
            break
    if not found:
        return spans
    return sorted([sp for sp in spans if sp not in shorter] + found)


# The note a reporter puts after a name made up to hide a person's own (小花（化名）).
PSEUDONYM_NOTE = "化名"
# Tags of the made-up name before it: a noun (小花/n) or a name.
_PSEUDONYM_TAGS = frozenset({"n", "nr", "nz", "nrt", "nrfg"})


def pseudonyms(tokens: list[tuple[str, str]], kinds: list[str | None]) -> None:
    """小花（化名）, 学生小丽（化名）: the word before a note that it is a made-up name is a
    person, whatever jieba took it for."""
    for i in range(len(tokens) - 2):
        word, pos = tokens[i]
        if (
            tokens[i + 2][0] == PSEUDONYM_NOTE
            and tokens[i + 1][0] in ("（", "(")
            and pos in _PSEUDONYM_TAGS
            and 2 <= len(word) <= 4
            and kinds[i] in (None, "person?", "person", "foreign")
        ):
            kinds[i] = "person"


def _author_of_a_work(tokens: list[tuple[str, str]], i: int) -> bool:
    """张之路 的《魔表》, 莫言 的《蛙》: a name whose work the text names right after it; 苏轼
    在 黄州 写下 了《赤壁赋》: or who writes it, later in the clause."""
    if i + 2 < len(tokens) and tokens[i + 1][0] == "的" and tokens[i + 2][0].startswith("《"):
        return True
    for k in range(i + 1, min(i + _WRITING_REACH, len(tokens) - 1)):
        word, pos = tokens[k]
        if pos == "x":
            return False  # the clause ended
        if word in _WRITING_VERBS:
            after = k + 1 + (tokens[k + 1][0] in ("了", "过") and k + 2 < len(tokens))
            return tokens[after][0].startswith("《")
    return False


# Verbs of writing a work, and how far into the clause after a name one is looked for.
_WRITING_VERBS = frozenset("写下 写 写成 撰写 创作 著 著有 出版 发表 谱写 完成".split())  # noqa: SIM905
_WRITING_REACH = 8


# Kinds no rule of confirm_people changes, unless a title stands before or jieba tagged ns.
_SETTLED_KINDS = frozenset({None, "place", "org", "joined"})

# Two-character titles jieba glues to the body before them (财政部长, 市委书记, 足协主席).
_GLUED_TITLES = frozenset(
    {"部长", "局长", "厅长", "主席", "主任", "书记", "总统", "总理", "首相", "外长", "议长", "会长"}
)
# Last characters of a noun that names what someone does, which a page may coin (检察长,
# 首席投资官, 高级体验设计师, 驾驶员, 老将); before a name it is the person's role, as a title is.
_ROLE_ENDS = frozenset("长师员将帅官臣卿监")
# … and nouns with those endings that name no one's role (家长 is a parent, 生长 growth,
# 京师 the capital).
_NOT_ROLES = frozenset(
    {"家长", "生长", "成长", "增长", "延长", "擅长", "特长", "人员", "成员", "队员", "党员"}
    | {"京师"}
)
# What opens a word for many people in a role (众将, 百官, 诸将), no one person's title.
_COLLECTIVES = frozenset("众百诸群各全")
_LONGEST_ROLE = 4  # characters of a role noun looked for before a name (设计师, 首席投资官 …)


def role_before(text: str, start: int) -> bool:
    """副行长 易纲, 驾驶员 冉涌, 书法家 曾巩: a noun the dictionary holds for what someone
    does, ending right before `start` (see _ROLE_ENDS), as a title does."""
    last = text[start - 1 : start]
    if last not in _ROLE_ENDS and last != _PROFESSION_END and last not in _PERSON_ENDS:
        return False
    for size in range(min(_LONGEST_ROLE, start), 1, -1):
        if _a_role(text[start - size : start]):
            return True
    return False


# A profession by its field (艺术家, 书法家, 科学家): three characters or more, as 国家, 大家,
# 老家 are no one's.
_PROFESSION_END = "家"


# Someone by what they do or are, ending in 人 (创始人, 发言人, 年轻人) or in 生 (留学生,
# 研究生): three characters or more, or one of those of two (二人, 众人, 主人, 小生 are no
# one's role).
_PERSON_ENDS = frozenset("人生")
_PROFESSIONS_OF_TWO = frozenset(
    {"诗人", "词人", "艺人", "商人", "军人", "工人", "文人", "匠人", "学生", "考生"}
)


def _a_role(word: str) -> bool:
    if word[-1] == _PROFESSION_END:
        if len(word) < 3:
            return False
    elif word[-1] in _PERSON_ENDS:
        if len(word) < 3 and word not in _PROFESSIONS_OF_TWO or word[0] in NUMERALS:
            return False
    elif word[-1] not in _ROLE_ENDS:
        return False
    entry = dictionary_entry(word)
    return (
        entry is not None
        and entry[1] == "n"
        and word[0] not in _COLLECTIVES
        and word not in _NOT_ROLES
    )


# The last characters of those and of titles, to pass over most tokens at once.
_TITLE_LAST_CHARS = (
    frozenset(t[-1] for t in gz.BEFORE_NAMES) | _ROLE_ENDS | _PERSON_ENDS | {_PROFESSION_END}
)


def _surname_then_a_rare_word(tokens: list[tuple[str, str]], i: int) -> bool:
    """名将 安/v 赛龙/nz: a surname jieba read as a word, then a rare word of one or two
    characters that makes the given name."""
    name = tokens[i][0]
    if len(name) != 1 or i + 1 >= len(tokens) or name not in lexicon()[1]:
        return False
    given, given_pos = tokens[i + 1]
    return (
        len(given) <= 2
        and given_pos not in FUNCTION_TAGS
        and given_pos not in PERSON_TAGS  # 军人 来/v 报宋/nr: a name of its own, if any
        and "\u4e00" <= given[0] <= "\u9fff"
        and dictionary_frequency(given) < _RARE_GIVEN_WORD
    )


_RARE_GIVEN_WORD = 20  # a word the dictionary holds more often (赛龙 has 6) is that word


def _title_or_role(tokens: list[tuple[str, str]], kinds: list[str | None], i: int) -> str | None:
    """What the token before `i` is, when it is no title itself but stands before a name as one
    does: 'title' for a title with its body glued on (财政部长; before a word jieba tagged as a
    name, any title: 本报记者 杨斌); 'role' for a noun of a role, before a name that is no
    common word (检察长 布朗, 设计师 黄珊珊; not 国师 封锁/nr in older prose). A person by
    surname and title is none (高太尉 应道), nor are many people in a role (众将 谢恩/nr)."""
    word, pos = tokens[i - 1]
    glued = 2 < len(word) < 7
    if glued and word[-2:] in _GLUED_TITLES:
        return "title"
    name, name_pos = tokens[i]
    if (
        kinds[i] not in ("person", "person?")
        and name_pos not in _FOREIGN_NAME_TAGS
        and not _surname_then_a_rare_word(tokens, i)
    ):
        return None
    if pos != "n" or word[0] in _COLLECTIVES:
        return None  # 望太尉/nr, 大将军/nr: jieba took it for a person; 众将, 百官: many people
    if glued and word[-2:] in gz.PERSON_TITLES:
        _, surnames = lexicon()
        return None if word[:-2] in surnames else "title"
    if (
        len(word) >= 2
        and (word[-1] in _ROLE_ENDS and word not in _NOT_ROLES or _a_role(word))
        and (
            len(name) == 1
            or len(name) >= 3
            and name_pos == "nrt"  # 协调员 穆罕默德/nrt
            or dictionary_frequency(name) < _COMMON_WORD
            # (军师 严令/nr 。: the strategist's strict order, a word before the mark)
            or (_known_person(name, name_pos) and i + 1 < len(tokens) and tokens[i + 1][1] != "x")
        )
    ):
        return "role"
    return None


def _known_person(name: str, pos: str) -> bool:
    """诗人 李白/nr, 文学家 苏轼/nr: a name of two the dictionary holds as one, opening with a
    familiar family name, after a role is that person (its nr also sits on 明白, 文明: rarer
    family names)."""
    return (
        len(name) == 2
        and pos == "nr"
        and dictionary_tag(name) == "nr"
        and family_names.is_familiar(name[0])
    )


# Tags of what follows an adverb after a title, no given name (市民 都/d 很/zg 高兴).
_ADVERB_OR_ADJECTIVE_TAGS = frozenset({"d", "zg", "a", "ad"})

# What a token may be to open a name after a title.
_NAMEABLE = frozenset({None, "person", "person?", "surname"})


def _accept_listed_people(
    tokens: list[tuple[str, str]],
    kinds: list[str | None],
    starts: list[int],
    spans: list[Span],
    pending: list[int],
) -> None:
    """王芳、李明: a candidate listed with 、 next to a confirmed person is a person too (one
    of the spans found, or a token whose kind is person already: 张之路、秦文君)."""
    if not pending:
        return
    people_starts = {s for s, _, k in spans if k == "person"}
    people_ends = {e for _, e, k in spans if k == "person"}
    for k, kind in enumerate(kinds):
        if kind == "person":
            people_starts.add(starts[k])
            people_ends.add(starts[k + 1])
    for _ in range(2):  # twice, so that a list of three settles from either end
        for i in pending:
            if starts[i] in people_starts:
                continue
            listed_after = i >= 2 and tokens[i - 1][0] == "、" and starts[i - 1] in people_ends
            listed_before = (
                i + 2 < len(tokens) and tokens[i + 1][0] == "、" and starts[i + 2] in people_starts
            )
            if listed_after or listed_before:
                spans.append((starts[i], starts[i + 1], "person"))
                people_starts.add(starts[i])
                people_ends.add(starts[i + 1])


def _cue_past_an_adverb(tokens: list[tuple[str, str]], i: int) -> bool:
    """丁磊 则 回答, 李明 也 表示: a one-character adverb, then a speech verb."""
    return (
        i + 2 < len(tokens)
        and tokens[i + 1][1] == "d"
        and len(tokens[i + 1][0]) == 1
        and tokens[i + 2][0] in gz.SPEECH_VERBS
    )


# jieba's tags of a character it could not make a word of (灼/vg, 璘/zg).
_BOUND_CHARACTER_TAGS = frozenset({"vg", "ng", "ag", "zg", "g", "dg", "tg"})
# How far into its clause the verb of the one who spoke a quote may stand (拍 着 胸脯 说).
_MANNER_MOST = 6


def _speaks_after_a_quote(tokens: list[tuple[str, str]], i: int) -> bool:
    """“……，”老周 拍着胸脯 说: right after a quote, the name that opens the clause whose verb is
    one of speech, however the clause tells how it was said, is the speaker's."""
    if not i or tokens[i - 1][0] not in ("”", "」"):
        return False
    if i + 1 < len(tokens) and tokens[i + 1][1] in _BOUND_CHARACTER_TAGS:
        return False  # 呼延 灼/vg 再拜 道: a character jieba could not place may end the name
    for word, pos in tokens[i + 1 : i + 1 + _MANNER_MOST]:
        if word in gz.SPEECH_VERBS:
            return True
        if pos == "x" or pos in PERSON_TAGS or word in gz.BEFORE_NAMES:
            return False  # 宣明 典居 总经理 傅军民 说: another who may be the speaker
    return False


# What only a person has, after 的 (柳萍 的 目光, 李明 的 妻子).
_PERSONAL_NOUNS_TEXT = (
    "目光 眼神 眼睛 双眼 脸 脸上 脸庞 笑容 心里 内心 心中 双手 身影 声音 性格 一生 遗体 遗孀"
    " 经纪人 弟子 门生"
    # what a writer or a thinker leaves (孔子 的 思想, 李白 的 诗)
    " 思想 诗 诗词 名言 故居 生平 著作 遗作 画作 作品 小说 散文"
)
_PERSONAL_NOUNS = frozenset(_PERSONAL_NOUNS_TEXT.split(" ")) | KIN_WORDS


def _what_only_a_person_has(tokens: list[tuple[str, str]], i: int) -> bool:
    """柳萍 的 目光, 孔子 及其 弟子: what only a person has, after 的 or 及其 (and their)."""
    return (
        i + 2 < len(tokens)
        and tokens[i + 1][0] in ("的", "及其")
        and tokens[i + 2][0] in _PERSONAL_NOUNS
    )


_PERSONAL_AFTER = re.compile(
    "的(?:" + "|".join(sorted(_PERSONAL_NOUNS, key=len, reverse=True)) + ")"
)


def personal_after(text: str, end: int) -> bool:
    """柳萍 的 目光: what only a person has, right after `end` (the text's form of the above)."""
    return _PERSONAL_AFTER.match(text, end) is not None


# Prepositions of the one spoken to (姚明 对 周琦 说, 李明 向 记者 表示).
_TO_SOMEONE = frozenset("对向跟和与同")


def _speaks_to_someone(tokens: list[tuple[str, str]], i: int) -> bool:
    """姚明 对 周琦 说, 姚明 到底 和 周琦说/nr: the subject of a speech verb said to a
    person named after it (an adverb between; jieba may glue the verb to that name)."""
    if i + 1 < len(tokens) and tokens[i + 1][1] == "d":
        i += 1
    if i + 2 >= len(tokens) or tokens[i + 1][0] not in _TO_SOMEONE:
        return False
    other, other_pos = tokens[i + 2]
    if other_pos not in PERSON_TAGS:
        return False
    if len(other) >= 3 and other[-1] in GLUED_SPEECH:
        return True
    return i + 3 < len(tokens) and tokens[i + 3][0] in gz.SPEECH_VERBS


# Tags jieba gives a given name's last character when it cuts it off the name (a place's, a
# name's, a morpheme's, an abbreviation's); not a noun's (陈舞 鞭/n, 周信 鼻/n in older prose,
# 刘强 家/q: the person's whip, nose, home).
_LEFT_NAME_CHAR_TAGS = frozenset({"ng", "ns", "nrt", "j"})


def _completes_name(tokens: list[tuple[str, str]], kinds: list[str | None], i: int) -> bool:
    """A two-character name, one more character, then a title or a speech verb; or one more
    character jieba cut off the name (张友 + 香/ns 的)."""
    if i + 2 >= len(tokens) or len(tokens[i][0]) != 2 or kinds[i + 1] not in (None, "place"):
        return False
    _, surnames = lexicon()
    word = tokens[i][0]
    nxt, nxt_pos = tokens[i + 1]
    if not (word[0] in surnames and len(nxt) == 1 and nxt_pos != "x" and nxt not in PARTICLES):
        return False
    after = tokens[i + 2][0]
    if after in gz.PERSON_TITLES or after in gz.SPEECH_VERBS:
        return nxt not in _VERBS_BEFORE_SPEECH  # 雷横 劝 道: a verb, not the name's end
    # 刘强 + 东/ns 搬, 郭雪 + 芙/nrt, 张明 + 渝/j 向: a character jieba left alone, that makes
    # no word with the name nor with what follows
    return (
        kinds[i] == "person"  # a name settled on its own; a guess needs its cue
        and nxt_pos in _LEFT_NAME_CHAR_TAGS
        and dictionary_frequency(word + nxt) == 0
        and dictionary_frequency(nxt + after[:1]) < _COMMON_WORD
    )


# The particles that follow a verb alone as a token: aspect (着 了 过) and the complement's 得.
_ASPECT_PARTICLES = frozenset({("着", "uz"), ("了", "ul"), ("过", "ug"), ("得", "ud")})


def _verb_before_aspect(tokens: list[tuple[str, str]], i: int) -> bool:
    """A three-character name ending with a verb the dictionary has alone, right before an
    aspect particle (张博抱 着, 郭菲算 得上), after two characters that are no word: the verb is
    the sentence's (陈阿土 过岗 keeps 土, no verb)."""
    word = tokens[i][0]
    if len(word) != 3 or i + 1 >= len(tokens) or tokens[i + 1] not in _ASPECT_PARTICLES:
        return False
    entry = dictionary_entry(word[2])
    # 庄客见 了: a word before the verb is no name (a farmhand saw)
    return entry is not None and entry[1] == "v" and not dictionary_frequency(word[:2])


def _going_to(tokens: list[tuple[str, str]], i: int) -> bool:
    """女神 汤唯去/nr 看: a name the dictionary lacks that jieba ran into 去 ("goes to"),
    then the verb of what the person goes to do."""
    word = tokens[i][0]
    return (
        len(word) == 3
        and word[-1] == "去"
        and i + 1 < len(tokens)
        and tokens[i + 1][1] == "v"
        and not dictionary_frequency(word)
    )


def _quoted(tokens: list[tuple[str, str]], i: int) -> bool:
    before = tokens[i - 1][0] if i else ""
    after = tokens[i + 1][0] if i + 1 < len(tokens) else ""
    return before in _OPENING_QUOTES and after in _CLOSING_QUOTES


def _titled_place(tokens: list[tuple[str, str]], i: int) -> bool:
    """教练 扎加洛/ns, 库马拉通加/ns 总统, 拉宾/ns 说: a name jieba took for a place, beside a
    title or before a speech verb."""
    word, pos = tokens[i]
    places, surnames = lexicon()
    if pos != "ns" or word in places or len(word) < 2:
        return False
    before = tokens[i - 1][0] if i else ""
    after = tokens[i + 1][0] if i + 1 < len(tokens) else ""
    if before not in gz.PERSON_TITLES and after not in CUE_WORDS:
        return False
    if after[:1] in gz.DIVISION_ENDINGS or word[-1] in gz.DIVISION_ENDINGS:
        # 南洲 镇长/v 胜村: jieba cut a town's name (南洲镇) before its ending; 华北区 总经理:
        # the region a manager is over
        return False
    return transliterated(word) or word[0] in surnames and len(word) <= 3


def everyday_office(word: str) -> bool:
    """班主任 (a class's teacher), 古老 (old): a surname's character and a title that jieba's
    dictionary holds often as one word, not as a name (or as a name very often: 古老/nr), is
    that word, no one of the surname in office (毛主席 is rarer; 高太尉/nr is a name)."""
    entry = dictionary_entry(word)
    if entry is None:
        return False
    frequency, tag = entry
    return frequency >= _RARE_GIVEN_NAME or frequency >= _COMMON_WORD and not tag.startswith("nr")


def _common_word(word: str) -> bool:
    """A word jieba's dictionary knows well and does not take for a name."""
    tag = dictionary_tag(word)
    return word_frequency(word) >= _COMMON_WORD and tag is not None and not tag.startswith("nr")


# Tags jieba gives a foreign name (布朗/nr, 帕托/nrt, 扎加洛/ns).
_FOREIGN_NAME_TAGS = PERSON_TAGS | {"ns", "nz"}


def _plain_word(word: str) -> bool:
    """A word jieba's dictionary knows well as no proper noun (方面, 皮肤, 连载; not 魏国) and
    no two-character surname (司徒)."""
    _, surnames = lexicon()
    tag = dictionary_tag(word)
    if tag is None or tag in ("ns", "nz", "nt") or word in surnames:
        return False
    return _common_word(word) or tag.startswith("v") and word_frequency(word) >= _KNOWN_VERB


# Tags of a word that is a phrase or a verb, no name, after a title (机械师 连载中/l).
_PHRASE_TAGS = frozenset({"l", "i", "v", "vn", "vd", "a", "ad", "d"})


def _known_phrase(word: str, pos: str) -> bool:
    """连载中/l: a phrase jieba's dictionary holds (王涌彬/i, which it guessed, is none)."""
    return pos in _PHRASE_TAGS and dictionary_frequency(word) > 0


_KNOWN_VERB = 20  # a verb jieba's dictionary holds this often is no given name (连载)


# A word of foreign syllables jieba's dictionary holds this rarely as a verb or a noun (拉布/v
# 10) is, after a title, a name (外相 拉布).
_RARE_FOREIGN_WORD = 20


def _rare_transliteration(tokens: list[tuple[str, str]], i: int, surnames: frozenset[str]) -> bool:
    word, pos = tokens[i]
    return (
        len(word) == 2
        # a verb after it makes it one too (将军 善加/v 保重/v: "take good care")
        and (i + 1 == len(tokens) or not tokens[i + 1][1].startswith("v"))
        and pos in ("v", "n", "vn")
        and word[0] not in surnames
        and transliterated(word)
        and (
            0 < dictionary_frequency(word) < _RARE_FOREIGN_WORD  # (本爱, 善加: no words)
            # … or rarer before the name's last syllable (行长 拉加/v 德/ns)
            or dictionary_frequency(word) < _COMMON_WORD
            and i + 1 < len(tokens)
            and len(tokens[i + 1][0]) == 1
            and tokens[i + 1][1] != "x"
            and transliterated(tokens[i + 1][0])
        )
    )


# Words that point or count, which open no given name (这件, 那个, 每人).
_POINTING = frozenset("这那哪每几某")


def _name_after_title(
    tokens: list[tuple[str, str]], kinds: list[str | None], i: int, joins: bool = True
) -> int:
    """After a title (县长, 记者 …) a surname opens a name even when jieba split it: 吴 + 方军,
    李铁 + 辰 (when it `joins`). The token index after the name, or 0 when there is none."""
    _, surnames = lexicon()
    word, pos = tokens[i]
    if (
        len(word) >= 3
        and pos == "nrt"
        or word[0] not in surnames  # 马克 + 龙 goes the way of 李铁 + 辰, below
        and pos in _FOREIGN_NAME_TAGS
        and transliterated(word)
        and (
            len(word) >= 3
            or len(word) == 2
            # 总理 赛塔/nz: a pair jieba guessed, which its dictionary holds as no word
            and (known_person(word) or pos in ("nz", "nrt") and dictionary_entry(word) is None)
        )
        or _rare_transliteration(tokens, i, surnames)
    ):
        return _foreign_name_end(tokens, i)  # 检察长 布朗/nr: a foreign name has no surname
    if (
        len(word) == 1
        and pos not in FUNCTION_TAGS
        and transliterated(word)
        and i + 1 < len(tokens)
        and kinds[i + 1] in ("foreign", "person?")
        and (len(tokens[i + 1][0]) >= 3 or len(tokens[i + 1][0]) == 2 and word not in surnames)
        and transliterated(tokens[i + 1][0])
    ):
        # 秘书长 古/a 特雷斯/nr: no given name after a surname is that long, so the character
        # opens the foreign name jieba cut; 国务卿 布/nr 林肯/nr: nor is 布 a surname
        return _foreign_name_end(tokens, i + 1)
    # jieba may tag a lone surname after a title as a classifier (委员 张/q 近东)
    if word[0] not in surnames or len(word) > 3 or pos in FUNCTION_TAGS and len(word) > 1:
        return 0
    if word in gz.NOT_PERSONS:
        return 0  # 知县 相公/nr 教: a form of address after the office, no name
    count = len(tokens)
    nxt, nxt_pos = tokens[i + 1] if i + 1 < count else ("", "x")
    joinable = (
        nxt
        and (nxt_pos not in FUNCTION_TAGS or _adverb_as_given_name(tokens, i))
        and nxt_pos not in IDIOM_TAGS  # 军官 周 迥/i 排成
        and nxt not in CUE_WORDS
        and nxt not in gz.PERSON_TITLES
        and kinds[i + 1] in (None, "place")
        and nxt[0] not in PARTICLES
        and nxt[0] not in _POINTING  # 主帅 成 这件/mq 功劳: "accomplish this", no 成这件
    )
    if len(word) == 1:
        if pos == "r" and not (family_names.is_familiar(word) and word not in _POINTING):
            return 0  # 大爷 那/r 时候: "that", no surname (党委书记 何/r 建国 is one)
        # 委员 由/p 监察/vn 委员会: a preposition or conjunction that is also a surname, before a
        # common word of the dictionary, is not a name.
        if pos in ("p", "c") and _common_word(nxt):
            return 0
        if pos == "c" and len(nxt) == 1:
            return 0  # 女王 和/c 明/a 仁天皇: "and", then the next name cut up
        # 同学 都/d 知道/v, 军士长 来/v 保证/v: an adverb or a verb that is also a surname,
        # before a verb, is what it is; 记者 向/p 江门 警方: a preposition before a place too
        if (
            pos in ("d", "v")
            and nxt_pos.startswith("v")
            or pos == "d"
            and nxt_pos in _ADVERB_OR_ADJECTIVE_TAGS  # 市民 都/d 很/zg 高兴: "all very"
            # 警官 向/p 南/ns 都 记者; (a text may end right after the preposition)
            or pos == "p"
            and (nxt_pos == "ns" or bool(nxt) and kinds[i + 1] == "place")
        ):
            return 0
        return i + 2 if joinable and len(nxt) <= 2 else 0
    if (
        len(word) == 2
        and joins
        and joinable
        and not _plain_word(word)  # 人员 方面 作: a word, no name (魏国 安 is one)
        and (len(nxt) == 1 and nxt not in _CREDITS or word in surnames and len(nxt) == 2)
    ):
        return i + 2  # 李铁 + 辰; 欧阳 + 卫民: a two-character surname and its given name
    if (
        len(word) == 2
        and joins
        and i + 2 < count
        and len(nxt) == 1
        and nxt_pos != "x"
        and nxt not in LIST_JOINERS
        and nxt not in CUE_WORDS
        and nxt != "等"
        and tokens[i + 2][0] in _LIST_MARKS
        and not _plain_word(word)
    ):
        return i + 2  # 院士 袁道 + 先/d 、: the name's last character, whatever jieba made of it
    if pos in PERSON_TAGS or not word_frequency(word) and not _known_phrase(word, pos):
        return i + 1
    return 0


def _foreign_name_end(tokens: list[tuple[str, str]], i: int) -> int:
    """The token index after a foreign name that opens at `i`, across the pieces jieba cut
    around its dot: 汤姆 士 · 史达福, 玛丽 特 · 恩 斯塔德."""
    count = len(tokens)
    end = i + 1
    if (
        end + 1 < count
        and len(tokens[end][0]) == 1
        and transliterated(tokens[end][0])
        and tokens[end + 1][0] in NAME_DOTS
    ):
        end += 1
    while end + 1 < count and tokens[end][0] in NAME_DOTS and _name_piece(*tokens[end + 1]):
        end += 2
        while end < count and tokens[end][1] in PERSON_TAGS and transliterated(tokens[end][0]):
            end += 1
    if (
        end < count
        and len(tokens[end][0]) == 1
        and tokens[end][1] not in FUNCTION_TAGS
        and transliterated(tokens[end][0])
        and (end + 1 == count or tokens[end + 1][1] == "x")
    ):
        end += 1  # 选手 维基/nrt 奇/ag ，: the name's last character, cut off before a mark
    return end


# Doubled characters that are sounds, emoji words or family words, never a nickname.
_NOT_NICKNAME_CHARS = frozenset(
    "哈呵嘿嘻啦呀哦啊嗯咩喵汪泪赞哭笑怒呜哇嘤么滴哒噢耶吼嗷咚叮当天常刚慢人谢宝妈爸哥姐弟妹爷奶"
)
# Words around a doubled-character nickname in social text: 感谢佳佳, 想你了壮壮, 敏敏说.
_NICKNAME_BEFORE = frozenset(
    {"感谢", "谢谢", "@", "和", "跟", "给", "叫", "想", "爱", "亲爱的", "我家"}
)
_NICKNAME_AFTER = frozenset({"说", "你", "姐", "哥", "妹", "同学", "宝贝", "老师", "生日快乐"})
_DOUBLED = re.compile(r"([\u4e00-\u9fff])\1")
_RARE_NICKNAME = 20  # a doubled word jieba's dictionary knows more often is a word (常常)


def nicknames(
    text: str,
    tokens: list[tuple[str, str]],
    kinds: list[str | None],
    starts: list[int],
    spans: list[Span],
) -> None:
    """兔兔, 敏敏, 佳佳: a doubled character that no dictionary knows as a word, beside words
    that address or quote a person, is someone's nickname (social text calls friends so)."""
    count = len(tokens)
    for match in _DOUBLED.finditer(text):
        i = bisect_left(starts, match.start(), 0, count)
        if i >= count or starts[i] != match.start():
            continue
        word = tokens[i][0]
        if (
            len(word) != 2
            or word[0] != word[1]
            or kinds[i] not in (None, "person?")
            or word[0] in _NOT_NICKNAME_CHARS
        ):
            continue
        start, end = starts[i], starts[i + 1]
        if start and text[start - 1] == word[0] or end < len(text) and text[end] == word[0]:
            continue  # 泪泪泪: an emoji word repeated
        before = tokens[i - 1][0] if i else ""
        after = tokens[i + 1][0] if i + 1 < count else ""
        if (before in _NICKNAME_BEFORE or after in _NICKNAME_AFTER) and word_frequency(
            word
        ) < _RARE_NICKNAME:
            spans.append((start, end, "person"))
            kinds[i] = "joined"


# A social-media handle written as a Chinese name: @ then two or three characters, then the
# end of the handle (a colon, a space, another @, punctuation or the end of the text) or the
# Latin letters or digits many handles end with (@陈浩民benny, @刘依依2013).
_HANDLE = re.compile(r"(?<=@)[\u4e00-\u9fff]{2,3}(?=[:：\s@/，,。！!？?）)A-Za-z0-9_]|$)")
# … and a body's account: the handle, whole, ends as a body's name does (@财经网, @创业家杂志,
# @石码老板电器专卖店), then the handle ends.
_BODY_HANDLE = re.compile(
    r"(?<=@)[\u4e00-\u9fffA-Za-z0-9_-]{1,20}?"
    r"(?:网|官网|杂志|报|电台|电视台|公司|集团|专卖店|医院|大学|学院|协会|俱乐部|后援会)"
    r"(?=[:：\s@/，,。！!？?）)]|$)"
)


# A name in Latin letters in Chinese text (Bob Michele, albert Shum, Flora): one to three
# words, given a person's title before it or a speech verb after it.
# (the parts may be written glued, as some sites strip the spaces: JohnKoller, PeterWoodward)
_LATIN_NAME = re.compile(r"(?<![A-Za-z0-9])[A-Za-z][a-z]+(?: ?[A-Z][a-z]+){0,2}(?![A-Za-z0-9])")
_BEFORE_A_NAME = re.compile(r"[：: ]*$")


def latin_people(text: str, spans: list[Span]) -> list[Span]:
    """首席投资官：Bob Michele, 设计总监 Flora, Michael Kruzeniski 说, 约翰逊(Boris Johnson): a name
    in Latin letters beside what marks a person."""
    taken = Stretches(spans)
    person_ends = {e for _, e, k in spans if k == "person"}
    found = []
    for match in _LATIN_NAME.finditer(text):
        start, end = match.span()
        name = match.group()
        if " " not in name and not name[0].isupper():
            continue  # one lowercase word is no name (版本 beta)
        if taken.overlap(start, end):
            continue
        stop = _BEFORE_A_NAME.search(text, max(0, start - 3), start).start()
        after = end
        while text[after : after + 1] == " ":
            after += 1
        if (
            title_before(text, stop)
            or text[stop - 1 : stop] in _ROLE_ENDS  # 首席投资官, 高级体验设计师
            or cue_at(text, after, gz.SPEECH_VERBS)
            # 约翰逊(Boris Johnson): the name as written at home, after the person
            or text[start - 1 : start] in "(（"
            and start - 1 in person_ends
        ):
            found.append((start, end, "person"))
    return sorted(spans + found) if found else spans


def handles(text: str, spans: list[Span], surnames: frozenset[str]) -> list[Span]:
    """@任志强: a handle that is a surname and a given name is that person, and @财经网,
    @创业家杂志 one that ends as a body's name does is that body, whatever jieba made of the
    characters (the spans inside or across it give way)."""
    found = [
        (m.start(), m.end(), "person")
        for m in _HANDLE.finditer(text)
        if m.group()[0] in surnames or m.group()[:2] in surnames
    ] + [(m.start(), m.end(), "org") for m in _BODY_HANDLE.finditer(text)]
    if not found:
        return spans
    return put_in(spans, found)


def listed_people(
    text: str, spans: list[Span], surnames: frozenset[str], chains: list[list[tuple[int, int]]]
) -> list[Span]:
    """丁磊、江南春、马化腾; 李家洋(2017年)、袁隆平、张启发: an item of two or three characters
    listed with 、 next to a person, opening with a surname, is a person too, whatever jieba
    made of it (李家 + 洋, 张/q 启发/v, 江南春/ns). `chains` are the text's lists
    (tags.list_chains)."""
    pairs = [pair for chain in chains for pair in pairwise(chain)]
    if not pairs:
        return spans
    people = {(s, e) for s, e, kind in spans if kind == "person"}
    taken = Stretches((s, e) for s, e, kind in spans if kind not in ("person", "place"))
    found: set[tuple[int, int]] = set()
    for _ in range(2):  # twice, so that a list settles from either end
        for first, second in pairs:
            for (start, end), other in ((first, second), (second, first)):
                if (
                    (start, end) in people
                    or other not in people
                    or not 2 <= end - start <= 3
                    or text[start] not in surnames
                    or taken.overlap(start, end)
                    or _plain_word(text[start:end])
                    or text[start:end] in lexicon()[0]
                ):
                    continue
                people.add((start, end))
                found.add((start, end))
    if not found:
        return spans
    kept = outside(spans, found, ("person", "place"))
    return sorted(kept + [(s, e, "person") for s, e in found])


# A Japanese family name, longest first (佐佐木 before 佐藤).
JAPANESE_SURNAME = re.compile("|".join(sorted(gz.JAPANESE_SURNAMES, key=len, reverse=True)))
_DIVISION_CHARS = frozenset("市县町村都府")
# Last characters of Japanese given names, men's (龙太郎, 文雄, 康夫, 和彦, 龙之介, 春树, 克也)
# and women's (法子, 美纪, 千绘, 由美): after a Japanese family name they close the given name.
_JAPANESE_GIVEN_ENDS = frozenset("郎雄夫彦介树也子纪绘奈惠香美代")
_WORD_OVER_A_GIVEN_NAME = 500  # a word this frequent (筷子, 丈夫, 英雄) is that word
# Tags of a dictionary word that is a Japanese name whole (东条英机/n, 冈田武史/nr).
_WHOLE_NAME_TAGS = frozenset({"n", "nr", "nrfg", "nz"})


def _tag_of(word: str) -> str | None:
    """The tag jieba's dictionary gives a word of any length (dictionary_tag answers for two
    characters only); None when it has none."""
    entry = dictionary_entry(word)
    return entry[1] if entry else None


# Adverbs between a speaker and the verb of speech (桥本 还 表示, 冈田 则 指出) …
_ONE_CHARACTER_ADVERBS = frozenset("还则也又却更就都再才便亦即")
# … and the verbs of two characters or more (说 opens 说明, 道 道路).
_SPEECH_VERBS_OF_TWO = frozenset(v for v in gz.SPEECH_VERBS if len(v) >= 2)


def _given_after_a_title(given: str) -> int:
    """The size of the given name after a title and a Japanese family name: two characters
    that make no common word (社长 佐藤 恒治 出席), one before a word that leads on (社长 岩田
    聪 与), else none: the family name stands alone (总裁 铃木 表示)."""
    if len(given) < 2 or given[0] in _LEADING_CHARS or _tag_of(given[0]) in FUNCTION_TAGS:
        return 0
    if given[1] in _LEADING_CHARS:
        return 1
    if (
        word_frequency(given[:2]) < _WORD_OVER_A_GIVEN_NAME
        and _tag_of(given[:2]) not in _NO_GIVEN_NAME_TAGS
    ):
        return 2
    return 0


def japanese_names(text: str, spans: list[Span]) -> list[Span]:
    """桥本首相, 冈田武史说, 久间 + 章生/nr, 东条英机/n: a Japanese family name, with the one or
    two characters of the given name after it, is a person where a title or a speech verb
    follows, where a name jieba found goes on from it, or where jieba's dictionary holds the
    whole; not inside a place's or a body's name (松本市, 山田公司)."""
    found: list[Span] = []
    person_at = {s: e for s, e, k in spans if k == "person"}
    for match in JAPANESE_SURNAME.finditer(text):
        start, end = match.span()
        if text[end : end + 1] in _DIVISION_CHARS:
            continue  # 松本市长: the mayor of the city of 松本
        if start and word_frequency(text[start - 1 : start + 1]) >= _COMMON_WORD:
            continue  # 心中 村量道: its first character ends the word before it
        if cue_at(text, end, gz.PERSON_TITLES):
            stop = end  # 桥本 首相: the family name alone
        else:
            run = _HAN.match(text, end)
            given = run.group() if run else ""
            stop = next(
                (
                    end + size
                    for size in (2, 1)
                    if len(given) >= size
                    and cue_at(text, end + size)
                    # 桥本 还 表示: an adverb, not the given name
                    and _tag_of(given[:size]) not in _NO_GIVEN_NAME_TAGS
                ),
                0,
            )
            if not stop and end in person_at and person_at[end] - end <= 2:
                stop = person_at[end]  # 久间 + 章生/nr
            if (
                not stop
                and text[end : end + 1] in _ONE_CHARACTER_ADVERBS
                and cue_at(text, end + 1, _SPEECH_VERBS_OF_TWO)
            ):
                stop = end  # 桥本 还 表示: the family name alone, speaking (not 清水 说明)
            if not stop and len(given) >= 2 and _tag_of(text[start : end + 2]) in _WHOLE_NAME_TAGS:
                stop = end + 2  # 东条英机/n
            if not stop:
                # 桥本 龙太郎, 岸田 文雄, 村上 春树: a given name that ends as Japanese ones do,
                # not in a common word (清水 用筷子, 山田 英雄)
                stop = next(
                    (
                        end + size
                        for size in (3, 2)
                        if given[size - 1 : size] in _JAPANESE_GIVEN_ENDS
                        and word_frequency(given[size - 2 : size]) < _WORD_OVER_A_GIVEN_NAME
                    ),
                    0,
                )
            if not stop and title_before(text, start):
                stop = end + _given_after_a_title(given)  # 社长 佐藤 恒治 出席
        if not stop or any(s < stop and start < e and k != "person" for s, e, k in spans):
            continue
        found.append((start, stop, "person"))
    if not found:
        return spans
    return sorted(outside(spans, found, ("person",)) + found)


# A dispatch's credit: 记者, one name or several (、 between, maybe 本报记者 again), then 报道
# where the credit ends (记者刘正学、果永毅报道：). A photo's credit (记者才扬摄) is left as it
# is: the pages' gold, as many readers, keeps the photographer out of the article's people.
BYLINE = re.compile(
    r"(?:记者|通讯员|实习生)((?:[\u4e00-\u9fff]{2,3}、(?:本报记者)?)*[\u4e00-\u9fff]{2,3})"
    r"报道(?=[：:\s，,）)]|$)"
    # … or a wire's credit in brackets after the dateline: （记者王子明）, （记者王明、李强）
    r"|[（(]记者\s*((?:[\u4e00-\u9fff]{2,3}[、\s]\s*)*[\u4e00-\u9fff]{2,3})[）)]"
)
_BYLINE_NAME = re.compile(r"(?:本报记者)?([\u4e00-\u9fff]{2,3})")
# The roles a credit lists between its names (（记者 张三 通讯员 李四）).
_CREDIT_ROLES = frozenset({"记者", "通讯员", "实习生", "摄影", "摄影师"})


def bylines(text: str, spans: list[Span]) -> list[Span]:
    """记者许立群报道, 记者刘正学、果永毅报道: the names a reporter's credit gives are people,
    however rare the family name (郅振璞) or odd jieba's tag (许立群/m); not a common word
    there (记者连续报道: "reported day after day")."""
    found: list[Span] = []
    for match in BYLINE.finditer(text):
        names = match.span(1) if match.group(1) else match.span(2)
        for name in _BYLINE_NAME.finditer(text, *names):
            start, end = name.span(1)
            if (
                text[start:end] in _CREDIT_ROLES
                or _common_word(text[start:end])
                or any(s < end and start < e and k == "person" for s, e, k in spans)
            ):
                continue
            found.append((start, end, "person"))
    return put_in(spans, found) if found else spans


# Where a photo's caption places a person: 王昆（左）, 田晚霞（右二）, 李明（前排左三）.
PHOTO_POSITION = re.compile(
    r"[（(](?:前排|后排|中排|前|后)?[左右中](?:[一二三四五六七八九]|起[一二三四五六七八九])?[）)]"
)


def people_in_a_photo(text: str, spans: list[Span], surnames: frozenset[str]) -> list[Span]:
    """新凤霞（中）、王昆（左）, 图为田晚霞（右）: a common surname and one or two characters, or a
    name jieba's dictionary holds, right before where a caption places someone are that person
    (three characters where they make one, else two)."""
    found: list[Span] = []
    for match in PHOTO_POSITION.finditer(text):
        end = match.start()
        name = next(
            (
                (end - size, end)
                for size in (3, 2)
                if end - size >= 0
                and _HAN.fullmatch(text, end - size, end)
                and (
                    # a common surname (田晚霞), or a name jieba's dictionary holds (新凤霞)
                    text[end - size] in surnames
                    and family_names.is_common(text[end - size])
                    and not _common_word(text[end - size : end])
                    or known_person(text[end - size : end])
                )
            ),
            None,
        )
        if name is None or any(s < name[1] and name[0] < e and k != "person" for s, e, k in spans):
            continue
        found.append((*name, "person"))
    if not found:
        return spans
    return put_in(spans, found)

"""Named entities of one text: people, places and organisations from jieba's tags plus rules.

jieba (rjieba) segments and tags; each token first gets a kind of its own here (the gazetteer
overrides jieba's tag), then the passes of places (compounds the news writes as one word:
中美关系 = 中 + 美, 中国政府 = 中国), organisations (full names joined from tokens: 广东 +
省委党校) and people (names confirmed by a surname, a transliteration, a title or a speech
verb; names jieba cut apart joined) settle the rest. Tokens carry their kind in a list the
passes share: "person?" is a candidate waiting for a cue, "joined" a token inside a longer name.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import accumulate
from operator import itemgetter

from tui.annotate import gazetteer as gz
from tui.annotate.measures import a_count
from tui.annotate.organisations import (
    BODIES,
    CAMPUS_WORDS,
    COMPANY_KINDS,
    CONGRESS,
    HEADS_OF_BODIES_PATTERN,
    KNOWN_BODY,
    NT_ENDINGS,
    NT_LAST_CHARS,
    NUMBERED_SCHOOL_HINT,
    PORTAL_CHANNEL,
    SIDE_PLAY_HINT,
    arms_in_china,
    banks_cut_apart,
    bodies_before_heads,
    bodies_by_session,
    bodies_listed_by_kind,
    bodies_listed_with_bodies,
    bodies_named_after_people,
    bodies_under_divisions,
    bracketed_in_company_names,
    brand_as_noun,
    chinese_clubs,
    clubs_in_match_reports,
    companies_by_kind,
    companies_by_quote,
    contextual_orgs,
    join_local_governments,
    join_org_names,
    known_bodies,
    latin_bodies,
    latin_terms,
    league,
    listed_bodies,
    listed_short_names,
    listed_teams,
    local_government,
    ministries_of_two_fields,
    missions_abroad,
    named_body,
    names_a_building,
    numbered_schools,
    office_before_title,
    portal_channels,
    press_by_cue,
    press_titles,
    school_short_forms,
    short_forms_in_brackets,
    sub_units,
    teams_of_places,
    two_bodies_in_one_word,
    verb_brands,
)
from tui.annotate.people import (
    GLUED_PREPOSITIONS,
    GLUED_SPEECH,
    HONORIFICS,
    JAPANESE_SURNAME,
    NOT_NAME_ENDINGS,
    NOT_SURNAMES_BEFORE_TITLES,
    PHOTO_POSITION,
    PSEUDONYM_NOTE,
    anonymised,
    bodies_as_given_names,
    bylines,
    complete_foreign_names,
    confirm_people,
    doctrine_of_a_person,
    doubly_anonymised,
    everyday_office,
    handles,
    japanese_names,
    join_doubled_given_names,
    join_split_names,
    join_syllables_of_foreign_names,
    latin_people,
    listed_people,
    nicknames,
    people_in_a_photo,
    person_kind,
    pseudonyms,
    surname_glued_to_title,
    titled_names,
    verb_after_rare_surname,
    without_glued_preposition,
    without_glued_speech,
)
from tui.annotate.places import (
    FACILITY_WORDS_PATTERN,
    INSIDE_OPENERS,
    LANDFORM_ENDS,
    LANDFORM_WORDS,
    PAIR_OF_COUNTRIES_CUE,
    PAIR_WORDS,
    PLACE_SUFFIXES,
    TOWN_CUE,
    ZONE_WORDS,
    abbreviation_compound,
    division_ending,
    join_division_endings,
    join_facility_names,
    join_foreign_landforms,
    join_landform_endings,
    join_road_names,
    join_zone_names,
    mark_one_character_places,
    pairs_of_countries,
    place_openings,
    places_inside,
    road_numbers,
    split_generic_tail,
    streets,
    towns_under_a_county,
    transport_lines,
)
from tui.annotate.tags import (
    FAMILIAR_PREFIXES,
    FUNCTION_TAGS,
    NOUN_PHRASE_OPENERS,
    NUMERALS,
    OPENS_A_QUOTE,
    PARTICLES,
    PERSON_TAGS,
    PREPOSITIONS_AFTER_NAMES,
    Span,
    address_at,
    fills_title_marks,
    lexicon,
    list_chains,
    outside,
    transliterated,
)
from tui.text import surnames as family_names
from tui.text.segment import dictionary_entry, dictionary_frequency, tag, word_frequency

# What a division's own body opens with (市政协, 县妇联, 镇党委).
_DIVISION_KINDS = frozenset("省市县区镇乡")
_NOUNS = frozenset({"n", "vn", "nz", "j", "ns", "nt", "an", "ng"})
_HAN = re.compile("[\u4e00-\u9fff]+")  # a run of Chinese characters
_ZONE_TAILS = tuple(ZONE_WORDS)  # (for str.endswith)
# The country around a lake, a mountain range or a reservoir, one place with its name.
_REGIONS_OF_A_LANDFORM = ("湖区", "山区", "库区", "林区", "牧区", "垦区")
# First characters of an ns word that make it a phrase, not a name (三县, 之城, 各省市, 本市).
_NOT_PLACE_OPENINGS = frozenset("几之各本该全每某其此")
# A count makes a phrase when divisions, a measure or a second count follow it (三县, 五大洲,
# 四面山, 三岔路口, 六街三市); a name goes on with its own characters (三里屯, 五台山, 八达岭).
_COUNT_OPENINGS = frozenset("一二三四五六七八九十两")
_COUNTED_DIVISIONS = re.compile("[一二三四五六七八九十两][省市县区镇乡村州旗盟国地岸]+$")
_MEASURES = frozenset("面方边岔路道条座个处层大")
# Endings of a three-character site jieba's ns knows (西直门, 颐和园, 莫高窟, 海螺沟, 日月潭);
# a longer word so ending is as often an idiom (龙潭虎窟, 入得班门).
_SITE_ENDS = frozenset("门园窟沟潭")
# … and of a slope, a dam, a flat or a ford (西柏坡, 葛洲坝, 河姆渡), unless a common word
# opens it (半山坡, 黄土坡: a kind of slope) or a common surname (苏东坡/ns is the poet).
_SLOPE_ENDS = frozenset("坡坝坪渡")
# Endings a two-character ns word outside the gazetteer needs (黄河, 泰山, 渤海, 南县 …).
_SHORT_PLACE_ENDS = frozenset("省市县区镇乡村州旗盟山河湖江海岛")
# Endings of a division the gazetteer lists in full: a two-character ns word outside it that
# ends so is a word (上市, 加盟, 锦旗), not a city or county nobody listed.
_GAZETTEER_DIVISION_ENDS = frozenset("省市县区旗盟")
# Size, position and age before a landform make a kind of place, not a name (高山, 内河, 古镇);
# 半 and 回 a way there (半山 "halfway up the hill", 回山 "back to the hill"); a verb or a
# pointer a phrase (那山 "that hill", 满山 "all over the hill", 如海, 成河, 落山, 临湖).
_COMMON_LANDFORM_OPENINGS = frozenset(
    "高大小内外沿远近前后上下古老新深离列冰火" + "半回" + "如成那这满绕落开入出过临"
)
# The countries whose one-character name before 军 names their armed forces (美军, 德军); not
# 中 (中军, the centre of an army), 以 (以军功: "by merit in war"), 非, 加 or 欧 (words).
_ARMIES_OF = gz.COUNTRY_ABBREVIATIONS - frozenset("中以非加欧")
# One-character names of countries that are everyday words far more often (法 "way, law").
_WORDLIKE_COUNTRIES = frozenset("法")
# Endings of a state's long name that the gazetteer may not hold (…共和国, …王国).
_STATE_ENDINGS = ("共和国", "王国", "合众国", "民国", "联邦")
# Quick tests of a text before the passes that need these words.
_SUB_UNIT_WORD = re.compile("党|研究室|司|行")
_LINE_WORD = re.compile("高速|铁路|高铁")
_ROAD_NUMBER_HINT = re.compile(r"[GSXY]\d{3}")  # a highway's number, without the look-arounds
_CAPITALS = re.compile("[A-Z]{3}")
_LATIN_WORD = re.compile("[A-Za-z][a-z]")
_COMPANY_KIND = re.compile("|".join(sorted(COMPANY_KINDS)))
_CHINA = "中国"
_CAMPUS = re.compile("|".join(sorted(CAMPUS_WORDS)))
_LANDFORM = re.compile(f"[{''.join(sorted(LANDFORM_ENDS))}]")
# Last characters of a landmark's name (a tower, a bridge, a temple, a palace), which end no
# given name (not 阁, which ends an office too: 殷直阁 of the novel holds 直阁).
_LANDMARK_ENDS = frozenset("塔桥寺庙宫殿")
# A street's ending, and the tags jieba gives a street's name it holds as one word (the kinds
# of street, 高速路 and 步行街, it tags as common nouns; a name ending in 大道 ends in the
# common word and is left).
_STREET_ENDS = ("路", "街", "巷")
_STREET_NAME_TAGS = frozenset({"nz", "nt"})
# What a party is in a parliament, not its name: 执政党, 反对党, 第一大党.
_GENERIC_PARTY_HEADS = frozenset(
    "执政 反对 在野 少数 多数 第一 第二 第三 单一 政治 大 小 第一大 参政 联合执政".split()  # noqa: SIM905
)
# Tags of words of one or two characters that are no name on their own: verbs, adverbs,
# particles …, and nouns, which are one only when the gazetteer or the lists of bodies hold them.
_PLAIN_TAGS = frozenset(
    {"v", "vd", "vn", "d", "a", "ad", "an", "p", "c", "u", "uj", "ul", "uz", "ug", "uv", "ud"}
    | {"r", "y", "e", "o", "q", "f", "t", "tg", "zg", "z", "b", "s", "l", "i", "dg", "ag", "vg"}
    | {"n", "ng", "nz"}
)
_LEAGUE_RANKS = frozenset("超甲乙冠")
# The last words of an institution that is no building (博物院, 医院, 大学; 博物馆 is a place).
_INSTITUTION_TAILS = tuple(
    sorted(t for t in gz.ORG_TAIL_WORDS if len(t) >= 2 and t not in gz.BUILDING_TAILS)
)
# A river's basin (黄河流域/ns): the river is the place mentioned, as news annotation marks it
# (汉水流域 -> 汉水); the lists name the basin where the text always writes it so.
_BASIN = "流域"
_RIVER_ENDS = frozenset("江河水川溪")
# Prepositions jieba glues to the body after them (对谷歌/n, 向腾讯): those it glues to a name, and
# 向 and 和, family names too, which before a body the lexicon knows open no name.
_BEFORE_A_KNOWN_BODY = GLUED_PREPOSITIONS | frozenset("向和")
# Prepositions and verbs before a province or a country by its one character (在 京, 与 叙).
_BEFORE_SHORT_PLACE = gz.ABBREVIATION_PREFIXES | frozenset("与同和跟")
# Flying and going, which end in 行 as a bank's short name does (太空 飞行/nt).
_FLYING = frozenset({"飞行", "航行", "运行", "旅行", "步行", "通行", "爬行", "滑行", "远行"})
# The parts of a region by their compass points (华北 中南部, 东北部), which end in 部.
_PARTS_OF_A_REGION = frozenset(a + "部" for a in "东南西北中")  # 中超/v is a league
# Last characters of a division's name that no phrase ends with (小河口镇, 沙矶头村).
_DIVISION_NAME_ENDS = frozenset("省县镇乡村")
# … and of a foreign division that no Chinese name ends with (肯特郡, 拉贾斯坦邦).
_FOREIGN_DIVISION_ENDS = frozenset("郡邦")
_RARE_NZ_NAME = 50  # a surname-led nz word the dictionary knows this rarely is a name
_COMMON_HEAD = 100  # dictionary frequency of a two-character word that opens phrases
# Classifiers that jieba's guesses take into a name after a count (一位 彩民 -> 位彩民/nr, 3战
# 全胜/nr -> 战全胜).
_CLASSIFIERS = frozenset("位名个只条件章项封台节强战")
_COUNT_CHARS = frozenset("一二三四五六七八九十两几每这那多数0123456789")
# What follows 张 counted as a sheet (那张 小巧 的门票, 那张 会 让…): a word that describes or
# acts, no given name.
_NOT_GIVEN_NAME_TAGS = frozenset({"a", "ad", "an", "v", "vn", "d"})


def _a_sheet_described(text: str, start: int, end: int) -> bool:
    """那张小巧, 这张会: 张 after a count or a demonstrative is a sheet's classifier where the
    rest is an adjective or a verb; 那张都监 (a title) and 那张三 stay names."""
    # (the character before, looked at alone: a search for "[…]$" in text[:start] reads all
    # of it, and a paragraph of ten thousand names asks this of each)
    if start == 0 or text[start - 1] not in _COUNT_CHARS:
        return False
    entry = dictionary_entry(text[start + 1 : end])
    return entry is not None and entry[1] in _NOT_GIVEN_NAME_TAGS


# A name before 号 is a ship's or a craft's (“卡西尼”号, 哥伦比亚号): no person; not 号称,
# 号召, 号码 (claims, calls, numbers).
_VESSEL_AFTER = re.compile("[”’」』\"']?号(?![称召码])")
# The endings of a village or a town, and the tags jieba's dictionary gives some of them as
# nouns; a common word before the ending makes a kind of village (度假村, 城中村, 新农村).
_SMALL_DIVISION_ENDS = frozenset("村镇乡屯寨")
_COMMON_NOUN_OF_A_TOWN = frozenset({"n", "nz", "l"})
# Last characters of an abbreviation (jieba's j) that names a body.
_ABBREVIATED_ORG_ENDS = frozenset("会委行协联办局部厅署视盟航")
# … but 航 of flying, not of an airline (民航, 首航, 通航).
_NOT_AIRLINE_HEADS = frozenset("民首通续导领护返启巡远试")
# … unless it opens as a level or a count, not a name (党委, 常委会, 两院, 同行, 通行, 全会).
_GENERIC_ABBREVIATION_HEADS = frozenset(
    "党常同通两三四五六七八九十一二全本我该各总县市省乡村区镇联"
)


# What makes a classifier of the character after it (一张, 这张, 每张, 众位).
_COUNT_OR_PRONOUN_TAGS = frozenset({"m", "r", "mq", "rz", "q"})
_COUNTING_CHARS = frozenset("众各诸每几那这哪某") | NUMERALS
# Tags jieba gives a city's or a county's short name it does not know as a place.
_SHORT_DIVISION_TAGS = frozenset({"nr", "nz", "ns", "n", "j", "nrt"})
# Tags of a name jieba glued to the word beside it (王建/nrfg 光在, 长李明/nr, 曲/q 局长) …
_FULL_NAME_TAGS = frozenset({"nr", "nrfg"})
_GLUED_NAME_TAGS = _FULL_NAME_TAGS | {"q"}


def _given_name_glued_to_a_preposition(tokens: list[tuple[str, str]], i: int) -> bool:
    """王建/nrfg 光在/p: a surname and one character, then the given name's second character
    and a preposition jieba read as one word (no dictionary word: 现在, 正在 are)."""
    word = tokens[i][0]
    if len(word) != 2 or i + 1 >= len(tokens):
        return False
    after, after_pos = tokens[i + 1]
    return (
        len(after) == 2
        and (
            after_pos == "p"
            and after[1] in PREPOSITIONS_AFTER_NAMES
            # 聘任 陈信/nr 健为/v 行长: appointed as, whatever jieba took the pair for
            or after[1] == "为"
            and i > 0
            and tokens[i - 1][0] in _APPOINTING_VERBS
        )
        and after[0] not in PREPOSITIONS_AFTER_NAMES
        and not dictionary_frequency(after)
        and family_names.is_common(word[0])
    )


# Verbs that make someone something (任命 X 为 行长).
_APPOINTING_VERBS = frozenset("任命 聘任 聘请 推选 选举 推举 提名 委任 任 选".split())  # noqa: SIM905


def _head_of_a_division_glued(
    tokens: list[tuple[str, str]], kinds: list[str | None], i: int, surnames: frozenset[str]
) -> bool:
    """四川省 长李明/nr: the 长 of 省长 (市长, 县长) glued to the name after it."""
    word = tokens[i][0]
    return (
        len(word) in (3, 4)
        and word[0] == "长"
        and word[1] in surnames
        and i > 0
        and kinds[i - 1] == "place"
        and tokens[i - 1][0][-1] in "省市县州区"
    )


# Tags of everyday words that are also names (曾刚/d "just now", 高峰/n, 建国/v).
_WORD_TAGS_OF_NAMES = frozenset({"d", "a", "ad", "v", "vn", "n"})


def _a_name_between_a_body_and_a_title(tokens: list[tuple[str, str]], i: int) -> bool:
    """某某大学 曾刚/d 教授: a word opening with a common surname, between a body jieba
    holds whole and a title, is the body's member of that title."""
    word = tokens[i][0]
    return (
        2 <= len(word) <= 3
        and 0 < i < len(tokens) - 1
        and tokens[i - 1][1] == "nt"
        and tokens[i + 1][0] in gz.PERSON_TITLES
        and family_names.is_common(word[0])
    )


def _split_from_its_courtesy_title(
    tokens: list[tuple[str, str]], i: int, surnames: frozenset[str]
) -> bool:
    """的 付/v 女士/nr: a surname jieba read as a word of its own (付 'pay'), then a courtesy
    title, where a noun phrase opens — the person (付女士), as 王先生 is."""
    word, pos = tokens[i]
    return (
        len(word) == 1
        and pos not in PERSON_TAGS  # a surname jieba saw as one is the rules' below
        and word in surnames
        and tokens[i + 1][0] in HONORIFICS
        and (not i or tokens[i - 1][0] in NOUN_PHRASE_OPENERS)
    )


def _speech_verb_cut_in_two(tokens: list[tuple[str, str]], i: int) -> bool:
    """市长 刘伟强/nr 调/v: a name of two, then a speech verb whose first character jieba took
    into the name (强调, 指出); what is left of the verb stands alone after it."""
    word = tokens[i][0]
    return (
        len(word) == 3
        and i + 1 < len(tokens)
        and len(tokens[i + 1][0]) == 1
        and word[-1] + tokens[i + 1][0] in gz.SPEECH_VERBS
    )


def _familiar_name_glued_to_speech(
    tokens: list[tuple[str, str]], i: int, surnames: frozenset[str]
) -> bool:
    """小/a 李说/nrfg: a familiar name (小李, 老陈) whose family name jieba glued to the verb
    of speech after it, leaving 小, 老 or 阿 a word of its own."""
    word = tokens[i][0]
    return (
        len(word) == 2
        and word[0] in surnames
        and word[1] in GLUED_SPEECH
        and i > 0
        and tokens[i - 1][0] in FAMILIAR_PREFIXES
    )


def _that_surname_before_a_title(
    tokens: list[tuple[str, str]], i: int, surnames: frozenset[str]
) -> bool:
    """那洪/nr 教头: "that" and a surname jieba ran together before a title are that person."""
    word = tokens[i][0]
    return (
        len(word) == 2
        and word[0] in "那这"
        and word[1] in surnames
        and i + 1 < len(tokens)
        and tokens[i + 1][0] in gz.PERSON_TITLES
    )


def _surname_as_a_classifier(
    tokens: list[tuple[str, str]], i: int, surnames: frozenset[str]
) -> bool:
    """曲/q 局长, 张/q 主席: a surname jieba read as a classifier (一张, 一曲) is one before a
    title where no count or pronoun stands before it."""
    word = tokens[i][0]
    return (
        len(word) == 1
        and word in surnames
        # a rarer surname is rather the verb or the classifier jieba took it for (被封 记者)
        and family_names.is_familiar(word)
        and i + 1 < len(tokens)
        and tokens[i + 1][0] in gz.PERSON_TITLES
        and not (
            i
            and (
                tokens[i - 1][1] in _COUNT_OR_PRONOUN_TAGS
                or tokens[i - 1][0][-1] in _COUNTING_CHARS
            )
        )
    )


# How common a word a character and a name's first character must make for the name to be
# rather that word and what follows: any the dictionary holds more than now and then (军马
# 1,235, 拍马 220, 走马; 国王 too, but 中国 王军霞 stays: the character must stand alone as a
# token, or before most of the name's mentions and after no title, 主任 何平).
_WORD_ACROSS = 10


def closes_a_word(before: str, name: str) -> bool:
    """Whether the character `before` and the first of `name` make a word (军 马出城: 军马)."""
    return _common_pair(before + name[0])


@lru_cache(maxsize=1 << 16)
def _common_pair(word: str) -> bool:
    return dictionary_frequency(word) >= _WORD_ACROSS


def _surname_closes_a_word(tokens: list[tuple[str, str]], i: int) -> bool:
    """军/n 马出城/nr: a name guessed right after a character jieba left alone, which it makes
    a common word with (军马 "warhorses", 主张 "to advocate"), is that word and what follows."""
    before = tokens[i - 1][0] if i else ""
    return len(before) == 1 and closes_a_word(before, tokens[i][0])


@lru_cache(maxsize=1)
def _long_known_bodies() -> re.Pattern[str]:
    """The lexicon's bodies of three characters or more written in Chinese that jieba cuts
    when it reads them alone (57 of 241), the longest first: a short pattern to look for."""
    words = sorted(
        (
            word
            for word in gz.ORG_WORDS
            if len(word) >= 3 and not word.isascii() and len(tag(word)) > 1
        ),
        key=len,
        reverse=True,
    )
    return re.compile("|".join(map(re.escape, words)))


def _known_bodies_whole(text: str, tokens: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The tokens with a body the lexicon knows made one where jieba cut it into words of its
    own (英/j 伟达/a, 宁德/nr 时代/n, 字节/n 跳动/vn): only where the name starts and ends
    where tokens do, so that no word around it is cut."""
    matches = list(_long_known_bodies().finditer(text))
    if not matches:
        return tokens  # most sentences: one scan in C
    token_at = {
        start: i for i, start in enumerate(accumulate((len(w) for w, _ in tokens), initial=0))
    }
    for match in reversed(matches):  # from the end, so that earlier indices stay
        first, last = token_at.get(match.start()), token_at.get(match.end())
        if first is not None and last is not None and last - first >= 2:
            tokens[first:last] = [(match.group(), "nt")]
    return tokens


def _director_he(text: str, tokens: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """主/b 任何/r 平/n: the title 主任 and a name of the family 何, which jieba read as 主 and
    任何 (any); the name is 何 and the one or two characters after."""
    if "主任何" not in text:
        return tokens  # most sentences
    for k in range(len(tokens) - 2, 0, -1):
        given, pos = tokens[k + 1]
        if (
            tokens[k][0] == "任何"
            and tokens[k - 1][0] == "主"
            and len(given) <= 2
            and pos not in FUNCTION_TAGS
            and "\u4e00" <= given[0] <= "\u9fff"
        ):
            tokens[k - 1 : k + 2] = [("主任", "n"), ("何" + given, "nr")]
    return tokens


def find_names(text: str, tokens: list[tuple[str, str]] | None = None) -> list[Span]:
    """Spans of person, place and org in `text` (its jieba `tokens` when the caller has them);
    spans of one kind never overlap."""
    places, surnames = lexicon()
    openings = place_openings()
    tokens = _known_bodies_whole(text, tag(text) if tokens is None else list(tokens))
    tokens = _director_he(text, tokens)
    count = len(tokens)
    starts = list(accumulate(map(len, map(itemgetter(0), tokens)), initial=0))

    kinds: list[str | None] = [None] * count
    spans: list[Span] = []
    for i, (word, pos) in enumerate(tokens):
        if pos == "m" and word[-1] == "队" and len(word) >= 3 and not a_count(word[:-1]):
            kinds[i] = "org"  # 八一队/m: the army's team (August 1st), no count of teams
            continue
        if pos == "x" or pos == "m" or kinds[i] == "joined":
            if (
                pos == "x"
                and 2 <= len(word) <= 3
                and family_names.is_familiar(word[0])
                and _HAN.fullmatch(word)
            ):
                # 黄渤/x 导演: jieba's tag for a word it cannot read, here a name with a rare
                # character, which a cue beside it confirms
                kinds[i] = "person?"
            continue
        if pos in _GLUED_NAME_TAGS:  # the few tags jieba gives a name glued to a word
            if pos == "q":
                if _surname_as_a_classifier(tokens, i, surnames):
                    kinds[i] = "surname"  # 曲/q 局长, 张/q 主席: not 一张 主席像
                    continue
            elif len(word) == 2 and _given_name_glued_to_a_preposition(tokens, i):
                spans.append((starts[i], starts[i + 1] + 1, "person"))  # 王建/nrfg 光在/p
                kinds[i + 1] = "joined"
                continue
            elif (
                word[0] == "长"
                and pos == "nr"
                and _head_of_a_division_glued(tokens, kinds, i, surnames)
            ):
                spans.append((starts[i] + 1, starts[i + 1], "person"))  # 四川省 长李明/nr
                continue
            elif (
                len(word) == 1
                and pos == "nr"
                and i
                and tokens[i - 1][0] in FAMILIAR_PREFIXES
                and family_names.is_familiar(word)
            ):
                spans.append((starts[i - 1], starts[i + 1], "person"))  # 阿/j 袁/nr: 阿袁
                kinds[i - 1] = "joined"
                continue
            elif pos == "nr" and _speech_verb_cut_in_two(tokens, i):
                spans.append((starts[i], starts[i + 1] - 1, "person"))  # 刘伟强/nr 调/v: 刘伟
                kinds[i] = "joined"
                continue
            elif _familiar_name_glued_to_speech(tokens, i, surnames):
                spans.append((starts[i - 1], starts[i] + 1, "person"))  # 小/a 李说/nrfg: 小李
                kinds[i - 1] = "joined"
                continue
            elif (
                word[0] in "那这"
                and pos == "nr"
                and _that_surname_before_a_title(tokens, i, surnames)
            ):
                spans.append((starts[i] + 1, starts[i + 1], "person"))  # 那洪/nr 教头: 洪
                continue
        # (the rules' first tests written out here: they are asked of nearly every token)
        if (
            i
            and tokens[i - 1][1] == "nt"
            and pos in _WORD_TAGS_OF_NAMES
            and _a_name_between_a_body_and_a_title(tokens, i)
        ):
            spans.append((starts[i], starts[i + 1], "person"))  # 某某大学 曾刚/d 教授
            continue
        if (
            len(word) == 1
            and i + 1 < count
            and word in surnames
            and _split_from_its_courtesy_title(tokens, i, surnames)
        ):
            spans.append((starts[i], starts[i + 2], "person"))  # 的 付/v 女士/nr: 付女士
            kinds[i + 1] = "joined"
            continue
        if (
            pos in _PLAIN_TAGS
            and len(word) <= 2
            and word[0] not in INSIDE_OPENERS
            and word[0] not in FAMILIAR_PREFIXES  # 老张/n: a familiar name (see _token_kind)
            and word[-1] not in _LEAGUE_RANKS
            and word not in places
            and word not in gz.ORG_WORDS
        ):
            continue  # 说道, 便, 了, 问题: most words are no name, and no rule below makes them one
        if pos in ("n", "j") and len(word) >= 4:
            office = office_before_title(word)
            if office:
                # 吉林 省委书记: the province's committee is one name (吉林省委)
                opening = i - 1 if i and kinds[i - 1] == "place" else i
                if opening < i:
                    kinds[opening] = "joined"
                spans.append((starts[opening], starts[i] + office, "org"))
                continue
        if word[-1] == "族" and len(word) >= 3 and word[:-1] in places:
            spans.append((starts[i], starts[i + 1] - 1, "place"))  # 塞尔维亚族: the people's land
            continue
        if len(word) >= 4 and word.endswith(_BASIN) and word[-3] in _RIVER_ENDS:
            spans.append((starts[i], starts[i + 1] - 2, "place"))  # 黄河流域/ns: the river's
            continue
        if len(word) >= 3 and word[0] in _BEFORE_A_KNOWN_BODY and word[1:] in gz.ORG_WORDS:
            spans.append((starts[i] + 1, starts[i + 1], "org"))  # 对谷歌/n: "on" and the body
            continue
        kind = _token_kind_of(word, pos)
        if (
            len(word) == 1
            and pos == "ns"
            and word in gz.PLACE_ABBREVIATIONS
            and i
            and tokens[i - 1][0] in _BEFORE_SHORT_PLACE
            # 与 叙 总统 is Syria's president; 与 琼 将军 a general named 琼
            and (
                word in gz.COUNTRY_ABBREVIATIONS
                or i + 1 == count
                or tokens[i + 1][0] not in gz.PERSON_TITLES
            )
        ):
            kind = "place"  # 在 京/ns, 与 叙/ns 总统: a province or a country by its short name
        if kind == "place" and pos == "j" and len(word) == 1 and _a_word_not_a_country(tokens, i):
            kind = None
        if kind == "place" and word[-1] in _SMALL_DIVISION_ENDS and _counted_after(tokens, i):
            kind = None  # 文明村/nr 5 个: villages of a kind, counted (示范村10个), no one village
        if kind == "org" and pos == "v" and word in verb_brands() and not brand_as_noun(tokens, i):
            kind = None  # 让我 联想 到, 万马 奔驰: the verb, not the maker (奥迪、奔驰、宝马)
        elif word == "人大" and _a_man_then_great(tokens, i):
            kind = None  # 那 人大 怒, 忘 人大 恩: "that man, greatly angry", no congress
        if (
            kind in (None, "person?")
            and len(word) == 2
            and pos in _SHORT_DIVISION_TAGS
            and i
            and kinds[i - 1] == "place"
            and tokens[i - 1][0] in gz.provinces()
            and gz.lies_in(tokens[i - 1][0], word)
        ):
            kind = "place"  # 海南 文昌/nr, 四川 江油: a city or a county by its short name
        if kind in ("person", "person?") and pos == "nr" and _surname_closes_a_word(tokens, i):
            kind = None  # 军 马出城/nr, 主 张招/nr 安: 军马 出城, 主张 招安
        if (
            kind == "person"
            and len(word) >= 3
            and word[-1] == "道"
            and OPENS_A_QUOTE.match(text, starts[i + 1])
        ):
            # 王小明道/nr ：“…”: the name, then older prose's verb of speech (祝赞道: a word and
            # the verb, no one)
            kind = None if word_frequency(word[:-1]) else "person+verb"
        if kind is not None:
            kinds[i] = kind
            continue
        if len(word) < 2 or (
            word[0] not in INSIDE_OPENERS and word[:2] not in openings
        ):  # the common case, checked cheaply
            continue
        parts = places_inside(word, pos, places)
        if parts and pos == "f" and len(parts) == len(word) and not _pair_context(tokens, i):
            parts = None  # 日中/f 未归: midday; 日中/f 关系: Japan and China
        if parts and len(parts) == len(word) and i + 1 < count and _names_region(tokens[i + 1]):
            # 粤港澳 + 大湾区: the short names open a region's name, which is one place
            end, stop = i + 2, starts[i + 2]
            if end < count and division_ending(tokens[end][0]):
                stop += 1  # 粤港澳 大湾 区(内)
                end += 1
            spans.append((starts[i], stop, "place"))
            for k in range(i + 1, end):
                kinds[k] = "joined"
        elif parts and len(parts) == len(word) >= 3 and gz.REGION_ABBREVIATIONS.issuperset(word):
            # 京津冀, 苏浙沪 (地区): three provinces or more by their short names name a region
            region = i + 1 < count and tokens[i + 1][0] == "地区"
            spans.append((starts[i], starts[i + 2 if region else i + 1], "place"))
            if region:
                kinds[i + 1] = "joined"
        elif parts:
            base = starts[i]
            spans.extend((base + s, base + e, "place") for s, e in parts)

    mark_one_character_places(tokens, kinds)
    join_division_endings(tokens, kinds, starts, spans)
    if "区" in text:
        join_zone_names(tokens, kinds, starts, spans)
    if _LANDFORM.search(text):
        join_landform_endings(tokens, kinds, starts, spans)
    if FACILITY_WORDS_PATTERN.search(text):
        join_facility_names(tokens, kinds, starts, spans)
    if "foreign" in kinds:
        join_foreign_landforms(tokens, kinds, starts, spans)
    if "路" in text or "街" in text or "大道" in text:
        join_road_names(tokens, kinds, starts, spans)
    if "政府" in text:
        join_local_governments(tokens, kinds, starts, spans)
    join_org_names(tokens, kinds, starts, spans, places)
    if _COMPANY_KIND.search(text):
        companies_by_kind(tokens, kinds, starts, spans)
    capitals = _CAPITALS.search(text) is not None  # asked again of the spans below
    if capitals:
        latin_bodies(text, tokens, kinds, starts)
    contextual_orgs(text, tokens, kinds, starts, spans)
    if "行" in text:
        banks_cut_apart(tokens, kinds, starts, spans)
    if HEADS_OF_BODIES_PATTERN.search(text):
        bodies_before_heads(tokens, kinds, starts, spans)
    if "等" in text and any(body in text for body in BODIES):
        listed_bodies(tokens, kinds)
    if NUMBERED_SCHOOL_HINT.search(text):
        numbered_schools(tokens, kinds, starts, spans, places)
    if _CAMPUS.search(text):
        for i in school_short_forms(tokens, kinds):
            kinds[i] = "org"  # 鲁美 师生: the school, not 鲁 + 美 nor a person 南艺
            spans = [s for s in spans if not starts[i] <= s[0] < starts[i + 1]]
    if "foreign" in kinds:
        join_syllables_of_foreign_names(tokens, kinds, starts, spans)
    join_doubled_given_names(text, tokens, kinds, starts, spans)
    join_split_names(tokens, kinds, starts, spans)
    if PSEUDONYM_NOTE in text:
        pseudonyms(tokens, kinds)
    if "号" in text:
        _players_by_number(tokens, kinds)
    confirm_people(tokens, kinds, starts, spans)
    nicknames(text, tokens, kinds, starts, spans)

    for i, kind in enumerate(kinds):
        if kind in ("person", "place", "org"):
            spans.append((starts[i], starts[i + 1], kind))
    spans.sort()
    mou = "某" in text
    spans = [
        _person_span(text, span, surnames, mou) if span[2] == "person" else span for span in spans
    ]
    spans = complete_foreign_names(text, tokens, spans)
    # 达摩克利斯之剑, 潘多拉之盒, 阿喀琉斯之踵: a set phrase opening with a foreign name is no
    # mention of anyone (李白之诗 is: a Chinese name before 之 stays)
    phrases = "之" in text and {
        starts[k]
        for k, (w, p) in enumerate(tokens)
        if w[0] == "之"
        and (
            len(w) == 2
            and p in ("n", "q")
            or w == "之"
            and k + 1 < count
            and len(tokens[k + 1][0]) == 1
            and tokens[k + 1][1] in ("n", "ng")
        )
    }
    if phrases:
        spans = [
            s
            for s in spans
            if s[2] not in ("person", "place")
            or s[1] not in phrases
            or not transliterated(text[s[0] : s[1]])
        ]
    spans = clubs_in_match_reports(text, spans)
    spans = two_bodies_in_one_word(text, spans)
    if SIDE_PLAY_HINT.search(text):
        spans = chinese_clubs(text, spans)
    if "队" in text or "组" in text:
        spans = listed_teams(text, spans)
    if "队" in text:
        spans = teams_of_places(text, spans)
    if "届" in text:
        spans = bodies_by_session(text, spans)
    spans = bodies_named_after_people(text, spans)
    if _CHINA in text:
        spans = arms_in_china(text, spans)
    if "《" in text:
        spans = press_titles(text, _without_works(text, spans))
    if _PRESS_CUES.search(text):
        spans = press_by_cue(text, tokens, starts, spans)
    if "驻" in text:
        spans = missions_abroad(text, spans)
    if "和" in text:
        spans = ministries_of_two_fields(text, spans)
    if KNOWN_BODY.search(text):
        spans = known_bodies(text, spans)
    if "（" in text or "(" in text:  # after the known bodies: 中国平安 + 保险（集团）…公司
        spans = short_forms_in_brackets(text, bracketed_in_company_names(text, spans))
    if PORTAL_CHANNEL.search(text):
        spans = portal_channels(text, spans)
    if "、" in text:
        chains = list_chains(text)  # the lists, read once for the people and the bodies in them
        spans = listed_people(text, spans, surnames, chains)
        spans = bodies_listed_with_bodies(text, spans, chains)
        if "等" in text or "家" in text:
            spans = bodies_listed_by_kind(text, spans, chains)
    if "%)" in text or "%）" in text:
        spans = companies_by_quote(text, spans)
    if "简称" in text:
        spans = listed_short_names(text, spans)
    if _SUB_UNIT_WORD.search(text):
        spans = sub_units(text, spans)
    spans = bodies_under_divisions(text, spans)
    if "路" in text or "街" in text or "大道" in text:
        spans = streets(text, spans)
    if TOWN_CUE.search(text):
        spans = towns_under_a_county(text, spans)
    if _ROAD_NUMBER_HINT.search(text):
        spans = road_numbers(text, spans)
    if _LINE_WORD.search(text):
        spans = transport_lines(text, spans)
    if "[" in text:
        spans = [s for s in spans if not _in_emoticon_code(text, s)]
    if "政府" in text:
        spans = _administrations(text, spans)
    if PAIR_OF_COUNTRIES_CUE.search(text):
        spans = pairs_of_countries(text, spans)
    if "时间" in text:
        # 北京时间 6月6日, 东京时间: the clock of a place's time zone, no mention of the place
        spans = [s for s in spans if s[2] != "place" or not text.startswith("时间", s[1])]
    if capitals:
        spans = latin_terms(text, spans)
    if _LATIN_WORD.search(text):
        spans = latin_people(text, spans)
    if "@" in text:
        spans = handles(text, spans, surnames)
    if JAPANESE_SURNAME.search(text):
        spans = japanese_names(text, spans)
    if "报道" in text or "记者" in text:
        spans = bylines(text, spans)
    if PHOTO_POSITION.search(text):
        spans = people_in_a_photo(text, spans, surnames)
    spans = titled_names(text, spans)
    if "某某" in text:
        spans = doubly_anonymised(text, spans, surnames)
    spans = bodies_as_given_names(text, spans)
    spans = _foreign_places(text, spans)
    spans = [_landmark_of_a_name(text, span) for span in spans]
    # Whatever rule proposed it (哥哥说: a speech verb after it), a listed non-name is no person,
    # nor a classifier after a count or a demonstrative (每一 位彩民: a word counted; not 张, as
    # often the surname: 那张都监), nor a persona in scare quotes (“李经理”).
    quoted = "“" in text or '"' in text or "「" in text
    return [
        s
        for s in spans
        if s[2] != "person"
        or text[s[0] : s[1]] not in gz.NOT_PERSONS
        and not (text[s[0]] in _CLASSIFIERS and s[0] and text[s[0] - 1] in _COUNT_CHARS)
        and not (text[s[0]] == "张" and _a_sheet_described(text, s[0], s[1]))
        and not _VESSEL_AFTER.match(text, s[1])
        and not (quoted and _persona_in_quotes(text, s[0], s[1]))
        and not _inside_a_title(text, s[0], s[1])
        and not (text[s[1] - 1] == "氏" and _FAMILY_AFTER.match(text, s[1]))
    ]


# A clan's name before a group of its members is no one person (刘氏 父子, 刘氏 夫妇).
_FAMILY_AFTER = re.compile("父子|父女|母子|母女|兄弟|姐妹|兄妹|姐弟|夫妇|夫妻|家族|一家|宗亲")
_OPENING_QUOTES = frozenset('“"「『')
_CLOSING_QUOTES = frozenset('”"」』')
_LONGEST_TITLE = max(map(len, gz.PERSON_TITLES))
_TITLE_CHARACTERS = frozenset("".join(gz.PERSON_TITLES))


def _inside_a_title(text: str, start: int, end: int) -> bool:
    """马都监 of 兵马都监闻达: a name jieba made of a title's last characters is none."""
    if not start or text[start - 1] not in _TITLE_CHARACTERS:
        return False  # most names: what stands before is in no title
    return any(
        text[begin : begin + size] in gz.PERSON_TITLES
        for size in range(end - start + 1, _LONGEST_TITLE + 1)
        for begin in range(max(0, end - size), start)
    )


def _a_form_of_address(word: str) -> bool:
    """局长, 先生, or a noun for someone's job after a surname (警官 of 赵警官)."""
    if word in gz.FORMS_OF_ADDRESS:
        return True
    entry = dictionary_entry(word) if len(word) >= 2 else None
    return entry is not None and entry[1] == "n"


def _persona_in_quotes(text: str, start: int, end: int) -> bool:
    """“李经理”, “赵警官”: a surname and a title in quotation marks of their own are a role
    someone plays (a scammer's persona, a nickname), which the text keeps at a distance; a
    person named so in plain text (李经理说) is one."""
    if not start or text[start - 1] not in _OPENING_QUOTES:
        return False
    if end - start == 1:  # the surname marked alone: its title follows it
        form = address_at(text, end)
        if not form:
            return False
        end += form
    elif not _a_form_of_address(text[start + 1 : end]):
        return False
    return text[end : end + 1] in _CLOSING_QUOTES


# A foreign name before 政府 (克林顿政府, 奥巴马政府): the administration of its head.
_ADMINISTRATION = re.compile("([\u4e00-\u9fff]{2,5})政府")


def _administrations(text: str, spans: list[Span]) -> list[Span]:
    """克林顿政府/nt, 奥巴马/ns 政府: the president or prime minister an administration is named
    after is a person; a place's government (印度政府) is not one."""
    places, _ = lexicon()
    found = []
    for match in _ADMINISTRATION.finditer(text):
        head = match.group(1)
        # the name may follow other words in the run of characters (宣布奥巴马政府)
        for size in range(len(head), 1, -1):
            name = head[-size:]
            start = match.end(1) - size
            if transliterated(name) and name not in places and name not in gz.COUNTRIES:
                if not any(s < match.end(1) and start < e for s, e, _ in spans):
                    found.append((start, match.end(1), "person"))
                break
    return sorted(spans + found) if found else spans


# The endings of a division above a town (汉普郡, 加州, 安大略省, 拉贾斯坦邦) …
_SHIRE_ENDS = frozenset("郡州省邦")
# … and of any division, which a foreign name before them makes its own (丘布特省, 伍德县) —
# not a title after a name (朱利安尼 市长, 州长) nor a committee (县委)
_DIVISION_ENDS = _SHIRE_ENDS | frozenset("县")
_NOT_AFTER_DIVISION = frozenset("长委")
# Words for a town or a country's seat right before its name (南部城市 哈斯科沃, 首都 阿布贾,
# 旅游胜地 帕塔亚) …
_TOWN_BEFORE = re.compile(
    "(?:城市|首都|首府|小镇|小城|港城|港口城市|胜地|名城|古城|海滨城市|度假区)$"
)
# … or after a list of them (弗拉诺瓦茨等4个村庄, 科连特斯、雷西斯滕西亚等大、中城市).
_TOWNS_AFTER = re.compile(
    "等(?:[0-9一二三四五六七八九十两几多]+个)?(?:大、中|大中|大小)?"
    "(?:村庄|村镇|城市|城镇|小镇|市镇|国家|地区|港口)"
)


# Tags jieba gives a player's name after the shirt's number (穆勒/nz, 里贝罗/nr).
_PLAYER_NAME_TAGS = frozenset({"nz", "nr", "nrt", "ns", "j"})


def _players_by_number(tokens: list[tuple[str, str]], kinds: list[str | None]) -> None:
    """由 7号 穆勒/nz 头球: a transliterated name after a shirt's number is the player."""
    for i in range(2, len(tokens)):
        word, pos = tokens[i]
        if (
            kinds[i] is None
            and pos in _PLAYER_NAME_TAGS
            and len(word) >= 2
            and tokens[i - 1][0] == "号"
            and tokens[i - 2][0].isdigit()
            and transliterated(word)
        ):
            kinds[i] = "foreign"


def _coined_facility(word: str) -> bool:
    """普天间机场, 哈斯科沃广场: a public place's kind after three characters or more that
    jieba's dictionary lacks (国际机场, 人民公园: a kind of place after a word)."""
    return any(
        word.endswith(tail)
        and len(word) - len(tail) >= 3
        and not dictionary_frequency(word[: -len(tail)])
        for tail in gz.FACILITY_TAILS
        if len(tail) >= 2
    )


def _landmark_of_a_name(text: str, span: Span) -> Span:
    """东方明珠/nr 塔/j: a name, then a tower's, a bridge's or a temple's character that ends
    the phrase, is the landmark so named, a place."""
    start, end, kind = span
    if (
        kind == "person"
        and text[end : end + 1] in _LANDMARK_ENDS
        and (
            not "\u4e00" <= text[end + 1 : end + 2] <= "\u9fff"
            or text[end + 1 : end + 2] in PARTICLES  # 东方明珠塔的夜景
        )
    ):
        return (start, end + 1, "place")
    return span


def _foreign_places(text: str, spans: list[Span]) -> list[Span]:
    """A foreign name that its place in the text makes a place, not a person: right after a
    shire, a state or a province (英国汉普郡贝辛斯托克, 美国加州阿纳海姆), or after a word for
    a town (南部城市哈斯科沃), before a division's ending (丘布特省, 莱克 + 伍德县), or in a
    list of towns (弗拉诺瓦茨等4个村庄)."""
    out: list[Span] = []
    listed = _towns_listed(text, spans)
    for start, end, kind in spans:
        if kind == "person" and start in listed:
            kind = "place"
        elif kind == "person" and transliterated(text[start:end]):
            before = out[-1] if out else None
            if (
                text[end : end + 1] in _DIVISION_ENDS
                and text[end + 1 : end + 2] not in _NOT_AFTER_DIVISION
                and not any(s <= end < e for s, e, _ in spans)  # the ending is no other's
            ):
                kind, end = "place", end + 1  # 丘布特 + 省
            elif (
                before
                and before[2] == "place"
                and before[1] == start
                and text[start - 1] in _SHIRE_ENDS
                or _TOWN_BEFORE.search(text, max(0, start - 6), start)
            ):
                kind = "place"
        elif (
            kind == "place"
            and out
            and out[-1][1] == start
            and out[-1][2] == "person"
            and text[end - 1] in _DIVISION_ENDS
            and transliterated(text[out[-1][0] : end - 1])
        ):
            start = out.pop()[0]  # 莱克 + 伍德县: one county's name, jieba cut in two
        out.append((start, end, kind))
    return out


def _towns_listed(text: str, spans: list[Span]) -> set[int]:
    """Where the foreign names a list closes with 等 + a word for towns start (科连特斯、雷西斯
    滕西亚等大、中城市): the last before 等, and each before it joined to it by 、."""
    found: set[int] = set()
    person_at = {e: s for s, e, kind in spans if kind == "person"}  # by its end
    for match in _TOWNS_AFTER.finditer(text):
        at = match.start()
        while at in person_at and transliterated(text[person_at[at] : at]):
            found.add(person_at[at])
            at = person_at[at] - 1
            if at < 1 or text[at] != "、":
                break
    return found


def _person_span(text: str, span: Span, surnames: frozenset[str], mou: bool) -> Span:
    """A person's span with what jieba glued to it or cut from it set right."""
    span = without_glued_preposition(text, surname_glued_to_title(text, span, surnames))
    span = without_glued_speech(text, span)
    return anonymised(text, span) if mou else span


_PRESS_CUES = re.compile("记者|讯|报道|消息|援引")  # what press_by_cue looks for, cheaply


# The endings of a newspaper's or a journal's title, which is its publisher's name too.
_PRESS_ENDINGS = ("报", "新闻", "杂志", "周刊", "月刊", "画报", "通讯", "文摘")


def _without_works(text: str, spans: list[Span]) -> list[Span]:
    """《叶问》, 《白鹿原》: a person or a place that is a whole title names the film or the book,
    no one and nowhere, and no shorter name inside it stands either (《满江红》 is no 满江).
    《邓小平文选》 and 《长江三日》 still mention them."""
    works = [
        (start, end)
        for start, end, kind in spans
        if (
            kind in ("person", "place")
            # 《英雄联盟》, 《天龙八部》: a body's ending, but a game's or a novel's title
            or kind == "org"
            and not text.endswith(_PRESS_ENDINGS, start, end)
        )
        and fills_title_marks(text, start, end)
    ]
    spans = outside(spans, works, ("person", "place", "org")) if works else spans
    return [s for s in spans if s[2] != "person" or not _character_of_a_work(text, s)]


# The longest title of a work whose characters _character_of_a_work looks for.
_LONGEST_WORK = 30


def _character_of_a_work(text: str, span: Span) -> bool:
    """《怪物史莱克》, 《波斯王子：时之沙》, 《纳尼亚传奇》: inside the title of a work a name
    other than a Chinese one is the work's character or its world, no one the text
    mentions; 《邓小平文选》 and 《李香香》 name people."""
    start, end, _ = span
    opening = text.rfind("《", max(0, start - _LONGEST_WORK), start)
    if opening < 0 or "》" in text[opening:start]:
        return False
    closing = text.find("》", end, end + _LONGEST_WORK)
    if closing < 0 or "《" in text[end:closing]:
        return False
    name = text[start:end]
    _, surnames = lexicon()
    chinese = len(name) <= 4 and (name[0] in surnames or name[:2] in surnames)
    return not chinese or len(name) >= 3 and transliterated(name)  # 马里奥, 史莱克


# The longest code between square brackets that social posts use for an emoticon ([威武], [奥特曼]).
_EMOTICON_CODE = 6


def _in_emoticon_code(text: str, span: Span) -> bool:
    """[奥特曼], [威武]: a word inside a short bracketed code is an emoticon's, no mention."""
    opening = text.rfind("[", max(0, span[0] - _EMOTICON_CODE), span[0])
    if opening < 0:
        return False
    closing = text.find("]", span[1], opening + _EMOTICON_CODE + 2)
    return closing >= 0 and "[" not in text[opening + 1 : closing]


# Characters of time words (周末夜, 周日晚, 三月初, 元宵节): a word of three with one is a time.
_TIME_CHARS = frozenset(
    "年月日时分秒天周期初末春夏秋冬晨晚午夜旬早前后内今明昨节" + "一二三四五六七八九十两"
)


def _a_word_not_a_country(tokens: list[tuple[str, str]], i: int) -> bool:
    """监察 法/j: after a noun a lone 法 or 美 ends a word (a law), no country; 之 法, 问些 法:
    法 is a way far more often than France, which 在 法, 赴 法 and 法 总统 name."""
    before = tokens[i - 1] if i else ("", "x")
    if before[1] in _NOUNS:
        return True
    after = tokens[i + 1][0] if i + 1 < len(tokens) else ""
    return (
        tokens[i][0] in _WORDLIKE_COUNTRIES
        and before[0] not in _BEFORE_SHORT_PLACE
        and after not in gz.PERSON_TITLES
        and after not in PAIR_WORDS
    )


# What counts or points at people before 人 (那人, 三人, 这夥人, 众人): 人大 after it is "the
# man" and an adverb, not the congress (全国人大, 市人大 常委会).
_SOMEONE_TAGS = frozenset({"r", "m", "q", "g"})


def _a_man_then_great(tokens: list[tuple[str, str]], i: int) -> bool:
    """那 人大 怒, 三 人大 惊, 忘 人大 恩: 人 closes what comes before (that man, three men,
    others) and 大 opens what comes after (greatly angry, great kindness)."""
    if i:
        word, pos = tokens[i - 1]
        if pos in _SOMEONE_TAGS or word[-1] in "个位名夥伙众些群":
            return True
    if i + 1 < len(tokens):
        word, pos = tokens[i + 1]
        return len(word) == 1 and pos not in FUNCTION_TAGS
    return False


def _name_tagged_as_time(word: str) -> bool:
    """周恩来/t: three characters opening with a common surname (not 南北朝, 初世为) and holding
    no time character."""
    return family_names.is_common(word[0]) and not _TIME_CHARS.intersection(word[1:])


def _named_company(word: str) -> bool:
    """中信证券/nt: a name of two characters or more, then the kind of its business (as jieba's
    nt word; its nz 高新科技 and its n 养老保险 are no company)."""
    return len(word) >= 4 and word[-2:] in COMPANY_KINDS


def _counted_after(tokens: list[tuple[str, str]], i: int) -> bool:
    """A count of things right after token `i` that ends the clause (示范村 12 个，, 文明村
    五个。): what it names is a kind, counted; not 红旗村 三个 组 (the village's teams)."""
    if i + 1 >= len(tokens) or tokens[i + 1][1] != "m":
        return False
    end = i + 2 if tokens[i + 1][0].endswith("个") else i + 3
    if end == i + 3 and (i + 2 >= len(tokens) or tokens[i + 2][0] != "个"):
        return False
    return end >= len(tokens) or tokens[end][1] == "x"


def _pair_context(tokens: list[tuple[str, str]], i: int) -> bool:
    """What follows two one-character countries: a noun (关系, 经济, 首脑) or 两国."""
    return i + 1 < len(tokens) and tokens[i + 1][1] in _NOUNS


def _names_region(token: tuple[str, str]) -> bool:
    word, pos = token
    places, _ = lexicon()
    return len(word) >= 2 and (word in places or pos == "ns" and word not in gz.NOT_PLACES)


@lru_cache(maxsize=1 << 16)
def _token_kind_of(word: str, pos: str) -> str | None:
    """_token_kind with the process's lexicon, remembered: a text repeats its words, and
    the answer hangs on the word, its tag and fixed tables only."""
    return _token_kind(word, pos, *lexicon())


def _token_kind(
    word: str, pos: str, places: frozenset[str], surnames: frozenset[str]
) -> str | None:
    """What one token is on its own; 'person?' marks a name to be confirmed by its context."""
    if word in places:
        return "place"
    if word in gz.ORG_WORDS:
        return "org"
    if word in gz.NOT_ORGS:
        return None
    if pos == "t" and len(word) == 3 and _name_tagged_as_time(word):
        return "person"  # 周恩来/t: jieba's dictionary has the name as a time word
    if len(word) == 2 and word[1] in _LEAGUE_RANKS and league(word):
        return "org"  # 英超/nr, 欧冠/nr, 德甲/ns: a league, whatever jieba guessed it to be
    if len(word) == 4 and word.endswith("联赛") and league(word[:2]):
        return "org"  # 中超联赛/ns: the league by its whole name
    if len(word) >= 3 and word[0] in _DIVISION_KINDS and word[1:] in gz.ORG_WORDS:
        return "org"  # 市政协/j, 市妇联/n: a division's own body, named by its kind
    if (
        len(word) >= 3
        and word.endswith(_STREET_ENDS)
        and pos in _STREET_NAME_TAGS
        and dictionary_frequency(word[-2:]) < _COMMON_HEAD
    ):
        # 解放路/nz, 复兴路/nt: a street's name (高速路/n is a kind of road; 集成 + 电路/nz,
        # 高速 + 铁路/nz end in a common word; a name tagged nr is as often a person's, 李之路)
        return "place"
    if (
        pos == "nr"
        and len(word) == 3
        and word[-1] in _LANDMARK_ENDS
        and word[0] not in "自从往到向在于"
    ):
        return "place"  # 赵州桥/nr: a landmark jieba guessed as a name (not 自 + 陈桥: "from")
    first = word[0]
    if len(word) == 2 and word[1] == "军" and first in _ARMIES_OF:
        return "org"  # 美军, 俄军, 日军: a country's armed forces, a body (not 中军, 以军功)
    if (
        len(word) <= 4
        and (first in gz.PLACE_ABBREVIATIONS or first in gz.ABBREVIATION_PREFIXES)
        and places_inside(word, pos, places)
    ):
        return None  # 中美/ns, 离京/ns, 俄政府/nt, 巴方/nr: the places inside are marked instead
    if len(word) == 1 and pos == "j" and first in gz.COUNTRY_ABBREVIATIONS:
        return "place"  # 俄/j, 韩/j: a country by its short name
    if (
        len(word) >= 3
        and word[-1] in _FOREIGN_DIVISION_ENDS
        and (pos in PERSON_TAGS or pos in ("nz", "ns"))
        and transliterated(word[:-1])
    ):
        return "place"  # 肯特郡/nr, 拉贾斯坦邦: a shire, a state of India (not 济世安邦)
    if pos == "ns":
        if word in gz.NOT_PLACES or len(word) == 1 and word not in gz.PLACE_ABBREVIATIONS:
            return None
        if len(word) >= 5 and doctrine_of_a_person(word):
            return "person+tail"  # 马克思列宁主义/ns: a doctrine of two people
        if word.endswith("特区") and word[:-2] in places:
            return "place"  # 香港特区, 澳门特区: the special region by its name
        if any(word[:cut] in gz.COUNTRIES and word[cut:] in gz.ORG_WORDS for cut in (2, 3, 4)):
            return "org"  # 俄罗斯国家杜马/ns: a country's body the lexicon knows
        if word.endswith("地区") or split_generic_tail(word, places):
            return None
        if len(word) >= 4 and word.endswith(_INSTITUTION_TAILS) and word not in gz.NOT_ORG_TAILS:
            return "org"  # 故宫博物院/ns, 南京博物院/ns: jieba's place on an institution
        # Outside the gazetteer jieba's ns is right mostly on names with a place ending
        # (小河口镇, 中南海); it also sits on 美丽, 上门, 长度, 依法治国.
        if (
            _COUNTED_DIVISIONS.search(word)
            or word[0] in _COUNT_OPENINGS
            and (len(word) == 2 or word[1] in _MEASURES or NUMERALS.intersection(word[1:]))
        ):
            return None  # 三县, 由三县, 东北三省; 两岸; 四面山, 六街三市
        if word[0] in _NOT_PLACE_OPENINGS or len(word) == 2 and word[-1] not in _SHORT_PLACE_ENDS:
            return None  # 三县, 之城, 各省市; 商城, 中路, 新城
        if len(word) == 2 and (
            word[-1] in _GAZETTEER_DIVISION_ENDS or word[0] in _COMMON_LANDFORM_OPENINGS
        ):
            return None  # 上市, 加盟 (a verb); 高山, 古镇, 离岛 (a kind of place, not one)
        if word[-1] == "国" and not word.endswith(_STATE_ENDINGS):
            return None  # every country is in the gazetteer: 依法治国, 强国 are phrases
        if (
            len(word) == 4
            and (word[-1] not in _DIVISION_NAME_ENDS or NUMERALS.intersection(word))
            and word_frequency(word[:2]) >= _COMMON_HEAD
            and not (word.endswith(gz.FACILITY_TAILS) and word[:2] not in gz.COUNTRIES)
            and not word.endswith(_REGIONS_OF_A_LANDFORM)  # 洞庭湖区, 三峡库区, 太行山区
        ):
            return None  # 依法治国, 美丽乡村, 东北三省: a phrase (小河口镇 is a town)
        if len(word) == 3 and word[-1] in _SITE_ENDS:
            return "place"
        if (
            len(word) == 3
            and word[-1] in _SLOPE_ENDS
            and not family_names.is_common(word[0])
            and dictionary_frequency(word[:2]) < _COMMON_HEAD
        ):
            return "place"
        if len(word) == 4 and word[0] == word[2] and word[-1] not in gz.DIVISION_ENDINGS:
            # 人山人海/ns: a set phrase of that shape (一心一意), no place's name (俄亥俄州 is)
            return None
        if (
            word[-1] in PLACE_SUFFIXES
            or word.endswith(gz.FACILITY_TAILS)
            or len(word) >= 4
            and word.endswith(LANDFORM_WORDS)
            or len(word) >= 5
            and names_a_building(word)  # 上海博物馆/ns, as 中国美术馆/nt
        ):
            return "place"  # 小河口镇, 安第斯山脉
        # 奥巴马/ns, 扎加洛/ns: a transliteration no list knows as a place is as often a person
        # as a place or a club, so a person where the context says so (包括奥巴马、希拉里等人)
        return "person?" if len(word) >= 3 and transliterated(word) else None
    if pos == "nt":
        if local_government(word, places):
            return "org"  # 东营市政府/nt; 印度政府/nt is the place
        if word.endswith(_ZONE_TAILS) and not word.startswith(_ZONE_TAILS):
            return "place"  # 北京经济技术开发区/nt: a zone, a place as 雄安新区 is
        if split_generic_tail(word, places) or abbreviation_compound(word):
            return None
        if (
            word in gz.NOT_ORG_TAILS
            or word[-2:] in _PARTS_OF_A_REGION
            or word[-2:] in _FLYING  # 太空飞行/nt: a flight, no bank
        ):
            return None  # 中南部/nt, 东北部: a part of a region, no ministry
        if names_a_building(word) or word.endswith(gz.FACILITY_TAILS):
            # 中国美术馆, 人民大会堂, 中央公园: a building or a park is a place
            return "place"
        if (
            word[-1] in NT_LAST_CHARS
            or word.endswith(NT_ENDINGS)
            or CONGRESS.fullmatch(word)
            or _named_company(word)
        ):
            return "org"
        return None  # jieba's nt also sits on 社会科学, 中美关系, 印度政府, 中国航天
    if (
        len(word) == 3
        and word[-1] in _SMALL_DIVISION_ENDS
        and pos in _COMMON_NOUN_OF_A_TOWN
        and word_frequency(word[:2]) < _COMMON_HEAD
        and word[0] not in _NOT_PLACE_OPENINGS
        and word[0] not in "这那"  # 那空寨: that empty camp
        and not _COUNTED_DIVISIONS.search(word)  # 这三村: these three villages
        and word not in gz.NOT_PLACES
    ):
        return "place"  # 长胜村/n, 厚街镇/n, 前童村/n: a village or a town jieba's dictionary holds
    if pos == "n" and len(word) >= 5 and _coined_facility(word):
        return "place"  # 普天间机场/n: a place by a name the dictionary lacks and its kind
    if named_body(word, pos):
        return "org"
    if (
        len(word) >= 4
        and (pos in PERSON_TAGS or pos == "nz")
        and word.endswith(gz.PUBLIC_PLACE_TAILS)
    ):
        return "place"  # 林肯公园/nr, 奥林匹克公园/nz: a public place by a name, whole
    if pos in PERSON_TAGS:
        return person_kind(word, pos, surnames)
    if (
        pos == "nz"
        and len(word) == 3
        and first in surnames
        and word[1:] not in gz.SURNAME_TAILS
        and not verb_after_rare_surname(word)
        and word[-1] not in NOT_NAME_ENDINGS  # 华龙网/nz: a site
        and dictionary_frequency(word) < _RARE_NZ_NAME
        and word_frequency(word[:2]) < _COMMON_HEAD  # 申诉人/nz: one who appeals
    ):
        return "person"  # 辛业江/nz, 刘彦彬/nz: names the dictionary holds as proper nouns
    if pos == "n" and doctrine_of_a_person(word):
        return "person+tail"
    if (
        pos in ("n", "t")
        and len(word) == 2
        and word[0] in FAMILIAR_PREFIXES
        and family_names.is_common(word[1])
    ):
        return "person?"  # 老张/n, 老周/t: a familiar name jieba's dictionary holds as a word
    if (
        3 <= len(word) <= 4
        and first in surnames
        and first not in NOT_SURNAMES_BEFORE_TITLES
        and word[1:] in gz.PERSON_TITLES
        and not everyday_office(word)
    ):
        return "surname+tail"  # 毛主席, 唐外长: the surname is the person
    if (
        pos == "n"
        and len(word) in (3, 4)
        and word[-1] == "党"
        and word[:-1] not in _GENERIC_PARTY_HEADS
        and word[0] not in NUMERALS
    ):
        return "org"  # 保守党/n, 新芬党/n: a party by its name (not 执政党, 反对党)
    if pos == "j" and CONGRESS.fullmatch(word):
        return "org"
    if (
        pos == "j"
        and 2 <= len(word) <= 3
        and word[-1] == "大"
        and word[-2] not in NUMERALS
        and word not in gz.NOT_ORGS
    ):
        return "org"  # 北大, 十五大: a university, a party congress (not 四大, 五大, 拉大)
    if (
        pos == "j"
        and 2 <= len(word) <= 4
        and word[-1] in _ABBREVIATED_ORG_ENDS
        and word[0] not in _GENERIC_ABBREVIATION_HEADS
        and not (word[-1] == "航" and word[0] in _NOT_AIRLINE_HEADS)
        and not word.endswith("运会")
        and word not in gz.NOT_ORG_TAILS  # 立委/j: a legislator, no committee
        # two characters jieba's dictionary lacks, glued by its guess (就委/j 高太尉: then
        # charged …; 证盟/j: to witness), are no body's short name
        and (len(word) > 2 or dictionary_frequency(word) > 0)
    ):
        return "org"  # 央行, 发改委, 证监会, 足协, 妇联, 央视, 国航: a body by its short name
    return None

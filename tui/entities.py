"""Named entities of one text: people, places and organisations from jieba's tags plus rules.

jieba (rjieba) segments and tags; the rules below correct its tags with the gazetteer, split
compounds the news habitually writes as one word (中美关系 = 中 + 美, 中国政府 = 中国), join
tokens into full organisation names (广东 + 省委党校), and keep only person tokens that look
like names (a surname, a transliteration, or a cue such as a title or a speech verb).
"""

from __future__ import annotations

from functools import cache

from tui import gazetteer as gz
from tui.segment import in_dictionary, tag, word_frequency

Span = tuple[int, int, str]  # start, end (exclusive), kind

# jieba tags: nr person, nrt/nrfg transliterated or foreign name, ns place, nt organisation.
_PERSON_TAGS = frozenset({"nr", "nrt", "nrfg"})
# Tokens that may stand inside an organisation name, before its last word.
_ORG_PART_TAGS = frozenset({"n", "nz", "nt", "ns", "j", "vn", "an", "b", "eng", "nrt", "ng", "l"})
_PROPER_TAGS = frozenset({"nz", "nt", "j", "eng", "nrt", "ns"})
_ORG_NOUN_TAGS = frozenset({"n", "nt", "nz", "j", "vn", "l", "ng"})
_MAX_ORG_COMMON_NOUNS = 3  # 北京市 + 劳动争议 仲裁 + 委员会 — more than this is a phrase
# A dictionary word tagged nr this frequent is usually an ordinary word (文明, 明白, 卫星).
_COMMON_WORD_FREQUENCY = 800
_CUE_WORDS = gz.PERSON_TITLES | gz.SPEECH_VERBS
_LIST_MARKS = frozenset("、，,：:（(")
_NAME_DOTS = frozenset("·•‧・.")
_EXTRA_TITLES = frozenset({"常委", "副书记", "书记"})
_NAME_CANDIDATES = frozenset({"person", "person?", "foreign"})
_FUNCTION_TAGS = frozenset({"x", "m", "uj", "p", "c", "u", "ul", "r", "d", "f", "q", "y", "e"})
_ABBREVIATION_TARGETS = frozenset("华美京日俄英法德韩港澳台沪")
_ONE_CHAR_TAILS = frozenset({"方", "军", "籍", "方面"})
_DOCTRINE_TAILS = ("主义", "理论", "思想")
_DATELINE_ENDS = frozenset("电讯")
_SHORT_TITLES = tuple(t for t in gz.PERSON_TITLES if len(t) <= 3)
_NUMERALS = frozenset("一二三四五六七八九十")
# Endings of a government body that is an organisation even on its own (宣传部, 市教委).
_MINISTRY_ENDS = frozenset("部局厅署委办厂")
# One-character endings that make an organisation only after a name (山西省 残联, 西藏 科协).
_HEADED_TAIL_CHARS = frozenset("联协")
_NT_ENDINGS = ("党", "军", "组织", "联盟", "国", "盟", "联", "协", "总会", "集团")
_COMPANY_TAILS = ("公司", "集团")
_NAME_PART_TAGS = frozenset({"nr", "nrt", "nrfg"})
# Tails that end an organisation name beyond doubt (a 管委会 is one; a 中心 may be a place).
_STRONG_TAILS = frozenset(
    "管委会 委员会 管理局 有限公司 股份有限公司 研究院 研究所 协会 学会 联合会 基金会 党校".split()  # noqa: SIM905
)
_BEFORE_INNER_VERB = frozenset({"b", "n", "vn", "ns", "nt", "nz", "j"})
_TAIL_SUFFIXES = tuple(w for w in gz.ORG_TAIL_WORDS if len(w) >= 2)
_NOT_TAIL_SUFFIXES = tuple(w for w in gz.NOT_ORG_TAILS if len(w) >= 2)
_TAIL_LAST_CHARS = frozenset(
    {w[-1] for w in gz.ORG_TAIL_WORDS} | gz.ORG_TAIL_CHARS | _HEADED_TAIL_CHARS | {"长"}
)
# Words after a one-character country that make it a place: 中、美两国, 中方, 中俄关系.
_PAIR_WORDS = frozenset({"两国", "双方", "关系", "方", "方面", "之间", "三国", "等国", "两", "三"})


@cache
def _lexicon() -> tuple[frozenset[str], frozenset[str]]:
    return gz.places(), gz.surnames()


def find_names(text: str) -> list[Span]:
    """Spans of person, place and org in `text`; spans of one kind never overlap."""
    places, surnames = _lexicon()
    tokens = tag(text)
    count = len(tokens)
    starts = [0] * (count + 1)
    position = 0
    for i, (word, _) in enumerate(tokens):
        starts[i] = position
        position += len(word)
    starts[count] = position

    kinds: list[str | None] = [None] * count
    spans: list[Span] = []
    for i, (word, pos) in enumerate(tokens):
        if pos == "x" or pos == "m":
            continue
        if pos == "n" and len(word) >= 4:
            office = _office_before_title(word)
            if office:
                spans.append((starts[i], starts[i] + office, "org"))
                continue
        kind = _token_kind(word, pos, places, surnames)
        if kind is not None:
            kinds[i] = kind
            continue
        parts = _places_inside(word, pos, places)
        if parts:
            base = starts[i]
            spans.extend((base + s, base + e, "place") for s, e in parts)

    _mark_one_character_places(tokens, kinds)
    _join_division_endings(tokens, kinds, starts, spans)
    _join_org_names(tokens, kinds, starts, spans, places)
    _join_split_names(tokens, kinds, starts, spans)
    _confirm_people(tokens, kinds, starts, spans)

    for i, kind in enumerate(kinds):
        if kind in ("person", "place", "org"):
            spans.append((starts[i], starts[i + 1], kind))
    spans.sort()
    return [_surname_glued_to_title(text, span, surnames) for span in spans]


def _surname_glued_to_title(text: str, span: Span, surnames: frozenset[str]) -> Span:
    """主任何国勇 is cut 主/任何/国勇: give the name back the surname the title's token took."""
    start, end, kind = span
    if kind != "person" or end - start != 2 or start < 3 or text[start - 1] not in surnames:
        return span
    before = text[max(0, start - 6) : start - 1]
    if any(before.endswith(title) for title in _SHORT_TITLES):
        return (start - 1, end, kind)
    return span


def _mark_one_character_places(tokens: list[tuple[str, str]], kinds: list[str | None]) -> None:
    """中、美、俄 / 中 俄 两国 / 中方: one-character countries written as separate tokens."""
    count = len(tokens)
    abbreviations = gz.COUNTRY_ABBREVIATIONS
    i = 0
    while i < count:
        word = tokens[i][0]
        if len(word) != 1 or word not in abbreviations or kinds[i] is not None:
            i += 1
            continue
        # A run of one-character countries, maybe separated by 、: 中 俄 / 中、美、俄.
        end = i + 1
        while end < count:
            w = tokens[end][0]
            if len(w) == 1 and w in abbreviations and kinds[end] is None:
                end += 1
            elif w == "、" and end + 1 < count and tokens[end + 1][0] in abbreviations:
                end += 2
            else:
                break
        singles = [k for k in range(i, end) if tokens[k][0] != "、"]
        after = tokens[end][0] if end < count else ""
        before_listed = i >= 2 and tokens[i - 1][0] == "、" and kinds[i - 2] == "place"
        if len(singles) > 1 or after in _PAIR_WORDS or before_listed:
            for k in singles:
                kinds[k] = "place"
        i = end


def _join_division_endings(
    tokens: list[tuple[str, str]], kinds: list[str | None], starts: list[int], spans: list[Span]
) -> None:
    """大湾 + 区 -> 大湾区; 广州 萝 + 岗区 -> 广州, 萝岗区: a division name jieba cut apart."""
    count = len(tokens)
    for i in range(count - 1):
        if kinds[i] != "place":
            continue
        nxt = tokens[i + 1][0]
        if len(nxt) == 1 and nxt in gz.DIVISION_ENDINGS and kinds[i + 1] is None:
            spans.append((starts[i], starts[i + 2], "place"))
            kinds[i] = kinds[i + 1] = None
            continue
        pieces = tokens[i + 1 : i + 3]
        if len(pieces) == 2 and all(
            p not in _FUNCTION_TAGS and kinds[i + 1 + k] is None for k, (_, p) in enumerate(pieces)
        ):
            joined = pieces[0][0] + pieces[1][0]
            if (
                3 <= len(joined) <= 4
                and joined[-1] in gz.DIVISION_ENDINGS
                and len(pieces[0][0]) == 1
            ):
                spans.append((starts[i + 1], starts[i + 3], "place"))
                kinds[i + 1] = kinds[i + 2] = "joined"


def _office_before_title(word: str) -> int:
    """市委书记, 县委常委: the length of the body before the title, 0 when the word is not so."""
    for cut in (2, 3):
        if word[:cut] in gz.ORG_WORDS and word[cut:] in gz.PERSON_TITLES | _EXTRA_TITLES:
            return cut
    return 0


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
    if pos == "ns":
        if word in gz.NOT_PLACES or len(word) == 1 and word not in gz.PLACE_ABBREVIATIONS:
            return None
        if word.endswith("地区") or _split_generic_tail(word, places):
            return None
        return "place"
    if pos == "nt":
        if _split_generic_tail(word, places) or _abbreviation_compound(word):
            return None
        if word.endswith("政府"):  # 特区政府, 新政府: a government is not marked as a name
            return None
        if _org_tail_cut(word, "n") is None and not word.endswith(_NT_ENDINGS):
            return None  # jieba's nt also sits on 社会科学, 音乐会, 天文学
        return "org"
    if pos in _PERSON_TAGS:
        return _person_kind(word, pos, surnames)
    if pos == "j" and 2 <= len(word) <= 3 and word[-1] == "大" and word[-2] not in _NUMERALS:
        return "org"  # 北大, 十五大: a university, a party congress (not 四大, 五大)
    return None


def _person_kind(word: str, pos: str, surnames: frozenset[str]) -> str | None:
    """'person', 'person?' (needs a cue around it), 'surname' (alone or with an honorific) …"""
    size = len(word)
    if word in gz.NOT_PERSONS or size > 6 or size >= 3 and word[-1] in _MINISTRY_ENDS:
        return None
    if pos == "nrfg":  # a full Chinese name the dictionary knows (陈寅恪)
        return "person" if size >= 3 or size == 2 and word[0] in surnames else None
    if pos == "nrt":  # a transliteration (布拉特, 穆巴拉克); the tag also sits on 令人, 育人 …
        if size >= 2 and all(ch in gz.TRANSLITERATION_CHARS for ch in word):
            return "foreign"
        return None
    if size == 1:
        return "surname" if word in surnames else None
    if word[0] in surnames and word[1:] in gz.SURNAME_TAILS:
        return "surname+tail"
    for tail in _DOCTRINE_TAILS:  # 邓小平理论, 马克思主义: the person behind the doctrine
        if word.endswith(tail) and len(word) - len(tail) >= 2:
            return "person+tail"
    if size >= 3 and all(ch in gz.TRANSLITERATION_CHARS for ch in word):
        return "foreign"
    if word[0] in surnames or word[:2] in surnames:
        if size == 2:  # a dictionary word may be an ordinary one; a guessed word is a name
            return "person?" if in_dictionary(word) else "person"
        return "person" if size <= 4 else None
    return "person?" if size == 3 and not word_frequency(word) else None


def _split_generic_tail(word: str, places: frozenset[str]) -> tuple[int, int] | None:
    """中国政府 -> (0, 2): the place in front of a generic tail (政府, 关系, 地区 …)."""
    for cut in range(len(word) - 1, 1, -1):
        head, tail = word[:cut], word[cut:]
        if tail in gz.PLACE_GENERIC_TAILS and head in places:
            return (0, cut)
    return None


def _abbreviation_compound(word: str) -> list[tuple[int, int]] | None:
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
    ):
        return [(k, k + 1) for k in range(len(core))]
    return None


def _places_inside(word: str, pos: str, places: frozenset[str]) -> list[tuple[int, int]] | None:
    """Places inside a token that is not one as a whole: 中国政府, 中美关系, 访华, 美方."""
    size = len(word)
    if size < 2 or pos in ("x", "m", "uj", "p", "c", "d", "r"):
        return None
    generic = _split_generic_tail(word, places)
    if generic:
        return [generic]
    if word.endswith("地区") and word[:-2] in places:
        return [(0, size - 2)]
    compound = _abbreviation_compound(word)
    if compound:
        return compound
    first, second = word[0], word[1]
    if first in gz.ABBREVIATION_PREFIXES and second in _ABBREVIATION_TARGETS:
        return [(1, 2)]
    if first in gz.COUNTRY_ABBREVIATIONS and word[1:] in _ONE_CHAR_TAILS:
        return [(0, 1)]
    return None


def _org_tail_cut(word: str, pos: str) -> int | None:
    """How many characters to drop from a token that ends an organisation name: 0 for 委员会,
    1 for 司法部长 (the office holder's title after the ministry); None when it ends none."""
    last = word[-1:]
    if last not in _TAIL_LAST_CHARS:  # most tokens: one set look-up
        return None
    if word in gz.ORG_TAIL_WORDS:
        return 0
    size = len(word)
    if size < 2 or word in gz.NOT_ORG_TAILS or word.endswith(_NOT_TAIL_SUFFIXES):
        return None
    if pos not in _ORG_NOUN_TAGS:
        # jieba sometimes calls a ministry a name (宣传部/nr)
        return 0 if pos == "nr" and size >= 3 and last in _MINISTRY_ENDS else None
    if last in gz.ORG_TAIL_CHARS or size == 2 and last in _HEADED_TAIL_CHARS:
        return 0
    if word.endswith(_TAIL_SUFFIXES):
        return 0
    if (
        last == "长"
        and size >= 4
        and word[-2] in _MINISTRY_ENDS
        and word[:-1] not in (gz.NOT_ORG_TAILS)
    ):
        return 1
    return None


def _starts_with_place(word: str, places: frozenset[str]) -> bool:
    return any(word[:cut] in places for cut in range(min(len(word) - 1, 6), 1, -1))


def _join_org_names(
    tokens: list[tuple[str, str]],
    kinds: list[str | None],
    starts: list[int],
    spans: list[Span],
    places: frozenset[str],
) -> None:
    """Find runs like [place|name] [noun…] [org tail] and add each as one organisation.

    The tokens of a run are marked 'joined' so that they give no span of their own.
    """
    runs: list[tuple[int, int, int]] = []  # first token, last token, characters cut off the last
    for i, (word, pos) in enumerate(tokens):
        cut = 0 if kinds[i] == "org" else _org_tail_cut(word, pos)
        if cut is None:
            continue
        start = i
        nouns = 0
        verbs = 0  # 国家超级计算深圳中心: one verb may stand inside a name
        company = word.endswith(_COMPANY_TAILS)  # a company name may be any word (雄韬氢恒)
        named = False  # a word jieba does not know, or a name, stands in the run
        j = i - 1
        # Walk left over the parts an organisation name is made of.
        while j >= 0:
            w, p = tokens[j]
            if kinds[j] in ("place", "org", "joined"):
                start = j
            elif w[-1] in _DATELINE_ENDS:  # 北京5月7日电 国务院: the dateline ends there
                break
            elif (
                p == "v"
                and verbs == 0
                and len(w) == 2
                and w not in _CUE_WORDS
                and j
                and tokens[j - 1][1] in _BEFORE_INNER_VERB
            ):
                verbs += 1
            elif p in _ORG_PART_TAGS or w in gz.ORG_HEAD_WORDS:
                if p in ("n", "vn", "l", "ng") and w not in gz.ORG_HEAD_WORDS:
                    nouns += 1
                    if nouns > _MAX_ORG_COMMON_NOUNS:
                        break
                start = j
            elif company and (p in _NAME_PART_TAGS or p == "x" and "\u4e00" <= w[0] <= "\u9fff"):
                named = True
                start = j
            else:
                break
            j -= 1
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
        while start < i and not (named or clause_start):
            w, p = tokens[start]
            if (
                kinds[start] in ("place", "org", "joined")
                or p in _PROPER_TAGS
                or (w in gz.ORG_HEAD_WORDS)
            ):
                break
            start += 1
        if start == i and not (
            kinds[i] == "org"
            or _starts_with_place(word[: len(word) - cut], places)
            or len(word) - cut >= 3
            and word[len(word) - cut - 1] in _MINISTRY_ENDS
        ):
            continue
        while runs and runs[-1][1] >= start:  # a longer name swallows a shorter one inside it
            start = min(start, runs.pop()[0])
        runs.append((start, i, cut))
        for k in range(start, i + 1):
            kinds[k] = "joined"
    for a, b, cut in runs:
        # A building (大厦, 美术馆, 体育馆) is a place, as news annotation has it.
        kind = "place" if tokens[b][0].endswith(gz.BUILDING_TAILS) else "org"
        spans.append((starts[a], starts[b + 1] - cut, kind))


def _transliterated(word: str) -> bool:
    return all(ch in gz.TRANSLITERATION_CHARS for ch in word)


def _join_split_names(
    tokens: list[tuple[str, str]], kinds: list[str | None], starts: list[int], spans: list[Span]
) -> None:
    """One name in several tokens: 鲍里斯 · 贝克尔, 尤尔 + 科夫, 高允 + 连."""
    count = len(tokens)
    i = 0
    while i < count:
        word, pos = tokens[i]
        if kinds[i] not in _NAME_CANDIDATES:
            i += 1
            continue
        foreign = _transliterated(word)
        end = i + 1
        while end < count:
            w, p = tokens[end]
            if w in _NAME_DOTS and end + 1 < count:
                piece, piece_pos = tokens[end + 1]
                if piece_pos in _FUNCTION_TAGS or piece in _NAME_DOTS:
                    break
                end += 2
                # the part after the dot may itself be cut: 阿马 + 特
                while (
                    end < count
                    and len(tokens[end][0]) <= 2
                    and _transliterated(tokens[end][0])
                    and tokens[end][1] in _PERSON_TAGS | {"n", "ng", "nz", "ns", "j"}
                    and tokens[end][0] not in _CUE_WORDS
                ):
                    end += 1
            elif foreign and _transliterated(w) and (kinds[end] == "foreign" or p in _PERSON_TAGS):
                end += 1
            elif end == i + 1 and len(word) == 2 and len(w) == 1 and p == "nr" and not foreign:
                end += 1  # 高允 + 连
            else:
                break
        if end > i + 1:
            spans.append((starts[i], starts[end], "person"))
            for k in range(i, end):
                kinds[k] = "joined"
        i = end


def _confirm_people(
    tokens: list[tuple[str, str]],
    kinds: list[str | None],
    starts: list[int],
    spans: list[Span],
) -> None:
    """Settle the person candidates by their context; join names jieba split (江 + 宏伟,
    尤尔 + 科夫, 科菲 · 安南)."""
    count = len(tokens)
    i = 0
    while i < count:
        kind = kinds[i]
        if (
            i
            and tokens[i - 1][0] in gz.PERSON_TITLES
            and kind in (None, "person", "person?", "surname")
        ):
            end = _name_after_title(tokens, kinds, i)
            if end:
                spans.append((starts[i], starts[end], "person"))
                for k in range(i, end):
                    kinds[k] = None
                i = end
                continue
        if kind is None or kind in ("place", "org", "joined", "person"):
            i += 1
            continue
        word, _ = tokens[i]
        before = tokens[i - 1][0] if i else ""
        after = tokens[i + 1][0] if i + 1 < count else ""
        kinds[i] = None
        if kind == "foreign":
            spans.append((starts[i], starts[i + 1], "person"))
            i += 1
            continue
        if kind == "person?":
            if before in gz.PERSON_TITLES or after in _CUE_WORDS or after in _LIST_MARKS:
                spans.append((starts[i], starts[i + 1], "person"))
        elif kind == "person+tail":
            tail = next(t for t in _DOCTRINE_TAILS if word.endswith(t))
            spans.append((starts[i], starts[i + 1] - len(tail), "person"))
        elif kind == "surname+tail":
            spans.append((starts[i], starts[i] + 1, "person"))
        elif kind == "surname" and i + 1 < count:
            # A lone surname: join a one- or two-character given name that jieba split off.
            given, given_pos = tokens[i + 1]
            after_name = tokens[i + 2][0] if i + 2 < count else ""
            if (
                1 <= len(given) <= 2
                and given_pos not in _FUNCTION_TAGS
                and given not in _CUE_WORDS
                and kinds[i + 1] is None
                and (after_name in _CUE_WORDS or after_name in _LIST_MARKS)
            ):
                spans.append((starts[i], starts[i + 2], "person"))
                i += 2
                continue
            if after in gz.SURNAME_TAILS:
                spans.append((starts[i], starts[i] + 1, "person"))
        i += 1


def _name_after_title(tokens: list[tuple[str, str]], kinds: list[str | None], i: int) -> int:
    """After a title (县长, 记者 …) a surname opens a name even when jieba split it: 吴 + 方军,
    李铁 + 辰. The token index after the name, or 0 when there is none."""
    _, surnames = _lexicon()
    word, pos = tokens[i]
    if word[0] not in surnames or len(word) > 3 or pos in _FUNCTION_TAGS:
        return 0
    count = len(tokens)
    nxt, nxt_pos = tokens[i + 1] if i + 1 < count else ("", "x")
    joinable = (
        nxt
        and nxt_pos not in _FUNCTION_TAGS
        and nxt not in _CUE_WORDS
        and nxt not in gz.PERSON_TITLES
        and kinds[i + 1] is None
    )
    if len(word) == 1:
        return i + 2 if joinable and len(nxt) <= 2 else 0
    if len(word) == 2 and joinable and len(nxt) == 1:
        return i + 2
    if pos in _PERSON_TAGS or not in_dictionary(word):
        return i + 1
    return 0

"""metadata: read the labelled lines around an article (date, source, authors, url, breadcrumb …).

Pages label these fields in many ways (发布时间：… | 来源：… | 作者：…, 《某某》杂志记者/张三,
当前位置：首页 > 新闻中心, 上一篇：…). This module knows those labels; parse decides which lines
to ask it about.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from tui.parse.dates import TIME, WEEKDAY, find_date, labelled_date
from tui.parse.markdown import heading_words
from tui.text import surnames as family_names

# Labels in the order a regex must try them (longer before their own suffixes).
DATE_LABELS = (
    "发表日期",
    "成文日期",
    "印发日期",
    "发布日期",
    "发布时间",
    "发表时间",
    "发稿时间",
    "更新时间",
    "更新日期",
    "日期",
    "时间",
    "发表于",
    "发布于",
    "编辑于",
    "更新于",
)
SOURCE_LABELS = (
    "信息来源",
    "稿件来源",
    "文章来源",
    "新闻来源",
    "来源于",
    "来源",
    "转载自",
    "出处",
    "稿源",
    # an information-disclosure page's table (索引号 / 发布机构 / 成文日期 / 文号 …)
    "发布机构",
    "发文机关",
)
# The date a page was last changed, or a document written (an official notice is dated when
# signed and published days later): the date it was published, where the page gives both, wins.
UPDATE_LABELS = ("更新时间", "更新日期", "编辑于", "更新于", "成文日期", "印发日期")
WRITER_LABELS = ("作者", "记者", "撰文", "撰稿", "采写", "执笔", "通讯员", "原创", "文")
EDITOR_LABELS = ("责任编辑", "责编", "编审", "编辑")
URL_LABELS = ("原文链接", "原文地址", "原文网址", "本文链接", "原文")
CATEGORY_LABELS = ("所属分类", "所属栏目", "栏目", "分类")
PREVIOUS_LABELS = ("上一篇", "上一条", "上篇")
NEXT_LABELS = ("下一篇", "下一条", "下篇")
# A production's other credits, which end an editor's or a writer's name (监制：… 编辑：…);
# words of running text too (审核通过), so labels only with a colon.
_PRODUCTION_LABELS = (
    "监制",
    "主编",
    "审核",
    "审校",
    "校对",
    "终审",
    "出品",
    "策划",
    "统筹",
    "美编",
)
# Labels of no interest: they matter only because they end the value before them.
NOISE_LABELS = (
    "作者简介",
    "作者介绍",
    "浏览次数",
    "浏览量",
    "阅读次数",
    "阅读数",
    "点击数",
    "点击量",
    "字号",
    "分享到",
    "标签",
    *_PRODUCTION_LABELS,
)
# Short generic labels are labels only with a colon ("时间：", "文/"); the rest may go without.
_NEED_COLON = {
    "日期",
    "时间",
    "文",
    "编辑",
    "编审",
    "原创",
    "执笔",
    "撰稿",
    "原文",
    "栏目",
    "分类",
    "记者",
    "字号",
    "标签",
    "出处",
    "稿源",
    *_PRODUCTION_LABELS,
}

_ALL_LABELS = (
    DATE_LABELS
    + SOURCE_LABELS
    + EDITOR_LABELS
    + WRITER_LABELS
    + URL_LABELS
    + CATEGORY_LABELS
    + NOISE_LABELS
)
_LABEL = re.compile(
    "(?P<label>"
    + "|".join(sorted(_ALL_LABELS, key=len, reverse=True))
    + r")\s*(?P<colon>[:：/／|丨｜])?"
)
# 上篇/下篇 also start ordinary titles ("上篇文章…"): labels only with a colon.
_PREV_NEXT = re.compile(
    r"(?P<label>上一篇|上一条|下一篇|下一条|上篇(?=\s*[:：])|下篇(?=\s*[:：]))\s*[:：]?\s*"
)
_URL = re.compile(r"(?:https?://|www\.)[^\s\u3000<>\"'，。]+")
_GAPS = " \u3000\u00a0|丨｜"
# Where a value ends: a column gap, a separator bar, or brackets w3m leaves around fields.
_VALUE_END = re.compile(r"\s{2,}|[|丨｜]")
_CRUMB_START = re.compile(r"(?:当前位置|您的位置|你的位置|您现在的位置|所在位置|现在位置)\s*[:：]?")
_CRUMB_SEPARATOR = re.compile(r"\s*(?:>>|>|›|»|→|＞|/)\s*|\s+-\s+|\s+－\s+")
_HOME = re.compile(r"首页|主页|网站首页|Home", re.IGNORECASE)
_NOT_A_CATEGORY = {"正文", "详情", "内容", "文章", "阅读文章", "正文内容", "首页", ""}
HAN_NAME_MAX = 4
_LATIN_NAME = re.compile(r"^[A-Za-z][A-Za-z0-9_.\-]{1,29}$")
_PHOTO_CREDIT = re.compile(r"摄影?\s*[）)]?\s*$|^[（(]?\s*(?:图片来源|图片|图|摄影)\s*[:：/]")
# A byline: 《某某》杂志记者/张三 发自广州, 某某网记者李四, 文/张三 李四, 作者：记者王五.
_BYLINE = re.compile(
    r"(?:记者|作者|撰文|撰稿|采写|执笔|通讯员|实习生|评论员|文\s*[/／:：|丨｜]|文字)\s*[/／:：|丨｜]?\s*"
    r"(?P<names>[\u4e00-\u9fff·A-Za-z][\u4e00-\u9fff·A-Za-z、，,/／ \u3000\u00a0]*)"
)
_OUTLET = re.compile(r"《[^》]+》\S*|\S*(?:报|刊|杂志|网|社|台|频道|新闻|出版社)(?=\s)")
# Words after the names of a byline: where the story was sent from, what the writer did.
DISPATCH_WORDS = re.compile(r"发自|报道|摄影?|供图|制图|整理|整合|编译|综合")
_DISPATCH = re.compile(r"(?:" + DISPATCH_WORDS.pattern + r"|\s*[（(]).*$")


# How plainly a source is stated, most plainly first.
SOURCE_LABELLED = 0  # 来源：某报
SOURCE_STATED = 1  # 本文为某网授权发布, 原创 账号, 作者/某报, a lone outlet name above the date
SOURCE_UNLABELLED = 2  # 某报 2020-01-13 09:20
SOURCE_OPENING = 3  # 新华社北京1月13日电


@dataclass
class Found:
    """What the labelled lines of one page said; the first value found for a field wins."""

    date: str | None = None
    date_updated: bool = False  # the date is one an UPDATE_LABELS label gave
    source: str | None = None
    source_rank: int = 99  # how the source was stated: SOURCE_LABELLED beats SOURCE_UNLABELLED
    authors: list[str] = field(default_factory=list)
    editors: list[str] = field(default_factory=list)
    url: str | None = None
    category: str | None = None
    previous: str | None = None
    next: str | None = None

    def set(self, name: str, value: str | None) -> None:
        if value and getattr(self, name) is None:
            setattr(self, name, value)

    def set_date(self, value: str | None, updated: bool = False) -> None:
        """The first date found, except that a date of publication replaces one of update."""
        replaces = self.date_updated and not updated and value != self.date  # not a re-read
        if value and (self.date is None or replaces):
            self.date, self.date_updated = value, updated

    def set_source(self, value: str | None, rank: int) -> None:
        """A source stated more plainly (a label) replaces one read from a bare name."""
        if value and rank < self.source_rank:
            self.source, self.source_rank = value, rank

    def add_authors(self, people: list[str]) -> None:
        """Writers from one more credit: a package of stories credits several."""
        self.authors.extend(p for p in people if p not in self.authors and p not in self.editors)

    def add_editors(self, people: list[str]) -> None:
        self.editors.extend(p for p in people if p not in self.editors)


def is_label(word: str) -> bool:
    """来源, 作者, 发布时间 …: a field's label, which is never the field's value."""
    return word in _ALL_LABELS


def labelled_values(line: str) -> list[tuple[str, str]]:
    """(label, value) pairs of a line such as "发布时间：2019-05-18 来源：某某学会"."""
    # A label without its colon counts where a field starts (the line's start, after a gap or
    # a bar), not inside a sentence (本文仅为作者观点 names no writer).
    matches = [
        m
        for m in _LABEL.finditer(line)
        if (m["colon"] and not _word_before_a_bar(line, m))
        or (m["label"] not in _NEED_COLON and (m.start() == 0 or line[m.start() - 1] in _GAPS))
    ]
    pairs = []
    for i, match in enumerate(matches):
        end = matches[i + 1].start() if i + 1 < len(matches) else len(line)
        value = line[match.end() : end]
        cut = _VALUE_END.search(value.strip())
        value = value.strip()[: cut.start()] if cut else value.strip()
        pairs.append((match["label"], value.strip(" \u3000\u00a0()（）[]【】|丨")))
    return pairs


def value_below(line: str, below: str) -> bool:
    """信息来源： / 市统计局: a credit's label ends the line and its value is the line under it,
    a name alone (a dump of a page's text nodes puts the linked name on a line of its own)."""
    pairs = labelled_values(line)
    return (
        bool(pairs)
        and pairs[-1][1] == ""
        and pairs[-1][0] in _CREDIT_LABELS
        and line.rstrip().endswith((":", "："))
        and bool(_NAME_ALONE.fullmatch(below.strip()))
        and not is_label(below.strip())
    )


_CREDIT_LABELS = frozenset(SOURCE_LABELS + WRITER_LABELS + EDITOR_LABELS)
_NAME_ALONE = re.compile(r"(?=.*[^\W\d_])[\w·.\-&]{2,20}")


def label_count(line: str) -> int:
    """How many field labels with a colon the line holds (a dateline has one or more)."""
    return sum(
        1
        for m in _LABEL.finditer(line)
        if m["colon"] and m["colon"] in ":：|丨｜" and not _word_before_a_bar(line, m)
    )


def _word_before_a_bar(line: str, match: re.Match[str]) -> bool:
    """只看该作者 | 倒序浏览: a label's word closing a longer word before a bar, a widget's
    words, no field (a colon makes a label of it wherever it stands: 本文作者：某某)."""
    start = match.start()
    return match["colon"] in "|丨｜" and start > 0 and "\u4e00" <= line[start - 1] <= "\u9fff"


_BEFORE_LABEL = " \u3000\u00a0•*·[(（【"  # what a field line may open with before its label


def starts_with_date_label(line: str) -> bool:
    """发布时间：…, 日期: …: a field line that gives the date (in whatever form)."""
    match = _LABEL.match(line.lstrip(_BEFORE_LABEL))
    return bool(match and match["label"] in DATE_LABELS and match["colon"])


def starts_with_label(line: str) -> bool:
    match = _LABEL.match(line.lstrip(_BEFORE_LABEL))
    return bool(match and (match["colon"] or match["label"] not in _NEED_COLON))


# Names a text browser glued together are at most this long (three names of three).
_GLUED_MAX = 9
_HAN_RUN = re.compile(rf"^[\u4e00-\u9fff·]{{2,{_GLUED_MAX}}}$")
_NAME_LENGTHS = (3, 2)  # a name is two or three characters (four with a two-character surname)


def split_glued(token: str) -> list[str]:
    """Names a text browser glued together (张晓明李红 → 张晓明, 李红): pieces of two or
    three characters, each starting with a family name; the fewest pieces, then the commonest
    family names. A token that cannot be split so stays whole (a pen name)."""
    ranks = family_names.ranks()
    if len(token) < 4 or not ranks or token[:2] in ranks:
        return [token]
    best: tuple[int, int, list[str]] | None = None

    def walk(rest: str, pieces: list[str], cost: int) -> None:
        nonlocal best
        if not rest:
            if len(pieces) > 1 and (best is None or (len(pieces), cost) < best[:2]):
                best = (len(pieces), cost, list(pieces))
            return
        for size in _NAME_LENGTHS:
            piece = rest[:size]
            if len(piece) == size and piece[0] in ranks and len(rest) - size != 1:
                walk(rest[size:], [*pieces, piece], cost + (ranks[piece[0]] if pieces else 0))

    walk(token, [], 0)
    return best[2] if best else [token]


# 记者 张三 北京报道: the word glued to 报道 after the names is where the story was filed from
_FILED_FROM = re.compile(r"(?<=\S)\s+[\u4e00-\u9fff]{2,6}报道")
# 记者王五, 本报记者 王五: what a byline puts before a name
_ROLE_BEFORE_NAME = re.compile(r"^.*?(?:记者|作者|通讯员|实习生|评论员|编辑)")


def names(text: str) -> list[str]:
    """Person names from a byline value: "记者王五" → [王五], "张三、李四" → [张三, 李四],
    "张晓明李红" → [张晓明, 李红]."""
    text = _FILED_FROM.sub("", text)
    text = _VALUE_END.split(_DISPATCH.sub("", text).strip(), maxsplit=1)[0]  # up to a gap
    found: list[str] = []
    tokens = _NAME_SEPARATORS.split(text)
    if outlet_before_names(text):
        tokens = tokens[1:]  # 文｜财新 张三: the publication, then its writer
    for token in tokens:
        token = _ROLE_BEFORE_NAME.sub("", token)
        if not token or token in _ALL_LABELS:
            continue  # 本报记者, 某某报见习记者: the role (and outlet) before the names
        pieces = split_glued(token) if _HAN_RUN.match(token) else [token]
        if _HAN_RUN.match(token) and all(len(piece) <= HAN_NAME_MAX for piece in pieces):
            found.extend(p for p in pieces if p not in found)
        elif _LATIN_NAME.match(token):
            if token not in found:
                found.append(token)
        else:
            break  # names stand together: what follows a word that is not one is not a name
    return found


# The first word of a byline set apart by a space (财新 张三), not listed with the names
# (老刀、江湖客: pen names)
_OUTLET_SPACED = re.compile(r"\s*[\u4e00-\u9fff]{2,8}[\s\u3000\u00a0]+\S")
_NAME_SEPARATORS = re.compile(r"[\s、，,;；/／|&＆\u3000\u00a0]+")


def outlet_before_names(text: str) -> str | None:
    """财新 张三, 澎湃 张三 李四 (a byline's value): a word that opens with no family name, set
    before names that all do, is the publication the writers work for (a role word would say
    so: 财新记者)."""
    if not _OUTLET_SPACED.match(text):
        return None
    tokens = _NAME_SEPARATORS.split(text.strip())
    if len(tokens) < 2 or not _HAN_RUN.match(tokens[0]) or family_names.opens_a_name(tokens[0]):
        return None
    rest = [_ROLE_BEFORE_NAME.sub("", token) for token in tokens[1:]]  # (实习生 李四)
    rest = [token for token in rest if token and token not in _ALL_LABELS]
    named = bool(rest) and all(
        _HAN_RUN.match(token) and len(token) <= HAN_NAME_MAX and family_names.opens_a_name(token)
        for token in rest
    )
    return tokens[0] if named else None


def byline_value(line: str) -> str | None:
    """What follows a byline's role: 文｜财新 张三 → 财新 张三."""
    match = _BYLINE.search(line)
    return match["names"] if match else None


def byline_names(line: str) -> list[str]:
    """Names in a byline such as 《某某》杂志记者/张三 发自广州、深圳 → [张三]."""
    match = _BYLINE.search(line)
    if not match:
        return _filed_names(line)
    found = names(match["names"])
    glued = match.start("names") and _HAN_CHAR.match(line, match.start("names") - 1)
    if glued and found and _HAN_CHAR.match(found[0]) and not family_names.opens_a_name(found[0]):
        return []  # 作者最新文章, 作者其他文章: a list's heading; a glued name is 记者王五
    return found


# 张三 北京报道, 英国《某某报》 张三 李四 伦敦报道: a byline with no role, the writers' names
# before where the story was filed from.
_FILED_BYLINE = re.compile(
    r"^(?:\S{0,4}《[^》]{1,16}》\s*)?(?P<names>[\u4e00-\u9fff·]{2,4}(?:[\s、]+[\u4e00-\u9fff·]{2,4}){0,3})"
    r"\s+[\u4e00-\u9fff]{2,6}报道$"
)


def _filed_names(line: str) -> list[str]:
    text = line.strip()
    match = _FILED_BYLINE.match(text) if text.endswith("报道") else None
    found = names(match["names"]) if match else []
    return found if found and all(map(family_names.opens_a_name, found)) else []


def is_photo_credit(line: str) -> bool:
    """图片来源：每经记者张蕊摄, 摄影：某某: who took a picture, not who wrote the story."""
    return bool(_PHOTO_CREDIT.search(line))


def is_byline(line: str) -> bool:
    """A short line that names the writer and says nothing else (no sentence)."""
    text = heading_words(line.strip())  # ## 作者简介, ***** 作者简介 *****: marks, not words
    if len(text) > 40 or _SENTENCE_MARK.search(text):
        return False
    if not _BYLINE.search(text):
        return bool(_filed_names(text))
    label = _LABEL.match(text)
    if (label and label["label"] in NOISE_LABELS) or is_photo_credit(text):
        return False  # 作者简介, 图片来源：某某摄
    if _clause_after_names(text):
        return False  # 记者注意到，按照…: a paragraph that opens with the reporter
    return bool(byline_names(text)) and (
        text.startswith(("（", "(", "文", "作者", "记者", "撰文", "采写", "执笔", "通讯员"))
        or bool(_WRITER_NAMED.search(text))
    )


_SENTENCE_MARK = re.compile(r"[。；！？]")
_HAN_CHAR = re.compile(r"[\u4e00-\u9fff]")
# Han characters a byline may hold besides its names (the role words: 本报记者, 特约通讯员).
_BYLINE_OTHER_HAN = 8


def _clause_after_names(text: str) -> bool:
    """Whether the names of a byline are followed by a clause of prose: 记者对比发现，连续…"""
    match = _BYLINE.search(text)
    if not match:
        return False
    named = sum(len(name) for name in names(match["names"]))
    after = _DISPATCH.sub("", text[match.start("names") :])  # 发自北京 and the like are fine
    return len(_HAN_CHAR.findall(after)) - named > _BYLINE_OTHER_HAN


# (界面新闻记者 | 张三: a bar after 记者; not after 作者, where 只看该作者 | 倒序浏览 are a thread's
# widgets)
_WRITER_NAMED = re.compile(
    r"(?:记者\s*[/／:：|丨｜]?|作者\s*[/／:：]?)\s*[\u4e00-\u9fff]{2,12}(?:\s|$|发自)"
)


# What a page glues to an outlet's name: the city in parentheses (某报(北京)), a widget's
# word (某报举报), an account's ID, the 原创 badge, the 于 of 来源于.
_SOURCE_TAIL = re.compile(
    r"\s*[（(][^（()）]{1,6}[）)]?$|(?:举报|分享|收藏|评论|打印|关注)$"
    r"|\s*[（(]\s*(?:微信)?(?:ID|id|微信号|公众号)\s*[:：]?[^（()）]*[）)]?$"  # （ID：abc123）
)
_SOURCE_HEAD = re.compile(r"^(?:原创|于)\s*")
_QUOTED_NAME = re.compile(r"^(?:「[^「」]+」|『[^『』]+』|“[^“”]+”)$")


def clean_source(value: str) -> str | None:
    """An outlet's name as a field gives it, without dates, times and what pages glue to it."""
    found = find_date(value)
    if found:
        # The outlet stands before a date glued to it (某某网2021-01-05 首页 …); after it only
        # when nothing stands before (2021-01-05 某某网).
        before, after = value[: found[1]], value[found[2] :]
        value = before if before.strip(" ,，:：") else after
    value = WEEKDAY.sub(" ", TIME.sub(" ", value))
    value = " ".join(value.split()).strip(" ,，:：()（）·•|丨｜")
    value = _SOURCE_HEAD.sub("", value)
    if _QUOTED_NAME.match(value):
        value = value[1:-1]  # 本文由「某某」原创出品: the name, not its marks
    for _ in range(2):
        value = _SOURCE_TAIL.sub("", value).strip()
    # "《某某》杂志 2020年增刊《某专题》": the outlet, not the issue it appeared in.
    outlet = _OUTLET.match(value)
    if outlet and " " in value:
        value = outlet.group()
    return value if 0 < len(value) <= 40 else None


def read_labelled(line: str, found: Found) -> bool:
    """Fill `found` from one labelled line; True when the line gave at least one field."""
    gave = False
    for label, value in labelled_values(line):
        if label in DATE_LABELS:
            date = labelled_date(value)
            if date:
                found.set_date(date, updated=label in UPDATE_LABELS)
                gave = True
        elif label in SOURCE_LABELS:
            source = clean_source(value)
            found.set_source(source, SOURCE_LABELLED)
            gave = gave or bool(source)
        elif label in WRITER_LABELS:
            people = names(value)
            found.add_authors(people)
            gave = gave or bool(people)
        elif label in EDITOR_LABELS:
            people = names(value)
            found.add_editors(people)
            gave = gave or bool(people)
        elif label in URL_LABELS:
            url = _URL.search(value)
            if url:
                found.set("url", url.group())
                gave = True
        elif label in CATEGORY_LABELS and 0 < len(value) <= 20:
            found.set("category", value)
            gave = True
    return gave


def unlabelled_source(line: str) -> str | None:
    """The outlet in a dateline without a label: "某某财经2019-09-23 07:48" → 某某财经."""
    labelled = any(m["colon"] or m["label"] not in _NEED_COLON for m in _LABEL.finditer(line))
    if labelled or not find_date(line):
        return None
    found = find_date(line)
    rest = TIME.sub(" ", line[: found[1]] + "  " + line[found[2] :])
    chunks = [c for c in re.split(r"\s{2,}|\u3000", rest.strip()) if c.strip()]
    value = clean_source(chunks[0]) if chunks else None
    # Only a name: "某某网", "某某财经"; not a phrase, a form field or two columns.
    if value and re.fullmatch(r"[\w·.\-&]{2,20}", value) and re.search(r"[\u4e00-\u9fff]", value):
        return value
    return None


def breadcrumb_category(line: str, headline: str | None = None) -> str | None:
    """The last crumb of a breadcrumb line: 当前位置:首页 > 新闻中心 → 新闻中心; else None.
    A crumb that is the page's `headline` is the page itself, not its column (… > 某书 >
    第十二章 …: the book)."""
    text = line.strip()
    start = _CRUMB_START.search(text)
    home = _HOME.search(text)
    if start:
        text = text[start.end() :]
    elif not home or not _CRUMB_SEPARATOR.search(text[home.end() :]):
        return None
    else:
        text = text[home.start() :]
    crumbs = []
    for piece in _CRUMB_SEPARATOR.split(text):
        crumb, *after_gap = re.split(r"\s{2,}", piece.strip(), maxsplit=1)
        crumbs.append(crumb.strip(" \u3000\u00a0[]"))
        if after_gap:
            break  # another column of the page starts after the gap
    crumbs = [c for c in crumbs if c and len(c) <= 16]
    if len(crumbs) < 2 and not start:
        return None
    page = "".join(headline.split()) if headline else None
    for crumb in reversed(crumbs):
        if crumb not in _NOT_A_CATEGORY and not _HOME.fullmatch(crumb):
            if page is not None and "".join(crumb.split()) == page:
                continue
            return crumb
    return None


def previous_next(lines: list[str]) -> tuple[dict[str, str], int]:
    """Titles after 上一篇/下一篇 labels in `lines` (a label line and the few after it).

    Returns ({"previous": …, "next": …}, how many of the lines were used). A label whose
    value is not on its own line takes the next line ("上一篇" / "标题…下一篇" / "标题").
    """
    text = "\n".join(lines)
    matches = list(_PREV_NEXT.finditer(text))
    found: dict[str, str] = {}
    last_end = 0
    for i, match in enumerate(matches):
        end = matches[i + 1].start() if i + 1 < len(matches) else len(text)
        value = text[match.end() : end]
        value = value.lstrip("\n \u3000\u00a0")
        value = value.split("\n", 1)[0].strip(" \u3000\u00a0")
        key = "previous" if match["label"] in PREVIOUS_LABELS else "next"
        if value and value not in ("没有了", "无", "暂无", "没有了！"):
            found.setdefault(key, value)
        last_end = text.index(value, match.end()) + len(value) if value else match.end()
    used = text[:last_end].count("\n") + 1 if matches else 0
    return found, used


def has_previous_next(line: str) -> bool:
    return bool(_PREV_NEXT.search(line))


# A wire-style opening: 新华社北京1月13日电（记者张三、李四）…, 本报讯（记者 张三 通讯员 李四）…
_DATELINE_CREDIT = re.compile(
    r"^(?P<head>[^（(\s]{0,24}?(?:电|讯))?\s*[（(](?P<credit>(?:特约)?(?:记者|通讯员|实习生)"
    r"[^（()）]{2,40})[）)]"
    # after 某某讯 / 某某电 a name alone in parentheses is the reporter too: 某报讯（张三）
    r"|^(?P<head2>[^（(\s]{0,24}?(?:电|讯))\s*[（(](?P<bare>[\u4e00-\u9fff]{2,4}"
    r"(?:[、\s][\u4e00-\u9fff]{2,4})*)[）)]"
)
_AGENCY = re.compile(r"^\S{1,8}?(?:社|网|报|台)")
# The opening by itself, as a renderer that broke the line at the space after it leaves it
# (新华社北京1月13日电, 某某网-某某客户端讯, 本报讯): an outlet, a place and a date, 电 or 讯;
# or an outlet of any name and the date, then 消息 (某某之家9月30日消息, as tech news opens).
DATELINE_ALONE = re.compile(
    r"^\S{0,16}?(?:社|报|网|台|端|刊)(?:\S{0,6}?\d{1,2}月\d{1,2}日)?(?:电|讯|快讯)$"
    r"|^\S{1,12}?\d{1,2}月\d{1,2}日消息$"
)
_OWN_DESK = {"本报", "本网", "本台", "本社"}


def opening_credit(paragraph: str) -> tuple[str | None, list[str]]:
    """The agency and reporters named at the start of a news story's first paragraph."""
    match = _DATELINE_CREDIT.match(paragraph)
    if not match:
        return None, []
    agency = _AGENCY.match(match["head"] or match["head2"] or "")
    source = agency.group() if agency and agency.group() not in _OWN_DESK else None
    return source, names(match["credit"] or match["bare"])

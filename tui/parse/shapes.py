"""shapes: what a line's shape says it is — a field line, a dateline, a headline, a menu.

Each test looks at one line (its text, width, punctuation, labels and kind), never at what a
particular site prints; the parser combines them with the line's place on the page.
"""

from __future__ import annotations

import re

from tui.parse import credits, metadata
from tui.parse.dates import date_alone, find_date
from tui.parse.markdown import heading_words
from tui.parse.pagelines import BRACKET_PAIR, PageLine, bracketed_links, fits_within

# What a field line, a breadcrumb or a byline cannot do without: a label's colon or bar, a
# crumb's separator, a previous/next link, a writer's role, a home link. Every branch opens
# with a plain character (home in any case too), so that the engine looks for those in C (see
# pagelines._NOT_HAN): a line without them, most of a page, is let go 3-5 times sooner.
_META_HINT = re.compile(
    "|".join(map(re.escape, "：:|丨｜/／>›»→＞-"))
    + r"|上一|下一|上篇|下篇|记者|作者|撰|采写|执笔|通讯员|实习生|评论员|首页|主页|位置|报道$"
    + r"|h(?i:ome)|H(?i:ome)"
)
# A dateline carries a date and little else: a source, a time, a view count.
_DATELINE_MAX_WIDTH = 200
_DATELINE_MAX_OTHER_HAN = 30
_CLAUSE_COMMA = re.compile(r"[，,、；;]")
# A menu is a row of short words: 首页 滚动 商学院 商业传奇 亦观察 …; one that opens with the
# site's home link is a menu with fewer (首页  问题  专栏  话题): no headline opens so.
_MENU_LEAST_WORDS = 5
_HOME_MENU_LEAST_WORDS = 3
_HOME_LINKS = frozenset({"首页", "网站首页", "主页", "返回首页"})
_MENU_MEAN_WORD = 6
_WORD_GAP = re.compile(r"[\s|丨｜/]+")
_HAN = re.compile(r"[\u4e00-\u9fff]")
# A row of tags: 20200113|经济|增长|市场, #科技#航天.
# Tag rows: #话题#, a|b|c, and #话题 3个 #另一个 (a post's topics, counted) — not the marks of
# a Markdown heading (### 标题).
TAGS = re.compile(
    r"^#[^\s#]\S*#|^\S{1,8}(?:\s*[|丨｜]\s*\S{1,8}){2,}$|^(?:#[^\s#]{1,20}(?:\s*\d+\s*个)?\s*)+$"
)
# "原标题：…", "本文原标题：…", "（原题为《…》）": the headline a story had elsewhere.
ORIGINAL_TITLE = re.compile(r"^[（(【\[]?\s*(?:本文)?原(?:标)?题(?:为|是)?\s*[:：]?")
TITLE_MAX_WIDTH = 160
# An invitation to follow the outlet: 扫描下方二维码关注…微信, 下载…客户端 (no headline, wherever
# it stands).
FOLLOW_US = re.compile(
    r"扫描(?:下方|上方)?二维码|关注.{0,12}(?:微信|公众号|微博|客户端)|下载.{0,10}(?:APP|客户端)",
    re.IGNORECASE,
)
RELATIVE_DATE = re.compile(
    # (after the outlet's or the account's name: 某某日报 3小时前, 张三 · 昨天 10:20)
    r"^(?:(?P<name>[^\s\d·|丨｜]{2,12})\s*[·|丨｜]?\s*)?"
    r"(?:昨天|前天|今天|刚刚|\d{1,4}\s*(?:秒|分钟|小时|天|周|个月)前)\s*(?:\d{1,2}:\d\d(?::\d\d)?)?$"
)


# The interviewer's turn (记者：您怎么看…？, 问：…): an interview's text, which no headline
# opens; after 记者：, a sentence is no writer's name.
INTERVIEWER = re.compile(r"^(?:记者|主持人|问|答|[QA])\s*[:：]")
_SENTENCE_MARK = re.compile(r"[。？！?!]")
_TURN_LEAST_HAN = 10


def _a_turn_of_speech(line: PageLine) -> bool:
    return (
        line.prose
        and line.han >= _TURN_LEAST_HAN
        and INTERVIEWER.match(line.cell) is not None
        and _SENTENCE_MARK.search(line.cell) is not None
    )


# 国发〔2015〕40号, 某政办发[2021]12号: an official document's number, alone on its line.
_DOCUMENT_NUMBER = re.compile(
    r"^[\u4e00-\u9fff]{1,12}\s*[〔\[［【(（]\d{4}[〕\]］】)）]\s*\d{1,4}\s*号$"
)


def is_meta_line(line: PageLine) -> bool:
    """A line of labelled fields (来源：… 作者：…), a breadcrumb, a byline, or a document's
    number."""
    if line.width > 200:  # a paragraph, whatever words it holds
        return False
    text = line.whole
    if text[-1:] == "号" and _DOCUMENT_NUMBER.match(text):
        return True
    if not _META_HINT.search(text):  # no field, crumb or writer can be named without these
        return False
    if _a_turn_of_speech(line):
        return False
    return (
        (
            fits_within(text, 160)
            and (metadata.label_count(text) > 0 or metadata.has_previous_next(text))
            and (
                bool(find_date(text))
                or metadata.starts_with_label(text)
                or metadata.has_previous_next(text)
                or metadata.label_count(text) >= 2
            )
        )
        or metadata.breadcrumb_category(text) is not None
        or metadata.is_byline(line.cell)
    )


def is_dated(line: PageLine) -> bool:
    """A short line that gives a date and is not a sentence: 2019-09-07 09:59:22　来源: 某报."""
    if line.kind not in ("text", "bullet", "form", "footer") or "。" in line.raw:
        return False
    if len(line.raw) > _DATELINE_MAX_WIDTH and len(line.whole) > _DATELINE_MAX_WIDTH:
        return False  # checked first: wider than any dateline (html2text's cells pad the raw)
    if len(_CLAUSE_COMMA.findall(line.raw)) >= 2:  # clauses: a sentence that gives a date
        return False
    text = line.whole
    found = find_date(text)
    if not found:
        return False
    rest = text[: found[1]] + text[found[2] :]
    if "[" in rest:  # an icon's words in brackets ([点击复制标题和链接]) are no field's
        rest = BRACKET_PAIR.sub("", rest)
    return sum(1 for c in rest if "\u4e00" <= c <= "\u9fff") <= _DATELINE_MAX_OTHER_HAN


def is_relative_date(line: PageLine) -> bool:
    """昨天, 3小时前, 今天 12:08: a date relative to the day the page was saved."""
    return line.width <= 40 and bool(RELATIVE_DATE.match(line.cell))


def is_dateline(line: PageLine) -> bool:
    """A dateline, or a line that starts with a field label (来源：…, 发布时间：…)."""
    text = line.whole
    if not fits_within(text, 200) or (line.prose and line.han > 40) or "。" in text:
        return False
    if _a_turn_of_speech(line):
        return False
    return bool(find_date(text)) or (
        metadata.label_count(text) > 0 and metadata.starts_with_label(text)
    )


# A name as a credit gives it: a word of a few letters or characters (新华社, 张三, CCTV-13);
# it has a letter: not a number, nor a rule (---) under a Markdown heading.
CREDIT_NAME = re.compile(r"^(?=.*[^\W\d_])[\w·.\-&]{2,12}$")


def _outlet_alone(line: PageLine) -> bool:
    """某某日报 on a line of its own: not a widget's button (听新闻), nor a list's heading
    (相关新闻)."""
    name = line.cell.strip()
    return (
        line.kind == "text"
        and not line.closing
        and bool(CREDIT_NAME.match(name) and credits.OUTLET.match(name))
    )


def outlet_under_date(line: PageLine, above: PageLine | None) -> bool:
    """2021年07月15日 09:30 / 某某报: the dateline's outlet on a line of its own under a date
    alone (a dump of a page's text nodes parts what a browser sets on one line)."""
    return above is not None and date_alone(above.cell) is not None and _outlet_alone(line)


def is_editor_line(line: PageLine) -> bool:
    """责任编辑：某某, (编辑：某某), 编辑|某某: the editor's credit, which closes an article."""
    if line.width > 80 or "编" not in line.raw:  # every editor's label has 编
        return False
    text = line.whole.lstrip(" \u3000（(【[")
    return metadata.starts_with_label(text) and any(
        label in metadata.EDITOR_LABELS for label, _ in metadata.labelled_values(text)
    )


# A live report's entries, each under the time it was posted: 10:20, 7月15日 10:20, 10:20:05.
CLOCK_STAMP = re.compile(
    r"^(?:\d{1,2}月\d{1,2}日\s*|\d{1,2}-\d{1,2}\s+)?([0-2]?\d)[:：]([0-5]\d)(?:[:：][0-5]\d)?$"
)


def is_menu(text: str) -> bool:
    """A row of short words separated by gaps or bars: a menu, not a sentence or a title."""
    words = [w for w in _WORD_GAP.split(text.strip()) if w]
    least = _HOME_MENU_LEAST_WORDS if words and words[0] in _HOME_LINKS else _MENU_LEAST_WORDS
    if len(words) < least or not _HAN.search(text):  # English has short words
        return False
    return sum(map(len, words)) / len(words) <= _MENU_MEAN_WORD


def title_like(line: PageLine, least_han: int = 4) -> bool:
    """Short, unpunctuated as a sentence, not a field line or a menu: it could be a headline."""
    cell = line.cell
    return (
        line.kind == "text"
        and not line.closing
        and line.han >= least_han
        and fits_within(cell, TITLE_MAX_WIDTH)
        and "。" not in cell[:-1]
        and not cell.endswith(("：", ":", "。", "，", ",", "、", "；", ";"))  # (a clause's end)
        and bracketed_links(cell) < 2
        and not ORIGINAL_TITLE.match(cell)
        and not is_menu(heading_words(cell))  # (***** 标题 *****: the marks are no menu's words)
        and not TAGS.search(cell)
        and not RELATIVE_DATE.match(cell)
        and not FOLLOW_US.search(cell)
        and not is_meta_line(line)
    )

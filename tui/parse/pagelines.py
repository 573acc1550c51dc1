"""pagelines: what one line of a page dump is — its main column, width and kind.

A text browser lays a page out in columns (a sidebar beside the article, table cells side by
side, bordered tables) and prints images as their alt text, form fields as brackets, lists as
bullets. This module reads one line at a time: which column holds its prose, how wide it is in
terminal columns, and whether it is text, an image, a form field, a list item or a footer.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Literal, TypeVar

from tui.parse import metadata
from tui.parse.dates import find_date
from tui.parse.markdown import heading_words

Kind = Literal["blank", "text", "image", "form", "bullet", "rule", "footer"]

_HAN_RANGES = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
# East Asian wide and fullwidth characters: two columns in a terminal and in w3m's layout.
_WIDE_RANGES = (
    "\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf"
    "\uac00-\ud7a3\uf900-\ufaff\ufe10-\ufe19\ufe30-\ufe6f\uff00-\uff60\uffe0-\uffe6"
    "\U0001f300-\U0001f64f\U00020000-\U0003fffd"
)
# Characters are counted by deleting all others: on Chinese lines, where nearly every
# character counts, that is 4-5 times faster than collecting them with findall. Spelt [^…][^…]*,
# not [^…]+: a pattern that opens with a plain class is looked for by the engine in C, one
# that opens with a repeat is tried at every character (2.5 times slower on a Chinese line).
_NOT_HAN = re.compile(f"[^{_HAN_RANGES}][^{_HAN_RANGES}]*")
_NOT_WIDE = re.compile(f"[^{_WIDE_RANGES}][^{_WIDE_RANGES}]*")


def han_count(text: str) -> int:
    """How many Han characters `text` holds."""
    return len(_NOT_HAN.sub("", text))


_PROSE_PUNCTUATION = re.compile(r"[，。！？；、,?!;]")
# Table cells and layout columns: w3m separates them by runs of spaces (or box-drawing borders).
_SEGMENT = re.compile(r"\S+(?:\s{1,3}\S+)*")
_BORDER = "│┃║"
_BOX_ONLY = re.compile(r"^[\s\u2500-\u257f\ufffd]*$")
# [W020210106], [Cn4APl4Ns6] [indexFoote], 2.jpg, embed(...): images and their alt text.
_IMAGE = re.compile(
    r"^(?:\[[^\]]*\]\s*)+$|^\S+\.(?:jpe?g|png|gif|bmp|webp|svg)$|^embed\(.*\)$", re.IGNORECASE
)
# A picture's name in brackets that lynx wrapped over lines ([img?quality=80&amp;… / …% /
# …ef.png]): its first piece, a middle one (with an escaped &), or its last.
_URL_CHARS = r"[A-Za-z0-9_%&;=?.,/:+~-]"
_IMAGE_NAME_PIECE = re.compile(
    rf"^(?:\[{_URL_CHARS}{{16,}}|{_URL_CHARS}{{16,}}\]|{_URL_CHARS}*&amp;{_URL_CHARS}*)$"
)
# The bracket patterns exclude "[" inside the brackets, so that no match can start at one "["
# and run over the next: a line of 100,000 "[" is read once, not once per bracket (linear time).
_BRACKETED = re.compile(r"\[[^\[\]\s]{2,}\]")
BRACKET_PAIR = re.compile(r"\[([^\[\]]*)\]")
# Form fields: [请输入关键字        ] (text, then the field's blank width), [SUBMIT], [*]匿名发表,
# ( )色情低俗.
_FORM_MARK = re.compile(r"\[(?:SUBMIT|\*| )\]|\( \)")
_FIELD_BLANK = 3
# A text browser lays a page out on a screen a few hundred columns wide: a wider line is one
# paragraph that was never wrapped (a seed-style dump, a minified text), not a row of columns —
# unless it is mostly padding: html2text sets a layout table's cells side by side however wide
# they make the row (a menu cell, then the article's, a thousand columns in all).
MAX_LAYOUT_WIDTH = 500
_PADDING = re.compile(r" {4,}")


def _is_form(text: str) -> bool:
    if "[" not in text and "( )" not in text:  # what both patterns need: most lines fail here
        return False
    if _FORM_MARK.search(text):
        return True
    return any(
        len(inside) >= _FIELD_BLANK and inside[-_FIELD_BLANK:].isspace()
        for inside in BRACKET_PAIR.findall(text)
    )


# A list marker stands apart from its item: "·维纳奖" at a line's start is a wrapped name.
# Not ■: papers set their subheads with it (■ 现场), as they do with ▍ and ◆ glued.
_BULLET = re.compile(r"^\s*[•□▪◦●○◆◇·*+\-](?=\s|$)")
# Footers and notices that never belong to an article: the first anywhere, the second on a
# line too short to be a paragraph that merely mentions them (an article may discuss 许可证).
_FOOTER = re.compile(r"ICP[备证]|公网安备|版权所有|Copyright|©|All Rights Reserved", re.IGNORECASE)
_NOTICE = re.compile(
    r"版权声明|技术支持\s*[:：]|主办单位\s*[:：]|不得转载|请勿转载|禁止转载|严禁转载|转载请注明|网站地图"
    r"|联系我们|关于我们|举报中心|违法和不良信息|许可证"
)
_NOTICE_MAX_HAN = 40


def _footer(raw: str) -> bool:
    # Plain substring tests before the regex, spelt out (a generator over the hints costs
    # more than the tests): a footer's words hold one of these.
    return (
        "备" in raw
        or "©" in raw
        or "版权" in raw
        or "ICP" in raw
        or "opyright" in raw
        or "OPYRIGHT" in raw
        or "ights" in raw
        or "IGHTS" in raw
    ) and bool(_FOOTER.search(raw))


# Navigation and widget phrases: they cost like a menu item wherever they are. (Two patterns,
# each opening with plain characters, so that both are looked for in C: see _NOT_HAN.)
_NAVIGATION = re.compile(
    r"返回(?:首页|顶部|列表|目录)|分享到|正文已结束|打印本页|关闭窗口|我要评论|发表评论|加入收藏"
    r"|收藏本文|扫一扫|点击查看|查看原文|阅读全文|相关阅读|相关文章|热门推荐|推荐阅读"
    r"|分享至|扫描二维码|扫码|人参与|条评论|参与评论|跟贴|字体|字号|查看更多|上一章|下一章"
)
# a counter of readers' marks: 123 人赞同了该文章, 1.2万次阅读
_READERS_MARKS = re.compile(r"\d\s*[万千]?\s*[人次](?:赞同|点赞|阅读|浏览|看过|收藏|喜欢)")


def _navigation(cell: str) -> bool:
    return _NAVIGATION.search(cell) is not None or _READERS_MARKS.search(cell) is not None


# Which keys turn the pages: 按 ←键 返回上一页，按 →键 进入下一页 (a reader's hint, however
# punctuated).
_KEY_HINT = re.compile(r"[←→]\s*键|回车\s*(?:\[Enter\])?\s*键")


# Where an article ends, pages print an end mark (（完）, - THE END -), a disclaimer
# (特别声明：…), the heading of a list of other articles (相关阅读, 延伸 · 推荐, 猜你喜欢,
# 作者最新文章) or of a box about the writer (作者简介). Any of them closes the article above it.
_END_MARK = re.compile(r"^[\W_]*(?:完|全文完|本文完|END|THE END)[\W_]*$", re.IGNORECASE)
# 特别声明：/ 【免责声明】…; a bare 声明： only when it speaks of the site or the text (a story
# may quote a company's 声明：…).
_DISCLAIMER = re.compile(
    r"^[\W_]*(?:(?:特别|免责|版权|郑重)声明\s*[:：】\]]|声明\s*[:：].*"
    r"(?:本站|本网|本平台|本文|转载|版权|仅代表|不代表|原作者|侵权|投资建议)"
    # … or unlabelled: 本文系作者个人观点，不代表本站立场
    r"|(?:本文|文章|此文|以上内容|上述内容)\S{0,8}?(?:作者(?:本人|个人)?的?观点"
    r"|不代表本(?:站|网|平台|号|刊|报|台))"
    # … or the site's word on where its texts come from (本站所有小说为转载作品)
    r"|本站(?:所有|全部|部分)?\S{0,12}?(?:转载|来自网络|来源于网络|网友上传|网友发布))"
)
# A link to another story, labelled: 此前报道：…, 相关阅读：…, 点击进入专题：.
_RELATED_LINK = re.compile(
    r"^[\W_]*(?:(?:此前|相关|延伸|往期|更多|前情)(?:报道|阅读|新闻|回顾|链接)|点击进入专题)\s*[:：]"
)
_LIST_OPENERS = (
    *("相关", "延伸", "推荐", "热门", "热点", "为您", "为你", "猜你", "猜您", "更多", "往期"),
    *("最新", "最近", "精彩", "今日", "本周", "大家都在", "作者最新", "编辑推荐"),
)
_LIST_HEADING = re.compile(
    f"^(?:{'|'.join(_LIST_OPENERS)})\\S{{0,4}}?"
    r"(?:阅读|文章|新闻|推荐|搜索|喜欢|回顾|精彩|发表|资讯|报道|专题|视频|图集|事件|话题|内容|排行|关注|看)$"
)
_LIST_HEADING_MAX = 10
# The heading of a box about the writer under the text: 作者简介, 【关于作者】.
_WRITER_BOX = frozenset({"作者简介", "关于作者", "作者介绍"})
# The heading of the readers' comments: 评论, 网友评论, 4,060 条评论, 0条评论|0人参与网友评论.
_COMMENT_WORDS = ("评论", "跟贴", "跟帖", "留言")
_COMMENTS = re.compile(
    r"^[\d,\s]*(?:条|人参与)?\s*(?:网友|最新|热门|全部|精彩|发表|我要|查看|写|欢迎发表)?"
    f"(?:{'|'.join(_COMMENT_WORDS)})"
)
_COMMENTS_MAX = 20
_LABEL_MARK = r"[\s·•:：>》《【】\[\]|丨｜]"
_NOT_IN_LABEL = re.compile(f"{_LABEL_MARK}{_LABEL_MARK}*")  # (not …+: see _NOT_HAN)
# Each of those headings holds the first character of one of its words, marks or no marks
# between them: a line with none of them is no heading of the three, told by one scan in C
# (most of a page's lines are short, and none).
_HEADING_HINT = re.compile(
    f"[{''.join(sorted({w[0] for w in (*_LIST_OPENERS, *_COMMENT_WORDS, *_WRITER_BOX)}))}]"
)


# A widget's button alone on a line: 关注, 收藏, 分享 12, +1; 广告, an advert's mark; 听新闻,
# a player's.
_WIDGET = re.compile(
    r"^[+＋]?(?:关注|分享|收藏|点赞|赞|评论|举报|打印|返回|更多|复制链接|取消|确认|确定|广告"
    r"|听新闻|听全文|收听|朗读)?\s*[+＋]?\d*$"
)


# The three, tried in one match (a page asks this of every line).
_CLOSING_LINE = re.compile(
    "|".join(f"(?:{pattern.pattern})" for pattern in (_END_MARK, _DISCLAIMER, _RELATED_LINK)),
    re.IGNORECASE,
)


def closes_article(cell: str) -> bool:
    """Whether a line is one that pages print right after an article (see above)."""
    if _CLOSING_LINE.match(cell):
        return True
    if len(cell) > 2 * _COMMENTS_MAX or _HEADING_HINT.search(cell) is None:
        return False
    label = _NOT_IN_LABEL.sub("", heading_words(cell))  # (## 相关阅读, as Markdown prints it)
    if len(label) <= _COMMENTS_MAX and _COMMENTS.match(label):
        return True
    if label in _WRITER_BOX:
        return True
    return len(label) <= _LIST_HEADING_MAX and bool(_LIST_HEADING.match(label))


def is_button(cell: str) -> bool:
    """A widget's button alone on a line (关注, 分享 12, +1), not a bare number."""
    return _WIDGET.match(cell) is not None and not cell.isdigit()


def is_list_item(cell: str) -> bool:
    """A line set as a list's item (• …, * …): of the lines of the bullet kind, the only
    ones an article holds (the others are widgets' and menus' words)."""
    return _BULLET.match(cell) is not None


def bracketed_links(text: str) -> int:
    """How many [alt text] of images or links a line holds: a row of them is a link list."""
    return len(_BRACKETED.findall(text)) if "[" in text else 0


def shares_a_word(one: str, other: str) -> bool:
    """Whether two texts hold the same two Han characters in a row (a name, a word)."""
    short, long = sorted((one, other), key=len)  # the short one's pairs, looked for in the long
    pairs = {short[i : i + 2] for i in range(len(short) - 1)}
    return any(all("\u4e00" <= c <= "\u9fff" for c in pair) and pair in long for pair in pairs)


def without_spaces(text: str) -> str:
    """`text` with all its whitespace taken out (split() splits at the same characters as
    the regex \\s, four times faster than a re.sub)."""
    return "".join(text.split())


def display_width(text: str) -> int:
    """Columns `text` takes in a terminal (and took in the text browser's layout)."""
    if text.isascii():  # menus, links, figures: no wide character, no regex pass
        return len(text)
    return len(text) + len(_NOT_WIDE.sub("", text))


def fits_within(text: str, columns: int) -> bool:
    """Whether `text` takes at most `columns` terminal columns: told by its length alone
    where that settles it (a character takes one column or two), as on most lines."""
    if 2 * len(text) <= columns:
        return True
    return len(text) <= columns and display_width(text) <= columns


@dataclass(slots=True)
class PageLine:
    """What one source line looks like, and (filled in by parse) its place on the page."""

    index: int  # 0-based
    raw: str
    cell: str = ""  # the text of the column that holds the most prose, stripped
    column: int = 0  # display column where `cell` starts
    kind: Kind = "blank"
    han: int = 0
    prose: bool = False  # long enough and punctuated like running text
    width: int = 0  # display width of `cell`
    followed: bool = False  # the next line has text too (no blank line after this one)
    closing: bool = False  # an end mark, a disclaimer or a related-list heading (see above)
    repeated: bool = False  # the same words stand on another line of the page (set by parse)
    score: float = 0.0  # how much it looks like article prose (set by parse)
    # Columns of a text browser's link numbers ([12]) taken out of the line (set by parse): it
    # was printed that much wider, which tells where the browser wrapped it.
    marks: int = 0
    # Whether the line goes on from the one above, when a converter's markup and wrap tell
    # (see markdown.Words.joins; set by parse); None: the wrap test decides.
    carried: bool | None = None
    # A row of a table inside the text (指标    数值    同比增长): its cells are its text, and it
    # is neither a heading nor a column beside the article (set by parse; see table_rows).
    row: bool = False
    # Computed when first asked. Slots, not cached_property: a page has a line object per
    # line, and a per-instance dict grown by a cache took ~800 bytes of each.
    _key: str | None = field(default=None, repr=False, compare=False)
    _whole: str | None = field(default=None, repr=False, compare=False)

    @property
    def edge(self) -> int:
        """Display column where `cell` ends: a wrapped line ends at the wrap width."""
        return self.column + self.width

    @property
    def key(self) -> str:
        """The line's words without spaces: what two copies of a line have in common."""
        if self._key is None:
            self._key = without_spaces(self.cell)
        return self._key

    @property
    def whole(self) -> str:
        """The line with its table borders blanked: metadata may sit in any column."""
        if self._whole is None:
            raw = self.raw
            # Looked for first: translate() with a table is slow on Han text (~50x a search).
            bordered = _BORDER_CHAR.search(raw) is not None
            whole = (raw.translate(_BORDER_TO_SPACE) if bordered else raw).strip()
            # a gap is a gap however wide: html2text pads a layout's cells to hundreds of columns
            self._whole = _WIDE_GAP.sub("    ", whole) if "     " in whole else whole
        return self._whole

    def moved(self, index: int) -> PageLine:
        """The same line's description at another place on the page.

        Set slot by slot: six times quicker than the constructor, and a page of repeats
        copies most of its lines (a slot left out fails the equality in the tests)."""
        twin = _new_line(PageLine)
        twin.index = index
        twin.raw, twin.cell, twin.column, twin.kind = self.raw, self.cell, self.column, self.kind
        twin.han, twin.prose, twin.width = self.han, self.prose, self.width
        twin.followed, twin.closing, twin.repeated = self.followed, self.closing, self.repeated
        twin.score, twin.marks, twin.carried = self.score, self.marks, self.carried
        twin.row = self.row
        twin._key, twin._whole = self._key, self._whole
        return twin


_new_line = object.__new__
_BORDER_TO_SPACE = str.maketrans({c: "  " for c in _BORDER})  # a gap: values end there
_BORDER_CHAR = re.compile(f"[{_BORDER}]")
_WIDE_GAP = re.compile(r"\s{5,}")
_BETWEEN_BORDERS = re.compile(f"[^{_BORDER}]+")


_COLUMN_GAP = re.compile(r"\s\s{3}")  # what parts two of _SEGMENT's segments (\s{4}: see _NOT_HAN)
_LIST_BOX = re.compile(r"\[One of: [^\]]*\]")  # html2text's <select>: [One of: 甲/乙/丙]


def _cell(raw: str) -> tuple[str, int]:
    """The column of `raw` with the most Han characters, and where it starts."""
    if not fits_within(raw, MAX_LAYOUT_WIDTH) and not _padded(raw):
        text = raw.strip()
        return text, _column(raw[: len(raw) - len(raw.lstrip())])
    if "[One of: " in raw:  # a list box is a form's widget beside the text: blanked
        raw = _LIST_BOX.sub(lambda box: " " * display_width(box.group()), raw)
    border = _BORDER_CHAR.search(raw)
    if not border:
        text = raw.strip()
        if not _COLUMN_GAP.search(text):  # one column: the line is its own cell
            indent = raw.find(text[0]) if text else 0  # where its first non-space stands
            return _without_ascii_border(raw, text, indent)
    offset = 0
    inner = raw
    if border:  # a bordered table: the cell is between the borders, a sidebar may precede
        first = border.start()
        last = max(raw.rfind(c) for c in _BORDER)
        inner = raw[first + 1 : last] if last > first else raw[first + 1 :]
        offset = first + 1
    # (a border inside the cell parts two cells as well: │首页││ holds 首页, not 首页│)
    segments = [
        segment
        for part in _BETWEEN_BORDERS.finditer(inner)
        for segment in _SEGMENT.finditer(inner, part.start(), part.end())
    ]
    if not segments:
        return "", 0
    if sum(1 for m in segments if m.group() in _BARS) >= _BAR_ROW_LEAST:
        # 上一章    |    目录    |    下一章: a row of links parted by bars is one cell, a menu,
        # not columns (whose widest word would stand alone as a line of text)
        return _without_ascii_border(
            raw, inner[segments[0].start() : segments[-1].end()], offset + segments[0].start()
        )
    best = segments[0]
    if len(segments) > 1:
        best = max(segments, key=lambda m: (han_count(m.group()), len(m.group())))
    return _without_ascii_border(raw, best.group(), offset + best.start())


_BARS = frozenset("|｜丨")
_BAR_ROW_LEAST = 2


def _without_ascii_border(raw: str, cell: str, start: int) -> tuple[str, int]:
    """`cell` (at `start` of `raw`) and its display column, out of html2text's table border:
    |第一条　……    | (a bar against the text and one closing the row)."""
    if cell[:1] == "|" and cell[1:2].strip() and raw.rstrip()[-1] == "|":
        cell, start = cell[1:].removesuffix("|").rstrip(), start + 1
    return cell, _column(raw[:start]) if start else 0


def _padded(raw: str) -> bool:
    """A quarter of the line or more is runs of spaces: cells laid out, not a paragraph."""
    return 4 * sum(map(len, _PADDING.findall(raw))) >= len(raw)


def _column(before: str) -> int:
    """The display column after `before`: a tab (unexpand, some exporters) to the next stop
    of eight, as a terminal shows it."""
    return display_width(before.expandtabs(8) if "\t" in before else before)


_CELL_MOST = 24  # display columns: a table's cell is a figure or a few words, not a sentence
_ROWS_LEAST = 2  # one line of cells is a layout's (a headline beside a box), two a table's


def table_rows(lines: list[PageLine], first: int, last: int, column_edge: int) -> None:
    """Mark the rows of a table inside the article (lines first..last, whose text ends at
    `column_edge`): lines of short cells set apart by gaps, the row within the text's column,
    two at least one under the other. The cell of such a line is the whole row (the widest
    word of it stood alone, read as a heading or a paragraph)."""
    found: list[tuple[PageLine, list[str]]] = []
    for line in lines[first : last + 1]:
        if line.kind == "blank":
            continue
        cells = _row_cells(line, column_edge) if line.kind == "text" and not line.prose else None
        if cells:
            found.append((line, cells))
            continue
        _take_rows(found)
        found = []
    _take_rows(found)


def _row_cells(line: PageLine, column_edge: int) -> list[str] | None:
    """The cells of `line` if it is shaped as a table's row, else None."""
    raw = line.raw
    if "\t" in raw or _BORDER_CHAR.search(raw) or not _COLUMN_GAP.search(raw.strip()):
        return None
    cells = list(_SEGMENT.finditer(raw))
    if (
        len(cells) >= 2
        and all(display_width(cell.group()) <= _CELL_MOST for cell in cells)
        and _column(raw[: cells[-1].end()]) <= column_edge
    ):
        return [cell.group() for cell in cells]
    return None


def _take_rows(rows: list[tuple[PageLine, list[str]]]) -> None:
    if len(rows) < _ROWS_LEAST:
        return
    for line, cells in rows:
        line.cell = "  ".join(cells)
        line.column = _column(line.raw[: len(line.raw) - len(line.raw.lstrip())])
        line.width = display_width(line.cell)
        line.han = han_count(line.cell)
        line.row = True
        line._key = None


def describe_all(raw_lines: list[str]) -> list[PageLine]:
    """Every line of a page described. A line met before (blank lines, a menu or a share bar
    printed twice, a page of one line repeated) is copied from its first description, not
    read again: describing is most of what a page of many short lines costs. Its entry in
    `raw_lines` becomes the first copy's string, so a page of repeats holds each line once."""
    first: dict[str, PageLine] = {}
    lines = []
    for index, raw in enumerate(raw_lines):
        seen = first.get(raw)
        if seen is None:
            line = first[raw] = describe(index, raw)
            line.key  # noqa: B018 -- computed once here, so every copy carries it
        else:
            line = seen.moved(index)
            raw_lines[index] = seen.raw
        lines.append(line)
    return lines


T = TypeVar("T")


def per_text(lines: list[PageLine], measure: Callable[[PageLine], T]) -> list[T]:
    """`measure(line)` for every line, worked out once per distinct text: a line's
    description is its text's, so the copies of a repeated line share one answer."""
    known: dict[str, T] = {}
    answers = []
    for line in lines:
        if line.raw in known:
            answers.append(known[line.raw])
        else:
            answers.append(known.setdefault(line.raw, measure(line)))
    return answers


# A widget's words inside running text (…在“铁路12306”字体上方…, a line the dump wrapped out of
# a paragraph) are no widget: a line this long with a sentence's punctuation is prose.
_SENTENCE_LEAST_HAN = 20


def _is_sentence(line: PageLine) -> bool:
    return line.han >= _SENTENCE_LEAST_HAN and bool(_PROSE_PUNCTUATION.search(line.cell))


def _bracketed_fields(cell: str) -> bool:
    """[ 2021-07-15 ]  [ 来源：某某 ], [责任编辑：王五]: fields a page sets in brackets, which
    are shaped like a row of image alt texts."""
    return cell[0] == "[" and bool(find_date(cell) or metadata.starts_with_label(cell[1:]))


def describe(index: int, raw: str) -> PageLine:
    """Classify line number `index` (0-based) of a page dump."""
    line = PageLine(index, raw)
    if not raw.strip():
        return line
    if _BOX_ONLY.match(raw):
        line.kind = "rule"
        return line
    line.cell, line.column = _cell(raw)
    cell = line.cell
    line.width = display_width(cell)
    line.han = han_count(cell)
    if not cell:
        line.kind = "rule"  # borders around an empty table cell
        return line
    line.closing = closes_article(cell)
    if _footer(raw) or (line.han <= _NOTICE_MAX_HAN and _NOTICE.search(raw)):
        line.kind = "footer"
    elif _is_form(cell) or (line.han < 8 and _is_form(raw)):  # a field split by its gap
        line.kind = "form"
    elif (_IMAGE.match(cell) and not _bracketed_fields(cell)) or _IMAGE_NAME_PIECE.match(cell):
        line.kind = "image"
    elif (
        _BULLET.match(cell)
        or (line.han <= _NOTICE_MAX_HAN and _navigation(cell) and not _is_sentence(line))
        or (line.han <= _NOTICE_MAX_HAN and "键" in cell and _KEY_HINT.search(cell))
        or (line.han <= 4 and is_button(cell))
    ):
        line.kind = "bullet"
    else:
        line.kind = "text"
        line.prose = line.han >= 8 and bool(_PROSE_PUNCTUATION.search(cell))
    return line


def next_nonblank(lines: list[PageLine], index: int, stop: int | None = None) -> PageLine | None:
    """The first line from `index` on (before `stop`) that is not blank.

    Walked by index, never by a slice of the rest: a parse asks this of every line, and a
    slice per line would make a page of many lines quadratic."""
    stop = len(lines) if stop is None else min(stop, len(lines))
    while index < stop:
        if lines[index].kind != "blank":
            return lines[index]
        index += 1
    return None


def printed_lines_above(lines: list[PageLine], index: int, most: int) -> int:
    """The index `most` lines that are not blank above line `index` (or the page's top): a
    reach counted so, as a reader counts lines, is the same on a dump that sets a blank line
    between all its lines."""
    seen = 0
    while index > 0 and seen < most:
        index -= 1
        seen += lines[index].kind != "blank"
    return index


def previous_nonblank(lines: list[PageLine], index: int, start: int = 0) -> PageLine | None:
    """The last line before `index` (from `start` on) that is not blank; walked, as above."""
    index -= 1
    while index >= start:
        if lines[index].kind != "blank":
            return lines[index]
        index -= 1
    return None

"""margins: where the article's text begins and ends inside its run of lines.

Between a headline and the first paragraph, pages print datelines, share buttons, the story's
original headline (原标题：…), a photo and its caption, a summary (摘要, 核心提示, 划重点, 编前语,
编者按) or a teaser cut off mid-sentence, and sidebar link lists. After the last paragraph come
credits (记者…, 责任编辑：…), notes in parentheses, tags, an end mark and lists of other
articles. These are the article's margins: metadata or chrome, not its paragraphs. Each rule
here is about the shape of such a line, never about one site.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from difflib import SequenceMatcher

from tui.parse import credits, metadata, shapes
from tui.parse.headings import heading_style
from tui.parse.pagelines import (
    PageLine,
    describe,
    next_nonblank,
    previous_nonblank,
    shares_a_word,
    without_spaces,
)
from tui.parse.run import Run, Wrap, continues, heads_a_teaser, is_post_line

Title = Callable[[PageLine], bool]  # is this line the headline (or a copy of it)?
Take = Callable[[PageLine], None]  # a field line (date, source …) to read and mark as meta

# A paragraph ends a sentence or at least a clause; menu items, labels and counters do not.
# (A closing quote ends a paragraph after a sentence's end: 保护“生命腺” is a label.)
_PARAGRAPH_END = re.compile(r"[。！？!?…，,；;~～]$|[。！？!?…，,][”’」』）)]+$")
_SENTENCE_END = re.compile(r"[。！？!?…~～]$|[。！？!?…][”’」』）)]+$")
# 摘要：…, 核心提示：…, 导语：…, 【编前语】…, 编者按：…, 划重点：, AI摘要: the summary or preface
# above a story.
_SUMMARY = re.compile(
    r"^[【\[（(]?\s*(?:AI\s*|文章|内容)?(?:摘要|提要|核心提示|导读|导语|阅读提示|编者按|编前语|编者的话"
    r"|划重点|要点)"
    r"\s*(?:[】\]）)]\s*[:：]?|[:：]|$)"  # (or the label alone, over its box: 核心提示)
)
# Photo and video captions: 图为…, ▲…, （图/某某）, …资料图, …资料, 某某摄, 视频截图.
_CAPTION = re.compile(
    r"^(?:图为|图\s*[:：/]|摄影\s*[:：]|[上下左右]图|▲|△|视频\s*[-－:：|]|[（(]\s*图)"
    r"|(?:摄|供图|截图|资料图?|资料照片|配图|图片来源\S{0,12})\s*[）)]?$"
)
CAPTION_MAX_HAN = 25
# [1000]家中曾堆满他的音像作品: a picture's alt text with its short caption glued on.
_ALT_THEN_CAPTION = re.compile(r"^\[[^\[\]]*\]\s*[^\s，,。]+$")
# "快来下载…【下载地址】", "【点击投票】": a promotion set above a story.
_PROMO = re.compile(r"【[^【】]*(?:下载|点击|投票|订阅)[^【】]*】|下载地址|点击(?:投票|进入|下载)")
TEASER_LEAST_HAN = 40
REPEAT_PIECE = 12  # characters: a summary repeats the text in pieces at least this long
REPEAT_REACH = 400  # lines after a lead block where its repetition is looked for
REPEATED_SHARE = 0.6
REPEAT_SKIP = 2  # paragraphs right after a lead block that may carry on what it says
TEASER_LOOKAHEAD = 6
SHORT_KICKER_HAN = 40
WIDGET_LABEL_HAN = 4  # 分享：, 标签： under the text: a widget's label, not a sentence's tail
KICKER_MAX_WIDTH = 80  # a line above the headline's copy that is this narrow is a kicker
KICKER_REACH = 3
LIST_LEAST_LINES = 3
LIST_REACH = 3  # text lines on either side that say whether a line is in a list
LIST_ITEM_MAX_HAN = 30
# Notes after the story: #标签#标签, 标签|标签|标签, 图片来自网络, 如有侵权请联系删除.
_IMAGE_NOTE = re.compile(r"^图片(?:均)?(?:来自|来源于?|源自)|侵权")
# A note in parentheses that stands as a line of its own: （应受访者要求，…）, (本文来自…).
_PARENTHESISED = re.compile(r"^[（(][^（()）]*[）)]$")


_LEAST_LATIN_PARAGRAPH = 40  # a shorter line without Han characters is a widget (Scan me!)
_LATIN_END = re.compile(r"[.!?;:,…]['\")]*$")


def paragraph_like(line: PageLine) -> bool:
    """Running text or at least a clause: not a menu item, a label, a counter, a widget."""
    if line.prose:
        return True
    if line.han == 0:  # a text in a Latin script: a sentence, and not a widget's word or two
        return len(line.cell) >= _LEAST_LATIN_PARAGRAPH and bool(_LATIN_END.search(line.cell))
    return bool(_PARAGRAPH_END.search(line.cell))


def is_caption(line: PageLine) -> bool:
    """A photo or video caption: by its words (图为…, …摄, 视频截图), or printed twice in a
    row as a text browser prints a picture's alt text beside its caption."""
    if line.han > CAPTION_MAX_HAN * 4:
        return False
    # A picture's alt text and its caption, the same words twice in a row.
    if _doubled(line.cell) is not None:
        return True
    if line.han <= CAPTION_MAX_HAN and _ALT_THEN_CAPTION.match(line.cell):
        return True
    return line.han <= CAPTION_MAX_HAN * 2 and bool(_CAPTION.search(line.cell))


def _doubled(cell: str) -> str | None:
    """The half of a line that is the same text twice (a picture's alt text and caption)."""
    text = re.sub(r"\s+", "", cell)
    half = len(text) // 2
    return text[:half] if half >= 4 and text[:half] == text[half : 2 * half] else None


def is_summary(line: PageLine) -> bool:
    return bool(_SUMMARY.match(line.cell))


# A number alone heads a section only as the first of a series (1, 01, 一); a counter of
# comments or views (0, 15867) does not.
_FIRST_NUMBER = re.compile(r"^(?:0?1|一)$")


HEAD_LEAST_HAN = 4
ENTRY_LEAST_HAN = 4  # under a time: an entry of a live report (发布会结束。)
SUBTITLE_LINES = 2  # a heading may have a subtitle over one or two lines
SUBTITLE_MAX_HAN = 30


def heads_a_section(lines: list[PageLine], index: int, end: int, blankless: bool = False) -> bool:
    """A short label with running text right under it (subtitle lines between allowed)."""
    line = lines[index]
    if heading_style(line.cell):
        return True
    if line.han < HEAD_LEAST_HAN and not _FIRST_NUMBER.match(line.cell):
        return False  # 国发〔2015〕40号, a counter: a number, not a heading
    below = next_nonblank(lines, index + 1, end + 1)
    for _ in range(SUBTITLE_LINES):
        if below is not None and _PROMO.search(below.cell):
            return False  # share buttons over an advert (【点击投票】): no heading
        if below is None or not (
            shapes.title_like(below, least_han=2) and below.han <= SUBTITLE_MAX_HAN
        ):
            break
        below = next_nonblank(lines, below.index + 1, end + 1)
    return (
        below is not None
        and below.prose
        and not is_summary(below)
        and not is_caption(below)
        # a picture's alt text over its caption
        and not _short_caption(lines, below.index, end, blankless)
        and not shapes.ORIGINAL_TITLE.match(below.cell)
        and not shapes.is_meta_line(below)
        and below.han >= 2 * max(line.han, 10)
    )


def _stands_apart(lines: list[PageLine], index: int, end: int, blankless: bool) -> bool:
    """No text of its own kind right under line `index`: a blank line, or, on a page printed
    without blank lines, a picture or a short sentence (the picture's caption)."""
    line = lines[index]
    if not line.followed:
        return True
    if not blankless or index >= end:
        return False
    below = lines[index + 1]
    return below.kind == "image" or _short_caption(lines, below.index, end, blankless)


def _headline_variant(lines: list[PageLine], index: int, end: int, blankless: bool) -> bool:
    """A headline-shaped line standing alone above the text (another version of the headline,
    a picture's alt text), not the first line of a run of short text lines."""
    line = lines[index]
    return (
        shapes.title_like(line)
        and _stands_apart(lines, index, end, blankless)
        and not line.cell.startswith(("“", "「", '"'))
        and not shapes.INTERVIEWER.match(line.cell)
        and not heads_a_section(lines, index, end, blankless)
    )


_ALT_LEAST_HAN = 4  # a picture named by words, not by its file
_CAPTIONED_LEAST_HAN = 30  # the paragraph under a caption is longer than the caption
_OPENING_HEADINGS_MOST = 3  # headings a text may open with, over its first paragraph


def _short_caption(lines: list[PageLine], index: int, end: int, blankless: bool = False) -> bool:
    """A short sentence between a picture (or its alt text) and a longer paragraph."""
    line = lines[index]
    if line.han > CAPTION_MAX_HAN or line.cell.startswith(("“", "「", '"')):
        return False
    if line.followed and not blankless and not _set_tight(lines, index):
        return False  # the first of a run of short lines
    if heading_style(line.cell):
        return False
    if not line.cell.endswith("。"):  # a sentence; a label there heads the first section
        return False
    above = previous_nonblank(lines, index, max(0, index - 4))
    below = next_nonblank(lines, index + 1, end + 1)
    # Under a picture's alt text (a headline-shaped line, or in brackets as html2text prints
    # a picture: [某某在会上（2012年）]); under a bare picture a short sentence may as well be
    # the story's first.
    # A caption above (视频-某某在会上) has its picture's words already: a short sentence under
    # it opens the text.
    alt_above = above is not None and (
        (shapes.title_like(above) and not shapes.is_dated(above) and not is_caption(above))
        or (above.kind == "image" and above.han >= _ALT_LEAST_HAN)
    )
    if above is None or not alt_above:
        return False
    # (a text that opens with a heading or a few: the paragraph under them, when the caption
    # speaks of what the alt text names: 某某在会上 / 某某在会上发言。; an account's name over a
    # first sentence shares no words with it)
    headings = 0
    while below is not None and headings < _OPENING_HEADINGS_MOST and _a_heading(below):
        below = next_nonblank(lines, below.index + 1, end + 1)
        headings += 1
    if headings and not shares_a_word(above.cell, line.cell):
        return False
    return below is not None and below.prose and below.han >= _CAPTIONED_LEAST_HAN


def _a_heading(line: PageLine) -> bool:
    """A line shaped as a section's heading: a title's shape, no statement's end (a question
    heads a section as often as a phrase does)."""
    return shapes.title_like(line) and not line.cell.endswith("。")


def _set_tight(lines: list[PageLine], index: int) -> bool:
    """A picture's alt text right above line `index` and a paragraph right under it, no blank
    line between (as html2text sets a picture, its caption and the text)."""
    above = lines[index - 1] if index else None
    below = lines[index + 1] if index + 1 < len(lines) else None
    return (
        above is not None
        and above.kind == "image"
        and above.han >= _ALT_LEAST_HAN
        and below is not None
        and below.prose
        and below.han >= _CAPTIONED_LEAST_HAN
    )


def _teaser(lines: list[PageLine], index: int, end: int) -> bool:
    """A summary box cut off mid-sentence: one line of prose that stops without an end, above
    paragraphs that do end (on a page whose paragraphs all stop so, it is the text)."""
    line = lines[index]
    if not (
        line.prose
        and line.han >= TEASER_LEAST_HAN
        and not line.followed
        and not _SENTENCE_END.search(line.cell)
        and not line.cell.endswith(("，", ","))
    ):
        return False
    looked = 0
    for at in range(index + 1, end + 1):  # walked: this is asked of many lines
        if lines[at].prose:
            if _ends_paragraph(lines, at, end):
                return True
            looked += 1
            if looked == TEASER_LOOKAHEAD:
                break
    return False


def _ends_paragraph(lines: list[PageLine], index: int, end: int) -> bool:
    """Line `index` is the last line of its paragraph and ends a sentence."""
    line = lines[index]
    return bool(_SENTENCE_END.search(line.cell)) and (
        index == end or lines[index + 1].kind == "blank"
    )


def _block_end(lines: list[PageLine], index: int, end: int) -> int:
    """The last line of the block of consecutive (unseparated) lines that starts at `index`."""
    j = index
    while j + 1 <= end and lines[j].followed:
        j += 1
    return j


# A count alone, maybe after an icon font's glyph (\ue614 1024) or a mark: a page's counter of
# comments, views or likes.
_COUNTER = re.compile(r"[^\w\s]*\s*\d[\d,]*")


def _counter(line: PageLine) -> bool:
    """A counter of comments or views, no link's words nor a paragraph's first line."""
    return _COUNTER.fullmatch(line.cell) is not None


def _in_link_list(lines: list[PageLine], index: int, end: int, fields_end: int = -1) -> bool:
    """A short line among consecutive (unseparated) text lines most of which, around it, are
    not running text: an item of a sidebar's link list, whatever its punctuation. The lines
    up to `fields_end` were read as the header's fields (the headline, the dateline): no
    list's items, though a dump may set the text right under them."""
    if lines[index].han >= LIST_ITEM_MAX_HAN:
        return False
    # Up to LIST_REACH text lines either side within the block (walked, so that a block of
    # thousands of lines costs each line its reach, not the block).
    before: list[PageLine] = []
    j = index - 1
    while (
        j > fields_end
        and lines[j].followed
        and lines[j].kind != "blank"
        and len(before) < LIST_REACH
    ):
        if lines[j].kind == "text" and not _counter(lines[j]):
            before.append(lines[j])
        j -= 1
    after: list[PageLine] = []
    j = index
    while j + 1 <= end and lines[j].followed and len(after) < LIST_REACH:
        j += 1
        if lines[j].kind == "text" and not _counter(lines[j]):
            after.append(lines[j])
    near = [*reversed(before), lines[index], *after]
    if len(near) < LIST_LEAST_LINES:
        return False
    plain = sum(1 for line in near if not paragraph_like(line))
    return plain * 2 > len(near)


# A header (kicker, title, datelines, credits, a summary, a share bar) is some dozens of lines
# at most; a page of thousands of lines above any paragraph has no header worth reading line by
# line (and reading each costs a parse of a million short lines its minutes).
HEADER_MOST = 400


def _first_paragraph(lines: list[PageLine], index: int, end: int, column_edge: int) -> int:
    """The first line from `index` on that reads as running text in the article's column."""
    for at in range(index, end + 1):
        line = lines[at]
        if line.kind == "text" and line.column < column_edge and paragraph_like(line):
            return at
    return end + 1


_FIELD_LINES_MOST = 6  # a header's fields a dump wrapped (date, outlet, writer, editor, count)


def find_body_start(
    lines: list[PageLine],
    start: int,
    run: Run,
    is_title: Title,
    take_meta: Take,
    headline: str | None = None,
) -> int:
    """The first line of the article's text in lines[start..run.end]; what comes before it is
    its header: field lines go to `take_meta`, the rest is chrome. `headline` (its words
    without spaces) tells another version of it over the text, which is the header's too."""
    end, column_edge, wrap = run.end, run.column_edge, run.wrap
    i = start
    summary_seen = False  # a page has one such block above its text; what follows is the text
    dated_seen = False  # the header's dateline read: a date further down heads no header
    fields_end = start - 1  # the last line read as a field of the header (headline, dateline)

    def _under_headline(index: int) -> bool:
        """The headline, or its copy, right over line `index`: no picture's alt text."""
        above = previous_nonblank(lines, index, max(0, index - 4))
        return above is not None and is_title(above)

    while i <= end:
        if i - start > HEADER_MOST:  # no header is this long: read no more of it as fields
            return _first_paragraph(lines, i, end, column_edge)
        line = lines[i]
        if line.kind == "blank" or line.kind != "text" or line.column >= column_edge:
            if (
                line.kind in ("bullet", "form")
                or (line.kind == "text" and line.column >= column_edge)
            ) and (shapes.is_dated(line) or shapes.is_meta_line(line)):
                # a dateline that a widget's word made look like a list item, or that a
                # converter centred right of the text's edge (html2text's table cells)
                take_meta(line)
            i += 1
            continue
        if shapes.ORIGINAL_TITLE.match(line.cell):
            # （原标题：…）, over as many lines as the dump wrapped it, up to its closing mark
            take_meta(line)
            while (
                i < end
                and not lines[i].cell.endswith(("）", ")", "》", "】"))
                and continues(lines[i], lines[i + 1], wrap)
            ):
                i += 1
                take_meta(lines[i])
            i += 1
            continue
        if is_title(line) or line.closing or _another_version(line, headline):
            take_meta(line)
            fields_end = i
            i += 1
            continue
        if is_summary(line):
            i = _skip_summary(lines, i, end, wrap) + 1
            continue
        wrapped = i < end and continues(line, lines[i + 1], wrap)
        fields = _wrapped_fields(lines, i, end, wrap) if wrapped else None
        if fields is not None:
            # 来源： / 某某日报, 阅读：1024 / 次: the fields read as the one line they were
            unwrapped, last = fields
            take_meta(unwrapped)
            for field in lines[i + 1 : last + 1]:
                take_meta(field)
            fields_end = last
            i = last + 1
            continue
        if not wrapped and (
            shapes.is_meta_line(line)
            or shapes.is_dateline(line)
            or shapes.is_editor_line(line)
            or shapes.is_dated(line)
            or shapes.is_relative_date(line)
        ):
            take_meta(line)
            dated_seen = dated_seen or shapes.is_dated(line)
            fields_end = i
            i += 1
            continue
        if wrapped and _counter(line):
            i += 1  # a counter (an icon's glyph, 1024) the dump broke onto the text's line
            continue
        if wrapped:  # a paragraph long enough to wrap is the text, whatever it mentions …
            last = _paragraph_end(lines, i, end, wrap)
            if _PROMO.search(_squeezed(lines, i, last)):  # … but an advert wrapped at a width
                i = last + 1
                continue
            skip = _not_yet_the_text(lines, i, end, wrap, is_title, summary_seen, dated_seen)
            if skip is None:
                return i
            summary_seen = True
            i = skip + 1
            continue
        if _first_entry_time(lines, i, end):
            return i  # the live report's entries are its text, the first one's time too
        source, _ = credits.badge_line(line.cell)
        if source:
            take_meta(line)
            i += 1
            continue
        if (
            is_caption(line)
            or shapes.TAGS.search(line.cell)
            or _PROMO.search(line.cell)
            or _teaser(lines, i, end)
            or (_short_caption(lines, i, end, run.blankless) and not _under_headline(i))
        ):
            i += 1
            continue
        if _headline_variant(lines, i, end, run.blankless):
            take_meta(line)  # a credit (作者/某报) has a headline's shape too
            i += 1
            continue
        if shapes.outlet_under_date(line, previous_nonblank(lines, i, max(start, i - 2))):
            take_meta(line)
            fields_end = i
            i += 1
            continue
        if not paragraph_like(line) and not heads_a_section(lines, i, end, run.blankless):
            take_meta(line)  # an account name, a byline without a label, a column tag
            i += 1
            continue
        # Without blank lines the header's crumbs and datelines stand next to the first
        # heading; a label over running text there heads the text.
        blankless_heading = run.blankless and heads_a_section(lines, i, end, blankless=True)
        if not blankless_heading and _in_link_list(lines, i, end, fields_end):
            i += 1
            continue
        skip = _not_yet_the_text(lines, i, end, wrap, is_title, summary_seen, dated_seen)
        if skip is None:
            return i
        take_meta(line)  # (an account's name over the dateline, shaped like a heading)
        summary_seen = True
        i = skip + 1
    return end + 1


# A version of the headline shares most of its characters in their order (上半年经济运行总体
# 平稳 / 上半年全市经济运行总体平稳向好): the page's other title.
_VERSION_LEAST_RATIO = 0.75


def _another_version(line: PageLine, headline: str | None) -> bool:
    """Whether `line` is another version of the headline, set over the text."""
    if not headline or not shapes.title_like(line):
        return False
    key = line.key
    if not 0.7 * len(headline) <= len(key) <= 1.3 * len(headline):
        return False
    return SequenceMatcher(None, headline, key, autojunk=False).ratio() >= _VERSION_LEAST_RATIO


def _first_entry_time(lines: list[PageLine], index: int, end: int) -> bool:
    """A time alone over the first entry of a live report: another such stands further down
    (not a dateline's time on a line of its own, 2021 / 07-15 / 09:30)."""
    if not entry_time(lines, index, end):
        return False
    return any(entry_time(lines, i, end) for i in range(index + 1, end + 1))


def entry_time(lines: list[PageLine], index: int, end: int) -> re.Match[str] | None:
    """Line `index` as a time alone over an entry of text (10:20 / 发布会结束。): its match
    (hours, minutes), or None."""
    line = lines[index]
    stamp = shapes.CLOCK_STAMP.match(line.cell) if line.kind == "text" else None
    below = next_nonblank(lines, index + 1, end + 1) if stamp else None
    return stamp if below is not None and below.han >= ENTRY_LEAST_HAN else None


def _not_yet_the_text(
    lines: list[PageLine],
    index: int,
    end: int,
    wrap: Wrap | None,
    is_title: Title,
    summary_seen: bool,
    dated_seen: bool = False,
) -> int | None:
    """What looks like the first paragraph may still be the header: a profile or a kicker
    right above the dateline (unless the header's dateline was read already: `dated_seen`) or
    a copy of the headline, or a summary that the text repeats (once: after a summary, a lead
    that the text repeats is the text's own).
    Returns the last line to skip, or None when the text starts at `index`."""
    last = _paragraph_end(lines, index, end, wrap)
    seen = 0
    for line in lines[last + 1 : end + 1]:
        if line.kind == "blank":
            continue
        dated = shapes.is_dated(line) or shapes.is_relative_date(line)
        if dated and credits.print_edition(line.cell):
            break  # a paper's edition under the text: the text was above it
        if dated and is_post_line(line):
            break  # 某某 发表于 2021-07-15 under the text: a reader's comment, not the header
        if (
            dated
            and not dated_seen
            and not (line.index < end and continues(line, lines[line.index + 1], wrap))
        ):
            return line.index - 1  # the header's dateline is still to come: read it next
        if is_title(line) and lines[index].width <= KICKER_MAX_WIDTH:
            return line.index  # a kicker over a copy of the headline
        seen += 1
        if seen >= KICKER_REACH:
            break
    if not summary_seen and _repeated_later(lines, index, last, end, wrap):
        return last
    return None


def _wrapped_fields(
    lines: list[PageLine], index: int, end: int, wrap: Wrap | None
) -> tuple[PageLine, int] | None:
    """A line of fields or a dateline the dump wrapped over lines (an outlet's name or a
    count pushed onto the next): the line it was, and its last line; None when the wrapped
    lines are no such line."""
    last = _paragraph_end(lines, index, end, wrap)
    if last - index >= _FIELD_LINES_MOST:
        return None
    unwrapped = describe(index, " ".join(line.cell for line in lines[index : last + 1]))
    if unwrapped.prose or not (shapes.is_meta_line(unwrapped) or shapes.is_dated(unwrapped)):
        return None
    return unwrapped, last


def _paragraph_end(lines: list[PageLine], index: int, end: int, wrap: Wrap | None) -> int:
    last = index
    while last + 1 <= end and continues(lines[last], lines[last + 1], wrap):
        last += 1
    return last


def _paragraph_top(lines: list[PageLine], first: int, index: int, wrap: Wrap | None) -> int:
    """The first line of the wrapped paragraph whose line `index` is (not above `first`)."""
    top = index
    while top > first and continues(lines[top - 1], lines[top], wrap):
        top -= 1
    return top


def _squeezed(lines: list[PageLine], first: int, last: int) -> str:
    return without_spaces("".join(line.cell for line in lines[first : last + 1]))


def _repeated_later(
    lines: list[PageLine], first: int, last: int, end: int, wrap: Wrap | None
) -> bool:
    """A lead block that a paragraph further down repeats (inside a longer one, or in part):
    the page's summary of the story. Not the paragraph right after it, which may simply
    carry on, and not the same paragraph printed twice."""
    text = _squeezed(lines, first, last)
    if len(text) < 2 * REPEAT_PIECE:
        return False
    pieces = [text[k : k + REPEAT_PIECE] for k in range(0, len(text) - REPEAT_PIECE, REPEAT_PIECE)]
    stop = min(end, last + REPEAT_REACH)
    i, count = last + 1, 0
    while i <= stop:
        if lines[i].kind == "blank":
            i += 1
            continue
        paragraph_end = _paragraph_end(lines, i, stop, wrap)
        paragraph = _squeezed(lines, i, paragraph_end)
        if paragraph == text:
            return False
        hits = sum(1 for piece in pieces if piece in paragraph)
        if count >= REPEAT_SKIP and hits >= REPEATED_SHARE * len(pieces):
            return True
        count += 1
        i = paragraph_end + 1
    return False


_BOX_LINES_MOST = 8


def _skip_summary(lines: list[PageLine], index: int, end: int, wrap: Wrap | None) -> int:
    """The last line of a summary: its own paragraph (wrapped over lines), or, after a bare
    label ("划重点：", or 核心提示 alone over its box), the block of lines under it (a numbered
    list)."""
    cell = lines[index].cell
    label = _SUMMARY.match(cell)
    marked = cell.endswith((":", "：", "】", "]"))
    bare = not marked and label is not None and label.end() == len(cell)  # 核心提示, its box under
    if marked or bare:
        following = next_nonblank(lines, index + 1, end + 1)
        if following is None:
            return index
        block_end = _block_end(lines, following.index, end)
        boxed = block_end - following.index < _BOX_LINES_MOST
        if bare and not boxed:
            return index  # no box under it: lines without blanks between (a page's text nodes)
        if _list_number(following.cell) == 1:  # 1. … 2. …: the list ends where its numbers do
            return min(block_end, _list_end(lines, following.index, end, wrap))
        # (a block of unnumbered lines too long for a summary: no blank line ends it, as none
        # does in a dump of text nodes, where the text goes on right under it)
        return block_end if boxed else index
    last = index
    while last + 1 <= end and continues(lines[last], lines[last + 1], wrap):
        last += 1
    return last


# An item of a numbered list: 1. …, 2、…, (3) …, ④ is not needed: summaries number in digits.
_LIST_ITEM = re.compile(r"^[（(]?(\d{1,2})(?:[.、．]|[）)])\s*\S")


def _list_number(cell: str) -> int | None:
    match = _LIST_ITEM.match(cell)
    return int(match[1]) if match else None


def _list_end(lines: list[PageLine], index: int, end: int, wrap: Wrap | None) -> int:
    """The last line of the numbered list whose item 1 is at `index`: each item with the lines
    it wrapped over, as long as the next line carries the next number. A page that prints no
    blank line after the list (nor anywhere) goes on with its text right under it."""
    last, number = index, 1
    while True:
        last = _item_end(lines, last, end, wrap)
        following = next_nonblank(lines, last + 1, end + 1)
        if following is None or _list_number(following.cell) != number + 1:
            return last
        last, number = following.index, number + 1


def _item_end(lines: list[PageLine], index: int, end: int, wrap: Wrap | None) -> int:
    """The last line of the list item at `index`: the lines it wrapped over, flush with it or
    set under its text after the number (a text browser's hanging indent)."""
    item = lines[index]
    last = _paragraph_end(lines, index, end, wrap)
    while (
        last < end
        and lines[last + 1].kind == "text"
        and lines[last + 1].column > item.column
        and _list_number(lines[last + 1].cell) is None
    ):
        last = _paragraph_end(lines, last + 1, end, wrap)
    return last


_TEASERS_LEAST = 2


def _above_teasers(lines: list[PageLine], first: int, end: int, headers: tuple[int, ...]) -> int:
    """Where the text ends above a list of other articles that closes the run: two headers at
    least under it (a headline over a dateline), each over one paragraph at most, its summary.
    (A package's stories have a header each too, over paragraphs of their own.)"""
    after = [index for index in headers if first < index <= end]
    if len(after) < _TEASERS_LEAST:
        return end
    bounds = [*after[1:], end + 1]
    teasers = 0
    for index, stop in zip(reversed(after), reversed(bounds), strict=True):
        if not heads_a_teaser(lines, index, stop):
            break
        teasers += 1
    if teasers < _TEASERS_LEAST:
        return end
    opening = after[len(after) - teasers]
    headline = previous_nonblank(lines, opening, first)
    return headline.index - 1 if headline is not None else end


def find_body_end(
    lines: list[PageLine], first: int, run: Run, is_title: Title, take_meta: Take
) -> int:
    """The last line of the article's text in lines[first..run.end]; what follows it is
    credits, notes and chrome (field lines go to `take_meta`)."""
    end, column_edge, wrap = run.end, run.column_edge, run.wrap
    end = _above_teasers(lines, first, end, run.headers)
    j = end
    while j > first:
        line = lines[j]
        if line.kind == "blank" or line.kind != "text" or line.column >= column_edge:
            j -= 1
            continue
        cell = line.cell
        widget = cell.endswith(("：", ":")) and line.han <= WIDGET_LABEL_HAN  # 分享：, 标签:
        if continues(lines[j - 1], line, wrap) and not (
            widget
            or shapes.is_editor_line(line)
            or shapes.is_meta_line(line)
            or metadata.is_byline(cell)
            or credits.is_source_note(cell)  # (本文来自某某，更多资讯请下载某某APP) under it
        ):
            # The tail of a wrapped paragraph (a lone 。 that did not fit); a credit is not,
            # though a full last line with no blank line under it puts one there.
            top = _paragraph_top(lines, first, j, wrap)
            whole = _squeezed(lines, top, j) if top < j else ""
            if whole and (is_caption(describe(top, whole)) or shapes.FOLLOW_US.search(whole)):
                j = top - 1  # a caption or a follow-us note that a narrower wrap set over lines
                continue
            break
        if (
            line.closing
            or is_title(line)
            or shapes.is_editor_line(line)
            or shapes.is_meta_line(line)
            or metadata.is_byline(cell)
            or _PARENTHESISED.match(cell)
            or credits.is_source_note(cell)
            or credits.is_writer_note(cell)
            or credits.print_edition(cell)
        ):
            take_meta(line)
            j -= 1
            continue
        if (
            shapes.TAGS.search(cell)
            or _IMAGE_NOTE.search(cell)
            or is_caption(line)
            or shapes.FOLLOW_US.search(cell)
        ):
            j -= 1
            continue
        if not paragraph_like(line) and line.han <= SHORT_KICKER_HAN // 2:
            take_meta(line)  # 编辑某某校对某某, an account's name, a column's tag
            j -= 1
            continue
        break
    return j

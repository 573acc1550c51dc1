"""parse: text -> Document. Separates the article from the page chrome and splits it into sections.

A page dump is a whole web page as a text browser prints it. The steps, each in its module:
`pagelines` says what each line is; `run` finds the run of lines that holds the article;
`title` picks the headline above it; `margins` finds where the text begins and ends inside the
run, past datelines, captions and summaries above and credits and notes below; `metadata` and
`credits` read the fields those lines state; `sections` makes headings and paragraphs of the
rest. The chrome is kept as boilerplate, with its role, so the raw page can still be shown.
"""

from __future__ import annotations

import re
from collections import Counter

from tui.machinery.collector import collector_paused
from tui.model import Document, LineRole, Metadata, split_lines
from tui.parse import credits, metadata, shapes, title, written
from tui.parse.dates import date_alone, find_date, stacked_date
from tui.parse.headings import heading_title
from tui.parse.linkmarks import by_lynx, page_above_links, printed_span
from tui.parse.margins import find_body_end, find_body_start, paragraph_like
from tui.parse.markdown import FIRST_LEVEL_HEADING, words_of_markdown
from tui.parse.pagelines import (
    PageLine,
    describe_all,
    fits_within,
    is_button,
    next_nonblank,
    per_text,
    previous_nonblank,
    printed_lines_above,
    table_rows,
    without_spaces,
)
from tui.parse.run import (
    Run,
    Wrap,
    article_run,
    carry_linked_words,
    continues,
    heads_a_teaser,
    paragraphs_under,
)
from tui.parse.sections import sections, structure
from tui.parse.title import find_title, title_key, title_lines, title_text, wrapped
from tui.text import surnames as family_names

_ANCHOR_LEAST_HAN = 20  # the first line this long of running text is surely the article's
_FOLLOW_BUTTON = re.compile(r"\s*[+＋]?\s*关注$")  # glued to an account's name: 张三 + 关注
CREDIT_REACH = 6  # nonblank lines after the article where its credits may still be
_FIELDS_ABOVE_REACH = 12  # lines above the headline where its table of fields may start
_REPEAT_WIDTH = 160
# A row of links (tags, a menu) in a lynx or elinks dump: this many link numbers in a line's
# text, with at most _BEFORE_LINK_ROW characters before the first (a link's words broken off
# the line above).
_LINK_ROW = 3
_BEFORE_LINK_ROW = 2


def parse(text: str, name: str = "") -> Document:
    """Split a page dump into roles per line, metadata and the article's sections."""
    with collector_paused():  # a line object per line, none in a cycle: see collector
        read = written.reading(text)  # (a page in traditional characters: in simplified)
        document = _parse(read, name)
    return document if read is text else written.as_written(document, read, text)


def _parse(text: str, name: str) -> Document:
    raw_lines = split_lines(text)
    # A lynx or elinks dump is read down to its list of link addresses, without its link numbers;
    # the raw page keeps both.
    above = page_above_links(raw_lines)
    lynx = above is not raw_lines and by_lynx(raw_lines[len(above) :])
    markdown = words_of_markdown(above)  # (and a Markdown dump without its inline markup)
    read_lines = markdown.lines
    if not read_lines:
        read_lines = [""]  # a dump of nothing but its list of links: an empty page
    lines = describe_all(read_lines)  # which leaves one copy of each repeated line in read_lines
    for index in markdown.pictures:
        lines[index].kind = "image"
    for index, goes_on in markdown.joins.items():
        lines[index].carried = goes_on
    # Which lines give a date, worked out once per distinct text: the text-node rules and the
    # article's run both ask (a page of one line repeated has its answer once).
    dated = per_text(lines, shapes.is_dated)
    carry_linked_words(lines, dated)
    if above is not raw_lines:
        for line, printed in zip(lines, raw_lines, strict=False):
            if len(printed) != len(line.raw):
                _read_link_numbers(line, printed)
    for line, below in zip(lines, lines[1:], strict=False):
        line.followed = below.kind != "blank"
    _mark_repeated(lines)
    roles: list[LineRole] = ["blank" if line.kind == "blank" else "boilerplate" for line in lines]
    # html2text counts a character a column, as lynx does (and breaks lines only at spaces)
    known_wrap = Wrap(markdown.wrap, lynx=True) if markdown.wrap else None
    run = article_run(lines, dated, lynx, known_wrap)
    prose = [line.index for line in lines[run.start : run.end + 1] if line.prose]
    if prose:
        table_rows(lines, prose[0], prose[-1], run.column_edge)
    found = metadata.Found()

    title_index, start = _headline(lines, run)
    title_rows = title_lines(lines, title_index) if title_index is not None else []
    title = _joined([title_text(lines[i].cell) for i in title_rows]) if title_rows else None
    headline_key = without_spaces(title) if title else None
    for index in title_rows[1:]:
        roles[index] = "meta"  # the rest of a headline set over centred lines
    start = max(start, title_rows[-1] + 1) if title_rows else start

    def is_title(line: PageLine) -> bool:
        return (
            headline_key is not None
            and len(line.cell) >= len(headline_key)
            and line.width <= 2 * shapes.TITLE_MAX_WIDTH
            and headline_key[-1] in line.cell  # a cheap test first: most lines fail it
            and title_key(line) == headline_key
        )

    for line in lines:
        if is_title(line):
            roles[line.index] = "meta"  # the headline and its copies (breadcrumb, alt text)

    def take_header(line: PageLine) -> None:
        if _read_header_line(lines, line, found):
            roles[line.index] = "meta"

    def take_trailer(line: PageLine) -> None:
        if _read_trailing_line(line, found):
            roles[line.index] = "meta"

    _read_above(lines, title_index, start, found, roles)
    first = find_body_start(lines, start, run, is_title, take_header, headline_key)
    last = find_body_end(lines, first, run, is_title, take_trailer)
    _read_below(lines, run.end, run.column_edge, found, roles)
    if found.date is None and run.post_line is not None:
        posted = find_date(lines[run.post_line].whole)  # 1楼 2021-07-15 10:20, under the post
        if posted:
            found.set_date(posted[0])
            roles[run.post_line] = "meta"

    for line in lines[first : last + 1]:  # 文/某报记者某某 between the stories of a package
        credit = metadata.is_byline(line.cell) or shapes.is_editor_line(line)
        if (
            line.kind == "text"
            and line.column < run.column_edge
            and credit
            # (not the first line of a paragraph that opens with its credit, wrapped)
            and not (line.index < last and continues(line, lines[line.index + 1], run.wrap))
        ):
            _read_trailing_line(line, found)
            roles[line.index] = "meta"
    outline = structure(lines, first, last, run.column_edge, roles, run.wrap)
    body = sections(lines, outline, roles, run.wrap)
    paragraphs = [p for section in body for p in section.paragraphs]
    # 新华社北京1月13日电（记者张三）…: a story names its own writers where it starts (each
    # story of a package where its section starts) and in parentheses where it ends.
    for n, section in enumerate(body):
        if section.paragraphs:
            agency, reporters = metadata.opening_credit(section.paragraphs[0].text)
            if n == 0:
                found.set_source(agency, metadata.SOURCE_OPENING)
            found.add_authors(reporters)
    if paragraphs:
        writers, editors = credits.closing_credit(paragraphs[-1].text)
        found.add_editors(editors)
        found.add_authors(writers)
    meta = Metadata(
        title=title,
        date=found.date,
        source=found.source,
        authors=tuple(found.authors),
        editors=tuple(found.editors),
        url=found.url,
        category=found.category,
        previous=found.previous,
        next=found.next,
    )
    for index in sorted(markdown.joins):
        if markdown.joins[index] and lines[index].kind == "blank":
            roles[index] = roles[index - 1]  # a link's address, wrapped: part of its line
    if read_lines is not raw_lines:
        # a line of the file that held only a browser's or a converter's marks (an image, a
        # link number) is chrome, not a blank line, and so is the list of addresses below
        roles += ["blank"] * (len(raw_lines) - len(roles))
        roles = [
            "boilerplate" if role == "blank" and raw.strip() else role
            for role, raw in zip(roles, raw_lines, strict=True)
        ]
    return Document(name, tuple(raw_lines), tuple(roles), meta, body)


def _read_link_numbers(line: PageLine, printed: str) -> None:
    """What the link numbers a text browser printed in `line` tell: how much wider it was
    printed (so where the browser wrapped it), and whether it is a row of links."""
    start = line.raw.find(line.cell)
    end = start + len(line.cell)
    printed_start, printed_end = printed_span(printed, line.raw, start, end)
    line.marks = printed_end - end  # (the numbers are ASCII: a column each)
    cell = printed[printed_start:printed_end]
    if (
        line.kind == "text"
        and not line.prose
        and cell.count("[") - line.cell.count("[") >= _LINK_ROW
        and len(cell[: cell.find("[")].strip()) <= _BEFORE_LINK_ROW
    ):
        # [86]标签[87]标签[88]…: a row of links, a menu's kind (elinks may break it inside a
        # link's words: 余 / 弦[90]…)
        line.kind = "bullet"


def _joined(parts: list[str]) -> str:
    """A headline's lines as one: Han runs on; Latin words keep a space between them."""
    text = parts[0]
    for part in parts[1:]:
        gap = " " if text[-1:].isascii() and text[-1:].isalnum() and part[:1].isascii() else ""
        text += gap + part
    return text


def _mark_repeated(lines: list[PageLine]) -> None:
    """Short lines whose words stand on another line too: a picture's alt text printed at
    each use, a headline's copies, a column's name. (Long lines are never looked at.)"""
    short = [line for line in lines if line.kind == "text" and line.width <= _REPEAT_WIDTH]
    counts = Counter(line.key for line in short)
    for line in short:
        line.repeated = counts[line.key] > 1


def _headline(lines: list[PageLine], run: Run) -> tuple[int | None, int]:
    """The headline's line index, and where the search for the text starts."""
    first = next((line for line in lines[run.start : run.end + 1] if line.kind != "blank"), None)
    if first is None:
        return None, run.start
    # A plain text that starts with its own title: "# Title" (when "#" does not also mark its
    # chapters), or a short line standing apart above the rest (a poem, notes).
    if (
        FIRST_LEVEL_HEADING.match(first.cell)
        and not any(FIRST_LEVEL_HEADING.match(line.cell) for line in lines[first.index + 1 :])
    ) or (
        shapes.title_like(first, least_han=2)
        and not first.followed
        and first.width <= 100
        and not heading_title(first.cell)
        and not any(line.kind != "blank" for line in lines[: first.index])
    ):
        return first.index, first.index + 1
    # The headline is above the page's header: the dateline nearest above the article's
    # first paragraph (or the first in the run, when the run starts with stray text), or
    # above that paragraph when no dateline under a headline is near.
    prose = next(
        (
            line.index
            for line in lines[run.start : run.end + 1]
            if line.prose
            and line.han >= _ANCHOR_LEAST_HAN
            and not shapes.is_dated(line)
            and (not shapes.title_like(line) or wrapped(lines, line.index, run.wrap))
        ),
        run.start,
    )
    # (counted in lines with something on them: elinks sets a share box's icons a blank line
    # apart, sixty lines between the header and the text)
    reach = printed_lines_above(lines, run.start, title.REACH)
    near = [i for i in run.headers if reach <= i <= run.end]
    before = [i for i in near if i <= prose]
    header = before[-1] if before else near[0] if near else None
    if header is not None:
        header = _past_teasers(lines, near, header)
    anchor = header + 1 if header is not None else prose
    title_index = find_title(lines, anchor, run.wrap)
    # The text starts after the headline: the run may begin below it (under share buttons and
    # a summary that scored less than nothing) or above it (with a dateline).
    start = run.start if title_index is None else title_index + 1
    if any(_heads_a_list(lines, line.index) for line in lines[start : run.start]):
        start = run.start  # a list of other articles between the headline and the run
    return title_index, start


_STORY_LEAST_PARAGRAPHS = 3


def _past_teasers(lines: list[PageLine], near: list[int], header: int) -> int:
    """The article's header, when `header` heads a teaser above it (another article's headline,
    dateline and summary) and the next header a story (three paragraphs or more): a box of
    other articles set over the page's own."""
    following = [i for i in near if i > header]
    if not following or not heads_a_teaser(lines, header, following[0]):
        return header
    stop = following[1] if len(following) > 1 else len(lines)
    if paragraphs_under(lines, following[0], stop) < _STORY_LEAST_PARAGRAPHS:
        return header
    return following[0]


def _heads_a_list(lines: list[PageLine], index: int) -> bool:
    """相关新闻： with headlines under it (two at least)."""
    if not lines[index].closing:
        return False
    below = [line for line in lines[index + 1 : index + 8] if line.kind != "blank"][:2]
    return len(below) == 2 and all(
        shapes.title_like(line) and not line.cell.startswith(("“", "「", '"')) for line in below
    )


def _read_header_line(lines: list[PageLine], line: PageLine, found: metadata.Found) -> bool:
    """Fill `found` from a line between the headline and the text; True when it gave a field."""
    if line.closing:
        return False
    text = line.whole
    if shapes.ORIGINAL_TITLE.match(line.cell):
        return True  # the headline the story had where it first appeared
    if metadata.is_photo_credit(text):
        return True  # 图片来源：某图库: where a picture came from, not the story
    if shapes.outlet_under_date(line, previous_nonblank(lines, line.index)):
        return True  # the dateline's outlet, read with the date above it
    # The byline first: 记者 张三 通讯员 李四 credits its writers in that order.
    people = metadata.byline_names(text) if metadata.is_byline(line.cell) else []
    found.add_authors(people)
    if people:  # (the weakest word on the source: a label or a dateline says it more plainly)
        found.set_source(credits.byline_outlet(text), metadata.SOURCE_OPENING)
    below = next_nonblank(lines, line.index + 1)
    gave = metadata.read_labelled(text, found) or bool(people)
    date = find_date(text)
    if date and fits_within(text, 200):
        found.set_date(date[0])
        named = metadata.unlabelled_source(text)
        if named and _a_persons_name(named):
            found.add_authors([named])  # 张三 · 2021-07-15 09:30: a blog's or a forum's writer
        else:
            found.set_source(named, metadata.SOURCE_UNLABELLED)
        if below is not None and shapes.outlet_under_date(below, line):
            found.set_source(below.cell.strip(), metadata.SOURCE_UNLABELLED)
        gave = True
    relative = shapes.RELATIVE_DATE.match(line.cell) if not date else None
    if relative and relative["name"] and credits.OUTLET.match(relative["name"]):
        found.set_source(relative["name"], metadata.SOURCE_UNLABELLED)  # 某某日报 3小时前
        gave = True
    stacked = stacked_date(line.cell, below.cell) if below and not date else None
    if stacked:
        found.set_date(stacked)
        return True
    source, writers = credits.badge_line(line.cell)
    if not source:
        source, writers = credits.writer_outlet(line.cell)
    if source or writers:
        found.set_source(metadata.clean_source(source) if source else None, metadata.SOURCE_STATED)
        found.add_authors(writers)
        return True
    statement = credits.source_statement(line.cell)
    if statement:
        found.set_source(statement, metadata.SOURCE_STATED)
        gave = True
    category = metadata.breadcrumb_category(text)
    if category:
        found.set("category", category)
        gave = True
    if not gave and below and credits.PLATFORM_LABEL.match(below.cell):
        return _lone_credit(line.cell, found, account=True)
    if not gave and _above_dateline(lines, line):
        return _lone_credit(line.cell, found)
    return gave


def _above_dateline(lines: list[PageLine], line: PageLine) -> bool:
    below = next_nonblank(lines, line.index + 1)
    if below is not None and below.kind == "bullet" and is_button(below.cell):
        below = next_nonblank(lines, below.index + 1)  # 张三 / 关注 / the date: a follow button
    return below is not None and (
        shapes.is_dated(below) or metadata.starts_with_date_label(below.whole)
    )


_PERSONS_NAME = re.compile(r"[\u4e00-\u9fff]{2,3}")


def _a_persons_name(name: str) -> bool:
    """张三, not 某某网 nor 新华社: two or three characters that open with one of the commonest
    family names, and no outlet's ending."""
    return (
        _PERSONS_NAME.fullmatch(name) is not None
        and family_names.is_common(name[0])
        and not credits.OUTLET.match(name)
    )


def _lone_credit(cell: str, found: metadata.Found, account: bool = False) -> bool:
    """A name alone right above the dateline: the outlet (新华社) or the writer (an account);
    an `account` a platform's label marks as one (扬眼 above 企鹅号) is the outlet."""
    name = _FOLLOW_BUTTON.sub("", cell.strip())
    if not shapes.CREDIT_NAME.match(name) or paragraph_like(PageLine(0, name, cell=name)):
        return False
    if name in metadata.DATE_LABELS:
        return False  # 发表于 / 2021-07-15 09:30: the date's own word, on a line of its own
    if account or credits.OUTLET.match(name):
        found.set_source(name, metadata.SOURCE_STATED)
    else:
        found.add_authors([name])
    return True


def _read_trailing_line(line: PageLine, found: metadata.Found) -> bool:
    """Fill `found` from a line after the text (credits, notes); True when it gave a field."""
    if line.closing:
        return False
    text = line.whole
    if metadata.is_photo_credit(text):
        return True
    gave = metadata.read_labelled(text, found)
    people = metadata.byline_names(text) if metadata.is_byline(line.cell) else []
    found.add_authors(people)
    writers, editors = credits.credit_line(line.cell)
    found.add_editors(editors)
    contributors = credits.contributors(line.cell) + writers
    found.add_authors(contributors)
    statement = credits.source_statement(line.cell)
    if statement:
        found.set_source(statement, metadata.SOURCE_STATED)
    edition = credits.print_edition(line.cell)
    if edition:
        found.set_source(edition[0], metadata.SOURCE_STATED)
        found.set_date(edition[1])
        return True
    # A page that gave no date above its text may sign it off with one (某某办公厅 / 2021年7月15日).
    signed = date_alone(line.cell) if found.date is None else None
    found.set_date(signed)
    return gave or any((people, contributors, editors, statement, signed))


def _read_above(
    lines: list[PageLine],
    title_index: int | None,
    start: int,
    found: metadata.Found,
    roles: list[LineRole],
) -> None:
    """The breadcrumb above the headline, and the field lines between it and the run."""
    header_from = title_index if title_index is not None else max(0, start - 12)
    headline = title_text(lines[title_index].cell) if title_index is not None else None
    for line in lines[max(0, header_from - 12) : header_from]:
        category = (
            metadata.breadcrumb_category(line.whole, headline) if line.kind == "text" else None
        )
        if category:
            found.set("category", category)
            roles[line.index] = "meta"
        elif found.category and line.cell == found.category:
            roles[line.index] = "meta"  # the column's name again, under its breadcrumb
    if title_index is not None:
        _read_fields_above(lines, title_index, found, roles)
    below_title = header_from + 1 if title_index is not None else header_from
    for line in lines[below_title:start]:
        if line.kind in ("blank", "footer", "image") or roles[line.index] != "boilerplate":
            continue
        if (
            shapes.is_meta_line(line)
            or shapes.is_dateline(line)
            or shapes.is_dated(line)
            or credits.badge_line(line.cell)[0]
            or (line.kind == "text" and not paragraph_like(line))
        ) and _read_header_line(lines, line, found):
            roles[line.index] = "meta"


def _read_fields_above(
    lines: list[PageLine], title_index: int, found: metadata.Found, roles: list[LineRole]
) -> None:
    """Labelled field lines right above the headline: an information-disclosure page sets its
    fields in a table over the title (发布机构 / 成文日期 / 标题 / 文号 / 发布日期). Read up from
    the headline, over its copies, to the first line of another kind."""
    for line in reversed(lines[max(0, title_index - _FIELDS_ABOVE_REACH) : title_index]):
        if line.kind in ("blank", "rule") or roles[line.index] == "meta":
            continue
        if not (
            metadata.label_count(line.whole)
            and shapes.is_meta_line(line)
            and _read_header_line(lines, line, found)
        ):
            return
        roles[line.index] = "meta"


def _read_below(
    lines: list[PageLine],
    end: int,
    column_edge: int,
    found: metadata.Found,
    roles: list[LineRole],
) -> None:
    """Previous/next links and field lines after the article's run; right after it, also
    credits and notes (某报记者张三, （实习生李四对此文亦有贡献）, 本文为某网授权发布,
    the paper's edition the story ran in)."""
    i = end + 1
    near = [line.index for line in lines[end + 1 :] if line.kind != "blank"][:CREDIT_REACH]
    if found.date is None and near and _posted_line(lines, near):
        found.set_date(find_date(lines[near[0]].whole)[0])
        roles[near[0]] = "meta"
    for index in near:
        line = lines[index]
        if (
            line.kind in ("text", "footer")
            and line.column < column_edge
            and (
                metadata.is_byline(line.cell)
                or credits.contributors(line.cell)
                or credits.source_statement(line.cell)
                or credits.print_edition(line.cell)
                or any(credits.credit_line(line.cell))
                or (found.date is None and date_alone(line.cell))
            )
            and _read_trailing_line(line, found)
        ):
            roles[index] = "meta"
    while i < len(lines):
        line = lines[i]
        if line.kind in ("text", "bullet") and metadata.has_previous_next(line.whole):
            following = [lines[j].whole for j in range(i, min(i + 4, len(lines)))]
            pairs, used = metadata.previous_next(following)
            if pairs:
                found.set("previous", pairs.get("previous"))
                found.set("next", pairs.get("next"))
                for j in range(i, i + used):
                    if lines[j].kind != "blank":
                        roles[j] = "meta"
                i += max(used, 1)
                continue
        trailing = line.kind in ("text", "bullet", "footer") and _is_trailing_meta(line)
        if trailing and _read_trailing_line(line, found):
            roles[i] = "meta"
        i += 1


# The longest run of Han characters a post's own line holds: a name, a widget's word (阅读,
# 评论, 收藏); a headline's or a sentence's run is longer.
_POSTED_LINE_MOST_RUN = 4
_HAN_RUN = re.compile(r"[\u4e00-\u9fff]+")


def _posted_line(lines: list[PageLine], near: list[int]) -> bool:
    """The line right under the text is the post's own (posted @ 2021-07-15 10:20 张三 阅读(123),
    张三 发表于 2021-07-15): a date with names and widgets' words only, and no text under it (a
    comment's dated line has the comment under it)."""
    line = lines[near[0]]
    return (
        line.kind == "text"
        and not line.closing
        and shapes.is_dated(line)
        and not metadata.has_previous_next(line.whole)  # 上一篇 2021-07-10: another's
        and max(map(len, _HAN_RUN.findall(line.whole)), default=0) <= _POSTED_LINE_MOST_RUN
        and not any(lines[index].prose for index in near[1:])
    )


_FIELD_MARK = re.compile(r"[:：|丨｜]")


def _is_trailing_meta(line: PageLine) -> bool:
    text = line.whole
    if not _FIELD_MARK.search(text):  # no label with its colon: only one at the start
        return line.kind != "footer" and fits_within(text, 200) and metadata.starts_with_label(text)
    if line.kind == "footer":  # "版权声明 来源：… 时间：… 作者：…" but not "地址：… 电话：…"
        return fits_within(text, 200) and metadata.label_count(text) >= 2
    return fits_within(text, 200) and (
        metadata.starts_with_label(text)
        or metadata.label_count(text) >= 2
        # 【纠错】 【责任编辑：王五】: fields in brackets after a button in brackets
        or (text.lstrip().startswith(("【", "[")) and metadata.label_count(text) > 0)
    )

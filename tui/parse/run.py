"""run: where the article is — the run of lines that holds it, its column and its wrap width.

The article is found the way body-text extractors do it (BTE, GeneralNewsExtractor,
trafilatura), adapted to lines: every line gets a score, positive for long punctuated Han prose
and negative for chrome (menus, link lists, image alts, form fields, footers, the marks that
close an article), and the article is the run of lines with the highest total. A headline with
a dateline right under it is where an article starts on nearly every news page, so such a
dateline scores well: a short article under its headline beats a longer comment feed further
down the page.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import partial

from tui.parse import metadata, shapes
from tui.parse.headings import heading_title, numbering_style
from tui.parse.pagelines import PageLine, bracketed_links, next_nonblank, per_text, shares_a_word

# Scores: prose counts by its Han characters; chrome costs a little each line, footers a lot.
# A mark that closes an article (an editor's credit, an end mark, the heading of a list of other
# articles or of readers' comments) is a wall: no run goes through it.
FOOTER_COST = 100.0
CLOSING = float("-inf")
META_COST = 20.0
BULLET_COST = 8.0
SHORT_COST = 2.0
PROSE_FLOOR = 10  # a punctuated line of fewer Han characters is more likely a link than prose
HEADER_BONUS = 120.0  # a dateline under a headline
HEADER_REACH = 3  # nonblank lines between the headline and its dateline, at most
KICKER_STORY_HAN = 30
CREDIT_REACH = 8  # short lines after the run that may still be its text
STORY_PARAGRAPHS = 2
_LEAST_WRAP = 40  # narrower "wrapped" lines are more likely short lines of verse or lists
# What may close a sentence after its stop: a quotation's or a bracket's closing mark.
_AFTER_THE_STOP = "”’」』）)"
_SENTENCE_END = re.compile(f"[。！？!?…]$|[。！？!?][{_AFTER_THE_STOP}]$")
# A line of program code in an article about programming: ASCII with code punctuation. It
# costs nothing, so that the text after a code block stays in the article.
_CODE = re.compile(r"^[\x20-\x7e]*[=(){}\[\];:.][\x20-\x7e]*$")
_FEED_LINE_WIDTH = 60
# A line that is one quotation, as a story prints a line of dialogue (“你一点都没变。”).
_DIALOGUE_LINE = re.compile(r"^\s*[“「][^“”「」]+[”」][。！？!?…]*\s*$")
_PARAGRAPH_INDENT = re.compile(r"^ *(?:\u3000{1,2}|\t)\S")  # after any margin the page is set in
# A paragraph's indent (two ideographic spaces, after any margin: lynx sets its text three
# columns in, its headline at none; or spaces) and a clause or sentence ending it.
_INDENTED_CLAUSE = re.compile(r"^(?: *\u3000{1,2}|\t|\s{2,4})\S.*[，。！？；：…,!?;~”」』]$")
# A reader's name and when they commented: 某某网友 5小时前, 今天07:13, 昨天 12:30 (in
# a link, which the C html2text underlines: 今天_12:30).
_RELATIVE_TIME = re.compile(
    r"(?:(?<!\d)\d{1,4}\s*(?:秒|分钟|小时|天|周|个月)前|刚刚|(?:今天|昨天|前天)[\s_]*\d{1,2}:\d\d)"
    r"\s*\S{0,12}$"
)


@dataclass(frozen=True)
class Wrap:
    """How the dump wrapped long lines."""

    width: int  # the column no wrapped line passes
    # lynx counts a character as one column, a wide one too, and breaks a word that opens
    # with Latin letters only at a space, Han characters glued to it and all (2021 | ABC（…）)
    lynx: bool = False


@dataclass(frozen=True)
class Run:
    """The article's lines: first and last index, where its column ends, its wrap width."""

    start: int
    end: int
    column_edge: int  # display column: text that starts beyond it is a sidebar
    wrap: Wrap | None  # how the dump wrapped long lines, if it did
    headers: tuple[int, ...]  # datelines under a headline (see headers())
    blankless: bool = False  # printed without blank lines: a paragraph is a line (or a wrap)
    # A thread's first post line when it stands under the post (1楼 2021-07-15 10:20): it
    # closes the article and is the article's own dateline.
    post_line: int | None = None


def score(line: PageLine, margin: int = 0) -> float:
    """How much `line` looks like article prose; `margin` is the page's own left margin (the
    indent every text line has), which is no paragraph indent."""
    if line.kind == "blank":
        return 0.0
    if line.kind == "footer":
        return -FOOTER_COST
    if line.closing or (line.kind == "text" and shapes.is_editor_line(line)):
        return CLOSING
    if line.kind == "bullet":
        return -BULLET_COST - line.han / 4
    if line.kind != "text":
        return -SHORT_COST
    links = bracketed_links(line.cell)
    if links >= 2:  # a row of linked thumbnails, not a paragraph
        return -FOOTER_COST / 5 * links
    if shapes.is_meta_line(line) or (
        line.width <= _FEED_LINE_WIDTH and _RELATIVE_TIME.search(line.cell)
    ):
        return -META_COST
    if line.prose and line.han >= PROSE_FLOOR:
        return float(line.han - PROSE_FLOOR)
    if line.han and _DIALOGUE_LINE.match(line.cell):
        # “对不起，我不知道……”: a line of dialogue, short as it is, is the story's text
        return float(min(line.han, PROSE_FLOOR) / PROSE_FLOOR)
    if _INDENTED_CLAUSE.match(line.raw[margin:].rstrip()):
        # A short line set as a paragraph (indented, ending a clause): the way self-media
        # posts set their text, a line per clause. It is text, if not much of it.
        return float(min(line.han, PROSE_FLOOR) / PROSE_FLOOR)
    if line.prose:
        return float(line.han - PROSE_FLOOR)
    if line.han == 0 and _CODE.match(line.raw):
        return 0.0
    return -SHORT_COST


def page_margin(lines: list[PageLine]) -> int:
    """The spaces every text line of the page starts with (a dump set off from the left)."""
    return min(
        (len(line.raw) - len(line.raw.lstrip(" ")) for line in lines if line.kind == "text"),
        default=0,
    )


def headers(lines: list[PageLine], dated_lines: list[bool]) -> list[int]:
    """Datelines with a headline right above them (field lines between allowed), in page
    order. The first is most likely the page's own header; later ones head the teasers of
    other articles, and an early one may head a box of latest news. (`dated_lines`: whether
    each line is dated, shapes.is_dated.)"""
    found = []
    for line, dated in zip(lines, dated_lines, strict=True):
        if not dated:
            continue
        seen = 0
        for above in reversed(lines[max(0, line.index - 2 * HEADER_REACH - 2) : line.index]):
            if above.kind in ("blank", "image"):
                continue
            if shapes.title_like(above):
                if _text_follows(lines, line.index):
                    found.append(line.index)
                break
            seen += 1
            if seen >= HEADER_REACH or not shapes.is_meta_line(above):
                break
    return found


# A teaser of another article under its header (a headline over a dateline): its summary, one
# paragraph at most before the next header; a story has paragraphs of its own.
_TEASER_MOST_PARAGRAPHS = 1


def paragraphs_under(lines: list[PageLine], header: int, stop: int) -> int:
    """Lines of prose between header line `header` and line `stop` (the next header); the same
    words twice in a row (a picture's alt text and its caption) count once."""
    count, previous = 0, ""
    for line in lines[header + 1 : stop]:
        if line.kind == "blank":
            continue
        if line.prose and not line.closing and line.key != previous:
            count += 1
        previous = line.key
    return count


def heads_a_teaser(lines: list[PageLine], header: int, stop: int) -> bool:
    """Whether header line `header` heads a teaser of another article, not a story."""
    return paragraphs_under(lines, header, stop) <= _TEASER_MOST_PARAGRAPHS


_FEED_LEAST_TEASERS = 4
_HEADLINE_LEAST_HAN = 8
_SOURCE_LINES = 2  # a teaser's headline, its source's name, its date (a headline twice)


def _teaser_feeds(lines: list[PageLine], dated: list[bool], header: int) -> list[tuple[int, int]]:
    """The lines of each feed of other articles' teasers under the page's header: four or
    more dates in a row, each under a headline (its source between, at most) and over a
    paragraph at most before the next teaser's headline. A feed's headlines and summaries are
    punctuated as prose: a long feed outscored a short article. (A timeline inside a text
    dates its paragraphs, which end as sentences do: no headline is over its dates.)"""
    teasers = [
        index
        for index in range(header + 1, len(lines))
        if dated[index] and _headline_above(lines, index, header) < index
    ]
    feeds = []
    k = 0
    while k < len(teasers):
        j = k
        # (what stands under a teaser's date: up to the next teaser's headline)
        while j + 1 < len(teasers) and heads_a_teaser(
            lines, teasers[j], _headline_above(lines, teasers[j + 1], teasers[j])
        ):
            j += 1
        if j - k + 1 >= _FEED_LEAST_TEASERS:
            feeds.append((_headline_above(lines, teasers[k], header), teasers[j]))
        k = j + 1
    return feeds


_SNIPPET_LEAST_HAN = 30
_SNIPPETS_LISTED = 3
_SNIPPET_MOST_LINES = 3
_COMMAS = ("，", ",")
_CLOSING_MARKS = tuple(_AFTER_THE_STOP + "】")


def _snippets_listed(lines: list[PageLine]) -> list[int]:
    """The lines of lists of other articles' snippets: three or more headlines in a row, each
    over a few lines of its article cut off mid-sentence (…据统计局公布的情况，从下个月开始),
    on one line or wrapped over up to three. Each snippet scores as prose, and a list of ten
    outscored a short article."""
    found: list[int] = []
    listed: list[int] = []  # headline and snippet lines of the list being read
    previous: PageLine | None = None  # the last nonblank line
    index = 0
    while index < len(lines):
        line = lines[index]
        if line.kind == "blank":
            index += 1
            continue
        snippet = previous is not None and line.prose and line.han >= _SNIPPET_LEAST_HAN
        if snippet:  # (asked of a few lines: most are no long prose under another line)
            last = _snippet_end(lines, index)  # the snippet's last line, as far as shape goes
            snippet = (
                not _SENTENCE_END.search(lines[last].cell)
                # (a paragraph that ends at a comma is a page's way of setting clauses apart;
                # one that ends at a closing mark, with a note or a quote, was not cut off)
                and not lines[last].cell.endswith(_COMMAS + _CLOSING_MARKS)
                and not (last + 1 < len(lines) and lines[last + 1].kind == "text")
                and (previous.kind == "bullet" or shapes.title_like(previous))
                and not previous.cell.endswith(_COMMAS)
            )
        if snippet:
            listed += [previous.index, *range(index, last + 1)]
            index = last
        elif listed and line.prose and not shapes.title_like(line):  # a paragraph ends the list
            if len(listed) >= 2 * _SNIPPETS_LISTED:
                found += listed
            listed = []
        previous = lines[index]
        index += 1
    if len(listed) >= 2 * _SNIPPETS_LISTED:
        found += listed
    return found


def _snippet_end(lines: list[PageLine], index: int) -> int:
    """The last of the text lines that follow one another from line `index`, up to a
    snippet's most (a longer block is a paragraph, or several)."""
    last = index
    while (
        last + 1 < len(lines)
        and lines[last + 1].kind == "text"
        and last + 1 - index < _SNIPPET_MOST_LINES
    ):
        last += 1
    return last


def _headline_above(lines: list[PageLine], dateline: int, stop: int) -> int:
    """The teaser's headline over `dateline` (a source's name between, at most; after line
    `stop`), or `dateline` itself when there is none."""
    seen = 0
    for above in range(dateline - 1, stop, -1):
        line = lines[above]
        if line.kind == "blank":
            continue
        if line.kind == "text" and line.han >= _HEADLINE_LEAST_HAN and not line.cell.endswith("。"):
            return above
        seen += 1
        if seen >= _SOURCE_LINES:
            break
    return dateline


# A post's own line in a thread (a forum's, a comment feed's): its floor or its "posted at",
# beside the time it was posted (楼主 | 发表于 2021-07-15 10:20, 2楼 2021-07-15, #3 10:20).
# (Counts bounded: \d+# would rescan a line of digits from each digit.)
_POST_MARK = re.compile(
    r"楼主|沙发|板凳|地板|(?<![\d.])\d{1,5}\s*楼(?![\u4e00-\u9fff])|#\d{1,6}|(?<!\d)\d{1,6}#"
    r"|发表于|回复于"
)
# What every mark holds, looked for first: most lines hold none.
_POST_HINT = re.compile("楼|#|发表于|回复于|沙发|板凳|地板")
_ARTICLE_LEAST_PARAGRAPHS = 2  # above a lone post line: an article, then a reader's comment
_FIRST_FLOOR = re.compile(r"楼主|(?<![\d.])1\s*楼|#1(?!\d)|(?<!\d)1#")


def is_post_line(line: PageLine) -> bool:
    """A post's own line (see _POST_MARK): 楼主 | 发表于 2021-07-15, 某某 发表于 2021-07-15."""
    return (
        line.kind == "text"
        and not line.prose
        and _POST_HINT.search(line.cell) is not None
        and _POST_MARK.search(line.cell) is not None
        and shapes.is_dated(line)
    )


def post_lines(lines: list[PageLine]) -> list[int]:
    """The lines of a page that are a post's own line."""
    return [line.index for line in lines if is_post_line(line)]


def replies(lines: list[PageLine], posts: list[int], header: int) -> list[int]:
    """The lines that open (or close) the replies of a thread: a post's line (of `posts`) with
    text between it and the post line before it (or the page's header, `header`). The article
    is the first post — under its post line (a forum's layout) or over it (a post line under
    each post) — and the replies after it are readers' words, as a comment feed is."""
    if len(posts) == 1:
        # one post line under an article with a reader's words under it: a comment feed of one
        # (the article's own line, 张三 发表于 2021-07-15, has none under it)
        index = posts[0]
        above = sum(
            1 for line in lines[header + 1 : index] if line.prose and line.han >= PROSE_FLOOR
        )
        return [index] if above >= _ARTICLE_LEAST_PARAGRAPHS and _text_follows(lines, index) else []
    found = []
    before = header
    for index in posts:
        if index != header and any(
            line.prose and line.han >= PROSE_FLOOR for line in lines[before + 1 : index]
        ):
            found.append(index)
        before = index
    return found


_TEXT_REACH = 40  # nonblank lines under a header where its text has started
_CLAUSE_MARK = re.compile(r"[，。！？；、,!?;]")
_CLAUSE_LEAST_HAN = 4


def _text_follows(lines: list[PageLine], index: int) -> bool:
    """Whether some text (a clause at least) comes under line `index`: a header heads some;
    the signer and date that close a notice (某某办公厅 / 2021年7月15日) have only the page's
    foot below them."""
    seen = 0
    for k in range(index + 1, len(lines)):  # by index: a slice of the rest per header is quadratic
        line = lines[k]
        if line.kind == "blank":
            continue
        if line.kind == "text" and line.han >= _CLAUSE_LEAST_HAN and _CLAUSE_MARK.search(line.cell):
            return True
        seen += 1
        if seen >= _TEXT_REACH:
            return False
    return False


def _kicker_over_a_story(lines: list[PageLine], index: int) -> bool:
    """相关新闻 set over a headline and a story of several paragraphs, inside a package of
    stories: a kicker, not the heading of a list of links (with a teaser under each)."""
    if not lines[index].closing:
        return False
    region = lines[index + 1 : index + 24]
    leading = region[: 1 + STORY_PARAGRAPHS]  # (a page printed without blank lines may have
    if any(line.kind == "blank" for line in leading):  # some further down: a paragraph a line)
        # Paragraphs stand apart: a block of lines is one (a teaser wrapped over three lines
        # is one paragraph, not a story).
        blocks: list[list[PageLine]] = [[]]
        for line in region:
            if line.kind == "blank":
                blocks.append([])
            else:
                blocks[-1].append(line)
        paragraphs = [block for block in blocks if block]
    else:
        paragraphs = [[line] for line in region[:11] if line.kind != "blank"]
    if len(paragraphs) < 1 + STORY_PARAGRAPHS or not shapes.title_like(paragraphs[0][0]):
        return False
    return all(
        any(line.prose for line in block) and sum(line.han for line in block) >= KICKER_STORY_HAN
        for block in paragraphs[1 : 1 + STORY_PARAGRAPHS]
    )


def best_run(scores: list[float]) -> tuple[int, int] | None:
    """The run of lines with the highest total score (Kadane), or None when nothing scores."""
    best, best_span = 0.0, None
    total, start = 0.0, 0
    for i, value in enumerate(scores):
        if total <= 0:
            total, start = 0.0, i
        total += value
        if total > best:
            best, best_span = total, (start, i)
    return best_span


def _closes_nothing_in_the_header(lines: list[PageLine], header: int) -> None:
    """A line that would close an article or that a page's foot prints, standing among the field
    lines under the header and above the text (作者：张三 / 责编：王五, a disclaimer, 相关阅读：…,
    作者简介 over the writer's box, a copyright notice), is part of the header: scored as what
    it is there, it left the header a run of its own that outscored the text, and the page had
    no text at all."""
    seen = 0
    closing: list[PageLine] = []
    for line in lines[header + 1 :]:
        if line.kind in ("blank", "image"):
            continue
        seen += 1
        if seen > HEADER_REACH:
            return
        if line.score == CLOSING or line.kind == "footer":
            closing.append(line)  # (版权声明：本文为博主原创文章…, a blog's notice over its text)
        elif line.score > 0 or line.prose:  # the text (a line a sentence, too): above, the header
            for field in closing:
                field.score = -META_COST
            return
        elif not (shapes.is_meta_line(line) or shapes.is_dated(line)):
            return


def _the_header_alone(lines: list[PageLine], found: tuple[int, int], header: int) -> bool:
    """Whether the best run holds nothing under the header that scores (the headline above
    it may: 某地，某事 is punctuated as prose)."""
    start, end = found
    return start <= header <= end and all(line.score <= 0 for line in lines[header + 1 : end + 1])


_COMMENT_STAMPS = 3  # comments' times in a run: the readers' comments, not an article


def _above_the_comments(
    lines: list[PageLine], found: tuple[int, int], header: int, dated: list[bool]
) -> tuple[int, int] | None:
    """The article between the header and the readers' comments, when the comments (past the
    lines that close the article, each stamped with its time: 某网友 5小时前) outscored a short
    one; None when the best run is no such thing."""
    start, end = found
    if start <= header:
        return None
    closing = next((i for i in range(start - 1, header, -1) if lines[i].score == CLOSING), None)
    if closing is None:
        return None
    stamps = sum(
        1 for line in lines[closing:end] if _a_stamp_below_the_text(lines, line, dated[line.index])
    )
    if stamps < _COMMENT_STAMPS:
        return None
    # (the text under the header, without the header's bonus: that alone outscores a brief
    # under a share bar)
    above = best_run([line.score for line in lines[header + 1 : closing]])
    return (header + 1 + above[0], header + 1 + above[1]) if above else None


def _a_stamp_below_the_text(lines: list[PageLine], line: PageLine, dated: bool) -> bool:
    """When a reader wrote (某网友 5小时前, 今天 09:30, 河边的风[某地网友]2021-07-15 10:02), or
    a date under another article's headline: not a live report's time over its entry (a date
    alone, 2021-07-15 10:20, then the entry's paragraph)."""
    if shapes.is_relative_date(line):
        return True
    if not dated:
        return False
    if not line.cell[:1].isdigit() and not metadata.starts_with_date_label(line.whole):
        return True  # a name before the date
    below = next_nonblank(lines, line.index + 1)
    return below is None or not below.prose


_BLANKLESS_LEAST_LINES = 5  # a run this long without a blank line: the renderer prints none


def article_run(
    lines: list[PageLine], dated: list[bool], lynx: bool = False, wrap: Wrap | None = None
) -> Run:
    """The article's run of lines, its column edge and wrap width (`dated`: shapes.is_dated
    of each line; `lynx`: the dump wraps lines as lynx does, see Wrap; `wrap`: the dump's
    wrap, when the converter's is known)."""
    margin = page_margin(lines)
    for line, value in zip(lines, per_text(lines, partial(score, margin=margin)), strict=True):
        line.score = value
        if line.score == CLOSING and _kicker_over_a_story(lines, line.index):
            line.score = -SHORT_COST
    datelines = headers(lines, dated)
    if datelines:  # one header a page: a list of dated teasers must not outscore the text
        lines[datelines[0]].score = HEADER_BONUS
        _closes_nothing_in_the_header(lines, datelines[0])
        for first, last in _teaser_feeds(lines, dated, datelines[0]):
            for line in lines[first : last + 1]:
                line.score = min(line.score, -SHORT_COST)
    for index in _snippets_listed(lines):
        lines[index].score = min(lines[index].score, -SHORT_COST)
    posts = post_lines(lines)
    walls = replies(lines, posts, datelines[0] if datelines else -1)
    for index in walls:
        lines[index].score = CLOSING
    found = best_run([line.score for line in lines])
    if datelines and found and _the_header_alone(lines, found, datelines[0]):
        # a short text under a tall pile of widgets scored less than the header's bonus: the
        # header is no article, and the text is found as if the page had none
        lines[datelines[0]].score = score(lines[datelines[0]], margin)
        found = best_run([line.score for line in lines])
    if datelines and found:
        found = _above_the_comments(lines, found, datelines[0], dated) or found
    found = found or _plain_text_run(lines)
    start, end = found if found else (len(lines), len(lines) - 1)
    start = _include_leading_headings(lines, start)
    column_edge = main_column_edge(lines[start : end + 1])
    in_column = [
        line for line in lines[start : end + 1] if line.kind == "text" and line.column < column_edge
    ]
    wrap = wrap or wrap_width(in_column, lynx)
    while (
        end + 1 < len(lines)
        and lines[end + 1].kind == "text"
        and continues(lines[end], lines[end + 1], wrap)
    ):
        end += 1  # the tail of the last paragraph, too short to score on its own
    end = _indented_tail(lines, end)
    end = _up_to_the_credit(lines, end)
    end = _last_sentence_of_the_file(lines, end, column_edge)
    end = _last_short_sentences(lines, start, end, column_edge)
    while (
        0 < start < len(lines)
        and lines[start - 1].kind == "text"
        and continues(lines[start - 1], lines[start], wrap)
    ):
        start -= 1  # the head of the first paragraph, wrapped before its first comma
    blankless = end - start >= _BLANKLESS_LEAST_LINES and not any(
        line.kind == "blank" for line in lines[start : end + 1]
    )
    # the first floor's line closing the run, with no post line above it: the first post's own
    # (the first line of a comment feed under an article is a reader's, posted later)
    post_line = (
        walls[0]
        if walls and walls[0] == posts[0] and _FIRST_FLOOR.search(lines[walls[0]].cell)
        else None
    )
    return Run(start, end, column_edge, wrap, tuple(datelines), blankless, post_line)


def _last_sentence_of_the_file(lines: list[PageLine], end: int, column_edge: int) -> int:
    """A copy of just the article has no chrome after it: a sentence alone after the run,
    with nothing after it, is the text's short last paragraph (too short to score)."""
    rest = [line for line in lines[end + 1 :] if line.kind != "blank"]
    if len(rest) == 1:
        last = rest[0]
        if (
            last.kind == "text"
            and last.prose
            and last.column < column_edge
            and _SENTENCE_END.search(last.cell)
        ):
            return last.index
    return end


_SHORT_LINES_SHARE = 0.6  # of a run's prose lines, for a post written a sentence a line
_SHORT_LINE_MOST_HAN = 2 * PROSE_FLOOR
_SHORT_TAIL_MOST = 2


def _last_short_sentences(lines: list[PageLine], start: int, end: int, column_edge: int) -> int:
    """Carry the run on over a sentence or two too short to score, right after it, when the
    text is written a sentence a line (这件事让我想了很久。 ends such a post). Under a text of
    paragraphs a short sentence is more likely the page's (感谢阅读。): one is carried over
    only when it is about the text."""
    prose = [line.han for line in lines[start : end + 1] if line.prose]
    if not prose:
        return end
    short = sum(1 for han in prose if han < _SHORT_LINE_MOST_HAN)
    if short < _SHORT_LINES_SHARE * len(prose):
        below = _short_sentence_below(lines, end, column_edge)
        # a text of paragraphs: one short sentence, if it is about the text
        if below is not None and _about_the_text(below.cell, lines[start : end + 1]):
            return below.index
        return end
    for _ in range(_SHORT_TAIL_MOST):
        below = _short_sentence_below(lines, end, column_edge)
        if below is None:
            break
        end = below.index
    return end


def _short_sentence_below(lines: list[PageLine], end: int, column_edge: int) -> PageLine | None:
    """The line under line `end`, when it is a sentence too short to score, in the text's
    column and no closing mark."""
    below = next_nonblank(lines, end + 1)
    if (
        below is not None
        and below.kind == "text"
        and below.prose
        and not below.closing
        and below.han < PROSE_FLOOR
        and below.column < column_edge
        and _SENTENCE_END.search(below.cell)
    ):
        return below
    return None


# A statement's full stop: a teaser's headline under the text ends, if at all, in ！ or ？.
_STATEMENT_END = re.compile(f"。[{_AFTER_THE_STOP}]?$")
# What a page's own sign-off says to its reader (感谢阅读。, 欢迎关注本号。), whatever the text.
_SIGN_OFF = re.compile(
    "阅读|关注|分享|点赞|转发|评论|收藏|订阅|感谢|谢谢|欢迎|点击|扫码|本文|小编|全文"
)


def _about_the_text(sentence: str, run: list[PageLine]) -> bool:
    """Whether a short sentence speaks of what the text above it does: one of its words (two
    Han characters in a row) stands in the text (目前此案仍在审理。 under a report of a case),
    it ends as a statement, and it says nothing a page says to its reader (感谢阅读。, under a
    text that reads too)."""
    if _SIGN_OFF.search(sentence) or not _STATEMENT_END.search(sentence):
        return False
    return shares_a_word(sentence, "".join(line.cell for line in run if line.kind == "text"))


def _indented_tail(lines: list[PageLine], end: int) -> int:
    """Carry the run on over short lines set with the paragraph indent after it (the last
    lines of a post written a clause per line), up to anything else."""
    if not _PARAGRAPH_INDENT.match(lines[end].raw):
        return end
    last = end
    for line in lines[end + 1 :]:
        if line.kind == "blank":
            continue
        if (
            line.kind != "text"
            or not _PARAGRAPH_INDENT.match(line.raw)
            or line.score == CLOSING
            or shapes.is_meta_line(line)
        ):
            break
        last = line.index
    return last


def _up_to_the_credit(lines: list[PageLine], end: int) -> int:
    """Carry the run on to the editor's credit when only short text lines and pictures stand
    between: the last lines of a post written a phrase per line score too little alone."""
    last = end
    seen = 0
    for line in lines[end + 1 :]:
        if line.kind in ("blank", "image"):
            continue
        if line.score == CLOSING:
            return last if line.kind == "text" and shapes.is_editor_line(line) else end
        seen += 1
        if line.kind != "text" or seen > CREDIT_REACH or shapes.is_meta_line(line):
            return end
        last = line.index
    return end


def _plain_text_run(lines: list[PageLine]) -> tuple[int, int] | None:
    """All of it, when nothing reads as prose but most lines are plain text (verse, notes)."""
    texts = [line for line in lines if line.kind == "text"]
    others = sum(1 for line in lines if line.kind not in ("text", "blank"))
    if texts and len(texts) >= 2 * others:
        return texts[0].index, texts[-1].index
    return None


def _include_leading_headings(lines: list[PageLine], start: int) -> int:
    """Move the article's start up over a heading (and subtitle) just above its first prose."""
    i, seen = start - 1, 0
    while i >= 0 and seen < 2:
        line = lines[i]
        if line.kind == "blank":
            i -= 1
            continue
        if line.kind != "text":
            break
        seen += 1
        if heading_title(line.cell):
            start = i
        i -= 1
    return start


def main_column_edge(lines: list[PageLine]) -> int:
    """Where the article's prose ends on the right: text starting beyond it is a sidebar."""
    prose = [line for line in lines if line.prose]
    if not prose:
        return 1 << 30
    columns = sorted(line.column for line in prose)
    base = columns[len(columns) // 2]
    return max(line.edge for line in prose if line.column <= base + 20) - 4


def wrap_width(lines: list[PageLine], lynx: bool = False) -> Wrap | None:
    """The column where the dump wrapped long lines, if it did.

    No line passes that column, and the lines that reach it stop mid-sentence with more text
    right under them.
    """
    if not lines:
        return None
    widest = max(_end(line, lynx) for line in lines)
    if widest < _LEAST_WRAP:
        return None
    wrapped = any(
        _end(line, lynx) >= widest - 3 and not _SENTENCE_END.search(line.cell) and line.followed
        for line in lines
    )
    return Wrap(widest, lynx) if wrapped else None


def _end(line: PageLine, lynx: bool) -> int:
    """Where `line` ended as printed: its display column, or, as lynx counts, a column a
    character; with the link numbers the reader does not see."""
    return (line.column + len(line.cell) if lynx else line.edge) + line.marks


# A word a text browser will not break: a run of narrow characters (166.9×76.0×8.8mm, not
# only ASCII), up to a space or a wide character.
_WIDE = (
    r"\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3"
    r"\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6"
)
_LEADING_WORD = re.compile(rf"[^\s{_WIDE}]+")
# … and a Han character right before such a run, which some browsers (elinks) keep with it:
# 为12.5:37.5:50.0 moves to the next line whole.
_GLUED_WORD = re.compile(rf"[\u4e00-\u9fff][^\s{_WIDE}]+")
_WRAP_SLACK = 6
_ROOM_FOR_TWO = 4  # columns: two wide characters
_FIRST_LINE_INDENT = 4  # columns: two ideographic spaces
_BRACKET_REACH = 12  # characters: a credit's or a note's brackets close this soon


def continues(previous: PageLine, line: PageLine, wrap: Wrap | None) -> bool:
    """Whether `line` carries on the paragraph of `previous` (the dump wrapped it mid-sentence)."""
    if line.index != previous.index + 1 or not line.cell or not previous.cell:
        # (a blank line carries nothing on, nor is carried on: a headline set to the wrap
        # width; a note in brackets after a blank line, which a long word would have wrapped)
        return False
    if previous.cell[-1:] in (":", "：") and metadata.value_below(previous.whole, line.cell):
        # 信息来源： / 某某日报, set where the page's markup put it: one field (a dump of a
        # page's text nodes puts a linked name on a line of its own)
        return True
    if line.column > previous.column:
        return False
    if line.carried is not None:
        return line.carried  # the converter's markup and wrap tell (markdown.Words.joins)
    cell = previous.cell
    if (line.cell[0] in _OPENS_NO_PARAGRAPH or cell[-1:] in _ENDS_NO_PARAGRAPH) and not (
        cell.isascii() and line.cell.isascii()
    ):
        # …前任总裁张某某将离职 / ，此后…, …新品上市（ / 国行: no paragraph opens
        # with a comma or ends with an opening bracket (a dump of a page's text nodes breaks
        # a line wherever a link or a bold word begins or ends); lines of code are left be
        return True
    if ("（" in cell or "(" in cell) and _opened_here_closed_there(cell, line.cell):
        return True  # 某某报讯（记者 / 王小明）…: a renderer broke the line at the space inside
    if cell[-1:] in ("电", "讯", "息") and metadata.DATELINE_ALONE.match(cell) and line.prose:
        return True  # 某某网讯 / 今天上午…: the story's dateline, then a break at its space
    if cell[-1:] in ("）", ")") and line.prose and _dateline_with_credit(cell):
        return True  # 某某网讯（记者 张三） / 今天上午…: the same, its reporters in brackets
    if (
        (wrap is None or not wrap.lynx)
        and _broken_where_a_word_did_not_fit(cell, line.cell)
        and not (shapes.is_meta_line(previous) or shapes.is_dated(previous))
    ):
        # 2019 / IFA（…: broken at a space before a word no line holds, whatever width was
        # found (an unwrapped dump's longest paragraph gives one); lynx breaks Han runs too
        return True
    if wrap is None:
        return False
    if previous.column > line.column + _FIRST_LINE_INDENT and (
        wrap.lynx or shapes.is_meta_line(previous)
    ):
        # lynx sets a paragraph's lines in one column: this one was set right; a field set
        # right of the text (稿件来源：某某日报) ends where the text begins
        return False
    # A wide character that did not fit leaves up to a few columns; a word that did not fit
    # leaves its own width. (The room lynx counts in characters is twice as many columns.)
    room = wrap.width - _end(previous, wrap.lynx)
    if wrap.lynx:
        room *= 2
    if room >= _ROOM_FOR_TWO and _SENTENCE_END.search(previous.cell):
        return False  # a sentence ended with room for two more characters: the writer's break
    if room <= _WRAP_SLACK:
        return True
    if not wrap.lynx:
        word = _LEADING_WORD.match(line.cell)
        if word is not None:
            return room < len(word.group()) + 1
        glued = _GLUED_WORD.match(line.cell)
        return glued is not None and room < len(glued.group()) + 2  # (the Han one is wide)
    # lynx, at a space: where Chinese prose has one, beside a figure or a Latin word (2019
    # ABC), the word up to the next space did not fit; a heading and the paragraph under it,
    # both Han, stay apart
    if not (_latin_end(previous.cell) or _latin_end(line.cell[:1])):
        return False
    if shapes.is_meta_line(previous):
        return False  # a dateline (发布时间：21-07-15 09:30), then a picture's name
    word = line.cell.split(maxsplit=1)
    return bool(word) and room < 2 * (len(word[0]) + 1)


# Where a dump that wraps nothing at a width still broke a paragraph: the C html2text keeps a
# paragraph on one line but breaks it at a space, a hyphen or a slash before a word too long
# for what is left of its width (a run of Han characters is one word to it): 2017- / 2018年,
# 2019 / IFA（…）, 关于 5G / 手机的…, 某某委员会 / (ABC)的主席…. What ends there cannot end a
# paragraph: a hyphen or a slash after a word (某某网- / 新闻…), a figure's colon (1: / 4),
# a Latin word the next line's goes on from, a Latin word after a clause's comma, a clause
# the next line's brackets go on from.
_HYPHEN_END = re.compile(r"[^\s/-][-/]$")
_COLON_END = re.compile(r"[0-9A-Za-z]:$")
_LATIN_WORD_END = re.compile(
    r"(?<![-0-9A-Za-z])[0-9A-Za-z]*[A-Za-z][0-9A-Za-z]*$"  # IFA, 5G, Mate20
    r"|[^\x00-\x7f][0-9]+$"  # 在下个月的2019
)
_LATIN_LETTER = re.compile(r"[A-Za-z]")
_MID_SENTENCE = re.compile(r"[，、；]")
_LONG_WORD = 20  # characters up to the next line's first space: more than a heading's words
_LEAST_WIDTH = 60  # characters: no converter wraps narrower


def _broken_where_a_word_did_not_fit(cell: str, following: str) -> bool:
    """Whether a line of a dump was broken where `cell` ends, before `following`, as the C
    html2text breaks one (see _HYPHEN_END): the next line's first word would not have fitted."""
    # (asked of most pairs of lines: what every case below needs first, a narrow character
    # ending the line or a bracket opening the next)
    if following[:1] != "(" and not (cell[-1:].isascii() and cell[-1:].strip()):
        return False
    word = following.split(maxsplit=1)[0] if following.strip() else ""
    if not word or (word.isascii() and cell.isascii()):  # (a line of code goes on in ASCII)
        return False
    if len(word) < _LONG_WORD and len(cell) + 1 + len(word) <= _LEAST_WIDTH:
        return False  # it would have fitted: the page's own break
    if _HYPHEN_END.search(cell):
        return True
    if _COLON_END.search(cell):
        return word[0].isdigit() or word[0] == "/"  # 1: / 4～1:5, http: / //…
    if word[0] == "(":
        return not _SENTENCE_END.search(cell) and numbering_style(word) is None  # not (一)
    if not (word[0].isascii() and word[0].isalnum()) and not _MID_SENTENCE.search(cell):
        return False
    ending = _LATIN_WORD_END.search(cell)
    if ending is None:
        return False
    # a figure then a figure is two things: 位列前20 / 9月25日…, a headline over its text
    return not (word[0].isdigit() and not _LATIN_LETTER.search(ending.group()))


# Linked words a dump of text nodes set on lines of their own inside a sentence, at most.
_LINKED_WORDS_MOST = 3
_LINKED_WORD_MOST_CHARS = 12


def carry_linked_words(lines: list[PageLine], dated: list[bool]) -> None:
    """Mark as carried on (PageLine.carried) what a dump of text nodes broke off at each link
    or bold word. The linked words between the halves of a sentence (日前，某公司宣布，前任总裁 /
    张某某 / 将 / 离职 / ，此后…) go on when the line above them broke off a sentence (a
    clause's mark in it, none at its end) and the half under them opens with a mark no
    paragraph opens with (see continues) — or, with no mark to say so, when the one word
    between is a name the text returns to (see _NamesInText) after a whole clause above. The
    linked words a paragraph opens with: see _open_with_linked_words."""
    names = _NamesInText(lines)
    for line in lines:
        if not line.cell or line.index == 0:
            continue
        marked = line.cell[0] in _OPENS_NO_PARAGRAPH
        if not marked and not (line.prose and line.carried is None):
            continue
        words = []
        above = lines[line.index - 1]
        while (
            above.kind == "text"
            and above.carried is None
            and len(above.cell) <= _LINKED_WORD_MOST_CHARS
            and not _MID_SENTENCE.search(above.cell)
            and above.cell[-1] not in _OPENS_NO_PARAGRAPH
            and len(words) < _LINKED_WORDS_MOST
            and above.index > 0
        ):
            words.append(above)
            above = lines[above.index - 1]
        if not (
            words
            and above.kind == "text"
            and _MID_SENTENCE.search(above.cell)
            and above.cell[-1] not in _OPENS_NO_PARAGRAPH
            and above.cell[-1] not in _ENDS_NO_PARAGRAPH
        ):
            continue
        if not marked:
            # (…的局面，其中 / 某某科技 / 旗下的…: a heading's words are seldom the text's own)
            if len(words) > 1 or above.han < _BROKEN_CLAUSE_LEAST_HAN:
                continue
            if not names.returns_to(words[0].cell, above, line):
                continue
            line.carried = True
        for word in words:
            word.carried = True
    _open_with_linked_words(lines, names, dated)


# A clause broken off, not a heading's phrase with a comma in it.
_BROKEN_CLAUSE_LEAST_HAN = 20


def _open_with_linked_words(lines: list[PageLine], names: _NamesInText, dated: list[bool]) -> None:
    """Mark as carried on the paragraph that a dump of text nodes broke after the linked words
    it opens with (某某 / 集团 / 即将迎来…): short words on lines of their own right over a
    paragraph under the page's dateline, no blank line above them, that are a name the text
    returns to. A heading looks the same in text alone, but a heading is a phrase the text
    seldom repeats, and one its paragraph opens by repeating is left a heading."""
    if True not in dated:
        return
    first_dated = dated.index(True)
    for line in lines[first_dated + 1 :]:
        if not line.prose or line.carried is not None:
            continue
        words: list[PageLine] = []
        above = lines[line.index - 1]
        while (
            _an_opening_word(above)
            and not dated[above.index]
            and len(words) < _LINKED_WORDS_MOST
            and above.index > first_dated
        ):
            words.append(above)
            above = lines[above.index - 1]
        if not words or above.kind == "blank":
            continue
        words.reverse()
        opening = "".join(word.cell for word in words)
        if line.cell.startswith(opening) or not names.returns_to(opening, line):
            continue
        # (2019年， / 某某集团 / 即将迎来…: a clause's mark above says the sentence began there)
        broken_off = above.kind == "text" and _MID_SENTENCE.match(above.cell[-1]) is not None
        for carried in (*(words if broken_off else words[1:]), line):
            carried.carried = True


class _NamesInText:
    """Whether a linked word is a name the page's text returns to: written inside its lines (not
    opening one) often enough, the uses in the lines where it was found aside. A heading is a
    phrase the text seldom repeats."""

    def __init__(self, lines: list[PageLine]) -> None:
        self._lines = lines
        self._text: str | None = None  # the text's lines, joined when first asked
        self._uses: dict[str, int] = {}

    def returns_to(self, word: str, *found_in: PageLine) -> bool:
        if word not in self._uses:
            if len(self._uses) == _WORDS_LOOKED_FOR:
                return False
            if self._text is None:
                self._text = "\n".join(line.cell for line in self._lines if line.prose)
            self._uses[word] = _written_inside_lines(word, self._text)
        aside = sum(line.cell.count(word, 1) for line in found_in)
        return self._uses[word] - aside >= _LINKED_WORD_LEAST_USES


def _written_inside_lines(word: str, text: str) -> int:
    """How often `word` stands in `text` elsewhere than at the start of a line."""
    count = 0
    at = text.find(word, 1)
    while at > 0:
        count += text[at - 1] != "\n"
        at = text.find(word, at + len(word))
    return count


# A name the text returns to: written this often inside its lines (not opening one).
_LINKED_WORD_LEAST_USES = 3
# Each word is looked for in the whole text once: a bound for a page of many short lines.
_WORDS_LOOKED_FOR = 100
_OPENING_WORD_MOST_CHARS = 8


def _an_opening_word(line: PageLine) -> bool:
    """A linked word a paragraph may open with: stricter than those inside a sentence, which a
    mark around them proves (and no dated line, which the caller knows)."""
    cell = line.cell
    return (
        line.kind == "text"
        and line.carried is None
        and 2 <= len(cell) <= _OPENING_WORD_MOST_CHARS
        and not _WORD_PUNCTUATION.search(cell)
        and (line.han > 0 or _LATIN_LETTER.search(cell) is not None)
        and not shapes.is_meta_line(line)
    )


# No opening word holds a mark of punctuation or a space (a label, a list's item, a sentence).
_WORD_PUNCTUATION = re.compile(r"[\s，,、；;：:。！？!?…“”‘’「」『』（）()《》【】\[\]|｜/·•]")


# What no paragraph opens with (a clause's or a sentence's mark, a closing bracket or quote)
# and what none ends with (an opening bracket or quote).
_OPENS_NO_PARAGRAPH = frozenset("，,、；;：。！？）)」』》】”’%")
_ENDS_NO_PARAGRAPH = frozenset("（(“‘《「『")


def _opened_here_closed_there(text: str, following: str) -> bool:
    """Whether `text` ends inside brackets that the start of `following` closes."""
    opened = max(text.rfind("（"), text.rfind("("))
    if opened < 0 or max(text.rfind("）"), text.rfind(")")) > opened:
        return False
    closed = min((i for i in (following.find("）"), following.find(")")) if i >= 0), default=-1)
    return 0 <= closed <= _BRACKET_REACH and not any(c in following[:closed] for c in "（(")


def _dateline_with_credit(cell: str) -> bool:
    """某某网10月4日讯（记者 张三）: a story's opening alone, its reporters in brackets after."""
    opened = max(cell.rfind("（"), cell.rfind("("))
    return opened > 0 and metadata.DATELINE_ALONE.match(cell[:opened].rstrip()) is not None


def _latin_end(text: str) -> bool:
    """Whether `text` ends in a Latin letter or a digit."""
    return text[-1:].isascii() and text[-1:].isalnum()

"""html: a web page's HTML as the text a browser shows of it — a page dump, for the parser.

A reader may hand tui the page itself (page.html, saved from a browser or a crawl) rather than
its dump. Its text is laid out as a text browser lays it out unwrapped: a line for each block
(a paragraph, a heading, a list item, a row of a table), a blank line around paragraphs and
headings, the cells of a row side by side with a gap, whitespace inside a block made one
space; scripts, styles, forms' options and the head's title are not shown. The standard
library's parser reads it (it forgives any broken markup, as browsers do).
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

# Tags that start a line of their own …
_BLOCKS = frozenset(
    "address article aside blockquote body caption center dd details dialog dir div "  # noqa: SIM905
    "dl dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr "
    "html legend li main menu nav ol p pre section summary table tbody tfoot thead tr "
    "ul".split()
)
# … and of them, those set a blank line apart, as a browser sets them with a margin.
_SPACED = frozenset(
    "blockquote dl figure h1 h2 h3 h4 h5 h6 hr ol p pre table ul".split()  # noqa: SIM905
)
_CELLS = frozenset({"td", "th"})
_CELL_GAP = "    "  # what the parser reads as a gap between columns
# Elements whose content no reader sees as text.
_HIDDEN = frozenset(
    "script style noscript template svg math iframe object select textarea".split()  # noqa: SIM905
)
# The page's own markers (a doctype, <html>, <head>, <body>) near the start tell HTML from a
# text that quotes a tag or two.
_HTML_START = re.compile(
    r"\A\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html[\s>]|head[\s>])", re.IGNORECASE | re.DOTALL
)
_WHITESPACE = re.compile(r"[ \t\n\r\f]+")  # what HTML makes one space (not &nbsp;: a gap)
_BLANK_RUNS = re.compile(r"\n{3,}")


def is_html(text: str) -> bool:
    """Whether `text` is a web page's HTML (it opens as one: a doctype, <html> or <head>)."""
    head = text[:4096].lstrip("\ufeff \t\r\n")  # (a byte order mark a decoder left)
    return head[:1] == "<" and _HTML_START.match(head) is not None


def html_to_text(html: str) -> str:
    """The text of a web page, a line per block, as a text browser dumps it unwrapped."""
    reader = _Reader()
    reader.feed(_tamed(html))
    reader.close()
    return reader.text()


_RAW_TEXT = re.compile(r"<(script|style)\b", re.IGNORECASE)
_RAW_TEXT_END = {tag: re.compile(f"</{tag}", re.IGNORECASE) for tag in ("script", "style")}


def _tamed(html: str) -> str:
    """`html` without what makes the standard parser read the rest of the page again at each
    character (a page of unclosed comments took minutes): comments, and an unclosed one with
    all after it (a browser shows nothing after it either); a "<" that no ">" follows, which is
    the character itself (&lt;); a marked section (<![CDATA[…]]>). Scripts and styles are copied
    as they are. Linear in the page."""
    out: list[str] = []
    at = 0
    closing = -1  # the next ">", found once for every "<" before it
    section_end = -1  # … and the next "]]>" for every "<![" (CDATA, found in SVG and MathML)
    while (opening := html.find("<", at)) >= 0:
        out.append(html[at:opening])
        if html.startswith("<!--", opening):
            end = html.find("-->", opening + 4)
            if end < 0:
                return "".join(out)
            at = end + 3
            continue
        if html.startswith("<![", opening):
            if section_end < opening:
                section_end = html.find("]]>", opening)
                if section_end < 0:
                    section_end = len(html)
            at = min(section_end + 3, len(html))  # (no text a reader sees)
            continue
        if closing < opening:
            closing = html.find(">", opening)
            if closing < 0:
                closing = len(html)
        if closing == len(html):
            out.append("&lt;")
            at = opening + 1
            continue
        raw = _RAW_TEXT.match(html, opening)
        if raw:  # up to its end tag, whatever it holds (a < b, "<div>", <!--)
            end = _RAW_TEXT_END[raw.group(1).lower()].search(html, closing)
            closing = end.start() - 1 if end else len(html) - 1
        out.append(html[opening : closing + 1])
        at = closing + 1
    out.append(html[at:])
    return "".join(out)


def _image_name(attrs: dict[str, str | None]) -> str:
    """A picture as a text browser marks its place (w3m): its alt text, else its file's name.
    The parser knows a line of such marks for a picture, and the short line under it for its
    caption, not a heading."""
    alt = " ".join((attrs.get("alt") or "").split()).replace("]", ")")
    if alt:
        return alt
    source = (attrs.get("src") or "").split("?")[0].rstrip("/").rsplit("/", 1)[-1]
    return source.rsplit(".", 1)[0][:40] or "image"


class _Reader(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = []
        self.line: list[str] = []
        self.hidden = 0  # depth inside elements not shown
        self.head = False  # inside the head, which a browser does not show (its <title>)
        self.pre = 0  # depth inside <pre>, whose whitespace is the text's
        self.cells = 0  # cells begun on the current line

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "head":
            self.head = True
        elif tag == "body" or tag in _BLOCKS:
            self.head = False  # (a page may leave its head unclosed)
        if tag in _HIDDEN:
            self.hidden += 1
        elif tag == "br":
            self.end_line()
        elif tag == "img" and not self.head:
            self.line.append(f"[{_image_name(dict(attrs))}]")
        elif tag in _CELLS:
            if self.cells and "".join(self.line).strip():
                self.line.append(_CELL_GAP)
            self.cells += 1
        elif tag in _BLOCKS:
            self.end_block(tag)
            if tag == "li":
                self.line.append("• ")
            elif tag == "pre":
                self.pre += 1

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("br", "hr", "img"):
            self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        if tag == "head":
            self.head = False
        if tag in _HIDDEN:
            self.hidden = max(0, self.hidden - 1)
        elif tag in _BLOCKS:
            self.end_block(tag)
            if tag == "pre":
                self.pre = max(0, self.pre - 1)

    def handle_data(self, data: str) -> None:
        if self.hidden or self.head:
            return
        if self.pre:
            for n, piece in enumerate(data.split("\n")):
                if n:
                    self.end_line()
                self.line.append(piece)
            return
        text = _WHITESPACE.sub(" ", data)
        if text[:1] == " " and (not self.line or self.line[-1][-1:] == " "):
            text = text[1:]  # one space between two pieces, none at a line's start
        if text:
            self.line.append(text.replace("\u00a0", " "))

    def end_line(self) -> None:
        text = "".join(self.line)
        # (an ideographic space is the text's own indent, kept)
        self.lines.append(text.rstrip() if self.pre else text.strip(" "))
        self.line, self.cells = [], 0

    def end_block(self, tag: str) -> None:
        if "".join(self.line).strip():
            self.end_line()
        if tag in _SPACED and self.lines and self.lines[-1]:
            self.lines.append("")

    def text(self) -> str:
        if "".join(self.line).strip():
            self.end_line()
        return _BLANK_RUNS.sub("\n\n", "\n".join(self.lines)).strip("\n") + "\n"

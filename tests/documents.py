"""The one place tests build documents and their analyses, by hand and deterministically (no
parser, no annotator), and read the explorer's screen.

- `from_page` makes a Document the way the parser would from page lines, each with its role;
  `from_sections` and `from_paragraphs` are short ways to the same.
- Two made-up articles: TWIN_CITIES (a lead and six headed sections, long enough to scroll,
  广州 for pinyin search) and RIVER_TOWNS (three sections, aliases, an unattributed quote,
  and file text that looks like rich/Textual markup, which every pane must show literally).
- `annotate_names` marks every occurrence of the given names; the real analyser then groups
  them (`analysed`), so the panes are tested on what `tui.analyse` makes.
- `FakePipeline` hands the explorer those analyses; `GatedPipeline` holds them back.
- `screen_text` reads what the terminal shows through `App.export_screenshot`.
"""

from __future__ import annotations

import html
import re
import threading
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from rich.cells import cell_len
from textual import events
from textual.app import App, ComposeResult
from textual.screen import Screen
from textual.widgets import Static

from tui.analyse import analyse
from tui.app.app import ExplorerApp
from tui.app.colours import ThemedApp
from tui.model import (
    Annotations,
    Document,
    Entity,
    EntityKind,
    LineRole,
    Metadata,
    Paragraph,
    Quote,
    Section,
)
from tui.pipeline import Analysed, Pipeline, ReadOptions

PageLines = Sequence[tuple[LineRole, str]]
# (kind, text as written, full name it stands for or "")
Names = Sequence[tuple[EntityKind, str, str]]


# --- the team's shared data ----------------------------------------------------------------

_ROOT = Path(__file__).resolve().parent.parent
# ../shared beside the checkout (or beside the folder of worktrees): the real pages with their
# gold, the novel, the NER gold. The tests that need it skip, saying so, where it is absent.
SHARED: Path | None = next(
    (p / "shared" for p in (_ROOT.parent, _ROOT.parent.parent) if (p / "shared").is_dir()), None
)
SHARED_MISSING = (
    "needs ../shared beside the checkout (the team's corpus, novel and NER gold; see the "
    "README, Tests)"
)


def shared(*parts: str) -> Path:
    """A path under ../shared (skips the test, naming what is missing, when it is absent)."""
    import pytest

    if SHARED is None or not SHARED.joinpath(*parts).exists():
        pytest.skip(f"{'/'.join(('../shared', *parts))}: {SHARED_MISSING}")
    return SHARED.joinpath(*parts)


# --- building documents --------------------------------------------------------------------


def from_page(
    lines: PageLines, name: str = "fixture.txt", meta: Metadata | None = None
) -> Document:
    """A Document as the parser makes it from page lines (role, text): the paragraphs before
    the first heading are the lead, each heading opens a section; the other roles are kept."""
    sections: list[Section] = []
    heading: tuple[str, int] | None = None
    paragraphs: list[Paragraph] = []
    count = 0

    def close() -> None:
        if heading is None and not paragraphs:
            return
        index = len(sections)
        fixed = tuple(Paragraph(p.index, index, p.text, p.line, p.end_line) for p in paragraphs)
        if heading is None:
            sections.append(Section(index, None, None, None, None, fixed))
        else:
            text, line = heading
            title = text.strip().strip("【】#").strip()
            sections.append(Section(index, title, text, line, None, fixed))

    for number, (role, text) in enumerate(lines, 1):
        if role == "heading":
            close()
            heading, paragraphs = (text, number), []
        elif role == "body":
            paragraphs.append(Paragraph(count, 0, text, number, number))
            count += 1
    close()
    return Document(
        name,
        tuple(text for _, text in lines),
        tuple(role for role, _ in lines),
        meta or Metadata(),
        tuple(sections),
    )


def from_sections(
    *sections: Sequence[str], titles: Sequence[str | None] = (), name: str = "test"
) -> Document:
    """A Document from paragraph texts, one list per section: the first is the lead unless a
    title is given for it; the others are titled by `titles`, or 第N节."""
    lines: list[tuple[LineRole, str]] = []
    for n, texts in enumerate(sections):
        title = titles[n] if n < len(titles) else (None if n == 0 else f"第{n}节")
        if title:
            lines.append(("heading", f"【{title}】"))
        lines.extend(("body", text) for text in texts)
    return from_page(lines, name=name)


def from_paragraphs(*texts: str, name: str = "test") -> Document:
    """A Document of one lead section holding `texts`, one paragraph each."""
    return from_sections(list(texts), name=name)


# --- annotating by hand --------------------------------------------------------------------


def annotate_names(
    document: Document,
    names: Names,
    speakers: Mapping[int, str | None] | Callable[[Paragraph], str | None] | None = None,
) -> Annotations:
    """Every occurrence of `names` in the body as an entity (a longer name claims its span
    first); every “…” as a quote by the speaker `speakers` gives its paragraph (a mapping from
    paragraph index — paragraphs it lacks hold no quote —, or a function)."""
    ordered = sorted(names, key=lambda n: -len(n[1]))
    entities: list[Entity] = []
    quotes: list[Quote] = []
    for paragraph in document.paragraphs:
        taken: list[tuple[int, int]] = []
        for kind, text, canonical in ordered:
            for found in re.finditer(re.escape(text), paragraph.text):
                start, end = found.span()
                if any(s < end and start < e for s, e in taken):
                    continue
                taken.append((start, end))
                entities.append(Entity(kind, start, end, text, paragraph.index, canonical))
        if speakers is None:
            continue
        if callable(speakers):
            speaker = speakers(paragraph)
        elif paragraph.index in speakers:
            speaker = speakers[paragraph.index]
        else:
            continue
        for found in re.finditer("“([^”]*)”", paragraph.text):
            quotes.append(
                Quote(found.group(1), speaker, paragraph.index, found.start(), found.end())
            )
    entities.sort(key=lambda e: (e.paragraph, e.start))
    return Annotations(tuple(entities), tuple(quotes))


def analysed(document: Document, annotations: Annotations) -> Analysed:
    """The real analyser's work on hand-made annotations."""
    return Analysed(document, annotations, analyse(document, annotations))


# --- TWIN_CITIES: a lead and six headed sections --------------------------------------------

TWIN_CITIES_TITLE = "湾区双城的十年合作"
HEADINGS = ("产业协同", "人才流动", "交通互联", "科技创新", "生态共治", "展望未来")
TWIN_CITIES_NAMES: Names = (
    ("person", "李明远", ""),
    ("person", "赵小燕", ""),
    ("org", "江城大学", ""),
    ("org", "海港港务集团", ""),
    ("place", "广州", ""),
    ("place", "海港市", ""),
    ("time", "2021年5月", ""),
    ("number", "120亿元", ""),
    ("title", "《协同发展协议》", ""),
)


def _section_paragraphs(n: int) -> list[str]:
    return [
        f"2021年5月,广州与海港市签署《协同发展协议》,第{n}部分计划五年内共同投入120亿元,"
        "用于产业、交通和科研的合作,两地的企业和高校都将从中受益,合作的细节还在商讨之中。",
        f"“两地合作的基础在于互信,第{n}步要走稳。”江城大学教授李明远说。",
        "海港港务集团去年营收增长,其中来自广州的订单占四成,港口的吞吐量也创下了新高,"
        "航线的数量比五年前多了一倍,货物从工厂到码头的时间缩短了一半。",
        f"“我们希望把研发放在广州,把制造放在海港市。”赵小燕表示,这是第{n}个目标。",
        "专家认为,两座城市的优势互为补充,合作的空间还很大,未来十年将是关键的时期,"
        "需要在规划、政策和人才方面同时发力,才能把蓝图变成现实。",
    ]


def twin_cities_page(headings: Sequence[str] = HEADINGS) -> tuple[tuple[LineRole, str], ...]:
    lines: list[tuple[LineRole, str]] = [
        ("boilerplate", "首页 新闻 科技 财经 关于我们"),
        ("meta", TWIN_CITIES_TITLE),
        ("meta", "发布日期:2021-05-06  来源:江城日报"),
        ("blank", ""),
        ("body", "这是导语:两座城市的合作已经走过十年,广州的角色越来越重要。"),
    ]
    for n, heading in enumerate(headings, 1):
        lines.append(("heading", f"【{heading}】"))
        lines.extend(("body", text) for text in _section_paragraphs(n))
    lines.append(("boilerplate", "版权所有 江城日报社"))
    return tuple(lines)


def twin_cities(
    lines: PageLines | None = None, name: str = "fixture.txt", title: str = TWIN_CITIES_TITLE
) -> Document:
    meta = Metadata(title=title, date="2021-05-06", source="江城日报")
    return from_page(twin_cities_page() if lines is None else lines, name, meta)


def speaker_named_in(paragraph: Paragraph) -> str | None:
    """The person of TWIN_CITIES_NAMES named in the paragraph, as its quotes' speaker."""
    return next((t for k, t, _ in TWIN_CITIES_NAMES if k == "person" and t in paragraph.text), None)


def twin_cities_analysed(document: Document) -> Analysed:
    return analysed(document, annotate_names(document, TWIN_CITIES_NAMES, speaker_named_in))


# --- RIVER_TOWNS: three sections, aliases, markup in the text --------------------------------

MARKUP_ENTITY = "[bold]x[/bold]"
MARKUP_QUOTE = "[@click=app.quit]y[/]"

RIVER_TOWNS_PAGE: tuple[tuple[LineRole, str], ...] = (
    ("boilerplate", "首页 新闻 科技 财经 关于我们"),
    ("boilerplate", "当前位置:首页 > 科技"),
    ("meta", "江城与海港的十年合作"),
    ("meta", "发布日期:2021-05-06  来源:江城日报"),
    ("blank", ""),
    ("body", "2021年5月,江城市与海港市签署《协同发展协议》,计划五年内共同投入120亿元。"),
    ("body", "“两地合作的基础在于互信。”江城大学教授李明远说。"),
    ("heading", "【产业协同】"),
    ("body", "海港港务集团去年营收增长35%,其中来自江城的订单占四成。"),
    ("body", "“我们希望把研发放在江城,把制造放在海港。”赵小燕表示。"),
    ("body", "李明远认为,江城的高校与海港的港口互为补充。"),
    ("heading", "【人才流动】"),
    ("body", f"去年有1200名毕业生从江城大学来到海港工作,{MARKUP_ENTITY}也在其中。"),
    ("body", f"“{MARKUP_QUOTE}人才是最重要的。”李明远补充道。"),
    ("body", "“通勤时间缩短到一小时以内。”"),
    ("heading", "【展望】"),
    ("body", "到2025年,两市计划建成三条城际铁路。"),
    ("blank", ""),
    ("boilerplate", f"版权所有 江城日报社 {MARKUP_QUOTE} 备案号12345"),
)
RIVER_TOWNS_NAMES: Names = (
    ("person", "李明远", ""),
    ("person", "赵小燕", ""),
    ("org", "江城大学", ""),
    ("org", "海港港务集团", ""),
    ("org", MARKUP_ENTITY, ""),
    ("place", "江城市", ""),
    ("place", "海港市", ""),
    ("time", "2021年5月", ""),
    ("time", "2025年", ""),
    ("number", "120亿元", ""),
    ("number", "35%", ""),
    ("number", "1200名", ""),
    ("title", "《协同发展协议》", ""),
    # Aliases, found where they do not overlap a longer name: 江城 -> 江城市, 海港 -> 海港市.
    ("place", "江城", "江城市"),
    ("place", "海港", "海港市"),
)
# Quotes: paragraph index -> speaker (None: nobody could be named).
RIVER_TOWNS_SPEAKERS: dict[int, str | None] = {1: "李明远", 3: "赵小燕", 6: "李明远", 7: None}
# Fixed, so the stats pane's tests do not hang on the keyword ranking.
RIVER_TOWNS_KEYWORDS = ("合作", "江城市", "海港市", "人才", "李明远", "研发", MARKUP_ENTITY)


def river_towns() -> Document:
    meta = Metadata(title="江城与海港的十年合作", date="2021-05-06", source="江城日报")
    return from_page(RIVER_TOWNS_PAGE, "fixtures/article.txt", meta)


def river_towns_annotations(document: Document | None = None) -> Annotations:
    return annotate_names(document or river_towns(), RIVER_TOWNS_NAMES, RIVER_TOWNS_SPEAKERS)


def river_towns_analysed(document: Document | None = None) -> Analysed:
    from dataclasses import replace

    document = document or river_towns()
    result = analysed(document, river_towns_annotations(document))
    return replace(result, insight=replace(result.insight, keywords=RIVER_TOWNS_KEYWORDS))


# --- the explorer's pipeline -----------------------------------------------------------------


class FakePipeline(Pipeline):
    """The explorer's pipeline with hand-made analyses (`make`) instead of the annotator's."""

    def __init__(self, make: Callable[[Document], Analysed] = twin_cities_analysed) -> None:
        super().__init__(ReadOptions(use_cache=False))
        self.make = make

    def analyse(self, document, sentences=3, stop=None) -> Analysed:  # type: ignore[override]
        return self.make(document)


class GatedPipeline(FakePipeline):
    """Analyses that wait until released: the app must paint and obey keys meanwhile."""

    def __init__(self, make: Callable[[Document], Analysed] = twin_cities_analysed) -> None:
        super().__init__(make)
        self.release = threading.Event()
        self.started = threading.Event()

    def analyse(self, document, sentences=3, stop=None) -> Analysed:  # type: ignore[override]
        self.started.set()
        self.release.wait(timeout=30)
        return self.make(document)


# --- reading the screen ----------------------------------------------------------------------


class Explorer(ExplorerApp):
    """The explorer, keeping the notifications it shows."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.notes: list[str] = []

    def notify(self, message: str, *args, **kwargs) -> None:
        self.notes.append(message)
        super().notify(message, *args, **kwargs)


async def ready(app: ExplorerApp, pilot: Any) -> None:
    """The explorer as a reader meets it: its panes mounted (they come a frame after the
    article) and the analysis done."""
    for _ in range(3000):  # 30 s at most: a stuck start-up fails, it does not hang
        if app.panes_ready:
            break
        await pilot.pause(0.01)
    assert app.panes_ready, "the explorer's panes were never mounted"
    await app.workers.wait_for_complete()
    await pilot.pause()


# The characters a terminal sends with the keys that have a name (the others send none).
_KEY_CHARACTERS = {"backspace": "\x7f", "tab": "\t", "enter": "\r", "escape": "\x1b"}


def send_at_once(app: App[Any], keys: Iterable[str]) -> None:
    """Keys as a terminal sends a fast typist's burst, or keys typed while the app was busy:
    all queued before the first is handled (Pilot.press waits for each key to be handled
    before the next). A letter stands for itself; other keys go by name (backspace, home)."""
    for key in keys:
        character = key if len(key) == 1 else _KEY_CHARACTERS.get(key)
        app.post_message(events.Key(key, character))


class ScreenHost(ThemedApp):
    """A stand-in explorer: pushes one screen at start and records what it dismisses with."""

    def __init__(self, make_screen: Callable[[], Screen[Any]]) -> None:
        super().__init__()
        self.make_screen = make_screen
        self.results: list[Any] = []

    def compose(self) -> ComposeResult:
        yield Static("the explorer would be here", id="host")

    def on_mount(self) -> None:
        self.push_screen(self.make_screen(), self.results.append)


_SVG_TEXT = re.compile(
    r'<text class="[^"]*" x="([\d.]+)" y="[\d.]+" textLength="([\d.]+)" '
    r'clip-path="url\(#[^)]*-line-(\d+)\)">([^<]*)</text>'
)


def screen_text(app: App[Any]) -> str:
    """What the terminal shows now, as plain text, one line a row (App.export_screenshot)."""
    svg = app.export_screenshot(simplify=True)
    width, height = app.size
    rows = [[" "] * width for _ in range(height)]
    cell: float | None = None
    for x, length, line, text in _SVG_TEXT.findall(svg):
        text = html.unescape(text).replace("\xa0", " ")
        if text == "\n" or int(line) >= height:
            continue
        if cell is None and text:
            cell = float(length) / len(text)  # rich: a cell's width times the characters
        column = round(float(x) / cell) if cell else 0
        row = rows[int(line)]
        for char in text:
            if column < width:
                row[column] = char
            if cell_len(char) == 2 and column + 1 < width:
                row[column + 1] = ""  # the right half of a wide character
            column += cell_len(char)
    return "\n".join("".join(row) for row in rows)

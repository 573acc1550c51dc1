"""The summary page and other views as a person sees them: in 80 columns, text as written."""

from __future__ import annotations

import io
from dataclasses import replace

import pytest
from rich.cells import cell_len
from rich.console import Console, RenderableType

from tests.documents import from_paragraphs, from_sections
from tests.test_analyse import seed_article
from tui.analyse import analyse
from tui.cli.report import (
    CorpusTotals,
    corpus_view,
    entities_view,
    match_line,
    sections_view,
    summary_view,
)
from tui.i18n import set_language
from tui.model import Annotations, Entity, Metadata, Quote

# The page as a Chinese reader gets it (--lang zh or a zh_* locale); test_i18n has the English.
pytestmark = pytest.mark.usefixtures("chinese")


def render(renderable: RenderableType, width: int = 80) -> str:
    console = Console(file=io.StringIO(), width=width, color_system=None, legacy_windows=False)
    console.print(renderable)
    return console.file.getvalue()


def assert_fits(text: str, width: int = 80) -> None:
    for line in text.splitlines():
        assert cell_len(line) <= width, line


def seed_annotations(document) -> Annotations:
    """A few hand-placed names and quotes on the seed article, where they stand in the text."""
    entities, quotes = [], []
    for p in document.paragraphs:
        for name, kind in (("陈鸿宇", "person"), ("广州", "place"), ("深圳", "place")):
            start = p.text.find(name)
            while start != -1:
                entities.append(Entity(kind, start, start + len(name), name, p.index))
                start = p.text.find(name, start + len(name))
        if "陈鸿宇" in p.text and p.text.startswith("“"):
            end = p.text.index("”")
            quotes.append(Quote(p.text[1:end], "陈鸿宇", p.index, 0, end + 1))
    entities.sort(key=lambda e: (e.paragraph, e.start))
    return Annotations(tuple(entities), tuple(quotes))


@pytest.fixture(scope="module")
def seed_page() -> str:
    document = seed_article()
    insight = analyse(document, seed_annotations(document))
    set_language("zh")  # made once for the module, before the per-test `chinese` fixture
    try:
        return render(summary_view(document, insight))
    finally:
        set_language("en")


class _Output(io.StringIO):
    """Standard output stood in for: a terminal or a pipe."""

    def __init__(self, tty: bool) -> None:
        super().__init__()
        self.tty = tty

    def isatty(self) -> bool:
        return self.tty


@pytest.mark.parametrize(("tty", "env"), [(True, {}), (False, {}), (True, {"NO_COLOR": "1"})])
def test_a_page_rendered_from_the_layout_is_the_page_the_console_prints(
    tty: bool, env: dict[str, str], monkeypatch
) -> None:
    """What a worker renders for `tui summary` (it sends the page, not the analysis) is, byte
    for byte, what the console of standard output would print: colours, width, trimming."""
    from tui.cli.console import PageLayout, console

    monkeypatch.setenv("TERM", "xterm-256color")
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    output = _Output(tty)
    monkeypatch.setattr("sys.stdout", output)
    document = seed_article()
    view = summary_view(document, analyse(document, seed_annotations(document)))
    out = console()
    out.soft_wrap = False
    out.width = 100
    layout = PageLayout.of(out)
    out.print(view)
    out.print()
    printed = output.getvalue()
    assert ("\x1b[" in printed) == tty  # styled on a terminal (bold, dim: NO_COLOR too)
    assert layout.render(view, "") == printed
    # The layout decides, not the environment of the process rendering (a Dask worker's)
    assert "\x1b[" not in replace(layout, color_system=None).render(view, "")


def test_seed_page_fits_80_columns(seed_page: str) -> None:
    assert_fits(seed_page)


def test_seed_page_shows_what_a_reader_looks_for(seed_page: str) -> None:
    assert "广深双核:同城化新猜想" in seed_page
    assert "2020-01-13 · 《南方》杂志 · 温柔" in seed_page
    assert "4,210 字（汉字 3,661）· 38 段 · 95 句 · 5 节 · 阅读约 9 分钟" in seed_page
    for section in ("导语", "解放思想", "一体化", "优势互补", "合作平台"):
        assert section in seed_page
    assert "陈鸿宇" in seed_page and "广州" in seed_page
    for heading in ("大纲", "提及最多", "关键词", "要点", "谁说了什么"):
        assert heading in seed_page


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", "1 paragraph · 1 sentence · 1 section"),
        ("zh", "1 段 · 1 句 · 1 节"),
    ],
)
def test_the_header_counts_one_of_a_kind_in_the_singular(language: str, expected: str) -> None:
    set_language(language)
    document = from_paragraphs("张三说：“今天天气很好。”")
    page = render(summary_view(document, analyse(document, Annotations())))
    assert expected in page
    assert "1 paragraphs" not in page


def test_key_sentences_are_numbered_on_the_page() -> None:
    document = seed_article()
    insight = analyse(document, Annotations())
    page = render(summary_view(document, insight))
    block = page[page.index("要点") : page.index("谁说了什么") if "谁说了什么" in page else None]
    unwrapped = "".join(line.strip() for line in block.splitlines()[1:])
    assert unwrapped == "".join(f"{n}. {s}" for n, s in enumerate(insight.summary, 1))


def test_speakers_are_listed_with_their_quote_counts(seed_page: str) -> None:
    # seed_annotations gives 陈鸿宇 the three paragraphs that open with his words.
    speaker_lines = [line.split() for line in seed_page.splitlines() if "处引语" in line]
    assert speaker_lines == [["陈鸿宇", "3", "处引语"]]
    assert "“广深有着良好互动的基础" in seed_page


def test_markup_in_file_text_is_shown_as_written() -> None:
    document = from_sections(["[bold]正文[/bold]里有方括号[red]。"], ["第二节的内容很长。"])
    meta = Metadata(
        title="[bold]x[/bold] 标题", source="[link=http://e.x]源[/link]", category="[dim]栏[/dim]"
    )
    document = replace(document, meta=meta)
    annotations = Annotations(
        entities=(Entity("person", 0, 6, "[bold]", 0),),
        quotes=(Quote("[italic]说的话[/italic]", "[b]某人[/b]", 0, 0, 10),),
    )
    page = render(summary_view(document, analyse(document, annotations)))
    assert "[bold]x[/bold] 标题" in page
    assert "[link=http://e.x]源[/link]" in page
    assert "栏目：[dim]栏[/dim]" in page
    assert "[b]某人[/b]" in page and "[italic]说的话[/italic]" in page


@pytest.mark.parametrize(
    ("url", "linked"),
    [
        ("http://www.example.cn/epaper/2020-01/13/content_190055660.htm", True),
        ("https://example.cn/a", True),
        ("javascript:alert(1)", False),
        ("file:///etc/passwd", False),
    ],
)
def test_the_page_address_is_a_hyperlink_only_for_the_web(url, linked) -> None:
    """A long address folds at the panel's edge; in a terminal it stays one link (OSC 8)."""
    document = replace(from_sections(["正文。"]), meta=Metadata(title="标题", url=url))
    buffer = io.StringIO()
    console = Console(file=buffer, width=40, force_terminal=True, legacy_windows=False)
    console.print(summary_view(document, analyse(document, Annotations())))
    assert ("\x1b]8;id=" in buffer.getvalue()) is linked
    if linked:
        assert f";{url}\x1b\\" in buffer.getvalue()  # the whole address, however it folds


def test_long_titles_and_huge_figures_still_fit() -> None:
    long_title = "非常" * 60
    paragraphs = ["广州与深圳的合作不断深化，双方在产业、科技、金融等方面互为市场。" * 400]
    document = from_sections(paragraphs, paragraphs, titles=(None, long_title))
    document = replace(document, meta=Metadata(title=long_title, url="http://x.cn/" + "a" * 150))
    entities = tuple(Entity("person", i, i + 2, f"人名{i}", 0) for i in range(0, 2000, 2))
    page = render(summary_view(document, analyse(document, Annotations(entities))))
    assert_fits(page)


def test_corpus_view_adds_up_the_documents() -> None:
    first = from_sections(["广州与深圳签署合作协议，推动产业协同发展。"])
    second = from_sections(["深圳与香港加强科技合作，共建创新平台。"])

    def places(document, *names):
        return Annotations(
            tuple(Entity("place", document.paragraphs[0].text.index(n), 0, n, 0) for n in names)
        )

    analysed = [
        (first, analyse(first, places(first, "广州", "深圳"))),
        (second, analyse(second, places(second, "深圳", "香港"))),
    ]
    totals = CorpusTotals()
    for _, insight in analysed:
        totals.add(insight)
    page = render(corpus_view(totals))
    assert_fits(page)
    chars = sum(i.stats.chars for _, i in analysed)
    assert f"2 篇 · {chars} 字" in page
    # Named in both documents: first (most mentions), with its count over both.
    places_line = next(line for line in page.splitlines() if "地点" in line)
    assert places_line.index("深圳 2（2 篇）") < places_line.index("广州 1")


def test_sections_and_entities_views_fit_and_keep_text_literal() -> None:
    document = from_sections(["正文。"], ["第二节。"], titles=(None, "[red]节[/red]"))
    assert "[red]节[/red]" in render(sections_view(document))
    entities = [
        Entity("org", 0, 4, "恒运集团", 0, canonical="广州恒运企业集团股份有限公司"),
        Entity("org", 0, 14, "广州恒运企业集团股份有限公司", 0),
    ]
    table = render(entities_view(analyse(document, Annotations(tuple(entities)))))
    assert_fits(table)
    row = next(line for line in table.splitlines() if "股份有限公司" in line)
    assert "2" in row.split() and "恒运集团" in row


def test_a_long_book_keeps_to_a_page() -> None:
    chapters = [[f"第{n}回的故事很长，好汉们在山寨里饮酒。"] for n in range(60)]
    document = from_sections(*chapters)
    quotes = tuple(Quote("俺们今日便去山寨里饮酒。", f"好汉{n % 12}", n, 0, 10) for n in range(60))
    page = render(summary_view(document, analyse(document, Annotations(quotes=quotes))))
    assert_fits(page)
    assert "… 另有 36 节（tui sections 列出全部）" in page
    assert "… 另有 4 位说话人，20 处引语" in page
    assert len(page.splitlines()) < 120


def test_a_search_match_shows_its_line_and_marks_cut_context() -> None:
    from tui.model import Paragraph
    from tui.text.search import Match

    text = "甲" * 30 + "联席会议" + "乙" * 30
    line = match_line(Paragraph(0, 0, text, 26, 26), Match(0, 30, 34, "联席会议"))
    assert line.plain == "26: …" + "甲" * 20 + "联席会议" + "乙" * 20 + "…"
    short = match_line(Paragraph(0, 0, "[b]联席会议[/b]", 3, 3), Match(0, 3, 7, "联席会议"))
    assert short.plain == "3: [b]联席会议[/b]"


@pytest.mark.parametrize("language", ["zh", "en"])
def test_the_outline_headers_stay_whole_at_80_columns(language: str) -> None:
    """A novel's outline: long titles, five-digit sizes, three-digit counts of people and a
    few of organisations must not cut 机构 to 机… (issue 15, point 8)."""
    set_language(language)
    text = "宋江" + "好汉" * 6000
    chapters = [[text] for _ in range(12)]
    titles = [None, *(f"第{n}回　王教头私走延安府　九纹龙大闹史家村" for n in range(1, 12))]
    document = from_sections(*chapters, titles=titles)
    entities = []
    for p in document.paragraphs:
        entities += [Entity("person", 0, 2, "宋江", p.index)] * 300
        entities += [Entity("org", 0, 2, "宋江", p.index)] * (p.index % 3)
        entities += [Entity("place", 0, 2, "宋江", p.index)] * 40
        entities += [Entity("number", 0, 2, "宋江", p.index)] * 12
    page = render(summary_view(document, analyse(document, Annotations(tuple(entities)))))
    assert_fits(page)
    header = next(line for line in page.splitlines() if line.lstrip().startswith("#"))
    labels = ("人物", "机构", "地点", "数字") if language == "zh" else ("person", "org", "place")
    for label in labels:
        assert label in header.split(), header
    assert "…" not in header


def test_a_long_path_is_cut_with_an_ellipsis_in_a_piped_page() -> None:
    document = replace(seed_article(), name="/very/long/" + "folder/" * 20 + "page.txt")
    page = render(summary_view(document, analyse(document, seed_annotations(document))))
    top = page.splitlines()[0]
    assert "…" in top and cell_len(top) <= 80

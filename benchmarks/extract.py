"""Extraction accuracy on the hand-written gold of ../shared/corpus, beside two HTML extractors.

    python benchmarks/extract.py            # overall and per-site figures, and the novel's parse
    python benchmarks/extract.py --pages    # also every page: what was expected, what came out
    python benchmarks/extract.py --ours     # tui alone (no GNE or trafilatura needed)
    python benchmarks/extract.py --ours --render w3m:80   # the same pages laid out otherwise
    python benchmarks/extract.py --ours --render lynx:80  # also elinks:N, html2text:N and
                                                          # markdown:N (the renderer installed)

tui reads the text dump; GeneralNewsExtractor (`gne`) and trafilatura read the page's original
HTML (`html/`), in the same run (`pip install -e ".[bench]"`). Every field is compared after
NFKC and with all whitespace removed, as issue 11 says:

- title, date: exact;
- source: the gold inside the answer or the answer inside the gold (pages whose gold names one);
- authors: the same set (pages whose gold credits some); "no false authors" is the share of the
  other pages where none is given;
- headings: the longest in-order match of the gold headings, as a share of them (pages with
  headings); "no false headings" is the share of the other pages where none is found;
- first, last: the first / last body paragraph starts with `body_first` / `body_last`.

`--render BROWSER:COLUMNS` renders `html/` afresh with another text browser or width (w3m,
lynx, elinks, html2text, `markdown`: the Python html2text's Markdown, 0 for no wrap, or
`textnodes:0`: every text node on its own line, as a scraper's BeautifulSoup gives a page, or
`html:0`: the HTML itself, which tui lays out as it loads it; the corpus was made with w3m at
200 columns) and scores tui on that text against the same gold: a
check that the rules hold for layouts they were not written on. It also says how many of the
paragraphs tui reads in the corpus's own dumps it reads whole, no more and no less, in the
other layout (compared without whitespace): the gold has only the first and last.

A figure is the mean over pages; "—" marks a field an extractor does not give. The dates of
c45, c50, c66 and c67 are not in their text and are left out of the date figure. Parsing the
novel is timed beside str.splitlines() on the same text, in the same process (CPU time).
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
import time
import unicodedata
import warnings
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
# shared/ sits beside the repository (a worktree may sit one level deeper).
SHARED = next(
    (p / "shared" for p in (ROOT.parent, ROOT.parent.parent) if (p / "shared").is_dir()),
    ROOT.parent / "shared",
)
CORPUS = SHARED / "corpus"
NOVEL = SHARED / "corpus-large" / "shuihuzhuan.txt"

FIELDS = ("title", "date", "source", "authors", "headings", "first", "last")
# Figures that keep the main ones honest: credits and outlines invented where the page has none.
CHECKS = ("no false authors", "no false headings")
GOALS = {
    "title": 97,
    "date": 95,
    "source": 90,
    "authors": 85,
    "headings": 90,
    "first": 90,
    "last": 90,
}
SITE_FLOOR = 70
NOVEL_SECONDS = 0.25
# These pages do not show their date in the text (the gold took it from the HTML).
DATE_NOT_IN_TEXT = {"c45_qq", "c50_readhub", "c66_wechat", "c67_wechat"}


@dataclass(frozen=True)
class Extract:
    """What one extractor made of one page; None for a field it does not give at all."""

    title: str | None
    date: str | None
    source: str | None
    authors: tuple[str, ...] | None
    headings: tuple[str, ...] | None
    paragraphs: tuple[str, ...]


def norm(text: str | None) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text or ""))


def _in_order(gold: Sequence[str], got: Sequence[str]) -> int:
    """The length of the longest common subsequence of two lists of strings."""
    previous = [0] * (len(got) + 1)
    for g in gold:
        current = [0]
        for j, h in enumerate(got):
            current.append(previous[j] + 1 if g == h else max(previous[j + 1], current[j]))
        previous = current
    return previous[-1]


def score(gold: dict, got: Extract, gives: frozenset[str] = frozenset(FIELDS)) -> dict:
    """Per field: 1.0/0.0 (headings: a share), or None where the field does not apply to this
    page or the extractor does not give it."""
    name = gold_name(gold)
    result: dict[str, float | None] = dict.fromkeys((*FIELDS, *CHECKS))
    result["title"] = float(norm(gold["title"]) == norm(got.title))
    if name not in DATE_NOT_IN_TEXT:
        result["date"] = float(gold["date"] == got.date)
    if gold["source"]:
        want, have = norm(gold["source"]), norm(got.source)
        result["source"] = float(bool(have) and (want in have or have in want))
    if got.authors is not None:
        want_people = {norm(a) for a in gold["authors"]}
        have_people = {norm(a) for a in got.authors}
        if want_people:
            result["authors"] = float(want_people == have_people)
        else:
            result["no false authors"] = float(not have_people)
    if got.headings is not None:
        want_headings = [norm(h) for h in gold["sections"]]
        have_headings = [norm(h) for h in got.headings]
        if want_headings:
            result["headings"] = _in_order(want_headings, have_headings) / len(want_headings)
        else:
            result["no false headings"] = float(not have_headings)
    paragraphs = [norm(p) for p in got.paragraphs if norm(p)]
    first, last = (paragraphs[0], paragraphs[-1]) if paragraphs else ("", "")
    result["first"] = float(bool(first) and first.startswith(norm(gold["body_first"])))
    result["last"] = float(bool(last) and last.startswith(norm(gold["body_last"])))
    return {k: (None if k in FIELDS and k not in gives else v) for k, v in result.items()}


def gold_name(gold: dict) -> str:
    return gold["file"].split(".")[0]


def site_of(name: str) -> str:
    return name.split("_", 1)[1]


def load_gold() -> list[dict]:
    return [json.loads(p.read_text("utf-8")) for p in sorted((CORPUS / "gold").glob("*.json"))]


# --- the extractors ----------------------------------------------------------------------


def ours(gold: dict) -> Extract:
    from tui.load import read_path
    from tui.parse import parse

    document = parse(read_path(CORPUS / gold["file"]).text, gold["file"])
    meta = document.meta
    return Extract(
        meta.title,
        meta.date,
        meta.source,
        tuple(meta.authors),
        tuple(s.title or "" for s in document.sections if not s.is_lead),
        tuple(p.text for p in document.paragraphs),
    )


def page_html(gold: dict) -> str:
    """The page's HTML as text. Several pages declare a charset their bytes do not have, so
    the bytes decide: UTF-8 when they are valid UTF-8, else GB18030 (a superset of GBK)."""
    data = (CORPUS / "html" / f"{gold_name(gold)}.html").read_bytes()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = data.decode("gb18030", errors="replace")
    # lxml refuses a str that still declares its encoding.
    return re.sub(r"^\s*<\?xml[^>]*\?>", "", text)


def _names(value: str | None, separators: str) -> tuple[str, ...]:
    return tuple(n for n in re.split(separators, value or "") if n.strip())


def gne(gold: dict) -> Extract:
    from gne import GeneralNewsExtractor

    from tui.parse.dates import iso_date

    found = GeneralNewsExtractor().extract(page_html(gold))
    return Extract(
        found.get("title"),
        iso_date(found.get("publish_time") or ""),  # "2019-09-23 07:48" and the like
        None,
        _names(found.get("author"), r"[\s、,，;；/]+"),
        None,
        tuple(line for line in (found.get("content") or "").split("\n") if line.strip()),
    )


def trafilatura(gold: dict) -> Extract:
    import trafilatura as t

    html = page_html(gold)
    found = t.bare_extraction(html, with_metadata=True)
    # Headings come only with formatting, which changes what else is kept: asked apart.
    formatted = t.bare_extraction(html, include_formatting=True)
    title = found.title if found else None
    headings: tuple[str, ...] = ()
    if formatted is not None and formatted.body is not None:
        texts = ("".join(h.itertext()).strip() for h in formatted.body.iter("head"))
        headings = tuple(h for h in texts if h and norm(h) != norm(title))
    return Extract(
        title,
        found.date if found else None,
        found.sitename if found else None,
        _names(found.author if found else None, r"\s*;\s*"),
        headings,
        tuple(line for line in ((found.text if found else "") or "").split("\n") if line.strip()),
    )


EXTRACTORS: dict[str, tuple[Callable[[dict], Extract], frozenset[str]]] = {
    "tui (text)": (ours, frozenset(FIELDS)),
    "GNE (html)": (gne, frozenset(FIELDS) - {"source", "headings"}),
    "trafilatura (html)": (trafilatura, frozenset(FIELDS)),
}


def run(extract: Callable[[dict], Extract], gold: dict) -> Extract:
    try:
        return extract(gold)
    except Exception as error:  # a peer that fails on a page scores nothing on it
        print(f"  {gold_name(gold)}: {type(error).__name__}: {error}", file=sys.stderr)
        return Extract(None, None, None, (), (), ())


# --- figures -----------------------------------------------------------------------------


def mean(values: list[float | None]) -> tuple[float, int] | None:
    given = [v for v in values if v is not None]
    return (100 * statistics.fmean(given), len(given)) if given else None


def cell(figure: tuple[float, int] | None) -> str:
    return "—" if figure is None else f"{figure[0]:.0f}%"


def print_rows(header: Sequence[str], rows: list[Sequence[str]]) -> None:
    def width(text: str) -> int:
        return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)

    widths = [max(width(r[i]) for r in [header, *rows]) for i in range(len(header))]
    for row in [header, ["-" * w for w in widths], *rows]:
        print(
            "| "
            + " | ".join(c + " " * (w - width(c)) for c, w in zip(row, widths, strict=True))
            + " |"
        )


def overall_table(scores: dict[str, dict[str, dict]]) -> None:
    names = list(scores)
    rows = []
    for field in (*FIELDS, *CHECKS):
        figures = [mean([page[field] for page in scores[n].values()]) for n in names]
        pages = next((f[1] for f in figures if f), 0)
        goal = f"≥ {GOALS[field]}%" if field in GOALS else ""
        rows.append([f"{field} ({pages})", *map(cell, figures), goal])
    print_rows(["field (pages)", *names, "goal"], rows)


def site_table(scores: dict[str, dict]) -> None:
    by_site: dict[str, list[dict]] = defaultdict(list)
    for name, page in scores.items():
        by_site[site_of(name)].append(page)
    rows = []
    for site, pages in sorted(by_site.items()):
        figures = [mean([p[f] for p in pages]) for f in FIELDS]
        low = [
            f
            for f, figure in zip(FIELDS, figures, strict=True)
            if figure and figure[0] < SITE_FLOOR
        ]
        rows.append([f"{site} ({len(pages)})", *map(cell, figures), " ".join(low)])
    print_rows(["site (pages)", *FIELDS, f"below {SITE_FLOOR}%"], rows)


def show(value: object) -> str:
    if isinstance(value, tuple):
        return " / ".join(value) if value else "()"
    return repr(value) if value is None else str(value)


def page_dump(gold: list[dict], extracts: dict[str, Extract], scores: dict[str, dict]) -> None:
    for page in gold:
        name = gold_name(page)
        got, marks = extracts[name], scores[name]
        wrong = [f for f in FIELDS if marks[f] is not None and marks[f] < 1]
        wrong += [c for c in CHECKS if marks[c] == 0]
        status = "ok" if not wrong else "wrong: " + ", ".join(wrong)
        print(f"\n{name}  {status}")
        expected = {
            "title": page["title"],
            "date": page["date"],
            "source": page["source"],
            "authors": tuple(page["authors"]),
            "headings": tuple(page["sections"]),
            "first": page["body_first"],
            "last": page["body_last"],
        }
        first = got.paragraphs[0][:40] if got.paragraphs else None
        last = got.paragraphs[-1][:40] if got.paragraphs else None
        came = {
            "title": got.title,
            "date": got.date,
            "source": got.source,
            "authors": got.authors,
            "headings": got.headings,
            "first": first,
            "last": last,
        }
        for field in FIELDS:
            if (
                field in wrong
                or (field == "authors" and "no false authors" in wrong)
                or (field == "headings" and "no false headings" in wrong)
            ):
                print(f"  {field:9} expected {show(expected[field])}")
                print(f"  {'':9} got      {show(came[field])}")


def novel_timing(runs: int = 5) -> None:
    from tui.load import read_path
    from tui.parse import parse

    if not NOVEL.exists():
        print(f"\n(the novel is not at {NOVEL}: no timing)")
        return
    text = read_path(NOVEL).text

    def median_time(work: Callable[[], object]) -> float:
        # CPU time of this process: one core's work, steady when other jobs share the machine.
        times = []
        for _ in range(runs):
            began = time.process_time()
            work()
            times.append(time.process_time() - began)
        return statistics.median(times)

    parse(text)  # imports and first-use compiling are not the parse
    took = median_time(lambda: parse(text))
    base = median_time(text.splitlines)
    verdict = "ok" if took <= NOVEL_SECONDS else "MISSED"
    print(f"\nparse the novel ({len(text):,} chars, CPU time, median of {runs}):")
    print_rows(
        ["figure", "tui", "baseline", "ratio", "goal"],
        [
            [
                "parse(novel)",
                f"{took:.3f} s",
                f"str.splitlines() {base:.4f} s",
                f"{took / base:.0f}",
                f"≤ {NOVEL_SECONDS} s {verdict}",
            ]
        ],
    )


# How each renderer dumps a page as text, `columns` wide (the page's file name follows).
_RENDERERS = {
    "w3m": ["w3m", "-dump", "-cols", "{columns}", "-I", "{charset}", "-O", "UTF-8"]
    + ["-T", "text/html"],
    "lynx": ["lynx", "-dump", "-width={columns}", "-assume_charset=utf-8"]
    + ["-display_charset=UTF-8", "-force_html"],
    "elinks": ["elinks", "-dump", "-dump-width", "{columns}", "-dump-charset", "utf-8"],
    "html2text": ["html2text", "-utf8", "-nobs", "-width", "{columns}"],
    # Markdown, as the Python html2text writes it (`pip install '.[bench]'`)
    "markdown": [sys.executable, "-m", "html2text", "--body-width={columns}"],
    # Every text node on a line of its own, as a scraper's BeautifulSoup get_text("\n",
    # strip=True) gives a page: a paragraph is broken at each link or bold word (lxml, of the
    # bench extra; the width is not used)
    "textnodes": [sys.executable, __file__, "--text-nodes"],
    # The page's HTML itself, which tui lays out on loading it (tui/text/html.py; the width
    # is not used)
    "html": ["cat"],
}


def text_nodes(page: Path) -> bytes:
    """The page's text nodes, stripped, one per line, without scripts, styles or comments."""
    import lxml.html

    # The page as render() writes it: UTF-8 (lxml would guess Latin-1 where no meta says),
    # parsed as text, which lxml takes only without an XML declaration naming an encoding.
    html = re.sub(r"^\s*<\?xml[^>]*\?>", "", page.read_text("utf-8", errors="replace"))
    root = lxml.html.fromstring(html)
    pieces = []
    for node in root.iter():
        if isinstance(node.tag, str) and node.tag not in ("script", "style", "noscript"):
            pieces.append(node.text or "")
        if node.getparent() is not None:
            pieces.append(node.tail or "")
    return "".join(f"{piece.strip()}\n" for piece in pieces if piece.strip()).encode()


def render(spec: str, into: Path) -> Path:
    """The corpus's HTML rendered with `spec` (w3m:80, lynx:120, …) into `into`, the gold
    beside."""
    import shutil
    import subprocess

    browser, _, columns = spec.partition(":")
    if (
        browser not in _RENDERERS
        or not columns.isdigit()
        or not shutil.which(_RENDERERS[browser][0])
    ):
        raise SystemExit(f"--render {spec}: give {', '.join(_RENDERERS)}:COLUMNS, installed")
    if browser == "textnodes":
        import lxml.html  # noqa: F401 -- here, so that a missing bench extra says so at once
    (into / "gold").symlink_to(CORPUS / "gold")
    (into / "html").symlink_to(CORPUS / "html")  # the peers read the HTML as before
    env = {"HOME": str(into), "LANG": "C.UTF-8", "PATH": "/usr/bin:/bin"}
    for gold in load_gold():
        data = (CORPUS / "html" / f"{gold_name(gold)}.html").read_bytes()
        try:
            data.decode("utf-8")
            charset = "UTF-8"
        except UnicodeDecodeError:  # the corpus's other pages are GB18030 (see its README)
            charset = "GB18030"
        page = into / "page.html"
        if browser == "w3m":
            page.write_bytes(data)
        else:  # the others honour a page's own charset over options: give UTF-8 throughout
            text = data.decode(charset, errors="replace")
            page.write_text(re.sub(r"(?i)charset\s*=\s*[\"']?[\w-]+", "charset=utf-8", text))
        command = [part.format(columns=columns, charset=charset) for part in _RENDERERS[browser]]
        command.append(str(page))
        dump = subprocess.run(command, capture_output=True, env=env, check=True).stdout
        (into / gold["file"]).write_bytes(dump)
    return into


def same_paragraphs(rendered: Path) -> tuple[int, int]:
    """(paragraphs of the corpus's w3m dumps that tui reads whole in the `rendered` dumps too,
    paragraphs of the corpus's dumps)."""
    from tui.load import read_path
    from tui.parse import parse

    def paragraphs(path: Path) -> list[str]:
        return ["".join(p.text.split()) for p in parse(read_path(path).text).paragraphs]

    whole = total = 0
    for gold in load_gold():
        there = set(paragraphs(rendered / gold["file"]))
        here = paragraphs(SHARED / "corpus" / gold["file"])
        whole += sum(1 for text in here if text in there)
        total += len(here)
    return whole, total


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", action="store_true", help="every page, expected beside got")
    parser.add_argument("--ours", action="store_true", help="tui only, without the peers")
    parser.add_argument("--json", action="store_true", help="per-page scores of tui as JSON")
    parser.add_argument("--render", metavar="BROWSER:COLUMNS", help="e.g. w3m:80 or lynx:80")
    parser.add_argument("--text-nodes", metavar="PAGE", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.text_nodes:  # the textnodes renderer, run as the others are
        sys.stdout.buffer.write(text_nodes(Path(args.text_nodes)))
        return 0
    if args.render:
        import tempfile

        global CORPUS
        rendered = tempfile.TemporaryDirectory()
        CORPUS = render(args.render, Path(rendered.name))
    if not (CORPUS / "gold").is_dir():
        print(f"no gold at {CORPUS / 'gold'} (../shared beside the checkout)", file=sys.stderr)
        return 1
    warnings.filterwarnings("ignore")
    gold = load_gold()
    extractors = dict(list(EXTRACTORS.items())[:1]) if args.ours else EXTRACTORS
    scores: dict[str, dict[str, dict]] = {}
    extracts: dict[str, Extract] = {}
    for label, (extract, gives) in extractors.items():
        scores[label] = {}
        for page in gold:
            got = run(extract, page)
            if extract is ours:
                extracts[gold_name(page)] = got
            scores[label][gold_name(page)] = score(page, got, gives)
    tui_scores = scores["tui (text)"]
    if args.json:
        print(json.dumps(tui_scores, ensure_ascii=False, indent=1))
        return 0
    rendering = f", rendered with {args.render}" if args.render else ""
    print(
        f"{len(gold)} pages of {CORPUS}{rendering}; mean per page, over the pages that have "
        "the field\n"
    )
    overall_table(scores)
    if args.render:
        whole, total = same_paragraphs(CORPUS)
        print(
            f"\nparagraphs of the corpus's w3m:200 dumps read whole at {args.render}: "
            f"{whole:,} of {total:,} ({100 * whole / total:.1f}%)"
        )
    print("\ntui per site:")
    site_table(tui_scores)
    if args.pages:
        page_dump(gold, extracts, tui_scores)
    novel_timing()
    return 0


if __name__ == "__main__":
    sys.exit(main())

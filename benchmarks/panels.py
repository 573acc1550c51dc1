"""How fast the explorer's panels open and move on big inputs, beside baselines in the same run.

    python benchmarks/panels.py     # the novel (../shared/corpus-large) and a synthetic name list

Raw page (r) on the 885k-character novel: opening (push to first paint), G to the last line,
and 50 page-downs — beside Textual's own `Log` widget holding the same lines (unwrapped, no
marks). Entity list (e) with thousands of names and 60000 mentions: opening, spelling every
name in pinyin (a background thread), and filter keystrokes in pinyin — beside a plain
`OptionList` of the same names (refilled with half of them for a keystroke). Who said what
(w) with 8000 quotes by 300 speakers: opening, G, unfolding a speaker — beside a plain
`OptionList` of the 8000 quote texts.
Headless (Pilot), so the figures are the app's own work, not a terminal's; median of 3 runs.
"""

from __future__ import annotations

import asyncio
import random
import statistics
import sys
import time
from collections.abc import Awaitable, Callable
from pathlib import Path

from textual.app import App, ComposeResult
from textual.pilot import Pilot
from textual.widgets import Log, OptionList, Static

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tui.analyse import analyse  # noqa: E402
from tui.app.colours import ThemedApp  # noqa: E402
from tui.app.screens.entities import EntityListScreen  # noqa: E402
from tui.app.screens.quotes import QuotesScreen  # noqa: E402
from tui.app.screens.raw import RawPageScreen, wrapped_lines  # noqa: E402
from tui.model import Annotations, Document, Entity, Quote  # noqa: E402
from tui.pipeline import Analysed, Pipeline, ReadOptions  # noqa: E402
from tui.text.pinyin import context_readings  # noqa: E402

# ../shared beside the repository (a worktree may sit one level deeper).
NOVEL = next(
    (
        p / "shared" / "corpus-large" / "shuihuzhuan.txt"
        for p in ROOT.parents
        if (p / "shared" / "corpus-large" / "shuihuzhuan.txt").exists()
    ),
    ROOT.parent / "shared" / "corpus-large" / "shuihuzhuan.txt",
)
SIZE = (120, 40)
RUNS = 3


class Host(ThemedApp):
    def compose(self) -> ComposeResult:
        yield Static("host")


Step = Callable[[App[None], Pilot[None]], Awaitable[None]]


async def timed(steps: list[tuple[str, Step]]) -> dict[str, float]:
    """Run the steps in one app, each timed from its start until the app is idle again."""
    app = Host()
    figures: dict[str, float] = {}
    async with app.run_test(size=SIZE) as pilot:
        for name, step in steps:
            start = time.perf_counter()
            await step(app, pilot)
            await pilot.pause()
            figures[name] = time.perf_counter() - start
    return figures


def median_of(make_steps: Callable[[], list[tuple[str, Step]]]) -> dict[str, float]:
    runs = [asyncio.run(timed(make_steps())) for _ in range(RUNS)]
    return {name: statistics.median(run[name] for run in runs) for name in runs[0]}


def raw_page_steps(document: Document) -> list[tuple[str, Step]]:
    async def open_(app: App[None], pilot: Pilot[None]) -> None:
        wrapped_lines.cache_clear()  # measure a first opening, not a reopening
        await app.push_screen(RawPageScreen(document))

    return [("open", open_), ("G", _press("G")), ("50 page-downs", _press(*["space"] * 50))]


def log_steps(lines: list[str]) -> list[tuple[str, Step]]:
    async def open_(app: App[None], pilot: Pilot[None]) -> None:
        log = Log()
        await app.mount(log)
        log.write_lines(lines, scroll_end=False)
        log.focus()

    return [("open", open_), ("G", _press("end")), ("50 page-downs", _press(*["pagedown"] * 50))]


def _press(*keys: str) -> Step:
    async def step(app: App[None], pilot: Pilot[None]) -> None:
        await pilot.press(*keys)

    return step


def big_annotations(names: int = 5000, mentions: int = 60_000) -> Annotations:
    rng = random.Random(7)
    han = [chr(c) for c in range(0x4E00, 0x4E00 + 3000)]
    pool = ["".join(rng.choices(han, k=rng.randint(2, 6))) for _ in range(names)]
    kinds = ("person", "org", "place", "time", "number", "title")
    entities = []
    for i in range(mentions):
        name = pool[min(int(rng.paretovariate(1.2)) - 1, names - 1) if i % 2 else i % names]
        entities.append(Entity(kinds[hash(name) % 6], 0, len(name), name, i // 10))  # type: ignore[arg-type]
    return Annotations(tuple(entities))


def entity_steps(document: Document, notes: Annotations) -> list[tuple[str, Step]]:
    analysed = Analysed(document, notes, analyse(document, notes))  # as the app has it

    async def open_(app: App[None], pilot: Pilot[None]) -> None:
        context_readings.cache_clear()
        await app.push_screen(EntityListScreen(analysed))

    async def pinyin(app: App[None], pilot: Pilot[None]) -> None:
        await app.workers.wait_for_complete()  # the keys work meanwhile

    return [
        ("open", open_),
        ("pinyin (thread)", pinyin),
        ("filter 'y'", _press("y")),
        ("filter 'yi'", _press("i")),
    ]


def option_list_steps(notes: Annotations) -> list[tuple[str, Step]]:
    names = list(dict.fromkeys(e.text for e in notes.entities))

    async def open_(app: App[None], pilot: Pilot[None]) -> None:
        option_list = OptionList(*names)
        await app.mount(option_list)
        option_list.focus()

    async def refill(app: App[None], pilot: Pilot[None]) -> None:
        app.query_one(OptionList).set_options(names[: len(names) // 2])

    async def nothing(app: App[None], pilot: Pilot[None]) -> None:
        pass

    return [
        ("open", open_),
        ("pinyin (thread)", nothing),
        ("filter 'y'", refill),
        ("filter 'yi'", refill),
    ]


def big_quotes(document: Document, quotes: int = 8000, speakers: int = 300) -> Annotations:
    rng = random.Random(11)
    names = [None, *(f"说话人{i}" for i in range(speakers))]
    paragraphs = len(document.paragraphs)
    found = sorted(
        (
            Quote(
                "这是一句不短的话，" * rng.randint(1, 8),
                rng.choice(names),
                rng.randrange(paragraphs),
                0,
                3,
            )
            for _ in range(quotes)
        ),
        key=lambda quote: quote.paragraph,
    )
    return Annotations(quotes=tuple(found))


def quotes_steps(document: Document, notes: Annotations) -> list[tuple[str, Step]]:
    insight = analyse(document, notes)  # as the app has it

    async def open_(app: App[None], pilot: Pilot[None]) -> None:
        await app.push_screen(QuotesScreen(document, insight))

    return [("open", open_), ("G", _press("G")), ("unfold", _press("enter"))]


def quote_list_steps(notes: Annotations) -> list[tuple[str, Step]]:
    texts = [quote.text for quote in notes.quotes]

    async def open_(app: App[None], pilot: Pilot[None]) -> None:
        option_list = OptionList(*texts)
        await app.mount(option_list)
        option_list.focus()

    return [("open", open_), ("G", _press("end")), ("unfold", _press("enter"))]


def table(title: str, ours: dict[str, float], baseline: dict[str, float], base_name: str) -> None:
    print(f"\n{title}")
    print(f"  {'':16} {'tui':>9} {base_name:>14} {'ratio':>7}")
    for name in ours:
        ratio = f"{ours[name] / baseline[name]:6.2f}x" if baseline[name] > 0.001 else "     —"
        print(f"  {name:16} {ours[name]:8.3f}s {baseline[name]:13.3f}s {ratio}")


def main() -> None:
    if not NOVEL.exists():
        sys.exit(f"no novel at {NOVEL}")
    document = Pipeline(ReadOptions(use_cache=False)).open(str(NOVEL)).document
    lines = list(document.lines)
    print(f"novel: {len(lines):,} lines, {sum(map(len, lines)):,} characters; median of {RUNS}")
    table(
        "raw page (r) on the novel",
        median_of(lambda: raw_page_steps(document)),
        median_of(lambda: log_steps(lines)),
        "Textual Log",
    )
    notes = big_annotations()
    names = len({(e.kind, e.name) for e in notes.entities})
    table(
        f"entity list (e): {names:,} names, {len(notes.entities):,} mentions",
        median_of(lambda: entity_steps(document, notes)),
        median_of(lambda: option_list_steps(notes)),
        "OptionList",
    )
    quotes = big_quotes(document)
    table(
        f"who said what (w): {len(quotes.quotes):,} quotes, 300 speakers",
        median_of(lambda: quotes_steps(document, quotes)),
        median_of(lambda: quote_list_steps(quotes)),
        "OptionList",
    )


if __name__ == "__main__":
    main()

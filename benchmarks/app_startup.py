"""The explorer's speed, each figure beside a floor measured in the same run (issues 4 and 7).

    python benchmarks/app_startup.py            # seed and novel (needs tmux)
    python benchmarks/app_startup.py --runs 3   # fewer runs

1. First paint: time from launching a command in a real terminal (tmux, 120x40) to the first
   article text on screen, for `tui` on the seed, on the novel and on a folder of 5,000 page
   dumps, beside a minimal Textual app showing the seed in one Static (the floor) and `less`.
   The text waited for is the start of the document's first body paragraph, which all of them
   show on their first screen.
2. In the app on the novel (Pilot, headless): a section jump (1…9, n/p) and a search step (n/N),
   beside a key that is bound to nothing (the cost of a key press itself).
"""

from __future__ import annotations

import argparse
import asyncio
import atexit
import compileall
import os
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from math import nan
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
SEED = ROOT / "seeds" / "000_948d13035be81ef7.txt"
# The shared data sits beside the checkout (or beside the folder of worktrees).
SHARED = next((p / "shared" for p in ROOT.parents if (p / "shared").is_dir()), ROOT / "shared")
NOVEL = SHARED / "corpus-large" / "shuihuzhuan.txt"
CORPUS = SHARED / "corpus"
FOLDER_DOCUMENTS = 5000
PY = sys.executable

BARE_STATIC_APP = """
import sys
from pathlib import Path
from rich.text import Text
from textual.app import App
from textual.containers import VerticalScroll
from textual.widgets import Static

class Bare(App):
    def compose(self):
        with VerticalScroll():
            yield Static(Text(Path(sys.argv[1]).read_text(encoding="utf-8")))

Bare().run()
"""


def first_text(path: Path) -> str:
    """A snippet every viewer shows on its first screen: the start of the first body paragraph."""
    from tui.pipeline import Pipeline

    document = Pipeline().open(str(path)).document
    paragraph = next(document.iter_paragraphs())
    return paragraph.text.strip()[:6]


def big_folder(folder: Path, count: int) -> Path:
    """`count` page dumps in `folder`: the corpus pages over and over, each changed a little
    (its number appended) so that no two texts are equal and no cache answers. The first."""
    pages = sorted(CORPUS.glob("*.txt"))
    for n in range(count):
        page = pages[n % len(pages)]
        (folder / f"{n:05d}_{page.name}").write_bytes(page.read_bytes() + f"\n{n}\n".encode())
    return min(folder.iterdir())


def open_document_cached(path: Path):  # -> Document
    from tui.pipeline import Pipeline

    return Pipeline().open(str(path)).document


class Pane:
    """A 120x40 tmux pane on a tmux server of our own (other sessions are never touched)."""

    def __init__(self, env: dict[str, str] | None = None) -> None:
        self.session = f"bench-{uuid.uuid4().hex[:10]}"
        self.tmux = ["tmux", "-L", self.session]
        # Textual would take COLUMNS/LINES over the pane's real size.
        base = {k: v for k, v in os.environ.items() if k not in ("COLUMNS", "LINES", "TMUX")}
        # The pane starts idle and gets its size; then the command replaces the idle process,
        # so the command sees 120x40 from its first frame.
        subprocess.run(
            [
                *self.tmux,
                "new-session",
                "-d",
                "-s",
                self.session,
                "-x",
                "120",
                "-y",
                "40",
                "sleep 120",
            ],
            check=True,
            cwd=ROOT,
            env={**base, **(env or {})},
        )
        subprocess.run(
            [*self.tmux, "resize-window", "-t", self.session, "-x", "120", "-y", "40"], check=True
        )

    def launch(self, command: list[str]) -> float:
        """Start `command`; returns the clock at the launch."""
        shell = "TERM=xterm-256color " + " ".join(shlex.quote(c) for c in command) + "; sleep 60"
        start = time.perf_counter()
        subprocess.run(
            [*self.tmux, "respawn-pane", "-k", "-t", self.session, "-c", str(ROOT), shell],
            check=True,
        )
        return start

    def screen(self) -> str:
        return subprocess.run(
            [*self.tmux, "capture-pane", "-p", "-t", self.session], capture_output=True, text=True
        ).stdout

    def wait(self, predicate, start: float, timeout: float = 60.0) -> float:
        """Seconds from `start` until the screen satisfies `predicate` (nan on timeout)."""
        while time.perf_counter() - start < timeout:
            if predicate(self.screen()):
                return time.perf_counter() - start
            time.sleep(0.005)
        return float("nan")

    def key_to_change(self, key: str) -> float:
        """Seconds from sending `key` until the screen shows something else."""
        before = self.screen()
        start = time.perf_counter()
        subprocess.run([*self.tmux, "send-keys", "-t", self.session, key], check=True)
        return self.wait(lambda screen: screen != before, start, timeout=10)

    def close(self) -> None:
        subprocess.run([*self.tmux, "kill-server"], capture_output=True)


def time_to_text(command: list[str], needle: str, timeout: float = 60.0) -> float:
    """Seconds from launching `command` in a 120x40 tmux pane to `needle` on its screen."""
    pane = Pane()
    try:
        start = pane.launch(command)
        return pane.wait(lambda screen: needle in screen.replace(" ", ""), start, timeout)
    finally:
        pane.close()


def keys_in_a_terminal(path: Path, needle: str) -> dict[str, float]:
    """Median ms from a key to a changed screen in tmux: `tui` on `path` while it is still
    analysing (an empty cache) and once it is done, and `less` paging on the same file."""
    keys = "3579" * 2
    result: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as cache:
        pane = Pane({"XDG_CACHE_HOME": cache})
        try:
            start = pane.launch([PY, "-m", "tui", str(path)])
            pane.wait(lambda screen: needle in screen.replace(" ", ""), start)
            time.sleep(0.5)  # the stats pane, which says "analysing…", is mounted
            during = []
            for key in keys:
                if "analysing" not in pane.screen():
                    break
                during.append(pane.key_to_change(key))
            pane.wait(lambda screen: "analysing" not in screen, time.perf_counter())
            after = [pane.key_to_change(k) for k in keys]
        finally:
            pane.close()
    pane = Pane()
    try:
        start = pane.launch(["less", str(path)])
        pane.wait(lambda screen: needle in screen.replace(" ", ""), start)
        paging = [pane.key_to_change(k) for k in "f" * 8]
    finally:
        pane.close()
    result["tui: 1…9 while analysing"] = 1000 * statistics.median(during) if during else nan
    result["tui: 1…9 once analysed"] = 1000 * statistics.median(after)
    result["less: f (page down)"] = 1000 * statistics.median(paging)
    return result


def median_time(command: list[str], needle: str, runs: int) -> float:
    return statistics.median(time_to_text(command, needle) for _ in range(runs))


async def key_times(path: Path, runs: int) -> dict[str, tuple[float, float]]:
    """Median (wall ms, CPU ms) per key on the novel, in a headless app of 120x40.

    Wall time is what `pilot.press` takes (the key, its action and the repaint, plus Pilot's
    own waiting); CPU time is the process's work in that span, which Pilot's idle waits do not
    add to. A key bound to nothing measures what pressing any key costs."""
    from tui.app.app import ExplorerApp
    from tui.pipeline import Pipeline

    document = Pipeline().open(str(path)).document
    app = ExplorerApp([document], Pipeline())
    times: dict[str, list[tuple[float, float]]] = {}
    async with app.run_test(size=(120, 40)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()

        async def timed(label: str, *keys: str) -> None:
            for key in keys:
                wall, cpu = time.perf_counter(), time.process_time()
                await pilot.press(key)
                times.setdefault(label, []).append(
                    (time.perf_counter() - wall, time.process_time() - cpu)
                )

        for _ in range(runs):
            await timed("no-op key (floor)", "x")
            await timed("section jump 1…9", *"1592")
            await timed("next/previous section n/p", "n", "n", "p")
            await pilot.press("g")
        await pilot.press("slash", *"songjiang", "enter")
        await app.workers.wait_for_complete()
        stepper = app.stepping
        for _ in range(runs):
            await timed("search step n/N", "n", "n", "N")
        matches = len(stepper.spans)
    result = {
        label: (
            1000 * statistics.median(w for w, _ in values),
            1000 * statistics.median(c for _, c in values),
        )
        for label, values in times.items()
    }
    result["_matches"] = (matches, 0)
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument(
        "--only",
        choices=("seed", "novel", "folder", "keys", "terminal-keys"),
        help="one part only",
    )
    args = parser.parse_args()
    # tui runs here from the checkout: give it the bytecode an installed copy has (pip compiles
    # it), or every run would time compiling its modules, which no user's run does.
    compileall.compile_dir(ROOT / "tui", quiet=1)
    # The explorer as it first opens for anyone, not as this machine's user last left it (a
    # stats pane hidden with `s` and kept in settings.toml paints less, and shows no
    # "analysing…" for the keys measured while it runs).
    config = tempfile.mkdtemp(prefix="tui-bench-config-")
    atexit.register(shutil.rmtree, config, ignore_errors=True)
    os.environ["XDG_CONFIG_HOME"] = config
    if not shutil.which("tmux"):
        print("tmux is needed for the first-paint figures", file=sys.stderr)
        return 1
    with tempfile.NamedTemporaryFile("w", suffix=".py", delete=False) as bare:
        bare.write(BARE_STATIC_APP)
    rows: list[tuple[str, float, str, float, str]] = []
    # The floor of every first-paint ratio: the bare Static on the seed, in this same run.
    floor = None
    if args.only in (None, "seed", "novel", "folder"):
        seed_needle = first_text(SEED).replace(" ", "")
        floor = median_time([PY, bare.name, str(SEED)], seed_needle, args.runs)
    for label, path in (("seed", SEED), ("novel", NOVEL)):
        if args.only not in (None, label) or floor is None:
            continue
        if not path.exists():
            print(f"skipping the {label}: {path} is absent", file=sys.stderr)
            continue
        needle = first_text(path).replace(" ", "")
        tui = median_time([PY, "-m", "tui", str(path)], needle, args.runs)
        less = median_time(["less", str(path)], needle, args.runs)
        goal = 1.3 if label == "seed" else 1.5
        rows.append((f"first paint, tui {label}", tui, "bare Static, seed", floor, f"≤ {goal}×"))
        if label == "seed":
            rows.append(("bare Static, seed", floor, "bare Static, seed", floor, "(floor)"))
        else:  # one Static holding a whole book: what not rendering it all saves
            static = median_time([PY, bare.name, str(path)], needle, max(1, args.runs // 2))
            rows.append((f"bare Static, {label}", static, "bare Static, seed", floor, ""))
        rows.append((f"less, {label}", less, "bare Static, seed", floor, ""))
    if args.only in (None, "folder") and floor is not None and CORPUS.is_dir():
        with tempfile.TemporaryDirectory() as folder:
            first = big_folder(Path(folder), FOLDER_DOCUMENTS)
            needle = first_text(first).replace(" ", "")
            tui = median_time([PY, "-m", "tui", folder], needle, max(1, args.runs // 3))
            label = f"first paint, tui on {FOLDER_DOCUMENTS:,} dumps"
            rows.append((label, tui, "bare Static, seed", floor, "≤ 1.5×"))
    os.unlink(bare.name)
    print(f"{'figure':34} {'s':>7}  {'baseline':20} {'s':>7} {'ratio':>6}  goal")
    for name, value, base_name, base, goal in rows:
        print(f"{name:34} {value:7.3f}  {base_name:20} {base:7.3f} {value / base:6.3f}  {goal}")
    if NOVEL.exists() and args.only in (None, "terminal-keys"):
        needle = first_text(NOVEL).replace(" ", "")
        figures = keys_in_a_terminal(NOVEL, needle)
        base = figures["less: f (page down)"]
        print("\nkeys on the novel in tmux 120x40: key sent -> screen changed")
        print(f"{'key':34} {'ms':>7}  {'baseline':20} {'ms':>7} {'ratio':>6}  goal")
        for name, value in figures.items():
            ratio = value / base
            print(f"{name:34} {value:7.1f}  {'less: f':20} {base:7.1f} {ratio:6.2f}  ≤ 50 ms")
    if NOVEL.exists() and args.only in (None, "keys"):
        keys = asyncio.run(key_times(NOVEL, args.runs))
        matches = keys.pop("_matches")[0]
        base_wall, base_cpu = keys.pop("no-op key (floor)")
        sections = len(open_document_cached(NOVEL).sections)
        print(
            f"\nkeys on the novel ({sections} sections; Pilot, 120x40; "
            f"search 'songjiang': {matches} matches)"
        )
        print(
            f"{'key':30} {'wall ms':>8} {'cpu ms':>7}  {'no-op key wall/cpu':>19} "
            f"{'net wall':>8}  goal"
        )
        for name, (wall, cpu) in keys.items():
            print(
                f"{name:30} {wall:8.1f} {cpu:7.1f}  {base_wall:9.1f} /{base_cpu:7.1f} "
                f"{wall - base_wall:8.1f}  ≤ 50 ms"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

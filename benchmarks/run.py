"""The performance table of issue 7: each figure beside its baseline, measured in the same run.

    python benchmarks/run.py            # everything (the novel's jieba baseline takes ~1 min)
    python benchmarks/run.py --quick    # seed figures only

The machine is shared and noisy, so every figure is a ratio to a floor measured moments before
or after it; times are the median of several runs (one run for the slow novel commands).
Peak RSS is that of the measured process alone (ru_maxrss of the only child of a probe).
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # the stage table imports tui from this checkout
SEED = ROOT / "seeds" / "000_948d13035be81ef7.txt"
NOVEL = ROOT.parent / "shared" / "corpus-large" / "shuihuzhuan.txt"
PY = sys.executable

# Runs a command as its only child and prints (seconds, peak RSS in MB) of that child.
_PROBE = """
import resource, subprocess, sys, time, json
start = time.perf_counter()
done = subprocess.run(json.loads(sys.argv[1]), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
elapsed = time.perf_counter() - start
if done.returncode:
    sys.exit(done.stderr.decode(errors="replace")[-2000:])
print(elapsed, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024)
"""


def measure(command: list[str], runs: int, env: dict[str, str]) -> tuple[float, float]:
    """Median wall time (s) and max peak RSS (MB) of `command` over `runs` runs."""
    times, peaks = [], []
    for _ in range(runs):
        out = subprocess.run(
            [PY, "-c", _PROBE, json.dumps(command)],
            capture_output=True,
            text=True,
            env=env,
            check=True,
        ).stdout.split()
        times.append(float(out[0]))
        peaks.append(float(out[1]))
    return statistics.median(times), max(peaks)


def tui(*args: str) -> list[str]:
    return [PY, "-m", "tui", *args]


def py(code: str) -> list[str]:
    return [PY, "-c", code]


def posseg(path: Path) -> list[str]:
    return py(f"import jieba.posseg as p; p.lcut(open({str(path)!r}, encoding='utf-8').read())")


class Table:
    def __init__(self) -> None:
        self.rows: list[tuple[str, str, str, str, str]] = []

    def ratio(self, name: str, value: float, base_name: str, base: float, goal: float) -> None:
        ratio = value / base
        verdict = "ok" if ratio <= goal else "MISSED"
        self.rows.append(
            (
                name,
                f"{value:.3f} s",
                f"{base_name} {base:.3f} s",
                f"{ratio:.3f}",
                f"≤ {goal} {verdict}",
            )
        )

    def bound(self, name: str, value: float, unit: str, goal: float) -> None:
        verdict = "ok" if value <= goal else "MISSED"
        self.rows.append((name, f"{value:.0f} {unit}", "-", "-", f"≤ {goal:.0f} {unit} {verdict}"))

    def print(self) -> None:
        print_rows(("figure", "tui", "baseline", "ratio", "goal"), self.rows)


def stage_rows(path: Path, runs: int) -> list[tuple[str, str, str, str]]:
    """In-process time of each pipeline stage on one text, beside a floor of similar work."""
    from tui.analyse import analyse
    from tui.annotate import annotate
    from tui.load import decode
    from tui.parse import parse
    from tui.text import segment

    def median_time(work) -> float:
        times = []
        for _ in range(runs):
            began = time.perf_counter()
            work()
            times.append(time.perf_counter() - began)
        return statistics.median(times)

    data = path.read_bytes()
    text = decode(data).text
    document = parse(text, path.name)
    annotations = annotate(document)  # also loads the tagger, which is not measured
    chars = len(text)
    rows = [
        (
            "load",
            median_time(lambda: decode(data)),
            "bytes.decode('utf-8')",
            median_time(lambda: data.decode("utf-8")),
        ),
        (
            "parse",
            median_time(lambda: parse(text, path.name)),
            "str.splitlines()",
            median_time(text.splitlines),
        ),
        (
            "annotate",
            median_time(lambda: annotate(document)),
            "rjieba.tag (segmentation alone)",
            median_time(lambda: [segment.tag(p.text) for p in document.paragraphs]),
        ),
        (
            "analyse",
            median_time(lambda: analyse(document, annotations)),
            "rjieba.cut",
            median_time(lambda: [segment.cut(p.text) for p in document.paragraphs]),
        ),
    ]
    return [
        (
            f"{stage} ({chars / took / 1000:,.0f}k chars/s)",
            f"{took:.3f} s",
            f"{base_name} {base:.3f} s",
            f"{took / base:.1f}",
        )
        for stage, took, base_name, base in rows
    ]


def print_rows(header: tuple[str, ...], rows: list[tuple[str, ...]]) -> None:
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
    for row in [header, tuple("-" * w for w in widths), *rows]:
        print("| " + " | ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)) + " |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="seed figures only")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    # tui runs here from the checkout: give it the bytecode an installed copy has (pip compiles
    # it), or every run would time compiling its modules, which no user's run does.
    compileall.compile_dir(ROOT / "tui", quiet=1)

    table = Table()
    with tempfile.TemporaryDirectory() as cache_home:
        env = {**os.environ, "XDG_CACHE_HOME": cache_home, "PYTHONDONTWRITEBYTECODE": "1"}
        floor_rich, _ = measure(py("import rich.console"), args.runs, env)
        jieba_seed, _ = measure(posseg(SEED), args.runs, env)
        # The very first run in an empty cache directory also indexes jieba's word tables.
        first, _ = measure(tui("summary", str(SEED), "--no-cache"), 1, env)
        cold, cold_rss = measure(tui("summary", str(SEED), "--no-cache"), args.runs, env)
        measure(tui("summary", str(SEED)), 1, env)  # fill the cache
        warm, warm_rss = measure(tui("summary", str(SEED)), args.runs, env)
        table.ratio(
            "summary SEED, cold (--no-cache)", cold, "jieba.posseg.lcut(seed)", jieba_seed, 0.5
        )
        table.ratio("summary SEED, warm cache", warm, "import rich.console", floor_rich, 5)
        table.rows.append(
            (
                "summary SEED, first run ever",
                f"{first:.3f} s",
                "(indexes jieba's tables once)",
                "-",
                "-",
            )
        )
        table.bound("summary SEED peak RSS (cold)", max(cold_rss, warm_rss), "MB", 120)
        if not args.quick and NOVEL.exists():
            jieba_novel, _ = measure(posseg(NOVEL), 1, env)
            novel, novel_rss = measure(tui("summary", str(NOVEL), "--json", "--no-cache"), 1, env)
            table.ratio(
                "summary NOVEL --json, cold", novel, "jieba.posseg.lcut(novel)", jieba_novel, 0.1
            )
            table.bound("summary NOVEL peak RSS", novel_rss, "MB", 400)
    print(
        f"machine: {os.cpu_count()} cores, Python {sys.version.split()[0]}, "
        f"{time.strftime('%Y-%m-%d')}; median of {args.runs} runs (novel: 1 run)"
    )
    table.print()
    for path in (SEED, NOVEL):
        if path.exists() and (path == SEED or not args.quick):
            runs = args.runs if path == SEED else 1
            from tui.machinery.parallel import MIN_CHARS

            print(
                f"\nstages called in this process on {path.name} (median of {runs}; annotate "
                f"forks a second process for texts over {MIN_CHARS:,} characters):"
            )
            rows = stage_rows(path, runs)
            print_rows(("stage", "time", "floor", "ratio"), rows)


if __name__ == "__main__":
    main()

"""Many documents: throughput per core against GeneralNewsExtractor, scaling over two cores,
memory that does not grow with the corpus, and the novel alone — every figure beside its
baseline from the same run.

    python benchmarks/corpus.py                 # 500 and 5,000 documents (several minutes)
    python benchmarks/corpus.py --sizes 200     # a quick look
    pip install '.[bench]'                      # GeneralNewsExtractor (gne) for the baseline

The corpus is built here: the 70 pages of ../shared/corpus, each copied with one line of its
own appended (a page-footer line), so no two texts are equal and no cache could answer; every
run is cold (--no-cache). Peak RSS is that of the largest single process of a run (a worker or
the parent: ru_maxrss over the run's reaped processes).
"""

from __future__ import annotations

import argparse
import compileall
import contextlib
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "corpus"
NOVEL = SHARED / "corpus-large" / "shuihuzhuan.txt"
PY = sys.executable

# Runs a command as its only child: wall seconds, CPU seconds of all its processes (so a
# figure per core holds on a busy machine), and the peak RSS in MB of its largest process.
_PROBE = """
import resource, subprocess, sys, time, json
start = time.perf_counter()
done = subprocess.run(json.loads(sys.argv[1]), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
elapsed = time.perf_counter() - start
if done.returncode not in (0, 1):
    sys.exit(done.stderr.decode(errors="replace")[-2000:])
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
print(elapsed, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024)
"""


def measure(command: list[str], env: dict[str, str]) -> tuple[float, float, float]:
    out = subprocess.run(
        [PY, "-c", _PROBE, json.dumps(command)], capture_output=True, text=True, env=env
    )
    if out.returncode:
        sys.exit(f"failed: {' '.join(command)}\n{out.stderr}")
    seconds, cpu, peak = out.stdout.split()
    return float(seconds), float(cpu), float(peak)


def build(folder: Path, size: int) -> None:
    """`size` page dumps: the dev pages over and over, each with a line of its own."""
    pages = sorted(CORPUS.glob("c*.txt"))
    texts = [page.read_bytes() for page in pages]
    for n in range(size):
        page, data = pages[n % len(pages)], texts[n % len(texts)]
        encoding = "gb18030" if "gb18030" in page.name else "utf-8"
        footer = f"\n副本编号 {n:05d} · 页面存档\n".encode(encoding)
        (folder / f"{n:05d}_{page.name}").write_bytes(data + footer)


def gne_pages_per_second(rounds: int) -> float | None:
    """GeneralNewsExtractor on the same pages' HTML, one core, warm (rounds over the 70)."""
    try:
        from gne import GeneralNewsExtractor
    except ImportError:
        return None
    htmls = []
    for path in sorted((CORPUS / "html").glob("*.html")):
        data = path.read_bytes()
        for encoding in ("utf-8", "gb18030"):
            try:
                htmls.append(data.decode(encoding))
                break
            except UnicodeDecodeError:
                continue
        else:
            htmls.append(data.decode("utf-8", "replace"))
    extractor = GeneralNewsExtractor()
    start = time.process_time()  # CPU time: its import and set-up count, as tui's start-up does
    for _ in range(rounds):
        for html in htmls:
            with contextlib.suppress(Exception):  # a page it cannot read still took its time
                extractor.extract(html)
    return rounds * len(htmls) / (time.process_time() - start)


def rjieba_tag_seconds(path: Path) -> float:
    code = (
        "import rjieba, sys, time; text = open(sys.argv[1], encoding='utf-8').read(); "
        "rjieba.tag('预热'); start = time.perf_counter(); rjieba.tag(text); "
        "print(time.perf_counter() - start)"
    )
    out = subprocess.run([PY, "-c", code, str(path)], capture_output=True, text=True, check=True)
    return float(out.stdout)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[500, 5000])
    args = parser.parse_args()
    if not CORPUS.is_dir():
        sys.exit(f"no corpus at {CORPUS}")
    compileall.compile_dir(ROOT / "tui", quiet=1)  # as an installed copy has its bytecode
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    with tempfile.TemporaryDirectory() as cache:
        env["XDG_CACHE_HOME"] = cache  # the word-table index is built once, before timing
        subprocess.run([PY, "-m", "tui", "summary", "--json"], env=env, capture_output=True)
        rows: list[tuple[str, ...]] = []
        runs: dict[tuple[int, int], tuple[float, float, float]] = {}
        largest = max(args.sizes)
        # GeneralNewsExtractor before the first run at the largest size and after each: the
        # runs of --jobs 1 and 2 there are bracketed by rates 0-1 and 1-2
        gne_around: list[float | None] = []
        for size in args.sizes:
            with tempfile.TemporaryDirectory() as folder:
                build(Path(folder), size)
                for jobs in (1, 2):
                    command = [PY, "-m", "tui", "summary", folder, "--json", "--no-cache"]
                    if size == largest and not gne_around:
                        gne_around.append(gne_pages_per_second(rounds=3))
                    runs[size, jobs] = measure([*command, "--jobs", str(jobs)], env)
                    if size == largest:
                        gne_around.append(gne_pages_per_second(rounds=3))
                    seconds, cpu, peak = runs[size, jobs]
                    rows.append(
                        (
                            f"summary {size:,} docs --jobs {jobs}",
                            f"{seconds:.1f} s",
                            f"{cpu:.1f} s",
                            f"{size / seconds:.1f}",
                            f"{size / cpu:.1f}",
                            f"{peak:.0f} MB",
                        )
                    )
        # The machine's speed drifts over minutes: the baseline brackets the run it is set beside.
        header = ("run", "wall", "CPU", "pages/s", "per CPU s", "peak RSS")
        print(f"{header[0]:<28}" + "".join(f"{h:>11}" for h in header[1:]))
        for row in rows:
            print(f"{row[0]:<28}" + "".join(f"{cell:>11}" for cell in row[1:]))
        print()
        # Per core two ways: on one core alone, and per CPU second on both, where the two workers
        # share the caches and the memory (GeneralNewsExtractor is timed alone either way).
        for jobs, how in ((1, "one core"), (2, "both cores")):
            rates = [rate for rate in gne_around[jobs - 1 : jobs + 1] if rate is not None]
            if not rates:
                continue
            gne = sum(rates) / len(rates)
            per_core = largest / runs[largest, jobs][1]
            print(
                f"throughput per core at {largest:,}, --jobs {jobs} ({how}), pages per CPU "
                f"second: tui {per_core:.1f}, GeneralNewsExtractor on the HTML {gne:.1f} "
                f"(before and after: {rates[0]:.1f}, {rates[-1]:.1f}): "
                f"{per_core / gne:.2f}x (goal >= 3)"
            )
        if gne_around[0] is None:
            print("GeneralNewsExtractor not installed (pip install '.[bench]'): no baseline")
        scaling = runs[largest, 1][0] / runs[largest, 2][0]
        print(f"scaling at {largest:,}: --jobs 2 is {scaling:.2f}x --jobs 1 (goal >= 1.8)")
        if len(args.sizes) > 1:
            smallest = min(args.sizes)
            ratio = runs[largest, 2][2] / runs[smallest, 2][2]
            print(
                f"memory: peak RSS at {largest:,} is {ratio:.2f}x that at {smallest:,} "
                "(goal <= 1.2)"
            )
        if NOVEL.exists():
            novel, _, _ = measure(
                [PY, "-m", "tui", "summary", str(NOVEL), "--json", "--no-cache"], env
            )
            tag = rjieba_tag_seconds(NOVEL)
            print(
                f"the novel: tui summary --json --no-cache {novel:.2f} s, rjieba.tag "
                f"{tag:.2f} s: {novel / tag:.2f}x (goal <= 5)"
            )


if __name__ == "__main__":
    main()

"""Hostile inputs at two sizes: does any input make tui superlinear, slow or fat?

    python benchmarks/adversarial.py                  # every input, at the issue's size n and 2n
    python benchmarks/adversarial.py --only brackets  # names containing a word
    python benchmarks/adversarial.py --timeout 30 --scale 0.1
    python benchmarks/adversarial.py --page            # the laid-out page instead of --json
    python benchmarks/adversarial.py --plain           # the annotator on every line, unparsed

Each input goes through `tui summary --no-cache --json FILE` in a process of its own, timed
with its peak RSS (wait4 of that one process). Beside each, in the same run, ordinary prose of
the same size (the seed's paragraphs repeated, measured at two sizes and interpolated), so
that a figure reads as "x times what prose of this size costs" on this noisy machine. Goals
(issue 14): time(2n) / time(n) <= 2.5, and at most 10 s at n. A run over --timeout is killed
and counts as missed; its 2n run is skipped. Exit status 1 when any goal is missed.
--page times the page a person reads (`tui summary --no-cache` into a pipe: laid out and
wrapped at 80 columns) instead of the JSON, for what only the page's line breaker meets.
--plain times `tui entities --plain --json --no-cache` instead: every line goes to the
annotator as it is. A summary only annotates what the parser keeps as the article, and a page
of nothing but digits or brackets has none, so this is what times the annotator on each input.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_948d13035be81ef7.txt"
PY = sys.executable
GROWTH_GOAL = 2.5
SECONDS_GOAL = 10.0


@dataclass(frozen=True)
class Hostile:
    name: str
    size: int  # n, in the unit `make` takes: the size where it gave one
    make: Callable[[int], str]  # n -> the text
    what: str


def _numbers(n: int) -> str:  # 39 KB of comma-separated numbers (145 s before issue 14)
    out, i = [], 0
    while sum(map(len, out)) < n:
        out.append(f"{(i * 7919) % 100000},")
        i += 1
    return "".join(out)[:n]


def _repeat(piece: str) -> Callable[[int], str]:
    return lambda n: (piece * (n // len(piece) + 1))[:n]


def _between(piece: str, edge: str = "字") -> Callable[[int], str]:
    """A run of `piece` between two Han characters, so that the text is not all blank."""
    return lambda n: edge + (piece * (n // len(piece) + 1))[:n] + edge


def _nested(opening: str, closing: str) -> Callable[[int], str]:
    return lambda n: "字" + opening * (n // 2) + "好" + closing * (n // 2)


def _gapped_line(n: int) -> str:  # a 1.7M-char line with 4-space gaps, read as table columns
    return ("深圳经济特区    " * (n // 10 + 1))[:n]


def _short_lines(n: int) -> str:  # n short lines (4M took 148 s and 3.7 GB)
    return "ab\n" * n


def _html(body: Callable[[int], str]) -> Callable[[int], str]:
    return lambda n: "<!DOCTYPE html><html><body><p>今天很好，我们去公园散步。</p>" + body(n)


def _directory(n: int) -> str:
    """A directory of companies: n characters of distinct names, 江明华光科技有限公司、…"""
    chars = "东南西北中华江河湖海山川林木金银天地和平安长春明光新兴盛达远宏"
    names, i = [], 0
    while sum(map(len, names)) < n:
        code = "".join(chars[(i // len(chars) ** k) % len(chars)] for k in range(4))
        names.append(f"{code}科技有限公司、")
        i += 1
    return "企业名录：" + "".join(names) + "等。"


def _words_over_sentences(n: int) -> str:
    """A dated page of n characters: distinct short words, each on a line over a sentence, as
    a dump of text nodes sets the linked words a paragraph opens with."""
    units, size, i = ["2021-07-15 09:30"], 0, 0
    while size < n:
        units.append(f"甲{i:05d}\n一句话说完了，大家都听到了这句话。")
        size += len(units[-1]) + 1
        i += 1
    return "\n".join(units)


def _listed(ending: str) -> Callable[[int], str]:
    """One paragraph listing n characters of distinct names, each of two characters and
    `ending` (王伟、李芳、… or 东南大学、西北大学、…)."""
    first, second = "王李张刘陈杨黄赵吴周徐孙马朱胡郭", "伟芳娜敏静丽强磊军洋勇艳杰娟涛明"

    def make(n: int) -> str:
        names, i = [], 0
        while sum(map(len, names)) < n:
            names.append(f"{first[i % 16]}{second[i // 16 % 16]}{second[i // 256 % 16]}{ending}、")
            i += 1
        return "".join(names) + "等出席了会议。"

    return make


def _crlf_lines(n: int) -> str:
    return "字\r\n" * n


HOSTILE: tuple[Hostile, ...] = (
    Hostile("comma-separated numbers", 39_000, _numbers, "39 KB: 145 s"),
    Hostile("digits", 20_000, _repeat("0123456789"), "20 KB: 69 s"),
    Hostile("一 run", 1_000, _repeat("一"), "1000: 35 s"),
    Hostile("[ run", 100_000, _repeat("["), "100k: > 120 s"),
    Hostile("one Latin token", 800_000, _repeat("abcdefghijklmnopqrstuvwxyz"), "800k: 68 s"),
    Hostile("a run (5 MB)", 5_000_000, _repeat("a"), "5 MB: > 150 s"),
    Hostile("short lines", 4_000_000, _short_lines, "4M lines: 148 s, 3.7 GB"),
    Hostile("unclosed “", 80_000, _repeat("“好"), "80k: quadratic"),
    Hostile("4-space gaps in one line", 1_700_000, _gapped_line, "1.7M: 99.7% dropped"),
    Hostile("《 run", 200_000, _between("《"), ""),
    Hostile("【 run", 200_000, _between("【"), ""),
    Hostile("nested “…”", 200_000, _nested("“", "”"), ""),
    Hostile("nested （…）", 200_000, _nested("（", "）"), ""),
    Hostile("nested [ ]", 200_000, _nested("[", "]"), ""),
    Hostile("spaces", 2_000_000, _between(" "), ""),
    Hostile("U+3000 run", 2_000_000, _between("\u3000"), ""),
    Hostile("CRLF lines", 1_000_000, _crlf_lines, ""),
    Hostile("a line of commas", 1_000_000, _between(","), ""),
    Hostile("Han without punctuation", 2_000_000, _repeat("经济发展"), ""),
    Hostile("one-sentence paragraphs", 300_000, _repeat("今天很好。\n\n"), ""),
    Hostile("headings 一、", 200_000, _repeat("一、标题\n"), ""),
    Hostile("closed quotes", 300_000, _repeat("张伟说：“好。”"), "300k: 21 s, growth > 2.9"),
    Hostile("dates", 200_000, _repeat("2020年1月13日"), ""),
    Hostile("percentages", 200_000, _repeat("58.55%"), ""),
    Hostile("a long URL", 1_000_000, lambda n: "原文链接：http://" + "a" * n + "\n正文。", ""),
    Hostile("《 》 titles", 200_000, _repeat("《报告》"), ""),
    # a dated line under a headline-shaped line, each: every one looked for text under it
    Hostile(
        "datelines under headlines",
        600_000,
        _repeat("上半年经济\n2021年07月15日\n"),
        "600k: 3.3 s, growth 3.8",
    ),
    Hostile(
        "a live report's times",
        600_000,
        _repeat("10:20\n今天很好，大家都来了。\n\n"),
        "600k: 5.7 s, growth 3.3",
    ),
    Hostile("contents lists", 600_000, _repeat("目录\n经济运行\n"), ""),
    # other articles' headline, dateline and summary: each block weighed as a teaser
    Hostile(
        "teasers",
        600_000,
        _repeat("另一篇报道的标题\n\n2021-07-14 08:00\n\n这是另一篇报道的摘要，说的是别的事。\n\n"),
        "",
    ),
    # a post's line over each reader's comment
    Hostile(
        "comments", 600_000, _repeat("某某 发表于 2021-07-15 10:02\n\n说得好，我也这样想。\n\n"), ""
    ),
    # each word over a sentence looked for in the whole text
    Hostile(
        "linked words over sentences", 600_000, _words_over_sentences, "600k: 49 s, growth 3.8"
    ),
    # every pair of organisations compared for the short forms: quadratic
    Hostile("a directory of companies", 200_000, _directory, ""),
    Hostile("a paragraph listing people", 100_000, _listed(""), "100k: 3.4 s, growth 3.1"),
    Hostile("a paragraph listing bodies", 100_000, _listed("大学"), "100k: 13 s, growth 4.1"),
    # a web page's HTML (tui lays it out as it loads it): what the standard parser rescans
    Hostile("HTML: unclosed comments", 800_000, _html(_repeat("<!--")), "800k: 267 s"),
    Hostile("HTML: CDATA sections", 1_000_000, _html(_repeat("<![CDATA[ >")), "1M: 17 s"),
    Hostile("HTML: unclosed tags", 600_000, _html(_repeat("<a ")), ""),
    Hostile("HTML: nested blocks", 1_000_000, _html(_repeat("<div>")), ""),
    Hostile("HTML: paragraphs", 1_000_000, _html(_repeat("<p>今天很好。</p>")), ""),
)


@dataclass
class Run:
    seconds: float
    peak_mb: float
    status: str  # "ok", "exit N", "timeout"


COMMAND = ["summary", "--no-cache", "--json"]  # --page drops --json; --plain: see above


def run_summary(path: Path, timeout: float) -> Run:
    """`tui summary --no-cache --json path` (or COMMAND) alone in a process: wall time and
    peak RSS."""
    start = time.perf_counter()
    process = subprocess.Popen(
        [PY, "-m", "tui", *COMMAND, "--max-memory", "none", str(path)],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = start + timeout
    while True:
        pid, status, usage = os.wait4(process.pid, os.WNOHANG)
        if pid:
            break
        if time.perf_counter() > deadline:
            process.kill()
            _, status, usage = os.wait4(process.pid, 0)
            process.returncode = -9
            return Run(time.perf_counter() - start, usage.ru_maxrss / 1024, "timeout")
        time.sleep(0.01)
    process.returncode = code = os.waitstatus_to_exitcode(status)
    outcome = "ok" if code == 0 else f"exit {code}"
    return Run(time.perf_counter() - start, usage.ru_maxrss / 1024, outcome)


def _padded(text: str, width: int) -> str:
    """`text` padded to `width` terminal columns (a Han character takes two)."""
    columns = sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)
    return text + " " * max(0, width - columns)


def prose(n: int) -> str:
    paragraphs = [line for line in SEED.read_text(encoding="utf-8").splitlines() if len(line) > 40]
    return _repeat("\n\n".join(paragraphs) + "\n\n")(n)


class ProseRate:
    """Ordinary prose measured at two sizes: seconds for any size, interpolated linearly."""

    def __init__(self, folder: Path, small: int, large: int, timeout: float) -> None:
        runs = []
        for size in (small, large):
            path = folder / f"prose-{size}.txt"
            path.write_text(prose(size), encoding="utf-8")
            runs.append(run_summary(path, timeout).seconds)
        self.per_char = max(runs[1] - runs[0], 1e-9) / (large - small)
        self.fixed = runs[0] - self.per_char * small

    def seconds(self, chars: int) -> float:
        return self.fixed + self.per_char * chars


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", help="only inputs whose name contains this")
    parser.add_argument("--timeout", type=float, default=60.0, help="seconds per run (60)")
    parser.add_argument("--scale", type=float, default=1.0, help="multiply every n (1.0)")
    parser.add_argument("--page", action="store_true", help="time the laid-out page, not JSON")
    parser.add_argument(
        "--plain", action="store_true", help="time the annotator on every line (entities --plain)"
    )
    args = parser.parse_args()
    if args.page:
        COMMAND.remove("--json")
    if args.plain:
        COMMAND[:] = ["entities", "--plain", "--json", "--no-cache"]
    chosen = [h for h in HOSTILE if not args.only or args.only.lower() in h.name.lower()]
    missed = 0
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary)
        baseline = ProseRate(folder, 100_000, 1_000_000, args.timeout)
        print(
            f"prose baseline: {baseline.fixed:.2f} s + {baseline.per_char * 1e6:.2f} s per "
            "million characters (seed paragraphs, same command, this run)\n"
        )
        header = (
            f"{'input':28} {'n':>9} {'t(n) s':>8} {'t(2n) s':>8} {'growth':>7} "
            f"{'RSS n MB':>9} {'RSS 2n':>7} {'× prose':>8}  verdict"
        )
        print(header)
        for hostile in chosen:
            n = max(1, int(hostile.size * args.scale))
            runs: list[Run] = []
            chars = 0
            for size in (n, 2 * n):
                text = hostile.make(size)
                chars = chars or len(text)
                path = folder / "hostile.txt"
                path.write_text(text, encoding="utf-8")
                runs.append(run_summary(path, args.timeout))
                if runs[-1].status == "timeout":
                    break
            first = runs[0]
            second = runs[1] if len(runs) > 1 else None
            growth = second.seconds / first.seconds if second else float("inf")
            fine = (
                first.status == "ok"
                and second is not None
                and second.status == "ok"
                and growth <= GROWTH_GOAL
                and first.seconds <= SECONDS_GOAL
            )
            missed += not fine
            verdict = "ok" if fine else "MISSED"
            if not fine:
                problems = [r.status for r in runs if r.status != "ok"]
                if first.seconds > SECONDS_GOAL:
                    problems.append(f"> {SECONDS_GOAL:.0f} s")
                if second and growth > GROWTH_GOAL:
                    problems.append(f"growth > {GROWTH_GOAL}")
                verdict += f" ({', '.join(problems)})"
            # A 2n run cut off by the timeout grew by more than it shows.
            shown = f"{'>' if second and second.status == 'timeout' else ''}{growth:.2f}"
            print(
                f"{_padded(hostile.name, 28)} {n:>9} {first.seconds:8.2f} "
                f"{second.seconds if second else float('nan'):8.2f} {shown:>7} "
                f"{first.peak_mb:9.0f} {second.peak_mb if second else float('nan'):7.0f} "
                f"{first.seconds / baseline.seconds(chars):8.1f}  {verdict}",
                flush=True,
            )
    print(f"\n{len(chosen) - missed} of {len(chosen)} within the goals")
    return 1 if missed else 0


if __name__ == "__main__":
    raise SystemExit(main())

"""A long fuzz run of loading, the pipeline and every CLI output: how many inputs, any crash
or hang.

    python benchmarks/fuzz.py                          # 2000 of each source, ~5 min
    python benchmarks/fuzz.py --examples 300 --mutations 300 --runs 300 --seed 7
    python benchmarks/fuzz.py --examples 30000 --mutations 30000 --runs 10000 --no-timing
                                                       # the 100,000-input run of the README
    python benchmarks/fuzz.py --examples 30000 --mutations 0 --runs 0 --no-timing &
    python benchmarks/fuzz.py --examples 0 --mutations 30000 --runs 10000 --no-timing
                                                       # the same run over two cores

Four sources of input, each checked with the same properties as tests/test_hostile_properties.py
(loading gives inert text or a one-line refusal; the pipeline never raises; entity and quote
spans lie in their paragraphs; every CLI command, fed the bytes on stdin, exits 0 or 1 with
inert output, valid JSON and one-line errors; rich's own colours and hyperlinks aside):

- hypothesis, arbitrary bytes;
- hypothesis, text built from hostile fragments (escape sequences, markup, headings, quotes …);
- random mutations of real page dumps (the seed and ../shared/corpus when present), re-encoded
  as GBK, Big5, UTF-16 …, then cut, spliced, bit-flipped and salted with escape sequences;
- runs of the hostile inputs of benchmarks/adversarial.py (digits, brackets, unclosed quotes,
  gaps, CRLF …) at random sizes up to --run-size, spliced into prose and fragments.

A hang is one step (the pipeline, or one CLI command) that takes over --hang seconds (10): it
is stopped by a timer and counted apart from crashes. Exit status 1 when anything crashed or
hung; the first failures are printed with their input.
"""

from __future__ import annotations

import argparse
import contextlib
import math
import random
import signal
import sys
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from benchmarks.adversarial import HOSTILE, prose  # noqa: E402
from tests.test_hostile_properties import (  # noqa: E402
    CLI_COMMANDS,
    FRAGMENTS,
    check_cli_outputs,
    check_loaded_text,
    check_pipeline,
    hostile_text,
)
from tui.load import LoadError, decode  # noqa: E402


class Hang(BaseException):
    """One step ran past the limit. A BaseException: no `except Exception` in tui stops it."""


@dataclass
class Tally:
    name: str
    inputs: int = 0
    refused: int = 0
    crashes: list[tuple[bytes, str]] = field(default_factory=list)
    hangs: list[tuple[bytes, str]] = field(default_factory=list)
    seconds: float = 0.0
    slowest: float = 0.0  # the slowest step, seconds


HANG_SECONDS = 10.0


@contextlib.contextmanager
def time_limit(tally: Tally, what: str):
    """Stop the step with Hang after HANG_SECONDS; note the slowest step."""

    def expired(signum: int, frame: object) -> None:
        raise Hang(what)

    previous = signal.signal(signal.SIGALRM, expired)
    signal.setitimer(signal.ITIMER_REAL, HANG_SECONDS)
    start = time.perf_counter()
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
        tally.slowest = max(tally.slowest, time.perf_counter() - start)


def check_input(data: bytes, tally: Tally) -> None:
    """All properties on one input; raises on the first one that fails, Hang on a slow step."""
    tally.inputs += 1
    try:
        loaded = decode(data)
    except LoadError as error:
        assert str(error) and "\n" not in str(error), repr(str(error))
        tally.refused += 1
    else:
        check_loaded_text(loaded.text)
        with time_limit(tally, "the pipeline"):
            check_pipeline(loaded.text)
    for command in CLI_COMMANDS:
        with time_limit(tally, "tui " + " ".join(command)):
            check_cli_outputs(data, [command])


def record(tally: Tally, data: bytes) -> None:
    """Run the checks on one input; a failure is noted with its input, and the run goes on."""
    try:
        check_input(data, tally)
    except Hang as hang:
        tally.hangs.append((data, f"over {HANG_SECONDS:.0f} s: {hang}"))
    except Exception:
        tally.crashes.append((data, traceback.format_exc()))
    if tally.inputs % 1000 == 0:
        print(
            f"  {tally.name}: {tally.inputs} inputs, {len(tally.crashes)} crashed, "
            f"{len(tally.hangs)} hung, slowest step {tally.slowest:.1f} s",
            file=sys.stderr,
            flush=True,
        )


def run_hypothesis(tally: Tally, strategy: st.SearchStrategy[bytes], examples: int) -> None:
    @settings(
        max_examples=examples,
        deadline=None,
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(strategy)
    def target(data: bytes) -> None:
        # Recorded, not raised: the run goes on and every input counts once (no shrinking).
        record(tally, data)

    target()


# --- mutations of real page dumps --------------------------------------------------------

ENCODINGS = ["utf-8", "utf-8-sig", "gb18030", "gbk", "big5", "utf-16", "utf-16-le", "utf-32"]


def page_dumps() -> list[str]:
    files = sorted((ROOT / "seeds").glob("*.txt"))
    for folder in ROOT.parents:
        files += sorted((folder / "shared" / "corpus").glob("*.txt"))
    texts = []
    for path in files:
        try:
            texts.append(decode(path.read_bytes()).text)
        except LoadError:
            continue
    return texts


def mutate(rng: random.Random, texts: list[str]) -> bytes:
    text = rng.choice(texts)
    start = rng.randrange(len(text))
    text = text[start : start + rng.randrange(1, 4000)]
    if rng.random() < 0.3:
        text = text.replace("\n", rng.choice(["\r\n", "\r"]))
    data = text.encode(rng.choice(ENCODINGS), "ignore")
    for _ in range(rng.randrange(1, 6)):
        position = rng.randrange(len(data) + 1)
        action = rng.randrange(7)
        if action == 0 and data:  # flip a byte
            flipped = data[min(position, len(data) - 1)] ^ (1 << rng.randrange(8))
            data = data[:position] + bytes([flipped]) + data[position + 1 :]
        elif action == 1:  # cut a range out
            data = data[:position] + data[position + rng.randrange(200) :]
        elif action == 2:  # salt with a hostile fragment
            data = data[:position] + rng.choice(FRAGMENTS).encode("utf-8") + data[position:]
        elif action == 3:  # random bytes
            noise = bytes(rng.randrange(256) for _ in range(rng.randrange(1, 40)))
            data = data[:position] + noise + data[position:]
        elif action == 4:  # truncate
            data = data[:position]
        elif action == 5:  # a run of NULs
            data = data[:position] + bytes(rng.randrange(1, 20)) + data[position:]
        else:  # repeat a piece
            data = data[:position] + data[position : position + 300] * rng.randrange(2, 5)
    return data


def run_mutations(tally: Tally, count: int, seed: int) -> None:
    texts = page_dumps()
    rng = random.Random(seed)
    for _ in range(count):
        record(tally, mutate(rng, texts))


# --- runs of the adversarial inputs -------------------------------------------------------


def hostile_run(rng: random.Random, around: str, max_size: int) -> bytes:
    """One of benchmarks/adversarial.py's hostile inputs at a random size (log-uniform up to
    `max_size`), alone or spliced into prose and fragments, in UTF-8 or a legacy encoding."""
    hostile = rng.choice(HOSTILE)
    size = int(math.exp(rng.uniform(0, math.log(max_size))))
    text = hostile.make(size)
    if rng.random() < 0.5:
        start = rng.randrange(len(around))
        piece = around[start : start + rng.randrange(1, 2000)]
        cut = rng.randrange(len(piece) + 1)
        text = piece[:cut] + text + rng.choice(FRAGMENTS) + piece[cut:]
    encoding = rng.choice(["utf-8", "utf-8", "utf-8", "gb18030", "utf-16"])
    return text.encode(encoding, "ignore")


def run_hostile_runs(tally: Tally, count: int, seed: int, max_size: int) -> None:
    around = "".join(page_dumps()[:5]) or prose(20_000)
    rng = random.Random(seed)
    for _ in range(count):
        record(tally, hostile_run(rng, around, max_size))


# --- what loading costs, hostile inputs included ----------------------------------------


def big_text() -> str:
    """The 885k-character novel when ../shared is there, else the seed repeated to its size."""
    for folder in ROOT.parents:
        novel = folder / "shared" / "corpus-large" / "shuihuzhuan.txt"
        if novel.is_file():
            return novel.read_text(encoding="utf-8")
    seed = decode(sorted((ROOT / "seeds").glob("*.txt"))[0].read_bytes()).text
    return seed * (885_000 // len(seed) + 1)


def best_of(runs: int, action: Callable[[], object]) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return min(times)


def loading_costs(seed: int) -> None:
    """decode() on big inputs of every kind, each beside the floor measured in the same run:
    Python's own bytes.decode("utf-8") of the same text in UTF-8."""
    text = big_text()
    utf8 = text.encode()
    gbk = text.encode("gb18030")
    rng = random.Random(seed)
    inputs = {
        "UTF-8": utf8,
        "UTF-8, one bad byte": utf8[:100_000] + b"\xff" + utf8[100_000:],
        "GB18030": gbk,
        "GB18030, one bad byte": gbk[:100_001] + b"\xff" + gbk[100_001:],
        "Big5": text.encode("big5", "ignore"),
        "UTF-16 with BOM": text.encode("utf-16"),
        "CRLF and escapes": text.replace("\n", "\x1b[0m\r\n").encode(),
        "random bytes (refused)": rng.randbytes(len(utf8)),
        "ASCII, bad last byte": b"a" * len(utf8) + b"\xff",
    }
    print(f"\n{'loading':26} {'MB':>5} {'ms':>8} {'floor ms':>9} {'ratio':>6}  read as")
    for name, data in inputs.items():
        try:
            outcome = decode(data).encoding
        except LoadError as error:
            outcome = str(error)
        cost = best_of(3, lambda d=data: _decode_or_refuse(d))  # noqa: B023
        floor = best_of(5, lambda: utf8.decode("utf-8"))
        print(
            f"{name:26} {len(data) / 1e6:5.1f} {cost * 1000:8.1f} {floor * 1000:9.1f} "
            f"{cost / floor:6.1f}  {outcome}"
        )


def _decode_or_refuse(data: bytes) -> None:
    with contextlib.suppress(LoadError):
        decode(data)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--examples", type=int, default=2000, help="per hypothesis target")
    parser.add_argument("--mutations", type=int, default=2000, help="mutated page dumps")
    parser.add_argument("--runs", type=int, default=2000, help="runs of adversarial inputs")
    parser.add_argument(
        "--run-size", type=int, default=300, help="the longest adversarial run, in characters"
    )
    parser.add_argument("--hang", type=float, default=10.0, help="seconds a step may take (10)")
    parser.add_argument("--seed", type=int, default=6)
    parser.add_argument("--no-timing", action="store_true", help="skip the loading costs")
    args = parser.parse_args()
    global HANG_SECONDS
    HANG_SECONDS = args.hang

    sources: list[tuple[int, Tally, Callable[[Tally], None]]] = [
        (
            args.examples,
            Tally("arbitrary bytes (hypothesis)"),
            lambda t: run_hypothesis(t, st.binary(max_size=4000), args.examples),
        ),
        (
            args.examples,
            Tally("hostile text (hypothesis)"),
            lambda t: run_hypothesis(t, hostile_text.map(str.encode), args.examples),
        ),
        (
            args.mutations,
            Tally("mutated page dumps"),
            lambda t: run_mutations(t, args.mutations, args.seed),
        ),
        (
            args.runs,
            Tally(f"adversarial runs (<= {args.run_size})"),
            lambda t: run_hostile_runs(t, args.runs, args.seed, args.run_size),
        ),
    ]
    # A count of 0 leaves a source out: a long run splits over processes, one per core.
    runs = [(tally, run) for count, tally, run in sources if count > 0]
    for tally, run in runs:
        start = time.perf_counter()
        run(tally)
        tally.seconds = time.perf_counter() - start

    print(
        f"{'source':32} {'inputs':>7} {'refused':>8} {'crashed':>8} {'hung':>5} "
        f"{'slowest s':>9} {'seconds':>8}"
    )
    for tally, _ in runs:
        print(
            f"{tally.name:32} {tally.inputs:7} {tally.refused:8} {len(tally.crashes):8} "
            f"{len(tally.hangs):5} {tally.slowest:9.2f} {tally.seconds:8.1f}"
        )
    total = sum(tally.inputs for tally, _ in runs)
    crashed = [crash for tally, _ in runs for crash in tally.crashes]
    hung = [hang for tally, _ in runs for hang in tally.hangs]
    print(f"{'total':32} {total:7} {'':8} {len(crashed):8} {len(hung):5}")
    if not args.no_timing:
        loading_costs(args.seed)
    for data, trace in (crashed + hung)[:3]:
        print(f"\ninput {data[:300]!r}{' …' if len(data) > 300 else ''}\n{trace}", file=sys.stderr)
    return 1 if crashed or hung else 0


if __name__ == "__main__":
    raise SystemExit(main())

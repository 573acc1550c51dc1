"""Score the annotator on four public NER sets (person/place/org) beside raw jieba.posseg.

Usage: python benchmarks/ner.py [JSONL ...] [--novel PATH] [--plain] [--errors KIND]

With no JSONL, the four sets of ../shared/ner/: dev.jsonl (People's Daily news),
cluener_train_sample.jsonl (news-portal sentences), weibo_dev.jsonl and weibo_train.jsonl
(Weibo posts). Exact (sentence, start, end, kind) match, duplicates once; per-kind and micro
P/R/F1; speed in characters per second after loading, on each set and on the novel.
--plain also scores `tui entities --plain` through a subprocess (the external path).
--errors KIND lists tui's misses and false hits of that kind (person, place, org) in context.
--traditional scores each set written in traditional characters instead: every sentence
converted by OpenCC (s2t, `pip install '.[bench]'`), the offsets kept (a sentence whose length
the conversion changes is left out), as a page from Hong Kong or Taiwan would be.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

KINDS = ("person", "place", "org")
# shared/ sits beside the repository (a worktree may sit one level deeper).
SHARED = next(
    (p / "shared" for p in (ROOT.parent, ROOT.parent.parent) if (p / "shared").is_dir()),
    ROOT.parent / "shared",
)
Spans = set[tuple[int, int, str]]


def load_dev(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]


def score(gold: list[Spans], predicted: list[Spans]) -> dict[str, tuple[float, float, float]]:
    tp, fp, fn = Counter(), Counter(), Counter()
    for g, p in zip(gold, predicted, strict=True):
        for span in p:
            (tp if span in g else fp)[span[2]] += 1
        for span in g - p:
            fn[span[2]] += 1
    table = {}
    for kind in (*KINDS, "micro"):
        kinds = KINDS if kind == "micro" else (kind,)
        a, b, c = (sum(x[k] for k in kinds) for x in (tp, fp, fn))
        precision = a / (a + b) if a + b else 0.0
        recall = a / (a + c) if a + c else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        table[kind] = (100 * precision, 100 * recall, 100 * f1)
    return table


def timed(spans_of: Callable[[str], Spans], texts: Iterable[str]) -> tuple[list[Spans], float]:
    texts = list(texts)
    # Loading is not measured, tables built at first use included (the divisions' adcodes,
    # read at the first body named after two places).
    spans_of("新华社北京5月7日电 国务院副总理李岚清说，李建国认为，北京龙湖置业有限公司在建。")
    # CPU time of this process: "one core", and steady when other jobs share the machine.
    began = time.process_time()
    out = [spans_of(text) for text in texts]
    elapsed = time.process_time() - began
    return out, sum(map(len, texts)) / elapsed


def ours(text: str) -> Spans:
    from tui.annotate import annotate_text

    return {(e.start, e.end, e.kind) for e in annotate_text(text) if e.kind in KINDS}


def jieba_baseline(text: str) -> Spans:
    import jieba.posseg

    mapping = {"nr": "person", "ns": "place", "nt": "org"}
    spans, at = set(), 0
    for pair in jieba.posseg.cut(text):
        kind = mapping.get(pair.flag)
        if kind:
            spans.add((at, at + len(pair.word), kind))
        at += len(pair.word)
    return spans


def plain_cli(texts: list[str]) -> list[Spans]:
    """The same texts through `tui entities --plain --json`, one per line."""
    joined = "\n".join(t.replace("\n", " ") for t in texts)
    run = subprocess.run(
        [sys.executable, "-m", "tui", "entities", "-", "--plain", "--json"],
        input=joined.encode("utf-8"),
        capture_output=True,
        cwd=ROOT,
        check=True,
    )
    out: list[Spans] = [set() for _ in texts]
    for line in run.stdout.decode("utf-8").splitlines():
        row = json.loads(line)
        if row["kind"] in KINDS:
            out[row["line"]].add((row["start"], row["end"], row["kind"]))
    return out


def novel_speeds(novel: Path) -> str:
    """annotate() of the whole parsed novel (entities, consistency, quotes) beside rjieba.tag
    alone on the same paragraphs: the floor any annotator on jieba stands on."""
    from tui.annotate import annotate
    from tui.load import read_path
    from tui.parse import parse
    from tui.text import segment

    document = parse(read_path(novel).text, name=str(novel))
    texts = [p.text for p in document.paragraphs]
    chars = sum(map(len, texts))
    began = time.process_time()
    annotations = annotate(document)
    annotate_speed = chars / (time.process_time() - began)
    _, tag_speed = timed(lambda t: {(0, 0, w) for w, _ in segment.tag(t)}, texts)
    return (
        f"speed on {novel.name} ({chars:,} chars in {len(texts):,} paragraphs, "
        f"{len(annotations.entities):,} entities, {len(annotations.quotes):,} quotes):\n"
        f"  annotate(document) {annotate_speed:,.0f} chars/s   rjieba.tag alone {tag_speed:,.0f}"
    )


DEFAULT_SETS = ("dev.jsonl", "cluener_train_sample.jsonl", "weibo_dev.jsonl", "weibo_train.jsonl")


def list_errors(texts: list[str], gold: list[Spans], predicted: list[Spans], kind: str) -> None:
    """Each miss (-) and false hit (+) of `kind`, with what the other side has there."""
    for text, g, p in zip(texts, gold, predicted, strict=True):
        for sign, wrong, other in (("-", g - p, p), ("+", p - g, g)):
            for start, end, k in sorted(wrong):
                if k != kind:
                    continue
                there = [f"{text[a:b]}/{kk}" for a, b, kk in sorted(other) if a < end and start < b]
                context = text[max(0, start - 12) : end + 8].replace("\n", " ")
                print(f"  {sign} {text[start:end]}  [{' '.join(there)}]  …{context}…")


def traditional(rows: list[dict]) -> list[dict]:
    """The sentences in traditional characters (OpenCC s2t), where the offsets stay."""
    from opencc import OpenCC

    convert = OpenCC("s2t").convert
    out = []
    for row in rows:
        text = convert(row["text"])
        if len(text) == len(row["text"]):
            out.append({**row, "text": text})
    return out


def score_set(
    path: Path, plain: bool, errors: str | None = None, in_traditional: bool = False
) -> None:
    rows = load_dev(path)
    if in_traditional:
        rows = traditional(rows)
        print(f"\n(in traditional characters: {len(rows)} sentences keep their length)", end="")
    texts = [row["text"] for row in rows]
    gold = [{(e["start"], e["end"], e["kind"]) for e in row["entities"]} for row in rows]
    chars = sum(map(len, texts))
    print(f"\n== {path.name}: {len(rows)} sentences, {chars:,} characters")

    results = {}
    results["tui"], ours_speed = timed(ours, texts)
    results["jieba.posseg"], base_speed = timed(jieba_baseline, texts)
    if plain:
        results["tui --plain"] = plain_cli(texts)

    print(f"{'P / R / F1 %':14}" + "".join(f"{k:>20}" for k in (*KINDS, "micro")))
    for name, predicted in results.items():
        table = score(gold, predicted)
        cells = "".join(
            f"{'{:.1f} / {:.1f} / {:.1f}'.format(*table[k]):>20}" for k in (*KINDS, "micro")
        )
        print(f"{name:14}{cells}")
    print(
        f"speed (chars/s of CPU time, one core, after loading): tui {ours_speed:,.0f}"
        f"   jieba.posseg {base_speed:,.0f}"
    )
    if errors:
        print(f"tui's errors of kind {errors} (- missed, + marked wrongly; [what the other has]):")
        list_errors(texts, gold, results["tui"], errors)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "sets", nargs="*", default=[str(SHARED / "ner" / name) for name in DEFAULT_SETS]
    )
    parser.add_argument("--novel", default=str(SHARED / "corpus-large/shuihuzhuan.txt"))
    parser.add_argument("--plain", action="store_true", help="also score the CLI's --plain path")
    parser.add_argument("--errors", choices=KINDS, help="list tui's errors of this kind")
    parser.add_argument(
        "--traditional", action="store_true", help="score the sets in traditional characters"
    )
    args = parser.parse_args()

    began = time.perf_counter()
    ours("新华社北京5月7日电 国务院副总理李岚清说，李建国认为。")
    print(f"loading (rjieba, jieba's dictionary, gazetteer): {time.perf_counter() - began:.2f} s")
    for name in args.sets:
        path = Path(name)
        if path.is_file():
            score_set(path, args.plain, args.errors, args.traditional)
        else:
            print(f"\n== {name}: absent")
    print()
    novel = Path(args.novel)
    if novel.is_file():
        print(novel_speeds(novel))


if __name__ == "__main__":
    main()

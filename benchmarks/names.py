"""Names on whole pages: tui's people, organisations and places on the 70 pages of
../shared/corpus against their hand-made gold, beside raw jieba.posseg in the same run.

    python benchmarks/names.py            # per kind, then per site
    python benchmarks/names.py --pages    # also every page's misses (-) and false names (+)
    python benchmarks/names.py --render lynx:80   # the pages rendered afresh (extract.py's)

The four NER sets (benchmarks/ner.py) score mentions in single sentences. A reader sees
something else: the list of who, what and where of a page, each name once. So here a page
is scored as sets: the names tui lists for it (the groups the stats pane and the summary
show — body and headings, a mention counted as its full name: 智深 as 鲁智深, 毛 as 毛主席;
people and outlets named only in the page's credits left out) against the gold's `persons`,
`orgs` and `places` (each entity once, in the fullest form the body writes, credits left out;
see the corpus README).
Names are compared after NFKC with whitespace removed; a name counts only with the right
kind. Micro precision, recall and F1 over all pages; per site, the F1 of its pages together.

jieba.posseg's baseline is its nr/nrfg/nrt words as people, ns as places and nt as
organisations, over the same headings and paragraphs.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import benchmarks.extract as extract  # noqa: E402
from benchmarks.extract import CORPUS, gold_name, load_gold, norm, print_rows, site_of  # noqa: E402

KINDS = ("person", "org", "place")
GOLD_FIELDS = {"person": "persons", "org": "orgs", "place": "places"}
Names = set[tuple[str, str]]  # (kind, name)


def gold_names(gold: dict) -> Names:
    return {(kind, norm(name)) for kind in KINDS for name in gold[GOLD_FIELDS[kind]] if norm(name)}


def body(gold: dict) -> list[str]:
    """The page's body as tui parses it, its headings and subtitles with its paragraphs (the
    gold names what the headings name too): both annotators read the same text."""
    from tui.load import read_path
    from tui.parse import parse

    document = parse(read_path(CORPUS / gold["file"]).text, gold["file"])
    headings = [t for s in document.sections for t in (s.title, s.subtitle) if t]
    return headings + [p.text for p in document.paragraphs]


def ours(gold: dict) -> Names:
    """The names the reader's lists show (the stats pane, the summary): each group tui makes
    of a page's mentions, body and headings, by its full name."""
    from tui.analyse.groups import entity_groups
    from tui.annotate import annotate
    from tui.load import read_path
    from tui.parse import parse

    document = parse(read_path(CORPUS / gold["file"]).text, gold["file"])
    groups = entity_groups(document, annotate(document))
    return {(kind, norm(group.name)) for kind in KINDS for group in groups[kind]}


_POSSEG_KINDS = {"nr": "person", "nrfg": "person", "nrt": "person", "ns": "place", "nt": "org"}


def jieba_baseline(gold: dict) -> Names:
    import jieba.posseg

    return {
        (_POSSEG_KINDS[pair.flag], norm(pair.word))
        for text in body(gold)
        for pair in jieba.posseg.cut(text)
        if pair.flag in _POSSEG_KINDS
    }


def tally(pairs: Iterable[tuple[Names, Names]]) -> dict[str, Counter[str]]:
    """True positives, false positives and misses per kind."""
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for want, have in pairs:
        for kind, _ in have & want:
            counts[kind]["tp"] += 1
        for kind, _ in have - want:
            counts[kind]["fp"] += 1
        for kind, _ in want - have:
            counts[kind]["fn"] += 1
    return counts


def prf(counts: Counter[str]) -> tuple[float, float, float]:
    tp, fp, fn = counts["tp"], counts["fp"], counts["fn"]
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return 100 * precision, 100 * recall, 100 * f1


def micro(counts: dict[str, Counter[str]]) -> Counter[str]:
    return sum(counts.values(), Counter())


def kind_table(results: dict[str, list[tuple[Names, Names]]]) -> None:
    rows = []
    for label, pairs in results.items():
        counts = tally(pairs)
        cells = [prf(counts[kind]) for kind in KINDS] + [prf(micro(counts))]
        rows.append([label, *(f"{p:.1f} / {r:.1f} / {f:.1f}" for p, r, f in cells)])
    print_rows(["P / R / F1 %", *KINDS, "micro"], rows)


def site_table(golds: list[dict], results: dict[str, list[tuple[Names, Names]]]) -> None:
    by_site: dict[str, list[int]] = defaultdict(list)
    for index, gold in enumerate(golds):
        by_site[site_of(gold_name(gold))].append(index)
    rows = []
    for site, indices in sorted(by_site.items()):
        row = [site, str(len(indices))]
        for pairs in results.values():
            row.append(f"{prf(micro(tally(pairs[i] for i in indices)))[2]:.0f}")
        rows.append(row)
    print_rows(["site", "pages", *(f"{label} F1" for label in results)], rows)


def page_errors(golds: list[dict], pairs: list[tuple[Names, Names]]) -> None:
    for gold, (want, have) in zip(golds, pairs, strict=True):
        missed, false = sorted(want - have), sorted(have - want)
        if missed or false:
            print(f"\n{gold_name(gold)}")
            for sign, names in (("-", missed), ("+", false)):
                for kind, name in names:
                    print(f"  {sign} {kind:6} {name}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", action="store_true", help="list every page's errors")
    parser.add_argument(
        "--render", metavar="BROWSER:COLUMNS", help="the pages rendered afresh, as extract.py does"
    )
    args = parser.parse_args()
    if args.render:
        global CORPUS
        rendered = tempfile.TemporaryDirectory()
        CORPUS = extract.CORPUS = extract.render(args.render, Path(rendered.name))
    golds = load_gold()
    annotators: dict[str, Callable[[dict], Names]] = {"tui": ours, "jieba.posseg": jieba_baseline}
    results = {
        label: [(gold_names(gold), annotate(gold)) for gold in golds]
        for label, annotate in annotators.items()
    }
    total = sum(len(gold_names(gold)) for gold in golds)
    print(f"== {len(golds)} pages of {CORPUS}, {total} gold names (each once per page)\n")
    kind_table(results)
    print()
    site_table(golds, results)
    if args.pages:
        page_errors(golds, results["tui"])
    return 0


if __name__ == "__main__":
    sys.exit(main())

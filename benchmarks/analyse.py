"""How fast the analyse stage is, beside what segmenting the same text costs, in one run.

    python benchmarks/analyse.py [NOVEL] [--repeat N] [--annotate] [--jieba-analyse]

For the seed and the novel (default: ../shared/corpus-large/shuihuzhuan.txt beside the
repository), prints the best of N timings of: rjieba tagging every body paragraph (what
analyse itself segments with), pure-Python jieba cutting the same paragraphs (the baseline a
reader knows), analyse() as a whole, and analyse() less its own tagging. analyse gets empty
annotations unless --annotate (then the annotator's real output, annotated once, not timed). With
--jieba-analyse, also jieba.analyse's TF-IDF and TextRank on the same text, the route that
analyse avoids because it segments everything again.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tui.analyse import analyse  # noqa: E402
from tui.analyse.keywords import stopwords  # noqa: E402
from tui.model import Annotations, Document  # noqa: E402
from tui.pipeline import Pipeline, ReadOptions  # noqa: E402
from tui.text import segment  # noqa: E402

SEED = ROOT / "seeds" / "000_948d13035be81ef7.txt"
NOVEL = ROOT.parent / "shared" / "corpus-large" / "shuihuzhuan.txt"


def best_of(repeat: int, run: Callable[[], object]) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return min(times)


def measure(
    document: Document, annotations: Annotations, repeat: int, with_jieba_analyse: bool
) -> dict[str, float]:
    import jieba

    texts = [p.text for p in document.paragraphs]
    figures = {
        "chars": float(sum(len(t) for t in texts)),
        "rjieba tag": best_of(repeat, lambda: [segment.tag(t) for t in texts]),
        "jieba cut": best_of(repeat, lambda: [jieba.lcut(t) for t in texts]),
        "analyse": best_of(repeat, lambda: analyse(document, annotations)),
    }
    figures["analyse - tag"] = figures["analyse"] - figures["rjieba tag"]
    if with_jieba_analyse:
        import jieba.analyse

        body = "\n".join(texts)
        figures["jieba.analyse tfidf+textrank"] = best_of(
            1, lambda: (jieba.analyse.extract_tags(body, 12), jieba.analyse.textrank(body, 12))
        )
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("novel", nargs="?", default=str(NOVEL))
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--annotate", action="store_true")
    parser.add_argument("--jieba-analyse", action="store_true")
    args = parser.parse_args()

    import jieba

    jieba.setLogLevel(60)
    jieba.initialize()  # load both dictionaries up front: warm-up is not what is measured
    segment.tag("预热")
    stopwords()
    # jieba's IDF table is read per document for its new words (~0.1 s): the first of the
    # repeated runs pays for it, the median does not.

    paths = [SEED] + ([Path(args.novel)] if Path(args.novel).is_file() else [])
    if len(paths) == 1:
        print(f"(novel not found at {args.novel}: seed only)")
    columns = ["chars", "rjieba tag", "jieba cut", "analyse", "analyse - tag"]
    if args.jieba_analyse:
        columns.append("jieba.analyse tfidf+textrank")
    print(
        f"{'text':<14}"
        + "".join(f"{c:>14}" for c in columns[:5])
        + f"{'analyse chars/s':>17}"
        + (f"{'jieba.analyse':>15}" if args.jieba_analyse else "")
    )
    for path in paths:
        document = Pipeline(ReadOptions(use_cache=False)).open(str(path)).document
        annotations = Annotations()
        if args.annotate:
            from tui.annotate import annotate

            annotations = annotate(document)
        figures = measure(document, annotations, args.repeat, args.jieba_analyse)
        row = f"{path.stem[:13]:<14}{int(figures['chars']):>14,}"
        row += "".join(f"{1000 * figures[c]:>11.1f} ms" for c in columns[1:5])
        row += f"{figures['chars'] / figures['analyse']:>17,.0f}"
        if args.jieba_analyse:
            row += f"{1000 * figures['jieba.analyse tfidf+textrank']:>12.0f} ms"
        print(row)
    given = "the annotator's output" if args.annotate else "empty annotations"
    print(f"best of {args.repeat}; chars = body characters; analyse given {given}")


if __name__ == "__main__":
    main()

"""Score quote speakers on a hand-made gold set: three chapters of the novel, read by hand.

Usage: python benchmarks/quotes.py [--gold tests/data/shuihuzhuan_quotes.json] [--novel PATH]

Every speech quotation of the gold set must be found and given its speaker (by full name: an
alias counts through the link the annotator made, as `tui summary` groups speakers), or no
speaker when the text names none; a term in quotation marks must not be listed as a quote.
Also prints the novel's 20 most named people, the check that no kinship word, verb or place
is among them.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
SHARED = next(
    (p / "shared" for p in (ROOT.parent, ROOT.parent.parent) if (p / "shared").is_dir()),
    ROOT.parent / "shared",
)


def predicted_speakers(document, annotations) -> dict[tuple[int, str], str | None]:
    """(source line of the paragraph, first characters of the quote) -> full name or None."""
    full_name = {e.text: e.name for e in annotations.entities if e.canonical}
    paragraphs = document.paragraphs
    found: dict[tuple[int, str], str | None] = {}
    for quote in annotations.quotes:
        speaker = full_name.get(quote.speaker, quote.speaker) if quote.speaker else None
        found[(paragraphs[quote.paragraph].line, quote.text[:10])] = speaker
    return found


def score(gold: list[dict], found: dict[tuple[int, str], str | None]) -> dict[str, list[dict]]:
    """The gold rows sorted into right, wrong (with what was given) and terms listed."""
    out: dict[str, list[dict]] = {"right": [], "wrong": [], "terms listed": [], "terms": []}
    for row in gold:
        key = (row["line"], row["opens"])
        if row["kind"] == "term":
            out["terms listed" if key in found else "terms"].append(row)
            continue
        accepted = {row["speaker"], *row.get("also", ())}
        if key in found and found[key] in accepted:
            out["right"].append(row)
        else:
            out["wrong"].append({**row, "given": found.get(key, "(not a quote)")})
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", default=str(ROOT / "tests/data/shuihuzhuan_quotes.json"))
    parser.add_argument("--novel", default=str(SHARED / "corpus-large/shuihuzhuan.txt"))
    parser.add_argument("--wrong", action="store_true", help="list the quotes given wrongly")
    args = parser.parse_args()

    from tui.analyse import analyse
    from tui.annotate import annotate
    from tui.load import read_path
    from tui.parse import parse

    gold = json.loads(Path(args.gold).read_text(encoding="utf-8"))["quotes"]
    document = parse(read_path(Path(args.novel)).text, name=args.novel)
    annotations = annotate(document)
    result = score(gold, predicted_speakers(document, annotations))
    speech = [r for r in gold if r["kind"] == "speech"]
    named = [r for r in speech if r["speaker"]]
    right_named = [r for r in result["right"] if r["speaker"]]
    print(
        f"gold: {args.gold}: {len(speech)} speech quotes ({len(named)} by named people), "
        f"{len(gold) - len(speech)} terms"
    )
    print(
        f"right speaker: {len(result['right'])}/{len(speech)} "
        f"= {100 * len(result['right']) / len(speech):.1f}%"
    )
    print(
        f"  of those by named people: {len(right_named)}/{len(named)} "
        f"= {100 * len(right_named) / len(named):.1f}%"
    )
    print(f"terms listed as quotes: {len(result['terms listed'])}")
    given = Counter(str(r["given"]) for r in result["wrong"])
    print("wrong answers given:", ", ".join(f"{k} {v}" for k, v in given.most_common(12)))
    if args.wrong:
        for row in result["wrong"]:
            print(f"  L{row['line']} {row['opens']}: {row['speaker']} <- {row['given']}")
    people = analyse(document, annotations).entities["person"][:20]
    print("top 20 people of the novel:", " ".join(f"{p.name} {p.count}" for p in people))


if __name__ == "__main__":
    main()

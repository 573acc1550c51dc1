"""Each page's text in every other page's chrome: does the parse hold for texts it was not
tuned on, set in layouts it was?

    python benchmarks/transplant.py             # the 4,830 pages and their figures
    python benchmarks/transplant.py --list      # also every page that comes out wrong

The 70 pages of ../shared/corpus are parsed as they are; then, for every ordered pair (a
layout page, a text page), the layout page's lines from its first line of text to its last are
replaced by the text page's own such lines. The new page keeps the layout's headline, dateline,
menus, widgets, teasers and footer around a text of another length and kind (a brief, a post
written a sentence a line, a package of stories). It is right when its title and date are the
layout page's and its first and last paragraphs are the text page's, as each was parsed alone.

What this cannot tell: a layout whose own text is flagged by something that stays behind (a
summary above the headline's copy that the text repeated, c77, c79, c80; a lead that a
picture's caption repeated, c45) puts that block first, whatever text is set in — right, for
nothing there says it is not the text. Those layouts fail for every text; the figure without
them is printed too. No gold is involved: it measures how much of what the parser does on the
corpus it does on texts moved around, not how right it is.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter

from extract import CORPUS  # (which puts the repository on the path)

# Layouts whose own text leaves a block behind that flagged it (see above).
SELF_FLAGGED = ("c45_", "c77_", "c79_", "c80_")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--list", action="store_true", help="every page that comes out wrong")
    args = parser.parse_args()
    if not CORPUS.is_dir():
        sys.exit(f"no corpus at {CORPUS}")
    from tui.load import read_path
    from tui.parse import parse

    pages = {}
    for path in sorted(CORPUS.glob("c*.txt")):
        text = read_path(path).text
        document = parse(text, path.name)
        body = [i for i, role in enumerate(document.roles) if role in ("body", "heading")]
        if body and document.paragraphs:
            pages[path.stem.split(".")[0]] = (text.split("\n"), body[0], body[-1], document)
    wrong: dict[tuple[str, str], list[str]] = {}
    for layout, (lines, first, last, own) in pages.items():
        for donor, (donor_lines, donor_first, donor_last, text) in pages.items():
            if donor == layout:
                continue
            moved = lines[:first] + donor_lines[donor_first : donor_last + 1] + lines[last + 1 :]
            got = parse("\n".join(moved), f"{layout}+{donor}")
            paragraphs = [p.text for p in got.paragraphs]
            problems = [
                field
                for field, ok in (
                    ("title", got.meta.title == own.meta.title),
                    ("date", got.meta.date == own.meta.date),
                    ("first", bool(paragraphs) and paragraphs[0] == text.paragraphs[0].text),
                    ("last", bool(paragraphs) and paragraphs[-1] == text.paragraphs[-1].text),
                    ("some text", bool(paragraphs)),
                )
                if not ok
            ]
            if problems:
                wrong[layout, donor] = problems
    total = len(pages) * (len(pages) - 1)
    flagged = {pair for pair in wrong if pair[0].startswith(SELF_FLAGGED)}
    others = total - sum(1 for layout in pages if layout.startswith(SELF_FLAGGED)) * (
        len(pages) - 1
    )
    print(f"{total:,} pages ({len(pages)} layouts × {len(pages) - 1} texts)")
    print(f"right: {100 * (total - len(wrong)) / total:.1f} % ({total - len(wrong):,})")
    print(
        f"right, the layouts that flag their own text left out: "
        f"{100 * (others - len(wrong) + len(flagged)) / others:.1f} % of {others:,}"
    )
    fields = Counter(field for problems in wrong.values() for field in problems)
    print("wrong, per field: " + ", ".join(f"{field} {n}" for field, n in fields.most_common()))
    print(
        "layouts most often wrong: "
        + ", ".join(
            f"{name} {n}" for name, n in Counter(layout for layout, _ in wrong).most_common(8)
        )
    )
    print(
        "texts most often wrong: "
        + ", ".join(
            f"{name} {n}" for name, n in Counter(donor for _, donor in wrong).most_common(8)
        )
    )
    if args.list:
        for (layout, donor), problems in sorted(wrong.items()):
            print(f"  {layout} + {donor}: {', '.join(problems)}")


if __name__ == "__main__":
    main()

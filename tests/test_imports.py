"""Import hygiene: headless commands never pay for Textual; a warm cache skips the tagger."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_948d13035be81ef7.txt"
_CONSTANT = re.compile(r"_?[A-Z][A-Z0-9_]*$")

PROBE = """
import contextlib, io, sys
from tui.cli import main
with contextlib.redirect_stdout(io.StringIO()):
    code = main({argv!r})
print(code, *sorted(m for m in ({watch!r}) if m in sys.modules))
"""


def modules_loaded(argv: list[str], watch: tuple[str, ...]) -> list[str]:
    result = subprocess.run(
        [sys.executable, "-c", PROBE.format(argv=argv, watch=watch)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
        check=True,
    )
    code, *loaded = result.stdout.split()
    assert code == "0", result.stderr
    return loaded


def test_summary_json_and_styled_import_no_textual() -> None:
    for argv in (["summary", str(SEED), "--json"], ["summary", str(SEED)], ["sections", str(SEED)]):
        assert modules_loaded(argv, ("textual",)) == [], argv


def test_only_search_loads_the_pinyin_matcher() -> None:
    watch = ("tui.text.pinyin",)
    assert modules_loaded(["summary", str(SEED)], watch) == []
    assert modules_loaded(["search", str(SEED), "guangzhou"], watch) == list(watch)


def test_a_warm_cache_loads_neither_tagger_nor_numpy() -> None:
    modules_loaded(["summary", str(SEED), "--json"], ())  # fills the test run's private cache
    heavy = ("jieba", "rjieba", "textual", "numpy")
    assert modules_loaded(["summary", str(SEED), "--json"], heavy) == []


def test_a_modules_constants_are_bound_once() -> None:
    """A constant bound twice at a module's top level takes its second value everywhere, the
    functions above the second binding included: two rules that chose one name for two
    thresholds or patterns would silently share the last."""
    twice = []
    for path in sorted((ROOT / "tui").rglob("*.py")):
        bound: Counter[str] = Counter()
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            targets = node.targets if isinstance(node, ast.Assign) else []
            if isinstance(node, ast.AnnAssign):
                targets = [node.target]
            bound.update(t.id for t in targets if isinstance(t, ast.Name) and _CONSTANT.match(t.id))
        twice += [f"{path.relative_to(ROOT)}: {name}" for name, n in bound.items() if n > 1]
    assert twice == []

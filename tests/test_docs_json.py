"""docs/json.md describes every --json object with exactly the fields tui prints (issue 15,
point 9: the shapes are documented in the repository, and this keeps them true)."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_948d13035be81ef7.txt"
DOC = ROOT / "docs" / "json.md"


def documented() -> dict[str, dict]:
    """The example object under each `## \\`tui …\\`` heading of docs/json.md."""
    text = DOC.read_text(encoding="utf-8")
    found = {}
    for heading, block in re.findall(r"## `(tui [^`]+)`.*?```json\n(.*?)```", text, re.S):
        found[heading] = json.loads(block)
    return found


def printed(*args: str, stdin: str | None = None) -> dict:
    result = subprocess.run(
        [sys.executable, "-m", "tui", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        input=stdin,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.splitlines()[0])


def shape(value: object) -> object:
    """The keys of an object, recursively (lists by their first item)."""
    if isinstance(value, dict):
        return {key: shape(item) for key, item in value.items() if key != "aliases"}
    if isinstance(value, list) and value and isinstance(value[0], dict):
        return [shape(value[0])]
    return None


@pytest.mark.parametrize(
    ("heading", "args"),
    [
        ("tui summary --json", ["summary", str(SEED), "--json"]),
        ("tui article --format json", ["article", str(SEED), "--format", "json"]),
        ("tui sections --json", ["sections", str(SEED), "--json"]),
        ("tui entities --json", ["entities", str(SEED), "--json"]),
        ("tui search --json", ["search", str(SEED), "广州", "--json"]),
    ],
)
def test_each_documented_object_has_the_printed_fields(heading: str, args: list[str]) -> None:
    assert shape(documented()[heading]) == shape(printed(*args))


def test_the_plain_entities_object_is_documented() -> None:
    real = printed("entities", "-", "--plain", "--json", stdin="他在广州工作。\n")
    assert shape(documented()["tui entities --plain --json"]) == shape(real)

"""tui run as a user runs it: `python -m tui …` in a process of its own, its output captured."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent

# The page's fields of DESIGN.md, in the order the JSON gives them, and every field of a
# summary line.
METADATA_FIELDS = [
    "file",
    "title",
    "date",
    "source",
    "authors",
    "editors",
    "url",
    "category",
    "previous",
    "next",
]
SUMMARY_FIELDS = {
    *METADATA_FIELDS,
    "sections",
    "stats",
    "entities",
    "keywords",
    "quotes",
    "summary",
}


def run_tui(
    *args: str,
    stdin: str | bytes | None = None,
    env: dict[str, str] | None = None,
    inherit_env: bool = True,
    cwd: Path = ROOT,
    timeout: float = 120,
    **options: Any,
) -> subprocess.CompletedProcess[Any]:
    """Output as text, or as bytes when `stdin` is bytes. `env` is laid over this process's
    environment, or (`inherit_env=False`) is the whole of the child's."""
    environment = {**os.environ, **(env or {})} if inherit_env else dict(env or {})
    return subprocess.run(
        [sys.executable, "-m", "tui", *args],
        input=stdin,
        capture_output=True,
        text=not isinstance(stdin, bytes),
        cwd=cwd,
        timeout=timeout,
        env=environment,
        **options,
    )

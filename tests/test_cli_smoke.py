"""The CLI through a subprocess, as a script or a person would run it."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from tests import cli
from tests.cli import SUMMARY_FIELDS

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_948d13035be81ef7.txt"


def run_tui(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[str]:
    return cli.run_tui(*args, stdin=stdin.decode() if stdin is not None else None)


def test_summary_json_has_every_design_field() -> None:
    result = run_tui("summary", str(SEED), "--json")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == 1
    obj = json.loads(lines[0])
    assert set(obj) >= SUMMARY_FIELDS
    assert set(obj["entities"]) == {"person", "org", "place", "time", "number", "title"}


def test_missing_file_is_one_line_and_exit_1_while_others_print() -> None:
    result = run_tui("summary", "does-not-exist.txt", str(SEED), "--json")
    assert result.returncode == 1
    assert len(result.stdout.splitlines()) == 1
    assert result.stderr.count("\n") == 1 and "does-not-exist.txt" in result.stderr
    assert "Traceback" not in result.stderr


def test_usage_error_exits_2_with_one_line() -> None:
    result = run_tui("summary", "--no-such-flag")
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1


def test_the_explorer_on_a_pipe_says_what_to_use_instead() -> None:
    result = run_tui(str(SEED))  # stdout is a pipe here
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1 and "tui summary" in result.stderr


def test_plain_output_to_a_pipe_has_no_padding_at_line_ends() -> None:
    for command in (["summary", str(SEED)], ["sections", str(SEED)], ["entities", str(SEED)]):
        result = run_tui(*command)
        assert result.returncode == 0, result.stderr
        lines = result.stdout.splitlines()
        assert lines and not [line for line in lines if line != line.rstrip()], command

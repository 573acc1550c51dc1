"""The command line introducing itself (issue 15, item "What to build"): --help of the program
and of each command with examples, the keys, exit codes and environment; shell completion for
bash, zsh and fish — all through a subprocess, as a user runs them."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from tests.cli import run_tui

ROOT = Path(__file__).resolve().parent.parent
COMMANDS = ("summary", "sections", "entities", "search")


def tui(*args: str) -> subprocess.CompletedProcess[str]:
    """In a bare environment, as on a fresh machine."""
    bare = {"PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "PYTHONPATH": str(ROOT)}
    return run_tui(*args, env=bare, inherit_env=False)


@pytest.mark.parametrize("command", [None, *COMMANDS])
def test_every_help_has_examples_exit_codes_and_the_environment(command: str | None) -> None:
    result = tui(*([command] if command else []), "--help")
    assert result.returncode == 0
    text = result.stdout
    assert "examples:" in text and f"tui {command or ''}".strip() in text.split("examples:")[1]
    assert "exit codes:" in text and "130" in text
    for variable in ("NO_COLOR", "TUI_DEBUG", "TUI_MAX_SIZE"):
        assert variable in text
    assert "--lang" in text


def test_the_programs_help_lists_the_explorers_keys() -> None:
    text = tui("--help").stdout
    keys = text.split("keys in the explorer:")[1].split("exit codes:")[0]
    for key in ("j / k", "n / p", "0 … 9", "/", "e", "w", "ctrl+p", "q, ctrl+q"):
        assert key in keys


@pytest.mark.parametrize("shell", ["bash", "zsh", "fish"])
def test_a_completion_script_for_each_shell(shell: str) -> None:
    result = tui("--print-completion", shell)
    assert result.returncode == 0, result.stderr
    for word in ("summary", "sections", "entities", "search", "json", "lang", "zh"):
        assert word in result.stdout
    if shutil.which(shell) and shell in ("bash", "zsh"):
        check = subprocess.run([shell, "-n"], input=result.stdout, capture_output=True, text=True)
        assert check.returncode == 0, check.stderr


@pytest.mark.skipif(shutil.which("bash") is None, reason="bash is not installed")
@pytest.mark.parametrize(
    ("words", "expected"),
    [(["tui", "su"], {"summary"}), (["tui", "summary", "--js"], {"--json"})],
)
def test_bash_completes_commands_and_options(words: list[str], expected: set[str]) -> None:
    script = tui("--print-completion", "bash").stdout
    line = " ".join(words)
    probe = (
        f"{script}\n"
        f"COMP_WORDS=({line}); COMP_CWORD={len(words) - 1}; COMP_LINE='{line}';"
        f" COMP_POINT={len(line)}; _shtab_tui; printf '%s\\n' \"${{COMPREPLY[@]}}\""
    )
    result = subprocess.run(["bash", "-c", probe], capture_output=True, text=True)
    assert expected <= set(result.stdout.split()), result.stderr


def test_an_unknown_shell_is_a_usage_error() -> None:
    result = tui("--print-completion", "tcsh")
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "bash, zsh, fish" in result.stderr

"""The memory limit beside the size limit: a document that needs more memory than allowed is
one clear line and exit 1, the other documents still printed; the default is half the machine."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import pytest

from tests.cli import run_tui
from tui.machinery import memory

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_948d13035be81ef7.txt"
pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="RLIMIT_AS is enforced on Linux"
)


@pytest.fixture(scope="module")
def many_lines(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """6 MB, far under the size limit: two million lines, whose str objects alone take 100 MB."""
    path = tmp_path_factory.mktemp("lines") / "lines.txt"
    path.write_text("ab\n" * 2_000_000)
    return path


EXPECTED = (
    "out of memory (over the 200 MB memory limit; raise it with --max-memory or TUI_MAX_MEMORY)"
)


@pytest.mark.parametrize("how", ["option", "environment"])
def test_a_document_past_the_memory_limit_is_one_line_and_the_others_print(
    many_lines: Path, how: str
) -> None:
    args = ["summary", str(many_lines), str(SEED), "--json", "--no-cache"]
    if how == "option":
        result = run_tui(*args, "--max-memory", "200M")
    else:
        result = run_tui(*args, env={"TUI_MAX_MEMORY": "200M"})
    assert result.returncode == 1
    assert result.stderr == f"tui: {many_lines}: {EXPECTED}\n"
    (line,) = result.stdout.splitlines()
    assert json.loads(line)["file"] == str(SEED)


def test_the_limit_can_be_lifted(tmp_path: Path) -> None:
    result = run_tui("summary", str(SEED), "--json", "--max-memory", "none")
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize("value", ["lots", "-1", "0"])
def test_a_limit_that_is_not_a_size_is_a_usage_error(value: str) -> None:
    result = run_tui("summary", str(SEED), "--max-memory", value)
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "--help" not in result.stdout


def test_the_default_is_half_the_machine_and_never_raises_a_lower_ulimit(monkeypatch) -> None:
    import resource

    monkeypatch.delenv(memory.MAX_MEMORY_ENV, raising=False)
    physical = os.sysconf("SC_PHYS_PAGES") * os.sysconf("SC_PAGE_SIZE")
    assert memory.memory_limit() == max(1 << 30, physical // 2)
    assert memory.memory_limit("1G") == 1 << 30 and memory.memory_limit("none") is None
    before = resource.getrlimit(resource.RLIMIT_AS)
    if before != (resource.RLIM_INFINITY, resource.RLIM_INFINITY):
        pytest.skip("this process already runs under a memory limit")
    with memory.memory_capped(8 << 30):
        assert memory.current_limit() == 8 << 30
        with memory.memory_capped(16 << 30):  # a higher cap leaves the lower one in force
            assert memory.current_limit() == 8 << 30
    assert resource.getrlimit(resource.RLIMIT_AS) == before


@pytest.mark.parametrize("capped", [True, False])
def test_a_memory_error_c_code_lost_under_the_cap_is_out_of_memory(
    monkeypatch: pytest.MonkeyPatch, capped: bool
) -> None:
    """CPython's C code may fail an allocation under the cap and return without setting the
    exception: SystemError("error return without exception set"). Under a cap that is the
    cap's doing (out of memory, said by name); without one it is the parser's failure."""
    import tui.parse
    from tui.load import LoadError
    from tui.pipeline import Pipeline, ReadOptions

    def lost(text: str, name: str = "") -> None:
        raise SystemError("error return without exception set")

    monkeypatch.setattr(tui.parse, "parse", lost)
    monkeypatch.setattr(memory, "current_limit", lambda: (200 << 20) if capped else None)
    pipeline = Pipeline(ReadOptions(use_cache=False))
    with pytest.raises(MemoryError if capped else LoadError):
        pipeline.parse("今天很好。", "a.txt")

"""Shared test setup: every test run gets its own empty user cache and temporary folders."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from tui.i18n import set_language


@pytest.fixture(autouse=True)
def _english() -> Iterator[None]:
    """Tests read the English interface whatever the tester's locale; `chinese` switches."""
    set_language("en")
    yield
    set_language("en")


@pytest.fixture
def chinese() -> Iterator[None]:
    """The interface in Chinese for one test (as `--lang zh` or LANG=zh_CN.UTF-8 give it)."""
    set_language("zh")
    yield
    set_language("en")


@pytest.fixture(autouse=True, scope="session")
def _private_cache_dir(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    # platformdirs honours XDG_CACHE_HOME; subprocesses inherit it, so no test writes to ~/.cache.
    directory = tmp_path_factory.mktemp("xdg-cache")
    previous = os.environ.get("XDG_CACHE_HOME")
    os.environ["XDG_CACHE_HOME"] = str(directory)
    yield directory
    if previous is None:
        os.environ.pop("XDG_CACHE_HOME", None)
    else:
        os.environ["XDG_CACHE_HOME"] = previous


@pytest.fixture(autouse=True)
def settings_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Each test its own config directory: no test reads the tester's settings or another's."""
    directory = tmp_path / "xdg-config"
    monkeypatch.setenv("XDG_CONFIG_HOME", str(directory))
    return directory / "tui"


@pytest.fixture(autouse=True, scope="session")
def _private_temporary_dir(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    # The word-table index falls back to a folder in the temporary folder when the cache
    # folder cannot be used: that one is the test run's own too, here and in subprocesses.
    import tempfile

    directory = tmp_path_factory.mktemp("tmpdir")
    previous = os.environ.get("TMPDIR")
    os.environ["TMPDIR"] = str(directory)
    tempfile.tempdir = None  # gettempdir() looks again
    yield directory
    if previous is None:
        os.environ.pop("TMPDIR", None)
    else:
        os.environ["TMPDIR"] = previous
    tempfile.tempdir = None

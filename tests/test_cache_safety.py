"""The cache runs no one's code: entries are data with a schema, in a folder of the user's own.

Each test plants what another local user could plant, where today's and yesterday's tui look
(the folder `tui` with .pickle entries, and `tui-zh-explorer` with .msgpack ones), and runs
the real command.
"""

from __future__ import annotations

import os
import pickle
import stat
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from tests import cli
from tui.load import decode
from tui.machinery.cache import Cache
from tui.machinery.codec import ChildRequest, CodecError
from tui.machinery.codec import decode as decode_entry
from tui.machinery.codec import encode as encode_entry
from tui.parse import parse
from tui.pipeline import Pipeline, analyse_here

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_948d13035be81ef7.txt"
POSIX = pytest.mark.skipif(not hasattr(os, "geteuid"), reason="POSIX owners and modes")


class RunsACommand:
    """A pickle that, when loaded, creates the file `marker`: what an attacker would plant."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self):
        return (os.system, (f"touch {self.marker}",))


def run_tui(*args: str, cache_home: Path, umask: int | None = None) -> subprocess.CompletedProcess:
    return cli.run_tui(
        *args, env={"XDG_CACHE_HOME": str(cache_home)}, umask=-1 if umask is None else umask
    )


def plant(cache_home: Path, folder_mode: int | None, entry: bytes, owner: int | None = None):
    """Put `entry` under the keys of the seed's parse, in the folders tui reads, both names."""
    text = decode(SEED.read_bytes()).text
    for name in ("tui", "tui-zh-explorer"):
        folder = cache_home / name
        folder.mkdir(parents=True, exist_ok=True)
        key = Cache(folder).key(text, "document")
        for suffix in (".pickle", ".msgpack"):
            (folder / f"{key}{suffix}").write_bytes(entry)
        if folder_mode is not None:
            folder.chmod(folder_mode)
        if owner is not None:
            os.chown(folder, owner, -1)


def test_a_pickle_planted_as_an_entry_is_never_run(tmp_path: Path) -> None:
    marker = tmp_path / "pwned"
    plant(tmp_path / "cache", None, pickle.dumps(RunsACommand(marker)))
    result = run_tui("summary", str(SEED), "--json", cache_home=tmp_path / "cache")
    assert result.returncode == 0, result.stderr
    assert not marker.exists(), "an entry ran a command"
    assert '"title": "' in result.stdout


def planted_document() -> bytes:
    document = parse(SEED.read_text(encoding="utf-8"), name="seed")
    fake = replace(document, lines=(), meta=replace(document.meta, title="PLANTED TITLE"))
    return encode_entry(fake)


@POSIX
def test_entries_in_a_folder_others_can_write_are_not_read(tmp_path: Path) -> None:
    plant(tmp_path / "cache", 0o777, planted_document())
    result = run_tui("summary", str(SEED), "--json", cache_home=tmp_path / "cache")
    assert result.returncode == 0
    assert "PLANTED" not in result.stdout
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and "is writable by others (mode 0777): not used" in lines[0]
    assert "chmod 700" in lines[0]


@POSIX
@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0, reason="needs chown")
def test_entries_in_a_folder_of_another_user_are_not_read(tmp_path: Path) -> None:
    plant(tmp_path / "cache", 0o700, planted_document(), owner=65534)
    result = run_tui("summary", str(SEED), "--json", cache_home=tmp_path / "cache")
    assert result.returncode == 0
    assert "PLANTED" not in result.stdout
    assert "belongs to another user (uid 65534): not used" in result.stderr


@POSIX
def test_the_cache_folder_is_private_and_named_for_the_project(tmp_path: Path) -> None:
    home = tmp_path / "cache"
    result = run_tui("summary", str(SEED), "--json", cache_home=home, umask=0)
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in home.iterdir()) == ["tui-zh-explorer"]
    folder = home / "tui-zh-explorer"
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    entries = list(folder.glob("*.msgpack"))
    assert entries and all(stat.S_IMODE(e.stat().st_mode) == 0o600 for e in entries)


def test_entries_decode_only_into_the_model(tmp_path: Path) -> None:
    document = parse(SEED.read_text(encoding="utf-8"), name="seed")
    analysed = analyse_here(document)
    pair = (analysed.annotations, analysed.insight)
    assert decode_entry(encode_entry(pair), expected="analysis") == pair
    assert decode_entry(encode_entry(document)) == document
    for hostile in (
        pickle.dumps(RunsACommand(tmp_path / "pwned")),
        b"",
        encode_entry(document)[:-10],
        encode_entry(document).replace(b"body", b"evil"),  # a line role no schema has
    ):
        with pytest.raises(CodecError):
            decode_entry(hostile)
    with pytest.raises(CodecError):
        decode_entry(encode_entry(document), expected="analysis")  # the right data, wrong kind
    assert not (tmp_path / "pwned").exists()


def test_a_wrong_entry_is_a_miss_and_is_replaced(tmp_path: Path) -> None:
    document = parse(SEED.read_text(encoding="utf-8"), name="seed")
    store = Cache(tmp_path)
    key = store.key(document.text, "analysed", 3)
    (tmp_path / f"{key}.msgpack").write_bytes(pickle.dumps(RunsACommand(tmp_path / "pwned")))
    assert Pipeline(cache=store).analyse(document) == analyse_here(document)
    assert decode_entry((tmp_path / f"{key}.msgpack").read_bytes(), expected="analysis")
    assert not (tmp_path / "pwned").exists()


def test_the_child_reads_no_pickle_from_its_parent(tmp_path: Path) -> None:
    from tui.machinery import child

    marker = tmp_path / "pwned"
    result = subprocess.run(
        [sys.executable, "-I", "-c", child._CHILD, str(ROOT), str(os.getpid())],
        input=pickle.dumps((RunsACommand(marker), None)),
        capture_output=True,
        timeout=60,
    )
    assert result.returncode != 0
    assert not marker.exists()
    # And what it does read is a request with a schema.
    document = parse("标题\n一段文字。", name="x")
    assert decode_entry(encode_entry(ChildRequest(document, 3))).document == document

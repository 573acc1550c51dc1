"""The analysis cache: it may only save time, never change an answer."""

from __future__ import annotations

from pathlib import Path

import pytest

from tui.machinery import cache as cache_module
from tui.machinery.cache import Cache
from tui.machinery.codec import encode
from tui.parse import parse
from tui.pipeline import Pipeline, analyse_here

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_948d13035be81ef7.txt"


@pytest.fixture
def document():
    return parse(SEED.read_text(encoding="utf-8"), name="seed")


def test_second_analysis_comes_from_the_cache_and_equals_the_first(tmp_path, document) -> None:
    store = Cache(tmp_path)
    first = Pipeline(cache=store).analyse(document)
    assert len(list(tmp_path.glob("*.msgpack"))) == 1
    second = Pipeline(cache=store).analyse(document)
    assert second.annotations == first.annotations
    assert second.insight.stats == first.insight.stats
    assert second.insight.keywords == first.insight.keywords
    assert second == analyse_here(document)  # and both equal an uncached run


def test_a_changed_text_or_request_is_a_different_entry(tmp_path, document) -> None:
    store = Cache(tmp_path)
    Pipeline(cache=store).analyse(document)
    changed = parse(SEED.read_text(encoding="utf-8") + "\n新增一段。\n", name="seed")
    Pipeline(cache=store).analyse(changed)
    Pipeline(cache=store).analyse(document, 5)
    assert len(list(tmp_path.glob("*.msgpack"))) == 3


def test_a_new_code_version_does_not_read_old_entries(tmp_path, document, monkeypatch) -> None:
    store = Cache(tmp_path)
    old_key = store.key(document.text, "analysed", 3)
    monkeypatch.setattr(cache_module, "code_fingerprint", lambda: "another-version")
    assert store.key(document.text, "analysed", 3) != old_key


def test_a_corrupt_entry_is_ignored_and_rebuilt(tmp_path, document) -> None:
    store = Cache(tmp_path)
    expected = analyse_here(document)
    key = store.key(document.text, "analysed", 3)
    (tmp_path / f"{key}.msgpack").write_bytes(b"\x80\x04not an entry at all")
    assert Pipeline(cache=store).analyse(document) == expected
    # A well-formed entry of the wrong kind is no better than garbage.
    store.put(key, document)
    assert Pipeline(cache=store).analyse(document) == expected


def test_an_unwritable_cache_directory_does_not_fail_the_analysis(tmp_path, document) -> None:
    blocker = tmp_path / "file-not-dir"
    blocker.write_text("x")
    assert Pipeline(cache=Cache(blocker / "cache")).analyse(document).document is document


def test_a_parsed_document_comes_from_the_cache_under_its_new_name(tmp_path) -> None:
    from tui.load import decode

    store = Cache(tmp_path)
    loaded = decode(SEED.read_bytes())
    first = Pipeline(cache=store).parse(loaded.text, "a.txt")
    again = Pipeline(cache=store).parse(loaded.text, "copy/b.txt")
    assert again.name == "copy/b.txt"
    assert again.sections == first.sections and again.meta == first.meta
    assert again == parse(loaded.text, name="copy/b.txt")


def test_a_cached_document_whose_lines_do_not_fit_the_text_is_parsed_afresh(tmp_path) -> None:
    from dataclasses import replace

    from tui.load import decode

    store = Cache(tmp_path)
    loaded = decode(SEED.read_bytes())
    expected = Pipeline(cache=store).parse(loaded.text, "a.txt")
    key = store.key(loaded.text, "document")
    stored = store.get(key)
    assert stored.lines == ()  # the text in hand supplies them
    store.put(key, replace(stored, roles=stored.roles[:-1]))
    assert Pipeline(cache=store).parse(loaded.text, "a.txt") == expected


def test_no_cache_leaves_the_cache_directory_empty(tmp_path) -> None:
    import os
    import subprocess
    import sys

    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path)}
    for command in (["summary", str(SEED)], ["sections", str(SEED)], ["entities", str(SEED)]):
        subprocess.run(
            [sys.executable, "-m", "tui", *command, "--no-cache", "--json"],
            cwd=ROOT,
            env=env,
            check=True,
            capture_output=True,
        )
    assert not list(tmp_path.rglob("*.msgpack"))


def test_the_code_fingerprint_changes_with_any_pipeline_file_but_not_the_app(tmp_path) -> None:
    import os

    from tui.machinery.cache import files_fingerprint

    package = tmp_path / "tui"
    for name in ("parse/__init__.py", "annotate/data/words.txt", "app/app.py", "cli.py"):
        (package / name).parent.mkdir(parents=True, exist_ok=True)
        (package / name).write_text("x = 1\n")
    before = files_fingerprint(package, "1.0")
    assert files_fingerprint(package, "1.0") == before
    assert files_fingerprint(package, "1.1") != before

    (package / "app" / "app.py").write_text("x = 2  # the app does not shape results\n")
    assert files_fingerprint(package, "1.0") == before

    words = package / "annotate" / "data" / "words.txt"
    stamp = words.stat().st_mtime_ns
    words.write_text("x = 2\n")  # same size: the modification time tells
    os.utime(words, ns=(stamp + 1_000_000, stamp + 1_000_000))
    edited = files_fingerprint(package, "1.0")
    assert edited != before

    (package / "annotate" / "new_stage.py").write_text("")
    assert files_fingerprint(package, "1.0") != edited


def test_the_least_recently_used_entries_go_once_the_cache_outgrows_its_limit(tmp_path) -> None:
    import os

    payload = parse("一" * 1000, name="x")
    size = len(encode(payload))
    store = Cache(tmp_path, max_bytes=int(3.5 * size))
    for age, key in enumerate(["a", "b", "c"]):
        store.put(key, payload)
        stamp = 1_000_000 + age  # a put per second: a, then b, then c
        os.utime(tmp_path / f"{key}.msgpack", (stamp, stamp))
    assert store.get("a") == payload  # read now: the most recently used
    store.put("d", payload)  # four entries do not fit: b, the least recent, goes
    assert sorted(p.stem for p in tmp_path.glob("*.msgpack")) == ["a", "c", "d"]
    assert store.get("b") is None


def test_a_temporary_file_a_killed_write_left_behind_is_cleared(tmp_path) -> None:
    import os

    entry = parse("一段文字。", name="x")
    store = Cache(tmp_path, max_bytes=len(encode(entry)) * 4)  # small: every put sweeps
    abandoned = tmp_path / ".abandoned.tmp"
    abandoned.write_bytes(b"half an entry")
    os.utime(abandoned, (1_000_000, 1_000_000))
    in_progress = tmp_path / ".writing-now.tmp"
    in_progress.write_bytes(b"being written")
    store.put("entry", entry)
    assert not abandoned.exists()
    assert in_progress.exists()  # another process may be writing it
    assert store.get("entry") == entry


def test_a_put_does_not_list_a_big_cache_each_time_yet_the_cache_stays_within_its_limit(
    tmp_path, monkeypatch
) -> None:
    # Listing a full cache (tens of thousands of entries) after every put made a corpus run
    # quadratic: sweeps come once per sixteenth of the limit written.
    import tui.machinery.cache as cache_module

    sweeps = []
    real_trim = Cache.trim

    def counted_trim(self: Cache) -> None:
        sweeps.append(1)
        real_trim(self)

    monkeypatch.setattr(Cache, "trim", counted_trim)
    monkeypatch.setattr(cache_module.random, "random", lambda: 0.99)  # no chance sweeps
    payload = parse("一" * 1000, name="x")
    size = len(encode(payload))
    store = Cache(tmp_path, max_bytes=64 * size)
    for n in range(200):
        store.put(f"entry{n}", payload)
    assert len(sweeps) == 200 // 4  # one per 4 entries written (a sixteenth of 64)
    on_disk = sum(p.stat().st_size for p in tmp_path.glob("*.msgpack"))
    assert on_disk <= store.max_bytes * (1 + 1 / 16)


def test_short_runs_that_each_write_one_entry_still_sweep_the_cache(tmp_path, monkeypatch) -> None:
    import random

    import tui.machinery.cache as cache_module

    monkeypatch.setattr(cache_module.random, "random", random.Random(7).random)
    payload = parse("一" * 1000, name="x")
    size = len(encode(payload))
    for n in range(400):  # a process per run: each its own Cache, each one put
        Cache(tmp_path, max_bytes=64 * size).put(f"entry{n}", payload)
    # Each put sweeps with a chance of one in four here: the cache stays near its limit of 64
    # entries instead of holding all 400.
    assert 64 <= len(list(tmp_path.glob("*.msgpack"))) <= 64 + 24

"""Splitting a big document's work over two processes: the same answer, whatever happens."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest

from tui.annotate import annotate
from tui.machinery import parallel
from tui.machinery.parallel import can_fork, map_in_halves
from tui.parse import parse

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_948d13035be81ef7.txt"


@pytest.fixture
def forking() -> None:
    """Skip unless this process may fork now (earlier tests may have left threads running)."""
    if not can_fork():
        pytest.skip("needs fork, two cores and a single thread")


def squares_with_pids(items):
    return [(item * item, os.getpid()) for item in items]


def test_a_big_input_is_split_and_comes_back_whole_and_in_order(forking) -> None:
    items = list(range(1000))
    result = map_in_halves(squares_with_pids, items, [1000] * len(items))
    assert [square for square, _ in result] == [i * i for i in items]
    pids = {pid for _, pid in result}
    assert os.getpid() in pids and len(pids) == 2  # the second half came from the child


def test_a_small_input_is_not_split() -> None:
    result = map_in_halves(squares_with_pids, [1, 2, 3], [10, 10, 10])
    assert result == [(1, os.getpid()), (4, os.getpid()), (9, os.getpid())]


def test_with_another_thread_running_nothing_is_forked() -> None:
    release = threading.Event()
    other = threading.Thread(target=release.wait)
    other.start()
    try:
        assert not can_fork()
        result = map_in_halves(squares_with_pids, list(range(100)), [10_000] * 100)
    finally:
        release.set()
        other.join()
    assert {pid for _, pid in result} == {os.getpid()}


def test_a_failing_child_leaves_its_half_to_the_parent(forking) -> None:
    parent = os.getpid()

    def fails_in_the_child(items):
        if os.getpid() != parent:
            raise RuntimeError("the child broke")
        return squares_with_pids(items)

    result = map_in_halves(fails_in_the_child, list(range(10)), [100_000] * 10)
    assert result == [(i * i, parent) for i in range(10)]


def test_the_child_opens_its_own_word_table_connection(forking) -> None:
    from tui.text.wordtables import word_tables

    tables = word_tables()
    tables.median_idf()  # the parent's connection is open

    def connection_ids(items):
        return [(id(tables._connect()), os.getpid()) for _ in items]

    result = map_in_halves(connection_ids, [0, 1], [parallel.MIN_CHARS] * 2)
    (parents, parent_pid), (childs, child_pid) = result
    assert parent_pid == os.getpid() != child_pid
    assert childs != parents


def test_the_split_is_at_the_middle_of_the_text() -> None:
    assert parallel._middle([1, 1, 1, 1]) == 2
    assert parallel._middle([10, 1, 1, 1]) == 1
    assert parallel._middle([1, 1, 1, 10]) == 4


def test_a_long_document_annotates_the_same_in_two_processes(forking, monkeypatch) -> None:
    document = parse(SEED.read_text(encoding="utf-8"), name="seed")
    in_one = annotate(document)  # the seed is too short to be split
    monkeypatch.setattr(parallel, "MIN_CHARS", 0)
    assert annotate(document) == in_one

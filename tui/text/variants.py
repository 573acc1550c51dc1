"""Traditional characters read as their simplified forms, one for one.

jieba's dictionary, the gazetteer and every word list of the annotator are written in
simplified characters: a page from Hong Kong or Taiwan (臺灣, 說, 總統) would lose half its
names. The annotator reads a text written in traditional characters in simplified ones
instead. The mapping is one character for one, so every offset in the simplified text is the
same in the original, and what the reader sees (names, quotes) is sliced from the original.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache, lru_cache
from importlib.resources import files


@cache
def _table() -> tuple[dict[int, str], re.Pattern[str]]:
    text = files("tui.text").joinpath("data", "traditional.tsv").read_text(encoding="utf-8")
    pairs = [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]
    table = {ord(traditional): simple for traditional, simple in pairs}
    # One look at a text tells whether it holds any: most texts are simplified throughout,
    # and a search over a character class is far quicker than translate() over Han text —
    # when the class holds no character past U+FFFF (354 rare ones), which made it 40 times
    # slower; they are still translated.
    common = "".join(re.escape(traditional) for traditional, _ in pairs if traditional <= "\uffff")
    anyone = re.compile(f"[{common}]")
    return table, anyone


# A text written in traditional characters has a third or more of them in traditional forms;
# a simplified one only strays (後 in an old edition of a novel, 吒 of 哪吒, 昇 in a name).
_TRADITIONAL_SHARE = 0.05  # of all its characters


def written_in_traditional(texts: Sequence[str]) -> bool:
    """Whether a text (all its parts together) is written in traditional characters."""
    total = sum(map(len, texts))
    if not total:
        return False
    _, anyone = _table()
    found = sum(len(anyone.findall(text)) for text in texts if not text.isascii())
    return found >= _TRADITIONAL_SHARE * total


def as_read(texts: list[str]) -> list[str]:
    """A document's texts as the annotator, the analyser and the search read them: in
    simplified characters when it is written in traditional ones, else `texts` itself (the
    same list, so a caller can tell by identity)."""
    reading = _reading(tuple(texts))
    return texts if reading is None else list(reading)


# The annotator, the analyser and every search of the explorer ask about the same document:
# it is read once (a tuple of a document's strings hashes quickly, their hashes are kept).
@lru_cache(maxsize=4)
def _reading(texts: tuple[str, ...]) -> tuple[str, ...] | None:
    return tuple(map(simplified, texts)) if written_in_traditional(texts) else None


def simplified(text: str) -> str:
    """`text` with each traditional character in its simplified form; the same length, so
    every offset holds. `text` itself when it holds none."""
    if text.isascii():
        return text
    table, anyone = _table()
    if anyone.search(text) is None:
        return text
    return text.translate(table)

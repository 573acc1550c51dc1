"""Sentence boundaries in Chinese text: 。！？…… (and the closing quotes after them) end one."""

from __future__ import annotations

import re
from dataclasses import dataclass

# An end is a run of 。！？ or ellipses, then any closing quotation marks: in “好。”他说 the
# sentence ends after ”. ASCII ! and ? count too (pages mix half-width punctuation in), but
# not inside a URL query such as ?id=3.
SENTENCE_END = re.compile(r"(?:[。！？]|[!?](?![A-Za-z0-9=&_])|…+)+[”’」』]*")


@dataclass(frozen=True)
class Sentence:
    start: int  # offset in the paragraph text
    end: int  # exclusive; text[start:end] is the sentence, verbatim
    ended: bool  # True when it closes with an end mark; False for a paragraph's unfinished tail


def split_sentences(text: str) -> list[Sentence]:
    """The sentences of one paragraph, in order, leading whitespace left out of each."""
    sentences: list[Sentence] = []
    start = 0
    for match in SENTENCE_END.finditer(text):
        start = _skip_space(text, start, match.start())
        if start == match.start() and sentences:  # "好。 ！": a bare mark closes the one before
            sentences[-1] = Sentence(sentences[-1].start, match.end(), True)
        else:
            sentences.append(Sentence(start, match.end(), True))
        start = match.end()
    tail = _skip_space(text, start, len(text))
    end = len(text.rstrip())
    if tail < end:
        sentences.append(Sentence(tail, end, False))
    return sentences


def _skip_space(text: str, start: int, stop: int) -> int:
    while start < stop and text[start].isspace():
        start += 1
    return start

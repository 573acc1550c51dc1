"""Key sentences: an extractive summary, TextRank over a bounded set of candidate sentences.

Every sentence of the body is scored once by the keyword weight it carries (linear in the
document); only the best hundred go into the sentence graph (quadratic, so bounded), so a
novel costs little more than an article to rank. The winners come back whole, verbatim
(less any list numbering in front), in document order.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from itertools import repeat

from tui.analyse.keywords import ContentWords
from tui.analyse.pagerank import pagerank
from tui.analyse.sentences import Sentence
from tui.model import Paragraph

_HAN_RUNS = re.compile(r"[\u4e00-\u9fff]+")
_OPENS_MID_SENTENCE = frozenset("”」』）)，,、；;：:")
# A sentence a reader could take out of context: long enough to say something, short
# enough to read at a glance.
MIN_HAN, MAX_HAN = 12, 160
MIN_WORDS = 3
MAX_CANDIDATES = 100
_MAX_OVERLAP = 0.5  # a sentence sharing more of its words with one already chosen adds nothing
_PAIRS = (("“", "”"), ("「", "」"), ("『", "』"), ("（", "）"), ("(", ")"), ("《", "》"))


_LEANS_BACK = re.compile(
    r"(对此|此外|另外|同样|因此|所以|但是|但|而且|而|不过|然而|其次|最后|与此同时|这|那|他|她|它|其|该|此)"
)
_LIST_MARKER = re.compile(
    r"(?:[•·▪◆●○□■※★☆\-\u2500-\u257f]|\d{1,2}[.、．)）](?!\d)|[（(][一二三四五六七八九十\d]{1,3}[)）]"
    r"|[一二三四五六七八九十]{1,3}、|第[一二三四五六七八九十百零\d]{1,5}[条款项](?=\s))\s*"
)
_FIRST_PERSON = re.compile(r"我|咱|你")
_QUOTED = re.compile(r"“[^”]*”|「[^」]*」")


@dataclass(frozen=True)
class Body:
    """What the summary is chosen from: each paragraph with its content words and sentences,
    and the keyword weights."""

    paragraphs: Sequence[Paragraph]
    words: Sequence[ContentWords]
    sentences: Sequence[Sequence[Sentence]]
    weights: Mapping[str, float]


@dataclass(frozen=True)
class Candidate:
    order: tuple[int, int]  # (paragraph, offset): to give the summary back in reading order
    text: str
    words: frozenset[str]
    score: float


def key_sentences(body: Body, count: int) -> tuple[str, ...]:
    """`count` key sentences of the body, or all its distinct sentences if it has fewer."""
    if count <= 0:
        return ()
    candidates = _candidates(body, strict=True)
    candidates.sort(key=lambda c: -c.score)
    candidates = candidates[:MAX_CANDIDATES]
    centrality = _textrank([c.words for c in candidates])
    top_centrality = max(centrality, default=0.0) or 1.0
    # Centrality says "this is what the text keeps coming back to", the keyword score says
    # "this says it densely"; both count.
    ranked = sorted(
        range(len(candidates)),
        key=lambda i: -(candidates[i].score * (0.5 + centrality[i] / top_centrality)),
    )
    chosen: list[Candidate] = []
    for i in ranked:
        candidate = candidates[i]
        if any(_overlap(candidate.words, c.words) > _MAX_OVERLAP for c in chosen):
            continue
        chosen.append(candidate)
        if len(chosen) == count:
            break
    if len(chosen) < count:
        # A body of short, quoted or repetitive sentences: fill up with the best of the rest,
        # so a reader who asked for N gets N whenever the body has N different sentences.
        taken = {c.text for c in chosen}
        rest = _candidates(body, strict=False)
        for candidate in sorted(rest, key=lambda c: (-c.score, c.order)):
            if candidate.text not in taken:
                chosen.append(candidate)
                taken.add(candidate.text)
                if len(chosen) == count:
                    break
    return tuple(c.text for c in sorted(chosen, key=lambda c: c.order))


def _candidates(body: Body, strict: bool) -> list[Candidate]:
    """Every ended sentence, scored; `strict`: only those fit to stand alone in a summary.

    A text with no sentence end at all (a page whose every 。 became a comma) has its
    paragraphs' tails taken as its sentences: a summary of them beats none."""
    found: list[Candidate] = []
    weights = body.weights
    tails = not any(s.ended for spans in body.sentences for s in spans)
    for paragraph, content, spans in zip(body.paragraphs, body.words, body.sentences, strict=True):
        for sentence in spans:
            # Cheap tests first: on a novel most sentences are too short to stand alone.
            if strict and sentence.end - sentence.start < MIN_HAN:
                continue
            if not (sentence.ended or (tails and _prose(paragraph.text, sentence))):
                continue
            start = sentence.start + _list_marker_length(paragraph.text, sentence.start)
            text = paragraph.text[start : sentence.end]
            if not any(ch.isalnum() for ch in text):  # "（一）。": nothing said
                continue
            if strict and not _stands_alone(text):
                continue
            first = bisect_left(content.offsets, start)
            last = bisect_left(content.offsets, sentence.end, first)
            own = frozenset(content.words[first:last])
            if strict and len(own) < MIN_WORDS:
                continue
            weight = sum(map(weights.get, own, repeat(0.0))) / math.sqrt(max(1, len(own)))
            # A news article says what matters first: its opening paragraphs weigh more.
            weight *= (1 + 0.8 / (1 + paragraph.index)) * _context_free(text)
            found.append(Candidate((paragraph.index, start), text, own, weight))
    return found


def _prose(text: str, sentence: Sentence) -> bool:
    """Whether an unfinished tail reads as prose (clauses, enough Han), not a menu line."""
    tail = text[sentence.start : sentence.end]
    han = len(tail) - len(_HAN_RUNS.sub("", tail))
    return han >= MIN_HAN and bool(_CLAUSE_MARK.search(tail))


_CLAUSE_MARK = re.compile(r"[，,；;]")


def _list_marker_length(text: str, start: int) -> int:
    """How long the numbering or bullet opening a sentence is ("1. ", "（二）", "第三条　", "• "):
    the key sentence is given without it."""
    marker = _LIST_MARKER.match(text, start)
    return marker.end() - start if marker else 0


def _stands_alone(text: str) -> bool:
    if text[0] in _OPENS_MID_SENTENCE:
        return False
    han = len(text) - len(_HAN_RUNS.sub("", text))  # Han characters, without a list of them
    if not MIN_HAN <= han <= MAX_HAN:
        return False
    # Half a quotation ("“…。" whose ” comes a sentence later) reads as a fragment.
    return all(text.count(opening) == text.count(closing) for opening, closing in _PAIRS)


def _context_free(text: str) -> float:
    """1.0 for a sentence that reads well alone, less for one that leans on its neighbours."""
    factor = 1.0
    if _LEANS_BACK.match(text):  # 对此,… 此外,… 他…: refers to what came before
        factor *= 0.6
    if _FIRST_PERSON.search(_QUOTED.sub("", text)):  # 我们 in reported speech: not the author
        factor *= 0.7
    if text.rstrip("”’」』").endswith(("？", "?")):
        factor *= 0.7
    return factor


def _textrank(word_sets: Sequence[frozenset[str]]) -> list[float]:
    """Centrality of each sentence in the graph of shared words (Mihalcea & Tarau's weights)."""
    import numpy as np  # as tui.analyse.pagerank: only when a graph is ranked

    logs = [math.log(len(s) + 1) for s in word_sets]
    neighbours: list[list[int]] = [[] for _ in word_sets]
    weights: list[list[float]] = [[] for _ in word_sets]
    for i, a in enumerate(word_sets):
        for j in range(i + 1, len(word_sets)):
            common = len(a & word_sets[j])
            if common:
                weight = common / (logs[i] + logs[j])
                neighbours[i].append(j)
                weights[i].append(weight)
                neighbours[j].append(i)
                weights[j].append(weight)
    score = [0.15] * len(word_sets)  # alone: PageRank's floor
    linked = [k for k, others in enumerate(neighbours) if others]
    if linked:
        renumbered = {k: n for n, k in enumerate(linked)}  # a sentence sharing nothing is out
        ranked = pagerank(
            np.array([renumbered[m] for k in linked for m in neighbours[k]], dtype=np.intp),
            np.array([w for k in linked for w in weights[k]], dtype=np.float64),
            np.array([len(neighbours[k]) for k in linked], dtype=np.intp),
        )
        for k, value in zip(linked, ranked.tolist(), strict=True):
            score[k] = value
    return score


def _overlap(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / min(len(a), len(b)) if a and b else 0.0

"""Keywords of a document: TF-IDF (jieba's IDF table) and TextRank over the same tokens, merged.

Works on tokens already tagged by `tui.text.segment`, so nothing is segmented twice: jieba.analyse
would re-segment the whole text, which on a novel costs more than everything else together.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from itertools import accumulate, chain, compress, repeat
from operator import itemgetter
from typing import TYPE_CHECKING

from tui.analyse.pagerank import pagerank
from tui.text.wordtables import word_tables

if TYPE_CHECKING:
    import numpy as np
    from numpy.typing import NDArray

Tagged = Sequence[tuple[str, str]]  # (word, jieba POS tag) pairs of one paragraph
Name = tuple[int, int, str]  # a named thing in a paragraph: start, end, the name it goes by

# Content words only: nouns (n, nr, ns, nt, nz …), verbs (v, vn …), adjectives (a, an),
# distinguishing words (b: 大型), abbreviations (j: 人大), idioms and set phrases (i, l),
# Latin words (eng). Pronouns, numerals, measure words, times, particles, adverbs are out.
_CONTENT_POS = ("n", "v", "a", "b", "j", "i", "l", "eng")
_NOT_CONTENT_POS = frozenset({"ad", "vg", "ag", "ng"})  # adverbial / bound morphemes
_WORD = re.compile(r"[\u4e00-\u9fffA-Za-z]")
_NUMBER = re.compile(
    r"[\d０-９.,%．，％]+|[零〇一二两三四五六七八九十百千万亿第几多余]+[年月日号天个次倍]?"
)
# Words jieba tags as content but that say nothing about any subject: reporting verbs and
# the like, missing from the general stopword list. Kept short on purpose.
_EXTRA_STOPWORDS_TEXT = (
    "认为 表示 指出 介绍 称 说 说道 告诉 提出 进行 实现 需要 没有 可能 已经 成为 发现 知道 "
    "觉得 希望 看到 问题 方面 情况 时候 地方 东西 事情 记者 有关 相关 通过 作为 来说 目前 "
    "今年 去年 明年 近日 日前 以来 之后 之前 开展 推动 加强 提供 具有 存在 包括 一起 不能 "
    "这是 只见 便是 不得 如何 怎么 甚么 什么 这里 那里 只得 应当 应该 能够 必须 进一步"
)

TOP_KEYWORDS = 12
_WINDOW = 5  # TextRank links words at most this many content words apart (as jieba does)
_MAX_GRAPH_NODES = 250  # TextRank runs on the most weighty words only: bounded on a novel
_DROPPED, _GAP = -1, -2  # in TextRank's stream of word numbers: a word left out, a paragraph end


@dataclass(frozen=True)
class KeywordRanking:
    keywords: tuple[str, ...]  # best first
    weights: dict[str, float]  # every content word -> TF-IDF weight, the best word at 1.0


@cache
def stopwords() -> frozenset[str]:
    import stopwordsiso

    return frozenset(stopwordsiso.stopwords("zh")) | frozenset(_EXTRA_STOPWORDS_TEXT.split())


def idf_weights(words: Iterable[str]) -> tuple[dict[str, float], float]:
    """jieba's IDF of each of `words` it knows (word -> IDF), and its median IDF, which
    jieba's TF-IDF gives a word the table lacks. Looked up in an index, not read whole: the
    table has 270k words and a document asks about a few hundred."""
    tables = word_tables()
    return tables.idf(words), tables.median_idf()


def is_keyword_candidate(word: str, pos: str) -> bool:
    """A word that may stand as a keyword: a content word of 2+ characters, not a number."""
    return (
        len(word) >= 2
        and pos.startswith(_CONTENT_POS)
        and pos not in _NOT_CONTENT_POS
        and _WORD.search(word) is not None
        and not _NUMBER.fullmatch(word)
        and word not in stopwords()
    )


@dataclass(frozen=True)
class ContentWords:
    """The content words of one paragraph, in order, with where each starts in its text."""

    words: list[str]
    offsets: list[int]


def content_words(
    paragraphs: Iterable[Tagged], names: Sequence[Sequence[Name]] = ()
) -> list[ContentWords]:
    """Per paragraph, its content words; where `names` (per paragraph, in order) cover a
    stretch of text, that stretch counts as the one word it names: 粤港澳大湾区, not 大湾."""
    verdicts = _VERDICTS
    result = []
    # map/compress rather than loops: this runs over every token of a novel.
    for n, tagged in enumerate(paragraphs):
        keep = list(map(verdicts.__getitem__, tagged))
        words = list(map(_first, tagged))
        starts = accumulate(map(len, words), initial=0)
        content = ContentWords(list(compress(words, keep)), list(compress(starts, keep)))
        if n < len(names) and names[n]:
            content = _with_names(content, names[n], verdicts)
        result.append(content)
    return result


def _with_names(content: ContentWords, names: Sequence[Name], verdicts: _Verdicts) -> ContentWords:
    words, starts = content.words, content.offsets
    merged_words: list[str] = []
    merged_starts: list[int] = []
    taken = 0  # content words before this index are already in the merged lists
    for start, end, name in names:
        first = bisect_left(starts, start, taken)
        merged_words += words[taken:first]
        merged_starts += starts[taken:first]
        taken = max(first, bisect_left(starts, end, first))
        if verdicts[name, "n"]:
            merged_words.append(name)
            merged_starts.append(start)
    merged_words += words[taken:]
    merged_starts += starts[taken:]
    return ContentWords(merged_words, merged_starts)


class _Verdicts(dict[tuple[str, str], bool]):
    """(word, tag) -> may it be a keyword, judged once in a process: a document repeats its
    words, and every document of a corpus asks about the same common ones. A word judged
    before costs one look-up in C, no call. Bounded: past its size the table starts again."""

    def __missing__(self, token: tuple[str, str]) -> bool:
        if len(self) >= _VERDICTS_MOST:
            self.clear()
        verdict = self[token] = is_keyword_candidate(*token)
        return verdict


_VERDICTS_MOST = 1 << 16  # as many as the lru_cache it replaced kept
_VERDICTS = _Verdicts()


_first = itemgetter(0)


def rank_keywords(paragraphs: Iterable[Sequence[str]], top: int = TOP_KEYWORDS) -> KeywordRanking:
    """Rank the content words of a document (one word list per paragraph)."""
    paragraphs = [p for p in paragraphs if p]
    counts = Counter(chain.from_iterable(paragraphs))
    if not counts:
        return KeywordRanking((), {})
    table, median = idf_weights(counts)
    tfidf = {word: n * table.get(word, median) for word, n in counts.items()}
    tfidf = _normalised(tfidf)
    nodes = set(sorted(tfidf, key=tfidf.__getitem__, reverse=True)[:_MAX_GRAPH_NODES])
    textrank = _normalised(_textrank(paragraphs, nodes))
    # Both rankings on one scale (best = 1), then averaged: TF-IDF favours rare words,
    # TextRank well-connected ones; a word both rate highly is the document's subject.
    merged = {word: (tfidf[word] + textrank.get(word, 0.0)) / 2 for word in nodes}
    best: list[str] = []
    for word in sorted(merged, key=lambda w: (-merged[w], w)):
        # 监察 after 监察机关 says nothing new; 监察机关 after 监察 does.
        if not any(word in better for better in best):
            best.append(word)
            if len(best) == top:
                break
    return KeywordRanking(tuple(best), tfidf)


def _textrank(paragraphs: Sequence[Sequence[str]], nodes: set[str]) -> dict[str, float]:
    import numpy as np  # as tui.analyse.pagerank: only when a graph is ranked

    # One stream of the graph's words, as numbers (the rest dropped, as TextRank drops all
    # but its syntactic filter), paragraphs kept apart by a gap so no edge crosses them.
    vocabulary = sorted(nodes)
    number = {word: n for n, word in enumerate(vocabulary)}
    size = len(vocabulary)
    gap = [_GAP] * _WINDOW
    coded = np.fromiter(
        chain.from_iterable(
            chain(map(number.get, words, repeat(_DROPPED)), gap) for words in paragraphs
        ),
        dtype=np.intp,
    )
    stream = coded[coded != _DROPPED]
    # Co-occurrences within the window, each pair as one number (a × size + b), both ways
    # round (the graph is undirected); sorted and counted, they are the edges row by row —
    # node after node, as PageRank takes them — with their weights.
    pairs: list[NDArray[np.intp]] = []
    for distance in range(1, _WINDOW):
        a, b = stream[:-distance], stream[distance:]
        linked = (a >= 0) & (b >= 0) & (a != b)
        a, b = a[linked], b[linked]
        pairs += [a * size + b, b * size + a]
    codes, weights = np.unique(np.concatenate(pairs), return_counts=True)
    if not len(codes):
        return {}
    rows, columns = np.divmod(codes, size)
    degrees = np.bincount(rows, minlength=size)
    linked_nodes = np.flatnonzero(degrees)
    renumbered = np.cumsum(degrees > 0) - 1  # nodes with no edge are left out of the graph
    scores = pagerank(renumbered[columns], weights, degrees[linked_nodes])
    ranked = zip(linked_nodes.tolist(), scores.tolist(), strict=True)
    return {vocabulary[k]: score for k, score in ranked}


def _normalised(scores: dict[str, float]) -> dict[str, float]:
    top = max(scores.values(), default=0.0)
    return {k: v / top for k, v in scores.items()} if top > 0 else dict(scores)

"""analyse: Document + Annotations -> Insight (figures, keywords, key sentences, speakers)."""

from __future__ import annotations

import os
import re
from collections import Counter, defaultdict
from collections.abc import Sequence

from tui.analyse.groups import entity_groups, speaker_groups
from tui.analyse.keywords import ContentWords, Name, content_words, rank_keywords
from tui.analyse.sentences import Sentence, split_sentences
from tui.analyse.summarise import Body, key_sentences
from tui.machinery.collector import collector_paused
from tui.model import (
    ENTITY_KINDS,
    Annotations,
    Document,
    EntityKind,
    Insight,
    SectionInsight,
    Stats,
)
from tui.text import segment
from tui.text.variants import as_read, simplified

# numpy serves the TextRanks for its array loops, never for BLAS: one BLAS thread, not one per
# core, reserves 40 MB less address space in every process that ranks (--max-memory caps
# address space) and starts no idle threads in every corpus worker. A user's setting stands.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

# Reading speed for Chinese prose (the README states it): a steady adult reader's pace.
HAN_PER_MINUTE = 400
_HAN_RUN = re.compile(r"[\u4e00-\u9fff]+")


def analyse(document: Document, annotations: Annotations, sentences: int = 3) -> Insight:
    with collector_paused():
        paragraphs = document.paragraphs
        written = [p.text for p in paragraphs]
        # A page in traditional characters is read in simplified ones, as the annotator reads
        # it (the same offsets); its keywords are given back as the page writes them.
        texts = as_read(written)
        tagged = [segment.tag(text) for text in texts]
        splits = [split_sentences(text) for text in texts]
        words = content_words(tagged, _names_by_paragraph(annotations, len(paragraphs)))
        ranking = rank_keywords(content.words for content in words)
        keywords = _as_written(ranking.keywords, written, words) if texts is not written else None
        speakers, unattributed = speaker_groups(annotations)
        return Insight(
            stats=document_stats(document, splits),
            sections=section_insights(document, annotations),
            entities=entity_groups(document, annotations),
            keywords=keywords or ranking.keywords,
            summary=key_sentences(Body(paragraphs, words, splits, ranking.weights), sentences),
            speakers=speakers,
            unattributed=unattributed,
        )


def _as_written(
    keywords: Sequence[str], written: Sequence[str], words: Sequence[ContentWords]
) -> tuple[str, ...]:
    """Keywords read in simplified characters, as the page first writes them."""
    wanted = set(keywords)
    first: dict[str, str] = {}
    for text, content in zip(written, words, strict=True):
        for word, at in zip(content.words, content.offsets, strict=True):
            if word in wanted and word not in first:
                there = text[at : at + len(word)]
                # a name stands as its full name at an alias's mention (柯 for 柯文哲): not there
                if there == word or simplified(there) == word:
                    first[word] = there
    return tuple(first.get(word, word) for word in keywords)


# Names that may stand as keywords; dates, figures and 《titles》 are not what a text is about.
_KEYWORD_KINDS = frozenset({"person", "org", "place"})


def _names_by_paragraph(annotations: Annotations, paragraphs: int) -> list[list[Name]]:
    names: list[list[Name]] = [[] for _ in range(paragraphs)]
    for e in annotations.entities:  # sorted by (paragraph, start), as the model promises
        if e.kind in _KEYWORD_KINDS and 0 <= e.paragraph < paragraphs:
            names[e.paragraph].append((e.start, e.end, e.name))
    return names


def document_stats(document: Document, splits: Sequence[Sequence[Sentence]]) -> Stats:
    """Figures of the body (paragraph text; headings, metadata and page chrome left out)."""
    paragraphs = document.paragraphs
    han = sum(len(run) for p in paragraphs for run in _HAN_RUN.findall(p.text))
    return Stats(
        chars=sum(len(p.text) for p in paragraphs),
        han_chars=han,
        paragraphs=len(paragraphs),
        sentences=_sentence_count(splits),
        sections=len(document.sections),
        reading_minutes=round(han / HAN_PER_MINUTE, 1),
    )


def _sentence_count(splits: Sequence[Sequence[Sentence]]) -> int:
    """Sentences closed by an end mark; in a text with none (a page whose every 。 became a
    comma), its paragraphs' tails, as the key sentences take them too."""
    ended = sum(1 for spans in splits for s in spans if s.ended)
    return ended or sum(1 for spans in splits for s in spans)


def section_insights(document: Document, annotations: Annotations) -> tuple[SectionInsight, ...]:
    paragraphs = document.paragraphs
    mentions: dict[int, Counter[EntityKind]] = defaultdict(Counter)
    for entity in annotations.entities:
        if 0 <= entity.paragraph < len(paragraphs):
            mentions[paragraphs[entity.paragraph].section][entity.kind] += 1
    for mention in annotations.headings:  # a section's heading is the section's too
        mentions[mention.section][mention.kind] += 1
    return tuple(
        SectionInsight(
            index=s.index,
            title=s.title,
            subtitle=s.subtitle,
            paragraphs=len(s.paragraphs),
            chars=s.chars,
            mentions={kind: mentions[s.index][kind] for kind in ENTITY_KINDS},
        )
        for s in document.sections
    )

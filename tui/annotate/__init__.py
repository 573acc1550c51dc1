"""annotate: Document -> Annotations (entity spans of six kinds, speech quotes with speakers)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from typing import TypeVar, cast

from tui.annotate import gazetteer as gz
from tui.annotate.entities import closes_a_word, find_names
from tui.annotate.measures import find_measures
from tui.annotate.people import HONORIFICS, PSEUDONYM_NOTE, personal_after, role_before
from tui.annotate.places import ZONE_WORDS
from tui.annotate.quotes import SpeakerMemory, find_quotes
from tui.annotate.tags import (
    FAMILIAR_PREFIXES,
    GLUED_VERBS,
    LIST_JOINERS,
    OPENS_A_QUOTE,
    Span,
    address_at,
    cue_at,
    fills_title_marks,
    title_before,
)
from tui.annotate.tags import lexicon as _lexicon
from tui.machinery.collector import collector_paused
from tui.machinery.parallel import map_in_halves
from tui.model import (
    ENTITY_KINDS,
    Annotations,
    Document,
    Entity,
    EntityKind,
    HeadingMention,
    HeadingPart,
    Paragraph,
    Quote,
)
from tui.text import surnames as family_names
from tui.text.segment import tag, word_frequency
from tui.text.variants import as_read

_NAME_KINDS = ("person", "org", "place")
_ALIASED_KINDS = ("person", "org", "place", "title")
_COMPANY_FORMS = ("", "公司", "有限公司", "股份有限公司", "有限责任公司", "集团公司", "集团")
# The endings of a company's name, which may take words between it and the name (华星企业集团).
_COMPANY_ENDINGS = frozenset({"股份有限公司", "有限公司", "公司", "集团"})
# Organisation name endings an alias keeps (华星集团 for 深圳华星企业集团股份有限公司).
_ORG_ENDINGS = (
    "股份有限公司",
    "有限公司",
    "公司",
    "集团",
    "大学",
    "研究院",
    "学院",
    "中心",
    "协会",
    "银行",
    "医院",
)


def annotate_text(text: str, paragraph: int = 0) -> tuple[Entity, ...]:
    """Entities of one stand-alone piece of text (used by `tui entities --plain`)."""
    read = as_read([text])[0]
    spans = _spans(read)
    if lone := _lone_guesses([read], [spans]):
        spans = [s for s in spans if s[2] != "person" or read[s[0] : s[1]] not in lone]
    entities = _entities(read, paragraph, _resolve(spans))
    if read is not text:
        entities, _, _ = _as_written({paragraph: text}, {paragraph: read}, entities, [], [])
    return tuple(entities)


def annotate(document: Document) -> Annotations:
    """Entities of every body paragraph (sorted by paragraph, start) and of the section headings,
    and the speech quotes."""
    with collector_paused():
        return _annotate(document)


def _annotate(document: Document) -> Annotations:
    # The headings are read with the body, in the order a reader meets them (a heading before
    # its section's paragraphs): a name in one is settled, linked and counted as in the body.
    pieces = _pieces(document)
    written = [text for _, text in pieces]
    # A page in traditional characters is read in simplified ones, which the tagger and the
    # word lists know (the offsets are the same); what a reader is shown is the page's own.
    texts = as_read(written)
    # Each piece's names alone: the one pass worth splitting over two processes (a novel).
    found = map_in_halves(_names_and_figures, texts, [len(text) for text in texts])
    found = _settle_people(texts, found)
    declared = _declared_aliases(texts, found)
    given = _given_names(texts, found) | _heads_of_names(texts, found)
    known = {alias: kind for alias, (_, kind) in declared.items()}
    known.update((name, "person") for name in given)
    zones = _zone_names(texts, found)
    known.update((name, "place") for name in zones)
    long_orgs = _long_organisations(texts, found)
    found = _consistent(
        texts, found, known, _whole_word, frozenset(declared) | long_orgs, frozenset(zones)
    )
    found = _unglued(texts, found)
    aliases = _aliases(texts, found)
    later = (
        _short_place_aliases(texts, found)
        | given
        | {alias: full for alias, (full, _) in declared.items()}
    )
    # A surname stands for a person only (蒙 of 蒙员外 is Mongolia where it is a place).
    names = Names(
        people=_titled_surnames(texts, found) | aliases | _surname_aliases(texts, found) | later,
        others=aliases | later,
        regions=_regions(texts, found),
    )
    entities: list[Entity] = []
    headings: list[HeadingMention] = []
    quotes = []
    memory = SpeakerMemory(nouns=_determined_words(texts, found))
    for (where, _), text, spans in zip(pieces, texts, found, strict=True):
        if isinstance(where, Paragraph):
            own = _entities(text, where.index, _resolve(spans), names)
            entities.extend(own)
            quotes.extend(find_quotes(text, where.index, own, memory))
        else:
            section, part = where
            headings.extend(
                HeadingMention(
                    _kind(kind), s, e, text[s:e], section, part, names.of(text[s:e], kind)
                )
                for s, e, kind in _resolve(spans)
            )
    if texts is not written:
        entities, quotes, headings = _as_written(
            {_key(where): text for where, text in pieces},
            {_key(where): text for (where, _), text in zip(pieces, texts, strict=True)},
            entities,
            quotes,
            headings,
        )
    return Annotations(entities=tuple(entities), quotes=tuple(quotes), headings=tuple(headings))


# Where a text of the article stands: a paragraph, or a section's title or subtitle.
Where = Paragraph | tuple[int, HeadingPart]
Piece = tuple[Where, str]
Key = int | tuple[int, HeadingPart]  # a paragraph's index, or (section, title or subtitle)
M = TypeVar("M", Entity, HeadingMention)


def _pieces(document: Document) -> list[Piece]:
    """Every text of the article a reader sees, in order, with where it stands: each section's
    title and subtitle, then its paragraphs."""
    pieces: list[Piece] = []
    for section in document.sections:
        if section.title:
            pieces.append(((section.index, "title"), section.title))
        if section.subtitle:
            pieces.append(((section.index, "subtitle"), section.subtitle))
        pieces.extend((paragraph, paragraph.text) for paragraph in section.paragraphs)
    return pieces


def _key(where: Where) -> Key:
    return where.index if isinstance(where, Paragraph) else where


def _as_written(
    written: dict[Key, str],
    read: dict[Key, str],
    entities: list[Entity],
    quotes: list[Quote],
    headings: Sequence[HeadingMention],
) -> tuple[list[Entity], list[Quote], list[HeadingMention]]:
    """What was found in the simplified reading of a traditional text, in the text's own
    characters: each mention and speech as it stands there, a full name or a speaker as the
    text first writes it."""
    first: dict[str, str] = {}  # a name in simplified characters -> as first written

    def own(mention: M, key: Key) -> M:
        text = written[key][mention.start : mention.end]
        first.setdefault(mention.text, text)
        return replace(mention, text=text)

    def linked(mention: M) -> M:
        canonical = mention.canonical
        return replace(mention, canonical=first.get(canonical, canonical)) if canonical else mention

    mentions = [own(e, e.paragraph) for e in entities]
    titled = [own(m, (m.section, m.part)) for m in headings]
    mentions, titled = [linked(e) for e in mentions], [linked(m) for m in titled]
    speeches = []
    for quote in quotes:
        at = read[quote.paragraph].find(quote.text, quote.start)
        said = written[quote.paragraph][at : at + len(quote.text)] if at >= 0 else quote.text
        speaker = first.get(quote.speaker, quote.speaker) if quote.speaker else quote.speaker
        speeches.append(replace(quote, text=said, speaker=speaker))
    return mentions, speeches, titled


def _names_and_figures(texts: Sequence[str]) -> list[list[Span]]:
    return [_spans(text) for text in texts]


def _spans(text: str) -> list[Span]:
    """Names and measures of one text, from one tagging of it."""
    tokens = tag(text)
    return find_names(text, tokens) + find_measures(text, tokens)


@dataclass(frozen=True, slots=True)
class Names:
    """The full name each short mention in a document stands for, by the mention's kind."""

    people: dict[str, str]
    others: dict[str, str]
    regions: dict[str, str] = field(default_factory=dict)  # places only, when nothing else

    def of(self, mention: str, kind: str) -> str:
        if kind == "person":
            return self.people.get(mention, "")
        found = self.others.get(mention, "")
        return found or (self.regions.get(mention, "") if kind == "place" else "")


def _entities(
    text: str, paragraph: int, spans: Iterable[Span], names: Names | None = None
) -> list[Entity]:
    out = []
    for start, end, kind in spans:
        name = text[start:end]
        canonical = names.of(name, kind) if names else ""
        out.append(Entity(_kind(kind), start, end, name, paragraph, canonical))
    return out


def _kind(kind: str) -> EntityKind:
    if kind not in ENTITY_KINDS:
        raise ValueError(f"not an entity kind: {kind}")
    return cast(EntityKind, kind)


def _resolve(spans: list[Span]) -> list[Span]:
    """Sorted spans where no two cross; a title may hold names (《李白》), nothing else nests.
    A figure whose unit opens a name that goes on past it gives way to the name (第一人 |
    人民医院: the hospital; not to a one-character tail, as 6部 | 大 of 部大)."""
    names = [(s, e) for s, e, kind in spans if kind in _NAME_KINDS]
    spans = sorted(
        {
            span
            for span in spans
            if span[2] != "number" or not any(span[0] < s < span[1] < e - 1 for s, e in names)
        },
        key=lambda s: (s[0], -(s[1] - s[0]), s[2]),
    )
    kept: list[Span] = []
    last_end = 0  # end of the last kept span other than a title
    for span in spans:
        start, end, kind = span
        if kind == "title":
            kept.append(span)
        elif start >= last_end:
            kept.append(span)
            last_end = end
    # A title crossing a name (not holding it) cannot be shown: drop the title.
    names = [s for s in kept if s[2] != "title"]
    return [
        s
        for s in kept
        if s[2] != "title"
        or not any(
            n[0] < s[1] and s[0] < n[1] and not (s[0] <= n[0] and n[1] <= s[1]) for n in names
        )
    ]


def _consistent(
    texts: list[str],
    found: list[list[Span]],
    declared: dict[str, str],
    whole_word: Callable[[str, int, int], bool],
    overriding: frozenset[str] = frozenset(),
    unchecked: frozenset[str] = frozenset(),
) -> list[list[Span]]:
    """A name recognised once is recognised at every other mention in the document, and so
    is a short name the text declares (以下简称…) or a given name standing for a full one (a
    mention of those only where it is a word of its own: 智深道, not 爱国勇士 for 国勇).
    A declared short name (`overriding`) wins over the shorter names found inside it."""
    known: dict[str, str] = dict(declared)
    checked = frozenset(declared) - overriding - unchecked
    for text, spans in zip(texts, found, strict=True):
        for start, end, kind in spans:
            if kind in _NAME_KINDS and end - start >= 2:
                known.setdefault(text[start:end], kind)
    if not known:
        return found
    find = _longest_mentions(known)
    result = []
    for text, spans in zip(texts, found, strict=True):
        covered = bytearray(len(text))
        titled = bytearray(len(text))  # a name may stand in a title (《邓小平文选》) as a word
        # inside[p]: some span holds p and the character before it, so a span holding a
        # mention whole has none at the mention's edges (a lookup, not a scan of the spans)
        inside = bytearray(len(text) + 1) if overriding else bytearray()
        for start, end, kind in spans:
            (titled if kind == "title" else covered)[start:end] = b"\x01" * (end - start)
            if overriding:
                inside[start + 1 : end] = b"\x01" * (end - start - 1)
        extra = [
            (start, end, known[text[start:end]])
            for start, end in find(text)
            if (
                covered.find(1, start, end) < 0
                or text[start:end] in overriding
                and not inside[start]
                and not inside[end]
            )
            and (text[start:end] not in checked or whole_word(text, start, end))
            # 《满江红》 is no mention of 满江, nor 《叶问》 (the film) of the man
            and (titled.find(1, start, end) < 0 or _in_title(text, start, end, whole_word))
        ]
        result.append(spans + [_with_company_tail(text, span, covered) for span in extra])
    return result


# A company's legal form after a body found elsewhere in the document (小米 … 小米集团).
_COMPANY_TAIL = re.compile("集团|公司")


def _with_company_tail(text: str, span: Span, covered: bytearray) -> Span:
    """小米集团 where 小米 is a body the document names: the company by its fuller name."""
    start, end, kind = span
    tail = _COMPANY_TAIL.match(text, end) if kind == "org" else None
    if tail and covered.find(1, end, tail.end()) < 0:
        return (start, tail.end(), kind)
    return span


def _in_title(text: str, start: int, end: int, whole_word: Callable[[str, int, int], bool]) -> bool:
    """Whether a name stands inside a title as a mention: a word of it, not the whole title."""
    return not fills_title_marks(text, start, end) and whole_word(text, start, end)


def _longest_mentions(words: Iterable[str]) -> Callable[[str], list[tuple[int, int]]]:
    """A finder of the mentions of `words` in a text: leftmost, longest first, not overlapping.

    Only where a word's first character stands are the lengths of the words that start with
    it tried, longest first: twice as fast on a novel as one regular expression of them all.
    Those places are found by str.find, in C, where the words open with few characters for
    the text's length (an article's names); else by a walk over the text (a novel's)."""
    known = frozenset(words)
    by_first: dict[str, set[int]] = {}
    for word in known:
        by_first.setdefault(word[0], set()).add(len(word))
    lengths = {first: sorted(sizes, reverse=True) for first, sizes in by_first.items()}

    def find(text: str) -> list[tuple[int, int]]:
        mentions = []
        size = len(text)
        if len(lengths) * _FIND_EACH_FIRST < size:
            places = sorted(at for first in lengths for at in _places(text, first))
        else:
            places = range(size)
        end = 0
        for at in places:
            if at < end:
                continue  # inside the mention before
            for length in lengths.get(text[at], ()):
                if at + length <= size and text[at : at + length] in known:
                    mentions.append((at, at + length))
                    end = at + length
                    break
        return mentions

    return find


# A text longer than this many characters per first character is searched by str.find.
_FIND_EACH_FIRST = 8


def _places(text: str, character: str) -> Iterator[int]:
    at = text.find(character)
    while at >= 0:
        yield at
        at = text.find(character, at + 1)


# Characters before a word that make it a common noun, never a name: 众庄客, 那庄客, 两个公人.
_DETERMINERS = frozenset("那这众每各该此")
# … or that adverbs and pronouns go before, as before a verb (便施礼, 与他施礼)
_BEFORE_VERBS = frozenset("他她我你便就又也都忙再先却")
_COUNTED = re.compile("[一两二三四五六七八九十几数][个位名]$")
# A name jieba glued to the next word (林冲告, 晁盖听) settles to its first two characters when
# the document names that person alone as well.
_GLUED_SHARE = 2  # … or when that many different glued forms share the two characters
_OFTEN, _MORE_OFTEN = 5, 3  # a name alone this often, and this many times more than glued
_DEMONSTRATIVES = frozenset("那这")
_GIVEN_NAME_FREQUENCY = 30  # a given name jieba's dictionary knows better is a word (建国)
_NAMED_OFTEN = 3  # a full name named this often may be called by its given name
_HAN = re.compile("[\u4e00-\u9fff]")
_WORD_WINDOW = 6  # characters either side re-tagged to see whether a mention is a word


def _family_name_at(name: str) -> int:
    """Where a name of two holds its family name: after 阿, 小 or 老 (阿袁, 小陈), else first."""
    return 1 if name[0] in FAMILIAR_PREFIXES and family_names.is_common(name[1]) else 0


def _lone_guesses(texts: list[str], found: list[list[Span]]) -> set[str]:
    """封城, 练琴, 普惠: a two-character word jieba guessed to be a name, once in the whole
    text, opening with a rare family name, with no title or speech verb beside it and no other
    person listed beside it, is rather a word newer than the dictionary (a person's name comes
    back, or comes with a title)."""
    seen: Counter[str] | None = None  # made at the first candidate: most texts have none
    alone: set[str] = set()
    for text, spans in zip(texts, found, strict=True):
        for start, end, kind in spans:
            if end - start == 2 and kind == "person":
                if seen is None:
                    seen = Counter()
                name = text[start:end]
                seen[name] += 1
                if seen[name] == 1 and not family_names.is_common(name[_family_name_at(name)]):
                    alone.add(name)
    if seen is None or not alone:
        return alone
    alone = {name for name in alone if seen[name] == 1 and not word_frequency(name)}
    for text, spans in zip(texts, found, strict=True):
        for start, end, kind in spans:
            name = text[start:end]
            if kind == "person" and name in alone and _beside_a_cue(text, start, end, spans):
                alone.discard(name)
    return alone


_PSEUDONYM_NOTES = ("（" + PSEUDONYM_NOTE, "(" + PSEUDONYM_NOTE)


def _beside_a_cue(text: str, start: int, end: int, spans: list[Span]) -> bool:
    listed = text[start - 1 : start] in LIST_JOINERS or text[end : end + 1] in LIST_JOINERS
    return (
        cue_at(text, end)
        or title_before(text, start)
        or role_before(text, start)
        or personal_after(text, end)
        or text.startswith(_PSEUDONYM_NOTES, end)  # 小丽（化名）: a made-up name, a person's
        # 李静、吉杰、大左: listed beside another person
        or listed
        and any(k == "person" and (e == start - 1 or s == end + 1) for s, e, k in spans)
    )


def _settle_people(texts: list[str], found: list[list[Span]]) -> list[list[Span]]:
    """Document-wide checks of the people found paragraph by paragraph: a word that takes a
    determiner or a count (那庄客, 两个公人), a dictionary word that mostly comes right after a
    name (高俅施礼, 史进施礼), or a lone guess (_lone_guesses: 封城) is no name; a name with a
    verb glued to it (林冲告道) is the name without it."""
    surnames = gz.surnames()
    mentions: Counter[str] = Counter()
    determined: Counter[str] = Counter()
    # 高俅施礼, 忙施礼: a word right after a name or an adverb is the verb it does
    after_a_name: Counter[str] = Counter()
    bodies: Counter[str] = Counter()
    quoting: Counter[str] = Counter()  # 谢道：“…”: a verb and the 道 of older prose
    across: Counter[str] = Counter()  # (引军 → 军马) 马出城: a word closed across the name
    for text, spans in zip(texts, found, strict=True):
        person_ends = {end for _, end, kind in spans if kind == "person"}
        for start, end, kind in spans:
            if kind == "org":
                bodies[text[start:end]] += 1
            elif kind == "person":
                name = text[start:end]
                mentions[name] += 1
                if start in person_ends or start and text[start - 1] in _BEFORE_VERBS:
                    after_a_name[name] += 1
                if end - start == 2 and name[1] == "道" and OPENS_A_QUOTE.match(text, end):
                    quoting[name] += 1
                # (not after a title, whose last character may make a word with the surname:
                # 主任 何平, 任何)
                if start and closes_a_word(text[start - 1], name) and not title_before(text, start):
                    across[name] += 1
                if (
                    start
                    and (
                        text[start - 1] in _DETERMINERS
                        or _COUNTED.search(text, max(0, start - 2), start)
                    )
                    # 这洪太尉, 那洪教头: a surname and a title older prose points at
                    and not (end - start == 1 and address_at(text, end))
                ):
                    determined[name] += 1
    common = {
        n
        for n, k in determined.items()
        if k >= 2
        and k * 10 >= mentions[n]
        # 那张都监, 这张团练: three characters after a common surname are someone older prose
        # points at, no noun (那庄客, 众公人: two); after a rarer one unless pointed at mostly
        # (这殷天锡 but 此计大妙, "this plan is fine"); so are a surname and 婆 or 公 (这阎婆)
        and not (
            len(n) >= 3
            and (family_names.is_common(n[0]) or n[0] in surnames and k * 2 < mentions[n])
            or len(n) == 2
            and n[0] in surnames
            and n[1] in _OLD_PERSON_AFTER_A_SURNAME
        )
    }
    common.update(_lone_guesses(texts, found))
    common.update(
        n
        for n, k in after_a_name.items()
        if k >= 2 and k * 3 >= mentions[n] and word_frequency(n) >= _COMMON_NAME_WORD
    )
    # 谢道, 贺道 (称谢道：“…”): a character and 道 that open a quote in most of their mentions
    # are the verb older prose writes before a speech, no one of the surname 谢
    common.update(n for n, k in quoting.items() if k * 2 >= mentions[n])
    # 马出城 of 引军马出城, 兵马出城: a "name" whose first character closes a common word with
    # the one before in most of its mentions is that word's end and what follows
    common.update(n for n, k in across.items() if k >= 2 and k * 2 >= mentions[n])
    # 那汉, 那道童: "that man", "that boy" (那杨志 is 杨志, below)
    common.update(
        n for n in mentions if n[0] in _DEMONSTRATIVES and (len(n) == 2 or n[1:] not in mentions)
    )
    glued_forms: dict[str, set[str]] = {}
    for name in mentions:
        if len(name) == 3 and name[2] in GLUED_VERBS and name[0] not in _DEMONSTRATIVES:
            glued_forms.setdefault(name[:2], set()).add(name)
    glued = {
        form: (0, 2)
        for stem, forms in glued_forms.items()
        if mentions.get(stem) or len(forms) >= _GLUED_SHARE
        for form in forms
        if stem not in common
    }
    for name in mentions:
        if len(name) != 3 or name in glued:
            continue
        if name[0] in _DEMONSTRATIVES and name[1:] in mentions:
            glued[name] = (1, 3)  # 那杨志: that 杨志
        elif kept := _name_in_glued(name, mentions):
            glued[name] = kept
    # 武大 of 武大郎: a short name the document gives a person is no university (北大),
    # nor one that speaks as people do in older prose (武大道：“…”)
    people_by_head = {n[:2] for n in mentions if len(n) == 3 and n[2] not in GLUED_VERBS}
    people_by_head.update(
        text[start:end]
        for text, spans in zip(texts, found, strict=True)
        for start, end, kind in spans
        if kind == "org" and end - start == 2 and _SPEAKS.match(text, end)
    )
    # 路虎品牌 … 路虎单车加价: a name the page gives as a body at least as often as a person is
    # the body, which the tagger took for a name where no context said otherwise
    brands = {n for n, k in mentions.items() if bodies[n] >= k} - people_by_head
    # 紫光展锐(公司) … 展锐高级副总裁: a name that ends a body's name on the page is that
    # body's short name (展锐/nr), not a person, unless it speaks or bears a title (李宁说)
    body_openings: dict[str, list[str]] = {}  # each ending of a body's name -> its openings
    for core in {_without_company_form(b) for b in bodies}:
        for cut in range(2, len(core) - 1):
            body_openings.setdefault(core[cut:], []).append(core[:cut])
    endings = {n for n in mentions if n in body_openings}
    if endings:
        endings -= {  # names a title or a speech verb follows somewhere (李宁说)
            text[start:end]
            for text, spans in zip(texts, found, strict=True)
            for start, end, kind in spans
            if kind == "person" and text[start:end] in endings and cue_at(text, end)
        }
        brands |= endings
    brands -= people_by_head
    if not common and not glued and not people_by_head and not brands:
        return found
    result = []
    for text, spans in zip(texts, found, strict=True):
        kept = []
        for start, end, kind in spans:
            if kind == "org" and end - start == 2 and text[start:end] in people_by_head:
                kind = "person"
            if kind == "person":
                name = text[start:end]
                if name in common:
                    continue
                if name in brands:
                    kind = "org"
                    # 汉邦 + 高科/nr: the body's whole name where the text writes it
                    start -= next(
                        (len(o) for o in body_openings.get(name, ()) if text.endswith(o, 0, start)),
                        0,
                    )
                    while kept and kept[-1][1] > start:
                        kept.pop()  # (a piece of the body's opening found on its own)
                if name in glued:
                    start, end = start + glued[name][0], start + glued[name][1]
                    if text[start:end] in common:
                        continue  # 庄客齐 is 庄客, a common noun
            kept.append((start, end, kind))
        result.append(kept)
    return result


def _name_in_glued(name: str, mentions: Counter[str]) -> tuple[int, int] | None:
    """刘唐光 (着眼), (拼命三)郎石秀: a three-character person whose two-character head or
    tail is a person found far more often is that name with a character of the next or the
    last word glued on; where the name stands in it, or None."""
    if len(name) != 3:
        return None
    head, tail, enough = name[:2], name[1:], max(_OFTEN, _MORE_OFTEN * mentions[name])
    if mentions.get(head, 0) >= enough and tail not in mentions:
        return (0, 2)
    if mentions.get(tail, 0) >= enough and head not in mentions:
        return (1, 3)
    return None


def _unglued(texts: list[str], found: list[list[Span]]) -> list[list[Span]]:
    """Names with the next word's first character glued on that _settle_people could not
    tell (高俅领(兵), 竺敬骤(马)), once every mention is found: jieba finds a rare name such as
    高俅 alone only now and then. (Not the last word's: the tails found by then are also the
    words jieba took for names, 出城 of 军马出城.)"""
    mentions = Counter(
        text[start:end]
        for text, spans in zip(texts, found, strict=True)
        for start, end, kind in spans
        if kind == "person"
    )
    glued = {name for name in mentions if _name_in_glued(name, mentions) == (0, 2)}
    if not glued:
        return found
    return [
        [
            (start, start + 2, kind)
            if kind == "person" and text[start:end] in glued
            else (start, end, kind)
            for start, end, kind in spans
        ]
        for text, spans in zip(texts, found, strict=True)
    ]


_WIVES = ("夫人", "太太", "娘子")
_AFTER_DETERMINER = re.compile("[那这众]([\u4e00-\u9fff]{2})")


def _determined_words(texts: list[str], found: list[list[Span]]) -> frozenset[str]:
    """Two-character words the document puts after a determiner at least twice (那差拨,
    众庄客), other than the names it found: the nouns that may be someone's unnamed role."""
    counts = Counter(m.group(1) for text in texts for m in _AFTER_DETERMINER.finditer(text))
    names = {
        text[start:end]
        for text, spans in zip(texts, found, strict=True)
        for start, end, kind in spans
        if kind in _NAME_KINDS
    }
    return frozenset(w for w, n in counts.items() if n >= 2 and w not in names)


# Tails of the bodies that run a zone, and of the zones (前海管理局, 南沙开发区管委会, 雄安新区):
# the name before is a place.
_ZONE_BODIES = ("管理局", "管委会", "片区", *ZONE_WORDS)
_NOT_ZONE_OPENINGS = frozenset("国省市县区中全本各")
_SPEAKS = re.compile("(?:道|说道|笑道|问道)[：:]")
# What older prose puts after a surname for an old woman or man (王婆, 阎婆, 张公).
_OLD_PERSON_AFTER_A_SURNAME = frozenset("婆公翁妪")
_COMMON_NAME_WORD = 100  # a name this frequent in jieba's dictionary may be a word (施礼)
_LONG_ORG = 6  # an organisation name this long wins over the names found inside it


def _zone_names(texts: list[str], found: list[list[Span]]) -> dict[str, str]:
    """Names of zones the document knows by the body that runs them (前海 of 前海管理局):
    two characters opening such an organisation's name that jieba's dictionary hardly knows
    as a word, which are then a place wherever they stand alone."""
    zones: dict[str, str] = {}
    places, _ = _lexicon()
    for text, spans in zip(texts, found, strict=True):
        for start, end, kind in spans:
            name = text[start:end]
            if kind != "org" or not name.endswith(_ZONE_BODIES) or len(name) < 5:
                continue
            head = name[:2]
            if (
                head not in places
                and word_frequency(head) < _GIVEN_NAME_FREQUENCY
                and head[0] not in _NOT_ZONE_OPENINGS
            ):
                zones[head] = "place"
    return zones


def _long_organisations(texts: list[str], found: list[list[Span]]) -> frozenset[str]:
    return frozenset(
        text[start:end]
        for text, spans in zip(texts, found, strict=True)
        for start, end, kind in spans
        if kind == "org" and end - start >= _LONG_ORG
    )


def _heads_of_names(texts: list[str], found: list[list[Span]]) -> dict[str, str]:
    """武大 for 武大郎: a two-character person that opens exactly one three-character one,
    which the text writes often enough to be a full name (_written_as_a_full_name)."""
    people = {
        text[start:end]
        for text, spans in zip(texts, found, strict=True)
        for start, end, kind in spans
        if kind == "person" and end - start in (2, 3)
    }
    heads: dict[str, set[str]] = {}
    for name in people:
        if len(name) == 3:
            heads.setdefault(name[:2], set()).add(name)
    whole = "\n".join(texts)
    return {
        head: full
        for head, fulls in heads.items()
        if head in people
        and len(fulls) == 1
        # 阎婆 (old woman Yan) is herself, not her daughter 阎婆惜
        and head[1] not in _OLD_PERSON_AFTER_A_SURNAME
        and _written_as_a_full_name(whole, head, full := next(iter(fulls)))
    }


_FULL_NAME_WRITTEN = 2  # a three-character name written once is rather a glued one (竺敬骤马)
_HEAD_ALONE = 20  # how much more often a head may be written than the full name it is short for


def _written_as_a_full_name(whole: str, head: str, full: str) -> bool:
    """武大 of 武大郎 (186 and 17 times): the head stands for the full name the text writes
    now and then; not 高俅 of 高俅领(兵) (156 and twice), nor 竺敬 of 竺敬骤(马) (once): a name
    of its own with the next word's first character glued on."""
    times = whole.count(full)
    return times >= _FULL_NAME_WRITTEN and whole.count(head) <= _HEAD_ALONE * times


def _given_names(texts: list[str], found: list[list[Span]]) -> dict[str, str]:
    """Given names that stand for a full name (智深 for 鲁智深): two characters after the
    surname of a full name named often, which other full names in the document have far less
    often (a stray 和智深 does not count) and which are no common word."""
    surnames = gz.surnames()
    mentions: Counter[str] = Counter(
        text[start:end]
        for text, spans in zip(texts, found, strict=True)
        for start, end, kind in spans
        if kind == "person" and end - start in (3, 4)
    )
    owners: dict[str, list[tuple[int, str]]] = {}
    for name, count in mentions.items():
        cut = 2 if name[:2] in surnames else 1
        if name[:cut] not in surnames or len(name) - cut != 2:
            continue
        given = name[cut:]
        if word_frequency(given) < _GIVEN_NAME_FREQUENCY and given not in gz.NOT_PERSONS:
            owners.setdefault(given, []).append((count, name))
    linked = {}
    for given, names in owners.items():
        names.sort(reverse=True)
        count, full = names[0]
        others = sum(n for n, _ in names[1:])
        if count >= _NAMED_OFTEN and count >= _MORE_OFTEN * others:
            linked[given] = full
    titles = _titles_of_several(texts, frozenset(linked), surnames)
    return {given: full for given, full in linked.items() if given not in titles}


def _titles_of_several(
    texts: list[str], words: frozenset[str], surnames: frozenset[str]
) -> frozenset[str]:
    """都监 of 张都监 and of 兵马都监, 押司 of 宋押司 and 王押司, 入城 of 马入城 and 许入城: two
    characters the text writes after a second surname often enough (twice, and an eighth as
    often as after the first) are a title or a word, no one's given name (智深: 317 times after
    鲁, 3 after 和). The text is read once for all `words`."""
    if not words:
        return frozenset()
    whole = "\n".join(texts)  # one string: each word is found by str.find, not per paragraph
    titles = set()
    for word in words:
        counts: Counter[str] = Counter()
        at = whole.find(word, 1)
        while at > 0:
            if whole[at - 1] in surnames:
                counts[whole[at - 1]] += 1
            at = whole.find(word, at + 1)
        first, second = [*sorted(counts.values(), reverse=True), 0, 0][:2]
        if second >= 2 and second * _SECOND_SURNAME >= first:
            titles.add(word)
    return frozenset(titles)


_SECOND_SURNAME = 8  # how much less often than the first a second surname may stand before it


def _whole_word(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is a word of its own where it stands (jieba on a window)."""
    if (start == 0 or not _HAN.match(text, start - 1)) and not _HAN.match(text, end):
        return True  # “智深”, 智深。: nothing around it to be a word with
    left = max(0, start - _WORD_WINDOW)
    bounds = {left}
    at = left
    for word, _ in tag(text[left : min(len(text), end + _WORD_WINDOW)]):
        at += len(word)
        bounds.add(at)
    return start in bounds and end in bounds


# 广东省区域竞争力报告（以下简称《报告》）, 中国银行保险监督管理委员会（简称银保监会）
_DECLARED_ALIAS = re.compile(r"[（(](?:以下简称|以下称|下称|简称)[：:]?([^（()）]{1,20})[）)]")


def _declared_aliases(texts: list[str], found: list[list[Span]]) -> dict[str, tuple[str, str]]:
    """Short names the text declares right after a full name: alias -> (full name, kind)."""
    declared: dict[str, tuple[str, str]] = {}
    for text, spans in zip(texts, found, strict=True):
        for match in _DECLARED_ALIAS.finditer(text):
            # the entity ending right before the parenthesis is the full name (longest first)
            before = [s for s in spans if s[1] == match.start() and s[2] in _ALIASED_KINDS]
            if not before:
                continue
            start, end, kind = min(before, key=lambda s: s[0])
            alias = match.group(1).strip()
            if kind != "title":
                alias = alias.strip("“”\"'「」")
            if len(alias) >= 2 and alias != text[start:end]:
                declared.setdefault(alias, (text[start:end], kind))
    return declared


def _without_company_form(name: str) -> str:
    """紫光展锐 of 紫光展锐公司: a company's name without the words for its legal form."""
    form = max((f for f in _COMPANY_FORMS if name.endswith(f)), key=len)
    return name[: len(name) - len(form)]


def _surname_aliases(texts: list[str], found: list[list[Span]]) -> dict[str, str]:
    """A bare surname marked as a person (胡老, 王总) links to the one full name in the
    document with that surname; to none when several share it. So does a surname with a
    courtesy title (李先生), when that name came first (温建华 … 温先生): an interviewee the
    text names only so is no one else of the surname (李克强 in a list of links)."""
    first: dict[str, tuple[int, int]] = {}  # each name -> where it is first mentioned
    for paragraph, (text, spans) in enumerate(zip(texts, found, strict=True)):
        for s, e, k in spans:
            if k == "person":
                first.setdefault(text[s:e], (paragraph, s))
    people = set(first)
    full_names: dict[str, set[str]] = {}
    for name in people:
        if len(name) >= 2 and name[1:] not in HONORIFICS:
            full_names.setdefault(name[0], set()).add(name)
    # 蔡夫人: a wife by her husband's surname is not the one man of that surname
    wives = {
        text[s:e]
        for text, spans in zip(texts, found, strict=True)
        for s, e, k in spans
        if k == "person" and e - s == 1 and text.startswith(_WIVES, e)
    }
    links = {
        name: next(iter(full_names[name[0]]))
        for name in people
        if (len(name) == 1 or name[1:] in HONORIFICS)
        and len(full_names.get(name[0], ())) == 1
        and name[0] not in wives
    }
    return {
        name: full for name, full in links.items() if len(name) == 1 or first[full] < first[name]
    }


def _titled_surnames(texts: list[str], found: list[list[Span]]) -> dict[str, str]:
    """曲 of 曲处长, 毛 of 毛主席: a lone surname marked as a person is named by the title the
    text gives it (the mention stays the surname, as news annotation marks it), where the
    document gives that surname one title only. A full name of that surname, when the
    document has one, links it instead (see _surname_aliases)."""
    titled: dict[str, set[str]] = {}
    for text, spans in zip(texts, found, strict=True):
        for s, e, k in spans:
            if k == "person" and e - s == 1 and (size := address_at(text, e)):
                titled.setdefault(text[s], set()).add(text[s : e + size])
    return {surname: forms.pop() for surname, forms in titled.items() if len(forms) == 1}


_REGIONS = ("地区", "流域")


def _regions(texts: list[str], found: list[list[Span]]) -> dict[str, str]:
    """东北 of 东北地区, 西南 of 西南地区, 黄河 of 黄河流域: a place the text writes only with 地区
    (or only with 流域) after it is named so (the mention stays the place, as news annotation
    marks it; the lists show the region). Written alone as well (巴黎 … 大巴黎地区), it stays
    itself."""
    regional: dict[str, str] = {}  # each place -> the one region word after it, or ""
    for text, spans in zip(texts, found, strict=True):
        for s, e, k in spans:
            if k == "place":
                name = text[s:e]
                region = next((r for r in _REGIONS if text.startswith(r, e)), "")
                if name not in regional:
                    regional[name] = region
                elif regional[name] != region:
                    regional[name] = ""  # written alone too, or with both words
    return {name: name + region for name, region in regional.items() if region}


def _short_place_aliases(texts: list[str], found: list[list[Span]]) -> dict[str, str]:
    """美 of 中美关系 links to 美国 where the document names 美国, 澳 to 澳门 or to 澳大利亚,
    whichever it names: a one-character place is the one of its full names the document
    writes (none when it writes none of them, or several)."""
    places = {
        text[s:e]
        for text, spans in zip(texts, found, strict=True)
        for s, e, k in spans
        if k == "place"
    }
    links = {}
    for short in places:
        if len(short) == 1:
            named = [full for full in gz.SHORT_PLACE_NAMES.get(short, ()) if full in places]
            if len(named) == 1:
                links[short] = named[0]
    return links


_CONTRACTED_LEAST = 3  # 北大, 中大: two characters stand for too many names to link
_CONTRACTION_TAIL = 3


def _aliases(texts: list[str], found: list[list[Span]]) -> dict[str, str]:
    """Short organisation names linked to the full name they abbreviate (华星集团 -> 深圳华星…)."""
    orgs = {
        text[s:e]
        for text, spans in zip(texts, found, strict=True)
        for s, e, k in spans
        if k == "org"
    }
    # Each name is looked for among the names sharing a pair of characters with it (or its
    # first character), not among all: a directory of thousands of companies stays quick.
    by_pair: dict[str, set[str]] = {}
    by_first: dict[str, list[str]] = {}
    for full in sorted(orgs, key=len):
        for k in range(len(full) - 1):
            by_pair.setdefault(full[k : k + 2], set()).add(full)
        by_first.setdefault(full[0], []).append(full)

    def sharing(piece: str) -> list[str]:
        """The names holding `piece` (two characters or more), shortest first."""
        return sorted(by_pair.get(piece[:2], ()) if len(piece) >= 2 else orgs, key=len)

    aliases: dict[str, str] = {}
    for short in orgs:
        ending = next((x for x in _ORG_ENDINGS if short.endswith(x)), None)
        if ending is None:
            # 展锐 -> 紫光展锐公司, 交通部 -> 国家交通部: a name that ends one longer body's
            # name is its short name; not a kind of state body every level has (人民代表大会,
            # 人民法院: of 全国人民代表大会 and of every province, city and county)
            # (紫光展锐 and 紫光展锐公司 are one body: the longest form is its name)
            longer = {
                _without_company_form(full): full
                for full in sharing(short[-2:])
                if len(full) > len(short)
                and (core := _without_company_form(full)).endswith(short)
                and (core == short or len(core) - len(short) >= 2)
            }
            if len(longer) == 1 and not short.startswith("人民"):
                aliases[short] = next(iter(longer.values()))
            elif contracted := _contraction_of(short, by_first.get(short[0], ())):
                aliases[short] = contracted
            continue
        core = short[: -len(ending)]
        if len(core) < 2:
            continue
        longer = [
            full
            for full in sharing(core)
            if core in full
            and len(full) > len(short)
            and ending in full
            # 清华大学 is not 深圳清华大学研究院: after the ending only a company form may follow
            and full[full.rindex(ending) + len(ending) :] in _COMPANY_FORMS
            # words between the name and the ending make another company's name longer (华星
            # 企业集团), another school's or bank's different (南京师范大学, 中国农业银行)
            and (short in full or ending in _COMPANY_ENDINGS)
        ]
        if len(longer) == 1:
            aliases[short] = longer[0]
    return aliases


def _contraction_of(short: str, names: Iterable[str]) -> str | None:
    """The one longer name of `names` that `short` contracts, keeping a character of each word
    in order (江城农大 of 江城农业大学, 江科院 of 江城科学院, 省发改委 of 省发展和改革委员会):
    it opens as the name does and ends on a character of the name's last word."""
    if len(short) < _CONTRACTED_LEAST:
        return None
    found = [
        full
        for full in names
        if len(full) >= len(short) + 2
        and full[0] == short[0]
        and short[-1] in full[-_CONTRACTION_TAIL:]
        and short not in full
        and _in_order(short, full)
    ]
    return found[0] if len(found) == 1 else None


def _in_order(short: str, full: str) -> bool:
    """Whether the characters of `short` stand in `full` in the same order."""
    rest = iter(full)
    return all(char in rest for char in short)

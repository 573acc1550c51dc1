"""Speech quotes: the text in “…” or 「…」 that someone said, and who said it."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from tui import gazetteer as gz
from tui.model import Entity, Quote

_QUOTED = re.compile(r"“([^“”\n]*)”|「([^「」\n]*)」")
_UNCLOSED = re.compile(r"“(?=[^“”]*$)|「(?=[^「」]*$)")  # an opening mark never closed after
_SENTENCE_MARKS = re.compile(r"[，。！？；：,!?;:…]")
_SENTENCE_END = "。！？!?"
_SPEECH_VERB = re.compile("|".join(sorted(gz.SPEECH_VERBS, key=len, reverse=True)))
# 在刘志强看来 / 据张明介绍: the paragraph is carried by that person's view.
_VIEW_OF = re.compile(r"(?:在|据)(?P<who>[^，。“”,]{1,30}?)(?:看来|介绍|透露|分析|表示)")
_PRONOUNS = ("他们", "她们", "他", "她")
_CLAUSE_END = re.compile(r"[。！？“「]")  # where the words after a quote stop being about it
_CLAUSE_BREAK = re.compile(r"[，,；;]")
_PRONOUN_VOICE = re.compile(r"(?:在)?[他她](?:看来|" + _SPEECH_VERB.pattern + ")")
_ORG_SPEAKER_GAP = 2  # 外交部发言人表示 is a person's words; 外交部表示 the ministry's
_AFTER_WINDOW = 60  # characters after a quote in which its speaker is named (”…李建国认为)
_MIN_SPEECH_CHARS = 12  # shorter quoted text without a clause mark is a term: “老城市”


@dataclass
class SpeakerMemory:
    """The people named so far in a document, to resolve 他/她 and a bare surname."""

    last_person: str | None = None
    by_surname: dict[str, str] = field(default_factory=dict)  # surname -> latest full name
    # The speaker of a quote left open at the end of the last paragraph: news prints a long
    # quote over several paragraphs, each opening with “ and only the last one closing.
    open_quote_speaker: str | None = None

    def remember(self, name: str) -> None:
        if len(name) >= 2:
            self.last_person = name
            self.by_surname[name[0]] = name

    def resolve(self, name: str) -> str | None:
        if name in _PRONOUNS:
            return self.last_person
        if len(name) == 1:  # a bare surname (王总说): the latest person with that surname
            return self.by_surname.get(name)
        return name


def is_speech(text: str) -> bool:
    """A full sentence someone said, not a term in quotation marks (“老城市”, “深度学习”)."""
    stripped = text.strip()
    if len(stripped) >= _MIN_SPEECH_CHARS and _SENTENCE_MARKS.search(stripped):
        return True
    return len(stripped) >= 2 * _MIN_SPEECH_CHARS or (
        len(stripped) >= 6 and stripped[-1] in _SENTENCE_END
    )


def find_quotes(
    text: str, paragraph: int, entities: list[Entity], memory: SpeakerMemory
) -> list[Quote]:
    """The speech quotes of one paragraph, each with its speaker when the text names one.

    `entities` are the paragraph's entities (in order); `memory` carries the people named in
    earlier paragraphs and is updated as this one is read.
    """
    speakers = [e for e in entities if e.kind in ("person", "org")]
    people = [e for e in speakers if e.kind == "person"]
    quotes: list[Quote] = []
    found = _quoted_spans(text)
    continued = memory.open_quote_speaker
    memory.open_quote_speaker = None
    if not found:
        for entity in people:
            memory.remember(entity.name)
        return quotes
    paragraph_speaker = _paragraph_speaker(text, speakers, found)
    remembered = 0
    for index, (start, end, said, closed) in enumerate(found):
        # People named before this quote are the context for 他/她.
        while remembered < len(people) and people[remembered].end <= start:
            memory.remember(people[remembered].name)
            remembered += 1
        if not is_speech(said):
            continue
        next_start = found[index + 1][0] if index + 1 < len(found) else len(text)
        previous_end = found[index - 1][1] if index else 0
        opens_paragraph = not text[:start].strip()
        before = _named_before(text, previous_end, start, speakers)
        speaker = (
            _named_after(text, end, next_start, speakers)
            or _pronoun_after(text, end, next_start, speakers)
            or (continued if opens_paragraph else None)
            or before
        )
        if speaker is None and before is None:  # "" is 一位女生说：“…”: said by someone unnamed
            speaker = paragraph_speaker or (quotes[-1].speaker if quotes else None)
        speaker = speaker or None
        resolved = memory.resolve(speaker) if speaker else None
        if resolved:
            memory.remember(resolved)
        quotes.append(Quote(said, resolved, paragraph, start, end))
        if not closed:
            memory.open_quote_speaker = resolved
    for entity in people[remembered:]:
        memory.remember(entity.name)
    return quotes


def _quoted_spans(text: str) -> list[tuple[int, int, str, bool]]:
    """(start, end, text inside, closed) of each quotation, in order; the last one may be left
    open at the end of the paragraph (it goes on in the next), then its end is the text's end."""
    spans = []
    for match in _QUOTED.finditer(text):
        said = match.group(1) if match.group(1) is not None else match.group(2)
        spans.append((match.start(), match.end(), said, True))
    tail_from = spans[-1][1] if spans else 0
    opening = _UNCLOSED.search(text, tail_from)
    if opening:
        spans.append((opening.start(), len(text), text[opening.end() :], False))
    return spans


def _speaker_in(
    window_start: int, window_end: int, speakers: list[Entity], text: str
) -> str | None:
    """The person named last in text[window_start:window_end], else an organisation right
    before its end (外交部表示), else a pronoun or a surname with an honorific."""
    inside = [e for e in speakers if window_start <= e.start and e.end <= window_end]
    people = [e for e in inside if e.kind == "person"]
    if people:
        return people[-1].name
    # 石家庄学院一位女生说: the organisation is where the speaker comes from, not who speaks
    inside = [e for e in inside if e.end >= window_end - _ORG_SPEAKER_GAP]
    window = text[window_start:window_end]
    bare = window.strip(" ，,：:")
    if 2 <= len(bare) <= 3 and bare[0] in gz.surnames() and bare[1:] in gz.SURNAME_TAILS:
        return bare[0]  # ”周总说: a surname and an honorific, resolved through the memory
    for pronoun in _PRONOUNS:
        if window.rstrip().endswith(pronoun) or window.lstrip().startswith(pronoun):
            return pronoun
    return inside[-1].name if inside else None


def _named_after(text: str, end: int, limit: int, speakers: list[Entity]) -> str | None:
    """”李建国举例道 / ”省社科院原副院长、研究员李建国认为: a speech verb right after."""
    window_end = min(limit, end + _AFTER_WINDOW)
    lead = len(text[end:window_end]) - len(text[end:window_end].lstrip("，, "))
    end += lead
    tail = text[end:window_end]
    stop = _CLAUSE_END.search(tail)
    if stop:
        tail = tail[: stop.start()]
    verb = _SPEECH_VERB.search(tail)
    if not verb or _CLAUSE_BREAK.search(tail, 0, verb.start()):
        return None
    return _speaker_in(end, end + verb.start(), speakers, text)


def _named_before(text: str, begin: int, start: int, speakers: list[Entity]) -> str | None:
    """张明介绍，“… / 王芳举例说：“…: a clause ending in a speech verb just before.
    "" when the clause has the verb but names nobody (一位干部表示：“…)."""
    head = text[begin:start].rstrip(" ，,：:")
    sentence_start = max(head.rfind(mark) for mark in _SENTENCE_END) + 1
    clause = head[sentence_start:]
    verb = None
    for found in _SPEECH_VERB.finditer(clause):
        verb = found
    if verb is None or len(clause) - verb.end() > 2:
        return None
    offset = begin + sentence_start
    return _speaker_in(offset, offset + verb.start(), speakers, text) or ""


def _paragraph_speaker(
    text: str, speakers: list[Entity], quoted: list[tuple[int, int, str, bool]]
) -> str | None:
    """在刘志强看来 …, or a person with a speech verb outside the quotes: the paragraph's voice."""
    outside = list(text)
    for start, end, _, _ in quoted:
        outside[start:end] = "\0" * (end - start)
    plain = "".join(outside)
    view = _VIEW_OF.search(plain)
    if view:
        found = _speaker_in(view.start("who"), view.end("who"), speakers, text)
        if found:
            return found
    for entity in speakers:
        if entity.kind != "person" or plain[entity.start] == "\0":
            continue
        verb = _SPEECH_VERB.match(plain, entity.end) or _SPEECH_VERB.match(plain, entity.end + 1)
        if verb:
            return entity.name
    return None


def _pronoun_after(text: str, end: int, limit: int, speakers: list[Entity]) -> str | None:
    """”孙立平长期研究…，在他看来 / ”李建国…，他认为: the person named right after the quote,
    taken up by a pronoun with a speech verb in the same sentence."""
    sentence = text[end:limit]
    stop = _CLAUSE_END.search(sentence)
    if stop:
        sentence = sentence[: stop.start()]
    voice = _PRONOUN_VOICE.search(sentence)
    if not voice:
        return None
    people = [e for e in speakers if e.kind == "person" and end <= e.start < end + voice.start()]
    return people[0].name if people else None

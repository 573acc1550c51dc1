"""Speech quotes: the text in “…” or 「…」 that someone said, and who said it."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import lru_cache

from tui.annotate import gazetteer as gz
from tui.annotate.tags import KIN_WORDS, address_at
from tui.model import Entity, Quote
from tui.text.segment import tag

_QUOTED = re.compile(r"“([^“”\n]*)”|「([^「」\n]*)」")
_UNCLOSED = re.compile(r"“(?=[^“”]*$)|「(?=[^「」]*$)")  # an opening mark never closed after
_SENTENCE_MARKS = re.compile(r"[，。！？；：,!?;:…]")
_SENTENCE_END = "。！？!?"
_LINE_ENDS = frozenset("。！？!?…")  # how a line of dialogue ends
_SPEECH_VERB = re.compile("|".join(sorted(gz.SPEECH_VERBS, key=len, reverse=True)))
# 在刘志强看来 / 据张明介绍: the paragraph is carried by that person's view.
_VIEW_OF = re.compile(r"(?:在|据)(?P<who>[^，。“”,]{1,30}?)(?:看来|介绍|透露|分析|表示)")
_PRONOUNS = ("他们", "她们", "他", "她")
_ONE_PERSON_PRONOUNS = ("他", "她")
_NOT_THE_ONE = frozenset("们的")  # after 他: they, or someone of his (他的妻子说)
_FIRST_PERSON = re.compile("[我俺咱]")
_CLAUSE_END = re.compile(r"[。！？“「]")  # where the words after a quote stop being about it
_CLAUSE_BREAK = re.compile(r"[，,；;]")
_PRONOUN_VOICE = re.compile(r"(?:在)?[他她](?:看来|" + _SPEECH_VERB.pattern + ")")
_ORG_SPEAKER_GAP = 2  # 外交部发言人表示 is a person's words; 外交部表示 the ministry's
_AFTER_WINDOW = 60  # characters after a quote in which its speaker is named (”…李建国认为)
_MIN_SPEECH_CHARS = 12  # shorter quoted text without a clause mark is a term: “老城市”
_INTRO_WINDOW = 40  # characters before a quote searched for the verb that introduces it
# A speech verb right before the quote (宋江道：“, 叫一声“, 喝道：“): what follows is speech,
# however short (“且住！”).
_INTRODUCED = re.compile(
    "(?:" + _SPEECH_VERB.pattern + r"|[叫喝应答问骂]一?声)[：:，,！!]?\s*(?:——)?\s*$"
)
_OPENED = re.compile(r"(?:[：:]|——)\s*$")
# Words that give a name, not speech: 唤做“插翅虎”, 称为“老城市”, 号称“八国联盟”.
_NAMING = re.compile(
    r"(?:唤做|叫做|称做|称为|号为|名为|题为|誉为|称之为|俗称|号称|简称|又称|人称|下称|称作|昵称"
    r"|绰号|外号|戏称|统称|合称|并称|爱称|美称|名叫|叫作)\s*$"
)
# Characters before a name that make it an object, not a subject: 对林冲道, 看吴用道.
_OBJECT_MARKS = frozenset("对向和与同跟把将被叫唤问看着指请教让给替随望拜谢见寻劝骂打扶付复禀")
# Verbs earlier in a clause that make a name after them an object: 叫换周谨上厅.
_ORDERING = re.compile("[叫唤请派让对向看见把被]")
# The opening of a clause whose subject is an unnamed someone: 那汉, 两个公人, 众人 (not 一下).
_UNNAMED_SUBJECT = re.compile(
    "[那这众各每某诸]|[一两二三四五六七八九十几数多]+[个位名伙群些家]|[二两三四众]人|有(?:个|一个|那)"
    # a saying (俗话说), a net user (网友说)
    "|俗话|古话|老话|常言|俗语|网友"
)
# What names an unnamed subject: 这人乃是智多星吴用 (the last name is the man's, the one
# before it his nickname).
_IDENTIFIED = re.compile("乃是|便是|就是|正是|却是|原来是")
# Words opening a clause before its subject: 只见庄客道, 却说…, 当下林冲道.
_CLAUSE_OPENERS = re.compile(
    r"^(?:只见|只听得|却说|且说|话说|当时|当下|那时|此时|随即|便|又|也|却|乃|就|再|只|遂|因此|原来)"
)
# Openers after which someone new comes on (只见…过来问道): no earlier subject carries over.
_APPEARING = frozenset({"只见", "只听得"})
_WIVES = ("夫人", "太太", "娘子")
_RECENT = 30  # paragraphs within which a bare surname stands for the full name named before
_CLAUSES = re.compile(r"[，,；;：:、—\s]+")
# Tags of a word that is a clause's subject; locatives (心里, 肚里) are not.
_NOUN_TAGS = frozenset({"n", "nr", "nrt", "nz", "nrfg"})
_LOCATIVE_ENDS = frozenset("里中内上下前后边")
_MAX_CLAUSES = 12  # clauses read back from a speech verb for its subject
_SENTENCE_STOP = re.compile("[。！？!?]")


@dataclass
class SpeakerMemory:
    """The people named so far in a document, to resolve 他/她 and a bare surname."""

    last_person: str | None = None
    # surname -> (latest full name, the paragraph count when it was named)
    by_surname: dict[str, tuple[str, int]] = field(default_factory=dict)
    paragraphs: int = 0  # paragraphs read so far
    # The speaker of a quote left open at the end of the last paragraph: news prints a long
    # quote over several paragraphs, each opening with “ and only the last one closing.
    open_quote_speaker: str | None = None
    # The subject of the latest sentence that names one: who acts, and so who speaks when a
    # sentence goes on without naming anyone (又取出书来，说道：“…”). "" for someone unnamed.
    subject: str | None = None
    # The speakers of the last two quotes of an exchange, to follow its turns; and whether the
    # last paragraph held a quote (an exchange goes on only from one to the next).
    turns: list[str] = field(default_factory=list)
    quoted_last: bool = False
    # Words the document puts after a determiner (那差拨, 众庄客): nouns, so a clause opening
    # with one has someone unnamed for subject.
    nouns: frozenset[str] = frozenset()

    def remember(self, name: str) -> None:
        if len(name) >= 2:
            self.last_person = name
            self.by_surname[name[0]] = (name, self.paragraphs)

    def resolve(self, name: str, titled: str = "") -> str | None:
        """The full name behind a pronoun or a bare surname (王总说: the latest person with
        that surname, if named lately); `titled`, the surname with its title (洪教头), when
        there is none."""
        if name in _PRONOUNS:
            return self.last_person
        if len(name) == 1:
            full, named_at = self.by_surname.get(name, ("", -_RECENT))
            if self.paragraphs - named_at <= _RECENT:
                return full
            return titled or None
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
    starts = [e.start for e in speakers]
    people = [e for e in speakers if e.kind == "person"]
    quotes: list[Quote] = []
    found = _quoted_spans(text)
    memory.paragraphs += 1
    continued = memory.open_quote_speaker
    memory.open_quote_speaker = None
    quoted_before = memory.quoted_last
    memory.quoted_last = False
    if not found:
        _follow_subjects(text, 0, len(text), speakers, starts, memory)
        for entity in people:
            memory.remember(entity.name)
        return quotes
    paragraph_speaker: str | None | bool = False  # computed when first needed
    remembered = 0
    for index, (start, end, said, closed) in enumerate(found):
        # People named before this quote are the context for 他/她.
        while remembered < len(people) and people[remembered].end <= start:
            memory.remember(people[remembered].name)
            remembered += 1
        previous_end = found[index - 1][1] if index else 0
        window = max(previous_end, start - _INTRO_WINDOW)
        if _NAMING.search(text, window, start):
            continue  # 唤做“插翅虎”: a name in quotation marks
        introduced = _INTRODUCED.search(text, window, start)
        # “对不起，我不知道……”: a paragraph that is one quotation ending a sentence is a line
        # of dialogue, however short (a slogan set alone ends with no mark: 不忘初心、牢记使命)
        spoken_line = (
            index == 0
            and not text[:start].strip()
            and not text[end:].strip(" 。")
            and said.rstrip()[-1:] in _LINE_ENDS
        )
        if not is_speech(said) and not (
            introduced
            and _stands_alone(text, said, end)
            or _said_after(text, said, end)
            or spoken_line
        ):
            continue
        # 晁盖便问看门的庄客：“…”: a colon or a dash opens speech as a speech verb does
        introduced = introduced or _OPENED.search(text, window, start)
        opens_paragraph = index == 0 and not text[:start].strip()
        speaker: str | None
        if introduced:
            speaker = _subject(text, previous_end, introduced.start(), speakers, starts, memory)
            if speaker is None:  # a sentence that names no one: whoever acted last speaks
                speaker = memory.subject
        else:
            next_start = found[index + 1][0] if index + 1 < len(found) else len(text)
            _follow_subjects(text, previous_end, start, speakers, starts, memory)
            before = _named_before(text, previous_end, start, speakers, starts)
            speaker = (
                _named_after(text, end, next_start, speakers, starts)
                or _pronoun_after(text, end, next_start, speakers, starts)
                or _described_after(text, previous_end, start, end, speakers, starts)
                or _beat_between(text, end, next_start, speakers, starts)
                or _gesture_after(text, end, next_start, speakers, starts)
                or (continued if opens_paragraph else None)
                or before
            )
            if (
                speaker is None
                and before is None
                # “…”妈妈惊讶地问: someone the text does not name says it, no one else
                and not _said_by_someone_unnamed(text, end, next_start)
            ):  # "" is 一位女生说：“…”: said by someone
                if paragraph_speaker is False:
                    paragraph_speaker = _paragraph_speaker(text, speakers, found)
                speaker = (
                    paragraph_speaker
                    or (quotes[-1].speaker if quotes else None)
                    or _subject_before_a_comma(text, previous_end, start, speakers, starts, memory)
                    or _subject_of_a_beat_before(text, previous_end, start, speakers, starts)
                )
                if speaker is None and opens_paragraph and quoted_before:
                    speaker = _next_turn(memory)  # “…” “…”: an exchange takes turns
                elif (
                    speaker is None
                    and opens_paragraph
                    and not text[end:].strip(" 。")
                    and _FIRST_PERSON.search(said)
                ):
                    # 王小明犹豫了。 / “我该怎么跟家里人说…”: a quote standing alone after
                    # narration about someone, in which someone speaks of themselves, is
                    # theirs (not a saying the narrator quotes: “仇人见面，分外眼明！”)
                    speaker = memory.subject or None
        resolved = memory.resolve(speaker, _titled(text, speaker, speakers)) if speaker else None
        if resolved:
            memory.remember(resolved)
        _take_turn(memory, resolved if speaker else "")
        quotes.append(Quote(said, resolved, paragraph, start, end))
        if not closed:
            memory.open_quote_speaker = resolved
    tail_from = found[-1][1]
    _follow_subjects(text, tail_from, len(text), speakers, starts, memory)
    memory.quoted_last = bool(quotes)
    for entity in people[remembered:]:
        memory.remember(entity.name)
    return quotes


def _stands_alone(text: str, said: str, end: int) -> bool:
    """Short words after a speech verb are speech when they end a sentence or the sentence
    stops after them (喝道：“且住！”); 举例道，“深度学习”是… goes on: a term."""
    stripped = said.rstrip()
    return bool(stripped) and (
        stripped[-1] in _SENTENCE_END
        or stripped[-1] in "，,…．"
        or end >= len(text)
        or not text[end].isalnum()
    )


_SAID_WINDOW = 12  # characters after a short quote in which the one who says it speaks
_AFTER_A_QUOTE = re.compile(r"[，,。！？!?；;：:“「]")  # where the clause after a quote ends
_OPENS_NEXT = re.compile(r"[，,；;：:]?\s*[“「]")


def _said_after(text: str, said: str, end: int) -> bool:
    """Short words that end with a mark, then a clause that ends with a speech verb, are speech
    (“下周吧。”小明回答; “这不是第一次了，”张伟无奈地说，“…”); a term in quotation marks ends
    with no mark of its own (“老城市”说法), and a verb inside the clause is no sign (“下拜，”
    不说此二字)."""
    stripped = said.rstrip()
    if not stripped or stripped[-1] not in "，,。！？!?…":
        return False
    stop = _speech_clause_end(text, end, end + _SAID_WINDOW)
    if stop is None:
        return False
    # “正是他。”石秀道：“…”: after a whole sentence, a verb that opens the next quote is the
    # next speaker's (a sentence cut by its speaker, “…，”张伟说，“…”, is one speech)
    opens_next = _OPENS_NEXT.match(text, stop) is not None
    return stripped[-1] in "，," or not opens_next


def _said_by_someone_unnamed(text: str, end: int, next_start: int) -> bool:
    """Whether the clause right after a quote ends with a speech verb (…”妈妈惊讶地问。): its
    subject, whom no name gives, is the speaker; not where the verb opens the next quote, its
    own (…”便唤酒保来问道：“…”)."""
    stop = _speech_clause_end(text, end, min(next_start, end + _SAID_WINDOW))
    return stop is not None and not _OPENS_NEXT.match(text, stop)


# Whom a speech verb may have after it at the end of its clause (告诉记者, 告诉我们).
_SPOKEN_TO = frozenset({"记者", "本报记者", "笔者", "我们", "我", "他", "她", "他们", "大家"})


def _speech_clause_end(text: str, end: int, limit: int) -> int | None:
    """Where the clause after a quote (from `end`, before `limit`) stops, when a speech verb
    ends it (说，“, 回答。) or the one spoken to after the verb does (告诉记者，“); None when it
    does not (不说此二字: the verb inside the clause)."""
    stop = _AFTER_A_QUOTE.search(text, end, limit)
    if stop is None:
        return None
    at = stop.start()
    verb = _SPEECH_VERB.search(text, end, at)
    while verb is not None and not (verb.end() == at or text[verb.end() : at] in _SPOKEN_TO):
        verb = _SPEECH_VERB.search(text, verb.end(), at)
    return at if verb is not None else None


def _take_turn(memory: SpeakerMemory, speaker: str) -> None:
    """Note who spoke last in an exchange ("" for someone unnamed); who acts speaks next."""
    memory.subject = speaker
    if not memory.turns or memory.turns[-1] != speaker:
        memory.turns = [*memory.turns[-1:], speaker]


def _next_turn(memory: SpeakerMemory) -> str | None:
    """In an exchange of two, the one who did not speak last; None when that is unknown."""
    if len(memory.turns) == 2 and memory.turns[0]:
        return memory.turns[0]
    return None


def _within(speakers: list[Entity], starts: list[int], begin: int, end: int) -> list[Entity]:
    """The speakers wholly inside text[begin:end] (found by bisection: no scan of them all)."""
    first = bisect_left(starts, begin)
    last = bisect_left(starts, end, first)
    return [e for e in speakers[first:last] if e.end <= end]


def _subject(
    text: str,
    begin: int,
    verb: int,
    speakers: list[Entity],
    starts: list[int],
    memory: SpeakerMemory,
) -> str | None:
    """Who says what a speech verb at `verb` introduces: the subject of its sentence.

    The clauses of the sentence are read back from the verb: the first named person of a
    clause who is not an object (刘唐光着眼看吴用道 -> 刘唐; 戴宗对宋江笑道 -> 戴宗), or an
    organisation opening it, is the speaker; a clause opening with an unnamed someone (那汉道,
    两个公人道) gives "" (someone unnamed); a clause with neither (大笑道, 又取出书来) passes to
    the one before. None when the sentence names no subject at all."""
    head = text[begin:verb]
    sentence_start = begin + max(head.rfind(mark) for mark in _SENTENCE_END) + 1
    found = _sentence_subject(text, sentence_start, verb, speakers, starts, memory.nouns)
    if found in _ONE_PERSON_PRONOUNS:
        # 其中一位是来自四川的刘思雨。她告诉记者：“…”: a sentence opening with 他 or 她 right
        # after one that names one person is about that person; else whoever acted last
        found = _the_one_named_before(text, begin, sentence_start, speakers, starts)
    if found is not None:
        memory.subject = found
    return found


def _one_person(
    text: str, speakers: list[Entity], starts: list[int], begin: int, end: int
) -> Entity | None:
    """The one person text[begin:end] names (a name said twice is one); None for none, for
    several, or for one named as someone's kin there (李明奶奶: the grandmother, unnamed)."""
    people = [e for e in _within(speakers, starts, begin, end) if e.kind == "person"]
    if len({e.name for e in people}) != 1 or any(_KIN.match(text, e.end) for e in people):
        return None
    return people[0]


def _last_sentence_start(text: str, begin: int, end: int) -> int:
    """Where the last sentence of text[begin:end] starts (that text ends with a sentence)."""
    before = text[begin:end].rstrip()
    return begin + max(before[:-1].rfind(mark) for mark in _SENTENCE_END) + 1


def _the_one_named_before(
    text: str, begin: int, end: int, speakers: list[Entity], starts: list[int]
) -> str | None:
    """The one person the last sentence of text[begin:end] names; None for none or several."""
    person = _one_person(text, speakers, starts, _last_sentence_start(text, begin, end), end)
    return person.name if person else None


# 这位38岁的乡村教师笑着说: a description of someone the text has just named.
_ENDS_IN_SPEECH = re.compile(f"(?:{_SPEECH_VERB.pattern})$")
_DESCRIBED = re.compile(r"[，,]?\s*(?:这位|这名|该名?)(?P<clause>[^，。！？；“”「」]{1,30})")


def _described_after(
    text: str, begin: int, start: int, end: int, speakers: list[Entity], starts: list[int]
) -> str | None:
    """王小明就已经站在了教室门口。“…”这位38岁的乡村教师笑着说。: the one person the sentence
    before the quote names speaks, when the clause after it describes someone and ends with a
    speech verb."""
    described = _DESCRIBED.match(text, end)
    if not described or any(
        e.kind == "person" for e in _within(speakers, starts, described.start(), described.end())
    ):
        return None  # (a name in the clause is the speaker's: _named_after)
    if not _ENDS_IN_SPEECH.search(described.group("clause")):
        return None
    return _the_one_named_before(text, begin, start, speakers, starts)


_BEAT_MOST = 24  # characters of the clause that cuts a quote in two (老顾客张伟摇摇头，)


def _beat_between(
    text: str, end: int, next_start: int, speakers: list[Entity], starts: list[int]
) -> str | None:
    """“你们年轻人不懂。”老顾客张伟摇摇头，“这个味道…”: a short clause between two quotes
    that ends with a comma, so that the second goes on with the first, and names one person,
    tells who says both; it needs no speech verb."""
    between = text[end:next_start]
    if len(between) > _BEAT_MOST or not between.rstrip().endswith(("，", ",")):
        return None
    if _SENTENCE_STOP.search(between):
        return None
    person = _one_person(text, speakers, starts, end, next_start)
    return person.name if person else None


# A gesture that goes with what one says (摆摆手, 摇了摇头, 笑了笑), at the end of its clause.
_GESTURE = re.compile(
    "(?:摇了?摇头|摆了?摆手|挥了?挥手|点了?点头|耸了?耸肩|笑了笑|叹了口气|皱了?皱眉)$"
)
_GESTURE_CLAUSE = re.compile(r"[^，,。！？!?；;“「]{2,20}")


def _gesture_after(
    text: str, end: int, next_start: int, speakers: list[Entity], starts: list[int]
) -> str | None:
    """“这不是钱的问题。”孙大爷摆摆手。: right after a quote, the one person named in a clause
    that ends with a gesture says it, though no speech verb follows (a listener would hear,
    听了: no gesture)."""
    clause = _GESTURE_CLAUSE.match(text, end, next_start)
    if not clause or not _GESTURE.search(clause.group()):
        return None
    person = _one_person(text, speakers, starts, end, clause.end())
    return person.name if person else None


def _subject_before_a_comma(
    text: str,
    begin: int,
    start: int,
    speakers: list[Entity],
    starts: list[int],
    memory: SpeakerMemory,
) -> str | None:
    """第二天，王小明心里打起了退堂鼓，“路太远了…”: a quote that goes on from its
    sentence after a comma, with no speech verb, is said by the person the sentence is about."""
    head = text[begin:start].rstrip()
    if not head.endswith(("，", ",")):
        return None
    sentence_start = begin + max(head.rfind(mark) for mark in _SENTENCE_END) + 1
    # one person, not their kin (李明奶奶称，李明妈妈带他出门了，“…”: the grandmother's)
    if _one_person(text, speakers, starts, sentence_start, start) is None:
        return None
    found = _sentence_subject(
        text, sentence_start, begin + len(head) - 1, speakers, starts, memory.nouns
    )
    return found or None


def _subject_of_a_beat_before(
    text: str, begin: int, start: int, speakers: list[Entity], starts: list[int]
) -> str | None:
    """陈默低下头，搅了搅杯里的咖啡。“这几年，发生了很多事。”: narration about one person,
    then a quote that opens the next sentence, in one paragraph: theirs."""
    head = text[begin:start].rstrip()
    if not head or head[-1] not in _SENTENCE_END:
        return None
    # the last sentence before the quote (他的母亲仍在门口等着。“…”: not 王先生 before it)
    last = _last_sentence_start(text, begin, start)
    if (
        text[last : last + 1] in _ONE_PERSON_PRONOUNS
        and text[last + 1 : last + 2] not in _NOT_THE_ONE  # (他的母亲: she)
        and not any(e.kind == "person" for e in _within(speakers, starts, last, start))
    ):
        # 张伟是一名博士生。他一直关注…。“…”: the one the narration names, taken up by 他
        person = _one_person(text, speakers, starts, begin, last)
        return person.name if person else None
    person = _one_person(text, speakers, starts, last, start)
    if person is None:
        return None
    # the person opens it or a clause of it (过了很久，陈默…), as its subject; not an object
    # (他把书递给陈默。)
    lead = text[last : person.start].strip()
    return person.name if not lead or lead[-1] in "，," else None


# Kin and others of someone, right after their name (李明奶奶, 王明妻子, 张伟的同事).
_KIN = re.compile(
    "的?(?:"
    + "|".join(sorted(KIN_WORDS | {"同事", "朋友", "律师", "助理"}, key=len, reverse=True))
    + ")"
)


def _sentence_subject(
    text: str,
    begin: int,
    end: int,
    speakers: list[Entity],
    starts: list[int],
    nouns: frozenset[str],
) -> str | None:
    clauses = []
    at = begin
    for mark in _CLAUSES.finditer(text, begin, end):
        clauses.append((at, mark.start()))
        at = mark.end()
    clauses.append((at, end))
    if len(clauses) > 1 and clauses[-1][0] == end:
        clauses.pop()  # 差拨看了，道：the verb opens its own clause
    first = clauses[0][0]
    last = clauses[-1][0]
    for clause_start, clause_end in reversed(clauses[-_MAX_CLAUSES:]):
        clause = text[clause_start:clause_end]
        opener = _CLAUSE_OPENERS.match(clause)
        skip = clause_start + (opener.end() if opener else 0)
        inside = _within(speakers, starts, clause_start, clause_end)
        if _UNNAMED_SUBJECT.match(text, skip, clause_end) and not any(
            e.start == skip + 1 and e.kind == "person" for e in inside
        ):
            # 这人乃是智多星吴用: the unnamed someone is then named
            named = _IDENTIFIED.search(text, skip, clause_end)
            people = [e for e in inside if named and e.kind == "person" and e.start >= named.end()]
            return people[-1].name if people else ""  # 众老人都跪了禀道; but 那吴用大笑道 is 吴用
        people = [
            e
            for e in inside
            if e.kind == "person"
            and (
                e.start <= skip
                or text[e.start - 1] not in _OBJECT_MARKS
                and not _ORDERING.search(text, skip, e.start)
            )
        ]
        while len(people) > 1 and text.startswith("的", people[0].end):
            people.pop(0)  # 王小明的妻子陈蕾说: the one named after whose she is
        if people:
            if text.startswith("的", people[0].end):
                return ""  # 王小明的律师表示: someone of his, unnamed
            return _with_wife(text, people[0])
        if (
            clause_start == first
            and text[skip : skip + 1] in _ONE_PERSON_PRONOUNS
            and text[skip + 1 : skip + 2] not in _NOT_THE_ONE
        ):
            return text[skip]  # 她告诉记者：“…”: whom the sentence before names (see _subject)
        if inside and inside[0].kind == "org" and inside[0].start == skip:
            after = inside[0].end + text.startswith("的", inside[0].end)
            if _UNNAMED_SUBJECT.match(text, after, clause_end) or _opens_with_a_noun(
                text[after:clause_end]
            ):
                return ""  # 某大学一位女生说, 某公司负责人表示: someone of the body, unnamed
            return inside[0].name  # 外交部表示
        # a noun opens a subject in the first clause or the verb's own (庄客齐道), not in
        # between (柴进举杯，把子三巡，叫道)
        if (
            skip < clause_end
            and clause_start in (first, last)
            and (
                text[skip : skip + 2] in nouns
                or _opens_with_a_noun(text[skip:clause_end])
                # 有网友评论, 有专家指出: "some" of a kind
                or text[skip : skip + 1] == "有"
                and _opens_with_a_noun(text[skip + 1 : clause_end])
            )
        ):
            return ""
        if opener and opener.group() in _APPEARING:
            return ""  # 只见差拨过来问道: someone new comes in, and no name is given
    return None


def _titled(text: str, surname: str, speakers: list[Entity]) -> str:
    """洪教头: a bare surname as the text titles it, for a speaker no full name stands for."""
    if len(surname) != 1:
        return ""
    for entity in speakers:
        if entity.name == surname and (size := address_at(text, entity.end)):
            return surname + text[entity.end : entity.end + size]
    return ""


def _with_wife(text: str, person: Entity) -> str:
    """蔡夫人: a wife named by her husband's surname is that, not the man of the surname."""
    if len(person.name) == 1:
        for wife in _WIVES:
            if text.startswith(wife, person.end):
                return person.name + wife
    return person.name


@lru_cache(maxsize=4096)
def _first_word(clause: str) -> tuple[str, str] | None:
    """jieba's first word of a clause (庄客道, 那汉道: a novel repeats them: tagged once)."""
    tokens = tag(clause)
    return tokens[0] if tokens else None


def _opens_with_a_noun(clause: str) -> bool:
    """庄客齐道, 知县道, 主人说道: a clause opening with a noun has it for subject (someone
    unnamed, as a named one would be an entity); 大笑道, 暗暗地道, 心里想道 open otherwise.
    Tagged here, on the few characters of the clause, only when a quote needs it."""
    first = _first_word(clause)
    if first is None:
        return False
    word, pos = first
    return (
        pos in _NOUN_TAGS
        and word[-1] not in _LOCATIVE_ENDS
        and word[0] != word[-1]  # 齐齐, 慢慢: a doubled character is an adverb
        # the noun and the verb, an adverb between at most: 眉头一纵计上心来，说道 is no subject
        and len(clause) <= len(word) + 2
    )


def _follow_subjects(
    text: str,
    begin: int,
    end: int,
    speakers: list[Entity],
    starts: list[int],
    memory: SpeakerMemory,
) -> None:
    """Narration between quotes: each sentence that names its subject makes it the one who
    acts (两个公人听了。 then 暗暗地道：“…” is said by them, not by the last speaker)."""
    at = begin
    while at < end:
        found = _SENTENCE_STOP.search(text, at, end)
        stop = found.start() if found else end
        first_clause = _CLAUSES.search(text, at, stop)
        clause_end = first_clause.start() if first_clause else stop
        inside = _within(speakers, starts, at, clause_end)
        people = [e for e in inside if e.kind == "person"]
        clause = text[at:clause_end]
        opener = _CLAUSE_OPENERS.match(clause)
        skip = at + (opener.end() if opener else 0)
        if people and people[0].start == skip:
            memory.subject = people[0].name
        elif _UNNAMED_SUBJECT.match(text, skip, clause_end):
            memory.subject = ""
        at = stop + 1


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
    window_start: int, window_end: int, speakers: list[Entity], starts: list[int], text: str
) -> str | None:
    """The person named last in text[window_start:window_end], else an organisation right
    before its end (外交部表示), else a pronoun or a surname with an honorific."""
    inside = _within(speakers, starts, window_start, window_end)
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


def _named_after(
    text: str, end: int, limit: int, speakers: list[Entity], starts: list[int]
) -> str | None:
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
    return _speaker_in(end, end + verb.start(), speakers, starts, text)


def _named_before(
    text: str, begin: int, start: int, speakers: list[Entity], starts: list[int]
) -> str | None:
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
    return _speaker_in(offset, offset + verb.start(), speakers, starts, text) or ""


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
        starts = [e.start for e in speakers]
        found = _speaker_in(view.start("who"), view.end("who"), speakers, starts, text)
        if found:
            return found
    for entity in speakers:
        if entity.kind != "person" or plain[entity.start] == "\0":
            continue
        verb = _SPEECH_VERB.match(plain, entity.end) or _SPEECH_VERB.match(plain, entity.end + 1)
        if verb:
            return entity.name
    return None


def _pronoun_after(
    text: str, end: int, limit: int, speakers: list[Entity], starts: list[int]
) -> str | None:
    """”孙立平长期研究…，在他看来 / ”李建国…，他认为: the person named right after the quote,
    taken up by a pronoun with a speech verb in the same sentence."""
    sentence = text[end:limit]
    stop = _CLAUSE_END.search(sentence)
    if stop:
        sentence = sentence[: stop.start()]
    voice = _PRONOUN_VOICE.search(sentence)
    if not voice:
        return None
    inside = _within(speakers, starts, end, end + voice.start())
    people = [e for e in inside if e.kind == "person"]
    return people[0].name if people else None

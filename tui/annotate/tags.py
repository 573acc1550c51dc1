"""The token vocabulary the entity rules share: jieba tag sets, a few marks, the lexicon."""

from __future__ import annotations

from functools import cache

from tui.annotate import gazetteer as gz

Span = tuple[int, int, str]  # start, end (exclusive), kind

# jieba tags: nr person, nrt/nrfg transliterated or foreign name, ns place, nt organisation.
PERSON_TAGS = frozenset({"nr", "nrt", "nrfg"})

# Tags of proper nouns: other proper names, organisations, abbreviations, Latin words, places.
PROPER_TAGS = frozenset({"nz", "nt", "j", "eng", "nrt", "ns"})

# Words next to a name that make it a person: a title before or after, a speech verb after.
CUE_WORDS = gz.PERSON_TITLES | gz.SPEECH_VERBS

# Marks between the parts of a foreign name (科菲·安南).
NAME_DOTS = frozenset("·•‧・.．")

# Function characters that never end or continue a name.
PARTICLES = frozenset(
    "的了在和与是说等也都就将把被对向从为给让及或而并又便笑却才还再只先忙问答喝骂怒乃遂即亦皆已曾"
)

# Verbs and adverbs that jieba glues to the name before them in narration (林冲告 道, 晁盖听 了,
# 杨志早 去, 雷横劝 道): the name is the characters before.
GLUED_VERBS = frozenset(
    "道说告听早大劝问笑喝叫骂答见看把将去也又却只再便就乃等与和对向在了谢怒哭叹应回起跳拜请指"
    "提拿取走来入出上下坐立送随忙急慌先自正都亦即遂吃寻想"
)

# Token kinds of a person candidate before its context settles it ("person?" needs a cue).
NAME_CANDIDATES = frozenset({"person", "person?", "foreign"})

# Tags of function words, numbers and punctuation.
FUNCTION_TAGS = frozenset({"x", "m", "uj", "p", "c", "u", "ul", "r", "d", "f", "q", "y", "e"})


@cache
def lexicon() -> tuple[frozenset[str], frozenset[str]]:
    """The gazetteer's places and the surnames."""
    return gz.places(), gz.surnames()


def transliterated(word: str) -> bool:
    """Whether every character is one used to write foreign names (克林顿, 基里延科)."""
    return all(ch in gz.TRANSLITERATION_CHARS for ch in word)

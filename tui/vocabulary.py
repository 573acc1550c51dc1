"""The words and colours every presenter shares, so the summary page, the JSON and each pane
of the explorer always call a thing the same: kind labels and styles, what the lead is called,
a document's title, reading time, counted nouns — each in the run's language (tui.i18n)."""

from __future__ import annotations

import re
from pathlib import Path

from rich.cells import cell_len

from tui.i18n import N_, _, ngettext
from tui.model import ENTITY_KINDS, Document, EntityKind

# English messages, translated where shown (kind_label): 人物, 机构 … in Chinese.
KIND_LABEL: dict[EntityKind, str] = {
    "person": N_("person"),
    "org": N_("org"),
    "place": N_("place"),
    "time": N_("time"),
    "number": N_("number"),
    "title": N_("title"),
}

# The summary page's kind colours (the terminal's background is unknown there) and each kind's
# text style everywhere; the explorer's colours follow its theme (tui.app.colours).
KIND_STYLE: dict[EntityKind, str] = {
    "person": "bold #ff8c69",
    "org": "bold #6cb6ff",
    "place": "bold #7ee787",
    "time": "#e3b341",
    "number": "#d2a8ff",
    "title": "italic #f778ba",
}

assert set(KIND_LABEL) == set(KIND_STYLE) == set(ENTITY_KINDS)

LEAD = N_("Lead")  # the paragraphs before the first heading, which have none of their own


def kind_label(kind: EntityKind) -> str:
    """What a kind is called in the run's language: 'person' / 人物."""
    return _(KIND_LABEL[kind])


def kind_label_width() -> int:
    """Cells of the widest kind label, so that columns of labels line up."""
    return max(cell_len(kind_label(kind)) for kind in ENTITY_KINDS)


# A heading's own name for the chapter — 第一回, 第三章, 楔子 — is how a reader knows it: shown
# with the title (the parser strips it with the other heading marks, 【】, 一、, 1.).
_CHAPTER_NAME = re.compile(
    r"\s*(第[\d零〇一二两三四五六七八九十百千]+[回章节卷部篇集]|楔子|引子|序章|序言|尾声)[\s\u3000:：、.]*"
)


def section_label(title: str | None, heading: str | None = None) -> str:
    """What a section is called: its heading's text (with the chapter's name, 第一回, when the
    heading has one), or the lead's name for the lead."""
    if not title:
        return _(LEAD)
    found = _CHAPTER_NAME.match(heading or "")
    if found and not title.startswith(found.group(1)):
        return f"{found.group(1)}\u3000{title}"
    return title


def document_title(document: Document) -> str:
    """The article's title, or the file's name when the page has none."""
    return document.meta.title or Path(document.name).name


def reading_time(minutes: float) -> str:
    if minutes < 1:
        return _("under a minute")
    if minutes < 90:
        return _("about {minutes} min").format(minutes=f"{minutes:.0f}")
    return _("about {hours} h").format(hours=f"{minutes / 60:.1f}")


def count_names(count: int) -> str:
    return ngettext("{count} name", "{count} names", count).format(count=f"{count:,}")


def count_mentions(count: int) -> str:
    return ngettext("{count} mention", "{count} mentions", count).format(count=f"{count:,}")


def count_quotes(count: int) -> str:
    return ngettext("{count} quote", "{count} quotes", count).format(count=f"{count:,}")


def count_speakers(count: int) -> str:
    return ngettext("{count} speaker", "{count} speakers", count).format(count=f"{count:,}")


def count_paragraphs(count: int) -> str:
    return ngettext("{count} paragraph", "{count} paragraphs", count).format(count=f"{count:,}")


def count_sentences(count: int) -> str:
    return ngettext("{count} sentence", "{count} sentences", count).format(count=f"{count:,}")


def count_sections(count: int) -> str:
    return ngettext("{count} section", "{count} sections", count).format(count=f"{count:,}")


def count_matches(count: int) -> str:
    return ngettext("{count} match", "{count} matches", count).format(count=f"{count:,}")

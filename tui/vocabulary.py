"""The words and colours every presenter shares, so the summary page, the JSON and each pane
of the explorer always call a thing the same: kind labels and styles, what the lead is called,
a document's title, reading time."""

from __future__ import annotations

from pathlib import Path

from tui.model import ENTITY_KINDS, Document, EntityKind

KIND_LABEL: dict[EntityKind, str] = {
    "person": "人物",
    "org": "机构",
    "place": "地点",
    "time": "时间",
    "number": "数字",
    "title": "篇名",
}

# Defaults for the component classes `kind--person` …; a theme or user CSS may override them.
KIND_STYLE: dict[EntityKind, str] = {
    "person": "bold #ff8c69",
    "org": "bold #6cb6ff",
    "place": "bold #7ee787",
    "time": "#e3b341",
    "number": "#d2a8ff",
    "title": "italic #f778ba",
}

assert set(KIND_LABEL) == set(KIND_STYLE) == set(ENTITY_KINDS)

LEAD = "导语"  # the paragraphs before the first heading, which have none of their own


def section_label(title: str | None) -> str:
    """What a section is called: its heading's text, or LEAD for the lead."""
    return title or LEAD


def document_title(document: Document) -> str:
    """The article's title, or the file's name when the page has none."""
    return document.meta.title or Path(document.name).name


def reading_time(minutes: float) -> str:
    if minutes < 1:
        return "不到 1 分钟"
    if minutes < 90:
        return f"约 {minutes:.0f} 分钟"
    return f"约 {minutes / 60:.1f} 小时"

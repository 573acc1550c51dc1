"""How entity kinds look: one label and one default style per kind, shared by the printed
summary and every pane of the explorer, so the colours always agree."""

from __future__ import annotations

from tui.model import ENTITY_KINDS, EntityKind

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

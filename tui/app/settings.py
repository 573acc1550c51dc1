"""What a reader sets in the explorer and finds again next time: the theme, the entity kinds
highlighted, whether the stats pane is shown. Kept in `settings.toml` in the user's config
directory (platformdirs: ~/.config/tui on Linux), read with tomllib and written with tomli-w.

A file that cannot be read or holds values we do not know is not an error a reader should
meet on every start: what can be used is used, the rest is left at its default.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from tui.model import ENTITY_KINDS, EntityKind

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

FILE_NAME = "settings.toml"


def settings_path() -> Path:
    from platformdirs import user_config_path

    return user_config_path("tui", appauthor=False) / FILE_NAME


@dataclass(frozen=True)
class Settings:
    theme: str | None = None  # None: Textual's default
    kinds: frozenset[EntityKind] = field(default_factory=lambda: frozenset(ENTITY_KINDS))
    stats: bool | None = None  # None: as the terminal's width allows

    def to_toml(self) -> dict[str, Any]:
        table: dict[str, Any] = {"kinds": [k for k in ENTITY_KINDS if k in self.kinds]}
        if self.theme is not None:
            table["theme"] = self.theme
        if self.stats is not None:
            table["stats"] = self.stats
        return table


def parse_settings(table: dict[str, Any]) -> Settings:
    """The settings a TOML table holds; unknown keys and values of the wrong type are ignored."""
    settings = Settings()
    theme = table.get("theme")
    if isinstance(theme, str) and theme:
        settings = replace(settings, theme=theme)
    kinds = table.get("kinds")
    if isinstance(kinds, list) and all(isinstance(k, str) for k in kinds):
        settings = replace(settings, kinds=frozenset(k for k in kinds if k in ENTITY_KINDS))
    stats = table.get("stats")
    if isinstance(stats, bool):
        settings = replace(settings, stats=stats)
    return settings


def load_settings(path: Path | None = None) -> Settings:
    path = path or settings_path()
    try:
        with path.open("rb") as file:
            return parse_settings(tomllib.load(file))
    except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError):
        return Settings()


def save_settings(settings: Settings, path: Path | None = None) -> bool:
    """Write the settings (atomically: a reader never finds half a file); False if it cannot."""
    import tomli_w

    path = path or settings_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_suffix(".toml.partial")
        partial.write_text(tomli_w.dumps(settings.to_toml()), encoding="utf-8")
        partial.replace(path)
    except OSError:
        return False
    return True

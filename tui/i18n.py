"""The interface language of a run: English or Chinese, chosen once — by `--lang` or from the
locale (`zh_*` → Chinese, anything else → English) — and the gettext catalog that translates
the English messages of every presenter (tui/locale/<lang>/LC_MESSAGES/tui.po, compiled to .mo).

Messages are written in English in the code, wrapped in `_()` where they are shown (or marked
with `N_()` where they are defined before the language is known, and translated where shown).
"""

from __future__ import annotations

import gettext
import os
from collections.abc import Mapping
from pathlib import Path
from typing import Literal

Language = Literal["en", "zh"]
LANGUAGES: tuple[Language, ...] = ("en", "zh")
DOMAIN = "tui"
LOCALE_DIR = Path(__file__).with_name("locale")
# POSIX order: LC_ALL overrides LC_MESSAGES, which overrides LANG; GNU's LANGUAGE comes first.
LOCALE_VARIABLES = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")


def language_from_locale(environ: Mapping[str, str] = os.environ) -> Language:
    """`zh` when the first locale variable set names Chinese (zh_CN.UTF-8, zh_TW …), else `en`."""
    for variable in LOCALE_VARIABLES:
        value = environ.get(variable, "").split(":")[0].strip()
        if value:
            return "zh" if value.lower().startswith("zh") else "en"
    return "en"


class _Catalog:
    """The run's translation; replaced whole by `set_language`."""

    language: Language = "en"
    translation: gettext.NullTranslations = gettext.NullTranslations()


def set_language(language: Language) -> None:
    """Speak `language` from now on (a missing catalog falls back to English)."""
    _Catalog.language = language
    _Catalog.translation = gettext.translation(
        DOMAIN, LOCALE_DIR, languages=[language], fallback=True
    )


def language() -> Language:
    return _Catalog.language


def _(message: str) -> str:
    """`message` in the run's language."""
    return _Catalog.translation.gettext(message)


def ngettext(singular: str, plural: str, count: int) -> str:
    """The form of a message for `count` (Chinese has one form; English two)."""
    return _Catalog.translation.ngettext(singular, plural, count)


def N_(message: str) -> str:
    """Marks a message for the catalog where it is defined; `_` translates it where shown."""
    return message


set_language(language_from_locale())

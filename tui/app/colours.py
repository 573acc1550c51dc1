"""The explorer's own colours as theme variables: one per entity kind (text, legend, lists, the
chart) and the match mark, each with a light and a dark value, made to read at a contrast of at
least 4.5 : 1 (WCAG AA) on whatever background the chosen theme paints behind them.

`ThemedApp` hands them to Textual (`get_theme_variable_defaults`), so every stylesheet can say
`color: $kind-person`; a theme that sets a variable itself wins over the default made here.
"""

from __future__ import annotations

import colorsys

from textual.app import App
from textual.color import Color
from textual.theme import Theme

from tui.model import ENTITY_KINDS, EntityKind

MIN_CONTRAST = 4.5  # WCAG AA for text

# Per kind, one hue: on light and on dark backgrounds, and (for ANSI themes, which leave the
# colours to the terminal's palette) its nearest ANSI colours, light then dark.
KIND_COLOURS: dict[EntityKind, tuple[str, str, str, str]] = {
    "person": ("#b03a12", "#ff8c69", "ansi_red", "ansi_bright_red"),
    "org": ("#0b5cad", "#6cb6ff", "ansi_blue", "ansi_bright_blue"),
    "place": ("#1a7336", "#7ee787", "ansi_green", "ansi_bright_green"),
    "time": ("#7d5200", "#e3b341", "ansi_yellow", "ansi_bright_yellow"),
    "number": ("#7339b8", "#d2a8ff", "ansi_magenta", "ansi_bright_magenta"),
    "title": ("#a8195f", "#f778ba", "ansi_magenta", "ansi_bright_magenta"),
}
# The background of a search match: the theme's warning colour laid over the background; the
# text on it is the theme's foreground where that reads at MIN_CONTRAST, else black or white.
MATCH_ALPHA = 0.4

# What the explorer's text sits on: the article and panes, the modal lists, the legend.
BACKGROUNDS = ("background", "surface", "boost")


def luminance(colour: Color) -> float:
    """WCAG relative luminance."""

    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(colour.r) + 0.7152 * channel(colour.g) + 0.0722 * channel(colour.b)


def contrast(a: Color, b: Color) -> float:
    """WCAG contrast ratio of two opaque colours (1 … 21)."""
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def readable(colour: Color, backgrounds: list[Color], dark: bool) -> Color:
    """`colour`, made lighter (dark theme) or darker (light theme) in small steps until it
    reads at MIN_CONTRAST on every background; its hue and saturation are kept."""
    hue, lightness, saturation = colorsys.rgb_to_hls(colour.r / 255, colour.g / 255, colour.b / 255)
    step = 0.02 if dark else -0.02
    candidate = colour
    while min(contrast(candidate, bg) for bg in backgrounds) < MIN_CONTRAST:
        lightness += step
        if not 0 <= lightness <= 1:
            return Color(255, 255, 255) if dark else Color(0, 0, 0)
        r, g, b = colorsys.hls_to_rgb(hue, lightness, saturation)
        candidate = Color(round(r * 255), round(g * 255), round(b * 255))
    return candidate


def theme_backgrounds(theme: Theme) -> tuple[dict[str, str], list[Color]]:
    """The theme's generated variables and the opaque backgrounds the explorer writes on."""
    variables = theme.to_color_system().generate()
    variables.update(theme.variables)
    base = Color.parse(variables["background"])
    colours = []
    for name in BACKGROUNDS:
        colour = Color.parse(variables[name])
        colours.append(base.blend(colour, colour.a).with_alpha(1.0) if colour.a < 1 else colour)
    return variables, colours


def explorer_colours(theme: Theme) -> dict[str, str]:
    """The explorer's variables for `theme`: `kind-<kind>`, `match-background` and
    `match-foreground`."""
    if theme.ansi:
        side = 1 if theme.dark else 0
        found = {f"kind-{kind}": KIND_COLOURS[kind][2 + side] for kind in ENTITY_KINDS}
        found["match-background"] = "ansi_yellow"
        found["match-foreground"] = "ansi_black"
        return found
    variables, backgrounds = theme_backgrounds(theme)
    side = 1 if theme.dark else 0
    found = {}
    for kind in ENTITY_KINDS:
        colour = readable(Color.parse(KIND_COLOURS[kind][side]), backgrounds, theme.dark)
        found[f"kind-{kind}"] = colour.hex
    mark = backgrounds[0].blend(Color.parse(variables["warning"]), MATCH_ALPHA)
    text = Color.parse(variables["foreground"]).with_alpha(1.0)
    if contrast(text, mark) < MIN_CONTRAST:
        black, white = Color(0, 0, 0), Color(255, 255, 255)
        text = black if contrast(black, mark) >= contrast(white, mark) else white
    found["match-background"] = mark.hex
    found["match-foreground"] = text.hex
    return found


class ThemedApp(App[None]):
    """An App whose stylesheets may use the explorer's colour variables, for every theme."""

    def get_theme_variable_defaults(self) -> dict[str, str]:
        return explorer_colours(self.current_theme)

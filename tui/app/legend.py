"""The entity legend: one line naming each kind in its colour, the kinds not highlighted dimmed;
a click on a kind tells the app (EntityLegend.KindClicked).

It also holds the two helpers every pane uses to draw kinds in theme-aware colours: the CSS of
the `kind--<kind>` component classes, and reading them back as rich styles.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from rich.style import Style
from rich.text import Text
from textual import events
from textual.dom import DOMNode
from textual.message import Message
from textual.reactive import reactive
from textual.widget import Widget

from tui.model import ENTITY_KINDS, EntityKind
from tui.vocabulary import KIND_STYLE, kind_label

KIND_COMPONENT_CLASSES: frozenset[str] = frozenset(f"kind--{kind}" for kind in ENTITY_KINDS)


def kind_css(owner: str) -> str:
    """CSS rules giving `owner`'s `kind--<kind>` component classes their look: the theme's
    `$kind-<kind>` colour (tui.app.colours) and the kind's text style.

    Each widget that draws kinds lists KIND_COMPONENT_CLASSES and adds these rules to its
    DEFAULT_CSS, so a theme or user stylesheet can recolour every pane in one place.
    """
    rules = []
    for kind, spec in KIND_STYLE.items():
        style = Style.parse(spec)
        declarations = [f"color: $kind-{kind};"]
        text_style = [name for name in ("bold", "italic", "underline") if getattr(style, name)]
        if text_style:
            declarations.append(f"text-style: {' '.join(text_style)};")
        rules.append(f"{owner} > .kind--{kind} {{ {' '.join(declarations)} }}")
    return "\n".join(rules)


def kind_styles(node: DOMNode) -> dict[EntityKind, Style]:
    """The rich style of each kind as `node`'s stylesheet sets it (node lists the classes)."""
    return {
        kind: node.get_component_rich_style(f"kind--{kind}", partial=True)  # type: ignore[attr-defined]
        for kind in ENTITY_KINDS
    }


def kind_swatch(kind: EntityKind, style: Style, on: bool = True, gap: str = " ") -> Text:
    """'● 人物' in the kind's colour; '○ 人物' dimmed when the kind is not highlighted."""
    if on:
        return Text.assemble((f"●{gap}", style), (kind_label(kind), style))
    dim = Style(dim=True)
    return Text.assemble((f"○{gap}", dim), (kind_label(kind), dim))


class EntityLegend(Widget):
    """`● 人物  ● 机构  ● 地点 …` — which colour means which kind, and which are shown now."""

    COMPONENT_CLASSES: ClassVar[set[str]] = set(KIND_COMPONENT_CLASSES)

    DEFAULT_CSS = """
    EntityLegend {
        height: 1;
        width: 1fr;
        color: $text-muted;
    }
    """ + kind_css("EntityLegend")

    kinds: reactive[frozenset[EntityKind]] = reactive(frozenset(ENTITY_KINDS))
    """The kinds highlighted in the article now; the others are drawn dimmed."""

    @dataclass
    class KindClicked(Message):
        """A kind's swatch was clicked: the app may switch its highlighting on or off."""

        kind: EntityKind

    def render(self) -> Text:
        styles = kind_styles(self)
        # Looser when there is room, tighter in a narrow pane, so that all six kinds show.
        for gap, separator in (" ", "  "), ("", " "):
            parts = []
            for kind in ENTITY_KINDS:
                swatch = kind_swatch(kind, styles[kind], kind in self.kinds, gap)
                swatch.stylize(Style(meta={"kind": kind}))  # read back by on_click
                parts.append(swatch)
            legend = Text(separator, no_wrap=True, overflow="ellipsis").join(parts)
            if legend.cell_len <= self.size.width:
                break
        return legend

    def on_click(self, event: events.Click) -> None:
        kind = event.style.meta.get("kind")
        if kind in ENTITY_KINDS:
            event.stop()
            self.post_message(self.KindClicked(kind))

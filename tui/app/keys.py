"""The explorer's keys: each binding with its id (so a user may remap it) and tooltip, and the
help screen's list of them, in the order a reader learns them."""

from __future__ import annotations

from textual.binding import Binding, BindingType

BINDINGS: list[BindingType] = [
    Binding(
        "j,down",
        "scroll_down",
        "Down",
        show=False,
        id="scroll-down",
        tooltip="Scroll the article down a line",
    ),
    Binding(
        "k,up",
        "scroll_up",
        "Up",
        show=False,
        id="scroll-up",
        tooltip="Scroll the article up a line",
    ),
    Binding(
        "n,right_square_bracket",
        "next",
        "Next",
        key_display="n/]",
        id="next",
        tooltip="Next section; next match or mention while searching or stepping",
    ),
    Binding(
        "p,left_square_bracket",
        "previous",
        "Prev",
        key_display="p/[",
        id="previous",
        tooltip="Previous section",
    ),
    Binding(
        "N",
        "step_back",
        "Prev match",
        show=False,
        id="previous-match",
        tooltip="Previous match or mention",
    ),
    *(
        Binding(
            str(n),
            f"section({n})",
            f"Section {n}",
            show=False,
            id=f"section-{n}",
            tooltip=f"Jump to section {n}",
        )
        for n in range(10)
    ),
    Binding("g,home", "top", "Top", show=False, id="top", tooltip="Top of the article"),
    Binding("G,end", "bottom", "Bottom", show=False, id="bottom", tooltip="Bottom of the article"),
    # priority: handled as it arrives, so the keys typed right after it reach the query.
    Binding(
        "slash",
        "search",
        "Search",
        key_display="/",
        id="search",
        priority=True,
        tooltip="Search in Chinese or pinyin",
    ),
    Binding(
        "escape",
        "leave",
        "Leave",
        show=False,
        id="leave",
        tooltip="Leave the search or the stepping",
    ),
    Binding("e", "entities", "Entities", id="entities", tooltip="The entity list"),
    Binding(
        "t",
        "cycle_kinds",
        "Kinds",
        id="cycle-kinds",
        tooltip="Cycle which entity kinds are highlighted",
    ),
    Binding("w", "quotes", "Who said", id="quotes", tooltip="Quotes by speaker"),
    Binding("s", "toggle_stats", "Stats", id="toggle-stats", tooltip="Show or hide the stats pane"),
    Binding("r", "raw", "Raw", id="raw", tooltip="The raw page, boilerplate included"),
    Binding("question_mark", "help", "Help", key_display="?", id="help", tooltip="Every key"),
    Binding("q", "quit", "Quit", id="quit", tooltip="Quit"),
    Binding("ctrl+q", "quit", "Quit", show=False, id="quit-ctrl", tooltip="Quit"),
]

# What ? lists, in the order a reader learns them (keys as they are pressed).
HELP: tuple[tuple[str, str], ...] = (
    ("j / k, ↓ / ↑", "scroll down / up"),
    ("n / p, ] / [", "next / previous section"),
    ("0 … 9", "jump to section N (0 is the lead)"),
    ("g / G, home / end", "top / bottom"),
    ("/", "search, in Chinese or pinyin (guangzhou, gz)"),
    ("n / N", "next / previous match or mention, while searching or stepping"),
    ("escape", "leave the search or the stepping"),
    ("e", "entity list; Enter steps through an entity's mentions"),
    ("t", "cycle which entity kinds are highlighted"),
    ("w", "who said what: quotes by speaker"),
    ("s", "show / hide the stats pane"),
    ("r", "the raw page, boilerplate included"),
    ("tab / shift+tab", "move between panes"),
    ("ctrl+p", "command palette: go to section, find entity, open document"),
    ("click", "a section in the outline, an entity (steps through it), a match"),
    ("?", "this help"),
    ("q, ctrl+q", "quit"),
)

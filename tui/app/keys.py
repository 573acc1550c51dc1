"""The explorer's keys: each binding with its id (so a user may remap it) and tooltip, and the
help screen's list of them, in the order a reader learns them."""

from __future__ import annotations

from dataclasses import replace

from textual.binding import Binding, BindingType

from tui.i18n import N_, _

BINDINGS: list[BindingType] = [
    Binding(
        "j,down",
        "scroll_down",
        N_("Down"),
        show=False,
        id="scroll-down",
        tooltip=N_("Scroll the article down a line"),
    ),
    Binding(
        "k,up",
        "scroll_up",
        N_("Up"),
        show=False,
        id="scroll-up",
        tooltip=N_("Scroll the article up a line"),
    ),
    Binding(
        "n,right_square_bracket",
        "next",
        N_("Next"),
        key_display="n/]",
        id="next",
        tooltip=N_("Next section; next match or mention while searching or stepping"),
    ),
    Binding(
        "p,left_square_bracket",
        "previous",
        N_("Prev"),
        key_display="p/[",
        id="previous",
        tooltip=N_("Previous section"),
    ),
    Binding(
        "N",
        "step_back",
        N_("Prev match"),
        show=False,
        id="previous-match",
        tooltip=N_("Previous match or mention"),
    ),
    *(
        Binding(
            str(n),
            f"section({n})",
            N_("Section {n}").format(n=n),
            show=False,
            id=f"section-{n}",
            tooltip=N_("Jump to section {n}").format(n=n),
        )
        for n in range(10)
    ),
    Binding("g,home", "top", N_("Top"), show=False, id="top", tooltip=N_("Top of the article")),
    Binding(
        "G,end",
        "bottom",
        N_("Bottom"),
        show=False,
        id="bottom",
        tooltip=N_("Bottom of the article"),
    ),
    # priority: handled as it arrives, so the keys typed right after it reach the query.
    Binding(
        "slash",
        "search",
        N_("Search"),
        key_display="/",
        id="search",
        priority=True,
        tooltip=N_("Search in Chinese or pinyin"),
    ),
    Binding(
        "escape",
        "leave",
        N_("Leave"),
        show=False,
        id="leave",
        tooltip=N_("Leave the search or the stepping"),
    ),
    # (priority, as /: see ExplorerApp.typing_has_the_focus)
    Binding(
        "e",
        "entities",
        N_("Entities"),
        id="entities",
        priority=True,
        tooltip=N_("The entity list"),
    ),
    Binding(
        "t",
        "cycle_kinds",
        N_("Kinds"),
        id="cycle-kinds",
        tooltip=N_("Cycle which entity kinds are highlighted"),
    ),
    Binding(
        "w",
        "quotes",
        N_("Who said"),
        id="quotes",
        priority=True,
        tooltip=N_("Quotes by speaker"),
    ),
    Binding(
        "s",
        "toggle_stats",
        N_("Stats"),
        id="toggle-stats",
        tooltip=N_("Show or hide the stats pane"),
    ),
    Binding("r", "raw", N_("Raw"), id="raw", tooltip=N_("The raw page, boilerplate included")),
    Binding(
        "question_mark", "help", N_("Help"), key_display="?", id="help", tooltip=N_("Every key")
    ),
    Binding("q", "quit", N_("Quit"), id="quit", tooltip=N_("Quit")),
    Binding("ctrl+q", "quit", N_("Quit"), show=False, id="quit-ctrl", tooltip=N_("Quit")),
    # ctrl+c quits too, as a reader expects of a terminal program (in a text field it copies).
    Binding("ctrl+c", "quit", N_("Quit"), show=False, id="quit-ctrl-c", tooltip=N_("Quit")),
]

# What ? lists, in the order a reader learns them (keys as they are pressed).
HELP: tuple[tuple[str, str], ...] = (
    ("j / k, ↓ / ↑", N_("scroll down / up")),
    ("n / p, ] / [", N_("next / previous section")),
    ("0 … 9", N_("jump to section N (0 is the lead)")),
    ("g / G, home / end", N_("top / bottom")),
    ("/", N_("search, in Chinese or pinyin (guangzhou, gz)")),
    ("n / N", N_("next / previous match or mention, while searching or stepping")),
    (N_("escape"), N_("leave the search or the stepping")),
    ("e", N_("entity list; Enter steps through an entity's mentions")),
    ("t", N_("cycle which entity kinds are highlighted")),
    ("w", N_("who said what: quotes by speaker")),
    ("s", N_("show / hide the stats pane")),
    ("r", N_("the raw page, boilerplate included")),
    ("tab / shift+tab", N_("move between panes")),
    (N_("type"), N_("in a list (e, w, documents): filter it; Tab moves to the list")),
    ("ctrl+p", N_("command palette: go to section, find entity, open document")),
    (N_("click"), N_("a section in the outline, an entity (steps through it), a match")),
    ("?", N_("this help")),
    ("q, ctrl+q, ctrl+c", N_("quit")),
)

# Textual's own key in the bar: its word goes through the catalog with ours.
PALETTE = N_("palette")

# When the key bar is too narrow for every key, these leave it first to last (by binding id),
# whole, so that no word is ever cut ("w Who s"); ? Help and q Quit always stay, and the
# palette (ctrl+p) and the help screen reach the others.
KEY_BAR_DROP_ORDER = (
    "raw",
    "cycle-kinds",
    "previous",
    "toggle-stats",
    "next",
    "quotes",
    "entities",
    "search",
)


def translated(binding: Binding) -> Binding:
    """The binding with its words in the run's language (the key bar and tooltips show them)."""
    if binding.id is not None and binding.id.startswith("section-"):
        n = binding.id.removeprefix("section-")
        description = _("Section {n}").format(n=n)
        tooltip = _("Jump to section {n}").format(n=n)
    else:
        description = _(binding.description) if binding.description else ""
        tooltip = _(binding.tooltip) if binding.tooltip else ""
    return replace(binding, description=description, tooltip=tooltip)


def translated_help() -> tuple[tuple[str, str], ...]:
    return tuple((_(keys), _(action)) for keys, action in HELP)

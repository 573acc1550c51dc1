"""The explorer app: lays out the panes, binds the keys, runs the analysis worker, wires it up.

It only presents: documents arrive parsed, and annotations and insight come from
`tui.pipeline.analyse_document`, run in a thread worker once the first screen is painted.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from textual import events, on, work
from textual.app import App, ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.reactive import var
from textual.widgets import Footer, Header, Input, Static
from textual.worker import Worker, WorkerState

if TYPE_CHECKING:
    from textual.command import Provider

    from tui.app.stats import StatsPane
    from tui.machinery.cache import Cache
    from tui.text.search import Match

from tui.app.article import Anchor, ArticleView
from tui.app.documents import DocumentList
from tui.app.legend import EntityLegend
from tui.app.messages import JumpTo, StepThroughEntity
from tui.app.outline import Outline
from tui.app.search_bar import SearchBar, Span, Stepper
from tui.kinds import KIND_LABEL
from tui.machinery.signals import exit_app_on_termination
from tui.model import ENTITY_KINDS, Annotations, Document, EntityKind, Quote
from tui.pipeline import Analysed

Analyser = Callable[[Document], Analysed]

# t cycles: every kind, then each kind alone, then none, then every kind again.
KIND_CYCLE: tuple[frozenset[EntityKind], ...] = (
    frozenset(ENTITY_KINDS),
    *(frozenset({kind}) for kind in ENTITY_KINDS),
    frozenset(),
)
# Below these widths a pane gives way to the article: stats first, then the outline.
STATS_MIN_WIDTH = 110
OUTLINE_MIN_WIDTH = 70
FOOTER_ROOMY_WIDTH = 110
# Below it the key bar shows one key an action (the others are on the help screen) and, down
# to 80 columns, leaves out the palette hint: then every key fits, ? Help and q Quit included.
# Narrower still, they cannot all fit, and the palette hint is the way to the rest.
KEYS_FIT_WIDTH = 80
_NARROW_KEY_DISPLAY = {"next": "n", "previous": "p"}


def key_bar_style(width: int) -> tuple[bool, bool]:
    """(compact, with the palette hint) for a terminal `width` columns wide."""
    compact = width < FOOTER_ROOMY_WIDTH
    return compact, not compact or width < KEYS_FIT_WIDTH


def analyse_through(cache: Cache | None, document: Document) -> Analysed:
    """The pipeline's analysis, through `cache` when there is one. A big text not analysed
    before goes to a child process: quitting kills it at once, and the interface keeps its
    core (tui.machinery.child). Runs in a thread worker."""
    from tui.machinery.parallel import MIN_CHARS
    from tui.pipeline import analyse_document, cached_analysis

    if cache is not None and (hit := cached_analysis(document, cache)) is not None:
        return hit
    if sum(len(p.text) for p in document.iter_paragraphs()) < MIN_CHARS:
        return analyse_document(document, cache=cache)
    from textual.worker import NoActiveWorker, get_current_worker

    from tui.machinery.child import analyse_in_child

    try:
        worker: Worker | None = get_current_worker()
    except NoActiveWorker:  # called directly, not as the explorer's analyser: never stopped
        worker = None

    def stop() -> bool:
        return worker is not None and worker.is_cancelled

    try:
        return analyse_in_child(document, cache.directory if cache is not None else None, stop)
    except OSError:  # no process could be started (process limits, no interpreter): here then
        return analyse_document(document, cache=cache)


def default_analyser(document: Document) -> Analysed:
    """Through the user's cache, as `tui summary` uses it: a text opened before is highlighted
    at once."""
    from tui.machinery.cache import Cache

    return analyse_through(Cache(), document)


@dataclass
class DocumentState:
    """Per document: its analysis once done, and where the reader left it."""

    analysed: Analysed | None = None
    anchor: Anchor = None
    sections: dict[int, int] | None = None  # paragraph index -> section index


# What the first frame does not need is imported when it is (they cost startup time):
# the command palette's providers, the modal screens, the stats pane, pinyin search.


def section_commands() -> type[Provider]:
    from tui.app.commands import SectionCommands

    return SectionCommands


def entity_commands() -> type[Provider]:
    from tui.app.commands import EntityCommands

    return EntityCommands


def document_commands() -> type[Provider]:
    from tui.app.commands import DocumentCommands

    return DocumentCommands


class ExplorerApp(App[None]):
    """Read, navigate and search one or more parsed documents."""

    TITLE = "tui"
    CSS_PATH = "app.tcss"
    COMMANDS = App.COMMANDS | {section_commands, entity_commands, document_commands}

    BINDINGS: ClassVar[list[BindingType]] = [
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
            for n in range(1, 10)
        ),
        Binding("g,home", "top", "Top", show=False, id="top", tooltip="Top of the article"),
        Binding(
            "G,end", "bottom", "Bottom", show=False, id="bottom", tooltip="Bottom of the article"
        ),
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
        Binding(
            "s", "toggle_stats", "Stats", id="toggle-stats", tooltip="Show or hide the stats pane"
        ),
        Binding("r", "raw", "Raw", id="raw", tooltip="The raw page, boilerplate included"),
        Binding("question_mark", "help", "Help", key_display="?", id="help", tooltip="Every key"),
        Binding("q", "quit", "Quit", id="quit", tooltip="Quit"),
        Binding("ctrl+q", "quit", "Quit", show=False, id="quit-ctrl", tooltip="Quit"),
    ]

    # What ? lists, in the order a reader learns them (keys as they are pressed).
    HELP: ClassVar[tuple[tuple[str, str], ...]] = (
        ("j / k, ↓ / ↑", "scroll down / up"),
        ("n / p, ] / [", "next / previous section"),
        ("1 … 9", "jump to section N (0 is the lead)"),
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

    kinds: var[frozenset[EntityKind]] = var(frozenset(ENTITY_KINDS))
    stats_wanted: var[bool | None] = var(None)  # None: as the width allows

    def __init__(self, documents: Sequence[Document], analyser: Analyser | None = None) -> None:
        super().__init__()
        if not documents:
            raise ValueError("the explorer needs at least one document")
        self.documents = list(documents)
        self.analyser = analyser or default_analyser
        self.states = [DocumentState() for _ in self.documents]
        self.current = 0
        self.stepper: Stepper | None = None
        self.panes_ready = False
        self.key_bar_style = key_bar_style(FOOTER_ROOMY_WIDTH)  # arrange_panes: by the width
        self._entity_choice: tuple[EntityKind, str] | None = None

    # --- layout ------------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        # The first frame is the article alone, in panes already sized: the header, outline,
        # stats, search bar and key bar are mounted right after it (mount_panes), so the text
        # appears sooner and is never re-wrapped when they arrive.
        yield Static(id="header-slot")
        with Horizontal(id="main"):
            yield Vertical(id="side")
            with Vertical(id="center"):
                yield ArticleView(id="article")
                yield EntityLegend(id="legend")
            yield Vertical(id="right")
        # The key bar's row, kept until the Footer (dozens of widgets) is mounted after the
        # first frame: the article keeps its height, so it is never re-wrapped for it.
        yield Static(id="footer-slot")

    def format_title(self, title: str, sub_title: str) -> Content:
        if not sub_title:
            return Content(title)
        return Content.assemble(Content(title), (" · ", "dim"), (sub_title, "dim"))

    def on_mount(self) -> None:
        exit_app_on_termination(self.exit)  # SIGTERM, SIGHUP: exit as on q, terminal restored
        self.arrange_panes()
        self.show_article(0)
        self.focus_article()
        self.call_after_refresh(self.mount_panes)

    async def mount_panes(self) -> None:
        await self.ensure_search_bar()
        side = self.query_one("#side")
        if len(self.documents) > 1:
            await side.mount(DocumentList(id="documents"))
            self.query_one(DocumentList).show(self.documents)
        await side.mount(Outline(id="outline"))
        from tui.app.stats import StatsPane

        await self.query_one("#right").mount(StatsPane(id="stats"))
        with self.batch_update():
            await self.query_one("#footer-slot").remove()
            compact, palette = key_bar_style(self.size.width)
            await self.mount(Footer(compact=compact, show_command_palette=palette))
            await self.query_one("#header-slot").remove()
            await self.mount(Header(icon="文"), before="#main")
        self.show_panes()
        self.panes_ready = True
        # Analysis starts once the text is on screen, so the first paint never waits for it.
        self.analyse_current()

    async def ensure_search_bar(self) -> SearchBar:
        """The search bar, mounted now if the first frame is not yet followed by the panes."""
        bar = self.search_bar
        if bar is None:
            bar = SearchBar(id="search-bar")
            await self.query_one("#center").mount(bar, before="#legend")
        return bar

    @property
    def search_bar(self) -> SearchBar | None:
        found = self.query("#search-bar")
        return found.first(SearchBar) if found else None

    def focus_article(self) -> None:
        """Focus the article at once, so keys already on their way act on it."""
        self.screen.set_focus(self.article)

    @property
    def stats_pane(self) -> StatsPane:
        return self.query_one("#stats")  # type: ignore[return-value]

    @property
    def article(self) -> ArticleView:
        return self.query_one("#article", ArticleView)

    @property
    def document(self) -> Document:
        return self.documents[self.current]

    @property
    def annotations(self) -> Annotations:
        analysed = self.states[self.current].analysed
        return analysed.annotations if analysed else Annotations()

    @property
    def analysed(self) -> bool:
        return self.states[self.current].analysed is not None

    def on_resize(self, event: events.Resize) -> None:
        # The event's size: this handler runs before the App's, which sets `self.size`.
        self.arrange_panes(event.size.width)

    def arrange_panes(self, width: int | None = None) -> None:
        """Stats pane first, then the outline give way on narrow terminals; s overrides."""
        width = self.size.width if width is None else width
        stats = self.stats_wanted if self.stats_wanted is not None else width >= STATS_MIN_WIDTH
        outline = width >= OUTLINE_MIN_WIDTH and (width >= STATS_MIN_WIDTH or not stats)
        self.query_one("#right").display = stats
        self.query_one("#side").display = outline
        style = key_bar_style(width)
        if style != self.key_bar_style:
            self.key_bar_style = style
            for footer in self.query(Footer):
                footer.compact, footer.show_command_palette = style
                footer.refresh(recompose=True)  # the keys as get_key_display now gives them

    def get_key_display(self, binding: Binding) -> str:
        compact, _ = self.key_bar_style
        if compact and binding.id in _NARROW_KEY_DISPLAY:
            return _NARROW_KEY_DISPLAY[binding.id]
        return super().get_key_display(binding)

    def watch_stats_wanted(self) -> None:
        self.arrange_panes()

    # --- documents and analysis --------------------------------------------------------

    def show_document(self, index: int) -> None:
        self.show_article(index)
        self.show_panes()

    def show_article(self, index: int) -> None:
        if index != self.current:
            self.states[self.current].anchor = self.article.top_anchor()
        self.leave_stepping()
        self.current = index
        document = self.document
        state = self.states[index]
        self.title = document.meta.title or Path(document.name).name
        meta = document.meta
        self.sub_title = " · ".join(p for p in (meta.date, meta.source) if p)
        self.article.show(document, self.annotations)
        self.article.scroll_to_anchor(state.anchor)

    def show_panes(self) -> None:
        document = self.document
        analysed = self.states[self.current].analysed
        self.query_one(Outline).show(document)
        self.query_one(Outline).follow(self.article.current_section or 0)
        if len(self.documents) > 1:
            self.query_one(DocumentList).follow(self.current)
        self.stats_pane.show(document, analysed.insight if analysed else None)

    def analyse_current(self) -> None:
        if self.states[self.current].analysed is None:
            self.analyse(self.current)

    def analyse(self, index: int) -> None:
        document = self.documents[index]
        self.run_worker(
            lambda: self.analyser(document),
            name=f"analyse-{index}",
            group=f"analyse-{index}",
            thread=True,
            exclusive=True,
            exit_on_error=False,
        )

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        worker = event.worker
        if not worker.name.startswith("analyse-"):
            return
        index = int(worker.name.removeprefix("analyse-"))
        if event.state == WorkerState.SUCCESS and isinstance(worker.result, Analysed):
            self.states[index].analysed = worker.result
            if index == self.current:
                self.apply_analysis()
        elif event.state == WorkerState.ERROR:
            self.notify(
                f"Could not analyse this document: {worker.error}",
                severity="error",
                markup=False,
            )

    def apply_analysis(self) -> None:
        analysed = self.states[self.current].analysed
        if analysed is None:
            return
        article = self.article
        anchor = article.top_anchor()
        article.set_annotations(analysed.annotations)
        article.scroll_to_anchor(anchor)  # the speaker lines added above must not move the text
        self.stats_pane.show(self.document, analysed.insight)
        self.query_one(EntityLegend).kinds = self.kinds

    # --- reading position --------------------------------------------------------------

    @on(ArticleView.SectionChanged)
    def _follow_section(self, event: ArticleView.SectionChanged) -> None:
        if self.panes_ready:
            self.query_one(Outline).follow(event.section)

    @on(Outline.SectionChosen)
    def _section_chosen(self, event: Outline.SectionChosen) -> None:
        self.article.scroll_to_section(event.section)
        self.focus_article()

    @on(DocumentList.DocumentChosen)
    def _document_chosen(self, event: DocumentList.DocumentChosen) -> None:
        self.open_document(event.index)

    def open_document(self, index: int) -> None:
        if index != self.current:
            self.show_document(index)
            self.analyse_current()
        self.focus_article()

    def action_scroll_down(self) -> None:
        self.article.scroll_relative(y=1, animate=False, immediate=True, force=True)

    def action_scroll_up(self) -> None:
        self.article.scroll_relative(y=-1, animate=False, immediate=True, force=True)

    def action_top(self) -> None:
        self.article.scroll_to(y=0, animate=False, immediate=True, force=True)

    def action_bottom(self) -> None:
        article = self.article
        article.scroll_to(y=article.max_scroll_y, animate=False, immediate=True, force=True)

    def action_section(self, number: int) -> None:
        self.go_to_section(number)

    def go_to_section(self, number: int) -> None:
        if not self.article.scroll_to_section(number):
            last = len(self.document.sections) - 1
            self.notify(f"No section {number}: this document has 0…{last}.", severity="warning")

    def action_next(self) -> None:
        if self.stepper is not None:
            self.step(1)
        else:
            self.move_section(1)

    def action_previous(self) -> None:
        self.move_section(-1)

    def action_step_back(self) -> None:
        if self.stepper is not None:
            self.step(-1)
        else:
            self.notify(
                "N goes back through matches: search with / or pick an entity (e).", timeout=3
            )

    def move_section(self, direction: int) -> None:
        """To the next section below the top of the view, or back to the one above it; at
        either end a note says so (the view would not move)."""
        top = round(self.article.scroll_y)
        rows = self.article.section_rows()
        if direction > 0:
            targets = [row for _, row in rows if row > top]
            target = targets[0] if targets else None
        else:
            targets = [row for _, row in rows if row < top]
            target = targets[-1] if targets else None
        if target is not None:
            self.article.scroll_to(y=target, animate=False, immediate=True, force=True)
        elif rows:
            self.notify(
                "This is the last section." if direction > 0 else "This is the first section.",
                timeout=2,
            )

    # --- search and stepping -----------------------------------------------------------

    async def action_search(self) -> None:
        bar = await self.ensure_search_bar()
        if self.stepper is not None and self.stepper.kind == "entity":
            self.leave_stepping()
        bar.open_search()

    @on(Input.Changed, "#search-input")
    def _query_changed(self, event: Input.Changed) -> None:
        self.run_search(event.value)

    @work(thread=True, exclusive=True, group="search")
    def run_search(self, query: str) -> None:
        from tui.text.search import search

        document = self.document
        matches = search(document, query) if query.strip() else ()
        self.call_from_thread(self.show_matches, document, query, matches)

    def show_matches(self, document: Document, query: str, matches: Sequence[Match]) -> None:
        bar = self.search_bar
        if document is not self.document or bar is None or bar.mode != "search":
            return
        if query != self.query_one("#search-input", Input).value:
            return  # the answer to a query typed over since
        stepper = self.stepper
        if stepper is not None and stepper.kind == "search" and stepper.label == query:
            return  # a late answer to a query already shown (Enter ran it at once)
        if not query.strip():  # nothing asked yet: no count, no hits (not "no matches")
            self.stepper = None
        else:
            spans = [(m.paragraph, m.start, m.end) for m in matches]
            self.stepper = Stepper("search", query, spans)
        self.article.set_matches(matches)
        self.article.clear_mark()
        self.update_count()
        self.show_hits()

    @on(Input.Submitted, "#search-input")
    def _query_submitted(self, event: Input.Submitted) -> None:
        self.search_now(event.value)

    def search_now(self, query: str) -> None:
        """Run the search at once (not waiting for the live one), then go to the first match
        from the reading position on, as less and vim do."""
        from tui.text.search import search

        if not query.strip():  # Enter on an empty query leaves the search, as less does
            self.action_leave()
            return
        matches = search(self.document, query)
        self.show_matches(self.document, query, matches)
        self.focus_article()
        stepper = self.stepper
        if stepper is not None and stepper.spans:
            stepper.current = self.first_span_in_view(stepper.spans) - 1
            self.step(1)

    async def on_stats_pane_keyword_clicked(self, event: StatsPane.KeywordClicked) -> None:
        """A keyword clicked in the stats pane is searched for, as if typed after /."""
        bar = await self.ensure_search_bar()
        self.leave_stepping()
        bar.open_search()
        with self.prevent(Input.Changed):
            self.query_one("#search-input", Input).value = event.keyword
        self.search_now(event.keyword)

    def show_hits(self) -> None:
        """The outline shows how many matches or mentions each section holds, while stepping."""
        if not self.panes_ready:
            return
        stepper = self.stepper
        if stepper is None:
            self.query_one(Outline).show_hits(None)
            return
        sections = self.paragraph_sections()
        hits: dict[int, int] = {}
        for paragraph, _, _ in stepper.spans:
            section = sections[paragraph]
            hits[section] = hits.get(section, 0) + 1
        self.query_one(Outline).show_hits(hits)

    def paragraph_sections(self) -> dict[int, int]:
        """Paragraph index -> section index, for the document shown (built once)."""
        state = self.states[self.current]
        if state.sections is None:
            state.sections = {p.index: p.section for p in self.document.iter_paragraphs()}
        return state.sections

    def first_span_in_view(self, spans: Sequence[Span]) -> int:
        """The index of the first span at or below the top of the view (0 if none is)."""
        layout = self.article.layout
        top = round(self.article.scroll_y)
        if layout is not None:
            for index, (paragraph, start, _) in enumerate(spans):
                row = layout.row_of(paragraph, start)
                if row is not None and row >= top:
                    return index
        return 0

    def step(self, delta: int) -> None:
        stepper = self.stepper
        if stepper is None:
            return
        span = stepper.step(delta)
        if span is not None:
            self.article.set_mark(*span)
        self.update_count()

    def update_count(self) -> None:
        stepper = self.stepper
        bar = self.search_bar
        if bar is None:
            return
        if stepper is None:
            bar.count("")
        elif stepper.kind == "entity":
            bar.count(f"{stepper.label} · {stepper.describe()}  (n/N, escape)")
        else:
            bar.count(stepper.describe())

    def action_leave(self) -> None:
        bar = self.search_bar
        if self.stepper is not None or (bar is not None and bar.mode is not None):
            self.leave_stepping()
            self.focus_article()

    def leave_stepping(self) -> None:
        had_hits = self.stepper is not None
        self.stepper = None
        self._entity_choice = None
        if had_hits:
            self.show_hits()
        self.workers.cancel_group(self, "search")
        bar = self.search_bar
        if bar is not None:
            bar.close()
        self.article.set_matches(())
        self.article.clear_mark()

    def step_through_entity(
        self, kind: EntityKind, name: str, at: tuple[int, int] | None = None
    ) -> None:
        """Mark the entity's next mention (or the one at `at`); n/N go on from there."""
        choice = (kind, name)
        if self._entity_choice == choice and self.stepper is not None and at is None:
            self.step(1)  # chosen again: go on to the next mention
            return
        mentions = [
            (e.paragraph, e.start, e.end)
            for e in self.annotations.entities
            if e.kind == kind and e.name == name
        ]
        self.leave_stepping()
        self._entity_choice = choice
        self.stepper = Stepper("entity", name, mentions)
        self.show_hits()
        bar = self.search_bar
        if bar is not None:
            bar.open_entity(KIND_LABEL[kind])
        if at is not None:
            for i, (paragraph, start, end) in enumerate(mentions):
                if paragraph == at[0] and start <= at[1] < end:
                    self.stepper.current = i - 1
        self.step(1)

    @on(StepThroughEntity)
    def _step_through_entity(self, event: StepThroughEntity) -> None:
        self.step_through_entity(event.kind, event.name)

    @on(JumpTo)
    def _jump_to(self, event: JumpTo) -> None:
        if event.end > event.start:
            self.article.set_mark(event.paragraph, event.start, event.end)
        else:
            self.article.scroll_to_paragraph(event.paragraph)

    @on(ArticleView.Clicked)
    def _article_clicked(self, event: ArticleView.Clicked) -> None:
        """A click on a match makes it the current one; a click on an entity steps through it."""
        stepper = self.stepper
        if stepper is not None and stepper.kind == "search":
            for i, (paragraph, start, end) in enumerate(stepper.spans):
                if paragraph == event.paragraph and start <= event.offset < end:
                    stepper.current = i - 1
                    self.step(1)
                    return
        for entity in self.annotations.entities:
            if (
                entity.paragraph == event.paragraph
                and entity.start <= event.offset < entity.end
                and entity.kind in self.kinds
            ):
                at = (entity.paragraph, event.offset)
                self.step_through_entity(entity.kind, entity.name, at=at)
                return

    # --- panes and screens -------------------------------------------------------------

    def action_cycle_kinds(self) -> None:
        position = KIND_CYCLE.index(self.kinds) if self.kinds in KIND_CYCLE else -1
        self.kinds = KIND_CYCLE[(position + 1) % len(KIND_CYCLE)]
        if self.kinds == frozenset(ENTITY_KINDS):
            message = "Highlighting every kind of entity"
        elif not self.kinds:
            message = "Highlighting no entities"
        else:
            (kind,) = self.kinds
            message = f"Highlighting {KIND_LABEL[kind]} ({kind}) only"
        self.notify(message, timeout=2)

    def watch_kinds(self, kinds: frozenset[EntityKind]) -> None:
        self.article.highlighted_kinds = kinds
        self.query_one(EntityLegend).kinds = kinds

    def action_toggle_stats(self) -> None:
        self.stats_wanted = not self.query_one("#right").display

    def action_entities(self) -> None:
        if not self.analysed:
            self.notify("Still finding the entities…", timeout=2)
            return
        from tui.app.screens.entities import EntityListScreen

        self.push_screen(EntityListScreen(self.document, self.annotations), self._entity_chosen)

    def _entity_chosen(self, choice: tuple[EntityKind, str] | None) -> None:
        if choice is not None:
            self.step_through_entity(*choice)

    def action_quotes(self) -> None:
        if not self.analysed:
            self.notify("Still finding the quotes…", timeout=2)
            return
        from tui.app.screens.quotes import QuotesScreen

        self.push_screen(QuotesScreen(self.document, self.annotations), self._quote_chosen)

    def _quote_chosen(self, quote: Quote | None) -> None:
        if quote is not None:
            self.article.set_mark(quote.paragraph, quote.start, quote.end)

    def action_raw(self) -> None:
        from tui.app.screens.raw import RawPageScreen

        # Opened at the paragraph being read, so the reader sees where it sits in the page.
        paragraph = self.article.top_paragraph()
        line = None
        if paragraph is not None:
            line = next(p.line for p in self.document.iter_paragraphs() if p.index == paragraph)
        self.push_screen(RawPageScreen(self.document, line=line))

    def action_help(self) -> None:
        from tui.app.screens.help import HelpScreen

        self.push_screen(HelpScreen(self.HELP))

"""The explorer app: lays out the panes, binds the keys, opens and analyses documents in the
background, and wires the panes to each other.

It only presents: documents are opened and analysed by the pipeline — the first one before the
first paint, the others of a folder in a thread worker after it (any one chosen is opened at
once), analyses in a thread worker once the text is on screen. What n/N step through lives in
one `Stepping`; the groupings shown (names, speakers) come from the analysis.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import replace
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from rich.cells import cell_len
from textual import events, on, work
from textual.actions import SkipAction
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.reactive import var
from textual.screen import Screen
from textual.widgets import Footer, Header, Input, Static
from textual.worker import Worker, get_current_worker

if TYPE_CHECKING:
    from textual.command import Provider

    from tui.app.stats import StatsPane
    from tui.text.search import Match

from tui.app import keys
from tui.app.article import ArticleView, heading_place, reading_order, section_of_place
from tui.app.colours import ThemedApp
from tui.app.documents import DocumentList, DocumentPicker, Entry
from tui.app.legend import EntityLegend
from tui.app.messages import (
    AnalysisDone,
    AnalysisFailed,
    DocumentsOpened,
    JumpTo,
    StepThroughEntity,
)
from tui.app.outline import Outline
from tui.app.progress import ProgressLine
from tui.app.search_bar import SearchBar
from tui.app.settings import Settings, load_settings, save_settings
from tui.app.stepping import Span, Stepping
from tui.i18n import _
from tui.load import LoadError
from tui.machinery.signals import exit_app_on_termination
from tui.model import ENTITY_KINDS, Annotations, Document, EntityGroup, EntityKind, Quote
from tui.pipeline import Analysed, AnalysisStopped, Pipeline
from tui.text.wordtables import word_tables
from tui.vocabulary import document_title, kind_label

# t cycles: every kind, then each kind alone, then none, then every kind again.
KIND_CYCLE: tuple[frozenset[EntityKind], ...] = (
    frozenset(ENTITY_KINDS),
    *(frozenset({kind}) for kind in ENTITY_KINDS),
    frozenset(),
)
# Below these widths a pane gives way to the article: stats first, then the outline.
STATS_MIN_WIDTH = 110
STATS_WIDTH = 34
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


# The documents a folder holds are opened in the background, and shown in batches this often.
OPEN_BATCH_SECONDS = 0.25
_PANES_RETRY = 0.01  # seconds: how soon mount_panes looks again for its containers


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


class ExplorerApp(ThemedApp):
    """Read, navigate and search one or more parsed documents."""

    TITLE = "tui"
    CSS_PATH = Path(__file__).with_name("app.tcss")  # whole: a subclass elsewhere finds it too
    COMMANDS = ThemedApp.COMMANDS | {section_commands, entity_commands, document_commands}
    BINDINGS: ClassVar[list[BindingType]] = keys.BINDINGS
    HELP: ClassVar[tuple[tuple[str, str], ...]] = keys.HELP

    kinds: var[frozenset[EntityKind]] = var(frozenset(ENTITY_KINDS))
    stats_wanted: var[bool | None] = var(None)  # None: as the width allows

    def __init__(
        self,
        documents: Sequence[Document | str | Entry],
        pipeline: Pipeline | None = None,
        settings: Settings | None = None,
    ) -> None:
        """`documents`: parsed documents, or paths the pipeline opens (the first one that opens
        is shown at once; the others are opened in the background), or entries that failed."""
        super().__init__()
        self.translate_bindings()
        # The reader's choices from last time (theme, kinds, stats pane); saved as they change.
        self.settings = load_settings() if settings is None else settings
        self.settings_restored = False
        if not documents:
            raise ValueError("the explorer needs at least one document")
        self.pipeline = pipeline or Pipeline()
        self.entries = [
            d
            if isinstance(d, Entry)
            else Entry(d.name, document=d)
            if isinstance(d, Document)
            else Entry(d)
            for d in documents
        ]
        self.current = self.first_document()
        self.stepping = Stepping()
        self.panes_ready = False
        self.key_bar_style = key_bar_style(FOOTER_ROOMY_WIDTH)  # arrange_panes: by the width
        self.key_bar_keys: frozenset[str] = self.key_bar_ids
        self._analyses: dict[int, Worker[None]] = {}  # document index -> its analysis

    def translate_bindings(self) -> None:
        """The key bar in the run's language: the bindings are declared with English words
        (the class exists before the language is chosen) and translated per app."""
        bound = self._bindings.key_to_bindings
        for key, bindings in bound.items():
            bound[key] = [keys.translated(binding) for binding in bindings]
        # The keys the bar shows when there is room for all of them.
        self.key_bar_ids = frozenset(b.id for _key, b in self._bindings if b.show and b.id)

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
        self.restore_settings()
        self.arrange_panes()
        self.show_article(self.current)
        self.focus_article()
        self.call_after_refresh(self.mount_panes)

    async def mount_panes(self) -> None:
        if not all(pane.is_mounted for pane in self.query("#main, #main > Vertical")):
            # On a loaded machine the first refresh can come before the containers compose
            # made are mounted (a MountError at start-up): try again in a moment.
            self.set_timer(_PANES_RETRY, self.mount_panes)
            return
        await self.ensure_search_bar()
        side = self.query_one("#side")
        if len(self.entries) > 1:
            await side.mount(DocumentPicker(self.entries, id="picker"))
            self.query_one(DocumentList).follow(self.current)
        await side.mount(Outline(id="outline"))
        # On the explorer's own screen: a panel opened by a key typed at once may be on top.
        screen = self.explorer_screen
        await screen.mount(ProgressLine(id="progress"), after="#main")
        from tui.app.stats import StatsPane

        await self.query_one("#right").mount(StatsPane(id="stats"))
        with self.batch_update():
            await self.query_one("#footer-slot").remove()
            compact, palette = key_bar_style(self.size.width)
            await screen.mount(Footer(compact=compact, show_command_palette=palette))
            await self.query_one("#header-slot").remove()
            await screen.mount(Header(icon="文"), before="#main")
        self.show_panes()
        self.panes_ready = True
        # Analysis starts once the text is on screen, so the first paint never waits for it.
        self.analyse_current()
        self.open_the_rest()
        self.show_errors([i for i, e in enumerate(self.entries) if e.error is not None])

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

    def on_resize(self, event: events.Resize) -> None:
        # The event's size: this handler runs before the App's, which sets `self.size`.
        self.arrange_panes(event.size.width)

    def arrange_panes(self, width: int | None = None) -> None:
        """Stats pane first, then the outline give way on narrow terminals; s overrides."""
        width = self.size.width if width is None else width
        stats = self.stats_wanted if self.stats_wanted is not None else width >= STATS_MIN_WIDTH
        outline = width >= OUTLINE_MIN_WIDTH and (width >= STATS_MIN_WIDTH or not stats)
        right = self.query_one("#right")
        right.display = stats
        # Asked for on a narrow terminal, the stats take at most two fifths: the article
        # keeps the rest (a 60-column terminal once left it 10 columns beside 34 of stats).
        right.styles.width = (
            STATS_WIDTH if width >= STATS_MIN_WIDTH else min(STATS_WIDTH, max(16, width * 2 // 5))
        )
        self.query_one("#side").display = outline
        style = key_bar_style(width)
        shown = self.keys_that_fit(width, style)
        if style != self.key_bar_style or shown != self.key_bar_keys:
            self.key_bar_style, self.key_bar_keys = style, shown
            self.show_only_keys(shown)
            for footer in self.query(Footer):
                footer.compact, footer.show_command_palette = style
                footer.refresh(recompose=True)  # the keys as get_key_display now gives them

    def keys_that_fit(self, width: int, style: tuple[bool, bool]) -> frozenset[str]:
        """The ids of the key bar's bindings that fit in `width` columns, whole."""
        compact, palette = style
        bar = {b.id: b for _key, b in self._bindings if b.id in self.key_bar_ids}
        gap = 1 if compact else 3  # a roomy bar pads each key
        room = width - (cell_len(_(keys.PALETTE)) + 6 if palette else 0)

        def used(ids: set[str]) -> int:
            widths = [
                cell_len(self.key_display(b, compact)) + 1 + cell_len(b.description) + gap
                for i, b in bar.items()
                if i in ids
            ]
            return sum(widths) - (gap if compact else 0)  # no gap after the last

        shown = set(bar)
        for binding_id in keys.KEY_BAR_DROP_ORDER:
            if used(shown) <= room:
                break
            shown.discard(binding_id)
        return frozenset(shown)

    def show_only_keys(self, shown: frozenset[str]) -> None:
        """Show in the key bar only these of its bindings (the keys themselves all work)."""
        bound = self._bindings.key_to_bindings
        for key, bindings in bound.items():
            bound[key] = [
                replace(b, show=b.id in shown) if b.id in self.key_bar_ids else b for b in bindings
            ]

    def get_key_display(self, binding: Binding) -> str:
        return self.key_display(binding, self.key_bar_style[0])

    def key_display(self, binding: Binding, compact: bool) -> str:
        if compact and binding.id in _NARROW_KEY_DISPLAY:
            return _NARROW_KEY_DISPLAY[binding.id]
        return super().get_key_display(binding)

    def watch_stats_wanted(self) -> None:
        self.arrange_panes()
        self.remember()

    # --- settings ----------------------------------------------------------------------

    def restore_settings(self) -> None:
        settings = self.settings
        if settings.theme is not None and settings.theme in self.available_themes:
            self.theme = settings.theme
        self.kinds = settings.kinds
        self.stats_wanted = settings.stats
        self.settings_restored = True

    def remember(self) -> None:
        """Save what the reader has set, when it changed (the theme, kinds, the stats pane).
        Not before the saved ones are restored: Textual sets its theme while starting."""
        if not self.settings_restored:
            return
        settings = Settings(theme=self.theme, kinds=self.kinds, stats=self.stats_wanted)
        if settings != self.settings:
            self.settings = settings
            save_settings(settings)

    def watch_theme(self) -> None:
        self.remember()

    # --- documents and analysis --------------------------------------------------------

    @property
    def stats_pane(self) -> StatsPane:
        return self.query_one("#stats")  # type: ignore[return-value]

    @property
    def article(self) -> ArticleView:
        return self.query_one("#article", ArticleView)

    @property
    def document(self) -> Document:
        document = self.entries[self.current].document
        assert document is not None  # the one shown is always open
        return document

    @property
    def documents(self) -> list[Document]:
        """The documents opened so far."""
        return [e.document for e in self.entries if e.document is not None]

    @property
    def analysed(self) -> Analysed | None:
        """The shown document's analysis, once it is done."""
        return self.entries[self.current].analysed

    @property
    def annotations(self) -> Annotations:
        analysed = self.analysed
        return analysed.annotations if analysed else Annotations()

    def show_document(self, index: int) -> None:
        self.show_article(index)
        self.show_panes()

    def show_article(self, index: int) -> None:
        if index != self.current:
            self.entries[self.current].anchor = self.article.top_anchor()
        self.leave_stepping()
        self.current = index
        document = self.document
        self.title = document_title(document)
        meta = document.meta
        self.sub_title = " · ".join(p for p in (meta.date, meta.source) if p)
        self.article.show(document, self.annotations)
        self.article.scroll_to_anchor(self.entries[index].anchor)  # type: ignore[arg-type]

    def show_panes(self) -> None:
        if not self.panes_ready and not self.query(Outline):
            return  # mount_panes shows them once they are there
        document = self.document
        analysed = self.analysed
        section = self.article.current_section or 0
        self.query_one(Outline).show(document)
        self.query_one(Outline).follow(section)
        if len(self.entries) > 1:
            self.query_one(DocumentList).follow(self.current)
        self.stats_pane.show(document, analysed.insight if analysed else None)
        self.stats_pane.current_section = section

    def analyse_current(self) -> None:
        if self.entries[self.current].analysed is None:
            self.analyse(self.current)

    def analyse(self, index: int) -> None:
        """Analyse a document in a thread worker (once), through the pipeline: a big text goes
        to a child process there, which quitting kills at once."""
        if index in self._analyses:
            return
        document = self.entries[index].document
        assert document is not None

        def analysis() -> None:
            worker = get_current_worker()
            try:
                analysed = self.pipeline.analyse(document, stop=lambda: worker.is_cancelled)
            except AnalysisStopped:
                return
            except Exception as error:
                self.post_message(AnalysisFailed(index, error))
                return
            self.post_message(AnalysisDone(index, analysed))

        self._analyses[index] = self.run_worker(
            analysis, name=f"analysis of {document.name}", thread=True, exit_on_error=False
        )
        self.show_progress()

    @on(AnalysisDone)
    def _analysis_done(self, event: AnalysisDone) -> None:
        self.entries[event.index].analysed = event.analysed
        self.show_progress()
        if event.index == self.current:
            self.apply_analysis()
            self.fill_waiting_screens(event.analysed)

    def fill_waiting_screens(self, analysed: Analysed) -> None:
        """The entity list or who said what, opened before the analysis was done, fill in."""
        from tui.app.screens.entities import EntityListScreen
        from tui.app.screens.quotes import QuotesScreen

        for screen in self.screen_stack:
            if isinstance(screen, EntityListScreen) and screen.waiting:
                screen.show_analysis(analysed)
            elif isinstance(screen, QuotesScreen) and screen.waiting:
                screen.show_analysis(analysed.insight)

    @on(AnalysisFailed)
    def _analysis_failed(self, event: AnalysisFailed) -> None:
        self._analyses.pop(event.index, None)
        self.show_progress()
        name = self.entries[event.index].name
        self.notify(
            _("Could not analyse {name}: {error}").format(name=name, error=event.error),
            severity="error",
            markup=False,
        )

    def apply_analysis(self) -> None:
        analysed = self.analysed
        if analysed is None:
            return
        article = self.article
        anchor = article.top_anchor()
        article.set_annotations(analysed.annotations)
        article.scroll_to_anchor(anchor)  # the speaker lines added above must not move the text
        if self.panes_ready:
            self.stats_pane.show(self.document, analysed.insight)
        self.query_one(EntityLegend).kinds = self.kinds

    # --- reading position --------------------------------------------------------------

    @on(ArticleView.SectionChanged)
    def _follow_section(self, event: ArticleView.SectionChanged) -> None:
        if self.panes_ready:
            self.query_one(Outline).follow(event.section)
            self.stats_pane.current_section = event.section

    @on(Outline.SectionChosen)
    def _section_chosen(self, event: Outline.SectionChosen) -> None:
        self.article.scroll_to_section(event.section)
        self.focus_article()

    @on(DocumentList.DocumentChosen)
    def _document_chosen(self, event: DocumentList.DocumentChosen) -> None:
        self.open_document(event.index)
        self.query_one(DocumentList).follow(self.current)

    def open_document(self, index: int) -> None:
        """Show document `index`, opening it first if the background has not yet."""
        entry = self.entries[index]
        if entry.document is None and entry.error is None:
            self.open_entry(index)
        if entry.error is not None:
            self.show_errors([index])
            return
        if index != self.current:
            self.show_document(index)
            self.analyse_current()
        self.focus_article()

    # --- opening documents -------------------------------------------------------------

    def first_document(self) -> int:
        """The first entry that is open, or that opens now (those before it are marked failed)."""
        for index, entry in enumerate(self.entries):
            if entry.document is None and entry.error is None:
                self.open_entry(index)
            if entry.document is not None:
                return index
        raise ValueError("none of the documents could be opened")

    def open_entry(self, index: int) -> None:
        """Open one document here and now (the reader asked for it)."""
        entry = self.entries[index]
        try:
            entry.document = self.pipeline.open(entry.path).document
        except LoadError as error:
            entry.error = str(error)

    def open_the_rest(self) -> None:
        """Open the documents not yet open, in the background, in order."""
        if any(e.document is None and e.error is None for e in self.entries):
            self.run_worker(
                self._open_in_background,
                name="open",
                group="open",
                thread=True,
                exit_on_error=False,
            )
            self.show_progress(opening=True)

    def _open_in_background(self) -> None:
        worker = get_current_worker()
        # The word tables first: if the reader's document is being analysed, its look-ups
        # wait for them here, not crawl through their first build beside this loop
        word_tables().open()
        batch: list[tuple[int, Document | None, str | None]] = []
        sent = time.monotonic()
        for index, entry in enumerate(self.entries):
            if worker.is_cancelled:
                return
            if entry.document is not None or entry.error is not None:
                continue
            try:
                batch.append((index, self.pipeline.open(entry.path).document, None))
            except LoadError as error:
                batch.append((index, None, str(error)))
            if time.monotonic() - sent >= OPEN_BATCH_SECONDS:
                self.post_message(DocumentsOpened(tuple(batch)))
                batch, sent = [], time.monotonic()
        self.post_message(DocumentsOpened(tuple(batch), done=True))

    @on(DocumentsOpened)
    def _documents_opened(self, event: DocumentsOpened) -> None:
        failed = []
        for index, document, error in event.results:
            entry = self.entries[index]
            if entry.document is not None or entry.error is not None:
                continue  # opened at once meanwhile, because the reader chose it
            entry.document, entry.error = document, error
            if error is not None:
                failed.append(index)
        if self.panes_ready and len(self.entries) > 1:
            self.query_one(DocumentList).entries_changed()
        self.show_errors(failed)
        self.show_progress(opening=not event.done)

    def show_errors(self, indices: list[int]) -> None:
        """A notice for documents that could not be opened (they are marked in the list)."""
        if not indices:
            return
        first = self.entries[indices[0]].error or ""
        if len(indices) == 1:
            message = first
        else:
            message = _("{count} documents could not be opened; the first: {error}").format(
                count=len(indices), error=first
            )
        self.notify(message, title=_("Could not open"), severity="error", markup=False, timeout=8)

    @property
    def errors(self) -> list[str]:
        """Why each document that failed could not be opened (printed after quitting)."""
        return [e.error for e in self.entries if e.error is not None]

    # --- progress ----------------------------------------------------------------------

    def show_progress(self, opening: bool | None = None) -> None:
        """Tell the progress line what is under way: documents being opened, the analysis."""
        if not self.panes_ready:
            return
        if opening is None:
            opening = any(w.group == "open" and w.is_running for w in self.workers)
        done = sum(1 for e in self.entries if e.document is not None or e.error is not None)
        entry = self.entries[self.current]
        analysing = entry.analysed is None and self.current in self._analyses
        for line in self.query(ProgressLine):  # none once quitting has begun
            line.show(
                opened=(done, len(self.entries)) if opening else None,
                analysing=document_title(self.document) if analysing else None,
            )

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
            self.notify(
                _("No section {number}: this document has 0…{last}.").format(
                    number=number, last=last
                ),
                severity="warning",
            )

    def action_next(self) -> None:
        if self.stepping.active:
            self.step(1)
        else:
            self.move_section(1)

    def action_previous(self) -> None:
        self.move_section(-1)

    def action_step_back(self) -> None:
        if self.stepping.active:
            self.step(-1)
        else:
            self.notify(
                _("N goes back through matches: search with / or pick an entity (e)."), timeout=3
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
            last, first = _("This is the last section."), _("This is the first section.")
            self.notify(last if direction > 0 else first, timeout=2)

    # --- search and stepping -----------------------------------------------------------

    async def action_search(self) -> None:
        if self.screen is not self.explorer_screen:
            raise SkipAction  # a panel's own / (its filter)
        bar = await self.ensure_search_bar()
        if self.stepping.mode == "entity":
            self.leave_stepping()
        self.stepping.start_search()
        bar.open_search()

    @on(Input.Changed, "#search-input")
    def _query_changed(self, event: Input.Changed) -> None:
        self.stepping.typed(event.value)
        if event.value.strip():
            self.run_search(event.value)
        else:  # nothing asked: no count, no hits (not "no matches")
            self.workers.cancel_group(self, "search")
            self.show_stepping(matches=())

    @work(thread=True, exclusive=True, group="search")
    def run_search(self, query: str) -> None:
        document = self.document
        matches = self.pipeline.search(document, query)
        self.call_from_thread(self.show_matches, document, query, matches)

    def show_matches(self, document: Document, query: str, matches: Sequence[Match]) -> None:
        if document is not self.document:
            return
        if self.stepping.found(query, [(m.paragraph, m.start, m.end) for m in matches]):
            self.show_stepping(matches)

    @on(Input.Submitted, "#search-input")
    def _query_submitted(self, event: Input.Submitted) -> None:
        self.search_now(event.value)

    def search_now(self, query: str) -> None:
        """Run the search at once (not waiting for the live one), then go to the first match
        from the reading position on, as less and vim do."""
        if not query.strip():  # Enter on an empty query leaves the search, as less does
            self.action_leave()
            return
        self.stepping.typed(query)
        self.show_matches(self.document, query, self.pipeline.search(self.document, query))
        self.focus_article()
        if self.stepping.spans:
            self.stepping.first_from(self.below_the_top)
            self.step(1)

    async def on_stats_pane_keyword_clicked(self, event: StatsPane.KeywordClicked) -> None:
        """A keyword clicked in the stats pane is searched for, as if typed after /."""
        bar = await self.ensure_search_bar()
        self.leave_stepping()
        self.stepping.start_search()
        bar.open_search()
        with self.prevent(Input.Changed):
            self.query_one("#search-input", Input).value = event.keyword
        self.search_now(event.keyword)

    def below_the_top(self, span: Span) -> bool:
        """Whether a span is at or below the top of the article's view."""
        layout = self.article.layout
        if layout is None:
            return True
        row = layout.row_of(span[0], span[1])
        return row is not None and row >= round(self.article.scroll_y)

    def step(self, delta: int) -> None:
        span = self.stepping.step(delta)
        if span is not None:
            self.article.set_mark(*span)
        self.show_count()

    def show_stepping(self, matches: Sequence[Match] | None = None) -> None:
        """Show what the stepping holds: the matches in the article (when given), the count in
        the search bar, the hits per section in the outline."""
        if matches is not None:
            self.article.set_matches(matches)
            self.article.clear_mark()
        self.show_count()
        if self.panes_ready:
            self.query_one(Outline).show_hits(
                self.stepping.hits(partial(section_of_place, self.document))
            )

    def show_count(self) -> None:
        bar = self.search_bar
        if bar is None:
            return
        stepping = self.stepping
        if stepping.mode == "entity" and stepping.entity is not None:
            bar.count(f"{stepping.entity[1]} · {stepping.describe()}  (n/N, escape)")
        else:
            bar.count(stepping.describe())

    def action_leave(self) -> None:
        bar = self.search_bar
        if self.stepping.mode is not None or (bar is not None and bar.display):
            self.leave_stepping()
            self.focus_article()

    def leave_stepping(self) -> None:
        was_active = self.stepping.active
        self.stepping.leave()
        self.workers.cancel_group(self, "search")
        bar = self.search_bar
        if bar is not None:
            bar.close()
        self.article.set_matches(())
        self.article.clear_mark()
        if was_active and self.panes_ready:
            self.query_one(Outline).show_hits(None)

    def entity_group(self, kind: EntityKind, name: str) -> EntityGroup | None:
        analysed = self.analysed
        if analysed is None:
            return None
        return next((g for g in analysed.insight.entities.get(kind, ()) if g.name == name), None)

    def step_through_entity(
        self, kind: EntityKind, name: str, at: tuple[int, int] | None = None
    ) -> None:
        """Mark the entity's next mention (or the one at `at`); n/N go on from there."""
        if self.stepping.is_stepping(kind, name) and at is None:
            self.step(1)  # chosen again: go on to the next mention
            return
        group = self.entity_group(kind, name)
        entities, headings = self.annotations.entities, self.annotations.headings
        mentions = [
            (entities[i].paragraph, entities[i].start, entities[i].end)
            for i in (group.mentions if group else ())
        ] + [
            (
                heading_place(headings[i].section, headings[i].part),
                headings[i].start,
                headings[i].end,
            )
            for i in (group.headings if group else ())
        ]
        if group is not None and group.headings:  # the body's alone are in order already
            mentions.sort(key=lambda span: reading_order(self.document, span[0], span[1]))
        self.leave_stepping()
        self.stepping.start_entity(kind, name, mentions)
        bar = self.search_bar
        if bar is not None:
            bar.open_entity(kind_label(kind))
        self.show_stepping()
        if at is not None and self.stepping.go_to(*at) is not None:
            self.stepping.current -= 1  # the step below lands on it
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
        stepping = self.stepping
        if stepping.mode == "search" and stepping.active:
            span = stepping.go_to(event.paragraph, event.offset)
            if span is not None:
                self.article.set_mark(*span)
                self.show_count()
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
            message = _("Highlighting every kind of entity")
        elif not self.kinds:
            message = _("Highlighting no entities")
        else:
            (kind,) = self.kinds
            message = _("Highlighting {kind} only").format(kind=kind_label(kind))
        self.notify(message, timeout=2)

    def watch_kinds(self, kinds: frozenset[EntityKind]) -> None:
        self.article.highlighted_kinds = kinds
        self.query_one(EntityLegend).kinds = kinds
        self.remember()

    def action_toggle_stats(self) -> None:
        self.stats_wanted = not self.query_one("#right").display

    @property
    def explorer_screen(self) -> Screen[None]:
        """The screen the explorer's panes are on, under any panel opened over it."""
        return self.screen_stack[0]

    def typing_has_the_focus(self) -> bool:
        """Whether the keys are the reader's typing, not the explorer's: a text field or the
        document list (whose letters start its filter) has the focus, or a panel is open.
        The keys that open a panel (e, w) are priority bindings, as / is, handled as they
        arrive, so that the keys typed in the same burst reach the panel's field; here they
        step aside (SkipAction) and the key goes where it would have gone."""
        return self.screen is not self.explorer_screen or isinstance(
            self.focused, (Input, DocumentList)
        )

    def action_entities(self) -> None:
        """The entity list, at once: before the analysis is done it waits for it there, and
        what the reader types meanwhile is its filter."""
        from tui.app.screens.entities import EntityListScreen

        if self.typing_has_the_focus():
            raise SkipAction

        self.push_screen(EntityListScreen(self.analysed), self._entity_chosen)

    def _entity_chosen(self, choice: tuple[EntityKind, str] | None) -> None:
        if choice is not None:
            self.step_through_entity(*choice)

    def action_quotes(self) -> None:
        """Who said what, at once (like the entity list, it waits for the analysis there)."""
        from tui.app.screens.quotes import QuotesScreen

        if self.typing_has_the_focus():
            raise SkipAction
        analysed = self.analysed
        insight = analysed.insight if analysed else None
        self.push_screen(QuotesScreen(self.document, insight), self._quote_chosen)

    def _quote_chosen(self, quote: Quote | None) -> None:
        if quote is not None:
            self.article.set_mark(quote.paragraph, quote.start, quote.end)

    def action_raw(self) -> None:
        from tui.app.screens.raw import RawPageScreen

        # Opened at the paragraph being read, so the reader sees where it sits in the page.
        paragraph = self.article.top_paragraph()
        line = self.document.paragraphs[paragraph].line if paragraph is not None else None
        self.push_screen(RawPageScreen(self.document, line=line))

    def action_help(self) -> None:
        from tui.app.screens.help import HelpScreen

        self.push_screen(HelpScreen(keys.translated_help()))

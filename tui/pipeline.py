"""The one door between the presenters (cli, app) and the stages.

    path ──load──▶ str ──parse──▶ Document ──annotate──▶ Annotations ──analyse──▶ Insight

A presenter makes one `Pipeline` with the run's reading options and asks it for documents,
analyses and search matches; it never calls a stage itself. The pipeline owns what sits around
the stages: the reading options, the result cache (one road for --no-cache), and where an
analysis runs — here, or, when the caller may cancel it and the text is big, in a child
process that a cancel kills at once.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from functools import cached_property, partial
from pathlib import Path
from typing import Any, Generic, TypeVar

from tui.i18n import _
from tui.load import (
    STDIN,
    Loaded,
    LoadError,
    decode,
    display_name,
    is_text_file,
    read_bytes,
    read_path,
    read_stdin,
    read_stdin_bytes,
)
from tui.machinery.cache import Cache
from tui.machinery.memory import lost_memory_error
from tui.model import Annotations, Document, Entity, Insight, source_lines

DEBUG_ENV = "TUI_DEBUG"  # set: an unexpected error shows its traceback instead of one line
DEFAULT_SENTENCES = 3
# A folder stands for its page dumps: where it has .txt files, its README.md is about them.
PAGE_DUMP_SUFFIXES = (".txt", ".text")
# Below this many characters of body an analysis is quicker here than a child's start-up.
CHILD_MIN_CHARS = 200_000


@dataclass(frozen=True)
class ReadOptions:
    """How a run reads its input: --encoding, --max-size and --no-cache."""

    encoding: str | None = None  # None: detect
    max_bytes: int | None = None  # None: TUI_MAX_SIZE or the default
    use_cache: bool = True  # parses and analyses may come from, and go to, the user cache


@dataclass(frozen=True)
class Opened:
    """A document as it was read: the parse, and what reading it had to mend."""

    document: Document
    encoding: str
    replaced: int = 0  # undecodable byte sequences replaced with U+FFFD


@dataclass(frozen=True)
class Analysed:
    """A document with everything the annotator and the analyser found in it."""

    document: Document
    annotations: Annotations
    insight: Insight


class AnalysisStopped(Exception):
    """The caller asked to stop an analysis before it was done."""


Stop = Callable[[], bool]  # asked now and then during a long analysis: True stops it
T = TypeVar("T")
# What a document is read from: a path, or (name, bytes) already read (stdin, a cluster).
Source = str | tuple[str, bytes]
# Small documents go to a worker together, so start-up and transfer do not eat the gain.
BATCH_DOCUMENTS = 16
BATCH_BYTES = 128 * 1024


@dataclass(frozen=True)
class Outcome(Generic[T]):
    """What became of one document of a corpus: the work's value, or one line saying why
    there is none; and what reading it had to mend."""

    name: str
    value: T | None = None
    error: str | None = None
    encoding: str = ""
    replaced: int = 0  # undecodable byte sequences replaced with U+FFFD


class Pipeline:
    """Documents, analyses and matches for one run, read with one set of options."""

    def __init__(self, options: ReadOptions | None = None, cache: Cache | None = None) -> None:
        self.options = options or ReadOptions()
        self._cache = cache

    @cached_property
    def cache(self) -> Cache | None:
        """The user cache, unless the run was given --no-cache."""
        if self._cache is not None:
            return self._cache
        return Cache() if self.options.use_cache else None

    # --- reading ---------------------------------------------------------------------------

    def expand(self, paths: Sequence[str]) -> Iterator[str]:
        """Files as given; a folder stands for its (non-hidden) page dumps, sorted, not
        recursing, or for all its text files when it has no .txt. LoadError for a folder
        that cannot be listed or holds no text."""
        for path in paths:
            if path == "":
                raise LoadError("'': no such file or folder")
            folder = Path(path)
            if path == STDIN or not folder.is_dir():
                yield path
                continue
            yield from _folder_documents(folder, path)

    def load(self, path: str) -> Loaded:
        """The text of one file, or of stdin for "-"; LoadError (one line) when there is none."""
        options = self.options
        if path == STDIN:
            return read_stdin(options.encoding, options.max_bytes)
        return read_path(path, options.encoding, options.max_bytes)

    def open(self, source: Source) -> Opened:
        """Load and parse one file (stdin for "-"), or bytes read elsewhere as (name, data);
        LoadError (one line) when it cannot."""
        if isinstance(source, tuple):
            name, data = source
            try:
                loaded = decode(data, self.options.encoding)
            except LoadError as error:
                raise LoadError(f"{'stdin' if name == STDIN else name}: {error}") from None
        else:
            loaded = self.load(source)
            name = STDIN if source == STDIN else display_name(source)
        return Opened(self.parse(loaded.text, name), loaded.encoding, loaded.replaced)

    def parse(self, text: str, name: str) -> Document:
        """Parse loaded text, or take the parse from the cache (a long book parses in ~0.2 s
        and is read back in ~0.01 s). A parser failure is a LoadError naming the document."""
        cache = self.cache
        key = cache.key(text, "document") if cache else ""
        hit = cache.get(key) if cache else None
        if isinstance(hit, Document):
            # Stored without its lines, which are the text in hand: half a book's entry.
            lines = source_lines(text)
            if len(lines) == len(hit.roles):
                return replace(hit, name=name, lines=lines)
        from tui.parse import parse  # here: a cached document needs no parser (20 ms of imports)

        try:
            document = parse(text, name=name)
        except MemoryError:
            raise  # past the memory limit: the caller says so, by name
        except Exception as error:
            if lost_memory_error(error):
                raise MemoryError from None
            if os.environ.get(DEBUG_ENV):
                raise
            raise LoadError(
                f"{name}: could not be parsed ({type(error).__name__}: {error})"
            ) from None
        if cache:
            cache.put(key, replace(document, lines=()))
        return document

    # --- analysing -------------------------------------------------------------------------

    def cached(self, document: Document, sentences: int = DEFAULT_SENTENCES) -> Analysed | None:
        """The analysis of this text from the cache, or None when it was not analysed before."""
        cache = self.cache
        if cache is None:
            return None
        return _analysed(document, cache.get(_analysis_key(cache, document, sentences)))

    def analyse(
        self, document: Document, sentences: int = DEFAULT_SENTENCES, stop: Stop | None = None
    ) -> Analysed:
        """Annotate and analyse, or take both from the cache when this text was analysed
        before. Given `stop`, the caller may cancel: a big text then goes to a child process,
        killed as soon as `stop()` is true (AnalysisStopped), and the caller's core stays
        free for its interface."""
        cache = self.cache
        key = _analysis_key(cache, document, sentences) if cache else ""
        if cache and (hit := _analysed(document, cache.get(key))) is not None:
            return hit
        if stop is not None and body_chars(document) >= CHILD_MIN_CHARS:
            analysed = self._analyse_in_child(document, sentences, stop)
        else:
            analysed = analyse_here(document, sentences)
        if cache:
            cache.put(key, (analysed.annotations, analysed.insight))
        return analysed

    def _analyse_in_child(self, document: Document, sentences: int, stop: Stop) -> Analysed:
        from tui.machinery.child import ChildStopped, analyse_in_child

        try:
            annotations, insight = analyse_in_child(document, sentences, stop)
        except ChildStopped:
            raise AnalysisStopped from None
        except OSError:  # no process could be started (process limits, no interpreter): here
            return analyse_here(document, sentences)
        return Analysed(document, annotations, insight)

    # --- many documents ----------------------------------------------------------------------

    def sources(self, paths: Sequence[str]) -> list[str | Outcome[Any]]:
        """The documents the paths stand for, in order (folders expanded), each a path, or
        the Outcome of a path that cannot be listed: what `each` works through."""
        found: list[str | Outcome[Any]] = []
        for given in paths:
            try:
                found.extend(self.expand([given]))
            except LoadError as error:
                found.append(Outcome(display_name(given), error=str(error)))
        return found

    def each(
        self,
        sources: Sequence[str | Outcome[Any]],
        work: Callable[[Pipeline, Document], T],
        jobs: int = 1,
        scheduler: str | None = None,
    ) -> Iterator[Outcome[T]]:
        """`work(pipeline, document)` for every document of `sources`, streamed in input
        order: here, on `jobs` local processes, or on the Dask cluster at `scheduler`. A
        document that cannot be read or worked on is an Outcome with an error, and the others
        go on. `work` must be a module-level function (or a partial of one): it may run in
        another process."""
        from tui.machinery.distribute import DaskCluster, Here, LocalProcesses, run_in_order

        here = scheduler is None and jobs <= 1
        batches = _batches(sources, 1 if here else BATCH_DOCUMENTS)
        function = partial(_work_batch, self.options, work)
        if scheduler is None and (here or len(batches) <= 1):
            runner: Any = Here()  # one worker would only add its start-up
            function = partial(_work_batch, self.options, work, pipeline=self)
        elif scheduler is None:
            runner = LocalProcesses(min(jobs, len(batches)))
        else:
            runner = DaskCluster(scheduler)
        # Read just in time, a batch as it is sent: stdin always (a worker has none), every
        # file when the workers may not see them (a cluster).
        sent = (self._readied(batch, every=scheduler is not None) for batch in batches)
        try:
            for outcomes in run_in_order(function, sent, runner):
                yield from outcomes
        finally:
            runner.close()

    def _readied(self, batch: list[Any], every: bool) -> list[Source | Outcome[Any]]:
        """The batch with stdin (and, with `every`, each file) read into (name, bytes)."""
        readied: list[Source | Outcome[Any]] = []
        for item in batch:
            if isinstance(item, Outcome) or (item != STDIN and not every):
                readied.append(item)
                continue
            name = STDIN if item == STDIN else display_name(item)
            try:
                if item == STDIN:
                    readied.append((name, read_stdin_bytes(self.options.max_bytes)))
                else:
                    readied.append((name, read_bytes(item, self.options.max_bytes)))
            except LoadError as error:
                readied.append(Outcome(name, error=str(error)))
        return readied

    # --- finding ---------------------------------------------------------------------------

    def search(self, document: Document, query: str):  # -> tuple[tui.text.search.Match, ...]
        """Every match of `query` (Chinese, or pinyin) in the body, in document order."""
        from tui.text.search import search

        return search(document, query)


def _batches(items: Iterable[Source | Outcome[Any]], most: int) -> list[list[Any]]:
    """Consecutive items in batches of at most `most` documents or about BATCH_BYTES."""
    batches: list[list[Any]] = []
    batch: list[Any] = []
    size = 0
    for item in items:
        batch.append(item)
        size += _size(item)
        if len(batch) >= most or size >= BATCH_BYTES:
            batches.append(batch)
            batch, size = [], 0
    if batch:
        batches.append(batch)
    return batches


def _size(item: Source | Outcome[Any]) -> int:
    if isinstance(item, tuple):
        return len(item[1])
    if isinstance(item, str):
        try:
            return os.stat(item).st_size
        except OSError:
            return 0
    return 0


def _work_batch(
    options: ReadOptions,
    work: Callable[[Pipeline, Document], T],
    batch: list[Source | Outcome[T]],
    pipeline: Pipeline | None = None,
) -> list[Outcome[T]]:
    """Open each document of a batch and do the work on it (in a worker, or here)."""
    pipeline = pipeline or Pipeline(options)
    outcomes: list[Outcome[T]] = []
    for item in batch:
        if isinstance(item, Outcome):
            outcomes.append(item)
            continue
        name = item[0] if isinstance(item, tuple) else display_name(item)
        try:
            opened = pipeline.open(item)
            document = opened.document
            value = work(pipeline, document)
        except LoadError as error:
            outcomes.append(Outcome(name, error=str(error)))
            continue
        except Exception as error:
            if isinstance(error, MemoryError) or lost_memory_error(error):
                # Past the memory limit (tui.machinery.memory): the traceback holds what took
                # the memory, so it goes first; then one line, by name, and the others go on.
                error.__traceback__ = None
                outcomes.append(Outcome(name, error=f"{name}: {_out_of_memory()}"))
                continue
            if os.environ.get(DEBUG_ENV):
                raise
            message = _("{name}: could not be analysed ({error})").format(
                name=name, error=f"{type(error).__name__}: {error}"
            )
            outcomes.append(Outcome(name, error=message))
            continue
        outcomes.append(Outcome(document.name, value, None, opened.encoding, opened.replaced))
    return outcomes


def _out_of_memory() -> str:
    from tui.machinery.memory import out_of_memory_message

    return out_of_memory_message()


def analyse_here(document: Document, sentences: int = DEFAULT_SENTENCES) -> Analysed:
    """Annotate and analyse in this process (a big text's annotation may fork a helper)."""
    # Imported here: a cache hit must not pay for loading the tagger.
    from tui.analyse import analyse
    from tui.annotate import annotate
    from tui.text.segment import tags_shared

    with tags_shared():
        annotations = annotate(document)
        insight = analyse(document, annotations, sentences=sentences)
    return Analysed(document, annotations, insight)


def annotate_line(text: str) -> tuple[Entity, ...]:
    """The entities of one line of plain text (`tui entities --plain`): no parsing."""
    from tui.annotate import annotate_text

    return annotate_text(text)


def body_chars(document: Document) -> int:
    return sum(len(p.text) for p in document.iter_paragraphs())


def _analysis_key(cache: Cache, document: Document, sentences: int) -> str:
    return cache.key(document.text, "analysed", sentences)


def _analysed(document: Document, hit: object) -> Analysed | None:
    if (
        isinstance(hit, tuple)
        and len(hit) == 2
        and isinstance(hit[0], Annotations)
        and isinstance(hit[1], Insight)
    ):
        return Analysed(document, hit[0], hit[1])
    return None


def _folder_documents(folder: Path, given: str) -> list[str]:
    try:
        files = sorted(
            str(child)
            for child in folder.iterdir()
            if child.is_file() and not child.name.startswith(".")
        )
    except OSError as error:
        raise LoadError(f"{display_name(given)}: {error.strerror or error}") from None
    # Page dumps by their name, unread (a folder of thousands lists at once; one that is not
    # text says so when it is opened); only a folder without any is sniffed for text files.
    dumps = [f for f in files if Path(f).suffix.lower() in PAGE_DUMP_SUFFIXES]
    if dumps:
        return dumps
    texts = [f for f in files if is_text_file(f)]
    if not texts:
        plural = "s" if len(files) > 1 else ""
        skipped = f" ({len(files)} binary file{plural} skipped)" if files else ""
        raise LoadError(f"{display_name(given)}: folder has no text files{skipped}")
    return texts

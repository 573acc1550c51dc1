"""The command line: `tui [PATH ...]` opens the explorer; subcommands print to stdout.

The headless commands never import Textual: only `tui [PATH ...]` does.
"""

from __future__ import annotations

import argparse
import io
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from functools import partial
from pathlib import Path
from typing import NoReturn, TypeVar

from tui import __version__
from tui.cli.console import (
    OutputError,
    PageLayout,
    console,
    emit_json,
    guard_standard_streams,
    prepare_stdout,
    warn,
    warn_plain,
)
from tui.cli.interface import (
    add_interface_options,
    describe,
    hint_reading_stdin,
    print_completion,
    use_language,
)
from tui.cli.work import analysed, found, parsed, summary_line, summary_page
from tui.i18n import _, ngettext
from tui.load import MAX_SIZE_ENV, STDIN, LoadError, check_encoding, size_limit
from tui.machinery.parallel import cores
from tui.model import ENTITY_KINDS, Document, Entity
from tui.pipeline import DEBUG_ENV, Pipeline, ReadOptions

EXIT_OK, EXIT_DOCUMENT, EXIT_USAGE = 0, 1, 2
EXIT_INTERRUPTED = 130  # 128 + SIGINT, as a shell reports it
SUBCOMMANDS = ("summary", "article", "sections", "entities", "search")


T = TypeVar("T")


class UsageError(Exception):
    pass


class _Parser(argparse.ArgumentParser):
    """argparse, but a usage error is one line on stderr and exit 2, as every other error."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(
            _("{prog}: {message} (see {prog} --help)").format(prog=self.prog, message=message)
        )


def seed_path() -> Path:
    """The bundled seed: inside the installed package, or at the top of a checkout."""
    package = Path(__file__).parent.parent
    for folder in (package / "seeds", package.parent / "seeds"):
        if folder.is_dir():
            found = sorted(folder.glob("*.txt"))
            if found:
                return found[0]
    raise LoadError("the bundled seed is missing from this installation")


# --- reading documents -------------------------------------------------------------------


def read_options(args: argparse.Namespace, prog: str) -> ReadOptions:
    """The reading options of a parsed command line; UsageError when one is invalid."""
    try:
        encoding = check_encoding(args.encoding) if args.encoding is not None else None
        max_bytes = size_limit(args.max_size)
    except ValueError as error:
        raise UsageError(f"{prog}: {error}") from None
    return ReadOptions(encoding, max_bytes, use_cache=not getattr(args, "no_cache", False))


def memory_option(args: argparse.Namespace, prog: str) -> int | None:
    """The address-space cap of --max-memory (tui.machinery.memory); UsageError when invalid."""
    from tui.machinery.memory import memory_limit

    try:
        return memory_limit(getattr(args, "max_memory", None))
    except ValueError as error:
        raise UsageError(f"{prog}: {error}") from None


def each_outcome(
    args: argparse.Namespace,
    pipeline: Pipeline,
    paths: Sequence[str],
    work: Callable[[Pipeline, Document], T],
    failures: list[str],
) -> Iterator[tuple[str, T]]:
    """(name, value) of `work` on every document, in input order, spread over --jobs or
    --scheduler; each document that fails is one line on stderr, the others go on. A progress
    bar shows on a terminal while the run is long."""
    from tui.cli.progress import Progress

    jobs = getattr(args, "jobs", None) or cores()
    scheduler = getattr(args, "scheduler", None)
    sources = pipeline.sources(paths)
    if STDIN in sources:
        hint_reading_stdin()
    outcomes = pipeline.each(sources, work, jobs=jobs, scheduler=scheduler)
    with Progress(len(sources)) as progress:
        for outcome in outcomes:
            progress.advance()
            if outcome.error is not None:
                failures.append(outcome.error)
                warn(outcome.error)
                continue
            if outcome.replaced:
                warn_replaced(outcome.name, outcome.replaced, outcome.encoding)
            yield outcome.name, outcome.value  # type: ignore[misc]


def warn_replaced(name: str, replaced: int, encoding: str) -> None:
    where = "stdin" if name == STDIN else name
    message = ngettext(
        "{where}: {count} undecodable byte sequence replaced with \ufffd (read as {encoding})",
        "{where}: {count} undecodable byte sequences replaced with \ufffd (read as {encoding})",
        replaced,
    )
    warn(message.format(where=where, count=replaced, encoding=encoding))


# --- commands ----------------------------------------------------------------------------


def cmd_summary(args: argparse.Namespace, pipeline: Pipeline) -> int:
    failures: list[str] = []
    if args.json:
        # The line is made where the work runs: a worker sends a line, not a whole analysis.
        work = partial(summary_line, sentences=args.sentences)
        for _name, line in each_outcome(args, pipeline, args.paths, work, failures):
            emit_json(line)
        return EXIT_DOCUMENT if failures else EXIT_OK
    from tui.cli.report import CorpusTotals, corpus_view

    out = console()
    # The summary is a laid-out page (panels, tables): it wraps at the terminal's width, or
    # at 80 columns in a pipe, instead of keeping long lines whole as the lists do.
    out.soft_wrap = False
    if not sys.stdout.isatty():
        out.width = 80
    totals = CorpusTotals()
    # Each page is rendered where its analysis runs, as this console would print it.
    work = partial(summary_page, layout=PageLayout.of(out), sentences=args.sentences)
    for _name, (page, insight) in each_outcome(args, pipeline, args.paths, work, failures):
        sys.stdout.write(page)
        totals.add(insight)
    if totals.documents > 1:
        out.print(corpus_view(totals))
    return EXIT_DOCUMENT if failures else EXIT_OK


def cmd_sections(args: argparse.Namespace, pipeline: Pipeline) -> int:
    from tui.cli.export import sections_json
    from tui.cli.report import sections_view

    failures: list[str] = []
    for _name, document in each_outcome(args, pipeline, args.paths, parsed, failures):
        if args.json:
            emit_json(sections_json(document))
        else:
            console().print(sections_view(document))
    return EXIT_DOCUMENT if failures else EXIT_OK


def cmd_article(args: argparse.Namespace, pipeline: Pipeline) -> int:
    """The extracted article of each document: text, Markdown, or one JSON object each."""
    from tui.cli.article import article_markdown, article_text
    from tui.cli.export import article_json

    if args.format == "json":
        prepare_stdout(as_json=True)
    render = article_markdown if args.format == "markdown" else article_text
    failures: list[str] = []
    paths = args.paths or [str(seed_path())]
    outcomes = each_outcome(args, pipeline, paths, parsed, failures)
    for n, (_name, document) in enumerate(outcomes):
        if args.format == "json":
            emit_json(article_json(document))
        else:
            sys.stdout.write(("\n" if n else "") + render(document))
    return EXIT_DOCUMENT if failures else EXIT_OK


def parse_kinds(value: str | None) -> tuple[str, ...]:
    if not value:
        return ENTITY_KINDS
    kinds = tuple(k.strip() for k in value.split(",") if k.strip())
    unknown = [k for k in kinds if k not in ENTITY_KINDS]
    if unknown:
        raise UsageError(
            _("tui entities: unknown kind {unknown} (kinds: {kinds})").format(
                unknown=", ".join(unknown), kinds=", ".join(ENTITY_KINDS)
            )
        )
    return kinds


def cmd_entities(args: argparse.Namespace, pipeline: Pipeline) -> int:
    kinds = parse_kinds(args.kind)
    if args.plain:
        return entities_plain(pipeline, args.path, kinds, args.json)
    from tui.analyse.groups import in_reading_order
    from tui.cli.export import entity_json
    from tui.cli.report import entities_view

    failures: list[str] = []
    several = _several(pipeline, [args.path])
    # Through the cache, as summary goes: a book is named once, not on every run.
    for name, result in each_outcome(args, pipeline, [args.path], analysed, failures):
        if args.json:
            for _, mention in in_reading_order(result.document, result.annotations):
                if mention.kind in kinds:
                    emit_json(entity_json(result.document, mention))
        else:
            console().print(entities_view(result.insight, kinds, name if several else None))
    return EXIT_DOCUMENT if failures else EXIT_OK


def _several(pipeline: Pipeline, paths: Sequence[str]) -> bool:
    """Whether the paths stand for more than one document (a folder, or several files):
    then each result says which file it is from."""
    return len(paths) > 1 or any(Path(p).is_dir() for p in paths if p != STDIN)


_PLAIN_LINES_KEPT = 100_000


def entities_plain(pipeline: Pipeline, path: str, kinds: tuple[str, ...], as_json: bool) -> int:
    """Plain text in, one entity per line out: each input line is annotated on its own."""
    from tui.pipeline import annotate_line

    try:
        text = pipeline.load(path).text
    except LoadError as error:
        warn(str(error))
        return EXIT_DOCUMENT
    out = None if as_json else console()
    # A line's entities depend on its words alone: a line met again (a list, a log, a dump
    # of repeats) is not annotated again. Bounded, so a text of distinct lines stays small.
    known: dict[str, tuple[Entity, ...]] = {}
    for number, line in enumerate(text.split("\n")):
        entities = known.get(line)
        if entities is None:
            entities = annotate_line(line) if line.strip() else ()
            if len(known) < _PLAIN_LINES_KEPT:
                known[line] = entities
        for entity in entities:
            if entity.kind not in kinds:
                continue
            if as_json:
                emit_json(
                    {
                        "line": number,
                        "start": entity.start,
                        "end": entity.end,
                        "kind": entity.kind,
                        "text": entity.text,
                    }
                )
            else:
                from rich.text import Text

                out.print(
                    Text(f"{number}:{entity.start}-{entity.end}\t{entity.kind}\t{entity.text}")
                )
    return EXIT_OK


def cmd_search(args: argparse.Namespace, pipeline: Pipeline) -> int:
    failures: list[str] = []
    several = _several(pipeline, [args.path])
    total = documents = searched = 0
    work = partial(found, query=args.query)
    for name, (document, matches) in each_outcome(args, pipeline, [args.path], work, failures):
        searched += 1
        paragraphs = document.paragraphs
        total += len(matches)
        documents += bool(matches)
        for match in matches:
            paragraph = paragraphs[match.paragraph]
            if args.json:
                emit_json(
                    {
                        "file": name,
                        "paragraph": match.paragraph,
                        "section": paragraph.section,
                        "line": paragraph.line,
                        "start": match.start,
                        "end": match.end,
                        "text": match.text,
                        "context": paragraph.text[max(0, match.start - 20) : match.end + 20],
                    }
                )
            else:
                from tui.cli.report import match_line

                console().print(match_line(paragraph, match, name if several else None))
    if not args.json and searched:
        print(_matches_line(total, documents if several else None), file=sys.stderr)
    return EXIT_DOCUMENT if failures else EXIT_OK


def _matches_line(total: int, documents: int | None) -> str:
    """'1 match', '12 matches', '12 matches in 3 documents'."""
    if documents is None or not total:
        return ngettext("{count} match", "{count} matches", total).format(count=total)
    return ngettext(
        "{count} matches in {documents} document",
        "{count} matches in {documents} documents",
        documents,
    ).format(count=total, documents=documents)


def cmd_open(args: argparse.Namespace, pipeline: Pipeline) -> int:
    from tui.app import explorer_sources, opened_any, run_app, source_errors

    paths = args.paths or [str(seed_path())]
    if STDIN in paths:
        hint_reading_stdin()
    # Folders are listed and the first document opened now; the explorer opens the rest.
    sources = explorer_sources(pipeline, paths)
    if not opened_any(sources):
        for error in source_errors(sources):
            warn(error)
        return EXIT_DOCUMENT
    if not sys.stdout.isatty():
        raise UsageError(
            _("tui: the explorer needs a terminal; to print to a pipe use `tui summary`")
        )
    if (sys.stdin is None or not sys.stdin.isatty()) and not keyboard_from_terminal():
        warn(_("no terminal to read keys from (stdin is not one, and /dev/tty cannot be opened)"))
        return EXIT_USAGE
    code, errors = run_app(sources, pipeline)
    for error in errors:  # shown in the explorer too; here they stay once the screen is gone
        warn(error)
    if code:  # the explorer crashed (1) or was ended by a signal (128 + N): it has said why
        return code
    return EXIT_DOCUMENT if errors else EXIT_OK


def keyboard_from_terminal() -> bool:
    """After a document came through a pipe (`cat page.txt | tui -`), read keys from the
    controlling terminal instead, as less does."""
    try:
        terminal = os.open("/dev/tty", os.O_RDONLY)
    except OSError:
        return False
    os.dup2(terminal, sys.stdin.fileno())
    os.close(terminal)
    return True


# --- argument parsing --------------------------------------------------------------------


def build_parser(command: str | None) -> argparse.ArgumentParser:
    if command is None:
        parser = _Parser(prog="tui")
        describe(parser, None)
        parser.add_argument(
            "--version",
            action="version",
            version=f"tui {__version__}",
            help=_("show program's version number and exit"),
        )
        parser.add_argument(
            "paths", nargs="*", metavar="PATH", help=_("files or folders (default: the seed)")
        )
        parser.set_defaults(run=cmd_open)
        add_input_options(parser)
        return parser
    parser = _Parser(prog=f"tui {command}")
    describe(parser, command)
    if command == "summary":
        parser.add_argument(
            "paths", nargs="*", metavar="PATH", help=_("files, folders or - for stdin")
        )
        parser.add_argument("--json", action="store_true", help=_("one JSON object per document"))
        parser.add_argument(
            "--sentences", type=int, default=3, metavar="N", help=_("key sentences (3)")
        )
        parser.set_defaults(run=cmd_summary)
    elif command == "article":
        parser.add_argument(
            "paths",
            nargs="*",
            metavar="PATH",
            help=_("files, folders or - for stdin (default: the seed)"),
        )
        parser.add_argument(
            "--format",
            choices=("text", "markdown", "json"),
            default="text",
            help=_("plain text (default), Markdown, or one JSON object per document"),
        )
        parser.set_defaults(run=cmd_article)
    elif command == "sections":
        parser.add_argument(
            "paths", nargs="+", metavar="PATH", help=_("files, folders or - for stdin")
        )
        parser.add_argument("--json", action="store_true")
        parser.set_defaults(run=cmd_sections)
    elif command == "entities":
        parser.add_argument("path", metavar="PATH")
        parser.add_argument("--json", action="store_true", help=_("one JSON object per entity"))
        parser.add_argument(
            "--kind",
            metavar="KIND[,KIND]",
            help=_("only these: {kinds}").format(kinds=",".join(ENTITY_KINDS)),
        )
        parser.add_argument(
            "--plain", action="store_true", help=_("input is plain text: every line stands alone")
        )
        parser.set_defaults(run=cmd_entities)
    elif command == "search":
        parser.add_argument("path", metavar="PATH")
        parser.add_argument("query", metavar="QUERY")
        parser.add_argument("--json", action="store_true", help=_("one JSON object per match"))
        parser.set_defaults(run=cmd_search)
    add_input_options(parser)
    add_corpus_options(parser)
    return parser


def add_corpus_options(parser: argparse.ArgumentParser) -> None:
    """Where the work on many documents runs, the same on every command that reads them."""
    parser.add_argument(
        "--jobs",
        type=jobs_count,
        metavar="N",
        help=_("local processes to spread the documents over (default: the cores, {cores})").format(
            cores=cores()
        ),
    )
    parser.add_argument(
        "--scheduler",
        metavar="ADDRESS",
        help=_("run on a Dask distributed cluster, e.g. tcp://host:8786 (pip install 'tui[dask]')"),
    )


def jobs_count(value: str) -> int:
    try:
        jobs = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(
            _("not a number of processes: {value}").format(value=repr(value))
        ) from None
    if jobs < 1:
        raise argparse.ArgumentTypeError(_("--jobs must be 1 or more"))
    return jobs


def add_input_options(parser: argparse.ArgumentParser) -> None:
    """How to read the input, the same on every command (and the interface language)."""
    add_interface_options(parser)
    parser.add_argument(
        "--encoding", metavar="NAME", help=_("read the input in this encoding (default: detect)")
    )
    parser.add_argument(
        "--max-size",
        metavar="SIZE",
        help=_("refuse larger inputs (default: ${env} or 64M; e.g. 500K, 1G)").format(
            env=MAX_SIZE_ENV
        ),
    )
    parser.add_argument(
        "--no-cache",
        action="store_true",
        help=_(
            "parse and analyse afresh: cached documents and analyses are neither read nor written"
        ),
    )
    parser.add_argument(
        "--max-memory",
        metavar="SIZE",
        help=_(
            "give up on a document that needs more memory (default: $TUI_MAX_MEMORY or half "
            "the machine's memory; none: no limit)"
        ),
    )


def main(argv: Sequence[str] | None = None) -> int:
    from tui.machinery.signals import Terminated, exit_on_termination

    stdout = guard_standard_streams()
    try:
        with exit_on_termination():
            if stdout is None:
                raise OutputError("standard output is closed")
            return _run(argv)
    except Terminated as terminated:  # SIGTERM, SIGHUP: what was under way is cleaned up
        return terminated.exit_code
    except OutputError as error:
        warn(_("cannot write output: {error}").format(error=error))
        _discard_stdout()  # so that the flush at exit does not fail again
        return EXIT_DOCUMENT
    finally:
        if stdout is not None:
            sys.stdout = stdout


def _discard_stdout() -> None:
    """Point stdout at /dev/null: what is still in its buffer goes nowhere, quietly."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError, io.UnsupportedOperation):
        pass  # not a real file (a test's StringIO): nothing to flush at exit


def _run(argv: Sequence[str] | None) -> int:
    from tui.machinery.memory import memory_capped

    argv = list(sys.argv[1:] if argv is None else argv)
    use_language(argv)
    completion = print_completion(argv, build_parser)
    if completion is not None:
        return completion
    command = argv[0] if argv and argv[0] in SUBCOMMANDS else None
    try:
        try:
            args = build_parser(command).parse_args(argv[1:] if command else argv)
            options = read_options(args, f"tui {command}" if command else "tui")
            max_memory = memory_option(args, f"tui {command}" if command else "tui")
            if command == "summary" and not args.paths:
                args.paths = [str(seed_path())]
            if command == "summary" and args.sentences < 0:
                raise UsageError(_("tui summary: --sentences must be 0 or more"))
            prepare_stdout(as_json=getattr(args, "json", False))
            with memory_capped(max_memory):
                code = args.run(args, Pipeline(options))
            sys.stdout.flush()  # here, not at exit, so that a closed pipe is caught below
            return code
        except UsageError as error:
            warn_plain(str(error))
            return EXIT_USAGE
        except LoadError as error:
            warn(str(error))
            return EXIT_DOCUMENT
        except (KeyboardInterrupt, BrokenPipeError, OutputError):
            raise
        except MemoryError:
            from tui.machinery.memory import out_of_memory_message

            if os.environ.get(DEBUG_ENV):
                raise
            warn(out_of_memory_message())
            return EXIT_DOCUMENT
        except Exception as error:
            if os.environ.get(DEBUG_ENV):
                raise
            warn(
                _("internal error: {error} (set {variable}=1 for details)").format(
                    error=f"{type(error).__name__}: {error}", variable=DEBUG_ENV
                )
            )
            return EXIT_DOCUMENT
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        # The reader went away (`tui summary x | head -1`): end quietly, and keep Python
        # from complaining again when it flushes stdout at exit.
        _discard_stdout()
        return EXIT_OK

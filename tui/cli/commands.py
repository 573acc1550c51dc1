"""The command line: `tui [PATH ...]` opens the explorer; subcommands print to stdout.

The headless commands never import Textual: only `tui [PATH ...]` does.
"""

from __future__ import annotations

import argparse
import io
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from contextvars import ContextVar
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NoReturn

from tui import __version__
from tui.cli.console import (
    OutputError,
    _prepare_stdout,
    console,
    emit_json,
    guard_standard_streams,
    warn,
    warn_plain,
)
from tui.load import (
    MAX_SIZE_ENV,
    STDIN,
    Loaded,
    LoadError,
    check_encoding,
    display_name,
    is_text_file,
    read_path,
    read_stdin,
    size_limit,
)
from tui.model import ENTITY_KINDS, Document

EXIT_OK, EXIT_DOCUMENT, EXIT_USAGE = 0, 1, 2
EXIT_INTERRUPTED = 130  # 128 + SIGINT, as a shell reports it
SUBCOMMANDS = ("summary", "sections", "entities", "search")


class UsageError(Exception):
    pass


class _Parser(argparse.ArgumentParser):
    """argparse, but a usage error is one line on stderr and exit 2, as every other error."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{self.prog}: {message} (see {self.prog} --help)")


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


@dataclass(frozen=True)
class InputOptions:
    """How the running command reads its input: --encoding, --max-size and --no-cache."""

    encoding: str | None = None  # None: detect
    max_bytes: int | None = None  # None: TUI_MAX_SIZE or the default
    use_cache: bool = True  # parsed documents may come from the user's cache
    max_memory: int | None = None  # the address-space cap (tui.machinery.memory); None: none


# Set by main() for the duration of one command, so that every command reads its documents
# the same way without threading the options through each of them.
_input_options: ContextVar[InputOptions | None] = ContextVar("tui_input_options", default=None)


def input_options(args: argparse.Namespace, prog: str) -> InputOptions:
    """The reading options of a parsed command line; UsageError when one is invalid."""
    from tui.machinery.memory import memory_limit

    try:
        encoding = check_encoding(args.encoding) if args.encoding is not None else None
        max_bytes = size_limit(args.max_size)
        max_memory = memory_limit(args.max_memory)
    except ValueError as error:
        raise UsageError(f"{prog}: {error}") from None
    use_cache = not getattr(args, "no_cache", False)
    return InputOptions(encoding, max_bytes, use_cache, max_memory)


PAGE_DUMP_SUFFIXES = (".txt", ".text")


def expand_paths(paths: Sequence[str]) -> Iterator[str]:
    """Files as given; a folder stands for its (non-hidden) page dumps (.txt), sorted, not
    recursing, or for all its text files when it has no .txt."""
    for path in paths:
        if path == "":
            raise LoadError("'': no such file or folder")
        p = Path(path)
        if path == STDIN or not p.is_dir():
            yield path
            continue
        try:
            files = sorted(
                str(child)
                for child in p.iterdir()
                if child.is_file() and not child.name.startswith(".")
            )
        except OSError as error:
            raise LoadError(f"{display_name(path)}: {error.strerror or error}") from None
        texts = [f for f in files if is_text_file(f)]
        if not texts:
            plural = "s" if len(files) > 1 else ""
            skipped = f" ({len(files)} binary file{plural} skipped)" if files else ""
            raise LoadError(f"{display_name(path)}: folder has no text files{skipped}")
        # Page dumps are .txt files: where a folder has them, its README.md or notes.org are
        # about the pages, not pages themselves.
        dumps = [f for f in texts if Path(f).suffix.lower() in PAGE_DUMP_SUFFIXES]
        yield from dumps or texts


def read_source(path: str) -> Loaded:
    """The text of a file, or of stdin for "-", read with the command's options.

    Bytes that could not be decoded are replaced, and reported here once per file.
    """
    options = _input_options.get() or InputOptions()
    if path == STDIN:
        loaded = read_stdin(options.encoding, options.max_bytes)
    else:
        loaded = read_path(path, options.encoding, options.max_bytes)
    if loaded.replaced:
        where = "stdin" if path == STDIN else display_name(path)
        plural = "s" if loaded.replaced > 1 else ""
        warn(
            f"{where}: {loaded.replaced} undecodable byte sequence{plural} "
            f"replaced with \ufffd (read as {loaded.encoding})"
        )
    return loaded


def read_document(path: str) -> Document:
    """Load and parse one document; LoadError when it cannot be read or parsed."""
    from tui.machinery.cache import Cache
    from tui.pipeline import document_from

    name = STDIN if path == STDIN else display_name(path)
    options = _input_options.get() or InputOptions()
    loaded = read_source(path)
    try:
        return document_from(loaded, name, cache=Cache() if options.use_cache else None)
    except (MemoryError, LoadError) as error:
        # The parse outgrew the memory limit (tui.machinery.memory): say so, by name. The
        # traceback goes first, as it holds the half-built parse that took the memory.
        cause = error if isinstance(error, MemoryError) else error.__context__
        if not isinstance(cause, MemoryError):
            raise
        cause.__traceback__ = None
        from tui.machinery.memory import out_of_memory_message

        raise LoadError(f"{name}: {out_of_memory_message()}") from None


def each_document(paths: Sequence[str], failures: list[str]) -> Iterator[Document]:
    """Yield the readable documents; report each unreadable one as one line on stderr."""
    for given in paths:
        try:
            expanded = list(expand_paths([given]))
        except LoadError as error:
            failures.append(str(error))
            warn(str(error))
            continue
        for path in expanded:
            try:
                yield read_document(path)
            except LoadError as error:
                failures.append(str(error))
                warn(str(error))


def analysis_cache(args: argparse.Namespace):  # -> tui.machinery.cache.Cache | None
    """The user's analysis cache, unless the command was given --no-cache."""
    if getattr(args, "no_cache", False):
        return None
    from tui.machinery.cache import Cache

    return Cache()


# --- commands ----------------------------------------------------------------------------


def guarded(document: Document, failures: list[str], work: Callable[[Document], Any]) -> Any:
    """`work(document)`, or None when it fails: one line on stderr, and the others still print."""
    from tui.pipeline import DEBUG_ENV

    try:
        return work(document)
    except Exception as error:
        if os.environ.get(DEBUG_ENV):
            raise
        if isinstance(error, MemoryError):
            error.__traceback__ = None  # it holds what took the memory: freed first
            from tui.machinery.memory import out_of_memory_message

            message = f"{document.name}: {out_of_memory_message()}"
        else:
            message = f"{document.name}: could not be analysed ({type(error).__name__}: {error})"
        failures.append(message)
        warn(message)
        return None


def cmd_summary(args: argparse.Namespace) -> int:
    from tui.cli.export import summary_json
    from tui.cli.report import corpus_view, summary_view
    from tui.pipeline import analyse_document

    failures: list[str] = []
    out = None
    if not args.json:
        out = console()
        # The summary is a laid-out page (panels, tables): it wraps at the terminal's width,
        # or at 80 columns in a pipe, instead of keeping long lines whole as the lists do.
        out.soft_wrap = False
        if not sys.stdout.isatty():
            out.width = 80
    analysed = []
    cache = analysis_cache(args)
    for document in each_document(args.paths, failures):
        result = guarded(
            document, failures, lambda d: analyse_document(d, args.sentences, cache=cache)
        )
        if result is None:
            continue
        if args.json:
            emit_json(summary_json(document, result.insight, result.annotations.quotes))
        else:
            out.print(summary_view(document, result.insight))
            out.print()
            analysed.append((document, result.insight))
    if len(analysed) > 1:
        out.print(corpus_view(analysed))
    return EXIT_DOCUMENT if failures else EXIT_OK


def cmd_sections(args: argparse.Namespace) -> int:
    from tui.cli.export import sections_json
    from tui.cli.report import sections_view

    failures: list[str] = []
    for document in each_document([args.path], failures):
        if args.json:
            emit_json(sections_json(document))
        else:
            console().print(sections_view(document))
    return EXIT_DOCUMENT if failures else EXIT_OK


def parse_kinds(value: str | None) -> tuple[str, ...]:
    if not value:
        return ENTITY_KINDS
    kinds = tuple(k.strip() for k in value.split(",") if k.strip())
    unknown = [k for k in kinds if k not in ENTITY_KINDS]
    if unknown:
        raise UsageError(
            f"tui entities: unknown kind {', '.join(unknown)} (kinds: {', '.join(ENTITY_KINDS)})"
        )
    return kinds


def cmd_entities(args: argparse.Namespace) -> int:
    from tui.annotate import annotate, annotate_text

    kinds = parse_kinds(args.kind)
    if args.plain:
        return entities_plain(args.path, kinds, args.json, annotate_text)
    from tui.cli.export import entity_json

    failures: list[str] = []
    for document in each_document([args.path], failures):
        annotations = guarded(document, failures, annotate)
        if annotations is None:
            continue
        entities = [e for e in annotations.entities if e.kind in kinds]
        if args.json:
            for entity in entities:
                emit_json(entity_json(document, entity))
        else:
            from tui.cli.report import entities_view

            console().print(entities_view(document, entities))
    return EXIT_DOCUMENT if failures else EXIT_OK


def entities_plain(
    path: str, kinds: tuple[str, ...], as_json: bool, annotate_text: Callable[..., Any]
) -> int:
    """Plain text in, one entity per line out: each input line is annotated on its own."""
    try:
        text = read_source(path).text
    except LoadError as error:
        warn(str(error))
        return EXIT_DOCUMENT
    out = None if as_json else console()
    for number, line in enumerate(text.split("\n")):
        for entity in annotate_text(line):
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


def cmd_search(args: argparse.Namespace) -> int:
    from tui.text.search import search

    failures: list[str] = []
    for document in each_document([args.path], failures):
        matches = search(document, args.query)
        paragraphs = document.paragraphs
        for match in matches:
            paragraph = paragraphs[match.paragraph]
            if args.json:
                emit_json(
                    {
                        "file": document.name,
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

                console().print(match_line(paragraph, match))
        if not args.json:
            print(f"{len(matches)} matches", file=sys.stderr)
    return EXIT_DOCUMENT if failures else EXIT_OK


def cmd_open(args: argparse.Namespace) -> int:
    paths = args.paths or [str(seed_path())]
    failures: list[str] = []
    documents = list(each_document(paths, failures))
    if not documents:
        return EXIT_DOCUMENT
    if not sys.stdout.isatty():
        raise UsageError("tui: the explorer needs a terminal; to print to a pipe use `tui summary`")
    if (sys.stdin is None or not sys.stdin.isatty()) and not keyboard_from_terminal():
        warn("no terminal to read keys from (stdin is not one, and /dev/tty cannot be opened)")
        return EXIT_USAGE
    from tui.app import run_app

    crashed = run_app(documents, cache=analysis_cache(args))
    return crashed or (EXIT_DOCUMENT if failures else EXIT_OK)


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
        parser = _Parser(
            prog="tui",
            description="A terminal explorer for Chinese web articles. "
            f"Subcommands: {', '.join(SUBCOMMANDS)} (tui COMMAND --help).",
        )
        parser.add_argument("--version", action="version", version=f"tui {__version__}")
        parser.add_argument(
            "paths", nargs="*", metavar="PATH", help="files or folders (default: the seed)"
        )
        parser.set_defaults(run=cmd_open)
        add_input_options(parser)
        return parser
    parser = _Parser(prog=f"tui {command}")
    if command == "summary":
        parser.description = "Print a summary of each document."
        parser.add_argument(
            "paths", nargs="*", metavar="PATH", help="files, folders or - for stdin"
        )
        parser.add_argument("--json", action="store_true", help="one JSON object per document")
        parser.add_argument(
            "--sentences", type=int, default=3, metavar="N", help="key sentences (3)"
        )
        parser.set_defaults(run=cmd_summary)
    elif command == "sections":
        parser.description = "Print the outline of a document."
        parser.add_argument("path", metavar="PATH")
        parser.add_argument("--json", action="store_true")
        parser.set_defaults(run=cmd_sections)
    elif command == "entities":
        parser.description = "List the entities of a document."
        parser.add_argument("path", metavar="PATH")
        parser.add_argument("--json", action="store_true", help="one JSON object per entity")
        parser.add_argument(
            "--kind", metavar="KIND[,KIND]", help=f"only these: {','.join(ENTITY_KINDS)}"
        )
        parser.add_argument(
            "--plain", action="store_true", help="input is plain text: every line stands alone"
        )
        parser.set_defaults(run=cmd_entities)
    elif command == "search":
        parser.description = "Find text in a document, in Chinese or in pinyin (guangzhou, gz)."
        parser.add_argument("path", metavar="PATH")
        parser.add_argument("query", metavar="QUERY")
        parser.add_argument("--json", action="store_true", help="one JSON object per match")
        parser.set_defaults(run=cmd_search)
    add_input_options(parser)
    return parser


def add_input_options(parser: argparse.ArgumentParser) -> None:
    """How to read the input, the same on every command."""
    parser.add_argument(
        "--encoding", metavar="NAME", help="read the input in this encoding (default: detect)"
    )
    parser.add_argument(
        "--max-size",
        metavar="SIZE",
        help=f"refuse larger inputs (default: ${MAX_SIZE_ENV} or 64M; e.g. 500K, 1G)",
    )
    parser.add_argument(
        "--no-cache",
        action="store_true",
        help="parse and analyse afresh: cached documents and analyses are neither read nor written",
    )
    parser.add_argument(
        "--max-memory",
        metavar="SIZE",
        help="give up on a document that needs more memory (default: $TUI_MAX_MEMORY or half "
        "the machine's memory; none: no limit)",
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
        warn(f"cannot write output: {error}")
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
    command = argv[0] if argv and argv[0] in SUBCOMMANDS else None
    try:
        try:
            args = build_parser(command).parse_args(argv[1:] if command else argv)
            options = input_options(args, f"tui {command}" if command else "tui")
            if command == "summary" and not args.paths:
                args.paths = [str(seed_path())]
            if command == "summary" and args.sentences < 0:
                raise UsageError("tui summary: --sentences must be 0 or more")
            _prepare_stdout(as_json=getattr(args, "json", False))
            token = _input_options.set(options)
            try:
                with memory_capped(options.max_memory):
                    code = args.run(args)
            finally:
                _input_options.reset(token)
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
            from tui.pipeline import DEBUG_ENV

            if os.environ.get(DEBUG_ENV):
                raise
            warn(out_of_memory_message())
            return EXIT_DOCUMENT
        except Exception as error:
            from tui.pipeline import DEBUG_ENV

            if os.environ.get(DEBUG_ENV):
                raise
            warn(f"internal error: {type(error).__name__}: {error} (set {DEBUG_ENV}=1 for details)")
            return EXIT_DOCUMENT
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        # The reader went away (`tui summary x | head -1`): end quietly, and keep Python
        # from complaining again when it flushes stdout at exit.
        _discard_stdout()
        return EXIT_OK

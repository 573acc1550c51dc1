"""The command line: `tui [PATH ...]` opens the explorer; subcommands print to stdout.

The headless commands never import Textual: only `tui [PATH ...]` does.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any, NoReturn

from tui import __version__
from tui.load import LoadError, decode
from tui.model import ENTITY_KINDS, Document

EXIT_OK, EXIT_DOCUMENT, EXIT_USAGE = 0, 1, 2
SUBCOMMANDS = ("summary", "sections", "entities", "search")


class UsageError(Exception):
    pass


class _Parser(argparse.ArgumentParser):
    """argparse, but a usage error is one line on stderr and exit 2, as every other error."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{self.prog}: {message} (see {self.prog} --help)")


def seed_path() -> Path:
    """The bundled seed: inside the installed package, or at the top of a checkout."""
    for folder in (Path(__file__).parent / "seeds", Path(__file__).parent.parent / "seeds"):
        if folder.is_dir():
            found = sorted(folder.glob("*.txt"))
            if found:
                return found[0]
    raise LoadError("the bundled seed is missing from this installation")


# --- reading documents -------------------------------------------------------------------


def expand_paths(paths: Sequence[str]) -> Iterator[str]:
    """Files as given; a folder stands for its (non-hidden) files, sorted."""
    for path in paths:
        p = Path(path)
        if path != "-" and p.is_dir():
            files = sorted(
                str(child) for child in p.iterdir() if child.is_file() and not child.name.startswith(".")
            )
            if not files:
                raise LoadError(f"{path}: folder has no files to read")
            yield from files
        else:
            yield path


def read_document(path: str) -> Document:
    from tui.parse import parse
    from tui.pipeline import open_document

    if path == "-":
        return parse(decode(sys.stdin.buffer.read()).text, name="-")
    return open_document(path)


def each_document(paths: Sequence[str], failures: list[str]) -> Iterator[Document]:
    """Yield the readable documents; report each unreadable one as one line on stderr."""
    try:
        expanded = list(expand_paths(paths))
    except LoadError as error:
        failures.append(str(error))
        print(f"tui: {error}", file=sys.stderr)
        return
    for path in expanded:
        try:
            yield read_document(path)
        except LoadError as error:
            failures.append(str(error))
            print(f"tui: {error}", file=sys.stderr)


# --- output ------------------------------------------------------------------------------


def emit_json(obj: dict[str, Any]) -> None:
    sys.stdout.write(json.dumps(obj, ensure_ascii=False) + "\n")


def console():  # -> rich.console.Console, imported lazily to keep `--json` lean
    from rich.console import Console

    tty = sys.stdout.isatty()
    # Piped: plain text, long lines left whole for the next program in the pipe.
    return Console(
        highlight=False, markup=False, emoji=False, soft_wrap=not tty, width=None if tty else 10_000
    )


def analysis_cache(args: argparse.Namespace):  # -> tui.cache.Cache | None
    """The user's analysis cache, unless the command was given --no-cache."""
    if getattr(args, "no_cache", False):
        return None
    from tui.cache import Cache

    return Cache()


# --- commands ----------------------------------------------------------------------------


def cmd_summary(args: argparse.Namespace) -> int:
    from tui.export import summary_json
    from tui.pipeline import analyse_document
    from tui.report import corpus_view, summary_view

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
    for document in each_document(args.paths, failures):
        result = analyse_document(document, sentences=args.sentences, cache=analysis_cache(args))
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
    from tui.export import sections_json
    from tui.report import sections_view

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
    from tui.export import entity_json

    failures: list[str] = []
    for document in each_document([args.path], failures):
        entities = [e for e in annotate(document).entities if e.kind in kinds]
        if args.json:
            for entity in entities:
                emit_json(entity_json(document, entity))
        else:
            from tui.report import entities_view

            console().print(entities_view(document, entities))
    return EXIT_DOCUMENT if failures else EXIT_OK


def entities_plain(
    path: str, kinds: tuple[str, ...], as_json: bool, annotate_text: Callable[..., Any]
) -> int:
    """Plain text in, one entity per line out: each input line is annotated on its own."""
    from tui.load import read_path

    try:
        text = decode(sys.stdin.buffer.read()).text if path == "-" else read_path(path).text
    except LoadError as error:
        print(f"tui: {error}", file=sys.stderr)
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

                out.print(Text(f"{number}:{entity.start}-{entity.end}\t{entity.kind}\t{entity.text}"))
    return EXIT_OK


def cmd_search(args: argparse.Namespace) -> int:
    from tui.search import search

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
                from tui.report import match_line

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
    from tui.app import run_app

    run_app(documents)
    return EXIT_DOCUMENT if failures else EXIT_OK


# --- argument parsing --------------------------------------------------------------------


def build_parser(command: str | None) -> argparse.ArgumentParser:
    if command is None:
        parser = _Parser(
            prog="tui",
            description="A terminal explorer for Chinese web articles. "
            f"Subcommands: {', '.join(SUBCOMMANDS)} (tui COMMAND --help).",
        )
        parser.add_argument("--version", action="version", version=f"tui {__version__}")
        parser.add_argument("paths", nargs="*", metavar="PATH", help="files or folders (default: the seed)")
        parser.set_defaults(run=cmd_open)
        return parser
    parser = _Parser(prog=f"tui {command}")
    if command == "summary":
        parser.description = "Print a summary of each document."
        parser.add_argument("paths", nargs="*", metavar="PATH", help="files, folders or - for stdin")
        parser.add_argument("--json", action="store_true", help="one JSON object per document")
        parser.add_argument("--sentences", type=int, default=3, metavar="N", help="key sentences (3)")
        parser.add_argument("--no-cache", action="store_true", help="analyse afresh; do not use or fill the cache")
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
        parser.add_argument("--kind", metavar="KIND[,KIND]", help=f"only these: {','.join(ENTITY_KINDS)}")
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
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    command = argv[0] if argv and argv[0] in SUBCOMMANDS else None
    try:
        args = build_parser(command).parse_args(argv[1:] if command else argv)
        if command == "summary" and not args.paths:
            args.paths = [str(seed_path())]
        if command == "summary" and args.sentences < 0:
            raise UsageError("tui summary: --sentences must be 0 or more")
        return args.run(args)
    except UsageError as error:
        print(error, file=sys.stderr)
        return EXIT_USAGE
    except LoadError as error:
        print(f"tui: {error}", file=sys.stderr)
        return EXIT_DOCUMENT
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader went away (`tui summary x | head -1`): end quietly, and keep Python
        # from complaining again when it flushes stdout at exit.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_OK

"""The command line: `tui [PATH ...]` opens the explorer; subcommands print to stdout."""

from tui.cli.commands import main

__all__ = ["main"]

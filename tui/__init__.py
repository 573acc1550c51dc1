"""tui: a terminal explorer for Chinese web articles."""

__version__ = "0.1.0"

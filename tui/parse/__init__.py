"""parse: text -> Document. Finds the article in a page dump and splits it into sections."""

from tui.parse.parser import parse

__all__ = ["parse"]

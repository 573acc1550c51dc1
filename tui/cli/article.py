"""The extracted article as plain text or Markdown, for `tui article`: what a script keeps.

Both carry the same things in the same order: the title, a block of what the page says about
the article (date, source, authors, editors, address, column, neighbours), then the sections,
the lead first, each heading with its subtitle and then its paragraphs, one blank line apart.
"""

from __future__ import annotations

import re

from tui.model import Document, Metadata

# The labels of the metadata block, in its order: the page's own words for them.
_FIELDS = (
    ("date", "日期"),
    ("source", "来源"),
    ("authors", "作者"),
    ("editors", "编辑"),
    ("url", "原文"),
    ("category", "栏目"),
    ("previous", "上一篇"),
    ("next", "下一篇"),
)


def _metadata(meta: Metadata) -> list[tuple[str, str]]:
    rows = []
    for field, label in _FIELDS:
        value = getattr(meta, field)
        if isinstance(value, tuple):
            value = "、".join(value)
        if value:
            rows.append((label, value))
    return rows


def article_text(document: Document) -> str:
    """Title, metadata lines (标签：值), then headings, subtitles and paragraphs as they are."""
    blocks = [document.meta.title or document.name]
    rows = _metadata(document.meta)
    if rows:
        blocks.append("\n".join(f"{label}：{value}" for label, value in rows))
    for section in document.sections:
        if section.title is not None:
            blocks.append(
                section.title + (f"\n{section.subtitle}" if section.subtitle is not None else "")
            )
        blocks.extend(p.text for p in section.paragraphs)
    return "\n\n".join(blocks) + "\n"


def article_markdown(document: Document) -> str:
    """`# title`, a list of the metadata, `## heading` per section (the subtitle in italics),
    and the paragraphs. Text from the page is escaped, so it reads as written, never as markup
    (a paragraph that starts "1. " or "#" stays a paragraph)."""
    blocks = [f"# {escape_markdown(document.meta.title or document.name)}"]
    rows = _metadata(document.meta)
    if rows:
        blocks.append(
            "\n".join(
                f"- {label}：{value if label == '原文' else escape_markdown(value)}"
                for label, value in rows
            )
        )
    for section in document.sections:
        if section.title is not None:
            blocks.append(f"## {escape_markdown(section.title)}")
            if section.subtitle is not None:
                blocks.append(f"*{escape_markdown(section.subtitle)}*")
        blocks.extend(escape_markdown(p.text) for p in section.paragraphs)
    return "\n\n".join(blocks) + "\n"


# Characters that mark up inline text anywhere, and what starts a block at a line's start
# (a heading, a quote, a list item, a numbered item, a rule).
_INLINE = re.compile(r"([\\`*_\[\]<>|~])")
_BLOCK_START = re.compile(r"^(\s*)(#|>|[-+=](?=\s|$)|\d+(?=[.)](?:\s|$)))")


def escape_markdown(text: str) -> str:
    text = _INLINE.sub(r"\\\1", text)
    return _BLOCK_START.sub(
        lambda m: m[1] + (m[2] + "\\" if m[2][0].isdigit() else "\\" + m[2]), text
    )

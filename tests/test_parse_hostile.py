"""The parser on lines built to hurt it: it must take linear time and drop no text."""

from __future__ import annotations

import subprocess
import sys
import textwrap

from tui.parse import parse
from tui.parse.pagelines import MAX_LAYOUT_WIDTH, describe, display_width

# Each line is 100,000 characters or more. A pattern that backtracks (a bracket that may run
# over the next bracket) needs minutes on the first one; a linear one needs milliseconds.
HOSTILE_LINES = (
    '"[" * 100_000',
    '" [" * 100_000',
    '"[a" * 100_000',
    '"[" + " " * 100_000',
    '"[" + " " * 100_000 + "x"',
    '"(" * 100_000',
    '"【" * 100_000',
    '"来源：" * 40_000',
    '"（记者" * 40_000',
    '"2020年" * 30_000',
    '"第" * 100_000',
    '"一、" * 60_000',
    '"1." * 60_000',
    '"当前位置：首页" + " > 栏目" * 30_000',
    '"#" * 100_000 + " "',
    '"【下载" * 40_000',
    '"原创 " * 40_000',
    '"作者" * 50_000',
    '"1小时前" * 30_000',
    '"1" * 100_000',
)
# Generous: the whole batch takes well under a second; the old form-field pattern alone took
# more than 120 s on the first line.
BUDGET_SECONDS = 60


def test_hostile_lines_parse_in_linear_time() -> None:
    script = textwrap.dedent(
        f"""
        from tui.parse import parse
        for line in [{", ".join(HOSTILE_LINES)}]:
            parse(line + "\\n" + line[:500] + "\\n")
            parse("标题\\n\\n" + line)
        print("done")
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        timeout=BUDGET_SECONDS,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "done"


def test_a_form_field_is_still_a_form_field() -> None:
    assert describe(0, "[请输入关键字        ]").kind == "form"
    assert describe(0, "[[请输入关键字        ]").kind == "form"
    assert describe(0, "[SUBMIT]").kind == "form"
    assert describe(0, "[" * 1000).kind != "form"


def test_a_line_far_wider_than_a_screen_is_prose_not_table_columns() -> None:
    # 1.7 million characters with four-space gaps: read as table cells, all but one would go.
    piece = "这是一段很长的正文，没有换行，" * 6
    line = (piece + "    ") * 19_000
    doc = parse(line + "\n")
    body = "".join(p.text for p in doc.paragraphs)
    assert len(line) > 1_700_000
    assert body.replace(" ", "") == line.replace(" ", "")


def test_a_line_wider_than_a_screen_in_columns_is_prose_though_fewer_characters() -> None:
    # An unwrapped paragraph of Chinese with a gap inside: 330 characters, 654 columns. Read
    # by its length it was a screen's row of two cells, and the one with fewer Han went.
    first, second = "这是一段没有换行的正文，" * 15, "后面还有一些话没有说完。" * 12
    raw = first + "    " + second
    assert len(raw) < MAX_LAYOUT_WIDTH < display_width(raw)
    assert describe(0, raw).cell == raw


def test_a_wide_table_row_still_keeps_its_prose_column() -> None:
    # An article cell and a sidebar cell, as w3m lays them out in 200 columns.
    raw = "    " + "这样的掌声、这样的感动，如今已经传遍河北大地。" * 3 + " " * 8 + "• 侧栏的链接"
    assert describe(0, raw).cell == "这样的掌声、这样的感动，如今已经传遍河北大地。" * 3


# Many lines alike: each of these took a quadratic walk over the page (one-sentence paragraphs:
# a dict of every line's rest; heading-shaped lines: each walked its whole block; short lines:
# each sliced the rest of the page). 60,000 lines then took minutes; now about a second.
MANY_LINES = (
    '"今天很好。\\n\\n" * 30_000',
    '"一、标题\\n" * 60_000',
    '"ab\\n" * 60_000',
    # distinct words over sentences under a dateline: each looked for in the whole text
    '"2021-07-15 09:30\\n"'
    ' + "".join(f"甲{i:05d}\\n一句话说完了，大家都听到了。\\n" for i in range(40_000))',
)


def test_many_similar_lines_parse_in_linear_time() -> None:
    script = textwrap.dedent(
        f"""
        from tui.parse import parse
        for text in [{", ".join(MANY_LINES)}]:
            parse(text)
        print("done")
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=BUDGET_SECONDS
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "done"

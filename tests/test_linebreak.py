"""The one line breaker: widths kept, no line opens with a closing mark, words kept whole."""

from __future__ import annotations

import io

from hypothesis import given, settings
from hypothesis import strategies as st
from rich.cells import cell_len
from rich.console import Console
from rich.text import Text

from tui.text.linebreak import NO_LINE_END, NO_LINE_START, Wrapped, line_starts, wrap_lines


def lines_of(text: str, width: int, separator: str | None = None) -> list[str]:
    offsets = [*line_starts(text, width, separator), len(text)]
    return [text[a:b] for a, b in zip(offsets, offsets[1:], strict=False)]


def test_a_comma_never_starts_a_line_it_takes_a_character_along() -> None:
    text = "广州深圳双核联动，比翼双飞。"
    lines = lines_of(text, 16)  # 8 Han characters a line: "，" would open line two
    assert lines == ["广州深圳双核联", "动，比翼双飞。"]


def test_an_opening_quote_never_ends_a_line() -> None:
    lines = lines_of("双方要开放“双区驱动效应”", 12)  # “ would end line one
    assert lines == ["双方要开放", "“双区驱动效", "应”"]


def test_latin_words_stay_whole_and_long_ones_are_cut_at_the_edge() -> None:
    assert lines_of("来自Evi1m0的分享", 10) == ["来自Evi1m0", "的分享"]
    url = "http://x.cn/" + "a" * 30
    assert all(cell_len(line) <= 20 for line in lines_of(url, 20))
    assert "".join(lines_of(url, 20)) == url


def test_a_list_breaks_between_items_only() -> None:
    text = " · ".join(["2019年11月25日 1", "2019年底 1", "2019年7月 1"])
    lines = [line.rstrip() for line in lines_of(text, 31, separator=" · ")]
    assert lines == ["2019年11月25日 1 · 2019年底 1 ·", "2019年7月 1"]


_HAN = st.text(alphabet="广州深圳合作发展创新产业城市", min_size=2, max_size=6)
_MARK = st.sampled_from(["，", "。", "、", "”", "“", "《", "》", "（", "）", ""])
_LATIN = st.sampled_from(["", "XSS", "2019", "Kcon V3", "58.55%"])


@given(
    st.lists(st.tuples(_HAN, _MARK, _LATIN).map("".join), min_size=1, max_size=20).map("".join),
    st.integers(min_value=8, max_value=80),
)
@settings(max_examples=200, deadline=None)
def test_wrapping_keeps_the_text_fits_and_respects_the_marks(text: str, width: int) -> None:
    lines = lines_of(text, width)
    assert "".join(lines) == text  # nothing lost, nothing added
    for n, line in enumerate(lines):
        assert cell_len(line.rstrip()) <= width, line
        if n:
            assert line[0] not in NO_LINE_START or lines[n - 1][-1] in NO_LINE_START | NO_LINE_END
        if n < len(lines) - 1:
            assert line.rstrip()[-1:] not in NO_LINE_END or len(line) <= 2


def test_the_renderable_keeps_styles_and_width() -> None:
    text = Text("陈鸿宇认为，", style="bold")
    text.append("解放思想是两座引擎城市合作共赢的第一步。", style="italic")
    console = Console(file=io.StringIO(), width=20, record=True, color_system=None)
    console.print(Wrapped(text))
    out = console.export_text()
    assert all(cell_len(line) <= 20 for line in out.splitlines())
    assert out.replace("\n", "") == text.plain
    assert not any(line.startswith(tuple(NO_LINE_START)) for line in out.splitlines())


def test_wrap_obeys_the_width_and_chinese_line_breaking() -> None:
    text = (
        "他说:“我们希望把研发放在广州,把制造放在海港市。”这是《协同发展协议》的目标,"
        "Python 与 Rust 都行。"
    ) * 3
    for width in (7, 10, 16, 23, 40):
        starts = line_starts(text, width)
        lines = [text[a:b] for a, b in zip(starts, (*starts[1:], len(text)), strict=True)]
        assert "".join(lines) == text
        assert all(cell_len(line.rstrip()) <= width for line in lines)
        for line in lines[1:]:
            assert line[0] not in NO_LINE_START or width < 10
        for line, after in zip(lines, lines[1:], strict=False):
            assert line[-1] not in NO_LINE_END or width < 10
            # Latin words are not split (when they fit on a line).
            split = line[-1].isascii() and line[-1].isalpha() and after[0].isalpha()
            assert not (split and width >= 16)


@given(
    st.text(alphabet=st.sampled_from("a1 .天下，“”！é😀\u0301"), max_size=200), st.integers(3, 50)
)
def test_wrapping_keeps_every_character_and_fits_the_width(text: str, width: int) -> None:
    rows = wrap_lines(text, width)
    assert "".join(rows) == text
    assert all(cell_len(row.rstrip()) <= max(width, 2) for row in rows)
    assert all(rows[:-1])  # no empty row but a last one (for an empty line)

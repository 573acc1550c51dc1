"""One interface language per run, complete in Chinese and English (issue 15, point 6): the
catalog holds every message of the code, translated; the shipped .mo is the .po compiled; the
language comes from the locale or --lang; the explorer, its help, the summary page and the
command line all speak it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from babel.messages.extract import extract_from_dir
from babel.messages.mofile import read_mo
from babel.messages.pofile import read_po

from tests.documents import FakePipeline, screen_text, twin_cities
from tui.app.app import ExplorerApp
from tui.i18n import LOCALE_DIR, language_from_locale

ROOT = Path(__file__).resolve().parent.parent
PO = LOCALE_DIR / "zh" / "LC_MESSAGES" / "tui.po"
MO = PO.with_suffix(".mo")
SEED = ROOT / "seeds" / "000_948d13035be81ef7.txt"
KEYWORDS = {"_": None, "N_": None, "ngettext": (1, 2)}


def catalog():
    with PO.open("rb") as file:
        return read_po(file, locale="zh", domain="tui")


def messages_in_the_code() -> set[str | tuple[str, ...]]:
    found = set()
    for _file, _line, message, _comments, _context in extract_from_dir(
        str(ROOT / "tui"), keywords=KEYWORDS
    ):
        found.add(message)
    return found


def test_every_message_in_the_code_is_translated() -> None:
    po = catalog()
    translated = {m.id: m.string for m in po if m.id}
    missing = [m for m in messages_in_the_code() if not translated.get(m)]
    assert missing == []
    assert not [m.id for m in po if m.id and m.fuzzy]


def test_the_catalog_has_no_message_the_code_lost() -> None:
    code = messages_in_the_code()
    assert [m.id for m in catalog() if m.id and m.id not in code] == []


def test_the_shipped_mo_is_the_po_compiled() -> None:
    with MO.open("rb") as file:
        shipped = read_mo(file)
    po = catalog()

    def strings(messages) -> dict:
        def whole(value):
            return tuple(value) if isinstance(value, list | tuple) else value

        return {whole(m.id): whole(m.string) for m in messages if m.id}

    assert strings(shipped) == strings(po)


def test_placeholders_are_kept_in_every_translation() -> None:
    import re

    fields = re.compile(r"\{[a-z_]*\}|%\([a-z_]+\)[sr]|%s")
    for message in catalog():
        if not message.id:
            continue
        ids = message.id if isinstance(message.id, tuple) else (message.id,)
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        for string in strings:
            assert sorted(set(fields.findall(ids[-1]))) == sorted(set(fields.findall(string))), (
                message.id
            )


@pytest.mark.parametrize(
    ("environ", "language"),
    [
        ({"LANG": "zh_CN.UTF-8"}, "zh"),
        ({"LANG": "zh_TW.UTF-8"}, "zh"),
        ({"LANG": "en_US.UTF-8"}, "en"),
        ({"LANG": "C.UTF-8"}, "en"),
        ({}, "en"),
        ({"LANG": "en_US.UTF-8", "LC_ALL": "zh_CN.UTF-8"}, "zh"),  # LC_ALL wins
        ({"LANG": "zh_CN.UTF-8", "LC_MESSAGES": "en_GB.UTF-8"}, "en"),
    ],
)
def test_the_language_comes_from_the_locale(environ: dict[str, str], language: str) -> None:
    assert language_from_locale(environ) == language


def run_tui(*args: str, lang: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("LANGUAGE", "LC_ALL", "LC_MESSAGES")}
    env["LANG"] = lang or "C.UTF-8"
    env["PYTHONPATH"] = str(ROOT)
    return subprocess.run(
        [sys.executable, "-m", "tui", *args], capture_output=True, text=True, env=env, timeout=120
    )


@pytest.mark.parametrize(
    ("args", "lang", "words"),
    [
        (["--help"], None, ["usage:", "options", "examples:", "exit codes:", "NO_COLOR"]),
        (["--help"], "zh_CN.UTF-8", ["用法：", "选项", "示例", "退出码", "浏览器中的按键"]),
        (["--lang", "zh", "--help"], None, ["用法：", "示例", "向下 / 向上滚动"]),
        (["--lang=en", "--help"], "zh_CN.UTF-8", ["usage:", "keys in the explorer"]),
        (["summary", "--lang", "zh", "--help"], None, ["用法：", "tui summary pages/ --json"]),
    ],
)
def test_help_speaks_the_chosen_language(args: list[str], lang: str | None, words) -> None:
    result = run_tui(*args, lang=lang)
    assert result.returncode == 0, result.stderr
    for word in words:
        assert word in result.stdout


def test_the_summary_page_is_all_in_one_language() -> None:
    english = run_tui("summary", str(SEED)).stdout
    chinese = run_tui("summary", "--lang", "zh", str(SEED)).stdout
    for word in ("Outline", "Named most", "Keywords", "Key sentences", "characters"):
        assert word in english
    for word in ("大纲", "提及最多", "关键词", "要点", "阅读"):
        assert word in chinese and word not in english
    assert "Outline" not in chinese and "Keywords" not in chinese


def test_a_usage_error_speaks_the_chosen_language() -> None:
    result = run_tui("entities", str(SEED), "--lang", "zh", "--nope")
    assert result.returncode == 2
    assert "无法识别的参数" in result.stderr and "见 tui entities --help" in result.stderr


async def test_the_explorer_speaks_chinese(chinese) -> None:
    app = ExplorerApp([twin_cities()], FakePipeline())
    async with app.run_test(size=(120, 40)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        text = screen_text(app)
        for word in ("导语", "统计", "关键词", "人物", "下一节", "搜索", "实体", "退出"):
            assert word in text, word
        for word in ("Counts", "Keywords", "Lead", "Search", "Quit"):
            assert word not in text, word
        await pilot.press("question_mark")
        assert "向下 / 向上滚动" in screen_text(app)


def test_the_wheel_ships_the_compiled_catalog(tmp_path: Path) -> None:
    """The .mo is package data: `pip install .` puts it beside the code."""
    command = [sys.executable, "-m", "pip", "wheel", "--no-deps", "-w", str(tmp_path), str(ROOT)]
    result = subprocess.run(command, capture_output=True, text=True, timeout=300)
    if result.returncode != 0:
        pytest.skip(f"cannot build a wheel here: {result.stderr.strip().splitlines()[-1:]}")
    import zipfile

    (wheel,) = tmp_path.glob("*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    assert "tui/locale/zh/LC_MESSAGES/tui.mo" in names

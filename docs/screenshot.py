"""Regenerate docs/screenshot.svg, the README's picture: the seed at 120x40, searching by pinyin.

python docs/screenshot.py
"""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tui.app.app import ExplorerApp  # noqa: E402
from tui.cli.commands import seed_path  # noqa: E402
from tui.pipeline import open_document  # noqa: E402


async def main() -> None:
    app = ExplorerApp([open_document(seed_path())])
    async with app.run_test(size=(120, 40)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.press("2", "slash", *"guangzhou", "enter", "n")
        await app.workers.wait_for_complete()
        await pilot.pause()
        app.save_screenshot(filename="screenshot.svg", path=str(ROOT / "docs"))


if __name__ == "__main__":
    asyncio.run(main())

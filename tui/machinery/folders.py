"""The per-user folders tui writes to, and the checks that make what it reads back from them safe.

What tui reads back from its cache is trusted to be what tui wrote there, so the folder must be
this user's own and writable by no one else (the test ssh applies to ~/.ssh). A folder that
fails it is refused with one line on stderr, and the run goes on without it. Folders are made
0700: the cache holds the text of what the user read.

The name is the project's own, "tui-zh-explorer" (~/.cache/tui-zh-explorer on Linux): the
command's name, the language and what it is. "tui" alone is what any text-interface program
might call its folder, and a folder shared with another program is one whose entries neither
wrote alone.
"""

from __future__ import annotations

import contextlib
import os
import stat
import sys
import tempfile
import threading
from pathlib import Path

APP_NAME = "tui-zh-explorer"

_warned: set[str] = set()
_warned_lock = threading.Lock()  # the explorer reads its cache from worker threads


def cache_root() -> Path:
    """The user's cache folder for tui, the platform's way (XDG_CACHE_HOME is honoured)."""
    from platformdirs import user_cache_dir

    return Path(user_cache_dir(APP_NAME, appauthor=False))


def temporary_root() -> Path:
    """A folder of this user's own in the system's temporary folder, for what is rebuilt at
    will (the word-table index) when the cache folder cannot be written."""
    # The user's id in the name, as a temporary folder is shared (on Windows it is per user).
    user = os.geteuid() if hasattr(os, "geteuid") else "user"
    return Path(tempfile.gettempdir()) / f"{APP_NAME}-{user}"


def why_unsafe(info: os.stat_result) -> str | None:
    """Why a folder with this status may not hold entries tui reads back, or None if it may."""
    if not stat.S_ISDIR(info.st_mode):
        return "is not a folder"
    if not hasattr(os, "geteuid"):  # Windows: the user's profile is private by its ACL
        return None
    if info.st_uid != os.geteuid():
        return f"belongs to another user (uid {info.st_uid})"
    if info.st_mode & (stat.S_IWGRP | stat.S_IWOTH):
        return f"is writable by others (mode {stat.S_IMODE(info.st_mode):04o})"
    return None


def private_folder(path: Path, create: bool, follow_symlinks: bool = True) -> Path | None:
    """`path` when it is a folder safe to read entries back from, made (0700) if `create`;
    None when it is missing, cannot be made, or is unsafe (said once on stderr).

    `follow_symlinks=False` for a folder in a shared place such as /tmp, where a symbolic
    link may have been planted by someone else to have tui write into another folder.
    """
    if create:
        try:
            path.mkdir(mode=0o700, parents=True, exist_ok=True)
        except OSError:
            return None  # a read-only home: quietly without, as a disk that is full
    try:
        info = os.stat(path, follow_symlinks=follow_symlinks)
    except OSError:
        return None
    if not follow_symlinks and stat.S_ISLNK(info.st_mode):
        problem: str | None = "is a symbolic link"
    else:
        problem = why_unsafe(info)
    if problem is None:
        return path
    if problem != "is not a folder":
        _warn_once(path, problem)
    return None


def _warn_once(path: Path, problem: str) -> None:
    from tui.load import display_name

    with _warned_lock:
        if str(path) in _warned:
            return
        _warned.add(str(path))
    if sys.stderr is None:
        return
    name = display_name(path)
    fix = f"chmod 700 {name}" if "writable" in problem else f"remove {name}"
    # A closed or full stderr: the run goes on without the cache all the same.
    with contextlib.suppress(OSError, ValueError):
        print(f"tui: cache folder {name} {problem}: not used ({fix})", file=sys.stderr)

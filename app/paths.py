"""Where a user's book lives when no ``--db`` is given.

Mirrors ``QStandardPaths.AppDataLocation`` for our organisation and application names
(the core may not import Qt); a window test checks both agree on this platform.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ORGANIZATION = "EFakturDesk"
APPLICATION = "EFakturDesk"
BOOK_NAME = "book.sqlite"
DEMO_BOOK_NAME = "demo.sqlite"


POINTER_NAME = "data-folder.txt"  # in the standard folder: where the user moved the data


def standard_data_dir() -> Path:
    home = Path.home()
    if sys.platform == "win32":
        base = Path(os.environ.get("APPDATA") or home / "AppData" / "Roaming")
    elif sys.platform == "darwin":
        base = home / "Library" / "Application Support"
    else:
        base = Path(os.environ.get("XDG_DATA_HOME") or home / ".local" / "share")
    return base / ORGANIZATION / APPLICATION


def data_dir() -> Path:
    """The standard folder, or the one chosen in Settings (a plain file in the standard
    folder names it, so the command line finds it too)."""
    pointer = standard_data_dir() / POINTER_NAME
    try:
        chosen = pointer.read_text(encoding="utf-8").strip()
    except OSError:
        return standard_data_dir()
    return Path(chosen) if chosen else standard_data_dir()


def default_book() -> Path:
    return data_dir() / BOOK_NAME


def demo_book() -> Path:
    return data_dir() / DEMO_BOOK_NAME

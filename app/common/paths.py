"""Where a user's book lives when no ``--db`` is given.

Mirrors ``QStandardPaths.AppDataLocation`` for our organisation and application names
(the core may not import Qt); a window test checks both agree on this platform.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from app.common.errors import BookError
from app.common.i18n import tr

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


def _chosen_data_dir() -> Path | None:
    pointer = standard_data_dir() / POINTER_NAME
    try:
        chosen = pointer.read_text(encoding="utf-8").strip()
    except OSError:
        return None
    return Path(chosen) if chosen else None


def data_dir() -> Path:
    """The standard folder, or the one chosen in Settings (a plain file in the standard
    folder names it, so the command line finds it too)."""
    return _chosen_data_dir() or standard_data_dir()


def missing_data_dir() -> Path | None:
    """The folder chosen in Settings when it is not there now (an unplugged drive)."""
    chosen = _chosen_data_dir()
    return chosen if chosen is not None and not chosen.is_dir() else None


def missing_data_dir_sentence(folder: Path) -> str:
    return tr(
        "The data folder {folder} is not there (is its drive unplugged?). Your book is "
        "kept in it, so E-Faktur Desk will not start a new one in its place. Connect the "
        "drive and try again, or choose another folder."
    ).format(folder=folder)


def require_data_dir() -> None:
    """Raise, in the user's words, when the chosen data folder has gone missing."""
    missing = missing_data_dir()
    if missing is not None:
        raise BookError(missing_data_dir_sentence(missing))


def default_book() -> Path:
    return data_dir() / BOOK_NAME


def demo_book() -> Path:
    return data_dir() / DEMO_BOOK_NAME

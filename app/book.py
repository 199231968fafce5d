"""Opening a book (one SQLite file holding one company's records)."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

from app import migrations
from app.errors import BookError
from app.models import db

PRAGMAS = {
    "journal_mode": "wal",
    "foreign_keys": 1,
    "synchronous": 1,
    "busy_timeout": 5000,
    # 64 MB of page cache (SQLite's default is 2 MB): a bulk action on a big book then
    # writes its pages once at commit instead of spilling them mid-transaction
    "cache_size": -64_000,
    # SQLite folds the WAL back into the book inside the commit that crosses this many
    # pages (default 1,000): a bulk action would pay for it while the user waits. The
    # window folds it back when idle instead (``fold_wal``); closing the book does too.
    "wal_autocheckpoint": 10_000,
}


def _check_is_sqlite(path: Path) -> None:
    if not path.exists() or path.stat().st_size == 0:
        return
    with path.open("rb") as fh:
        header = fh.read(16)
    if header != b"SQLite format 3\x00":
        raise BookError(f"{path} is not an E-Faktur Desk book (it is not an SQLite file).")


def backup_before_migrating(path: Path) -> Path:
    """Copy the book with SQLite's online backup before its schema is changed."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.before-upgrade-{stamp}{path.suffix}")
    source = sqlite3.connect(path)
    try:
        dest = sqlite3.connect(target)
        try:
            source.backup(dest)
        finally:
            dest.close()
    finally:
        source.close()
    return target


def open_book(path: str | Path) -> Path:
    """Open (creating if needed) the book at ``path`` and bring its schema up to date."""
    path = Path(path)
    if str(path) != ":memory:":
        path = path.expanduser().resolve()
        path.parent.mkdir(parents=True, exist_ok=True)
        _check_is_sqlite(path)
    if not db.is_closed():
        db.close()
    db.init(str(path), pragmas=PRAGMAS)
    try:
        db.connect()
        version = migrations.schema_version(db)
    except Exception as exc:  # sqlite3.DatabaseError: file is not a database, etc.
        db.close()
        raise BookError(f"{path} cannot be opened as a book: {exc}") from exc
    if version > migrations.CURRENT_VERSION:
        db.close()
        raise BookError(
            f"{path} was written by a newer E-Faktur Desk (book version {version}); "
            f"this copy understands up to version {migrations.CURRENT_VERSION}. "
            "Update the program to open it."
        )
    if 0 < version < migrations.CURRENT_VERSION and str(path) != ":memory:":
        backup_before_migrating(path)
    migrations.migrate(db)
    return path


def fold_wal() -> None:
    """Copy committed pages from the WAL into the book file, without waiting on readers."""
    if not db.is_closed():
        db.execute_sql("PRAGMA wal_checkpoint(PASSIVE)")


def close_book() -> None:
    if not db.is_closed():
        db.close()


def open_book_path() -> Path:
    """The book open now."""
    return Path(db.database)


def files_folder(book_path: Path) -> Path:
    """Where the book's attached e-Faktur PDFs live (content-addressed)."""
    return book_path.with_name(f"{book_path.stem}-files")

"""Opening a book (one SQLite file holding one company's records)."""

from __future__ import annotations

import sqlite3
import stat
from pathlib import Path

from app import migrations
from app.errors import BookError
from app.i18n import tr
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
        raise BookError(
            tr("{path} is not an E-Faktur Desk book (it is not an SQLite file).").format(path=path)
        )


def backup_before_migrating(path: Path) -> Path:
    """A checked backup of the book, in its backup folder (beside the book when that
    folder's drive is gone), before its schema changes."""
    from app import backups

    chosen = backups.settings_of(path)
    return backups.back_up(path, backups.BEFORE_UPGRADE, chosen, chosen.keep + 1).path


def _check_writable(path: Path) -> None:
    # by the permission bits, not os.access: an administrator may write anywhere, but a
    # book marked read-only was marked so for a reason
    if path.exists() and not path.stat().st_mode & stat.S_IWUSR:
        raise BookError(
            tr(
                "{path} is read-only (its file is marked read-only), and E-Faktur "
                "Desk writes every change to it at once. Copy it to a folder of "
                "your own, or clear the read-only mark, then open it again."
            ).format(path=path)
        )


def _version_of(path: Path) -> int:
    """The book's schema version, read without changing a byte of the file."""
    try:
        con = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
        try:
            return int(con.execute("PRAGMA user_version").fetchone()[0])
        finally:
            con.close()
    except sqlite3.Error as exc:
        raise BookError(
            tr("{path} cannot be opened as a book: {exc}").format(path=path, exc=exc)
        ) from exc


def _check_version(path: Path, version: int) -> None:
    if version > migrations.CURRENT_VERSION:
        raise BookError(
            tr(
                "{path} was written by a newer E-Faktur Desk (book version "
                "{version}); this copy understands up to version "
                "{CURRENT_VERSION}. Update the program to open it."
            ).format(path=path, version=version, CURRENT_VERSION=migrations.CURRENT_VERSION)
        )


def open_book(path: str | Path, read_only: bool = False) -> Path:
    """Open (creating if needed) the book at ``path`` and bring its schema up to date.

    ``read_only`` opens an existing book beside another copy of the program that has it:
    nothing is migrated, and SQLite refuses every write (``query_only``).
    """
    path = Path(path)
    if str(path) != ":memory:":
        path = path.expanduser().resolve()
        if read_only and not path.exists():
            raise BookError(tr("{path} does not exist.").format(path=path))
        path.parent.mkdir(parents=True, exist_ok=True)
        _check_is_sqlite(path)
        if not read_only:
            _check_writable(path)
    if str(path) != ":memory:" and path.exists():
        _check_version(path, _version_of(path))
    if not db.is_closed():
        db.close()
    db.init(str(path), pragmas={**PRAGMAS, "query_only": 1} if read_only else PRAGMAS)
    try:
        db.connect()
        version = migrations.schema_version(db)
    except Exception as exc:  # sqlite3.DatabaseError: file is not a database, etc.
        db.close()
        raise BookError(
            tr("{path} cannot be opened as a book: {exc}").format(path=path, exc=exc)
        ) from exc
    global _opened_read_only
    _opened_read_only = read_only
    if read_only:
        if version < migrations.CURRENT_VERSION:
            db.close()
            raise BookError(
                tr(
                    "{path} must be upgraded before it can be read, and another "
                    "window has it open. Close that window first."
                ).format(path=path)
            )
        return path
    if 0 < version < migrations.CURRENT_VERSION and str(path) != ":memory:":
        backup_before_migrating(path)
    migrations.migrate(db)
    return path


_opened_read_only = False


def is_read_only() -> bool:
    """True while the open book was opened read-only (another copy has it)."""
    return _opened_read_only and not db.is_closed()


def fold_wal() -> None:
    """Copy committed pages from the WAL into the book file, without waiting on readers."""
    if not db.is_closed() and not is_read_only():
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

"""Opening a book (one SQLite file holding one company's records)."""

from __future__ import annotations

import sqlite3
import stat
from collections.abc import Callable
from pathlib import Path

import peewee

from app.book import _migrations as migrations
from app.book.database import db
from app.book.trouble import BookDamaged, damaged_sentence, is_damage
from app.common.errors import BookError
from app.common.i18n import QT_TR_NOOP, tr

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

# no journal_mode: setting it is a write, and a book of ours is in WAL mode already
READ_ONLY_PRAGMAS = {
    **{k: v for k, v in PRAGMAS.items() if k != "journal_mode"},
    "query_only": 1,
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


ANOTHER_WINDOW = QT_TR_NOOP(
    "Another E-Faktur Desk window has this book open, so it is read-only here. "
    "Make changes in that window."
)
FILE_READ_ONLY = QT_TR_NOOP(
    "Its file is marked read-only, so nothing can be changed in it. To make changes, "
    "clear the read-only mark (or copy the book to a folder of your own) and open it again."
)


def _marked_read_only(path: Path) -> bool:
    # by the permission bits, not os.access: an administrator may write anywhere, but a
    # book marked read-only was marked so for a reason
    return path.exists() and not path.stat().st_mode & stat.S_IWUSR


def refuse_writing() -> None:
    """Raise, with the reason, when the open book may not be written."""
    if is_read_only():
        raise BookError(
            tr("{path} is read-only. {reason} Nothing was changed.").format(
                path=open_book_path(), reason=read_only_reason()
            )
        )


def _cannot_open(path: Path, exc: Exception) -> BookError:
    if is_damage(exc):
        return BookDamaged(damaged_sentence(path))
    return BookError(tr("{path} cannot be opened as a book: {exc}").format(path=path, exc=exc))


def read_only_connection(path: Path) -> sqlite3.Connection:
    """A connection of its own that can only read the file at ``path`` (a check, a
    backup, a worker thread), never the open book's."""
    return sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True)


def _version_of(path: Path) -> int:
    """The book's schema version, read without changing a byte of the file."""
    try:
        con = read_only_connection(path)
        try:
            return int(con.execute("PRAGMA user_version").fetchone()[0])
        finally:
            con.close()
    except sqlite3.Error as exc:
        raise _cannot_open(path, exc) from exc


def find_damage(path: Path) -> bool:
    """True when SQLite's quick check finds damaged pages in the book at ``path``. It reads
    the whole file (about 0.35 s for a book of a million numbers), on a connection of its
    own, so it may run on a worker thread."""
    try:
        con = read_only_connection(path)
        try:
            rows = con.execute("PRAGMA quick_check(1)").fetchall()
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        if is_damage(exc):
            return True
        raise
    return rows != [("ok",)]


def _check_version(path: Path, version: int) -> None:
    if version > migrations.CURRENT_VERSION:
        raise BookError(
            tr(
                "{path} was written by a newer E-Faktur Desk (book version "
                "{version}); this copy understands up to version "
                "{CURRENT_VERSION}. Update the program to open it."
            ).format(path=path, version=version, CURRENT_VERSION=migrations.CURRENT_VERSION)
        )


def open_book(
    path: str | Path,
    read_only: bool = False,
    check: bool = True,
    before_upgrade: Callable[[Path], object] | None = None,
) -> Path:
    """Open (creating if needed) the book at ``path`` and bring its schema up to date.

    ``read_only`` opens an existing book beside another copy of the program that has it:
    nothing is migrated, and SQLite refuses every write (``query_only``). A book whose
    file is marked read-only is opened so too. ``check`` first looks for damaged pages
    (``find_damage``); the window does that on a worker thread instead, after painting.
    ``before_upgrade(path)`` runs before an older book's schema changes (its backup:
    ``backups.backup_before_migrating``).
    What the domains owe a book once it is open (``app.desk.opening.settle_book``) is
    not done here: open a book for use with ``app.desk.opening.open_book``.
    """
    path = Path(path)
    reason = ANOTHER_WINDOW if read_only else None
    exists = False
    if str(path) != ":memory:":
        path = path.expanduser().resolve()
        exists = path.exists()
        if read_only and not exists:
            raise BookError(tr("{path} does not exist.").format(path=path))
        if _marked_read_only(path):
            read_only, reason = True, FILE_READ_ONLY
        path.parent.mkdir(parents=True, exist_ok=True)
        _check_is_sqlite(path)
    if exists:
        version = _version_of(path)
        _check_version(path, version)
        if read_only and version < migrations.CURRENT_VERSION:
            raise BookError(
                tr(
                    "{path} must be upgraded before it can be read, and that writes to it. {reason}"
                ).format(path=path, reason=tr(reason or ANOTHER_WINDOW))
            )
    if not db.is_closed():
        db.close()
    db.init(str(path), pragmas=READ_ONLY_PRAGMAS if read_only else PRAGMAS)
    try:
        db.connect()
        version = migrations.schema_version(db)
        if check and exists and find_damage(path):
            raise BookDamaged(damaged_sentence(path))
    except BookDamaged:
        db.close()
        raise
    except Exception as exc:  # sqlite3.DatabaseError: file is not a database, etc.
        db.close()
        raise _cannot_open(path, exc) from exc
    global _read_only_reason
    _read_only_reason = reason
    if read_only:
        return path
    upgrading = 0 < version < migrations.CURRENT_VERSION and str(path) != ":memory:"
    if upgrading and before_upgrade is not None:
        before_upgrade(path)
    migrations.migrate(db)
    return path


# what a book may still be owed when it is opened (kept in ``setting``)
RESTORE_PENDING_KEY = "restore.pending"  # JSON: what the restore was, and the book as it was
TAX_RULE_KEY = "tax_rule"
# PPN worked out from the faktur's whole-rupiah DPP, the total with PPnBM (v7), and no
# tax in the total of codes 07 and 08; a book kept by an earlier rule is brought to it
TAX_RULE = "ppn-of-printed-dpp, ppnbm, 07-08-not-collected"


_read_only_reason: str | None = None


def is_read_only() -> bool:
    """True while the open book was opened read-only (another copy has it, or its file is
    marked read-only)."""
    return _read_only_reason is not None and not db.is_closed()


def read_only_reason() -> str:
    """Why the open book is read-only, in the user's words."""
    return tr(_read_only_reason or ANOTHER_WINDOW)


def fold_wal() -> None:
    """Copy committed pages from the WAL into the book file, without waiting on readers."""
    if not db.is_closed() and not is_read_only():
        db.execute_sql("PRAGMA wal_checkpoint(PASSIVE)")


def data_version() -> int | None:
    """SQLite's ``PRAGMA data_version``: it changes whenever another connection (the
    command line, another copy of the program) commits to the book, and never for this
    connection's own writes. One call, no table read. None while no book is open, or
    when it cannot be read (a book that cannot be read says so elsewhere)."""
    if db.is_closed():
        return None
    try:
        return int(db.execute_sql("PRAGMA data_version").fetchone()[0])
    except (sqlite3.Error, peewee.PeeweeException):
        return None


def close_book() -> None:
    if not db.is_closed():
        db.close()


def open_book_path() -> Path:
    """The book open now."""
    return Path(db.database)


def files_folder(book_path: Path) -> Path:
    """Where the book's attached e-Faktur PDFs live (content-addressed)."""
    return book_path.with_name(f"{book_path.stem}-files")

"""The user's words for failures with a plain cause: a full or failing disk, a read-only or
busy book, a damaged book. The window and the command line say the same sentence."""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path

from app.errors import BookError
from app.i18n import tr

# SQLite's primary result codes (the low byte of an extended code)
_IOERR, _CORRUPT, _FULL, _NOTADB = 10, 11, 13, 26
_BUSY, _LOCKED, _READONLY = 5, 6, 8


class BookDamaged(BookError):
    """Part of the book cannot be read: SQLite found damaged pages in it."""


def damaged_sentence(book: Path) -> str:
    return tr(
        "The book {name} is damaged: part of it can no longer be read, so E-Faktur Desk "
        "will not use it. Nothing was changed. Restore the newest backup (the window offers "
        "it), or copy a sound backup in place of {path}."
    ).format(name=book.name, path=book)


def _chain(error: BaseException):
    """The error and those it hides: when SQLite rolls a transaction back on its own (a
    full disk), peewee's rollback fails next and hides the first error behind its own."""
    seen: BaseException | None = error
    while seen is not None:
        yield seen
        seen = seen.__cause__ or seen.__context__


def _sqlite_code(error: BaseException) -> int | None:
    """SQLite's primary result code of ``error`` (sqlite3's, or peewee's wrapping one)."""
    code = getattr(error, "sqlite_errorcode", None)
    if code is None:
        wrapped = getattr(error, "orig", None) or (error.args[0] if error.args else None)
        code = getattr(wrapped, "sqlite_errorcode", None)
    return None if code is None else code & 0xFF


def book_errors() -> tuple[type[Exception], ...]:
    """What a failing read of the book raises: sqlite3's errors and peewee's (which wrap
    them), for a caller that must not know the database layer."""
    import peewee

    return (sqlite3.Error, peewee.PeeweeException)


def _is_sqlite_error(error: BaseException) -> bool:
    import peewee

    return isinstance(error, (sqlite3.Error, peewee.DatabaseError))


def _says_damaged(error: BaseException) -> bool:
    if isinstance(error, BookDamaged):
        return True
    if not _is_sqlite_error(error):
        return False
    text = str(error).lower()
    return (
        _sqlite_code(error) in (_CORRUPT, _NOTADB)
        or "malformed" in text
        or "not a database" in text
    )


def is_damage(error: BaseException) -> bool:
    """True when ``error`` (or one it hides) says the book's pages are damaged."""
    return any(_says_damaged(seen) for seen in _chain(error))


def known_trouble(error: BaseException) -> str | None:
    """The user's words for ``error`` when it has a plain cause, else None."""
    for seen in _chain(error):
        if (words := _plain_cause(seen)) is not None:
            return words
    return None


def _plain_cause(error: BaseException) -> str | None:
    if isinstance(error, BookDamaged):
        return str(error)
    if _says_damaged(error):
        from app.book import open_book_path  # the book being read when it failed

        return damaged_sentence(open_book_path())
    if isinstance(error, OSError) and error.errno in (errno.ENOSPC, errno.EDQUOT):
        return tr(
            "The disk is full, so this was not saved. Free some space on the disk and try "
            "again. Nothing was changed."
        )
    if not _is_sqlite_error(error):
        return None
    code, text = _sqlite_code(error), str(error).lower()
    if code in (_FULL, _IOERR) or "disk is full" in text or "disk i/o error" in text:
        return tr(
            "The disk is full (or failing), so this change was not saved. Free some space "
            "on the disk the book is on and try again. Nothing was changed."
        )
    if code == _READONLY or "readonly" in text or "read-only" in text:
        return tr("The book is read-only here, so this change was not saved. Nothing was changed.")
    if code in (_BUSY, _LOCKED) or "locked" in text or "busy" in text:
        return tr(
            "Another program is holding the book (a backup or sync tool, perhaps), so "
            "this change was not saved. Try again in a moment. Nothing was changed."
        )
    return None

"""The history checked against the newest backup as well as against itself.

The hash chain inside the book names an entry changed, forged or removed in the middle;
it cannot see the newest entries removed, since what is left is still a sound chain. A
backup is a copy of the chain taken outside the book's reach: every entry it holds must
still be in the book, with the same hash.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from app.book import backups, history
from app.book.connection import read_only_connection
from app.book.models import db
from app.common.i18n import day_text, tr


def _head_of(backup: Path) -> tuple[int, str] | None:
    """The last entry (id, hash) a backup holds; None when it holds none or no hashes."""
    try:
        con = read_only_connection(backup)
        try:
            return con.execute(
                "SELECT id, hash FROM event WHERE hash IS NOT NULL ORDER BY id DESC LIMIT 1"
            ).fetchone()
        finally:
            con.close()
    except sqlite3.Error:  # an old backup without hashes, or not readable: no anchor
        return None


def verify(book: Path) -> history.ChainCheck:
    """``history.verify``, then the newest of this book's own backups: its last entry
    must be in the book as the backup has it."""
    check = history.verify()
    if not check.sound:
        return check
    found = backups.own_backups(book, backups.settings_of(book).folder)
    for backup in found:
        head = _head_of(backup.path)
        if head is None:
            continue
        entry_id, hash_ = head
        row = db.execute_sql("SELECT hash FROM event WHERE id = ?", (entry_id,)).fetchone()
        if row is None or row[0] != hash_:
            return history.ChainCheck(
                False,
                tr(
                    "The history was tampered with: the backup of {day} ({name}) holds "
                    "entries up to {id} that the book no longer has as written: entries "
                    "were removed or rewritten by hand."
                ).format(
                    day=day_text(backup.made_at.date()), name=backup.path.name, id=f"{entry_id:,}"
                ),
                entry_id,
            )
        return history.ChainCheck(
            True,
            check.text
            + " "
            + tr("It still holds every entry of the newest backup ({name}).").format(
                name=backup.path.name
            ),
        )
    return check

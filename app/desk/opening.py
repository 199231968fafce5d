"""Opening a book for use: the book layer opens and upgrades it; then each domain is
given what the book owes it (a restore's recovery, the tax rule once)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from app.book import connection
from app.book.connection import RESTORE_PENDING_KEY, TAX_RULE, TAX_RULE_KEY
from app.book.database import setting_values

if TYPE_CHECKING:  # start-up does not pay for the backups module
    from app.book.backups import BackupInfo, Recovered, Restored


def open_book(path: str | Path, read_only: bool = False, check: bool = True) -> Path:
    """Open (creating if needed) the book at ``path``, upgrade it and settle it
    (``connection.open_book`` says the rest)."""
    path = connection.open_book(
        path, read_only=read_only, check=check, before_upgrade=_back_up_first
    )
    if not connection.is_read_only():  # asked read-only, or its file is marked so
        settle_book(path)
    return path


def _back_up_first(path: Path) -> None:
    from app.book.backups import backup_before_migrating  # only when a book is upgraded

    backup_before_migrating(path)


def settle_book(path: Path) -> Recovered | None:
    """What the open book is owed once open: first the recovery a restore cut short
    left owing (what came back, None if none), then the tax rule, which leaves alone the
    fakturs that recovery shows DJP has. One look at the settings when nothing is owed,
    so start-up does not pay for the modules that would settle it."""
    owed = setting_values([RESTORE_PENDING_KEY, TAX_RULE_KEY])
    recovered = None
    if RESTORE_PENDING_KEY in owed:
        from app.efaktur import restore_recovery

        recovered = restore_recovery.finish_pending(path)
    if owed.get(TAX_RULE_KEY) != TAX_RULE:
        from app.billings.billings import refresh_tax_figures

        refresh_tax_figures()
    return recovered


def restore_backup(backup: Path, book: Path, folder: Path, keep: int) -> Restored:
    """``backups.restore_backup``, then what the restored book owes (its recovery)."""
    from app.book import backups

    return backups.restore_backup(backup, book, folder, keep, settle=settle_book)


def restore_over_damaged(backup: BackupInfo, book: Path) -> Restored:
    """``backups.restore_over_damaged``, then what the restored book owes."""
    from app.book import backups

    return backups.restore_over_damaged(backup, book, settle=settle_book)

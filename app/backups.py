"""Backups of the book: made with SQLite's online backup, checked, kept N, restored whole.

A backup is one self-contained SQLite file named ``<book>-<yyyymmdd-hhmmss>-<kind>.sqlite``
in the backup folder (``backups`` beside the book unless the user picked another). It is
written under a temporary name and renamed only after ``PRAGMA integrity_check`` passed
on the copy, so a backup in the list is always a whole, sound book.

Making a backup uses connections of its own, never the window's, so it may run on a
worker thread while the user goes on working (SQLite's WAL lets it read meanwhile).
"""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from app import clock, history, migrations
from app.errors import BookError, Refused
from app.i18n import QT_TR_NOOP, tr
from app.models import Setting, db
from app.safe_write import ensure_writable_folder

DAILY, MANUAL, BEFORE_UPGRADE, BEFORE_RESTORE = (
    "daily",
    "manual",
    "before-upgrade",
    "before-restore",
)
KIND_LABELS = {
    DAILY: "Automatic (daily)",
    MANUAL: "Backed up by you",
    BEFORE_UPGRADE: "Before an upgrade",
    BEFORE_RESTORE: "Before a restore",
}
DEFAULT_KEEP = 10
MAX_KEEP = 365
DUE_AFTER = timedelta(days=1)
FOLDER_KEY = "backup.folder"
KEEP_KEY = "backup.keep"
_STAMP = "%Y%m%d-%H%M%S"
_PARTIAL = ".partial"


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    made_at: datetime
    kind: str
    size: int
    billings: int = 0
    numbers: int = 0
    version: int = 0
    problem: str = ""  # set when the file cannot be read as a book

    @property
    def kind_label(self) -> str:
        return KIND_LABELS.get(self.kind, self.kind)


@dataclass(frozen=True)
class BackupSettings:
    folder: Path
    keep: int
    chosen: bool  # False: the default folder beside the book


def default_folder(book: Path) -> Path:
    return book.parent / "backups"


def _setting(key: str) -> str | None:
    row = Setting.get_or_none(Setting.key == key)
    return row.value if row else None


def settings_of(book: Path) -> BackupSettings:
    """Where the open book's backups go and how many are kept."""
    folder = _setting(FOLDER_KEY)
    keep = _setting(KEEP_KEY)
    return BackupSettings(
        folder=Path(folder) if folder else default_folder(book),
        keep=int(keep) if keep and keep.isdigit() else DEFAULT_KEEP,
        chosen=bool(folder),
    )


def save_settings(book: Path, folder: Path | None, keep: int) -> BackupSettings:
    """Store the backup folder (None: the default beside the book) and the count kept."""
    if not 1 <= keep <= MAX_KEEP:
        raise Refused(
            tr("Keep between 1 and {MAX_KEEP} backups, not {keep}.").format(
                MAX_KEEP=MAX_KEEP, keep=keep
            )
        )
    if folder is not None:
        folder = Path(folder).expanduser()
        try:
            ensure_writable_folder(folder)
        except OSError as exc:
            raise Refused(
                tr("Backups cannot be written to {folder}: {value}.").format(
                    folder=folder, value=exc.strerror or exc
                )
            ) from exc
        if folder.resolve() == default_folder(book).resolve():
            folder = None
    before = settings_of(book)
    with db.atomic("IMMEDIATE"):
        if folder is None:
            Setting.delete().where(Setting.key == FOLDER_KEY).execute()
        else:
            Setting.insert(key=FOLDER_KEY, value=str(folder)).on_conflict_replace().execute()
        Setting.insert(key=KEEP_KEY, value=str(keep)).on_conflict_replace().execute()
        after = settings_of(book)
        history.record(
            "setting",
            0,
            "backup_settings_changed",
            history.said(
                QT_TR_NOOP("Backups: keep {keep} in {folder}"), keep=keep, folder=str(after.folder)
            ),
            before={"folder": str(before.folder), "keep": before.keep},
            after={"folder": str(after.folder), "keep": after.keep},
        )
    return after


def _name_pattern(book: Path) -> re.Pattern[str]:
    kinds = "|".join(re.escape(k) for k in KIND_LABELS)
    return re.compile(
        rf"^{re.escape(book.stem)}-(?P<stamp>\d{{8}}-\d{{6}})(?:-(?P<n>\d+))?-(?P<kind>{kinds})"
        r"\.sqlite$"
    )


def _target(book: Path, folder: Path, kind: str, at: datetime) -> Path:
    """A new name; backups made within one second are numbered, so their order is kept."""
    at = at.replace(microsecond=0)
    same_second = [n for made, n, _kind, _path in _found(book, folder) if made == at]
    base = f"{book.stem}-{at.strftime(_STAMP)}"
    if not same_second:
        return folder / f"{base}-{kind}.sqlite"
    return folder / f"{base}-{max(same_second) + 1}-{kind}.sqlite"


def _read_only(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True)


def _problem_of(path: Path) -> str:
    """'' when ``path`` is a sound SQLite file, else what is wrong, in the user's terms."""
    try:
        with open(path, "rb") as fh:
            if fh.read(16) != b"SQLite format 3\x00":
                return tr("it is not an E-Faktur Desk book")
        con = _read_only(path)
        try:
            rows = con.execute("PRAGMA integrity_check").fetchall()
        finally:
            con.close()
    except (OSError, sqlite3.Error) as exc:
        return tr("it cannot be read ({exc})").format(exc=exc)
    if rows != [("ok",)]:
        return tr("it is damaged (SQLite's integrity check failed)")
    return ""


def make_backup(book: Path, kind: str, folder: Path, keep: int, at: datetime | None = None) -> Path:
    """Copy ``book`` into ``folder`` as a checked backup, then drop all but the newest
    ``keep``. Safe on a worker thread: it opens connections of its own."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise BookError(
            tr("The book could not be backed up to {folder}: {value}.").format(
                folder=folder, value=exc.strerror or exc
            )
        ) from exc
    target = _target(book, folder, kind, at or clock.now())
    try:
        problem = copy_checked(book, target)
    except (OSError, sqlite3.Error) as exc:
        raise BookError(
            tr("The book could not be backed up to {folder}: {exc}").format(folder=folder, exc=exc)
        ) from exc
    if problem:
        raise BookError(tr("The backup was not kept: {problem}.").format(problem=problem))
    prune(book, folder, keep, spare=target)
    return target


def copy_checked(source: Path, target: Path) -> str:
    """Copy the book ``source`` to ``target`` with SQLite's online backup (safe while it is
    open, and on a worker thread: own connections), as one self-contained file that
    passes ``integrity_check``. Returns '' when ``target`` was written, else what is wrong
    (and ``target`` is untouched); I/O errors raise."""
    partial = target.with_name(target.name + _PARTIAL)
    try:
        from_book = _read_only(source)
        try:
            dest = sqlite3.connect(partial)
            try:
                from_book.backup(dest)
                dest.execute("PRAGMA journal_mode=DELETE")  # no -wal or -shm beside it
            finally:
                dest.close()
        finally:
            from_book.close()
        problem = _problem_of(partial)
        if not problem:
            os.replace(partial, target)
        return problem
    finally:
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)


def _found(book: Path, folder: Path) -> list[tuple[datetime, int, str, Path]]:
    pattern = _name_pattern(book)
    found = []
    if not folder.is_dir():
        return found
    for path in folder.iterdir():
        m = pattern.match(path.name)
        if m:
            made = datetime.strptime(m["stamp"], _STAMP)
            found.append((made, int(m["n"] or 1), m["kind"], path))
    found.sort(reverse=True)
    return found


def prune(book: Path, folder: Path, keep: int, spare: Path | None = None) -> list[Path]:
    """Delete all but the newest ``keep`` backups of ``book``; returns what went."""
    gone = []
    for _made, _n, _kind, path in _found(book, folder)[keep:]:
        if path != spare:
            with contextlib.suppress(OSError):
                path.unlink()
                gone.append(path)
    return gone


def newest(book: Path, folder: Path) -> datetime | None:
    found = _found(book, folder)
    return found[0][0] if found else None


def is_due(book: Path, folder: Path, now: datetime | None = None) -> bool:
    """True when the newest backup is a day old or there is none."""
    last = newest(book, folder)
    return last is None or (now or clock.now()) - last >= DUE_AFTER


def describe(path: Path, made_at: datetime, kind: str) -> BackupInfo:
    """What a backup holds, read without changing it."""
    size = path.stat().st_size if path.exists() else 0
    try:
        con = _read_only(path)
        try:
            version = con.execute("PRAGMA user_version").fetchone()[0]
            billings = con.execute("SELECT COUNT(*) FROM billing").fetchone()[0]
            numbers = con.execute(
                "SELECT COALESCE(SUM(end_counter - start_counter + 1), 0) FROM efaktur_range"
            ).fetchone()[0]
        finally:
            con.close()
    except sqlite3.Error as exc:
        return BackupInfo(
            path, made_at, kind, size, problem=tr("cannot be read ({exc})").format(exc=exc)
        )
    return BackupInfo(path, made_at, kind, size, billings, numbers, version)


def _made_at(path: Path) -> datetime:
    m = re.search(r"-(\d{8}-\d{6})(?:-\d+)?-[a-z-]+\.sqlite$", path.name)
    if m:
        return datetime.strptime(m[1], _STAMP)
    return datetime.fromtimestamp(path.stat().st_mtime).replace(microsecond=0)


def list_backups(book: Path, folder: Path) -> list[BackupInfo]:
    """The backups of ``book`` in ``folder``, newest first."""
    return [describe(path, made, kind) for made, _n, kind, path in _found(book, folder)]


def _remove_journal(book: Path) -> None:
    for suffix in ("-wal", "-shm", "-journal"):
        with contextlib.suppress(FileNotFoundError):
            os.remove(f"{book}{suffix}")


def _stage_beside(backup: Path, book: Path) -> Path:
    """A copy of ``backup`` beside ``book`` (same disk), ready to be renamed over it."""
    staged = book.with_name(book.name + ".restoring")
    try:
        with open(backup, "rb") as src, open(staged, "wb") as out:
            while chunk := src.read(1 << 20):
                out.write(chunk)
            out.flush()
            os.fsync(out.fileno())
    except OSError as exc:
        with contextlib.suppress(OSError):
            staged.unlink()
        raise Refused(
            tr(
                "The backup could not be copied beside the book ({value}). Nothing was changed."
            ).format(value=exc.strerror or exc)
        ) from exc
    return staged


def newest_sound_backup(book: Path, folder: Path) -> BackupInfo | None:
    """The newest backup of ``book`` in ``folder`` that passes SQLite's integrity check
    and this program can open."""
    for made, _n, kind, path in _found(book, folder):
        if _problem_of(path):
            continue
        info = describe(path, made, kind)
        if not info.problem and 1 <= info.version <= migrations.CURRENT_VERSION:
            return info
    return None


def restore_over_damaged(backup: BackupInfo, book: Path) -> Path:
    """Put the sound ``backup`` in place of the damaged ``book``. The damaged file (and its
    journal) is kept beside it as ``<book>.damaged-<stamp>``, for whoever wants to look at
    it; no backup is made of it (it would fail its check). Returns where it went. The
    book is open again (and upgraded, if the backup is older) when this returns."""
    from app.book import close_book, open_book

    staged = _stage_beside(backup.path, book)
    close_book()
    kept = book.with_name(f"{book.name}.damaged-{clock.now():{_STAMP}}")
    os.replace(book, kept)
    for suffix in ("-wal", "-shm"):
        with contextlib.suppress(FileNotFoundError):
            os.replace(f"{book}{suffix}", f"{kept}{suffix}")
    os.replace(staged, book)
    open_book(book)
    with db.atomic("IMMEDIATE"):
        history.record(
            "book",
            0,
            "restored",
            history.said(
                QT_TR_NOOP(
                    "Restored the backup of {made} ({name}) in place of a damaged book, "
                    "which is kept as {kept}"
                ),
                made=f"{backup.made_at:%d %b %Y %H:%M}",
                name=backup.path.name,
                kept=kept.name,
            ),
            after={"backup": str(backup.path), "damaged_book": str(kept)},
        )
    return kept


def restore_backup(backup: Path, book: Path, folder: Path, keep: int) -> Path:
    """Put ``backup`` in place of the open ``book``: check it, back up the book as it is
    now, then swap the files with one rename. Returns the backup made of the book first.
    The book is open again (and upgraded, if the backup is older) when this returns."""
    from app.book import close_book, open_book

    backup = Path(backup)
    problem = _problem_of(backup)
    if problem:
        raise Refused(
            tr("{name} cannot be restored: {problem}. Nothing was changed.").format(
                name=backup.name, problem=problem
            )
        )
    info = describe(backup, _made_at(backup), MANUAL)
    if info.problem or info.version < 1:
        raise Refused(
            tr("{name} is not an E-Faktur Desk book. Nothing was changed.").format(name=backup.name)
        )
    if info.version > migrations.CURRENT_VERSION:
        raise Refused(
            tr(
                "{name} was made by a newer E-Faktur Desk (book version "
                "{version}). Nothing was changed."
            ).format(name=backup.name, version=info.version)
        )
    safety = make_backup(book, BEFORE_RESTORE, folder, MAX_KEEP**2)  # prunes after the swap
    staged = _stage_beside(backup, book)
    # fold the WAL into the book and close it, so no journal of the old book can be
    # applied to the restored one; then one rename swaps the whole file
    db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    close_book()
    _remove_journal(book)
    os.replace(staged, book)
    open_book(book)
    prune(book, folder, keep, spare=safety)
    with db.atomic("IMMEDIATE"):
        history.record(
            "book",
            0,
            "restored",
            history.said(
                QT_TR_NOOP(
                    "Restored the backup of {made} ({name}); the book as it was is in {safety}"
                ),
                made=f"{info.made_at:%d %b %Y %H:%M}",
                name=backup.name,
                safety=safety.name,
            ),
            after={"backup": str(backup), "safety_backup": str(safety)},
        )
    return safety

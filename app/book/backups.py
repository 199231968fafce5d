"""Backups of the book: made with SQLite's online backup, checked, kept N, restored whole.

A backup is one self-contained SQLite file named
``<book>-<book id>-<yyyymmdd-hhmmss>-<kind>.sqlite`` in the backup folder (``backups``
beside the book unless the user picked another). The book id is kept in the book's
``setting`` table, so two books of one name backing up to one folder never count, list or
prune each other's backups. A backup is written under a temporary name and renamed only
after ``PRAGMA integrity_check`` passed on the copy, so a backup in the list is always a
whole, sound book.

Backups named before books had an id (``<book>-<yyyymmdd-hhmmss>-<kind>.sqlite``) may be
another book's: they are listed, marked so, but never counted or pruned.

Making a backup uses connections of its own, never the window's, so it may run on a
worker thread while the user goes on working (SQLite's WAL lets it read meanwhile).
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import shutil
import sqlite3
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

from app.book import _migrations as migrations
from app.book import history
from app.book.connection import RESTORE_PENDING_KEY, is_read_only, read_only_connection
from app.book.dialect import writing
from app.book.models import Setting, db
from app.common import clock
from app.common.efaktur_no import format_number
from app.common.errors import BookError, Refused
from app.common.i18n import QT_TR_NOOP, day_text, tr
from app.common.safe_write import ensure_writable_folder

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
ID_KEY = "book.id"  # names this book's backups
_ID = re.compile(r"^[0-9a-f]{12}$")
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
    company: str = ""
    npwp: str = ""
    legacy: bool = False  # named before backups carried their book's id: maybe another book's

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
    refuse_when_read_only(Refused)
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
    with writing():
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


READ_ONLY = QT_TR_NOOP(
    "Another E-Faktur Desk window has this book open, so it is read-only here. "
    "Make changes in that window."
)


def refuse_when_read_only(error: type[Exception] = BookError) -> None:
    """A window that opened the book read-only writes nothing anywhere: no backup, no
    setting, no data folder moved."""
    if is_read_only():
        raise error(tr(READ_ONLY))


def book_id(book: Path, create: bool = False) -> str:
    """The id that names ``book``'s backups ('' when it has none yet; ``create`` gives
    it one). Read and written with a connection of its own: safe on a worker thread."""
    try:
        con = sqlite3.connect(book, timeout=5) if create else read_only_connection(book)
        try:
            row = con.execute("SELECT value FROM setting WHERE key = ?", (ID_KEY,)).fetchone()
            if row is None and create:
                with con:
                    con.execute(
                        "INSERT OR IGNORE INTO setting(key, value) VALUES (?, ?)",
                        (ID_KEY, uuid.uuid4().hex[:12]),
                    )
                row = con.execute("SELECT value FROM setting WHERE key = ?", (ID_KEY,)).fetchone()
        finally:
            con.close()
    except sqlite3.Error:
        return ""
    return row[0] if row and _ID.match(row[0]) else ""


ANY_ID = "<any>"  # with _found: the backups named with any book's id
_ANY_ID_PATTERN = r"-[0-9a-f]{12}"


def _name_pattern(book: Path, ident: str) -> re.Pattern[str]:
    """Backups of ``book`` carrying ``ident``; with ``ident`` '' the names from before
    books had an id."""
    kinds = "|".join(re.escape(k) for k in KIND_LABELS)
    own = (_ANY_ID_PATTERN if ident == ANY_ID else f"-{re.escape(ident)}") if ident else ""
    return re.compile(
        rf"^{re.escape(book.stem)}{own}-(?P<stamp>\d{{8}}-\d{{6}})(?:-(?P<n>\d+))?"
        rf"-(?P<kind>{kinds})\.sqlite$"
    )


def _target(book: Path, ident: str, folder: Path, kind: str, at: datetime) -> Path:
    """A new name; backups made within one second are numbered, so their order is kept."""
    at = at.replace(microsecond=0)
    same_second = [f.n for f in _found(book, folder, ident) if f.made_at == at]
    base = f"{book.stem}-{ident}-{at.strftime(_STAMP)}"
    if not same_second:
        return folder / f"{base}-{kind}.sqlite"
    return folder / f"{base}-{max(same_second) + 1}-{kind}.sqlite"


def _uri(path: Path) -> str:
    return Path(path).resolve().as_uri()


def _problem_of(path: Path) -> str:
    """'' when ``path`` is a sound SQLite file, else what is wrong, in the user's terms."""
    try:
        with open(path, "rb") as fh:
            if fh.read(16) != b"SQLite format 3\x00":
                return tr("it is not an E-Faktur Desk book")
        con = read_only_connection(path)
        try:
            rows = con.execute("PRAGMA integrity_check").fetchall()
        finally:
            con.close()
    except (OSError, sqlite3.Error) as exc:
        return tr("it cannot be read ({exc})").format(exc=exc)
    if rows != [("ok",)]:
        return tr("it is damaged (SQLite's integrity check failed)")
    return ""


def _check_folder(folder: Path) -> None:
    """Make the folder itself (never its parents) and prove a file can be written there."""
    try:
        ensure_writable_folder(folder, parents=False)
    except FileNotFoundError as exc:
        raise BookError(
            tr(
                "The backup folder {folder} is not there (is its drive plugged in?), so "
                "no backup was made."
            ).format(folder=folder)
        ) from exc
    except PermissionError as exc:
        raise BookError(
            tr(
                "The backup folder {folder} cannot be written (it is read-only or not "
                "yours), so no backup was made. Choose another folder in File > Backups "
                "& Restore."
            ).format(folder=folder)
        ) from exc
    except OSError as exc:
        raise BookError(
            tr("The book could not be backed up to {folder}: {value}.").format(
                folder=folder, value=exc.strerror or exc
            )
        ) from exc


def make_backup(book: Path, kind: str, folder: Path, keep: int, at: datetime | None = None) -> Path:
    """Copy ``book`` into ``folder`` as a checked backup, then drop all but the newest
    ``keep`` of its own. Safe on a worker thread: it opens connections of its own."""
    refuse_when_read_only()
    _check_folder(folder)
    ident = book_id(book, create=True)
    if not ident:
        raise BookError(
            tr("The book could not be backed up to {folder}: {value}.").format(
                folder=folder, value=tr("its id cannot be read")
            )
        )
    target = _target(book, ident, folder, kind, at or clock.now())
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


@dataclass(frozen=True)
class Made:
    path: Path
    note: str = ""  # said when the backup went to the default folder, not the chosen one


def back_up(book: Path, kind: str, chosen: BackupSettings, keep: int | None = None) -> Made:
    """A backup in the chosen folder; when that folder (or its drive) is gone, in the
    default folder beside the book, saying so. Nothing is made where the user did not
    choose. Reads no peewee model: safe on a worker thread."""
    keep = chosen.keep if keep is None else keep
    if chosen.chosen and not chosen.folder.is_dir():
        fallback = default_folder(book)
        made = make_backup(book, kind, fallback, keep)
        return Made(
            made,
            tr(
                "The backup folder {chosen} is not there (is its drive plugged in?), so this "
                "backup was kept in {fallback}."
            ).format(chosen=chosen.folder, fallback=fallback),
        )
    return Made(make_backup(book, kind, chosen.folder, keep))


def copy_checked(source: Path, target: Path) -> str:
    """Copy the book ``source`` to ``target`` with SQLite's online backup (safe while it is
    open, and on a worker thread: own connections), as one self-contained file that
    passes ``integrity_check``. Returns '' when ``target`` was written, else what is wrong
    (and ``target`` is untouched); I/O errors raise."""
    partial = target.with_name(target.name + _PARTIAL)
    try:
        from_book = read_only_connection(source)
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


@dataclass(frozen=True, order=True)
class _Found:
    made_at: datetime
    n: int
    kind: str = field(compare=False)
    path: Path = field(compare=False)
    legacy: bool = field(default=False, compare=False)


def _found(book: Path, folder: Path, ident: str) -> list[_Found]:
    """``book``'s backups named with ``ident`` (with '' those named before ids), newest
    first."""
    pattern = _name_pattern(book, ident)
    found: list[_Found] = []
    if not folder.is_dir():
        return found
    for path in folder.iterdir():
        m = pattern.match(path.name)
        if m:
            made = datetime.strptime(m["stamp"], _STAMP)
            found.append(_Found(made, int(m["n"] or 1), m["kind"], path, legacy=not ident))
    found.sort(reverse=True)
    return found


def own_backups(book: Path, folder: Path) -> list[_Found]:
    """``book``'s own backups in ``folder`` (made_at, path), newest first."""
    ident = book_id(book)
    return _found(book, folder, ident) if ident else []


def prune(book: Path, folder: Path, keep: int, spare: Path | None = None) -> list[Path]:
    """Delete all but the newest ``keep`` of ``book``'s own backups; returns what went.
    Another book's backups, and those from before ids, are never touched."""
    gone = []
    for found in own_backups(book, folder)[keep:]:
        if found.path != spare:
            with contextlib.suppress(OSError):
                found.path.unlink()
                gone.append(found.path)
    return gone


def newest(book: Path, folder: Path) -> datetime | None:
    found = own_backups(book, folder)
    return found[0].made_at if found else None


def is_due(book: Path, folder: Path, now: datetime | None = None) -> bool:
    """True when the book's newest own backup is a day old or there is none."""
    last = newest(book, folder)
    return last is None or (now or clock.now()) - last >= DUE_AFTER


def describe(path: Path, made_at: datetime, kind: str, legacy: bool = False) -> BackupInfo:
    """What a backup holds, read without changing it."""
    size = path.stat().st_size if path.exists() else 0
    try:
        con = read_only_connection(path)
        try:
            version = con.execute("PRAGMA user_version").fetchone()[0]
            billings = con.execute("SELECT COUNT(*) FROM billing").fetchone()[0]
            numbers = con.execute(
                "SELECT COALESCE(SUM(end_counter - start_counter + 1), 0) FROM efaktur_range"
            ).fetchone()[0]
            company = (
                con.execute("SELECT name, npwp FROM company ORDER BY id LIMIT 1").fetchone()
                if "company" in _tables(con, "main")
                else None
            )
        finally:
            con.close()
    except sqlite3.Error as exc:
        return BackupInfo(
            path,
            made_at,
            kind,
            size,
            problem=tr("cannot be read ({exc})").format(exc=exc),
            legacy=legacy,
        )
    name, npwp = company or ("", "")
    return BackupInfo(path, made_at, kind, size, billings, numbers, version, "", name, npwp, legacy)


def _made_at(path: Path) -> datetime:
    m = re.search(r"-(\d{8}-\d{6})(?:-\d+)?-[a-z-]+\.sqlite$", path.name)
    if m:
        return datetime.strptime(m[1], _STAMP)
    return datetime.fromtimestamp(path.stat().st_mtime).replace(microsecond=0)


def list_backups(book: Path, folder: Path) -> list[BackupInfo]:
    """``book``'s own backups in ``folder``, then those named before books had an id
    (they may be another book's), each newest first."""
    return [
        describe(f.path, f.made_at, f.kind, f.legacy)
        for f in own_backups(book, folder) + _found(book, folder, "")
    ]


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
    ident = book_id(book)  # '' when the damage hides it: then any backup named for the book
    found = _found(book, folder, ident) if ident else _found(book, folder, ANY_ID)
    for candidate in sorted([*found, *_found(book, folder, "")], reverse=True):
        made, kind, path = candidate.made_at, candidate.kind, candidate.path
        if _problem_of(path):
            continue
        # not surely this book's: named before ids, or the damage hides the book's id
        info = describe(path, made, kind, legacy=candidate.legacy or not ident)
        if not info.problem and 1 <= info.version <= migrations.CURRENT_VERSION:
            return info
    return None


def restore_over_damaged(backup: BackupInfo, book: Path, settle: Settle) -> Restored:
    """Put the sound ``backup`` in place of the damaged ``book``. The damaged file (and its
    journal) is kept beside it as ``<book>.damaged-<stamp>``, for whoever wants to look at
    it and for the recovery, which reads what it still can of it; no backup is made of
    it (it would fail its check). The book id goes on when it can still be read. The
    book is open again (and upgraded, if the backup is older) when this returns."""
    from app.book.connection import close_book, open_book

    ident = book_id(book)  # '' when the damage hides it
    staged = _stage_beside(backup.path, book)
    kept = book.with_name(f"{book.name}.damaged-{clock.now():{_STAMP}}")
    _mark_staged(
        staged,
        {
            "previous": str(kept),
            "damaged": str(kept),
            "backup": str(backup.path),
            "made": f"{backup.made_at:%d %b %Y %H:%M}",
        },
        ident,
    )
    close_book()
    _keep_beside(book, kept)
    for suffix in ("-wal", "-shm"):  # the damaged book's journal goes with it
        with contextlib.suppress(FileNotFoundError):
            os.replace(f"{book}{suffix}", f"{kept}{suffix}")
    os.replace(staged, book)  # one step: there is a book at its path at every moment
    open_book(book, before_upgrade=backup_before_migrating)
    return Restored(kept, _settled(book, settle))


def _keep_beside(book: Path, kept: Path) -> None:
    """``kept`` becomes the damaged ``book`` too (a hard link, else a copy), while the
    book itself stays in place until the restored one is renamed over it."""
    try:
        os.link(book, kept)
    except OSError:
        shutil.copy2(book, kept)


def _mark_staged(staged: Path, facts: dict[str, str], ident: str) -> None:
    """The staged copy, before it is renamed into place, owes the recovery and goes on
    with the book's id (``mark_pending``)."""
    try:
        mark_pending(staged, facts, ident)
    except sqlite3.Error as exc:
        with contextlib.suppress(OSError):
            staged.unlink()
        raise Refused(
            tr(
                "The backup could not be prepared beside the book ({exc}). Nothing was changed."
            ).format(exc=exc)
        ) from exc


def backup_before_migrating(path: Path) -> Path:
    """A checked backup of the book, in its backup folder (beside the book when that
    folder's drive is gone), before its schema changes."""
    chosen = settings_of(path)
    return back_up(path, BEFORE_UPGRADE, chosen, chosen.keep + 1).path


def mark_pending(staged: Path, facts: dict[str, str], ident: str = "") -> None:
    """Write into ``staged`` (the restored copy, before it is renamed into place) that a
    recovery is owed, and the book id it goes on with; ``facts`` says what the restore
    is: ``previous`` (the book as it was), ``backup``, ``made``, and over a damaged
    book ``damaged`` (where it is kept)."""
    con = sqlite3.connect(staged)
    try:
        with con:
            rows = [(RESTORE_PENDING_KEY, json.dumps(facts))]
            if ident:
                rows.append((ID_KEY, ident))
            con.executemany("INSERT OR REPLACE INTO setting(key, value) VALUES (?, ?)", rows)
    finally:
        con.close()


class RestoreUnfinished(BookError):
    """The backup is the book now, but getting back what DJP has did not finish."""


def _settled(book: Path, settle: Settle) -> Recovered:
    """The restored book's recovery, done now; said so when it stops (it is done again
    each time the book is opened, until it is done)."""
    try:
        return settle(book) or Recovered()
    except Exception as exc:
        raise RestoreUnfinished(
            tr(
                "The backup is the book now, but getting back what DJP already has (approved "
                "PDFs, exports) stopped: {exc}. It is tried again each time the book is "
                "opened; until then, numbers DJP has may show as free."
            ).format(exc=exc)
        ) from exc


SHOWN_AT_MOST = 8  # of each kind of thing a restore forgets, named one by one


def _listed(items: list[str]) -> str:
    shown = ", ".join(items[:SHOWN_AT_MOST])
    more = len(items) - SHOWN_AT_MOST
    return shown + (tr(" and {more:,} more").format(more=more) if more > 0 else "")


def export_label(created_at: str, file_name: str, fakturs: int) -> str:
    """``export-2026-11.csv of 25 Nov 2026 (2 fakturs)``"""
    return tr("{file_name} of {day} ({fakturs:,} fakturs)").format(
        file_name=file_name,
        day=day_text(datetime.fromisoformat(str(created_at)).date()),
        fakturs=fakturs,
    )


@dataclass(frozen=True)
class Forgotten:
    """What the open book knows and a backup does not: facts outside the book (DJP has
    the uploads and the exported CSVs) that a restore would forget."""

    uploads: list[str]  # "000-26.12345619 (INV-…)"
    exports: list[str]  # "export.csv of 25 Nov 2026 (2 fakturs)"
    numbers: list[str]  # "000-26.12345624 (INV-…)"

    def __bool__(self) -> bool:
        return bool(self.uploads or self.exports or self.numbers)

    def text(self) -> str:
        lines = []
        if self.uploads:
            lines.append(
                tr(
                    "e-Faktur files uploaded since: {items}. Their PDFs stay in the files "
                    "folder and are attached again where the restored book holds their number."
                ).format(items=_listed(self.uploads))
            )
        if self.exports:
            lines.append(
                tr(
                    "Exports since: {items}. They are carried over where the restored book "
                    "still has the same billings with the same numbers."
                ).format(items=_listed(self.exports))
            )
        if self.numbers:
            lines.append(
                tr("E-Faktur Nos given since: {items}.").format(items=_listed(self.numbers))
            )
        return "\n".join(f"• {line}" for line in lines)


def _tables(con: sqlite3.Connection, schema: str) -> set[str]:
    return {r[0] for r in con.execute(f"SELECT name FROM {schema}.sqlite_master")}


def forgotten_by(backup: Path, book: Path) -> Forgotten:
    """What restoring ``backup`` would forget of ``book``; both are read, neither changed."""
    con = read_only_connection(book)
    try:
        con.execute("ATTACH DATABASE ? AS old", (f"{_uri(backup)}?mode=ro",))
        old = _tables(con, "old")
        uploads = [
            tr("{number} ({invoice_no})").format(number=format_number(y, c), invoice_no=inv)
            for y, c, inv in con.execute(
                "SELECT n.year, n.counter, b.invoice_no FROM main.efaktur_file f "
                "JOIN main.efaktur_number n ON n.id = f.number_id "
                "JOIN main.billing b ON b.id = f.billing_id "
                + (
                    "WHERE f.sha256 NOT IN (SELECT sha256 FROM old.efaktur_file) "
                    if "efaktur_file" in old
                    else ""
                )
                + "ORDER BY f.id"
            )
        ]
        exports = []
        if "export_batch" in _tables(con, "main"):
            exports = [
                export_label(at, name, n)
                for at, name, n in con.execute(
                    "SELECT e.created_at, e.file_name, e.fakturs FROM main.export_batch e "
                    + (
                        "WHERE NOT EXISTS (SELECT 1 FROM old.export_batch o "
                        "WHERE o.sha256 = e.sha256 AND o.created_at = e.created_at) "
                        if "export_batch" in old
                        else ""
                    )
                    + "ORDER BY e.id"
                )
            ]
        numbers = [
            tr("{number} ({invoice_no})").format(number=format_number(y, c), invoice_no=inv)
            for y, c, inv in con.execute(
                "SELECT n.year, n.counter, b.invoice_no FROM main.number_assignment a "
                "JOIN main.efaktur_number n ON n.id = a.number_id "
                "JOIN main.billing b ON b.id = a.billing_id "
                "WHERE NOT EXISTS (SELECT 1 FROM old.number_assignment o "
                "WHERE o.number_id = a.number_id AND o.assigned_at = a.assigned_at) "
                "ORDER BY a.id"
            )
        ]
    except sqlite3.Error as exc:
        raise Refused(
            tr("{name} cannot be compared with the book ({exc}). Nothing was changed.").format(
                name=backup.name, exc=exc
            )
        ) from exc
    finally:
        con.close()
    return Forgotten(uploads, exports, numbers)


@dataclass
class Recovered:
    """What the restored book got back from the files folder and the book it replaced."""

    attached: list[str] = field(default_factory=list)  # re-attached: stays uploaded
    kept_out: list[str] = field(default_factory=list)  # on no billing: kept out of the pool
    exports: list[str] = field(default_factory=list)  # export batches carried over
    lost_exports: list[str] = field(default_factory=list)  # could not be: named
    needs_a_look: list[str] = field(default_factory=list)  # a PDF not attached, and why

    def text(self) -> str:
        parts = [
            (self.attached, tr("Attached again from the files folder (still uploaded): {items}.")),
            (
                self.kept_out,
                tr(
                    "Kept out of the pool, since DJP has them (an approved PDF in the files "
                    "folder, or an upload or export of the book as it was) though no billing "
                    "of the restored book holds them: {items}."
                ),
            ),
            (self.exports, tr("Exports carried over from the book as it was: {items}.")),
            (
                self.lost_exports,
                tr(
                    "Exports forgotten, since the restored book's billings or numbers differ "
                    "(the CSV files you saved are still where you saved them): {items}."
                ),
            ),
            (self.needs_a_look, tr("PDFs in the files folder that need a look: {items}.")),
        ]
        return "\n".join(f"• {said.format(items=_listed(items))}" for items, said in parts if items)


# what a restored book owes once open, done by the caller (``app.desk.opening``)
Settle = Callable[[Path], "Recovered | None"]


@dataclass(frozen=True)
class Restored:
    safety: Path  # the book as it was: its safety backup, or the damaged book kept beside
    recovered: Recovered


def restore_backup(backup: Path, book: Path, folder: Path, keep: int, settle: Settle) -> Restored:
    """Put ``backup`` in place of the open ``book``: check it, back up the book as it is
    now, then swap the files with one rename; then recover, in one transaction, what
    lies outside the book (uploaded PDFs in the files folder, export batches) from the
    book as it was. The book is open again (and upgraded, if the backup is older) when
    this returns; ``RestoreUnfinished`` when the recovery stopped (it is owed still)."""
    from app.book.connection import close_book, open_book

    refuse_when_read_only()
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
    ident = book_id(book, create=True)
    safety = make_backup(book, BEFORE_RESTORE, folder, MAX_KEEP**2)  # prunes after the swap
    staged = _stage_beside(backup, book)
    # the restored book goes on as this book (its backups stay listed as its own), and
    # owes the recovery from the moment it is in place
    _mark_staged(
        staged,
        {
            "previous": str(safety),
            "backup": str(backup),
            "made": f"{info.made_at:%d %b %Y %H:%M}",
        },
        ident,
    )
    # fold the WAL into the book and close it, so no journal of the old book can be
    # applied to the restored one; then one rename swaps the whole file
    db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    close_book()
    _remove_journal(book)
    os.replace(staged, book)
    open_book(book, before_upgrade=backup_before_migrating)
    prune(book, folder, keep, spare=safety)
    return Restored(safety, _settled(book, settle))

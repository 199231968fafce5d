"""Moving the data folder (the book, its PDFs, backups and logs) to another place."""

from __future__ import annotations

import os
import shutil
import sqlite3
from pathlib import Path

from app.book import backups
from app.book.connection import files_folder
from app.common import paths
from app.common.errors import Refused
from app.common.i18n import tr
from app.common.safe_write import ensure_writable_folder


def _point_to(folder: Path | None) -> None:
    standard = paths.standard_data_dir()
    standard.mkdir(parents=True, exist_ok=True)
    pointer = standard / paths.POINTER_NAME
    if folder is None or folder == standard:
        pointer.unlink(missing_ok=True)
        return
    staged = pointer.with_name(pointer.name + ".new")
    staged.write_text(str(folder), encoding="utf-8")
    os.replace(staged, pointer)


def move_data_folder(target: Path) -> str:
    """Use ``target`` as the data folder from the next start. The book and its PDFs are
    copied there when it has no book yet; the old folder is left as it was. Returns what
    happened, in the user's words. The caller makes sure no other window has the book
    (its lock), since what that window writes next would not be in the copy."""
    backups.refuse_when_read_only(Refused)
    target = Path(target).expanduser().resolve()
    current = paths.data_dir()
    if target == current.resolve():
        return tr("{target} is already the data folder.").format(target=target)
    try:
        ensure_writable_folder(target)
    except OSError as exc:
        raise Refused(
            tr("{target} cannot be used: {value}. Nothing was changed.").format(
                target=target, value=exc.strerror or exc
            )
        ) from exc
    book = paths.default_book()
    there = target / paths.BOOK_NAME
    try:
        if there.exists():
            said = tr("The book already in {target} will be used from the next start.")
        elif book.exists():
            if backups.copy_checked(book, there):
                raise Refused(
                    tr("The copy of {name} failed its check. Nothing moved.").format(name=book.name)
                )
            files = files_folder(book)
            if files.is_dir():
                shutil.copytree(files, target / files.name, dirs_exist_ok=True)
            said = tr(
                "Your book and its e-Faktur files were copied to {target}; that copy is used "
                "from the next start."
            )
        else:
            said = tr("A new book will be made in {target} at the next start.")
        _point_to(target)
    except (OSError, sqlite3.Error) as exc:
        raise Refused(
            tr(
                "The data could not be copied to {target}: {exc}. The data folder was not changed."
            ).format(target=target, exc=exc)
        ) from exc
    return (
        said.format(target=target)
        + " "
        + tr("The old folder {current} was left as it was.").format(current=current)
    )


def use_standard_data_folder() -> str:
    backups.refuse_when_read_only(Refused)
    _point_to(None)
    return tr(
        "From the next start the data folder is {folder} again. Nothing was copied or deleted."
    ).format(folder=paths.standard_data_dir())


def use_data_folder(folder: Path) -> None:
    """Use ``folder`` as the data folder from now on, as it is: nothing is copied (the
    chosen folder went missing, so there is nothing here to copy)."""
    _point_to(Path(folder).expanduser().resolve())

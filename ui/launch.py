"""Starting the window: which book, the first-start choice, the lock, ``--check``."""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from app import paths
from app.book import close_book, files_folder, open_book
from app.errors import BookError
from app.models import Company
from ui import interaction
from ui.i18n import tr
from ui.main_window import MainWindow

EMPTY, DEMO = 0, 1
BRING_TO_FRONT, READ_ONLY = 0, 1
CHECK_TIMEOUT_MS = 20_000


def make_application() -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName(paths.ORGANIZATION)
    app.setApplicationName(paths.APPLICATION)
    app.setApplicationDisplayName("E-Faktur Desk")
    from ui import formatting, i18n, preferences

    language = preferences.language()
    i18n.install(language)  # before any window: widgets keep the texts they were made with
    formatting.use_language(language)
    return app  # type: ignore[return-value]


def choose_book(args: argparse.Namespace, path: Path) -> Path | None:
    """The book to open; on a first start, ask whether to begin empty or with the demo."""
    if args.demo and not args.db:
        return paths.demo_book()
    if args.db or args.check or path.exists():
        return path
    choice = interaction.prompts.choose(
        None,
        tr("Welcome to E-Faktur Desk"),
        tr(
            "There is no book yet. Start with an empty book for your company, or look around "
            "in the demo book first (you can open your own book later)."
        ),
        [tr("Empty book"), tr("Demo book")],
    )
    if choice is None:
        return None
    return paths.demo_book() if choice == DEMO else path


def prepare_book(path: Path, want_demo: bool, read_only: bool = False) -> Path:
    opened = open_book(path, read_only=read_only)
    if want_demo and not read_only and not Company.select().exists():
        from app.demo import build_demo  # only when asked for: keeps start-up lean

        build_demo(files_folder(opened))
    return opened


class _PaintWatcher(QObject):
    def __init__(self, on_paint) -> None:
        super().__init__()
        self._on_paint = on_paint

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint:
            self._on_paint()
        return False


def known_trouble(error: BaseException) -> str | None:
    """The user's words for a failure that has a plain cause (full disk, read-only book).

    The whole chain is read: when SQLite rolls a transaction back on its own (a full
    disk), peewee's rollback fails next and hides the first error behind its own."""
    seen: BaseException | None = error
    while seen is not None:
        if (words := _plain_cause(seen)) is not None:
            return words
        seen = seen.__cause__ or seen.__context__
    return None


def _plain_cause(error: BaseException) -> str | None:
    import errno
    import sqlite3

    import peewee

    if isinstance(error, OSError) and error.errno == errno.ENOSPC:
        return tr(
            "The disk is full, so this was not saved. Free some space on the disk and try "
            "again. Nothing was changed."
        )
    if isinstance(error, (sqlite3.OperationalError, peewee.OperationalError)):
        text = str(error).lower()
        if "disk is full" in text or "disk i/o error" in text:
            return tr(
                "The disk is full (or failing), so this change was not saved. Free some space "
                "on the disk the book is on and try again. Nothing was changed."
            )
        if "readonly" in text or "read-only" in text:
            return tr(
                "The book is read-only here, so this change was not saved. Nothing was changed."
            )
        if "locked" in text or "busy" in text:
            return tr(
                "Another program is holding the book (a backup or sync tool, perhaps), so "
                "this change was not saved. Try again in a moment. Nothing was changed."
            )
    return None


def install_error_hook(window: QWidget, folder: Path | None = None) -> None:
    """An unexpected error is logged with its traceback and shows a short message with
    the log's place; the window stays usable."""
    from app.error_log import log_unexpected

    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        plain = known_trouble(error)
        if plain is not None:
            with contextlib.suppress(OSError):  # a full disk may refuse the log too
                log_unexpected(kind, error, tb, folder)
            interaction.prompts.refuse(window, tr("Not Saved"), plain)
            return
        try:
            where = tr("The details are in {kind}.").format(
                kind=log_unexpected(kind, error, tb, folder)
            )
        except OSError:  # the log itself cannot be written: keep the details on stderr
            traceback.print_exception(kind, error, tb, file=sys.stderr)
            where = tr("The details could not be written to the log.")
        interaction.prompts.refuse(
            window,
            tr("Something went wrong"),
            tr(
                "E-Faktur Desk hit an unexpected problem and did not finish that "
                "step:\n{error}\n\n{where} Nothing half-done was saved."
            ).format(error=error, where=where),
        )

    sys.excepthook = hook


def _headless_check_needs_offscreen(args: argparse.Namespace) -> bool:
    """``--check`` on a Linux machine without a display (CI, a server) draws offscreen."""
    return (
        args.check
        and sys.platform.startswith("linux")
        and not os.environ.get("QT_QPA_PLATFORM")
        and not os.environ.get("DISPLAY")
        and not os.environ.get("WAYLAND_DISPLAY")
    )


def when_already_open(book: Path) -> int | None:
    """A second copy asked for a book the first has: ``READ_ONLY`` to open it beside the
    first without writing, or None to stop here (after bringing the first to the front)."""
    from ui.single_instance import bring_to_front

    choice = interaction.prompts.choose(
        None,
        tr("Book Already Open"),
        tr(
            "{name} is already open in another E-Faktur Desk window. Two windows writing to "
            "one book could undo each other's work, so only that window may change "
            "it.\n\nBring that window to the front, or open the book here read-only to look "
            "things up."
        ).format(name=book.name),
        [tr("Bring It to Front"), tr("Open Read-Only")],
    )
    if choice == BRING_TO_FRONT:
        if not bring_to_front(book):
            interaction.prompts.refuse(
                None,
                tr("Book Already Open"),
                tr(
                    "The other window did not answer. If it is not open any more, wait a few "
                    "seconds and start E-Faktur Desk again."
                ),
            )
        return None
    return choice


def run_window(args: argparse.Namespace, path: Path) -> int:
    if _headless_check_needs_offscreen(args):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    app = make_application()
    chosen = choose_book(args, path)
    if chosen is None:
        return 0
    want_demo = chosen == paths.demo_book() or (args.demo and bool(args.db))
    from ui.single_instance import lock_of

    lock = lock_of(chosen)
    chosen.parent.mkdir(parents=True, exist_ok=True)
    read_only = False
    if not lock.tryLock(200):
        if args.check:
            raise BookError(
                tr("{chosen} is already open in another E-Faktur Desk window.").format(
                    chosen=chosen
                )
            )
        if when_already_open(chosen) is None:
            return 0
        read_only = True
    try:
        try:
            book = prepare_book(chosen, want_demo, read_only)
        except BookError as exc:
            if args.check:
                raise
            interaction.prompts.refuse(None, tr("The Book Cannot Be Opened"), str(exc))
            return 2
        window = MainWindow(book)
        install_error_hook(window)
        if args.check:
            return _check(app, window)
        if not read_only:
            from ui.single_instance import FrontDoor

            FrontDoor(window, book)
            window.backup.start_daily()
        window.show()
        return app.exec()
    finally:
        close_book()
        if not read_only:
            lock.unlock()


def _check(app: QApplication, window: MainWindow) -> int:
    result = {"painted": False}

    def painted() -> None:
        if not result["painted"]:
            result["painted"] = True
            QTimer.singleShot(0, app.quit)

    watcher = _PaintWatcher(painted)
    window.installEventFilter(watcher)
    QTimer.singleShot(CHECK_TIMEOUT_MS, app.quit)
    window.show()
    app.exec()
    window.removeEventFilter(watcher)
    if not result["painted"]:
        print("efaktur-desk: the window was not painted", file=sys.stderr)
        return 1
    return 0

"""Starting the window: which book, the first-start choice, the lock, ``--check``."""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
import threading
import traceback
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QWidget

from app.book.connection import close_book, files_folder, find_damage, is_read_only
from app.book.trouble import damaged_sentence, is_damage, known_trouble
from app.common import paths
from app.common.errors import BookError
from app.common.i18n import day_text
from app.desk import opening
from app.desk.opening import open_book
from app.numbers import channel
from app.numbers.channel import NEW_BOOK_DEFAULT, Channel
from ui import interaction
from ui.i18n import tr
from ui.main_window import MainWindow

if TYPE_CHECKING:
    from app.book import backups

EMPTY, DEMO = 0, 1
CORETAX, DESKTOP = 0, 1
BRING_TO_FRONT, READ_ONLY = 0, 1
LOOK_AGAIN, OTHER_FOLDER = 0, 1
RESTORE = 0
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
    if not args.db:
        if not find_data_folder(args.check):
            return None
        path = paths.default_book()  # in the folder found, or chosen in its place
    if args.demo and not args.db:
        return paths.demo_book()
    if args.db or path.exists():
        return path
    if args.check:  # never a book the user did not choose: the first start still asks
        raise BookError(
            tr("There is no book yet in {folder}; --check opens an existing book.").format(
                folder=path.parent
            )
        )
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


def first_start(args: argparse.Namespace, chosen: Path) -> bool:
    """A fresh user's empty book: the welcome box offered it, no book is there yet."""
    return not args.db and chosen == paths.default_book() and not chosen.exists()


def choose_channel() -> Channel | None:
    """How a new book's fakturs go to DJP, asked on the first start (Settings changes it
    later); None when the box was closed."""
    coretax = Channel(NEW_BOOK_DEFAULT)
    desktop = Channel(None)
    choice = interaction.prompts.choose(
        None,
        tr("How Do Your Fakturs Go to DJP?"),
        tr(
            "How do this book's fakturs go to DJP?\n\nCoretax from {day}: {coretax}\n\n"
            "e-Faktur desktop: {desktop}\n\nYou can change this later in Settings."
        ).format(
            day=day_text(NEW_BOOK_DEFAULT), coretax=coretax.sentence, desktop=desktop.sentence
        ),
        [
            tr("Coretax from {day}").format(day=day_text(NEW_BOOK_DEFAULT)),
            tr("e-Faktur Desktop (NSFP Ranges)"),
        ],
    )
    if choice is None:
        return None
    return coretax if choice == CORETAX else desktop


def find_data_folder(check: bool = False) -> bool:
    """True when the data folder is there. The one chosen in Settings may have gone (an
    unplugged drive): say so, and look again or let the user choose another; never start
    a new book in its place. False when the user gave up."""
    while (missing := paths.missing_data_dir()) is not None:
        said = paths.missing_data_dir_sentence(missing)
        if check:
            raise BookError(said)
        choice = interaction.prompts.choose(
            None,
            tr("Data Folder Missing"),
            said,
            [tr("Look Again"), tr("Choose Another Folder…")],
        )
        if choice is None:
            return False
        if choice == OTHER_FOLDER:
            folder = interaction.prompts.choose_folder(None, tr("Data Folder"), missing.parent)
            if folder is not None:
                from app.book.data_folder import use_data_folder

                use_data_folder(folder)
    return True


def prepare_book(
    path: Path, want_demo: bool, read_only: bool = False, way: Channel | None = None
) -> Path:
    """Open the book (the demo made in it when wanted); ``way``: the first start's
    choice of how its fakturs go to DJP."""
    # the check for damaged pages reads the whole book: it runs after the first paint
    opened = open_book(path, read_only=read_only, check=False)
    if way is not None and not read_only:
        channel.choose(way.coretax_from)
    if want_demo and not read_only:
        from app.billings import parties  # only when asked for: keeps start-up lean

        if parties.company() is None:
            from app.desk.demo import build_demo

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


def install_error_hook(window: QWidget, folder: Path | None = None) -> None:
    """An unexpected error is logged with its traceback and shows a short message with
    the log's place; the window stays usable."""

    from app.common.error_log import log_unexpected  # ready before anything can fail

    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        if is_damage(error) and isinstance(window, MainWindow):
            with contextlib.suppress(OSError):
                log_unexpected(kind, error, tb, folder)
            report_damage(window)
            return
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
    way = None
    if first_start(args, chosen):
        way = choose_channel()
        if way is None:
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
            window = open_window(chosen, want_demo, read_only, ask=not args.check, way=way)
        except BookError as exc:
            if args.check:
                raise
            interaction.prompts.refuse(None, tr("The Book Cannot Be Opened"), str(exc))
            return 2
        if window is None:
            return 2
        book = window.book_path
        assert book is not None
        install_error_hook(window)
        if args.check:
            return _check(app, window)
        if not read_only:
            from ui.single_instance import FrontDoor

            FrontDoor(window, book)
        SoundnessCheck(window).start_on_first_paint()
        window.show()
        status = app.exec()
        return 2 if window.property("closedDamaged") else status
    finally:
        close_book()
        if not read_only:
            lock.unlock()


def open_window(
    chosen: Path,
    want_demo: bool,
    read_only: bool = False,
    ask: bool = True,
    way: Channel | None = None,
) -> MainWindow | None:
    """The window on the book. A book found damaged on the way is said once, with the
    newest sound backup offered; None when it is not restored. ``ask=False`` (``--check``,
    where nobody answers) raises instead."""
    try:
        return MainWindow(prepare_book(chosen, want_demo, read_only, way))
    except Exception as exc:
        if not is_damage(exc) or not ask:
            raise
    close_book()
    if not offer_restore(None, chosen, may_restore=not read_only):
        return None
    return MainWindow(chosen)


def _backup_folder(book: Path) -> Path:
    from app.book import backups

    try:
        return backups.settings_of(book).folder
    except Exception:  # the setting is in the damaged part: look in the usual place
        return backups.default_folder(book)


def offer_restore(parent: QWidget | None, book: Path, may_restore: bool = True) -> bool:
    """Say that ``book`` is damaged and offer its newest sound backup (unless this window
    may not write: another window has the book). True when it was restored (and is open
    again)."""
    from app.billings import parties  # only for the damage and restore questions
    from app.book import backups
    from ui.formatting import timestamp

    said = damaged_sentence(book)
    if not may_restore:
        interaction.prompts.refuse(parent, tr("The Book Is Damaged"), said)
        return False
    folder = _backup_folder(book)
    close_book()
    found = backups.newest_sound_backup(book, folder)
    if found is None:
        interaction.prompts.refuse(
            parent,
            tr("The Book Is Damaged"),
            said + "\n\n" + tr("No sound backup of it is in {folder}.").format(folder=folder),
        )
        return False
    choice = interaction.prompts.choose(
        parent,
        tr("The Book Is Damaged"),
        said
        + "\n\n"
        + tr(
            "The newest sound backup was made {made} and holds {billings} billings of "
            "{company}, NPWP {npwp}. Restore it? What was entered after it must be entered "
            "again. Otherwise E-Faktur Desk closes and leaves the book as it is."
        ).format(
            made=timestamp(found.made_at),
            billings=found.billings,
            company=found.company or tr("(none)"),
            npwp=parties.show_npwp(found.npwp) or tr("(none)"),
        ),
        [tr("Restore This Backup")],
    )
    if choice != RESTORE or not _surely_this_book(parent, found, book):
        return False
    try:
        done = opening.restore_over_damaged(found, book)
    except backups.RestoreUnfinished as exc:
        interaction.prompts.refuse(parent, tr("Backup Restored"), str(exc))
        return True
    restored = tr(
        "The backup of {made} is the book now. The damaged book is kept as {kept}."
    ).format(made=timestamp(found.made_at), kept=done.safety.name)
    recovered = done.recovered.text()
    interaction.prompts.inform(
        parent, tr("Backup Restored"), f"{restored}\n\n{recovered}" if recovered else restored
    )
    return True


def _surely_this_book(parent: QWidget | None, found: backups.BackupInfo, book: Path) -> bool:
    """True when ``found`` is surely the damaged book's backup (named with its id, of the
    same company as far as the damaged book can be read), or the user says so again."""
    from app.billings import parties  # only for the damage and restore questions
    from app.book import backups

    damaged = backups.describe(book, found.made_at, backups.MANUAL)
    ours = (damaged.company, damaged.npwp)
    other = not damaged.problem and not parties.same_company(ours, (found.company, found.npwp))
    if not found.legacy and not other:
        return True
    return interaction.prompts.ask_yes_no(
        parent,
        tr("Restore a Backup of Another Book?"),
        tr(
            "This backup may be of another book: {why} It is of {company}, NPWP {npwp}.\n\n"
            "Restore it all the same?"
        ).format(
            why=tr("the damaged book is of {ours}, NPWP {our_npwp}.").format(
                ours=ours[0] or tr("(none)"), our_npwp=parties.show_npwp(ours[1]) or tr("(none)")
            )
            if other
            else tr(
                "its name cannot show that it is this book's (it is from before backups "
                "carried their book's id, or the damaged book's id cannot be read)."
            ),
            company=found.company or tr("(none)"),
            npwp=parties.show_npwp(found.npwp) or tr("(none)"),
        ),
    )


def report_damage(window: MainWindow) -> None:
    """The open book turned out damaged: say so once (however many reads fail meanwhile),
    offer the newest sound backup, and close the window if it is not restored."""
    if window.property("damageSaid"):
        return
    window.setProperty("damageSaid", True)
    book = window.book_path
    assert book is not None
    if offer_restore(window, book, may_restore=not is_read_only()):
        window.setProperty("damageSaid", False)
        if window.detail is not None:
            window.detail.close()
        window.refresh_all()
        return
    window.setProperty("closedDamaged", True)
    window.close()


class SoundnessCheck(QObject):
    """SQLite's quick check of the open book, on a worker thread after the first paint (it
    reads the whole file: too slow to wait for at start on a big book). Damage is
    reported; a sound book then gets its daily backup."""

    done = Signal(bool)  # True: damaged

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.thread: threading.Thread | None = None
        self._watcher: _PaintWatcher | None = None
        self.done.connect(self._report)

    def start_on_first_paint(self) -> None:
        self._watcher = _PaintWatcher(self.start)
        self.window.installEventFilter(self._watcher)

    def start(self) -> None:
        if self.thread is not None:
            return
        if self._watcher is not None:
            self.window.removeEventFilter(self._watcher)
        book = self.window.book_path
        self.thread = threading.Thread(target=self._run, args=(book,), daemon=True)
        self.thread.start()

    def _run(self, book: Path) -> None:
        try:
            damaged = find_damage(book)
        except Exception:  # cannot read it now: the read that meets it will say why
            damaged = False
        self.done.emit(damaged)

    def _report(self, damaged: bool) -> None:
        book = self.window.book_path
        # looked at again: a backup may have been restored meanwhile (a read met the damage)
        if damaged and book is not None and find_damage(book):
            report_damage(self.window)
        elif not is_read_only():
            self.window.backup.start_daily()


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
    book = window.book_path
    if book is not None and find_damage(book):  # after the paint, as on a normal start
        raise BookError(damaged_sentence(book))
    return 0

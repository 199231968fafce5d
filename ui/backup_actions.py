"""The window's backup actions: Back Up Now, Backups & Restore, and the daily backup that
runs on a worker thread after the window opens."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QGuiApplication

from app.book.connection import is_read_only
from app.common.errors import BookError
from ui import interaction
from ui.formatting import read_only_reason
from ui.i18n import tr

if TYPE_CHECKING:
    from ui.backup_dialog import BackupDialog
    from ui.main_window import MainWindow


class BackupActions(QObject):
    # emitted from the worker thread; Qt queues it to the window's thread
    daily_done = Signal(str)

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.thread: threading.Thread | None = None
        self.back_up_now_action = QAction(tr("Back Up Now"), window)
        self.back_up_now_action.setObjectName("actionBackUpNow")
        self.back_up_now_action.setToolTip(tr("Copy the book to the backup folder now"))
        self.back_up_now_action.triggered.connect(lambda: self.back_up_now())
        self.backups_action = QAction(tr("Backups && Restore…"), window)
        self.backups_action.setObjectName("actionBackups")
        self.backups_action.setToolTip(tr("The backups kept, where they go, and restoring one"))
        self.backups_action.triggered.connect(lambda: self.show_backups())
        for action in (self.back_up_now_action, self.backups_action):
            window.addAction(action)
        if is_read_only():  # a read-only window writes nothing anywhere, backups included
            self.back_up_now_action.setEnabled(False)
            self.back_up_now_action.setToolTip(read_only_reason())
        self.daily_done.connect(self._daily_done)

    @property
    def book(self) -> Path:
        assert self.window.book_path is not None
        return self.window.book_path

    def back_up_now(self) -> Path | None:
        from app.book import backups

        if not self.back_up_now_action.isEnabled():
            return None
        chosen = backups.settings_of(self.book)
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            made = backups.back_up(self.book, backups.MANUAL, chosen)
        except BookError as exc:
            interaction.prompts.refuse(self.window, tr("Back Up Now"), str(exc))
            return None
        finally:
            QGuiApplication.restoreOverrideCursor()
        said = tr("Backed up to {made}.").format(made=made.path)
        self.window.statusBar().showMessage(said, 15_000)
        if made.note:
            interaction.prompts.inform(self.window, tr("Back Up Now"), made.note)
        return made.path

    def show_backups(self) -> BackupDialog:
        from ui.backup_dialog import BackupDialog

        dialog = BackupDialog(self.book, is_read_only(), self.window)
        dialog.restored.connect(self._restored)
        dialog.backed_up.connect(lambda message: self.window.statusBar().showMessage(message))
        self.window._open_dialog(dialog)
        return dialog

    def _restored(self, message: str) -> None:
        if self.window.detail is not None:
            self.window.detail.close()
        self.window.refresh_all()
        self.window.statusBar().showMessage(message, 30_000)
        interaction.prompts.inform(self.window, tr("Backup Restored"), message)

    def start_daily(self) -> threading.Thread | None:
        """Back up on a worker thread when the last backup is a day old; the window stays
        free meanwhile. Read here, on the window's thread: the worker touches only files."""
        from app.book import backups

        chosen = backups.settings_of(self.book)
        if is_read_only() or not backups.is_due(self.book, chosen.folder):
            return None
        backups.book_id(self.book, create=True)  # here, not beside a write of the window

        def work() -> None:
            try:
                made = backups.back_up(self.book, backups.DAILY, chosen)
            except BookError as exc:
                self.daily_done.emit(tr("The daily backup failed: {exc}").format(exc=exc))
            else:
                said = tr("Daily backup made: {name}").format(name=made.path.name)
                self.daily_done.emit(f"{said}. {made.note}" if made.note else said)

        self.thread = threading.Thread(target=work, name="daily-backup", daemon=True)
        self.thread.start()
        return self.thread

    def _daily_done(self, message: str) -> None:
        self.window.statusBar().showMessage(message, 60_000)

    def wait(self) -> None:
        """Let a running backup finish (closing the window)."""
        if self.thread is not None:
            self.thread.join()

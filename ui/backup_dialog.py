"""File > Backups & Restore: the backups with what they hold, where they go, restoring one."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.billings import parties
from app.book import backups
from app.common.errors import BookError, Refused
from app.desk import opening
from ui import interaction
from ui.formatting import problem_label, read_only_reason, timestamp
from ui.i18n import QT_TR_NOOP, tr
from ui.tables import add_action_buttons, named_action

COLUMNS = [
    QT_TR_NOOP("Made"),
    QT_TR_NOOP("Kind"),
    QT_TR_NOOP("Billings"),
    QT_TR_NOOP("E-Faktur Nos"),
    QT_TR_NOOP("Size"),
]


def _size(n: int) -> str:
    return f"{n / 2**20:,.1f} MB" if n >= 2**20 else f"{max(n // 1024, 1):,} KB"


class BackupPlace(QGroupBox):
    """Where backups go and how many are kept; each change is saved at once (here and on
    the Backups page of Settings)."""

    changed = Signal()

    def __init__(self, book: Path, read_only: bool = False, parent: QWidget | None = None):
        super().__init__(tr("Where backups go"), parent)
        self.book, self.read_only = book, read_only
        self.folder_label = QLabel()
        self.folder_label.setObjectName("backupFolder")
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.keep = QSpinBox()
        self.keep.setObjectName("backupKeep")
        self.keep.setRange(1, backups.MAX_KEEP)
        self.keep.setAccessibleName(tr("Backups kept"))
        self.keep.valueChanged.connect(self._keep_changed)
        self.choose_folder_action = named_action(
            self, tr("Change Folder…"), "actionChooseBackupFolder", self.choose_folder
        )
        self.default_folder_action = named_action(
            self, tr("Use Default Folder"), "actionDefaultBackupFolder", self.use_default_folder
        )
        self.problem = problem_label("backupPlaceProblem")
        self.problem.hide()
        self.folder_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.folder_label)
        folder_row = QHBoxLayout()
        add_action_buttons(folder_row, [self.choose_folder_action, self.default_folder_action])
        folder_row.addStretch(1)
        layout.addLayout(folder_row)
        keep_row = QHBoxLayout()
        keep_row.addWidget(QLabel(tr("Keep the newest")))
        keep_row.addWidget(self.keep)
        keep_row.addWidget(QLabel(tr("backups.")))
        keep_row.addStretch(1)
        layout.addLayout(keep_row)
        when = QLabel(tr("One is made each day you open the book, and before every upgrade."))
        when.setWordWrap(True)
        layout.addWidget(when)
        layout.addWidget(self.problem)
        self.refresh()

    def refresh(self) -> None:
        chosen = backups.settings_of(self.book)
        self.folder_label.setText(
            f"{chosen.folder}" + ("" if chosen.chosen else tr("  (the default, beside the book)"))
        )
        self.keep.blockSignals(True)
        self.keep.setValue(chosen.keep)
        self.keep.blockSignals(False)
        self.choose_folder_action.setEnabled(not self.read_only)
        self.default_folder_action.setEnabled(not self.read_only and chosen.chosen)
        self.keep.setEnabled(not self.read_only)

    def _save(self, folder: Path | None, keep: int) -> None:
        try:
            backups.save_settings(self.book, folder, keep)
        except Refused as exc:
            self.problem.setText(exc.message)
            self.problem.show()
            return
        self.problem.hide()
        self.refresh()
        self.changed.emit()

    def _keep_changed(self, value: int) -> None:
        chosen = backups.settings_of(self.book)
        self._save(chosen.folder if chosen.chosen else None, value)

    def choose_folder(self) -> None:
        current = backups.settings_of(self.book).folder
        folder = interaction.prompts.choose_folder(self, tr("Folder for Backups"), current)
        if folder is not None:
            self._save(folder, self.keep.value())

    def use_default_folder(self) -> None:
        self._save(None, self.keep.value())


class BackupDialog(QDialog):
    """``restored`` carries a message after the book was replaced by a backup;
    ``backed_up`` after a new backup was made."""

    restored = Signal(str)
    backed_up = Signal(str)

    def __init__(self, book: Path, read_only: bool = False, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("backupDialog")
        self.setWindowTitle(tr("Backups & Restore"))
        self.setMinimumSize(720, 420)
        self.book = book
        self.read_only = read_only
        self.shown: list[backups.BackupInfo] = []

        self.place = BackupPlace(book, read_only)
        self.place.changed.connect(self.refresh)
        self.folder_label, self.keep = self.place.folder_label, self.place.keep

        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setObjectName("backupsTable")
        self.table.setTabKeyNavigation(False)
        self.table.setHorizontalHeaderLabels([tr(c) for c in COLUMNS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._update_actions)
        self.table.itemDoubleClicked.connect(lambda *_: self.restore_action.trigger())
        self.empty_note = QLabel(tr("No backup yet. Back Up Now makes the first one."))
        self.empty_note.setObjectName("backupsEmptyNote")

        self.back_up_action = named_action(
            self, tr("Back Up Now"), "actionBackUpNowInDialog", self.back_up
        )
        self.restore_action = named_action(
            self, tr("Restore…"), "actionRestoreBackup", self.restore
        )
        if read_only:  # a read-only window writes nothing anywhere, backups included
            self.back_up_action.setEnabled(False)
            self.back_up_action.setToolTip(read_only_reason())
        buttons_row = QHBoxLayout()
        add_action_buttons(buttons_row, [self.back_up_action, self.restore_action])
        buttons_row.addStretch(1)
        self.problem = problem_label("backupProblem")
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.place)
        layout.addWidget(QLabel(tr("<b>Backups of this book</b>, newest first")))
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_note)
        layout.addLayout(buttons_row)
        layout.addWidget(self.problem)
        layout.addWidget(close)
        self.refresh()

    def settings(self) -> backups.BackupSettings:
        return backups.settings_of(self.book)

    def refresh(self) -> None:
        chosen = self.settings()
        self.place.refresh()
        self.shown = backups.list_backups(self.book, chosen.folder)
        self.table.setRowCount(len(self.shown))
        for r, info in enumerate(self.shown):
            kind = tr(info.kind_label)
            if info.legacy:
                kind += tr(" (named before backups carried their book; maybe another book's)")
            cells = [
                timestamp(info.made_at),
                kind + (f" — {info.problem}" if info.problem else ""),
                f"{info.billings:,}",
                f"{info.numbers:,}",
                _size(info.size),
            ]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c >= 2:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.empty_note.setVisible(not self.shown)
        if self.shown:
            self.table.selectRow(0)
        self._update_actions()

    def selected(self) -> backups.BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.shown[rows[0].row()] if rows else None

    def _update_actions(self) -> None:
        chosen = self.selected()
        reason = None
        if self.read_only:
            reason = tr("The book is open read-only here: restore it in the window that has it.")
        elif chosen is None:
            reason = tr("Choose the backup to restore.")
        elif chosen.problem:
            reason = tr("This backup {problem}.").format(problem=chosen.problem)
        self.restore_action.setEnabled(reason is None)
        self.restore_action.setToolTip(reason or tr("Put this backup in place of the book"))

    def back_up(self) -> None:
        if not self.back_up_action.isEnabled():
            return
        try:
            made = backups.back_up(self.book, backups.MANUAL, self.settings())
        except BookError as exc:
            self.problem.setText(str(exc))
            self.problem.show()
            return
        self.problem.setVisible(bool(made.note))
        self.problem.setText(made.note)
        self.refresh()
        self.backed_up.emit(tr("Backed up to {made}.").format(made=made.path))

    def _confirmed(self, chosen: backups.BackupInfo) -> bool:
        """Asked with the backup's company and what the restore forgets; asked again when
        the backup is of another company."""
        forgotten = backups.forgotten_by(chosen.path, self.book)
        company = parties.company()
        ours = (company.name, company.npwp) if company else ("", "")
        theirs = (chosen.company, chosen.npwp)
        question = tr(
            "Put the backup of {made_at} ({billings:,} billings) in place of the book?\n\n"
            "Company in the backup: {name}, NPWP {npwp}.\n\n"
            "Everything done since then leaves the book. The book as it is now is "
            "backed up first, so you can come back to it."
        ).format(
            made_at=timestamp(chosen.made_at),
            billings=chosen.billings,
            name=chosen.company or tr("(none)"),
            npwp=parties.show_npwp(chosen.npwp) or tr("(none)"),
        )
        if forgotten:
            question += "\n\n" + tr("What DJP already has, and the backup does not:") + "\n"
            question += forgotten.text()
        if not interaction.prompts.ask_yes_no(self, tr("Restore Backup"), question):
            return False
        if parties.same_company(ours, theirs):
            return True
        return interaction.prompts.ask_yes_no(
            self,
            tr("Restore Another Company's Book?"),
            tr(
                "This backup is of {theirs}, NPWP {their_npwp}, but the open book is of "
                "{ours}, NPWP {our_npwp}. Restoring it puts another company's book in place "
                "of this one.\n\nRestore it all the same?"
            ).format(
                theirs=theirs[0] or tr("(none)"),
                their_npwp=parties.show_npwp(theirs[1]) or tr("(none)"),
                ours=ours[0] or tr("(none)"),
                our_npwp=parties.show_npwp(ours[1]) or tr("(none)"),
            ),
        )

    def restore(self) -> None:
        chosen = self.selected()
        if chosen is None or not self.restore_action.isEnabled():
            return
        try:
            if not self._confirmed(chosen):
                return
            settings = self.settings()
            done = opening.restore_backup(chosen.path, self.book, settings.folder, settings.keep)
        except backups.RestoreUnfinished as exc:  # the backup is the book now: say so
            self.problem.setText(str(exc))
            self.problem.show()
            self.refresh()
            self.restored.emit(str(exc))
            return
        except (Refused, BookError) as exc:
            self.problem.setText(exc.message if isinstance(exc, Refused) else str(exc))
            self.problem.show()
            return
        self.problem.hide()
        self.refresh()
        said = tr("Restored the backup of {made_at}. The book as it was is kept as {name}.").format(
            made_at=timestamp(chosen.made_at), name=done.safety.name
        )
        recovered = done.recovered.text()
        self.restored.emit(f"{said}\n\n{recovered}" if recovered else said)

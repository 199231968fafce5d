"""File > Settings: the company and numbering, which way fakturs go to DJP (Coretax or
e-Faktur desktop), the low-number warning, backups, the language, and where the data
folder is. One Save for what it covers; backups and the
data folder act at once, because each is a step of its own (a copy, a check)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.billings.book_settings import Part, SettingsRefused, save_settings
from app.book import data_folder
from app.common import paths
from app.common.errors import Refused
from ui import formatting, interaction, preferences
from ui.backup_dialog import BackupPlace
from ui.channel_form import ChannelForm
from ui.company_dialog import CompanyForm
from ui.formatting import problem_label, read_only_reason
from ui.i18n import tr
from ui.single_instance import lock_of
from ui.tables import add_action_buttons, named_action
from ui.threshold_dialog import ThresholdForm
from ui.unsaved import AsksBeforeDiscarding

COMPANY, CHANNEL, WARNING, BACKUPS, LANGUAGE, DATA = range(6)
_PAGE_OF = {Part.COMPANY: COMPANY, Part.WARNING: WARNING, Part.CHANNEL: CHANNEL}


def _note(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet("color: #4b5563;")
    return label


class SettingsDialog(AsksBeforeDiscarding, QDialog):
    """``data_moved`` carries the standard book's old place after the data folder moved."""

    saved = Signal(str)
    data_moved = Signal(Path)

    def __init__(self, book: Path, read_only: bool = False, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(tr("Settings"))
        self.setMinimumWidth(720)  # the five page names side by side, in either language
        self.read_only = read_only
        self.book = book
        self.company = CompanyForm()
        self.channel = ChannelForm()
        self.warning = ThresholdForm()
        self.backups = BackupPlace(book, read_only)

        self.language = QComboBox()
        self.language.setObjectName("languageChoice")
        self.language.setAccessibleName(tr("Language"))
        for code, label in preferences.LANGUAGES.items():
            self.language.addItem(tr(label), code)
        self.language.setCurrentIndex(self.language.findData(preferences.chosen_language()))
        if read_only:  # the language is this computer's setting: a read-only window keeps it
            self.language.setEnabled(False)
            self.language.setToolTip(read_only_reason())
        language_page = QWidget()
        language_form = QFormLayout(language_page)
        language_form.addRow(tr("Language"), self.language)
        language_form.addRow(
            _note(
                tr(
                    "Rupiah and dates follow it at once (Rp 1.234.567 and 25 Des 2026 in Bahasa "
                    "Indonesia; Rp 1,234,567 and 25 Dec 2026 in English); menus and windows "
                    "change at the next start. System default follows the computer's language."
                )
            )
        )

        self.data_folder = QLabel()
        self.data_folder.setObjectName("dataFolder")
        self.data_folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.move_data_action = named_action(
            self, tr("Move To…"), "actionMoveDataFolder", self.move_data_folder
        )
        self.standard_data_action = named_action(
            self, tr("Use Standard Folder"), "actionStandardDataFolder", self.use_standard_folder
        )
        data_page = QWidget()
        data_layout = QVBoxLayout(data_page)
        self.data_folder.setWordWrap(True)
        row = QHBoxLayout()
        add_action_buttons(row, [self.move_data_action, self.standard_data_action])
        row.addStretch(1)
        data_layout.addWidget(
            QLabel(tr("<b>Data folder</b>: your book, its e-Faktur PDFs and logs"))
        )
        data_layout.addWidget(self.data_folder)
        data_layout.addLayout(row)
        data_layout.addWidget(
            _note(
                tr(
                    "Moving copies the book and its PDFs to the folder you choose (a synced or "
                    "backed-up drive, say) and uses that copy from the next start; the old "
                    "folder is left as it was. A folder that already holds a book keeps it. "
                    "Books opened with --db stay where they are."
                )
            )
        )
        data_layout.addStretch(1)

        backups_page = QWidget()
        backups_page.setProperty("savedAtOnce", True)  # Escape has nothing to ask about here
        backups_layout = QVBoxLayout(backups_page)
        backups_layout.addWidget(self.backups)
        backups_layout.addWidget(_note(tr("Changes here are saved at once.")))
        backups_layout.addStretch(1)

        self.pages = QTabWidget()
        self.pages.setObjectName("settingsPages")
        self.pages.addTab(self.company, tr("Company && Numbering"))
        self.pages.addTab(self.channel, tr("Coretax"))
        self.pages.addTab(self.warning, tr("Low-Number Warning"))
        self.pages.addTab(backups_page, tr("Backups"))
        self.pages.addTab(language_page, tr("Language"))
        self.pages.addTab(data_page, tr("Data Folder"))
        for page in (self.company, self.channel, self.warning):
            page.layout().setContentsMargins(9, 9, 9, 9)
            page.layout().addStretch(1)  # the fields at the top, not spread down the page

        self.problem = problem_label("settingsProblem")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        if read_only:
            save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
            save.setEnabled(False)
            save.setToolTip(read_only_reason())
            self.problem.setText(read_only_reason())
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self._show_data_folder()

    def show_page(self, page: int) -> SettingsDialog:
        self.pages.setCurrentIndex(page)
        return self

    def _show_data_folder(self) -> None:
        now = paths.data_dir()
        moved = now != paths.standard_data_dir()
        self.data_folder.setText(str(now) + ("" if moved else tr("  (the standard folder)")))
        self.standard_data_action.setEnabled(moved and not self.read_only)
        self.move_data_action.setEnabled(not self.read_only)
        for action in (self.move_data_action, self.standard_data_action):
            action.setToolTip(read_only_reason() if self.read_only else action.text().rstrip("…"))

    def _when_no_other_window(self, step: Callable[[], str]) -> str | None:
        """``step`` while no other window can write the standard book (it takes the
        book's lock meanwhile); None, saying why, when another window has it."""
        standard = paths.default_book()
        ours = not self.read_only and self.book.resolve() == standard.resolve()
        lock = None if ours or not standard.exists() else lock_of(standard)
        if lock is not None and not lock.tryLock(0):
            self.problem.setText(
                tr(
                    "{name} in {folder} is open in another E-Faktur Desk window, which would "
                    "go on writing to the old folder. Close that window, then move the data "
                    "folder. Nothing was changed."
                ).format(name=standard.name, folder=standard.parent)
            )
            return None
        try:
            return step()
        finally:
            if lock is not None:
                lock.unlock()

    def save(self) -> None:
        """The book's settings in one transaction; then the language, which is this
        computer's."""
        try:
            save_settings(self.company.entry(), self.warning.entry(), self.channel.entry())
        except SettingsRefused as exc:
            self.pages.setCurrentIndex(_PAGE_OF[exc.part])
            self.problem.setText(exc.message)
            return
        preferences.set_language(self.language.currentData())
        formatting.use_language(preferences.language())
        self.saved.emit(tr("Settings saved."))
        self.accept()

    def move_data_folder(self) -> None:
        folder = interaction.prompts.choose_folder(
            self, tr("Move the Data Folder To"), paths.data_dir()
        )
        if folder is None:
            return
        old_book = paths.default_book()
        try:
            said = self._when_no_other_window(lambda: data_folder.move_data_folder(folder))
        except Refused as exc:
            self.problem.setText(exc.message)
            return
        if said is None:
            return
        self._show_data_folder()
        interaction.prompts.inform(self, tr("Data Folder"), said)
        self.data_moved.emit(old_book)

    def use_standard_folder(self) -> None:
        try:
            said = self._when_no_other_window(data_folder.use_standard_data_folder)
        except Refused as exc:
            self.problem.setText(exc.message)
            return
        if said is None:
            return
        self._show_data_folder()
        interaction.prompts.inform(self, tr("Data Folder"), said)

"""Every Yes/No, OK and choice box goes through here (tests swap ``prompts``)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget


class Prompts:
    """Real message boxes."""

    def ask_yes_no(self, parent: QWidget | None, title: str, text: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        return box.exec() == QMessageBox.StandardButton.Yes

    def inform(self, parent: QWidget | None, title: str, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, title, text, parent=parent)
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        box.exec()

    def refuse(self, parent: QWidget | None, title: str, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, parent=parent)
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        box.exec()

    def choose(
        self, parent: QWidget | None, title: str, text: str, options: list[str]
    ) -> int | None:
        """Index of the option clicked, or None when the box was closed."""
        box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
        buttons = [box.addButton(label, QMessageBox.ButtonRole.AcceptRole) for label in options]
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        clicked = box.clickedButton()
        return buttons.index(clicked) if clicked in buttons else None

    def save_path(
        self, parent: QWidget | None, title: str, suggested: str, file_filter: str
    ) -> Path | None:
        """Where to save, or None when the user cancelled."""
        chosen, _ = QFileDialog.getSaveFileName(parent, title, suggested, file_filter)
        return Path(chosen) if chosen else None

    def open_paths(self, parent: QWidget | None, title: str, file_filter: str) -> list[Path]:
        """Files chosen to open; empty when the user cancelled."""
        chosen, _ = QFileDialog.getOpenFileNames(parent, title, "", file_filter)
        return [Path(p) for p in chosen]

    def choose_folder(self, parent: QWidget | None, title: str, start: Path) -> Path | None:
        """A folder, or None when the user cancelled."""
        chosen = QFileDialog.getExistingDirectory(parent, title, str(start))
        return Path(chosen) if chosen else None

    def open_externally(self, path: Path) -> bool:
        """Open a file with the system's own viewer."""
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices

        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def pick_text(
        self, parent: QWidget | None, title: str, label: str, items: list[str]
    ) -> str | None:
        """One of ``items``, or what the user typed instead; None when cancelled."""
        text, ok = QInputDialog.getItem(parent, title, label, items, 0, True)
        return text if ok else None


prompts: Prompts = Prompts()


def use(replacement: Prompts) -> Prompts:
    """Install other prompts (tests); returns the previous ones."""
    global prompts
    previous, prompts = prompts, replacement
    return previous

"""The E-Faktur Files tab: the approved e-Faktur PDFs, uploading them, opening one, and
withdrawing a wrong attachment (its number stays uploaded)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from app.book.connection import files_folder, open_book_path
from app.common.errors import Refused
from app.efaktur.listing import FileListing, FileRow
from ui import interaction
from ui.formatting import timestamp
from ui.i18n import QT_TR_NOOP, tr
from ui.main_actions import FILE_BUTTONS, Chosen, MainAction
from ui.table_model import Column, ListingModel
from ui.tables import add_action_buttons, make_table, search_box
from ui.window_tab import LoadsWhenShown

FILE_COLUMNS: list[Column[FileRow]] = [
    Column(QT_TR_NOOP("E-Faktur No"), lambda r: r.number, "number", tooltip=lambda r: r.faktur_no),
    Column(QT_TR_NOOP("Invoice No"), lambda r: r.invoice_no, "invoice_no"),
    Column(QT_TR_NOOP("Customer"), lambda r: r.customer, "customer", gives_way=8),
    Column(QT_TR_NOOP("Uploaded At"), lambda r: timestamp(r.uploaded_at), "uploaded_at"),
    Column(
        QT_TR_NOOP("E-Faktur Status"),
        lambda r: tr(r.status_label),
        "status",
        colour=lambda r: "#6b7280" if r.withdrawn_reason is not None else None,
        tooltip=lambda r: (
            tr("Withdrawn: {withdrawn_reason}. The number stays uploaded.").format(
                withdrawn_reason=r.withdrawn_reason
            )
            if r.withdrawn_reason is not None
            else ""
        ),
    ),
    Column(
        QT_TR_NOOP("File"),
        lambda r: r.file_name,
        struck=lambda r: r.withdrawn_reason is not None,
        gives_way=20,  # the number it names is in the first column
    ),
]


class FilesTab(LoadsWhenShown):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = search_box("filesSearch", tr("Search by Invoice No"))
        self.search.textChanged.connect(self.refresh)
        self.model = ListingModel(FileListing, FILE_COLUMNS, self)
        self.table = make_table("filesTable", self.model, (3, True))
        self.empty_note = QLabel()
        self.empty_note.setObjectName("filesEmptyNote")
        self.empty_note.setStyleSheet("color: #4b5563;")
        bar = QHBoxLayout()
        bar.addWidget(QLabel(tr("<b>e-Faktur files</b> approved by DJP")))
        bar.addStretch(1)
        bar.addWidget(self.search, 1)
        self.buttons = QHBoxLayout()  # the window's file actions
        bar.addLayout(self.buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table)
        layout.addWidget(self.empty_note)
        self.table.selectionModel().currentChanged.connect(
            lambda *_: self.selection_changed.emit(Chosen.FILE)
        )

    def selected_file(self) -> FileRow | None:
        return self.model.current(self.table)

    def load(self) -> None:
        text = self.search.text().strip()
        self.model.reload(lambda: FileListing(text))
        if self.model.rowCount() == 0:
            self.empty_note.setText(
                tr("No e-Faktur file has been uploaded for “{text}”.").format(text=text)
                if text
                else tr("No e-Faktur file has been uploaded yet.")
            )
            self.empty_note.show()
        else:
            self.empty_note.hide()

    def place_actions(self, actions: dict[MainAction, QAction]) -> None:
        add_action_buttons(self.buttons, [actions[key] for key in FILE_BUTTONS])
        open_file = actions[MainAction.OPEN_FILE]
        self.table.activated.connect(lambda *_: open_file.trigger())

    def chosen(self, kind: Chosen) -> object:
        return self.selected_file()

    def upload_efaktur(self) -> QDialog | None:
        from app.efaktur import efaktur_upload
        from ui.upload_dialog import UploadDialog

        paths = interaction.prompts.open_paths(
            self.window(), tr("Upload E-Faktur"), tr("e-Faktur files (*.zip *.pdf);;All files (*)")
        )
        if not paths:
            return None
        matches = efaktur_upload.match_offered(efaktur_upload.read_offered(paths))
        dialog = UploadDialog(matches, files_folder(open_book_path()), self.window())
        dialog.attached.connect(self.saved)
        return self.open_dialog(dialog)

    def _chosen_file_path(self, title: str) -> tuple[FileRow, Path] | None:
        from app.efaktur.efaktur_files import stored_path

        chosen = self.selected_file()
        if chosen is None:
            interaction.prompts.refuse(self.window(), title, tr("Select a file first."))
            return None
        path = stored_path(files_folder(open_book_path()), chosen.sha256)
        if not path.is_file():
            interaction.prompts.refuse(
                self.window(),
                title,
                tr("The stored copy of {file_name} is missing from {parent}.").format(
                    file_name=chosen.file_name, parent=path.parent
                ),
            )
            return None
        return chosen, path

    def open_file(self) -> QDialog | None:
        from ui.pdf_viewer import PdfViewer

        found = self._chosen_file_path(tr("Open File"))
        if found is None:
            return None
        chosen, path = found
        title = tr("E-Faktur {faktur_no} — {invoice_no}").format(
            faktur_no=chosen.faktur_no, invoice_no=chosen.invoice_no
        )
        return self.open_dialog(PdfViewer(path, title, self.window()))

    def open_externally(self) -> None:
        found = self._chosen_file_path(tr("Open with System Viewer"))
        if found is not None and not interaction.prompts.open_externally(found[1]):
            interaction.prompts.refuse(
                self.window(),
                tr("Open with System Viewer"),
                tr("No program on this computer opens PDF files."),
            )

    def withdraw_file(self) -> None:
        from app.efaktur.efaktur_files import withdraw

        prompts = interaction.prompts
        title = tr("Withdraw File")
        chosen = self.selected_file()
        if chosen is None:
            prompts.refuse(self.window(), title, tr("Select a file first."))
            return
        reason = prompts.pick_text(
            self.window(),
            title,
            tr("Why is {file_name} withdrawn?").format(file_name=chosen.file_name),
            [tr("Wrong file attached"), tr("A replacement faktur supersedes it")],
        )
        if reason is None:
            return
        if not prompts.ask_yes_no(
            self.window(),
            title,
            tr(
                "Withdraw {file_name} from {invoice_no}? E-Faktur No {number} stays uploaded: "
                "DJP approved it, so it can never be cancelled."
            ).format(
                file_name=chosen.file_name, invoice_no=chosen.invoice_no, number=chosen.number
            ),
        ):
            return
        try:
            withdraw(chosen.id, reason)
        except Refused as exc:
            prompts.refuse(self.window(), title, exc.message)
            return
        self.saved.emit(
            tr("{file_name} withdrawn; {number} stays uploaded.").format(
                file_name=chosen.file_name, number=chosen.number
            )
        )

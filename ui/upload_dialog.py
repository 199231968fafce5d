"""Upload E-Faktur: the match report first, then all matched files attached at once."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.common.errors import Refused
from app.efaktur import efaktur_upload
from ui import interaction
from ui.i18n import QT_TR_NOOP, count_of, tr
from ui.wrapping import WrapsAnywhere, rows_follow_columns

REPORT_COLUMNS = [
    QT_TR_NOOP("File"),
    QT_TR_NOOP("Result"),
    QT_TR_NOOP("E-Faktur No"),
    QT_TR_NOOP("Invoice No"),
    QT_TR_NOOP("E-Faktur Status"),
    QT_TR_NOOP("Why not"),
]


def result_text(match: efaktur_upload.Match) -> str:
    if match.matched:
        return tr("Matched")
    return tr("Needs a look") if match.needs_look else tr("Not matched")


def faktur_status(match: efaktur_upload.Match) -> str:
    if not match.efaktur_no:
        return ""
    if match.amended_original:
        return tr("Amended original")
    return tr("Replacement") if match.replacement else tr("Normal")


def result_colour(match: efaktur_upload.Match) -> str:
    if match.matched:
        return "#15803d"
    return "#b45309" if match.needs_look else "#b91c1c"


class UploadDialog(QDialog):
    """Shows what each offered file matched; Attach writes them all in one step."""

    attached = Signal(str)

    def __init__(
        self, matches: list[efaktur_upload.Match], files_folder: Path, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("uploadDialog")
        self.setWindowTitle(tr("Upload E-Faktur"))
        self.resize(1000, 460)
        self.matches = matches
        self.files_folder = files_folder
        matched = sum(m.matched for m in matches)
        self.summary = QLabel(
            tr("<b>{matched:,} of {matches:,} files matched a billing.</b> ").format(
                matched=matched, matches=len(matches)
            )
            + (
                tr("Nothing is saved until you attach them.")
                if matched
                else tr("There is nothing to attach.")
            )
            + (
                " " + tr("Open each file that needs a look and check it: it is not attached.")
                if any(m.needs_look for m in matches)
                else ""
            )
        )
        self.summary.setObjectName("uploadSummary")
        self.summary.setWordWrap(True)  # the Indonesian sentences are longer
        self.report = QTableWidget(len(matches), len(REPORT_COLUMNS))
        self.report.setObjectName("uploadReport")
        self.report.setTabKeyNavigation(False)
        self.report.setHorizontalHeaderLabels([tr(c) for c in REPORT_COLUMNS])
        self.report.verticalHeader().setVisible(False)
        self.report.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.report.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        for row, m in enumerate(matches):
            status = faktur_status(m)
            cells = [
                m.file,
                result_text(m),
                m.efaktur_no or "",
                m.invoice_no or "",
                status,
                m.reason,
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if column == 1:
                    item.setForeground(QColor(result_colour(m)))
                self.report.setItem(row, column, item)
        header = self.report.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.report.setColumnWidth(0, 300)
        header.setSectionResizeMode(len(REPORT_COLUMNS) - 1, QHeaderView.ResizeMode.Stretch)
        # whole file names and reasons, on more lines where one is too short
        for column in (0, len(REPORT_COLUMNS) - 1):
            self.report.setItemDelegateForColumn(column, WrapsAnywhere(self.report))
        rows_follow_columns(self.report)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.attach_button = self.buttons.addButton(
            count_of(matched, QT_TR_NOOP("Attach 1 File"), QT_TR_NOOP("Attach {n:,} Files")),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.attach_button.setObjectName("uploadAttachButton")
        self.attach_button.setEnabled(matched > 0)
        self.attach_button.setDefault(matched > 0)
        self.buttons.accepted.connect(self.attach)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.report)
        layout.addWidget(self.buttons)

    def attach(self) -> None:
        try:
            count = efaktur_upload.attach_matched(self.matches, self.files_folder)
        except Refused as exc:
            interaction.prompts.refuse(self, tr("Upload E-Faktur"), exc.message)
            return
        attached = count_of(
            count,
            QT_TR_NOOP("1 e-Faktur file attached."),
            QT_TR_NOOP("{n:,} e-Faktur files attached."),
        )
        self.attached.emit(attached)
        self.accept()
        interaction.prompts.inform(
            self.parentWidget(),
            tr("Upload E-Faktur"),
            attached
            + " "
            + tr("Their numbers count as uploaded now: they can never be cancelled."),
        )


def report_rows(dialog: UploadDialog) -> list[list[str]]:
    """What the report shows, row by row (tests and screenshots)."""
    table = dialog.report
    return [
        [table.item(r, c).text() for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]

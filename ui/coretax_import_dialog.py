"""Import from Coretax: the preview of a Pajak Keluaran export, row by row (what each
billing becomes, the rows that match no billing, the problems), then Apply."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.book.states import CoretaxStatus
from app.common.errors import Refused
from app.efaktur.coretax_import import (
    RECORDED,
    UNCHANGED,
    UNMATCHED,
    CoretaxPlan,
    RowOutcome,
    apply_coretax_import,
    shown_mismatch,
)
from ui import interaction
from ui.formatting import PROBLEM_COLOUR, coretax_colour
from ui.i18n import QT_TR_NOOP, count_of, tr
from ui.wrapping import rows_follow_columns

OUTCOME_WORDS = {
    RECORDED: QT_TR_NOOP("Will be recorded"),
    UNCHANGED: QT_TR_NOOP("No change"),
    UNMATCHED: QT_TR_NOOP("No billing"),
}
TITLE = QT_TR_NOOP("Import from Coretax")
WHAT_CHANGES = 6  # the column of what changes and the problems


class CoretaxImportDialog(QDialog):
    imported = Signal(str)

    def __init__(self, plan: CoretaxPlan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("coretaxImportDialog")
        self.plan = plan
        self.setWindowTitle(
            tr("Import from Coretax — {file_name}").format(file_name=plan.file_name)
        )
        self.resize(940, 520)
        self.summary = QLabel(self._summary_text())
        self.summary.setObjectName("coretaxImportSummary")
        self.summary.setWordWrap(True)
        self.table = QTableWidget()
        self.table.setObjectName("coretaxImportPreview")
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self._fill()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.apply_button = self.buttons.addButton(
            tr("Apply"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.apply_button.setObjectName("coretaxApplyButton")
        if not plan.changes:
            self.apply_button.setEnabled(False)
            self.apply_button.setToolTip(tr("Nothing in this file changes the book."))
        self.buttons.accepted.connect(self.apply)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)

    def _summary_text(self) -> str:
        plan = self.plan
        text = tr("{rows} in {file_name}: <b>{changes}</b> will change").format(
            rows=count_of(len(plan.outcomes), QT_TR_NOOP("1 row"), QT_TR_NOOP("{n:,} rows")),
            file_name=plan.file_name,
            changes=count_of(
                len(plan.changes), QT_TR_NOOP("1 billing"), QT_TR_NOOP("{n:,} billings")
            ),
        )
        unmatched = plan.count(UNMATCHED)
        if unmatched:
            text += tr("; {unmatched} (a faktur made in Coretax is normal)").format(
                unmatched=count_of(
                    unmatched,
                    QT_TR_NOOP("1 row matches no billing"),
                    QT_TR_NOOP("{n:,} rows match no billing"),
                )
            )
        if not plan.changes:
            return text + tr(". Nothing to apply: the book already shows all of it.")
        return text + tr(". Nothing is written until you click Apply.")

    def _what_changes(self, o: RowOutcome) -> str:
        if o.outcome != RECORDED:
            return ""
        change = next(c for c in self.plan.changes if c.invoice_no == o.invoice_no)
        after = CoretaxStatus(change.after["coretax_status"])
        if after is change.status_before:
            return tr("{status}: its number, date or amounts as Coretax now shows them").format(
                status=tr(after.label)
            )
        return tr("{before} → {after}").format(
            before=tr(change.status_before.label), after=tr(after.label)
        )

    def _cells(self, o: RowOutcome) -> list[str]:
        what = self._what_changes(o)
        problems = [shown_mismatch(p) for p in o.as_json()["problems"]]
        return [
            str(o.row.row),
            o.row.reference,
            str(o.row.number or ""),
            o.row.status_text,
            o.invoice_no or "",
            tr(OUTCOME_WORDS[o.outcome]),
            "\n".join([what, *problems] if what else problems),
        ]

    def _fill(self) -> None:
        headers = [
            tr("Row"),
            tr("Referensi"),
            tr("Faktur No"),
            tr("Coretax Status"),
            tr("Billing"),
            tr("Outcome"),
            tr("What changes / problems"),
        ]
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setRowCount(len(self.plan.outcomes))
        for r, outcome in enumerate(self.plan.outcomes):
            for c, text in enumerate(self._cells(outcome)):
                item = QTableWidgetItem(text)
                if c == 0:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                elif c == 3 and (colour := coretax_colour(outcome.row.status, "")):
                    item.setForeground(QColor(colour))
                elif c == WHAT_CHANGES and outcome.as_json()["problems"]:
                    item.setForeground(QColor(PROBLEM_COLOUR))
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(
            len(headers) - 1, QHeaderView.ResizeMode.Stretch
        )
        rows_follow_columns(self.table)  # a long problem on more lines, never cut

    def apply(self) -> None:
        try:
            done = apply_coretax_import(self.plan)
        except Refused as exc:
            interaction.prompts.refuse(self, tr(TITLE), exc.message)
            return
        message = tr("{changes} recorded from {file_name}.").format(
            changes=count_of(
                len(done.changes), QT_TR_NOOP("1 billing"), QT_TR_NOOP("{n:,} billings")
            ),
            file_name=done.file_name,
        )
        self.imported.emit(message)
        self.accept()
        interaction.prompts.inform(self.parentWidget(), tr(TITLE), message)

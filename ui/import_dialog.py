"""Import Billings: the preview of a spreadsheet, every problem by row and column."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
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

from app.billings.billing_import import ImportPlan, apply_import
from app.billings.parties import customer_names
from app.common.errors import Refused
from ui import interaction
from ui.formatting import PROBLEM_COLOUR, day, money
from ui.i18n import QT_TR_NOOP, count_of, tr
from ui.wrapping import rows_follow_columns


class ImportDialog(QDialog):
    imported = Signal(str)

    def __init__(self, plan: ImportPlan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importDialog")
        self.plan = plan
        self.setWindowTitle(tr("Import Billings — {file_name}").format(file_name=plan.file_name))
        self.resize(860, 520)
        self.summary = QLabel()
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        self.table = QTableWidget()
        self.table.setObjectName("importPreview")
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(
            tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setObjectName("importButton")
        self.buttons.accepted.connect(self.run_import)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        if plan.problems:
            self._show_problems()
        else:
            self._show_billings()

    def _fill(self, headers: list[str], rows: list[list[str]], right: set[int]) -> None:
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setRowCount(len(rows))
        for r, values in enumerate(rows):
            for c, text in enumerate(values):
                item = QTableWidgetItem(text)
                if c in right:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(
            len(headers) - 1, QHeaderView.ResizeMode.Stretch
        )

    def _show_problems(self) -> None:
        count = len(self.plan.problems)
        self.summary.setText(
            tr(
                "<b style='color:{PROBLEM_COLOUR}'>{problems} in {file_name}. "
                "Nothing will be imported</b> until the file is corrected: fix these rows in "
                "your spreadsheet, save it, and import it again."
            ).format(
                PROBLEM_COLOUR=PROBLEM_COLOUR,
                problems=count_of(count, QT_TR_NOOP("1 problem"), QT_TR_NOOP("{n:,} problems")),
                file_name=self.plan.file_name,
            )
        )
        self.summary.setProperty("problems", count)
        self._fill(
            [tr("Row"), tr("Column"), tr("Problem")],
            [[str(p.row) if p.row else "", p.column or "", p.message] for p in self.plan.problems],
            {0},
        )
        rows_follow_columns(self.table)  # a long problem on more lines, never cut
        self.import_button.setEnabled(False)
        self.import_button.setToolTip(tr("Correct the file first: the import is all or nothing."))

    def _show_billings(self) -> None:
        plan = self.plan
        new = len(plan.new_customers)
        lines = sum(len(b.data.lines) for b in plan.billings)
        total = sum(b.total for b in plan.billings)
        self.summary.setText(
            tr(
                "<b>{billings}</b> with {lines}, total {total}, will be imported as <b>Draft</b>"
            ).format(
                billings=count_of(
                    len(plan.billings), QT_TR_NOOP("1 billing"), QT_TR_NOOP("{n:,} billings")
                ),
                lines=count_of(lines, QT_TR_NOOP("1 line"), QT_TR_NOOP("{n:,} lines")),
                total=money(total),
            )
            + (
                tr("; {customers} will be added").format(
                    customers=count_of(
                        new, QT_TR_NOOP("1 new customer"), QT_TR_NOOP("{n:,} new customers")
                    )
                )
                if new
                else ""
            )
            + tr(". Nothing is written until you click Import.")
        )
        self.summary.setProperty("problems", 0)
        names = {c.id: c.name for c in customer_names()}
        rows = []
        for b in plan.billings:
            existing = b.customer.existing_id
            customer = (
                names.get(existing, "")
                if existing
                else tr("{name} (new)").format(name=b.customer.data.name)
            )
            rows.append(
                [
                    str(b.first_row),
                    b.data.invoice_no,
                    customer,
                    day(b.data.invoice_date),
                    tr("On") if b.data.tax_active else tr("Off"),
                    str(len(b.data.lines)),
                    money(b.total),
                ]
            )
        self._fill(
            [
                tr("Row"),
                tr("Invoice No"),
                tr("Customer"),
                tr("Invoice Date"),
                tr("Invoice Tax"),
                tr("Lines"),
                tr("Total"),
            ],
            rows,
            {0, 5, 6},
        )

    def run_import(self) -> None:
        try:
            done = apply_import(self.plan)
        except Refused as exc:
            interaction.prompts.refuse(self, tr("Import Billings"), exc.message)
            return
        message = tr("{billings:,} billings imported as Draft from {file_name}").format(
            billings=done.billings, file_name=self.plan.file_name
        ) + (
            tr(" ({new_customers:,} new customers).").format(new_customers=done.new_customers)
            if done.new_customers
            else "."
        )
        self.imported.emit(message)
        self.accept()
        interaction.prompts.inform(self.parentWidget(), tr("Import Billings"), message)

"""One E-Faktur No: its state, the billings it served, its files, and its history."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.book import history
from app.numbers.ranges import number_details
from ui.formatting import STATE_COLOURS, event_text, state_label, state_tip, timestamp
from ui.i18n import tr
from ui.wrapping import WrapsAnywhere, rows_follow_columns


def _table(name: str, headers: list[str], rows: list[list[str]]) -> QTableWidget:
    table = QTableWidget(len(rows), len(headers))
    table.setObjectName(name)
    table.setTabKeyNavigation(False)
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().setVisible(False)
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    for r, cells in enumerate(rows):
        for c, text in enumerate(cells):
            table.setItem(r, c, QTableWidgetItem(text))
    table.resizeColumnsToContents()
    table.horizontalHeader().setSectionResizeMode(len(headers) - 1, QHeaderView.ResizeMode.Stretch)
    table.setItemDelegateForColumn(len(headers) - 1, WrapsAnywhere(table))  # whole file names
    rows_follow_columns(table)  # and whole sentences of history
    return table


class NumberDialog(QDialog):
    def __init__(self, number_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("numberDialog")
        number = number_details(number_id)
        self.setWindowTitle(tr("E-Faktur No {number}").format(number=number.number))
        self.setMinimumSize(640, 460)
        self.resize(760, 600)
        state = number.state
        head = QFormLayout()
        self.number_label = QLabel(f"<b>{number.number}</b>")
        self.state_label = QLabel(
            f"<span style='color:{STATE_COLOURS[state]}'><b>{state_label(state)}</b></span>"
            + (f" — {state_tip(state)}" if state_tip(state) else "")
        )
        self.state_label.setObjectName("numberState")
        self.holder_label = QLabel(number.holder or tr("None"))
        self.holder_label.setObjectName("numberHolder")
        head.addRow(tr("E-Faktur No"), self.number_label)
        head.addRow(tr("State"), self.state_label)
        head.addRow(tr("On billing"), self.holder_label)
        head.addRow(tr("Range"), QLabel(number.range))

        self.uses = _table(
            "numberUses",
            [tr("Invoice No"), tr("Assigned"), tr("Cancelled")],
            [
                [
                    u.invoice_no,
                    timestamp(u.assigned_at),
                    timestamp(u.released_at) if u.released_at else "",
                ]
                for u in number.uses
            ],
        )
        self.files = _table(
            "numberFiles",
            [tr("Uploaded"), tr("File")],
            [
                [
                    timestamp(f.uploaded_at),
                    f.file_name
                    + (
                        tr(" (withdrawn: {withdrawn_reason})").format(
                            withdrawn_reason=f.withdrawn_reason
                        )
                        if f.withdrawn_at
                        else ""
                    ),
                ]
                for f in number.files
            ],
        )
        events = history.for_number(number_id)
        self.history = _table(
            "numberHistory",
            [tr("When"), tr("What happened")],
            [
                [
                    timestamp(e.at),
                    event_text(e.summary, e.message) + (f" — {e.reason}" if e.reason else ""),
                ]
                for e in events
            ],
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(QLabel(tr("<b>Billings it served</b>")))
        layout.addWidget(self.uses, 1)
        if number.files:
            layout.addWidget(QLabel(tr("<b>E-Faktur files</b>")))
            layout.addWidget(self.files, 1)
        layout.addWidget(QLabel(tr("<b>History</b>")))
        layout.addWidget(self.history, 2)
        layout.addWidget(buttons)

"""Record Payment: how much the customer paid, and when."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.billings import billing_actions
from app.billings.amounts import read_amount
from app.billings.billings import billing_detail
from app.book.states import Status
from app.common import clock
from app.common.errors import Refused
from ui.dates import date_box, to_date
from ui.formatting import money, problem_label
from ui.i18n import tr
from ui.unsaved import AsksBeforeDiscarding


class PaymentDialog(AsksBeforeDiscarding, QDialog):
    recorded = Signal(str)

    def __init__(self, billing_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("paymentDialog")
        self.billing_id = billing_id
        billing = billing_detail(billing_id)
        owed = billing.outstanding
        self.setWindowTitle(
            tr("Record Payment — {invoice_no}").format(invoice_no=billing.invoice_no)
        )
        self.setMinimumWidth(420)
        self.amount = QLineEdit(f"{owed:,}".replace(",", "."))
        self.amount.setObjectName("paymentAmount")
        self.amount.setAccessibleName(tr("Amount paid"))
        self.amount.selectAll()
        self.paid_on = date_box("paymentDate", clock.today())
        self.note = QLineEdit()
        self.note.setObjectName("paymentNote")
        self.note.setPlaceholderText(tr("e.g. BCA transfer ref. 2611-0042"))
        self.problem = problem_label("paymentProblem")
        form = QFormLayout()
        form.addRow(tr("Total"), QLabel(money(billing.total)))
        form.addRow(tr("Paid so far"), QLabel(money(billing.paid_amount)))
        form.addRow(tr("Still owed"), QLabel(f"<b>{money(owed)}</b>"))
        form.addRow(tr("Amount paid (Rp)"), self.amount)
        form.addRow(tr("Paid on"), self.paid_on)
        form.addRow(tr("Note"), self.note)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.record_button = self.buttons.addButton(
            tr("Record Payment"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.record_button.setObjectName("recordPaymentButton")
        self.buttons.accepted.connect(self.record)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)

    def record(self) -> None:
        text = self.amount.text()
        try:
            amount = read_amount(text)
            if amount != amount.to_integral_value():
                raise Refused(
                    tr("{text} has cents; a payment is in whole rupiah.").format(text=text)
                )
            billing = billing_actions.record_payment(
                self.billing_id, int(amount), to_date(self.paid_on.date()), self.note.text()
            )
        except ValueError as exc:
            self.problem.setText(str(exc))
            return
        except Refused as exc:
            self.problem.setText(exc.message)
            return
        state = tr("fully paid") if billing.status == Status.PAID else tr("partially paid")
        self.recorded.emit(
            tr("Payment of {money} recorded; {invoice_no} is {state}.").format(
                money=money(int(amount)), invoice_no=billing.invoice_no, state=state
            )
        )
        self.accept()

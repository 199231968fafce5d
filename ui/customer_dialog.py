"""Add or change a customer (the buyer on the faktur)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.billings.parties import CustomerData, load_customer_data, save_customer, show_npwp
from app.common.errors import Refused
from ui.formatting import TRANSACTION_CODE_LABELS, problem_label
from ui.i18n import tr
from ui.unsaved import AsksBeforeDiscarding


def transaction_code_box(name: str) -> QComboBox:
    box = QComboBox()
    box.setObjectName(name)
    for code, label in TRANSACTION_CODE_LABELS.items():
        label = tr(label)
        box.addItem(f"{code} – {label}", code)
    return box


class CustomerDialog(AsksBeforeDiscarding, QDialog):
    saved = Signal(int, str)  # the customer's id, and what to tell the user

    def __init__(self, customer_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("customerDialog")
        self.customer_id = customer_id
        self.setWindowTitle(tr("New Customer") if customer_id is None else tr("Edit Customer"))
        self.setMinimumWidth(520)
        self.fields: dict[str, QLineEdit] = {}
        form = QFormLayout()
        for key, label, hint in [
            ("name", tr("Customer Name"), tr("PT Contoh Sejahtera")),
            ("email", tr("E-mail"), tr("finance@contoh.co.id")),
            ("phone", tr("Phone"), "+62 21 555 0123"),
            ("npwp", "NPWP", tr("01.234.567.4-411.000 (15 or 16 digits)")),
            ("npwp_name", tr("NPWP Name"), tr("as on the NPWP card (the name if empty)")),
            ("npwp_address", tr("NPWP Address"), tr("as registered with DJP")),
            ("nik", "NIK", tr("16 digits, for a buyer without NPWP")),
        ]:
            edit = QLineEdit()
            edit.setObjectName(f"customer_{key}")
            edit.setPlaceholderText(hint)
            edit.setAccessibleName(label)
            self.fields[key] = edit
            form.addRow(label, edit)
        self.transaction_code = transaction_code_box("customer_transaction_code")
        form.addRow(tr("Transaction Code"), self.transaction_code)
        self.taxable = QCheckBox(tr("Taxable company: new billings start with Invoice Tax on"))
        self.taxable.setObjectName("customer_taxable")
        self.taxable.setChecked(True)
        form.addRow(self.taxable)  # the whole width: its sentence is long in Bahasa
        self.problem = problem_label("customerProblem")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        if customer_id is not None:
            self._fill(load_customer_data(customer_id))
        self.fields["name"].setFocus()  # typing starts at the name

    def _fill(self, data: CustomerData) -> None:
        for key, edit in self.fields.items():
            value = getattr(data, key)
            edit.setText(show_npwp(value) if key == "npwp" else value)
        self.transaction_code.setCurrentIndex(
            max(0, self.transaction_code.findData(data.transaction_code))
        )
        self.taxable.setChecked(data.taxable)

    def data(self) -> CustomerData:
        values = {key: edit.text() for key, edit in self.fields.items()}
        return CustomerData(
            **values,
            transaction_code=self.transaction_code.currentData(),
            taxable=self.taxable.isChecked(),
        )

    def save(self) -> None:
        try:
            customer = save_customer(self.data(), self.customer_id)
        except Refused as exc:
            self.problem.setText(exc.message)
            return
        said = (
            tr("Customer {name} added.")
            if self.customer_id is None
            else tr("Customer {name} saved.")
        )
        self.saved.emit(customer.id, said.format(name=customer.name))
        self.accept()

"""Add or change a customer (the buyer on the faktur)."""

from __future__ import annotations

from PySide6.QtCore import QRegularExpression, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.billings.parties import CustomerData, load_customer_data, save_customer, show_npwp
from app.common.coretax_codes import GENERIC_CODE, ID_TYPE_WORDS, OWN_NUMBER_TYPES
from app.common.errors import Refused
from ui import interaction
from ui.formatting import TRANSACTION_CODE_LABELS, problem_label
from ui.i18n import QT_TR_NOOP, tr
from ui.unsaved import AsksBeforeDiscarding

INDONESIA = "IDN"
INDIA = "IND"  # DJP's own sample XML writes it for Indonesia: a trap worth a question
# '' lets the export read the identity from the NPWP or the NIK
ID_TYPE_LABELS = {"": QT_TR_NOOP("From the NPWP or NIK"), **ID_TYPE_WORDS}


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
        self.stored_identity = ("", "")  # the saved (id_type, id_number), kept if not retyped
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
        coretax = self._coretax_fields()
        self.problem = problem_label("customerProblem")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(coretax)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        if customer_id is not None:
            self._fill(load_customer_data(customer_id))
        self.fields["name"].setFocus()  # typing starts at the name

    def _coretax_fields(self) -> QGroupBox:
        """The buyer as Coretax needs it: place of business, identity and country."""
        self.tku = QLineEdit(GENERIC_CODE)
        self.tku.setObjectName("customer_tku")
        self.tku.setMaxLength(6)
        self.tku.setPlaceholderText(tr("6 digits; 000000 for the head office"))
        self.tku.setAccessibleName(tr("TKU"))
        self.id_type = QComboBox()
        self.id_type.setObjectName("customer_id_type")
        self.id_type.setAccessibleName(tr("Identity Type"))
        for code, label in ID_TYPE_LABELS.items():
            self.id_type.addItem(tr(label), code)
        self.id_type.currentIndexChanged.connect(self._id_type_chosen)
        self.id_number = QLineEdit()
        self.id_number.setObjectName("customer_id_number")
        self.id_number.setAccessibleName(tr("Identity Number"))
        self.country = QLineEdit(INDONESIA)
        self.country.setObjectName("customer_country")
        self.country.setMaxLength(3)
        self.country.setValidator(
            QRegularExpressionValidator(
                QRegularExpression(
                    "[A-Z]{0,3}", QRegularExpression.PatternOption.CaseInsensitiveOption
                ),
                self.country,
            )
        )
        self.country.setPlaceholderText(INDONESIA)
        self.country.setAccessibleName(tr("Country"))
        self.country.textChanged.connect(self._show_country)
        self.country_note = QLabel()
        self.country_note.setObjectName("customerCountryNote")
        self.country_note.setWordWrap(True)
        self.country_note.setStyleSheet("color: #4b5563;")
        box = QGroupBox(tr("For Coretax"))
        form = QFormLayout(box)
        form.addRow(tr("TKU"), self.tku)
        form.addRow(tr("Identity Type"), self.id_type)
        form.addRow(tr("Identity Number"), self.id_number)
        form.addRow(tr("Country"), self.country)
        form.addRow(self.country_note)
        self._id_type_chosen()
        self._show_country()
        return box

    def _id_type_chosen(self, *_: object) -> None:
        """Only a passport or other ID has a number here: an NPWP and a NIK are above."""
        own_number = self.id_type.currentData() in OWN_NUMBER_TYPES
        self.id_number.setEnabled(own_number)
        self.id_number.setPlaceholderText(
            tr("the passport's or document's number")
            if own_number
            else tr("an NPWP or NIK buyer: the number above")
        )

    def _show_country(self, *_: object) -> None:
        code = self.country.text().strip().upper()
        if code == INDIA:
            note = tr("IND is India. A buyer in Indonesia is IDN.")
        elif code in ("", INDONESIA):
            note = tr("IDN: Indonesia. For a foreign buyer, its ISO 3166 three-letter code.")
        else:
            note = tr("ISO 3166 three-letter code of the buyer's country (Indonesia: IDN).")
        self.country_note.setText(note)

    def _fill(self, data: CustomerData) -> None:
        for key, edit in self.fields.items():
            value = getattr(data, key)
            edit.setText(show_npwp(value) if key == "npwp" else value)
        self.transaction_code.setCurrentIndex(
            max(0, self.transaction_code.findData(data.transaction_code))
        )
        self.taxable.setChecked(data.taxable)
        self.tku.setText(data.tku)
        self.id_type.setCurrentIndex(max(0, self.id_type.findData(data.id_type)))
        self.id_number.setText(data.id_number)
        self.stored_identity = (data.id_type, data.id_number)
        self.country.setText(data.country)

    def data(self) -> CustomerData:
        values = {key: edit.text() for key, edit in self.fields.items()}
        return CustomerData(
            **values,
            transaction_code=self.transaction_code.currentData(),
            taxable=self.taxable.isChecked(),
            tku=self.tku.text(),
            id_type=self.id_type.currentData(),
            id_number=self._id_number(),
            country=self.country.text(),
        )

    def _id_number(self) -> str:
        """The number typed for a passport or other ID; for another type, the stored
        number while the type is unchanged (an imported TIN's may be there), else none."""
        id_type = self.id_type.currentData()
        if id_type in OWN_NUMBER_TYPES:
            return self.id_number.text()
        stored_type, stored_number = self.stored_identity
        return stored_number if id_type == stored_type else ""

    def _surely_india(self) -> bool:
        """IND is India, though DJP's own sample writes it for Indonesia: ask once."""
        name = self.fields["name"].text().strip()
        if self.country.text().strip().upper() != INDIA or not name:
            return True  # without a name, the core's refusal comes first
        sure = interaction.prompts.ask_yes_no(
            self,
            self.windowTitle(),
            tr(
                "Country IND is India; Indonesia is IDN (DJP's own sample file mixes them "
                "up). Is {name} a buyer in India?"
            ).format(name=name),
        )
        if not sure:
            self.problem.setText(tr("Not saved: for a buyer in Indonesia, the country is IDN."))
            self.country.setFocus()
        return sure

    def save(self) -> None:
        if not self._surely_india():
            return
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

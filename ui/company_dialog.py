"""The company (the seller on every faktur) and how its invoices are numbered."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.billings import numbering, parties
from app.billings.book_settings import CompanyEntry, save_company
from app.common import clock
from app.common.coretax_codes import GENERIC_CODE
from app.common.errors import Refused
from ui.formatting import PROBLEM_COLOUR, problem_label
from ui.i18n import tr
from ui.unsaved import AsksBeforeDiscarding


class CompanyForm(QWidget):
    """The company and the numbering pattern; a page of Settings and of its own dialog."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("companyForm")
        company = parties.company()
        self.name = QLineEdit(company.name if company else "")
        self.npwp = QLineEdit(parties.show_npwp(company.npwp) if company else "")
        self.address = QLineEdit(company.address if company else "")
        self.phone = QLineEdit(company.phone if company else "")
        self.tku = QLineEdit(company.tku if company else GENERIC_CODE)
        self.pattern = QLineEdit(numbering.current().text)
        for name, edit, hint in [
            ("companyName", self.name, tr("PT Contoh Sejahtera")),
            ("companyNpwp", self.npwp, tr("15 or 16 digits, as on the NPWP card")),
            ("companyAddress", self.address, tr("as registered with DJP")),
            ("companyPhone", self.phone, "+62 21 555 0123"),
            ("companyTku", self.tku, GENERIC_CODE),
            ("invoicePattern", self.pattern, numbering.DEFAULT_PATTERN),
        ]:
            edit.setObjectName(name)
            edit.setPlaceholderText(hint)
        self.tku.setMaxLength(6)
        self.tku.setToolTip(
            tr("Place of business (TKU) for Coretax: 000000 for the head office, else the branch's")
        )
        self.id_tku = QLabel()
        self.id_tku.setObjectName("companyIdTku")
        self.id_tku.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.id_tku.setWordWrap(True)
        for edit in (self.npwp, self.tku):
            edit.textChanged.connect(self._show_id_tku)
        self.preview = QLabel()
        self.preview.setObjectName("invoicePatternPreview")
        self.pattern.textChanged.connect(self._preview)
        seller = QGroupBox(tr("Seller (PKP) on every faktur"))
        seller_form = QFormLayout(seller)
        seller_form.addRow(tr("Company Name"), self.name)
        seller_form.addRow(tr("NPWP"), self.npwp)
        seller_form.addRow(tr("Address"), self.address)
        seller_form.addRow(tr("Phone"), self.phone)
        seller_form.addRow(tr("TKU"), self.tku)
        seller_form.addRow(tr("ID TKU"), self.id_tku)
        numbers = QGroupBox(tr("Invoice numbers"))
        number_form = QFormLayout(numbers)
        number_form.addRow(tr("Pattern"), self.pattern)
        number_form.addRow(tr("Next"), self.preview)
        help_text = QLabel(tr(numbering.HELP))
        help_text.setWordWrap(True)
        help_text.setStyleSheet("color: #4b5563;")
        number_form.addRow(help_text)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(seller)
        layout.addWidget(numbers)
        self._preview()
        self._show_id_tku()

    def _show_id_tku(self, *_: object) -> None:
        """The seller's 22-digit ID TKU for Coretax as typed, or what keeps it from being."""
        try:
            found = parties.seller_id_tku(self.npwp.text(), self.tku.text())
        except Refused as exc:
            self.id_tku.setText(
                tr("<span style='color:{PROBLEM_COLOUR}'>{message}</span>").format(
                    PROBLEM_COLOUR=PROBLEM_COLOUR, message=exc.message
                )
            )
            return
        self.id_tku.setText(tr("{id_tku} (the 16-digit NPWP, then the TKU)").format(id_tku=found))

    def _preview(self, *_: object) -> None:
        try:
            pattern = numbering.read_pattern(self.pattern.text())
        except Refused as exc:
            self.preview.setText(
                tr("<span style='color:{PROBLEM_COLOUR}'>{message}</span>").format(
                    PROBLEM_COLOUR=PROBLEM_COLOUR, message=exc.message
                )
            )
            return
        self.preview.setText(numbering.next_invoice_no(clock.today(), pattern))

    def entry(self) -> CompanyEntry:
        return CompanyEntry(
            self.name.text(),
            self.npwp.text(),
            self.address.text(),
            self.phone.text(),
            self.pattern.text(),
            self.tku.text(),
        )

    def save(self) -> None:
        """Save both or neither; Refused names what is wrong."""
        save_company(self.entry())


class CompanyDialog(AsksBeforeDiscarding, QDialog):
    saved = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("companyDialog")
        self.setWindowTitle(tr("Company & Numbering"))
        self.setMinimumWidth(560)
        self.form = CompanyForm()
        self.problem = problem_label("companyProblem")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)

    def save(self) -> None:
        try:
            self.form.save()
        except Refused as exc:
            self.problem.setText(exc.message)
            return
        self.saved.emit(tr("Company and invoice numbering saved."))
        self.accept()

"""The Customers tab: search, sort, add, edit and delete buyers."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from app.billings.listing import CustomerListing, CustomerRow
from ui.i18n import QT_TR_NOOP, count_of, tr
from ui.table_model import Column, ListingModel
from ui.tables import LoadsWhenShown, make_table, search_box


def _npwp(row: CustomerRow) -> str:
    from app.billings.parties import show_npwp  # stdnum loads when the tab first shows a row

    return show_npwp(row.npwp)


CUSTOMER_COLUMNS: list[Column[CustomerRow]] = [
    Column(QT_TR_NOOP("Customer Name"), lambda r: r.name, "name"),
    Column(QT_TR_NOOP("NPWP"), _npwp, "npwp"),
    Column(QT_TR_NOOP("NIK"), lambda r: r.nik),
    Column(QT_TR_NOOP("E-mail"), lambda r: r.email, "email"),
    Column(QT_TR_NOOP("Phone"), lambda r: r.phone),
    Column(QT_TR_NOOP("Code"), lambda r: r.transaction_code, "transaction_code"),
    Column(QT_TR_NOOP("Taxable"), lambda r: tr("Yes") if r.taxable else tr("No"), "taxable"),
    Column(QT_TR_NOOP("Billings"), lambda r: f"{r.billings:,}", "billings", align_right=True),
]


class CustomersTab(LoadsWhenShown):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = search_box("customerSearch", tr("Search by name, e-mail, NPWP or NIK"))
        self.search.textChanged.connect(self.refresh)
        self.model = ListingModel(CustomerListing, CUSTOMER_COLUMNS, self, load=False)
        self.table = make_table("customersTable", self.model)
        self.count_label = QLabel()
        self.count_label.setObjectName("customerCount")
        bar = QHBoxLayout()
        bar.addWidget(QLabel(tr("<b>Customers</b>")))
        bar.addStretch(1)
        bar.addWidget(self.search, 1)
        self.buttons = QHBoxLayout()
        bar.addLayout(self.buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table)
        layout.addWidget(self.count_label)

    def load(self) -> None:
        text = self.search.text()
        self.model.reload(lambda: CustomerListing(text))
        count = self.model.rowCount()
        self.count_label.setText(
            count_of(count, QT_TR_NOOP("1 customer"), QT_TR_NOOP("{n:,} customers"))
            + (tr(" matching “{text}”").format(text=text.strip()) if text.strip() else "")
        )

    def selected(self) -> CustomerRow | None:
        return self.model.current(self.table)

    def select_id(self, customer_id: int) -> None:
        row = self.model.row_of_id(customer_id)
        if row is not None:
            self.table.selectRow(row)
            self.table.setCurrentIndex(self.model.index(row, 0))

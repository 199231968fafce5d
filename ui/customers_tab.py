"""The Customers tab: search, sort, add, edit and delete buyers."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from app.listing import CustomerListing, CustomerRow
from ui.table_model import Column, ListingModel
from ui.tables import LoadsWhenShown, make_table, search_box


def _npwp(row: CustomerRow) -> str:
    from app.parties import show_npwp  # stdnum loads when the tab first shows a row

    return show_npwp(row.npwp)


CUSTOMER_COLUMNS: list[Column[CustomerRow]] = [
    Column("Customer Name", lambda r: r.name, "name"),
    Column("NPWP", _npwp, "npwp"),
    Column("NIK", lambda r: r.nik),
    Column("E-mail", lambda r: r.email, "email"),
    Column("Phone", lambda r: r.phone),
    Column("Code", lambda r: r.transaction_code, "transaction_code"),
    Column("Taxable", lambda r: "Yes" if r.taxable else "No", "taxable"),
    Column("Billings", lambda r: f"{r.billings:,}", "billings", align_right=True),
]


class CustomersTab(LoadsWhenShown):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = search_box("customerSearch", "Search by name, e-mail, NPWP or NIK")
        self.search.textChanged.connect(self.refresh)
        self.model = ListingModel(CustomerListing, CUSTOMER_COLUMNS, self, load=False)
        self.table = make_table("customersTable", self.model)
        self.count_label = QLabel()
        self.count_label.setObjectName("customerCount")
        bar = QHBoxLayout()
        bar.addWidget(QLabel("<b>Customers</b>"))
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
            f"{count:,} customer{'s' if count != 1 else ''}"
            + (f" matching “{text.strip()}”" if text.strip() else "")
        )

    def selected(self) -> CustomerRow | None:
        return self.model.current(self.table)

    def select_id(self, customer_id: int) -> None:
        row = self.model.row_of_id(customer_id)
        if row is not None:
            self.table.selectRow(row)
            self.table.setCurrentIndex(self.model.index(row, 0))

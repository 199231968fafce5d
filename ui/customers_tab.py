"""The Customers tab: search, sort, add, edit and delete buyers."""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from app.billings.listing import CustomerListing, CustomerRow
from app.common.errors import Refused
from ui import interaction
from ui.i18n import QT_TR_NOOP, count_of, tr
from ui.main_actions import CUSTOMER_BUTTONS, Chosen, MainAction
from ui.table_model import Column, ListingModel
from ui.tables import add_action_buttons, make_table, search_box
from ui.window_tab import LoadsWhenShown


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
        self.table.selectionModel().currentChanged.connect(
            lambda *_: self.selection_changed.emit(Chosen.CUSTOMER)
        )

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

    def place_actions(self, actions: dict[MainAction, QAction]) -> None:
        add_action_buttons(self.buttons, [actions[key] for key in CUSTOMER_BUTTONS])
        edit = actions[MainAction.EDIT_CUSTOMER]
        self.table.activated.connect(lambda *_: edit.trigger())

    def chosen(self, kind: Chosen) -> object:
        return self.selected()

    def new_customer(self) -> QDialog:
        from ui.customer_dialog import CustomerDialog

        dialog = CustomerDialog(None, self.window())
        dialog.saved.connect(self._customer_saved)
        return self.open_dialog(dialog)

    def edit_customer(self) -> QDialog | None:
        from ui.customer_dialog import CustomerDialog

        chosen = self.selected()
        if chosen is None:
            interaction.prompts.refuse(
                self.window(), tr("Edit Customer"), tr("Select a customer first.")
            )
            return None
        dialog = CustomerDialog(chosen.id, self.window())
        dialog.saved.connect(self._customer_saved)
        return self.open_dialog(dialog)

    def _customer_saved(self, customer_id: int, message: str) -> None:
        self.saved.emit(message)
        if self.isVisible():
            self.select_id(customer_id)
        self.selection_changed.emit(Chosen.CUSTOMER)

    def delete_customer(self) -> None:
        from app.billings.parties import delete_customer

        prompts = interaction.prompts
        title = tr("Delete Customer")
        chosen = self.selected()
        if chosen is None:
            prompts.refuse(self.window(), title, tr("Select a customer first."))
            return
        if not prompts.ask_yes_no(
            self.window(), title, tr("Delete customer {name}?").format(name=chosen.name)
        ):
            return
        try:
            name = delete_customer(chosen.id)
        except Refused as exc:
            prompts.refuse(self.window(), title, exc.message)
            return
        self.saved.emit(tr("Customer {name} deleted.").format(name=name))
        prompts.inform(
            self.window(), title, tr("Customer {name} has been deleted.").format(name=name)
        )

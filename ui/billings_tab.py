"""The Billings tab: the billings the filters choose, their sums, and what may be done to
the selected ones, all of them or none: issue, cancel, generate or cancel their
E-Faktur Nos, delete, export the list; new billings and importing them start here too."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from app.billings import billing_actions
from app.billings.listing import BillingListing, BillingRow
from app.book.states import Status
from app.common import clock
from app.common.errors import Refused
from app.efaktur.coretax_import import shown_mismatch
from app.numbers import threshold
from ui import interaction
from ui.dates import PeriodPicker
from ui.formatting import (
    STATUS_COLOURS,
    coretax_colour,
    coretax_number_tip,
    coretax_text,
    day,
    money,
)
from ui.i18n import QT_TR_NOOP, count_of, tr
from ui.main_actions import BILLING_BUTTONS, Chosen, MainAction
from ui.table_model import Column, ListingModel
from ui.tables import add_action_buttons, make_table, search_box
from ui.window_tab import LoadsWhenShown


def _billing_number(row: BillingRow) -> str:
    # "(Not Set)" only where an NSFP is owed (issued without one, on a date e-Faktur
    # desktop numbers), as the Export tab says; a Coretax billing shows Coretax's number
    if row.faktur_no:
        return row.faktur_no
    return row.shown_number or (tr("(Not Set)") if row.awaits_number else "")


def _number_tip(row: BillingRow) -> str:
    if row.faktur_no:
        return coretax_number_tip(row.faktur_no)
    if row.efaktur_no is None and row.cancelled_efaktur_no:
        return tr(
            "E-Faktur No {cancelled_efaktur_no} was cancelled and may serve another invoice"
        ).format(cancelled_efaktur_no=row.cancelled_efaktur_no)
    return ""


BILLING_COLUMNS: list[Column[BillingRow]] = [
    Column(QT_TR_NOOP("Invoice No"), lambda r: r.invoice_no, "invoice_no"),
    Column(QT_TR_NOOP("Customer"), lambda r: r.customer, "customer", gives_way=8),
    Column(QT_TR_NOOP("Invoice Date"), lambda r: day(r.invoice_date), "invoice_date"),
    Column(QT_TR_NOOP("Due Date"), lambda r: day(r.due_date), "due_date"),
    Column(QT_TR_NOOP("Total"), lambda r: money(r.total), "total", align_right=True),
    Column(QT_TR_NOOP("Paid"), lambda r: money(r.paid), "paid", align_right=True),
    Column(
        QT_TR_NOOP("Invoice Tax"), lambda r: tr("On") if r.tax_active else tr("Off"), "tax_active"
    ),
    Column(
        QT_TR_NOOP("E-Faktur No"),
        _billing_number,
        "efaktur_no",
        gives_way=len("000-26.12345619 …"),  # "(cancelled)" may be cut; the tooltip says it
        struck=lambda r: (
            not r.faktur_no and r.efaktur_no is None and r.cancelled_efaktur_no is not None
        ),
        colour=lambda r: "#6b7280" if r.efaktur_no is None and not r.faktur_no else None,
        tooltip=_number_tip,
    ),
    Column(
        QT_TR_NOOP("Coretax"),
        lambda r: coretax_text(r.coretax_status, r.coretax_mismatch),
        "coretax_status",
        colour=lambda r: coretax_colour(r.coretax_status, r.coretax_mismatch),
        tooltip=lambda r: shown_mismatch(r.coretax_mismatch),
        gives_way=8,  # "Approved"; the tooltip and the Export tab say the rest
    ),
    Column(
        QT_TR_NOOP("Status"),
        lambda r: tr(r.status.label),
        "status",
        colour=lambda r: STATUS_COLOURS[r.status],
    ),
]


CORETAX_COLUMN = next(i for i, c in enumerate(BILLING_COLUMNS) if c.sort_key == "coretax_status")


class BillingsTab(LoadsWhenShown):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = search_box("billingSearch", tr("Search by Invoice No or Customer"))
        self.search.textChanged.connect(self.refresh)
        self.status_filter = QComboBox()
        self.status_filter.setObjectName("billingStatusFilter")
        self.status_filter.addItem(tr("All statuses"), None)
        for status in Status:
            self.status_filter.addItem(tr(status.label), status)
        self.status_filter.currentIndexChanged.connect(self.refresh)
        self.period_picker = PeriodPicker("billing")
        self.period_picker.changed.connect(self.refresh)
        self.period = self.period_picker.period
        self.date_from = self.period_picker.date_from
        self.date_to = self.period_picker.date_to
        self.model = ListingModel(BillingListing, BILLING_COLUMNS, self, load=False)
        self.table = make_table("billingsTable", self.model, (2, True))
        self.count_label = QLabel()
        self.count_label.setObjectName("billingTotals")
        self.count_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.count_label.setWordWrap(True)  # PPnBM and PPN not collected lengthen the sums
        bar = QHBoxLayout()
        bar.addWidget(QLabel(tr("<b>Billings</b>")))
        bar.addStretch(1)
        bar.addWidget(self.period_picker)
        bar.addWidget(QLabel(tr("Status")))
        bar.addWidget(self.status_filter)
        bar.addWidget(self.search, 1)
        self.buttons = QHBoxLayout()  # the window's billing actions
        self.buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addLayout(self.buttons)
        layout.addWidget(self.table)
        layout.addWidget(self.count_label)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        selection = self.table.selectionModel()
        for changed in (selection.currentChanged, selection.selectionChanged):
            changed.connect(lambda *_: self.selection_changed.emit(Chosen.BILLINGS))
        self.table.activated.connect(self._billing_activated)

    def bounds(self) -> tuple[date | None, date | None]:
        return self.period_picker.bounds()

    def status(self) -> Status | None:
        chosen = self.status_filter.currentData()  # Qt hands an enum back as its str
        return None if chosen is None else Status(chosen)

    def listing(self) -> BillingListing:
        """The billings the filters choose (the model applies the sort)."""
        start, end = self.bounds()
        return BillingListing(self.search.text(), self.status(), date_from=start, date_to=end)

    def load(self) -> None:
        self.model.reload(self.listing)
        # a book whose fakturs all go through e-Faktur desktop has no Coretax column
        never = self.model.listing.channel.coretax_from is None  # type: ignore[attr-defined]
        self.table.setColumnHidden(CORETAX_COLUMN, never)
        totals = self.model.listing.totals()  # type: ignore[attr-defined]
        taxes = tr("PPN {ppn}").format(ppn=self._tax_sum(totals.ppn, totals.ppn_not_collected))
        if totals.ppnbm:
            taxes += tr(" · PPnBM {ppnbm}").format(
                ppnbm=self._tax_sum(totals.ppnbm, totals.ppnbm_not_collected)
            )
        text = tr("{shown} · DPP {dpp} · {taxes} · Total {total} · Paid {paid}").format(
            shown=count_of(
                totals.count, QT_TR_NOOP("1 billing shown"), QT_TR_NOOP("{n:,} billings shown")
            ),
            dpp=money(totals.dpp),
            taxes=taxes,
            total=money(totals.total),
            paid=money(totals.paid),
        )
        left_out = [
            count_of(n, one, many)
            for n, one, many in (
                (totals.drafts, QT_TR_NOOP("1 draft"), QT_TR_NOOP("{n:,} drafts")),
                (totals.proformas, QT_TR_NOOP("1 proforma"), QT_TR_NOOP("{n:,} proformas")),
                (totals.cancelled, QT_TR_NOOP("1 cancelled"), QT_TR_NOOP("{n:,} cancelled")),
            )
            if n
        ]
        if left_out:
            text += tr(" · {left_out} not counted").format(left_out=", ".join(left_out))
        self.count_label.setText(text)
        self.count_label.setToolTip(
            tr("The sums are of the issued billings; drafts, proformas and cancelled ones are not.")
        )

    def _tax_sum(self, amount: int, not_collected: int) -> str:
        """A tax's sum, naming the part a facility (07/08) states but does not charge: the
        footer adds up to the Total."""
        if not not_collected:
            return money(amount)
        return tr("{amount} ({not_collected} not collected)").format(
            amount=money(amount), not_collected=money(not_collected)
        )

    def selected_billing_ids(self) -> list[int]:
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        found = (self.model.row_at(r) for r in rows)
        return [row.id for row in found if row is not None]

    def current_billing_id(self) -> int | None:
        row = self.model.current(self.table)
        return row.id if row else None

    def select_billing(self, billing_id: int) -> None:
        """Select one billing (after New Billing) if the filters show it."""
        row = self.model.row_of_id(billing_id)
        if row is not None:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))

    def place_actions(self, actions: dict[MainAction, QAction]) -> None:
        for key in (MainAction.OPEN_BILLING, MainAction.DELETE):
            self.table.addAction(actions[key])
        add_action_buttons(
            self.buttons, [None if key is None else actions[key] for key in BILLING_BUTTONS]
        )

    def chosen(self, kind: Chosen) -> object:
        return self.selected_billing_ids(), self.current_billing_id()

    def new_billing(self) -> QDialog:
        from ui.billing_form import BillingForm

        form = BillingForm(None, self.window())
        form.saved.connect(self._billing_saved)
        return self.open_dialog(form)

    def _billing_saved(self, billing_id: int, message: str) -> None:
        self.saved.emit(message)
        if self.isVisible():
            self.select_billing(billing_id)

    def _bulk(
        self,
        title: str,
        question: str,
        do: Callable[[list[int]], str | None],
        failed: str,
    ) -> None:
        """Yes/No, the all-or-nothing service, then OK (or the reasons, nothing changed);
        ``do`` returns None when the user said no to a further question."""
        prompts = interaction.prompts
        ids = self.selected_billing_ids()
        if not ids:
            prompts.refuse(self.window(), title, tr("Select one or more billings first."))
            return
        noun = count_of(
            len(ids), QT_TR_NOOP("1 selected billing"), QT_TR_NOOP("{n:,} selected billings")
        )
        if not prompts.ask_yes_no(self.window(), title, question.format(noun=noun)):
            return
        try:
            message = do(ids)
        except Refused as exc:
            prompts.refuse(self.window(), title, f"{failed}\n\n{exc.message}")
            self.refresh_wanted.emit()
            return
        if message is None:
            return
        self.saved.emit(message)
        prompts.inform(self.window(), title, message)

    def issue_selected(self) -> None:
        from ui.number_actions import issue_asking, number_span

        title = tr("Issue billings")

        def do(ids: list[int]) -> str | None:
            issued = issue_asking(self.window(), title, ids)
            if issued is None:
                return None
            message = count_of(
                len(ids), QT_TR_NOOP("1 billing issued"), QT_TR_NOOP("{n:,} billings issued")
            )
            if issued.assigned:
                message += tr("; {count:,} took E-Faktur No {span}").format(
                    count=len(issued.assigned), span=number_span(issued.assigned)
                )
            if issued.without:
                message += tr("; {count:,} without an E-Faktur No (Not Set)").format(
                    count=len(issued.without)
                )
            return threshold.with_warning(message + ".")

        self._bulk(
            title,
            tr(
                "Issue the {noun}? The taxable ones take their E-Faktur No now; either all are "
                "issued or none is."
            ),
            do,
            tr("No billing was issued."),
        )

    def cancel_selected(self) -> None:
        def do(ids: list[int]) -> str:
            done = billing_actions.cancel_billings(ids)
            return (
                count_of(
                    len(done),
                    QT_TR_NOOP("1 billing cancelled"),
                    QT_TR_NOOP("{n:,} billings cancelled"),
                )
                + f": {', '.join(done[:5])}{'…' if len(done) > 5 else ''}. "
                + tr(
                    "Their E-Faktur Nos stay with them until you cancel each (Cancel E-Faktur No)."
                )
            )

        self._bulk(
            tr("Cancel billings"),
            tr("Are you sure you want to cancel the {noun}? Either all are cancelled or none is."),
            do,
            tr("No billing was cancelled."),
        )

    def cancel_efaktur_nos_selected(self) -> None:
        def do(ids: list[int]) -> str:
            done = billing_actions.cancel_efaktur_nos(ids)
            return tr("{given} cancelled: {numbers}. They are available again.").format(
                given=count_of(
                    len(done), QT_TR_NOOP("1 E-Faktur No"), QT_TR_NOOP("{n:,} E-Faktur Nos")
                ),
                numbers=", ".join(d.number for d in done[:5]) + ("…" if len(done) > 5 else ""),
            )

        self._bulk(
            tr("Cancel E-Faktur No"),
            tr(
                "Cancel the E-Faktur Nos of the {noun}? They become available for other "
                "billings; either all are cancelled or none is."
            ),
            do,
            tr("No E-Faktur No was cancelled."),
        )

    def delete_selected(self) -> None:
        from app.billings.billings import delete_billings

        def do(ids: list[int]) -> str:
            done = delete_billings(ids)
            return (
                count_of(
                    len(done), QT_TR_NOOP("1 billing deleted"), QT_TR_NOOP("{n:,} billings deleted")
                )
                + f": {', '.join(done[:5])}{'…' if len(done) > 5 else ''}."
            )

        self._bulk(
            tr("Delete billings"),
            tr("Delete the {noun} and their lines? This cannot be undone."),
            do,
            tr("No billing was deleted."),
        )

    def export_billing_list(self) -> None:
        from app.billings.billing_sheet import write_billing_list

        prompts = interaction.prompts
        title = tr("Export List")
        if self.stale:
            self.refresh()
        path = prompts.save_path(
            self.window(),
            title,
            f"billings-{clock.today():%Y-%m-%d}.xlsx",
            tr("Excel workbook (*.xlsx);;CSV (*.csv)"),
        )
        if path is None:
            return
        if path.suffix.lower() not in (".xlsx", ".csv"):
            path = path.with_suffix(".xlsx")
        try:
            count = write_billing_list(self.model.listing, path)  # the rows shown, as sorted
        except Refused as exc:
            prompts.refuse(self.window(), title, exc.message)
            return
        message = tr("{count:,} billings written to {name}.").format(count=count, name=path.name)
        self.status_message.emit(message, 15_000)
        prompts.inform(self.window(), title, message)

    def import_billings(self) -> QDialog | None:
        from app.billings.billing_import import plan_import
        from ui.import_dialog import ImportDialog

        prompts = interaction.prompts
        chosen = prompts.open_paths(
            self.window(), tr("Import Billings"), tr("Spreadsheets (*.csv *.xlsx);;All files (*)")
        )
        if not chosen:
            return None
        try:
            plan = plan_import(chosen[0])
        except Refused as exc:
            prompts.refuse(
                self.window(),
                tr("Import Billings"),
                tr("Nothing was imported.\n\n{message}").format(message=exc.message),
            )
            return None
        dialog = ImportDialog(plan, self.window())
        dialog.imported.connect(self.saved)
        return self.open_dialog(dialog)

    def import_from_coretax(self) -> QDialog | None:
        from app.efaktur.coretax_import import plan_coretax_import
        from ui.coretax_import_dialog import TITLE, CoretaxImportDialog

        prompts = interaction.prompts
        chosen = prompts.open_paths(
            self.window(),
            tr(TITLE),
            tr("Coretax Pajak Keluaran export (*.xlsx *.csv);;All files (*)"),
        )
        if not chosen:
            return None
        try:
            plan = plan_coretax_import(chosen[0])
        except Refused as exc:
            prompts.refuse(
                self.window(),
                tr(TITLE),
                tr("Nothing was imported.\n\n{message}").format(message=exc.message),
            )
            return None
        dialog = CoretaxImportDialog(plan, self.window())
        dialog.imported.connect(self.saved)
        return self.open_dialog(dialog)

    def generate_for_selected(self) -> None:
        from ui.number_actions import generate_for

        message = generate_for(self.window(), self.selected_billing_ids())
        if message is not None:
            self.saved.emit(message)
        else:
            self.refresh_wanted.emit()

    def _billing_activated(self, index: QModelIndex) -> None:
        row = self.model.row_at(index.row())
        if row is not None:
            self.billing_opened.emit(row.id)

    def open_current_billing(self) -> None:
        billing_id = self.current_billing_id()
        if billing_id is None:
            interaction.prompts.refuse(
                self.window(), tr("Open Billing"), tr("Select a billing first.")
            )
            return
        self.billing_opened.emit(billing_id)

"""The main window: E-Faktur No, E-Faktur Files and Billings tabs."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from peewee import DoesNotExist
from PySide6.QtCore import QEvent, QModelIndex, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMenu,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.billings import billing_actions
from app.billings.listing import BillingListing, BillingRow
from app.billings.rules import (
    Action,
    BillingFacts,
    CustomerFacts,
    awaits_number,
    may_all,
    may_delete_customer,
)
from app.book.connection import files_folder, fold_wal, is_read_only, open_book_path
from app.book.states import Status
from app.common import clock
from app.common.errors import Refused
from app.common.verdicts import Verdict
from app.efaktur.file_rules import may_withdraw
from app.efaktur.listing import FileListing, FileRow
from app.numbers import threshold
from app.numbers.listing import NumberListing, NumberRow, RangeListing, RangeRow
from app.numbers.ranges import delete_range, range_verdicts
from ui import interaction, preferences
from ui.backup_actions import BackupActions
from ui.book_watch import BookWatch
from ui.customers_tab import CustomersTab
from ui.dates import PeriodPicker
from ui.formatting import (
    STATE_COLOURS,
    STATUS_COLOURS,
    day,
    money,
    problem_label,
    read_only_reason,
    state_label,
    state_tip,
    timestamp,
)
from ui.history_tab import HistoryTab
from ui.i18n import QT_TR_NOOP, count_of, tr
from ui.icons import give_icons, hold_room
from ui.table_model import Column, ListingModel
from ui.tables import (
    LoadsWhenShown,
    add_action_buttons,
    fit_columns,
    keeping_place,
    make_table,
    named_action,
    search_box,
)

if TYPE_CHECKING:  # dialogs load when first opened: the window starts without them
    from ui.billing_detail import BillingDetailDialog
    from ui.export_tab import ExportTab
    from ui.range_dialog import RangeDialog
    from ui.settings_dialog import SettingsDialog
    from ui.threshold_dialog import ThresholdDialog
    from ui.usage_tab import UsageTab
    from ui.year_end_dialog import YearEndDialog


def _billing_number(row: BillingRow) -> str:
    # "(Not Set)" only where a number is owed (issued without one), as the Export tab says
    waiting = awaits_number(row.status, row.tax_active, row.efaktur_no)
    return row.shown_number or (tr("(Not Set)") if waiting else "")


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
        struck=lambda r: r.efaktur_no is None and r.cancelled_efaktur_no is not None,
        colour=lambda r: "#6b7280" if r.efaktur_no is None else None,
        tooltip=lambda r: (
            tr(
                "E-Faktur No {cancelled_efaktur_no} was cancelled and may serve another invoice"
            ).format(cancelled_efaktur_no=r.cancelled_efaktur_no)
            if r.efaktur_no is None and r.cancelled_efaktur_no
            else ""
        ),
    ),
    Column(
        QT_TR_NOOP("Status"),
        lambda r: tr(r.status.label),
        "status",
        colour=lambda r: STATUS_COLOURS[r.status],
    ),
]

RANGE_COLUMNS: list[Column[RangeRow]] = [
    Column(QT_TR_NOOP("Year Period"), lambda r: str(r.year), "year"),
    Column(QT_TR_NOOP("Start Number"), lambda r: r.start, "start"),
    Column(QT_TR_NOOP("End Number"), lambda r: r.end),
    Column(QT_TR_NOOP("Total Number"), lambda r: f"{r.total:,}", align_right=True),
    Column(QT_TR_NOOP("Available Number"), lambda r: f"{r.available:,}", align_right=True),
    Column(QT_TR_NOOP("Grant Letter"), lambda r: day(r.grant_date)),
    Column(QT_TR_NOOP("Note"), lambda r: r.note),
]

NUMBER_COLUMNS: list[Column[NumberRow]] = [
    Column(QT_TR_NOOP("E-Faktur No"), lambda r: r.number, "number"),
    Column(
        QT_TR_NOOP("State"),
        lambda r: state_label(r.state),
        "state",
        colour=lambda r: STATE_COLOURS[r.state],
        tooltip=lambda r: state_tip(r.state),
    ),
    Column(QT_TR_NOOP("Invoice No"), lambda r: r.invoice_no or ""),
]

FILE_COLUMNS: list[Column[FileRow]] = [
    Column(QT_TR_NOOP("E-Faktur No"), lambda r: r.number, "number", tooltip=lambda r: r.faktur_no),
    Column(QT_TR_NOOP("Invoice No"), lambda r: r.invoice_no, "invoice_no"),
    Column(QT_TR_NOOP("Customer"), lambda r: r.customer, "customer", gives_way=8),
    Column(QT_TR_NOOP("Uploaded At"), lambda r: timestamp(r.uploaded_at), "uploaded_at"),
    Column(
        QT_TR_NOOP("E-Faktur Status"),
        lambda r: tr(r.status_label),
        "status",
        colour=lambda r: "#6b7280" if r.withdrawn_reason is not None else None,
        tooltip=lambda r: (
            tr("Withdrawn: {withdrawn_reason}. The number stays uploaded.").format(
                withdrawn_reason=r.withdrawn_reason
            )
            if r.withdrawn_reason is not None
            else ""
        ),
    ),
    Column(
        QT_TR_NOOP("File"),
        lambda r: r.file_name,
        struck=lambda r: r.withdrawn_reason is not None,
        gives_way=20,  # the number it names is in the first column
    ),
]


class NumbersTab(QWidget):
    """Ranges on top; below, every number of the selected range (or all)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.range_model = ListingModel(RangeListing, RANGE_COLUMNS, self)
        self._ranges_fitted = False
        self.ranges = make_table("rangesTable", self.range_model, sort=None)
        self.ranges.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.ranges.selectionModel().selectionChanged.connect(self._filters_changed)
        self.summary = QLabel()
        self.summary.setObjectName("availabilitySummary")

        self.state_filter = QComboBox()
        self.state_filter.setObjectName("numberStateFilter")
        self.state_filter.addItem(tr("All states"), None)
        for key in STATE_COLOURS:
            label = state_label(key)
            self.state_filter.addItem(label, key)
        self.state_filter.currentIndexChanged.connect(self._filters_changed)
        self.year_filter = QComboBox()
        self.year_filter.setObjectName("numberYearFilter")
        self.year_filter.currentIndexChanged.connect(self._filters_changed)
        yy = clock.today().year % 100
        self.search = search_box(
            "numberSearch",
            tr("Find number: 000-{yy:02d}.12345619 or 010.000-{yy:02d}.12345619").format(yy=yy),
        )
        self.search.returnPressed.connect(self._filters_changed)
        self.search.textChanged.connect(lambda text: text or self._filters_changed())
        self.show_all = QPushButton(tr("All ranges"))
        self.show_all.setObjectName("showAllRanges")
        self.show_all.clicked.connect(self.ranges.clearSelection)
        self.scope = QLabel()
        self.scope.setObjectName("numbersScope")
        self.message = problem_label("numberSearchMessage", wrap=False)

        self.number_model = ListingModel(NumberListing, NUMBER_COLUMNS, self, load=False)
        self.numbers = make_table("numbersTable", self.number_model)
        self.numbers.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.numbers.setColumnWidth(0, 160)
        self.numbers.setColumnWidth(1, 110)

        filters = QHBoxLayout()
        filters.addWidget(QLabel(tr("Year")))
        filters.addWidget(self.year_filter)
        filters.addWidget(QLabel(tr("State")))
        filters.addWidget(self.state_filter)
        filters.addWidget(self.search, 1)
        filters.addWidget(self.show_all)

        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        heading = QHBoxLayout()
        heading.addWidget(QLabel(tr("<b>E-Faktur No ranges</b> granted by DJP (e-Nofa)")))
        heading.addStretch(1)
        heading.addWidget(self.summary)
        self.range_buttons = QHBoxLayout()  # a row of its own: one row is too narrow in Bahasa
        self.range_buttons.addStretch(1)
        top_layout.addLayout(heading)
        top_layout.addLayout(self.range_buttons)
        top_layout.addWidget(self.ranges)
        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addWidget(self.scope)  # a line of its own: a range's name is long
        bottom_layout.addLayout(filters)
        bottom_layout.addWidget(self.message)
        bottom_layout.addWidget(self.numbers)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setObjectName("numbersSplitter")
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        splitter.setSizes([150, 450])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.refresh()

    def selected_range(self) -> RangeRow | None:
        rows = self.ranges.selectionModel().selectedRows()
        return self.range_model.row_at(rows[0].row()) if rows else None

    def _filters_changed(self, *_: object) -> None:
        chosen = self.selected_range()
        state = self.state_filter.currentData()
        search = self.search.text()
        year = None if search.strip() else self.year_filter.currentData()  # a number names its year
        try:
            self.number_model.reload(
                lambda: NumberListing(
                    state=state,
                    range_id=chosen.id if chosen else None,
                    year=year,
                    search=search,
                )
            )
        except Refused as exc:
            self.message.setText(exc.message)
            self.message.show()
            return
        self.message.hide()
        self.scope.setText(
            tr("Numbers of range {start} .. {end}").format(start=chosen.start, end=chosen.end)
            if chosen
            else tr("Numbers of all ranges")
        )

    def _fill_years(self, years: list[int]) -> None:
        # the first time, this year's numbers: last year's are mostly expired leftovers
        this_year = clock.today().year
        wanted = self.year_filter.currentData() if self.year_filter.count() else this_year
        self.year_filter.blockSignals(True)
        self.year_filter.clear()
        self.year_filter.addItem(tr("All years"), None)
        for year in years:
            self.year_filter.addItem(str(year), year)
        found = self.year_filter.findData(wanted)
        self.year_filter.setCurrentIndex(max(found, 0))
        self.year_filter.blockSignals(False)

    def refresh(self) -> None:
        chosen = self.selected_range()
        self.range_model.reload()
        if not self._ranges_fitted:  # once there are rows; then the widths are the user's
            fit_columns(self.ranges)
            self._ranges_fitted = self.range_model.rowCount() > 0
        if chosen is not None and (row := self.range_model.row_of_id(chosen.id)) is not None:
            self.ranges.selectRow(row)
        rows = [self.range_model.row_at(r) for r in range(self.range_model.rowCount())]
        self._fill_years(sorted({r.year for r in rows}))
        with keeping_place(self.numbers):
            self._filters_changed()
        year = clock.today().year
        this_year = [r for r in rows if r.year == year]
        if this_year:
            available = sum(r.available for r in this_year)
            total = sum(r.total for r in this_year)
            self.summary.setText(
                tr("Available for {year}: {available:,} of {total:,}").format(
                    year=year, available=available, total=total
                )
            )
        elif rows:
            latest = max(r.year for r in rows)
            available = sum(r.available for r in rows if r.year == latest)
            self.summary.setText(
                tr("No range recorded for {year}. Available for {latest}: {available:,}").format(
                    year=year, latest=latest, available=available
                )
            )
        else:
            self.summary.setText(tr("No range recorded yet."))


class FilesTab(LoadsWhenShown):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = search_box("filesSearch", tr("Search by Invoice No"))
        self.search.textChanged.connect(self.refresh)
        self.model = ListingModel(FileListing, FILE_COLUMNS, self)
        self.table = make_table("filesTable", self.model, (3, Qt.SortOrder.DescendingOrder))
        self.empty_note = QLabel()
        self.empty_note.setObjectName("filesEmptyNote")
        self.empty_note.setStyleSheet("color: #4b5563;")
        bar = QHBoxLayout()
        bar.addWidget(QLabel(tr("<b>e-Faktur files</b> approved by DJP")))
        bar.addStretch(1)
        bar.addWidget(self.search, 1)
        self.buttons = QHBoxLayout()  # the window puts its file actions here
        bar.addLayout(self.buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table)
        layout.addWidget(self.empty_note)

    def selected_file(self) -> FileRow | None:
        return self.model.current(self.table)

    def load(self) -> None:
        text = self.search.text().strip()
        self.model.reload(lambda: FileListing(text))
        if self.model.rowCount() == 0:
            self.empty_note.setText(
                tr("No e-Faktur file has been uploaded for “{text}”.").format(text=text)
                if text
                else tr("No e-Faktur file has been uploaded yet.")
            )
            self.empty_note.show()
        else:
            self.empty_note.hide()


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
        self.table = make_table("billingsTable", self.model, (2, Qt.SortOrder.DescendingOrder))
        self.count_label = QLabel()
        self.count_label.setObjectName("billingTotals")
        self.count_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(tr("<b>Billings</b>")))
        bar.addStretch(1)
        bar.addWidget(self.period_picker)
        bar.addWidget(QLabel(tr("Status")))
        bar.addWidget(self.status_filter)
        bar.addWidget(self.search, 1)
        self.buttons = QHBoxLayout()  # the window puts its billing actions here
        self.buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addLayout(self.buttons)
        layout.addWidget(self.table)
        layout.addWidget(self.count_label)

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
        totals = self.model.listing.totals()  # type: ignore[attr-defined]
        text = tr("{shown} · DPP {dpp} · PPN {ppn} · Total {total} · Paid {paid}").format(
            shown=count_of(
                totals.count, QT_TR_NOOP("1 billing shown"), QT_TR_NOOP("{n:,} billings shown")
            ),
            dpp=money(totals.dpp),
            ppn=money(totals.ppn),
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


class MainWindow(QMainWindow):
    def __init__(self, book_path: Path | None = None) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.book_path = book_path
        self.read_only = is_read_only()
        title = (
            tr("E-Faktur Desk — {name}").format(name=book_path.name)
            if book_path
            else "E-Faktur Desk"
        )
        self.setWindowTitle(title + (tr(" (read-only)") if self.read_only else ""))
        self.resize(1180, 720)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("mainTabs")
        self.numbers_tab = NumbersTab()
        self.files_tab = FilesTab()
        self.billings_tab = BillingsTab()
        self.tabs.addTab(self.numbers_tab, tr("E-Faktur No"))
        self.tabs.addTab(self.files_tab, tr("E-Faktur Files"))
        self.tabs.addTab(self.billings_tab, tr("Billings"))
        self.customers_tab = CustomersTab()
        self.tabs.addTab(self.customers_tab, tr("Customers"))
        self.export_host = QWidget()  # built when first shown, like Usage
        self.export_host.setObjectName("exportHost")
        QVBoxLayout(self.export_host).setContentsMargins(0, 0, 0, 0)
        self._export_tab: ExportTab | None = None
        self.tabs.addTab(self.export_host, tr("Export CSV"))
        self.usage_host = QWidget()  # the chart is built when first shown (Qt Charts loads then)
        self.usage_host.setObjectName("usageHost")
        QVBoxLayout(self.usage_host).setContentsMargins(0, 0, 0, 0)
        self._usage_tab: UsageTab | None = None
        self.tabs.addTab(self.usage_host, tr("Usage"))
        self.history_tab = HistoryTab()
        self.tabs.addTab(self.history_tab, tr("History"))
        self.usage_stale = True  # drawn when first shown: a big book pays only then
        self.tabs.currentChanged.connect(self._tab_changed)
        self.banner = QLabel()
        self.banner.setObjectName("thresholdBanner")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(
            "background: #fef3c7; color: #78350f; border: 1px solid #f59e0b; "
            "border-radius: 4px; padding: 6px 10px;"
        )
        central = QWidget()
        central_layout = QVBoxLayout(central)
        central_layout.setContentsMargins(6, 6, 6, 0)
        central_layout.addWidget(self.banner)
        central_layout.addWidget(self.tabs)
        self.setCentralWidget(central)
        self.detail: BillingDetailDialog | None = None
        self.dialog: QDialog | None = None  # the range/threshold/year-end dialog open now

        self.open_billing_action = QAction(tr("&Open Billing"), self)
        self.open_billing_action.setObjectName("actionOpenBilling")
        self.open_billing_action.setShortcut(QKeySequence(Qt.Key.Key_Return))
        self.open_billing_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.open_billing_action.triggered.connect(self.open_current_billing)
        self.billings_tab.table.addAction(self.open_billing_action)
        self.billings_tab.table.activated.connect(self._billing_activated)
        self.billings_tab.table.selectionModel().currentChanged.connect(
            self._update_billing_actions
        )

        self.refresh_action = QAction(tr("&Refresh"), self)
        self.refresh_action.setObjectName("actionRefresh")
        self.refresh_action.setShortcuts(
            list(
                dict.fromkeys(
                    [
                        QKeySequence("F5"),
                        *QKeySequence.keyBindings(QKeySequence.StandardKey.Refresh),
                    ]
                )
            )
        )
        self.refresh_action.triggered.connect(self.refresh_all)
        quit_action = QAction(tr("&Quit"), self)
        quit_action.setObjectName("actionQuit")
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)

        self.add_range_action = self._action(tr("+ Tax Number…"), "actionAddRange", self.add_range)
        self.add_range_action.setToolTip(
            tr("Record a range of E-Faktur Nos granted by DJP (e-Nofa)")
        )
        self.edit_range_action = self._action(tr("Edit Range…"), "actionEditRange", self.edit_range)
        self.delete_range_action = self._action(
            tr("Delete Range"), "actionDeleteRange", self.delete_range
        )
        self.threshold_action = self._action(
            tr("Threshold…"), "actionThresholdSettings", self.edit_threshold
        )
        self.threshold_action.setToolTip(tr("Warn when few E-Faktur Nos are left"))
        self.year_end_action = self._action(tr("Year End…"), "actionYearEnd", self.show_year_end)
        self.year_end_action.setToolTip(tr("A past year's unused numbers, to delete in e-Faktur"))
        self.upload_action = self._action(
            tr("Upload E-Faktur…"), "actionUploadEfaktur", self.upload_efaktur
        )
        self.upload_action.setToolTip(tr("Attach the approved e-Faktur PDFs (a .zip or PDFs)"))
        self.open_file_action = self._action(
            tr("Open File"), "actionOpenEfakturFile", self.open_file
        )
        self.open_externally_action = self._action(
            tr("Open with System Viewer"), "actionOpenEfakturFileExternally", self.open_externally
        )
        self.withdraw_file_action = self._action(
            tr("Withdraw File…"), "actionWithdrawEfakturFile", self.withdraw_file
        )
        add_action_buttons(
            self.files_tab.buttons,
            [
                self.upload_action,
                self.open_file_action,
                self.open_externally_action,
                self.withdraw_file_action,
            ],
        )
        self.files_tab.table.selectionModel().currentChanged.connect(self._update_file_actions)
        self.files_tab.table.activated.connect(lambda *_: self.open_file_action.trigger())
        self.show_number_action = self._action(
            tr("Number Details…"), "actionShowNumber", self.show_number
        )
        self.show_number_action.setShortcut(QKeySequence(Qt.Key.Key_Return))
        self.show_number_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.numbers_tab.numbers.addAction(self.show_number_action)
        self.numbers_tab.numbers.activated.connect(lambda *_: self.show_number_action.trigger())
        self.numbers_tab.numbers.selectionModel().currentChanged.connect(
            self._update_number_actions
        )
        self.export_csv_action = self._action(
            tr("Export CSV…"), "actionShowExport", self.show_export
        )
        self.export_csv_action.setShortcut(QKeySequence("Ctrl+E"))
        self.export_csv_action.setToolTip(tr("The CSV that e-Faktur desktop imports"))
        self.generate_selected_action = self._action(
            tr("Generate E-Faktur No for Selected"),
            "actionGenerateEfakturNoSelected",
            self.generate_for_selected,
        )
        add_action_buttons(
            self.numbers_tab.range_buttons,
            [
                self.add_range_action,
                self.edit_range_action,
                self.delete_range_action,
                self.threshold_action,
                self.year_end_action,
            ],
        )
        self.numbers_tab.ranges.selectionModel().selectionChanged.connect(
            self._update_range_actions
        )
        self.billings_tab.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.billings_tab.table.selectionModel().selectionChanged.connect(
            self._update_billing_actions
        )

        self._build_billing_actions()
        self._build_customer_actions()
        self.company_action = self._action(
            tr("Company && Numbering…"), "actionCompanySettings", self.edit_company
        )
        self.company_action.setToolTip(
            tr("The seller on every faktur, and how invoices are numbered")
        )
        self.import_billings_action = self._action(
            tr("Import Billings…"), "actionImportBillings", self.import_billings
        )
        self.import_billings_action.setToolTip(
            tr("Billings from a .csv or .xlsx, one row per line; you see every problem first")
        )

        self.settings_action = self._action(tr("Settings…"), "actionSettings", self.edit_settings)
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.settings_action.setShortcut(QKeySequence.StandardKey.Preferences)
        self.settings_action.setToolTip(
            tr("Company, numbering, warning, backups, language and data folder")
        )
        self.find_action = self._action(tr("Find"), "actionFind", self.find)
        self.find_action.setShortcut(QKeySequence.StandardKey.Find)
        self.find_action.setToolTip(tr("Go to the search box of this tab"))
        self.open_log_action = self._action(
            tr("Open Log Folder"), "actionOpenLogFolder", self.open_log_folder
        )
        self.open_log_action.setToolTip(tr("Where unexpected errors are written down"))
        self.check_history_action = self._action(
            tr("Check History"), "actionCheckHistory", self.check_history
        )
        self.check_history_action.setToolTip(
            tr("Check that no history entry was forged, rewritten, back-dated or removed")
        )
        self.backup = BackupActions(self)
        self._add_menu(
            tr("&File"),
            [
                self.settings_action,
                self.company_action,
                self.import_billings_action,
                None,
                self.backup.back_up_now_action,
                self.backup.backups_action,
                None,
                quit_action,
            ],
        )
        self._add_menu(tr("&View"), [self.find_action, self.refresh_action])
        self._add_menu(
            tr("&E-Faktur"),
            [
                self.add_range_action,
                self.edit_range_action,
                self.delete_range_action,
                self.show_number_action,
                None,
                self.threshold_action,
                self.year_end_action,
                None,
                self.export_csv_action,
                self.upload_action,
            ],
        )
        self._add_menu(tr("&Billing"), [*self.billing_tab_actions, self.import_billings_action])
        self._add_menu(tr("&Customer"), self.customer_tab_actions)
        self._add_menu(tr("&Help"), [self.check_history_action, self.open_log_action])
        for menu in self.menuBar().findChildren(QMenu):
            menu.setToolTipsVisible(True)
        hold_room(self.findChildren(QAction))
        self.icons_given = False  # after the first paint: see event()
        self._build_toolbar()
        self.statusBar().showMessage(str(book_path) if book_path else "")
        self.writing_actions = {
            self.add_range_action,
            self.edit_range_action,
            self.delete_range_action,
            self.threshold_action,
            self.upload_action,
            self.withdraw_file_action,
            self.generate_selected_action,
            self.new_billing_action,
            self.issue_selected_action,
            self.cancel_selected_action,
            self.cancel_efaktur_nos_action,
            self.delete_selected_action,
            self.new_customer_action,
            self.edit_customer_action,
            self.delete_customer_action,
            self.company_action,
            self.import_billings_action,
        }
        if self.read_only:
            self._show_read_only()
        self._update_banner()
        self._update_actions()
        self._update_file_actions()
        preferences.restore_window(self, self.tabs)
        self.book_watch = BookWatch(self)
        self.book_watch.changed.connect(self._changed_elsewhere)

    def _build_toolbar(self) -> None:
        self.generate_selected_action.setIconText(tr("Generate No"))
        self.backup.back_up_now_action.setIconText(tr("Back Up"))  # the bar fits 1024 px
        bar = self.addToolBar(tr("Main"))
        bar.setObjectName("mainToolBar")
        bar.setMovable(False)
        bar.setIconSize(QSize(20, 20))
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        groups = [
            [self.new_billing_action, self.issue_selected_action, self.generate_selected_action],
            [self.add_range_action, self.upload_action, self.export_csv_action],
            [self.backup.back_up_now_action, self.refresh_action, self.settings_action],
        ]
        for i, group in enumerate(groups):
            if i:
                bar.addSeparator()
            bar.addActions(group)
        # F5 and its round arrow say it: the room goes to Settings' words (1024 px, Bahasa)
        refresh = bar.widgetForAction(self.refresh_action)
        refresh.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)  # type: ignore[union-attr]

    def _show_read_only(self) -> None:
        """Another copy has the book: every action that writes stays off, with the reason."""
        for action in self.writing_actions:
            self._allow(action, read_only_reason())
        self.banner_read_only = QLabel(tr("Read-only. {reason}").format(reason=read_only_reason()))
        self.banner_read_only.setObjectName("readOnlyBanner")
        self.banner_read_only.setWordWrap(True)
        self.banner_read_only.setStyleSheet(
            "background: #e0e7ff; color: #1e3a8a; border: 1px solid #6366f1; "
            "border-radius: 4px; padding: 6px 10px;"
        )
        layout = self.centralWidget().layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(0, self.banner_read_only)

    def event(self, event: QEvent) -> bool:
        if not getattr(self, "icons_given", True) and event.type() == QEvent.Type.Paint:
            self.icons_given = True
            QTimer.singleShot(0, lambda: give_icons(self.findChildren(QAction)))
        return super().event(event)

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        self.backup.wait()  # a daily backup under way finishes first
        if not self.read_only:  # a read-only window writes nothing anywhere
            preferences.save_window(self, self.tabs)
        super().closeEvent(event)

    def _add_menu(self, title: str, actions: list[QAction | None]) -> QMenu:
        """A menu of ``actions``; None draws a separator."""
        menu = self.menuBar().addMenu(title)
        for action in actions:
            if action is None:
                menu.addSeparator()
            else:
                menu.addAction(action)
        return menu

    def _action(self, text: str, name: str, slot: Callable[[], object]) -> QAction:
        return named_action(self, text, name, slot)

    def _allow(self, action: QAction, reason: str | None, tip: str = "") -> None:
        """Enable ``action`` unless there is a ``reason`` not to, which becomes its tooltip."""
        if self.read_only and action in getattr(self, "writing_actions", ()):
            reason = read_only_reason()
        action.setEnabled(reason is None)
        action.setToolTip(reason or tip or action.text().rstrip("…"))
        action.setStatusTip(reason or "")

    def _update_actions(self, *_: object) -> None:
        self._update_number_actions()
        self._update_billing_actions()
        self._update_range_actions()
        self._update_customer_actions()

    def _update_range_actions(self, *_: object) -> None:
        # apart from billing clicks: asking a range about its used numbers reads the range
        rng = self.numbers_tab.selected_range()
        if rng is None:
            no_range = tr("Select a range in the E-Faktur No ranges table first.")
            self._allow(self.edit_range_action, no_range)
            self._allow(self.delete_range_action, no_range)
        else:
            try:
                may_edit, may_delete = range_verdicts(rng.id)
            except Refused as exc:  # deleted meanwhile
                may_edit = may_delete = Verdict(False, exc.message)
            span = {"start": rng.start, "end": rng.end}
            self._allow(
                self.edit_range_action,
                may_edit.reason or None,
                tr("Change range {start} .. {end}").format(**span),
            )
            self._allow(
                self.delete_range_action,
                may_delete.reason or None,
                tr("Delete range {start} .. {end}").format(**span),
            )

    def _update_number_actions(self, *_: object) -> None:
        chosen = self.numbers_tab.number_model.current(self.numbers_tab.numbers)
        self._allow(
            self.show_number_action,
            tr("Select a number first.") if chosen is None else None,
            tr("Its state, the billings it served, its files and its history"),
        )

    def _update_file_actions(self, *_: object) -> None:
        chosen = self.files_tab.selected_file()
        none = tr("Select a file first") if chosen is None else None
        self._allow(self.open_file_action, none, tr("Show the PDF here"))
        self._allow(self.open_externally_action, none, tr("Open the PDF in your PDF reader"))
        self._allow(
            self.withdraw_file_action,
            none or self._withdraw_refusal(chosen.id),
            tr("Take a wrongly attached file off the list (its number stays uploaded)"),
        )

    @staticmethod
    def _withdraw_refusal(file_id: int) -> str | None:
        try:
            return may_withdraw(file_id).reason or None
        except Refused as exc:  # deleted meanwhile
            return exc.message

    def _build_billing_actions(self) -> None:
        self.new_billing_action = self._action(
            tr("New Billing…"), "actionNewBilling", self.new_billing
        )
        self.new_billing_action.setShortcut(QKeySequence.StandardKey.New)
        self.issue_selected_action = self._action(
            tr("Issue"), "actionIssueSelected", self.issue_selected
        )
        self.cancel_selected_action = self._action(
            tr("Cancel Billing"), "actionCancelSelected", self.cancel_selected
        )
        self.cancel_efaktur_nos_action = self._action(
            tr("Cancel E-Faktur No"),
            "actionCancelEfakturNoSelected",
            self.cancel_efaktur_nos_selected,
        )
        self.delete_selected_action = self._action(
            tr("Delete"), "actionDeleteSelected", self.delete_selected
        )
        self.delete_selected_action.setShortcut(QKeySequence.StandardKey.Delete)
        self.delete_selected_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.billings_tab.table.addAction(self.delete_selected_action)
        self.export_list_action = self._action(
            tr("Export List…"), "actionExportBillingList", self.export_billing_list
        )
        self.billing_tab_actions = [
            self.new_billing_action,
            self.open_billing_action,
            None,
            self.issue_selected_action,
            self.cancel_selected_action,
            self.generate_selected_action,
            self.cancel_efaktur_nos_action,
            self.delete_selected_action,
            None,
            self.export_list_action,
        ]
        add_action_buttons(self.billings_tab.buttons, self.billing_tab_actions)

    def _build_customer_actions(self) -> None:
        self.new_customer_action = self._action(
            tr("New Customer…"), "actionNewCustomer", self.new_customer
        )
        self.edit_customer_action = self._action(
            tr("Edit Customer…"), "actionEditCustomer", self.edit_customer
        )
        self.delete_customer_action = self._action(
            tr("Delete Customer"), "actionDeleteCustomer", self.delete_customer
        )
        self.customer_tab_actions = [
            self.new_customer_action,
            self.edit_customer_action,
            self.delete_customer_action,
        ]
        add_action_buttons(self.customers_tab.buttons, self.customer_tab_actions)
        self.customers_tab.table.selectionModel().currentChanged.connect(
            self._update_customer_actions
        )
        self.customers_tab.table.activated.connect(lambda *_: self.edit_customer_action.trigger())

    def _update_customer_actions(self, *_: object) -> None:
        chosen = self.customers_tab.selected()
        none = tr("Select a customer first.") if chosen is None else None
        self._allow(self.edit_customer_action, none)
        stays = (
            None
            if chosen is None
            else may_delete_customer(CustomerFacts(chosen.name, chosen.billings)).reason
        )
        self._allow(self.delete_customer_action, none or stays or None)

    @staticmethod
    def _bulk_reason(action: Action, facts: list[BillingFacts] | None) -> str | None:
        """Why the selected billings may not all take ``action``, or None if they may;
        ``facts`` None: too many to ask here (the service checks anyway)."""
        if facts is None:
            return None
        verdict = may_all(facts, action)
        return None if verdict else verdict.reason

    def _update_billing_actions(self, *_: object) -> None:
        has_billing = self.billings_tab.current_billing_id() is not None
        self._allow(
            self.open_billing_action, None if has_billing else tr("Select a billing first.")
        )
        try:
            ids = self.billings_tab.selected_billing_ids()
            # one query for all five answers; a huge selection costs a query per 900 rows
            facts = billing_actions.held_facts(ids) if len(ids) <= 2_000 else None
            reasons = {
                action: self._bulk_reason(kind, facts)
                for action, kind in (
                    (self.issue_selected_action, Action.ISSUE),
                    (self.cancel_selected_action, Action.CANCEL),
                    (self.generate_selected_action, Action.GENERATE_EFAKTUR_NO),
                    (self.cancel_efaktur_nos_action, Action.CANCEL_EFAKTUR_NO),
                    (self.delete_selected_action, Action.DELETE),
                )
            }
        except Refused:  # a selected billing was deleted meanwhile
            ids, reasons = [], {}
        n = count_of(
            len(ids), QT_TR_NOOP("1 selected billing"), QT_TR_NOOP("{n:,} selected billings")
        )
        unknown = tr("Select one or more billings first.")
        self._allow(
            self.issue_selected_action,
            reasons.get(self.issue_selected_action, unknown),
            tr("Issue the {n}; taxable ones take their E-Faktur No (all or none)").format(n=n),
        )
        self._allow(
            self.cancel_selected_action,
            reasons.get(self.cancel_selected_action, unknown),
            tr("Cancel the {n} (all or none)").format(n=n),
        )
        self._allow(
            self.generate_selected_action,
            reasons.get(self.generate_selected_action, unknown),
            tr("Give the {n} their E-Faktur No, all or none").format(n=n),
        )
        self._allow(
            self.cancel_efaktur_nos_action,
            reasons.get(self.cancel_efaktur_nos_action, unknown),
            tr("Give the E-Faktur Nos of the {n} back, all or none").format(n=n),
        )
        self._allow(
            self.delete_selected_action,
            reasons.get(self.delete_selected_action, unknown),
            tr("Delete the {n}").format(n=n),
        )

    def _update_banner(self) -> None:
        warning = threshold.warning()
        self.banner.setText(f"⚠ {warning}" if warning else "")
        self.banner.setVisible(warning is not None)

    @property
    def usage_tab(self) -> UsageTab:
        if self._usage_tab is None:
            from ui.usage_tab import UsageTab

            self._usage_tab = UsageTab()
            self.usage_host.layout().addWidget(self._usage_tab)
            self.usage_stale = True
        return self._usage_tab

    @property
    def export_tab(self) -> ExportTab:
        if self._export_tab is None:
            from ui.export_tab import ExportTab

            self._export_tab = ExportTab()
            self._export_tab.changed.connect(self._saved)
            self.export_host.layout().addWidget(self._export_tab)
        return self._export_tab

    def show_export(self) -> None:
        """Ctrl+E: on the Export CSV tab, export the selection; elsewhere, go there."""
        if self.tabs.currentWidget() is self.export_host:
            self.export_tab.export_action.trigger()
        else:
            self.tabs.setCurrentWidget(self.export_host)

    def _tab_changed(self, index: int) -> None:
        if self.tabs.widget(index) is self.export_host:
            self.export_tab.refresh()
        if self.tabs.widget(index) is self.usage_host and self.usage_stale:
            self.usage_tab.refresh()
            self.usage_stale = False

    # -- ranges, threshold, year end ---------------------------------------------

    def _open_dialog(self, dialog: QDialog) -> QDialog:
        if self.dialog is not None:
            self.dialog.close()
            self.dialog.deleteLater()
        self.dialog = dialog
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.show()
        return dialog

    def _saved(self, message: str) -> None:
        self.refresh_all()
        self.statusBar().showMessage(message, 15_000)

    def add_range(self) -> RangeDialog:
        from ui.range_dialog import RangeDialog

        dialog = RangeDialog(self)
        dialog.saved.connect(self._saved)
        self._open_dialog(dialog)
        return dialog

    def edit_range(self) -> RangeDialog | None:
        rng = self.numbers_tab.selected_range()
        if rng is None:
            interaction.prompts.refuse(self, tr("Edit Range"), tr("Select a range first."))
            return None
        from ui.range_dialog import RangeDialog

        dialog = RangeDialog(self, rng.id)
        dialog.saved.connect(self._saved)
        self._open_dialog(dialog)
        return dialog

    def delete_range(self) -> None:
        rng = self.numbers_tab.selected_range()
        prompts = interaction.prompts
        if rng is None:
            prompts.refuse(self, tr("Delete Range"), tr("Select a range first."))
            return
        if not prompts.ask_yes_no(
            self,
            tr("Delete Range"),
            tr(
                "Delete range {start} .. {end} and its {total:,} numbers? None of them was ever "
                "used."
            ).format(start=rng.start, end=rng.end, total=rng.total),
        ):
            return
        try:
            text = delete_range(rng.id)
        except Refused as exc:
            prompts.refuse(self, tr("Delete Range"), exc.message)
            self.refresh_all()
            return
        self.numbers_tab.ranges.clearSelection()
        self._saved(tr("Range {text} deleted.").format(text=text))
        prompts.inform(
            self, tr("Delete Range"), tr("Range {text} has been deleted.").format(text=text)
        )

    def show_number(self) -> QDialog | None:
        from ui.number_dialog import NumberDialog

        chosen = self.numbers_tab.number_model.current(self.numbers_tab.numbers)
        if chosen is None:
            return None
        return self._open_dialog(NumberDialog(chosen.id, self))

    def edit_threshold(self) -> ThresholdDialog:
        from ui.threshold_dialog import ThresholdDialog

        dialog = ThresholdDialog(self)
        dialog.saved.connect(lambda: self._saved(tr("Low-number warning saved.")))
        self._open_dialog(dialog)
        return dialog

    def show_year_end(self) -> YearEndDialog:
        from ui.year_end_dialog import YearEndDialog

        dialog = YearEndDialog(self)
        self._open_dialog(dialog)
        return dialog

    # -- e-Faktur files -----------------------------------------------------------

    def upload_efaktur(self) -> QDialog | None:
        from app.efaktur import efaktur_upload
        from ui.upload_dialog import UploadDialog

        paths = interaction.prompts.open_paths(
            self, tr("Upload E-Faktur"), tr("e-Faktur files (*.zip *.pdf);;All files (*)")
        )
        if not paths:
            return None
        matches = efaktur_upload.match_offered(efaktur_upload.read_offered(paths))
        dialog = UploadDialog(matches, files_folder(open_book_path()), self)
        dialog.attached.connect(self._saved)
        return self._open_dialog(dialog)

    def _chosen_file_path(self, title: str) -> tuple[FileRow, Path] | None:
        from app.efaktur.efaktur_files import stored_path

        chosen = self.files_tab.selected_file()
        if chosen is None:
            interaction.prompts.refuse(self, title, tr("Select a file first."))
            return None
        path = stored_path(files_folder(open_book_path()), chosen.sha256)
        if not path.is_file():
            interaction.prompts.refuse(
                self,
                title,
                tr("The stored copy of {file_name} is missing from {parent}.").format(
                    file_name=chosen.file_name, parent=path.parent
                ),
            )
            return None
        return chosen, path

    def open_file(self) -> QDialog | None:
        from ui.pdf_viewer import PdfViewer

        found = self._chosen_file_path(tr("Open File"))
        if found is None:
            return None
        chosen, path = found
        title = tr("E-Faktur {faktur_no} — {invoice_no}").format(
            faktur_no=chosen.faktur_no, invoice_no=chosen.invoice_no
        )
        return self._open_dialog(PdfViewer(path, title, self))

    def open_externally(self) -> None:
        found = self._chosen_file_path(tr("Open with System Viewer"))
        if found is not None and not interaction.prompts.open_externally(found[1]):
            interaction.prompts.refuse(
                self,
                tr("Open with System Viewer"),
                tr("No program on this computer opens PDF files."),
            )

    def withdraw_file(self) -> None:
        from app.efaktur.efaktur_files import withdraw

        prompts = interaction.prompts
        title = tr("Withdraw File")
        chosen = self.files_tab.selected_file()
        if chosen is None:
            prompts.refuse(self, title, tr("Select a file first."))
            return
        reason = prompts.pick_text(
            self,
            title,
            tr("Why is {file_name} withdrawn?").format(file_name=chosen.file_name),
            [tr("Wrong file attached"), tr("A replacement faktur supersedes it")],
        )
        if reason is None:
            return
        if not prompts.ask_yes_no(
            self,
            title,
            tr(
                "Withdraw {file_name} from {invoice_no}? E-Faktur No {number} stays uploaded: "
                "DJP approved it, so it can never be cancelled."
            ).format(
                file_name=chosen.file_name, invoice_no=chosen.invoice_no, number=chosen.number
            ),
        ):
            return
        try:
            withdraw(chosen.id, reason)
        except Refused as exc:
            prompts.refuse(self, title, exc.message)
            return
        self._saved(
            tr("{file_name} withdrawn; {number} stays uploaded.").format(
                file_name=chosen.file_name, number=chosen.number
            )
        )

    # -- billings -------------------------------------------------------------------

    def new_billing(self) -> QDialog:
        from ui.billing_form import BillingForm

        form = BillingForm(None, self)
        form.saved.connect(self._billing_saved)
        return self._open_dialog(form)

    def _billing_saved(self, billing_id: int, message: str) -> None:
        self._saved(message)
        if self.tabs.currentWidget() is self.billings_tab:
            self.billings_tab.select_billing(billing_id)

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
        ids = self.billings_tab.selected_billing_ids()
        if not ids:
            prompts.refuse(self, title, tr("Select one or more billings first."))
            return
        noun = count_of(
            len(ids), QT_TR_NOOP("1 selected billing"), QT_TR_NOOP("{n:,} selected billings")
        )
        if not prompts.ask_yes_no(self, title, question.format(noun=noun)):
            return
        try:
            message = do(ids)
        except Refused as exc:
            prompts.refuse(self, title, f"{failed}\n\n{exc.message}")
            self.refresh_all()
            return
        if message is None:
            return
        self._saved(message)
        prompts.inform(self, title, message)

    def issue_selected(self) -> None:
        from ui.number_actions import issue_asking, number_span

        title = tr("Issue billings")

        def do(ids: list[int]) -> str | None:
            issued = issue_asking(self, title, ids)
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
                    "Their E-Faktur Nos stay with them until you give each back "
                    "(Cancel E-Faktur No)."
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
        tab = self.billings_tab
        if tab.stale:
            tab.refresh()
        path = prompts.save_path(
            self,
            title,
            f"billings-{clock.today():%Y-%m-%d}.xlsx",
            tr("Excel workbook (*.xlsx);;CSV (*.csv)"),
        )
        if path is None:
            return
        if path.suffix.lower() not in (".xlsx", ".csv"):
            path = path.with_suffix(".xlsx")
        try:
            count = write_billing_list(tab.model.listing, path)  # the rows shown, as sorted
        except Refused as exc:
            prompts.refuse(self, title, exc.message)
            return
        message = tr("{count:,} billings written to {name}.").format(count=count, name=path.name)
        self.statusBar().showMessage(message, 15_000)
        prompts.inform(self, title, message)

    def import_billings(self) -> QDialog | None:
        from app.billings.billing_import import plan_import
        from ui.import_dialog import ImportDialog

        prompts = interaction.prompts
        chosen = prompts.open_paths(
            self, tr("Import Billings"), tr("Spreadsheets (*.csv *.xlsx);;All files (*)")
        )
        if not chosen:
            return None
        try:
            plan = plan_import(chosen[0])
        except Refused as exc:
            prompts.refuse(
                self,
                tr("Import Billings"),
                tr("Nothing was imported.\n\n{message}").format(message=exc.message),
            )
            return None
        dialog = ImportDialog(plan, self)
        dialog.imported.connect(self._saved)
        return self._open_dialog(dialog)

    def edit_company(self) -> QDialog:
        from ui.company_dialog import CompanyDialog

        dialog = CompanyDialog(self)
        dialog.saved.connect(self._saved)
        return self._open_dialog(dialog)

    def edit_settings(self, page: int = 0) -> SettingsDialog:
        from ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(open_book_path(), self.read_only, self).show_page(page)
        dialog.saved.connect(self._saved)
        dialog.data_moved.connect(self._data_moved)
        self._open_dialog(dialog)
        return dialog

    def _data_moved(self, old_book: Path) -> None:
        if self.book_path is None or self.book_path.resolve() != old_book.resolve():
            return  # a --db or demo book stays where it is
        interaction.prompts.inform(
            self,
            tr("Data Folder"),
            tr(
                "E-Faktur Desk closes now, so that nothing more is written to the old folder. "
                "Start it again to work in the new one."
            ),
        )
        self.close()

    def find(self) -> None:
        tab = self.tabs.currentWidget()
        if tab is self.export_host:
            tab = self._export_tab
        box = getattr(tab, "search", None)
        if box is None:
            self.statusBar().showMessage(tr("This tab has nothing to search."), 5_000)
            return
        box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        box.selectAll()

    def open_log_folder(self) -> None:
        from app.common.error_log import log_folder

        folder = log_folder()
        folder.mkdir(parents=True, exist_ok=True)
        if not interaction.prompts.open_externally(folder):
            interaction.prompts.inform(
                self, tr("Open Log Folder"), tr("The log is in {folder}.").format(folder=folder)
            )

    def check_history(self) -> None:
        from app.book import history_anchor

        check = history_anchor.verify(open_book_path())
        say = interaction.prompts.inform if check.sound else interaction.prompts.refuse
        say(self, tr("Check History"), check.text)

    # -- customers --------------------------------------------------------------------

    def new_customer(self) -> QDialog:
        from ui.customer_dialog import CustomerDialog

        dialog = CustomerDialog(None, self)
        dialog.saved.connect(self._customer_saved)
        return self._open_dialog(dialog)

    def edit_customer(self) -> QDialog | None:
        from ui.customer_dialog import CustomerDialog

        chosen = self.customers_tab.selected()
        if chosen is None:
            interaction.prompts.refuse(self, tr("Edit Customer"), tr("Select a customer first."))
            return None
        dialog = CustomerDialog(chosen.id, self)
        dialog.saved.connect(self._customer_saved)
        return self._open_dialog(dialog)

    def _customer_saved(self, customer_id: int, message: str) -> None:
        self._saved(message)
        if self.customers_tab.isVisible():
            self.customers_tab.select_id(customer_id)
        self._update_customer_actions()

    def delete_customer(self) -> None:
        from app.billings.parties import delete_customer

        prompts = interaction.prompts
        title = tr("Delete Customer")
        chosen = self.customers_tab.selected()
        if chosen is None:
            prompts.refuse(self, title, tr("Select a customer first."))
            return
        if not prompts.ask_yes_no(
            self, title, tr("Delete customer {name}?").format(name=chosen.name)
        ):
            return
        try:
            name = delete_customer(chosen.id)
        except Refused as exc:
            prompts.refuse(self, title, exc.message)
            return
        self._saved(tr("Customer {name} deleted.").format(name=name))
        prompts.inform(self, title, tr("Customer {name} has been deleted.").format(name=name))

    def generate_for_selected(self) -> None:
        from ui.number_actions import generate_for

        message = generate_for(self, self.billings_tab.selected_billing_ids())
        if message is not None:
            self._saved(message)
        else:
            self.refresh_all()

    def _billing_activated(self, index: QModelIndex) -> None:
        row = self.billings_tab.model.row_at(index.row())
        if row is not None:
            self.open_billing(row.id)

    def open_current_billing(self) -> None:
        billing_id = self.billings_tab.current_billing_id()
        if billing_id is None:
            interaction.prompts.refuse(self, tr("Open Billing"), tr("Select a billing first."))
            return
        self.open_billing(billing_id)

    def open_billing(self, billing_id: int) -> BillingDetailDialog:
        if self.detail is not None:
            self.detail.close()
            self.detail.deleteLater()
        from ui.billing_detail import BillingDetailDialog  # loaded with the first billing shown

        self.detail = BillingDetailDialog(billing_id, self)
        self.detail.changed.connect(self.refresh_all)
        self.detail.setWindowModality(Qt.WindowModality.WindowModal)
        self.detail.show()
        return self.detail

    def refresh_all(self) -> None:
        """After any change: show it everywhere, then fold the WAL back once idle."""
        QTimer.singleShot(0, fold_wal)
        self.numbers_tab.refresh()
        self.files_tab.mark_stale()
        self.billings_tab.mark_stale()
        self.history_tab.mark_stale()
        self.customers_tab.mark_stale()
        self._update_file_actions()
        self._update_banner()
        if self._export_tab is not None and self.tabs.currentWidget() is self.export_host:
            self._export_tab.refresh()
        if self.tabs.currentWidget() is self.usage_host:
            self.usage_tab.refresh()
        else:
            self.usage_stale = True
        self._update_actions()

    def _changed_elsewhere(self) -> None:
        """Another process (the command line, another copy) wrote to the book: show the
        book as it is now, the open billing too, keeping what is selected."""
        self.refresh_all()
        if self.detail is not None and self.detail.isVisible():
            try:
                self.detail.refresh()
            except DoesNotExist:  # deleted elsewhere
                self.detail.close()
        self.statusBar().showMessage(
            tr("The book was changed outside this window; it is shown as it is now."), 15_000
        )

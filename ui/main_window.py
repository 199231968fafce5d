"""The main window: E-Faktur No, E-Faktur Files and Billings tabs."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPushButton,
    QSplitter,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app import billing_actions, clock, threshold
from app.book import files_folder, fold_wal, open_book_path
from app.efaktur_no import format_number
from app.errors import Refused
from app.listing import (
    BillingListing,
    BillingRow,
    FileListing,
    FileRow,
    NumberListing,
    NumberRow,
    RangeListing,
    RangeRow,
)
from app.ranges import delete_range, highest_ever_assigned
from app.rules import Status
from ui import interaction
from ui.formatting import STATUS_COLOURS, day, money, timestamp
from ui.table_model import Column, ListingModel
from ui.tables import fit_columns, make_table

if TYPE_CHECKING:  # dialogs load when first opened: the window starts without them
    from ui.billing_detail import BillingDetailDialog
    from ui.export_tab import ExportTab
    from ui.range_dialog import RangeDialog
    from ui.threshold_dialog import ThresholdDialog
    from ui.usage_tab import UsageTab
    from ui.year_end_dialog import YearEndDialog

STATE_LABELS = {
    "available": "Available",
    "assigned": "Assigned",
    "uploaded": "Uploaded",
    "expired": "Expired",
}
STATE_COLOURS = {
    "available": "#15803d",
    "assigned": "#b45309",
    "uploaded": "#1d4ed8",
    "expired": "#6b7280",
}
STATE_TIPS = {
    "expired": "Never used, and its year is over: delete it in e-Faktur desktop (Year End).",
    "uploaded": "DJP approved the faktur: this number is spent for good.",
}


def _search_box(name: str, placeholder: str) -> QLineEdit:
    box = QLineEdit()
    box.setObjectName(name)
    box.setPlaceholderText(placeholder)
    box.setClearButtonEnabled(True)
    return box


def _billing_number(row: BillingRow) -> str:
    return row.shown_number or ("Not set" if row.tax_active else "")


BILLING_COLUMNS: list[Column[BillingRow]] = [
    Column("Invoice No", lambda r: r.invoice_no, "invoice_no"),
    Column("Customer", lambda r: r.customer, "customer"),
    Column("Invoice Date", lambda r: day(r.invoice_date), "invoice_date"),
    Column("Due Date", lambda r: day(r.due_date), "due_date"),
    Column("Total", lambda r: money(r.total), "total", align_right=True),
    Column("Invoice Tax", lambda r: "On" if r.tax_active else "Off", "tax_active"),
    Column(
        "E-Faktur No",
        _billing_number,
        "efaktur_no",
        struck=lambda r: r.efaktur_no is None and r.released_efaktur_no is not None,
        colour=lambda r: "#6b7280" if r.efaktur_no is None else None,
        tooltip=lambda r: (
            f"E-Faktur No {r.released_efaktur_no} was given back and may serve another invoice"
            if r.efaktur_no is None and r.released_efaktur_no
            else ""
        ),
    ),
    Column("Status", lambda r: r.status.label, "status", colour=lambda r: STATUS_COLOURS[r.status]),
]

RANGE_COLUMNS: list[Column[RangeRow]] = [
    Column("Year Period", lambda r: str(r.year), "year"),
    Column("Start Number", lambda r: r.start, "start"),
    Column("End Number", lambda r: r.end),
    Column("Total Number", lambda r: f"{r.total:,}", align_right=True),
    Column("Available Number", lambda r: f"{r.available:,}", align_right=True),
    Column("Grant Letter", lambda r: day(r.grant_date)),
    Column("Note", lambda r: r.note),
]

NUMBER_COLUMNS: list[Column[NumberRow]] = [
    Column("E-Faktur No", lambda r: r.number, "number"),
    Column(
        "State",
        lambda r: STATE_LABELS[r.state],
        "state",
        colour=lambda r: STATE_COLOURS[r.state],
        tooltip=lambda r: STATE_TIPS.get(r.state, ""),
    ),
    Column("Invoice No", lambda r: r.invoice_no or ""),
]

FILE_COLUMNS: list[Column[FileRow]] = [
    Column("E-Faktur No", lambda r: r.number, "number", tooltip=lambda r: r.faktur_no),
    Column("Invoice No", lambda r: r.invoice_no, "invoice_no"),
    Column("Customer", lambda r: r.customer, "customer"),
    Column("Uploaded At", lambda r: timestamp(r.uploaded_at), "uploaded_at"),
    Column(
        "E-Faktur Status",
        lambda r: r.status_label,
        "status",
        colour=lambda r: "#6b7280" if r.withdrawn_reason is not None else None,
        tooltip=lambda r: (
            f"Withdrawn: {r.withdrawn_reason}. The number stays uploaded."
            if r.withdrawn_reason is not None
            else ""
        ),
    ),
    Column("File", lambda r: r.file_name, struck=lambda r: r.withdrawn_reason is not None),
]


class NumbersTab(QWidget):
    """Ranges on top; below, every number of the selected range (or all)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.range_model = ListingModel(RangeListing, RANGE_COLUMNS, self)
        self.ranges = make_table("rangesTable", self.range_model, sort=None)
        self.ranges.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.ranges.selectionModel().selectionChanged.connect(self._filters_changed)
        self.summary = QLabel()
        self.summary.setObjectName("availabilitySummary")

        self.state_filter = QComboBox()
        self.state_filter.setObjectName("numberStateFilter")
        self.state_filter.addItem("All states", None)
        for key, label in STATE_LABELS.items():
            self.state_filter.addItem(label, key)
        self.state_filter.currentIndexChanged.connect(self._filters_changed)
        self.year_filter = QComboBox()
        self.year_filter.setObjectName("numberYearFilter")
        self.year_filter.currentIndexChanged.connect(self._filters_changed)
        yy = clock.today().year % 100
        self.search = _search_box(
            "numberSearch", f"Find number: 000-{yy:02d}.12345619 or 010.000-{yy:02d}.12345619"
        )
        self.search.returnPressed.connect(self._filters_changed)
        self.search.textChanged.connect(lambda text: text or self._filters_changed())
        self.show_all = QPushButton("All ranges")
        self.show_all.setObjectName("showAllRanges")
        self.show_all.clicked.connect(self.ranges.clearSelection)
        self.scope = QLabel()
        self.scope.setObjectName("numbersScope")
        self.message = QLabel()
        self.message.setObjectName("numberSearchMessage")
        self.message.setStyleSheet("color: #b91c1c;")

        self.number_model = ListingModel(NumberListing, NUMBER_COLUMNS, self, load=False)
        self.numbers = make_table("numbersTable", self.number_model)
        self.numbers.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.numbers.setColumnWidth(0, 160)
        self.numbers.setColumnWidth(1, 110)

        filters = QHBoxLayout()
        filters.addWidget(self.scope)
        filters.addStretch(1)
        filters.addWidget(QLabel("Year"))
        filters.addWidget(self.year_filter)
        filters.addWidget(QLabel("State"))
        filters.addWidget(self.state_filter)
        filters.addWidget(self.search, 2)
        filters.addWidget(self.show_all)

        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        heading = QHBoxLayout()
        heading.addWidget(QLabel("<b>E-Faktur No ranges</b> granted by DJP (e-Nofa)"))
        heading.addStretch(1)
        heading.addWidget(self.summary)
        self.range_buttons = QHBoxLayout()
        heading.addLayout(self.range_buttons)
        top_layout.addLayout(heading)
        top_layout.addWidget(self.ranges)
        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addLayout(filters)
        bottom_layout.addWidget(self.message)
        bottom_layout.addWidget(self.numbers)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        splitter.setSizes([150, 450])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.refresh()

    def selected_range(self) -> RangeRow | None:
        rows = self.ranges.selectionModel().selectedRows()
        return self.range_model.row_at(rows[0].row()) if rows else None

    def add_buttons(self, actions: list[QAction]) -> None:
        for action in actions:
            button = QToolButton()
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            self.range_buttons.addWidget(button)

    def _filters_changed(self, *_: object) -> None:
        chosen = self.selected_range()
        state = self.state_filter.currentData()
        year = self.year_filter.currentData()
        search = self.search.text()
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
            f"Numbers of range {chosen.start} .. {chosen.end}"
            if chosen
            else "Numbers of all ranges"
        )

    def _fill_years(self, years: list[int]) -> None:
        wanted = self.year_filter.currentData()
        self.year_filter.blockSignals(True)
        self.year_filter.clear()
        self.year_filter.addItem("All years", None)
        for year in years:
            self.year_filter.addItem(str(year), year)
        found = self.year_filter.findData(wanted)
        self.year_filter.setCurrentIndex(max(found, 0))
        self.year_filter.blockSignals(False)

    def refresh(self) -> None:
        chosen = self.selected_range()
        self.range_model.reload()
        fit_columns(self.ranges)
        if chosen is not None:
            for row in range(self.range_model.rowCount()):
                found = self.range_model.row_at(row)
                if found is not None and found.id == chosen.id:
                    self.ranges.selectRow(row)
        rows = [self.range_model.row_at(r) for r in range(self.range_model.rowCount())]
        self._fill_years(sorted({r.year for r in rows}))
        self._filters_changed()
        year = clock.today().year
        this_year = [r for r in rows if r.year == year]
        if this_year:
            available = sum(r.available for r in this_year)
            total = sum(r.total for r in this_year)
            self.summary.setText(f"Available for {year}: {available:,} of {total:,}")
        elif rows:
            latest = max(r.year for r in rows)
            available = sum(r.available for r in rows if r.year == latest)
            self.summary.setText(
                f"No range recorded for {year}. Available for {latest}: {available:,}"
            )
        else:
            self.summary.setText("No range recorded yet.")


class _LoadsWhenShown(QWidget):
    """A tab that runs its query when first shown, and after a change only once it is
    shown again: a big book's window opens without counting tables nobody looks at."""

    stale = True
    fitted = False  # columns are sized to the first rows once, then left as the user sets

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if self.stale:
            self.refresh()

    def mark_stale(self) -> None:
        if self.isVisible():
            self.refresh()
        else:
            self.stale = True

    def refresh(self, *_: object) -> None:
        self.stale = False
        self.load()
        if not self.fitted:
            self.fitted = True
            fit_columns(self.table)

    def load(self) -> None:
        raise NotImplementedError


class FilesTab(_LoadsWhenShown):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = _search_box("filesSearch", "Search by Invoice No")
        self.search.textChanged.connect(self.refresh)
        self.model = ListingModel(FileListing, FILE_COLUMNS, self)
        self.table = make_table("filesTable", self.model, (3, Qt.SortOrder.DescendingOrder))
        self.empty_note = QLabel()
        self.empty_note.setObjectName("filesEmptyNote")
        self.empty_note.setStyleSheet("color: #4b5563;")
        bar = QHBoxLayout()
        bar.addWidget(QLabel("<b>e-Faktur files</b> approved by DJP"))
        bar.addStretch(1)
        bar.addWidget(self.search, 1)
        self.buttons = QHBoxLayout()  # the window puts its file actions here
        bar.addLayout(self.buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table)
        layout.addWidget(self.empty_note)

    def selected_file(self) -> FileRow | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def load(self) -> None:
        text = self.search.text().strip()
        self.model.reload(lambda: FileListing(text))
        if self.model.rowCount() == 0:
            self.empty_note.setText(
                f"No e-Faktur file has been uploaded for “{text}”."
                if text
                else "No e-Faktur file has been uploaded yet."
            )
            self.empty_note.show()
        else:
            self.empty_note.hide()


class BillingsTab(_LoadsWhenShown):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = _search_box("billingSearch", "Search by Invoice No or Customer")
        self.search.textChanged.connect(self.refresh)
        self.status_filter = QComboBox()
        self.status_filter.setObjectName("billingStatusFilter")
        self.status_filter.addItem("All statuses", None)
        for status in Status:
            self.status_filter.addItem(status.label, status)
        self.status_filter.currentIndexChanged.connect(self.refresh)
        self.model = ListingModel(BillingListing, BILLING_COLUMNS, self)
        self.table = make_table("billingsTable", self.model, (2, Qt.SortOrder.DescendingOrder))
        self.count_label = QLabel()
        bar = QHBoxLayout()
        bar.addWidget(QLabel("<b>Billings</b>"))
        bar.addStretch(1)
        bar.addWidget(QLabel("Status"))
        bar.addWidget(self.status_filter)
        bar.addWidget(self.search, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table)
        layout.addWidget(self.count_label)

    def load(self) -> None:
        text = self.search.text()
        status = self.status_filter.currentData()
        self.model.reload(lambda: BillingListing(text, status))
        self.count_label.setText(f"{self.model.rowCount():,} billings shown")

    def selected_billing_ids(self) -> list[int]:
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        found = (self.model.row_at(r) for r in rows)
        return [row.id for row in found if row is not None]

    def current_billing_id(self) -> int | None:
        index = self.table.currentIndex()
        row = self.model.row_at(index.row()) if index.isValid() else None
        return row.id if row else None


class MainWindow(QMainWindow):
    def __init__(self, book_path: Path | None = None) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.book_path = book_path
        self.setWindowTitle(f"E-Faktur Desk — {book_path.name}" if book_path else "E-Faktur Desk")
        self.resize(1180, 720)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("mainTabs")
        self.numbers_tab = NumbersTab()
        self.files_tab = FilesTab()
        self.billings_tab = BillingsTab()
        self.tabs.addTab(self.numbers_tab, "E-Faktur No")
        self.tabs.addTab(self.files_tab, "E-Faktur Files")
        self.tabs.addTab(self.billings_tab, "Billings")
        self.export_host = QWidget()  # built when first shown, like Usage
        self.export_host.setObjectName("exportHost")
        QVBoxLayout(self.export_host).setContentsMargins(0, 0, 0, 0)
        self._export_tab: ExportTab | None = None
        self.tabs.addTab(self.export_host, "Export CSV")
        self.usage_host = QWidget()  # the chart is built when first shown (Qt Charts loads then)
        self.usage_host.setObjectName("usageHost")
        QVBoxLayout(self.usage_host).setContentsMargins(0, 0, 0, 0)
        self._usage_tab: UsageTab | None = None
        self.tabs.addTab(self.usage_host, "Usage")
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

        self.open_billing_action = QAction("&Open Billing", self)
        self.open_billing_action.setObjectName("actionOpenBilling")
        self.open_billing_action.setShortcut(QKeySequence(Qt.Key.Key_Return))
        self.open_billing_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.open_billing_action.triggered.connect(self.open_current_billing)
        self.billings_tab.table.addAction(self.open_billing_action)
        self.billings_tab.table.activated.connect(self._billing_activated)
        self.billings_tab.table.selectionModel().currentChanged.connect(
            self._update_billing_actions
        )

        self.refresh_action = QAction("&Refresh", self)
        self.refresh_action.setObjectName("actionRefresh")
        self.refresh_action.setShortcut(QKeySequence.StandardKey.Refresh)
        self.refresh_action.triggered.connect(self.refresh_all)
        quit_action = QAction("&Quit", self)
        quit_action.setObjectName("actionQuit")
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)

        self.add_range_action = self._action("+ Tax Number…", "actionAddRange", self.add_range)
        self.add_range_action.setToolTip("Record a range of E-Faktur Nos granted by DJP (e-Nofa)")
        self.edit_range_action = self._action("Edit Range…", "actionEditRange", self.edit_range)
        self.delete_range_action = self._action(
            "Delete Range", "actionDeleteRange", self.delete_range
        )
        self.threshold_action = self._action(
            "Threshold…", "actionThresholdSettings", self.edit_threshold
        )
        self.threshold_action.setToolTip("Warn when few E-Faktur Nos are left")
        self.year_end_action = self._action("Year End…", "actionYearEnd", self.show_year_end)
        self.year_end_action.setToolTip("A past year's unused numbers, to delete in e-Faktur")
        self.upload_action = self._action(
            "Upload E-Faktur…", "actionUploadEfaktur", self.upload_efaktur
        )
        self.upload_action.setToolTip("Attach the approved e-Faktur PDFs (a .zip or PDFs)")
        self.open_file_action = self._action("Open File", "actionOpenEfakturFile", self.open_file)
        self.open_externally_action = self._action(
            "Open with System Viewer", "actionOpenEfakturFileExternally", self.open_externally
        )
        self.withdraw_file_action = self._action(
            "Withdraw File…", "actionWithdrawEfakturFile", self.withdraw_file
        )
        for action in (
            self.upload_action,
            self.open_file_action,
            self.open_externally_action,
            self.withdraw_file_action,
        ):
            button = QToolButton()
            button.setDefaultAction(action)
            button.setObjectName(action.objectName().replace("action", "button", 1))
            self.files_tab.buttons.addWidget(button)
        self.files_tab.table.selectionModel().currentChanged.connect(self._update_file_actions)
        self.files_tab.table.activated.connect(lambda *_: self.open_file_action.trigger())
        self.export_csv_action = self._action("Export CSV…", "actionShowExport", self.show_export)
        self.export_csv_action.setShortcut(QKeySequence("Ctrl+E"))
        self.export_csv_action.setToolTip("The CSV that e-Faktur desktop imports")
        self.generate_selected_action = self._action(
            "Generate E-Faktur No for Selected",
            "actionGenerateEfakturNoSelected",
            self.generate_for_selected,
        )
        self.numbers_tab.add_buttons(
            [
                self.add_range_action,
                self.edit_range_action,
                self.delete_range_action,
                self.threshold_action,
                self.year_end_action,
            ]
        )
        self.numbers_tab.ranges.selectionModel().selectionChanged.connect(
            self._update_range_actions
        )
        self.billings_tab.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.billings_tab.table.selectionModel().selectionChanged.connect(
            self._update_billing_actions
        )

        file_menu = self.menuBar().addMenu("&File")
        file_menu.addAction(quit_action)
        view_menu = self.menuBar().addMenu("&View")
        view_menu.addAction(self.refresh_action)
        efaktur_menu = self.menuBar().addMenu("&E-Faktur")
        for action in (
            self.add_range_action,
            self.edit_range_action,
            self.delete_range_action,
            None,
            self.threshold_action,
            self.year_end_action,
            None,
            self.export_csv_action,
            self.upload_action,
        ):
            if action is None:
                efaktur_menu.addSeparator()
            else:
                efaktur_menu.addAction(action)
        billing_menu = self.menuBar().addMenu("&Billing")
        billing_menu.addAction(self.open_billing_action)
        billing_menu.addAction(self.generate_selected_action)
        for menu in self.menuBar().findChildren(QMenu):
            menu.setToolTipsVisible(True)
        self.statusBar().showMessage(str(book_path) if book_path else "")
        self._update_banner()
        self._update_actions()
        self._update_file_actions()

    def _action(self, text: str, name: str, slot: Callable[[], object]) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        action.triggered.connect(lambda: slot())
        self.addAction(action)
        return action

    @staticmethod
    def _allow(action: QAction, reason: str | None, tip: str = "") -> None:
        """Enable ``action`` unless there is a ``reason`` not to, which becomes its tooltip."""
        action.setEnabled(reason is None)
        action.setToolTip(reason or tip or action.text().rstrip("…"))
        action.setStatusTip(reason or "")

    def _update_actions(self, *_: object) -> None:
        self._update_billing_actions()
        self._update_range_actions()

    def _update_range_actions(self, *_: object) -> None:
        # apart from billing clicks: asking a range about its used numbers reads the range
        rng = self.numbers_tab.selected_range()
        if rng is None:
            no_range = "Select a range in the E-Faktur No ranges table first."
            self._allow(self.edit_range_action, no_range)
            self._allow(self.delete_range_action, no_range)
        else:
            self._allow(self.edit_range_action, None, f"Change range {rng.start} .. {rng.end}")
            highest = highest_ever_assigned(rng.id)
            self._allow(
                self.delete_range_action,
                None
                if highest is None
                else f"{format_number(rng.year, highest)} of this range was used, so the range "
                "stays; shrink its end instead.",
                f"Delete range {rng.start} .. {rng.end}",
            )

    def _update_file_actions(self, *_: object) -> None:
        chosen = self.files_tab.selected_file()
        none = "Select a file first" if chosen is None else None
        self._allow(self.open_file_action, none, "Show the PDF here")
        self._allow(self.open_externally_action, none, "Open the PDF in your PDF reader")
        withdrawn = (
            f"{chosen.file_name} was already withdrawn"
            if chosen is not None and chosen.withdrawn_reason is not None
            else None
        )
        self._allow(
            self.withdraw_file_action,
            none or withdrawn,
            "Take a wrongly attached file off the list (its number stays uploaded)",
        )

    def _update_billing_actions(self, *_: object) -> None:
        has_billing = self.billings_tab.current_billing_id() is not None
        self._allow(self.open_billing_action, None if has_billing else "Select a billing first.")
        selected = len(self.billings_tab.selected_billing_ids())
        self._allow(
            self.generate_selected_action,
            None if selected else "Select one or more billings on the Billings tab first.",
            f"Give the {selected:,} selected billings their E-Faktur No, all or none",
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
            self._export_tab.exported.connect(self._saved)
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
            interaction.prompts.refuse(self, "Edit Range", "Select a range first.")
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
            prompts.refuse(self, "Delete Range", "Select a range first.")
            return
        if not prompts.ask_yes_no(
            self,
            "Delete Range",
            f"Delete range {rng.start} .. {rng.end} and its {rng.total:,} numbers? "
            "None of them was ever used.",
        ):
            return
        try:
            text = delete_range(rng.id)
        except Refused as exc:
            prompts.refuse(self, "Delete Range", exc.message)
            self.refresh_all()
            return
        self.numbers_tab.ranges.clearSelection()
        self._saved(f"Range {text} deleted.")
        prompts.inform(self, "Delete Range", f"Range {text} has been deleted.")

    def edit_threshold(self) -> ThresholdDialog:
        from ui.threshold_dialog import ThresholdDialog

        dialog = ThresholdDialog(self)
        dialog.saved.connect(lambda: self._saved("Low-number warning saved."))
        self._open_dialog(dialog)
        return dialog

    def show_year_end(self) -> YearEndDialog:
        from ui.year_end_dialog import YearEndDialog

        dialog = YearEndDialog(self)
        self._open_dialog(dialog)
        return dialog

    # -- e-Faktur files -----------------------------------------------------------

    def upload_efaktur(self) -> QDialog | None:
        from app import efaktur_upload
        from ui.upload_dialog import UploadDialog

        paths = interaction.prompts.open_paths(
            self, "Upload E-Faktur", "e-Faktur files (*.zip *.pdf);;All files (*)"
        )
        if not paths:
            return None
        matches = efaktur_upload.match_offered(efaktur_upload.read_offered(paths))
        dialog = UploadDialog(matches, files_folder(open_book_path()), self)
        dialog.attached.connect(self._saved)
        return self._open_dialog(dialog)

    def _chosen_file_path(self, title: str) -> tuple[FileRow, Path] | None:
        from app.efaktur_files import stored_path

        chosen = self.files_tab.selected_file()
        if chosen is None:
            interaction.prompts.refuse(self, title, "Select a file first.")
            return None
        path = stored_path(files_folder(open_book_path()), chosen.sha256)
        if not path.is_file():
            interaction.prompts.refuse(
                self, title, f"The stored copy of {chosen.file_name} is missing from {path.parent}."
            )
            return None
        return chosen, path

    def open_file(self) -> QDialog | None:
        from ui.pdf_viewer import PdfViewer

        found = self._chosen_file_path("Open File")
        if found is None:
            return None
        chosen, path = found
        title = f"E-Faktur {chosen.faktur_no} — {chosen.invoice_no}"
        return self._open_dialog(PdfViewer(path, title, self))

    def open_externally(self) -> None:
        found = self._chosen_file_path("Open with System Viewer")
        if found is not None and not interaction.prompts.open_externally(found[1]):
            interaction.prompts.refuse(
                self, "Open with System Viewer", "No program on this computer opens PDF files."
            )

    def withdraw_file(self) -> None:
        from app.efaktur_files import withdraw

        prompts = interaction.prompts
        title = "Withdraw File"
        chosen = self.files_tab.selected_file()
        if chosen is None:
            prompts.refuse(self, title, "Select a file first.")
            return
        reason = prompts.pick_text(
            self,
            title,
            f"Why is {chosen.file_name} withdrawn?",
            ["Wrong file attached", "A replacement faktur supersedes it"],
        )
        if reason is None:
            return
        if not prompts.ask_yes_no(
            self,
            title,
            f"Withdraw {chosen.file_name} from {chosen.invoice_no}? E-Faktur No "
            f"{chosen.number} stays uploaded: DJP approved it, so it can never be given back.",
        ):
            return
        try:
            withdraw(chosen.id, reason)
        except Refused as exc:
            prompts.refuse(self, title, exc.message)
            return
        self._saved(f"{chosen.file_name} withdrawn; {chosen.number} stays uploaded.")

    def generate_for_selected(self) -> None:
        prompts = interaction.prompts
        ids = self.billings_tab.selected_billing_ids()
        title = "Generate E-Faktur No"
        if not ids:
            prompts.refuse(self, title, "Select one or more billings first.")
            return
        if not prompts.ask_yes_no(
            self,
            title,
            f"Generate an E-Faktur No for each of the {len(ids):,} selected billings? "
            "Either all of them get one or none does.",
        ):
            return
        try:
            done = billing_actions.generate_efaktur_no(ids)
        except Refused as exc:
            prompts.refuse(self, title, f"No number was generated.\n\n{exc.message}")
            return
        self.refresh_all()
        numbers = sorted(d.number for d in done)
        span = numbers[0] if len(numbers) == 1 else f"{numbers[0]} .. {numbers[-1]}"
        message = f"{len(done):,} E-Faktur No generated ({span})."
        prompts.inform(self, title, threshold.with_warning(message))

    def _billing_activated(self, index: QModelIndex) -> None:
        row = self.billings_tab.model.row_at(index.row())
        if row is not None:
            self.open_billing(row.id)

    def open_current_billing(self) -> None:
        billing_id = self.billings_tab.current_billing_id()
        if billing_id is None:
            interaction.prompts.refuse(self, "Open Billing", "Select a billing first.")
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
        current = self.billings_tab.table.currentIndex()
        self.numbers_tab.refresh()
        self.files_tab.mark_stale()
        self.billings_tab.mark_stale()
        self._update_file_actions()
        self._update_banner()
        if self._export_tab is not None and self.tabs.currentWidget() is self.export_host:
            self._export_tab.refresh()
        if self.tabs.currentWidget() is self.usage_host:
            self.usage_tab.refresh()
        else:
            self.usage_stale = True
        if current.isValid() and current.row() < self.billings_tab.model.rowCount():
            self.billings_tab.table.setCurrentIndex(
                self.billings_tab.model.index(current.row(), current.column())
            )
        self._update_actions()

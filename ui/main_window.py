"""The main window: E-Faktur No, E-Faktur Files and Billings tabs."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app import clock
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
from app.rules import Status
from ui import interaction
from ui.billing_detail import STATUS_COLOURS, BillingDetailDialog
from ui.formatting import day, money, timestamp
from ui.table_model import Column, ListingModel

STATE_LABELS = {"available": "Available", "assigned": "Assigned", "uploaded": "Uploaded"}


def _table(
    name: str,
    model: ListingModel,
    sort: tuple[int, Qt.SortOrder] | None = (0, Qt.SortOrder.AscendingOrder),
) -> QTableView:
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setAlternatingRowColors(True)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(24)
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setHighlightSections(False)
    if sort is not None:
        # set the indicator first: Qt's default is descending, which would be re-queried
        view.horizontalHeader().setSortIndicator(*sort)
        view.setSortingEnabled(True)
    view.setWordWrap(False)
    return view


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
    Column("State", lambda r: STATE_LABELS[r.state], "state"),
    Column("Invoice No", lambda r: r.invoice_no or ""),
]

FILE_COLUMNS: list[Column[FileRow]] = [
    Column("E-Faktur No", lambda r: r.number, "number", tooltip=lambda r: r.faktur_no),
    Column("Invoice No", lambda r: r.invoice_no, "invoice_no"),
    Column("Customer", lambda r: r.customer, "customer"),
    Column("Uploaded At", lambda r: timestamp(r.uploaded_at), "uploaded_at"),
    Column("E-Faktur Status", lambda r: r.status_label, "status"),
    Column("File", lambda r: r.file_name),
]


class NumbersTab(QWidget):
    """Ranges on top; below, every number of the selected range (or all)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.range_model = ListingModel(RangeListing, RANGE_COLUMNS, self)
        self.ranges = _table("rangesTable", self.range_model, sort=None)
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
        self.search = _search_box(
            "numberSearch", "Find number: 000-22.12345619 or 010.000-22.12345619"
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

        self.number_model = ListingModel(NumberListing, NUMBER_COLUMNS, self)
        self.numbers = _table("numbersTable", self.number_model)
        self.numbers.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.numbers.setColumnWidth(0, 160)
        self.numbers.setColumnWidth(1, 110)

        filters = QHBoxLayout()
        filters.addWidget(self.scope)
        filters.addStretch(1)
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

    def _filters_changed(self, *_: object) -> None:
        chosen = self.selected_range()
        state = self.state_filter.currentData()
        search = self.search.text()
        try:
            self.number_model.reload(
                lambda: NumberListing(
                    state=state, range_id=chosen.id if chosen else None, search=search
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

    def refresh(self) -> None:
        chosen = self.selected_range()
        self.range_model.reload()
        self.ranges.resizeColumnsToContents()
        if chosen is not None:
            for row in range(self.range_model.rowCount()):
                found = self.range_model.row_at(row)
                if found is not None and found.id == chosen.id:
                    self.ranges.selectRow(row)
        self._filters_changed()
        year = clock.today().year
        rows = [self.range_model.row_at(r) for r in range(self.range_model.rowCount())]
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


class FilesTab(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = _search_box("filesSearch", "Search by Invoice No")
        self.search.textChanged.connect(self.refresh)
        self.model = ListingModel(FileListing, FILE_COLUMNS, self)
        self.table = _table("filesTable", self.model, (3, Qt.SortOrder.DescendingOrder))
        self.empty_note = QLabel()
        self.empty_note.setObjectName("filesEmptyNote")
        self.empty_note.setStyleSheet("color: #4b5563;")
        bar = QHBoxLayout()
        bar.addWidget(QLabel("<b>e-Faktur files</b> approved by DJP"))
        bar.addStretch(1)
        bar.addWidget(self.search, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table)
        layout.addWidget(self.empty_note)
        self.refresh()
        self.table.resizeColumnsToContents()

    def refresh(self, *_: object) -> None:
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


class BillingsTab(QWidget):
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
        self.table = _table("billingsTable", self.model, (2, Qt.SortOrder.DescendingOrder))
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
        self.refresh()
        self.table.resizeColumnsToContents()

    def refresh(self, *_: object) -> None:
        text = self.search.text()
        status = self.status_filter.currentData()
        self.model.reload(lambda: BillingListing(text, status))
        self.count_label.setText(f"{self.model.rowCount():,} billings shown")

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
        self.setCentralWidget(self.tabs)
        self.detail: BillingDetailDialog | None = None

        self.open_billing_action = QAction("&Open Billing", self)
        self.open_billing_action.setObjectName("actionOpenBilling")
        self.open_billing_action.setShortcut(QKeySequence(Qt.Key.Key_Return))
        self.open_billing_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.open_billing_action.triggered.connect(self.open_current_billing)
        self.billings_tab.table.addAction(self.open_billing_action)
        self.billings_tab.table.activated.connect(self._billing_activated)
        self.billings_tab.table.selectionModel().currentChanged.connect(self._update_actions)

        self.refresh_action = QAction("&Refresh", self)
        self.refresh_action.setObjectName("actionRefresh")
        self.refresh_action.setShortcut(QKeySequence.StandardKey.Refresh)
        self.refresh_action.triggered.connect(self.refresh_all)
        quit_action = QAction("&Quit", self)
        quit_action.setObjectName("actionQuit")
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)

        file_menu = self.menuBar().addMenu("&File")
        file_menu.addAction(quit_action)
        view_menu = self.menuBar().addMenu("&View")
        view_menu.addAction(self.refresh_action)
        billing_menu = self.menuBar().addMenu("&Billing")
        billing_menu.addAction(self.open_billing_action)
        self.statusBar().showMessage(str(book_path) if book_path else "")
        self._update_actions()

    def _update_actions(self, *_: object) -> None:
        has_billing = self.billings_tab.current_billing_id() is not None
        self.open_billing_action.setEnabled(has_billing)
        self.open_billing_action.setToolTip("" if has_billing else "Select a billing first.")

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
        self.detail = BillingDetailDialog(billing_id, self)
        self.detail.changed.connect(self.refresh_all)
        self.detail.setWindowModality(Qt.WindowModality.WindowModal)
        self.detail.show()
        return self.detail

    def refresh_all(self) -> None:
        current = self.billings_tab.table.currentIndex()
        self.numbers_tab.refresh()
        self.files_tab.refresh()
        self.billings_tab.refresh()
        if current.isValid() and current.row() < self.billings_tab.model.rowCount():
            self.billings_tab.table.setCurrentIndex(
                self.billings_tab.model.index(current.row(), current.column())
            )
        self._update_actions()

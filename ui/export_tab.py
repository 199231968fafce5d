"""The Export CSV tab: a period's billings, and the CSV that e-Faktur desktop imports."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app import exports
from app.book import is_read_only
from app.djp_csv import real_npwp
from app.errors import Refused
from app.listing import ExportListing, ExportRow
from app.parties import show_npwp
from ui import interaction
from ui.dates import date_box, to_date, to_qdate
from ui.formatting import STATUS_COLOURS, day, read_only_reason, timestamp
from ui.i18n import QT_TR_NOOP, tr
from ui.table_model import Column, ListingModel
from ui.tables import fit_columns, make_table, search_box


def _export_status(row: ExportRow) -> str:
    if row.uploaded:
        return tr("Uploaded")
    return tr("Exported") if row.exported else tr("Not Exported")


EXPORT_COLUMNS: list[Column[ExportRow]] = [
    Column(QT_TR_NOOP("E-Faktur No"), lambda r: r.efaktur_no or "", "efaktur_no"),
    Column(QT_TR_NOOP("Invoice No"), lambda r: r.invoice_no, "invoice_no"),
    Column(QT_TR_NOOP("Invoice Date"), lambda r: day(r.invoice_date), "invoice_date"),
    Column(QT_TR_NOOP("Due Date"), lambda r: day(r.due_date), "due_date"),
    Column(QT_TR_NOOP("Customer Name"), lambda r: r.customer, "customer", gives_way=8),
    Column(QT_TR_NOOP("NPWP Name"), lambda r: r.npwp_name, "npwp_name", gives_way=8),
    Column(
        QT_TR_NOOP("NPWP"),
        lambda r: show_npwp(r.npwp) if real_npwp(r.npwp) else (f"NIK {r.nik}" if r.nik else ""),
        "npwp",
        colour=lambda r: None if real_npwp(r.npwp) else "#6b7280",
        gives_way=6,
    ),
    Column(
        QT_TR_NOOP("Invoice Status"),
        lambda r: tr(r.status.label),
        "status",
        colour=lambda r: STATUS_COLOURS[r.status],
    ),
    Column(
        QT_TR_NOOP("Export Status"),
        _export_status,
        "exported",
        colour=lambda r: "#15803d" if r.exported or r.uploaded else "#b45309",
        tooltip=lambda r: (
            tr("Last exported {exported_at}").format(exported_at=timestamp(r.exported_at))
            if r.exported_at
            else ""
        ),
    ),
]


class ExportTab(QWidget):
    """Pick a month (or dates), select billings, export them to one CSV file."""

    exported = Signal(str)  # a status-bar message once a file was written

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.month = date_box("exportMonth", display="MMMM yyyy")
        self.month.setAccessibleName(tr("Month"))
        self.use_dates = QCheckBox(tr("Dates"))
        self.use_dates.setObjectName("exportUseDates")
        self.use_dates.setToolTip(tr("Export a range of dates instead of one month"))
        self.first = date_box("exportFrom")
        self.last = date_box("exportTo")
        for edit in (self.first, self.last):
            edit.setEnabled(False)
        self.state_filter = QComboBox()
        self.state_filter.setObjectName("exportStateFilter")
        self.state_filter.addItem(tr("All"), None)
        self.state_filter.addItem(tr("Not Exported"), "not_exported")
        self.state_filter.addItem(tr("Exported"), "exported")
        self.search = search_box("exportSearch", tr("Search by Invoice No or Customer"))

        self.month.setDate(to_qdate(exports.suggested_month()))
        self._dates_follow_month()

        self.model = ListingModel(lambda: ExportListing(*self.period()), EXPORT_COLUMNS, self)
        self.table = make_table("exportTable", self.model, (2, Qt.SortOrder.AscendingOrder))
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)

        self.select_all_action = QAction(tr("Select &All"), self)
        self.select_all_action.setObjectName("actionExportSelectAll")
        self.select_all_action.triggered.connect(self.table.selectAll)
        self.export_action = QAction(tr("&Export CSV…"), self)
        self.export_action.setObjectName("actionExportCsv")
        self.export_action.triggered.connect(self.export_selected)
        self.addActions([self.select_all_action, self.export_action])

        select_all = QPushButton(tr("Select All"))
        select_all.setObjectName("exportSelectAllButton")
        select_all.clicked.connect(self.select_all_action.trigger)
        export_button = QPushButton(tr("Export CSV…"))
        export_button.setObjectName("exportCsvButton")
        export_button.clicked.connect(self.export_action.trigger)
        self.count_label = QLabel()
        self.count_label.setObjectName("exportCount")

        bar = QHBoxLayout()
        bar.addWidget(QLabel(tr("<b>Export CSV</b> for e-Faktur desktop")))
        bar.addStretch(1)
        bar.addWidget(QLabel(tr("Month")))
        bar.addWidget(self.month)
        bar.addWidget(self.use_dates)
        bar.addWidget(self.first)
        bar.addWidget(QLabel(tr("to")))
        bar.addWidget(self.last)
        filters = QHBoxLayout()
        filters.addWidget(QLabel(tr("Export Status")))
        filters.addWidget(self.state_filter)
        filters.addWidget(self.search, 1)
        filters.addWidget(select_all)
        filters.addWidget(export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addLayout(filters)
        layout.addWidget(self.table)
        layout.addWidget(self.count_label)

        self.month.dateChanged.connect(self._month_changed)
        self.use_dates.toggled.connect(self._dates_toggled)
        self.first.dateChanged.connect(self.refresh)
        self.last.dateChanged.connect(self.refresh)
        self.state_filter.currentIndexChanged.connect(self.refresh)
        self.search.textChanged.connect(self.refresh)
        self.table.selectionModel().selectionChanged.connect(self._update_actions)
        self.refresh()
        fit_columns(self.table, widest=150)  # long names elide; Export Status stays in view

    def period(self) -> tuple[date, date, str | None, str]:
        if self.use_dates.isChecked():
            first, last = to_date(self.first.date()), to_date(self.last.date())
        else:
            first, last = exports.month_of(to_date(self.month.date()))
        return first, last, self.state_filter.currentData(), self.search.text()

    def _dates_follow_month(self) -> None:
        """The From/To dates show the chosen month, ready for narrowing."""
        first, last = exports.month_of(to_date(self.month.date()))
        for edit, value in ((self.first, first), (self.last, last)):
            edit.blockSignals(True)
            edit.setDate(to_qdate(value))
            edit.blockSignals(False)

    def _month_changed(self) -> None:
        self._dates_follow_month()
        self.refresh()

    def _dates_toggled(self, on: bool) -> None:
        self.month.setEnabled(not on)
        self.first.setEnabled(on)
        self.last.setEnabled(on)
        self.refresh()

    def refresh(self, *_: object) -> None:
        self.model.reload()
        first, last, _, _ = self.period()
        shown = self.model.rowCount()
        self.count_label.setText(
            tr("{shown:,} billings dated {first} to {last}").format(
                shown=shown, first=day(first), last=day(last)
            )
            if shown
            else tr("No billing dated {first} to {last} matches.").format(
                first=day(first), last=day(last)
            )
        )
        self._update_actions()

    def selected_ids(self) -> list[int]:
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        found = (self.model.row_at(r) for r in rows)
        return [row.id for row in found if row is not None]

    def _update_actions(self, *_: object) -> None:
        selected = len(self.table.selectionModel().selectedRows())
        if is_read_only():  # an export is recorded in the book
            self.export_action.setEnabled(False)
            self.export_action.setToolTip(read_only_reason())
            return
        self.export_action.setEnabled(selected > 0)
        self.export_action.setToolTip(
            tr("Export the {selected:,} selected billings").format(selected=selected)
            if selected
            else tr("Select billings first")
        )

    def export_selected(self) -> None:
        prompts = interaction.prompts
        title = tr("Export CSV")
        ids = self.selected_ids()
        if not ids:
            prompts.refuse(self, title, tr("Select the billings to export first."))
            return
        plan = exports.plan_export(ids)
        if not plan.billing_ids:
            reasons = "\n".join(f"• {x.invoice_no}: {x.reason}" for x in plan.left_out)
            prompts.refuse(
                self,
                title,
                tr("None of the selected billings can be exported.\n\n{reasons}").format(
                    reasons=reasons
                ),
            )
            return
        again = False
        if plan.exported_before:
            listed = "\n".join(f"• {text}" for text in plan.exported_before)
            again = prompts.ask_yes_no(
                self,
                title,
                tr(
                    "These billings were exported before:\n{listed}\n\nExport them again? "
                    "Choose No "
                    "to leave them out."
                ).format(listed=listed),
            )
            if not again and len(plan.exported_before) == len(plan.billing_ids):
                return
        first, _, _, _ = self.period()
        path = prompts.save_path(
            self, title, f"efaktur-{first:%Y-%m}.csv", tr("e-Faktur CSV (*.csv)")
        )
        if path is None:
            return
        if path.suffix.lower() != ".csv":
            path = path.with_name(path.name + ".csv")
        try:
            done = exports.export_csv(ids, path, again=again)
        except Refused as exc:
            prompts.refuse(self, title, exc.message)
            return
        self.refresh()
        message = tr("{fakturs:,} faktur written to {name}.").format(
            fakturs=done.fakturs, name=done.path.name
        )
        if done.left_out:
            reasons = "\n".join(f"• {x.invoice_no}: {x.reason}" for x in done.left_out)
            message += tr("\n\nLeft out:\n{reasons}").format(reasons=reasons)
        self.exported.emit(
            tr("{fakturs:,} faktur exported to {path}").format(fakturs=done.fakturs, path=done.path)
        )
        prompts.inform(self, title, message)

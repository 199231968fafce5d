"""The E-Faktur No tab: the ranges DJP granted on top; below, every number of the selected
range (or of all), with its state. Recording, changing and deleting ranges, the
low-number warning, Year End and a number's details start here."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.common import clock
from app.common.errors import Refused
from app.numbers.listing import NumberListing, NumberRow, RangeListing, RangeRow
from ui import interaction
from ui.formatting import STATE_COLOURS, day, problem_label, state_label, state_tip
from ui.i18n import QT_TR_NOOP, tr
from ui.main_actions import RANGE_BUTTONS, Chosen, MainAction
from ui.qt_later import VERTICAL
from ui.table_model import Column, ListingModel
from ui.tables import add_action_buttons, fit_columns, keeping_place, make_table, search_box
from ui.window_tab import WindowTab

if TYPE_CHECKING:  # dialogs load when first opened
    from ui.range_dialog import RangeDialog
    from ui.threshold_dialog import ThresholdDialog
    from ui.year_end_dialog import YearEndDialog


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


class NumbersTab(WindowTab):
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
        self.ranges.selectionModel().selectionChanged.connect(
            lambda *_: self.selection_changed.emit(Chosen.RANGE)
        )
        self.numbers.selectionModel().currentChanged.connect(
            lambda *_: self.selection_changed.emit(Chosen.NUMBER)
        )

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
        splitter = QSplitter()
        splitter.setProperty("orientation", VERTICAL)
        splitter.setObjectName("numbersSplitter")
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        splitter.setSizes([150, 450])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.keep_layout(splitter)  # its tables: make_table did
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

    def place_actions(self, actions: dict[MainAction, QAction]) -> None:
        add_action_buttons(self.range_buttons, [actions[key] for key in RANGE_BUTTONS])
        show_number = actions[MainAction.SHOW_NUMBER]
        self.numbers.addAction(show_number)
        self.numbers.activated.connect(lambda *_: show_number.trigger())

    def chosen(self, kind: Chosen) -> object:
        if kind is Chosen.RANGE:
            return self.selected_range()
        return self.number_model.current(self.numbers)

    def book_changed(self) -> None:
        self.refresh()

    # -- ranges, threshold, year end, a number's details ------------------------------

    def add_range(self) -> RangeDialog:
        from ui.range_dialog import RangeDialog

        dialog = RangeDialog(self.window())
        dialog.saved.connect(self.saved)
        self.open_dialog(dialog)
        return dialog

    def edit_range(self) -> RangeDialog | None:
        rng = self.selected_range()
        if rng is None:
            interaction.prompts.refuse(self.window(), tr("Edit Range"), tr("Select a range first."))
            return None
        from ui.range_dialog import RangeDialog

        dialog = RangeDialog(self.window(), rng.id)
        dialog.saved.connect(self.saved)
        self.open_dialog(dialog)
        return dialog

    def delete_range(self) -> None:
        from app.numbers.ranges import delete_range

        rng = self.selected_range()
        prompts = interaction.prompts
        parent = self.window()
        if rng is None:
            prompts.refuse(parent, tr("Delete Range"), tr("Select a range first."))
            return
        if not prompts.ask_yes_no(
            parent,
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
            prompts.refuse(parent, tr("Delete Range"), exc.message)
            self.refresh_wanted.emit()
            return
        self.ranges.clearSelection()
        self.saved.emit(tr("Range {text} deleted.").format(text=text))
        prompts.inform(
            parent, tr("Delete Range"), tr("Range {text} has been deleted.").format(text=text)
        )

    def show_number(self) -> QWidget | None:
        from ui.number_dialog import NumberDialog

        chosen = self.number_model.current(self.numbers)
        if chosen is None:
            return None
        return self.open_dialog(NumberDialog(chosen.id, self.window()))

    def edit_threshold(self) -> ThresholdDialog:
        from ui.threshold_dialog import ThresholdDialog

        dialog = ThresholdDialog(self.window())
        dialog.saved.connect(lambda: self.saved.emit(tr("Low-number warning saved.")))
        self.open_dialog(dialog)
        return dialog

    def show_year_end(self) -> YearEndDialog:
        from ui.year_end_dialog import YearEndDialog

        dialog = YearEndDialog(self.window())
        self.open_dialog(dialog)
        return dialog

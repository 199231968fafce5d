"""Table views as every tab shows them: row selection, SQL sorting, sized columns."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QLineEdit,
    QTableView,
    QToolButton,
    QWidget,
)

from ui.table_model import ListingModel


def make_table(
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
    # size columns from the first rows only: Qt's default reads 1,000 rows per column
    view.horizontalHeader().setResizeContentsPrecision(50)
    view.verticalHeader().setResizeContentsPrecision(50)
    if sort is not None:
        # set the indicator first: Qt's default is descending, which would be re-queried
        view.horizontalHeader().setSortIndicator(*sort)
        view.setSortingEnabled(True)
    view.setWordWrap(False)
    view.setTabKeyNavigation(False)  # Tab leaves the table for the buttons after it
    return view


def search_box(name: str, placeholder: str) -> QLineEdit:
    box = QLineEdit()
    box.setObjectName(name)
    box.setPlaceholderText(placeholder)
    box.setClearButtonEnabled(True)
    return box


def named_action(owner: QWidget, text: str, name: str, slot: Callable[[], object]) -> QAction:
    """An action of ``owner`` named ``name`` (tests trigger it by name) that runs ``slot``."""
    action = QAction(text, owner)
    action.setObjectName(name)
    action.triggered.connect(lambda: slot())
    owner.addAction(action)
    return action


def add_action_buttons(layout: QBoxLayout, actions: Sequence[QAction | None]) -> None:
    """A text button for each action (named ``button…`` after ``action…``); None leaves
    a gap between groups."""
    for action in actions:
        if action is None:
            layout.addSpacing(12)
            continue
        button = QToolButton()
        button.setDefaultAction(action)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        button.setObjectName(action.objectName().replace("action", "button", 1))
        layout.addWidget(button)


def fit_columns(view: QTableView, sample: int = 30, widest: int = 10_000) -> None:
    """Size columns to the header and the first ``sample`` rows, none wider than
    ``widest``. Qt's resizeColumnsToContents asks every role of hundreds of rows.
    Widths the user left last time (``columnsRestored``) are kept instead."""
    if view.property("columnsRestored"):
        return
    model = view.model()
    metrics = view.fontMetrics()
    header_metrics = view.horizontalHeader().fontMetrics()
    rows = min(model.rowCount(), sample)
    last = model.columnCount() - 1
    for column in range(last + 1):
        title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
        width = header_metrics.horizontalAdvance(title) + 28  # room for the sort arrow
        for row in range(rows):
            text = model.index(row, column).data()
            if text:
                width = max(width, metrics.horizontalAdvance(str(text)) + 16)
        if column < last:  # the last one stretches
            view.setColumnWidth(column, min(width, widest))


class LoadsWhenShown(QWidget):
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

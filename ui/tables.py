"""Table views as every tab shows them: row selection, SQL sorting, sized columns."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager

from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt
from PySide6.QtGui import QAction, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QHeaderView,
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
        view.horizontalHeader().sortIndicatorChanged.connect(lambda *_: _honest_arrow(view))
    view.setWordWrap(False)
    return view


def _honest_arrow(view: QTableView) -> None:
    """A click on a column that cannot sort leaves the arrow on the column that did."""
    model: ListingModel = view.model()  # type: ignore[assignment]
    header = view.horizontalHeader()
    shown = model.sorted_by()
    if shown is not None and shown != (header.sortIndicatorSection(), header.sortIndicatorOrder()):
        header.blockSignals(True)
        header.setSortIndicator(*shown)
        header.blockSignals(False)


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


def fit_columns(
    view: QTableView,
    sample: int = 30,
    widest: int = 10_000,
    stretch: Sequence[int] = (),
    room_for: dict[int, str] | None = None,
) -> None:
    """Size columns to the header and the first ``sample`` rows, none wider than
    ``widest``. Qt's resizeColumnsToContents asks every role of hundreds of rows.
    The ``stretch`` columns share whatever width is left (else the last one takes it);
    ``room_for`` names a text each column must hold whatever rows are shown first.
    Widths the user left last time (``columnsRestored``) are kept instead."""
    header = view.horizontalHeader()
    for column in stretch:
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
    header.setStretchLastSection(not stretch)
    if view.property("columnsRestored"):
        return
    model = view.model()
    metrics = view.fontMetrics()
    header_metrics = header.fontMetrics()
    rows = min(model.rowCount(), sample)
    last = model.columnCount() - 1
    for column in range(last + 1):
        title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
        width = header_metrics.horizontalAdvance(title) + 28  # room for the sort arrow
        if stretch and column != header.sortIndicatorSection():
            width -= 12  # a tight table leaves the arrow's room to the sorted column alone
        texts = [model.index(row, column).data() for row in range(rows)]
        texts.append((room_for or {}).get(column))
        for text in texts:
            if text:
                width = max(width, metrics.horizontalAdvance(str(text)) + 16)
        if column not in stretch and (column < last or stretch):
            view.setColumnWidth(column, min(width, widest))


KEPT_SELECTION = 2_000  # a bigger selection (Select All on a big book) is let go


@contextmanager
def keeping_place(view: QTableView) -> Iterator[None]:
    """Reload ``view``'s model inside: the same items stay selected and current (found
    again by id, where the listing still shows them), at the same scroll position."""
    model: ListingModel = view.model()  # type: ignore[assignment]
    chosen = view.selectionModel()
    rows = [r for part in chosen.selection() for r in range(part.top(), part.bottom() + 1)]
    current = view.currentIndex()
    if current.isValid():
        rows.append(current.row())
    were = {
        row.id: r
        for r in (rows if len(rows) <= KEPT_SELECTION else [current.row()])
        if (row := model.row_at(r)) is not None
    }
    current_id = getattr(model.row_at(current.row()), "id", None)
    selected = [key for key, r in were.items() if chosen.isRowSelected(r)]
    scroll = (view.verticalScrollBar().value(), view.horizontalScrollBar().value())
    yield
    found = model.rows_now(were) if were else {}
    last = model.columnCount() - 1
    selection = QItemSelection()
    for key in selected:
        if key in found:
            selection.select(model.index(found[key], 0), model.index(found[key], last))
    flags = QItemSelectionModel.SelectionFlag
    if current_id in found:
        chosen.setCurrentIndex(model.index(found[current_id], current.column()), flags.NoUpdate)
    chosen.select(selection, flags.ClearAndSelect | flags.Rows)
    view.doItemsLayout()  # the scroll range of the new rows, before scrolling back
    view.verticalScrollBar().setValue(scroll[0])
    view.horizontalScrollBar().setValue(scroll[1])


class LoadsWhenShown(QWidget):
    """A tab that runs its query when first shown, and after a change only once it is
    shown again: a big book's window opens without counting tables nobody looks at."""

    stale = True
    fitted = False  # columns are sized to the first rows once, then left as the user sets

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if self.stale:
            self.refresh_in_place()

    def mark_stale(self) -> None:
        """The book changed: show it now if this tab is seen, else when it next is."""
        if self.isVisible():
            self.refresh_in_place()
        else:
            self.stale = True

    def refresh_in_place(self) -> None:
        """Run the query again, keeping the selection and scroll position."""
        with keeping_place(self.table):
            self.refresh()

    def refresh(self, *_: object) -> None:
        self.stale = False
        self.load()
        if not self.fitted:
            self.fitted = True
            fit_columns(self.table)

    def load(self) -> None:
        raise NotImplementedError

"""Table views as every tab shows them: row selection, SQL sorting, sized columns."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager

from PySide6 import QtCore
from PySide6.QtCore import (
    QEvent,
    QItemSelection,
    QItemSelectionModel,
    QObject,
)
from PySide6.QtGui import QAction, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QHeaderView,
    QLineEdit,
    QTableView,
    QToolButton,
    QWidget,
)

from ui import preferences
from ui.qt_later import TEXT_ONLY
from ui.table_model import ListingModel


def make_table(
    name: str,
    model: ListingModel,
    sort: tuple[int, bool] | None = (0, False),
) -> QTableView:
    """A table of ``model`` named ``name``, laid out as the user left it (else sorted by
    ``sort``: a column and whether descending; None: it does not sort).

    Nothing here touches PySide6's Qt namespace on a start with saved columns (see
    table_model): the header reads its titles from a C++ model, and the rows follow the
    header's arrow through ``sortIndicatorChanged`` rather than Qt's ``sort``."""
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    view.horizontalHeader().setModel(_titles(model, view))
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
    restored = preferences.restore_table(view, sorts=sort is not None)
    if sort is not None:
        if not restored:  # set the arrow first: Qt's default is descending
            column, descending = sort
            order = QtCore.Qt.SortOrder
            view.horizontalHeader().setSortIndicator(
                column, order.DescendingOrder if descending else order.AscendingOrder
            )
            model.sort_rows(column, descending)  # a query only if not its order already
        view.setSortingEnabled(True)
        view.horizontalHeader().sortIndicatorChanged.connect(
            lambda column, order: _sorted_by_arrow(view, column, order)
        )
    view.setWordWrap(False)
    view.setTabKeyNavigation(False)  # Tab leaves the table for the buttons after it
    return view


def _titles(model: ListingModel, owner: QObject) -> QStandardItemModel:
    titles = QStandardItemModel(0, model.columnCount(), owner)
    titles.setHorizontalHeaderLabels(model.titles())
    return titles


def _sorted_by_arrow(view: QTableView, column: int, order: QtCore.Qt.SortOrder) -> None:
    """The header's arrow moved (a click, ``sortByColumn``): the rows follow it (a new
    query), and a column that cannot sort gives the arrow back to the one that did."""
    model: ListingModel = view.model()  # type: ignore[assignment]
    model.sort_rows(column, order == QtCore.Qt.SortOrder.DescendingOrder)
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
    # wide enough for the hint (frame, margins, clear button), which would be cut otherwise
    box.setMinimumWidth(box.fontMetrics().horizontalAdvance(placeholder) + 32)
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
        button.setProperty("toolButtonStyle", TEXT_ONLY)
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
    Widths the user left last time (``columnsRestored``) are kept instead.
    The ``stretch`` columns share whatever width is left (else the last one takes it);
    ``room_for`` names a text each column must hold whatever rows are shown first.
    Without ``stretch``, when the table is too narrow, the model's columns that give way
    narrow first, down to the characters they keep and their title without the sort
    arrow's room."""
    if view.property("columnsRestored"):
        return
    model = view.model()
    header = view.horizontalHeader()
    for column in stretch:
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
    header.setStretchLastSection(not stretch)
    keeps = {}
    if isinstance(model, ListingModel) and not stretch:
        keeps = {i: column.gives_way for i, column in enumerate(model.columns) if column.gives_way}
    metrics = view.fontMetrics()
    header_metrics = header.fontMetrics()
    rows = min(model.rowCount(), sample)
    titles, widths = [], []
    for column in range(model.columnCount()):
        title = (
            model.titles()[column]
            if isinstance(model, ListingModel)
            else str(model.headerData(column, QtCore.Qt.Orientation.Horizontal) or "")
        )
        if column in keeps:  # margins only, and the characters it keeps
            kept = metrics.horizontalAdvance("0" * keeps[column])
            titles.append(max(header_metrics.horizontalAdvance(title), kept) + 10)
        else:
            titles.append(header_metrics.horizontalAdvance(title) + 28)  # and the sort arrow
        width = header_metrics.horizontalAdvance(title) + 28
        if stretch and column != header.sortIndicatorSection():
            width -= 12  # a tight table leaves the arrow's room to the sorted column alone
        texts = [model.index(row, column).data() for row in range(rows)]
        texts.append((room_for or {}).get(column))
        for text in texts:
            if text:
                width = max(width, metrics.horizontalAdvance(str(text)) + 10)  # cell margins
        widths.append(min(width, widest))
    if stretch:  # the fitted columns keep their width; the stretched ones share the rest
        for column, width in enumerate(widths):
            if column not in stretch:
                view.setColumnWidth(column, width)
        return
    # the stretched last column is never narrower than the header's default section
    widths[-1] = max(widths[-1], header.defaultSectionSize())
    for old in view.findChildren(_ColumnsFollowWidth):
        old.stop()
    _ColumnsFollowWidth(view, widths, titles, list(keeps)).apply()


class _ColumnsFollowWidth(QObject):
    """Fitted columns give way as the table narrows (a 1024 px screen) and take their
    width back as it widens, until the user sizes a column by hand."""

    def __init__(
        self, view: QTableView, widths: list[int], least: list[int], first: Sequence[int]
    ) -> None:
        super().__init__(view)
        self.view, self.widths, self.least, self.first = view, widths, least, first
        self.applying = False
        view.installEventFilter(self)
        view.horizontalHeader().sectionResized.connect(self._resized)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Resize:
            self.apply()
        return False

    def apply(self) -> None:
        view = self.view
        room = view.width() - 2 * view.frameWidth() - view.verticalScrollBar().sizeHint().width()
        self.applying = True
        try:
            for column, width in enumerate(
                squeezed(self.widths, self.least, room, self.first)[:-1]
            ):
                view.setColumnWidth(column, width)  # the last one stretches
        finally:
            self.applying = False

    def _resized(self, column: int, *_: int) -> None:
        if not self.applying and column < len(self.widths) - 1:
            self.stop()  # the user's width from now on

    def stop(self) -> None:
        self.view.removeEventFilter(self)
        self.view.horizontalHeader().sectionResized.disconnect(self._resized)
        self.setParent(None)
        self.deleteLater()


def squeezed(
    widths: list[int], least: list[int], room: int, first: Sequence[int] = ()
) -> list[int]:
    """``widths`` cut down to fit ``room``: the columns ``first`` (names), then all, the
    widest first, so a short column such as Status stays on screen; none below ``least``."""
    for giving in (first, range(len(widths))):
        if sum(widths) <= room:
            break
        widths = _capped(widths, least, room, set(giving))
    return widths


def _capped(widths: list[int], least: list[int], room: int, giving: set[int]) -> list[int]:
    def under(cap: int) -> list[int]:
        return [max(least[i], min(w, cap)) if i in giving else w for i, w in enumerate(widths)]

    low, high = 0, max(widths)  # the largest cap that fits
    while low < high:
        cap = (low + high + 1) // 2
        if sum(under(cap)) <= room:
            low = cap
        else:
            high = cap - 1
    return under(low)


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

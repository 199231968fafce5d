"""A table model over an ``app.listing.Listing``: counts in SQL, fetches pages on demand.

Like Anki's browser: the model never holds the whole table, only the pages the view
has asked for; sorting asks the listing for a new SQL order instead of a proxy.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6 import QtCore
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QTimer
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QAbstractItemView

from app.book.listing import Listing
from ui.i18n import tr
from ui.qt_later import ALIGNMENT, DISPLAY, FONT, FOREGROUND, LEFT, MIDDLE, RIGHT, TOOLTIP

RowT = TypeVar("RowT")
PAGE = 200
Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column(Generic[RowT]):
    title: str
    text: Callable[[RowT], str]
    sort_key: str | None = None
    align_right: bool = False
    struck: Callable[[RowT], bool] | None = None
    colour: Callable[[RowT], str | None] | None = None
    tooltip: Callable[[RowT], str] | None = None
    gives_way: int = 0  # narrows first when the table is too narrow, keeping this many characters


class ListingModel(QAbstractTableModel, Generic[RowT]):
    def __init__(
        self,
        make_listing: Callable[[], Listing[RowT]],
        columns: list[Column[RowT]],
        parent=None,
        load: bool = True,
    ) -> None:
        """``load=False``: start empty, for an owner that calls ``reload`` itself."""
        super().__init__(parent)
        self._make_listing = make_listing
        self.columns = columns
        self._sort: tuple[str, bool] | None = None
        self._pages: dict[int, list[RowT]] = {}
        self.failed: BaseException | None = None  # a page that could not be read
        self.listing = self._new_listing()
        self._count = self.listing.count() if load else 0

    def _new_listing(self) -> Listing[RowT]:
        listing = self._make_listing()
        if self._sort is not None:
            listing.sort_by(*self._sort)
        return listing

    def reload(self, make_listing: Callable[[], Listing[RowT]] | None = None) -> None:
        """Run the query again (after a change, a new filter or a new sort)."""
        if make_listing is not None:
            self._make_listing = make_listing
        listing = self._new_listing()  # may raise Refused (bad search): keep the old rows
        self.beginResetModel()
        self.listing = listing
        self._pages.clear()
        self.failed = None
        self._count = self.listing.count()
        self.endResetModel()

    def row_at(self, row: int) -> RowT | None:
        if not 0 <= row < self._count:
            return None
        page = row // PAGE
        if page not in self._pages:
            self._pages[page] = self.listing.rows(page * PAGE, PAGE, self._count)
        rows = self._pages[page]
        offset = row - page * PAGE
        return rows[offset] if offset < len(rows) else None

    def row_of_id(self, wanted: int) -> int | None:
        """The row showing the item with id ``wanted``, if this listing shows it (a query
        for its position: no page is read)."""
        row = self.listing.position_of(wanted)
        return row if row is not None and row < self._count else None

    def rows_now(self, were: dict[int, int]) -> dict[int, int]:
        """Where the items ``were`` (id → the row it was on) are now, for those this
        listing still shows. An item still on its row is seen on its page; only the
        ones that moved cost a query (a position over the whole list)."""
        found: dict[int, int] = {}
        for key, row in were.items():
            if getattr(self.row_at(row), "id", None) == key:
                found[key] = row
        moved = [key for key in were if key not in found]
        if moved:
            positions = self.listing.positions_of(moved)
            found.update((key, row) for key, row in positions.items() if row < self._count)
        return found

    def current(self, view: QAbstractItemView) -> RowT | None:
        """The row under ``view``'s current index, if any."""
        index = view.currentIndex()
        return self.row_at(index.row()) if index.isValid() else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        """Never raises: Qt calls this while painting, where an exception would come back
        at every repaint (a box per cell). A failure is reported once, after the paint,
        and the cells stay empty until the next reload."""
        if self.failed is not None:
            return None
        try:
            return self._data(index, role)
        except Exception as exc:
            self.failed = exc
            QTimer.singleShot(0, self._report_failure)
            return None

    def _report_failure(self) -> None:
        if self.failed is not None:
            sys.excepthook(type(self.failed), self.failed, self.failed.__traceback__)

    def _data(self, index: Index, role: int) -> Any:
        if not index.isValid() or not 0 <= index.column() < len(self.columns):
            return None
        row = self.row_at(index.row())
        if row is None:
            return None
        column = self.columns[index.column()]
        if role == DISPLAY:
            return column.text(row)
        if role == ALIGNMENT:
            return (RIGHT if column.align_right else LEFT) | MIDDLE
        if role == FONT and column.struck and column.struck(row):
            font = QFont()
            font.setStrikeOut(True)
            return font
        if role == FOREGROUND and column.colour:
            name = column.colour(row)
            return QColor(name) if name else None
        if role == TOOLTIP and column.tooltip:
            return column.tooltip(row) or None
        return None

    def titles(self) -> list[str]:
        """The column titles. The view's header shows them from a C++ model
        (``make_table``): no ``headerData`` here, which Qt would call with a
        Qt.Orientation and so build Qt's namespace before the first paint (qt_later)."""
        return [tr(column.title) for column in self.columns]

    def sorted_by(self) -> tuple[int, QtCore.Qt.SortOrder] | None:
        """The column the rows are sorted by, and in which order (for the header's arrow)."""
        for column, found in enumerate(self.columns):
            if found.sort_key == self.listing.sort:
                descending = self.listing.descending
                return column, (
                    QtCore.Qt.SortOrder.DescendingOrder
                    if descending
                    else QtCore.Qt.SortOrder.AscendingOrder
                )
        return None

    def sort_rows(self, column: int, descending: bool = False) -> None:
        """Rows in the order of ``column`` (a new query). Not Qt's ``sort``: the view
        calls that with a Qt.SortOrder, which would build Qt's namespace at the first
        paint; the header's sortIndicatorChanged calls this instead (see make_table)."""
        if not 0 <= column < len(self.columns):
            return
        key = self.columns[column].sort_key
        if key is None:
            return
        wanted = (key, descending)
        already = (self.listing.sort, self.listing.descending) == wanted
        self._sort = wanted
        if not already:
            self.reload()

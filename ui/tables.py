"""Table views as every tab shows them: row selection, SQL sorting, sized columns."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QModelIndex, QObject, QRectF, QSize, Qt
from PySide6.QtGui import QAction, QPainter, QPalette, QShowEvent, QTextDocument, QTextOption
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QBoxLayout,
    QHeaderView,
    QLineEdit,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
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
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        button.setObjectName(action.objectName().replace("action", "button", 1))
        layout.addWidget(button)


def fit_columns(view: QTableView, sample: int = 30, widest: int = 10_000) -> None:
    """Size columns to the header and the first ``sample`` rows, none wider than
    ``widest``. Qt's resizeColumnsToContents asks every role of hundreds of rows.
    Widths the user left last time (``columnsRestored``) are kept instead.
    When the table is too narrow, the model's columns that give way narrow first, down
    to the characters they keep and their title without the sort arrow's room."""
    if view.property("columnsRestored"):
        return
    model = view.model()
    keeps = {}
    if isinstance(model, ListingModel):
        keeps = {i: column.gives_way for i, column in enumerate(model.columns) if column.gives_way}
    metrics = view.fontMetrics()
    header_metrics = view.horizontalHeader().fontMetrics()
    rows = min(model.rowCount(), sample)
    titles, widths = [], []
    for column in range(model.columnCount()):
        title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
        if column in keeps:  # margins only, and the characters it keeps
            kept = metrics.horizontalAdvance("0" * keeps[column])
            titles.append(max(header_metrics.horizontalAdvance(title), kept) + 10)
        else:
            titles.append(header_metrics.horizontalAdvance(title) + 28)  # and the sort arrow
        width = header_metrics.horizontalAdvance(title) + 28
        for row in range(rows):
            text = model.index(row, column).data()
            if text:
                width = max(width, metrics.horizontalAdvance(str(text)) + 10)  # cell margins
        widths.append(min(width, widest))
    # the stretched last column is never narrower than the header's default section
    widths[-1] = max(widths[-1], view.horizontalHeader().defaultSectionSize())
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


class WrapsAnywhere(QStyledItemDelegate):
    """A cell's text on as many lines as it needs, broken between words, or anywhere in
    a word too long for the column: a file name has no spaces to break at, and cut
    short it loses the part that tells files apart."""

    MARGIN = 3

    @staticmethod
    def _layout(shown: QStyleOptionViewItem, width: float) -> QTextDocument:
        wrap = QTextOption()
        wrap.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        document = QTextDocument()
        document.setDocumentMargin(0)
        document.setDefaultFont(shown.font)
        document.setDefaultTextOption(wrap)
        document.setPlainText(shown.text)
        document.setTextWidth(width)
        return document

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        shown = QStyleOptionViewItem(option)
        self.initStyleOption(shown, index)
        room = QRectF(shown.rect.adjusted(self.MARGIN, 0, -self.MARGIN, 0))
        height = self._layout(shown, room.width()).size().height()
        room.setTop(room.top() + max(0.0, (room.height() - height) / 2))  # centred, as Qt's
        text, shown.text = shown.text, ""
        style = shown.widget.style() if shown.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, shown, painter, shown.widget)
        selected = bool(shown.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.save()
        painter.setPen(shown.palette.color(role))
        painter.setFont(shown.font)
        wrap = QTextOption()
        wrap.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        painter.drawText(room, text, wrap)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:  # noqa: N802
        shown = QStyleOptionViewItem(option)
        self.initStyleOption(shown, index)
        width = max(shown.rect.width() - 2 * self.MARGIN, 40)
        size = self._layout(shown, width).size()
        return QSize(
            math.ceil(size.width()) + 2 * self.MARGIN, math.ceil(size.height()) + 2 * self.MARGIN
        )


def rows_follow_columns(view: QTableView) -> None:
    """Wrapped cells: rows grow or shrink to their text whenever a column's width changes."""
    view.setWordWrap(True)
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)


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

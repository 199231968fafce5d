"""Does every text on a screen fit? Measured the way Qt draws it (the widget's own size
hints and font metrics), so a test can say which word was cut, in which language."""

from __future__ import annotations

from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStyle,
    QStyleOptionComboBox,
    QTabBar,
    QTableWidget,
    QToolBar,
    QWidget,
)

SCREEN = (1024, 640)


def _name(widget: QWidget) -> str:
    return widget.objectName() or type(widget).__name__


def _shown(widget: QWidget, top: QWidget) -> bool:
    return widget.isVisible() and widget.window() is top


def _label(label: QLabel) -> str | None:
    if not label.text().strip():
        return None
    if label.wordWrap():
        needed = label.heightForWidth(label.contentsRect().width())
        if needed > label.contentsRect().height() + 1:
            return f"label {label.text()[:60]!r}: {needed} px high needed, has {label.height()}"
        return None
    if label.sizeHint().width() > label.width() + 1:
        return f"label {label.text()[:60]!r}: {label.sizeHint().width()} px, has {label.width()}"
    return None


def _button(button: QAbstractButton) -> str | None:
    if not button.text().strip() or isinstance(button.parentWidget(), QTabBar | QToolBar):
        return None  # tab scrollers, and toolbars: checked as a whole
    if button.sizeHint().width() > button.width() + 1:
        return f"button {button.text()!r}: {button.sizeHint().width()} px, has {button.width()}"
    return None


def _combo(combo: QComboBox) -> str | None:
    option = QStyleOptionComboBox()
    option.initFrom(combo)
    option.editable = combo.isEditable()
    field = combo.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo
    )
    text = combo.currentText()
    needed = combo.fontMetrics().horizontalAdvance(text)
    if text and needed > field.width():
        return f"choice {text!r}: {needed} px, has {field.width()}"
    return None


def _line_edit(edit: QLineEdit) -> str | None:
    if edit.text() or not edit.placeholderText() or isinstance(edit.parentWidget(), QComboBox):
        return None
    room = edit.contentsRect().width() - edit.textMargins().left() - edit.textMargins().right()
    needed = edit.fontMetrics().horizontalAdvance(edit.placeholderText()) + 8  # frame, margin
    if needed > room:
        return f"hint {edit.placeholderText()!r}: {needed} px, has {room}"
    return None


def _tabs(bar: QTabBar) -> str | None:
    if bar.sizeHint().width() > bar.width() + 1:
        texts = [bar.tabText(i) for i in range(bar.count())]
        return f"tabs {texts}: {bar.sizeHint().width()} px, have {bar.width()}"
    return None


def _toolbar(bar: QToolBar) -> str | None:
    hidden = [
        a.text()
        for a in bar.actions()
        if not a.isSeparator() and not bar.widgetForAction(a).isVisible()
    ]
    return f"toolbar hides {hidden}" if hidden else None


def _group(box: QGroupBox) -> str | None:
    needed = box.fontMetrics().horizontalAdvance(box.title()) + 20
    if box.title() and needed > box.width():
        return f"group {box.title()!r}: {needed} px, has {box.width()}"
    return None


def _header(view: QAbstractItemView, header: QHeaderView) -> list[str]:
    model = header.model()  # what the header shows (a table's titles may have their own)
    if model is None or not header.isVisible():
        return []
    style, metrics = header.style(), header.fontMetrics()
    margin = 2 * style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    problems = []
    for column in range(header.count()):
        if header.isSectionHidden(column):
            continue
        title = str(model.headerData(column, header.orientation()) or "")
        needed = metrics.horizontalAdvance(title) + margin
        if header.isSortIndicatorShown() and header.sortIndicatorSection() == column:
            needed += style.pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None, header)
        if needed > header.sectionSize(column):
            problems.append(f"column {title!r}: {needed} px, has {header.sectionSize(column)}")
    if view.horizontalScrollBar().maximum() > 0:
        problems.append(f"columns of {_name(view)} run past its right edge")
    if isinstance(view, QTableWidget) and not view.wordWrap():
        problems.extend(_cells(view))
    return problems


def _cells(table: QTableWidget) -> list[str]:
    """A report's cells (a dialog's table) show their whole text: on one line, or
    wrapped (at spaces, or anywhere) on rows tall enough for it."""
    problems = []
    for row in range(table.rowCount()):
        if table.wordWrap() and table.rowHeight(row) < table.sizeHintForRow(row):
            problems.append(f"row {row + 1} of {_name(table)} is too low for its text")
        for column in range(table.columnCount()):
            item = table.item(row, column)
            if item is None or not item.text() or table.itemDelegateForColumn(column):
                continue  # a delegate of ours draws its own text (WrapsAnywhere)
            words = item.text().split() if table.wordWrap() else [item.text()]
            widest = max(QFontMetrics(item.font()).horizontalAdvance(w) for w in words) + 6
            if widest > table.columnWidth(column):
                room = table.columnWidth(column)
                problems.append(f"cell {item.text()[:60]!r}: {widest} px, has {room}")
    return problems


def cut_texts(top: QWidget) -> list[str]:
    """What ``top`` (a window or a dialog, shown) cuts: texts wider than their room,
    a toolbar that hides actions, columns off the table's edge."""
    problems: list[str | None] = []
    for widget in [top, *top.findChildren(QWidget)]:
        if not _shown(widget, top):
            continue
        if isinstance(widget, QLabel):
            problems.append(_label(widget))
        elif isinstance(widget, QAbstractButton):
            problems.append(_button(widget))
        elif isinstance(widget, QComboBox):
            problems.append(_combo(widget))
        elif isinstance(widget, QLineEdit):
            problems.append(_line_edit(widget))
        elif isinstance(widget, QTabBar):
            problems.append(_tabs(widget))
        elif isinstance(widget, QToolBar):
            problems.append(_toolbar(widget))
        elif isinstance(widget, QGroupBox):
            problems.append(_group(widget))
        elif isinstance(widget, QAbstractItemView) and hasattr(widget, "horizontalHeader"):
            problems.extend(_header(widget, widget.horizontalHeader()))
    too_big = [
        f"{what} {size.width()} × {size.height()} is larger than {SCREEN[0]} × {SCREEN[1]}"
        for what, size in (("minimum size", top.minimumSizeHint()), ("size", top.size()))
        if size.width() > SCREEN[0] or size.height() > SCREEN[1]
    ]
    return too_big + [p for p in problems if p]

"""What belongs to this computer's user rather than to the book: the language, the
window's size, columns and last tab (QSettings). Company, numbering, the warning and
backups are in the book, so they travel with it."""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import TypeVar

from PySide6 import QtCore
from PySide6.QtCore import QByteArray, QLocale, QSettings
from PySide6.QtWidgets import (
    QMainWindow,
    QSplitter,
    QTableView,
    QTabWidget,
    QWidget,
)

from app.common import paths
from ui.i18n import QT_TR_NOOP

ENGLISH, INDONESIAN = "en", "id"
LANGUAGES = {
    "": QT_TR_NOOP("System default"),
    ENGLISH: QT_TR_NOOP("English"),
    INDONESIAN: QT_TR_NOOP("Bahasa Indonesia"),
}
W = TypeVar("W", bound=QWidget)
SETTINGS_FILE_ENV = "EFAKTUR_DESK_SETTINGS"  # a portable install, and the tests


def settings() -> QSettings:
    path = os.environ.get(SETTINGS_FILE_ENV)
    if path:
        return QSettings(path, QSettings.Format.IniFormat)
    return QSettings(paths.ORGANIZATION, paths.APPLICATION)


def chosen_language() -> str:
    """ "" (follow the system), "en" or "id"."""
    value = str(settings().value("language", "") or "")
    return value if value in LANGUAGES else ""


def language() -> str:
    """The language in use: the chosen one, else the system's when it is Indonesian."""
    chosen = chosen_language()
    if chosen:
        return chosen
    return INDONESIAN if QLocale.system().language() == QLocale.Language.Indonesian else ENGLISH


def set_language(code: str) -> None:
    if code not in LANGUAGES:
        raise ValueError(code)
    settings().setValue("language", code)


CORETAX_DETAILS = "billingForm/coretaxDetails"


def shows_coretax_details() -> bool:
    """Whether new billings open with their lines' Coretax details shown (as last left)."""
    return bool(settings().value(CORETAX_DETAILS, False, type=bool))


def show_coretax_details(shown: bool) -> None:
    settings().setValue(CORETAX_DETAILS, shown)


# -- the window as the user left it --------------------------------------------------


def _own(window: QMainWindow, kind: type[W], inside: QWidget | None = None) -> list[W]:
    """The window's own named widgets of ``kind`` (``inside`` one part of it): a dialog's
    may share a name (a billing's History table)."""
    # Qt's own search: the window's builds every tab first (for tests), which closing a
    # big book would pay for (queries included) only to save tabs never opened
    found = QWidget.findChildren(inside or window, kind)
    return [w for w in found if w.objectName() and w.window() is window]


def save_window(window: QMainWindow, tabs: QTabWidget) -> None:
    store = settings()
    store.beginGroup("window")
    store.setValue("geometry", window.saveGeometry())
    store.setValue("state", window.saveState())
    store.setValue("tab", tabs.currentIndex())
    for splitter in _own(window, QSplitter):
        store.setValue(f"splitter/{splitter.objectName()}", splitter.saveState())
    for table in _own(window, QTableView):
        store.setValue(f"columns/{table.objectName()}", table.horizontalHeader().saveState())
        sorted_by = getattr(table.model(), "sorted_by", lambda: None)()
        if table.isSortingEnabled() and sorted_by is not None:  # numbers: read without Qt
            column, order = sorted_by
            descending = order == QtCore.Qt.SortOrder.DescendingOrder
            store.setValue(f"sort/{table.objectName()}", f"{column} {int(descending)}")
    store.endGroup()
    store.sync()


def restore_window(window: QMainWindow, tabs: QTabWidget) -> None:
    store = settings()
    store.beginGroup("window")
    try:
        geometry = store.value("geometry")
        if isinstance(geometry, QByteArray):
            window.restoreGeometry(geometry)
        state = store.value("state")
        if isinstance(state, QByteArray):
            window.restoreState(state)
        tab = int(store.value("tab", -1) or -1)  # its tab restores its parts when built
        if 0 <= tab < tabs.count():
            tabs.setCurrentIndex(tab)
    finally:
        store.endGroup()


def restore_parts(window: QMainWindow, part: QWidget) -> None:
    """The splitters and columns of ``part`` (a tab, built when first needed) as the user
    left them."""
    store = settings()
    store.beginGroup("window")
    try:
        _restore_parts(store, window, part)
    finally:
        store.endGroup()


def _restore_parts(store: QSettings, window: QMainWindow, part: QWidget) -> None:
    _restore_each(store, _own(window, QSplitter, part), _own(window, QTableView, part))


def restore_layout(parts: Sequence[QWidget]) -> None:
    """The splitters and tables ``parts`` as the user left them, named by the owner: no
    search through every widget (which wraps each one for Python, a cost at start-up)."""
    store = settings()
    store.beginGroup("window")
    try:
        splitters = [p for p in parts if isinstance(p, QSplitter)]
        _restore_each(store, splitters, [p for p in parts if isinstance(p, QTableView)])
    finally:
        store.endGroup()


def _restore_each(store: QSettings, splitters: list[QSplitter], tables: list[QTableView]) -> None:
    for splitter in splitters:
        saved = store.value(f"splitter/{splitter.objectName()}")
        if isinstance(saved, QByteArray):
            splitter.restoreState(saved)
    for table in tables:
        if table.property("layoutRead"):  # make_table did, as it made it
            continue
        _restore_columns(table, store.value(f"columns/{table.objectName()}"))


def restore_table(table: QTableView, sorts: bool) -> bool:
    """``table``'s columns and order as the user left them, as it is made (its name
    set, before its first query); False when there is nothing to restore. The sort comes
    back from its own numbers: reading the header's would build Qt's namespace."""
    table.setProperty("layoutRead", True)
    store = settings()
    store.beginGroup("window")
    try:
        if not _restore_columns(table, store.value(f"columns/{table.objectName()}")):
            return False
        sort = str(store.value(f"sort/{table.objectName()}", "") or "").split()
    finally:
        store.endGroup()
    model = table.model()
    if not sorts:
        return True
    if len(sort) == 2 and all(part.isdigit() for part in sort):
        model.sort_rows(int(sort[0]), sort[1] == "1")  # type: ignore[attr-defined]
    else:  # saved by an older version: from the header's arrow
        header = table.horizontalHeader()
        descending = header.sortIndicatorOrder() == QtCore.Qt.SortOrder.DescendingOrder
        model.sort_rows(header.sortIndicatorSection(), descending)  # type: ignore[attr-defined]
    return True


def _restore_columns(table: QTableView, saved: object) -> bool:
    """The header's widths, order and arrow as saved; False when none were. A table
    that sorts is made by make_table, which brings its rows' order back (restore_table)."""
    if not isinstance(saved, QByteArray) or not table.horizontalHeader().restoreState(saved):
        return False
    table.setProperty("columnsRestored", True)  # fit_columns leaves them as they were
    return True

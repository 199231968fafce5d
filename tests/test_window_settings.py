"""Settings, the window as it was left, shortcuts and the toolbar, through the window."""

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QDialogButtonBox,
    QLineEdit,
    QSplitter,
    QToolBar,
)

from app.billings import numbering, parties
from app.book import backups
from app.book.connection import close_book, files_folder
from app.book.models import Billing
from app.common import paths
from app.desk.demo import build_demo
from app.desk.opening import open_book
from app.numbers import threshold
from tests.test_window_billings import billing_row, rows_of, trigger
from ui import launch, preferences
from ui.icons import ACTION_ICONS, FOLDER
from ui.main_window import MainWindow
from ui.settings_dialog import BACKUPS, DATA, WARNING


def save(dialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()


def open_window(qtbot, book: Path) -> MainWindow:
    window = MainWindow(book)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


# -- the Settings dialog ----------------------------------------------------------------


def test_settings_save_company_numbering_warning_and_language_and_show_them_again(window, prompts):
    trigger(window, "actionSettings")
    dialog = window.dialog
    assert dialog.objectName() == "settingsDialog"
    dialog.company.name.setText("PT Maju Sentosa")
    dialog.company.pattern.setText("FK/{yyyy}/{seq:04}")
    dialog.warning.limit.setText("75")
    dialog.language.setCurrentIndex(dialog.language.findData("id"))
    save(dialog)
    assert not dialog.isVisible()
    assert parties.company().name == "PT Maju Sentosa"
    assert numbering.current().text == "FK/{yyyy}/{seq:04}"
    assert threshold.current().limit == 75
    assert preferences.chosen_language() == "id"
    row = billing_row(window, "INV-FPY-032300406")
    assert row["Total"] == "Rp 7.326.000" and row["Invoice Date"] == "21 Nov 2026"
    trigger(window, "actionSettings")
    again = window.dialog
    assert again.company.name.text() == "PT Maju Sentosa"
    assert again.company.preview.text() == "FK/2026/0001"
    assert again.warning.limit.text() == "75"
    assert again.language.currentData() == "id"


def test_a_problem_on_one_page_saves_nothing_and_shows_that_page(window, prompts):
    trigger(window, "actionSettings")
    dialog = window.dialog
    dialog.company.name.setText("PT Tidak Jadi")
    dialog.warning.limit.setText("banyak")
    save(dialog)
    assert dialog.isVisible() and dialog.pages.currentIndex() == WARNING
    assert "whole number" in dialog.problem.text()
    assert parties.company().name == "PT Faspay Demo Niaga"  # nothing of it was saved
    assert preferences.chosen_language() == ""


def test_backups_page_changes_how_many_are_kept_at_once(window, demo):
    trigger(window, "actionSettings")
    dialog = window.dialog.show_page(BACKUPS)
    dialog.backups.keep.setValue(3)
    assert backups.settings_of(demo).keep == 3
    dialog.reject()
    assert backups.settings_of(demo).keep == 3


def test_moving_the_data_folder_copies_the_book_and_closes_the_window(qtbot, prompts, tmp_path):
    book = open_book(paths.default_book())
    build_demo(files_folder(book))
    try:
        window = open_window(qtbot, book)
        trigger(window, "actionSettings")
        dialog = window.dialog.show_page(DATA)
        assert dialog.data_folder.text().endswith("(the standard folder)")
        target = tmp_path / "synced"
        prompts.folders = [target]
        trigger(dialog, "actionMoveDataFolder")
        assert prompts.informed[0].startswith("Your book and its e-Faktur files were copied")
        assert "closes now" in prompts.informed[1]
        assert not window.isVisible()
        assert paths.data_dir() == target and (target / "book.sqlite").exists()
    finally:
        close_book()


def test_a_read_only_window_shows_settings_but_cannot_save_them(demo, qtbot, prompts):
    close_book()
    open_book(demo, read_only=True)
    window = open_window(qtbot, demo)
    trigger(window, "actionSettings")
    dialog = window.dialog
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Save).isEnabled()
    assert "read-only" in dialog.problem.text()


# -- the window as it was left -------------------------------------------------------


def test_size_columns_sort_splitter_and_tab_come_back_after_closing(demo, qtbot, prompts):
    window = open_window(qtbot, demo)
    window.resize(1000, 640)
    window.tabs.setCurrentWidget(window.billings_tab)
    table = window.billings_tab.table
    table.setColumnWidth(1, 333)
    table.sortByColumn(4, Qt.SortOrder.DescendingOrder)  # Total, largest first
    largest_first = rows_of(table)
    splitter = window.findChild(QSplitter, "numbersSplitter")
    splitter.setSizes([150, 400])
    split = splitter.sizes()
    window.close()

    again = open_window(qtbot, demo)
    assert again.tabs.currentWidget() is again.billings_tab
    assert again.height() == 640  # (the offscreen screen is 800 wide: Qt fits the width in)
    header = again.billings_tab.table.horizontalHeader()
    assert header.sectionSize(1) == 333
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (
        4,
        Qt.SortOrder.DescendingOrder,
    )
    assert rows_of(again.billings_tab.table) == largest_first  # the rows follow the sort
    top, bottom = again.findChild(QSplitter, "numbersSplitter").sizes()
    assert abs(top / (top + bottom) - split[0] / sum(split)) < 0.02  # laid out anew, same share


# -- shortcuts and the toolbar ------------------------------------------------------


def press(window, keys: str) -> None:
    window.activateWindow()
    focus = QApplication.focusWidget() or window
    for combo in QKeySequence(keys):
        QTest.keyClick(focus, combo.key(), combo.keyboardModifiers())


@pytest.mark.parametrize(
    ("keys", "action"),
    [
        ("Ctrl+N", "actionNewBilling"),
        ("Ctrl+F", "actionFind"),
        ("Ctrl+E", "actionShowExport"),
        ("F5", "actionRefresh"),
        ("Ctrl+,", "actionSettings"),
    ],
)
def test_standard_shortcuts_trigger_their_actions(window, qtbot, keys, action):
    if keys == "Ctrl+," and not QKeySequence.keyBindings(QKeySequence.StandardKey.Preferences):
        pytest.skip("this platform has no Preferences shortcut")
    found = window.findChild(QAction, action)
    fired = []
    found.triggered.connect(lambda: fired.append(action))
    window.tabs.setCurrentWidget(window.billings_tab)
    window.billings_tab.table.setFocus()
    press(window, keys)
    assert fired == [action]


def test_find_goes_to_the_search_box_of_the_tab(window):
    for tab in (window.billings_tab, window.numbers_tab, window.files_tab, window.history_tab):
        window.tabs.setCurrentWidget(tab)
        tab.search.setText("INV")
        trigger(window, "actionFind")
        assert QApplication.focusWidget() is tab.search
        assert tab.search.selectedText() == "INV"  # typing replaces it


def test_delete_key_deletes_the_selected_draft_after_asking(window, prompts):
    window.tabs.setCurrentWidget(window.billings_tab)
    billing_row(window, "INV-FPY-032300406")  # the demo's draft, alone in the list
    table = window.billings_tab.table
    table.selectRow(0)
    table.setFocus()
    prompts.answers = [True]
    press(window, "Del")
    assert prompts.asked == [
        "Delete the 1 selected billing and their lines? This cannot be undone."
    ]
    assert not Billing.select().where(Billing.invoice_no == "INV-FPY-032300406").exists()


def test_the_toolbar_holds_the_daily_actions_each_with_its_icon(window, qtbot):
    bar = window.findChild(QToolBar, "mainToolBar")
    shown = [a.objectName() for a in bar.actions() if not a.isSeparator()]
    assert shown == [
        "actionNewBilling",
        "actionIssueSelected",
        "actionGenerateEfakturNoSelected",
        "actionAddRange",
        "actionUploadEfaktur",
        "actionShowExport",
        "actionBackUpNow",
        "actionRefresh",
        "actionSettings",
    ]
    qtbot.waitUntil(lambda: window.icons_given)  # drawn after the first paint
    qtbot.wait(10)
    for name, file in ACTION_ICONS.items():
        assert (FOLDER / f"{file}.svg").exists(), file
        action = window.findChild(QAction, name)
        assert action is not None, name
        drawn = action.icon().pixmap(20, 20).toImage()
        inked = any(drawn.pixelColor(x, y).alpha() > 0 for x in range(20) for y in range(20))
        assert inked, f"{name}: the SVG did not load"


def test_the_language_chosen_last_time_formats_rupiah_at_start(demo, qtbot, prompts):
    preferences.set_language("id")
    launch.make_application()
    window = open_window(qtbot, demo)
    assert billing_row(window, "INV-FPY-032300406")["Total"] == "Rp 7.326.000"


def test_every_control_in_the_settings_has_an_accessible_name_or_a_label(window):
    trigger(window, "actionSettings")
    dialog = window.dialog
    for edit in dialog.findChildren(QLineEdit):
        if isinstance(edit.parent(), QAbstractSpinBox):
            edit = edit.parent()  # the spin box is what is named
        labelled = edit.accessibleName() or any(
            getattr(label, "buddy", lambda: None)() is edit
            for label in dialog.findChildren(type(dialog.problem))
        )
        assert labelled, edit.objectName()


def test_a_dialog_table_of_the_same_name_does_not_overwrite_the_window_columns(
    demo, qtbot, prompts
):
    from app.book.models import Billing

    window = open_window(qtbot, demo)
    window.tabs.setCurrentWidget(window.history_tab)
    history = window.history_tab.table
    history.setColumnWidth(2, 444)
    detail = window.open_billing(Billing.get(Billing.invoice_no == "INV-FPY-032300404").id)
    assert detail.history.objectName() == history.objectName()  # both "historyTable"
    window.close()
    again = open_window(qtbot, demo)
    assert again.history_tab.table.columnWidth(2) == 444

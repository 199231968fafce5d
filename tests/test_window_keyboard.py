"""The keyboard alone gets through the dialogs, and every control says what it is."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDateEdit,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from app.book.models import Customer
from tests.test_window_billings import open_detail, select_customer, trigger
from ui.billing_form import CODE, NAME
from ui.customer_dialog import CustomerDialog

INPUTS = (QLineEdit, QComboBox, QAbstractSpinBox, QDateEdit, QPlainTextEdit)


def type_and_tab(dialog: QWidget, text: str) -> None:
    focus = dialog.focusWidget()
    assert focus is not None, "nothing in the dialog has the keyboard"
    QTest.keyClicks(focus, text)
    QTest.keyClick(focus, Qt.Key.Key_Tab)


def test_a_new_customer_is_entered_with_the_keyboard_only(window, qtbot):
    trigger(window, "actionNewCustomer")
    dialog = window.dialog
    assert dialog.focusWidget() is dialog.fields["name"], "typing starts at the name"
    type_and_tab(dialog, "PT Papan Ketik")
    type_and_tab(dialog, "keuangan@papan.co.id")
    QTest.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)  # Enter saves
    saved = Customer.get_or_none(Customer.name == "PT Papan Ketik")
    assert saved is not None and saved.email == "keuangan@papan.co.id"
    assert not dialog.isVisible()


def test_escape_closes_a_dialog_without_saving(window, qtbot, prompts):
    select_customer(window, "Budi Santoso")
    trigger(window, "actionEditCustomer")
    dialog = window.dialog
    dialog.fields["name"].setText("Budi Diganti")
    prompts.answers = [True]  # throw the typing away
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert Customer.get_or_none(Customer.name == "Budi Santoso") is not None


def _labelled(widget: QWidget, dialog: QWidget) -> bool:
    if isinstance(widget.parent(), QAbstractSpinBox | QComboBox):
        widget = widget.parent()  # the spin box or combo box is what is named
    if widget.accessibleName():
        return True
    return any(label.buddy() is widget for label in dialog.findChildren(QLabel))


# the forms a user types into, and with them the dialogs that only show and choose
FORMS = [
    "actionAddRange",
    "actionThresholdSettings",
    "actionNewBilling",
    "actionNewCustomer",
    "actionCompanySettings",
    "actionSettings",
]
DIALOGS = [*FORMS, "actionBackups", "actionYearEnd"]


@pytest.mark.parametrize("action", DIALOGS)
def test_every_field_of_each_dialog_is_named_for_screen_readers_and_reached_by_tab(window, action):
    trigger(window, action)
    dialog = window.dialog or window.findChild(QWidget, "backupDialog")
    assert dialog is not None and dialog.isVisible()
    fields = [
        w
        for w in dialog.findChildren(QWidget)
        if isinstance(w, (*INPUTS, QAbstractButton)) and w.isVisibleTo(dialog) and w.isEnabled()
    ]
    unnamed = [
        w.objectName() or type(w).__name__
        for w in fields
        if isinstance(w, INPUTS) and not _labelled(w, dialog)
    ]
    assert unnamed == [], f"fields without a name or label in {dialog.objectName()}"
    chain, widget = [], dialog.nextInFocusChain()
    while widget is not dialog and len(chain) < 500:
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            chain.append(widget)
        widget = widget.nextInFocusChain()
    unreachable = [
        w.objectName() or w.text() if hasattr(w, "text") else type(w).__name__
        for w in fields
        if w not in chain and not isinstance(w.parent(), QAbstractSpinBox | QComboBox)
    ]
    assert unreachable == [], f"Tab never reaches these in {dialog.objectName()}"


def open_dialog(window, action: str) -> QWidget:
    trigger(window, action)
    dialog = window.dialog or window.findChild(QWidget, "backupDialog")
    assert dialog is not None and dialog.isVisible()
    return dialog


def shown_windows() -> set[QWidget]:
    return {w for w in QApplication.topLevelWidgets() if w.isVisible()}


def typing_fields(dialog: QWidget) -> list[QLineEdit]:
    return [
        w
        for w in dialog.findChildren(QLineEdit)
        if w.isVisibleTo(dialog) and w.isEnabled() and not w.isReadOnly()
    ]


@pytest.mark.parametrize("action", DIALOGS)
def test_enter_in_any_field_opens_no_window_the_user_did_not_ask_for(window, prompts, action):
    dialog = open_dialog(window, action)
    before = shown_windows()
    for field in typing_fields(dialog):
        if not dialog.isVisible():
            break  # Enter saved the form: that is what Enter is for
        field.setFocus()
        QTest.keyClick(field, Qt.Key.Key_Return)
        assert shown_windows() <= before, f"Enter in {field.objectName()} opened a window"
    assert prompts.asked == [], "Enter asked a question nobody asked for"


def test_enter_in_subject_or_after_typing_a_customer_does_not_open_new_customer(window):
    form = open_dialog(window, "actionNewBilling")
    QTest.keyClicks(form.subject, "Jasa konsultasi")
    QTest.keyClick(form.subject, Qt.Key.Key_Return)
    form.customer.setFocus()
    QTest.keyClicks(form.customer.lineEdit(), "PT Baru Sekali")
    QTest.keyClick(form.customer.lineEdit(), Qt.Key.Key_Return)
    assert [w for w in form.findChildren(CustomerDialog) if w.isVisible()] == []
    assert form.isVisible() and form.subject.text() == "Jasa konsultasi"


def tab_from(widget: QWidget, backwards: bool = False) -> QWidget:
    widget.setFocus()
    assert widget.window().focusWidget() is widget
    QTest.keyClick(widget, Qt.Key.Key_Backtab if backwards else Qt.Key.Key_Tab)
    return widget.window().focusWidget()


def _select_first(view: QAbstractItemView) -> None:
    if view.model() is not None and view.model().rowCount():
        view.setCurrentIndex(view.model().index(0, 0))


@pytest.mark.parametrize("backwards", [False, True])
def test_tab_leaves_every_table_and_text_box_of_the_window(window, backwards):
    for tab in range(window.tabs.count()):
        window.tabs.setCurrentIndex(tab)
        page = window.tabs.currentWidget()
        boxes = [
            w
            for w in page.findChildren(QWidget)
            if isinstance(w, QAbstractItemView | QPlainTextEdit) and w.isVisible()
        ]
        for box in boxes:
            if isinstance(box, QAbstractItemView):
                _select_first(box)
            landed = tab_from(box, backwards)
            assert landed is not box, f"Tab is trapped in {box.objectName()}"


def test_tab_in_billing_notes_moves_on_and_types_no_tab(window):
    form = open_dialog(window, "actionNewBilling")
    for _ in range(3):
        landed = tab_from(form.notes)
        assert landed is not form.notes
    assert form.notes.toPlainText() == ""
    assert tab_from(form.notes, backwards=True) is not form.notes


def test_tab_walks_the_lines_cell_by_cell_then_on_to_the_save_buttons(window):
    form = open_dialog(window, "actionNewBilling")
    form.add_line()
    lines = form.lines
    lines.setCurrentCell(0, CODE)
    assert tab_from(lines) is lines and lines.currentColumn() == NAME, "Tab is cell to cell"
    lines.setCurrentCell(0, 0)
    assert tab_from(lines, backwards=True) is not lines, "Shift+Tab leaves before the first"
    header = lines.horizontalHeader()  # the last cell as shown (PPnBM % sits by Luxury)
    shown = [c for c in range(lines.columnCount()) if not lines.isColumnHidden(c)]
    lines.setCurrentCell(lines.rowCount() - 1, max(shown, key=header.visualIndex))
    landed = tab_from(lines)
    for _ in range(10):
        if landed.objectName() == "buttonSaveDraft":
            break
        assert landed is not lines
        QTest.keyClick(landed, Qt.Key.Key_Tab)
        landed = form.focusWidget()
    assert landed.objectName() == "buttonSaveDraft"


def test_tab_leaves_the_tables_of_a_billing(window):
    detail = open_detail(window, "INV-FPY-032300403")
    for table in (detail.lines, detail.history):
        _select_first(table)
        assert tab_from(table) is not table
        assert tab_from(table, backwards=True) is not table


def type_into_first_field(dialog: QWidget) -> None:
    field = next(f for f in typing_fields(dialog) if not isinstance(f.parent(), QAbstractSpinBox))
    field.setFocus()
    QTest.keyClicks(field, "7")


@pytest.mark.parametrize("action", FORMS)
def test_escape_asks_before_throwing_away_what_was_typed(window, prompts, action):
    dialog = open_dialog(window, action)
    QTest.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible(), "nothing typed: Escape closes at once"
    assert prompts.asked == []

    dialog = open_dialog(window, action)
    type_into_first_field(dialog)
    prompts.answers = [False]
    QTest.keyClick(dialog.focusWidget(), Qt.Key.Key_Escape)
    assert dialog.isVisible(), "No keeps the form and what was typed"
    assert len(prompts.asked) == 1 and "lost" in prompts.asked[0]
    prompts.answers = [True]
    QTest.keyClick(dialog.focusWidget(), Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_opening_another_dialog_over_a_typed_one_asks_nothing(window, prompts):
    dialog = open_dialog(window, "actionNewCustomer")
    type_into_first_field(dialog)
    open_dialog(window, "actionAddRange")
    assert not dialog.isVisible() and prompts.asked == []


def test_enter_in_a_billing_closes_it_and_opens_no_actions_menu(window):
    detail = open_detail(window, "INV-FPY-032300403")
    assert not detail.actions_button.isDefault()
    detail.lines.setFocus()
    QTest.keyClick(detail.lines, Qt.Key.Key_Return)
    assert not detail.actions_menu.isVisible()
    assert not detail.isVisible(), "Enter presses Close, the default button"

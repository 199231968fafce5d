"""The keyboard alone gets through the dialogs, and every control says what it is."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDateEdit,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from app.models import Customer
from tests.test_window_billings import select_customer, trigger

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


def test_escape_closes_a_dialog_without_saving(window, qtbot):
    select_customer(window, "Budi Santoso")
    trigger(window, "actionEditCustomer")
    dialog = window.dialog
    dialog.fields["name"].setText("Budi Diganti")
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert Customer.get_or_none(Customer.name == "Budi Santoso") is not None


def _labelled(widget: QWidget, dialog: QWidget) -> bool:
    if isinstance(widget.parent(), QAbstractSpinBox | QComboBox):
        widget = widget.parent()  # the spin box or combo box is what is named
    if widget.accessibleName():
        return True
    return any(label.buddy() is widget for label in dialog.findChildren(QLabel))


@pytest.mark.parametrize(
    "action",
    [
        "actionAddRange",
        "actionThresholdSettings",
        "actionNewBilling",
        "actionNewCustomer",
        "actionCompanySettings",
        "actionSettings",
        "actionBackups",
        "actionYearEnd",
    ],
)
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

"""A disabled action says exactly what the core says: the window asks, it never decides."""

import pytest
from PySide6.QtGui import QAction

from app.billings import parties
from app.book.models import Customer, EfakturFile, EfakturRange
from app.common.errors import Refused
from app.efaktur.efaktur_files import withdraw
from app.efaktur.file_rules import may_withdraw
from app.numbers.ranges import delete_range, range_verdicts
from tests.test_window_billings import select_customer
from tests.test_window_ranges import select_range


def tip_of(window, name: str) -> str:
    found = window.findChild(QAction, name)
    assert not found.isEnabled(), name
    return found.toolTip()


def test_delete_range_is_off_with_the_sentence_delete_range_refuses_with(window):
    select_range(window, "000-26.12345600")
    used = EfakturRange.get(EfakturRange.start_counter == 12345600)
    sentence = range_verdicts(used.id)[1].reason
    assert tip_of(window, "actionDeleteRange") == sentence
    with pytest.raises(Refused) as refused:
        delete_range(used.id)
    assert refused.value.message == sentence


def test_delete_customer_is_off_with_the_sentence_delete_customer_refuses_with(window):
    select_customer(window, "Budi Santoso")
    budi = Customer.get(Customer.name == "Budi Santoso")
    sentence = parties.may_delete(budi.id).reason
    assert tip_of(window, "actionDeleteCustomer") == sentence
    with pytest.raises(Refused) as refused:
        parties.delete_customer(budi.id)
    assert refused.value.message == sentence


def test_withdraw_file_is_off_with_the_sentence_withdraw_refuses_with(window):
    attached = EfakturFile.get()
    withdraw(attached.id, "Wrong file attached")  # elsewhere: the command line, another desk
    window.refresh_all()
    window.tabs.setCurrentWidget(window.files_tab)
    window.files_tab.search.setText(attached.billing.invoice_no)
    view = window.files_tab.table
    assert view.model().rowCount() == 1
    view.setCurrentIndex(view.model().index(0, 0))
    sentence = may_withdraw(attached.id).reason
    assert tip_of(window, "actionWithdrawEfakturFile") == sentence
    assert sentence == f"{attached.file_name} was already withdrawn."

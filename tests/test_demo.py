"""The demo book follows the day it is made."""

from datetime import date, timedelta

import pytest

from app.billings.listing import BillingListing
from app.book.connection import close_book, files_folder
from app.book.models import Billing, Event
from app.book.states import Status
from app.common import clock
from app.desk.demo import GUIDE_INVOICE, build_demo, guide_number
from app.desk.opening import open_book
from tests.conftest import TODAY


@pytest.mark.parametrize("today", [TODAY, date(2027, 6, 10), date(2028, 5, 1)])
def test_the_demo_lies_in_the_months_before_today(today, tmp_path):
    path = open_book(tmp_path / "demo.sqlite")
    try:
        build_demo(files_folder(path), today)
        rows = {r.invoice_no: r for r in BillingListing(today=today).rows()}
        this_year = [r for r in rows.values() if r.invoice_date.year == today.year]
        assert len(this_year) == len(rows) - 3  # and last December's three
        for row in rows.values():
            assert row.due_date == row.invoice_date + timedelta(days=30), row.invoice_no
        for row in this_year:
            assert today - timedelta(days=120) <= row.invoice_date < today, row.invoice_no
        guide = rows[GUIDE_INVOICE]
        assert guide.status is Status.UNPAID and guide.tax_active
        assert guide.efaktur_no == guide_number(today.year)
        assert rows["INV-FPY-032300404"].status is Status.OVERDUE
        moments = [e.at for e in Event.select().order_by(Event.id)]
        assert moments == sorted(moments)  # the history reads in time order
        assert max(moments).date() < today
    finally:
        close_book()
    assert clock.today() == TODAY  # the tests' day is pinned again


def test_early_in_a_year_the_demo_stays_in_that_year(tmp_path):
    today = date(2027, 1, 20)
    path = open_book(tmp_path / "demo.sqlite")
    try:
        build_demo(files_folder(path), today)
        guide = Billing.get(Billing.invoice_no == GUIDE_INVOICE)
        assert date(2027, 1, 2) <= guide.invoice_date < today
        assert guide.efaktur_number.value.year == 2027
    finally:
        close_book()

"""What the window's dialogs read from the core: plain results, read at once, the same
facts the window shows (no Qt). A billing, number, range or customer that is gone is
refused in words, not a database error."""

from dataclasses import FrozenInstanceError

import pytest

from app.billings.billings import billing_data, billing_detail
from app.billings.parties import customer_names, load_customer_data
from app.book.models import Billing, EfakturNumber, EfakturRange
from app.book.states import Status
from app.common.errors import Refused
from app.numbers.ranges import number_details, range_details


def billing_id(invoice_no: str) -> int:
    return Billing.get(Billing.invoice_no == invoice_no).id


def number_id(counter: int) -> int:
    return EfakturNumber.get(EfakturNumber.counter == counter).id


def test_a_billing_detail_holds_its_customer_figures_and_lines(demo):
    shown = billing_detail(billing_id("INV-FPY-032300400"))
    assert (shown.invoice_no, shown.customer_name) == ("INV-FPY-032300400", "PT Sinar Jaya Abadi")
    assert shown.facts.status is Status.UNPAID and shown.facts.number == "000-26.12345619"
    assert (shown.dpp, shown.ppn, shown.total, shown.outstanding) == (
        5_550_000,
        610_500,
        6_160_500,
        6_160_500,
    )
    assert [(line.name, line.shown.amount) for line in shown.lines] == [
        ("Faspay Billing annual licence", 5_550_000)
    ]
    assert shown.released_number is None
    with pytest.raises(FrozenInstanceError):
        shown.total = 0  # a result, not a record to change


def test_a_cancelled_billing_shows_the_number_it_cancelled(demo):
    shown = billing_detail(billing_id("INV-FPY-032200399"))
    assert shown.facts.status is Status.CANCELLED and shown.facts.number is None
    assert shown.released_number == "000-26.12345605"


def test_a_billing_that_is_gone_is_refused_in_words(demo):
    with pytest.raises(Refused, match="no longer exists"):
        billing_detail(999_999)
    with pytest.raises(Refused, match="no longer exists"):
        billing_data(999_999)


def test_the_form_reads_a_draft_as_it_was_saved(demo):
    data = billing_data(billing_id("INV-FPY-032300406"))
    assert data.invoice_no == "INV-FPY-032300406" and data.lines


def test_a_number_cancelled_and_taken_again_tells_its_story(demo):
    shown = number_details(number_id(12345605))
    assert (shown.number, shown.state, shown.holder) == (
        "000-26.12345605",
        "uploaded",
        "INV-FPY-032200385",
    )
    assert shown.range == "000-26.12345600 .. 000-26.12345699"
    assert [(use.invoice_no, use.released_at is not None) for use in shown.uses] == [
        ("INV-FPY-032200399", True),
        ("INV-FPY-032200385", False),
    ]
    assert [file.withdrawn_at for file in shown.files] == [None]


def test_last_years_unused_number_is_expired_and_on_no_billing(demo):
    shown = number_details(number_id(98765474))
    assert (shown.state, shown.holder, shown.uses, shown.files) == ("expired", None, (), ())
    with pytest.raises(Refused, match="no longer exists"):
        number_details(999_999)


def test_a_range_says_how_much_of_it_was_used(demo):
    rng = EfakturRange.get(EfakturRange.year == 2026)
    shown = range_details(rng.id)
    assert (str(shown.start), str(shown.end), shown.year) == (
        "000-26.12345600",
        "000-26.12345699",
        2026,
    )
    assert (shown.total, shown.used) == (100, 24)
    assert shown.facts.highest_used == 12345623
    with pytest.raises(Refused, match="no longer exists"):
        range_details(999_999)


def test_customers_are_offered_by_name_and_one_that_is_gone_is_refused(demo):
    assert [c.name for c in customer_names()] == [
        "Budi Santoso",
        "CV Maju Bersama",
        "PT Sinar Jaya Abadi",
        "Yayasan Pendidikan Cerdas",
    ]
    sinar = next(c for c in customer_names() if c.name == "PT Sinar Jaya Abadi")
    assert load_customer_data(sinar.id).npwp == "026015362054000"
    with pytest.raises(Refused, match="no longer exists"):
        load_customer_data(999_999)

"""The guide's flow and every refusal, on the core alone (no Qt)."""

import sqlite3
from datetime import date

import pytest
from peewee import fn

from app.billings import billing_actions as actions
from app.billings import parties
from app.billings.listing import BillingListing
from app.billings.rules import Action
from app.book import history
from app.book.models import Billing, EfakturNumber, Event, NumberAssignment, db
from app.common.errors import Refused
from app.desk.demo import GUIDE_INVOICE, guide_number
from app.numbers.listing import NumberListing
from app.numbers.ranges import add_range, read_range
from tests.support.books import simple_billing

GUIDE_NUMBER = guide_number(2026)  # the demo made on conftest.TODAY


def by_no(invoice_no: str) -> Billing:
    return Billing.get(Billing.invoice_no == invoice_no)


def number_state(text: str) -> str:
    (row,) = NumberListing(search=text).rows()
    return row.state


def test_guide_cancel_then_cancel_its_efaktur_no(demo):
    guide = by_no(GUIDE_INVOICE)
    assert str(guide.efaktur_number) == GUIDE_NUMBER
    assert number_state(GUIDE_NUMBER) == "assigned"

    with pytest.raises(Refused, match="Cancel the billing first"):
        actions.cancel_efaktur_no(guide.id)
    actions.cancel_billing(guide.id)
    released = actions.cancel_efaktur_no(guide.id)

    assert released == GUIDE_NUMBER
    assert number_state(GUIDE_NUMBER) == "available"
    row = BillingListing(search=GUIDE_INVOICE).rows()[0]
    assert (row.status.value, row.efaktur_no, row.cancelled_efaktur_no) == (
        "cancelled",
        None,
        GUIDE_NUMBER,
    )
    # the next taxable billing issued takes it: smallest available first
    assigned = actions.issue_billing(by_no("INV-FPY-032300406").id)
    assert assigned.number == GUIDE_NUMBER
    served = NumberAssignment.select().join(EfakturNumber).where(EfakturNumber.counter == 12345619)
    assert [a.billing.invoice_no for a in served] == [GUIDE_INVOICE, "INV-FPY-032300406"]


def test_uploaded_number_stays_spent_even_after_cancel(demo):
    uploaded = by_no("INV-FPY-032300401")
    actions.cancel_billing(uploaded.id)
    with pytest.raises(Refused, match="e-Faktur file uploaded on 2026-11-17"):
        actions.cancel_efaktur_no(uploaded.id)
    assert number_state("000-26.12345620") == "uploaded"


def test_billing_without_tax_has_no_number_to_give_or_take(demo):
    no_tax = by_no("INV-FPY-032300405")
    with pytest.raises(Refused, match="Invoice Tax is off"):
        actions.generate_efaktur_no([no_tax.id])
    actions.cancel_billing(no_tax.id)
    with pytest.raises(Refused, match="Invoice Tax is off"):
        actions.cancel_efaktur_no(no_tax.id)


def test_released_billing_has_no_number_to_cancel_efaktur_no_twice(demo):
    cancelled = by_no("INV-FPY-032200399")
    with pytest.raises(Refused, match="no E-Faktur No to cancel"):
        actions.cancel_efaktur_no(cancelled.id)


def test_paid_billing_cannot_be_cancelled_and_nothing_changes(demo):
    paid = by_no("INV-FPY-032300402")
    events_before = Event.select().count()
    with pytest.raises(Refused, match="fully paid"):
        actions.cancel_billing(paid.id)
    assert by_no("INV-FPY-032300402").status == "paid"
    assert Event.select().count() == events_before


def test_every_change_lands_in_the_history(demo):
    guide = by_no(GUIDE_INVOICE)
    before = len(history.for_billing(guide.id))
    actions.cancel_billing(guide.id, "wrong customer")
    actions.cancel_efaktur_no(guide.id)
    events = history.for_billing(guide.id)[before:]
    assert [e.action for e in events] == ["cancelled", "efaktur_no_cancelled"]
    assert events[0].reason == "wrong customer"
    assert GUIDE_NUMBER in events[1].summary
    assert history.for_number(events[1].number_id)[-1].action == "efaktur_no_cancelled"


def test_no_number_for_the_faktur_year_is_refused_and_nothing_is_issued(demo):
    customer = parties.add_customer("PT Baru", npwp="013000666091000")
    billing = simple_billing("INV-2027-1", customer.id, date(2027, 2, 1))
    with pytest.raises(Refused, match="no E-Faktur No range is recorded for 2027"):
        actions.issue_billing(billing.id)
    assert by_no("INV-2027-1").status == "draft"  # the whole issue rolled back


def test_numbers_granted_after_the_faktur_date_are_not_used(book):
    customer = parties.add_customer("PT Baru", npwp="013000666091000")
    add_range(read_range("000-27.00000001", "000-27.00000010", 2027, date(2027, 3, 1)))
    early = simple_billing("INV-EARLY", customer.id, date(2027, 2, 1))
    with pytest.raises(Refused, match="no E-Faktur No is left for 2027"):
        actions.issue_billing(early.id)
    late = simple_billing("INV-LATE", customer.id, date(2027, 3, 1))
    assert actions.issue_billing(late.id).number == "000-27.00000001"


def test_bulk_generate_is_all_or_nothing(book):
    customer = parties.add_customer("PT Baru", npwp="013000666091000")
    add_range(read_range("000-27.00000001", "000-27.00000002", 2027))
    ids = []
    for n in range(3):
        billing = simple_billing(f"INV-{n}", customer.id, date(2027, 5, 1), status="unpaid")
        ids.append(billing.id)
    with pytest.raises(Refused, match="no E-Faktur No is left for 2027"):
        actions.generate_efaktur_no(ids)
    assert Billing.select().where(Billing.efaktur_number.is_null(False)).count() == 0
    assert EfakturNumber.select().where(EfakturNumber.state == "available").count() == 2
    done = actions.generate_efaktur_no(ids[:2])
    assert [d.number for d in done] == ["000-27.00000001", "000-27.00000002"]


def test_a_bulk_generate_writes_each_billing_its_own_sealed_entry_in_order(book):
    customer = parties.add_customer("PT Baru", npwp="013000666091000")
    add_range(read_range("000-27.00000001", "000-27.00000005", 2027))
    ids = [
        simple_billing(f"INV-{n}", customer.id, date(2027, 5, 1), status="unpaid").id
        for n in range(5)
    ]
    last = Event.select(fn.MAX(Event.id)).scalar()

    done = actions.generate_efaktur_no(ids)

    events = list(Event.select().where(Event.id > last).order_by(Event.id))
    assert [(e.id, e.billing_id, e.summary) for e in events] == [
        (last + 1 + n, billing_id, f"E-Faktur No {d.number} assigned to {d.invoice_no} (generated)")
        for n, (billing_id, d) in enumerate(zip(ids, done, strict=True))
    ]
    served = NumberAssignment.select().order_by(NumberAssignment.id)
    assert [(a.billing_id, str(a.number)) for a in served] == [
        (billing_id, d.number) for billing_id, d in zip(ids, done, strict=True)
    ]
    assert history.verify().sound
    db.execute_sql("DROP TRIGGER event_is_append_only_delete")
    db.execute_sql("DELETE FROM event WHERE id = ?", (last + 3,))
    assert history.verify().entry_id == last + 3


def test_a_past_years_numbers_have_expired_and_are_never_assigned(book):
    customer = parties.add_customer("PT Lama", npwp="013000666091000")
    add_range(read_range("000-25.00000001", "000-25.00000005", 2025, date(2025, 1, 2)))
    late_entry = simple_billing("INV-2025-LATE", customer.id, date(2025, 12, 30))
    with pytest.raises(Refused, match="2025 is over: its unused E-Faktur Nos have expired"):
        actions.issue_billing(late_entry.id)
    assert by_no("INV-2025-LATE").status == "draft"
    assert EfakturNumber.select().where(EfakturNumber.state == "available").count() == 5


def test_bulk_issue_serves_billings_in_date_order_smallest_number_first(book):
    customer = parties.add_customer("PT Baru", npwp="013000666091000")
    add_range(read_range("000-26.00000001", "000-26.00000010", 2026, date(2026, 1, 2)))
    add_range(read_range("000-26.00000100", "000-26.00000105", 2026, date(2026, 6, 1)))
    later = simple_billing("INV-B", customer.id, date(2026, 7, 1))
    earlier = simple_billing("INV-A", customer.id, date(2026, 3, 1))
    untaxed = simple_billing("INV-C", customer.id, date(2026, 3, 1), tax=False)
    done = actions.issue_billings([later.id, earlier.id, untaxed.id])
    assert [(d.invoice_no, d.number) for d in done] == [
        ("INV-A", "000-26.00000001"),
        ("INV-B", "000-26.00000002"),
    ]
    assert by_no("INV-C").status == "unpaid" and by_no("INV-C").efaktur_number is None


def test_a_chosen_number_is_checked_and_then_used(book):
    customer = parties.add_customer("PT Baru", npwp="013000666091000")
    add_range(read_range("000-26.00000001", "000-26.00000010", 2026, date(2026, 2, 1)))
    billing = simple_billing("INV-PICK", customer.id, date(2026, 3, 1), status="unpaid")
    with pytest.raises(Refused, match="not in any range"):
        actions.generate_efaktur_no([billing.id], chosen="000-26.00000011")
    add_range(read_range("000-27.00000001", "000-27.00000005", 2027))
    with pytest.raises(Refused, match="is for 2027"):
        actions.generate_efaktur_no([billing.id], chosen="000-27.00000001")
    early = simple_billing("INV-EARLY", customer.id, date(2026, 1, 15), status="unpaid")
    with pytest.raises(Refused, match="granted on 2026-02-01, after INV-EARLY"):
        actions.generate_efaktur_no([early.id], chosen="000-26.00000007")
    (done,) = actions.generate_efaktur_no([billing.id], chosen="0002600000007")
    assert done.number == "000-26.00000007"
    other = simple_billing("INV-OTHER", customer.id, date(2026, 3, 2), status="unpaid")
    with pytest.raises(Refused, match="already used"):
        actions.generate_efaktur_no([other.id], chosen="000-26.00000007")
    assert actions.generate_efaktur_no([other.id])[0].number == "000-26.00000001"
    events = history.for_billing(billing.id)
    assert "chosen by hand" in events[-1].summary


def test_payment_moves_status_and_overpaying_is_refused(demo):
    partial = by_no("INV-FPY-032300403")
    owed = partial.total - partial.paid_amount
    with pytest.raises(Refused, match="more than the Rp"):
        actions.record_payment(partial.id, owed + 1, date(2026, 5, 1))
    actions.record_payment(partial.id, owed, date(2026, 5, 1))
    assert by_no("INV-FPY-032300403").status == "paid"


def test_invoice_numbers_are_unique(demo):
    customer = parties.add_customer("PT Baru", npwp="013000666091000")
    with pytest.raises(Refused, match="already used"):
        simple_billing(GUIDE_INVOICE, customer.id, date(2026, 5, 1))


def test_invalid_npwp_is_refused_in_plain_words(book):
    with pytest.raises(Refused, match="not a valid NPWP"):
        parties.add_customer("PT Salah", npwp="02.123.456.7-123.000")


def test_when_no_number_is_left_a_billing_is_issued_without_one_if_asked(book):
    """Issue 14: issuing no longer blocks when the year's numbers ran out; the billing
    is issued "(Not Set)" and takes its number later through Generate E-Faktur No."""
    customer = parties.add_customer("PT Baru", npwp="013000666091000")
    add_range(read_range("000-26.00000001", "000-26.00000002", 2026, date(2026, 1, 2)))
    ids = [simple_billing(f"INV-{n}", customer.id, date(2026, 10, n + 1)).id for n in range(3)]
    with pytest.raises(actions.NoneLeft, match="INV-2: no E-Faktur No is left for 2026") as out:
        actions.issue_billings(ids)
    assert out.value.invoice_nos == ["INV-2"]
    assert {b.status for b in Billing.select()} == {"draft"}  # all or none

    done = actions.issue_billings(ids, without_number=True)
    assert [(d.invoice_no, d.number) for d in done] == [
        ("INV-0", "000-26.00000001"),
        ("INV-1", "000-26.00000002"),
    ]
    assert (by_no("INV-2").status, by_no("INV-2").efaktur_number) == ("unpaid", None)
    assert actions.verdict(ids[2], Action.GENERATE_EFAKTUR_NO).allowed

    add_range(read_range("000-26.00000010", "000-26.00000011", 2026, date(2026, 1, 2)))
    (generated,) = actions.generate_efaktur_no([ids[2]])
    assert generated.number == "000-26.00000010"


def test_a_billing_named_twice_is_refused_once_and_a_long_refusal_is_cut(book):
    customer = parties.add_customer("PT Baru", npwp="013000666091000")
    draft = simple_billing("G-009", customer.id, date(2026, 10, 1))
    with pytest.raises(Refused) as twice:
        actions.generate_efaktur_no([draft.id, draft.id])
    assert twice.value.message.count("G-009") == 1
    ids = [draft.id] + [
        simple_billing(f"G-{n:03d}", customer.id, date(2026, 10, 1)).id for n in range(10, 34)
    ]
    with pytest.raises(Refused) as many:
        actions.generate_efaktur_no(ids)
    lines = many.value.message.splitlines()
    assert len(lines) == 21 and lines[-1] == "and 5 more"
    assert lines[0].startswith("G-009: This billing is Draft.")


THREE = [GUIDE_INVOICE, "INV-FPY-032300403", "INV-FPY-032300404"]


def numbers_of(invoice_nos: list[str]) -> list[str]:
    return [str(by_no(no).efaktur_number) for no in invoice_nos]


def test_three_cancelled_billings_cancel_their_efaktur_nos_at_once(demo):
    ids = [by_no(no).id for no in THREE]
    actions.cancel_billings(ids)
    numbers = numbers_of(THREE)
    before = Event.select().count()

    released = actions.cancel_efaktur_nos(ids)

    assert [(r.invoice_no, r.number) for r in released] == list(zip(THREE, numbers, strict=True))
    assert [number_state(n) for n in numbers] == ["available"] * 3
    for no, number in zip(THREE, numbers, strict=True):
        (row,) = BillingListing(search=no).rows()
        assert (row.efaktur_no, row.cancelled_efaktur_no) == (None, number)
        assert (
            not NumberAssignment.select()
            .where(NumberAssignment.released_at.is_null(), NumberAssignment.billing == row.id)
            .exists()
        )
    events = list(Event.select().where(Event.id > before).order_by(Event.id))
    assert [e.action for e in events] == ["efaktur_no_cancelled"] * 3
    assert [e.summary for e in events] == [
        f"Cancel E-Faktur No on {no}: {number} is available again"
        for no, number in zip(THREE, numbers, strict=True)
    ]
    assert [history.for_number(e.number_id)[-1].action for e in events] == [
        "efaktur_no_cancelled"
    ] * 3


def test_one_uploaded_number_among_them_and_none_is_cancelled(demo):
    named = [*THREE, "INV-FPY-032300401"]
    ids = [by_no(no).id for no in named]
    actions.cancel_billings(ids)
    numbers = numbers_of(named)
    before = Event.select().count()

    with pytest.raises(Refused) as refused:
        actions.cancel_efaktur_nos(ids)

    assert refused.value.message.startswith(
        "INV-FPY-032300401: e-Faktur file uploaded on 2026-11-17"
    )
    assert numbers_of(named) == numbers
    assert [number_state(n) for n in numbers] == ["assigned"] * 3 + ["uploaded"]
    assert Event.select().count() == before


def test_the_database_refuses_to_release_an_uploaded_number_even_past_the_rules(demo, monkeypatch):
    named = [GUIDE_INVOICE, "INV-FPY-032300401"]
    ids = [by_no(no).id for no in named]
    actions.cancel_billings(ids)
    numbers = numbers_of(named)
    monkeypatch.setattr(actions, "require_all", lambda facts, action: None)  # a buggy rule

    with pytest.raises(sqlite3.IntegrityError, match="uploaded e-Faktur number cannot be released"):
        actions.cancel_efaktur_nos(ids)

    assert numbers_of(named) == numbers
    assert [number_state(n) for n in numbers] == ["assigned", "uploaded"]

"""Keeping billings: create, edit, issue, pay, cancel, duplicate, delete (no Qt)."""

from datetime import date, timedelta
from decimal import Decimal

import pytest

from app.billings import billing_actions, numbering, parties
from app.billings.billings import (
    BillingData,
    LineData,
    create_billing,
    data_of,
    delete_billings,
    duplicate_billing,
    save_and_issue,
    update_billing,
)
from app.billings.rules import Action
from app.book.models import Billing, BillingLine, Event
from app.book.states import Status
from app.common.errors import Refused
from app.numbers.ranges import add_range, read_range
from tests.conftest import TODAY


@pytest.fixture
def customer(book):
    return parties.add_customer("PT Kreasi Nusantara", npwp="012345674411000")


@pytest.fixture
def numbers(book):
    add_range(read_range("000-26.00000100", "000-26.00000199", None, date(2026, 1, 2), "e-Nofa"))


def three_lines(customer_id: int, no: str = "INV-1", day: date = TODAY, **more) -> BillingData:
    return BillingData(
        invoice_no=no,
        customer_id=customer_id,
        invoice_date=day,
        due_date=day + timedelta(days=30),
        lines=(
            LineData("Konsultasi", Decimal(1), Decimal(15_000_000)),
            LineData("Pelatihan", Decimal(12), Decimal(750_000), Decimal(10)),
            LineData("Modul", Decimal("2.5"), Decimal("100000.40"), item_code="MOD"),
        ),
        **more,
    )


def status_of(billing_id: int) -> Status:
    return billing_actions.facts_of(Billing.get_by_id(billing_id)).status


# -- VAT at each boundary, through the service ---------------------------------------


@pytest.mark.parametrize(
    ("day", "luxury", "ppn"),
    [
        (date(2022, 3, 31), False, 100_000),  # 10%
        (date(2022, 4, 1), False, 110_000),  # 11%
        (date(2024, 12, 31), True, 110_000),  # 11%, luxury or not
        (date(2025, 1, 1), False, 110_000),  # 12% of 11/12
        (date(2025, 1, 31), True, 110_000),  # luxury in January 2025: still 11/12
        (date(2025, 2, 1), True, 120_000),  # luxury from February 2025: 12% of DPP
        (date(2025, 2, 1), False, 110_000),
    ],
)
def test_a_billings_ppn_follows_its_invoice_date(customer, day, luxury, ppn):
    billing = create_billing(
        BillingData(
            "INV-VAT",
            customer.id,
            day,
            day,
            (LineData("Barang", Decimal(1), Decimal(1_000_000), luxury=luxury),),
        )
    )
    assert (billing.dpp, billing.ppn, billing.total) == (1_000_000, ppn, 1_000_000 + ppn)


def test_totals_are_exact_and_rounded_as_efaktur_wants(customer):
    billing = create_billing(three_lines(customer.id))
    # DPP 15,000,000 + 8,100,000 + 250,001 = 23,350,001; PPN 11% in effect, rounded down
    assert billing.dpp == 23_350_001
    assert billing.ppn == 2_568_500  # 23,350,001 × 0.12 × 11/12 = 2,568,500.11
    assert billing.total == billing.dpp + billing.ppn


def test_prices_including_tax_charge_exactly_what_was_entered(customer):
    data = three_lines(customer.id, prices_include_tax=True)
    billing = create_billing(data)
    assert billing.total == 15_000_000 + 8_100_000 + 250_001
    assert billing.dpp + billing.ppn in (billing.total, billing.total - 1)


# -- edit ---------------------------------------------------------------------------


def test_editing_a_draft_changes_lines_and_totals_and_is_recorded(customer):
    billing = create_billing(three_lines(customer.id))
    data = data_of(billing)
    edited = BillingData(**{**data.__dict__, "lines": data.lines[:1], "subject": "Jasa November"})
    update_billing(billing.id, edited, status="proforma")
    saved = Billing.get_by_id(billing.id)
    assert saved.status == "proforma" and saved.subject == "Jasa November"
    assert [x.name for x in saved.lines] == ["Konsultasi"]
    assert (saved.dpp, saved.total) == (15_000_000, 16_650_000)
    event = Event.select().where(Event.action == "edited").get()
    assert "subject" in event.summary and "lines" in event.summary


def test_an_issued_billing_cannot_be_edited_and_nothing_changes(customer, numbers):
    billing = create_billing(three_lines(customer.id))
    billing_actions.issue_billing(billing.id)
    with pytest.raises(Refused, match="Only a Draft or Proforma can be edited"):
        update_billing(billing.id, three_lines(customer.id, subject="changed"))
    assert Billing.get_by_id(billing.id).subject == ""


def test_invoice_numbers_stay_unique_when_editing(customer):
    create_billing(three_lines(customer.id, "INV-1"))
    second = create_billing(three_lines(customer.id, "INV-2"))
    with pytest.raises(Refused, match="INV-1 is already used"):
        update_billing(second.id, three_lines(customer.id, "INV-1"))
    assert Billing.get_by_id(second.id).invoice_no == "INV-2"


@pytest.mark.parametrize(
    ("line", "message"),
    [
        (LineData("", Decimal(1), Decimal(1)), "Line 1: enter the item name"),
        (LineData("X", Decimal(0), Decimal(1)), "quantity must be more than 0"),
        (LineData("X", Decimal(1), Decimal(-1)), "unit price cannot be negative"),
        (LineData("X", Decimal(1), Decimal(1), Decimal(101)), "between 0 and 100%"),
    ],
)
def test_bad_lines_are_refused_and_nothing_is_written(customer, line, message):
    with pytest.raises(Refused, match=message):
        create_billing(BillingData("INV-BAD", customer.id, TODAY, TODAY, (line,)))
    assert Billing.select().count() == 0 and BillingLine.select().count() == 0


def test_due_date_before_invoice_date_is_refused(customer):
    data = BillingData("INV-1", customer.id, TODAY, TODAY - timedelta(days=1), three_lines(1).lines)
    with pytest.raises(Refused, match="before the invoice date"):
        create_billing(data)


# -- issue, pay, cancel ---------------------------------------------------------------


def test_save_and_issue_is_one_step_and_takes_the_number(customer, numbers):
    billing, assigned = save_and_issue(three_lines(customer.id))
    assert billing.status == "unpaid"
    assert assigned.number == "000-26.00000100"


def test_save_and_issue_without_numbers_saves_nothing(customer):
    with pytest.raises(Refused):
        save_and_issue(three_lines(customer.id))
    assert Billing.select().count() == 0


def test_every_status_transition(customer, numbers):
    billing = create_billing(three_lines(customer.id))
    assert status_of(billing.id) is Status.DRAFT
    update_billing(billing.id, data_of(billing), status="proforma")
    assert status_of(billing.id) is Status.PROFORMA
    update_billing(billing.id, data_of(billing), status="draft")
    assert status_of(billing.id) is Status.DRAFT
    billing_actions.issue_billing(billing.id)
    assert status_of(billing.id) is Status.UNPAID
    total = Billing.get_by_id(billing.id).total
    billing_actions.record_payment(billing.id, 1_000_000, TODAY)
    assert status_of(billing.id) is Status.PARTIALLY_PAID
    billing_actions.record_payment(billing.id, total - 1_000_000, TODAY)
    assert status_of(billing.id) is Status.PAID
    with pytest.raises(Refused, match="fully paid billing cannot be cancelled"):
        billing_actions.cancel_billing(billing.id)

    late = create_billing(three_lines(customer.id, "INV-LATE", TODAY - timedelta(days=40)))
    billing_actions.issue_billing(late.id)
    assert status_of(late.id) is Status.OVERDUE
    billing_actions.cancel_billing(late.id)
    assert status_of(late.id) is Status.CANCELLED


def test_overpaying_is_refused_and_nothing_is_recorded(customer, numbers):
    billing, _ = save_and_issue(three_lines(customer.id))
    with pytest.raises(Refused, match="more than the"):
        billing_actions.record_payment(billing.id, billing.total + 1, TODAY)
    assert Billing.get_by_id(billing.id).paid_amount == 0
    assert status_of(billing.id) is Status.UNPAID


def test_bulk_cancel_is_all_or_nothing(customer, numbers):
    one, _ = save_and_issue(three_lines(customer.id, "INV-1"))
    two, _ = save_and_issue(three_lines(customer.id, "INV-2"))
    draft = create_billing(three_lines(customer.id, "INV-3"))
    with pytest.raises(Refused, match="INV-3: Only an issued billing"):
        billing_actions.cancel_billings([one.id, two.id, draft.id])
    assert status_of(one.id) is Status.UNPAID and status_of(two.id) is Status.UNPAID
    assert billing_actions.cancel_billings([one.id, two.id]) == ["INV-1", "INV-2"]
    assert status_of(one.id) is Status.CANCELLED and status_of(two.id) is Status.CANCELLED
    # the numbers stay on them until each is cancelled (Cancel E-Faktur No)
    assert Billing.get_by_id(one.id).efaktur_number is not None


# -- duplicate and delete ----------------------------------------------------------------


def test_duplicate_is_a_new_draft_with_the_next_number_and_no_tax_trail(customer, numbers):
    original, _ = save_and_issue(three_lines(customer.id, "INV-FPY-261100001"))
    billing_actions.record_payment(original.id, 1_000, TODAY)
    copy = duplicate_billing(original.id, on=TODAY + timedelta(days=3))
    assert copy.invoice_no == "INV-FPY-261100002"
    assert copy.status == "draft" and copy.efaktur_number is None and copy.paid_amount == 0
    assert copy.invoice_date == TODAY + timedelta(days=3)
    assert copy.due_date - copy.invoice_date == timedelta(days=30)
    assert [x.name for x in copy.lines] == [x.name for x in original.lines]
    assert copy.total == original.total


def test_drafts_are_deleted_with_their_lines(customer):
    billing = create_billing(three_lines(customer.id))
    assert delete_billings([billing.id]) == ["INV-1"]
    assert Billing.select().count() == 0 and BillingLine.select().count() == 0
    assert Event.select().where(Event.action == "deleted").count() == 1


def test_a_cancelled_billing_that_served_a_number_stays(customer, numbers):
    billing, _ = save_and_issue(three_lines(customer.id))
    billing_actions.cancel_billing(billing.id)
    verdict = billing_actions.verdict(billing.id, Action.DELETE)
    assert not verdict and "still holds E-Faktur No 000-26.00000100" in verdict.reason
    billing_actions.cancel_efaktur_no(billing.id)
    verdict = billing_actions.verdict(billing.id, Action.DELETE)
    assert not verdict
    assert verdict.reason == (
        "It served E-Faktur No 000-26.00000100. It stays on record as Cancelled."
    )
    with pytest.raises(Refused, match="served E-Faktur No"):
        delete_billings([billing.id])
    assert Billing.get_or_none(Billing.id == billing.id) is not None


def test_a_cancelled_billing_without_tax_and_payments_may_be_deleted(customer):
    billing = create_billing(three_lines(customer.id, tax_active=False))
    billing_actions.issue_billing(billing.id)
    billing_actions.cancel_billing(billing.id)
    assert billing_actions.verdict(billing.id, Action.DELETE)
    delete_billings([billing.id])
    assert Billing.select().count() == 0


def test_a_cancelled_billing_with_payments_stays(customer):
    billing = create_billing(three_lines(customer.id, tax_active=False))
    billing_actions.issue_billing(billing.id)
    billing_actions.record_payment(billing.id, 5_000, TODAY)
    billing_actions.cancel_billing(billing.id)
    verdict = billing_actions.verdict(billing.id, Action.DELETE)
    assert not verdict and verdict.reason.startswith("Payments were recorded on it.")


def test_bulk_delete_is_all_or_nothing(customer, numbers):
    draft = create_billing(three_lines(customer.id, "INV-1"))
    issued, _ = save_and_issue(three_lines(customer.id, "INV-2"))
    with pytest.raises(Refused, match="INV-2: Only a Draft, Proforma or Cancelled"):
        delete_billings([draft.id, issued.id])
    assert Billing.select().count() == 2


# -- numbering ---------------------------------------------------------------------------


def test_invoice_numbers_follow_the_pattern_and_restart_each_month(customer):
    assert numbering.next_invoice_no(TODAY) == "INV-FPY-261100001"
    create_billing(three_lines(customer.id, "INV-FPY-261100041"))
    create_billing(three_lines(customer.id, "INV-FPY-2611X0042"))  # not the pattern's
    assert numbering.next_invoice_no(TODAY) == "INV-FPY-261100042"
    assert numbering.next_invoice_no(date(2026, 12, 1)) == "INV-FPY-261200001"


def test_a_saved_pattern_is_used_and_bad_patterns_say_why(book):
    numbering.save("{yyyy}/FK/{seq:03}")
    assert numbering.next_invoice_no(TODAY) == "2026/FK/001"
    with pytest.raises(Refused, match="exactly once"):
        numbering.save("INV-{yymm}")
    with pytest.raises(Refused, match="unknown part \\{month\\}"):
        numbering.save("INV-{month}{seq}")
    assert numbering.current().text == "{yyyy}/FK/{seq:03}"


# -- customers ---------------------------------------------------------------------------


def test_customer_npwp_and_nik_are_validated_in_plain_words(book):
    with pytest.raises(Refused, match="is not a valid NPWP: it must have 15 or 16 digits"):
        parties.add_customer("PT Salah", npwp="01.234.567.5-411.000")
    with pytest.raises(Refused, match="is not a valid NIK"):
        parties.add_customer("Orang", nik="3171012345670001")
    saved = parties.add_customer("Orang", nik="3171 0117 0845 0001")
    assert saved.nik == "3171011708450001"


def test_editing_a_customer_is_recorded_and_one_with_billings_is_never_deleted(customer):
    data = parties.customer_data(customer)
    parties.save_customer(
        parties.CustomerData(**{**data.__dict__, "phone": "+62 22 123"}), customer.id
    )
    assert parties.Customer.get_by_id(customer.id).phone == "+62 22 123"
    create_billing(three_lines(customer.id))
    with pytest.raises(Refused, match="has 1 billing, so the customer stays"):
        parties.delete_customer(customer.id)
    lonely = parties.add_customer("CV Sepi")
    assert parties.delete_customer(lonely.id) == "CV Sepi"


# -- PPN from the printed DPP (issue 14) ---------------------------------------------


def issue_14_lines(customer_id: int, no: str) -> BillingData:
    return BillingData(
        no,
        customer_id,
        TODAY,
        TODAY + timedelta(days=30),
        (
            LineData("Jasa", Decimal(2), Decimal(750_000), Decimal(10)),
            LineData("Barang", Decimal("1.5"), Decimal(333_333), Decimal("12.5")),
        ),
    )


def test_a_billing_stores_the_ppn_of_its_printed_dpp(customer):
    billing = create_billing(issue_14_lines(customer.id, "INV-14"))
    assert (billing.dpp, billing.ppn, billing.total) == (1_787_500, 196_625, 1_984_125)


def test_a_book_kept_before_the_rule_gets_the_faktur_figures_once_when_opened(
    book, customer, numbers
):
    from app.book.connection import close_book
    from app.desk.opening import open_book

    draft = create_billing(issue_14_lines(customer.id, "INV-D")).id
    unpaid = save_and_issue(issue_14_lines(customer.id, "INV-U"))[0].id
    paid = save_and_issue(issue_14_lines(customer.id, "INV-P"))[0].id
    billing_actions.record_payment(paid, 1_984_124, TODAY)  # the old total, paid in full
    uploaded = save_and_issue(issue_14_lines(customer.id, "INV-F"))[0]
    # the book as an earlier version kept it: PPN from the unrounded DPP
    db = Billing._meta.database
    db.execute_sql("UPDATE billing SET ppn = 196624, total = 1984124")
    db.execute_sql("UPDATE billing SET status = 'paid' WHERE id = ?", (paid,))
    db.execute_sql(
        "UPDATE efaktur_number SET state = 'uploaded' WHERE id = ?", (uploaded.efaktur_number_id,)
    )
    db.execute_sql("DELETE FROM setting WHERE key = 'tax_rule'")
    close_book()

    open_book(book)
    figures = {b.id: (b.dpp, b.ppn, b.total, b.paid_amount) for b in Billing.select()}
    assert figures[draft] == figures[unpaid] == (1_787_500, 196_625, 1_984_125, 0)
    assert figures[paid] == (1_787_500, 196_625, 1_984_124, 1_984_124)  # as billed and paid
    assert figures[uploaded.id] == (1_787_500, 196_624, 1_984_124, 0)  # as DJP approved it
    assert status_of(paid) is Status.PAID
    changed = Event.select().where(Event.action == "tax_recomputed")
    assert sorted(e.billing_id for e in changed) == [draft, unpaid, paid]
    assert all("tax figures worked out again" in e.summary for e in changed)

    close_book()
    open_book(book)
    assert Event.select().where(Event.action == "tax_recomputed").count() == 3


def test_a_luxury_billing_stores_its_ppnbm_in_the_total_and_billings_json_shows_it(book, capsys):
    import json

    from app.billings.billings import BillingData, LineData, create_billing
    from tests.support.cli import run

    customer = parties.add_customer("PT Mewah", npwp="013000666091000")
    car = LineData("Mobil", Decimal(2), Decimal(1_000_000), luxury=True, stlg_rate=Decimal(20))
    billing = create_billing(BillingData("INV-LUX", customer.id, TODAY, TODAY, (car,)))
    stored = Billing.get_by_id(billing.id)
    assert (stored.dpp, stored.ppn, stored.ppnbm, stored.total) == (
        2_000_000,
        240_000,
        400_000,
        2_640_000,
    )
    code, out, _ = run(capsys, "--db", book, "billings", "--json")
    assert code == 0
    (row,) = json.loads(out)
    assert (row["ppnbm"], row["total"]) == (400_000, 2_640_000)


def test_a_07_billing_totals_its_dpp_and_a_book_kept_before_is_brought_to_it(book):
    from app.billings.billings import (
        BillingData,
        LineData,
        create_billing,
        refresh_tax_figures,
        tax_collected,
    )
    from app.book.connection import TAX_RULE_KEY
    from app.book.models import Event, Setting

    assert [code for code in ("01", "04", "07", "08", "10") if not tax_collected(code)] == [
        "07",
        "08",
    ]
    customer = parties.add_customer("PT Kawasan Berikat", npwp="013000666091000")
    line = LineData("Mesin", Decimal(10), Decimal(1_000_000))
    facility = {"transaction_code": "07", "add_info": "TD.00501", "facility_stamp": "TD.01101"}
    billing = create_billing(BillingData("INV-07", customer.id, TODAY, TODAY, (line,), **facility))
    stored = Billing.get_by_id(billing.id)
    assert (stored.dpp, stored.ppn, stored.total) == (10_000_000, 1_100_000, 10_000_000)

    # a book kept by the rule before: the 07 billing's total held its uncollected PPN
    Billing.update(total=11_100_000).where(Billing.id == billing.id).execute()
    Setting.update(value="ppn-of-printed-dpp, ppnbm").where(Setting.key == TAX_RULE_KEY).execute()
    assert refresh_tax_figures() == 1
    assert Billing.get_by_id(billing.id).total == 10_000_000
    entry = Event.select().where(Event.action == "tax_recomputed").get()
    assert entry.summary == "INV-07: tax figures worked out again"
    assert refresh_tax_figures() == 0  # once per rule


def test_07_and_08_take_no_tax_included_prices_and_a_stamp_follows_its_information(book):
    from app.billings.billings import BillingData, LineData, create_billing

    customer = parties.add_customer("PT Kawasan Berikat", npwp="013000666091000")
    line = LineData("Mesin", Decimal(10), Decimal(1_000_000))

    def data(**fields):
        facility = {"transaction_code": "07", "add_info": "TD.00501", "facility_stamp": "TD.01101"}
        return BillingData("INV-07", customer.id, TODAY, TODAY, (line,), **{**facility, **fields})

    with pytest.raises(Refused, match="Under transaction code 07 no PPN is collected"):
        create_billing(data(prices_include_tax=True))
    with pytest.raises(Refused) as refused:
        create_billing(data(facility_stamp="TD.01102"))
    assert refused.value.message == "The facility stamp of TD.00501 is TD.01101, not “TD.01102”."
    assert Billing.select().count() == 0
    create_billing(data())
    assert Billing.select().count() == 1


def test_a_billing_exported_to_coretax_keeps_its_figures_when_the_rule_changes(coretax_book):
    from app.billings.billing_actions import issue_billing
    from app.billings.billings import BillingData, LineData, create_billing, refresh_tax_figures
    from app.book.connection import TAX_RULE_KEY
    from app.book.models import Setting
    from app.efaktur.coretax_export import export_xml
    from tests.support.coretax import seller

    seller()
    customer = parties.add_customer("PT Kawasan Berikat", npwp="013000666091000")
    line = LineData("Mesin", Decimal(10), Decimal(1_000_000))
    facility = {"transaction_code": "07", "add_info": "TD.00501", "facility_stamp": "TD.01101"}
    billing = create_billing(BillingData("INV-07", customer.id, TODAY, TODAY, (line,), **facility))
    issue_billing(billing.id)
    export_xml([billing.id], coretax_book.parent / "out.xml")
    Billing.update(total=11_100_000).where(Billing.id == billing.id).execute()  # an older rule
    Setting.update(value="ppn-of-printed-dpp, ppnbm").where(Setting.key == TAX_RULE_KEY).execute()
    assert refresh_tax_figures() == 0  # Coretax has the faktur: its figures stay as sent
    assert Billing.get_by_id(billing.id).total == 11_100_000


def test_billing_sums_add_up_with_ppnbm_and_the_ppn_a_facility_does_not_collect(book):
    from app.billings.billings import BillingData, LineData, create_billing
    from app.billings.listing import BillingListing

    customer = parties.add_customer("PT Mewah", npwp="013000666091000")
    car = LineData("Mobil", Decimal(2), Decimal(1_000_000), luxury=True, stlg_rate=Decimal(20))
    fuel = LineData("Avtur", Decimal(1), Decimal(1_000_000), kind="A")
    for no, line, fields in (
        ("INV-LUX", car, {}),
        ("INV-07", fuel, {"transaction_code": "07", "add_info": "TD.00504"}),
        ("INV-07-LUX", car, {"transaction_code": "07", "add_info": "TD.00504"}),
    ):
        billing = create_billing(BillingData(no, customer.id, TODAY, TODAY, (line,), **fields))
        billing.status = Status.UNPAID
        billing.save(only=[Billing.status])
    totals = BillingListing().totals()
    assert (totals.dpp, totals.ppn, totals.ppnbm, totals.total) == (
        5_000_000,
        590_000,
        800_000,
        5_640_000,
    )
    assert (totals.ppn_not_collected, totals.ppnbm_not_collected) == (350_000, 400_000)
    collected = totals.ppn - totals.ppn_not_collected + totals.ppnbm - totals.ppnbm_not_collected
    assert totals.dpp + collected == totals.total

"""Which way a book works: from which faktur date its fakturs go through Coretax."""

import sqlite3
from datetime import date

import pytest

from app.billings import billing_actions as actions
from app.billings import parties
from app.billings.rules import Action
from app.book import _migrations as migrations
from app.book.connection import close_book
from app.book.models import Billing, Setting
from app.common.errors import Refused
from app.desk.opening import open_book
from app.numbers import channel
from app.numbers.ranges import add_range, read_range
from tests.support.books import simple_billing
from tests.support.cli import run


def _ranges_for_2024_and_2026() -> None:
    add_range(read_range("000-24.00000001", "000-24.00000010", 2024, date(2024, 1, 2)))
    add_range(read_range("000-26.00000001", "000-26.00000010", 2026, date(2026, 1, 2)))


def test_a_new_book_sends_fakturs_from_2025_through_coretax(coretax_book):
    assert channel.current().coretax_from == date(2025, 1, 1)
    assert channel.through_coretax(date(2025, 1, 1))
    assert not channel.through_coretax(date(2024, 12, 31))


def test_an_existing_book_keeps_the_nsfp_workflow_for_every_date(tmp_path):
    path = tmp_path / "v1.sqlite"
    con = sqlite3.connect(path)  # a book of version 1 holding its company
    con.executescript(migrations.V1)
    con.execute("INSERT INTO company(name) VALUES ('PT Lama')")
    con.execute("PRAGMA user_version = 1")
    con.commit()
    con.close()
    open_book(path)
    try:
        assert channel.current().coretax_from is None
    finally:
        close_book()


def test_an_empty_book_of_an_earlier_version_is_new(tmp_path):
    path = tmp_path / "v1.sqlite"
    con = sqlite3.connect(path)
    con.executescript(migrations.V1)
    con.execute("PRAGMA user_version = 1")
    con.commit()
    con.close()
    open_book(path)
    try:
        assert channel.current().coretax_from == date(2025, 1, 1)
    finally:
        close_book()


def test_coretax_billings_are_issued_without_a_number_earlier_ones_take_theirs(book):
    _ranges_for_2024_and_2026()
    channel.choose(date(2026, 11, 1))
    customer = parties.add_customer("PT Baru", npwp="013000666091000")
    old = simple_billing("INV-OCT", customer.id, date(2026, 10, 31))
    new = simple_billing("INV-2026", customer.id, date(2026, 11, 2))
    assigned = actions.issue_billings([old.id, new.id])
    assert [(a.invoice_no, a.number) for a in assigned] == [("INV-OCT", "000-26.00000001")]
    assert Billing.get_by_id(new.id).efaktur_number is None
    assert Billing.get_by_id(new.id).status == "unpaid"


def test_generate_efaktur_no_says_why_a_coretax_billing_takes_none(coretax_book):
    _ranges_for_2024_and_2026()
    customer = parties.add_customer("PT Baru", npwp="013000666091000")
    new = simple_billing("INV-2026", customer.id, date(2026, 11, 2), status="unpaid")
    verdict = actions.verdict(new.id, Action.GENERATE_EFAKTUR_NO)
    assert not verdict
    assert verdict.reason == (
        "Fakturs dated from 01 Jan 2025 go through Coretax, which numbers them when DJP "
        "approves them, so this billing takes no E-Faktur No."
    )
    with pytest.raises(Refused, match="INV-2026: Fakturs dated from 01 Jan 2025"):
        actions.generate_efaktur_no([new.id])
    assert Billing.get_by_id(new.id).efaktur_number is None


def test_switching_never_touches_a_billing_that_holds_a_number(book):
    _ranges_for_2024_and_2026()
    customer = parties.add_customer("PT Baru", npwp="013000666091000")
    held = simple_billing("INV-HELD", customer.id, date(2026, 11, 2))
    actions.issue_billing(held.id)
    channel.choose(date(2026, 1, 1))
    assert str(Billing.get_by_id(held.id).efaktur_number) == "000-26.00000001"
    # it keeps its number and its workflow; a new one of the same month takes none
    later = simple_billing("INV-NEW", customer.id, date(2026, 11, 3))
    assert actions.issue_billing(later.id) is None
    channel.choose(None)
    assert str(Billing.get_by_id(held.id).efaktur_number) == "000-26.00000001"
    assert Billing.get_by_id(later.id).efaktur_number is None  # switching gave it none
    assert actions.verdict(later.id, Action.GENERATE_EFAKTUR_NO)  # now it may take one


def test_coretax_cannot_start_before_2025(book):
    with pytest.raises(Refused, match="Coretax takes fakturs dated from 01 Jan 2025"):
        channel.choose(date(2024, 12, 31))
    assert channel.current().coretax_from is None


def test_command_line_prints_and_sets_the_way(tmp_path, capsys):
    db = ["--db", tmp_path / "b.sqlite"]
    code, out, _ = run(capsys, *db, "channel")
    assert code == 0
    assert out == (
        "Fakturs dated from 01 Jan 2025 go through Coretax, which numbers them on approval; "
        "earlier ones use E-Faktur Nos from your e-Nofa ranges.\n"
    )
    assert run(capsys, *db, "channel", "desktop")[1] == (
        "Every faktur goes through e-Faktur desktop with an E-Faktur No from your e-Nofa ranges.\n"
    )
    code, out, _ = run(capsys, *db, "channel", "coretax", "--from", "2026-07-01")
    assert code == 0 and "dated from 01 Jul 2026" in out
    code, _, err = run(capsys, *db, "channel", "coretax", "--from", "2026-13-01")
    assert code == 2 and "is not a date written YYYY-MM-DD" in err
    code, _, err = run(capsys, *db, "channel", "coretax", "--from", "2024-06-01")
    assert code == 2 and "from 01 Jan 2025" in err
    open_book(tmp_path / "b.sqlite")
    try:
        assert Setting.get(Setting.key == channel.KEY).value == "2026-07-01"
    finally:
        close_book()


def test_a_coretax_billing_never_shows_as_waiting_for_its_number(coretax_book):
    from app.efaktur.listing import ExportListing

    customer = parties.add_customer("PT Baru", npwp="013000666091000")
    simple_billing("INV-2026", customer.id, date(2026, 11, 2), status="unpaid")
    (row,) = ExportListing(date(2026, 11, 1), date(2026, 11, 30)).rows()
    assert (row.efaktur_no, row.awaits_number) == (None, False)


def test_no_low_number_warning_while_todays_fakturs_go_through_coretax(coretax_book):
    from app.numbers import threshold

    assert threshold.warning() is None  # no range at all: Coretax numbers the fakturs
    channel.choose(None)
    assert threshold.warning().startswith("No E-Faktur No is left for 2026.")


def test_the_billing_list_knows_a_coretax_billing_waits_for_no_number(book):
    from app.billings.listing import BillingListing

    channel.choose(date(2026, 11, 1))
    customer = parties.add_customer("PT Baru", npwp="013000666091000")
    simple_billing("INV-OCT", customer.id, date(2026, 10, 31), status="unpaid")
    simple_billing("INV-NOV", customer.id, date(2026, 11, 2), status="unpaid")
    waits = {r.invoice_no: r.awaits_number for r in BillingListing().rows()}
    assert waits == {"INV-OCT": True, "INV-NOV": False}


# --- transaction code 10: Coretax only --------------------------------------------------

CODE_10_ON_DESKTOP = (
    "Transaction code 10 is for fakturs that go through Coretax; a faktur dated 31 Oct 2026 "
    "goes through e-Faktur desktop, which takes codes 01 to 09 only. Choose another code."
)


def _code_10(no: str, customer_id: int, day: date):
    from decimal import Decimal

    from app.billings.billings import BillingData, LineData, create_billing

    return create_billing(
        BillingData(
            no, customer_id, day, day, (LineData("Jasa", Decimal(1), Decimal(1_000_000)),),
            transaction_code="10",
        )
    )  # fmt: skip


def test_code_10_is_taken_on_a_coretax_date_and_refused_on_a_desktop_date(book):
    channel.choose(date(2026, 11, 1))
    # a customer's default code 10 is fine: its billings may be dated either way
    customer = parties.add_customer("PT Lain", npwp="013000666091000", transaction_code="10")
    assert customer.transaction_code == "10"
    assert _code_10("INV-NOV", customer.id, date(2026, 11, 1)).transaction_code == "10"
    with pytest.raises(Refused) as caught:
        _code_10("INV-OCT", customer.id, date(2026, 10, 31))
    assert caught.value.message == CODE_10_ON_DESKTOP
    assert [b.invoice_no for b in Billing.select()] == ["INV-NOV"]
    with pytest.raises(Refused, match="must be one of 01 to 10, not “11”"):
        parties.add_customer("PT Salah", transaction_code="11")


def test_the_xml_writes_code_10_with_its_vat_on_eleven_twelfths(coretax_book, tmp_path):
    import xml.etree.ElementTree as ET

    from app.billings.billing_actions import issue_billing
    from app.efaktur.coretax_export import export_xml
    from tests.support.coretax import assert_valid, seller

    seller()
    customer = parties.add_customer("PT Lain", npwp="013000666091000")
    billing = _code_10("INV-10", customer.id, date(2026, 11, 2))
    issue_billing(billing.id)
    out = tmp_path / "out.xml"
    export_xml([billing.id], out)
    assert_valid(out.read_bytes())
    invoice = ET.fromstring(out.read_bytes()).find("ListOfTaxInvoice/TaxInvoice")
    line = invoice.find("ListOfGoodService/GoodService")
    assert invoice.findtext("TrxCode") == "10"
    assert [line.findtext(t) for t in ("TaxBase", "OtherTaxBase", "VATRate", "VAT")] == [
        "1000000", "916666.67", "12", "110000",
    ]  # fmt: skip
    assert Billing.get_by_id(billing.id).ppn == 110_000  # the billing's own PPN


def test_import_and_the_command_line_take_code_10_on_the_same_rule(book, tmp_path, capsys):
    path = str(book)
    channel.choose(date(2026, 11, 1))
    header = "invoice_no,invoice_date,customer_name,transaction_code,item_name,quantity,unit_price"
    sheet = tmp_path / "in.csv"
    sheet.write_text(f"{header}\nINV-A,2026-10-31,PT Lain,10,Jasa,1,1000\n")
    code, out, err = run(capsys, "--db", path, "import", sheet)
    assert code == 2
    assert f"row 2, transaction_code: {CODE_10_ON_DESKTOP}" in err
    sheet.write_text(f"{header}\nINV-B,2026-11-02,PT Lain,10,Jasa,1,1000\n")
    assert run(capsys, "--db", path, "import", sheet)[0] == 0
    assert [(b.invoice_no, b.transaction_code) for b in Billing.select()] == [("INV-B", "10")]


def test_a_code_10_billing_whose_date_went_desktop_stays_out_of_the_csv(book, tmp_path):
    from app.efaktur.exports import export_csv

    _ranges_for_2024_and_2026()
    channel.choose(date(2026, 11, 1))
    customer = parties.add_customer("PT Lain", npwp="013000666091000")
    billing = _code_10("INV-10", customer.id, date(2026, 11, 2))
    actions.issue_billings([billing.id])
    channel.choose(None)  # every date through e-Faktur desktop from now on
    actions.generate_efaktur_no([billing.id])
    with pytest.raises(Refused) as caught:
        export_csv([billing.id], tmp_path / "out.csv")
    assert (
        "INV-10: transaction code 10 goes through Coretax only; e-Faktur desktop takes 01 to 09"
        in caught.value.message
    )

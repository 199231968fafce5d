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

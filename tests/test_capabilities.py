"""May this range, customer or file be changed, and why not: one answer, with one sentence,
for the window and the services alike (core only, no Qt)."""

from datetime import date

import pytest

from app.billings import parties
from app.book.models import EfakturFile
from app.common.errors import Refused
from app.common.verdicts import ALLOWED, Verdict
from app.efaktur.efaktur_files import withdraw
from app.efaktur.file_rules import may_withdraw
from app.numbers.ranges import add_range, delete_range, edit_range, range_verdicts, read_range
from tests.support.books import issue_new, simple_billing

USED = (
    "000-26.00000002 of this range was used, so the range stays; shrink its end instead "
    "to drop the unused numbers."
)


@pytest.fixture
def ranges(book):
    """A range two of whose numbers served billings, and one never used."""
    used = add_range(read_range("000-26.00000001", "000-26.00000005"))
    spare = add_range(read_range("000-26.00000100", "000-26.00000102"))
    issue_new("INV-1", date(2026, 3, 1))
    issue_new("INV-2", date(2026, 3, 2))
    return used.id, spare.id


def test_a_never_used_range_may_be_edited_and_deleted(ranges):
    _, spare = ranges
    assert range_verdicts(spare) == (ALLOWED, ALLOWED)
    edit_range(spare, read_range("000-26.00000090", "000-26.00000095"))
    assert delete_range(spare) == "000-26.00000090 .. 000-26.00000095"


def test_a_used_range_stays_and_the_service_says_the_same_sentence(ranges):
    used, _ = ranges
    may_edit, may_delete = range_verdicts(used)
    assert may_edit == ALLOWED  # its end, grant letter and note may still change
    assert may_delete == Verdict(False, USED)
    with pytest.raises(Refused) as refused:
        delete_range(used)
    assert refused.value.message == USED


def test_a_used_range_keeps_its_start_and_its_used_numbers(ranges):
    used, _ = ranges
    with pytest.raises(Refused) as moved:
        edit_range(used, read_range("000-26.00000000", "000-26.00000005"))
    assert moved.value.message == (
        "The start of 000-26.00000001 .. 000-26.00000005 cannot change: 000-26.00000002 and "
        "others below it were already used. Only the end, grant letter date and note can "
        "change."
    )
    with pytest.raises(Refused) as shrunk:
        edit_range(used, read_range("000-26.00000001", "000-26.00000001"))
    assert shrunk.value.message == (
        "The end cannot be before 000-26.00000002, the highest number of this range ever "
        "assigned to a billing."
    )
    edit_range(used, read_range("000-26.00000001", "000-26.00000002"))  # down to it: fine


def test_a_range_deleted_meanwhile_is_refused_with_why(ranges):
    _, spare = ranges
    delete_range(spare)
    with pytest.raises(Refused, match="That range no longer exists"):
        range_verdicts(spare)


def test_a_customer_without_billings_may_be_deleted_one_with_billings_stays(book):
    lone = parties.add_customer("CV Tanpa Tagihan")
    assert parties.may_delete(lone.id) == ALLOWED
    assert parties.delete_customer(lone.id) == "CV Tanpa Tagihan"
    kept = parties.add_customer("PT Pelanggan Setia")
    simple_billing("INV-1", kept.id, date(2026, 3, 1))
    simple_billing("INV-2", kept.id, date(2026, 3, 2))
    stays = "PT Pelanggan Setia has 2 billings, so the customer stays."
    assert parties.may_delete(kept.id) == Verdict(False, stays)
    with pytest.raises(Refused) as refused:
        parties.delete_customer(kept.id)
    assert refused.value.message == stays


def test_a_file_may_be_withdrawn_once_and_the_second_time_says_why(demo):
    attached = EfakturFile.get()
    assert may_withdraw(attached.id) == ALLOWED
    withdraw(attached.id, "Wrong file attached")
    already = f"{attached.file_name} was already withdrawn."
    assert may_withdraw(attached.id) == Verdict(False, already)
    with pytest.raises(Refused) as refused:
        withdraw(attached.id, "Again")
    assert refused.value.message == already


def test_a_file_that_no_longer_exists_is_refused(book):
    with pytest.raises(Refused, match="That e-Faktur file no longer exists."):
        may_withdraw(404)

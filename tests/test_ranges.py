from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.book.models import EfakturNumber, EfakturRange, Event
from app.common.errors import Refused
from app.numbers.ranges import MAX_BLOCK, add_range, delete_range, edit_range, read_range
from tests.support.books import issue_new


def test_a_range_creates_each_of_its_numbers_as_available(book):
    rng = add_range(read_range("000-22.12345600", "000-22.12345699", 2022, date(2022, 1, 3)))
    assert rng.total == 100
    assert EfakturNumber.select().where(EfakturNumber.state == "available").count() == 100


def test_a_block_crossing_a_prefix_is_valid(book):
    rng = add_range(read_range("900-22.99999901", "901-22.00000100"))
    assert rng.total == 200
    last = EfakturNumber.select().order_by(EfakturNumber.counter.desc()).first()
    assert str(last) == "901-22.00000100"


@pytest.mark.parametrize(
    ("start", "end", "year", "says"),
    [
        ("000-22.1234560", "000-22.12345699", None, "13 digits"),
        ("000-22.12345600", "000-23.12345699", None, "one year"),
        ("000-22.12345600", "000-22.12345699", 2023, "Year Period is 2023"),
        ("000-22.12345699", "000-22.12345600", None, "comes before"),
        ("000-22.00000000", "000-22.99999999", None, f"at most {MAX_BLOCK:,}"),
    ],
)
def test_bad_ranges_are_refused_naming_the_problem(book, start, end, year, says):
    with pytest.raises(Refused, match=says):
        read_range(start, end, year)


def test_overlap_is_refused_naming_the_existing_range(book):
    add_range(read_range("000-22.12345600", "000-22.12345699"))
    for start, end in [
        ("000-22.12345650", "000-22.12345750"),  # partial
        ("000-22.12345610", "000-22.12345620"),  # contained
        ("000-22.12345500", "000-22.12345800"),  # containing
    ]:
        with pytest.raises(Refused, match="000-22.12345600 .. 000-22.12345699"):
            add_range(read_range(start, end))
    assert EfakturNumber.select().count() == 100
    add_range(read_range("000-23.12345600", "000-23.12345699"))  # same digits, other year


def _numbers(rng_id: int) -> list[str]:
    return [
        str(n)
        for n in EfakturNumber.select()
        .where(EfakturNumber.range == rng_id)
        .order_by(EfakturNumber.counter)
    ]


def test_an_unused_range_can_change_anything_and_its_numbers_follow(book):
    rng = add_range(read_range("000-26.00000010", "000-26.00000019"))
    edit_range(rng.id, read_range("000-26.00000005", "000-26.00000012", note="typo fixed"))
    assert _numbers(rng.id) == [f"000-26.{n:08d}" for n in range(5, 13)]
    edit_range(rng.id, read_range("000-27.00000001", "000-27.00000003"))
    assert _numbers(rng.id) == ["000-27.00000001", "000-27.00000002", "000-27.00000003"]
    assert EfakturRange.get_by_id(rng.id).available == 3


def test_a_used_range_keeps_its_start_and_shrinks_only_to_its_highest_used_number(book):
    rng = add_range(read_range("000-26.00000001", "000-26.00000010", grant_date=date(2026, 1, 2)))
    assert issue_new("INV-1", date(2026, 2, 1)) == "000-26.00000001"
    assert issue_new("INV-2", date(2026, 2, 2)) == "000-26.00000002"
    with pytest.raises(Refused, match="start of 000-26.00000001 .. 000-26.00000010 cannot change"):
        edit_range(rng.id, read_range("000-26.00000002", "000-26.00000010"))
    with pytest.raises(Refused, match="cannot be before 000-26.00000002"):
        edit_range(rng.id, read_range("000-26.00000001", "000-26.00000001"))
    edit_range(rng.id, read_range("000-26.00000001", "000-26.00000002"))
    assert _numbers(rng.id) == ["000-26.00000001", "000-26.00000002"]
    edit_range(rng.id, read_range("000-26.00000001", "000-26.00000020", note="grown"))
    assert len(_numbers(rng.id)) == 20
    assert EfakturRange.get_by_id(rng.id).available == 18
    events = [e.summary for e in Event.select().where(Event.entity == "range")]
    assert any("end" in s and "changed" in s for s in events)


def test_growing_into_another_range_is_refused(book):
    first = add_range(read_range("000-26.00000001", "000-26.00000010"))
    add_range(read_range("000-26.00000020", "000-26.00000030"))
    with pytest.raises(Refused, match="overlaps the range already recorded: 000-26.00000020"):
        edit_range(first.id, read_range("000-26.00000001", "000-26.00000025"))
    assert len(_numbers(first.id)) == 10


def test_only_a_never_used_range_is_deleted(book):
    used = add_range(read_range("000-26.00000001", "000-26.00000003"))
    spare = add_range(read_range("000-26.00000100", "000-26.00000102"))
    issue_new("INV-1", date(2026, 3, 1))
    with pytest.raises(Refused, match="000-26.00000001 of this range was used, so the range stays"):
        delete_range(used.id)
    assert delete_range(spare.id) == "000-26.00000100 .. 000-26.00000102"
    assert EfakturRange.get_or_none(EfakturRange.id == spare.id) is None
    assert EfakturNumber.select().count() == 3
    deleted = Event.get(Event.action == "range_deleted")
    assert "never used" in deleted.summary


def test_a_number_cancelled_still_counts_as_used_for_the_range(book):
    from app.billings import billing_actions
    from app.book.models import Billing

    rng = add_range(read_range("000-26.00000001", "000-26.00000005"))
    issue_new("INV-1", date(2026, 3, 1))
    billing = Billing.get()
    billing_actions.cancel_billing(billing.id)
    billing_actions.cancel_efaktur_no(billing.id)
    with pytest.raises(Refused, match="of this range was used, so the range stays"):
        delete_range(rng.id)


blocks = st.tuples(st.integers(0, 60), st.integers(0, 15)).map(lambda t: (t[0], t[0] + t[1]))


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(existing=st.lists(blocks, max_size=6), wanted=blocks)
def test_overlap_check_agrees_with_brute_force(book, existing, wanted):
    EfakturNumber.delete().where(EfakturNumber.year == 2026).execute()
    EfakturRange.delete().where(EfakturRange.year == 2026).execute()
    kept: set[int] = set()
    for start, end in existing:
        if kept & set(range(start, end + 1)):
            continue
        add_range(read_range(f"000-26.{start:08d}", f"000-26.{end:08d}"))
        kept |= set(range(start, end + 1))
    clashes = bool(kept & set(range(wanted[0], wanted[1] + 1)))
    try:
        add_range(read_range(f"000-26.{wanted[0]:08d}", f"000-26.{wanted[1]:08d}"))
    except Refused:
        assert clashes
    else:
        assert not clashes

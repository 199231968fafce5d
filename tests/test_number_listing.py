"""Numbers: paging from either end, expiry, year-end leftovers and usage."""

from datetime import date

import pytest

from app.billings import billing_actions
from app.billings.listing import BillingListing
from app.numbers import usage, year_end
from app.numbers.listing import NumberListing
from app.numbers.ranges import add_range, read_range
from tests.support.books import issue_new


@pytest.mark.parametrize("descending", [False, True])
@pytest.mark.parametrize("sort", ["number", "state"])
def test_every_window_of_rows_is_the_same_read_from_either_end(demo, sort, descending):
    add_range(read_range("000-26.00000001", "000-26.00000437"))
    listing = NumberListing()
    listing.sort_by(sort, descending)
    everything = listing.rows()
    total = listing.count()
    assert len(everything) == total == 612  # the demo's 175 and these 437
    for offset in (0, 1, 199, 305, 306, 307, 400, 500, 611, 612):
        assert listing.rows(offset, 50, total) == everything[offset : offset + 50], offset


def test_billing_rows_read_from_the_end_match_too(demo):
    listing = BillingListing()
    listing.sort_by("efaktur_no", True)
    everything = listing.rows()
    total = listing.count()
    assert listing.rows(total - 3, 10, total) == everything[-3:]


def test_a_past_years_unused_numbers_show_as_expired(book):
    add_range(read_range("000-25.00000001", "000-25.00000004", 2025))
    add_range(read_range("000-26.00000001", "000-26.00000002", 2026))
    states = {r.number: r.state for r in NumberListing().rows()}
    assert states["000-25.00000001"] == "expired"
    assert states["000-26.00000001"] == "available"
    assert NumberListing(state="expired").count() == 4
    assert NumberListing(state="available").count() == 2
    assert NumberListing(year=2025).count() == 4


def test_year_end_lists_the_leftovers_in_runs_and_exports_them(book, tmp_path):
    from datetime import datetime

    from app.common import clock

    add_range(read_range("000-25.00000001", "000-25.00000010", 2025, date(2025, 1, 2)))
    clock.fix(datetime(2025, 6, 1, 9))
    for n, day in enumerate([date(2025, 2, 1), date(2025, 2, 2), date(2025, 3, 1)]):
        issue_new(f"INV-{n}", day)
    billing_actions.cancel_billing(1)
    billing_actions.cancel_efaktur_no(1)  # 00000001 is cancelled, never used again
    clock.fix(datetime(2026, 11, 25, 9))
    assert year_end.past_years_with_leftovers() == [2025]
    runs = year_end.leftover_runs(2025)
    assert [str(r) for r in runs] == ["000-25.00000001", "000-25.00000004 .. 000-25.00000010"]
    out = tmp_path / "leftovers-2025.csv"
    assert year_end.write_leftovers_csv(2025, out) == 8
    lines = out.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "efaktur_no,year,block_start,block_end,block_count"
    assert lines[2] == "000-25.00000004,2025,000-25.00000004,000-25.00000010,7"


def test_usage_counts_each_month_and_projects_the_run_out_day(book):
    from datetime import datetime

    from app.common import clock

    add_range(read_range("000-26.00000001", "000-26.00000100", 2026, date(2026, 1, 2)))
    clock.fix(datetime(2026, 11, 25, 9))
    for n in range(30):  # 30 numbers within the last 90 days: one every 3 days
        issue_new(f"INV-{n}", date(2026, 9, 1) + (date(2026, 11, 25) - date(2026, 9, 1)) * n // 30)
    issue_new("INV-FEB", date(2026, 2, 10))
    seen = usage.year_usage(2026)
    assert seen.used == 31 and seen.left == 69 and seen.total == 100
    assert seen.used_per_month[1] == 1 and sum(seen.used_per_month[8:11]) == 30
    assert seen.left_after_month()[1] == 99 and seen.left_after_month()[11] is None
    assert seen.recent_used == 30 and seen.recent_days == 90
    # 30 used in 90 days = 1 every 3 days: 69 left last 207 days
    assert seen.runs_out_on == date(2027, 6, 20)
    assert "last beyond the end of 2026" in seen.outlook()


def test_a_past_year_usage_says_it_is_over(book):
    add_range(read_range("000-25.00000001", "000-25.00000010", 2025))
    assert usage.year_usage(2025).outlook().startswith("2025 is over: 10 unused numbers")
    assert usage.years() == [2025]


def test_the_counts_shown_match_the_numbers_listed_under_every_filter(demo):
    """The unfiltered and available/expired counts come from the ranges' figures, not a
    count of a million rows: they must still agree with the rows themselves."""
    from app.book.models import EfakturRange
    from app.numbers.ranges import edit_range

    grown = add_range(read_range("000-26.00000001", "000-26.00000020"))
    issue_new("INV-COUNT-1", date(2026, 11, 20))
    edit_range(grown.id, read_range("000-26.00000001", "000-26.00000030"))
    range_ids = [None, *(r.id for r in EfakturRange.select())]
    for state in (None, "available", "expired", "assigned", "uploaded"):
        for range_id in range_ids:
            for year in (None, 2025, 2026, 2027):
                listing = NumberListing(state=state, range_id=range_id, year=year)
                assert listing.count() == len(listing.rows()), (state, range_id, year)
    assert NumberListing(state="expired").count() == 72  # last year's leftovers

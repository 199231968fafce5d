from datetime import date

import pytest

from app.errors import Refused
from app.models import EfakturNumber
from app.ranges import MAX_BLOCK, add_range, read_range


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

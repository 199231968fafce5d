import pytest

from app.common.efaktur_no import EfakturNo, parse_any, parse_faktur, parse_number
from app.common.errors import Refused


@pytest.mark.parametrize(
    "text", ["000-22.12345619", "0002212345619", " 000 22 12345619 ", "000.22.12345619"]
)
def test_number_is_read_with_or_without_punctuation(text):
    number = parse_number(text)
    assert (number.year, number.prefix, number.serial) == (2022, 0, 12345619)
    assert str(number) == "000-22.12345619"
    assert number.digits == "0002212345619"


def test_prefix_is_part_of_the_counter_so_a_block_can_cross_it():
    last = parse_number("900-22.99999999")
    assert str(last.shifted(1)) == "901-22.00000000"


def test_faktur_form_carries_code_and_status_digit():
    parsed = parse_faktur("011.007-22.25610008")
    assert parsed.transaction_code == "01"
    assert parsed.status_digit == 1
    assert str(parsed.number) == "007-22.25610008"
    assert parsed.number.faktur_form("01", 1) == "011.007-22.25610008"


def test_search_accepts_all_three_forms():
    expected = EfakturNo(2022, 12345619)
    for text in ["000-22.12345619", "0002212345619", "010.000-22.12345619"]:
        assert parse_any(text) == expected


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("", "Enter"),
        ("000-22.1234561", "13 digits"),
        ("000-22.123456190", "13 digits"),
        ("000-22.1234561X", "not an E-Faktur No"),
        ("٠٠٠-22.12345619", "not an E-Faktur No"),
    ],
)
def test_bad_numbers_are_refused_with_a_plain_message(text, says):
    with pytest.raises(Refused, match=says):
        parse_number(text)


def test_status_digit_must_be_normal_or_replacement():
    with pytest.raises(Refused, match="status digit"):
        parse_faktur("012.000-22.12345619")

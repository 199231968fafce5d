from datetime import date
from decimal import Decimal

import pytest

from app.vat import LineInput, billing_totals, rate_for


@pytest.mark.parametrize(
    ("day", "luxury", "effective"),
    [
        (date(2022, 3, 31), False, Decimal("0.10")),
        (date(2022, 4, 1), False, Decimal("0.11")),
        (date(2024, 12, 31), False, Decimal("0.11")),
        (date(2025, 1, 1), False, Decimal("0.11")),
        (date(2025, 1, 31), True, Decimal("0.11")),
        (date(2025, 2, 1), True, Decimal("0.12")),
        (date(2025, 2, 1), False, Decimal("0.11")),
    ],
)
def test_rate_follows_the_faktur_date(day, luxury, effective):
    assert rate_for(day, luxury).effective.quantize(Decimal("0.0001")) == effective


def test_2025_rate_is_twelve_percent_of_eleven_twelfths():
    rate = rate_for(date(2025, 6, 1))
    assert rate.rate == Decimal("0.12")
    assert rate.label == "12% × 11/12"
    assert rate_for(date(2022, 3, 1)).label == "10%"


def test_domain_worked_example_110_tax_included_at_10_percent():
    totals = billing_totals(
        [LineInput(Decimal(1), Decimal(110))], date(2019, 5, 1), True, prices_include_tax=True
    )
    assert (totals.dpp, totals.ppn, totals.total) == (100, 10, 110)


def test_dpp_rounds_half_up_and_ppn_rounds_down():
    # 3 × 33.5 = 100.5 DPP → 101; PPN 11% of 100.5 = 11.055 → 11
    totals = billing_totals(
        [LineInput(Decimal(3), Decimal("33.5"))], date(2023, 1, 1), True, prices_include_tax=False
    )
    assert (totals.dpp, totals.ppn, totals.total) == (101, 11, 112)


def test_discount_and_no_tax():
    totals = billing_totals(
        [LineInput(Decimal(2), Decimal(1_000_000), Decimal(10))],
        date(2022, 6, 1),
        tax_active=False,
        prices_include_tax=False,
    )
    assert (totals.dpp, totals.ppn, totals.total) == (1_800_000, 0, 1_800_000)


def test_amounts_are_exact_not_float():
    totals = billing_totals(
        [LineInput(Decimal("0.1"), Decimal(3))] * 3, date(2022, 6, 1), True, False
    )
    assert sum(a.dpp for a in totals.lines) == Decimal("0.9")

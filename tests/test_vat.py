from datetime import date
from decimal import Decimal

import pytest

from app.billings.vat import ONE, LineInput, billing_totals, rate_for, shown_lines
from app.common.money import rupiah


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


# -- PPN is worked out from the DPP the faktur prints ---------------------------------


@pytest.mark.parametrize(
    ("day", "luxury", "ppn"),
    [
        (date(2021, 6, 1), False, 10),  # 10% of 100, not 10% of 99.5 = 9.95
        (date(2023, 6, 1), False, 11),  # 11% of 100, not 10.945
        (date(2026, 6, 1), False, 11),  # 12% × 11/12 of 100, not 10.945
        (date(2026, 6, 1), True, 12),  # luxury 12% of 100, not 11.94
    ],
)
def test_ppn_is_the_rate_of_the_printed_dpp_at_every_rate(day, luxury, ppn):
    totals = billing_totals(
        [LineInput(Decimal(1), Decimal("99.5"), luxury=luxury)], day, True, False
    )
    assert (totals.dpp, totals.ppn, totals.total) == (100, ppn, 100 + ppn)


def test_issue_14_billing_shows_ppn_196625_on_dpp_1787500():
    lines = [
        LineInput(Decimal(2), Decimal(750_000), Decimal(10)),
        LineInput(Decimal("1.5"), Decimal(333_333), Decimal("12.5")),
    ]
    totals = billing_totals(lines, date(2026, 11, 20), True, False)
    # exact DPP 1,787,499.5625 → 1,787,500; 1,787,500 × 12% × 11/12 = 196,625 exactly
    assert (totals.dpp, totals.ppn, totals.total) == (1_787_500, 196_625, 1_984_125)


def test_a_single_line_of_9090_50_has_ppn_1000():
    totals = billing_totals([LineInput(ONE, Decimal("9090.50"))], date(2026, 1, 5), True, False)
    assert (totals.dpp, totals.ppn) == (9091, 1000)  # 9,091 × 11% = 1,000.01


def test_eleven_twelfths_is_exact_not_a_decimal_hair_short():
    rate = rate_for(date(2026, 1, 1))
    assert rate.ppn_on(1_200) == 132  # 1,200 × 12% × 11/12 = 132 exactly
    assert rate.ppn_on(1_787_500) == 196_625
    assert all(rate.ppn_on(100 * k) == 11 * k for k in range(1, 2_000))


def test_luxury_and_ordinary_lines_are_each_taxed_on_their_own_printed_dpp():
    lines = [
        LineInput(ONE, Decimal("99.5"), luxury=True),  # DPP 100 → 12
        LineInput(ONE, Decimal("99.5")),  # DPP 100 → 11
    ]
    totals = billing_totals(lines, date(2026, 3, 1), True, False)
    assert [(g.dpp, g.ppn, g.positions) for g in totals.groups] == [
        (100, 12, (0,)),
        (100, 11, (1,)),
    ]
    assert (totals.dpp, totals.ppn) == (200, 23)


def test_a_line_is_shown_to_the_cent_with_the_rounding_where_the_faktur_puts_it():
    lines = [
        LineInput(Decimal(2), Decimal(750_000), Decimal(10)),
        LineInput(Decimal("1.5"), Decimal(333_333), Decimal("12.5")),
    ]
    shown = shown_lines(lines, date(2026, 11, 20), True, False)
    assert [(x.unit_price, x.amount, x.rounding) for x in shown] == [
        (Decimal(750_000), Decimal("1350000.44"), Decimal("0.44")),
        (Decimal(333_333), Decimal("437499.56"), Decimal(0)),
    ]
    (single,) = shown_lines([LineInput(ONE, Decimal("9090.50"))], date(2026, 1, 5), True, False)
    assert (single.unit_price, single.amount, single.rounding) == (
        Decimal("9090.50"),
        Decimal(9091),
        Decimal("0.50"),
    )


def test_tax_included_lines_add_up_to_what_the_customer_pays():
    lines = [LineInput(ONE, Decimal("0.335"))] * 3  # 0.34 each to the cent, 1.005 in all
    totals = billing_totals(lines, date(2026, 3, 1), True, True)
    shown = shown_lines(lines, date(2026, 3, 1), True, True)
    assert [x.amount for x in shown] == [Decimal("0.32"), Decimal("0.34"), Decimal("0.34")]
    assert sum(x.amount for x in shown) == totals.total == 1


def test_rupiah_with_cents_shows_them_in_either_language():
    assert rupiah(Decimal("9090.50")) == "Rp 9.090,50"
    assert rupiah(Decimal("9090.50"), ",") == "Rp 9,090.50"
    assert rupiah(Decimal("1350000.00")) == "Rp 1.350.000"  # no cents, none shown
    assert rupiah(Decimal("-0.44"), ",") == "-Rp 0.44"


# --- PPnBM (luxury goods' sales tax) ---------------------------------------------------


def test_ppnbm_is_in_the_total_the_buyer_pays():
    # 2 × Rp 1.000.000 luxury at 20% PPnBM, 2026: PPN 12% on the full DPP
    lines = [LineInput(Decimal(2), Decimal(1_000_000), luxury=True, stlg_rate=Decimal(20))]
    totals = billing_totals(lines, date(2026, 11, 2), True, False)
    assert (totals.dpp, totals.ppn, totals.ppnbm, totals.total) == (
        2_000_000,
        240_000,
        400_000,
        2_640_000,
    )


def test_ppnbm_is_the_rate_of_the_printed_dpp_rounded_down_at_half():
    # DPP 1,005 at 10%: 100.5 rounds down to 100, as PPN does (domain.md), never 101
    lines = [LineInput(ONE, Decimal(1_005), luxury=True, stlg_rate=Decimal(10))]
    totals = billing_totals(lines, date(2026, 11, 2), True, False)
    assert (totals.dpp, totals.ppn, totals.ppnbm, totals.total) == (1_005, 120, 100, 1_225)
    # the rate applies to the whole-rupiah DPP: 3 × 333.50 = 1,000.50 prints 1,001
    lines = [LineInput(Decimal(3), Decimal("333.50"), luxury=True, stlg_rate=Decimal(10))]
    assert billing_totals(lines, date(2026, 11, 2), True, False).ppnbm == 100  # of 1,001
    lines = [LineInput(ONE, Decimal(1_010), luxury=True, stlg_rate=Decimal(10))]
    assert billing_totals(lines, date(2026, 11, 2), True, False).ppnbm == 101


def test_ppnbm_per_rate_and_only_on_taxed_luxury_lines():
    lines = [
        LineInput(ONE, Decimal(1_000), luxury=True, stlg_rate=Decimal(10)),
        LineInput(ONE, Decimal(1_000), luxury=True, stlg_rate=Decimal(20)),
        LineInput(ONE, Decimal(1_000), stlg_rate=Decimal(20)),  # not luxury: no PPnBM
    ]
    totals = billing_totals(lines, date(2026, 11, 2), True, False)
    assert [(g.rate, g.dpp, g.ppnbm, g.positions) for g in totals.luxury_groups] == [
        (Decimal(10), 1_000, 100, (0,)),
        (Decimal(20), 1_000, 200, (1,)),
    ]
    assert totals.total == totals.dpp + totals.ppn + 300
    untaxed = billing_totals(lines, date(2026, 11, 2), False, False)
    assert (untaxed.ppnbm, untaxed.total) == (0, 3_000)


def test_tax_included_prices_include_ppn_and_ppnbm_comes_on_top():
    lines = [LineInput(ONE, Decimal(1_120), luxury=True, stlg_rate=Decimal(10))]
    totals = billing_totals(lines, date(2026, 11, 2), True, True)
    assert (totals.dpp, totals.ppn, totals.ppnbm, totals.total) == (1_000, 120, 100, 1_220)
    (shown,) = shown_lines(lines, date(2026, 11, 2), True, True)
    assert shown.amount == Decimal(1_120)  # the line as entered; PPnBM is in the totals


# --- codes 07 and 08: the faktur states the tax, the invoice charges none -------------


def test_codes_07_and_08_charge_the_dpp_alone_and_still_state_the_ppn():
    # 10 × Rp 1,000,000 in 2026: DPP 10,000,000; PPN 12% × 11/12 = 1,100,000
    lines = [LineInput(Decimal(10), Decimal(1_000_000))]
    collected = billing_totals(lines, date(2026, 11, 2), True, False)
    not_collected = billing_totals(lines, date(2026, 11, 2), True, False, collected=False)
    assert (collected.dpp, collected.ppn, collected.total) == (10_000_000, 1_100_000, 11_100_000)
    assert (not_collected.dpp, not_collected.ppn) == (10_000_000, 1_100_000)  # stated
    assert not_collected.total == 10_000_000  # charged: the DPP alone
    luxury = [LineInput(ONE, Decimal(1_000_000), luxury=True, stlg_rate=Decimal(20))]
    exempt = billing_totals(luxury, date(2026, 11, 2), True, False, collected=False)
    assert (exempt.ppnbm, exempt.total) == (200_000, exempt.dpp)  # PPnBM not charged either

"""PPN (VAT) by faktur date, and the exact totals of a billing's lines."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_FLOOR, ROUND_HALF_UP, Decimal
from fractions import Fraction

ONE = Decimal(1)
HUNDRED = Decimal(100)


@dataclass(frozen=True)
class Rate:
    rate: Decimal  # the statutory rate, e.g. 0.12
    base_factor: Fraction = Fraction(1)  # the part of DPP it applies to, e.g. 11/12

    @property
    def effective(self) -> Decimal:
        return self.rate * self.base_factor.numerator / self.base_factor.denominator

    @property
    def label(self) -> str:
        pct = f"{(self.rate * HUNDRED).normalize():f}"
        return f"{pct}%" if self.base_factor == 1 else f"{pct}% × 11/12"

    def ppn_on(self, dpp: int) -> int:
        """The PPN of a faktur's whole-rupiah DPP, rounded down (exact: 11/12 is a
        fraction, so a Decimal product could fall a hair short of a whole rupiah)."""
        return math.floor(Fraction(self.rate) * self.base_factor * dpp)


def rate_for(faktur_date: date, luxury: bool = False) -> Rate:
    if faktur_date <= date(2022, 3, 31):
        return Rate(Decimal("0.10"))
    if faktur_date <= date(2024, 12, 31):
        return Rate(Decimal("0.11"))
    if luxury and faktur_date >= date(2025, 2, 1):
        return Rate(Decimal("0.12"))
    return Rate(Decimal("0.12"), Fraction(11, 12))


@dataclass(frozen=True)
class LineInput:
    quantity: Decimal
    unit_price: Decimal
    discount_percent: Decimal = Decimal(0)
    luxury: bool = False


@dataclass(frozen=True)
class LineAmounts:
    """One line, tax-excluded, before any rounding."""

    unit_price: Decimal
    gross: Decimal  # quantity × unit price, before discount
    discount: Decimal
    dpp: Decimal
    ppn: Decimal
    charged: Decimal  # what the customer pays for the line, as entered (incl. or excl.)
    rate: Rate


@dataclass(frozen=True)
class RateGroup:
    """The lines taxed at one rate, with the whole-rupiah DPP and PPN the faktur prints."""

    rate: Rate
    dpp: int
    ppn: int
    positions: tuple[int, ...]  # indexes of the lines in the billing


@dataclass(frozen=True)
class Totals:
    dpp: int
    ppn: int
    total: int
    lines: tuple[LineAmounts, ...]
    groups: tuple[RateGroup, ...]


def round_half_up(value: Decimal) -> int:
    return int(value.quantize(ONE, rounding=ROUND_HALF_UP))


def round_down(value: Decimal) -> int:
    return int(value.quantize(ONE, rounding=ROUND_FLOOR))


def line_amounts(
    line: LineInput, faktur_date: date, tax_active: bool, prices_include_tax: bool
) -> LineAmounts:
    rate = rate_for(faktur_date, line.luxury)
    discount_share = line.discount_percent / HUNDRED
    entered_net = line.quantity * line.unit_price * (ONE - discount_share)
    unit = line.unit_price
    if tax_active and prices_include_tax:
        unit = line.unit_price / (ONE + rate.effective)
    gross = line.quantity * unit
    discount = gross * discount_share
    dpp = gross - discount
    ppn = dpp * rate.effective if tax_active else Decimal(0)
    return LineAmounts(unit, gross, discount, dpp, ppn, entered_net, rate)


def rate_groups(amounts: Sequence[LineAmounts], tax_active: bool) -> tuple[RateGroup, ...]:
    """The faktur's figures: per rate, DPP is the lines' exact DPP rounded half up, and
    PPN is the rate applied to that printed DPP, rounded down, so that anyone checking
    the faktur (DJP, an accountant) gets the same rupiah from the DPP they see."""
    positions: dict[Rate | None, list[int]] = {}
    for k, line in enumerate(amounts):
        positions.setdefault(line.rate if tax_active else None, []).append(k)
    groups = []
    for rate, members in positions.items():
        dpp = round_half_up(sum((amounts[k].dpp for k in members), Decimal(0)))
        ppn = rate.ppn_on(dpp) if rate is not None else 0
        groups.append(RateGroup(rate or amounts[members[0]].rate, dpp, ppn, tuple(members)))
    return tuple(groups)


def billing_totals(
    lines: list[LineInput], faktur_date: date, tax_active: bool, prices_include_tax: bool
) -> Totals:
    """DPP and PPN as the faktur prints them (``rate_groups``); the total is what the
    customer pays.

    With tax-included prices the customer pays the prices as entered, so the total is
    their sum and DPP + PPN may differ from it by the rounding of a rupiah or two.
    """
    amounts = tuple(
        line_amounts(line, faktur_date, tax_active, prices_include_tax) for line in lines
    )
    groups = rate_groups(amounts, tax_active)
    dpp = sum(g.dpp for g in groups)
    ppn = sum(g.ppn for g in groups)
    if tax_active and prices_include_tax:
        total = round_half_up(sum((a.charged for a in amounts), Decimal(0)))
    else:
        total = dpp + ppn
    return Totals(dpp, ppn, total, amounts, groups)

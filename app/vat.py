"""PPN (VAT) by faktur date, and the exact totals of a billing's lines."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import ROUND_FLOOR, ROUND_HALF_UP, Decimal

ONE = Decimal(1)
HUNDRED = Decimal(100)


@dataclass(frozen=True)
class Rate:
    rate: Decimal  # the statutory rate, e.g. 0.12
    base_factor: Decimal  # the part of DPP it applies to, e.g. 11/12

    @property
    def effective(self) -> Decimal:
        return self.rate * self.base_factor

    @property
    def label(self) -> str:
        pct = f"{(self.rate * HUNDRED).normalize():f}"
        return f"{pct}%" if self.base_factor == ONE else f"{pct}% × 11/12"


def rate_for(faktur_date: date, luxury: bool = False) -> Rate:
    if faktur_date <= date(2022, 3, 31):
        return Rate(Decimal("0.10"), ONE)
    if faktur_date <= date(2024, 12, 31):
        return Rate(Decimal("0.11"), ONE)
    if luxury and faktur_date >= date(2025, 2, 1):
        return Rate(Decimal("0.12"), ONE)
    return Rate(Decimal("0.12"), Decimal(11) / Decimal(12))


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


@dataclass(frozen=True)
class Totals:
    dpp: int
    ppn: int
    total: int
    lines: tuple[LineAmounts, ...]


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
    return LineAmounts(unit, gross, discount, dpp, ppn, entered_net)


def billing_totals(
    lines: list[LineInput], faktur_date: date, tax_active: bool, prices_include_tax: bool
) -> Totals:
    """DPP half up, PPN down (the e-Faktur rules); the total is what the customer pays.

    With tax-included prices the customer pays the prices as entered, so the total is
    their sum and DPP + PPN may differ from it by the rounding of one rupiah.
    """
    amounts = tuple(
        line_amounts(line, faktur_date, tax_active, prices_include_tax) for line in lines
    )
    dpp = round_half_up(sum((a.dpp for a in amounts), Decimal(0)))
    ppn = round_down(sum((a.ppn for a in amounts), Decimal(0))) if tax_active else 0
    if tax_active and prices_include_tax:
        total = round_half_up(sum((a.charged for a in amounts), Decimal(0)))
    else:
        total = dpp + ppn
    return Totals(dpp, ppn, total, amounts)

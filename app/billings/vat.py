"""PPN (VAT) by faktur date, PPnBM (luxury-goods sales tax) by line, and the exact totals
of a billing's lines."""

from __future__ import annotations

import math
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction

ONE = Decimal(1)
CENT = Decimal("0.01")
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
    stlg_rate: Decimal = Decimal(0)  # PPnBM percent, counted on a luxury line only


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
    ppnbm_rate: Decimal = Decimal(0)  # percent: a taxed luxury line's PPnBM rate, else 0


@dataclass(frozen=True)
class RateGroup:
    """The lines taxed at one rate, with the whole-rupiah DPP and PPN the faktur prints."""

    rate: Rate
    dpp: int
    ppn: int
    positions: tuple[int, ...]  # indexes of the lines in the billing


@dataclass(frozen=True)
class LuxuryGroup:
    """The luxury lines at one PPnBM rate, with the whole-rupiah DPP and PPnBM the faktur
    prints: the rate applied to that DPP and rounded down, as PPN is (``rate_groups``)."""

    rate: Decimal  # percent
    dpp: int
    ppnbm: int
    positions: tuple[int, ...]


@dataclass(frozen=True)
class Totals:
    dpp: int
    ppn: int
    total: int  # DPP + PPN + PPnBM (with tax-included prices: the prices + PPnBM)
    lines: tuple[LineAmounts, ...]
    groups: tuple[RateGroup, ...]
    ppnbm: int = 0
    luxury_groups: tuple[LuxuryGroup, ...] = ()


def round_half_up(value: Decimal) -> int:
    return int(value.quantize(ONE, rounding=ROUND_HALF_UP))


def cents(value: Decimal) -> Decimal:
    """To the cent, half up, as the faktur's lines are printed."""
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


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
    ppnbm_rate = line.stlg_rate if tax_active and line.luxury else Decimal(0)
    return LineAmounts(unit, gross, discount, dpp, ppn, entered_net, rate, ppnbm_rate)


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


def luxury_groups(amounts: Sequence[LineAmounts]) -> tuple[LuxuryGroup, ...]:
    """Per PPnBM rate: the lines' exact DPP rounded half up, and the rate applied to that
    printed DPP, rounded down to whole rupiah, the rule PPN follows (domain.md), so
    the PPnBM is checked from the DPP the faktur shows the same way."""
    positions: dict[Decimal, list[int]] = {}
    for k, line in enumerate(amounts):
        if line.ppnbm_rate > 0:
            positions.setdefault(line.ppnbm_rate, []).append(k)
    groups = []
    for rate, members in positions.items():
        dpp = round_half_up(sum((amounts[k].dpp for k in members), Decimal(0)))
        ppnbm = math.floor(Fraction(rate) * dpp / 100)
        groups.append(LuxuryGroup(rate, dpp, ppnbm, tuple(members)))
    return tuple(groups)


def billing_totals(
    lines: list[LineInput],
    faktur_date: date,
    tax_active: bool,
    prices_include_tax: bool,
    collected: bool = True,
) -> Totals:
    """DPP, PPN and PPnBM as the faktur prints them (``rate_groups``,
    ``luxury_groups``); the total is what the customer pays: DPP + PPN + PPnBM, or the
    DPP alone when the tax is not ``collected`` (transaction codes 07 and 08: the faktur
    states the PPN and PPnBM the facility covers, the invoice charges none; coretax.md
    §5.1).

    With tax-included prices the prices as entered include PPN (not PPnBM, which comes
    on top), so the total is their sum plus PPnBM, and DPP + PPN may differ from that
    sum by the rounding of a rupiah or two.
    """
    amounts = tuple(
        line_amounts(line, faktur_date, tax_active, prices_include_tax) for line in lines
    )
    groups = rate_groups(amounts, tax_active)
    dpp = sum(g.dpp for g in groups)
    ppn = sum(g.ppn for g in groups)
    luxury = luxury_groups(amounts)
    ppnbm = sum(g.ppnbm for g in luxury)
    if tax_active and not collected:
        total = dpp
    elif tax_active and prices_include_tax:
        total = round_half_up(sum((a.charged for a in amounts), Decimal(0))) + ppnbm
    else:
        total = dpp + ppn + ppnbm
    return Totals(dpp, ppn, total, amounts, groups, ppnbm, luxury)


def reconciled(
    values: dict[int, Decimal], target: int, last: Collection[int] = ()
) -> dict[int, Decimal]:
    """``values`` (by line) changed to add up to ``target``: the whole difference goes on
    the first line with an amount above zero that stays at or above zero after taking
    it (the ``last`` lines only when no other can); if no line can take all of it, on
    the first lines in turn."""
    difference = Decimal(target) - sum(values.values(), Decimal(0))
    result = dict(values)
    first = [k for k in result if k not in last] + [k for k in result if k in last]
    order = [k for k in first if result[k] > 0] + [k for k in first if result[k] <= 0]
    whole = next((k for k in order if result[k] + difference >= 0), None)
    for k in [whole] if whole is not None else order:
        taken = max(difference, -result[k])
        result[k] += taken
        difference -= taken
    if difference != 0:
        raise ValueError(f"the lines cannot add up to {target}")
    return result


def faktur_line_dpps(totals: Totals) -> dict[int, Decimal]:
    """Each line's DPP as the faktur's line (the CSV's OF row) prints it: HARGA_TOTAL and
    DISKON to the cent, DPP their difference, then per rate reconciled with the group's
    whole-rupiah DPP (``reconciled``), so the lines add up to the DPP printed."""
    dpp: dict[int, Decimal] = {}
    for group in totals.groups:
        printed = {
            k: cents(totals.lines[k].gross) - cents(totals.lines[k].discount)
            for k in group.positions
        }
        # the rupiah of rounding goes on a line without PPnBM where there is one: a
        # luxury line's DPP then stays the one its PPnBM is worked out from
        luxury = [k for k in group.positions if totals.lines[k].ppnbm_rate > 0]
        dpp.update(reconciled(printed, group.dpp, last=luxury))
    return dpp


@dataclass(frozen=True)
class ShownLine:
    """A line as the windows show it, to the cent like the faktur's line."""

    unit_price: Decimal  # as entered
    amount: Decimal  # the lines add up to the DPP, or to the total when prices include tax
    rounding: Decimal  # what this line took so that they add up (0 but on one line)


def shown_lines(
    lines: list[LineInput], faktur_date: date, tax_active: bool, prices_include_tax: bool
) -> tuple[ShownLine, ...]:
    """The line table's figures. With prices excluding tax a line's amount is its DPP as
    the CSV's OF row holds it, so the window, the CSV and the faktur show the same cents;
    with tax-included prices it is what the customer pays for the line, the lines adding
    up to the total without PPnBM the same way (the difference on one line)."""
    totals = billing_totals(lines, faktur_date, tax_active, prices_include_tax)
    if tax_active and prices_include_tax:
        plain = {k: cents(a.charged) for k, a in enumerate(totals.lines)}
        amounts = reconciled(plain, totals.total - totals.ppnbm)
    else:
        plain = {k: cents(a.gross) - cents(a.discount) for k, a in enumerate(totals.lines)}
        amounts = faktur_line_dpps(totals)
    return tuple(
        ShownLine(cents(line.unit_price), amounts[k], amounts[k] - plain[k])
        for k, line in enumerate(lines)
    )

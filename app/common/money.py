"""Rupiah as people write them."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal


def rupiah(amount: int | Decimal, thousands: str = ".") -> str:
    """``Rp 1.234.567`` (Indonesian grouping by default); an amount with cents shows
    them after the other mark (``Rp 9.090,50``, ``Rp 9,090.50``)."""
    sign = "-" if amount < 0 else ""
    exact = abs(Decimal(amount)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    whole, cents = divmod(exact * 100, 100)
    grouped = f"{int(whole):,}".replace(",", thousands)
    if cents:
        grouped += f"{',' if thousands == '.' else '.'}{int(cents):02d}"
    return f"{sign}Rp {grouped}"

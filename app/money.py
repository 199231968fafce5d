"""Rupiah as people write them."""

from __future__ import annotations


def rupiah(amount: int, thousands: str = ".") -> str:
    """``Rp 1.234.567`` (Indonesian grouping by default)."""
    sign = "-" if amount < 0 else ""
    grouped = f"{abs(amount):,}".replace(",", thousands)
    return f"{sign}Rp {grouped}"

"""Where a billing's E-Faktur No comes from.

Today numbers come from the ranges DJP granted through e-Nofa. Coretax assigns
numbers at approval instead; that mode will be another ``NumberSource``.
"""

from __future__ import annotations

from datetime import date
from typing import Protocol

from app.errors import Refused
from app.models import EfakturNumber, EfakturRange


class NumberSource(Protocol):
    def next_for(self, faktur_date: date) -> EfakturNumber:
        """The number a faktur dated ``faktur_date`` should take; Refused if none."""
        ...


class RangePool:
    """Smallest available number valid for the faktur's date.

    Valid means: the range's year is the faktur's year, and the grant letter is not
    dated after the faktur.
    """

    def next_for(self, faktur_date: date) -> EfakturNumber:
        number = (
            EfakturNumber.select(EfakturNumber)
            .join(EfakturRange)
            .where(
                (EfakturNumber.state == "available")
                & (EfakturNumber.year == faktur_date.year)
                & (EfakturRange.grant_date.is_null() | (EfakturRange.grant_date <= faktur_date))
            )
            .order_by(EfakturNumber.counter)
            .first()
        )
        if number is None:
            raise Refused(self._none_left_message(faktur_date))
        return number

    @staticmethod
    def _none_left_message(faktur_date: date) -> str:
        year = faktur_date.year
        has_range = EfakturRange.select().where(EfakturRange.year == year).exists()
        if not has_range:
            return (
                f"No E-Faktur No range is recorded for {year}. Record the numbers DJP "
                f"granted for {year} on the E-Faktur No tab."
            )
        return (
            f"No E-Faktur No is left for {year} that may be used on a faktur dated "
            f"{faktur_date:%Y-%m-%d}. Request more numbers through e-Nofa and record them."
        )


def number_source() -> NumberSource:
    return RangePool()

"""Numbers used per month, what is left, and when the current pace runs out."""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date, timedelta

from app.book.dialect import month_of
from app.book.models import db
from app.common import clock
from app.common.i18n import day_text, tr
from app.numbers.number_pool import expired

PACE_WINDOW_DAYS = 90  # recent enough to follow a change of business, long enough to be steady


@dataclass(frozen=True)
class YearUsage:
    year: int
    total: int
    left: int
    used_per_month: list[int]  # 12 counts, by the faktur (invoice) date's month
    recent_used: int
    recent_days: int
    today: date

    @property
    def used(self) -> int:
        return sum(self.used_per_month)

    @property
    def is_past(self) -> bool:
        return expired(self.year, self.today)

    @property
    def per_day(self) -> float:
        return self.recent_used / self.recent_days if self.recent_days > 0 else 0.0

    def left_after_month(self) -> list[int | None]:
        """What was left at each month's end, for the months that have begun."""
        last_month = (
            12 if self.is_past else (self.today.month if self.year == self.today.year else 0)
        )
        never_used = self.total - self.used
        out: list[int | None] = []
        for month in range(1, 13):
            if month > last_month:
                out.append(None)
            else:
                out.append(never_used + sum(self.used_per_month[month:]))
        return out

    @property
    def runs_out_on(self) -> date | None:
        """The day the year's numbers run out at the recent pace (None: no pace, or past)."""
        if self.is_past or self.year > self.today.year or self.per_day == 0:
            return None
        return self.today + timedelta(days=math.ceil(self.left / self.per_day))

    def outlook(self) -> str:
        if self.is_past:
            return tr(
                "{year} is over: {left:,} unused numbers have expired. Delete them "
                "in e-Faktur desktop (Year end list)."
            ).format(year=self.year, left=self.left)
        if self.total == 0:
            return tr("No range is recorded for {year}.").format(year=self.year)
        if self.year > self.today.year:
            return tr("{left:,} numbers ready for {year}.").format(left=self.left, year=self.year)
        day = self.runs_out_on
        if day is None:
            return tr("No number used in the last {PACE_WINDOW_DAYS} days; {left:,} left.").format(
                PACE_WINDOW_DAYS=PACE_WINDOW_DAYS, left=self.left
            )
        pace = tr("{rate:,.1f} a month").format(rate=self.per_day * 30)
        if self.left == 0:
            return tr("All {total:,} numbers for {year} are used.").format(
                total=self.total, year=self.year
            )
        if day.year > self.year:
            return tr("At {pace}, the {left:,} left last beyond the end of {year}.").format(
                pace=pace, left=self.left, year=self.year
            )
        return tr("At {pace}, the {left:,} left run out around {day}.").format(
            pace=pace, left=self.left, day=day_text(day)
        )


def years() -> list[int]:
    return [r[0] for r in db.execute_sql("SELECT DISTINCT year FROM efaktur_range ORDER BY 1")]


def year_usage(year: int, today: date | None = None) -> YearUsage:
    today = today or clock.today()
    total, left = db.execute_sql(
        "SELECT COALESCE(SUM(end_counter - start_counter + 1), 0), COALESCE(SUM(available), 0) "
        "FROM efaktur_range WHERE year = ?",
        (year,),
    ).fetchone()
    per_month = [0] * 12
    for month, count in db.execute_sql(
        f"SELECT {month_of('b.invoice_date')}, COUNT(*) "
        "FROM efaktur_number n JOIN billing b ON b.efaktur_number_id = n.id "
        "WHERE n.year = ? AND n.state != 'available' GROUP BY 1",
        (year,),
    ):
        per_month[month - 1] = count
    start = max(date(year, 1, 1), today - timedelta(days=PACE_WINDOW_DAYS - 1))
    recent_days = (today - start).days + 1 if year == today.year else 0
    recent_used = 0
    if recent_days > 0:
        recent_used = db.execute_sql(
            "SELECT COUNT(*) FROM efaktur_number n JOIN billing b ON b.efaktur_number_id = n.id "
            "WHERE n.year = ? AND n.state != 'available' AND b.invoice_date BETWEEN ? AND ?",
            (year, start.isoformat(), today.isoformat()),
        ).fetchone()[0]
    return YearUsage(year, total, left, per_month, recent_used, recent_days, today)

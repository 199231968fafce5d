"""Year end: a past year's numbers that were never used.

They have expired (no faktur may use them any more) and the user must delete them in
e-Faktur desktop, which deletes by block, so the list comes in contiguous runs too.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path

from app.book.models import db
from app.common import clock
from app.common.efaktur_no import EfakturNo
from app.common.safe_write import write_whole


@dataclass(frozen=True)
class Run:
    start: EfakturNo
    end: EfakturNo

    @property
    def count(self) -> int:
        return self.end.counter - self.start.counter + 1

    def __str__(self) -> str:
        return str(self.start) if self.count == 1 else f"{self.start} .. {self.end}"


def past_years_with_leftovers() -> list[int]:
    """Years before this one that still hold unused numbers, newest first."""
    rows = db.execute_sql(
        "SELECT year FROM efaktur_range WHERE year < ? AND available > 0 "
        "GROUP BY year ORDER BY year DESC",
        (clock.today().year,),
    ).fetchall()
    return [r[0] for r in rows]


def leftover_runs(year: int) -> list[Run]:
    """Unused numbers of ``year`` as contiguous runs (gaps and islands, in SQL)."""
    rows = db.execute_sql(
        "SELECT MIN(counter), MAX(counter) FROM ("
        "  SELECT counter, counter - ROW_NUMBER() OVER (ORDER BY counter) AS island"
        "  FROM efaktur_number WHERE year = ? AND state = 'available'"
        ") GROUP BY island ORDER BY 1",
        (year,),
    ).fetchall()
    return [Run(EfakturNo(year, lo), EfakturNo(year, hi)) for lo, hi in rows]


def write_leftovers_csv(year: int, path: Path) -> int:
    """One row per unused number with the block it lies in; returns the count written."""
    runs = leftover_runs(year)
    written = 0
    text = io.StringIO(newline="")
    out = csv.writer(text)
    out.writerow(["efaktur_no", "year", "block_start", "block_end", "block_count"])
    for run in runs:
        for counter in range(run.start.counter, run.end.counter + 1):
            out.writerow(
                [str(EfakturNo(year, counter)), year, str(run.start), str(run.end), run.count]
            )
            written += 1
    write_whole(Path(path), text.getvalue().encode("utf-8"))
    return written

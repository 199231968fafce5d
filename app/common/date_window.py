"""The years a date typed or imported may lie in: e-Faktur began in 2010, and nothing is
dated after next year. One definition for the import, the forms and the command line."""

from __future__ import annotations

from app.common import clock
from app.common.i18n import tr

FIRST_YEAR = 2010  # the first e-Faktur: nothing this program keeps is older


def last_year() -> int:
    """Next year, from the clock's today."""
    return clock.today().year + 1


def outside(year: int, shown: str) -> str | None:
    """Why ``shown`` (a date, month or year in ``year``) is refused, or None if it may be."""
    if FIRST_YEAR <= year <= last_year():
        return None
    return tr(
        "{shown} is outside the years {first} to {last} (e-Faktur began in {first}, "
        "and nothing may be dated after next year)."
    ).format(shown=shown, first=FIRST_YEAR, last=last_year())

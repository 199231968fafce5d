"""The low-number warning: a limit on the current year's available E-Faktur Nos."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from app.book.database import db, setting_values
from app.book.dialect import writing
from app.common import clock
from app.common.errors import Refused
from app.common.i18n import QT_TR_NOOP, count_of, tr
from app.numbers import channel

DEFAULT_LIMIT = 10  # a typical e-Nofa grant is 75 numbers: warn while there is time to ask
_KEY_LIMIT = "threshold.limit"
_KEY_ON = "threshold.enabled"


@dataclass(frozen=True)
class Threshold:
    enabled: bool
    limit: int


def current() -> Threshold:
    stored = setting_values([_KEY_LIMIT, _KEY_ON])
    limit, enabled = stored.get(_KEY_LIMIT), stored.get(_KEY_ON)
    return Threshold(
        enabled=enabled != "0",
        limit=int(limit) if limit is not None else DEFAULT_LIMIT,
    )


def read_limit(text: str) -> int:
    cleaned = text.strip().replace(".", "").replace(",", "")
    if not cleaned.isdigit():
        raise Refused(
            tr("The threshold limit must be a whole number of E-Faktur Nos, not “{text}”.").format(
                text=text
            )
        )
    limit = int(cleaned)
    if limit > 1_000_000:
        raise Refused(tr("The threshold limit is at most 1,000,000 numbers."))
    return limit


def save(enabled: bool, limit: int) -> Threshold:
    from app.book import history  # only when saving: not on every start
    from app.book.models import Setting

    before = current()
    if before == Threshold(enabled, limit):
        return before  # nothing to save, nothing for the history
    with writing():
        for key, value in ((_KEY_LIMIT, str(limit)), (_KEY_ON, "1" if enabled else "0")):
            Setting.insert(key=key, value=value).on_conflict_replace().execute()
        history.record(
            "setting",
            0,
            "threshold_changed",
            history.said(QT_TR_NOOP("Low-number warning on at {limit:,}"), limit=limit)
            if enabled
            else history.said(QT_TR_NOOP("Low-number warning off")),
            before={"enabled": before.enabled, "limit": before.limit},
            after={"enabled": enabled, "limit": limit},
        )
    return Threshold(enabled, limit)


def available_in(year: int) -> int:
    # kept by the ranges' triggers; read raw: the banner is shown before the models load
    cursor = db.execute_sql("SELECT SUM(available) FROM efaktur_range WHERE year = ?", [year])
    return int(cursor.fetchone()[0] or 0)


def warning(today: date | None = None) -> str | None:
    """The banner's text when the current year is at or below the limit, else None; none
    while today's fakturs go through Coretax, which numbers them itself."""
    setting = current()
    today = today or clock.today()
    if not setting.enabled or channel.through_coretax(today):
        return None
    year = today.year
    left = available_in(year)
    if left > setting.limit:
        return None
    if left == 0:
        return tr(
            "No E-Faktur No is left for {year}. Request numbers through e-Nofa and record "
            "them with + Tax Number before issuing taxable billings."
        ).format(year=year)
    return count_of(
        left, QT_TR_NOOP("Only 1 E-Faktur No left"), QT_TR_NOOP("Only {n:,} E-Faktur Nos left")
    ) + tr(" for {year} (warning at {limit:,}). Request more through e-Nofa now.").format(
        year=year, limit=setting.limit
    )


def with_warning(message: str) -> str:
    """``message`` followed by the low-number warning, when there is one (after a number
    was taken)."""
    text = warning()
    return f"{message}\n\n{text}" if text else message

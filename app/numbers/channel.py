"""Which way a book's fakturs go to DJP: by faktur date, through e-Faktur desktop (with
an NSFP from the e-Nofa ranges) or through Coretax (which numbers the faktur itself when
it approves it).

The book records the first faktur date that goes through Coretax; billings dated before
keep the NSFP workflow. Issuing, Generate E-Faktur No, the rules and the exports all ask
``through_coretax`` here, so the answer lives in one place.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from app.book.database import setting_value
from app.book.dialect import writing
from app.common.errors import Refused
from app.common.i18n import QT_TR_NOOP, day_text, tr

KEY = "coretax.from"
DESKTOP = "desktop"  # the stored value: every faktur date through e-Faktur desktop
CORETAX_START = date(2025, 1, 1)  # Coretax took over from this faktur date
NEW_BOOK_DEFAULT = CORETAX_START  # a book without the setting (only a new one: see v6)


@dataclass(frozen=True)
class Channel:
    """From which faktur date fakturs go through Coretax; None: never (desktop only)."""

    coretax_from: date | None

    def through_coretax(self, faktur_date: date) -> bool:
        return self.coretax_from is not None and faktur_date >= self.coretax_from

    @property
    def sentence(self) -> str:
        if self.coretax_from is None:
            return tr(
                "Every faktur goes through e-Faktur desktop with an E-Faktur No from your "
                "e-Nofa ranges."
            )
        return tr(
            "Fakturs dated from {day} go through Coretax, which numbers them on approval; "
            "earlier ones use E-Faktur Nos from your e-Nofa ranges."
        ).format(day=day_text(self.coretax_from))


def _stored(value: str | None) -> Channel:
    if value is None:
        return Channel(NEW_BOOK_DEFAULT)
    if value == DESKTOP:
        return Channel(None)
    return Channel(date.fromisoformat(value))


def current() -> Channel:
    return _stored(setting_value(KEY))


def through_coretax(faktur_date: date) -> bool:
    """Does a faktur of this date go through Coretax (and so never take an NSFP)?"""
    return current().through_coretax(faktur_date)


def why_no_number(coretax_from: date) -> str:
    """Why a billing that goes through Coretax takes no E-Faktur No (one sentence)."""
    return tr(
        "Fakturs dated from {day} go through Coretax, which numbers them when DJP "
        "approves them, so this billing takes no E-Faktur No."
    ).format(day=day_text(coretax_from))


def choose(coretax_from: date | None) -> Channel:
    """Send fakturs dated from ``coretax_from`` through Coretax (None: all through
    e-Faktur desktop). Only the setting changes: a billing that holds an E-Faktur No
    keeps it, whatever its date."""
    if coretax_from is not None and coretax_from < CORETAX_START:
        raise Refused(
            tr("Coretax takes fakturs dated from {day}; choose that day or a later one.").format(
                day=day_text(CORETAX_START)
            )
        )
    with writing():
        before = current()
        after = Channel(coretax_from)
        if before == after:
            return before  # nothing to save, nothing for the history
        value = DESKTOP if coretax_from is None else coretax_from.isoformat()
        from app.book import history  # only when it changes: not on every start
        from app.book.models import Setting

        Setting.insert(key=KEY, value=value).on_conflict_replace().execute()

        history.record(
            "setting",
            0,
            "channel_changed",
            history.said(QT_TR_NOOP("Fakturs dated from {day} go through Coretax"), day=value)
            if coretax_from is not None
            else history.said(QT_TR_NOOP("Every faktur goes through e-Faktur desktop")),
            before={"coretax_from": _shown(before)},
            after={"coretax_from": _shown(after)},
        )
        return after


def _shown(channel: Channel) -> str | None:
    return None if channel.coretax_from is None else channel.coretax_from.isoformat()

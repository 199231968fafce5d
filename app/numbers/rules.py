"""What may be done to a range of E-Faktur Nos, and why not (the facts come from
``ranges.range_verdicts``)."""

from __future__ import annotations

from dataclasses import dataclass

from app.common.efaktur_no import format_number
from app.common.i18n import tr
from app.common.verdicts import ALLOWED, Verdict


@dataclass(frozen=True)
class RangeFacts:
    description: str  # "000-26.00000001 .. 000-26.00000100"
    year: int
    highest_used: int | None  # the counter of its highest number that ever served a billing


def _highest(facts: RangeFacts) -> str:
    assert facts.highest_used is not None
    return format_number(facts.year, facts.highest_used)


def may_edit_range(
    facts: RangeFacts, moves_start: bool = False, new_end: int | None = None
) -> Verdict:
    """A range may always change its end (not below its highest used number), grant
    letter date and note; its start and year only while none of it was used."""
    if facts.highest_used is None:
        return ALLOWED
    if moves_start:
        return Verdict(
            False,
            tr(
                "The start of {rng} cannot change: {year} and others below it "
                "were already used. Only the end, grant letter date and note "
                "can change."
            ).format(rng=facts.description, year=_highest(facts)),
        )
    if new_end is not None and new_end < facts.highest_used:
        return Verdict(
            False,
            tr(
                "The end cannot be before {year}, the highest number of this "
                "range ever assigned to a billing."
            ).format(year=_highest(facts)),
        )
    return ALLOWED


def may_delete_range(facts: RangeFacts) -> Verdict:
    if facts.highest_used is None:
        return ALLOWED
    return Verdict(
        False,
        tr(
            "{number} of this range was used, so the range stays; shrink its end "
            "instead to drop the unused numbers."
        ).format(number=_highest(facts)),
    )

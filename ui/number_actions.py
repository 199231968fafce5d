"""Issuing and generating E-Faktur Nos: the same questions from the billing, the Billings
list and the Export tab."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QWidget

from app.billings import billing_actions
from app.billings.billing_actions import Assigned
from app.common.errors import Refused
from app.numbers import threshold
from app.numbers.number_pool import NoneLeft
from ui import interaction
from ui.i18n import tr


@dataclass(frozen=True)
class Issued:
    assigned: list[Assigned]  # the numbers taken
    without: list[str]  # the billings issued without one, none being left


def issue_asking(parent: QWidget, title: str, ids: list[int]) -> Issued | None:
    """Issue the billings (all or none). When no number is left for some of them, ask
    whether to issue them without one; None when the user says no (nothing changed).
    Other refusals are raised."""
    try:
        return Issued(billing_actions.issue_billings(ids), [])
    except NoneLeft as short:
        question = tr(
            "No E-Faktur No is left for these billings:\n{reasons}\n\nIssue them without an "
            "E-Faktur No? They show as (Not Set); generate the number later, from the billing "
            "or from the Export tab, once DJP grants more."
        ).format(reasons=short.message)
        if not interaction.prompts.ask_yes_no(parent, title, question):
            return None
        assigned = billing_actions.issue_billings(ids, without_number=True)
        return Issued(assigned, short.invoice_nos)


def number_span(assigned: list[Assigned]) -> str:
    """``000-26.00000001`` or ``000-26.00000001 .. 000-26.00000009``."""
    numbers = sorted(a.number for a in assigned)
    return numbers[0] if len(numbers) == 1 else f"{numbers[0]} .. {numbers[-1]}"


def generate_for(parent: QWidget, ids: list[int]) -> str | None:
    """Yes/No, give each billing its next number (all or none), then OK with the
    low-number warning; the message, or None when nothing changed."""
    prompts = interaction.prompts
    title = tr("Generate E-Faktur No")
    if not ids:
        prompts.refuse(parent, title, tr("Select one or more billings first."))
        return None
    if not prompts.ask_yes_no(
        parent,
        title,
        tr(
            "Generate an E-Faktur No for each of the {ids:,} selected billings? Either all "
            "of them get one or none does."
        ).format(ids=len(ids)),
    ):
        return None
    try:
        done = billing_actions.generate_efaktur_no(ids)
    except Refused as exc:
        prompts.refuse(
            parent, title, tr("No number was generated.\n\n{message}").format(message=exc.message)
        )
        return None
    message = tr("{done:,} E-Faktur No generated ({span}).").format(
        done=len(done), span=number_span(done)
    )
    prompts.inform(parent, title, threshold.with_warning(message))
    return message

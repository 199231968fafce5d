"""The core's capability answers for what is selected, as the window's actions show them:
for each action that follows a selection, why it may not run (None: it may) and its
tooltip when it may. The window asks here whenever a selection or the book changes."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from app.billings.rules import Action, BillingFacts, CustomerFacts, may_all, may_delete_customer
from app.common.errors import Refused
from app.common.verdicts import Verdict
from ui.i18n import QT_TR_NOOP, count_of, tr
from ui.main_actions import Chosen, MainAction

if TYPE_CHECKING:
    from app.billings.listing import CustomerRow
    from app.efaktur.listing import FileRow
    from app.numbers.listing import NumberRow, RangeRow

Answer = tuple[str | None, str]  # why not (None: allowed); the tooltip when allowed
Answers = dict[MainAction, Answer]
A = MainAction
BULK = {
    A.ISSUE: Action.ISSUE,
    A.CANCEL: Action.CANCEL,
    A.GENERATE: Action.GENERATE_EFAKTUR_NO,
    A.CANCEL_EFAKTUR_NO: Action.CANCEL_EFAKTUR_NO,
    A.DELETE: Action.DELETE,
}
ASKED_AT_MOST = 2_000  # a bigger selection is left to the service to check


def range_answers(rng: RangeRow | None) -> Answers:
    # apart from billing clicks: asking a range about its used numbers reads the range
    if rng is None:
        no_range = tr("Select a range in the E-Faktur No ranges table first.")
        return {A.EDIT_RANGE: (no_range, ""), A.DELETE_RANGE: (no_range, "")}
    from app.numbers.ranges import range_verdicts

    try:
        may_edit, may_delete = range_verdicts(rng.id)
    except Refused as exc:  # deleted meanwhile
        may_edit = may_delete = Verdict(False, exc.message)
    span = {"start": rng.start, "end": rng.end}
    return {
        A.EDIT_RANGE: (may_edit.reason or None, tr("Change range {start} .. {end}").format(**span)),
        A.DELETE_RANGE: (
            may_delete.reason or None,
            tr("Delete range {start} .. {end}").format(**span),
        ),
    }


def number_answers(number: NumberRow | None) -> Answers:
    return {
        A.SHOW_NUMBER: (
            tr("Select a number first.") if number is None else None,
            tr("Its state, the billings it served, its files and its history"),
        )
    }


def file_answers(file: FileRow | None) -> Answers:
    none = tr("Select a file first") if file is None else None
    return {
        A.OPEN_FILE: (none, tr("Show the PDF here")),
        A.OPEN_FILE_EXTERNALLY: (none, tr("Open the PDF in your PDF reader")),
        A.WITHDRAW_FILE: (
            none or _withdraw_refusal(file.id),  # type: ignore[union-attr]
            tr("Take a wrongly attached file off the list (its number stays uploaded)"),
        ),
    }


def _withdraw_refusal(file_id: int) -> str | None:
    from app.efaktur.file_rules import may_withdraw

    try:
        return may_withdraw(file_id).reason or None
    except Refused as exc:  # deleted meanwhile
        return exc.message


def _held_facts(ids: list[int]) -> list[BillingFacts] | None:
    """The selected billings' facts in one query (a query per 900 rows); None: too many
    to ask here (the service checks anyway)."""
    if len(ids) > ASKED_AT_MOST:
        return None
    if not ids:
        return []
    from app.billings.billing_actions import held_facts

    return held_facts(ids)


def _bulk_reason(action: Action, facts: list[BillingFacts] | None) -> str | None:
    """Why the selected billings may not all take ``action``, or None if they may."""
    if facts is None:
        return None
    verdict = may_all(facts, action)
    return None if verdict else verdict.reason


def billing_answers(chosen: tuple[list[int], int | None] | None) -> Answers:
    """``chosen``: the selected billings' ids and the current one's."""
    ids, current = chosen or ([], None)
    try:
        facts = _held_facts(ids)
        reasons = {action: _bulk_reason(kind, facts) for action, kind in BULK.items()}
    except Refused:  # a selected billing was deleted meanwhile
        ids, reasons = [], {}
    n = count_of(len(ids), QT_TR_NOOP("1 selected billing"), QT_TR_NOOP("{n:,} selected billings"))
    unknown = tr("Select one or more billings first.")
    tips = {
        A.ISSUE: tr("Issue the {n}; taxable ones take their E-Faktur No (all or none)"),
        A.CANCEL: tr("Cancel the {n} (all or none)"),
        A.GENERATE: tr("Give the {n} their E-Faktur No, all or none"),
        A.CANCEL_EFAKTUR_NO: tr("Cancel the E-Faktur Nos of the {n}, all or none"),
        A.DELETE: tr("Delete the {n}"),
    }
    answers = {action: (reasons.get(action, unknown), tips[action].format(n=n)) for action in BULK}
    answers[A.OPEN_BILLING] = (None if current is not None else tr("Select a billing first."), "")
    return answers


def customer_answers(customer: CustomerRow | None) -> Answers:
    none = tr("Select a customer first.") if customer is None else None
    stays = (
        None
        if customer is None
        else may_delete_customer(CustomerFacts(customer.name, customer.billings)).reason
    )
    return {A.EDIT_CUSTOMER: (none, ""), A.DELETE_CUSTOMER: (none or stays or None, "")}


def export_answers(chosen: list[int] | None) -> Answers:
    """``chosen``: the ids of the billings selected on the Export tab."""
    ids = chosen or []
    selected = len(ids)
    try:  # as in the Billings list: a huge selection is left to the service to check
        facts = _held_facts(ids)
        verdict = None if facts is None else may_all(facts, Action.GENERATE_EFAKTUR_NO)
    except Refused:  # a selected billing was deleted meanwhile
        verdict = may_all([], Action.GENERATE_EFAKTUR_NO)
    return {
        A.EXPORT_GENERATE: (
            None if verdict is None or verdict.allowed else verdict.reason,
            tr("Give the {selected:,} selected billings their E-Faktur No (all or none)").format(
                selected=selected
            ),
        ),
        A.EXPORT_CSV: (
            None if selected else tr("Select billings first"),
            tr("Export the {selected:,} selected billings").format(selected=selected),
        ),
    }


ANSWERS: dict[Chosen, Callable[[Any], Answers]] = {
    Chosen.RANGE: range_answers,
    Chosen.NUMBER: number_answers,
    Chosen.FILE: file_answers,
    Chosen.BILLINGS: billing_answers,
    Chosen.CUSTOMER: customer_answers,
    Chosen.EXPORT: export_answers,
}

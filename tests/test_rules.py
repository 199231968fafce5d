"""Every action's enabled/refused answer against the table in docs/domain.md."""

import itertools
from datetime import date

import pytest

from app.billings.rules import Action, BillingFacts, effective_status, may
from app.book.states import Status

ISSUED = {Status.UNPAID, Status.PARTIALLY_PAID, Status.PAID, Status.OVERDUE}


def domain_table(action, status, tax, has_number, uploaded):
    """docs/domain.md's 'enabled when' column, written out independently of app.rules."""
    return {
        Action.EDIT: status in (Status.DRAFT, Status.PROFORMA),
        Action.DUPLICATE: True,
        Action.DELETE: status in (Status.DRAFT, Status.PROFORMA, Status.CANCELLED)
        and not has_number,
        Action.ISSUE: status in (Status.DRAFT, Status.PROFORMA),
        Action.RECORD_PAYMENT: status in (Status.UNPAID, Status.PARTIALLY_PAID, Status.OVERDUE),
        Action.CANCEL: status in (Status.UNPAID, Status.PARTIALLY_PAID, Status.OVERDUE),
        Action.GENERATE_EFAKTUR_NO: tax and status in ISSUED and not has_number,
        Action.CANCEL_EFAKTUR_NO: status is Status.CANCELLED
        and tax
        and has_number
        and not uploaded,
        # a billing of these cases goes through e-Faktur desktop: nothing to do in Coretax
        Action.CANCEL_IN_CORETAX: False,
        Action.REPLACE_IN_CORETAX: False,
    }[action]


# an e-Faktur file is only ever attached to a number, so "uploaded without number" is not a case
CASES = [
    case
    for case in itertools.product(Action, Status, [True, False], [True, False], [True, False])
    if case[3] or not case[4]
]


@pytest.mark.parametrize(("action", "status", "tax", "has_number", "uploaded"), CASES)
def test_each_action_is_enabled_exactly_as_domain_says(action, status, tax, has_number, uploaded):
    facts = BillingFacts(
        invoice_no="INV-1",
        status=status,
        tax_active=tax,
        number="000-22.12345619" if has_number else None,
        uploaded_on=date(2022, 4, 8) if uploaded else None,
    )
    verdict = may(facts, action)
    assert verdict.allowed == domain_table(action, status, tax, has_number, uploaded)
    if verdict.allowed:
        assert verdict.reason == ""
    else:
        assert len(verdict.reason) > 15  # a sentence the user can act on


def facts(status, tax=True, number="000-22.12345619", uploaded=None):
    return BillingFacts("INV-FPY-032300400", status, tax, number, uploaded)


def test_guide_refusals_say_why_in_the_users_terms():
    assert "Cancel the billing first" in may(facts(Status.UNPAID), Action.CANCEL_EFAKTUR_NO).reason
    assert (
        "Invoice Tax is off"
        in may(facts(Status.CANCELLED, tax=False, number=None), Action.CANCEL_EFAKTUR_NO).reason
    )
    assert (
        "no E-Faktur No"
        in may(facts(Status.CANCELLED, number=None), Action.CANCEL_EFAKTUR_NO).reason
    )
    uploaded = may(facts(Status.CANCELLED, uploaded=date(2022, 4, 8)), Action.CANCEL_EFAKTUR_NO)
    assert "e-Faktur file uploaded on 2022-04-08" in uploaded.reason
    assert (
        "already has E-Faktur No 000-22.12345619"
        in may(facts(Status.UNPAID), Action.GENERATE_EFAKTUR_NO).reason
    )
    assert "fully paid" in may(facts(Status.PAID), Action.CANCEL).reason


def test_unpaid_past_due_date_is_overdue_without_anyone_editing_it():
    due = date(2022, 4, 28)
    assert effective_status("unpaid", due, date(2022, 4, 28)) is Status.UNPAID
    assert effective_status("unpaid", due, date(2022, 4, 29)) is Status.OVERDUE
    assert effective_status("paid", due, date(2030, 1, 1)) is Status.PAID
    assert effective_status("partially_paid", due, date(2030, 1, 1)) is Status.PARTIALLY_PAID

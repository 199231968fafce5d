"""Cancel and replace the Coretax way (issue 18, second half): the capability answers,
the declarations, the imports that close them, and the to-do list."""

from datetime import date

import pytest

from app.billings import billing_actions
from app.billings.rules import Action, may
from app.book.models import Billing, CoretaxRequest
from app.common.errors import Refused
from app.efaktur import coretax_export
from app.efaktur.coretax_requests import (
    Reason,
    ToDoKind,
    cancel_in_coretax,
    record_draft_deleted,
    replace_in_coretax,
    to_do,
    upload_deadline,
)
from tests.support.coretax import six_fakturs
from tests.test_coretax_import import N1, N1R, _figures, _file, _import, _record, _row


@pytest.fixture
def exported(coretax_book, tmp_path):
    """INV-CT-001 approved by Coretax, INV-CT-002 exported and still a draft there."""
    fakturs = six_fakturs()
    ids = [fakturs["npwp"].id, fakturs["nik"].id]
    coretax_export.export_xml(ids, tmp_path / "nov.xml")
    dpp, ppn = _figures("INV-CT-001")
    _import(_file(tmp_path, _row("INV-CT-001", N1, "APPROVED", dpp, ppn), name="first.xlsx"))
    return {"approved": ids[0], "draft": ids[1]}


def _facts(billing_id):
    return billing_actions.held_facts([billing_id])[0]


def _to_do():
    return [(t.invoice_no, t.kind, t.reason) for t in to_do()]


def test_a_coretax_number_is_never_given_back(exported):
    billing_actions.cancel_billing(exported["approved"])
    verdict = may(_facts(exported["approved"]), Action.CANCEL_EFAKTUR_NO)
    assert not verdict
    assert "never given back" in verdict.reason and "Cancel Faktur in Coretax" in verdict.reason
    with pytest.raises(Refused, match="never given back"):
        billing_actions.cancel_efaktur_nos([exported["approved"]])


def test_fakturs_exported_but_not_approved_are_to_upload_by_the_20th_of_next_month(exported):
    assert _to_do() == [("INV-CT-002", ToDoKind.UPLOAD, "")]
    assert to_do()[0].deadline == date(2026, 12, 20)
    assert upload_deadline(date(2026, 12, 31)) == date(2027, 1, 20)


def test_an_approved_faktur_of_a_cancelled_billing_is_cancelled_in_coretax(exported, tmp_path):
    approved = exported["approved"]
    assert not may(_facts(approved), Action.CANCEL_IN_CORETAX)  # the billing first
    billing_actions.cancel_billing(approved)
    assert may(_facts(approved), Action.CANCEL_IN_CORETAX)
    assert ("INV-CT-001", ToDoKind.CANCEL, "") in _to_do()  # the reason is still to record

    steps = cancel_in_coretax(approved, Reason.NOT_TO_BE_INVOICED)
    assert N1 in steps and "Cancel" in steps
    assert ("INV-CT-001", ToDoKind.CANCEL, "not_to_be_invoiced") in _to_do()
    assert "recorded" in may(_facts(approved), Action.CANCEL_IN_CORETAX).reason

    _import(_file(tmp_path, _row("INV-CT-001", N1, "WAITING_FOR_CANCELLATION"), name="w.xlsx"))
    assert [t for t in _to_do() if t[0] == "INV-CT-001"] == []  # now it waits for the buyer
    _import(_file(tmp_path, _row("INV-CT-001", N1, "CANCELED"), name="c.xlsx"))
    assert _record("INV-CT-001").status == "canceled"
    assert "cancelled in Coretax" in may(_facts(approved), Action.CANCEL_IN_CORETAX).reason


def test_a_cancellation_names_one_of_the_three_reasons(exported):
    billing_actions.cancel_billing(exported["approved"])
    with pytest.raises(Refused, match="three reasons"):
        cancel_in_coretax(exported["approved"], Reason.PRICE)
    assert CoretaxRequest.select().count() == 0


def test_a_draft_never_approved_is_deleted_in_coretax_and_leaves_the_next_xml(exported):
    draft = exported["draft"]
    billing_actions.cancel_billing(draft)
    assert _to_do() == [("INV-CT-002", ToDoKind.DELETE_DRAFT, "")]
    with pytest.raises(Refused, match="delete its draft in Coretax"):
        cancel_in_coretax(draft, Reason.TRANSACTION_CANCELLED)
    plan = coretax_export.plan_xml([draft])
    assert plan.billings == () and plan.left_out  # cancelled: not in the next XML

    assert "deleted" in record_draft_deleted(draft)
    assert _to_do() == []
    assert not may(_facts(draft), Action.CANCEL_IN_CORETAX)


def test_an_approved_faktur_is_replaced_and_the_import_links_both_numbers(exported, tmp_path):
    approved = exported["approved"]
    assert may(_facts(approved), Action.REPLACE_IN_CORETAX)
    assert not may(_facts(exported["draft"]), Action.REPLACE_IN_CORETAX)  # not approved
    with pytest.raises(Refused, match="cannot be replaced"):
        replace_in_coretax(approved, Reason.WRONG_BUYER_IDENTITY, "NPWP")
    with pytest.raises(Refused, match="Say what changes"):
        replace_in_coretax(approved, Reason.PRICE, "  ")

    dpp, ppn = _figures("INV-CT-001")
    guide = replace_in_coretax(approved, Reason.PRICE, "line 1 price 15,000,000 → 14,000,000")
    assert guide.faktur_no == N1 and (guide.coretax_dpp, guide.coretax_ppn) == (dpp, ppn)
    assert "Amend" in guide.steps and "14,000,000" in guide.steps
    assert ("INV-CT-001", ToDoKind.REPLACE, "price") in _to_do()
    assert "recorded" in may(_facts(approved), Action.REPLACE_IN_CORETAX).reason

    _import(
        _file(
            tmp_path,
            _row("INV-CT-001", N1, "AMENDED"),
            _row("INV-CT-001", N1R, "APPROVED"),
            name="amended.xlsx",
        )
    )
    record = _record("INV-CT-001")
    assert (record.faktur_no, record.amended_no, record.status) == (N1R, N1, "approved")
    assert [t for t in _to_do() if t[0] == "INV-CT-001"] == []
    assert may(_facts(approved), Action.REPLACE_IN_CORETAX)  # a second replacement may follow


def test_a_cancelled_billing_is_not_replaced(exported):
    billing_actions.cancel_billing(exported["approved"])
    verdict = may(_facts(exported["approved"]), Action.REPLACE_IN_CORETAX)
    assert not verdict and "cancelled, not replaced" in verdict.reason
    assert Billing.get_by_id(exported["approved"]).status == "cancelled"


def test_a_billing_that_went_to_coretax_is_never_deleted(exported):
    for billing_id in exported.values():
        billing_actions.cancel_billing(billing_id)
        verdict = may(_facts(billing_id), Action.DELETE)
        assert not verdict and "went to Coretax" in verdict.reason

"""The actions of the billing detail's Actions menu, each one transaction.

Every service reloads the billing inside ``writing()``, asks ``rules.may``
again, and raises ``Refused`` (changing nothing) when the answer is no.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from app.billings.listing import coretax_status_of
from app.billings.rules import (
    Action,
    BillingFacts,
    Declared,
    effective_status,
    may,
    require_all,
)
from app.book import history
from app.book.dialect import in_chunks, placeholders, writing
from app.book.models import Billing, Payment, db
from app.book.sql_dates import as_date
from app.book.states import Status
from app.common import clock
from app.common.efaktur_no import format_number, parse_for_billing
from app.common.errors import Refused, refused_lines
from app.common.i18n import QT_TR_NOOP, tr
from app.common.money import rupiah
from app.common.verdicts import Verdict
from app.numbers import channel
from app.numbers.number_pool import NoneLeft, Taken, Want, check_choice, number_source


def load_billing(billing_id: int) -> Billing:
    billing = Billing.get_or_none(Billing.id == billing_id)
    if billing is None:
        raise Refused(tr("That billing no longer exists."))
    return billing


def find_by_invoice_no(invoice_no: str) -> Billing:
    billing = Billing.get_or_none(Billing.invoice_no == invoice_no.strip())
    if billing is None:
        raise Refused(
            tr("There is no billing with invoice number {strip}.").format(strip=invoice_no.strip())
        )
    return billing


def find_all_by_invoice_no(invoice_nos: list[str]) -> list[Billing]:
    """Each named billing once, in the order named; Refused naming the unknown ones."""
    wanted = list(dict.fromkeys(no.strip() for no in invoice_nos))
    found: dict[str, Billing] = {}
    for chunk in in_chunks(wanted):
        found.update(
            (b.invoice_no, b) for b in Billing.select().where(Billing.invoice_no.in_(chunk))
        )
    missing = [
        tr("There is no billing with invoice number {strip}.").format(strip=no)
        for no in wanted
        if no not in found
    ]
    if missing:
        raise refused_lines(missing)
    return [found[no] for no in wanted]


def verdict(billing_id: int, action: Action) -> Verdict:
    return may(facts_of(load_billing(billing_id)), action)


def _require(billing: Billing, action: Action) -> None:
    require_all([facts_of(billing)], action)


@dataclass(frozen=True)
class Assigned:
    invoice_no: str
    number: str


@dataclass(slots=True)  # not frozen: a bulk action makes 10,000 of these
class _Held:
    """What the bulk actions need of one billing, read in one query per chunk."""

    id: int
    invoice_no: str
    invoice_date: date
    tax_active: bool
    number_id: int | None
    facts: BillingFacts

    @property
    def want(self) -> Want:
        return Want(self.id, self.invoice_no, self.invoice_date)


# what Coretax last showed of a billing, whether it went out as XML, and the user's last
# declaration about it
_CORETAX_SQL = (
    "cf.status, cf.amended_no, "
    "EXISTS (SELECT 1 FROM coretax_export_item x WHERE x.billing_id = b.id), "
    "(SELECT r.kind FROM coretax_request r WHERE r.billing_id = b.id ORDER BY r.id DESC LIMIT 1), "
    "(SELECT r.faktur_no FROM coretax_request r WHERE r.billing_id = b.id "
    "ORDER BY r.id DESC LIMIT 1)"
)

# what makes a billing part of the tax trail (see rules.may, Delete)
_TRAIL_SQL = (
    "(SELECT n2.year || '.' || n2.counter FROM number_assignment a "
    "JOIN efaktur_number n2 ON n2.id = a.number_id WHERE a.billing_id = b.id LIMIT 1), "
    "b.paid_amount"
)


def _kept_because(served: str | None, paid: int) -> str:
    # a billing is exported only with a number, so "served" covers every exported one
    if served:
        year, counter = served.split(".")
        return tr("It served E-Faktur No {format_number}.").format(
            format_number=format_number(int(year), int(counter))
        )
    if paid:
        return tr("Payments were recorded on it.")
    return ""


def _held(billing_ids: list[int], trail: bool = True) -> list[_Held]:
    """The billings, in the order given, each once; Refused if one no longer exists.
    ``trail=False`` leaves out why a billing is part of the tax trail (only Delete asks),
    which a bulk action on 10,000 billings need not read."""
    billing_ids = list(dict.fromkeys(billing_ids))
    today = clock.today()
    way = channel.current()
    found: dict[int, _Held] = {}
    for chunk in in_chunks(billing_ids):
        marks = placeholders(len(chunk))
        rows = db.execute_sql(
            "SELECT b.id, b.invoice_no, b.invoice_date, b.status, b.due_date, b.tax_active, "
            "b.efaktur_number_id, n.year, n.counter, "
            "(SELECT MIN(f.uploaded_at) FROM efaktur_file f WHERE f.number_id = n.id), "
            f"{_CORETAX_SQL}, "
            f"{_TRAIL_SQL if trail else 'NULL, 0'} "
            "FROM billing b LEFT JOIN efaktur_number n ON n.id = b.efaktur_number_id "
            "LEFT JOIN coretax_faktur cf ON cf.billing_id = b.id "
            f"WHERE b.id IN ({marks})",
            chunk,
        ).fetchall()
        for row in rows:
            bid, no, inv, status, due, tax, nid, year, counter, uploaded = row[:10]
            recorded, amended_no, exported, declared, declared_no = row[10:15]
            served = row[15:]
            taxable = bool(tax)
            faktur_date = as_date(inv)
            coretax = way.through_coretax(faktur_date) and nid is None
            found[bid] = _Held(
                bid,
                no,
                faktur_date,
                taxable,
                nid,
                BillingFacts(
                    invoice_no=no,
                    status=effective_status(status, as_date(due), today),
                    tax_active=taxable,
                    number=None if nid is None else format_number(year, counter),
                    uploaded_on=as_date(uploaded) if uploaded else None,
                    kept_because=_kept_because(*served),
                    coretax_from=way.coretax_from if way.through_coretax(faktur_date) else None,
                    coretax_status=coretax_status_of(recorded, bool(exported), coretax),
                    declared=Declared(declared) if declared else None,
                    declared_no=declared_no or "",
                    amended_no=amended_no or "",
                ),
            )
    missing = [b for b in billing_ids if b not in found]
    if missing:
        raise Refused(tr("A billing you chose no longer exists; refresh and try again."))
    return [found[b] for b in billing_ids]


def held_facts(billing_ids: list[int]) -> list[BillingFacts]:
    """What the rules need to know about each billing, in the order given."""
    return [h.facts for h in _held(billing_ids)]


def facts_of(billing: Billing) -> BillingFacts:
    """What the rules need to know about one billing (the bulk query, for one)."""
    return _held([billing.id])[0].facts


def _require_all(held: list[_Held], action: Action) -> None:
    require_all([h.facts for h in held], action)


# A bulk move of numbers is written set-based from ``temp.moved`` (see ``_move_numbers``):
# billing first (the triggers check the number is available, or not uploaded), then the
# number, then its assignment.
_ASSIGN = (
    "UPDATE billing SET efaktur_number_id = m.number_id "
    "FROM temp.moved m WHERE billing.id = m.billing_id",
    "UPDATE efaktur_number SET state = 'assigned' WHERE id IN (SELECT number_id FROM temp.moved)",
    "INSERT INTO number_assignment(number_id, billing_id, assigned_at) "
    "SELECT number_id, billing_id, :now FROM temp.moved ORDER BY seq",
)
_RELEASE = (
    "UPDATE billing SET efaktur_number_id = NULL, released_number_id = m.number_id "
    "FROM temp.moved m WHERE billing.id = m.billing_id",
    "UPDATE efaktur_number SET state = 'available' WHERE id IN (SELECT number_id FROM temp.moved)",
    "UPDATE number_assignment SET released_at = :now FROM temp.moved m "
    "WHERE number_assignment.number_id = m.number_id "
    "AND number_assignment.billing_id = m.billing_id AND number_assignment.released_at IS NULL",
)


def _move_numbers(
    pairs: list[tuple[int, int]],
    writes: tuple[str, ...],
    template: str,
    entries: list[dict[str, Any]],
) -> None:
    """Write one bulk move of numbers, the (billing, number) ``pairs``, with ``writes``
    and one history entry each (``history.record_many``'s ``template`` and ``entries``).

    The pairs go to a temporary table (this connection's only, inside the transaction) and
    each write is one statement over all of them: an ``UPDATE … FROM`` of 10,000 rows costs
    about half what ``executemany`` does. The history is written before them: once a
    statement has changed thousands of rows, SQLite keeps its statement journal in a file
    for the rest of the transaction, and each of the history's one-row INSERTs after it
    would write its pages there.
    """
    cursor = db.cursor()
    cursor.execute(
        "CREATE TEMP TABLE IF NOT EXISTS moved ("
        "seq INTEGER PRIMARY KEY, billing_id INTEGER NOT NULL, number_id INTEGER NOT NULL)"
    )
    cursor.execute("DELETE FROM temp.moved")
    cursor.executemany("INSERT INTO temp.moved(billing_id, number_id) VALUES (?, ?)", pairs)
    history.record_many(template, entries)
    now = {"now": str(clock.now())}  # as peewee writes a DateTimeField
    for sql in writes:
        cursor.execute(sql, now)


def _write_assignments(taken: list[Taken], how: str) -> list[Assigned]:
    """Write numbers taken from the pool."""
    done = [Assigned(t.invoice_no, str(t.number)) for t in taken]
    _move_numbers(
        [(t.billing_id, t.number_id) for t in taken],
        _ASSIGN,
        QT_TR_NOOP("E-Faktur No {number} assigned to {invoice_no} ({how})"),
        [
            {
                "entity": "billing",
                "entity_id": t.billing_id,
                "action": "number_assigned",
                "args": {"number": a.number, "invoice_no": a.invoice_no, "how": how},
                "billing_id": t.billing_id,
                "number_id": t.number_id,
                "before": '{"efaktur_no": null}',
                "after": f'{{"efaktur_no": "{a.number}"}}',  # digits and punctuation only
            }
            for t, a in zip(taken, done, strict=True)
        ],
    )
    return done


def _move_status(held: list[_Held], status: str, stamp: str, action: str, reason: str = "") -> None:
    """Set each billing's status and stamp when (``issued_at``, ``cancelled_at``), with one
    history entry each; the caller has checked the rules."""
    now = str(clock.now())  # as peewee writes a DateTimeField
    db.cursor().executemany(
        f"UPDATE billing SET status = ?, {stamp} = ? WHERE id = ?",
        [(status, now, h.id) for h in held],
    )
    history.record_many(
        QT_TR_NOOP("{invoice_no} issued")
        if action == "issued"
        else QT_TR_NOOP("{invoice_no} cancelled"),
        [
            {
                "entity": "billing",
                "entity_id": h.id,
                "action": action,
                "args": {"invoice_no": h.invoice_no},
                "billing_id": h.id,
                "number_id": h.number_id,
                "reason": reason,
                "before": {"status": h.facts.status.value},
                "after": {"status": status},
            }
            for h in held
        ],
    )


def cancel_billing(billing_id: int, reason: str = "") -> Billing:
    cancel_billings([billing_id], reason)
    return Billing.get_by_id(billing_id)


def cancel_billings(billing_ids: list[int], reason: str = "") -> list[str]:
    """Cancel all of them or none (the list's bulk Cancel); returns their invoice numbers.
    Their numbers stay on them until each is cancelled (Cancel E-Faktur No) (Cancel E-Faktur No)."""
    with writing():
        held = _held(billing_ids)
        _require_all(held, Action.CANCEL)
        _move_status(held, Status.CANCELLED, "cancelled_at", "cancelled", reason)
        return [h.invoice_no for h in held]


def issue_billing(billing_id: int, without_number: bool = False) -> Assigned | None:
    """Draft/Proforma to Unpaid; a taxable billing takes its number now."""
    assigned = issue_billings([billing_id], without_number)
    return assigned[0] if assigned else None


def issue_billings(billing_ids: list[int], without_number: bool = False) -> list[Assigned]:
    """Issue all of them, or none; the taxable ones take their numbers, smallest first.

    When no number is left for some of them, ``NoneLeft`` (nothing changed) unless
    ``without_number``: then those are issued without one, to take it later through
    Generate E-Faktur No (the others still take theirs).
    """
    with writing():
        held = _held(billing_ids, trail=False)
        _require_all(held, Action.ISSUE)
        wants = [
            h.want
            for h in held
            if h.tax_active and h.number_id is None and h.facts.coretax_from is None
        ]
        taken, short = number_source().draw(wants)
        if short and not without_number:
            raise NoneLeft(short)
        _move_status(held, Status.UNPAID, "issued_at", "issued")
        return _write_assignments(taken, QT_TR_NOOP("on issue"))


def generate_efaktur_no(billing_ids: list[int], chosen: str | None = None) -> list[Assigned]:
    """Give each billing the next number; all of them get one or none does.

    ``chosen`` is a specific available number the user picked (one billing only).
    """
    with writing():
        held = _held(billing_ids, trail=False)
        _require_all(held, Action.GENERATE_EFAKTUR_NO)
        if chosen is not None:
            if len(held) != 1:
                raise Refused(tr("A chosen E-Faktur No serves one billing at a time."))
            billing = Billing.get_by_id(held[0].id)
            number = parse_for_billing(chosen, billing.transaction_code, billing.invoice_no)
            taken = [check_choice(held[0].want, str(number))]
            return _write_assignments(taken, QT_TR_NOOP("chosen by hand"))
        return _write_assignments(
            number_source().take([h.want for h in held]), QT_TR_NOOP("generated")
        )


def cancel_efaktur_no(billing_id: int) -> str:
    """Cancel E-Faktur No of a cancelled billing: its number goes back to the pool; returns it."""
    return cancel_efaktur_nos([billing_id])[0].number


# what Cancel E-Faktur No's history entries said before 3 Dec 2026: entries keep their
# words (they are sealed in the hash chain), and the window still translates them
WRITTEN_BEFORE = (QT_TR_NOOP("E-Faktur No {number} given back by {invoice_no}; available again"),)


def cancel_efaktur_nos(billing_ids: list[int]) -> list[Assigned]:
    """Cancel E-Faktur No of the cancelled billings, all or none: their numbers go back
    to the pool; returns what each cancelled. The triggers refuse an uploaded number too."""
    with writing():
        held = _held(billing_ids, trail=False)
        _require_all(held, Action.CANCEL_EFAKTUR_NO)
        released = [Assigned(h.invoice_no, str(h.facts.number)) for h in held]
        _move_numbers(
            [(h.id, h.number_id) for h in held],
            _RELEASE,
            QT_TR_NOOP("Cancel E-Faktur No on {invoice_no}: {number} is available again"),
            [
                {
                    "entity": "billing",
                    "entity_id": h.id,
                    "action": "efaktur_no_cancelled",
                    "args": {"number": r.number, "invoice_no": r.invoice_no},
                    "billing_id": h.id,
                    "number_id": h.number_id,
                    "before": {"efaktur_no": r.number},
                    "after": {"efaktur_no": None, "released_efaktur_no": r.number},
                }
                for h, r in zip(held, released, strict=True)
            ],
        )
        return released


def record_payment(billing_id: int, amount: int, paid_on: date, note: str = "") -> Billing:
    if amount <= 0:
        raise Refused(tr("A payment must be more than {rupiah}.").format(rupiah=rupiah(0)))
    with writing():
        billing = load_billing(billing_id)
        _require(billing, Action.RECORD_PAYMENT)
        outstanding = billing.total - billing.paid_amount
        if amount > outstanding:
            raise Refused(
                tr("{invoice_no}: {amount} is more than the {outstanding} still owed.").format(
                    invoice_no=billing.invoice_no,
                    amount=rupiah(amount),
                    outstanding=rupiah(outstanding),
                )
            )
        Payment.create(
            billing=billing, amount=amount, paid_on=paid_on, note=note, created_at=clock.now()
        )
        before = {"status": billing.status, "paid_amount": billing.paid_amount}
        billing.paid_amount += amount
        billing.status = "paid" if billing.paid_amount == billing.total else "partially_paid"
        billing.save(only=[Billing.paid_amount, Billing.status])
        history.record(
            "billing",
            billing.id,
            "payment_recorded",
            history.said(
                QT_TR_NOOP("Payment of {amount} on {day} recorded for {invoice_no}"),
                amount=rupiah(amount),
                day=f"{paid_on:%Y-%m-%d}",
                invoice_no=billing.invoice_no,
            ),
            billing_id=billing.id,
            before=before,
            after={"status": billing.status, "paid_amount": billing.paid_amount},
        )
        return billing

"""Creating billings with their lines (they start as Draft)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict, dataclass, replace
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

import peewee

from app.billings.amounts import MAX_QUANTITY, MAX_RUPIAH, is_ppnbm_rate
from app.billings.billing_actions import Assigned, facts_of, held_facts, issue_billing, load_billing
from app.billings.numbering import read_invoice_no
from app.billings.rules import Action, BillingFacts, require_all
from app.billings.vat import LineInput, ShownLine, Totals, billing_totals, shown_lines
from app.book import history
from app.book.connection import TAX_RULE, TAX_RULE_KEY
from app.book.dialect import writing
from app.book.models import (
    Billing,
    BillingLine,
    CoretaxExportItem,
    CoretaxFaktur,
    Customer,
    EfakturNumber,
    ExportItem,
    ItemChoice,
    Setting,
    db,
)
from app.book.states import CoretaxStatus, NumberState, Status
from app.common import clock
from app.common.coretax_codes import (
    CORETAX_ONLY_CODES,
    DEFAULT_KIND,
    DEFAULT_UNIT,
    FACILITY_CODES,
    GENERIC_CODE,
    TRANSACTION_CODES,
    facilities,
    goods_code,
    kind_code,
    stamp_for,
    unit_code,
)
from app.common.date_window import outside
from app.common.errors import Refused
from app.common.i18n import QT_TR_NOOP, day_text, tr
from app.common.money import rupiah
from app.numbers import channel

UNSAVED_STATUSES = (Status.DRAFT, Status.PROFORMA)  # the statuses the form saves to


@dataclass(frozen=True)
class LineData:
    name: str
    quantity: Decimal
    unit_price: Decimal
    discount_percent: Decimal = Decimal(0)
    item_code: str = ""
    luxury: bool = False
    # Coretax: goods (A) or services (B), the 6-digit goods/services code and the unit;
    # None takes the last choice for the item code (``ItemChoice``), else the default
    kind: str | None = None
    goods_code: str | None = None
    unit: str | None = None
    stlg_rate: Decimal = Decimal(0)  # PPnBM percent of a luxury line


@dataclass(frozen=True)
class BillingData:
    invoice_no: str
    customer_id: int
    invoice_date: date
    due_date: date
    lines: tuple[LineData, ...]
    tax_active: bool = True
    transaction_code: str = "01"
    prices_include_tax: bool = False
    subject: str = ""
    notes: str = ""
    add_info: str = ""  # codes 07/08: TD.005nn
    facility_stamp: str = ""  # codes 07/08: TD.011nn


_COLUMN_WORDS = {
    "quantity": QT_TR_NOOP("the quantity"),
    "unit_price": QT_TR_NOOP("the unit price"),
    "discount_percent": QT_TR_NOOP("the discount"),
}


def amount_problems(
    quantity: Decimal | None, unit_price: Decimal | None, discount: Decimal | None
) -> list[tuple[str, str]]:
    """(column, what is wrong, translated) for a line's amounts; None is an amount not read."""
    checks = [
        ("quantity", quantity, lambda v: v > 0, tr("must be more than 0")),
        (
            "quantity",
            quantity,
            lambda v: v <= MAX_QUANTITY,
            tr("is at most {limit:,} (no invoice line holds more)").format(limit=MAX_QUANTITY),
        ),
        ("unit_price", unit_price, lambda v: v >= 0, tr("cannot be negative")),
        (
            "unit_price",
            unit_price,
            lambda v: v <= MAX_RUPIAH,
            tr("is at most {limit} (no invoice reaches that)").format(limit=rupiah(MAX_RUPIAH)),
        ),
        (
            "discount_percent",
            discount,
            lambda v: 0 <= v <= 100,
            tr("must be between 0 and 100%"),
        ),
    ]
    found = [
        (column, why) for column, value, ok, why in checks if value is not None and not ok(value)
    ]
    if not found and quantity is not None and unit_price is not None:
        line = quantity * unit_price
        if line > MAX_RUPIAH:
            found.append(
                (
                    "unit_price",
                    tr(
                        "makes the line {amount} (quantity × unit price); a line is at most {limit}"
                    ).format(amount=rupiah(int(line)), limit=rupiah(MAX_RUPIAH)),
                )
            )
    return found


def totals_problem(totals: Totals) -> str | None:
    """Why a billing with these totals cannot be kept, if it cannot."""
    highest = max(totals.dpp, totals.total)
    if highest <= MAX_RUPIAH:
        return None
    return tr(
        "The billing comes to {amount}; one billing is at most {limit}, which no invoice "
        "reaches. Check the quantities and prices."
    ).format(amount=rupiah(highest), limit=rupiah(MAX_RUPIAH))


def date_problems(invoice_date: date, due_date: date) -> list[str]:
    """What is wrong with a billing's dates (the form shows it while typing)."""
    found = []
    for template, day in (
        (QT_TR_NOOP("The invoice date {problem}"), invoice_date),
        (QT_TR_NOOP("The due date {problem}"), due_date),
    ):
        problem = outside(day.year, day.isoformat())
        if problem:
            found.append(tr(template).format(problem=problem))
    if not found and due_date < invoice_date:
        found.append(
            tr(
                "The due date {due_date:%Y-%m-%d} is before the invoice date "
                "{invoice_date:%Y-%m-%d}."
            ).format(due_date=due_date, invoice_date=invoice_date)
        )
    return found


def _check(data: BillingData) -> None:
    read_invoice_no(data.invoice_no)
    dates = date_problems(data.invoice_date, data.due_date)
    if dates:
        raise Refused(dates[0])
    code = transaction_code_problem(data.transaction_code, data.invoice_date)
    if code:
        raise Refused(code)
    _check_facility(data)
    if not data.lines:
        raise Refused(tr("A billing needs at least one line."))
    for n, line in enumerate(data.lines, start=1):
        try:
            if not line.name.strip():
                raise Refused(tr("Line {n}: enter the item name.").format(n=n))
            _check_coretax_fields(n, line)
            problems = amount_problems(line.quantity, line.unit_price, line.discount_percent)
            if problems:
                column, why = problems[0]
                raise Refused(
                    tr("Line {n}: {value} {why}.").format(
                        n=n, value=tr(_COLUMN_WORDS[column]), why=why
                    )
                )
        except InvalidOperation as exc:
            raise Refused(tr("Line {n}: the amounts are not numbers.").format(n=n)) from exc
    too_much = totals_problem(totals_of(data))
    if too_much:
        raise Refused(too_much)
    if Customer.get_or_none(Customer.id == data.customer_id) is None:
        raise Refused(tr("Choose the customer."))


def transaction_code_problem(code: str, invoice_date: date) -> str | None:
    """Why a billing of this date cannot carry this transaction code, if it cannot.

    Code 10 exists only in Coretax (PER-11/PJ/2025); e-Faktur desktop and its CSV take
    01 to 09. A billing dated for e-Faktur desktop with code 10 is refused, never sent
    with another code: the code is the seller's statement on the faktur, and no other
    one is right for every supply that 10 covers."""
    if code not in TRANSACTION_CODES:
        return tr("Transaction code must be one of 01 to 10, not “{transaction_code}”.").format(
            transaction_code=code
        )
    if code in CORETAX_ONLY_CODES and not channel.through_coretax(invoice_date):
        return tr(
            "Transaction code {code} is for fakturs that go through Coretax; a faktur dated "
            "{day} goes through e-Faktur desktop, which takes codes 01 to 09 only. Choose "
            "another code."
        ).format(code=code, day=day_text(invoice_date))
    return None


def _check_facility(data: BillingData) -> None:
    """Codes 07 and 08 name their facility for Coretax from DJP's lists (data), and
    charge no PPN, so their prices cannot include it."""
    if data.tax_active and data.prices_include_tax and not tax_collected(data.transaction_code):
        raise Refused(
            tr(
                "Under transaction code {code} no PPN is collected, so prices cannot include "
                "it: untick Prices include PPN and enter the prices without PPN."
            ).format(code=data.transaction_code)
        )
    add_info, stamp = data.add_info.strip(), data.facility_stamp.strip()
    if not add_info and not stamp:
        return
    allowed = facilities().get(data.transaction_code)
    if allowed is None:
        raise Refused(
            tr("Only transaction codes 07 and 08 carry additional information and a stamp.")
        )
    if add_info not in allowed:
        raise Refused(
            tr("“{add_info}” is not additional information DJP lists for code {code}.").format(
                add_info=add_info, code=data.transaction_code
            )
        )
    if stamp and stamp != stamp_for(add_info):  # DJP pairs them by their number
        raise Refused(
            tr("The facility stamp of {add_info} is {expected}, not “{stamp}”.").format(
                add_info=add_info, expected=stamp_for(add_info), stamp=stamp
            )
        )


def _coretax_readers(line: LineData) -> tuple[tuple[str | None, Callable[[str], str]], ...]:
    return ((line.kind, kind_code), (line.goods_code, goods_code), (line.unit, unit_code))


def _check_coretax_fields(n: int, line: LineData) -> None:
    for given, reader in _coretax_readers(line):
        if given is None:
            continue
        try:
            reader(given)
        except ValueError as exc:
            raise Refused(tr("Line {n}: {why}").format(n=n, why=exc)) from exc
    if not is_ppnbm_rate(line.stlg_rate):
        raise Refused(tr("Line {n}: the PPnBM rate is a percentage from 0 to 200.").format(n=n))


def _line_inputs(data: BillingData) -> list[LineInput]:
    return [
        LineInput(x.quantity, x.unit_price, x.discount_percent, x.luxury, x.stlg_rate)
        for x in data.lines
    ]


def totals_of(data: BillingData) -> Totals:
    """DPP, PPN, PPnBM and total of the lines as entered (the form shows them while
    typing)."""
    return billing_totals(
        _line_inputs(data),
        data.invoice_date,
        data.tax_active,
        data.prices_include_tax,
        collected=tax_collected(data.transaction_code),
    )


def tax_collected(transaction_code: str) -> bool:
    """Does the seller collect the faktur's PPN (and PPnBM) from the buyer? Not under
    07 (not collected) and 08 (exempt): the faktur states it, the invoice charges none."""
    return transaction_code not in FACILITY_CODES


def shown_lines_of(data: BillingData) -> tuple[ShownLine, ...]:
    """Each line's unit price and amount as the windows show them (``app.vat.shown_lines``)."""
    return shown_lines(
        _line_inputs(data), data.invoice_date, data.tax_active, data.prices_include_tax
    )


def _fields(data: BillingData, totals: Totals) -> dict[str, object]:
    return {
        "invoice_no": data.invoice_no.strip(),
        "customer": data.customer_id,
        "subject": data.subject.strip(),
        "invoice_date": data.invoice_date,
        "due_date": data.due_date,
        "tax_active": data.tax_active,
        "transaction_code": data.transaction_code,
        "prices_include_tax": data.prices_include_tax,
        "notes": data.notes.strip(),
        "add_info": data.add_info.strip(),
        "facility_stamp": data.facility_stamp.strip(),
        "dpp": totals.dpp,
        "ppn": totals.ppn,
        "ppnbm": totals.ppnbm,
        "total": totals.total,
    }


def _coretax_fields(lines: tuple[LineData, ...]) -> list[dict[str, str]]:
    """Each line's kind, goods/services code and unit: as given, else the last choice for
    its item code, else the defaults; the choices given are remembered for next time."""
    codes = {x.item_code.strip() for x in lines if x.item_code.strip()}
    remembered = {
        c.item_code: c for c in ItemChoice.select().where(ItemChoice.item_code.in_(codes))
    }
    found = []
    for line in lines:
        last = remembered.get(line.item_code.strip())
        found.append(
            {
                "kind": kind_code(line.kind)
                if line.kind
                else (last.kind if last else DEFAULT_KIND),
                "goods_code": goods_code(line.goods_code)
                if line.goods_code
                else (last.goods_code if last else GENERIC_CODE),
                "unit": unit_code(line.unit)
                if line.unit
                else (last.unit if last else DEFAULT_UNIT),
            }
        )
    chosen = {
        line.item_code.strip(): fields
        for line, fields in zip(lines, found, strict=True)
        if line.item_code.strip() and (line.kind or line.goods_code or line.unit)
    }
    if chosen:
        ItemChoice.insert_many(
            [{"item_code": code, **fields} for code, fields in chosen.items()]
        ).on_conflict_replace().execute()
    return found


@dataclass(frozen=True)
class LineChoice:
    """A line's Coretax fields: goods (A) or services (B), goods/services code, unit."""

    kind: str = DEFAULT_KIND
    goods_code: str = GENERIC_CODE
    unit: str = DEFAULT_UNIT


def remembered_choice(item_code: str) -> LineChoice | None:
    """The kind, goods/services code and unit last saved for an item code (the form
    fills them in when the code is typed); None when it has none."""
    found = ItemChoice.get_or_none(ItemChoice.item_code == item_code.strip())
    return None if found is None else LineChoice(found.kind, found.goods_code, found.unit)


def _write_lines(billing_id: int, lines: tuple[LineData, ...]) -> None:
    BillingLine.insert_many(
        [
            {
                "billing": billing_id,
                "position": n,
                "item_code": line.item_code.strip(),
                "name": line.name.strip(),
                "quantity": line.quantity,
                "unit_price": line.unit_price,
                "discount_percent": line.discount_percent,
                "luxury": line.luxury,
                "stlg_rate": line.stlg_rate,
                **coretax,
            }
            for n, (line, coretax) in enumerate(
                zip(lines, _coretax_fields(lines), strict=True), start=1
            )
        ]
    ).execute()


def _refuse_taken_invoice_no(invoice_no: str, billing_id: int | None = None) -> None:
    taken = Billing.select().where(Billing.invoice_no == invoice_no)
    if billing_id is not None:
        taken = taken.where(Billing.id != billing_id)
    if taken.exists():
        raise Refused(
            tr("Invoice number {invoice_no} is already used by another billing.").format(
                invoice_no=invoice_no
            )
        )


def create_billing(data: BillingData, status: str = Status.DRAFT) -> Billing:
    """A new billing, Draft or Proforma."""
    if status not in UNSAVED_STATUSES:
        raise ValueError(f"a new billing is draft or proforma, not {status!r}")
    _check(data)
    totals = totals_of(data)
    with writing():
        fields = _fields(data, totals)
        _refuse_taken_invoice_no(data.invoice_no.strip())
        billing = Billing.create(**fields, status=status, created_at=clock.now())
        _write_lines(billing.id, data.lines)
        history.record(
            "billing",
            billing.id,
            "created",
            history.said(
                QT_TR_NOOP("{invoice_no} created as {status}"),
                invoice_no=billing.invoice_no,
                status=Status(status).label,
            ),
            billing_id=billing.id,
            after={"status": status, "total": totals.total, "tax_active": data.tax_active},
        )
        return billing


def update_billing(billing_id: int, data: BillingData, status: str | None = None) -> Billing:
    """Save an edited Draft or Proforma (``status`` may move it between the two)."""
    if status is not None and status not in UNSAVED_STATUSES:
        raise ValueError(f"an edited billing is draft or proforma, not {status!r}")
    _check(data)
    totals = totals_of(data)
    with writing():
        billing = load_billing(billing_id)
        require_all([facts_of(billing)], Action.EDIT)
        fields = _fields(data, totals)
        _refuse_taken_invoice_no(str(fields["invoice_no"]), billing_id)
        before = _snapshot(billing)
        for name, value in fields.items():
            setattr(billing, name, value)
        billing.status = status or billing.status
        billing.save()
        BillingLine.delete().where(BillingLine.billing == billing_id).execute()
        _write_lines(billing_id, data.lines)
        after = _snapshot(Billing.get_by_id(billing_id))
        before, after = history.changed_fields(before, after)
        if before:  # saving the form unchanged is no event
            history.record(
                "billing",
                billing_id,
                "edited",
                history.said(
                    QT_TR_NOOP("{invoice_no} edited ({fields})"),
                    invoice_no=billing.invoice_no,
                    fields=", ".join(before),
                ),
                billing_id=billing_id,
                before=before,
                after=after,
            )
        return billing


def _snapshot(billing: Billing) -> dict[str, object]:
    """The billing as the form holds it, with its status and total (for the history)."""
    return {**asdict(data_of(billing)), "status": billing.status, "total": billing.total}


def save_and_issue(
    data: BillingData, billing_id: int | None = None
) -> tuple[Billing, Assigned | None]:
    """Save the form and issue the billing in one transaction (both happen or neither).

    Returns the billing and what ``issue_billing`` returned (its number, if it took one).
    """
    with writing():
        saved = create_billing(data) if billing_id is None else update_billing(billing_id, data)
        assigned = issue_billing(saved.id)
    return Billing.get_by_id(saved.id), assigned


def data_of(billing: Billing) -> BillingData:
    """The form's values of a saved billing."""
    return BillingData(
        invoice_no=billing.invoice_no,
        customer_id=billing.customer_id,
        invoice_date=billing.invoice_date,
        due_date=billing.due_date,
        lines=tuple(
            LineData(
                name=x.name,
                quantity=x.quantity,
                unit_price=x.unit_price,
                discount_percent=x.discount_percent,
                item_code=x.item_code,
                luxury=x.luxury,
                kind=x.kind,
                goods_code=x.goods_code,
                unit=x.unit,
                stlg_rate=x.stlg_rate,
            )
            for x in billing.lines.order_by(BillingLine.position)
        ),
        tax_active=billing.tax_active,
        transaction_code=billing.transaction_code,
        prices_include_tax=billing.prices_include_tax,
        subject=billing.subject,
        notes=billing.notes,
        add_info=billing.add_info,
        facility_stamp=billing.facility_stamp,
    )


def billing_data(billing_id: int) -> BillingData:
    """The form's values of a saved billing; Refused when it is gone."""
    return data_of(load_billing(billing_id))


@dataclass(frozen=True)
class DetailLine:
    name: str
    quantity: Decimal
    discount_percent: Decimal
    shown: ShownLine  # its unit price and amount as the windows show them


@dataclass(frozen=True)
class BillingDetail:
    """One billing as its detail shows it, read at once (no lazy references)."""

    id: int
    invoice_no: str
    facts: BillingFacts
    customer_name: str
    customer_npwp: str
    customer_nik: str
    subject: str
    invoice_date: date
    due_date: date
    tax_active: bool
    transaction_code: str
    released_number: str | None  # the number it cancelled, while it holds none
    dpp: int
    ppn: int
    ppnbm: int  # luxury goods' sales tax; 0 for most billings
    total: int
    paid_amount: int
    lines: tuple[DetailLine, ...]
    rate_label: str = ""  # the PPN rate of its lines (``12%``), each when they differ
    faktur_no: str = ""  # the 17 digits Coretax gave it, as its export last said
    coretax_status: CoretaxStatus | None = None  # what that export said of it
    coretax_mismatch: str = ""  # Coretax's DPP or PPN differs from the billing's

    @property
    def outstanding(self) -> int:
        return self.total - self.paid_amount


def billing_detail(billing_id: int) -> BillingDetail:
    """The billing with its customer, figures and lines; Refused when it is gone."""
    billing = (
        Billing.select(Billing, Customer)
        .join(Customer)
        .where(Billing.id == billing_id)
        .get_or_none()
    )
    if billing is None:
        raise Refused(tr("That billing no longer exists."))
    data = data_of(billing)
    released = None
    if billing.efaktur_number_id is None and billing.released_number_id is not None:
        released = str(EfakturNumber.get_by_id(billing.released_number_id))
    customer = billing.customer
    return BillingDetail(
        id=billing.id,
        invoice_no=billing.invoice_no,
        facts=facts_of(billing),
        customer_name=customer.name,
        customer_npwp=customer.npwp,
        customer_nik=customer.nik,
        subject=billing.subject,
        invoice_date=billing.invoice_date,
        due_date=billing.due_date,
        tax_active=billing.tax_active,
        transaction_code=billing.transaction_code,
        released_number=released,
        dpp=billing.dpp,
        ppn=billing.ppn,
        ppnbm=billing.ppnbm,
        total=billing.total,
        paid_amount=billing.paid_amount,
        lines=tuple(
            DetailLine(line.name, line.quantity, line.discount_percent, shown)
            for line, shown in zip(data.lines, shown_lines_of(data), strict=True)
        ),
        rate_label=" + ".join(g.rate.label for g in totals_of(data).groups),
        **_coretax_of(billing.id),
    )


def _coretax_of(billing_id: int) -> dict[str, Any]:
    record = CoretaxFaktur.get_or_none(CoretaxFaktur.billing == billing_id)
    if record is None:
        return {}
    return {
        "faktur_no": record.faktur_no,
        "coretax_status": CoretaxStatus(record.status),
        "coretax_mismatch": record.mismatch,
    }


def duplicate_billing(billing_id: int, on: date | None = None) -> Billing:
    """A Draft copy dated ``on`` (today), with the next invoice number and the same
    payment term; the copy holds no number, payment or file of the original."""
    from app.billings.numbering import next_invoice_no

    on = on or clock.today()
    with writing():
        original = load_billing(billing_id)
        data = data_of(original)
        term = data.due_date - data.invoice_date
        copy = replace(data, invoice_no=next_invoice_no(on), invoice_date=on, due_date=on + term)
        billing = create_billing(copy)
        history.record(
            "billing",
            billing.id,
            "duplicated",
            history.said(
                QT_TR_NOOP("{invoice_no} copied from {original}"),
                invoice_no=billing.invoice_no,
                original=original.invoice_no,
            ),
            billing_id=billing.id,
            after={"copied_from": original.invoice_no},
        )
        return billing


def delete_billings(billing_ids: list[int]) -> list[str]:
    """Delete them all or none; returns their invoice numbers."""
    with writing():
        held = held_facts(billing_ids)
        require_all(held, Action.DELETE)
        done = []
        for billing_id, facts in zip(billing_ids, held, strict=True):
            billing = Billing.get_by_id(billing_id)
            before = _snapshot(billing)
            billing.delete_instance()  # its lines go with it (ON DELETE CASCADE)
            history.record(
                "billing",
                billing_id,
                "deleted",
                history.said(
                    QT_TR_NOOP("{invoice_no} deleted ({status})"),
                    invoice_no=facts.invoice_no,
                    status=facts.status.label,
                ),
                billing_id=billing_id,
                before=before,
            )
            done.append(facts.invoice_no)
        return done


@dataclass
class _Stored:
    """A billing's stored figures and what they are worked out from."""

    id: int
    invoice_no: str
    invoice_date: date
    prices_include_tax: bool
    transaction_code: str
    paid_amount: int
    figures: dict[str, int]
    lines: list[LineInput]


def _taxed_billings_djp_has_not() -> list[_Stored]:
    """Each taxed billing whose faktur DJP does not have (its number was neither uploaded
    nor exported with it), with its lines (a billing without lines has nothing to work
    figures out from, and is left out). Plain rows: on a book of many billings, model
    objects would cost most of the time."""
    uploaded = EfakturNumber.select(EfakturNumber.id).where(
        EfakturNumber.state == NumberState.UPLOADED
    )
    exported = ExportItem.select(ExportItem.id).where(
        (ExportItem.billing == Billing.id) & (ExportItem.number == Billing.efaktur_number)
    )
    in_xml = CoretaxExportItem.select(CoretaxExportItem.id).where(
        CoretaxExportItem.billing == Billing.id
    )
    rows = (
        BillingLine.select(
            Billing.id,
            Billing.invoice_no,
            Billing.invoice_date,
            Billing.prices_include_tax,
            Billing.transaction_code,
            Billing.paid_amount,
            Billing.dpp,
            Billing.ppn,
            Billing.ppnbm,
            Billing.total,
            BillingLine.quantity,
            BillingLine.unit_price,
            BillingLine.discount_percent,
            BillingLine.luxury,
            BillingLine.stlg_rate,
        )
        .join(Billing)
        .where(
            Billing.tax_active
            & (Billing.efaktur_number.is_null() | Billing.efaktur_number.not_in(uploaded))
            & ~peewee.fn.EXISTS(exported)
            & ~peewee.fn.EXISTS(in_xml)  # in Coretax: its figures are DJP's now
        )
        .order_by(BillingLine.billing, BillingLine.position)
        .tuples()
    )
    found: dict[int, _Stored] = {}
    for bid, no, day, included, code, paid, dpp, ppn, ppnbm, total, *line in rows:
        stored = found.get(bid)
        if stored is None:
            figures = {"dpp": dpp, "ppn": ppn, "ppnbm": ppnbm, "total": total}
            stored = found[bid] = _Stored(bid, no, day, included, code, paid, figures, [])
        stored.lines.append(LineInput(*line))
    return list(found.values())


WRITTEN_BEFORE = (  # history entries of earlier rules, still shown in the window's language
    QT_TR_NOOP("{invoice_no}: PPN worked out again from the DPP the faktur prints"),
    QT_TR_NOOP("{invoice_no}: tax figures worked out again, with PPnBM"),
)


def refresh_tax_figures() -> int:
    """Once per book and rule: the stored DPP, PPN, PPnBM and total of a book kept
    before the current rule (PPN from the printed DPP; PPnBM in the total, schema v7; no
    tax in the total of codes 07 and 08), brought to it; how many billings changed.

    A billing whose e-Faktur file was uploaded, or whose number was exported with it,
    keeps its figures (DJP approved them, or e-Faktur holds them: a correction is a
    replacement faktur). One with payments keeps its total (what was
    billed and paid) and gets the faktur's DPP, PPN and PPnBM. Each change is in the history.
    """
    with writing():  # asked inside: two copies opening the book at once
        done = Setting.get_or_none(Setting.key == TAX_RULE_KEY)
        if done is not None and done.value == TAX_RULE:
            return 0
        entries, updates = [], []
        for billing in _taxed_billings_djp_has_not():
            totals = billing_totals(
                billing.lines,
                billing.invoice_date,
                True,
                billing.prices_include_tax,
                collected=tax_collected(billing.transaction_code),
            )
            now = {
                "dpp": totals.dpp,
                "ppn": totals.ppn,
                "ppnbm": totals.ppnbm,
                "total": totals.total,
            }
            if billing.paid_amount:
                now["total"] = billing.figures["total"]  # what was billed and paid
            before = {k: v for k, v in billing.figures.items() if now[k] != v}
            if before:
                updates.append((now["dpp"], now["ppn"], now["ppnbm"], now["total"], billing.id))
                entries.append(
                    {
                        "entity": "billing",
                        "entity_id": billing.id,
                        "billing_id": billing.id,
                        "action": "tax_recomputed",
                        "args": {"invoice_no": billing.invoice_no},
                        "before": before,
                        "after": {k: now[k] for k in before},
                    }
                )
        db.cursor().executemany(
            "UPDATE billing SET dpp = ?, ppn = ?, ppnbm = ?, total = ? WHERE id = ?",
            updates,
        )
        if entries:
            history.record_many(QT_TR_NOOP("{invoice_no}: tax figures worked out again"), entries)
        Setting.insert(key=TAX_RULE_KEY, value=TAX_RULE).on_conflict_replace().execute()
        return len(entries)

"""Exporting billings to the XML Coretax imports, each export kept as a batch.

Which billings: issued, tax active, not cancelled, dated on or after the book's Coretax
date and holding no E-Faktur No (those went the e-Faktur desktop way). The whole
selection is checked first: while one billing has a problem, nothing is written and
every problem is listed by billing. Exporting a billing again needs ``again``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from app.billings.parties import company, npwp16, real_npwp
from app.book import history
from app.book.dialect import in_chunks, placeholders, writing
from app.book.models import Billing, BillingLine, CoretaxExportItem, Customer, db
from app.book.sql_dates import as_datetime
from app.common.errors import Refused, refused_lines
from app.common.i18n import QT_TR_NOOP, day_text, tr
from app.common.safe_write import check_target
from app.efaktur.coretax_xml import MOST_FAKTURS, XmlBuyer, XmlFaktur, XmlLine, problems, write_xml
from app.efaktur.exports import LeftOut, exported_texts, keep_bytes, not_a_faktur, save_file
from app.numbers import channel


@dataclass(frozen=True)
class XmlPlan:
    billings: tuple[Billing, ...]  # to be written, in file order, with their customers
    left_out: tuple[LeftOut, ...]
    exported_on: dict[int, date]  # of those billings: when each last went out as XML

    @property
    def exported_before(self) -> tuple[str, ...]:
        """``INV-1 (exported 20 Nov 2026)`` for each billing exported before."""
        return exported_texts(self.billings, self.exported_on)


@dataclass(frozen=True)
class XmlDone:
    batch_id: int
    fakturs: int
    path: Path
    left_out: tuple[LeftOut, ...]
    not_saved: str = ""


def buyer_of(customer: Customer) -> XmlBuyer:
    """The buyer as Coretax identifies it. Without a chosen identity type, a real NPWP
    makes a TIN buyer and else a NIK a National ID one."""
    npwp = real_npwp(customer.npwp)
    id_type = customer.id_type or ("TIN" if npwp else "National ID" if customer.nik else "")
    number = customer.nik if id_type == "National ID" else customer.id_number
    return XmlBuyer(
        name=customer.npwp_name or customer.name,
        address=customer.npwp_address,
        email=customer.email,
        id_type=id_type,
        tin=npwp16(npwp) if id_type == "TIN" else "",
        document_number="" if id_type == "TIN" else (number or customer.id_number).strip(),
        country=customer.country,
        tku=customer.tku,
    )


def xml_faktur_of(billing: Billing) -> XmlFaktur:
    lines = tuple(
        XmlLine(
            kind=line.kind,
            code=line.goods_code,
            name=line.name,
            unit=line.unit,
            quantity=line.quantity,
            unit_price=line.unit_price,
            discount_percent=line.discount_percent,
            luxury=line.luxury,
            stlg_rate=line.stlg_rate,
        )
        for line in BillingLine.select()
        .where(BillingLine.billing == billing)
        .order_by(BillingLine.position)
    )
    return XmlFaktur(
        reference=billing.invoice_no,
        faktur_date=billing.invoice_date,
        transaction_code=billing.transaction_code,
        buyer=buyer_of(billing.customer),
        lines=lines,
        prices_include_tax=billing.prices_include_tax,
        add_info=billing.add_info,
        facility_stamp=billing.facility_stamp,
    )


def _why_not(billing: Billing, way: channel.Channel) -> str | None:
    reason = not_a_faktur(billing)
    if reason is not None:
        return reason
    if not way.through_coretax(billing.invoice_date):
        return tr("it is dated before the book's Coretax date: export it as CSV")
    if billing.efaktur_number_id is not None:
        return tr("it holds E-Faktur No {number}: export it as CSV for e-Faktur desktop").format(
            number=str(billing.efaktur_number)
        )
    return None


def _exported_on(billing_ids: list[int]) -> dict[int, date]:
    found: dict[int, date] = {}
    for chunk in in_chunks(billing_ids):
        for billing_id, at in db.execute_sql(
            "SELECT i.billing_id, MAX(x.created_at) FROM coretax_export_item i "
            "JOIN export_batch x ON x.id = i.batch_id "
            f"WHERE i.billing_id IN ({placeholders(len(chunk))}) GROUP BY i.billing_id",
            chunk,
        ):
            found[billing_id] = as_datetime(at).date()
    return found


def plan_xml(billing_ids: list[int]) -> XmlPlan:
    """Which of the chosen billings go into the XML and which are left out, and why."""
    way = channel.current()
    included: list[Billing] = []
    left_out: list[LeftOut] = []
    for chunk in in_chunks(billing_ids):
        for billing in (
            Billing.select(Billing, Customer).join(Customer).where(Billing.id.in_(chunk))
        ):
            reason = _why_not(billing, way)
            if reason is None:
                included.append(billing)
            else:
                left_out.append(LeftOut(billing.invoice_no, reason))
    included.sort(key=lambda b: (b.invoice_date, b.invoice_no, b.id))
    return XmlPlan(tuple(included), tuple(left_out), _exported_on([b.id for b in included]))


def _seller() -> tuple[str, str]:
    seller = company()
    if seller is None or not real_npwp(seller.npwp):
        raise Refused(
            tr("Enter the company's NPWP first (Company & Numbering): it is the XML's seller.")
        )
    return npwp16(seller.npwp), seller.nitku


def export_xml(billing_ids: list[int], path: Path, again: bool = False) -> XmlDone:
    """Keep the chosen billings that go to Coretax as an XML batch, then write its file.

    Refused (nothing kept or written) while any of them has a problem, naming each by
    billing; or when more than 1,000 would go into one file (the command line). ``again``:
    billings exported as XML before go out once more; without it they are left out.
    """
    return _export(billing_ids, Path(path), again, split=False)[0]


def export_xml_in_parts(billing_ids: list[int], path: Path, again: bool = False) -> list[XmlDone]:
    """As ``export_xml``, but more than 1,000 fakturs go into numbered files
    (``name-1.xml``, ``name-2.xml``, …), each its own batch, all kept or none (the window)."""
    return _export(billing_ids, Path(path), again, split=True)


def part_paths(path: Path, parts: int) -> list[Path]:
    """The file of each part: the path itself for one, else numbered from 1."""
    if parts == 1:
        return [path]
    return [path.with_name(f"{path.stem}-{n}{path.suffix}") for n in range(1, parts + 1)]


def files_for(path: Path, fakturs: int) -> list[Path]:
    """The files an export of ``fakturs`` writes, at most 1,000 in each."""
    return part_paths(path, max(1, -(-fakturs // MOST_FAKTURS)))


def check_xml(billing_ids: list[int], again: bool = False) -> int:
    """How many fakturs would go out; Refused as the export would be (no seller NPWP,
    nothing to export, or every problem named by billing). Nothing is kept or written:
    the window asks it before the save prompt."""
    _seller()
    return len(_checked(list(dict.fromkeys(billing_ids)), again)[0])


def _checked(
    billing_ids: list[int], again: bool
) -> tuple[list[Billing], list[XmlFaktur], list[LeftOut]]:
    """The billings that go out with their fakturs, and those left out; Refused while
    any that goes out has a problem."""
    billings, left_out = _chosen(billing_ids, again)
    fakturs = [xml_faktur_of(b) for b in billings]
    found = [
        f"{b.invoice_no}: {problem}"
        for b, faktur in zip(billings, fakturs, strict=True)
        for problem in problems(faktur)
    ]
    if found:
        raise refused_lines(found, tr("Nothing was exported; correct these billings first:"))
    return billings, fakturs, left_out


def _export(billing_ids: list[int], path: Path, again: bool, split: bool) -> list[XmlDone]:
    check_target(path)
    with writing():
        tin, nitku = _seller()
        billings, fakturs, left_out = _checked(list(dict.fromkeys(billing_ids)), again)
        if len(billings) > MOST_FAKTURS and not split:
            raise Refused(
                tr(
                    "{count:,} fakturs were chosen, but Coretax takes at most {most:,} in one "
                    "file; export a shorter selection (fewer billings or a month at a time)."
                ).format(count=len(billings), most=MOST_FAKTURS)
            )
        starts = range(0, len(billings), MOST_FAKTURS)
        kept = []
        for start, part in zip(starts, part_paths(path, len(starts)), strict=True):
            chunk = billings[start : start + MOST_FAKTURS]
            content = write_xml(tin, nitku, fakturs[start : start + MOST_FAKTURS])
            batch = keep_bytes(content, part, len(chunk), format="xml")
            _record(batch.id, chunk, part)
            kept.append((batch.id, len(chunk), part, content))
    return [
        XmlDone(batch_id, count, part, tuple(left_out), save_file(batch_id, part, content))
        for batch_id, count, part, content in kept
    ]


def _chosen(billing_ids: list[int], again: bool) -> tuple[list[Billing], list[LeftOut]]:
    """The billings that go out, in file order, and those left out with why; Refused
    naming each when none goes out."""
    plan = plan_xml(billing_ids)
    billings = list(plan.billings)
    left_out = list(plan.left_out)
    if not again:
        left_out += [
            LeftOut(
                b.invoice_no,
                tr("it was exported before ({day})").format(day=day_text(plan.exported_on[b.id])),
            )
            for b in billings
            if b.id in plan.exported_on
        ]
        billings = [b for b in billings if b.id not in plan.exported_on]
    if not billings:
        raise refused_lines(
            [f"{x.invoice_no}: {x.reason}" for x in left_out],
            tr("None of the chosen billings can be exported to Coretax."),
        )
    return billings, left_out


def _record(batch_id: int, billings: list[Billing], path: Path) -> None:
    CoretaxExportItem.insert_many(
        [(batch_id, b.id) for b in billings],
        fields=[CoretaxExportItem.batch, CoretaxExportItem.billing],
    ).execute()
    history.record_many(
        QT_TR_NOOP("{invoice_no} exported to {file} for Coretax (batch {batch})"),
        [
            {
                "entity": "billing",
                "entity_id": b.id,
                "action": "exported_xml",
                "args": {"invoice_no": b.invoice_no, "file": path.name, "batch": batch_id},
                "billing_id": b.id,
                "after": {"batch": batch_id, "file": path.name},
            }
            for b in billings
        ],
    )

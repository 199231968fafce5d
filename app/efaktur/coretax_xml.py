"""The XML that DJP's Coretax imports (Impor Data), ``shared/spec/coretax.md`` §1.2.

Pure format: ``XmlFaktur`` in, problems or bytes out. Every element is written in the
template's order, empty ones empty; amounts with a dot, no grouping, at most two
decimals, half up. Per line ``TaxBase = Price × Qty − TotalDiscount`` holds exactly
(Coretax rejects the file otherwise), and ``VAT = round2(OtherTaxBase × VATRate/100)``.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_CEILING, Decimal

from app.billings.vat import HUNDRED, LineInput, billing_totals, cents, faktur_line_dpps
from app.common.coretax_codes import FACILITY_CODES, facilities, stamp_for, units
from app.common.i18n import tr

NO_TIN = "0" * 16  # BuyerTin of a buyer identified otherwise
NO_TKU = "000000"  # BuyerIDTKU of a buyer identified otherwise
MOST_FAKTURS = 1_000  # Coretax takes at most this many fakturs in one file
_XSI = "http://www.w3.org/2001/XMLSchema-instance"
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_BREAKS = re.compile(r"\s*[\r\n\u2028\u2029]+\s*")


@dataclass(frozen=True)
class XmlBuyer:
    name: str
    address: str
    email: str
    id_type: str  # TIN, National ID, Passport, Other ID; '' when none could be read
    tin: str  # the 16-digit NPWP of a TIN buyer, else ''
    document_number: str  # the NIK, passport or other number; '' for a TIN buyer
    country: str
    tku: str


@dataclass(frozen=True)
class XmlLine:
    kind: str
    code: str
    name: str
    unit: str
    quantity: Decimal
    unit_price: Decimal  # as entered (tax included or not, per the faktur)
    discount_percent: Decimal = Decimal(0)
    luxury: bool = False
    stlg_rate: Decimal = Decimal(0)


@dataclass(frozen=True)
class XmlFaktur:
    reference: str  # the invoice number: RefDesc, the key Coretax gives back
    faktur_date: date
    transaction_code: str  # as the billing holds it (01 becomes 04 where 11/12 applies)
    buyer: XmlBuyer
    lines: tuple[XmlLine, ...]
    prices_include_tax: bool = False
    add_info: str = ""
    facility_stamp: str = ""


@dataclass(frozen=True)
class GoodService:
    """One ``GoodService`` element's figures."""

    price: Decimal
    qty: Decimal
    total_discount: Decimal
    tax_base: Decimal
    other_tax_base: Decimal
    vat_rate: Decimal
    vat: Decimal
    stlg_rate: Decimal
    stlg: Decimal
    nilai_lain: bool  # OtherTaxBase is 11/12 of TaxBase


class LineCannotHold(ValueError):
    """No unit price to the cent gives the line's tax base with this quantity."""


def _price_for(price: Decimal, qty: Decimal, tax_base: Decimal) -> Decimal:
    """The unit price to write: the tax-excluded price to the cent, raised by the fewest
    cents needed so that ``price × qty`` reaches the tax base and has at most two
    decimals (the rest becomes discount, as erpbio does)."""
    if qty <= 0:
        raise LineCannotHold(qty)
    least = (tax_base / qty).quantize(Decimal("0.01"), rounding=ROUND_CEILING)
    candidate = max(price, least)
    for _ in range(100):
        if candidate * qty == cents(candidate * qty):
            return candidate
        candidate += Decimal("0.01")
    raise LineCannotHold(qty)


def goods_services(faktur: XmlFaktur) -> tuple[GoodService, ...]:
    """Each line's figures. TaxBase is the line's DPP as the faktur prints it (to the cent,
    per rate reconciled with the billing's whole-rupiah DPP), so the XML's tax bases add
    up to the billing's DPP; ``LineCannotHold`` if a line's identity cannot hold.

    Code 10 has no DPP nilai lain of its own in any source (coretax.md §5.1), so its
    OtherTaxBase is the TaxBase, as DJP's template says of a faktur not using nilai
    lain; its VAT stays the billing's (12% × 11/12 of an ordinary line: PMK 131/2024
    taxes every non-luxury supply so, whatever its code), which the template allows:
    VAT must equal the rate × OtherTaxBase only under codes 01, 04 and 09.

    STLG is the PPnBM rate × TaxBase, to the cent. That is coretax.md §5.2's
    OtherTaxBase × rate for every luxury line from February 2025 (its OtherTaxBase is
    its TaxBase); in January 2025, when luxury goods still took 11/12 for PPN, PPnBM
    stays on the price, as the billing's PPnBM does (``app.billings.vat.luxury_groups``)."""
    totals = billing_totals(
        [
            LineInput(x.quantity, x.unit_price, x.discount_percent, x.luxury, x.stlg_rate)
            for x in faktur.lines
        ],
        faktur.faktur_date,
        tax_active=True,
        prices_include_tax=faktur.prices_include_tax,
    )
    tax_bases = faktur_line_dpps(totals)
    found = []
    for k, (line, amounts) in enumerate(zip(faktur.lines, totals.lines, strict=True)):
        tax_base = tax_bases[k]
        price = _price_for(cents(amounts.unit_price), line.quantity, tax_base)
        factor = amounts.rate.base_factor
        taxed = cents(tax_base * factor.numerator / factor.denominator) if factor != 1 else tax_base
        # code 10 too: PMK 131/2024 taxes every non-luxury supply on 11/12, and Coretax
        # holds VAT = VATRate × OtherTaxBase (coretax.md §5.2)
        nilai_lain = factor != 1
        other = taxed if nilai_lain else tax_base
        vat_rate = amounts.rate.rate * HUNDRED
        stlg_rate = amounts.ppnbm_rate
        found.append(
            GoodService(
                price=price,
                qty=line.quantity,
                total_discount=price * line.quantity - tax_base,
                tax_base=tax_base,
                other_tax_base=other,
                vat_rate=vat_rate,
                vat=cents(taxed * vat_rate / HUNDRED),
                stlg_rate=stlg_rate,
                stlg=cents(tax_base * stlg_rate / HUNDRED),
                nilai_lain=nilai_lain,
            )
        )
    return tuple(found)


def trx_code(faktur: XmlFaktur, lines: Sequence[GoodService]) -> str:
    """Code 01 is written 04 when the faktur's VAT is on DPP nilai lain (11/12), as
    PER-11/PJ/2025 defines 04 and DJP's own template example does; every other code as
    the billing holds it."""
    if faktur.transaction_code == "01" and any(g.nilai_lain for g in lines):
        return "04"
    return faktur.transaction_code


def problems(faktur: XmlFaktur) -> list[str]:
    """Everything that keeps this faktur out of the file, each in one sentence."""
    found = _buyer_problems(faktur.buyer)
    if faktur.transaction_code in FACILITY_CODES:
        allowed = facilities()[faktur.transaction_code]
        if faktur.add_info not in allowed or faktur.facility_stamp != stamp_for(faktur.add_info):
            found.append(
                tr(
                    "code {code} needs its additional information (TD.005nn) and facility "
                    "stamp (TD.011nn)"
                ).format(code=faktur.transaction_code)
            )
    if not faktur.lines:
        found.append(tr("it has no lines"))
    for n, line in enumerate(faktur.lines, start=1):
        if line.unit not in units():
            found.append(
                tr("line {n}: unit {unit} is not one of Coretax's units").format(
                    n=n, unit=line.unit
                )
            )
    try:
        lines = goods_services(faktur)
    except LineCannotHold:
        found.append(
            tr(
                "a line's quantity cannot give its tax base with a unit price to the cent; "
                "write the quantity with at most two decimals"
            )
        )
        return found
    if faktur.transaction_code in ("01", "04") and len({g.nilai_lain for g in lines}) > 1:
        found.append(
            tr(
                "it mixes luxury goods taxed on their full price with lines taxed on 11/12 "
                "of it; Coretax takes one transaction code per faktur, so split the billing"
            )
        )
    return found


def _buyer_problems(buyer: XmlBuyer) -> list[str]:
    if not buyer.id_type:
        return [
            tr("customer {name} has no NPWP, NIK, passport or other ID for Coretax").format(
                name=buyer.name
            )
        ]
    if buyer.id_type == "TIN" and len(buyer.tin) != 16:
        return [tr("customer {name} is identified by NPWP but has none").format(name=buyer.name)]
    if buyer.id_type != "TIN" and not buyer.document_number:
        return [
            tr("customer {name} has no {id_type} number").format(
                name=buyer.name, id_type=buyer.id_type
            )
        ]
    return []


def amount_text(value: Decimal) -> str:
    """``15000``, ``1234.5``, ``0.01``: at most two decimals (half up), no grouping, no
    trailing zeros."""
    text = f"{cents(value):f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def _quantity_text(value: Decimal) -> str:
    text = f"{value:f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def _text(value: str, joiner: str = " ") -> str:
    """One line of text XML 1.0 can hold: breaks joined, control characters dropped."""
    return _CONTROL.sub("", _BREAKS.sub(joiner, value.strip()))


def _add(parent: ET.Element, tag: str, text: str = "") -> ET.Element:
    child = ET.SubElement(parent, tag)
    child.text = text
    return child


def _faktur_element(parent: ET.Element, seller_nitku: str, faktur: XmlFaktur) -> None:
    lines = goods_services(faktur)
    buyer = faktur.buyer
    element = ET.SubElement(parent, "TaxInvoice")
    tin = buyer.id_type == "TIN"
    for tag, text in (
        ("TaxInvoiceDate", faktur.faktur_date.isoformat()),
        ("TaxInvoiceOpt", "Normal"),
        ("TrxCode", trx_code(faktur, lines)),
        ("AddInfo", faktur.add_info if faktur.transaction_code in FACILITY_CODES else ""),
        ("CustomDoc", ""),
        ("CustomDocMonthYear", ""),
        ("RefDesc", _text(faktur.reference)),
        (
            "FacilityStamp",
            faktur.facility_stamp if faktur.transaction_code in FACILITY_CODES else "",
        ),
        ("SellerIDTKU", seller_nitku),
        ("BuyerTin", buyer.tin if tin else NO_TIN),
        ("BuyerDocument", buyer.id_type),
        ("BuyerCountry", buyer.country),
        ("BuyerDocumentNumber", "-" if tin else _text(buyer.document_number)),
        ("BuyerName", _text(buyer.name)),
        ("BuyerAdress", _text(buyer.address, ", ")),
        ("BuyerEmail", _text(buyer.email)),
        ("BuyerIDTKU", buyer.tin + buyer.tku if tin else NO_TKU),
    ):
        _add(element, tag, text)
    goods = ET.SubElement(element, "ListOfGoodService")
    for line, figures in zip(faktur.lines, lines, strict=True):
        service = ET.SubElement(goods, "GoodService")
        for tag, text in (
            ("Opt", line.kind),
            ("Code", line.code),
            ("Name", _text(line.name)),
            ("Unit", line.unit),
            ("Price", amount_text(figures.price)),
            ("Qty", _quantity_text(figures.qty)),
            ("TotalDiscount", amount_text(figures.total_discount)),
            ("TaxBase", amount_text(figures.tax_base)),
            ("OtherTaxBase", amount_text(figures.other_tax_base)),
            ("VATRate", amount_text(figures.vat_rate)),
            ("VAT", amount_text(figures.vat)),
            ("STLGRate", amount_text(figures.stlg_rate)),
            ("STLG", amount_text(figures.stlg)),
        ):
            _add(service, tag, text)


def write_xml(seller_tin: str, seller_nitku: str, fakturs: Iterable[XmlFaktur]) -> bytes:
    """The file's bytes: UTF-8, the declaration DJP's sample uses, two-space indents,
    ``\\n`` line ends. The caller has checked ``problems`` of every faktur."""
    ET.register_namespace("xsi", _XSI)
    root = ET.Element("TaxInvoiceBulk", {f"{{{_XSI}}}noNamespaceSchemaLocation": "TaxInvoice.xsd"})
    _add(root, "TIN", seller_tin)
    listing = ET.SubElement(root, "ListOfTaxInvoice")
    for faktur in fakturs:
        _faktur_element(listing, seller_nitku, faktur)
    ET.indent(root, space="  ")
    body = ET.tostring(root, encoding="unicode", short_empty_elements=False)
    return ('<?xml version="1.0" encoding="utf-8"?>\n' + body + "\n").encode("utf-8")

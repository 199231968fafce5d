"""The CSV that DJP's e-Faktur desktop imports (docs/domain.md, "The e-Faktur CSV").

Pure format: a ``Faktur`` in, bytes out. Every field is quoted, ``"`` inside a value is
written ``\\"``, lines end in ``\\n`` (the last one too), UTF-8 without BOM. Text that
e-Faktur rejects is cleaned here, never passed through.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from app.billings.parties import real_npwp
from app.billings.vat import (
    HUNDRED,
    LineInput,
    billing_totals,
    cents,
    faktur_line_dpps,
    reconciled,
)
from app.common.efaktur_no import EfakturNo

FK_HEADER = [
    "FK",
    "KD_JENIS_TRANSAKSI",
    "FG_PENGGANTI",
    "NOMOR_FAKTUR",
    "MASA_PAJAK",
    "TAHUN_PAJAK",
    "TANGGAL_FAKTUR",
    "NPWP",
    "NAMA",
    "ALAMAT_LENGKAP",
    "JUMLAH_DPP",
    "JUMLAH_PPN",
    "JUMLAH_PPNBM",
    "ID_KETERANGAN_TAMBAHAN",
    "FG_UANG_MUKA",
    "UANG_MUKA_DPP",
    "UANG_MUKA_PPN",
    "UANG_MUKA_PPNBM",
    "REFERENSI",
    "KODE_DOKUMEN_PENDUKUNG",
]
LT_HEADER = [
    "LT",
    "NPWP",
    "NAMA",
    "JALAN",
    "BLOK",
    "NOMOR",
    "RT",
    "RW",
    "KECAMATAN",
    "KELURAHAN",
    "KABUPATEN",
    "PROPINSI",
    "KODE_POS",
    "NOMOR_TELEPON",
]
OF_HEADER = [
    "OF",
    "KODE_OBJEK",
    "NAMA",
    "HARGA_SATUAN",
    "JUMLAH_BARANG",
    "HARGA_TOTAL",
    "DISKON",
    "DPP",
    "PPN",
    "TARIF_PPNBM",
    "PPNBM",
]
NO_NPWP = "0" * 15

# What e-Faktur takes: printable ASCII. Common typographic characters get their ASCII
# look-alike; accented letters lose the accent; anything else is dropped.
_LOOK_ALIKES = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u2013": "-",
        "\u2014": "-",
        "\u2212": "-",
        "\u00a0": " ",
        "\u2026": "...",
        "\\": "/",  # the file's escape character: never inside a value
    }
)
_LINE_BREAKS = re.compile(r"[\r\n\u2028\u2029\x0b\x0c]+")
_SPACES = re.compile(r"[ \t]+")


def clean_text(value: str, line_joiner: str = " ") -> str:
    """One line of printable ASCII: breaks become ``line_joiner``, control characters
    and characters e-Faktur cannot take are removed, runs of spaces become one."""
    parts = [p.strip() for p in _LINE_BREAKS.split(value)]
    text = line_joiner.join(p for p in parts if p)
    text = unicodedata.normalize("NFKD", text.translate(_LOOK_ALIKES))
    text = "".join(ch for ch in text if " " <= ch <= "~")
    return _SPACES.sub(" ", text).strip()


@dataclass(frozen=True)
class Buyer:
    name: str
    npwp: str = ""  # digits; "" or all zeros when the buyer has none
    nik: str = ""
    address: str = ""


@dataclass(frozen=True)
class Line:
    item_code: str
    name: str
    quantity: Decimal
    unit_price: Decimal  # as entered (tax included or not, per the faktur)
    discount_percent: Decimal = Decimal(0)
    luxury: bool = False
    stlg_rate: Decimal = Decimal(0)  # PPnBM percent of a luxury line


@dataclass(frozen=True)
class Faktur:
    transaction_code: str  # "01".."09" (10 is Coretax's only)
    number: EfakturNo
    faktur_date: date
    buyer: Buyer
    reference: str  # the invoice number
    lines: tuple[Line, ...]
    prices_include_tax: bool = False
    status_digit: int = 0  # 1 for a replacement faktur


@dataclass(frozen=True)
class LineFigures:
    unit_price: Decimal  # tax excluded, 2 decimals
    total: Decimal  # HARGA_TOTAL: quantity x unit price, before discount, 2 decimals
    discount: Decimal  # to the cent
    dpp: Decimal  # always total - discount
    ppn: Decimal
    ppnbm_rate: Decimal = Decimal(0)  # TARIF_PPNBM, percent
    ppnbm: Decimal = Decimal(0)


@dataclass(frozen=True)
class FakturFigures:
    dpp: int
    ppn: int
    lines: tuple[LineFigures, ...]
    ppnbm: int = 0


def figures(faktur: Faktur) -> FakturFigures:
    """The FK's DPP, PPN and PPnBM are the billing's (``app.vat.rate_groups``,
    ``luxury_groups``). Each OF row is worked out to the cent with DPP = HARGA_TOTAL -
    DISKON; then, per rate, the cents are reconciled with the whole rupiah of the FK:
    the difference goes on one line (``app.vat.reconciled``), on its DPP and its
    HARGA_TOTAL alike, and PPN and PPnBM likewise."""
    totals = billing_totals(
        [
            LineInput(x.quantity, x.unit_price, x.discount_percent, x.luxury, x.stlg_rate)
            for x in faktur.lines
        ],
        faktur.faktur_date,
        tax_active=True,
        prices_include_tax=faktur.prices_include_tax,
    )
    amounts = totals.lines
    discount = {k: cents(a.discount) for k, a in enumerate(amounts)}
    dpp = faktur_line_dpps(totals)
    ppn: dict[int, Decimal] = {}
    for group in totals.groups:
        taxed = {k: cents(dpp[k] * group.rate.effective) for k in group.positions}
        ppn.update(reconciled(taxed, group.ppn))
    ppnbm: dict[int, Decimal] = {}
    for luxury in totals.luxury_groups:
        taxed = {k: cents(dpp[k] * luxury.rate / HUNDRED) for k in luxury.positions}
        ppnbm.update(reconciled(taxed, luxury.ppnbm))
    lines = tuple(
        LineFigures(
            unit_price=cents(a.unit_price),
            total=dpp[k] + discount[k],
            discount=discount[k],
            dpp=dpp[k],
            ppn=ppn[k],
            ppnbm_rate=a.ppnbm_rate,
            ppnbm=ppnbm.get(k, Decimal(0)),
        )
        for k, a in enumerate(amounts)
    )
    return FakturFigures(totals.dpp, totals.ppn, lines, totals.ppnbm)


def _quantity(value: Decimal) -> str:
    """``1.0``, ``400.0``, ``2.5``: at least one decimal, no trailing zeros beyond."""
    text = f"{value.normalize():f}"
    return text if "." in text else f"{text}.0"


def _digits(text: str) -> str:
    return "".join(ch for ch in text if ch.isdigit())


def _buyer_fields(buyer: Buyer, reference: str) -> tuple[str, str, str]:
    """NPWP, NAMA and REFERENSI as e-Faktur wants them for this buyer."""
    name = clean_text(buyer.name)
    npwp = _digits(buyer.npwp)
    nik = _digits(buyer.nik)
    if real_npwp(npwp):
        return npwp, name, reference
    if nik and npwp:  # an NPWP of zeros and a NIK
        return NO_NPWP, f"{nik}#NIK#NAMA#{name}", reference
    if nik:  # a NIK and no NPWP at all
        return nik, name, f"{reference} {nik}"
    return NO_NPWP, name, reference


def faktur_rows(faktur: Faktur) -> list[list[str]]:
    """The FK row, then one OF row per line."""
    amounts = figures(faktur)
    npwp, name, reference = _buyer_fields(faktur.buyer, clean_text(faktur.reference))
    day = faktur.faktur_date
    fk = [
        "FK",
        faktur.transaction_code,
        str(faktur.status_digit),
        faktur.number.digits,
        str(day.month),
        str(day.year),
        f"{day.day}/{day.month}/{day.year}",
        npwp,
        name,
        clean_text(faktur.buyer.address, line_joiner=", "),
        str(amounts.dpp),
        str(amounts.ppn),
        str(amounts.ppnbm),
        "1" if faktur.transaction_code == "07" else "",
        "0",
        "0",
        "0",
        "0",
        reference,
        "0",
    ]
    rows = [fk]
    for line, figure in zip(faktur.lines, amounts.lines, strict=True):
        rows.append(
            [
                "OF",
                clean_text(line.item_code),
                clean_text(line.name),
                f"{figure.unit_price:.2f}",
                _quantity(line.quantity),
                f"{figure.total:.2f}",
                f"{figure.discount:.2f}" if figure.discount else "0",
                f"{figure.dpp:.2f}",
                f"{figure.ppn:.2f}",
                *_ppnbm_fields(figure),
            ]
        )
    return rows


def _ppnbm_fields(figure: LineFigures) -> tuple[str, str]:
    """TARIF_PPNBM (``20``, ``12.5``) and PPNBM (to the cent); ``0``, ``0`` when none."""
    if not figure.ppnbm_rate:
        return "0", "0"
    return f"{figure.ppnbm_rate.normalize():f}", f"{figure.ppnbm:.2f}"


def _line(fields: Sequence[str]) -> str:
    return ",".join('"' + field.replace('"', '\\"') + '"' for field in fields) + "\n"


def write_csv(fakturs: Iterable[Faktur]) -> bytes:
    """The whole file: the three header rows once, then each faktur's rows."""
    text = [_line(FK_HEADER), _line(LT_HEADER), _line(OF_HEADER)]
    for faktur in fakturs:
        text.extend(_line(row) for row in faktur_rows(faktur))
    return "".join(text).encode("utf-8")

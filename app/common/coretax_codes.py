"""The reference lists of DJP's Coretax template, read from ``resources/coretax`` (data,
because DJP updates them): units, and the additional information of codes 07 and 08."""

from __future__ import annotations

import csv
import re
from functools import cache
from pathlib import Path

from app.common.i18n import QT_TR_NOOP, tr

FOLDER = Path(__file__).resolve().parent.parent.parent / "resources" / "coretax"
DEFAULT_UNIT = "UM.0018"  # Unit: what Odoo falls back to, and fits goods and services alike
DEFAULT_KIND = "B"  # services: a services business never has to touch a line's kind
GENERIC_CODE = "000000"  # no goods/services code
KINDS = {"A": "Barang", "B": "Jasa"}
KIND_WORDS = {"A": QT_TR_NOOP("Goods"), "B": QT_TR_NOOP("Services")}  # as the window says it
ID_TYPES = ("TIN", "National ID", "Passport", "Other ID")
OWN_NUMBER_TYPES = ("Passport", "Other ID")  # their number is kept apart from NPWP and NIK
ID_TYPE_WORDS = {  # each buyer identity type as the window says it
    "TIN": QT_TR_NOOP("NPWP (TIN)"),
    "National ID": QT_TR_NOOP("NIK (National ID)"),
    "Passport": QT_TR_NOOP("Passport"),
    "Other ID": QT_TR_NOOP("Other ID"),
}
FACILITY_CODES = ("07", "08")

# DJP's transaction codes (Kode Transaksi) as the faktur form names them; the window's
# pickers offer these. Code 10 came with Coretax (PER-11/PJ/2025): e-Faktur desktop and
# its CSV know 01 to 09 only (``app.billings.billings``
# refuses it on a billing dated for e-Faktur desktop).
TRANSACTION_CODE_LABELS = {
    "01": QT_TR_NOOP("to a non-collector buyer"),
    "02": QT_TR_NOOP("to a government treasurer"),
    "03": QT_TR_NOOP("to a non-treasurer collector"),
    "04": QT_TR_NOOP("DPP other value"),
    "05": QT_TR_NOOP("deemed rate"),
    "06": QT_TR_NOOP("other deliveries (tourists, etc.)"),
    "07": QT_TR_NOOP("VAT not collected"),
    "08": QT_TR_NOOP("VAT exempt"),
    "09": QT_TR_NOOP("assets (Pasal 16D)"),
    "10": QT_TR_NOOP("other supplies (Coretax only)"),
}
TRANSACTION_CODES = tuple(TRANSACTION_CODE_LABELS)
CORETAX_ONLY_CODES = ("10",)  # not in e-Faktur desktop

_SIX_DIGITS = re.compile(r"[0-9]{6}")


def _rows(name: str) -> list[dict[str, str]]:
    with (FOLDER / name).open(encoding="utf-8", newline="") as file:
        return list(csv.DictReader(file))


@cache
def units() -> dict[str, str]:
    """Each unit's code (``UM.0018``) with its Indonesian name (``Unit``)."""
    return {row["code"]: row["name"] for row in _rows("units.csv")}


def unit_code(text: str) -> str:
    """The unit's code from its code or its Indonesian name, any case; ValueError if it
    is neither."""
    wanted = text.strip().casefold()
    for code, name in units().items():
        if wanted in (code.casefold(), name.casefold()):
            return code
    raise ValueError(
        tr("“{text}” is not one of Coretax's units (UM.0001 to UM.0039, or its name).").format(
            text=text
        )
    )


def kind_code(text: str) -> str:
    """``A`` (goods, Barang) or ``B`` (services, Jasa) from either form."""
    wanted = text.strip().casefold()
    for code, name in KINDS.items():
        if wanted in (code.casefold(), name.casefold(), {"A": "goods", "B": "services"}[code]):
            return code
    raise ValueError(tr("“{text}” is neither A (goods) nor B (services).").format(text=text))


def goods_code(text: str) -> str:
    """A 6-digit goods/services code; empty reads as ``000000`` (none)."""
    code = text.strip() or GENERIC_CODE
    if not _SIX_DIGITS.fullmatch(code):
        raise ValueError(
            tr("Goods/services code “{text}” must be 6 digits (000000 for none).").format(text=text)
        )
    return code


def tku(text: str) -> str:
    """A 6-digit TKU (place of business); empty reads as ``000000`` (the head office)."""
    code = text.strip() or GENERIC_CODE
    if not _SIX_DIGITS.fullmatch(code):
        raise ValueError(
            tr("TKU “{text}” must be 6 digits (000000 for the head office).").format(text=text)
        )
    return code


@cache
def facilities() -> dict[str, dict[str, str]]:
    """For codes 07 and 08: each allowed additional information (``TD.005nn``) with its
    label."""
    found: dict[str, dict[str, str]] = {code: {} for code in FACILITY_CODES}
    for row in _rows("facilities.csv"):
        found[row["transaction_code"]][row["add_info"]] = row["label"]
    return found


@cache
def stamps() -> dict[str, dict[str, str]]:
    """For codes 07 and 08: each facility stamp (``TD.011nn``) with its label; it pairs
    with the additional information of the same ``nn``."""
    found: dict[str, dict[str, str]] = {code: {} for code in FACILITY_CODES}
    for row in _rows("facilities.csv"):
        found[row["transaction_code"]][stamp_for(row["add_info"])] = row.get("stamp_label", "")
    return found


def stamp_for(add_info: str) -> str:
    """The facility stamp that goes with an additional information: same ``nn``."""
    return "TD.011" + add_info[-2:]

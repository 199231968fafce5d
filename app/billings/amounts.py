"""Amounts typed or pasted the way people write them."""

from __future__ import annotations

import math
import re
from decimal import Decimal, InvalidOperation
from typing import Any

from app.common.i18n import tr
from app.common.spreadsheets import cell_text

_AMOUNT = re.compile(r"[+-]?[\d.,]+")

# Limits no real invoice reaches (Indonesia's yearly GDP is about Rp 22,000 trillion): they
# turn a typing or export slip into a plain message, and keep every stored sum far inside
# SQLite's 64-bit integers (even a sum over 92,000 billings at the limit fits).
MAX_QUANTITY = Decimal(1_000_000_000)  # units on one line
MAX_RUPIAH = 100_000_000_000_000  # Rp 100 trillion: a unit price, a line, a billing
MAX_PPNBM_RATE = Decimal(200)  # percent: PPnBM rates run from 10% to 200%


def is_ppnbm_rate(rate: Decimal) -> bool:
    """A PPnBM rate a luxury line may carry, in percent (0: none)."""
    return 0 <= rate <= MAX_PPNBM_RATE


def read_amount(value: Any) -> Decimal:
    """An amount as a person writes it: ``1.234.567``, ``1,234,567.50``, ``12,5``,
    ``Rp 15.000``. With both marks, the last one is the decimal mark; a single mark
    followed by exactly three digits groups thousands (``12.500`` is twelve thousand
    five hundred, as rupiah are written)."""
    if isinstance(value, bool):
        raise ValueError(tr("“{value}” is not an amount.").format(value=value))
    if isinstance(value, int):
        return Decimal(value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise ValueError(tr("“{value}” is not an amount.").format(value=value))
        return Decimal(repr(value))
    text = cell_text(value).replace("\u00a0", "").replace(" ", "").replace("%", "")
    if text.lower().startswith("rp"):
        text = text[2:]
    if not _AMOUNT.fullmatch(text) or not any(ch.isdigit() for ch in text):
        raise ValueError(tr("“{value}” is not an amount.").format(value=cell_text(value)))
    sign = ""
    if text[0] in "+-":
        sign, text = ("-" if text[0] == "-" else ""), text[1:]
    dots, commas = text.count("."), text.count(",")
    if dots and commas:
        decimal_mark = "." if text.rfind(".") > text.rfind(",") else ","
        group_mark = "," if decimal_mark == "." else "."
        if text.count(decimal_mark) > 1:
            raise ValueError(tr("“{value}” is not an amount.").format(value=cell_text(value)))
        whole, fraction = text.split(decimal_mark)
        _check_groups(whole, group_mark, value)
        number = whole.replace(group_mark, "") + "." + fraction
    elif dots + commas == 0:
        number = text
    else:
        mark = "." if dots else ","
        parts = text.split(mark)
        if len(parts) > 2 or (len(parts[1]) == 3 and parts[0] not in ("", "0", "-0")):
            _check_groups(text, mark, value)
            number = text.replace(mark, "")
        else:
            number = parts[0] + "." + parts[1]
    try:
        return Decimal(sign + number)
    except InvalidOperation as exc:
        raise ValueError(tr("“{value}” is not an amount.").format(value=cell_text(value))) from exc


def _check_groups(whole: str, mark: str, value: Any) -> None:
    groups = whole.split(mark)
    if len(groups) > 1 and (not 1 <= len(groups[0]) <= 3 or any(len(g) != 3 for g in groups[1:])):
        raise ValueError(
            tr("“{value}” is not an amount: its digit groups are uneven.").format(
                value=cell_text(value)
            )
        )

"""The E-Faktur No (NSFP): 13 digits written ``PPP-YY.SSSSSSSS``.

The 3-digit prefix and the 8-digit serial form one 11-digit counter; the 2-digit
year sits between them and never changes inside a block. The book stores a number
as ``(year, counter)``; the text forms are derived here and nowhere else.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.common.errors import Refused
from app.common.i18n import QT_TR_NOOP, tr

SERIAL_SPAN = 100_000_000  # 8-digit serial
COUNTER_MAX = 1000 * SERIAL_SPAN - 1  # 11 digits
_ALLOWED = re.compile(r"^[0-9.\-\s]*$")


@dataclass(frozen=True, order=True)
class EfakturNo:
    year: int  # full year, e.g. 2022
    counter: int  # prefix * 10**8 + serial

    def __post_init__(self) -> None:
        if not 2000 <= self.year <= 2099:
            raise ValueError(f"year out of range: {self.year}")
        if not 0 <= self.counter <= COUNTER_MAX:
            raise ValueError(f"counter out of range: {self.counter}")

    @property
    def prefix(self) -> int:
        return self.counter // SERIAL_SPAN

    @property
    def serial(self) -> int:
        return self.counter % SERIAL_SPAN

    @property
    def digits(self) -> str:
        """The 13 digits without punctuation, as the e-Faktur CSV wants them."""
        return f"{self.prefix:03d}{self.year % 100:02d}{self.serial:08d}"

    def __str__(self) -> str:
        return format_number(self.year, self.counter)

    def faktur_form(self, transaction_code: str, status_digit: int = 0) -> str:
        """The 16-digit form printed on the faktur: ``010.000-22.12345619``."""
        return f"{transaction_code}{status_digit}.{self}"

    def shifted(self, by: int) -> EfakturNo:
        return EfakturNo(self.year, self.counter + by)


def format_number(year: int, counter: int) -> str:
    prefix, serial = divmod(counter, SERIAL_SPAN)
    return f"{prefix:03d}-{year % 100:02d}.{serial:08d}"


@dataclass(frozen=True)
class ParsedFaktur:
    """A 16-digit faktur number: transaction code, status digit and the NSFP."""

    transaction_code: str
    status_digit: int
    number: EfakturNo


def _digits_of(text: str, what: str) -> str:
    cleaned = text.strip()
    if not cleaned:
        raise Refused(tr("Enter the {what}.").format(what=tr(what)))
    if not _ALLOWED.match(cleaned):
        raise Refused(
            tr("“{strip}” is not an E-Faktur No: use digits, written like 000-22.12345619.").format(
                strip=text.strip()
            )
        )
    return re.sub(r"[^0-9]", "", cleaned)


def _from_13(digits: str) -> EfakturNo:
    prefix, year2, serial = int(digits[:3]), int(digits[3:5]), int(digits[5:])
    return EfakturNo(2000 + year2, prefix * SERIAL_SPAN + serial)


def parse_number(text: str) -> EfakturNo:
    """Read a 13-digit E-Faktur No typed or pasted with or without punctuation."""
    digits = _digits_of(text, QT_TR_NOOP("E-Faktur No"))
    if len(digits) != 13:
        raise Refused(
            tr(
                "An E-Faktur No has 13 digits (like 000-22.12345619); “{strip}” has {digits}."
            ).format(strip=text.strip(), digits=len(digits))
        )
    return _from_13(digits)


def parse_faktur(text: str) -> ParsedFaktur:
    """Read the 16-digit faktur form ``010.000-22.12345619``."""
    digits = _digits_of(text, QT_TR_NOOP("faktur number"))
    if len(digits) != 16:
        raise Refused(
            tr(
                "A faktur number has 16 digits (like 010.000-22.12345619); “{strip}” has {digits}."
            ).format(strip=text.strip(), digits=len(digits))
        )
    if not "01" <= digits[:2] <= "09":
        raise Refused(
            tr(
                "“{strip}” begins with transaction code {value}; a faktur's code is 01 to 09."
            ).format(strip=text.strip(), value=digits[:2])
        )
    status = int(digits[2])
    if status not in (0, 1):
        raise Refused(
            tr("The status digit of “{strip}” must be 0 or 1.").format(strip=text.strip())
        )
    return ParsedFaktur(digits[:2], status, _from_13(digits[3:]))


def parse_any(text: str) -> EfakturNo:
    """Accept either the 13-digit number or the 16-digit faktur form (for search)."""
    digits = _digits_of(text, QT_TR_NOOP("E-Faktur No"))
    if len(digits) == 16:
        return parse_faktur(text).number
    return parse_number(text)


def parse_for_billing(text: str, transaction_code: str, invoice_no: str) -> EfakturNo:
    """A number typed for a billing's faktur: the 13 digits, or the 16-digit faktur form
    whose code is the billing's and whose status digit is 0 (a number given now starts a
    normal faktur; a replacement keeps the number it replaces)."""
    if len(_digits_of(text, QT_TR_NOOP("E-Faktur No"))) != 16:
        return parse_number(text)
    faktur = parse_faktur(text)
    if faktur.transaction_code != transaction_code:
        raise Refused(
            tr(
                "“{strip}” is the faktur form for transaction code {code}, but {invoice_no} "
                "has code {billing_code}. Type the 13 digits, or the faktur form with code "
                "{billing_code}."
            ).format(
                strip=text.strip(),
                code=faktur.transaction_code,
                invoice_no=invoice_no,
                billing_code=transaction_code,
            )
        )
    if faktur.status_digit != 0:
        raise Refused(
            tr(
                "“{strip}” has status digit 1, a replacement faktur; a number given to "
                "{invoice_no} now is for a normal faktur (status digit 0)."
            ).format(strip=text.strip(), invoice_no=invoice_no)
        )
    return faktur.number


DESKTOP_MARK = "9"  # Coretax writes a desktop-era number with a 9 as its fifth digit


@dataclass(frozen=True)
class CoretaxNo:
    """The 17-digit number Coretax gives a faktur on approval: transaction code (2),
    status code (2: 00 normal, 01 the first replacement, ...), and the 13-digit serial
    (the year's 2 digits and an 11-digit sequence). A desktop-era number carries a 9 as
    its fifth digit in place of that layout (see ``desktop``)."""

    digits: str

    @property
    def transaction_code(self) -> str:
        return self.digits[:2]

    @property
    def desktop(self) -> ParsedFaktur | None:
        """The e-Faktur desktop number (16 digits: code, status digit, NSFP) this one
        carries, if the 9 was inserted as its fifth digit."""
        if self.digits[4] != DESKTOP_MARK:
            return None
        d16 = self.digits[:4] + self.digits[5:]
        if d16[2] not in "01":
            return None
        return ParsedFaktur(d16[:2], int(d16[2]), _from_13(d16[3:]))

    @property
    def status_code(self) -> int:
        """0 for a normal faktur, n for its n-th replacement."""
        desktop = self.desktop
        return desktop.status_digit if desktop else int(self.digits[2:4])

    @property
    def serial(self) -> str:
        """The 13 digits a replacement keeps (for a desktop number, its NSFP)."""
        desktop = self.desktop
        return desktop.number.digits if desktop else self.digits[4:]

    @property
    def year(self) -> int:
        desktop = self.desktop
        return desktop.number.year if desktop else 2000 + int(self.digits[4:6])

    @property
    def chain(self) -> str:
        """What a faktur and its replacements share: transaction code and serial."""
        return self.transaction_code + self.serial

    @property
    def parts_text(self) -> str:
        """The number's parts in words, for a tooltip."""
        desktop = self.desktop
        if desktop is not None:
            return tr(
                "Transaction code {code}, status {status}: e-Faktur desktop number {number} "
                "(Coretax inserted a 9 as the fifth digit)"
            ).format(code=self.transaction_code, status=desktop.status_digit, number=desktop.number)
        status = (
            tr("normal")
            if self.status_code == 0
            else tr("replacement {n}").format(n=self.status_code)
        )
        return tr(
            "Transaction code {code}, status {status_code} ({status}), year {year}, serial {serial}"
        ).format(
            code=self.transaction_code,
            status_code=self.digits[2:4],
            status=status,
            year=self.year,
            serial=self.serial,
        )

    def __str__(self) -> str:
        return self.digits


def parse_coretax_no(text: str) -> CoretaxNo:
    """Read a 17-digit Coretax faktur number (punctuation allowed), refusing one that is
    not: wrong length, a transaction code outside 01-10."""
    digits = _digits_of(text, QT_TR_NOOP("faktur number"))
    if len(digits) != 17:
        raise Refused(
            tr(
                "A Coretax faktur number has 17 digits (like 04002600000000001); "
                "“{strip}” has {digits}."
            ).format(strip=text.strip(), digits=len(digits))
        )
    if not "01" <= digits[:2] <= "10":
        raise Refused(
            tr(
                "“{strip}” begins with transaction code {value}; a faktur's code is 01 to 10."
            ).format(strip=text.strip(), value=digits[:2])
        )
    if int(digits[6:]) == 0:
        raise Refused(tr("“{strip}” has no serial number.").format(strip=text.strip()))
    return CoretaxNo(digits)

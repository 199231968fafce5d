"""Uploading approved e-Faktur PDFs: read a .zip or PDFs, match each to its billing,
report, and only then attach all matched files in one step.

A file is matched by the faktur number in its name
(``<seller NPWP>-<16-digit faktur number>-<buyer NPWP>-<id>.pdf``), else by the faktur
number printed in the PDF's text, else (a PDF downloaded from Coretax) by the 17-digit
Coretax number printed in it, which the Coretax import recorded for one billing; a
17-digit number the book has not recorded is reported, never guessed. The seller's and
the buyer's NPWP are checked however the file was matched: from its name, else from its
text; a file whose NPWPs cannot be read needs a look and is never attached. Nothing
from a zip is ever written to disk under the zip's own names: entries are read into
memory and stored content-addressed.
"""

from __future__ import annotations

import hashlib
import io
import re
import zipfile
from dataclasses import asdict, dataclass, field
from pathlib import Path, PurePosixPath

from app.billings.parties import real_npwp, same_npwp
from app.book.dialect import writing
from app.book.models import (
    Billing,
    Company,
    CoretaxFaktur,
    Customer,
    EfakturFile,
    EfakturNumber,
)
from app.common.efaktur_no import CoretaxNo, ParsedFaktur, parse_coretax_no, parse_faktur
from app.common.errors import Refused
from app.common.i18n import QT_TR_NOOP, day_text, tr
from app.efaktur import efaktur_files

MAX_FILE_BYTES = 50 * 2**20  # an approved faktur PDF is a few hundred KB
MAX_ZIP_BYTES = 1 * 2**30  # everything inside one zip, uncompressed
MAX_ZIP_ENTRIES = 5_000
MAX_RATIO = 50  # a PDF is compressed inside already; a zip bomb is thousands to one
FILE_NAME = re.compile(
    r"^(?P<seller>\d{15,16})-(?P<faktur>\d{16})-(?P<buyer>\d{15,16})-(?P<id>[0-9A-Za-z]+)\.pdf$",
    re.IGNORECASE,
)
FAKTUR_IN_TEXT = re.compile(r"\b(\d{2})(\d)\.(\d{3})-(\d{2})\.(\d{8})\b")
CORETAX_IN_TEXT = re.compile(r"(?<![\d.\-])\d{17}(?![\d.\-])")  # printed as 17 plain digits
# "NPWP : 02.273.210.1-075.000" as a faktur prints it; a buyer with only a NIK has the NIK
# printed in place of the NPWP (or beside zeros, as "NIK : 3171...")
ID_IN_TEXT = re.compile(r"\b(?:NPWP|NIK)\s*:?\s*(\d[\d.\-]{13,22}\d)", re.IGNORECASE)
# the buyer's part of a faktur starts here ("Pembeli Barang Kena Pajak / Penerima Jasa
# Kena Pajak"); the seller's ("Pengusaha Kena Pajak") comes before it
BUYER_PART = re.compile(r"\bPembeli\b", re.IGNORECASE)


@dataclass(frozen=True)
class Offered:
    """One file offered for upload: its name as the user sees it, and its bytes."""

    name: str
    content: bytes = b""
    problem: str = ""  # set when it cannot even be read
    file_name: str = ""  # the file's own name, without the zip or folders around it


@dataclass
class Match:
    file: str
    matched: bool = False
    reason: str = ""
    invoice_no: str | None = None
    efaktur_no: str | None = None
    replacement: bool = False
    found_by: str = ""  # "name", "text", or "coretax" (the 17-digit number in its text)
    amended_original: bool = False  # a Coretax number recorded as amended by a replacement
    needs_look: bool = False  # not attached: a person must open it and check
    file_name: str = field(default="", repr=False)  # as stored
    billing_id: int | None = field(default=None, repr=False)
    number_id: int | None = field(default=None, repr=False)
    transaction_code: str = field(default="", repr=False)
    content: bytes = field(default=b"", repr=False)

    def as_json(self) -> dict[str, object]:
        shown = asdict(self)
        for hidden in ("file_name", "billing_id", "number_id", "transaction_code", "content"):
            shown.pop(hidden)
        return shown


BOMB = QT_TR_NOOP("packed far tighter than any PDF (a zip bomb?); not opened")


def _too_compressed(size: int, compressed: int) -> bool:
    return size > 1 << 20 and size > MAX_RATIO * max(compressed, 1)


def _read_zip(path: Path) -> list[Offered]:
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError):
        return [Offered(path.name, problem=tr("not a readable zip: it is damaged, or not a zip"))]
    with archive:
        entries = [i for i in archive.infolist() if not i.is_dir()]
        if len(entries) > MAX_ZIP_ENTRIES:
            return [
                Offered(
                    path.name,
                    problem=tr(
                        "holds {entries:,} files; at most {MAX_ZIP_ENTRIES:,} at once"
                    ).format(entries=len(entries), MAX_ZIP_ENTRIES=MAX_ZIP_ENTRIES),
                )
            ]
        offered: list[Offered] = []
        total = 0
        for info in entries:
            shown = f"{path.name}: {info.filename}"
            parts = PurePosixPath(info.filename.replace("\\", "/")).parts
            if info.filename.startswith(("/", "\\")) or ".." in parts or ":" in info.filename:
                offered.append(Offered(shown, problem=tr("its path leaves the zip's folder")))
                continue
            if info.filename.lower().endswith(".zip"):
                offered.append(Offered(shown, problem=tr("a zip inside the zip is not opened")))
                continue
            if info.file_size > MAX_FILE_BYTES or total + info.file_size > MAX_ZIP_BYTES:
                offered.append(Offered(shown, problem=tr("too large to be an e-Faktur PDF")))
                continue
            if _too_compressed(info.file_size, info.compress_size):
                offered.append(Offered(shown, problem=tr(BOMB)))
                continue
            try:
                with archive.open(info) as entry:
                    content = entry.read(MAX_FILE_BYTES + 1)  # never trust the stated size
            except RuntimeError:  # what zipfile raises for an entry locked with a password
                problem = tr("cannot be read from the zip: it is locked with a password")
                offered.append(Offered(shown, problem=problem))
                continue
            except (zipfile.BadZipFile, OSError, EOFError):
                offered.append(
                    Offered(shown, problem=tr("cannot be read from the zip: it is damaged"))
                )
                continue
            if len(content) > MAX_FILE_BYTES or total + len(content) > MAX_ZIP_BYTES:
                offered.append(Offered(shown, problem=tr("too large to be an e-Faktur PDF")))
                continue
            if _too_compressed(len(content), info.compress_size):
                offered.append(Offered(shown, problem=tr(BOMB)))
                continue
            total += len(content)
            offered.append(Offered(shown, content, file_name=parts[-1]))
        return offered


def read_offered(paths: list[Path]) -> list[Offered]:
    """The files inside each .zip, and each other file as it is."""
    offered: list[Offered] = []
    for path in paths:
        path = Path(path)
        if not path.is_file():
            offered.append(Offered(path.name, problem=tr("no such file")))
        elif path.suffix.lower() == ".zip" or zipfile.is_zipfile(path):
            offered.extend(_read_zip(path))
        elif path.stat().st_size > MAX_FILE_BYTES:
            offered.append(Offered(path.name, problem=tr("too large to be an e-Faktur PDF")))
        else:
            offered.append(Offered(path.name, path.read_bytes(), file_name=path.name))
    return offered


DAMAGED = QT_TR_NOOP("damaged PDF: it cannot be read; download it again from e-Faktur")


def _pdf_text(content: bytes) -> tuple[str | None, str]:
    """(problem, text of the PDF's first pages)."""
    import logging

    from pypdf import PdfReader  # imported on use: keeps start-up lean
    from pypdf.errors import PyPdfError

    logging.getLogger("pypdf").setLevel(logging.ERROR)  # damage is reported, not logged

    if not content.startswith(b"%PDF-"):
        return tr("not a PDF"), ""
    try:
        reader = PdfReader(io.BytesIO(content))
        if reader.is_encrypted:
            return tr("the PDF is locked with a password; download it again from e-Faktur"), ""
        pages = reader.pages
        text = "\n".join((pages[k].extract_text() or "") for k in range(min(len(pages), 3)))
    except (PyPdfError, ValueError, KeyError, TypeError, OSError, RecursionError):
        return tr(DAMAGED), ""
    if len(pages) == 0:
        return tr("damaged PDF: it has no pages; download it again from e-Faktur"), ""
    return None, text


def _ids_in(text: str) -> list[str]:
    """The digits of each NPWP or NIK printed in ``text`` (15 or 16 digits), in order."""
    found = (re.sub(r"\D", "", m[1]) for m in ID_IN_TEXT.finditer(text))
    return [digits for digits in found if len(digits) in (15, 16)]


def parties_in_text(text: str) -> tuple[str | None, list[str]]:
    """(the seller's NPWP, what is printed for the buyer: NPWP or NIK) read from a
    faktur's text; None and [] where they cannot be read."""
    buyer_part = BUYER_PART.search(text)
    if buyer_part is None:
        return None, []
    sellers = _ids_in(text[: buyer_part.start()])
    return (sellers[0] if sellers else None), _ids_in(text[buyer_part.end() :])


def _buyer_ok(customer: Customer, printed: list[str]) -> bool:
    """The customer's NPWP is among what the faktur carries for the buyer, or for a
    customer with only a NIK, that NIK."""
    npwp = real_npwp(customer.npwp)
    if npwp:
        return any(same_npwp(npwp, x) for x in printed)
    nik = customer.nik.strip()
    return bool(nik) and nik in printed


def _describe_holder(number: EfakturNumber) -> str:
    released_by = Billing.get_or_none(Billing.released_number == number)
    if released_by is not None:
        return tr("it was cancelled on {invoice_no} and is on no billing now").format(
            invoice_no=released_by.invoice_no
        )
    return tr("it is on no billing")


def _faktur_in(named: re.Match[str] | None, text: str) -> tuple[ParsedFaktur | None, str]:
    """The faktur number from the file's name, else from its text, and which it was;
    Refused when what is there is not a faktur number."""
    if named:
        return parse_faktur(named["faktur"]), "name"
    found = FAKTUR_IN_TEXT.search(text)
    if found is None:
        return None, ""
    return parse_faktur("".join(found.groups())), "text"


def _coretax_in(text: str) -> CoretaxNo | None:
    """The first 17-digit Coretax faktur number printed in ``text``, if any."""
    for found in CORETAX_IN_TEXT.finditer(text):
        try:
            return parse_coretax_no(found[0])
        except Refused:
            continue  # 17 digits that are not a faktur number (another identifier)
    return None


def _recorded(no: CoretaxNo) -> tuple[CoretaxFaktur | None, bool]:
    """The billing's record holding ``no``, and whether it holds it as the amended original."""
    record = CoretaxFaktur.get_or_none(CoretaxFaktur.faktur_no == no.digits)
    if record is not None:
        return record, False
    record = CoretaxFaktur.get_or_none(CoretaxFaktur.amended_no == no.digits)
    return record, record is not None


def _with_customer(billing_id: int) -> Billing | None:
    return Billing.select(Billing, Customer).join(Customer).where(Billing.id == billing_id).first()


def _by_nsfp(parsed: ParsedFaktur, result: Match) -> tuple[Billing | None, EfakturNumber | None]:
    """The billing holding the NSFP, and the number; else says why not in ``result``."""
    number_text = str(parsed.number)
    number = EfakturNumber.get_or_none(
        (EfakturNumber.year == parsed.number.year)
        & (EfakturNumber.counter == parsed.number.counter)
    )
    if number is None:
        result.reason = tr("E-Faktur No {number_text} is not in this book").format(
            number_text=number_text
        )
        return None, None
    billing = (
        Billing.select(Billing, Customer)
        .join(Customer)
        .where(Billing.efaktur_number == number)
        .first()
    )
    if billing is None:
        result.reason = tr("E-Faktur No {number_text}: {number}").format(
            number_text=number_text, number=_describe_holder(number)
        )
        return None, None
    return billing, number


def _by_coretax(no: CoretaxNo, result: Match) -> tuple[Billing | None, EfakturNumber | None]:
    """The billing the Coretax import recorded ``no`` for (a desktop-era one holds its
    NSFP too); else says why not in ``result``."""
    record, amended = _recorded(no)
    if record is None:
        result.reason = tr(UNKNOWN_CORETAX_NO).format(number=no.digits)
        return None, None
    billing = _with_customer(record.billing_id)
    assert billing is not None  # a record belongs to a billing, kept for ever
    result.amended_original = amended
    return billing, billing.efaktur_number


def _check_coretax_agrees(no: CoretaxNo, billing: Billing, result: Match) -> None:
    """A PDF printing both an NSFP and a 17-digit number is refused when the book
    recorded that number for another billing: which one it is, a person must say."""
    record, _amended = _recorded(no)
    if record is not None and record.billing_id != billing.id:
        other = Billing.get_by_id(record.billing_id)
        result.invoice_no = billing.invoice_no
        result.reason = tr(NUMBERS_DISAGREE).format(
            number=no.digits, other=other.invoice_no, invoice_no=billing.invoice_no
        )


UNKNOWN_CORETAX_NO = QT_TR_NOOP(
    "Coretax faktur number {number} is not recorded in this book; import Coretax's "
    "Pajak Keluaran list first (File › Import from Coretax…)"
)
NUMBERS_DISAGREE = QT_TR_NOOP(
    "its Coretax number {number} is recorded for {other}, but its E-Faktur No is on "
    "{invoice_no}; open it and check which billing it belongs to"
)
NO_NUMBER_TO_KEEP = QT_TR_NOOP(
    "its Coretax number is {invoice_no}'s, but this version of the book keeps a file "
    "only for a billing holding an E-Faktur No (NSFP); keep the PDF outside the book for now"
)


def _earlier_upload(earlier: EfakturFile) -> str:
    attached = tr("already attached to {invoice_no} on {uploaded_at}").format(
        invoice_no=earlier.billing.invoice_no, uploaded_at=day_text(earlier.uploaded_at)
    )
    if earlier.withdrawn_at is None:
        return attached
    return tr(
        "{attached}, and withdrawn on {withdrawn_at} ({reason}); a withdrawn file is not "
        "attached again"
    ).format(
        attached=attached,
        withdrawn_at=day_text(earlier.withdrawn_at),
        reason=earlier.withdrawn_reason,
    )


NEEDS_LOOK = QT_TR_NOOP(
    "the seller's and the buyer's NPWP cannot be read from it, so it was not checked; "
    "open it, and if it is right, upload it under the name e-Faktur gives it"
)
TWO_NORMALS = QT_TR_NOOP(
    "{number} has two different normal files in this upload (this one and {other}); "
    "upload only the right one"
)


def _two_normals(first: Match, second: Match) -> None:
    """Neither of two normal files for one number is attached: which is right is for a
    person to say."""
    for this, other in ((second, first), (first, second)):
        if this is second or this.matched:
            this.matched, this.content = False, b""
            this.reason = tr(TWO_NORMALS).format(number=this.efaktur_no, other=other.file)


def match_offered(offered: list[Offered]) -> list[Match]:
    """Match each file to its billing; nothing is written."""
    company = Company.select().first()
    seller = company.npwp if company else ""
    seen: dict[str, str] = {}
    normal_in_upload: dict[int, Match] = {}
    results: list[Match] = []
    for item in offered:
        result = Match(item.name)
        results.append(result)
        if item.problem:
            result.reason = item.problem
            continue
        problem, text = _pdf_text(item.content)
        if problem:
            result.reason = problem
            continue
        digest = hashlib.sha256(item.content).hexdigest()
        if digest in seen:
            result.reason = tr("the same file as {value}").format(value=seen[digest])
            continue
        seen[digest] = item.name
        named = FILE_NAME.match(item.file_name)
        try:
            parsed, result.found_by = _faktur_in(named, text)
        except Refused as exc:
            result.reason = exc.message
            continue
        coretax = _coretax_in(text)
        if parsed is None and coretax is None:
            result.reason = tr("no faktur number in its name or its text")
            continue
        if parsed is not None:
            result.efaktur_no = str(parsed.number)
            result.replacement = parsed.status_digit == 1
            result.transaction_code = parsed.transaction_code
        else:
            assert coretax is not None
            result.found_by = "coretax"
            result.efaktur_no = coretax.digits
            result.replacement = coretax.status_code > 0
            result.transaction_code = coretax.transaction_code
        printed_seller, printed_buyer = parties_in_text(text)
        if named:
            printed_seller = named["seller"]
            if real_npwp(named["buyer"]):  # a buyer with only a NIK is named with zeros
                printed_buyer = [named["buyer"]]
        if not seller:
            result.reason = tr("the company's NPWP is not set, so the seller cannot be checked")
            continue
        if printed_seller and not same_npwp(seller, printed_seller):
            result.reason = tr(
                "seller NPWP {value} is not the company's ({seller}): this faktur "
                "belongs to another seller"
            ).format(value=printed_seller, seller=seller)
            continue
        if parsed is not None:
            billing, number = _by_nsfp(parsed, result)
            if billing is not None and coretax is not None:
                _check_coretax_agrees(coretax, billing, result)
        else:
            assert coretax is not None
            billing, number = _by_coretax(coretax, result)
        if billing is None or result.reason:
            continue
        result.invoice_no = billing.invoice_no
        if printed_seller is None or not printed_buyer:
            result.needs_look = True
            result.reason = tr(NEEDS_LOOK)
            continue
        if not _buyer_ok(billing.customer, printed_buyer):
            own = billing.customer.npwp or billing.customer.nik or "none"
            result.reason = tr("buyer NPWP {value} is not {name}'s ({own})").format(
                value=printed_buyer[0], name=billing.customer.name, own=own
            )
            continue
        earlier = EfakturFile.get_or_none(EfakturFile.sha256 == digest)
        if earlier is not None:
            result.reason = _earlier_upload(earlier)
            continue
        if number is None:
            result.reason = tr(NO_NUMBER_TO_KEEP).format(invoice_no=billing.invoice_no)
            continue
        if not result.replacement:
            normal = efaktur_files.normal_file(number.id)
            if normal is not None:
                result.reason = tr(
                    "{invoice_no} already has its approved file ({file_name}); a "
                    "correction comes as a replacement faktur (status digit 1)"
                ).format(invoice_no=billing.invoice_no, file_name=normal.file_name)
                continue
            first = normal_in_upload.setdefault(number.id, result)
            if first is not result:
                _two_normals(first, result)
                continue
        result.matched = True
        result.file_name = item.file_name
        result.billing_id = billing.id
        result.number_id = number.id
        result.content = item.content
    return results


def attach_matched(matches: list[Match], folder: Path) -> int:
    """Attach every matched file in one transaction; returns how many."""
    chosen = [m for m in matches if m.matched]
    if not chosen:
        raise Refused(tr("No file was matched to a billing, so nothing was attached."))
    with writing():
        for match in chosen:
            assert match.billing_id is not None
            efaktur_files.attach(
                match.billing_id,
                match.file_name,
                match.content,
                folder,
                match.transaction_code,
                1 if match.replacement else 0,
            )
    return len(chosen)

"""Approved e-Faktur PDFs kept with the book.

A file is stored once under its SHA-256 (never overwritten) in the book's files
folder. Attaching it marks the number as uploaded: DJP approved it, so it can
never go back to the pool.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from app.book import history
from app.book.dialect import writing
from app.book.models import Billing, EfakturFile, EfakturNumber
from app.book.states import NumberState
from app.common import clock
from app.common.errors import Refused
from app.common.i18n import QT_TR_NOOP, tr
from app.efaktur.file_rules import facts_of_file, may_withdraw_file


def store_bytes(folder: Path, content: bytes) -> str:
    digest = hashlib.sha256(content).hexdigest()
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{digest}.pdf"
    if not target.exists():
        tmp = target.with_suffix(".part")
        tmp.write_bytes(content)
        os.replace(tmp, target)
    return digest


def normal_file(number_id: int) -> EfakturFile | None:
    """The number's normal (status digit 0) file that was not withdrawn, if any."""
    return EfakturFile.get_or_none(
        (EfakturFile.number == number_id)
        & (EfakturFile.status_digit == 0)
        & EfakturFile.withdrawn_at.is_null()
    )


def attach(
    billing_id: int,
    file_name: str,
    content: bytes,
    folder: Path,
    transaction_code: str,
    status_digit: int = 0,
) -> EfakturFile:
    """Attach an approved PDF to the billing that holds its number."""
    digest = hashlib.sha256(content).hexdigest()
    with writing():
        billing = Billing.get_or_none(Billing.id == billing_id)
        if billing is None or billing.efaktur_number_id is None:
            raise Refused(tr("That billing holds no E-Faktur No to attach a file to."))
        if EfakturFile.select().where(EfakturFile.sha256 == digest).exists():
            raise Refused(tr("{file_name} is already attached.").format(file_name=file_name))
        if status_digit == 0 and normal_file(billing.efaktur_number_id) is not None:
            raise Refused(
                tr(
                    "{invoice_no} already has its approved file; a correction comes as a "
                    "replacement faktur (status digit 1)."
                ).format(invoice_no=billing.invoice_no)
            )
        store_bytes(folder, content)
        number = billing.efaktur_number
        record = EfakturFile.create(
            number=number,
            billing=billing,
            file_name=file_name,
            sha256=digest,
            size=len(content),
            transaction_code=transaction_code,
            status_digit=status_digit,
            uploaded_at=clock.now(),
        )
        if number.state != NumberState.UPLOADED:
            number.state = "uploaded"
            number.save(only=[EfakturNumber.state])
        history.record(
            "file",
            record.id,
            "file_attached",
            history.said(
                QT_TR_NOOP(
                    "e-Faktur file {file_name} attached to {invoice_no}; {number} is now uploaded"
                ),
                file_name=file_name,
                invoice_no=billing.invoice_no,
                number=str(number),
            ),
            billing_id=billing.id,
            number_id=number.id,
            after={"file": file_name, "sha256": digest},
        )
        return record


def stored_path(folder: Path, sha256: str) -> Path:
    return folder / f"{sha256}.pdf"


def withdraw(file_id: int, reason: str) -> EfakturFile:
    """Take a wrongly attached file off the list. Its number stays uploaded: a PDF of
    an approved faktur with this company's NPWP and that number proves DJP approved it,
    so the number is spent whatever file was attached for it."""
    reason = reason.strip()
    if not reason:
        raise Refused(tr("Say why the file is withdrawn (for the history)."))
    with writing():
        record = EfakturFile.get_or_none(EfakturFile.id == file_id)
        if record is None:
            raise Refused(tr("That e-Faktur file no longer exists."))
        may_withdraw_file(facts_of_file(record)).require()
        record.withdrawn_at = clock.now()
        record.withdrawn_reason = reason
        record.save(only=[EfakturFile.withdrawn_at, EfakturFile.withdrawn_reason])
        history.record(
            "file",
            record.id,
            "file_withdrawn",
            history.said(
                QT_TR_NOOP(
                    "e-Faktur file {file_name} withdrawn from {invoice_no}; {number} stays uploaded"
                ),
                file_name=record.file_name,
                invoice_no=record.billing.invoice_no,
                number=str(record.number),
            ),
            reason=reason,
            billing_id=record.billing_id,
            number_id=record.number_id,
            before={"file": record.file_name},
            after=None,
        )
        return record

"""What may be done to an attached e-Faktur file, read from the book (see rules.py)."""

from __future__ import annotations

from app.errors import Refused
from app.i18n import tr
from app.models import EfakturFile
from app.rules import FileFacts, Verdict, may_withdraw_file


def facts_of_file(record: EfakturFile) -> FileFacts:
    return FileFacts(record.file_name, record.withdrawn_at is not None)


def may_withdraw(file_id: int) -> Verdict:
    """May the file be withdrawn (the window's Withdraw File, and ``withdraw`` itself)."""
    record = EfakturFile.get_or_none(EfakturFile.id == file_id)
    if record is None:
        raise Refused(tr("That e-Faktur file no longer exists."))
    return may_withdraw_file(facts_of_file(record))

"""What may be done to an attached e-Faktur file, and why not."""

from __future__ import annotations

from dataclasses import dataclass

from app.book.models import EfakturFile
from app.common.errors import Refused
from app.common.i18n import tr
from app.common.verdicts import ALLOWED, Verdict


@dataclass(frozen=True)
class FileFacts:
    file_name: str
    withdrawn: bool


def may_withdraw_file(facts: FileFacts) -> Verdict:
    """A withdrawn file is off the list already; its number stays uploaded either way."""
    if facts.withdrawn:
        return Verdict(
            False, tr("{file_name} was already withdrawn.").format(file_name=facts.file_name)
        )
    return ALLOWED


def facts_of_file(record: EfakturFile) -> FileFacts:
    return FileFacts(record.file_name, record.withdrawn_at is not None)


def may_withdraw(file_id: int) -> Verdict:
    """May the file be withdrawn (the window's Withdraw File, and ``withdraw`` itself)."""
    record = EfakturFile.get_or_none(EfakturFile.id == file_id)
    if record is None:
        raise Refused(tr("That e-Faktur file no longer exists."))
    return may_withdraw_file(facts_of_file(record))

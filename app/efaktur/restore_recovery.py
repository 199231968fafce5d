"""After a restore: get back the facts that lie outside the book.

DJP keeps the fakturs it approved and the CSVs it was sent whatever book is restored. The
approved PDFs stay in the files folder (only ever added to), and the book as it was
before the restore is its safety backup (or, over a damaged book, that book as far as
SQLite can still read it). From those, the restored book gets back:

- every stored approved PDF whose number is in the restored book: attached again to the
  billing holding the number (it stays uploaded). A PDF that the book as it was had
  attached but that no longer fits its billing is attached and withdrawn at once, with
  the reason, which keeps its number uploaded (the rule of Withdraw). A PDF whose number
  no billing holds keeps the number out of the pool: every PDF in the files folder was
  attached by the program after its checks, so it proves DJP approved that number. A
  PDF the book as it was had, whose number is not in the restored book, is named for a
  look.
- every export batch whose billings hold the same numbers in the restored book, so a
  billing already sent to DJP is never exported again without the question.
- every number the book as it was had uploaded, or had exported (e-Faktur desktop holds
  it), that the restored book has free: kept out of the pool. So a batch that cannot be
  carried over still keeps its numbers from a second billing, and a number kept out by
  one restore stays out after the next.

The recovery is one transaction. It is owed from the moment the restored file is in
place: ``PENDING_KEY`` is written into the copy before it is renamed into place, and
whoever opens the book next finishes the recovery and clears it in that transaction.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import re
from pathlib import Path

import peewee

from app.book import history
from app.book.backups import Recovered, export_label
from app.book.connection import RESTORE_PENDING_KEY, files_folder
from app.book.dialect import writing
from app.book.models import (
    Billing,
    CoretaxExportItem,
    EfakturFile,
    EfakturNumber,
    ExportBatch,
    ExportItem,
    Setting,
    db,
)
from app.book.states import NumberState
from app.common.efaktur_no import parse_number
from app.common.errors import Refused
from app.common.i18n import QT_TR_NOOP, tr
from app.efaktur import efaktur_files, efaktur_upload

_STORED = re.compile(r"^[0-9a-f]{64}$")
PENDING_KEY = RESTORE_PENDING_KEY

# what the recovery reads of the book as it was; empty when it cannot be read
_PREVIOUS_TABLES = (
    "CREATE TABLE prev.efaktur_file (id INTEGER, sha256 TEXT, file_name TEXT, "
    "withdrawn_at TEXT, withdrawn_reason TEXT)",
    "CREATE TABLE prev.export_batch (id INTEGER, created_at TEXT, file_name TEXT, "
    "sha256 TEXT, content BLOB, fakturs INTEGER)",
    "CREATE TABLE prev.export_item (id INTEGER, batch_id INTEGER, billing_id INTEGER, "
    "number_id INTEGER)",
    "CREATE TABLE prev.billing (id INTEGER, invoice_no TEXT)",
    "CREATE TABLE prev.efaktur_number (id INTEGER, year INTEGER, counter INTEGER, state TEXT)",
)


def finish_pending(book: Path) -> Recovered | None:
    """Finish the recovery a restore owes the open ``book``, in one transaction that also
    clears the mark; None when none is owed."""
    row = Setting.get_or_none(Setting.key == PENDING_KEY)
    if row is None:
        return None
    facts = json.loads(row.value)
    previous = Path(facts["previous"]) if facts.get("previous") else None
    if previous is not None and not previous.is_file():
        previous = None
    try:
        return _recover(book, previous, facts)
    except peewee.DatabaseError:
        if previous is None or "damaged" not in facts:
            raise
    return _recover(book, None, facts)  # the damaged book cannot be read: the files alone


def _recover(book: Path, previous: Path | None, facts: dict[str, str]) -> Recovered:
    recovered = Recovered()
    db.execute_sql("ATTACH DATABASE ? AS prev", (str(previous) if previous else ":memory:",))
    try:
        if previous is None:
            for statement in _PREVIOUS_TABLES:
                db.execute_sql(statement)
        with writing():
            _record_restored(facts)
            _reattach_files(files_folder(book), recovered)
            _carry_exports(recovered)
            _carry_xml_exports(recovered)
            _keep_out_what_djp_had(recovered)
            Setting.delete().where(Setting.key == PENDING_KEY).execute()
    finally:
        with contextlib.suppress(peewee.DatabaseError):
            db.execute_sql("DETACH DATABASE prev")
    return recovered


def _record_restored(facts: dict[str, str]) -> None:
    if "damaged" in facts:
        said = QT_TR_NOOP(
            "Restored the backup of {made} ({name}) in place of a damaged book, "
            "which is kept as {kept}"
        )
        args = {"kept": Path(facts["damaged"]).name}
        after = {"backup": facts["backup"], "damaged_book": facts["damaged"]}
    else:
        said = QT_TR_NOOP(
            "Restored the backup of {made} ({name}); the book as it was is in {safety}"
        )
        args = {"safety": Path(facts["previous"]).name}
        after = {"backup": facts["backup"], "safety_backup": facts["previous"]}
    name = Path(facts["backup"]).name
    history.record(
        "book",
        0,
        "restored",
        history.said(said, made=facts["made"], name=name, **args),
        after=after,
    )


def _stored_pdfs(folder: Path) -> list[tuple[Path, tuple[str, str | None, str] | None]]:
    """PDFs in the files folder the restored book does not point to, each with what the
    book as it was knew of it (file name, withdrawn at, reason), in the order attached."""
    if not folder.is_dir():
        return []
    known = {sha for (sha,) in db.execute_sql("SELECT sha256 FROM main.efaktur_file")}
    before = {
        sha: (name, withdrawn, reason)
        for sha, name, withdrawn, reason in db.execute_sql(
            "SELECT sha256, file_name, withdrawn_at, withdrawn_reason FROM prev.efaktur_file "
            "ORDER BY id"
        )
    }
    loose = sorted(p for p in folder.glob("*.pdf") if _STORED.match(p.stem) and p.stem not in known)
    order = {sha: i for i, sha in enumerate(before)}
    loose.sort(key=lambda p: (order.get(p.stem, len(order)), p.name))
    return [(p, before.get(p.stem)) for p in loose]


def _reattach_files(folder: Path, recovered: Recovered) -> None:
    for path, known in _stored_pdfs(folder):
        name = known[0] if known else path.name
        try:
            offered = efaktur_upload.Offered(name, path.read_bytes(), file_name=name)
        except OSError as exc:
            recovered.needs_a_look.append(f"{name}: {exc.strerror or exc}")
            continue
        [match] = efaktur_upload.match_offered([offered])
        if match.matched:
            efaktur_upload.attach_matched([match], folder)
            recovered.attached.append(f"{match.efaktur_no} ({match.invoice_no})")
            if known and known[1]:
                _withdraw(offered.content, known[2])
            continue
        number = _number_of(match)
        if number is None or number.state == NumberState.UPLOADED:
            if known and number is None:
                recovered.needs_a_look.append(f"{name}: {match.reason}")
            continue
        holder = Billing.get_or_none(Billing.efaktur_number == number)
        if holder is not None and (known or match.invoice_no):
            _attach_withdrawn(holder, match, offered, folder)
            recovered.attached.append(f"{number} ({holder.invoice_no})")
        elif holder is None:
            _keep_out(number, _BY_PDF, file_name=name, sha256=path.stem)
            recovered.kept_out.append(str(number))
        else:
            recovered.needs_a_look.append(f"{name}: {match.reason}")


def _number_of(match: efaktur_upload.Match) -> EfakturNumber | None:
    if not match.efaktur_no:
        return None
    try:
        parsed = parse_number(match.efaktur_no)
    except Refused:
        return None
    return EfakturNumber.get_or_none(
        (EfakturNumber.year == parsed.year) & (EfakturNumber.counter == parsed.counter)
    )


def _withdraw(content: bytes, reason: str) -> None:
    record = EfakturFile.get(EfakturFile.sha256 == hashlib.sha256(content).hexdigest())
    efaktur_files.withdraw(record.id, reason or tr("withdrawn before the restore"))


def _attach_withdrawn(
    holder: Billing,
    match: efaktur_upload.Match,
    offered: efaktur_upload.Offered,
    folder: Path,
) -> None:
    """The number's approved PDF no longer fits the billing that holds the number in the
    restored book: attach it and withdraw it with the reason, so the number stays
    uploaded (the PDF proves DJP approved it) and the file is off the list."""
    with writing():
        record = efaktur_files.attach(
            holder.id,
            offered.file_name,
            offered.content,
            folder,
            match.transaction_code or holder.transaction_code,
            1 if match.replacement else 0,
        )
        efaktur_files.withdraw(
            record.id,
            tr("restored book: {reason}; kept so that its number stays uploaded").format(
                reason=match.reason
            ),
        )


_BY_PDF = QT_TR_NOOP(
    "{number} kept out of the pool after a restore: its approved PDF "
    "{file_name} is in the files folder"
)
_BY_UPLOAD = QT_TR_NOOP(
    "{number} kept out of the pool after a restore: the book as it was had it uploaded or kept out"
)
_BY_EXPORT = QT_TR_NOOP(
    "{number} kept out of the pool after a restore: the book as it was exported it in "
    "{file_name}, which e-Faktur holds"
)


def _keep_out(number: EfakturNumber, said: str, **facts: str) -> None:
    """``number``, free in the restored book though DJP has it, leaves the pool for good;
    the entry keeps why (the PDF's hash, or the export), so the fact stays in the book."""
    with writing():
        number.state = "uploaded"
        number.save(only=[EfakturNumber.state])
        history.record(
            "number",
            number.id,
            "kept_out_after_restore",
            history.said(said, number=str(number), **facts),
            number_id=number.id,
            before={"state": "available"},
            after={"state": NumberState.UPLOADED.value, **facts},
        )


def _keep_out_what_djp_had(recovered: Recovered) -> None:
    """Each number the book as it was had uploaded, or exported (while it still held
    it), and the restored book has free, is kept out of the pool."""
    rows = db.execute_sql(
        "SELECT m.id, p.state, (SELECT b.file_name FROM prev.export_item i "
        "  JOIN prev.export_batch b ON b.id = i.batch_id WHERE i.number_id = p.id "
        "  ORDER BY i.id DESC LIMIT 1) "
        "FROM prev.efaktur_number p JOIN main.efaktur_number m "
        "  ON m.year = p.year AND m.counter = p.counter "
        "WHERE p.state IN ('assigned', 'uploaded') AND m.state = 'available' "
        "AND NOT EXISTS (SELECT 1 FROM main.billing h WHERE h.efaktur_number_id = m.id) "
        "AND (p.state = 'uploaded' "
        "  OR EXISTS (SELECT 1 FROM prev.export_item i WHERE i.number_id = p.id)) "
        "ORDER BY m.year, m.counter"
    ).fetchall()
    for number_id, state, exported_in in rows:
        number = EfakturNumber.get_by_id(number_id)
        if state == NumberState.UPLOADED:
            _keep_out(number, _BY_UPLOAD)
        else:
            _keep_out(number, _BY_EXPORT, file_name=exported_in)
        recovered.kept_out.append(str(number))


def _prev_has(table: str) -> bool:
    return bool(
        db.execute_sql(
            "SELECT 1 FROM prev.sqlite_master WHERE type = 'table' AND name = ?", (table,)
        ).fetchone()
    )


def _missing_batches(format: str) -> list[tuple]:
    """The batches of this format the book as it was had and the restored book lacks
    (a book before v6 had CSV batches only)."""
    has_format = any(
        row[1] == "format" for row in db.execute_sql("PRAGMA prev.table_info(export_batch)")
    )
    if not has_format and format != "csv":
        return []
    return db.execute_sql(
        "SELECT p.id, p.created_at, p.file_name, p.sha256, p.content, p.fakturs "
        "FROM prev.export_batch p WHERE NOT EXISTS (SELECT 1 FROM main.export_batch m "
        "WHERE m.sha256 = p.sha256 AND m.created_at = p.created_at) "
        + ("AND p.format = ? " if has_format else "")
        + "ORDER BY p.id",
        (format,) if has_format else (),
    ).fetchall()


def _carry_xml_exports(recovered: Recovered) -> None:
    """Each XML batch of the book as it was, missing from the restored book, comes back
    whole when every billing in it is in the restored book (Coretax holds those fakturs,
    so exporting them again must ask first)."""
    if not _prev_has("coretax_export_item"):
        return
    for old_id, created_at, file_name, sha256, content, fakturs in _missing_batches("xml"):
        found = [
            now
            for (now,) in db.execute_sql(
                "SELECT (SELECT b.id FROM main.billing b WHERE b.invoice_no = pb.invoice_no) "
                "FROM prev.coretax_export_item i JOIN prev.billing pb ON pb.id = i.billing_id "
                "WHERE i.batch_id = ? ORDER BY i.id",
                (old_id,),
            )
        ]
        label = export_label(created_at, file_name, fakturs)
        if not found or None in found:
            recovered.lost_exports.append(label)
            continue
        batch = ExportBatch.create(
            created_at=created_at,
            file_name=file_name,
            sha256=sha256,
            content=content,
            fakturs=fakturs,
            format="xml",
        )
        CoretaxExportItem.insert_many(
            [(batch.id, billing_id) for billing_id in found],
            fields=[CoretaxExportItem.batch, CoretaxExportItem.billing],
        ).execute()
        _record_carried(batch.id, file_name)
        recovered.exports.append(label)


def _record_carried(batch_id: int, file_name: str) -> None:
    history.record(
        "book",
        batch_id,
        "export_carried_over",
        history.said(
            QT_TR_NOOP("Export {file} carried over into the restored book (batch {batch})"),
            file=file_name,
            batch=batch_id,
        ),
        after={"batch": batch_id, "file": file_name},
    )


def _carry_exports(recovered: Recovered) -> None:
    """Each export batch of the book as it was, missing from the restored book, comes
    back whole when every billing in it holds the same number in the restored book."""
    for old_id, created_at, file_name, sha256, content, fakturs in _missing_batches("csv"):
        label = export_label(created_at, file_name, fakturs)
        items = db.execute_sql(
            "SELECT i.billing_id, (SELECT b.id FROM main.billing b "
            "  JOIN main.efaktur_number n ON n.id = b.efaktur_number_id "
            "  WHERE b.invoice_no = pb.invoice_no AND n.year = pn.year "
            "  AND n.counter = pn.counter) "
            "FROM prev.export_item i JOIN prev.billing pb ON pb.id = i.billing_id "
            "JOIN prev.efaktur_number pn ON pn.id = i.number_id "
            "WHERE i.batch_id = ? ORDER BY i.id",
            (old_id,),
        ).fetchall()
        found = [now for _then, now in items]
        if not items or None in found:
            recovered.lost_exports.append(label)
            continue
        with writing():
            batch = ExportBatch.create(
                created_at=created_at,
                file_name=file_name,
                sha256=sha256,
                content=content,
                fakturs=fakturs,
            )
            holds = dict(
                Billing.select(Billing.id, Billing.efaktur_number)
                .where(Billing.id.in_(found))
                .tuples()
            )
            for billing_id in found:
                ExportItem.create(batch=batch, billing=billing_id, number=holds[billing_id])
            _record_carried(batch.id, file_name)
        recovered.exports.append(label)

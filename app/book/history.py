"""The event history: every change to a number, range, billing or file."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from app.book.dialect import json_entry
from app.book.listing import Listing
from app.book.models import Event, db
from app.book.sql_dates import as_datetime
from app.book.states import CoretaxStatus, Status
from app.common import clock
from app.common.coretax_codes import ID_TYPE_WORDS, KIND_WORDS, units
from app.common.i18n import QT_TR_NOOP, day_text, moment_text, money_text, tr


def _json(value: dict[str, Any] | str | None) -> str | None:
    """JSON text of ``value``; a str is taken as JSON already (bulk callers build it)."""
    if value is None or isinstance(value, str):
        return value
    return json.dumps(value, default=str, sort_keys=True)


class Said(str):
    """An English summary that keeps its template and values, so that a window in
    another language can say it again in its own words (the English stays the record)."""

    template: str
    args: dict[str, Any]

    def __new__(cls, template: str, **args: Any) -> Said:
        made = super().__new__(cls, template.format(**args))
        made.template, made.args = template, args
        return made


def said(template: str, **args: Any) -> Said:
    return Said(template, **args)


def _plain(value: Any) -> Any:
    """A value SQLite's json_object writes as JSON writes it (dates and the like as text)."""
    return value if isinstance(value, (str, int, float)) or value is None else str(value)


def message_of(summary: str) -> str | None:
    """The template and values of a ``Said`` summary, as stored beside it."""
    if not isinstance(summary, Said):
        return None
    return json.dumps({"t": summary.template, "a": summary.args}, default=str)


# Each entry is written with its hash: SHA-256 of the hash before it and of its content,
# built by SQLite in the INSERT itself (a bulk action never loops over its rows in Python
# for it). ``verify`` builds it again from what is stored. The same expression, frozen,
# hashed the entries written before (migrations.V5).
_WRITTEN = (
    ("at", "TEXT"),
    ("entity", "TEXT"),
    ("entity_id", "INTEGER"),
    ("billing_id", "INTEGER"),
    ("number_id", "INTEGER"),
    ("action", "TEXT"),
    ("summary", "TEXT"),
    ("message", "TEXT"),
    ("reason", "TEXT"),
    ("before", "TEXT"),
    ("after", "TEXT"),
)
_HASHED = ["id", *(name for name, _ in _WRITTEN)]


def _hash_sql(previous: str, values: list[str] = _HASHED) -> str:
    """SQL for an entry's hash from the hash before it and the entry's values (its
    columns, in ``_HASHED``'s order)."""
    return f"sha256_hex(coalesce({previous}, '') || json_array({', '.join(values)}))"


def _insert_sql(message_sql: str, id_given: bool = False) -> str:
    """The INSERT of one entry, hash included; ``message_sql`` writes its message with
    ``?`` for its values, which follow the summary's. The entry's id is the next after
    the last, or with ``id_given`` the first parameter (a bulk insert reads the last id
    once and numbers its entries itself, instead of looking it up twice for each).

    A plain VALUES with numbered parameters, each passed once and used for the column
    and for the hash (an INSERT … SELECT reading the event table costs twice as much).
    Each value is cast to its column's type, so the hash is of what is stored; the
    message is concatenated so that json_array takes it as text, as it is stored, not as
    JSON made in this statement.
    """
    values = ["?1" if id_given else "(SELECT coalesce(max(id), 0) + 1 FROM event)"]
    number = 2 if id_given else 1
    for name, kind in _WRITTEN:
        if name == "message":
            pieces = message_sql.split("?")
            numbered = pieces[0] + "".join(
                f"?{number + k}{piece}" for k, piece in enumerate(pieces[1:])
            )
            values.append(f"({numbered}) || ''")
            number += len(pieces) - 1
        else:
            values.append(f"CAST(?{number} AS {kind})")
            number += 1
    hashed = _hash_sql("(SELECT hash FROM event ORDER BY id DESC LIMIT 1)", values)
    return f"INSERT INTO event({', '.join(_HASHED)}, hash) VALUES ({', '.join(values)}, {hashed})"


def changed_fields(
    before: dict[str, Any], after: dict[str, Any]
) -> tuple[dict[str, Any], dict[str, Any]]:
    """(before, after) of the fields whose value changed; both empty when none did."""
    changed = [key for key in after if before.get(key) != after[key]]
    return {k: before.get(k) for k in changed}, {k: after[k] for k in changed}


def record(
    entity: str,
    entity_id: int,
    action: str,
    summary: str,
    *,
    billing_id: int | None = None,
    number_id: int | None = None,
    reason: str = "",
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
) -> int:
    """Append one entry; call inside the transaction that makes the change. Returns its id."""
    cursor = db.execute_sql(
        _insert_sql("CAST(? AS TEXT)"),
        (
            str(clock.now()),
            entity,
            entity_id,
            billing_id,
            number_id,
            action,
            str(summary),
            message_of(summary),
            reason,
            _json(before),
            _json(after),
        ),
    )
    return int(cursor.lastrowid)


def record_many(template: str, entries: list[dict[str, Any]]) -> None:
    """Append many entries of one kind at once (bulk actions): each entry has ``record``'s
    arguments, with ``args`` for ``template`` in place of a summary. Call it inside the
    write transaction (``writing()``): it numbers the entries from the last id.

    Plain ``executemany``: building peewee's INSERT for 10,000 rows costs more than
    writing them; and SQLite writes each message's JSON itself, at a fraction of the cost
    of ``json.dumps`` per row.
    """
    at = str(clock.now())
    keys = list(entries[0]["args"]) if entries else []
    pairs = ", ".join(f"'{key}', ?" for key in keys)  # keys are names in our code
    say = template.format
    first = db.execute_sql("SELECT coalesce(max(id), 0) + 1 FROM event").fetchone()[0]
    db.cursor().executemany(
        _insert_sql(json_entry(f"'t', ?, 'a', {json_entry(pairs)}"), id_given=True),
        [
            (
                first + n,
                at,
                e["entity"],
                e["entity_id"],
                e.get("billing_id"),
                e.get("number_id"),
                e["action"],
                say(**args),
                template,
                *[_plain(args[k]) for k in keys],
                e.get("reason", ""),
                _json(e.get("before")),
                _json(e.get("after")),
            )
            for n, e in enumerate(entries)
            for args in (e["args"],)
        ],
    )


@dataclass(frozen=True)
class ChainCheck:
    """What ``verify`` found: sound or not, in one sentence, and the first entry at fault."""

    sound: bool
    text: str
    entry_id: int | None = None


# each entry beside the one before it (a join on the id, which costs half what a window
# function over the whole table does); the first whose hash does not follow, or that has
# no entry before it, is the first fault
_FIRST_FAULT = f"""
SELECT e.id, e.at, e.summary, e.hash, p.id, p.at
FROM event e LEFT JOIN event p ON p.id = e.id - 1
WHERE (p.id IS NULL AND e.id != 1)
   OR e.hash IS NOT {_hash_sql("p.hash", [f"e.{name}" for name in _HASHED])}
ORDER BY e.id LIMIT 1
"""


def _entry_text(entry_id: int, at: str, summary: str) -> str:
    return tr("entry {id} ({day}, “{summary}”)").format(
        id=f"{entry_id:,}", day=day_text(as_datetime(at)), summary=summary
    )


def _removed_before(entry_id: int, entry: str) -> ChainCheck:
    """The entry (or entries) before ``entry_id`` are missing."""
    previous = db.execute_sql("SELECT max(id) FROM event WHERE id < ?", (entry_id,)).fetchone()[0]
    if previous is None:
        text = tr(
            "The history was tampered with: entry 1 was removed (the history now begins "
            "with {entry})."
        ).format(entry=entry)
        return ChainCheck(False, text, 1)
    text = tr(
        "The history was tampered with: entry {missing} was removed (the entry after "
        "entry {previous} is {entry})."
    ).format(missing=f"{previous + 1:,}", previous=f"{previous:,}", entry=entry)
    return ChainCheck(False, text, previous + 1)


def verify() -> ChainCheck:
    """Walk the history in order and name the first entry that was removed, back-dated
    out of order, forged (written without its hash) or changed after it was written.

    An entry dated before the one above it is back-dated only when its hash shows it was
    changed: the program writes what the computer's clock says, which may go back.
    """
    count = db.execute_sql("SELECT COUNT(*) FROM event").fetchone()[0]
    fault = db.execute_sql(_FIRST_FAULT).fetchone()
    if fault is None:
        return ChainCheck(
            True,
            tr(
                "The history is sound: {count} entries, each as it was written and "
                "linked to the one before it."
            ).format(count=f"{count:,}"),
        )
    entry_id, at, summary, hash_, previous_id, previous_at = fault
    entry = _entry_text(entry_id, at, summary)
    if previous_id is None and entry_id != 1:
        return _removed_before(entry_id, entry)
    if previous_at is not None and at < previous_at:
        text = tr(
            "The history was tampered with: {entry} no longer matches the hash it was "
            "written with, and is dated before the entry above it ({day}): it was "
            "back-dated by hand."
        ).format(entry=entry, day=day_text(as_datetime(previous_at)))
    elif hash_ is None:
        text = tr(
            "The history was tampered with: {entry} was not written by E-Faktur Desk "
            "(it carries no hash): it was forged by hand."
        ).format(entry=entry)
    else:
        text = tr(
            "The history was tampered with: {entry} no longer matches the hash it was "
            "written with: it was rewritten, or forged, by hand."
        ).format(entry=entry)
    return ChainCheck(False, text, entry_id)


def for_billing(billing_id: int) -> list[Event]:
    return list(Event.select().where(Event.billing_id == billing_id).order_by(Event.id))


def for_number(number_id: int) -> list[Event]:
    return list(Event.select().where(Event.number_id == number_id).order_by(Event.id))


# -- reading it back -------------------------------------------------------------------

# what the History tab's kind filter offers: a label and the SQL condition
KINDS: dict[str, tuple[str, str]] = {
    "billing": ("Billings", "entity = 'billing'"),
    "number": ("E-Faktur Nos", "number_id IS NOT NULL"),
    "range": ("Ranges", "entity = 'range'"),
    "payment": ("Payments", "action = 'payment_recorded'"),
    "export": ("Exports", "action = 'exported'"),
    "file": ("E-Faktur Files", "entity = 'file'"),
    "customer": ("Customers", "entity = 'customer'"),
    "settings": ("Company, Settings & Book", "entity IN ('company', 'setting', 'import', 'book')"),
}
ENTITY_LABELS = {
    "billing": "Billing",
    "range": "Range",
    "file": "File",
    "customer": "Customer",
    "company": "Company",
    "setting": "Setting",
    "import": "Import",
    "book": "Book",
}


ACTION_LABELS = {"exported": "Export", "payment_recorded": "Payment"}  # before the entity's


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _entity_label_sql() -> str:
    """SQL for ``EventRow.entity_label`` in the window's language, to sort by what the
    About column shows."""
    actions = " ".join(
        f"WHEN {_literal(k)} THEN {_literal(tr(v))}" for k, v in ACTION_LABELS.items()
    )
    entities = " ".join(
        f"WHEN {_literal(k)} THEN {_literal(tr(v))}" for k, v in ENTITY_LABELS.items()
    )
    return f"COALESCE(CASE action {actions} END, CASE entity {entities} ELSE entity END)"


FIELD_LABELS = {
    "efaktur_no": "E-Faktur No",
    "released_efaktur_no": "Cancelled E-Faktur No",
    "paid_amount": "Paid",
    "tax_active": "Taxable",
    "dpp": "DPP",
    "ppn": "PPN",
    "npwp": "NPWP",
    "nik": "NIK",
    "sha256": "SHA-256",
    "invoice_no": "Invoice No",
    # Coretax: the company's and customers' TKU, a buyer's identity, a line's kind,
    # code and unit, the facility of codes 07/08, and the book's channel
    "tku": QT_TR_NOOP("TKU"),
    "id_type": QT_TR_NOOP("Identity Type"),
    "id_number": QT_TR_NOOP("Identity Number"),
    "country": QT_TR_NOOP("Country"),
    "kind": QT_TR_NOOP("Goods/Services"),
    "goods_code": QT_TR_NOOP("Goods/Services Code"),
    "unit": QT_TR_NOOP("Unit"),
    "add_info": QT_TR_NOOP("Additional Info"),
    "facility_stamp": QT_TR_NOOP("Facility Stamp"),
    "coretax_from": QT_TR_NOOP("Through Coretax From"),
    "lines": QT_TR_NOOP("Lines"),
    "item_code": QT_TR_NOOP("Item Code"),
    "quantity": QT_TR_NOOP("Quantity"),
    "unit_price": QT_TR_NOOP("Unit Price"),
    "discount_percent": QT_TR_NOOP("Disc. %"),
    "luxury": QT_TR_NOOP("Luxury"),
    "stlg_rate": QT_TR_NOOP("PPnBM %"),
    "ppnbm": "PPnBM",
    "name": QT_TR_NOOP("Item Name"),
    "transaction_code": QT_TR_NOOP("Transaction Code"),
    "invoice_date": QT_TR_NOOP("Invoice Date"),
    "due_date": QT_TR_NOOP("Due Date"),
    "customer_id": QT_TR_NOOP("Customer"),
    "prices_include_tax": QT_TR_NOOP("Prices include PPN"),
    "subject": QT_TR_NOOP("Subject"),
    "notes": QT_TR_NOOP("Notes"),
    "total": QT_TR_NOOP("Total"),
    # what Coretax's Pajak Keluaran export reported (issue 18)
    "coretax_faktur_no": QT_TR_NOOP("Coretax Faktur No"),
    "coretax_faktur_date": QT_TR_NOOP("Coretax Faktur Date"),
    "coretax_status": QT_TR_NOOP("Coretax Status"),
    "coretax_dpp": QT_TR_NOOP("Coretax DPP"),
    "coretax_other_dpp": QT_TR_NOOP("Coretax DPP Nilai Lain"),
    "coretax_ppn": QT_TR_NOOP("Coretax PPN"),
    "coretax_ppnbm": QT_TR_NOOP("Coretax PPnBM"),
    "coretax_mismatch": QT_TR_NOOP("Coretax Amounts Differ"),
    "coretax_amended_no": QT_TR_NOOP("Amended Faktur No"),
}


_STATUS_VALUES = {s.value for s in Status}
_CORETAX_VALUES = {s.value for s in CoretaxStatus}
MONEY_FIELDS = {
    "total", "dpp", "ppn", "ppnbm", "paid_amount", "amount",
    "coretax_dpp", "coretax_other_dpp", "coretax_ppn", "coretax_ppnbm",
}  # fmt: skip  # before/after in rupiah
# how the record writes amounts and moments (in English, once): read back to be shown
# in the window's language
_WRITTEN_RUPIAH = re.compile(r"(-?)Rp ([0-9]{1,3}(?:\.[0-9]{3})*)")
_WRITTEN_DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_WRITTEN_MOMENT = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}[ T][0-9]{2}:[0-9]{2}(?::[0-9]{2})?")
_WRITTEN_BACKUP_MOMENT = re.compile(r"[0-9]{2} [A-Z][a-z]{2} [0-9]{4} [0-9]{2}:[0-9]{2}")


def field_label(key: str) -> str:
    return FIELD_LABELS.get(key, key.replace("_", " ").capitalize())


@dataclass(frozen=True)
class EventRow:
    id: int
    at: datetime
    entity: str
    action: str
    summary: str
    reason: str
    before: dict[str, Any] | None
    after: dict[str, Any] | None
    message: str | None = None  # template and values of the summary (Said)

    @property
    def entity_label(self) -> str:
        return ACTION_LABELS.get(self.action) or ENTITY_LABELS.get(self.entity, self.entity.title())

    @property
    def changes(self) -> list[tuple[str, Any, Any]]:
        """(field, before, after) for each field that differs, in field order."""
        before, after = self.before or {}, self.after or {}
        keys = [*before, *(k for k in after if k not in before)]
        return [(k, before.get(k), after.get(k)) for k in keys if before.get(k) != after.get(k)]

    def changes_text(self, widest: int = 60) -> str:
        """The changed fields on one line, as ``field: old → new`` (in the window's
        language when it has one)."""
        parts = []
        for key, old, new in self.changes:
            label = tr(field_label(key))
            if isinstance(old, (list, dict)) or isinstance(new, (list, dict)):
                parts.append(tr("{label} changed").format(label=label))
            elif self.before is None:
                parts.append(f"{label}: {_short(new, key, widest)}")
            else:
                parts.append(f"{label}: {_short(old, key, widest)} → {_short(new, key, widest)}")
        return "; ".join(parts)


def _written_amount_or_moment(text: str) -> str | None:
    """An amount or a moment as the record wrote it (``Rp 4.000.000``, ``2026-04-12``,
    ``2026-04-12 14:00:00``, ``25 Nov 2026 09:00``), in the window's language; None for
    any other text."""
    try:
        if found := _WRITTEN_RUPIAH.fullmatch(text):
            return money_text(int(found[1] + found[2].replace(".", "")))
        if _WRITTEN_DAY.fullmatch(text):
            return day_text(date.fromisoformat(text))
        if _WRITTEN_MOMENT.fullmatch(text):
            return moment_text(datetime.fromisoformat(text))
        if _WRITTEN_BACKUP_MOMENT.fullmatch(text):
            return moment_text(datetime.strptime(text, "%d %b %Y %H:%M"))
    except ValueError:  # looked like one, but is no real day
        return None
    return None


def shown_text(text: str) -> str:
    """A value of a history summary in the window's language."""
    return _written_amount_or_moment(text) or tr(text)


def _coded_value(value: Any, key: str) -> str | None:
    """A Coretax code as words (``Passport``, ``Goods``, ``Kilogram (UM.0003)``); None
    for any other value."""
    if key == "coretax_from" and value is None:
        return tr("never: every faktur through e-Faktur desktop")
    if key == "id_type" and value in ID_TYPE_WORDS:
        return tr(ID_TYPE_WORDS[value])
    if key == "kind" and value in KIND_WORDS:
        return tr(KIND_WORDS[value])
    if key == "unit" and value in units():
        return f"{units()[value]} ({value})"
    return None


def line_changes(before: Any, after: Any) -> list[str]:
    """What changed in a billing's lines, one sentence a line (``Line 2, Unit: Unit
    (UM.0018) → Kilogram (UM.0003)``); empty when either is not a list of lines."""
    if not isinstance(before, list) or not isinstance(after, list):
        return []
    found = []
    for n in range(1, max(len(before), len(after)) + 1):
        old = before[n - 1] if n <= len(before) else None
        new = after[n - 1] if n <= len(after) else None
        if not isinstance(old, dict) or not isinstance(new, dict):
            template = (
                QT_TR_NOOP("Line {n} added") if old is None else QT_TR_NOOP("Line {n} removed")
            )
            found.append(tr(template).format(n=n))
            continue
        found.extend(
            tr("Line {n}, {label}: {old} → {new}").format(
                n=n,
                label=tr(field_label(key)),
                old=shown_value(old.get(key), key),
                new=shown_value(new.get(key), key),
            )
            for key in new
            if old.get(key) != new[key]
        )
    return found


def shown_value(value: Any, key: str = "") -> str:
    """A before or after value as a person reads it; ``key`` names its field."""
    coded = _coded_value(value, key)
    if coded is not None:
        return coded
    if value is None or value == "":
        return "—"
    if isinstance(value, bool):
        return tr("Yes") if value else tr("No")
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False)
    if key == "coretax_status" and value in _CORETAX_VALUES:
        return tr(CoretaxStatus(value).label)
    if key == "status" and value in _STATUS_VALUES:
        return tr(Status(value).label)  # stored as its value: "partially_paid"
    if key in MONEY_FIELDS and isinstance(value, int):
        return money_text(value)
    if isinstance(value, str):
        return _written_amount_or_moment(value) or value
    return str(value)


def _short(value: Any, key: str, widest: int) -> str:
    text = shown_value(value, key)
    return text if len(text) <= widest else text[: widest - 1] + "…"


def _loads(text: str | None) -> dict[str, Any] | None:
    if not text:
        return None
    try:
        found = json.loads(text)
    except ValueError:
        return {"value": text}
    return found if isinstance(found, dict) else {"value": found}


class EventListing(Listing[EventRow]):
    """The whole history, newest first, filtered by kind, period and words."""

    select_sql = "id, at, entity, action, summary, reason, before, after, message"
    from_sql = "event"
    # entries are written in the order things happen, so "when" is the id: an index
    # walk, where sorting by ``at`` would read the whole table for every page
    sort_columns = {"at": "id"}
    default_sort = "at"
    tiebreak = "id"

    def __init__(
        self,
        kind: str | None = None,
        search: str = "",
        date_from: date | None = None,
        date_to: date | None = None,
    ) -> None:
        super().__init__()
        self.descending = True
        self.sort_columns = {**self.sort_columns, "entity": _entity_label_sql()}
        if kind is not None:
            if kind not in KINDS:
                raise ValueError(f"no history kind {kind!r}")
            self.where.append(KINDS[kind][1])
        words = search.strip()
        if words:
            escaped = words.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            self.where.append("(summary LIKE ? ESCAPE '\\' OR reason LIKE ? ESCAPE '\\')")
            self.params += [f"%{escaped}%", f"%{escaped}%"]
        if date_from is not None:
            self.where.append("at >= ?")
            self.params.append(date_from.isoformat())
        if date_to is not None:
            self.where.append("at < ?")
            self.params.append((date_to + timedelta(days=1)).isoformat())

    def make_row(self, v: tuple) -> EventRow:
        return EventRow(
            v[0], as_datetime(v[1]), v[2], v[3], v[4], v[5], _loads(v[6]), _loads(v[7]), v[8]
        )

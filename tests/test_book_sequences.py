"""The whole book under random sequences (hypothesis): the billing actions of
``test_billing_sequences`` plus ranges, exports, attached files, backups and restores.

After every step: no number on two live billings, no uploaded number released, each
range's available count equals its numbers actually available, totals equal the lines
(inherited), and the history has an entry for every change and a change for every entry.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import invariant, precondition, rule

from app.billings import parties
from app.book import backups
from app.book.connection import files_folder
from app.book.models import Billing, EfakturNumber, EfakturRange, db
from app.common.errors import BookError, Refused
from app.desk import opening
from app.efaktur import efaktur_upload, exports
from app.numbers.ranges import add_range, edit_range, read_range
from tests.support.pdfs import faktur_pdf
from tests.test_billing_sequences import Books

pytestmark = pytest.mark.timeout(600)  # a failure's shrinking takes minutes; let it report

SELLER = "022732101075000"
BUYER = "012345674411000"
WATCHED = {
    # table: (its key, what an event about a row of it carries)
    "billing": "id",
    "billing_line": "billing_id",
    "payment": "billing_id",
    "efaktur_range": "id",
    "efaktur_number": "id",
    "efaktur_file": "id",
    "export_item": "billing_id",
}

# a range's ``available`` is a count the triggers keep as its numbers move; the numbers'
# own changes are what the history records
COLUMNS = {"efaktur_range": "id, year, start_counter, end_counter, grant_date, note"}

HELD = Billing.efaktur_number.is_null(False)


def _rows(table: str) -> dict[int, tuple]:
    key = WATCHED[table]
    columns = COLUMNS.get(table, "*")
    found: dict[int, list] = {}
    for row in db.execute_sql(f"SELECT {key}, {columns} FROM {table} ORDER BY id"):
        found.setdefault(row[0], []).append(row[1:])
    return {k: tuple(v) for k, v in found.items()}


def _changed(before: dict[int, tuple], after: dict[int, tuple]) -> set[int]:
    return {k for k in before.keys() | after.keys() if before.get(k) != after.get(k)}


class WholeBook(Books):
    def __init__(self) -> None:
        super().__init__()
        parties.set_company("PT Penjual Jaya", SELLER, "Jl. Merdeka 1, Jakarta")
        self.book = Path(self.folder) / "book.sqlite"
        self.backup_folder = Path(self.folder) / "backups"
        self.saved: tuple[Path, list] | None = None  # the last backup and the book then
        self.ranges_added = 0
        self.restored = False  # the history check skips a restore: the rule checks it
        self.watch()

    # -- the history check: each step's changes against its new entries -----------------

    def watch(self) -> None:
        self.seen = {table: _rows(table) for table in WATCHED}
        self.last_event = db.execute_sql("SELECT COALESCE(MAX(id), 0) FROM event").fetchone()[0]

    @invariant()
    def every_change_has_its_entry_and_every_entry_its_change(self):
        now = {table: _rows(table) for table in WATCHED}
        changed = {t: _changed(self.seen[t], now[t]) for t in WATCHED}
        events = db.execute_sql(
            "SELECT entity, entity_id, billing_id, number_id, action, after FROM event "
            "WHERE id > ? ORDER BY id",
            [self.last_event],
        ).fetchall()
        billings = changed["billing"] | changed["billing_line"] | changed["payment"]
        billings |= changed["export_item"]
        numbers = {
            n
            for n in changed["efaktur_number"]
            if n in self.seen["efaktur_number"] and n in now["efaktur_number"]
        }  # numbers added or dropped with their range are the range's change
        if self.restored:
            self.restored = False
        else:
            about_billings = {e[2] for e in events if e[2] is not None}
            about_numbers = {e[3] for e in events if e[3] is not None}
            about_ranges = {e[1] for e in events if e[0] == "range"}
            about_files = sum(1 for e in events if e[0] == "file")
            assert billings <= about_billings, f"changed billings without an entry: {billings}"
            named = {e[2] for e in events if e[2] is not None and e[0] != "file"}
            # a file's entry names the billing it belongs to; the billing itself stays
            assert named <= billings, "an entry about a billing that did not change"
            assert numbers <= about_numbers, f"numbers changed without an entry: {numbers}"
            assert changed["efaktur_range"] == about_ranges
            assert about_files == len(changed["efaktur_file"])
        self.watch()

    # -- more of what a user does ----------------------------------------------------

    @rule(size=st.integers(1, 30))
    def add_range(self, size):
        self.ranges_added += 1
        start = 1000 * self.ranges_added
        text = f"000-26.{start:08d}", f"000-26.{start + size - 1:08d}"
        add_range(read_range(*text, None, date(2026, 2, 1), ""))

    @rule(n=st.integers(0, 99), grow=st.integers(-20, 20))
    def edit_range(self, n, grow):
        ranges = list(EfakturRange.select().order_by(EfakturRange.id))
        rng = ranges[n % len(ranges)]
        end = f"{rng.end_counter + grow:08d}"
        yy = f"{rng.year % 100:02d}"
        self._try(
            lambda: edit_range(
                rng.id,
                read_range(str(rng.start), f"000-{yy}.{end}", None, rng.grant_date, rng.note),
            )
        )

    @precondition(lambda self: Billing.select().exists())
    @rule(n=st.integers(0, 99), m=st.integers(0, 99), again=st.booleans())
    def export(self, n, m, again):
        ids = sorted({self._pick(n), self._pick(m)})
        self._try(lambda: exports.export_csv(ids, Path(self.folder) / "export.csv", again))

    @precondition(lambda self: Billing.select().where(HELD).exists())
    @rule(n=st.integers(0, 99), replacement=st.booleans())
    def attach_file(self, n, replacement):
        held = list(Billing.select().where(HELD).order_by(Billing.id))
        billing = held[n % len(held)]
        number = str(EfakturNumber.get_by_id(billing.efaktur_number_id))  # 000-26.00001000
        digits = number.replace("-", "").replace(".", "")
        status = "1" if replacement else "0"
        name = f"{SELLER}-{billing.transaction_code}{status}{digits}-{BUYER}-{n}.pdf"
        shown = f"{billing.transaction_code}{status}.{number}"
        pdf = faktur_pdf(shown, billing.invoice_no + f" {n} {replacement}")
        path = Path(self.folder) / name
        path.write_bytes(pdf)
        matches = efaktur_upload.match_offered(efaktur_upload.read_offered([path]))
        self._try(lambda: efaktur_upload.attach_matched(matches, files_folder(self.book)))

    @rule()
    def back_up(self):
        made = backups.make_backup(self.book, backups.MANUAL, self.backup_folder, 50)
        self.saved = (made, self._snapshot())

    @precondition(lambda self: self.saved is not None)
    @rule()
    def restore(self):
        assert self.saved is not None
        made, then = self.saved
        spent = {n for (n,) in db.execute_sql("SELECT DISTINCT number_id FROM efaktur_file")}
        # DJP has these too: kept out before, or exported while held (e-Faktur holds them)
        djp_has = spent | {
            n
            for (n,) in db.execute_sql(
                "SELECT id FROM efaktur_number WHERE state = 'uploaded' OR (state != "
                "'available' AND id IN (SELECT number_id FROM export_item))"
            )
        }
        try:
            opening.restore_backup(made, self.book, self.backup_folder, 50)
        except (Refused, BookError) as exc:
            raise AssertionError(f"a sound backup was refused: {exc}") from exc
        now = self._snapshot()
        assert now[:3] == then[:3], "the restored book is not the book backed up"
        # but a number whose approved PDF was attached since the backup stays uploaded
        states = dict(db.execute_sql("SELECT id, state FROM efaktur_number").fetchall())
        freed = [n for n in spent if states.get(n, "uploaded") != "uploaded"]
        assert not freed, "a restore freed an uploaded number"
        changed = {row[0] for row in set(now[3]) ^ set(then[3])}
        assert changed <= djp_has, "the restore changed numbers DJP does not have"
        freed = [n for n in djp_has if states.get(n, "uploaded") == "available"]
        assert not freed, "a restore freed a number DJP has"
        restored = db.execute_sql(
            "SELECT after FROM event WHERE action = 'restored' ORDER BY id DESC LIMIT 1"
        ).fetchone()
        assert json.loads(restored[0])["backup"] == str(made)
        assert len(now[-1]) > len(then[-1])  # its history says it was restored
        self.restored = True

    # -- the number rules ------------------------------------------------------------

    @invariant()
    def uploaded_numbers_stay_with_their_billing(self):
        for number_id, state in db.execute_sql("SELECT id, state FROM efaktur_number"):
            has_file = db.execute_sql(
                "SELECT 1 FROM efaktur_file WHERE number_id = ?", [number_id]
            ).fetchone()
            if has_file:
                assert state == "uploaded"
                holder = Billing.get_or_none(Billing.efaktur_number == number_id)
                assert holder is not None, "an uploaded number was released"

    @invariant()
    def each_range_counts_its_available_numbers(self):
        drift = db.execute_sql(
            "SELECT g.id, g.available, (SELECT COUNT(*) FROM efaktur_number n "
            "WHERE n.range_id = g.id AND n.state = 'available') FROM efaktur_range g"
        ).fetchall()
        assert all(stored == actual for _id, stored, actual in drift), drift


WholeBook.TestCase.settings = settings(
    max_examples=40,
    stateful_step_count=25,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
test_any_sequence_on_the_whole_book_keeps_it_consistent = WholeBook.TestCase

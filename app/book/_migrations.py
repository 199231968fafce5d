"""Versioned schema. The book's version is ``PRAGMA user_version``.

Each step is frozen SQL: a step never changes once released, so a book made by any
earlier version upgrades through the same statements a new book went through.
Every step runs in its own transaction together with the version bump.
"""

from __future__ import annotations

from collections.abc import Callable

import peewee

from app.book.dialect import writing

V1 = """
CREATE TABLE company (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    npwp TEXT NOT NULL DEFAULT '',
    address TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT ''
);
CREATE TABLE customer (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    email TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    npwp TEXT NOT NULL DEFAULT '',
    npwp_name TEXT NOT NULL DEFAULT '',
    npwp_address TEXT NOT NULL DEFAULT '',
    nik TEXT NOT NULL DEFAULT '',
    transaction_code TEXT NOT NULL DEFAULT '01',
    taxable INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX customer_name ON customer(name);
CREATE TABLE efaktur_range (
    id INTEGER PRIMARY KEY,
    year INTEGER NOT NULL,
    start_counter INTEGER NOT NULL,
    end_counter INTEGER NOT NULL,
    grant_date DATE,
    note TEXT NOT NULL DEFAULT '',
    created_at DATETIME NOT NULL,
    CHECK (end_counter >= start_counter)
);
CREATE INDEX efaktur_range_year ON efaktur_range(year, start_counter);
CREATE TABLE efaktur_number (
    id INTEGER PRIMARY KEY,
    range_id INTEGER NOT NULL REFERENCES efaktur_range(id),
    year INTEGER NOT NULL,
    counter INTEGER NOT NULL,
    state TEXT NOT NULL DEFAULT 'available'
        CHECK (state IN ('available', 'assigned', 'uploaded'))
);
CREATE UNIQUE INDEX efaktur_number_value ON efaktur_number(year, counter);
CREATE INDEX efaktur_number_state ON efaktur_number(state, year, counter);
CREATE INDEX efaktur_number_range ON efaktur_number(range_id, counter);
CREATE TABLE billing (
    id INTEGER PRIMARY KEY,
    invoice_no TEXT NOT NULL,
    customer_id INTEGER NOT NULL REFERENCES customer(id),
    subject TEXT NOT NULL DEFAULT '',
    invoice_date DATE NOT NULL,
    due_date DATE NOT NULL,
    status TEXT NOT NULL DEFAULT 'draft'
        CHECK (status IN ('draft', 'proforma', 'unpaid', 'partially_paid', 'paid', 'cancelled')),
    tax_active INTEGER NOT NULL DEFAULT 1,
    transaction_code TEXT NOT NULL DEFAULT '01',
    prices_include_tax INTEGER NOT NULL DEFAULT 0,
    notes TEXT NOT NULL DEFAULT '',
    dpp INTEGER NOT NULL DEFAULT 0,
    ppn INTEGER NOT NULL DEFAULT 0,
    total INTEGER NOT NULL DEFAULT 0,
    paid_amount INTEGER NOT NULL DEFAULT 0,
    efaktur_number_id INTEGER REFERENCES efaktur_number(id),
    released_number_id INTEGER REFERENCES efaktur_number(id),
    created_at DATETIME NOT NULL,
    issued_at DATETIME,
    cancelled_at DATETIME,
    CHECK (paid_amount >= 0 AND paid_amount <= total)
);
CREATE UNIQUE INDEX billing_invoice_no ON billing(invoice_no);
-- A number is on at most one billing: the heart of the product, kept by SQLite itself.
CREATE UNIQUE INDEX billing_live_number ON billing(efaktur_number_id)
    WHERE efaktur_number_id IS NOT NULL;
CREATE INDEX billing_status ON billing(status, due_date);
CREATE INDEX billing_invoice_date ON billing(invoice_date);
CREATE INDEX billing_customer ON billing(customer_id);
CREATE TABLE billing_line (
    id INTEGER PRIMARY KEY,
    billing_id INTEGER NOT NULL REFERENCES billing(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    item_code TEXT NOT NULL DEFAULT '',
    name TEXT NOT NULL,
    quantity TEXT NOT NULL,
    unit_price TEXT NOT NULL,
    discount_percent TEXT NOT NULL DEFAULT '0',
    luxury INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX billing_line_billing ON billing_line(billing_id, position);
CREATE TABLE payment (
    id INTEGER PRIMARY KEY,
    billing_id INTEGER NOT NULL REFERENCES billing(id),
    amount INTEGER NOT NULL CHECK (amount > 0),
    paid_on DATE NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    created_at DATETIME NOT NULL
);
CREATE INDEX payment_billing ON payment(billing_id);
CREATE TABLE number_assignment (
    id INTEGER PRIMARY KEY,
    number_id INTEGER NOT NULL REFERENCES efaktur_number(id),
    billing_id INTEGER NOT NULL REFERENCES billing(id),
    assigned_at DATETIME NOT NULL,
    released_at DATETIME
);
CREATE INDEX number_assignment_number ON number_assignment(number_id);
CREATE INDEX number_assignment_billing ON number_assignment(billing_id);
CREATE TABLE efaktur_file (
    id INTEGER PRIMARY KEY,
    number_id INTEGER NOT NULL REFERENCES efaktur_number(id),
    billing_id INTEGER NOT NULL REFERENCES billing(id),
    file_name TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    size INTEGER NOT NULL,
    transaction_code TEXT NOT NULL,
    status_digit INTEGER NOT NULL CHECK (status_digit IN (0, 1)),
    uploaded_at DATETIME NOT NULL
);
CREATE UNIQUE INDEX efaktur_file_sha ON efaktur_file(sha256);
CREATE INDEX efaktur_file_number ON efaktur_file(number_id);
CREATE INDEX efaktur_file_billing ON efaktur_file(billing_id);
CREATE TABLE event (
    id INTEGER PRIMARY KEY,
    at DATETIME NOT NULL,
    entity TEXT NOT NULL,
    entity_id INTEGER NOT NULL,
    billing_id INTEGER,
    number_id INTEGER,
    action TEXT NOT NULL,
    summary TEXT NOT NULL,
    reason TEXT NOT NULL DEFAULT '',
    before TEXT,
    after TEXT
);
CREATE INDEX event_billing ON event(billing_id, id);
CREATE INDEX event_number ON event(number_id, id);
CREATE TABLE setting (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

-- A number goes to a billing only while it is available.
CREATE TRIGGER billing_takes_available_number
BEFORE UPDATE OF efaktur_number_id ON billing
WHEN NEW.efaktur_number_id IS NOT NULL
     AND NEW.efaktur_number_id IS NOT OLD.efaktur_number_id
     AND (SELECT state FROM efaktur_number WHERE id = NEW.efaktur_number_id) != 'available'
BEGIN
    SELECT RAISE(ABORT, 'e-Faktur number is not available');
END;

-- A number whose faktur DJP approved (file uploaded) is spent forever.
CREATE TRIGGER billing_keeps_uploaded_number
BEFORE UPDATE OF efaktur_number_id ON billing
WHEN OLD.efaktur_number_id IS NOT NULL
     AND NEW.efaktur_number_id IS NOT OLD.efaktur_number_id
     AND EXISTS (SELECT 1 FROM efaktur_file WHERE number_id = OLD.efaktur_number_id)
BEGIN
    SELECT RAISE(ABORT, 'uploaded e-Faktur number cannot be released');
END;

CREATE TRIGGER number_stays_uploaded
BEFORE UPDATE OF state ON efaktur_number
WHEN OLD.state = 'uploaded' AND NEW.state != 'uploaded'
BEGIN
    SELECT RAISE(ABORT, 'uploaded e-Faktur number cannot be released');
END;

CREATE TRIGGER number_deleted_only_unused
BEFORE DELETE ON efaktur_number
WHEN OLD.state != 'available'
     OR EXISTS (SELECT 1 FROM number_assignment WHERE number_id = OLD.id)
BEGIN
    SELECT RAISE(ABORT, 'a used e-Faktur number cannot be deleted');
END;

CREATE TRIGGER billing_deleted_without_number
BEFORE DELETE ON billing
WHEN OLD.efaktur_number_id IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'a billing holding an e-Faktur number cannot be deleted');
END;

CREATE TRIGGER event_is_append_only_update
BEFORE UPDATE ON event
BEGIN
    SELECT RAISE(ABORT, 'history cannot be changed');
END;

CREATE TRIGGER event_is_append_only_delete
BEFORE DELETE ON event
BEGIN
    SELECT RAISE(ABORT, 'history cannot be changed');
END;
"""


# v2: each range keeps its available count, maintained by SQLite itself so the ranges
# table and the threshold never count a million rows, and the count cannot drift.
V2 = """
ALTER TABLE efaktur_range ADD COLUMN available INTEGER NOT NULL DEFAULT 0;
UPDATE efaktur_range SET available = (
    SELECT COUNT(*) FROM efaktur_number n
    WHERE n.range_id = efaktur_range.id AND n.state = 'available'
);

CREATE TRIGGER range_count_on_insert
AFTER INSERT ON efaktur_number
WHEN NEW.state = 'available'
BEGIN
    UPDATE efaktur_range SET available = available + 1 WHERE id = NEW.range_id;
END;

CREATE TRIGGER range_count_on_delete
AFTER DELETE ON efaktur_number
WHEN OLD.state = 'available'
BEGIN
    UPDATE efaktur_range SET available = available - 1 WHERE id = OLD.range_id;
END;

CREATE TRIGGER range_count_on_state
AFTER UPDATE OF state ON efaktur_number
WHEN OLD.state IS NOT NEW.state
BEGIN
    UPDATE efaktur_range
    SET available = available + (NEW.state = 'available') - (OLD.state = 'available')
    WHERE id = NEW.range_id;
END;

-- A range's numbers all share its year, and no number lies outside its range.
CREATE TRIGGER number_inside_its_range
BEFORE INSERT ON efaktur_number
WHEN NOT EXISTS (
    SELECT 1 FROM efaktur_range g
    WHERE g.id = NEW.range_id AND g.year = NEW.year
      AND NEW.counter BETWEEN g.start_counter AND g.end_counter
)
BEGIN
    SELECT RAISE(ABORT, 'e-Faktur number outside its range');
END;

-- A range shrinks only over numbers that were never used: its numbers are deleted first.
CREATE TRIGGER range_keeps_its_numbers
BEFORE UPDATE OF year, start_counter, end_counter ON efaktur_range
WHEN EXISTS (
    SELECT 1 FROM efaktur_number n
    WHERE n.range_id = NEW.id
      AND (n.year != NEW.year OR n.counter < NEW.start_counter OR n.counter > NEW.end_counter)
)
BEGIN
    SELECT RAISE(ABORT, 'a range cannot leave its numbers outside it');
END;
"""


V3 = """
-- Each CSV export is kept as written: when, which billings with which numbers, the bytes.
CREATE TABLE export_batch (
    id INTEGER PRIMARY KEY,
    created_at DATETIME NOT NULL,
    file_name TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    content BLOB NOT NULL,
    fakturs INTEGER NOT NULL
);
CREATE TABLE export_item (
    id INTEGER PRIMARY KEY,
    batch_id INTEGER NOT NULL REFERENCES export_batch(id),
    billing_id INTEGER NOT NULL REFERENCES billing(id),
    number_id INTEGER NOT NULL REFERENCES efaktur_number(id)
);
CREATE INDEX export_item_billing ON export_item(billing_id, number_id);
CREATE INDEX export_item_batch ON export_item(batch_id);
CREATE TRIGGER export_batch_kept_update BEFORE UPDATE ON export_batch
BEGIN SELECT RAISE(ABORT, 'an export batch is kept as written'); END;
CREATE TRIGGER export_batch_kept_delete BEFORE DELETE ON export_batch
BEGIN SELECT RAISE(ABORT, 'an export batch is kept as written'); END;
CREATE TRIGGER export_item_kept_update BEFORE UPDATE ON export_item
BEGIN SELECT RAISE(ABORT, 'an export batch is kept as written'); END;
CREATE TRIGGER export_item_kept_delete BEFORE DELETE ON export_item
BEGIN SELECT RAISE(ABORT, 'an export batch is kept as written'); END;

-- A wrongly attached file is withdrawn, never deleted: its number stays uploaded.
ALTER TABLE efaktur_file ADD COLUMN withdrawn_at DATETIME;
ALTER TABLE efaktur_file ADD COLUMN withdrawn_reason TEXT NOT NULL DEFAULT '';
CREATE UNIQUE INDEX efaktur_file_one_normal ON efaktur_file(number_id)
    WHERE status_digit = 0 AND withdrawn_at IS NULL;
CREATE TRIGGER efaktur_file_kept
BEFORE DELETE ON efaktur_file
BEGIN SELECT RAISE(ABORT, 'an e-Faktur file is withdrawn, never deleted'); END;
"""

V4 = """
-- Beside each entry's English summary, its template and values, so that the window can
-- say it in the user's language; entries written before have none and show as written.
ALTER TABLE event ADD COLUMN message TEXT;
"""


# v5: REPLACE cannot get round the triggers that keep rows, and the history is sealed.
#
# ``INSERT OR REPLACE`` (and ``UPDATE OR REPLACE``) delete the row they collide with
# without firing its DELETE triggers, unless the connection turned recursive_triggers on;
# a plain sqlite3 shell never does. So each table whose rows a trigger keeps refuses,
# before anything is written, an insert or update that would collide with a row it holds:
# this holds on every connection, whatever its pragmas.
V5 = """
CREATE TRIGGER event_never_replaced BEFORE INSERT ON event
WHEN EXISTS (SELECT 1 FROM event WHERE id = NEW.id)
BEGIN SELECT RAISE(ABORT, 'history cannot be changed'); END;

CREATE TRIGGER export_batch_never_replaced BEFORE INSERT ON export_batch
WHEN EXISTS (SELECT 1 FROM export_batch WHERE id = NEW.id)
BEGIN SELECT RAISE(ABORT, 'an export batch is kept as written'); END;
CREATE TRIGGER export_item_never_replaced BEFORE INSERT ON export_item
WHEN EXISTS (SELECT 1 FROM export_item WHERE id = NEW.id)
BEGIN SELECT RAISE(ABORT, 'an export batch is kept as written'); END;

CREATE TRIGGER efaktur_file_never_replaced BEFORE INSERT ON efaktur_file
WHEN EXISTS (
    SELECT 1 FROM efaktur_file
    WHERE id = NEW.id OR sha256 = NEW.sha256
       OR (number_id = NEW.number_id AND status_digit = 0 AND withdrawn_at IS NULL
           AND NEW.status_digit = 0 AND NEW.withdrawn_at IS NULL)
)
BEGIN SELECT RAISE(ABORT, 'an e-Faktur file is withdrawn, never deleted or replaced'); END;
-- Withdrawing (once) is the only change a kept file takes.
CREATE TRIGGER efaktur_file_only_withdrawn BEFORE UPDATE ON efaktur_file
WHEN NEW.id IS NOT OLD.id OR NEW.number_id IS NOT OLD.number_id
     OR NEW.billing_id IS NOT OLD.billing_id OR NEW.file_name IS NOT OLD.file_name
     OR NEW.sha256 IS NOT OLD.sha256 OR NEW.size IS NOT OLD.size
     OR NEW.transaction_code IS NOT OLD.transaction_code
     OR NEW.status_digit IS NOT OLD.status_digit OR NEW.uploaded_at IS NOT OLD.uploaded_at
     OR OLD.withdrawn_at IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'an e-Faktur file is withdrawn, never deleted or replaced'); END;

-- A range's year and available count change only through the triggers that keep them.
CREATE TRIGGER range_never_replaced BEFORE INSERT ON efaktur_range
WHEN EXISTS (SELECT 1 FROM efaktur_range WHERE id = NEW.id)
BEGIN SELECT RAISE(ABORT, 'an e-Faktur range is never replaced'); END;
CREATE TRIGGER range_keeps_its_id BEFORE UPDATE OF id ON efaktur_range
WHEN NEW.id IS NOT OLD.id
BEGIN SELECT RAISE(ABORT, 'an e-Faktur range is never replaced'); END;

CREATE TRIGGER number_never_replaced BEFORE INSERT ON efaktur_number
WHEN EXISTS (
    SELECT 1 FROM efaktur_number
    WHERE id = NEW.id OR (year = NEW.year AND counter = NEW.counter)
)
BEGIN SELECT RAISE(ABORT, 'an e-Faktur number is never replaced'); END;
CREATE TRIGGER number_keeps_its_value BEFORE UPDATE OF id, year, counter ON efaktur_number
WHEN NEW.id IS NOT OLD.id OR NEW.year IS NOT OLD.year OR NEW.counter IS NOT OLD.counter
BEGIN SELECT RAISE(ABORT, 'an e-Faktur number is never replaced'); END;

CREATE TRIGGER billing_never_replaced BEFORE INSERT ON billing
WHEN EXISTS (
    SELECT 1 FROM billing
    WHERE id = NEW.id OR invoice_no = NEW.invoice_no
       OR (NEW.efaktur_number_id IS NOT NULL AND efaktur_number_id = NEW.efaktur_number_id)
)
BEGIN SELECT RAISE(ABORT, 'a billing is never replaced'); END;
CREATE TRIGGER billing_never_collides BEFORE UPDATE OF id, invoice_no ON billing
WHEN EXISTS (
    SELECT 1 FROM billing WHERE id != OLD.id AND (id = NEW.id OR invoice_no = NEW.invoice_no)
)
BEGIN SELECT RAISE(ABORT, 'a billing is never replaced'); END;

-- Each entry's hash: SHA-256 of the hash before it and of its own content, so an entry
-- changed, forged or removed by hand shows (``history.verify``). Existing entries are
-- hashed here, in order.
ALTER TABLE event ADD COLUMN hash TEXT;
CREATE TEMP TABLE event_chain (id INTEGER PRIMARY KEY, hash TEXT NOT NULL);
INSERT INTO event_chain
WITH RECURSIVE chain(id, hash) AS (
    SELECT 0, ''
    UNION ALL
    SELECT e.id, sha256_hex(chain.hash || json_array(e.id, e.at, e.entity, e.entity_id,
        e.billing_id, e.number_id, e.action, e.summary, e.message, e.reason, e.before,
        e.after))
    FROM chain JOIN event e ON e.id = (SELECT MIN(id) FROM event WHERE id > chain.id)
)
SELECT id, hash FROM chain WHERE id > 0;
DROP TRIGGER event_is_append_only_update;
UPDATE event SET hash = (SELECT c.hash FROM temp.event_chain c WHERE c.id = event.id);
CREATE TRIGGER event_is_append_only_update
BEFORE UPDATE ON event
BEGIN
    SELECT RAISE(ABORT, 'history cannot be changed');
END;
DROP TABLE temp.event_chain;
"""


# v6: Coretax (issue 17). What the XML needs that the book did not hold, the XML export
# batches, and which way the book works. A book that already holds anything keeps its
# behaviour (every faktur through e-Faktur desktop); a new one sends fakturs dated from
# 2025-01-01 through Coretax (no setting row: ``app.numbers.channel``'s default).
V6 = """
INSERT INTO setting(key, value)
SELECT 'coretax.from', 'desktop'
WHERE EXISTS (SELECT 1 FROM company) OR EXISTS (SELECT 1 FROM customer)
   OR EXISTS (SELECT 1 FROM billing) OR EXISTS (SELECT 1 FROM efaktur_range)
ON CONFLICT(key) DO NOTHING;

-- The seller's place of business (TKU): NITKU = the 16-digit NPWP + these 6 digits.
ALTER TABLE company ADD COLUMN tku TEXT NOT NULL DEFAULT '000000'
    CHECK (length(tku) = 6 AND tku NOT GLOB '*[^0-9]*');

-- The buyer as Coretax identifies it. An empty id_type is read from NPWP or NIK.
ALTER TABLE customer ADD COLUMN tku TEXT NOT NULL DEFAULT '000000'
    CHECK (length(tku) = 6 AND tku NOT GLOB '*[^0-9]*');
ALTER TABLE customer ADD COLUMN id_type TEXT NOT NULL DEFAULT ''
    CHECK (id_type IN ('', 'TIN', 'National ID', 'Passport', 'Other ID'));
ALTER TABLE customer ADD COLUMN id_number TEXT NOT NULL DEFAULT '';
ALTER TABLE customer ADD COLUMN country TEXT NOT NULL DEFAULT 'IDN'
    CHECK (length(country) = 3 AND country NOT GLOB '*[^A-Z]*');

-- Codes 07 and 08: the additional information (TD.005nn) and the facility stamp (TD.011nn).
ALTER TABLE billing ADD COLUMN add_info TEXT NOT NULL DEFAULT '';
ALTER TABLE billing ADD COLUMN facility_stamp TEXT NOT NULL DEFAULT '';

-- Each line: goods (A) or services (B), its 6-digit goods/services code, its unit, and
-- the luxury-goods sales-tax rate (PPnBM, percent) of a luxury line.
ALTER TABLE billing_line ADD COLUMN kind TEXT NOT NULL DEFAULT 'B' CHECK (kind IN ('A', 'B'));
ALTER TABLE billing_line ADD COLUMN goods_code TEXT NOT NULL DEFAULT '000000'
    CHECK (length(goods_code) = 6 AND goods_code NOT GLOB '*[^0-9]*');
ALTER TABLE billing_line ADD COLUMN unit TEXT NOT NULL DEFAULT 'UM.0018'
    CHECK (unit GLOB 'UM.[0-9][0-9][0-9][0-9]');
ALTER TABLE billing_line ADD COLUMN stlg_rate TEXT NOT NULL DEFAULT '0';

-- The last choice made for an item code, offered for its next line.
CREATE TABLE item_choice (
    item_code TEXT PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('A', 'B')),
    goods_code TEXT NOT NULL CHECK (length(goods_code) = 6 AND goods_code NOT GLOB '*[^0-9]*'),
    unit TEXT NOT NULL CHECK (unit GLOB 'UM.[0-9][0-9][0-9][0-9]')
);

-- An export batch is the CSV for e-Faktur desktop or the XML for Coretax; the XML's
-- billings carry no number. Kept as written, like the CSV's items (v3, v5).
ALTER TABLE export_batch ADD COLUMN format TEXT NOT NULL DEFAULT 'csv'
    CHECK (format IN ('csv', 'xml'));
CREATE TABLE coretax_export_item (
    id INTEGER PRIMARY KEY,
    batch_id INTEGER NOT NULL REFERENCES export_batch(id),
    billing_id INTEGER NOT NULL REFERENCES billing(id)
);
CREATE INDEX coretax_export_item_billing ON coretax_export_item(billing_id, batch_id);
CREATE INDEX coretax_export_item_batch ON coretax_export_item(batch_id);
CREATE TRIGGER coretax_export_item_kept_update BEFORE UPDATE ON coretax_export_item
BEGIN SELECT RAISE(ABORT, 'an export batch is kept as written'); END;
CREATE TRIGGER coretax_export_item_kept_delete BEFORE DELETE ON coretax_export_item
BEGIN SELECT RAISE(ABORT, 'an export batch is kept as written'); END;
CREATE TRIGGER coretax_export_item_never_replaced BEFORE INSERT ON coretax_export_item
WHEN EXISTS (SELECT 1 FROM coretax_export_item WHERE id = NEW.id)
BEGIN SELECT RAISE(ABORT, 'an export batch is kept as written'); END;
"""


# v7: a billing's PPnBM (luxury goods' sales tax, issue 17), part of what the buyer pays.
# Its figure comes from the lines by the rule of the day (``app.billings.vat``), so the
# step forgets the book's tax rule: the next opening works every billing's figures out
# again (``refresh_tax_figures``), leaving alone those DJP already has.
V7 = """
ALTER TABLE billing ADD COLUMN ppnbm INTEGER NOT NULL DEFAULT 0 CHECK (ppnbm >= 0);
DELETE FROM setting WHERE key = 'tax_rule';
"""


# v8: what Coretax reports back (issue 18), read from its Pajak Keluaran export. One row
# per billing: its faktur as Coretax last showed it (the 17-digit number, empty while
# Coretax has not numbered it), the amounts Coretax reports in whole rupiah, the sentence
# when they differ from the billing's, and the original number a replacement amended.
# A Coretax number is on one billing only, current or amended.
V8 = """
CREATE TABLE coretax_faktur (
    billing_id INTEGER PRIMARY KEY REFERENCES billing(id),
    faktur_no TEXT NOT NULL DEFAULT ''
        CHECK (faktur_no = '' OR (length(faktur_no) = 17 AND faktur_no NOT GLOB '*[^0-9]*')),
    faktur_date DATE,
    status TEXT NOT NULL CHECK (status IN ('created', 'approved', 'amended',
        'waiting_for_amendment', 'waiting_for_cancellation', 'canceled', 'rejected',
        'needs_review')),
    dpp INTEGER,
    other_dpp INTEGER,
    ppn INTEGER,
    ppnbm INTEGER,
    mismatch TEXT NOT NULL DEFAULT '',
    amended_no TEXT NOT NULL DEFAULT ''
        CHECK (amended_no = '' OR (length(amended_no) = 17 AND amended_no NOT GLOB '*[^0-9]*')),
    imported_at DATETIME NOT NULL
);
CREATE UNIQUE INDEX coretax_faktur_number ON coretax_faktur(faktur_no) WHERE faktur_no <> '';
CREATE UNIQUE INDEX coretax_faktur_amended ON coretax_faktur(amended_no) WHERE amended_no <> '';
CREATE TRIGGER coretax_faktur_number_once BEFORE INSERT ON coretax_faktur
WHEN NEW.faktur_no <> '' AND EXISTS (SELECT 1 FROM coretax_faktur WHERE amended_no = NEW.faktur_no)
BEGIN SELECT RAISE(ABORT, 'a Coretax faktur number is on one billing only'); END;
CREATE TRIGGER coretax_faktur_number_once_update BEFORE UPDATE OF faktur_no ON coretax_faktur
WHEN NEW.faktur_no <> '' AND EXISTS (
    SELECT 1 FROM coretax_faktur WHERE amended_no = NEW.faktur_no AND billing_id <> NEW.billing_id)
BEGIN SELECT RAISE(ABORT, 'a Coretax faktur number is on one billing only'); END;
"""


# v9: what the user declares doing in Coretax (issue 18): cancelling an approved faktur
# (with one of the three reasons PER-11/PJ/2025 names), replacing one (the reason and
# what changes), or deleting a draft Coretax never approved. The next import closes a
# cancellation or a replacement; a deleted draft is closed by the declaration itself.
# Kept as declared, like the history: a later declaration is a new row.
V9 = """
CREATE TABLE coretax_request (
    id INTEGER PRIMARY KEY,
    billing_id INTEGER NOT NULL REFERENCES billing(id),
    kind TEXT NOT NULL CHECK (kind IN ('cancel', 'replace', 'draft_deleted')),
    reason TEXT NOT NULL CHECK (reason IN ('transaction_cancelled', 'not_to_be_invoiced',
        'wrong_buyer_identity', 'price', 'quantity', 'description', 'draft')),
    note TEXT NOT NULL DEFAULT '',
    faktur_no TEXT NOT NULL DEFAULT ''
        CHECK (faktur_no = '' OR (length(faktur_no) = 17 AND faktur_no NOT GLOB '*[^0-9]*')),
    requested_at DATETIME NOT NULL
);
CREATE INDEX coretax_request_billing ON coretax_request(billing_id, id);
CREATE TRIGGER coretax_request_kept_update BEFORE UPDATE ON coretax_request
BEGIN SELECT RAISE(ABORT, 'a Coretax declaration is kept as made'); END;
"""


def _run_script(db: peewee.SqliteDatabase, script: str) -> None:
    # executescript() would COMMIT first; run statement by statement instead so the
    # step and its version bump share one transaction.
    import sqlite3

    statement = ""
    for line in script.splitlines(keepends=True):
        statement += line
        if sqlite3.complete_statement(statement):
            if statement.strip():
                db.execute_sql(statement)
            statement = ""
    if statement.strip():
        raise ValueError("migration script ends in an incomplete statement")


def _v1(db: peewee.SqliteDatabase) -> None:
    _run_script(db, V1)


def _v2(db: peewee.SqliteDatabase) -> None:
    _run_script(db, V2)


def _v3(db: peewee.SqliteDatabase) -> None:
    _run_script(db, V3)


def _v4(db: peewee.SqliteDatabase) -> None:
    _run_script(db, V4)


def _v5(db: peewee.SqliteDatabase) -> None:
    _run_script(db, V5)  # needs sha256_hex, which app.models registers on every connection


def _v6(db: peewee.SqliteDatabase) -> None:
    _run_script(db, V6)


def _v7(db: peewee.SqliteDatabase) -> None:
    _run_script(db, V7)


def _v8(db: peewee.SqliteDatabase) -> None:
    _run_script(db, V8)


def _v9(db: peewee.SqliteDatabase) -> None:
    _run_script(db, V9)


STEPS: list[Callable[[peewee.SqliteDatabase], None]] = [_v1, _v2, _v3, _v4, _v5, _v6, _v7, _v8, _v9]
CURRENT_VERSION = len(STEPS)


def schema_version(db: peewee.SqliteDatabase) -> int:
    return int(db.execute_sql("PRAGMA user_version").fetchone()[0])


def pending_steps(db: peewee.SqliteDatabase) -> list[int]:
    return list(range(schema_version(db) + 1, CURRENT_VERSION + 1))


def migrate(db: peewee.SqliteDatabase) -> list[int]:
    """Bring the book to CURRENT_VERSION; returns the versions applied."""
    applied = []
    for version in pending_steps(db):
        with writing():
            STEPS[version - 1](db)
            db.execute_sql(f"PRAGMA user_version = {version:d}")
        applied.append(version)
    return applied

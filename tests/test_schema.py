"""The book's schema: versioned, in step with the models, and guarding the invariants."""

import sqlite3
from datetime import date

import peewee
import pytest

from app.book import _migrations as migrations
from app.book.connection import close_book
from app.book.models import ALL_MODELS, Billing, EfakturNumber, Event, db
from app.common.errors import BookError
from app.desk.demo import GUIDE_INVOICE
from app.desk.opening import open_book


def test_new_book_is_at_the_current_schema_version(book):
    assert migrations.schema_version(db) == migrations.CURRENT_VERSION
    assert migrations.pending_steps(db) == []


def test_every_model_matches_its_table(book):
    for model in ALL_MODELS:
        table = model._meta.table_name
        columns = {c.name for c in db.get_columns(table)}
        fields = {f.column_name for f in model._meta.sorted_fields}
        assert fields == columns, table


def test_every_table_of_the_book_is_checked_against_its_model(book):
    tables = {
        name
        for (name,) in db.execute_sql(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
    }
    assert tables == {model._meta.table_name for model in ALL_MODELS}


def test_reopening_a_book_keeps_its_data(tmp_path):
    path = tmp_path / "b.sqlite"
    open_book(path)
    db.execute_sql("INSERT INTO setting(key, value) VALUES ('x', '1')")
    close_book()
    open_book(path)
    assert db.execute_sql("SELECT value FROM setting WHERE key='x'").fetchone() == ("1",)
    close_book()


def test_a_file_that_is_not_a_book_is_refused(tmp_path):
    path = tmp_path / "letter.sqlite"
    path.write_text("Dear DJP,")
    with pytest.raises(BookError, match="not an SQLite file"):
        open_book(path)


def test_a_book_from_a_newer_version_is_refused(tmp_path):
    path = tmp_path / "future.sqlite"
    con = sqlite3.connect(path)
    con.execute(f"PRAGMA user_version = {migrations.CURRENT_VERSION + 1}")
    con.close()
    with pytest.raises(BookError, match="newer E-Faktur Desk"):
        open_book(path)


def _two_billings(demo):
    guide = Billing.get(Billing.invoice_no == GUIDE_INVOICE)
    draft = Billing.get(Billing.invoice_no == "INV-FPY-032300406")
    return guide, draft


def test_database_refuses_one_number_on_two_billings(demo):
    guide, draft = _two_billings(demo)
    # Even bypassing the services (and the state check) the unique index holds.
    db.execute_sql("DROP TRIGGER billing_takes_available_number")
    with pytest.raises(peewee.IntegrityError, match="UNIQUE"):
        db.execute_sql(
            "UPDATE billing SET efaktur_number_id = ? WHERE id = ?",
            (guide.efaktur_number_id, draft.id),
        )


def test_database_refuses_a_number_that_is_not_available(demo):
    guide, draft = _two_billings(demo)
    with pytest.raises(peewee.IntegrityError, match="not available"):
        db.execute_sql(
            "UPDATE billing SET efaktur_number_id = ? WHERE id = ?",
            (guide.efaktur_number_id, draft.id),
        )


def test_database_refuses_to_release_an_uploaded_number(demo):
    uploaded = Billing.get(Billing.invoice_no == "INV-FPY-032300401")
    with pytest.raises(peewee.IntegrityError, match="uploaded"):
        db.execute_sql("UPDATE billing SET efaktur_number_id = NULL WHERE id = ?", (uploaded.id,))
    with pytest.raises(peewee.IntegrityError, match="uploaded"):
        db.execute_sql(
            "UPDATE efaktur_number SET state = 'available' WHERE id = ?",
            (uploaded.efaktur_number_id,),
        )
    assert EfakturNumber.get_by_id(uploaded.efaktur_number_id).state == "uploaded"


def test_database_refuses_to_delete_a_billing_holding_a_number(demo):
    guide, _ = _two_billings(demo)
    with pytest.raises(peewee.IntegrityError, match="holding an e-Faktur number"):
        guide.delete_instance()


def test_history_cannot_be_edited(demo):
    event = Event.select().first()
    with pytest.raises(peewee.IntegrityError, match="history"):
        db.execute_sql("UPDATE event SET summary = 'nothing happened' WHERE id = ?", (event.id,))
    with pytest.raises(peewee.IntegrityError, match="history"):
        event.delete_instance()


def test_dates_are_dates_and_money_is_integer_rupiah(demo):
    guide, _ = _two_billings(demo)
    assert isinstance(guide.invoice_date, date)
    assert isinstance(guide.total, int) and guide.total == 6_160_500


def _counted_available() -> dict[int, int]:
    rows = db.execute_sql(
        "SELECT g.id, (SELECT COUNT(*) FROM efaktur_number n "
        "WHERE n.range_id = g.id AND n.state = 'available') FROM efaktur_range g"
    ).fetchall()
    return dict(rows)


def _stored_available() -> dict[int, int]:
    return dict(db.execute_sql("SELECT id, available FROM efaktur_range").fetchall())


def test_each_range_keeps_its_available_count_whatever_changes_its_numbers(demo):
    assert _stored_available() == _counted_available() == {1: 72, 2: 76}
    guide = Billing.get(Billing.invoice_no == GUIDE_INVOICE)
    from app.billings import billing_actions

    billing_actions.cancel_billing(guide.id)
    billing_actions.cancel_efaktur_no(guide.id)
    assert _stored_available() == _counted_available() == {1: 72, 2: 77}
    db.execute_sql("DELETE FROM efaktur_number WHERE counter = 12345699")
    assert _stored_available() == _counted_available() == {1: 72, 2: 76}


def test_a_range_cannot_be_narrowed_over_its_numbers(demo):
    with pytest.raises(peewee.IntegrityError, match="outside it"):
        db.execute_sql("UPDATE efaktur_range SET end_counter = 12345650")
    with pytest.raises(peewee.IntegrityError, match="outside its range"):
        db.execute_sql(
            "INSERT INTO efaktur_number(range_id, year, counter) VALUES (1, 2026, 12345700)"
        )


def test_a_version_1_book_upgrades_with_its_counts(tmp_path):
    path = tmp_path / "v1.sqlite"
    con = sqlite3.connect(path)
    con.executescript(migrations.V1)
    con.execute("INSERT INTO efaktur_range VALUES (1, 2026, 10, 14, NULL, '', '2026-01-01')")
    con.executemany(
        "INSERT INTO efaktur_number(range_id, year, counter, state) VALUES (1, 2026, ?, ?)",
        [
            (10, "assigned"),
            (11, "available"),
            (12, "available"),
            (13, "uploaded"),
            (14, "available"),
        ],
    )
    con.execute("PRAGMA user_version = 1")
    con.commit()
    con.close()
    open_book(path)
    try:
        assert migrations.schema_version(db) == migrations.CURRENT_VERSION
        assert _stored_available() == {1: 3}
        backups = list((tmp_path / "backups").glob("v1-*-before-upgrade.sqlite"))
        assert backups, "no backup before upgrading"
    finally:
        close_book()


def _v6_book_with_a_luxury_billing(path):
    """A book of version 6 made by the frozen steps, as that version left it: one issued
    luxury billing whose total left PPnBM out, and one paid the same way."""
    from app.book.database import sha256_hex

    con = sqlite3.connect(path)
    con.create_function("sha256_hex", 1, sha256_hex, deterministic=True)
    for script in (migrations.V1, migrations.V2, migrations.V3, migrations.V4, migrations.V5):
        con.executescript(script)
    con.executescript(migrations.V6)
    con.execute("INSERT INTO customer(id, name) VALUES (1, 'PT Mewah')")
    for bid, no, status, paid in ((1, "INV-LUX", "unpaid", 0), (2, "INV-PAID", "paid", 2_240_000)):
        con.execute(
            "INSERT INTO billing(id, invoice_no, customer_id, invoice_date, due_date, status, "
            "dpp, ppn, total, paid_amount, created_at) VALUES "
            "(?, ?, 1, '2026-11-02', '2026-12-02', ?, 2000000, 240000, 2240000, ?, '2026-11-02')",
            (bid, no, status, paid),
        )
        con.execute(
            "INSERT INTO billing_line(billing_id, position, name, quantity, unit_price, "
            "discount_percent, luxury, stlg_rate) "
            "VALUES (?, 1, 'Mobil', '2', '1000000', '0', 1, '20')",
            (bid,),
        )
    con.execute("INSERT INTO setting(key, value) VALUES ('tax_rule', 'ppn-of-printed-dpp')")
    con.execute("PRAGMA user_version = 6")
    con.commit()
    con.close()


def test_a_version_6_book_gets_each_billings_ppnbm_from_its_lines(tmp_path):
    path = tmp_path / "v6.sqlite"
    _v6_book_with_a_luxury_billing(path)
    open_book(path)
    try:
        assert migrations.schema_version(db) == migrations.CURRENT_VERSION
        figures = {b.invoice_no: (b.dpp, b.ppn, b.ppnbm, b.total) for b in Billing.select()}
        assert figures == {
            "INV-LUX": (2_000_000, 240_000, 400_000, 2_640_000),
            "INV-PAID": (2_000_000, 240_000, 400_000, 2_240_000),  # the total billed and paid
        }
        changed = Event.select().where(Event.action == "tax_recomputed")
        assert sorted(e.summary for e in changed) == [
            "INV-LUX: tax figures worked out again",
            "INV-PAID: tax figures worked out again",
        ]
    finally:
        close_book()
    open_book(path)  # once: a second opening changes nothing more
    try:
        assert Event.select().where(Event.action == "tax_recomputed").count() == 2
    finally:
        close_book()


def test_the_book_refuses_a_negative_ppnbm(book):
    with pytest.raises(peewee.IntegrityError):
        db.execute_sql("INSERT INTO customer(name) VALUES ('X')")
        db.execute_sql(
            "INSERT INTO billing(invoice_no, customer_id, invoice_date, due_date, ppnbm, "
            "created_at) VALUES ('N', 1, '2026-11-02', '2026-11-02', -1, '2026-11-02')"
        )


def test_a_version_7_book_upgrades_with_its_billings_and_no_coretax_record(tmp_path):
    path = tmp_path / "v7.sqlite"
    _v6_book_with_a_luxury_billing(path)
    con = sqlite3.connect(path)
    con.executescript(migrations.V7)
    con.execute("PRAGMA user_version = 7")
    con.commit()
    con.close()
    open_book(path)
    try:
        assert migrations.schema_version(db) == migrations.CURRENT_VERSION
        assert sorted(b.invoice_no for b in Billing.select()) == ["INV-LUX", "INV-PAID"]
        assert db.execute_sql("SELECT COUNT(*) FROM coretax_faktur").fetchone() == (0,)
    finally:
        close_book()


def _coretax_row(billing_id: int, faktur_no: str, amended_no: str = "") -> None:
    db.execute_sql(
        "INSERT INTO coretax_faktur(billing_id, faktur_no, status, amended_no, imported_at) "
        "VALUES (?, ?, 'approved', ?, '2026-11-25')",
        (billing_id, faktur_no, amended_no),
    )


def test_a_coretax_number_is_on_one_billing_only(book):
    db.execute_sql("INSERT INTO customer(name) VALUES ('X')")
    for no in ("A", "B", "C"):
        db.execute_sql(
            "INSERT INTO billing(invoice_no, customer_id, invoice_date, due_date, created_at) "
            "VALUES (?, 1, '2026-11-02', '2026-11-02', '2026-11-02')",
            (no,),
        )
    _coretax_row(1, "04012600000000001", amended_no="04002600000000001")
    for billing_id, faktur_no in ((2, "04012600000000001"), (3, "04002600000000001")):
        with pytest.raises(peewee.IntegrityError):
            _coretax_row(billing_id, faktur_no)
    with pytest.raises(peewee.IntegrityError):
        _coretax_row(2, "0401260000000001")  # 16 digits


def test_a_version_8_book_upgrades_with_its_coretax_records_and_no_declaration(tmp_path):
    path = tmp_path / "v8.sqlite"
    _v6_book_with_a_luxury_billing(path)
    con = sqlite3.connect(path)
    con.executescript(migrations.V7 + migrations.V8)
    con.execute(
        "INSERT INTO coretax_faktur(billing_id, faktur_no, status, imported_at) "
        "VALUES (1, '04002600000000001', 'approved', '2026-11-25')"
    )
    con.execute("PRAGMA user_version = 8")
    con.commit()
    con.close()
    open_book(path)
    try:
        assert migrations.schema_version(db) == 9
        assert db.execute_sql("SELECT faktur_no FROM coretax_faktur").fetchall() == [
            ("04002600000000001",)
        ]
        assert db.execute_sql("SELECT COUNT(*) FROM coretax_request").fetchone() == (0,)
    finally:
        close_book()


def test_a_coretax_declaration_is_kept_as_made_and_names_a_known_reason(book):
    db.execute_sql("INSERT INTO customer(name) VALUES ('X')")
    db.execute_sql(
        "INSERT INTO billing(invoice_no, customer_id, invoice_date, due_date, created_at) "
        "VALUES ('A', 1, '2026-11-02', '2026-11-02', '2026-11-02')"
    )
    insert = (
        "INSERT INTO coretax_request(billing_id, kind, reason, requested_at) "
        "VALUES (1, ?, ?, '2026-11-25')"
    )
    db.execute_sql(insert, ("cancel", "transaction_cancelled"))
    with pytest.raises(peewee.IntegrityError):
        db.execute_sql(insert, ("cancel", "changed my mind"))
    with pytest.raises(peewee.IntegrityError):
        db.execute_sql("UPDATE coretax_request SET reason = 'price'")

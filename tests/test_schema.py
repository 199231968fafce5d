"""The book's schema: versioned, in step with the models, and guarding the invariants."""

import sqlite3
from datetime import date

import peewee
import pytest

from app import migrations
from app.book import close_book, open_book
from app.demo import GUIDE_INVOICE
from app.errors import BookError
from app.models import ALL_MODELS, Billing, EfakturNumber, Event, db


def test_new_book_is_at_the_current_schema_version(book):
    assert migrations.schema_version(db) == migrations.CURRENT_VERSION
    assert migrations.pending_steps(db) == []


def test_every_model_matches_its_table(book):
    for model in ALL_MODELS:
        table = model._meta.table_name
        columns = {c.name for c in db.get_columns(table)}
        fields = {f.column_name for f in model._meta.sorted_fields}
        assert fields == columns, table


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
    assert isinstance(guide.total, int) and guide.total == 6_105_000

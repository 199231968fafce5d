"""History that cannot be rewritten: REPLACE is refused, and each entry carries a hash of
itself and of the entry before it, so an entry forged, rewritten, back-dated or removed
by hand in a sqlite shell is named by ``history verify`` and Help > Check History."""

import shutil
import sqlite3
from pathlib import Path

import peewee
import pytest
from PySide6.QtGui import QAction

from app.billings import billing_actions
from app.book import history
from app.book.connection import close_book
from app.book.models import Billing, EfakturFile, Event, db
from app.cli.main import main
from app.desk.demo import GUIDE_INVOICE
from app.desk.opening import open_book
from app.efaktur import efaktur_files

V1_BOOK = Path(__file__).parent / "fixtures" / "book-v1.sqlite"
COLUMNS = "at, entity, entity_id, billing_id, number_id, action, summary, reason, before, after"


def summaries() -> list[str]:
    return [e.summary for e in Event.select().order_by(Event.id)]


@pytest.mark.parametrize(
    "statement",
    [
        f"INSERT OR REPLACE INTO event(id, {COLUMNS}) "
        "SELECT id, at, entity, entity_id, billing_id, number_id, action, 'nothing happened', "
        "reason, before, after FROM event WHERE id = 5",
        f"REPLACE INTO event(id, {COLUMNS}) SELECT id, at, entity, entity_id, billing_id, "
        "number_id, action, 'nothing happened', reason, before, after FROM event",
        "INSERT OR REPLACE INTO efaktur_file(id, number_id, billing_id, file_name, sha256, "
        "size, transaction_code, status_digit, uploaded_at) SELECT id, number_id, billing_id, "
        "'other.pdf', 'x', 1, '01', 1, uploaded_at FROM efaktur_file WHERE id = 1",
        "INSERT OR REPLACE INTO efaktur_file(number_id, billing_id, file_name, sha256, size, "
        "transaction_code, status_digit, uploaded_at) SELECT number_id, billing_id, 'b.pdf', "
        "sha256, 1, '01', 1, uploaded_at FROM efaktur_file WHERE id = 1",
        "UPDATE OR REPLACE efaktur_file SET billing_id = 1 WHERE id = 1",
        "INSERT OR REPLACE INTO efaktur_number(id, range_id, year, counter, state) "
        "SELECT id, range_id, year, counter, 'available' FROM efaktur_number "
        "WHERE state = 'uploaded' LIMIT 1",
        "INSERT OR REPLACE INTO efaktur_range(id, year, start_counter, end_counter, "
        "created_at, available) SELECT id, year + 1, start_counter, end_counter, created_at, "
        "end_counter - start_counter + 1 FROM efaktur_range LIMIT 1",
        "UPDATE OR REPLACE efaktur_range SET id = (SELECT MAX(id) FROM efaktur_range) "
        "WHERE id = (SELECT MIN(id) FROM efaktur_range)",
        "INSERT OR REPLACE INTO billing(invoice_no, customer_id, invoice_date, due_date, "
        f"created_at) VALUES ('{GUIDE_INVOICE}', 1, '2026-11-25', '2026-11-25', '2026-11-25')",
        "UPDATE OR REPLACE billing SET invoice_no = 'INV-FPY-032300401' "
        f"WHERE invoice_no = '{GUIDE_INVOICE}'",
    ],
)
def test_replace_cannot_get_round_the_triggers_that_keep_rows(demo, statement):
    kept = {
        "history": summaries(),
        "files": db.execute_sql("SELECT * FROM efaktur_file ORDER BY id").fetchall(),
        "numbers": db.execute_sql("SELECT * FROM efaktur_number ORDER BY id").fetchall(),
        "billings": db.execute_sql("SELECT id, invoice_no FROM billing ORDER BY id").fetchall(),
        "ranges": db.execute_sql("SELECT * FROM efaktur_range ORDER BY id").fetchall(),
    }
    with pytest.raises(peewee.IntegrityError, match="never|cannot be changed"):
        db.execute_sql(statement)
    assert kept == {
        "history": summaries(),
        "files": db.execute_sql("SELECT * FROM efaktur_file ORDER BY id").fetchall(),
        "numbers": db.execute_sql("SELECT * FROM efaktur_number ORDER BY id").fetchall(),
        "billings": db.execute_sql("SELECT id, invoice_no FROM billing ORDER BY id").fetchall(),
        "ranges": db.execute_sql("SELECT * FROM efaktur_range ORDER BY id").fetchall(),
    }


def test_the_replace_door_is_shut_for_a_plain_sqlite3_shell_too(demo):
    close_book()
    con = sqlite3.connect(demo)  # no pragmas of ours: recursive_triggers is off here
    with pytest.raises(sqlite3.IntegrityError, match="history cannot be changed"):
        con.execute(
            f"INSERT OR REPLACE INTO event(id, {COLUMNS}) VALUES "
            "(5, '2026-11-25', 'billing', 1, 1, 1, 'issued', 'nothing happened', '', NULL, NULL)"
        )
    with pytest.raises(sqlite3.IntegrityError, match="never deleted or replaced"):
        con.execute(
            "REPLACE INTO efaktur_file(id, number_id, billing_id, file_name, sha256, size, "
            "transaction_code, status_digit, uploaded_at) VALUES "
            "(1, 1, 1, 'x.pdf', 'x', 1, '01', 1, '2026-11-25')"
        )
    with pytest.raises(sqlite3.IntegrityError, match="range is never replaced"):
        con.execute(  # a range's year and count rewritten past range_keeps_its_numbers
            "INSERT OR REPLACE INTO efaktur_range(id, year, start_counter, end_counter, "
            "created_at, available) SELECT id, year + 1, start_counter, end_counter, "
            "created_at, 999999 FROM efaktur_range LIMIT 1"
        )
    con.close()
    open_book(demo)


def test_a_withdrawn_file_can_be_withdrawn_only_once_and_never_put_back(demo):
    record = efaktur_files.withdraw(EfakturFile.select().first().id, "wrong file")
    with pytest.raises(peewee.IntegrityError, match="never deleted or replaced"):
        db.execute_sql("UPDATE efaktur_file SET withdrawn_at = NULL WHERE id = ?", (record.id,))


def test_every_way_of_writing_history_seals_it(demo):
    guide = Billing.get(Billing.invoice_no == GUIDE_INVOICE)
    billing_actions.cancel_billing(guide.id)  # bulk writer (record_many)
    billing_actions.cancel_efaktur_no(guide.id)  # one entry (record)
    draft = Billing.get(Billing.invoice_no == "INV-FPY-032300406")
    billing_actions.issue_billings([draft.id])
    assert Event.select().where(Event.hash.is_null()).count() == 0
    check = history.verify()
    assert check.sound, check.text
    count = Event.select().count()
    assert check.text == (
        f"The history is sound: {count:,} entries, each as it was written and linked to "
        "the one before it."
    )


def test_an_old_book_has_its_history_hashed_in_order_when_upgraded(tmp_path):
    path = tmp_path / "v1.sqlite"
    shutil.copy(V1_BOOK, path)
    open_book(path)
    try:
        hashes = [e.hash for e in Event.select().order_by(Event.id)]
        assert len(hashes) == 2 and all(hashes) and hashes[0] != hashes[1]
        assert history.verify().sound
        db.execute_sql("DROP TRIGGER event_is_append_only_update")
        db.execute_sql("UPDATE event SET reason = 'tidak salah' WHERE id = 2")
        assert history.verify().entry_id == 2
    finally:
        close_book()


def _drop_the_guards() -> None:
    """What an attacker with a sqlite shell does first."""
    for trigger in (
        "event_is_append_only_update",
        "event_is_append_only_delete",
        "event_never_replaced",
    ):
        db.execute_sql(f"DROP TRIGGER {trigger}")


FORGERIES = {
    "rewritten": (
        ["UPDATE event SET summary = 'INV-FPY-032300401 cancelled' WHERE id = 5"],
        5,
        "“INV-FPY-032300401 cancelled”) no longer matches the hash it was written with: it "
        "was rewritten, or forged, by hand.",
    ),
    "removed": (
        ["DELETE FROM event WHERE id = 7"],
        7,
        "entry 7 was removed (the entry after entry 6 is entry 8 (",
    ),
    "the first removed": (
        ["DELETE FROM event WHERE id = 1"],
        1,
        "entry 1 was removed (the history now begins with entry 2 (",
    ),
    "back-dated": (
        ["UPDATE event SET at = '2020-01-02 08:00:00' WHERE id = 9"],
        9,
        "entry 9 (02 Jan 2020, ",
    ),
    "forged": (
        [
            f"INSERT INTO event({COLUMNS}) SELECT at, 'billing', 1, 1, 1, 'cancelled', "
            "'INV-FPY-032300401 cancelled', '', NULL, NULL FROM event ORDER BY id DESC LIMIT 1"
        ],
        None,  # the new last entry
        "was not written by E-Faktur Desk (it carries no hash): it was forged by hand.",
    ),
    "forged with a made-up hash": (
        [
            f"INSERT INTO event({COLUMNS}, hash) SELECT at, 'billing', 1, 1, 1, 'cancelled', "
            "'INV-FPY-032300401 cancelled', '', NULL, NULL, hash FROM event "
            "ORDER BY id DESC LIMIT 1"
        ],
        None,
        "no longer matches the hash it was written with: it was rewritten, or forged",
    ),
}


@pytest.mark.parametrize("forgery", list(FORGERIES))
def test_check_names_the_first_entry_forged_by_hand(demo, forgery, capsys):
    statements, entry_id, said = FORGERIES[forgery]
    assert history.verify().sound
    _drop_the_guards()
    for statement in statements:
        db.execute_sql(statement)
    if entry_id is None:
        entry_id = Event.select(peewee.fn.MAX(Event.id)).scalar()
    check = history.verify()
    assert not check.sound and check.entry_id == entry_id
    assert check.text.startswith(f"The history was tampered with: entry {entry_id:,} ")
    assert said in check.text
    if forgery == "back-dated":
        assert check.text.endswith("it was back-dated by hand.")
    close_book()
    assert main(["--db", str(demo), "history", "verify"]) == 2
    out, err = capsys.readouterr()
    assert err == f"efaktur-desk: {check.text}\n" and out == ""
    open_book(demo)


def test_history_verify_exits_0_on_a_sound_book(demo, capsys):
    close_book()
    assert main(["--db", str(demo), "history", "verify"]) == 0
    out, _ = capsys.readouterr()
    assert out.startswith("The history is sound: ")
    open_book(demo)


def test_help_check_history_in_the_window(window, prompts):
    check = window.findChild(QAction, "actionCheckHistory")
    check.trigger()
    assert prompts.informed[-1].startswith("The history is sound: ")
    _drop_the_guards()
    db.execute_sql("UPDATE event SET summary = 'nothing happened' WHERE id = 3")
    check.trigger()
    assert prompts.refused[-1].startswith("The history was tampered with: entry 3 (")


def test_the_newest_entries_removed_are_named_by_the_newest_backup(demo, capsys):
    """What is left after the last entries are removed is still a sound chain; the
    newest backup holds them, so the check against it names the removal."""
    from app.book import backups

    folder = backups.settings_of(demo).folder
    backups.make_backup(demo, backups.MANUAL, folder, 10)
    close_book()
    assert main(["--db", str(demo), "history", "verify"]) == 0
    assert "every entry of the newest backup" in capsys.readouterr()[0]
    open_book(demo)
    _drop_the_guards()
    db.execute_sql("DELETE FROM event WHERE id > (SELECT max(id) - 3 FROM event)")
    assert history.verify().sound  # the chain alone cannot tell
    close_book()
    assert main(["--db", str(demo), "history", "verify"]) == 2
    err = capsys.readouterr()[1]
    assert "the backup of 25 Nov 2026" in err and "entries were removed or rewritten" in err
    open_book(demo)

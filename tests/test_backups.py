"""Backups, restore and upgrades of the book: nothing is lost whatever version it came from."""

import shutil
import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from app import backups, billing_actions, clock, migrations
from app.billings import TAX_RULE, TAX_RULE_KEY
from app.book import close_book, open_book
from app.errors import BookError, Refused
from app.models import Billing, Customer, EfakturRange, Event, db
from tests.conftest import TODAY

FIXTURE = Path(__file__).parent / "fixtures" / "book-v1.sqlite"
NOON = datetime.combine(TODAY, datetime.min.time()).replace(hour=12)


def _folder(book: Path) -> Path:
    return backups.settings_of(book).folder


def _backup(book: Path, kind: str = backups.MANUAL, keep: int = 10) -> Path:
    return backups.make_backup(book, kind, _folder(book), keep)


def test_a_backup_is_a_checked_copy_listed_with_its_date_and_contents(demo):
    billings = Billing.select().count()
    path = _backup(demo)
    assert path.parent == demo.parent / "backups"
    assert path.name == f"book-{clock.now():%Y%m%d-%H%M%S}-manual.sqlite"
    con = sqlite3.connect(path)
    assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert con.execute("PRAGMA journal_mode").fetchone() == ("delete",)  # one file alone
    con.close()
    assert not list(path.parent.glob("*-wal")) and not list(path.parent.glob("*.partial"))
    [listed] = backups.list_backups(demo, path.parent)
    assert (listed.made_at, listed.kind_label, listed.billings) == (
        clock.now(),
        "Backed up by you",
        billings,
    )
    assert listed.numbers == sum(r.end_counter - r.start_counter + 1 for r in EfakturRange)
    assert listed.version == migrations.CURRENT_VERSION


def test_only_the_newest_backups_are_kept(book):
    for hour in range(5):
        clock.fix(NOON + timedelta(hours=hour))
        _backup(book, keep=3)
    kept = backups.list_backups(book, _folder(book))
    assert [b.made_at.hour for b in kept] == [16, 15, 14]


def test_two_backups_in_one_second_are_both_kept(book):
    first, second = _backup(book), _backup(book)
    assert first != second and first.exists() and second.exists()


def test_a_backup_is_due_a_day_after_the_last(book):
    folder = _folder(book)
    assert backups.is_due(book, folder)
    backups.make_backup(book, backups.DAILY, folder, 10)
    assert not backups.is_due(book, folder, clock.now() + timedelta(hours=23))
    assert backups.is_due(book, folder, clock.now() + timedelta(days=1))


def test_restore_brings_back_the_book_and_keeps_the_present_one(demo):
    before = Billing.select().count()
    kept = _backup(demo)
    clock.fix(NOON)
    draft = Billing.get(Billing.status == "draft")
    billing_actions.issue_billing(draft.id)
    Customer.create(name="PT Setelah Backup")

    safety = backups.restore_backup(kept, demo, _folder(demo), 10)

    assert Billing.get_by_id(draft.id).status == "draft"
    assert not Customer.select().where(Customer.name == "PT Setelah Backup").exists()
    assert Billing.select().count() == before
    restored = Event.select().order_by(Event.id.desc()).first()
    assert restored.action == "restored" and kept.name in restored.summary
    # what was there before the restore is itself a backup, listed first
    assert safety.name.endswith("-before-restore.sqlite")
    newest = backups.list_backups(demo, _folder(demo))[0]
    assert newest.path == safety and newest.kind_label == "Before a restore"
    con = sqlite3.connect(safety)
    assert con.execute(
        "SELECT COUNT(*) FROM customer WHERE name = 'PT Setelah Backup'"
    ).fetchone() == (1,)
    con.close()
    assert not Path(f"{demo}.restoring").exists()


@pytest.mark.parametrize(
    "content, says",
    [
        (b"", "not an E-Faktur Desk book"),
        (b"PK\x03\x04 a zip, not a book", "not an E-Faktur Desk book"),
        (b"SQLite format 3\x00" + b"\x00" * 200, "cannot be read"),
    ],
)
def test_a_file_that_is_not_a_sound_book_is_not_restored(demo, tmp_path, content, says):
    bad = tmp_path / "bad.sqlite"
    bad.write_bytes(content)
    billings = Billing.select().count()
    with pytest.raises(Refused, match=says):
        backups.restore_backup(bad, demo, _folder(demo), 10)
    assert Billing.select().count() == billings
    assert backups.list_backups(demo, _folder(demo)) == []  # not even a safety backup


def test_a_backup_from_a_newer_program_is_not_restored(demo, tmp_path):
    newer = tmp_path / "newer.sqlite"
    con = sqlite3.connect(newer)
    con.execute("CREATE TABLE billing (id INTEGER)")
    con.execute("CREATE TABLE efaktur_range (start_counter INTEGER, end_counter INTEGER)")
    con.execute(f"PRAGMA user_version = {migrations.CURRENT_VERSION + 1}")
    con.commit()
    con.close()
    with pytest.raises(Refused, match="newer E-Faktur Desk"):
        backups.restore_backup(newer, demo, _folder(demo), 10)


def test_backup_settings_are_checked_and_kept_in_the_book(book, tmp_path):
    chosen = tmp_path / "elsewhere"
    settings = backups.save_settings(book, chosen, 4)
    assert (settings.folder, settings.keep, settings.chosen) == (chosen, 4, True)
    assert backups.settings_of(book) == settings
    assert Event.select().order_by(Event.id.desc()).first().action == "backup_settings_changed"
    with pytest.raises(Refused, match="between 1 and 365"):
        backups.save_settings(book, None, 0)
    a_file = tmp_path / "a-file"
    a_file.write_text("x")
    with pytest.raises(Refused, match="cannot be written"):
        backups.save_settings(book, a_file, 3)
    assert backups.settings_of(book) == settings
    assert backups.save_settings(book, None, 4).folder == book.parent / "backups"


def test_a_backup_folder_that_cannot_be_written_is_a_clear_error(book, tmp_path):
    blocked = tmp_path / "blocked"
    blocked.write_text("a file where the folder should be")
    with pytest.raises(BookError, match="could not be backed up"):
        backups.make_backup(book, backups.MANUAL, blocked, 3)


def _rows(path: Path) -> dict[str, list[tuple]]:
    """Every row of every version-1 table, by the version-1 columns."""
    con = sqlite3.connect(path)
    tables = [
        r[0]
        for r in con.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
        ).fetchall()
    ]
    found = {}
    for table in tables:
        columns = [c[1] for c in con.execute(f"PRAGMA table_info({table})")]
        found[table] = (columns, con.execute(f"SELECT * FROM {table} ORDER BY 1").fetchall())
    con.close()
    return found


def test_a_book_of_the_first_released_schema_upgrades_with_nothing_lost(tmp_path):
    book = tmp_path / "book-v1.sqlite"
    shutil.copy(FIXTURE, book)
    old = _rows(book)
    assert sqlite3.connect(book).execute("PRAGMA user_version").fetchone() == (1,)

    open_book(book)
    try:
        assert migrations.schema_version(db) == migrations.CURRENT_VERSION
        for table, (columns, rows) in old.items():
            now = db.execute_sql(f"SELECT {', '.join(columns)} FROM {table} ORDER BY 1").fetchall()
            if table == "setting":  # the note that its tax figures follow today's rule
                now.remove((TAX_RULE_KEY, TAX_RULE))
            assert now == rows, table
        # what later versions added is filled in from what was there
        assert EfakturRange.get_by_id(1).available == 8
        # and the upgraded book works: the draft takes the number INV-0003 gave back
        draft = Billing.get(Billing.invoice_no == "INV-0004")
        assert billing_actions.issue_billing(draft.id).number == "000-26.12345602"
    finally:
        close_book()
    [before] = backups.list_backups(book, tmp_path / "backups")
    assert before.kind_label == "Before an upgrade" and before.version == 1
    assert _rows(before.path) == old


def test_a_book_from_a_newer_program_is_not_touched(tmp_path):
    book = tmp_path / "future.sqlite"
    shutil.copy(FIXTURE, book)
    con = sqlite3.connect(book)
    con.execute(f"PRAGMA user_version = {migrations.CURRENT_VERSION + 1}")
    con.commit()
    con.close()
    content = book.read_bytes()
    with pytest.raises(BookError, match="newer E-Faktur Desk"):
        open_book(book)
    assert book.read_bytes() == content
    assert not (tmp_path / "backups").exists()


def test_a_read_only_book_file_is_refused_with_the_reason(tmp_path):
    book = tmp_path / "locked-down.sqlite"
    shutil.copy(FIXTURE, book)
    book.chmod(0o444)
    with pytest.raises(BookError, match="marked read-only"):
        open_book(book)
    assert sqlite3.connect(book).execute("PRAGMA user_version").fetchone() == (1,)

"""Backups, restore and upgrades of the book: nothing is lost whatever version it came from."""

import shutil
import sqlite3
from collections import defaultdict
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from app.billings import billing_actions
from app.billings.parties import real_npwp
from app.billings.rules import Action
from app.book import _migrations as migrations
from app.book import backups
from app.book.connection import TAX_RULE, TAX_RULE_KEY, close_book, files_folder, open_book_path
from app.book.models import Billing, Customer, EfakturNumber, EfakturRange, Event, db
from app.common import clock
from app.common.errors import BookError, Refused
from app.desk import opening
from app.desk.opening import open_book
from app.efaktur import efaktur_upload, exports
from tests.conftest import TODAY
from tests.support.pdfs import faktur_pdf

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
    ident = backups.book_id(demo)
    assert len(ident) == 12  # made with the first backup, kept in the book
    assert path.name == f"book-{ident}-{clock.now():%Y%m%d-%H%M%S}-manual.sqlite"
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

    safety = opening.restore_backup(kept, demo, _folder(demo), 10).safety

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
        opening.restore_backup(bad, demo, _folder(demo), 10)
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
        opening.restore_backup(newer, demo, _folder(demo), 10)


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


# the id naming the book's backups is added to the book by its first backup
_OLD = defaultdict(str, setting=" WHERE key != 'book.id'")


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
        rows = con.execute(f"SELECT * FROM {table}{_OLD[table]} ORDER BY 1").fetchall()
        found[table] = (columns, rows)
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
            chosen = f"SELECT {', '.join(columns)} FROM {table}{_OLD[table]} ORDER BY 1"
            now = db.execute_sql(chosen).fetchall()
            if table == "setting":  # the note that its tax figures follow today's rule,
                now.remove((TAX_RULE_KEY, TAX_RULE))
                now.remove(("coretax.from", "desktop"))  # and that it keeps its NSFP (v6)
            assert now == rows, table
        # what later versions added is filled in from what was there
        assert EfakturRange.get_by_id(1).available == 8
        # and the upgraded book works: the draft takes the number INV-0003 cancelled
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


# -- backups that belong to one book -------------------------------------------------


def _make_book(folder: Path) -> Path:
    folder.mkdir()
    book = open_book(folder / "book.sqlite")
    close_book()
    return book


def test_two_books_of_one_name_in_one_folder_keep_to_their_own_backups(tmp_path):
    shared = tmp_path / "usb" / "backups"
    shared.mkdir(parents=True)
    first, second = _make_book(tmp_path / "office"), _make_book(tmp_path / "home")
    old_style = shared / "book-20261120-090000-daily.sqlite"  # named before books had an id
    shutil.copy(first, old_style)
    for hour in range(3):
        clock.fix(NOON + timedelta(hours=hour))
        backups.make_backup(first, backups.DAILY, shared, 3)
    for hour in range(3, 5):
        clock.fix(NOON + timedelta(hours=hour))
        backups.make_backup(second, backups.DAILY, shared, 3)

    assert backups.book_id(first) != backups.book_id(second)
    own = [b for b in backups.list_backups(first, shared) if not b.legacy]
    assert [b.made_at.hour for b in own] == [14, 13, 12]  # none of them pruned by the other
    assert all(backups.book_id(first) in b.path.name for b in own)
    others = [b for b in backups.list_backups(second, shared) if not b.legacy]
    assert [b.made_at.hour for b in others] == [16, 15]
    # the old-style backup may be either book's: listed, marked, never counted or pruned
    [legacy] = [b for b in backups.list_backups(first, shared) if b.legacy]
    assert legacy.path == old_style
    clock.fix(NOON + timedelta(hours=5))
    backups.make_backup(second, backups.DAILY, shared, 1)
    assert old_style.exists() and len(list(shared.glob("*.sqlite"))) == 5
    assert not backups.is_due(second, shared)
    assert backups.is_due(first, shared, NOON.replace(day=27))


# -- a backup folder that is not there or cannot be written ---------------------------


def test_a_backup_folder_whose_drive_is_gone_is_not_made_again_on_the_local_disk(book, tmp_path):
    usb = tmp_path / "usb-drive"
    chosen = backups.save_settings(book, usb / "backups", 10)
    shutil.rmtree(usb)  # the drive was unplugged
    with pytest.raises(BookError, match="is not there"):
        backups.make_backup(book, backups.DAILY, chosen.folder, chosen.keep)
    made = backups.back_up(book, backups.DAILY, chosen)
    assert not usb.exists()  # nothing made where the drive was
    assert made.path.parent == book.parent / "backups"
    assert made.note == (
        f"The backup folder {usb / 'backups'} is not there (is its drive plugged in?), so this "
        f"backup was kept in {book.parent / 'backups'}."
    )


def test_a_backup_folder_made_read_only_is_said_to_be_unwritable(book, tmp_path):
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        with pytest.raises(BookError) as refused:
            backups.make_backup(book, backups.MANUAL, folder, 3)
    finally:
        folder.chmod(0o755)
    assert f"The backup folder {folder} cannot be written" in str(refused.value)
    assert "unable to open" not in str(refused.value)
    assert list(folder.iterdir()) == []


def test_a_book_opened_read_only_makes_and_prunes_no_backup(demo):
    folder = _folder(demo)
    _backup(demo)
    before = sorted(folder.iterdir())
    close_book()
    open_book(demo, read_only=True)
    with pytest.raises(BookError, match="read-only here"):
        backups.make_backup(demo, backups.MANUAL, folder, 1)
    with pytest.raises(Refused, match="read-only here"):
        backups.save_settings(demo, folder / "elsewhere", 1)
    assert sorted(folder.iterdir()) == before


# -- restoring keeps what DJP already has ---------------------------------------------

SELLER = "022732101075000"  # the demo company's NPWP


def upload_approved_pdf(billing: Billing, folder: Path) -> str:
    """The approved PDF of ``billing``'s faktur, uploaded as DJP names it; its number."""
    billing = Billing.get_by_id(billing.id)
    number = str(EfakturNumber.get_by_id(billing.efaktur_number_id))
    digits = number.replace("-", "").replace(".", "")
    buyer = real_npwp(billing.customer.npwp) or "0" * 15
    path = folder / f"{SELLER}-{billing.transaction_code}0{digits}-{buyer}-1.pdf"
    path.write_bytes(faktur_pdf(f"{billing.transaction_code}0.{number}", billing.invoice_no))
    matches = efaktur_upload.match_offered(efaktur_upload.read_offered([path]))
    assert efaktur_upload.attach_matched(matches, files_folder(open_book_path())) == 1
    return number


def test_restoring_an_older_backup_keeps_what_djp_already_has(demo, tmp_path):
    kept = _backup(demo)
    guide = Billing.get(Billing.invoice_no == "INV-FPY-032300400")
    partly = Billing.get(Billing.invoice_no == "INV-FPY-032300403")
    draft = Billing.get(Billing.invoice_no == "INV-FPY-032300406")
    exports.export_csv([guide.id, partly.id], tmp_path / "march.csv")
    assert upload_approved_pdf(guide, tmp_path) == "000-26.12345619"
    billing_actions.issue_billing(draft.id)  # takes a number the backup has free
    taken = upload_approved_pdf(draft, tmp_path)

    forgotten = backups.forgotten_by(kept, demo)
    assert forgotten.uploads == [
        "000-26.12345619 (INV-FPY-032300400)",
        f"{taken} (INV-FPY-032300406)",
    ]
    assert forgotten.exports == ["march.csv of 25 Nov 2026 (2 fakturs)"]
    assert forgotten.numbers == [f"{taken} (INV-FPY-032300406)"]
    assert "000-26.12345619 (INV-FPY-032300400)" in forgotten.text()

    recovered = opening.restore_backup(kept, demo, _folder(demo), 10).recovered

    assert recovered.attached == ["000-26.12345619 (INV-FPY-032300400)"]
    assert recovered.kept_out == [taken]
    assert recovered.exports == ["march.csv of 25 Nov 2026 (2 fakturs)"]
    assert "Attached again from the files folder" in recovered.text()
    # 619 stays uploaded: after Cancel, Cancel E-Faktur No is refused with the reason
    billing_actions.cancel_billing(guide.id)
    refused = billing_actions.verdict(guide.id, Action.CANCEL_EFAKTUR_NO)
    assert not refused and "e-Faktur file uploaded" in refused.reason
    # the number DJP approved for 406 is out of the pool: issuing 406 again takes another
    assert Billing.get_by_id(draft.id).status == "draft"
    assert billing_actions.issue_billing(draft.id).number != taken
    # 403 went to DJP already: exporting it again asks first
    assert exports.plan_export([partly.id]).exported_before


def test_a_restore_that_forgets_nothing_says_nothing_more(demo):
    kept = _backup(demo)
    assert not backups.forgotten_by(kept, demo)
    recovered = opening.restore_backup(kept, demo, _folder(demo), 10).recovered
    assert recovered.text() == ""
    assert backups.book_id(demo) in kept.name  # the restored book goes on as this book


def test_an_upgrade_whose_backup_drive_is_gone_backs_up_beside_the_book(tmp_path):
    book = tmp_path / "book.sqlite"
    shutil.copy(FIXTURE, book)
    gone = tmp_path / "usb" / "backups"
    con = sqlite3.connect(book)
    con.execute("INSERT INTO setting(key, value) VALUES ('backup.folder', ?)", (str(gone),))
    con.commit()
    con.close()
    open_book(book)  # version 1: backed up before the upgrade
    close_book()
    assert not (tmp_path / "usb").exists()
    [made] = (tmp_path / "backups").glob("book-*-before-upgrade.sqlite")
    assert sqlite3.connect(made).execute("PRAGMA user_version").fetchone() == (1,)


def _available(number: str) -> bool:
    year, counter = number.split("-")[1].split(".")
    return (
        EfakturNumber.get(
            (EfakturNumber.year == 2000 + int(year)) & (EfakturNumber.counter == int(counter))
        ).state
        == "available"
    )


def _issue_and_upload_406(folder: Path) -> str:
    draft = Billing.get(Billing.invoice_no == "INV-FPY-032300406")
    billing_actions.issue_billing(draft.id)  # takes a number the backup has free
    return upload_approved_pdf(draft, folder)


def test_restoring_the_same_backup_twice_keeps_out_the_number_djp_approved(demo, tmp_path):
    kept = _backup(demo)
    taken = _issue_and_upload_406(tmp_path)

    first = opening.restore_backup(kept, demo, _folder(demo), 10).recovered
    second = opening.restore_backup(kept, demo, _folder(demo), 10).recovered

    assert first.kept_out == second.kept_out == [taken]
    assert not second.needs_a_look
    assert not _available(taken)
    draft = Billing.get(Billing.invoice_no == "INV-FPY-032300406")
    assert billing_actions.issue_billing(draft.id).number != taken
    # the book says which PDF keeps it out, so the fact outlives the next restore too
    [entry] = Event.select().where(Event.action == "kept_out_after_restore")
    assert "sha256" in entry.after and taken in entry.summary


def _damage(book: Path, at: int) -> None:
    fold = sqlite3.connect(book)
    fold.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    fold.close()
    with book.open("r+b") as fh:
        fh.seek(at)
        fh.write(bytes((i * 151 + 7) % 256 for i in range(8192)))


@pytest.mark.parametrize("at", [100, 50_000], ids=["schema-page", "data-pages"])
def test_restoring_over_a_damaged_book_keeps_out_what_djp_approved(demo, tmp_path, at):
    _backup(demo)
    ident = backups.book_id(demo)
    taken = _issue_and_upload_406(tmp_path)
    close_book()
    _damage(demo, at)

    found = backups.newest_sound_backup(demo, backups.default_folder(demo))
    assert found is not None
    done = opening.restore_over_damaged(found, demo)

    assert done.recovered.kept_out == [taken]
    assert "Kept out of the pool" in done.recovered.text()
    assert not _available(taken)
    assert done.safety.exists() and done.safety.name.startswith("book.sqlite.damaged-")
    if at == 50_000:  # its id could still be read: the restored book goes on with it
        assert backups.book_id(demo) == ident
    assert Event.select().where(Event.action == "restored").count() == 1


def test_a_number_exported_but_not_uploaded_stays_out_of_the_pool_after_restores(demo, tmp_path):
    kept = _backup(demo)
    draft = Billing.get(Billing.invoice_no == "INV-FPY-032300406")
    taken = str(billing_actions.issue_billing(draft.id).number)
    exports.export_csv([draft.id], tmp_path / "december.csv")

    first = opening.restore_backup(kept, demo, _folder(demo), 10).recovered
    assert first.lost_exports == ["december.csv of 25 Nov 2026 (1 fakturs)"]
    assert first.kept_out == [taken]
    [entry] = Event.select().where(Event.action == "kept_out_after_restore")
    assert "december.csv, which e-Faktur holds" in entry.summary
    second = opening.restore_backup(kept, demo, _folder(demo), 10).recovered
    assert second.kept_out == [taken]  # the book as it was had it out: still out

    assert not _available(taken)
    # 406 issued again gets another number, so e-Faktur never sees one number twice
    assert billing_actions.issue_billing(draft.id).number != taken


def test_a_restore_leaves_the_figures_of_fakturs_djp_has_alone(demo, tmp_path):
    exported = Billing.get(Billing.invoice_no == "INV-FPY-032300403")
    # a book kept before the tax rule: its stored PPN is one rupiah off the rule
    db.execute_sql("UPDATE billing SET ppn = ppn + 1 WHERE tax_active AND status != 'draft'")
    db.execute_sql("DELETE FROM setting WHERE key = ?", (TAX_RULE_KEY,))
    figures = {b.id: (b.dpp, b.ppn, b.total) for b in Billing.select()}
    kept = _backup(demo)
    exports.export_csv([exported.id], tmp_path / "march.csv")  # e-Faktur holds its PPN now

    recovered = opening.restore_backup(kept, demo, _folder(demo), 10).recovered

    assert recovered.exports == ["march.csv of 25 Nov 2026 (1 fakturs)"]
    again = Billing.get_by_id(exported.id)
    assert (again.dpp, again.ppn, again.total) == figures[exported.id]
    changed = [b.id for b in Billing.select() if (b.dpp, b.ppn, b.total) != figures[b.id]]
    assert changed and exported.id not in changed  # the others were brought to the rule


def test_a_restore_cut_short_is_finished_when_the_book_is_next_opened(demo, tmp_path, monkeypatch):
    from app.efaktur import restore_recovery

    kept = _backup(demo)
    guide = Billing.get(Billing.invoice_no == "INV-FPY-032300400")
    upload_approved_pdf(guide, tmp_path)
    taken = _issue_and_upload_406(tmp_path)

    def power_cut(_recovered):
        raise OSError("the power went")

    monkeypatch.setattr(restore_recovery, "_carry_exports", power_cut)
    with pytest.raises(backups.RestoreUnfinished, match="The backup is the book now"):
        opening.restore_backup(kept, demo, _folder(demo), 10)
    # one transaction: nothing of the recovery is half done
    assert _available(taken)
    assert not Event.select().where(Event.action == "restored").exists()
    monkeypatch.undo()

    close_book()
    open_book(demo)

    assert not _available(taken)
    assert Event.select().where(Event.action == "restored").count() == 1
    assert Billing.get_by_id(guide.id).files.count() == 1
    close_book()
    open_book(demo)  # finished once: nothing owed any more
    assert Event.select().where(Event.action == "restored").count() == 1


def test_one_rule_says_two_npwps_are_the_same():
    from app.billings import parties

    assert parties.same_npwp("02.273.210.1-075.000", "0022732101075000")
    assert parties.same_npwp("022732101075000", "0022732101075000")
    assert not parties.same_npwp("022732101075000", "122732101075000")
    assert not parties.same_npwp("000000000000000", "022732101075000")
    assert parties.same_company(("PT A", "022732101075000"), ("PT B", "0022732101075000"))
    assert parties.same_company(("PT A ", "000000000000000"), ("pt a", ""))
    assert not parties.same_company(("PT A", ""), ("PT A", "022732101075000"))

"""Backups, restore, one book per program and a book that cannot be used, through the window."""

import hashlib
import os
import shutil
import sqlite3
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QLockFile
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialogButtonBox

from app.billings import billing_actions, parties
from app.billings.rules import Action
from app.book import _migrations as migrations
from app.book import backups, data_folder
from app.book.connection import close_book, files_folder, fold_wal, is_read_only
from app.book.models import Billing, Customer, db
from app.common import paths
from app.common.errors import Refused
from app.desk.demo import build_demo
from app.desk.opening import open_book
from app.efaktur import exports
from tests.test_backups import upload_approved_pdf
from tests.test_window_billings import fill_customer, trigger
from tests.test_window_start import args
from ui import launch
from ui.formatting import READ_ONLY_REASON
from ui.main_window import MainWindow
from ui.settings_dialog import DATA
from ui.single_instance import FrontDoor, bring_to_front


def backups_table_rows(dialog) -> list[list[str]]:
    table = dialog.table
    return [
        [table.item(r, c).text() for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]


def test_back_up_now_and_restore_through_the_window(window, prompts, demo):
    billings = Billing.select().count()
    trigger(window, "actionBackUpNow")
    assert window.statusBar().currentMessage().startswith("Backed up to ")
    draft = Billing.get(Billing.status == "draft")
    billing_actions.issue_billing(draft.id)  # a change made after the backup
    window.refresh_all()

    trigger(window, "actionBackups")
    dialog = window.dialog
    [row] = backups_table_rows(dialog)
    assert row[1] == "Backed up by you" and row[2] == f"{billings:,}"
    prompts.answers = [False]  # asked first; No changes nothing
    trigger(dialog, "actionRestoreBackup")
    assert "Everything done since then leaves the book" in prompts.asked[-1]
    assert Billing.get_by_id(draft.id).status != "draft"

    prompts.answers = [True]
    trigger(dialog, "actionRestoreBackup")
    assert Billing.get_by_id(draft.id).status == "draft"
    assert prompts.informed[-1].startswith("Restored the backup of ")
    kinds = [r[1] for r in backups_table_rows(dialog)]
    assert kinds == ["Before a restore", "Backed up by you"]
    # the window shows the restored book
    window.tabs.setCurrentWidget(window.billings_tab)
    window.billings_tab.search.setText(draft.invoice_no)
    view = window.billings_tab.table
    assert view.model().rowCount() == 1
    assert view.model().row_at(0).status.value == "draft"


def test_backup_folder_and_count_are_chosen_in_the_dialog(window, prompts, demo, tmp_path):
    trigger(window, "actionBackups")
    dialog = window.dialog
    assert dialog.empty_note.isVisible()
    assert not dialog.restore_action.isEnabled()
    assert dialog.restore_action.toolTip() == "Choose the backup to restore."
    elsewhere = tmp_path / "usb-drive"
    prompts.folders = [elsewhere]
    trigger(dialog, "actionChooseBackupFolder")
    assert dialog.folder_label.text() == str(elsewhere)
    dialog.keep.setValue(2)
    for _ in range(3):
        trigger(dialog, "actionBackUpNowInDialog")
    assert len(backups_table_rows(dialog)) == 2
    assert len(list(elsewhere.glob("book-*-manual.sqlite"))) == 2

    prompts.folders = [demo]  # a file, not a folder: refused in words, nothing changes
    trigger(dialog, "actionChooseBackupFolder")
    assert "Backups cannot be written to" in dialog.place.problem.text()
    assert dialog.folder_label.text() == str(elsewhere)
    trigger(dialog, "actionDefaultBackupFolder")
    assert dialog.folder_label.text().endswith("(the default, beside the book)")


def test_the_daily_backup_runs_beside_the_window_once_a_day(window, demo, qtbot):
    thread = window.backup.start_daily()
    assert thread is not None
    qtbot.waitUntil(
        lambda: window.statusBar().currentMessage().startswith("Daily backup made"), timeout=10_000
    )
    assert list((demo.parent / "backups").glob("book-*-daily.sqlite"))
    assert window.backup.start_daily() is None  # not due again today


def test_a_second_copy_brings_the_first_to_the_front(window, demo, prompts, qtbot):
    door = FrontDoor(window, demo)
    assert door.listening
    prompts.choices = [launch.BRING_TO_FRONT]
    with qtbot.waitSignal(door.brought_to_front, timeout=5_000):
        assert launch.when_already_open(demo) is None
    assert "already open in another E-Faktur Desk window" in prompts.asked[-1]


def test_bringing_to_front_with_no_first_copy_says_so(tmp_path, prompts, qapp):
    prompts.choices = [launch.BRING_TO_FRONT]
    assert launch.when_already_open(tmp_path / "nobody.sqlite") is None
    assert "did not answer" in prompts.refused[-1]
    assert not bring_to_front(tmp_path / "nobody.sqlite", timeout_ms=200)


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_second_copy_may_open_the_book_read_only_and_never_writes(demo, qtbot, prompts):
    fold_wal()
    db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    close_book()
    before = _digest(demo)
    first = QLockFile(str(demo) + ".lock")
    assert first.tryLock(100)
    try:
        prompts.choices = [launch.READ_ONLY]
        assert launch.when_already_open(demo) == launch.READ_ONLY
        launch.prepare_book(demo, want_demo=False, read_only=True)
        assert is_read_only()
        window = MainWindow(demo)
        qtbot.addWidget(window)
        window.show()
        assert window.windowTitle().endswith("(read-only)")
        assert window.banner_read_only.isVisible()
        for name in ("actionNewBilling", "actionAddRange", "actionImportBillings"):
            action = window.findChild(QAction, name)
            assert not action.isEnabled() and action.toolTip() == READ_ONLY_REASON
        # looking things up still works, and the detail offers no change
        draft = Billing.get(Billing.status == "draft")
        detail = window.open_billing(draft.id)
        assert all(not a.isEnabled() for a in detail.actions_by_kind.values())
        # even a write that slipped past the window is refused by SQLite, in words
        with pytest.raises(Exception) as refused:
            billing_actions.issue_billing(draft.id)
        assert "read-only" in launch.known_trouble(refused.value)
        detail.close()
        window.close()
    finally:
        close_book()
        first.unlock()
    assert _digest(demo) == before


@pytest.mark.parametrize(
    "make, says",
    [
        (lambda p: p.write_text("Dear DJP, ..."), "not an SQLite file"),
        (lambda p: p.write_bytes(b"SQLite format 3\x00" + bytes(5000)), "is damaged"),
        (
            lambda p: (
                __import__("sqlite3")
                .connect(p)
                .execute(f"PRAGMA user_version = {migrations.CURRENT_VERSION + 1}")
            ),
            "newer E-Faktur Desk",
        ),
    ],
)
def test_a_book_that_cannot_be_used_is_explained_in_a_box(tmp_path, prompts, qapp, make, says):
    book = tmp_path / "book.sqlite"
    make(book)
    content = book.read_bytes()
    assert launch.run_window(args(db=str(book)), book) == 2
    assert says in prompts.refused[-1]
    assert book.read_bytes() == content


def test_a_read_only_book_file_that_needs_an_upgrade_is_explained_in_a_box(tmp_path, prompts, qapp):
    book = tmp_path / "book.sqlite"
    book.write_bytes((Path(__file__).parent / "fixtures" / "book-v1.sqlite").read_bytes())
    book.chmod(0o444)
    assert launch.run_window(args(db=str(book)), book) == 2
    assert "must be upgraded" in prompts.refused[-1]
    assert "marked read-only" in prompts.refused[-1]


def test_a_full_disk_while_saving_is_said_plainly_and_saves_nothing(
    window, prompts, qtbot, tmp_path
):
    customers = Customer.select().count()
    pages = db.execute_sql("PRAGMA page_count").fetchone()[0]
    db.execute_sql(f"PRAGMA max_page_count = {pages}")  # as if the disk filled up now
    try:
        window.tabs.setCurrentWidget(window.customers_tab)
        trigger(window, "actionNewCustomer")
        dialog = window.dialog
        fill_customer(dialog, name="PT Penuh " + "Sekali " * 40_000)
        with qtbot.capture_exceptions() as raised:
            dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
        assert raised, "the save should have failed on the full disk"
        previous = sys.excepthook
        try:
            launch.install_error_hook(window, tmp_path / "logs")
            sys.excepthook(*raised[0])
        finally:
            sys.excepthook = previous
    finally:
        db.execute_sql("PRAGMA max_page_count = 1073741823")
    assert prompts.refused[-1].startswith("The disk is full")
    assert "Nothing was changed" in prompts.refused[-1]
    assert Customer.select().count() == customers
    assert dialog.isVisible()  # what was typed is still there to save again


# -- a read-only window writes nothing anywhere -----------------------------------------


def _open_read_only_beside(book: Path, qtbot) -> tuple[MainWindow, QLockFile]:
    """What a second copy shows after Open Read-Only while ``first`` (the lock) has the book."""
    close_book()
    first = QLockFile(str(book) + ".lock")
    assert first.tryLock(100)
    launch.prepare_book(book, want_demo=False, read_only=True)
    window = MainWindow(book)
    qtbot.addWidget(window)
    window.show()
    return window, first


def test_a_read_only_window_backs_up_nothing_and_keeps_the_language(demo, qtbot, prompts):
    made = backups.make_backup(demo, backups.MANUAL, demo.parent / "backups", 1)
    settings_file = Path(os.environ["EFAKTUR_DESK_SETTINGS"])
    window, first = _open_read_only_beside(demo, qtbot)
    try:
        back_up = window.findChild(QAction, "actionBackUpNow")
        assert not back_up.isEnabled() and back_up.toolTip() == READ_ONLY_REASON
        assert window.backup.back_up_now() is None
        window.findChild(QAction, "actionBackups").trigger()
        in_dialog = window.dialog.findChild(QAction, "actionBackUpNowInDialog")
        assert not in_dialog.isEnabled() and in_dialog.toolTip() == READ_ONLY_REASON
        window.dialog.back_up()
        trigger(window, "actionSettings")
        dialog = window.dialog
        assert not dialog.language.isEnabled() and dialog.language.toolTip() == READ_ONLY_REASON
        window.close()
    finally:
        close_book()
        first.unlock()
    assert [p.name for p in (demo.parent / "backups").iterdir()] == [made.name]
    assert not settings_file.exists()  # not even the window's size and place


# -- moving the data folder is a write ---------------------------------------------------


def test_move_to_is_refused_read_only_and_while_another_window_has_the_book(
    qtbot, prompts, tmp_path
):
    standard = open_book(paths.default_book())
    build_demo(files_folder(standard))
    target = tmp_path / "X"
    window, first = _open_read_only_beside(standard, qtbot)  # window A has the book
    try:
        trigger(window, "actionSettings")
        page = window.dialog.show_page(DATA)
        move = page.findChild(QAction, "actionMoveDataFolder")
        assert not move.isEnabled() and move.toolTip() == READ_ONLY_REASON
        with pytest.raises(Refused, match="read-only here"):
            data_folder.move_data_folder(target)
        window.close()

        # a window on another book (--db) may not move the book window A is writing
        close_book()
        other = open_book(tmp_path / "other.sqlite")
        window = MainWindow(other)
        qtbot.addWidget(window)
        trigger(window, "actionSettings")
        page = window.dialog.show_page(DATA)
        prompts.folders = [target]
        trigger(page, "actionMoveDataFolder")
        assert "is open in another E-Faktur Desk window" in page.problem.text()
        assert paths.data_dir() == paths.standard_data_dir() and not target.exists()
        assert prompts.informed == []

        first.unlock()  # window A closed: now it may move
        prompts.folders = [target]
        trigger(page, "actionMoveDataFolder")
        assert paths.data_dir() == target and (target / "book.sqlite").exists()
        window.close()
    finally:
        close_book()
        first.unlock()


# -- restore: the company, and what DJP already has --------------------------------------


def test_restore_shows_the_company_and_asks_twice_for_another_companys_backup(
    window, prompts, demo
):
    trigger(window, "actionBackUpNow")
    [own] = (demo.parent / "backups").iterdir()
    theirs = own.with_name("book-20261120-090000-manual.sqlite")  # from before backup ids
    shutil.copy(own, theirs)
    con = sqlite3.connect(theirs)
    con.execute("UPDATE company SET name = 'PT Maju Bersama', npwp = '011111111111000'")
    con.commit()
    con.close()

    trigger(window, "actionBackups")
    dialog = window.dialog
    rows = backups_table_rows(dialog)
    assert rows[1][1].startswith("Backed up by you (named before backups carried their book")
    dialog.table.selectRow(1)
    prompts.answers = [True, False]
    trigger(dialog, "actionRestoreBackup")
    assert "Company in the backup: PT Maju Bersama, NPWP 01.111.111.1-111.000." in prompts.asked[0]
    assert "the open book is of PT Faspay Demo Niaga" in prompts.asked[1]
    assert parties.company().name == "PT Faspay Demo Niaga"  # the second No changed nothing

    dialog.table.selectRow(0)  # its own backup: asked once
    prompts.answers = [True]
    trigger(dialog, "actionRestoreBackup")
    assert "Company in the backup: PT Faspay Demo Niaga" in prompts.asked[2]
    assert len(prompts.asked) == 3


def test_restoring_an_older_backup_keeps_619_uploaded_and_says_so(window, prompts, demo, tmp_path):
    trigger(window, "actionBackUpNow")
    guide = Billing.get(Billing.invoice_no == "INV-FPY-032300400")
    partly = Billing.get(Billing.invoice_no == "INV-FPY-032300403")
    exports.export_csv([guide.id, partly.id], tmp_path / "march.csv")
    upload_approved_pdf(guide, tmp_path)

    trigger(window, "actionBackups")
    dialog = window.dialog
    prompts.answers = [True]
    trigger(dialog, "actionRestoreBackup")
    question = prompts.asked[-1]
    assert "e-Faktur files uploaded since: 000-26.12345619 (INV-FPY-032300400)" in question
    assert "Exports since: march.csv of 25 Nov 2026 (2 fakturs)" in question
    told = prompts.informed[-1]
    assert "Attached again from the files folder (still uploaded): 000-26.12345619" in told
    assert "Exports carried over from the book as it was: march.csv" in told

    detail = window.open_billing(guide.id)
    prompts.answers = [True]
    trigger(detail, "actionCancelBilling")
    release = detail.actions_by_kind[Action.CANCEL_EFAKTUR_NO]
    assert not release.isEnabled() and "e-Faktur file uploaded" in release.toolTip()
    detail.close()


def test_a_restore_whose_recovery_stops_says_the_backup_is_the_book_now(
    window, prompts, demo, tmp_path, monkeypatch
):
    from app.book.models import EfakturNumber
    from app.efaktur import restore_recovery

    trigger(window, "actionBackUpNow")
    draft = Billing.get(Billing.invoice_no == "INV-FPY-032300406")
    billing_actions.issue_billing(draft.id)
    taken = upload_approved_pdf(draft, tmp_path)

    def stops(_recovered):
        raise OSError("the disk was pulled out")

    monkeypatch.setattr(restore_recovery, "_carry_exports", stops)
    trigger(window, "actionBackups")
    dialog = window.dialog
    prompts.answers = [True]
    trigger(dialog, "actionRestoreBackup")
    told = prompts.informed[-1]
    assert told.startswith("The backup is the book now") and "tried again" in told
    assert "Nothing was changed" not in told and "Nothing was changed" not in dialog.problem.text()
    assert Billing.get_by_id(draft.id).status == "draft"  # the window shows the restored book

    monkeypatch.undo()  # the next start finishes it
    close_book()
    open_book(demo)
    assert [n.state for n in EfakturNumber.select() if str(n) == taken] == ["uploaded"]


# -- a backup folder that is gone or cannot be written -----------------------------------


def test_a_backup_drive_that_is_gone_is_said_and_the_backup_kept_beside_the_book(
    window, prompts, demo, tmp_path, qtbot
):
    usb = tmp_path / "usb"
    backups.save_settings(demo, usb / "backups", 10)
    shutil.rmtree(usb)  # unplugged
    trigger(window, "actionBackUpNow")
    assert prompts.informed[-1].startswith(f"The backup folder {usb / 'backups'} is not there")
    window.backup.start_daily()
    qtbot.waitUntil(lambda: "Daily backup made" in window.statusBar().currentMessage())
    assert f"kept in {demo.parent / 'backups'}" in window.statusBar().currentMessage()
    assert not usb.exists()
    assert len(list((demo.parent / "backups").glob("book-*.sqlite"))) == 2


def test_back_up_now_into_a_read_only_folder_says_it_cannot_be_written(
    window, prompts, demo, tmp_path
):
    folder = tmp_path / "shared"
    backups.save_settings(demo, folder, 10)
    folder.chmod(0o555)
    try:
        trigger(window, "actionBackUpNow")
    finally:
        folder.chmod(0o755)
    assert prompts.refused[-1].startswith(f"The backup folder {folder} cannot be written")
    assert list(folder.iterdir()) == []

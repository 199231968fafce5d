"""Starting the program: the data folder, the first-start choice, one copy per book."""

import argparse

import pytest
from PySide6.QtCore import QLockFile, QStandardPaths
from PySide6.QtGui import QAction

from app.book.models import Billing, Company
from app.common import paths
from app.common.errors import BookError
from tests.conftest import REAL_STANDARD_DATA_DIR
from ui import launch


def args(**given) -> argparse.Namespace:
    base = {"db": None, "demo": False, "check": False, "command": None}
    return argparse.Namespace(**{**base, **given})


def test_default_book_is_in_the_qt_per_user_data_folder(qapp):
    launch.make_application()
    expected = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    assert str(REAL_STANDARD_DATA_DIR()) == expected  # the tests' own is patched in


@pytest.fixture
def data_dir(tmp_path, monkeypatch):
    monkeypatch.setattr(paths, "data_dir", lambda: tmp_path)
    return tmp_path


def test_first_start_offers_an_empty_or_demo_book(data_dir, prompts, qapp):
    prompts.choices = [launch.DEMO]
    chosen = launch.choose_book(args(), paths.default_book())
    assert chosen == data_dir / "demo.sqlite"
    assert "no book yet" in prompts.asked[-1]
    launch.prepare_book(chosen, want_demo=True)
    assert Billing.select().where(Billing.invoice_no == "INV-FPY-032300400").exists()

    prompts.choices = [launch.EMPTY]
    chosen = launch.choose_book(args(), paths.default_book())
    assert chosen == data_dir / "book.sqlite"
    launch.prepare_book(chosen, want_demo=False)
    assert not Company.select().exists() and not Billing.select().exists()


def test_closing_the_welcome_box_opens_nothing(data_dir, prompts, qapp):
    prompts.choices = [None]
    assert launch.choose_book(args(), paths.default_book()) is None


def test_existing_book_opens_without_asking(data_dir, prompts, qapp):
    paths.default_book().write_bytes(b"")
    assert launch.choose_book(args(), paths.default_book()) == paths.default_book()
    assert prompts.asked == []


def test_demo_flag_opens_the_demo_book(data_dir, prompts, qapp):
    assert launch.choose_book(args(demo=True), paths.default_book()) == paths.demo_book()


def test_a_second_copy_does_not_open_the_same_book(tmp_path, qapp):
    book = tmp_path / "book.sqlite"
    first = QLockFile(str(book) + ".lock")
    assert first.tryLock(100)
    try:
        with pytest.raises(BookError, match="already open"):
            launch.run_window(args(db=str(book), check=True), book)
    finally:
        first.unlock()


# -- a book in trouble ------------------------------------------------------------------


def damage(book) -> None:
    """8 KB of garbage at offset 50,000, as the tester did with ``dd``."""
    with book.open("r+b") as fh:
        fh.seek(50_000)
        fh.write(bytes((i * 151 + 7) % 256 for i in range(8192)))


@pytest.fixture
def damaged_demo(demo):
    """The demo book with a sound manual backup made first, then damaged pages."""
    from app.book import backups
    from app.book.connection import close_book, fold_wal

    backups.make_backup(demo, backups.MANUAL, backups.default_folder(demo), 10)
    fold_wal()
    close_book()
    damage(demo)
    return demo


def test_a_table_model_never_raises_out_of_data_and_reports_once(qtbot, monkeypatch):
    import sqlite3
    import sys

    from PySide6.QtCore import QCoreApplication

    from app.book.listing import Listing
    from ui.table_model import Column, ListingModel

    class Damaged(Listing):
        def count(self) -> int:
            return 1_000

        def rows(self, *_):
            raise sqlite3.DatabaseError("database disk image is malformed")

    reported = []
    monkeypatch.setattr(sys, "excepthook", lambda *exc: reported.append(exc[1]))
    model = ListingModel(Damaged, [Column("Invoice No", str)])
    for row in range(300):  # a view painting every visible cell, again and again
        assert model.data(model.index(row, 0)) is None
    qtbot.waitUntil(lambda: len(reported) == 1)
    for _ in range(5):
        QCoreApplication.processEvents()
    assert len(reported) == 1 and "malformed" in str(reported[0])


def test_a_damaged_book_is_said_once_and_the_newest_backup_restored(
    damaged_demo, qtbot, prompts, tmp_path
):
    window = launch.open_window(damaged_demo, want_demo=False)
    assert window is not None
    qtbot.addWidget(window)
    launch.install_error_hook(window, tmp_path / "logs")
    window.show()
    window.tabs.setCurrentWidget(window.billings_tab)  # its rows meet the damage
    check = launch.SoundnessCheck(window)
    prompts.choices = [launch.RESTORE]
    with qtbot.waitSignal(check.done):
        check.start()
    qtbot.waitUntil(lambda: bool(prompts.informed))
    damage_questions = [q for q in prompts.asked if "is damaged" in q]
    assert len(damage_questions) == 1
    assert "The newest sound backup was made" in damage_questions[0]
    assert prompts.informed[-1].startswith("The backup of")
    assert window.isVisible()
    assert Billing.select().where(Billing.invoice_no == "INV-FPY-032300400").exists()
    assert window.billings_tab.model.rowCount() == Billing.select().count()
    assert list(damaged_demo.parent.glob("book.sqlite.damaged-*"))  # kept for a look


def test_a_damaged_book_not_restored_closes_the_window_after_one_box(
    damaged_demo, qtbot, prompts, tmp_path
):
    window = launch.open_window(damaged_demo, want_demo=False)
    assert window is not None
    qtbot.addWidget(window)
    launch.install_error_hook(window, tmp_path / "logs")
    prompts.choices = [None]  # the box closed: no restore
    window.show()
    window.tabs.setCurrentWidget(window.billings_tab)  # its rows meet the damage
    qtbot.waitUntil(lambda: not window.isVisible())
    assert len([q for q in prompts.asked if "is damaged" in q]) == 1
    assert window.property("closedDamaged")


def test_a_book_damaged_where_it_opens_offers_the_backup_before_any_window(demo, qtbot, prompts):
    from app.book import backups
    from app.book.connection import close_book

    backups.make_backup(demo, backups.MANUAL, backups.default_folder(demo), 10)
    close_book()
    with demo.open("r+b") as fh:  # the schema page itself
        fh.seek(100)
        fh.write(b"\xff" * 3000)
    prompts.choices = [launch.RESTORE]
    prompts.answers = [True]  # its id cannot be read: asked again, with the company
    window = launch.open_window(demo, want_demo=False)
    assert window is not None
    qtbot.addWidget(window)
    assert "is damaged" in prompts.asked[0]
    assert "It is of PT Faspay Demo Niaga" in prompts.asked[1]
    assert Billing.select().count() > 0


def test_a_read_only_book_file_opens_read_only_with_the_reason(demo, qtbot, prompts):
    from app.book.connection import close_book

    close_book()
    demo.chmod(0o444)
    try:
        window = launch.open_window(demo, want_demo=False)
        assert window is not None
        qtbot.addWidget(window)
        window.show()
        assert window.windowTitle().endswith("(read-only)")
        assert "marked read-only" in window.banner_read_only.text()
        new_billing = window.findChild(QAction, "actionNewBilling")
        assert not new_billing.isEnabled() and "marked read-only" in new_billing.toolTip()
        assert window.billings_tab.model.rowCount() > 0  # reading works
    finally:
        demo.chmod(0o644)


def test_a_missing_data_folder_is_said_and_looked_for_again_or_another_chosen(
    tmp_path, prompts, qapp
):
    from app.book.data_folder import use_data_folder

    gone = tmp_path / "usb" / "EFaktur"
    use_data_folder(gone)
    other = tmp_path / "other"
    other.mkdir()
    (other / "book.sqlite").write_bytes(b"")
    prompts.choices = [launch.LOOK_AGAIN, launch.OTHER_FOLDER]
    prompts.folders = [other]
    assert launch.choose_book(args(), paths.default_book()) == other / "book.sqlite"
    missing = [q for q in prompts.asked if "is not there" in q]
    assert len(missing) == 2 and str(gone) in missing[0]
    assert "no book yet" not in " ".join(prompts.asked)  # not treated as a new user
    assert not gone.exists()


def test_closing_the_missing_folder_box_opens_nothing_and_makes_nothing(tmp_path, prompts, qapp):
    from app.book.data_folder import use_data_folder

    gone = tmp_path / "usb" / "EFaktur"
    use_data_folder(gone)
    prompts.choices = [None]
    assert launch.choose_book(args(), paths.default_book()) is None
    with pytest.raises(BookError, match="is not there"):
        launch.choose_book(args(check=True), paths.default_book())
    assert not gone.exists()


def test_check_without_db_never_makes_the_default_book(data_dir, prompts, qapp):
    with pytest.raises(BookError, match="no book yet"):
        launch.choose_book(args(check=True), paths.default_book())
    assert prompts.asked == [] and not paths.default_book().exists()


def _damage_schema_page(book) -> None:
    with book.open("r+b") as fh:  # the book's id cannot be read any more either
        fh.seek(100)
        fh.write(b"\xff" * 3000)


def test_restoring_over_a_damaged_book_asks_twice_and_keeps_out_what_djp_approved(
    demo, qtbot, prompts, tmp_path
):
    from app.billings import billing_actions
    from app.book import backups
    from app.book.connection import close_book, fold_wal
    from app.book.models import EfakturNumber
    from tests.test_backups import upload_approved_pdf

    backups.make_backup(demo, backups.MANUAL, backups.default_folder(demo), 10)
    draft = Billing.get(Billing.invoice_no == "INV-FPY-032300406")
    billing_actions.issue_billing(draft.id)
    taken = upload_approved_pdf(draft, tmp_path)
    fold_wal()
    close_book()
    _damage_schema_page(demo)

    prompts.choices = [launch.RESTORE]
    prompts.answers = [True]
    window = launch.open_window(demo, want_demo=False)
    assert window is not None
    qtbot.addWidget(window)
    assert "of PT Faspay Demo Niaga, NPWP 02.273.210.1-075.000" in prompts.asked[0]
    assert "may be of another book" in prompts.asked[1]  # its id could not be checked
    told = prompts.informed[-1]
    assert told.startswith("The backup of") and "Kept out of the pool" in told and taken in told
    assert Billing.get_by_id(draft.id).status == "draft"  # as in the backup
    assert [n.state for n in EfakturNumber.select() if str(n) == taken] == ["uploaded"]


def test_another_books_backup_is_not_put_over_a_damaged_book_on_one_click(demo, qtbot, prompts):
    import shutil
    import sqlite3

    from app.book import backups
    from app.book.connection import close_book

    own = backups.make_backup(demo, backups.MANUAL, backups.default_folder(demo), 10)
    theirs = own.with_name("book-0123456789ab-20261125-235959-manual.sqlite")  # newer
    shutil.copy(own, theirs)
    con = sqlite3.connect(theirs)
    con.execute("UPDATE company SET name = 'PT Maju Bersama', npwp = '011111111111000'")
    con.commit()
    con.close()
    close_book()
    _damage_schema_page(demo)
    damaged = demo.read_bytes()

    prompts.choices = [launch.RESTORE]
    prompts.answers = [False]
    assert launch.open_window(demo, want_demo=False) is None
    assert "of PT Maju Bersama, NPWP 01.111.111.1-111.000" in prompts.asked[0]
    assert "may be of another book" in prompts.asked[1]
    assert demo.read_bytes() == damaged  # the second No changed nothing
    assert not list(demo.parent.glob("book.sqlite.damaged-*"))

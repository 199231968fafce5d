"""Starting the program: the data folder, the first-start choice, one copy per book."""

import argparse

import pytest
from PySide6.QtCore import QLockFile, QStandardPaths

from app import paths
from app.errors import BookError
from app.models import Billing, Company
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

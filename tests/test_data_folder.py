"""Moving the data folder: the book and its PDFs go along, the old folder stays as it was,
and the command line finds the new place too (no Qt here)."""

import sqlite3

import pytest

from app.book import data_folder
from app.book.connection import close_book, files_folder
from app.cli.main import book_path, build_parser
from app.common import paths
from app.common.errors import Refused
from app.desk.demo import build_demo
from app.desk.opening import open_book


@pytest.fixture
def standard_book():
    book = open_book(paths.default_book())
    build_demo(files_folder(book))
    yield book
    close_book()


def billings_in(book) -> int:
    con = sqlite3.connect(book)
    try:
        return con.execute("SELECT COUNT(*) FROM billing").fetchone()[0]
    finally:
        con.close()


def test_moving_copies_the_book_and_its_pdfs_and_leaves_the_old_ones(standard_book, tmp_path):
    old_pdfs = sorted(p.name for p in files_folder(standard_book).iterdir())
    target = tmp_path / "Dropbox" / "E-Faktur"
    said = data_folder.move_data_folder(target)
    assert said.startswith(f"Your book and its e-Faktur files were copied to {target}")
    assert paths.data_dir() == target and paths.default_book() == target / "book.sqlite"
    assert billings_in(target / "book.sqlite") == billings_in(standard_book) == 30
    assert sorted(p.name for p in (target / "book-files").iterdir()) == old_pdfs
    assert standard_book.exists() and len(old_pdfs) == 7  # the old folder is untouched
    args = build_parser().parse_args(["billings"])
    assert book_path(args) == target / "book.sqlite"  # the command line follows


def test_a_folder_that_already_has_a_book_keeps_it(standard_book, tmp_path):
    target = tmp_path / "other"
    target.mkdir()
    (target / "book.sqlite").write_bytes(b"")
    said = data_folder.move_data_folder(target)
    assert said.startswith(f"The book already in {target} will be used from the next start")
    assert (target / "book.sqlite").read_bytes() == b""


def test_back_to_the_standard_folder_copies_and_deletes_nothing(standard_book, tmp_path):
    data_folder.move_data_folder(tmp_path / "moved")
    said = data_folder.use_standard_data_folder()
    assert paths.data_dir() == paths.standard_data_dir()
    assert "Nothing was copied or deleted" in said
    assert (tmp_path / "moved" / "book.sqlite").exists()


def test_a_file_in_the_way_changes_nothing(standard_book, tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    with pytest.raises(Refused, match="cannot be used"):
        data_folder.move_data_folder(blocker)
    assert paths.data_dir() == paths.standard_data_dir()

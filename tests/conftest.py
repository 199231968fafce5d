import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before any QApplication exists

from datetime import date  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from app import clock  # noqa: E402
from app.book import close_book, files_folder, open_book  # noqa: E402
from app.demo import build_demo  # noqa: E402


@pytest.fixture
def book(tmp_path: Path):
    """An empty book in a temporary folder."""
    path = open_book(tmp_path / "book.sqlite")
    yield path
    clock.fix(None)
    close_book()


@pytest.fixture
def demo(book: Path):
    """The demo book (open billings due 30 days after today)."""
    build_demo(files_folder(book), today=date.today())
    return book

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before any QApplication exists

from datetime import date, datetime  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from app.book.connection import close_book, files_folder
from app.common import clock, paths  # noqa: E402
from app.desk.demo import build_demo  # noqa: E402
from app.desk.opening import open_book  # noqa: E402
from tests.support.books import desktop_only  # noqa: E402

# Tests run on a fixed day so that "overdue", "expired" and the current year never
# depend on when they run.
TODAY = date(2026, 11, 25)


@pytest.fixture(autouse=True)
def fixed_day():
    clock.fix(datetime.combine(TODAY, datetime.min.time()).replace(hour=9))
    yield
    clock.fix(None)


REAL_STANDARD_DATA_DIR = paths.standard_data_dir


@pytest.fixture(autouse=True)
def own_settings(tmp_path_factory, monkeypatch):
    """Each test has its own QSettings file and data folder pointer, never the user's;
    rupiah and dates start in English (the language a test sets stays in that test)."""
    monkeypatch.setenv("EFAKTUR_DESK_SETTINGS", str(tmp_path_factory.mktemp("qs") / "s.ini"))
    standard = tmp_path_factory.mktemp("data")
    monkeypatch.setattr(paths, "standard_data_dir", lambda: standard)
    yield
    formatting = sys.modules.get("ui.formatting")  # only where a test loaded the window
    if formatting is not None:
        formatting.use_language("en")
    i18n = sys.modules.get("ui.i18n")
    if i18n is not None:  # and its texts: a translator a test installed goes with the test
        i18n.install("en")


@pytest.fixture
def book(tmp_path: Path):
    """An empty book in a temporary folder, working with NSFP ranges for every faktur
    date (as every book did before Coretax); ``coretax_book`` is a new book as made today."""
    path = open_book(tmp_path / "book.sqlite")
    desktop_only()
    yield path
    close_book()


@pytest.fixture
def coretax_book(tmp_path: Path):
    """A new, empty book: fakturs dated from 2025-01-01 go through Coretax."""
    path = open_book(tmp_path / "book.sqlite")
    yield path
    close_book()


@pytest.fixture
def demo(book: Path):
    """The demo book made on TODAY (open billings due 30 days later)."""
    build_demo(files_folder(book))
    return book


@pytest.fixture
def demo_path(tmp_path: Path) -> Path:
    """The demo book made by the command line (``efaktur-desk demo``), closed."""
    from tests.support.cli import make_demo

    return make_demo(tmp_path / "demo.sqlite")


@pytest.fixture
def prompts():
    from tests.support.prompts import ScriptedPrompts
    from ui import interaction

    scripted = ScriptedPrompts()
    previous = interaction.use(scripted)
    yield scripted
    interaction.use(previous)


@pytest.fixture
def window(demo, qtbot, prompts):
    from ui.main_window import MainWindow

    win = MainWindow(demo)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


@pytest.fixture
def failing_rename(monkeypatch):
    """The disk fails as a written file is put in place under a name ending "taken.csv"
    (a pulled cable, a drive that filled up at the last moment)."""
    import errno

    from app.common import safe_write

    real = safe_write.os.replace

    def replace(src, dst):
        if str(dst).endswith("taken.csv"):
            raise OSError(errno.EIO, "Input/output error")
        return real(src, dst)

    monkeypatch.setattr(safe_write.os, "replace", replace)

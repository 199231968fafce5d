"""The window follows changes another process makes to its book (the command line)."""

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt

from app.book.models import Billing
from tests.conftest import TODAY
from tests.test_window_billings import COLUMN, rows_of

DRAFT = "INV-FPY-032300406"
ROOT = Path(__file__).resolve().parent.parent


def command_line(book: Path, *args: str) -> None:
    """``efaktur-desk --db BOOK args…`` in a process of its own, on the tests' day (a
    draft of this year can only be issued this year)."""
    script = (
        "import sys, datetime; from app.common import clock; from app.cli.main import main; "
        f"clock.fix(datetime.datetime({TODAY.year}, {TODAY.month}, {TODAY.day}, 10)); "
        f"sys.exit(main({['--db', str(book), *args]!r}))"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr


def shown_status(window, invoice_no: str) -> str | None:
    model = window.billings_tab.model
    for row in range(model.rowCount()):
        if model.index(row, COLUMN["Invoice No"]).data() == invoice_no:
            return model.index(row, COLUMN["Status"]).data()
    return None


def selected_invoices(window) -> list[str]:
    view = window.billings_tab.table
    rows = sorted(i.row() for i in view.selectionModel().selectedRows())
    return [view.model().index(r, 0).data() for r in rows]


def test_an_issue_on_the_command_line_shows_in_the_open_window(window, demo, qtbot):
    tab = window.billings_tab
    window.tabs.setCurrentWidget(tab)
    tab.table.sortByColumn(COLUMN["Status"], Qt.SortOrder.AscendingOrder)  # the row will move
    row = rows_of(tab.table).index(DRAFT)
    tab.table.selectRow(row)
    detail = window.open_billing(Billing.get(Billing.invoice_no == DRAFT).id)
    assert shown_status(window, DRAFT) == "Draft" and detail.status_badge.text() == "Draft"
    scroll = tab.table.verticalScrollBar()
    scroll.setValue(scroll.maximum() // 2)
    place = scroll.value()
    assert place > 0

    command_line(demo, "issue", DRAFT)

    qtbot.waitUntil(lambda: shown_status(window, DRAFT) == "Unpaid", timeout=15_000)
    assert rows_of(tab.table).index(DRAFT) != row  # it moved with its status …
    assert selected_invoices(window) == [DRAFT]  # … and is still the one selected
    assert tab.model.row_at(tab.table.currentIndex().row()).invoice_no == DRAFT
    assert scroll.value() == place  # the table did not jump back to the top
    assert detail.status_badge.text() == "Unpaid"  # the open billing shows it too
    assert detail.fields["efaktur_no"].text() == "000-26.12345624"
    assert "outside this window" in window.statusBar().currentMessage()


def test_the_book_tells_a_write_by_another_connection_from_its_own(book):
    import sqlite3

    from app.billings import parties
    from app.book.connection import data_version

    seen = data_version()
    parties.add_customer("PT Sendiri")  # this connection's own write
    assert data_version() == seen
    other = sqlite3.connect(book)
    with other:
        other.execute("UPDATE customer SET email = 'x@y.example' WHERE name = 'PT Sendiri'")
    other.close()
    assert data_version() != seen


def test_an_open_billing_deleted_elsewhere_closes_its_detail(window, demo, qtbot):
    detail = window.open_billing(Billing.get(Billing.invoice_no == DRAFT).id)
    assert detail.isVisible()
    script = (
        "from app.desk.opening import open_book; "
        "from app.billings.billings import delete_billings; "
        "from app.book.models import Billing; "
        f"open_book({str(demo)!r}); "
        f"delete_billings([Billing.get(Billing.invoice_no == {DRAFT!r}).id])"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr

    assert window.book_watch.check()  # what the timer and bringing the window up ask
    assert not detail.isVisible()  # nothing is left to show
    assert DRAFT not in rows_of(window.billings_tab.table)

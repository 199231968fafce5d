"""The low-number warning: on by default, per current year, saved in the book."""

import pytest

from app.book.models import Event
from app.common.errors import Refused
from app.numbers import threshold
from app.numbers.ranges import add_range, read_range
from tests.test_cli import run


def test_an_empty_book_warns_that_no_number_is_left_for_this_year(book):
    assert threshold.current() == threshold.Threshold(True, threshold.DEFAULT_LIMIT)
    assert "No E-Faktur No is left for 2026" in threshold.warning()


def test_warns_at_or_below_the_limit_of_the_current_year_only(book):
    add_range(read_range("000-26.00000001", "000-26.00000012"))
    add_range(read_range("000-27.00000001", "000-27.00000002"))  # next year's: not counted
    assert threshold.warning() is None  # 12 left, limit 10
    threshold.save(True, 12)
    assert threshold.warning() == (
        "Only 12 E-Faktur Nos left for 2026 (warning at 12). Request more through e-Nofa now."
    )
    threshold.save(False, 12)
    assert threshold.warning() is None
    assert [e.action for e in Event.select()][-2:] == ["threshold_changed", "threshold_changed"]


@pytest.mark.parametrize("text", ["ten", "-5", "1.5e3", ""])
def test_a_limit_that_is_not_a_whole_number_is_refused(text):
    with pytest.raises(Refused, match="whole number"):
        threshold.read_limit(text)


def test_limit_accepts_thousands_separators():
    assert threshold.read_limit(" 1.000 ") == 1000


def test_issuing_on_the_command_line_warns_when_it_drops_to_the_limit(tmp_path, capsys):
    db = ["--db", str(tmp_path / "demo.sqlite")]
    assert run(capsys, *db, "demo")[0] == 0
    from app.book.connection import close_book
    from app.desk.opening import open_book

    open_book(tmp_path / "demo.sqlite")
    threshold.save(True, 76)
    close_book()
    code, out, err = run(capsys, *db, "issue", "INV-FPY-032300406")
    assert code == 0 and "000-26.12345624" in out
    assert "warning: Only 75 E-Faktur Nos left for 2026" in err


def test_generate_efaktur_with_a_chosen_number(tmp_path, capsys):
    from app.book.connection import close_book
    from app.book.models import Billing
    from app.desk.opening import open_book

    db = ["--db", str(tmp_path / "demo.sqlite")]
    run(capsys, *db, "demo")
    open_book(tmp_path / "demo.sqlite")
    Billing.update(status="unpaid").where(Billing.invoice_no == "INV-FPY-032300406").execute()
    close_book()
    code, out, _ = run(
        capsys, *db, "generate-efaktur", "INV-FPY-032300406", "--number", "000-26.12345690"
    )
    assert code == 0 and "INV-FPY-032300406: E-Faktur No 000-26.12345690" in out

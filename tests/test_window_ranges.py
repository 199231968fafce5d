"""Issue 3 through the window: ranges, numbers, threshold, year end, usage, bulk."""

import sqlite3
from contextlib import closing

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QDialogButtonBox, QLabel

from app.book.connection import fold_wal
from app.book.models import EfakturRange, db
from app.numbers.ranges import add_range, read_range
from tests.test_window_guide import action, cell, open_billing, table


def trigger(window, name: str) -> None:
    found = window.findChild(QAction, name)
    assert found is not None, name
    assert found.isEnabled(), f"{name}: {found.toolTip()}"
    found.trigger()


def save(dialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()


def range_rows(window) -> list[list[str]]:
    view = table(window, "rangesTable")
    return [[cell(view, r, c) for c in range(5)] for r in range(view.model().rowCount())]


def select_range(window, start: str) -> None:
    view = table(window, "rangesTable")
    for row in range(view.model().rowCount()):
        if cell(view, row, 1) == start:
            view.selectRow(row)
            return
    raise AssertionError(start)


def test_add_a_range_by_typing_and_by_pasting(window, qtbot):
    trigger(window, "actionAddRange")
    dialog = window.dialog
    assert dialog.objectName() == "rangeDialog" and dialog.isVisible()
    assert dialog.year.value() == 2026
    qtbot.keyClicks(dialog.start, "0002600000001")
    assert dialog.start.text() == "000-26.00000001"  # the mask puts the punctuation in
    QGuiApplication.clipboard().setText(" 010.000-26.00000075 ")  # the faktur form, pasted
    dialog.end.setFocus()
    qtbot.keyClick(dialog.end, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert dialog.end.text() == "000-26.00000075"
    assert dialog.findChild(QLabel, "rangeTotal").text() == "75"
    assert dialog.findChild(QLabel, "rangeAvailable").text() == "75"
    dialog.note.setText("e-Nofa S-0200/2026")
    save(dialog)
    assert not dialog.isVisible()
    assert ["2026", "000-26.00000001", "000-26.00000075", "75", "75"] in range_rows(window)
    assert window.numbers_tab.summary.text() == "Available for 2026: 151 of 175"
    assert "000-26.00000001 .. 000-26.00000075 recorded: 75 numbers" in (
        window.statusBar().currentMessage()
    )


def test_a_clash_or_a_wrong_year_is_named_as_you_type_and_nothing_is_saved(window, qtbot):
    trigger(window, "actionAddRange")
    dialog = window.dialog
    dialog.start.set_number("000-26.12345650")
    dialog.end.set_number("000-26.12345760")
    problem = dialog.findChild(QLabel, "rangeProblem")
    assert problem.text() == (
        "000-26.12345650 .. 000-26.12345760 overlaps the range already recorded: "
        "000-26.12345600 .. 000-26.12345699."
    )
    assert dialog.findChild(QLabel, "rangeTotal").text() == "–"
    save(dialog)
    assert dialog.isVisible() and "overlaps" in problem.text()
    dialog.year.setValue(2027)
    assert "Year Period is 2027" in problem.text()
    dialog.start.set_number("12345")
    assert problem.text() == ""  # incomplete: nothing to say yet
    save(dialog)
    assert "13 digits" in problem.text()
    assert EfakturRange.select().count() == 2


def test_a_used_range_keeps_its_start_and_shrinks_only_to_its_highest_used_number(window):
    for name in ("actionEditRange", "actionDeleteRange"):
        found = window.findChild(QAction, name)
        assert not found.isEnabled() and "Select a range" in found.toolTip()
    select_range(window, "000-26.12345600")
    delete = window.findChild(QAction, "actionDeleteRange")
    assert not delete.isEnabled()
    assert "000-26.12345623 of this range was used" in delete.toolTip()
    trigger(window, "actionEditRange")
    dialog = window.dialog
    assert not dialog.year.isEnabled() and dialog.start.isReadOnly()
    assert "up to 000-26.12345623" in dialog.findChild(QLabel, "rangeFixedNote").text()
    dialog.end.set_number("000-26.12345610")
    save(dialog)
    assert "cannot be before 000-26.12345623" in dialog.findChild(QLabel, "rangeProblem").text()
    dialog.end.set_number("000-26.12345649")
    assert dialog.findChild(QLabel, "rangeAvailable").text() == "26"
    save(dialog)
    assert not dialog.isVisible()
    assert ["2026", "000-26.12345600", "000-26.12345649", "50", "26"] in range_rows(window)


def test_delete_an_unused_range_after_saying_yes(window, prompts):
    add_range(read_range("000-26.00000001", "000-26.00000005"))
    window.refresh_all()
    select_range(window, "000-26.00000001")
    prompts.answers = [False]
    trigger(window, "actionDeleteRange")
    assert (
        "Delete range 000-26.00000001 .. 000-26.00000005 and its 5 numbers?" in (prompts.asked[-1])
    )
    assert len(range_rows(window)) == 3
    prompts.answers = [True]
    trigger(window, "actionDeleteRange")
    assert len(range_rows(window)) == 2
    assert prompts.informed[-1] == "Range 000-26.00000001 .. 000-26.00000005 has been deleted."


def test_threshold_shows_a_banner_and_issuing_says_so(window, qtbot, prompts):
    banner = window.findChild(QLabel, "thresholdBanner")
    assert not banner.isVisible()
    trigger(window, "actionThresholdSettings")
    dialog = window.dialog
    assert dialog.objectName() == "thresholdDialog"
    dialog.form.limit.setText("lots")
    save(dialog)
    assert "whole number" in dialog.findChild(QLabel, "thresholdProblem").text()
    dialog.form.limit.setText("75")
    save(dialog)
    assert not dialog.isVisible() and not banner.isVisible()  # 76 left > 75
    detail = open_billing(window, qtbot, "INV-FPY-032300406")
    prompts.answers = [True]
    action(detail, "actionIssueBilling").trigger()
    assert prompts.informed[-1] == (
        "INV-FPY-032300406 is issued with E-Faktur No 000-26.12345624.\n\n"
        "Only 75 E-Faktur Nos left for 2026 (warning at 75). Request more through e-Nofa now."
    )
    assert banner.isVisible() and "Only 75 E-Faktur Nos left for 2026" in banner.text()
    trigger(window, "actionThresholdSettings")
    window.dialog.form.enabled.setChecked(False)
    save(window.dialog)
    assert not banner.isVisible()


def test_year_end_lists_last_years_leftovers_and_exports_them(window, prompts, tmp_path):
    trigger(window, "actionYearEnd")
    dialog = window.dialog
    assert dialog.objectName() == "yearEndDialog"
    assert dialog.year.currentText() == "2025"
    runs = dialog.findChild(type(dialog.runs), "yearEndRuns")
    assert [runs.item(0, c).text() for c in range(3)] == [
        "000-25.98765403",
        "000-25.98765474",
        "72",
    ]
    assert "72 E-Faktur Nos of 2025 were never used" in dialog.summary.text()
    prompts.paths = [None]  # cancelled: nothing written
    dialog.findChild(QAction, "actionExportLeftovers").trigger()
    assert not prompts.informed
    out = tmp_path / "left.csv"
    prompts.paths = [out]
    dialog.findChild(QAction, "actionExportLeftovers").trigger()
    assert len(out.read_text(encoding="utf-8").splitlines()) == 73
    assert prompts.informed[-1] == f"72 expired E-Faktur Nos of 2025 saved to {out}."


def test_numbers_filter_by_year_and_show_expired(window):
    tab = window.numbers_tab
    view = table(window, "numbersTable")
    tab.year_filter.setCurrentIndex(tab.year_filter.findData(2025))
    assert view.model().rowCount() == 75
    tab.state_filter.setCurrentIndex(tab.state_filter.findData("expired"))
    assert view.model().rowCount() == 72
    assert cell(view, 0, 0) == "000-25.98765403" and cell(view, 0, 1) == "Expired"
    assert "delete it in e-Faktur desktop" in cell(view, 0, 1, Qt.ItemDataRole.ToolTipRole)
    tab.year_filter.setCurrentIndex(tab.year_filter.findData(2026))
    assert view.model().rowCount() == 0  # this year's numbers are not expired


def test_usage_tab_shows_this_years_months_and_what_is_left(window):
    window.tabs.setCurrentWidget(window.usage_host)
    tab = window.usage_tab
    assert tab.year.currentText() == "2026"
    assert tab.findChild(QLabel, "usageFigures").text() == "Total 100 · Used 24 · Left 76"
    assert tab.findChild(QLabel, "usageOutlook").text() == (
        "At 5.7 a month, the 76 left last beyond the end of 2026."
    )
    bars, line = tab.chart.series()
    assert [bars.barSets()[0].at(m) for m in range(7, 12)] == [8, 7, 5, 4, 0]  # Aug to Dec
    assert line.count() == 11  # January to November
    tab.year.setCurrentIndex(tab.year.findData(2025))
    assert tab.outlook.text().startswith("2025 is over: 72 unused numbers have expired")


def _select_billings(window, invoice_nos: list[str]) -> None:
    window.tabs.setCurrentWidget(window.billings_tab)
    view = table(window, "billingsTable")
    view.clearSelection()
    for row in range(view.model().rowCount()):
        if cell(view, row, 0) in invoice_nos:
            view.selectionModel().select(
                view.model().index(row, 0),
                QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
            )


def test_bulk_generate_is_all_or_none_through_the_window(window, prompts):
    db.execute_sql(
        "UPDATE billing SET status = 'unpaid' WHERE invoice_no IN "
        "('INV-FPY-032300406', 'INV-FPY-032300405')"
    )
    generate = window.findChild(QAction, "actionGenerateEfakturNoSelected")
    assert not generate.isEnabled() and "Select one or more billings" in generate.toolTip()
    _select_billings(window, ["INV-FPY-032300406", "INV-FPY-032300405", "INV-FPY-032300402"])
    # one of them may not: the action is off, and says which and why, before anything runs
    assert not generate.isEnabled()
    assert generate.toolTip() == (
        "INV-FPY-032300405: Invoice Tax is off for this billing, so it takes no number. "
        "(and 1 more)"
    )
    # a stale selection still gets all or none from the service itself
    prompts.answers = [True]
    window.billings_tab.generate_for_selected()
    refusal = prompts.refused[-1]
    assert refusal.startswith("No number was generated.")
    assert "INV-FPY-032300405: Invoice Tax is off" in refusal
    assert "INV-FPY-032300402: This billing already has E-Faktur No" in refusal
    assert db.execute_sql(
        "SELECT efaktur_number_id FROM billing WHERE invoice_no = 'INV-FPY-032300406'"
    ).fetchone() == (None,)
    _select_billings(window, ["INV-FPY-032300406"])
    prompts.answers = [True]
    trigger(window, "actionGenerateEfakturNoSelected")
    assert prompts.informed[-1] == "1 E-Faktur No generated (000-26.12345624)."


def _number_in_book_file(book, invoice_no: str):
    """What the book file itself says, ignoring the WAL (as a copy of the file would)."""
    with closing(sqlite3.connect(f"file:{book}?immutable=1", uri=True)) as file_only:
        return file_only.execute(
            "SELECT n.counter FROM billing b JOIN efaktur_number n ON n.id = b.efaktur_number_id "
            "WHERE b.invoice_no = ?",
            (invoice_no,),
        ).fetchone()


def test_a_change_reaches_the_book_file_once_the_window_is_idle(window, demo, qtbot, prompts):
    """Bulk actions commit to the WAL without folding it back while the user waits; the
    window folds it into the book file right after."""
    db.execute_sql("UPDATE billing SET status = 'unpaid' WHERE invoice_no = 'INV-FPY-032300406'")
    fold_wal()  # the demo, as it was before this step
    _select_billings(window, ["INV-FPY-032300406"])
    prompts.answers = [True]
    trigger(window, "actionGenerateEfakturNoSelected")
    assert _number_in_book_file(demo, "INV-FPY-032300406") is None  # still in the WAL
    qtbot.waitUntil(lambda: _number_in_book_file(demo, "INV-FPY-032300406") == (12345624,))


def test_choose_a_specific_number_in_the_billing_detail(window, qtbot, prompts):
    paid = open_billing(window, qtbot, "INV-FPY-032300402")
    choose = action(paid, "actionChooseEfakturNo")
    assert not choose.isEnabled() and "already has E-Faktur No" in choose.toolTip()
    db.execute_sql("UPDATE billing SET status = 'unpaid' WHERE invoice_no = 'INV-FPY-032300406'")
    detail = open_billing(window, qtbot, "INV-FPY-032300406")
    choose = action(detail, "actionChooseEfakturNo")
    assert choose.isEnabled()
    prompts.texts = ["000-26.12345698"]
    prompts.answers = [False]  # changed their mind at the last question
    choose.trigger()
    assert prompts.offered[-1][:2] == ["000-26.12345624", "000-26.12345625"]
    assert detail.findChild(QLabel, "field_efaktur_no").text() == "(Not Set)"
    prompts.texts = ["0002612345690"]
    prompts.answers = [True]
    choose.trigger()
    assert prompts.informed[-1] == (
        "E-Faktur No 000-26.12345690 has been given to INV-FPY-032300406."
    )
    assert detail.findChild(QLabel, "field_efaktur_no").text() == "000-26.12345690"


def test_a_range_column_the_user_widened_stays_so_when_the_window_refreshes(window):
    """The window refreshes on its own when another program writes: the ranges table's
    widths, once the user set them, are theirs."""
    view = table(window, "rangesTable")
    view.horizontalHeader().resizeSection(4, 333)
    trigger(window, "actionRefresh")
    assert view.columnWidth(4) == 333

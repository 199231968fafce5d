"""Issue 14 through the window: when no E-Faktur No is left, a billing is issued
"(Not Set)" and takes its number later, from the Export CSV tab or from the billing."""

from datetime import date

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QLabel

from app.billings import parties
from app.numbers.ranges import add_range, read_range
from tests.support.books import simple_billing
from tests.test_window_export import show_export
from tests.test_window_guide import action, cell, open_billing, table
from tests.test_window_ranges import _select_billings, save, trigger

NUMBER = 7  # the Billings list's E-Faktur No column


@pytest.fixture
def window(book, qtbot, prompts):
    """One number left for 2026 and four drafts of October."""
    from ui.main_window import MainWindow

    customer = parties.add_customer("PT Pembeli", npwp="013000666091000")
    add_range(read_range("000-26.00000001", "000-26.00000001", 2026, date(2026, 1, 2), ""))
    for n, name in enumerate("ABCD", start=1):
        simple_billing(f"INV-{name}", customer.id, date(2026, 10, n))
    win = MainWindow(book)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def billing_numbers(window) -> dict[str, str]:
    window.tabs.setCurrentWidget(window.billings_tab)
    window.billings_tab.search.setText("")
    view = table(window, "billingsTable")
    return {cell(view, r, 0): cell(view, r, NUMBER) for r in range(view.model().rowCount())}


def export_numbers(tab) -> dict[str, str]:
    view = tab.table
    return {cell(view, r, 1): cell(view, r, 0) for r in range(view.model().rowCount())}


def test_issue_without_a_number_then_generate_and_choose_it_later(window, qtbot, prompts):
    # a draft owes no number yet: "(Not Set)" is only for an issued billing without one
    assert billing_numbers(window)["INV-C"] == ""
    # bulk Issue from the Billings list: one question for the ones no number is left for
    _select_billings(window, ["INV-A", "INV-B", "INV-D"])
    prompts.answers = [True, True]
    trigger(window, "actionIssueSelected")
    assert prompts.asked[-1].startswith(
        "No E-Faktur No is left for these billings:\n"
        "INV-B: no E-Faktur No is left for 2026 that may be used on a faktur dated 2026-10-02."
    )
    assert "INV-D: no E-Faktur No is left" in prompts.asked[-1]
    assert "Issue them without an E-Faktur No?" in prompts.asked[-1]
    assert prompts.informed[-1].startswith(
        "3 billings issued; 1 took E-Faktur No 000-26.00000001; 2 without an E-Faktur No (Not Set)."
    )
    numbers = billing_numbers(window)
    assert (numbers["INV-A"], numbers["INV-B"], numbers["INV-D"]) == (
        "000-26.00000001",
        "(Not Set)",
        "(Not Set)",
    )

    # Issue in the billing: No to the second question issues nothing
    detail = open_billing(window, qtbot, "INV-C")
    prompts.answers = [True, False]
    action(detail, "actionIssueBilling").trigger()
    assert detail.status_badge.text() == "Draft"
    prompts.answers = [True, True]
    action(detail, "actionIssueBilling").trigger()
    assert prompts.informed[-1].startswith(
        "INV-C is issued without an E-Faktur No (Not Set). Generate it once DJP grants more "
        "numbers."
    )
    assert detail.status_badge.text() == "Overdue"  # due the day it is dated
    assert detail.findChild(QLabel, "field_efaktur_no").text() == "(Not Set)"
    generate = action(detail, "actionGenerateEfakturNo")
    assert generate.isEnabled() and action(detail, "actionChooseEfakturNo").isEnabled()
    prompts.answers = [True]
    generate.trigger()
    assert "INV-C: no E-Faktur No is left for 2026" in prompts.refused[-1]
    detail.close()

    # DJP grants more: record the range through the window
    trigger(window, "actionAddRange")
    dialog = window.dialog
    qtbot.keyClicks(dialog.start, "0002600000010")
    qtbot.keyClicks(dialog.end, "0002600000012")
    dialog.grant_date.setDate(QDate(2026, 10, 1))
    save(dialog)
    assert not dialog.isVisible()

    # the Export CSV tab lists them "(Not Set)" and generates for the selected rows
    tab = show_export(window)
    assert tab.month.date().toString("yyyy-MM") == "2026-10"
    assert export_numbers(tab) == {
        "INV-A": "000-26.00000001",
        "INV-B": "(Not Set)",
        "INV-C": "(Not Set)",
        "INV-D": "(Not Set)",
    }
    generate_here = tab.generate_action
    tab.select_all_action.trigger()
    assert not generate_here.isEnabled()  # all or none: INV-A has its number
    assert generate_here.toolTip().startswith(
        "INV-A: This billing already has E-Faktur No 000-26.00000001."
    )
    tab.search.setText("INV-B")
    tab.select_all_action.trigger()
    assert generate_here.isEnabled()
    prompts.answers = [True]
    generate_here.trigger()
    assert prompts.informed[-1].startswith("1 E-Faktur No generated (000-26.00000010).")
    tab.search.setText("")
    assert export_numbers(tab)["INV-B"] == "000-26.00000010"

    # and from the billing: Generate, then Choose for the last one
    detail = open_billing(window, qtbot, "INV-C")
    prompts.answers = [True]
    action(detail, "actionGenerateEfakturNo").trigger()
    assert prompts.informed[-1].startswith(
        "E-Faktur No 000-26.00000011 has been generated for INV-C."
    )
    detail.close()
    detail = open_billing(window, qtbot, "INV-D")
    prompts.texts = ["000-26.00000012"]
    prompts.answers = [True]
    action(detail, "actionChooseEfakturNo").trigger()
    assert prompts.offered[-1] == ["000-26.00000012"]
    assert prompts.informed[-1].startswith("E-Faktur No 000-26.00000012 has been given to INV-D.")
    assert not action(detail, "actionChooseEfakturNo").isEnabled()
    detail.close()
    assert billing_numbers(window) == {
        "INV-A": "000-26.00000001",
        "INV-B": "000-26.00000010",
        "INV-C": "000-26.00000011",
        "INV-D": "000-26.00000012",
    }

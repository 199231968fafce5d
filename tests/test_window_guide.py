"""The guide, step by step, through the real window on a temporary demo book."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QTableView, QTabWidget

from app.billings import billing_actions
from app.book.models import Billing
from app.desk.demo import GUIDE_INVOICE, guide_number
from ui.billings_tab import BILLING_COLUMNS

GUIDE_NUMBER = guide_number(2026)  # the demo made on conftest.TODAY

BILLING_COLUMN = {c.sort_key: i for i, c in enumerate(BILLING_COLUMNS)}


def cell(view: QTableView, row: int, column: int, role=Qt.ItemDataRole.DisplayRole):
    return view.model().index(row, column).data(role)


def table(window, name: str) -> QTableView:
    view = window.findChild(QTableView, name)
    assert view is not None, name
    return view


def find_number(window, text: str) -> tuple[str, str]:
    tab = window.numbers_tab
    tab.search.setText(text)
    tab.search.returnPressed.emit()
    view = table(window, "numbersTable")
    assert view.model().rowCount() == 1
    return cell(view, 0, 1), cell(view, 0, 2)


def open_billing(window, qtbot, invoice_no: str):
    window.tabs.setCurrentWidget(window.billings_tab)
    window.billings_tab.search.setText(invoice_no)
    view = table(window, "billingsTable")
    assert view.model().rowCount() == 1
    view.setCurrentIndex(view.model().index(0, 0))
    window.findChild(QAction, "actionOpenBilling").trigger()
    dialog = window.detail
    assert dialog.objectName() == "billingDetailDialog" and dialog.isVisible()
    assert dialog.windowTitle() == f"Billing {invoice_no}"
    return dialog


def action(dialog, name: str) -> QAction:
    found = dialog.findChild(QAction, name)
    assert found is not None, name
    return found


def test_the_guide_through_the_window(window, qtbot, prompts):
    tabs = window.findChild(QTabWidget, "mainTabs")
    assert [tabs.tabText(i) for i in range(tabs.count())] == [
        "E-Faktur No",
        "E-Faktur Files",
        "Billings",
        "Customers",
        "Export",
        "Usage",
        "History",
    ]
    ranges = table(window, "rangesTable")
    assert [cell(ranges, 0, c) for c in range(5)] == [
        "2026",
        "000-26.12345600",
        "000-26.12345699",
        "100",
        "76",
    ]

    # 1. the number is assigned to the guide's billing
    assert find_number(window, GUIDE_NUMBER) == ("Assigned", GUIDE_INVOICE)

    # 2. no e-Faktur file was uploaded for it: the search shows blank data
    window.files_tab.search.setText(GUIDE_INVOICE)
    assert table(window, "filesTable").model().rowCount() == 0
    assert "No e-Faktur file has been uploaded" in window.files_tab.empty_note.text()

    # 3. the billing list shows the invoice with its number
    dialog = open_billing(window, qtbot, GUIDE_INVOICE)
    billings = table(window, "billingsTable")
    assert cell(billings, 0, BILLING_COLUMN["efaktur_no"]) == GUIDE_NUMBER
    cancel_number = action(dialog, "actionCancelEfakturNo")
    assert not cancel_number.isEnabled()
    assert "Cancel the billing first" in cancel_number.toolTip()
    assert "Cancel the billing first" in dialog.findChild(QLabel, "unavailableReasons").text()

    # 4-6. Actions > Cancel, Yes, OK
    prompts.answers = [True]
    action(dialog, "actionCancelBilling").trigger()
    assert f"cancel billing {GUIDE_INVOICE}" in prompts.asked[-1]
    assert prompts.informed[-1] == f"Billing {GUIDE_INVOICE} has been cancelled."
    assert dialog.findChild(QLabel, "statusBadge").text() == "Cancelled"
    assert cell(billings, 0, BILLING_COLUMN["status"]) == "Cancelled"
    assert not action(dialog, "actionCancelBilling").isEnabled()

    # 7-9. Actions > Cancel E-Faktur No, Yes, OK
    assert cancel_number.isEnabled()
    reasons = dialog.findChild(QLabel, "unavailableReasons").text()
    assert "Cancel E-Faktur No</b> is not available" not in reasons
    prompts.answers = [True]
    cancel_number.trigger()
    assert GUIDE_NUMBER in prompts.asked[-1]
    assert prompts.informed[-1] == (
        f"E-Faktur No {GUIDE_NUMBER} has been cancelled and is available again."
    )
    assert not cancel_number.isEnabled()
    field = dialog.findChild(QLabel, "field_efaktur_no")
    assert field.text() == f"{GUIDE_NUMBER} (cancelled)" and field.font().strikeOut()

    # the billing list shows the number cancelled, not blank; the E-Faktur No tab has it back
    assert cell(billings, 0, BILLING_COLUMN["efaktur_no"]) == f"{GUIDE_NUMBER} (cancelled)"
    assert cell(billings, 0, BILLING_COLUMN["efaktur_no"], Qt.ItemDataRole.FontRole).strikeOut()
    assert find_number(window, GUIDE_NUMBER) == ("Available", "")
    assert cell(ranges, 0, 4) == "77"

    # the next taxable billing issued receives it (smallest available first)
    dialog.close()
    draft = open_billing(window, qtbot, "INV-FPY-032300406")
    prompts.answers = [True]
    action(draft, "actionIssueBilling").trigger()
    assert GUIDE_NUMBER in prompts.informed[-1]
    assert cell(billings, 0, BILLING_COLUMN["efaktur_no"]) == GUIDE_NUMBER
    assert cell(billings, 0, BILLING_COLUMN["status"]) == "Unpaid"
    assert find_number(window, GUIDE_NUMBER) == ("Assigned", "INV-FPY-032300406")


def test_answering_no_changes_nothing(window, qtbot, prompts):
    dialog = open_billing(window, qtbot, GUIDE_INVOICE)
    prompts.answers = [False]
    action(dialog, "actionCancelBilling").trigger()
    assert prompts.informed == []
    assert dialog.findChild(QLabel, "statusBadge").text() == "Unpaid"
    assert action(dialog, "actionCancelBilling").isEnabled()


def test_uploaded_file_keeps_cancel_efaktur_disabled_even_after_cancel(window, qtbot, prompts):
    window.files_tab.search.setText("INV-FPY-032300401")
    files = table(window, "filesTable")
    assert files.model().rowCount() == 1
    assert [cell(files, 0, c) for c in (0, 1, 4)] == [
        "000-26.12345620",
        "INV-FPY-032300401",
        "Normal",
    ]
    dialog = open_billing(window, qtbot, "INV-FPY-032300401")
    prompts.answers = [True]
    action(dialog, "actionCancelBilling").trigger()
    cancel_number = action(dialog, "actionCancelEfakturNo")
    assert not cancel_number.isEnabled()
    assert "e-Faktur file uploaded on 2026-11-17" in cancel_number.toolTip()
    assert "uploaded on 2026-11-17" in dialog.findChild(QLabel, "unavailableReasons").text()


def test_tax_off_billing_takes_and_gives_no_number(window, qtbot, prompts):
    dialog = open_billing(window, qtbot, "INV-FPY-032300405")
    assert dialog.findChild(QLabel, "field_tax").text() == "Off"
    generate = action(dialog, "actionGenerateEfakturNo")
    assert not generate.isEnabled() and "Invoice Tax is off" in generate.toolTip()
    prompts.answers = [True]
    action(dialog, "actionCancelBilling").trigger()
    cancel_number = action(dialog, "actionCancelEfakturNo")
    assert not cancel_number.isEnabled() and "Invoice Tax is off" in cancel_number.toolTip()


def test_released_billing_has_no_number_left(window, qtbot, prompts):
    dialog = open_billing(window, qtbot, "INV-FPY-032200399")
    cancel_number = action(dialog, "actionCancelEfakturNo")
    assert not cancel_number.isEnabled()
    assert "no E-Faktur No to cancel" in cancel_number.toolTip()
    assert dialog.findChild(QLabel, "field_efaktur_no").text() == "000-26.12345605 (cancelled)"


def test_generate_efaktur_no_for_an_issued_billing_without_one(window, qtbot, prompts):
    from app.book.models import db

    # set up: an issued taxable billing that has no number yet (as imported from elsewhere)
    db.execute_sql("UPDATE billing SET status = 'unpaid' WHERE invoice_no = 'INV-FPY-032300406'")
    dialog = open_billing(window, qtbot, "INV-FPY-032300406")
    generate = action(dialog, "actionGenerateEfakturNo")
    assert generate.isEnabled()
    prompts.answers = [True]
    generate.trigger()
    assert prompts.informed[-1] == (
        "E-Faktur No 000-26.12345624 has been generated for INV-FPY-032300406."
    )
    assert not generate.isEnabled() and "already has E-Faktur No" in generate.toolTip()
    assert dialog.findChild(QLabel, "field_efaktur_no").text() == "000-26.12345624"
    assert find_number(window, "000-26.12345624") == ("Assigned", "INV-FPY-032300406")


def test_a_stale_window_cannot_bypass_the_rules(window, qtbot, prompts):
    from app.billings import billing_actions
    from app.book.models import Billing

    dialog = open_billing(window, qtbot, GUIDE_INVOICE)
    assert action(dialog, "actionCancelBilling").isEnabled()
    # meanwhile the billing is cancelled elsewhere (e.g. from the command line)
    billing_actions.cancel_billing(Billing.get(Billing.invoice_no == GUIDE_INVOICE).id)
    prompts.answers = [True]
    action(dialog, "actionCancelBilling").trigger()
    assert prompts.refused and "already cancelled" in prompts.refused[-1]
    assert prompts.informed == []
    assert not action(dialog, "actionCancelBilling").isEnabled()


def test_enter_and_double_click_open_the_detail(window, qtbot):
    window.tabs.setCurrentWidget(window.billings_tab)
    view = table(window, "billingsTable")
    view.setFocus()
    view.setCurrentIndex(view.model().index(2, 0))
    invoice = cell(view, 2, 0)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.detail is not None and window.detail.isVisible())
    assert window.detail.windowTitle() == f"Billing {invoice}"
    window.detail.close()
    rect = view.visualRect(view.model().index(4, 1))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: window.detail.windowTitle() == f"Billing {cell(view, 4, 0)}")


def test_number_search_takes_all_forms_and_explains_bad_input(window):
    assert find_number(window, "0002612345619")[1] == GUIDE_INVOICE
    assert find_number(window, "010.000-26.12345619")[1] == GUIDE_INVOICE
    window.numbers_tab.search.setText("12345")
    window.numbers_tab.search.returnPressed.emit()
    assert "13 digits" in window.numbers_tab.message.text()
    assert window.numbers_tab.message.isVisible()


def test_state_filter_and_range_selection(window):
    tab = window.numbers_tab
    tab.state_filter.setCurrentIndex(tab.state_filter.findData("uploaded"))
    view = table(window, "numbersTable")
    assert view.model().rowCount() == 7
    assert {cell(view, r, 1) for r in range(7)} == {"Uploaded"}
    tab.ranges.selectRow(0)
    assert "000-26.12345600 .. 000-26.12345699" in tab.scope.text()
    assert view.model().rowCount() == 7


def test_every_table_model_passes_the_model_tester(window, qtmodeltester):
    for name in ["rangesTable", "numbersTable", "filesTable", "billingsTable"]:
        qtmodeltester.check(table(window, name).model())


def test_billings_table_sorts_in_sql(window):
    view = table(window, "billingsTable")
    view.sortByColumn(4, Qt.SortOrder.DescendingOrder)  # Total
    assert cell(view, 0, 4) == "Rp 9,768,000"
    view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    assert cell(view, 0, 0) == "INV-FPY-032200380"


def test_a_hidden_tab_catches_up_when_shown(window, qtbot):
    """The Billings tab loads when first shown, and a change made while another tab is
    showing is there when the user comes back."""
    view = table(window, "billingsTable")
    window.tabs.setCurrentWidget(window.billings_tab)
    window.billings_tab.search.setText(GUIDE_INVOICE)
    assert cell(view, 0, BILLING_COLUMN["status"]) == "Unpaid"
    window.tabs.setCurrentWidget(window.numbers_tab)
    billing = Billing.get(Billing.invoice_no == GUIDE_INVOICE)
    billing_actions.cancel_billing(billing.id)  # as another part of the window would
    window.findChild(QAction, "actionRefresh").trigger()
    window.tabs.setCurrentWidget(window.billings_tab)
    assert cell(view, 0, BILLING_COLUMN["status"]) == "Cancelled"

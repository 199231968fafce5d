"""Keeping billings and customers through the window (pytest-qt, offscreen)."""

from datetime import date

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QItemSelectionModel
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit, QTableView

from app.billings import parties
from app.book.models import Billing, Customer, Payment
from app.numbers.ranges import add_range, read_range
from ui.billing_form import AMOUNT, CODE, DISCOUNT, NAME, PRICE, QUANTITY
from ui.billings_tab import BILLING_COLUMNS
from ui.main_window import MainWindow

COLUMN = {c.title: i for i, c in enumerate(BILLING_COLUMNS)}


def trigger(owner, name: str) -> None:
    found = owner.findChild(QAction, name)
    assert found is not None, name
    assert found.isEnabled(), f"{name}: {found.toolTip()}"
    found.trigger()


def rows_of(view: QTableView, column: int = 0) -> list[str]:
    return [view.model().index(r, column).data() for r in range(view.model().rowCount())]


def billing_row(window, invoice_no: str) -> dict[str, str]:
    tab = window.billings_tab
    window.tabs.setCurrentWidget(tab)
    tab.search.setText(invoice_no)
    view = tab.table
    assert view.model().rowCount() == 1, rows_of(view)
    return {title: view.model().index(0, i).data() for title, i in COLUMN.items()}


def select_billings(window, invoice_nos: list[str]) -> None:
    tab = window.billings_tab
    window.tabs.setCurrentWidget(tab)
    tab.search.clear()
    view = tab.table
    view.clearSelection()
    for row in range(view.model().rowCount()):
        if view.model().index(row, 0).data() in invoice_nos:
            view.selectionModel().select(
                view.model().index(row, 0),
                QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
            )


def open_detail(window, invoice_no: str):
    billing_row(window, invoice_no)
    view = window.billings_tab.table
    view.setCurrentIndex(view.model().index(0, 0))
    trigger(window, "actionOpenBilling")
    return window.detail


@pytest.fixture
def empty_window(book, qtbot, prompts):
    parties.set_company("PT Penjual Jaya", "02.273.210.1-075.000", "Jl. Merdeka 1, Jakarta")
    add_range(read_range("000-26.00000100", "000-26.00000199", None, date(2026, 1, 2), ""))
    win = MainWindow(book)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def fill_customer(dialog, **values) -> None:
    for key, text in values.items():
        dialog.fields[key].setText(text)


def test_create_a_customer_and_refuse_a_bad_npwp(empty_window, qtmodeltester):
    window = empty_window
    window.tabs.setCurrentWidget(window.customers_tab)
    assert not window.findChild(QAction, "actionEditCustomer").isEnabled()
    trigger(window, "actionNewCustomer")
    dialog = window.dialog
    fill_customer(dialog, name="PT Kreasi Nusantara", npwp="01.234.567.5-411.000")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert "is not a valid NPWP" in dialog.problem.text() and dialog.isVisible()
    assert Customer.select().count() == 0
    fill_customer(dialog, npwp="012345674411000", email="finance@kreasi.example")
    dialog.transaction_code.setCurrentIndex(dialog.transaction_code.findData("04"))
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert not dialog.isVisible()
    view = window.customers_tab.table
    qtmodeltester.check(view.model())
    assert rows_of(view) == ["PT Kreasi Nusantara"]
    assert rows_of(view, 1) == ["01.234.567.4-411.000"]  # shown formatted
    assert window.statusBar().currentMessage() == "Customer PT Kreasi Nusantara added."
    window.customers_tab.search.setText("4411")
    assert rows_of(view) == ["PT Kreasi Nusantara"]
    window.customers_tab.search.setText("nobody")
    assert rows_of(view) == []


def test_create_and_issue_a_billing_with_three_lines(empty_window, prompts, qtmodeltester):
    window = empty_window
    parties.add_customer("PT Kreasi Nusantara", npwp="012345674411000", transaction_code="04")
    parties.add_customer("Yayasan Bebas Pajak", taxable=False)
    trigger(window, "actionNewBilling")
    form = window.dialog
    assert form.windowTitle() == "New Billing"
    assert form.invoice_no.text() == "INV-FPY-261100001"
    form.customer.setCurrentIndex(form.customer.findText("Yayasan Bebas Pajak"))
    assert not form.tax_active.isChecked()  # picked from the customer
    form.customer.setCurrentIndex(form.customer.findText("PT Kreasi Nusantara"))
    assert form.tax_active.isChecked() and form.transaction_code.currentData() == "04"
    for row, values in enumerate(
        [
            ("SVC", "Konsultasi", "1", "15.000.000", "0"),
            ("TRN", "Pelatihan", "12", "750.000", "10"),
            ("MOD", "Modul", "2,5", "100.000,40", "0"),
        ]
    ):
        if row:
            trigger(form, "actionAddLine")
        for column, text in zip((CODE, NAME, QUANTITY, PRICE, DISCOUNT), values, strict=True):
            form.set_cell(row, column, text)
        if row == 1:  # the totals follow the typing
            assert form.totals["total"].text() == "Rp 25,641,000"
    assert form.totals["dpp"].text() == "Rp 23,350,001"
    assert form.totals["ppn"].text() == "Rp 2,568,500"
    assert form.ppn_label.text() == "PPN 12% × 11/12"
    assert form.lines.item(1, 6).text() == "Rp 8,100,000"
    form.set_cell(2, QUANTITY, "dua")
    assert "Line 3, quantity: “dua” is not an amount." in form.problem.text()
    form.set_cell(2, QUANTITY, "2,5")
    assert form.problem.text() == ""
    prompts.answers = [True]
    trigger(form, "actionSaveAndIssue")
    assert "Issue billing INV-FPY-261100001 to the customer?" in prompts.asked[-1]
    assert prompts.informed[-1].startswith(
        "INV-FPY-261100001 is issued with E-Faktur No 000-26.00000100."
    )
    assert not form.isVisible()
    row = billing_row(window, "INV-FPY-261100001")
    assert row["Status"] == "Unpaid" and row["E-Faktur No"] == "000-26.00000100"
    assert row["Total"] == "Rp 25,918,501"  # DPP 23,350,001 + PPN 2,568,500
    qtmodeltester.check(window.billings_tab.table.model())


def test_a_billing_without_a_customer_is_refused_with_nothing_saved(empty_window):
    trigger(empty_window, "actionNewBilling")
    form = empty_window.dialog
    form.set_cell(0, NAME, "Jasa")
    form.set_cell(0, PRICE, "1000")
    trigger(form, "actionSaveDraft")
    assert form.problem.text() == "Choose the customer from the list, or add a New Customer."
    assert form.isVisible() and Billing.select().count() == 0


def test_partial_then_full_payment(window, prompts):
    detail = open_detail(window, "INV-FPY-032300401")
    total = Billing.get(Billing.invoice_no == "INV-FPY-032300401").total
    trigger(detail, "actionRecordPayment")
    dialog = detail.payment_dialog
    assert dialog.amount.text() == f"{total:,}".replace(",", ".")  # what is still owed
    dialog.amount.setText(f"{total + 1:,}")
    dialog.record_button.click()
    assert "is more than the" in dialog.problem.text() and dialog.isVisible()
    dialog.amount.setText("1.000.000")
    dialog.record_button.click()
    assert prompts.informed[-1] == (
        "Payment of Rp 1,000,000 recorded; INV-FPY-032300401 is partially paid."
    )
    assert detail.status_badge.text() == "Partially Paid"
    assert detail.fields["paid"].text() == "Rp 1,000,000"
    trigger(detail, "actionRecordPayment")
    dialog = detail.payment_dialog
    dialog.record_button.click()  # the rest, as offered
    assert detail.status_badge.text() == "Paid"
    assert not detail.findChild(QAction, "actionRecordPayment").isEnabled()
    assert not detail.findChild(QAction, "actionCancelBilling").isEnabled()
    assert billing_row(window, "INV-FPY-032300401")["Status"] == "Paid"
    assert (
        Payment.select().join(Billing).where(Billing.invoice_no == "INV-FPY-032300401").count() == 2
    )


def test_cancel_one_and_cancel_its_efaktur_no_then_delete_is_refused_with_why(window, prompts):
    detail = open_detail(window, "INV-FPY-032300404")
    prompts.answers = [True]
    trigger(detail, "actionCancelBilling")
    assert detail.status_badge.text() == "Cancelled"
    prompts.answers = [True]
    trigger(detail, "actionCancelEfakturNo")
    assert prompts.informed[-1] == (
        "E-Faktur No 000-26.12345623 has been cancelled and is available again."
    )
    delete = detail.findChild(QAction, "actionDeleteBilling")
    assert not delete.isEnabled()
    assert delete.toolTip() == (
        "It served E-Faktur No 000-26.12345623. It stays on record as Cancelled."
    )
    row = billing_row(window, "INV-FPY-032300404")
    assert row["Status"] == "Cancelled" and "(cancelled)" in row["E-Faktur No"]


def test_bulk_cancel_two(window, prompts):
    cancel = window.findChild(QAction, "actionCancelSelected")
    select_billings(window, ["INV-FPY-032300400", "INV-FPY-032300406"])
    assert not cancel.isEnabled()  # the Draft may not be cancelled, and the tip says so
    assert cancel.toolTip().startswith("INV-FPY-032300406: Only an issued billing")
    select_billings(window, ["INV-FPY-032300400", "INV-FPY-032300401"])
    prompts.answers = [True]
    trigger(window, "actionCancelSelected")
    assert "cancel the 2 selected billings" in prompts.asked[-1]
    assert prompts.informed[-1].startswith("2 billings cancelled: ")
    assert "INV-FPY-032300400" in prompts.informed[-1]
    for no in ("INV-FPY-032300400", "INV-FPY-032300401"):
        assert billing_row(window, no)["Status"] == "Cancelled"


def test_edit_duplicate_and_delete_a_draft_from_the_detail(window, prompts):
    detail = open_detail(window, "INV-FPY-032300406")
    trigger(detail, "actionEditBilling")
    form = detail.form
    assert form.windowTitle() == "Edit Billing INV-FPY-032300406"
    form.set_cell(0, QUANTITY, "2")
    trigger(form, "actionSaveProforma")
    assert prompts.informed[-1] == "INV-FPY-032300406 saved as Proforma."
    assert detail.status_badge.text() == "Proforma"
    prompts.answers = [True]
    trigger(detail, "actionDuplicateBilling")
    copy_no = "INV-FPY-261100001"
    assert prompts.informed[-1] == (
        f"{copy_no} is a copy of INV-FPY-032300406, saved as Draft. It is shown now."
    )
    assert detail.windowTitle() == f"Billing {copy_no}"
    assert detail.status_badge.text() == "Draft"
    prompts.answers = [True]
    trigger(detail, "actionDeleteBilling")
    assert prompts.informed[-1] == f"Billing {copy_no} has been deleted."
    assert not detail.isVisible()
    assert Billing.get_or_none(Billing.invoice_no == copy_no) is None
    # an issued billing cannot be edited, and says why
    detail = open_detail(window, "INV-FPY-032300401")
    edit = detail.findChild(QAction, "actionEditBilling")
    assert not edit.isEnabled()
    assert edit.toolTip() == "Only a Draft or Proforma can be edited. This billing is Unpaid."


def test_filters_totals_and_export_of_the_shown_rows(window, prompts, tmp_path):
    tab = window.billings_tab
    window.tabs.setCurrentWidget(tab)
    tab.period.setCurrentText("Dates…")
    assert tab.date_from.isVisible()
    tab.date_from.setDate(date(2026, 11, 10))
    tab.date_to.setDate(date(2026, 11, 30))
    tab.status_filter.setCurrentIndex(tab.status_filter.findText("Unpaid"))
    shown = ["INV-FPY-032300405", "INV-FPY-032300401", "INV-FPY-032300400"]  # newest first
    assert rows_of(tab.table) == shown
    assert tab.count_label.text() == (
        "3 billings shown · DPP Rp 12,850,000 · PPN Rp 973,500 · Total Rp 13,823,500 · Paid Rp 0"
    )
    prompts.paths = [tmp_path / "unpaid.xlsx"]
    trigger(window, "actionExportBillingList")
    assert prompts.informed[-1] == "3 billings written to unpaid.xlsx."
    sheet = load_workbook(tmp_path / "unpaid.xlsx").active
    written = list(sheet.iter_rows(values_only=True))
    assert [r[0] for r in written[1:]] == shown  # the shown rows, in the shown order
    tab.period.setCurrentText("This year")
    tab.status_filter.setCurrentIndex(0)
    this_year = Billing.select().where(Billing.invoice_date >= date(2026, 1, 1)).count()
    assert 0 < tab.table.model().rowCount() == this_year < Billing.select().count()


IMPORT_HEADER = (
    "invoice_no,invoice_date,customer_name,customer_npwp,item_name,quantity,unit_price\n"
)


def test_import_with_errors_writes_nothing_then_a_good_file_imports(window, prompts, tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text(
        IMPORT_HEADER
        + "INV-N1,2026-11-02,PT Baru,01.234.567.4-411.000,Jasa,1,1.000.000\n"
        + "INV-N2,25/11/2026,PT Baru,01.234.567.4-411.000,Jasa,0,1.000.000\n",
        encoding="utf-8",
    )
    before = Billing.select().count()
    prompts.opened = [[bad]]
    trigger(window, "actionImportBillings")
    dialog = window.dialog
    assert dialog.objectName() == "importDialog"
    assert dialog.summary.text().startswith("<b style='color:#b91c1c'>2 problems in bad.csv.")
    assert rows_of(dialog.table) == ["3", "3"]
    assert [dialog.table.item(r, 2).text() for r in range(2)] == [
        "“25/11/2026” is not a date: write it as YYYY-MM-DD, e.g. 2026-11-25.",
        "must be more than 0.",
    ]
    assert not dialog.import_button.isEnabled()
    assert Billing.select().count() == before
    good = tmp_path / "good.csv"
    good.write_text(
        IMPORT_HEADER
        + "INV-N1,2026-11-02,PT Baru,01.234.567.4-411.000,Jasa,1,1.000.000\n"
        + "INV-N1,2026-11-02,PT Baru,01.234.567.4-411.000,Modul,2,50.000\n"
        + "INV-N2,2026-11-03,PT Sinar Jaya Abadi,02.601.536.2-054.000,Sewa,1,2.000.000\n",
        encoding="utf-8",
    )
    prompts.opened = [[good]]
    trigger(window, "actionImportBillings")
    dialog = window.dialog
    assert "2 billings</b> with 3 lines" in dialog.summary.text()
    assert "1 new customer will be added" in dialog.summary.text()
    assert rows_of(dialog.table, 2) == ["PT Baru (new)", "PT Sinar Jaya Abadi"]
    dialog.import_button.click()
    assert prompts.informed[-1] == ("2 billings imported as Draft from good.csv (1 new customers).")
    row = billing_row(window, "INV-N1")
    assert row["Status"] == "Draft" and row["Customer"] == "PT Baru"
    assert Billing.select().count() == before + 2


def test_company_and_numbering_pattern(window, prompts):
    trigger(window, "actionCompanySettings")
    dialog = window.dialog
    dialog.form.npwp.setText("123")
    dialog.form.pattern.setText("FK/{yyyy}/{seq:04}")
    assert dialog.form.preview.text() == "FK/2026/0001"
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert "is not a valid NPWP" in dialog.problem.text()
    assert parties.company().npwp == "022732101075000"  # nothing changed
    dialog.form.npwp.setText("01.234.567.4-411.000")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert parties.company().npwp == "012345674411000"
    trigger(window, "actionNewBilling")
    assert window.dialog.invoice_no.text() == "FK/2026/0001"


def test_new_billing_has_ctrl_n_and_delete_has_the_delete_key(window):
    assert window.findChild(QAction, "actionNewBilling").shortcut().toString() == "Ctrl+N"
    assert window.findChild(QAction, "actionDeleteSelected").shortcut().toString() == "Del"


def select_customer(window, name: str) -> None:
    window.tabs.setCurrentWidget(window.customers_tab)
    view = window.customers_tab.table
    rows = rows_of(view)
    view.setCurrentIndex(view.model().index(rows.index(name), 0))


def test_edit_a_customer_and_delete_only_one_without_billings(window, prompts):
    select_customer(window, "Budi Santoso")
    delete = window.findChild(QAction, "actionDeleteCustomer")
    assert not delete.isEnabled()
    assert delete.toolTip() == "Budi Santoso has 8 billings, so the customer stays."
    trigger(window, "actionEditCustomer")
    dialog = window.dialog
    assert dialog.fields["nik"].text() == "3171011708450001"
    dialog.fields["phone"].setText("+62 812 3456 7890")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert Customer.get(Customer.name == "Budi Santoso").phone == "+62 812 3456 7890"
    assert rows_of(window.customers_tab.table, 4)[0] == "+62 812 3456 7890"
    parties.add_customer("CV Tanpa Tagihan")
    window.refresh_all()
    select_customer(window, "CV Tanpa Tagihan")
    prompts.answers = [True]
    trigger(window, "actionDeleteCustomer")
    assert prompts.informed[-1] == "Customer CV Tanpa Tagihan has been deleted."
    assert "CV Tanpa Tagihan" not in rows_of(window.customers_tab.table)


def new_draft(window, customer: str, price: str) -> str:
    trigger(window, "actionNewBilling")
    form = window.dialog
    form.customer.setCurrentIndex(form.customer.findText(customer))
    form.set_cell(0, NAME, "Jasa")
    form.set_cell(0, PRICE, price)
    invoice_no = form.invoice_no.text()
    trigger(form, "actionSaveDraft")
    assert not form.isVisible(), form.problem.text()
    return invoice_no


def test_save_drafts_then_issue_both_and_delete_with_the_delete_key(empty_window, prompts):
    window = empty_window
    parties.add_customer("PT Kreasi Nusantara", npwp="012345674411000")
    first = new_draft(window, "PT Kreasi Nusantara", "1.000.000")
    second = new_draft(window, "PT Kreasi Nusantara", "2.000.000")
    assert (first, second) == ("INV-FPY-261100001", "INV-FPY-261100002")
    assert window.statusBar().currentMessage() == f"{second} saved as Draft."
    select_billings(window, [first, second])
    prompts.answers = [True]
    trigger(window, "actionIssueSelected")
    assert prompts.informed[-1] == (
        "2 billings issued; 2 took E-Faktur No 000-26.00000100 .. 000-26.00000101."
    )
    assert billing_row(window, first)["E-Faktur No"] == "000-26.00000100"
    third = new_draft(window, "PT Kreasi Nusantara", "500")
    select_billings(window, [first, third])
    delete = window.findChild(QAction, "actionDeleteSelected")
    assert not delete.isEnabled()
    assert delete.toolTip().startswith(f"{first}: Only a Draft, Proforma or Cancelled")
    select_billings(window, [third])
    view = window.billings_tab.table
    view.setFocus()
    prompts.answers = [True]
    trigger(window, "actionDeleteSelected")
    assert prompts.informed[-1] == f"1 billing deleted: {third}."
    assert Billing.get_or_none(Billing.invoice_no == third) is None


def test_the_detail_explains_each_disabled_action(window):
    detail = open_detail(window, "INV-FPY-032300402")  # paid
    reasons = detail.unavailable.text()
    assert "<b>Cancel</b> is not available: A fully paid billing cannot be cancelled." in reasons
    assert "<b>Delete</b> is not available: Only a Draft, Proforma or Cancelled" in reasons
    assert detail.findChild(QAction, "actionDuplicateBilling").isEnabled()
    assert not detail.findChild(QAction, "actionIssueBilling").isEnabled()


def test_totals_follow_each_keystroke_in_a_line(empty_window, qtbot):
    parties.add_customer("PT Kreasi Nusantara", npwp="012345674411000")
    trigger(empty_window, "actionNewBilling")
    form = empty_window.dialog
    form.set_cell(0, NAME, "Jasa")
    form.lines.setFocus()
    form.lines.setCurrentCell(0, PRICE)
    form.lines.editItem(form.lines.item(0, PRICE))
    editor = form.lines.findChild(QLineEdit)
    assert editor is not None
    qtbot.keyClicks(editor, "200")
    assert form.totals["dpp"].text() == "Rp 200"  # before the cell is even left
    qtbot.keyClicks(editor, "0")
    assert form.totals["total"].text() == "Rp 2,220"


def test_the_form_the_detail_and_the_faktur_show_ppn_196625_on_dpp_1787500(empty_window, prompts):
    # issue 14: PPN is worked out from the DPP the faktur prints, wherever it is shown
    from app.efaktur.djp_csv import faktur_rows
    from app.efaktur.exports import faktur_of

    window = empty_window
    parties.add_customer("PT Kreasi Nusantara", npwp="012345674411000")
    trigger(window, "actionNewBilling")
    form = window.dialog
    form.customer.setCurrentIndex(form.customer.findText("PT Kreasi Nusantara"))
    lines = [("Jasa", "2", "750.000", "10"), ("Barang", "1,5", "333.333", "12,5")]
    for row, values in enumerate(lines):
        if row:
            trigger(form, "actionAddLine")
        for column, text in zip((NAME, QUANTITY, PRICE, DISCOUNT), values, strict=True):
            form.set_cell(row, column, text)
    shown = {key: form.totals[key].text() for key in ("dpp", "ppn", "total")}
    assert shown == {"dpp": "Rp 1,787,500", "ppn": "Rp 196,625", "total": "Rp 1,984,125"}
    # the lines read as the faktur's lines: to the cent, adding up to the DPP, the
    # rounding of the whole-rupiah DPP (+0.44) on the first line, as in the CSV
    amounts = ["Rp 1,350,000.44", "Rp 437,499.56"]
    assert [form.lines.item(r, AMOUNT).text() for r in range(2)] == amounts
    assert "Rp 0.44 of rounding" in form.lines.item(0, AMOUNT).toolTip()
    assert form.lines.item(1, AMOUNT).toolTip() == ""
    prompts.answers = [True]
    trigger(form, "actionSaveAndIssue")
    detail = open_detail(window, "INV-FPY-261100001")
    assert {key: detail.fields[key].text() for key in ("dpp", "ppn", "total")} == shown
    assert line_table(detail) == [
        ["Jasa", "2", "Rp 750,000", "10%", "Rp 1,350,000.44"],
        ["Barang", "1.5", "Rp 333,333", "12.5%", "Rp 437,499.56"],
    ]
    assert "Rp 0.44 of rounding" in detail.lines.item(0, 4).toolTip()
    assert billing_row(window, "INV-FPY-261100001")["Total"] == "Rp 1,984,125"
    fk, *of = faktur_rows(faktur_of(Billing.get()))
    assert (fk[10], fk[11]) == ("1787500", "196625")
    assert [row[7] for row in of] == ["1350000.44", "437499.56"]


def line_table(detail) -> list[list[str]]:
    table = detail.lines
    return [
        [table.item(r, c).text() for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]


def test_a_line_of_9090_50_reads_as_on_the_faktur_in_the_form_and_the_detail(empty_window, prompts):
    # issue 14: the window truncated it to 9,090 beside a DPP of 9,091
    from app.efaktur.djp_csv import faktur_rows
    from app.efaktur.exports import faktur_of

    window = empty_window
    parties.add_customer("PT Kreasi Nusantara", npwp="012345674411000")
    trigger(window, "actionNewBilling")
    form = window.dialog
    form.customer.setCurrentIndex(form.customer.findText("PT Kreasi Nusantara"))
    for column, text in ((NAME, "Jasa"), (QUANTITY, "1"), (PRICE, "9.090,50")):
        form.set_cell(0, column, text)
    shown = {key: form.totals[key].text() for key in ("dpp", "ppn", "total")}
    assert shown == {"dpp": "Rp 9,091", "ppn": "Rp 1,000", "total": "Rp 10,091"}
    assert form.lines.item(0, AMOUNT).text() == "Rp 9,091"  # the line is the DPP
    assert "Rp 0.50 of rounding" in form.lines.item(0, AMOUNT).toolTip()
    prompts.answers = [True]
    trigger(form, "actionSaveAndIssue")
    detail = open_detail(window, "INV-FPY-261100001")
    assert {key: detail.fields[key].text() for key in ("dpp", "ppn", "total")} == shown
    assert line_table(detail) == [["Jasa", "1", "Rp 9,090.50", "0%", "Rp 9,091"]]
    assert "Rp 0.50 of rounding" in detail.lines.item(0, 4).toolTip()
    fk, of = faktur_rows(faktur_of(Billing.get()))
    assert (of[3], of[7], fk[10], fk[11]) == ("9090.50", "9091.00", "9091", "1000")


def test_cancel_efaktur_no_the_numbers_of_three_cancelled_billings_at_once(window, prompts):
    three = ["INV-FPY-032300400", "INV-FPY-032300403", "INV-FPY-032300404"]
    numbers = [billing_row(window, no)["E-Faktur No"] for no in three]
    release = window.findChild(QAction, "actionCancelEfakturNoSelected")
    select_billings(window, three)
    assert not release.isEnabled()  # not cancelled yet, and the tip says so
    assert release.toolTip() == (
        "INV-FPY-032300403: Cancel the billing first: only a cancelled billing can "
        "cancel its E-Faktur No. This billing is Partially Paid. (and 2 more)"
    )
    prompts.answers = [True]
    trigger(window, "actionCancelSelected")
    select_billings(window, three)
    prompts.answers = [True]
    trigger(window, "actionCancelEfakturNoSelected")
    assert "Cancel the E-Faktur Nos of the 3 selected billings?" in prompts.asked[-1]
    told = prompts.informed[-1]
    assert told.startswith("3 E-Faktur Nos cancelled: ")
    assert told.endswith(". They are available again.")
    assert all(number in told for number in numbers)
    for no, number in zip(three, numbers, strict=True):
        row = billing_row(window, no)
        assert row["Status"] == "Cancelled"
        assert row["E-Faktur No"] == f"{number} (cancelled)"
    window.tabs.setCurrentWidget(window.numbers_tab)
    for number in numbers:
        window.numbers_tab.search.setText(number)
        window.numbers_tab.search.returnPressed.emit()
        assert rows_of(window.numbers_tab.numbers, 1) == ["Available"]


def test_cancel_efaktur_no_is_off_while_an_uploaded_number_is_selected(window, prompts):
    both = ["INV-FPY-032300400", "INV-FPY-032300401"]
    select_billings(window, both)
    prompts.answers = [True]
    trigger(window, "actionCancelSelected")
    select_billings(window, both)
    release = window.findChild(QAction, "actionCancelEfakturNoSelected")
    assert not release.isEnabled()
    assert release.toolTip().startswith("INV-FPY-032300401: e-Faktur file uploaded on 2026-11-17")


def test_a_billing_coretax_numbers_is_not_shown_waiting_for_an_efaktur_no(window, prompts):
    """Issued on a date Coretax numbers, a billing owes no NSFP: the list leaves its
    E-Faktur No empty instead of "(Not Set)", which asks for Generate E-Faktur No."""
    from app.numbers import channel

    channel.choose(date(2026, 11, 1))
    prompts.answers = [True]
    select_billings(window, ["INV-FPY-032300406"])
    trigger(window, "actionIssueSelected")
    row = billing_row(window, "INV-FPY-032300406")
    assert (row["Status"], row["E-Faktur No"]) == ("Unpaid", "")


def test_a_luxury_billings_detail_shows_its_ppnbm_in_the_total(empty_window):
    from decimal import Decimal

    from app.billings.billings import BillingData, LineData, create_billing

    window = empty_window
    buyer = parties.add_customer("PT Mewah", npwp="012345674411000")
    day = date(2026, 11, 20)
    car = LineData("Mobil", Decimal(2), Decimal(1_000_000), luxury=True, stlg_rate=Decimal(20))
    service = LineData("Jasa", Decimal(1), Decimal(1_000_000))
    for no, line in (("INV-LUX", car), ("INV-JASA", service)):
        create_billing(BillingData(no, buyer.id, day, day, (line,)))
    window.refresh_all()
    detail = open_detail(window, "INV-LUX")
    shown = {key: detail.fields[key].text() for key in ("dpp", "ppn", "ppnbm", "total")}
    assert shown == {
        "dpp": "Rp 2,000,000",
        "ppn": "Rp 240,000",
        "ppnbm": "Rp 400,000",
        "total": "Rp 2,640,000",  # what the buyer pays: DPP + PPN + PPnBM
    }
    assert detail.amount_form.isRowVisible(detail.fields["ppnbm"])
    assert detail.fields["tax"].text() == "On, transaction code 01, PPN 12%"  # full price
    assert detail.amount_form.labelForField(detail.fields["ppnbm"]).text() == "PPnBM"
    assert billing_row(window, "INV-LUX")["Total"] == "Rp 2,640,000"
    detail.close()
    detail = open_detail(window, "INV-JASA")
    assert not detail.amount_form.isRowVisible(detail.fields["ppnbm"])  # none: not shown
    assert detail.fields["total"].text() == "Rp 1,110,000"


def test_the_code_pickers_offer_code_10_with_its_label(empty_window):
    trigger(empty_window, "actionNewCustomer")
    box = empty_window.dialog.transaction_code
    assert [box.itemData(i) for i in range(box.count())] == [f"{n:02d}" for n in range(1, 11)]
    assert box.itemText(box.count() - 1) == "10 – other supplies (Coretax only)"
    empty_window.dialog.reject()
    trigger(empty_window, "actionNewBilling")
    box = empty_window.dialog.transaction_code
    assert box.itemText(box.findData("10")) == "10 – other supplies (Coretax only)"


def test_a_luxury_line_takes_its_ppnbm_rate_in_the_form_and_keeps_it_when_edited(
    empty_window, prompts
):
    from decimal import Decimal

    from PySide6.QtCore import QDate, Qt

    from app.billings.billing_actions import find_by_invoice_no
    from app.billings.billings import billing_data
    from ui.billing_form import LUXURY, NAME, PPNBM, PRICE, QUANTITY

    window = empty_window
    parties.add_customer("PT Mewah", npwp="012345674411000")
    trigger(window, "actionNewBilling")
    form = window.dialog
    form.customer.setCurrentIndex(form.customer.findText("PT Mewah"))
    form.invoice_date.setDate(QDate(2026, 11, 20))
    for column, text in [(NAME, "Mobil"), (QUANTITY, "2"), (PRICE, "1.000.000")]:
        form.set_cell(0, column, text)
    assert form.lines.isColumnHidden(PPNBM)  # no luxury line: nothing to ask
    form.lines.item(0, LUXURY).setCheckState(Qt.CheckState.Checked)
    assert not form.lines.isColumnHidden(PPNBM)
    form.coretax_details.setChecked(True)
    form.resize(1024, 640)
    assert form.lines.columnWidth(NAME) >= 220  # the name keeps its room: the lines scroll
    form.set_cell(0, PPNBM, "250")
    assert "Line 1: the PPnBM rate is a percentage from 0 to 200." in form.problem.text()
    form.set_cell(0, PPNBM, "20")
    assert form.problem.text() == ""
    assert form.totals["ppnbm"].text() == "Rp 400,000"
    assert form.totals["total"].text() == "Rp 2,640,000"
    trigger(form, "actionSaveDraft")
    assert not form.isVisible()
    invoice_no = billing_row(window, "INV-FPY-261100001")["Invoice No"]
    assert billing_data(find_by_invoice_no(invoice_no).id).lines[0].stlg_rate == Decimal(20)

    detail = open_detail(window, invoice_no)
    trigger(detail, "actionEditBilling")
    edit = detail.form
    assert edit.lines.item(0, PPNBM).text() == "20"  # not dropped by an edit
    edit.set_cell(0, NAME, "Mobil listrik")
    trigger(edit, "actionSaveDraft")
    saved = billing_data(find_by_invoice_no(invoice_no).id).lines[0]
    assert (saved.name, saved.stlg_rate) == ("Mobil listrik", Decimal(20))
    assert billing_row(window, invoice_no)["Total"] == "Rp 2,640,000"


def test_a_07_billing_charges_no_ppn_in_the_form_and_the_detail(empty_window, prompts):
    from PySide6.QtCore import QDate

    window = empty_window
    parties.add_customer("PT Kawasan Berikat", npwp="013000666091000")
    trigger(window, "actionNewBilling")
    form = window.dialog
    form.customer.setCurrentIndex(form.customer.findText("PT Kawasan Berikat"))
    form.invoice_date.setDate(QDate(2026, 11, 20))
    for column, text in [(NAME, "Mesin"), (QUANTITY, "10"), (PRICE, "1.000.000")]:
        form.set_cell(0, column, text)
    assert form.totals["total"].text() == "Rp 11,100,000"
    form.transaction_code.setCurrentIndex(form.transaction_code.findData("07"))
    assert form.ppn_label.text() == "PPN 12% × 11/12, not collected (code 07)"
    assert form.totals["ppn"].text() == "Rp 1,100,000"  # the faktur states it
    assert form.totals["total"].text() == "Rp 10,000,000"  # the buyer pays the DPP
    form.add_info.setCurrentIndex(form.add_info.findData("TD.00501"))
    trigger(form, "actionSaveDraft")
    assert not form.isVisible(), form.problem.text()
    detail = open_detail(window, "INV-FPY-261100001")
    label = detail.amount_form.labelForField(detail.fields["ppn"]).text()
    assert (label, detail.fields["ppn"].text()) == ("PPN, not collected", "Rp 1,100,000")
    assert detail.fields["total"].text() == "Rp 10,000,000"
    assert billing_row(window, "INV-FPY-261100001")["Total"] == "Rp 10,000,000"

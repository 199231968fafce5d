"""Absurd amounts, dates, numbers and invoice numbers, as a user types them in the window:
a plain sentence where they are typed, and nothing saved."""

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialogButtonBox, QLabel

from app.billings import numbering, parties
from app.book.models import Billing, EfakturRange, db
from tests.test_window_billings import trigger
from tests.test_window_guide import action, open_billing
from ui.billing_form import NAME, PRICE, QUANTITY
from ui.dates import to_qdate

OUTSIDE = "is outside the years 2010 to 2027 (e-Faktur began in 2010, and nothing may be dated"


def save(dialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()


def test_the_billing_form_names_absurd_amounts_dates_and_invoice_numbers(window):
    parties.add_customer("PT Kreasi Nusantara", npwp="012345674411000")
    drafts = Billing.select().count()
    trigger(window, "actionNewBilling")
    form = window.dialog
    form.customer.setCurrentIndex(form.customer.findText("PT Kreasi Nusantara"))
    form.set_cell(0, NAME, "Jasa")
    form.set_cell(0, QUANTITY, "1.000.000")
    form.set_cell(0, PRICE, "9.000.000.000.000.000")  # crashed the save with OverflowError
    assert form.problem.text() == (
        "Line 1, unit price: is at most Rp 100.000.000.000.000 (no invoice reaches that)."
    )
    trigger(form, "actionSaveDraft")
    assert form.isVisible() and Billing.select().count() == drafts

    form.set_cell(0, PRICE, "90.000.000")  # a line of Rp 90 trillion; two of them are too much
    assert form.problem.text() == ""
    trigger(form, "actionAddLine")
    for column, text in ((NAME, "Jasa"), (QUANTITY, "1.000.000"), (PRICE, "90.000.000")):
        form.set_cell(1, column, text)
    assert form.problem.text().startswith(
        "The billing comes to Rp 199.800.000.000.000; one billing is at most Rp 100.000.000.000.000"
    )
    trigger(form, "actionSaveDraft")
    assert form.isVisible() and Billing.select().count() == drafts
    form.set_cell(0, QUANTITY, "1")
    form.set_cell(1, QUANTITY, "1")

    form.invoice_date.setDate(to_qdate(date(9999, 12, 31)))
    assert form.problem.text() == f"The invoice date 9999-12-31 {OUTSIDE} after next year)."
    trigger(form, "actionSaveDraft")
    assert form.isVisible() and Billing.select().count() == drafts
    form.invoice_date.setDate(to_qdate(date(2026, 11, 25)))
    assert form.problem.text() == ""

    form.invoice_no.setText("ФАКТУРА/2026/0001")
    trigger(form, "actionSaveDraft")
    assert form.problem.text().startswith(
        "Invoice number “ФАКТУРА/2026/0001” holds “Ф” (U+0424); an invoice number is written "
        "with plain letters A-Z"
    )
    assert form.isVisible() and Billing.select().count() == drafts
    form.invoice_no.setText("FAKTUR/2026/0001")
    trigger(form, "actionSaveDraft")
    assert not form.isVisible() and Billing.select().count() == drafts + 1


def test_the_range_dialog_refuses_years_and_pasted_forms_as_ranges_add_does(window, qtbot):
    trigger(window, "actionAddRange")
    dialog = window.dialog
    problem = dialog.findChild(QLabel, "rangeProblem")
    assert (dialog.year.minimum(), dialog.year.maximum()) == (2010, 2027)
    dialog.start.set_number("000-00.00000001")
    dialog.end.set_number("000-00.00000010")
    assert (
        problem.text() == f"Start 000-00.00000001, a number for 2000, {OUTSIDE} after next year)."
    )
    save(dialog)
    assert dialog.isVisible() and EfakturRange.select().count() == 2

    dialog.start.set_number("000-26.00000001")
    dialog.end.set_number("000-26.00000075")
    assert problem.text() == ""
    # a faktur form the core refuses is said so, never cut to 13 digits of something else
    QGuiApplication.clipboard().setText("990.000-26.00000099")
    dialog.end.setFocus()
    qtbot.keyClick(dialog.end, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert dialog.end.text() == "000-26.00000075"
    assert problem.text() == (
        "“990.000-26.00000099” begins with transaction code 99; a faktur's code is 01 to 09."
    )

    dialog.grant_date.setDate(to_qdate(date(2001, 1, 1)))
    assert problem.text() == f"The grant letter date 2001-01-01 {OUTSIDE} after next year)."
    save(dialog)
    assert dialog.isVisible() and EfakturRange.select().count() == 2
    dialog.grant_date.setDate(to_qdate(date(2026, 1, 2)))
    save(dialog)
    assert not dialog.isVisible() and EfakturRange.select().count() == 3


def test_choose_e_faktur_no_refuses_a_faktur_form_of_another_code(window, qtbot, prompts):
    db.execute_sql("UPDATE billing SET status = 'unpaid' WHERE invoice_no = 'INV-FPY-032300406'")
    detail = open_billing(window, qtbot, "INV-FPY-032300406")
    prompts.texts = ["071.000-26.12345651"]
    prompts.answers = [True]
    action(detail, "actionChooseEfakturNo").trigger()
    assert prompts.refused[-1] == (
        "“071.000-26.12345651” is the faktur form for transaction code 07, but "
        "INV-FPY-032300406 has code 01. Type the 13 digits, or the faktur form with code 01."
    )
    assert detail.findChild(QLabel, "field_efaktur_no").text() == "(Not Set)"


def test_settings_refuse_an_invoice_pattern_e_faktur_would_collapse(window, prompts):
    trigger(window, "actionSettings")
    dialog = window.dialog
    dialog.company.pattern.setText("ФАКТУРА/{yyyy}/{seq:04}")
    save(dialog)
    assert dialog.isVisible()
    assert "which holds “Ф” (U+0424)" in dialog.problem.text()
    assert numbering.current().text == numbering.DEFAULT_PATTERN

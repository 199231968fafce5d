"""Issue 17's way through the window, start to end: a book that worked with NSFP ranges
switches to Coretax in Settings, a new customer and a billing with a goods line and a
services line are made and issued (no E-Faktur No taken), the month's XML is exported
from the Export tab, and a selection with a problem is refused, naming it."""

from datetime import date
from xml.etree import ElementTree as ET

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialogButtonBox

from app.billings import parties
from app.numbers import channel
from app.numbers.channel import Channel
from app.numbers.listing import RangeListing
from app.numbers.ranges import add_range, read_range
from tests.support.coretax import assert_valid, goods_and_services
from tests.test_window_billings import billing_row, fill_customer, trigger
from tests.test_window_export import show_export, statuses
from ui.billing_form import CODE, GOODS_CODE, KIND, NAME, PRICE, QUANTITY, UNIT
from ui.main_window import MainWindow
from ui.settings_dialog import CHANNEL


@pytest.fixture
def nsfp_window(book, qtbot, prompts):
    """A book that worked with NSFP ranges: its company and a range of 100 numbers."""
    parties.set_company(
        "PT Penjual Jaya", "02.273.210.1-075.000", "Jl. Merdeka 1, Jakarta", tku="000000"
    )
    add_range(read_range("000-26.00000100", "000-26.00000199", None, date(2026, 1, 2), ""))
    window = MainWindow(book)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def save(dialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()


def available_numbers() -> int:
    return sum(r.available for r in RangeListing().rows())


def test_switch_to_coretax_bill_goods_and_services_and_export_the_months_xml(
    nsfp_window, prompts, tmp_path
):
    window = nsfp_window
    numbers_before = available_numbers()

    # Settings: fakturs from 1 January 2025 go through Coretax
    trigger(window, "actionSettings")
    dialog = window.dialog.show_page(CHANNEL)
    dialog.channel.coretax.setChecked(True)
    dialog.channel.coretax_from.setDate(QDate(2025, 1, 1))
    assert dialog.channel.sentence.text() == Channel(date(2025, 1, 1)).sentence
    save(dialog)
    assert not dialog.isVisible()
    assert channel.current() == Channel(date(2025, 1, 1))

    # a new customer, identified by its NPWP
    window.tabs.setCurrentWidget(window.customers_tab)
    trigger(window, "actionNewCustomer")
    customer = window.dialog
    fill_customer(customer, name="PT Kreasi Nusantara", npwp="01.300.066.6-091.000")
    save(customer)
    assert not customer.isVisible()

    # a billing of goods by the kilogram and services by the hour, saved and issued
    trigger(window, "actionNewBilling")
    form = window.dialog
    form.customer.setCurrentIndex(form.customer.findText("PT Kreasi Nusantara"))
    form.invoice_date.setDate(QDate(2026, 11, 20))
    form.coretax_details.setChecked(True)
    for column, text in [
        (CODE, "KRT"),
        (NAME, "Kertas HVS"),
        (QUANTITY, "25"),
        (PRICE, "40.000"),
        (KIND, "Goods"),
        (GOODS_CODE, "480200"),
        (UNIT, "kilogram"),
    ]:
        form.set_cell(0, column, text)
    trigger(form, "actionAddLine")
    for column, text in [(NAME, "Konsultasi pajak"), (QUANTITY, "4"), (PRICE, "750.000")]:
        form.set_cell(1, column, text)
    form.set_cell(1, UNIT, "jam")
    assert form.problem.text() == ""
    prompts.answers = [True]
    trigger(form, "actionSaveAndIssue")
    assert "Coretax numbers its faktur when DJP approves it." in prompts.asked[-1]
    assert not form.isVisible()
    row = billing_row(window, "INV-FPY-261100001")
    assert (row["Status"], row["E-Faktur No"]) == ("Unpaid", "")
    assert available_numbers() == numbers_before  # no NSFP was taken

    # the month's XML from the Export tab
    tab = show_export(window)
    assert tab.format.currentText() == "Coretax (XML)"
    assert statuses(tab) == {"INV-FPY-261100001": "Not Exported"}
    trigger(tab, "actionExportSelectAll")
    prompts.paths = [tmp_path / "november.xml"]
    trigger(tab, "actionExportCsv")
    assert prompts.informed[-1] == "1 faktur written to november.xml."
    written = (tmp_path / "november.xml").read_bytes()
    assert_valid(written)
    faktur = ET.fromstring(written).find("ListOfTaxInvoice/TaxInvoice")
    assert faktur.findtext("RefDesc") == "INV-FPY-261100001"
    assert faktur.findtext("BuyerTin") == "0013000666091000"
    goods = [
        (g.findtext("Opt"), g.findtext("Code"), g.findtext("Unit"), g.findtext("TaxBase"))
        for g in faktur.iter("GoodService")
    ]
    assert goods == [
        ("A", "480200", "UM.0003", "1000000"),  # 25 kg × Rp 40,000
        ("B", "000000", "UM.0027", "3000000"),  # 4 hours × Rp 750,000
    ]
    # by hand: 11/12 of each TaxBase, to the cent, then 12% of it
    assert [
        (g.findtext("OtherTaxBase"), g.findtext("VAT")) for g in faktur.iter("GoodService")
    ] == [
        ("916666.67", "110000"),  # 1,000,000 × 11/12 = 916,666.666…; × 12% = 110,000.0004
        ("2750000", "330000"),
    ]
    assert row["Total"] == "Rp 4,440,000"  # DPP 4,000,000 + PPN 440,000, the XML's VAT summed
    assert statuses(tab) == {"INV-FPY-261100001": "Exported"}

    # a buyer Coretax cannot identify: the export names the billing and writes nothing
    nobody = parties.add_customer("CV Tanpa Identitas")
    goods_and_services("INV-CT-002", nobody.id, day=date(2026, 11, 21))
    tab.refresh()
    trigger(tab, "actionExportSelectAll")
    prompts.answers = [False]  # the one exported before stays out
    trigger(tab, "actionExportCsv")
    assert prompts.refused[-1] == (
        "Nothing was exported; correct these billings first:\n"
        "INV-CT-002: customer CV Tanpa Identitas has no NPWP, NIK, passport or other ID "
        "for Coretax"
    )
    assert sorted(p.name for p in tmp_path.glob("*.xml")) == ["november.xml"]
    assert statuses(tab)["INV-CT-002"] == "Not Exported"

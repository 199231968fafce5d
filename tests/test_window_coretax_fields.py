"""The Coretax fields through the window: the customer's TKU, identity and country, the
company's TKU, each line's goods or services, code and unit, the facility of codes 07
and 08, and which way the book's fakturs go (Settings and the first start)."""

from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialogButtonBox

from app.billings import parties
from app.billings.billing_actions import find_by_invoice_no, issue_billing
from app.billings.billings import (
    BillingData,
    LineData,
    billing_data,
    create_billing,
    update_billing,
)
from app.billings.parties import customer_names, load_customer_data
from app.book.history import EventListing
from app.common import paths
from app.numbers import channel
from app.numbers.channel import Channel
from tests.test_window_billings import (
    billing_row,
    fill_customer,
    open_detail,
    select_customer,
    trigger,
)
from ui import launch
from ui.billing_form import CODE, GOODS_CODE, KIND, NAME, PRICE, QUANTITY, UNIT
from ui.history_tab import event_details
from ui.main_window import MainWindow
from ui.settings_dialog import CHANNEL

SELLER_NPWP = "02.273.210.1-075.000"


def save(dialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()


@pytest.fixture
def coretax_window(coretax_book, qtbot, prompts):
    """A new book (fakturs from 2025 through Coretax) with its company and a buyer."""
    parties.set_company("PT Penjual Jaya", SELLER_NPWP, "Jl. Merdeka 1, Jakarta")
    parties.add_customer("PT Kreasi Nusantara", npwp="012345674411000")
    window = MainWindow(coretax_book)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def newest_entry_details() -> str:
    return event_details(EventListing().rows()[0])


# -- which way the book works -----------------------------------------------------------


def test_switching_the_book_to_coretax_in_settings_and_back(window, prompts):
    """The demo is an NSFP book; Settings sends fakturs from 1 Nov 2026 through Coretax:
    the billing issued without a number no longer waits for one, the numbered one keeps
    its number; switching back makes it wait again."""
    channel.choose(date(2026, 11, 1))  # issued while Coretax numbered it: no number
    issue_billing(find_by_invoice_no("INV-FPY-032300406").id)
    channel.choose(None)
    window.refresh_all()
    assert billing_row(window, "INV-FPY-032300406")["E-Faktur No"] == "(Not Set)"
    trigger(window, "actionSettings")
    dialog = window.dialog.show_page(CHANNEL)
    form = dialog.channel
    assert form.desktop.isChecked() and not form.coretax_from.isEnabled()
    assert form.sentence.text() == Channel(None).sentence
    form.coretax.setChecked(True)
    form.coretax_from.setDate(QDate(2026, 11, 1))
    assert form.sentence.text().startswith("Fakturs dated from 01 Nov 2026 go through Coretax")
    save(dialog)
    assert not dialog.isVisible()
    assert channel.current() == Channel(date(2026, 11, 1))
    assert billing_row(window, "INV-FPY-032300406")["E-Faktur No"] == ""  # shown at once
    assert billing_row(window, "INV-FPY-032300400")["E-Faktur No"] == "000-26.12345619"
    assert "Through Coretax From: never: every faktur through e-Faktur desktop → 01 Nov 2026" in (
        newest_entry_details()
    )

    trigger(window, "actionSettings")
    dialog = window.dialog.show_page(CHANNEL)
    assert dialog.channel.coretax.isChecked()
    assert dialog.channel.coretax_from.date() == QDate(2026, 11, 1)
    dialog.channel.desktop.setChecked(True)
    save(dialog)
    assert channel.current() == Channel(None)
    assert billing_row(window, "INV-FPY-032300406")["E-Faktur No"] == "(Not Set)"
    assert billing_row(window, "INV-FPY-032300400")["E-Faktur No"] == "000-26.12345619"


def test_the_first_start_asks_how_the_fakturs_go(tmp_path, monkeypatch, prompts, qapp):
    monkeypatch.setattr(paths, "data_dir", lambda: tmp_path)
    args = launch.argparse.Namespace(db=None, demo=False, check=False, command=None)
    prompts.choices = [launch.EMPTY, launch.DESKTOP]
    chosen = launch.choose_book(args, paths.default_book())
    assert launch.first_start(args, chosen)
    way = launch.choose_channel()
    assert (
        "Coretax from 01 Jan 2025: Fakturs dated from 01 Jan 2025 go through Coretax"
        in (prompts.asked[-1])
    )
    assert "e-Faktur desktop: Every faktur goes through e-Faktur desktop" in prompts.asked[-1]
    launch.prepare_book(chosen, want_demo=False, way=way)
    assert channel.current() == Channel(None)
    prompts.choices = [None]
    assert launch.choose_channel() is None  # closing the box opens nothing


def test_the_first_start_may_choose_coretax(tmp_path, monkeypatch, prompts, qapp):
    monkeypatch.setattr(paths, "data_dir", lambda: tmp_path)
    prompts.choices = [launch.CORETAX]
    launch.prepare_book(paths.default_book(), want_demo=False, way=launch.choose_channel())
    assert channel.current() == Channel(date(2025, 1, 1))
    assert not EventListing(search="through").rows()  # the new book's own way: no change


# -- customers and the company -------------------------------------------------------


def test_a_customer_with_a_passport_identity(coretax_window, prompts):
    window = coretax_window
    window.tabs.setCurrentWidget(window.customers_tab)
    trigger(window, "actionNewCustomer")
    dialog = window.dialog
    assert (dialog.tku.text(), dialog.country.text()) == ("000000", "IDN")
    assert dialog.id_type.currentText() == "From the NPWP or NIK"
    assert not dialog.id_number.isEnabled()  # an NPWP or NIK buyer's number is above
    fill_customer(dialog, name="John Smith", npwp_address="12 Baker Street, London")
    dialog.id_type.setCurrentIndex(dialog.id_type.findText("Passport"))
    assert dialog.id_number.isEnabled()
    save(dialog)
    assert dialog.problem.text() == (
        "John Smith is identified by passport: enter the passport's number."
    )
    assert [c.name for c in customer_names()] == ["PT Kreasi Nusantara"]
    dialog.id_number.setText("X1234567")
    dialog.country.setText("gbr")
    assert "ISO 3166" in dialog.country_note.text()
    save(dialog)
    assert not dialog.isVisible()
    john = next(c for c in customer_names() if c.name == "John Smith")
    saved = load_customer_data(john.id)
    assert (saved.id_type, saved.id_number, saved.country, saved.tku) == (
        "Passport",
        "X1234567",
        "GBR",
        "000000",
    )
    trigger(window, "actionEditCustomer")
    again = window.dialog
    assert again.id_type.currentText() == "Passport" and again.id_number.text() == "X1234567"
    again.id_type.setCurrentIndex(again.id_type.findText("Other ID"))
    again.id_number.setText("KITAS-2C11")
    save(again)
    assert "  Identity Type: Passport → Other ID" in newest_entry_details()
    assert "  Identity Number: X1234567 → KITAS-2C11" in newest_entry_details()


def test_country_ind_is_india_and_asks_before_it_is_saved(coretax_window, prompts):
    window = coretax_window
    window.tabs.setCurrentWidget(window.customers_tab)
    trigger(window, "actionNewCustomer")
    dialog = window.dialog
    fill_customer(dialog, name="Toko Sinar", nik="3171011708450001")
    dialog.country.setText("IND")
    assert dialog.country_note.text() == "IND is India. A buyer in Indonesia is IDN."
    prompts.answers = [False]
    save(dialog)
    assert "Country IND is India; Indonesia is IDN" in prompts.asked[-1]
    assert dialog.isVisible() and "the country is IDN" in dialog.problem.text()
    assert [c.name for c in customer_names()] == ["PT Kreasi Nusantara"]
    dialog.country.setText("IDN")
    save(dialog)
    toko = next(c for c in customer_names() if c.name == "Toko Sinar")
    assert load_customer_data(toko.id).country == "IDN"


def test_a_bad_tku_is_refused_with_a_message_and_nothing_changes(coretax_window, prompts):
    window = coretax_window
    window.tabs.setCurrentWidget(window.customers_tab)
    trigger(window, "actionNewCustomer")
    dialog = window.dialog
    fill_customer(dialog, name="PT Cabang")
    dialog.tku.setText("12A")
    save(dialog)
    assert dialog.problem.text() == "TKU “12A” must be 6 digits (000000 for the head office)."
    assert [c.name for c in customer_names()] == ["PT Kreasi Nusantara"]
    dialog.close()

    trigger(window, "actionCompanySettings")
    company = window.dialog
    assert company.form.id_tku.text() == (
        "0022732101075000000000 (the 16-digit NPWP, then the TKU)"
    )
    company.form.tku.setText("1234")
    assert "must be 6 digits" in company.form.id_tku.text()  # said while typing
    save(company)
    assert "TKU “1234” must be 6 digits" in company.problem.text() and company.isVisible()
    assert parties.company().tku == "000000"
    company.form.tku.setText("000002")
    assert company.form.id_tku.text().startswith("0022732101075000000002 ")
    save(company)
    assert not company.isVisible()
    assert parties.company().nitku == "0022732101075000000002"
    assert "  TKU: 000000 → 000002" in newest_entry_details()


# -- billing lines and codes 07/08 ---------------------------------------------------


def test_a_billing_with_a_goods_line_and_a_services_line_with_units(coretax_window, prompts):
    window = coretax_window
    buyer = parties.add_customer("PT Toko Buku", npwp="013000666091000")
    create_billing(  # KRT was sold before as goods by the box, with its code
        BillingData(
            "INV-OLD",
            buyer.id,
            date(2026, 11, 2),
            date(2026, 11, 2),
            (
                LineData(
                    "Kertas",
                    Decimal(1),
                    Decimal(50_000),
                    item_code="KRT",
                    kind="A",
                    goods_code="480200",
                    unit="UM.0022",
                ),
            ),
        )
    )
    trigger(window, "actionNewBilling")
    form = window.dialog
    assert not form.coretax_details.isChecked() and form.lines.isColumnHidden(UNIT)
    form.coretax_details.setChecked(True)
    assert not form.lines.isColumnHidden(UNIT)
    form.customer.setCurrentIndex(form.customer.findText("PT Toko Buku"))
    assert [form.lines.item(0, c).text() for c in (KIND, GOODS_CODE, UNIT)] == [
        "Services",
        "000000",
        "Unit",
    ]  # a services business never touches them
    for column, text in [(CODE, "KRT"), (NAME, "Kertas HVS"), (QUANTITY, "10"), (PRICE, "50.000")]:
        form.set_cell(0, column, text)
    assert [form.lines.item(0, c).text() for c in (KIND, GOODS_CODE, UNIT)] == [
        "Goods",
        "480200",
        "Boks",
    ]  # KRT's last choice
    trigger(form, "actionAddLine")
    for column, text in [(NAME, "Konsultasi"), (QUANTITY, "8"), (PRICE, "750.000")]:
        form.set_cell(1, column, text)
    form.set_cell(1, UNIT, "jam")
    assert form.lines.item(1, UNIT).text() == "Jam"
    assert form.lines.item(1, UNIT).toolTip() == "UM.0027"
    form.set_cell(1, GOODS_CODE, "12")
    assert "Line 2, goods/services code: Goods/services code “12” must be 6 digits" in (
        form.problem.text()
    )
    form.set_cell(1, GOODS_CODE, "000000")
    assert form.problem.text() == ""
    trigger(form, "actionSaveDraft")
    assert not form.isVisible()
    invoice_no = billing_row(window, "INV-FPY-261100001")["Invoice No"]
    lines = billing_data(find_by_invoice_no(invoice_no).id).lines
    assert [(x.kind, x.goods_code, x.unit) for x in lines] == [
        ("A", "480200", "UM.0022"),
        ("B", "000000", "UM.0027"),
    ]

    detail = open_detail(window, invoice_no)
    trigger(detail, "actionEditBilling")
    edit = detail.form
    assert edit.coretax_details.isChecked()  # its lines carry more than the defaults
    edit.set_cell(0, KIND, "Services")
    trigger(edit, "actionSaveDraft")
    assert billing_data(find_by_invoice_no(invoice_no).id).lines[0].kind == "B"
    assert "  Line 1, Goods/Services: Goods → Services" in newest_entry_details()


def test_a_07_billing_names_its_facility_from_the_lists(coretax_window, prompts):
    window = coretax_window
    trigger(window, "actionNewBilling")
    form = window.dialog
    assert not form.add_info.isVisibleTo(form)  # code 01: nothing to choose
    form.customer.setCurrentIndex(form.customer.findText("PT Kreasi Nusantara"))
    form.set_cell(0, NAME, "Avtur")
    form.set_cell(0, PRICE, "10.000.000")
    form.transaction_code.setCurrentIndex(form.transaction_code.findData("07"))
    assert form.add_info.isVisibleTo(form) and form.facility_stamp.isVisibleTo(form)
    assert form.add_info.count() == 1 + 31 and form.facility_stamp.count() == 1 + 31
    assert form.add_info.itemText(form.add_info.findData("TD.00531")).startswith(
        "TD.00531 – Penyerahan Rumah Tapak dan Satuan Rumah Susun"
    )
    form.add_info.setCurrentIndex(form.add_info.findData("TD.00504"))
    assert form.add_info.currentText() == "TD.00504 – untuk Avtur"
    assert form.facility_stamp.currentText() == (
        "TD.01104 – Pajak Pertambahan Nilai Tidak Dipungut Sesuai PP Nomor 71 Tahun 2012"
    )  # the stamp that goes with it
    trigger(form, "actionSaveDraft")
    billing = find_by_invoice_no("INV-FPY-261100001")
    saved = billing_data(billing.id)
    assert (saved.transaction_code, saved.add_info, saved.facility_stamp) == (
        "07",
        "TD.00504",
        "TD.01104",
    )
    detail = open_detail(window, "INV-FPY-261100001")
    trigger(detail, "actionEditBilling")
    edit = detail.form
    assert edit.add_info.currentData() == "TD.00504"
    assert edit.facility_stamp.currentData() == "TD.01104"
    edit.transaction_code.setCurrentIndex(edit.transaction_code.findData("08"))
    assert edit.add_info.count() == 1 + 10
    assert edit.add_info.itemText(edit.add_info.findData("TD.00507")) == (
        "TD.00507 – untuk Penyerahan Air Bersih"
    )
    edit.transaction_code.setCurrentIndex(edit.transaction_code.findData("01"))
    trigger(edit, "actionSaveDraft")
    saved = billing_data(billing.id)
    assert (saved.transaction_code, saved.add_info, saved.facility_stamp) == ("01", "", "")
    details = newest_entry_details()
    assert "  Additional Info: TD.00504 → —" in details
    assert "  Facility Stamp: TD.01104 → —" in details


# -- the history in both languages -------------------------------------------------------


def test_the_new_fields_read_in_the_history_in_english_and_indonesian(book, qapp):
    from ui import formatting, i18n

    buyer = parties.add_customer("John Smith", id_type="Passport", id_number="X1")
    parties.save_customer(
        parties.CustomerData(
            "John Smith", id_type="Other ID", id_number="K2", country="GBR", tku="000001"
        ),
        buyer.id,
    )
    line = LineData("Kertas", Decimal(1), Decimal(100))
    made = create_billing(
        BillingData("INV-1", buyer.id, date(2026, 11, 2), date(2026, 11, 2), (line,))
    )
    update_billing(
        made.id,
        BillingData(
            "INV-1",
            buyer.id,
            date(2026, 11, 2),
            date(2026, 11, 2),
            (LineData("Kertas", Decimal(1), Decimal(100), kind="A", unit="UM.0003"),),
        ),
    )
    channel.choose(date(2026, 1, 1))
    parties.set_company("PT Penjual Jaya", SELLER_NPWP, tku="000002")
    billing, customer, moved = (
        event_details(EventListing(search=words).rows()[0])
        for words in ("INV-1 edited", "Customer John Smith edited", "go through Coretax")
    )
    assert "  Line 1, Goods/Services: Services → Goods" in billing
    assert billing.splitlines()[1] == "INV-1 edited (Lines)"
    assert customer.splitlines()[1] == (
        "Customer John Smith edited (TKU, Identity Type, Identity Number, Country)"
    )
    assert "  Line 1, Unit: Unit (UM.0018) → Kilogram (UM.0003)" in billing
    for said in (
        "  TKU: 000000 → 000001",
        "  Identity Type: Passport → Other ID",
        "  Identity Number: X1 → K2",
        "  Country: IDN → GBR",
    ):
        assert said in customer
    assert (
        "  Through Coretax From: never: every faktur through e-Faktur desktop → 01 Jan 2026"
    ) in moved
    assert i18n.install("id")
    formatting.use_language("id")
    try:
        [billing, customer, moved] = (
            event_details(EventListing(search=words).rows()[0])
            for words in ("INV-1 edited", "Customer John Smith edited", "go through Coretax")
        )
        assert "  Baris 1, Barang/Jasa: Jasa → Barang" in billing
        assert customer.splitlines()[1].endswith("(TKU, Jenis Identitas, Nomor Identitas, Negara)")
        assert "  Baris 1, Satuan: Unit (UM.0018) → Kilogram (UM.0003)" in billing
        assert "  Jenis Identitas: Paspor → Identitas Lain" in customer
        assert "  Nomor Identitas: X1 → K2" in customer and "  Negara: IDN → GBR" in customer
        assert (
            "  Melalui Coretax Sejak: tidak pernah: setiap faktur melalui e-Faktur desktop → "
            "01 Jan 2026"
        ) in moved
    finally:
        i18n.install("en")
        formatting.use_language("en")


def test_save_and_issue_in_a_coretax_book_says_coretax_numbers_it(coretax_window, prompts):
    window = coretax_window
    trigger(window, "actionNewBilling")
    form = window.dialog
    form.customer.setCurrentIndex(form.customer.findText("PT Kreasi Nusantara"))
    form.set_cell(0, NAME, "Konsultasi")
    form.set_cell(0, PRICE, "1.000.000")
    prompts.answers = [True]
    trigger(form, "actionSaveAndIssue")
    assert prompts.asked[-1] == (
        "Issue billing INV-FPY-261100001 to the customer? Coretax numbers its faktur when "
        "DJP approves it."
    )
    row = billing_row(window, "INV-FPY-261100001")
    assert (row["Status"], row["E-Faktur No"]) == ("Unpaid", "")


def test_the_unit_is_picked_from_the_list_in_its_cell(coretax_window):
    from PySide6.QtWidgets import QComboBox

    trigger(coretax_window, "actionNewBilling")
    form = coretax_window.dialog
    form.coretax_details.setChecked(True)
    form.set_cell(0, UNIT, "UM.0013")
    lines = form.lines
    index = lines.model().index(0, UNIT)
    delegate = lines.itemDelegateForColumn(UNIT)
    editor = delegate.createEditor(lines.viewport(), None, index)
    delegate.setEditorData(editor, index)
    assert isinstance(editor, QComboBox) and editor.currentText() == "Meter (UM.0013)"
    assert editor.count() == 39
    editor.setCurrentIndex(editor.findText("Kilogram (UM.0003)"))
    delegate.setModelData(editor, lines.model(), index)
    assert lines.item(0, UNIT).text() == "Kilogram" and lines.item(0, UNIT).toolTip() == "UM.0003"


def test_showing_the_coretax_details_is_no_typing_to_ask_about(coretax_window, prompts):
    trigger(coretax_window, "actionNewBilling")
    form = coretax_window.dialog
    form.coretax_details.setChecked(True)
    form.reject()  # Escape: nothing typed, so nothing asked
    assert not form.isVisible() and prompts.asked == []


def test_a_new_billing_opens_with_the_coretax_details_as_last_left(coretax_window, prompts):
    trigger(coretax_window, "actionNewBilling")
    form = coretax_window.dialog
    assert form.lines.isColumnHidden(UNIT)
    form.coretax_details.click()  # a goods business shows them once
    form.reject()
    trigger(coretax_window, "actionNewBilling")
    again = coretax_window.dialog
    assert again.coretax_details.isChecked() and not again.lines.isColumnHidden(UNIT)


def test_saving_a_customer_unchanged_keeps_its_stored_identity_number(coretax_window, prompts):
    window = coretax_window
    parties.add_customer(
        "PT Impor", npwp="013000666091000", id_type="TIN", id_number="013000666091000"
    )
    select_customer(window, "PT Impor")
    trigger(window, "actionEditCustomer")
    dialog = window.dialog
    dialog.fields["phone"].setText("021 555 0199")
    save(dialog)
    assert not dialog.isVisible()
    impor = next(c for c in customer_names() if c.name == "PT Impor")
    saved = load_customer_data(impor.id)
    assert (saved.id_type, saved.id_number, saved.phone) == (
        "TIN",
        "013000666091000",
        "021 555 0199",
    )
    trigger(window, "actionEditCustomer")  # a type chosen anew takes no stale number
    again = window.dialog
    again.id_type.setCurrentIndex(again.id_type.findData(""))
    save(again)
    assert load_customer_data(impor.id).id_number == ""

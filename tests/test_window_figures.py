"""What the window shows in small places: the billings' sums, the numbers list's year,
an NPWP of 16 digits."""

from app.billings import parties
from app.book.models import Billing
from tests.test_window_billings import open_detail, rows_of, trigger

NOT_BILLED = ("draft", "proforma", "cancelled")


def test_billing_sums_count_only_issued_billings_and_name_the_others(window):
    tab = window.billings_tab
    window.tabs.setCurrentWidget(tab)
    billed = Billing.select().where(Billing.status.not_in(NOT_BILLED))
    assert sum(b.dpp for b in billed) == 63_950_000  # 73,300,000 with the draft and cancelled
    assert tab.count_label.text() == (
        f"{Billing.select().count()} billings shown · DPP Rp 63,950,000 · PPN Rp 6,594,500 · "
        "Total Rp 70,544,500 · Paid Rp 48,511,000 · 1 draft, 1 cancelled not counted"
    )
    tab.status_filter.setCurrentIndex(tab.status_filter.findText("Draft"))
    assert tab.count_label.text() == (
        "1 billing shown · DPP Rp 0 · PPN Rp 0 · Total Rp 0 · Paid Rp 0 · 1 draft not counted"
    )
    tab.status_filter.setCurrentIndex(tab.status_filter.findText("Paid"))
    assert tab.count_label.text().endswith("Paid Rp 44,511,000")  # nothing left out, no note


def test_the_numbers_list_opens_on_this_year_and_still_shows_all(window):
    tab = window.numbers_tab
    assert tab.year_filter.currentText() == "2026"
    numbers = rows_of(tab.numbers)
    assert numbers[0] == "000-26.12345600" and len(numbers) == 100
    tab.year_filter.setCurrentIndex(tab.year_filter.findText("All years"))
    assert rows_of(tab.numbers)[0] == "000-25.98765400"  # last year's, expired
    assert tab.number_model.rowCount() == 175
    tab.year_filter.setCurrentIndex(tab.year_filter.findText("2026"))
    tab.search.setText("000-25.98765410")  # a number names its own year
    tab.search.returnPressed.emit()
    assert rows_of(tab.numbers) == ["000-25.98765410"]


def test_a_16_digit_npwp_shows_as_its_16_digits(window, prompts):
    parties.add_customer("PT Enam Belas", npwp="0018550814412000")
    tab = window.customers_tab
    window.tabs.setCurrentWidget(tab)
    tab.search.setText("NPWP")  # refreshes the tab
    tab.search.setText("Enam Belas")
    assert rows_of(tab.table, 1) == ["0018550814412000"]
    tab.table.selectRow(0)
    trigger(window, "actionEditCustomer")
    assert window.dialog.fields["npwp"].text() == "0018550814412000"
    window.dialog.reject()
    tab.search.setText("Maju")  # a 15-digit NPWP keeps its punctuation
    assert rows_of(tab.table, 1) == ["01.855.081.4-412.000"]

    billing = Billing.get(Billing.invoice_no == "INV-FPY-032300406")
    billing.customer = parties.Customer.get(parties.Customer.name == "PT Enam Belas")
    billing.save()
    window.refresh_all()
    detail = open_detail(window, "INV-FPY-032300406")
    assert detail.fields["npwp"].text() == "NPWP 0018550814412000"


def test_billing_sums_name_the_ppnbm_and_the_ppn_not_collected(window):
    from decimal import Decimal

    from app.billings.billings import BillingData, LineData, create_billing
    from tests.conftest import TODAY

    customer = parties.add_customer("PT Mewah", npwp="013000666091000")
    car = LineData("Mobil", Decimal(2), Decimal(1_000_000), luxury=True, stlg_rate=Decimal(20))
    fuel = LineData("Avtur", Decimal(1), Decimal(1_000_000), kind="A")
    facility = {"transaction_code": "07", "add_info": "TD.00504"}
    for no, line, fields in (("LUX-1", car, {}), ("LUX-2", fuel, facility)):
        billing = create_billing(BillingData(no, customer.id, TODAY, TODAY, (line,), **fields))
        billing.status = "unpaid"
        billing.save(only=[Billing.status])
    tab = window.billings_tab
    window.tabs.setCurrentWidget(tab)
    tab.search.setText("LUX-")
    tab.search.returnPressed.emit()
    assert tab.count_label.text() == (
        "2 billings shown · DPP Rp 3,000,000 · PPN Rp 350,000 (Rp 110,000 not collected) · "
        "PPnBM Rp 400,000 · Total Rp 3,640,000 · Paid Rp 0"
    )

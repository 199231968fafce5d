"""Importing billings from spreadsheets, and the Billings list as a spreadsheet."""

import csv
import io
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from app.billings import parties
from app.billings.billing_actions import issue_billing
from app.billings.billing_import import (
    COLUMNS,
    apply_import,
    import_file,
    plan_import,
    read_amount,
    read_bool,
)
from app.billings.billing_sheet import write_billing_list
from app.billings.billings import BillingData, LineData, create_billing
from app.billings.listing import BillingListing
from app.book.models import Billing, BillingLine, Customer, Event
from app.book.states import Status
from app.cli.main import main
from app.common.errors import Refused
from app.efaktur.djp_csv import faktur_rows
from app.efaktur.exports import faktur_of
from app.numbers.ranges import add_range, read_range
from tests.support.books import simple_billing

EXAMPLE = Path(__file__).parent.parent / "resources" / "examples" / "billings-import.csv"


def write_csv(path: Path, rows: list[dict], delimiter: str = ",", columns=COLUMNS) -> Path:
    out = io.StringIO()
    writer = csv.DictWriter(out, columns, delimiter=delimiter, extrasaction="ignore")
    writer.writeheader()
    writer.writerows(rows)
    path.write_text(out.getvalue(), encoding="utf-8")
    return path


def row(**values) -> dict:
    base = {
        "invoice_no": "INV-A",
        "invoice_date": "2026-11-02",
        "due_date": "2026-12-02",
        "customer_name": "PT Kreasi Nusantara",
        "customer_npwp": "01.234.567.4-411.000",
        "item_name": "Jasa",
        "quantity": "1",
        "unit_price": "1.000.000",
    }
    return {**base, **values}


# -- cells as people write them -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("1.234.567", Decimal(1234567)),
        ("1,234,567", Decimal(1234567)),
        ("1.234.567,50", Decimal("1234567.50")),
        ("1,234,567.50", Decimal("1234567.50")),
        ("12,5", Decimal("12.5")),
        ("12.5", Decimal("12.5")),
        ("12.500", Decimal(12500)),  # rupiah as written in Indonesia
        ("0.125", Decimal("0.125")),
        ("Rp 15.000", Decimal(15000)),
        ("10%", Decimal(10)),
        (750000, Decimal(750000)),
        (2.5, Decimal("2.5")),
    ],
)
def test_amounts_are_read_as_a_person_writes_them(text, value):
    assert read_amount(text) == value


@pytest.mark.parametrize("text", ["abc", "1.2.3,4,5", "12.34.567", "", "1,2345,678", True])
def test_what_is_no_amount_is_said_so(text):
    with pytest.raises(ValueError, match="is not an amount"):
        read_amount(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("1", True),
        ("0", False),
        ("Yes", True),
        ("no", False),
        ("TRUE", True),
        ("ya", True),
        ("Tidak", False),
        (True, True),
    ],
)
def test_yes_and_no_in_both_languages(text, value):
    assert read_bool(text) is value


# -- whole files -------------------------------------------------------------------------


def test_the_example_file_imports_as_drafts_with_new_customers(book):
    done = import_file(EXAMPLE)
    assert (done.billings, done.new_customers) == (3, 3)
    first = Billing.get(Billing.invoice_no == "INV-IMP-2611001")
    assert first.status == "draft" and first.lines.count() == 2
    assert (first.dpp, first.ppn, first.total) == (23_100_000, 2_541_000, 25_641_000)
    sari = Billing.get(Billing.invoice_no == "INV-IMP-2611002")
    assert sari.prices_include_tax and sari.total == 2_220_000
    assert sari.customer.nik == "3171011708450001"
    yayasan = Billing.get(Billing.invoice_no == "INV-IMP-2611003")
    assert not yayasan.tax_active and yayasan.total == 2_500_001
    assert Event.select().where(Event.action == "billings_imported").count() == 1


def test_a_file_with_problems_names_each_by_row_and_column_and_writes_nothing(book, tmp_path):
    path = write_csv(
        tmp_path / "bad.csv",
        [
            row(),
            row(quantity="0", unit_price="lima ribu"),
            row(invoice_no="INV-B", invoice_date="25/11/2026", customer_npwp="12345"),
            row(invoice_no="INV-C", tax_active="maybe", transaction_code="11"),
            row(invoice_no="INV-D", customer_name="", customer_email="not-mail"),
        ],
    )
    plan = plan_import(path)
    assert [str(p) for p in plan.problems] == [
        "row 3, quantity: must be more than 0.",
        "row 3, unit_price: “lima ribu” is not an amount.",
        "row 4, invoice_date: “25/11/2026” is not a date: write it as YYYY-MM-DD, e.g. 2026-11-25.",
        "row 4, customer_npwp: The NPWP “12345” is not a valid NPWP: it must have 15 or 16 "
        "digits with a correct check digit (the number has an invalid length).",
        "row 5, transaction_code: “11” is not a transaction code: use 01 to 10.",
        "row 5, tax_active: “maybe” is not yes or no: write 1/0, yes/no, true/false or ya/tidak.",
        "row 6, customer_name: is empty.",
        "row 6, customer_email: “not-mail” is not an e-mail address.",
    ]
    with pytest.raises(Refused, match="nothing was imported"):
        apply_import(plan)
    assert Billing.select().count() == 0 and Customer.select().count() == 0


def test_lines_of_one_billing_must_agree_and_known_numbers_are_refused(book, tmp_path):
    import_file(write_csv(tmp_path / "one.csv", [row(invoice_no="INV-OLD")]))
    plan = plan_import(
        write_csv(
            tmp_path / "two.csv",
            [row(), row(invoice_date="2026-11-03"), row(invoice_no="INV-OLD")],
        )
    )
    assert [str(p) for p in plan.problems] == [
        "row 3, invoice_date: differs from row 2 of the same invoice INV-A; every line of "
        "one billing must agree.",
        "row 4, invoice_no: INV-OLD is already in the book.",
    ]


def test_missing_columns_empty_and_unreadable_files_say_so(book, tmp_path):
    plan = plan_import(write_csv(tmp_path / "cols.csv", [row()], columns=COLUMNS[:5]))
    assert "the header row lacks item_name, quantity, unit_price" in str(plan.problems[0])
    (tmp_path / "empty.csv").write_text("")
    with pytest.raises(Refused, match="is empty"):
        plan_import(tmp_path / "empty.csv")
    (tmp_path / "latin.csv").write_bytes("invoice_no\nCafé".encode("cp1252"))
    with pytest.raises(Refused, match="not in UTF-8"):
        plan_import(tmp_path / "latin.csv")
    (tmp_path / "fake.xlsx").write_bytes(b"PK\x03\x04 not really")
    with pytest.raises(Refused, match="not an Excel workbook"):
        plan_import(tmp_path / "fake.xlsx")
    (tmp_path / "notes.pdf").write_bytes(b"%PDF-1.4")
    with pytest.raises(Refused, match="choose a .csv or .xlsx"):
        plan_import(tmp_path / "notes.pdf")


def test_customers_are_matched_by_npwp_then_nik_then_name(book, tmp_path):
    known = parties.add_customer("PT Lama Sekali", npwp="012345674411000")
    by_nik = parties.add_customer("Sari Dewi", nik="3171011708450001")
    by_name = parties.add_customer("Yayasan Harapan")
    path = write_csv(
        tmp_path / "match.csv",
        [
            row(invoice_no="A1", customer_name="PT Kreasi (new name)"),  # same NPWP
            row(
                invoice_no="A2",
                customer_name="S. Dewi",
                customer_npwp="000000000000000",
                customer_nik="3171011708450001",
            ),  # an NPWP of zeros counts as none
            row(invoice_no="A3", customer_name="yayasan harapan", customer_npwp=""),
            row(invoice_no="A4", customer_name="CV Baru", customer_npwp=""),
            row(invoice_no="A5", customer_name="CV Baru", customer_npwp=""),
        ],
    )
    done = import_file(path)
    assert done.new_customers == 1
    owner = {b.invoice_no: b.customer_id for b in Billing.select()}
    assert owner["A1"] == known.id and owner["A2"] == by_nik.id and owner["A3"] == by_name.id
    assert owner["A4"] == owner["A5"] != known.id


def test_semicolons_and_indonesian_amounts_as_excel_saves_them(book, tmp_path):
    path = write_csv(
        tmp_path / "id.csv",
        [row(quantity="2,5", unit_price="1.000.000,00", discount_percent="10")],
        delimiter=";",
    )
    import_file(path)
    line = BillingLine.get()
    assert (line.quantity, line.unit_price, line.discount_percent) == (
        Decimal("2.5"),
        Decimal("1000000.00"),
        Decimal(10),
    )
    assert Billing.get().dpp == 2_250_000


def test_an_xlsx_with_real_dates_and_number_cells(book, tmp_path):
    wb = Workbook()
    ws = wb.active
    ws.append(["Note", *COLUMNS])  # order free, extra columns ignored
    ws.append(
        [
            "x",
            "INV-X",
            datetime(2026, 11, 2),
            date(2026, 12, 2),
            "PT Kreasi",
            12345674411000,
            None,
            None,
            None,
            1,
            1,
            0,
            None,
            "Jasa",
            3,
            250000.5,
            None,
        ]
    )
    wb.save(tmp_path / "book.xlsx")
    import_file(tmp_path / "book.xlsx")
    billing = Billing.get()
    assert billing.invoice_date == date(2026, 11, 2) and billing.due_date == date(2026, 12, 2)
    assert billing.customer.npwp == "012345674411000"  # Excel dropped the leading zero
    assert billing.transaction_code == "01" and billing.tax_active
    assert billing.dpp == 750_002  # 3 × 250,000.5 = 750,001.5, half up


def test_the_command_line_lists_each_problem_and_exits_2(book, tmp_path, capsys):
    path = write_csv(tmp_path / "bad.csv", [row(quantity="-1"), row(invoice_no="B", unit_price="")])
    code = main(["--db", str(book), "import", str(path)])
    err = capsys.readouterr().err.splitlines()
    assert code == 2
    assert err == [
        "efaktur-desk: bad.csv: row 2, quantity: must be more than 0.",
        "efaktur-desk: bad.csv: row 3, unit_price: is empty.",
        "efaktur-desk: 2 problem(s); nothing was imported.",
    ]
    assert Billing.select().count() == 0
    assert main(["--db", str(book), "import", str(EXAMPLE)]) == 0
    assert "3 billings imported as Draft" in capsys.readouterr().out


# -- the Billings list as a spreadsheet ---------------------------------------------------


def test_the_shown_billings_go_to_xlsx_with_numbers_and_dates(demo, tmp_path):
    listing = BillingListing(status=Status.PAID)
    count = write_billing_list(listing, tmp_path / "paid.xlsx")
    sheet = load_workbook(tmp_path / "paid.xlsx").active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:3] == ("Invoice No", "Customer", "Customer NPWP")
    assert len(rows) == count + 1 and count == listing.totals().count
    assert all(r[-1] == "Paid" for r in rows[1:])
    assert isinstance(rows[1][3], datetime) and isinstance(rows[1][7], int)
    assert sum(r[7] for r in rows[1:]) == listing.totals().total


def test_exported_cells_never_run_as_formulas(book, tmp_path):
    # typed in the customer form (an import refuses it: test_bad_input)
    customer = parties.add_customer('=HYPERLINK("http://x")')
    simple_billing("INV-A", customer.id, date(2026, 11, 2))
    write_billing_list(BillingListing(), tmp_path / "out.csv")
    text = (tmp_path / "out.csv").read_text(encoding="utf-8-sig")
    assert "'=HYPERLINK" in text
    write_billing_list(BillingListing(), tmp_path / "out.xlsx")
    cell = load_workbook(tmp_path / "out.xlsx").active["B2"]
    assert cell.value == '\'=HYPERLINK("http://x")' and cell.data_type == "s"


@pytest.mark.parametrize("suffix", ["csv", "xlsx"])
def test_the_billings_list_carries_the_faktur_dpp_and_ppn(book, tmp_path, suffix):
    # issue 14: the window, the CSV and the stored totals agree; the list export too

    add_range(read_range("000-26.00000100", "000-26.00000199", None, date(2026, 1, 2), ""))
    customer = parties.add_customer("PT Kreasi Nusantara", npwp="012345674411000")
    lines = (
        LineData("Jasa", Decimal(2), Decimal(750_000), Decimal(10)),
        LineData("Barang", Decimal("1.5"), Decimal(333_333), Decimal("12.5")),
    )
    billing = create_billing(
        BillingData("INV-1", customer.id, date(2026, 11, 20), date(2026, 11, 20), lines)
    )
    issue_billing(billing.id)
    path = tmp_path / f"billings.{suffix}"
    write_billing_list(BillingListing(), path)
    if suffix == "csv":
        row = list(csv.reader(path.read_text(encoding="utf-8-sig").splitlines()))[1]
    else:
        row = list(load_workbook(path).active.iter_rows(values_only=True))[1]
    fk = faktur_rows(faktur_of(Billing.get_by_id(billing.id)))[0]
    assert [str(row[5]), str(row[6]), str(row[7])] == [fk[10], fk[11], "1984125"]
    assert (fk[10], fk[11]) == ("1787500", "196625")


def test_a_luxury_line_imports_with_its_ppnbm_rate(book, tmp_path):
    path = write_csv(
        tmp_path / "luxury.csv",
        [
            row(item_name="Mobil", quantity="2", luxury="ya", ppnbm_rate="20"),
            row(invoice_no="INV-B", luxury="ya", ppnbm_rate="250"),
            row(invoice_no="INV-C", ppnbm_rate="dua puluh"),
            row(invoice_no="INV-D", ppnbm_rate="20"),
        ],
    )
    plan = plan_import(path)
    assert [str(p) for p in plan.problems] == [
        "row 3, ppnbm_rate: must be a percentage from 0 to 200.",
        "row 4, ppnbm_rate: “dua puluh” is not an amount.",
        "row 5, ppnbm_rate: only a luxury line (luxury: yes) has PPnBM.",
    ]
    path = write_csv(tmp_path / "good.csv", [row(quantity="2", luxury="ya", ppnbm_rate="20")])
    apply_import(plan_import(path))
    billing = Billing.get(Billing.invoice_no == "INV-A")
    line = billing.lines.get()
    assert (line.luxury, line.stlg_rate) == (True, Decimal(20))
    assert (billing.dpp, billing.ppn, billing.ppnbm, billing.total) == (
        2_000_000,
        240_000,  # a luxury line: 12% of the full price
        400_000,
        2_640_000,
    )


def test_an_identity_without_its_number_is_a_problem_of_its_row(book, tmp_path):
    path = write_csv(
        tmp_path / "identity.csv",
        [
            row(),
            row(
                invoice_no="INV-B",
                customer_name="Mr Smith",
                customer_npwp="",
                customer_id_type="Passport",
                customer_country="GBR",
            ),
            row(
                invoice_no="INV-C",
                customer_name="Sari Dewi",
                customer_npwp="",
                customer_id_type="National ID",
                customer_id_number="12345",
            ),
        ],
    )
    plan = plan_import(path)
    assert [str(p) for p in plan.problems] == [
        "row 3, customer_id_number: Mr Smith is identified by passport: enter the "
        "passport's number.",
        "row 4, customer_id_number: The NIK “12345” is not a valid NIK: it must have 16 "
        "digits, starting with the region and the date of birth as on the KTP (the number "
        "has an invalid length).",
        "row 4, customer_id_number: Sari Dewi is identified by NIK: enter the NIK.",
    ]


def test_a_national_id_or_tin_number_in_the_id_number_column_is_the_nik_or_npwp(book, tmp_path):
    path = write_csv(
        tmp_path / "numbers.csv",
        [
            row(
                customer_name="Sari Dewi",
                customer_npwp="",
                customer_id_type="National ID",
                customer_id_number="3171011708450001",
            ),
            row(
                invoice_no="INV-B",
                customer_name="PT Baru",
                customer_npwp="",
                customer_id_type="TIN",
                customer_id_number="01.234.567.4-411.000",
            ),
        ],
    )
    assert plan_import(path).problems == []
    assert import_file(path).new_customers == 2
    assert Customer.get(Customer.name == "Sari Dewi").nik == "3171011708450001"
    assert Customer.get(Customer.name == "PT Baru").npwp == "012345674411000"

"""What Coretax needs that the book did not hold: the seller's TKU and 16-digit NPWP, the
buyer's identity and country, each line's kind, goods/services code and unit."""

from datetime import date
from decimal import Decimal

import pytest

from app.billings import parties
from app.billings.billing_import import import_file
from app.billings.billings import BillingData, LineData, create_billing
from app.book.models import BillingLine, Customer
from app.common import coretax_codes
from app.common.errors import Refused
from tests.support.cli import run


def test_a_15_digit_npwp_becomes_16_with_a_leading_zero():
    assert parties.npwp16("01.234.567.4-411.000") == "0012345674411000"
    assert parties.npwp16("0012345674411000") == "0012345674411000"
    assert parties.npwp16("000000000000000") == ""


def test_the_company_tku_makes_the_22_digit_id_tku(tmp_path, capsys):
    db = ["--db", tmp_path / "b.sqlite"]
    base = ["company", "--name", "PT Baru Jaya", "--npwp", "012345674411000", "--address", "Jl. A"]
    code, out, _ = run(capsys, *db, *base, "--tku", "000001")
    assert code == 0
    assert out.splitlines()[1] == "ID TKU for Coretax: 0012345674411000000001 (TKU 000001)."
    code, _, err = run(capsys, *db, *base, "--tku", "12345")
    assert code == 2 and "TKU “12345” must be 6 digits" in err
    code, out, _ = run(capsys, *db, *base, "--address", "Jl. B")  # no --tku: kept
    assert code == 0 and "TKU" not in out
    assert run(capsys, *db, *base, "--tku", "")[1].endswith("(TKU 000000).\n")


def test_a_new_company_is_the_head_office(book):
    company = parties.set_company("PT A", "012345674411000")
    assert company.tku == "000000"
    assert company.nitku == "0012345674411000000000"


def test_customer_identity_for_coretax(book):
    customer = parties.add_customer(
        "John Smith", id_type="Passport", id_number="X1234567", country="gbr"
    )
    assert (customer.id_type, customer.id_number, customer.country, customer.tku) == (
        "Passport",
        "X1234567",
        "GBR",
        "000000",
    )
    assert parties.add_customer("PT B").country == "IDN"
    with pytest.raises(Refused, match="identity type of PT C must be one of TIN, National ID"):
        parties.add_customer("PT C", id_type="KTP")
    with pytest.raises(Refused, match="three-letter code"):
        parties.add_customer("PT D", country="Indonesia")
    assert Customer.select().count() == 2


def test_units_by_code_or_indonesian_name():
    assert coretax_codes.unit_code("kilogram") == "UM.0003"
    assert coretax_codes.unit_code("UM.0039") == "UM.0039"
    assert len(coretax_codes.units()) == 39
    with pytest.raises(ValueError, match="not one of Coretax's units"):
        coretax_codes.unit_code("UM.0040")


def _billing(no: str, customer_id: int, *lines: LineData):
    return create_billing(
        BillingData(no, customer_id, date(2026, 11, 2), date(2026, 11, 2), lines=lines)
    )


def test_line_defaults_suit_services_and_the_last_choice_is_remembered(book):
    customer = parties.add_customer("PT B", npwp="013000666091000")
    first = _billing("INV-1", customer.id, LineData("Konsultasi", Decimal(1), Decimal(100)))
    line = BillingLine.get(BillingLine.billing == first)
    assert (line.kind, line.goods_code, line.unit) == ("B", "000000", "UM.0018")
    _billing(
        "INV-2",
        customer.id,
        LineData("Kertas", Decimal(5), Decimal(50), item_code="KRT", kind="A", unit="UM.0022"),
    )
    third = _billing(
        "INV-3", customer.id, LineData("Kertas", Decimal(2), Decimal(50), item_code="KRT")
    )
    line = BillingLine.get(BillingLine.billing == third)
    assert (line.kind, line.goods_code, line.unit) == ("A", "000000", "UM.0022")
    with pytest.raises(Refused, match="Line 1: .*not one of Coretax's units"):
        _billing("INV-4", customer.id, LineData("X", Decimal(1), Decimal(1), unit="UM.0099"))


def test_07_billings_name_their_facility_from_the_list(book):
    customer = parties.add_customer("PT B", npwp="013000666091000")
    line = LineData("Avtur", Decimal(1), Decimal(100))
    base = dict(customer_id=customer.id, invoice_date=date(2026, 11, 2), lines=(line,))
    made = create_billing(
        BillingData(
            "INV-7",
            due_date=date(2026, 11, 2),
            transaction_code="07",
            add_info="TD.00504",
            facility_stamp="TD.01104",
            **base,
        )
    )
    assert (made.add_info, made.facility_stamp) == ("TD.00504", "TD.01104")
    with pytest.raises(Refused, match="not additional information DJP lists for code 08"):
        create_billing(
            BillingData(
                "INV-8",
                due_date=date(2026, 11, 2),
                transaction_code="08",
                add_info="TD.00531",
                **base,
            )
        )
    with pytest.raises(Refused, match="Only transaction codes 07 and 08"):
        create_billing(
            BillingData("INV-9", due_date=date(2026, 11, 2), add_info="TD.00501", **base)
        )


def test_the_import_file_takes_the_coretax_columns(book, tmp_path):
    source = tmp_path / "in.csv"
    source.write_text(
        "invoice_no,invoice_date,customer_name,customer_id_type,customer_id_number,"
        "customer_country,customer_tku,item_name,quantity,unit_price,item_kind,"
        "item_tax_code,unit\n"
        "INV-P1,2026-11-02,John Smith,passport,X1234567,GBR,,Sewa mobil,3,500000,A,"
        "870899,Hari\n",
        encoding="utf-8",
    )
    import_file(source)
    customer = Customer.get(Customer.name == "John Smith")
    assert (customer.id_type, customer.id_number, customer.country, customer.tku) == (
        "Passport",
        "X1234567",
        "GBR",
        "000000",
    )
    line = BillingLine.get()
    assert (line.kind, line.goods_code, line.unit) == ("A", "870899", "UM.0026")


def test_the_import_names_a_bad_coretax_cell(book, tmp_path):
    from app.billings.billing_import import ImportProblems

    source = tmp_path / "in.csv"
    source.write_text(
        "invoice_no,invoice_date,customer_name,item_name,quantity,unit_price,unit,item_kind\n"
        "INV-P1,2026-11-02,PT X,Sewa,1,100,Ons,C\n",
        encoding="utf-8",
    )
    with pytest.raises(ImportProblems) as caught:
        import_file(source)
    shown = [str(p) for p in caught.value.plan.problems]
    assert any("unit" in p and "not one of Coretax's units" in p for p in shown)
    assert any("item_kind" in p and "neither A (goods) nor B (services)" in p for p in shown)

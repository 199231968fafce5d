"""The XML Coretax imports: element order, every amount rule at its boundary, buyers of
each identity type, codes 07/08, the selection checked first, batches kept as written.
Every file written here is validated against our XSD (resources/coretax/TaxInvoice.xsd)."""

import os
import xml.etree.ElementTree as ET
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.billings import billing_actions, parties
from app.billings.billings import BillingData, LineData, create_billing
from app.billings.vat import LineInput, billing_totals, cents
from app.book.models import Billing, CoretaxExportItem, ExportBatch
from app.common.errors import Refused
from app.efaktur.coretax_export import export_xml, xml_faktur_of
from app.efaktur.coretax_xml import (
    LineCannotHold,
    XmlBuyer,
    XmlFaktur,
    XmlLine,
    amount_text,
    goods_services,
    problems,
    trx_code,
)
from app.numbers import channel
from tests.support.cli import run
from tests.support.coretax import assert_valid, seller, six_fakturs

GOLDEN = Path(__file__).parent / "golden" / "coretax"
TAX_INVOICE_ORDER = [
    "TaxInvoiceDate", "TaxInvoiceOpt", "TrxCode", "AddInfo", "CustomDoc",
    "CustomDocMonthYear", "RefDesc", "FacilityStamp", "SellerIDTKU", "BuyerTin",
    "BuyerDocument", "BuyerCountry", "BuyerDocumentNumber", "BuyerName", "BuyerAdress",
    "BuyerEmail", "BuyerIDTKU", "ListOfGoodService",
]  # fmt: skip
GOOD_SERVICE_ORDER = [
    "Opt", "Code", "Name", "Unit", "Price", "Qty", "TotalDiscount", "TaxBase",
    "OtherTaxBase", "VATRate", "VAT", "STLGRate", "STLG",
]  # fmt: skip
BUYER = XmlBuyer("PT A", "Jl. A", "", "TIN", "0012345674411000", "", "IDN", "000000")


def _faktur(*lines: XmlLine, day=date(2026, 11, 2), code="01", included=False, **kw):
    return XmlFaktur("INV-1", day, code, kw.pop("buyer", BUYER), lines, included, **kw)


def _line(qty, price, discount=0, luxury=False, stlg=0) -> XmlLine:
    return XmlLine(
        "B", "000000", "Jasa", "UM.0018", Decimal(qty), Decimal(price), Decimal(discount),
        luxury, Decimal(stlg),
    )  # fmt: skip


def _export(tmp_path, ids, name="out.xml", **kw) -> bytes:
    out = tmp_path / name
    export_xml(ids, out, **kw)
    content = out.read_bytes()
    assert_valid(content)
    return content


# --- golden files --------------------------------------------------------------------


@pytest.mark.parametrize("kind", ["npwp", "nik", "passport", "tax_included", "discount", "code_07"])
def test_golden_fakturs(coretax_book, tmp_path, kind):
    billing = six_fakturs()[kind]
    content = _export(tmp_path, [billing.id])
    golden = GOLDEN / f"{kind}.xml"
    if os.environ.get("WRITE_GOLDEN"):
        golden.write_bytes(content)
    assert content == golden.read_bytes()
    assert_valid(golden.read_bytes())


def test_every_element_in_the_template_order(coretax_book, tmp_path):
    fakturs = six_fakturs()
    root = ET.fromstring(_export(tmp_path, [b.id for b in fakturs.values()]))
    assert [c.tag for c in root] == ["TIN", "ListOfTaxInvoice"]
    invoices = root.find("ListOfTaxInvoice")
    assert len(invoices) == 6
    for invoice in invoices:
        assert [c.tag for c in invoice] == TAX_INVOICE_ORDER
        for service in invoice.find("ListOfGoodService"):
            assert [c.tag for c in service] == GOOD_SERVICE_ORDER
    assert root.findtext("TIN") == "0012345674411000"  # 15 digits become 16


# --- amounts -------------------------------------------------------------------------


def test_amounts_are_written_with_a_dot_at_most_two_decimals_half_up():
    assert amount_text(Decimal("15000000")) == "15000000"
    assert amount_text(Decimal("1234.50")) == "1234.5"
    assert amount_text(Decimal("0.125")) == "0.13"
    assert amount_text(Decimal("2.675")) == "2.68"
    assert amount_text(Decimal("0.124")) == "0.12"


def test_other_tax_base_is_eleven_twelfths_rounded_half_up_from_2025():
    (up,) = goods_services(_faktur(_line(1, 1)))
    assert (up.tax_base, up.other_tax_base, up.vat) == (
        Decimal(1),
        Decimal("0.92"),
        Decimal("0.11"),
    )
    (down,) = goods_services(_faktur(_line(1, 2)))
    assert down.other_tax_base == Decimal("1.83")  # 1.8333...
    (big,) = goods_services(_faktur(_line(1, 15_000_000)))
    assert (big.other_tax_base, big.vat_rate, big.vat) == (
        Decimal(13_750_000),
        Decimal(12),
        Decimal(1_650_000),
    )
    assert trx_code(_faktur(_line(1, 1)), [big]) == "04"


def test_luxury_goods_are_taxed_on_their_full_price_with_stlg():
    faktur = _faktur(_line(2, 1_000_000, luxury=True, stlg=20))
    (line,) = goods_services(faktur)
    assert (line.tax_base, line.other_tax_base, line.vat, line.stlg_rate, line.stlg) == (
        Decimal(2_000_000),
        Decimal(2_000_000),
        Decimal(240_000),
        Decimal(20),
        Decimal(400_000),
    )
    assert trx_code(faktur, [line]) == "01"  # full DPP: code 01
    # January 2025 luxury goods still took 11/12 (domain.md)
    (january,) = goods_services(_faktur(_line(1, 1200, luxury=True), day=date(2025, 1, 15)))
    assert january.other_tax_base == Decimal(1100)


def test_code_10_is_written_as_10_with_its_vat_on_eleven_twelfths():
    faktur = _faktur(_line(1, 15_000_000), code="10")
    (line,) = goods_services(faktur)
    # PMK 131/2024 taxes a non-luxury supply on 11/12 whatever its code, and Coretax
    # holds VAT = VATRate × OtherTaxBase: 15,000,000 × 11/12 = 13,750,000; × 12%
    assert (line.tax_base, line.other_tax_base, line.vat_rate, line.vat) == (
        Decimal(15_000_000),
        Decimal(13_750_000),
        Decimal(12),
        Decimal(1_650_000),
    )
    assert trx_code(faktur, [line]) == "10"
    totals = billing_totals(
        [LineInput(Decimal(1), Decimal(15_000_000))], faktur.faktur_date, True, False
    )
    assert totals.ppn == line.vat


def test_the_stlg_of_luxury_lines_reconciles_with_the_billings_ppnbm():
    # 3 × 333.50 = 1000.50 at 10% PPnBM: the billing's DPP is 1001 (half up) and its
    # PPnBM floor(100.1) = 100; the XML's line carries that DPP, so STLG 100.1: within a
    # rupiah
    faktur = _faktur(_line(3, "333.50", luxury=True, stlg=10))
    (line,) = goods_services(faktur)
    totals = billing_totals(
        [LineInput(Decimal(3), Decimal("333.50"), luxury=True, stlg_rate=Decimal(10))],
        faktur.faktur_date,
        True,
        False,
    )
    assert (totals.dpp, totals.ppnbm) == (1001, 100)
    assert (line.tax_base, line.stlg_rate, line.stlg) == (
        Decimal(1001),
        Decimal(10),
        Decimal("100.1"),
    )
    assert abs(line.stlg - totals.ppnbm) < 1


def test_a_tax_included_price_is_written_without_vat_and_the_identity_holds():
    (line,) = goods_services(_faktur(_line(3, 1_000_000), included=True))
    # 1,000,000 / 1.11 = 900,900.9009...: DPP 2,702,703 (whole rupiah, as the billing);
    # the price rises to 900,901 so that Price x Qty - TotalDiscount is that DPP
    assert (line.price, line.total_discount, line.tax_base) == (
        Decimal(900_901),
        Decimal(0),
        Decimal(2_702_703),
    )


def test_a_discount_is_the_line_discount_and_the_identity_holds():
    (line,) = goods_services(_faktur(_line(12, 750_000, discount=10)))
    assert (line.price, line.qty, line.total_discount, line.tax_base) == (
        Decimal(750_000),
        Decimal(12),
        Decimal(900_000),
        Decimal(8_100_000),
    )


def test_a_line_whose_identity_cannot_hold_is_a_problem():
    faktur = _faktur(_line("1.001", "0.01"))
    with pytest.raises(LineCannotHold):
        goods_services(faktur)
    assert any("cannot give its tax base" in p for p in problems(faktur))


@pytest.mark.parametrize(
    ("id_type", "tin", "number", "problem"),
    [
        ("TIN", "", "", "is identified by NPWP but has none"),
        ("National ID", "", "", "has no National ID number"),
        ("Passport", "", "", "has no Passport number"),
        ("Other ID", "", "", "has no Other ID number"),
        ("", "", "", "has no NPWP, NIK, passport or other ID for Coretax"),
        ("Other ID", "", "KITAS-1", None),
    ],
)
def test_each_buyer_identity_needs_its_number(id_type, tin, number, problem):
    buyer = XmlBuyer("PT A", "", "", id_type, tin, number, "IDN", "000000")
    found = problems(_faktur(_line(1, 1), buyer=buyer))
    assert found == ([f"customer PT A {problem}"] if problem else [])


@pytest.mark.parametrize("code", ["07", "08"])
def test_07_and_08_need_their_facility(code):
    assert problems(_faktur(_line(1, 1), code=code)) == [
        f"code {code} needs its additional information (TD.005nn) and facility stamp (TD.011nn)"
    ]
    assert (
        problems(_faktur(_line(1, 1), code=code, add_info="TD.00501", facility_stamp="TD.01101"))
        == []
    )


def test_a_faktur_mixing_luxury_and_nilai_lain_lines_is_a_problem():
    found = problems(_faktur(_line(1, 100), _line(1, 100, luxury=True)))
    assert any("split the billing" in p for p in found)


# --- property ------------------------------------------------------------------------

_money = st.decimals(min_value=0, max_value=10**9, places=2)
_qty = st.one_of(
    st.integers(min_value=1, max_value=10_000).map(Decimal),
    st.decimals(min_value=Decimal("0.01"), max_value=1000, places=2),
)
_lines = st.lists(
    st.builds(
        _line,
        _qty,
        _money,
        st.decimals(min_value=0, max_value=100, places=2),
        st.booleans(),
        st.sampled_from([0, 10, 20, 40]),
    ),
    min_size=1,
    max_size=6,
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    lines=_lines,
    day=st.dates(min_value=date(2025, 1, 1), max_value=date(2026, 12, 31)),
    included=st.booleans(),
    code=st.sampled_from(["01", "10"]),
)
def test_any_billing_gives_lines_whose_identities_hold(lines, day, included, code):
    faktur = _faktur(*lines, day=day, included=included, code=code)
    written = goods_services(faktur)
    totals = billing_totals(
        [
            LineInput(x.quantity, x.unit_price, x.discount_percent, x.luxury, x.stlg_rate)
            for x in lines
        ],
        day,
        tax_active=True,
        prices_include_tax=included,
    )
    for g in written:
        for amount in (g.price, g.total_discount, g.tax_base, g.other_tax_base, g.vat, g.stlg):
            assert amount == cents(amount)  # at most two decimals
        assert g.price * g.qty - g.total_discount == g.tax_base
        assert g.total_discount >= 0
        assert g.vat == cents(g.other_tax_base * g.vat_rate / 100)
        assert g.stlg == cents(g.tax_base * g.stlg_rate / 100)
    assert sum(g.tax_base for g in written) == totals.dpp  # the billing's own DPP
    # the billing floors each rate's PPN and PPnBM to the rupiah (domain.md); Coretax
    # rounds each line's VAT and STLG to the cent: they differ by less than a rupiah a
    # rate and a cent a line
    allowed = len(totals.groups) + Decimal("0.01") * len(written)
    assert abs(sum(g.vat for g in written) - totals.ppn) <= allowed
    allowed = len(totals.luxury_groups) + Decimal("0.01") * len(written)
    assert abs(sum(g.stlg for g in written) - totals.ppnbm) <= allowed


# --- the export ----------------------------------------------------------------------


def test_the_selection_is_checked_first_and_every_problem_named(coretax_book, tmp_path):
    fakturs = six_fakturs()
    nobody = parties.add_customer("CV Tanpa Identitas")
    lost = _issued_on(nobody.id, "INV-CT-100")
    facility = create_billing(
        BillingData(
            "INV-CT-101", nobody.id, date(2026, 11, 3), date(2026, 11, 3),
            lines=(LineData("Air", Decimal(1), Decimal(10)),), transaction_code="08",
        )
    )  # fmt: skip
    billing_actions.issue_billing(facility.id)
    ids = [b.id for b in fakturs.values()] + [lost.id, facility.id]
    with pytest.raises(Refused) as caught:
        export_xml(ids, tmp_path / "out.xml")
    assert caught.value.message.splitlines() == [
        "Nothing was exported; correct these billings first:",
        "INV-CT-100: customer CV Tanpa Identitas has no NPWP, NIK, passport or other ID "
        "for Coretax",
        "INV-CT-101: customer CV Tanpa Identitas has no NPWP, NIK, passport or other ID "
        "for Coretax",
        "INV-CT-101: code 08 needs its additional information (TD.005nn) and facility "
        "stamp (TD.011nn)",
    ]
    assert not (tmp_path / "out.xml").exists()
    assert ExportBatch.select().count() == 0


def _issued_on(customer_id: int, no: str, day=date(2026, 11, 3)) -> Billing:
    billing = create_billing(
        BillingData(no, customer_id, day, day, lines=(LineData("Jasa", Decimal(1), Decimal(100)),))
    )
    billing_actions.issue_billing(billing.id)
    return Billing.get_by_id(billing.id)


def test_an_export_is_a_batch_kept_with_its_bytes_and_again_needs_saying(coretax_book, tmp_path):
    fakturs = six_fakturs()
    ids = [b.id for b in fakturs.values()]
    content = _export(tmp_path, ids)
    batch = ExportBatch.get()
    assert (bytes(batch.content), batch.format, batch.fakturs) == (content, "xml", 6)
    assert CoretaxExportItem.select().count() == 6
    with pytest.raises(Refused, match="INV-CT-001: it was exported before"):
        export_xml(ids, tmp_path / "again.xml")
    assert _export(tmp_path, ids, "again.xml", again=True) == content


def test_billings_that_do_not_go_through_coretax_are_left_out(book, tmp_path):
    seller()
    customer = parties.add_customer("PT B", npwp="013000666091000")
    from app.numbers.ranges import add_range, read_range

    add_range(read_range("000-26.00000001", "000-26.00000010", 2026, date(2026, 1, 2)))
    held = _issued_on(customer.id, "INV-NSFP", date(2026, 10, 1))
    channel.choose(date(2026, 10, 1))
    early = _issued_on(customer.id, "INV-SEPT", date(2026, 9, 30))
    draft = create_billing(
        BillingData("INV-DRAFT", customer.id, date(2026, 11, 3), date(2026, 11, 3),
                    lines=(LineData("Jasa", Decimal(1), Decimal(100)),))
    )  # fmt: skip
    good = _issued_on(customer.id, "INV-OK")
    out = tmp_path / "out.xml"
    done = export_xml([held.id, early.id, draft.id, good.id], out)
    assert_valid(out.read_bytes())
    assert done.fakturs == 1
    assert [(x.invoice_no, x.reason) for x in done.left_out] == [
        ("INV-NSFP", "it holds E-Faktur No 000-26.00000001: export it as CSV for e-Faktur desktop"),
        ("INV-SEPT", "it is dated before the book's Coretax date: export it as CSV"),
        ("INV-DRAFT", "it is not issued yet (Draft)"),
    ]


def test_more_than_1000_fakturs_are_refused_with_a_sentence(coretax_book, tmp_path, monkeypatch):
    from app.efaktur import coretax_export

    monkeypatch.setattr(coretax_export, "MOST_FAKTURS", 2)
    fakturs = six_fakturs()
    with pytest.raises(Refused, match="6 fakturs were chosen, but Coretax takes at most 2"):
        export_xml([b.id for b in fakturs.values()], tmp_path / "out.xml")


def test_command_line_export_xml(coretax_book, tmp_path, capsys):
    six_fakturs()
    from app.book.connection import close_book

    close_book()
    db = ["--db", coretax_book]
    out = tmp_path / "nov.xml"
    code, printed, _ = run(capsys, *db, "export-xml", "--out", out, "--period", "2026-11")
    assert code == 0
    assert printed == f"6 fakturs written to {out} for Coretax (export batch 1).\n"
    assert_valid(out.read_bytes())
    code, _, err = run(capsys, *db, "export-xml", "--out", out, "INV-CT-001")
    assert code == 2
    assert "INV-CT-001: it was exported before" in err and "--again" in err
    code, _, _ = run(capsys, *db, "export-xml", "--out", out, "--again", "INV-CT-001")
    assert code == 0


def test_xml_faktur_reads_the_buyer_from_npwp_or_nik(coretax_book):
    fakturs = six_fakturs()
    npwp = xml_faktur_of(fakturs["npwp"]).buyer
    assert (npwp.id_type, npwp.tin, npwp.document_number) == ("TIN", "0013000666091000", "")
    nik = xml_faktur_of(fakturs["nik"]).buyer
    assert (nik.id_type, nik.tin, nik.document_number) == ("National ID", "", "3171011708450001")


def test_our_xsd_refuses_a_file_out_of_order(coretax_book, tmp_path):
    import xmlschema

    content = _export(tmp_path, [six_fakturs()["npwp"].id]).decode()
    swapped = content.replace("<TaxInvoiceOpt>Normal</TaxInvoiceOpt>", "").replace(
        "<TrxCode>04</TrxCode>", "<TrxCode>04</TrxCode><TaxInvoiceOpt>Normal</TaxInvoiceOpt>"
    )
    with pytest.raises(xmlschema.XMLSchemaValidationError):
        assert_valid(swapped.encode())


def test_an_xml_export_survives_restoring_an_older_backup(coretax_book, tmp_path):
    from app.book import backups
    from app.desk import opening

    fakturs = six_fakturs()
    folder = tmp_path / "backups"
    folder.mkdir()
    kept = backups.make_backup(coretax_book, backups.MANUAL, folder, 10)
    content = _export(tmp_path, [b.id for b in fakturs.values()], "november.xml")

    recovered = opening.restore_backup(kept, coretax_book, folder, 10).recovered

    assert recovered.exports == ["november.xml of 25 Nov 2026 (6 fakturs)"]
    assert recovered.lost_exports == []
    batch = ExportBatch.get()
    assert (bytes(batch.content), batch.format) == (content, "xml")
    assert CoretaxExportItem.select().count() == 6
    with pytest.raises(Refused, match="INV-CT-001: it was exported before"):
        export_xml([fakturs["npwp"].id], tmp_path / "again.xml")


def test_more_than_1000_fakturs_go_into_numbered_files_each_a_batch(
    coretax_book, tmp_path, monkeypatch
):
    from app.efaktur import coretax_export

    monkeypatch.setattr(coretax_export, "MOST_FAKTURS", 4)
    fakturs = six_fakturs()
    done = coretax_export.export_xml_in_parts(
        [b.id for b in fakturs.values()], tmp_path / "november.xml"
    )
    assert [(d.path.name, d.fakturs, d.not_saved) for d in done] == [
        ("november-1.xml", 4, ""),
        ("november-2.xml", 2, ""),
    ]
    for d in done:
        assert_valid(d.path.read_bytes())
    assert [b.fakturs for b in ExportBatch.select().order_by(ExportBatch.id)] == [4, 2]
    refs = [
        ET.fromstring(d.path.read_bytes()).findtext("ListOfTaxInvoice/TaxInvoice/RefDesc")
        for d in done
    ]
    assert refs == ["INV-CT-001", "INV-CT-005"]


def test_the_rounding_rupiah_goes_on_a_line_without_ppnbm():
    # found by the property test: January 2025, a luxury line at 40% PPnBM and a tiny
    # ordinary line share PPN's 11/12; the rupiah that makes the lines add up to the DPP
    # went on the luxury line, and its STLG (699.19) left the billing's PPnBM (698) by more
    # than the rounding allows
    lines = [_line(Decimal(400), Decimal("4.37"), Decimal("0.03"), True, 40), _line(1, "0.03")]
    faktur = _faktur(*lines, day=date(2025, 1, 1))
    written = goods_services(faktur)
    inputs = [LineInput(x.quantity, x.unit_price, x.discount_percent, x.luxury, x.stlg_rate)
              for x in lines]  # fmt: skip
    totals = billing_totals(inputs, date(2025, 1, 1), True, False)
    assert sum(g.tax_base for g in written) == totals.dpp == 1748
    assert written[0].tax_base == Decimal("1747.48")  # its own DPP, to the cent
    assert abs(sum(g.stlg for g in written) - totals.ppnbm) <= Decimal("1.02")

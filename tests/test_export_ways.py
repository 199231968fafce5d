"""The Export tab's listing by way of working: the CSV for e-Faktur desktop or the XML
for Coretax, each with its own export status, and the month the tab opens on."""

from datetime import date

from app.billings import parties
from app.efaktur import coretax_export, exports
from app.efaktur.listing import CSV, XML, ExportListing
from app.numbers import channel
from app.numbers.ranges import add_range, read_range
from tests.support.books import simple_billing
from tests.support.coretax import goods_and_services, seller

NOVEMBER = (date(2026, 11, 1), date(2026, 11, 30))


def _across_the_coretax_date() -> dict[str, int]:
    """November: one billing with an NSFP, then the book moves to Coretax on the 10th;
    one billing after, and one dated after that kept the number it took before."""
    seller()
    customer = parties.add_customer("PT Kreasi Nusantara", npwp="01.300.066.6-091.000")
    add_range(read_range("000-26.00000001", "000-26.00000010", 2026, date(2026, 1, 2)))
    ids = {
        "INV-NSFP-01": goods_and_services("INV-NSFP-01", customer.id, date(2026, 11, 3)),
        "INV-NSFP-02": goods_and_services("INV-NSFP-02", customer.id, date(2026, 11, 20)),
    }
    channel.choose(date(2026, 11, 10))
    ids["INV-CT-01"] = goods_and_services("INV-CT-01", customer.id, date(2026, 11, 12))
    return ids


def _nos(listing: ExportListing) -> list[str]:
    return [r.invoice_no for r in listing.rows()]


def test_each_format_lists_the_billings_it_takes(book):
    _across_the_coretax_date()
    assert _nos(ExportListing(*NOVEMBER, way=CSV)) == ["INV-NSFP-01", "INV-NSFP-02"]
    assert _nos(ExportListing(*NOVEMBER, way=XML)) == ["INV-CT-01"]
    assert _nos(ExportListing(*NOVEMBER)) == ["INV-NSFP-01", "INV-CT-01", "INV-NSFP-02"]
    assert [r.to_coretax for r in ExportListing(*NOVEMBER).rows()] == [False, True, False]


def test_an_xml_export_shows_its_billing_exported(book, tmp_path):
    ids = _across_the_coretax_date()
    coretax_export.export_xml([ids["INV-CT-01"]], tmp_path / "nov.xml")
    (row,) = ExportListing(*NOVEMBER, way=XML).rows()
    assert row.exported and row.exported_at.date() == date(2026, 11, 25)
    assert _nos(ExportListing(*NOVEMBER, exported="exported")) == ["INV-CT-01"]
    assert _nos(ExportListing(*NOVEMBER, exported="not_exported", way=CSV)) == [
        "INV-NSFP-01",
        "INV-NSFP-02",
    ]
    exports.export_csv([ids["INV-NSFP-01"]], tmp_path / "nov.csv")
    assert _nos(ExportListing(*NOVEMBER, exported="not_exported")) == ["INV-NSFP-02"]


def test_the_tab_opens_on_the_latest_month_with_a_coretax_billing_never_exported(
    coretax_book, tmp_path
):
    seller()
    customer = parties.add_customer("PT Kreasi Nusantara", npwp="01.300.066.6-091.000")
    october = goods_and_services("INV-CT-10", customer.id, date(2026, 10, 5))
    november = goods_and_services("INV-CT-11", customer.id, date(2026, 11, 5))
    simple_billing("INV-DRAFT", customer.id, date(2026, 12, 1))  # a draft is not waiting
    assert exports.suggested_month() == date(2026, 11, 1)
    coretax_export.export_xml([november], tmp_path / "nov.xml")
    assert exports.suggested_month() == date(2026, 10, 1)
    coretax_export.export_xml([october], tmp_path / "oct.xml")
    assert exports.suggested_month(date(2026, 11, 25)) == date(2026, 11, 1)  # today's

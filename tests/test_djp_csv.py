"""The e-Faktur CSV, byte for byte (golden files in tests/golden/)."""

import csv
import io
from datetime import date
from decimal import Decimal as D
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.djp_csv import Buyer, Faktur, Line, clean_text, faktur_rows, figures, write_csv
from app.efaktur_no import parse_any

GOLDEN = Path(__file__).parent / "golden"
HEADERS = (
    '"FK","KD_JENIS_TRANSAKSI","FG_PENGGANTI","NOMOR_FAKTUR","MASA_PAJAK","TAHUN_PAJAK",'
    '"TANGGAL_FAKTUR","NPWP","NAMA","ALAMAT_LENGKAP","JUMLAH_DPP","JUMLAH_PPN","JUMLAH_PPNBM",'
    '"ID_KETERANGAN_TAMBAHAN","FG_UANG_MUKA","UANG_MUKA_DPP","UANG_MUKA_PPN","UANG_MUKA_PPNBM",'
    '"REFERENSI","KODE_DOKUMEN_PENDUKUNG"\n'
    '"LT","NPWP","NAMA","JALAN","BLOK","NOMOR","RT","RW","KECAMATAN","KELURAHAN","KABUPATEN",'
    '"PROPINSI","KODE_POS","NOMOR_TELEPON"\n'
    '"OF","KODE_OBJEK","NAMA","HARGA_SATUAN","JUMLAH_BARANG","HARGA_TOTAL","DISKON","DPP","PPN",'
    '"TARIF_PPNBM","PPNBM"\n'
)
MAJU = Buyer("PT Maju Jaya", npwp="013000666091000", address="Jl. Sudirman 1, Jakarta")


def faktur(number="000-26.12345619", day=date(2026, 11, 20), buyer=MAJU, lines=None, **kw):
    return Faktur(
        transaction_code=kw.pop("code", "01"),
        number=parse_any(number),
        faktur_date=day,
        buyer=buyer,
        reference=kw.pop("reference", "INV-FPY-032300400"),
        lines=tuple(lines or (Line("JS-01", "Jasa konsultasi", D(1), D(5_000_000)),)),
        **kw,
    )


def test_the_worked_example_of_domain_md_byte_for_byte():
    example = faktur(
        "000-19.00000001",
        date(2019, 5, 1),
        Buyer("l10ntest", npwp="000000000000000", nik="12345"),
        [Line("", "", D(1), D(110))],
        reference="INV/2019/00001",
        prices_include_tax=True,
    )
    assert (
        write_csv([example])
        == (
            HEADERS + '"FK","01","0","0001900000001","5","2019","1/5/2019","000000000000000",'
            '"12345#NIK#NAMA#l10ntest","","100","10","0","","0","0","0","0","INV/2019/00001","0"\n'
            '"OF","","","100.00","1.0","100.00","0","100.00","10.00","0","0"\n'
        ).encode()
    )


CASES = {
    # 12% on 11/12 of DPP (2025 on): 5,000,000 -> PPN 550,000
    "buyer-with-npwp": faktur(),
    "npwp-of-zeros-and-nik": faktur(
        buyer=Buyer("Budi Santoso", npwp="000000000000000", nik="3171234567890001")
    ),
    "nik-only": faktur(buyer=Buyer("Siti Aminah", nik="3171234567890002", address="Bekasi")),
    # 11% in 2023, entered with tax: 2 x 1,110,000 less 10% -> DPP 1,800,000, PPN 198,000
    "tax-included": faktur(
        "010-23.00000450",
        date(2023, 3, 9),
        lines=[Line("BRG-7", "Printer", D(2), D(1_110_000), D(10))],
        prices_include_tax=True,
    ),
    "tax-excluded-with-quantity-and-discount": faktur(
        lines=[Line("KRT-1", "Kertas A4", D(400), D("47500"), D("2.5"))]
    ),
    # three lines of 1,000 with tax at 11%: each 900.90 + 99.10 after rounding, but the
    # header says DPP 2,703 and PPN 297, so the first line takes +0.30 and -0.30
    "rounding-reconciled": faktur(
        "000-24.00000077",
        date(2024, 6, 30),
        lines=[Line(f"A{k}", f"Item {k}", D(1), D(1000)) for k in (1, 2, 3)],
        prices_include_tax=True,
    ),
    "code-07": faktur(code="07"),
    "quotes-and-newlines": faktur(
        buyer=Buyer(
            'PT "Maju"\nJaya\t Abadi',
            npwp="013000666091000",
            address="Jl. Sudirman 1\r\nRT 01/RW 02\n\nJakarta \\ Pusat",
        ),
        lines=[Line("X\x07-1", "Kopi “Toraja” – 250 g\u0000", D(3), D("85000.50"))],
        reference='INV/2026/"7"',
    ),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_golden_file(name):
    written = write_csv([CASES[name]])
    golden = GOLDEN / f"{name}.csv"
    assert written == golden.read_bytes(), f"{name}: compare with {golden}"


def test_several_fakturs_share_one_set_of_headers():
    both = write_csv([CASES["buyer-with-npwp"], CASES["code-07"]]).decode()
    assert both.startswith(HEADERS)
    starts = [line.split(",")[0] for line in both.splitlines()]
    assert starts == ['"FK"', '"LT"', '"OF"', '"FK"', '"OF"', '"FK"', '"OF"']
    assert both.endswith("\n") and "\r" not in both and not both.startswith("\ufeff")


def test_reconciliation_puts_the_difference_on_the_first_line():
    lines = figures(CASES["rounding-reconciled"]).lines
    assert [str(x.dpp) for x in lines] == ["901.20", "900.90", "900.90"]
    assert [str(x.ppn) for x in lines] == ["98.80", "99.10", "99.10"]


def test_text_is_cleaned_never_passed_through():
    assert clean_text('PT "Maju"\nJaya\t Abadi') == 'PT "Maju" Jaya Abadi'
    assert clean_text("Café “Ünter” — 1\u0000\x1b") == 'Cafe "Unter" - 1'
    assert clean_text("Jl. A\r\n\r\nJakarta", line_joiner=", ") == "Jl. A, Jakarta"
    assert clean_text("a\\b") == "a/b"  # the escape character never appears inside a value
    assert clean_text("漢字") == ""


def _parse(data: bytes) -> list[list[str]]:
    text = data.decode("utf-8")
    return list(csv.reader(io.StringIO(text), escapechar="\\", doublequote=False))


amounts = st.decimals(min_value=D("0.01"), max_value=D("99999999"), places=2)
quantities = st.decimals(min_value=D("0.001"), max_value=D("100000"), places=3)
discounts = st.decimals(min_value=D(0), max_value=D(100), places=2)
texts = st.text(max_size=40)


@settings(max_examples=300, deadline=None)
@given(
    lines=st.lists(
        st.builds(Line, texts, texts, quantities, amounts, discounts, st.booleans()),
        min_size=1,
        max_size=8,
    ),
    included=st.booleans(),
    day=st.dates(min_value=date(2019, 1, 1), max_value=date(2026, 12, 31)),
    name=texts,
    address=texts,
)
def test_lines_add_up_to_the_header_and_the_file_reads_back(lines, included, day, name, address):
    number = parse_any(f"000-{day.year % 100:02d}.00000001")
    one = Faktur(
        "01",
        number,
        day,
        Buyer(name, "013000666091000", "", address),
        "INV-1",
        tuple(lines),
        prices_include_tax=included,
    )
    rows = faktur_rows(one)
    fk, of = rows[0], rows[1:]
    assert sum(D(r[7]) for r in of) == D(fk[10])
    assert sum(D(r[8]) for r in of) == D(fk[11])
    assert all(D(r[7]) >= 0 and D(r[8]) >= 0 for r in of)
    parsed = _parse(write_csv([one]))
    assert parsed[3:] == rows
    assert all(len(r) == 20 for r in parsed if r[0] == "FK")
    assert all(len(r) == 11 for r in parsed if r[0] == "OF")
    assert parsed[3][8] == clean_text(name) and parsed[3][9] == clean_text(address, ", ")

"""The e-Faktur CSV, byte for byte (golden files in tests/golden/)."""

import csv
import io
from datetime import date
from decimal import Decimal as D
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.billings.vat import LineInput, billing_totals, shown_lines
from app.common.efaktur_no import parse_any
from app.efaktur.djp_csv import Buyer, Faktur, Line, clean_text, faktur_rows, figures, write_csv

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
    # issue 14: exact DPP 1,787,499.5625 prints as 1,787,500, and PPN is worked out from
    # that: 1,787,500 × 12% × 11/12 = 196,625. The lines' cents come to 1,787,499.56, so
    # the first line takes +0.44 on its DPP and its HARGA_TOTAL; DISKON stays to the cent.
    "ppn-of-the-printed-dpp": faktur(
        lines=[
            Line("JS-01", "Jasa", D(2), D(750_000), D(10)),
            Line("BRG-2", "Barang", D("1.5"), D(333_333), D("12.5")),
        ]
    ),
    # from February 2025 a luxury line is taxed 12% of DPP and an ordinary one 12% of
    # 11/12: each rate's DPP is whole on its own, and PPN is worked out from it
    "luxury-and-ordinary": faktur(
        "000-25.00000005",
        date(2025, 3, 3),
        lines=[
            Line("JT-1", "Jam tangan", D(1), D("10000000.50"), luxury=True),
            Line("SV-1", "Servis", D(3), D("333333.33"), D(5)),
        ],
    ),
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


def test_a_luxury_line_carries_its_ppnbm_rate_and_amount():
    car = Line("LX-01", "Mobil", D(2), D(1_000_000), luxury=True, stlg_rate=D(20))
    rows = faktur_rows(faktur(lines=[car]))
    assert rows[0][10:13] == ["2000000", "240000", "400000"]  # JUMLAH_DPP, _PPN, _PPNBM
    assert rows[1][3:] == [
        "1000000.00", "2.0", "2000000.00", "0", "2000000.00", "240000.00", "20", "400000.00",
    ]  # fmt: skip


def test_the_of_rows_ppnbm_adds_up_to_the_fk_rounded_down_as_ppn():
    # 3 × 333.50 = 1,000.50 prints DPP 1,001; 10% of it is 100.1, and the FK shows 100
    # (rounded down, as PPN); the OF row's 100.10 takes the difference
    watch = Line("LX-02", "Jam", D(3), D("333.50"), luxury=True, stlg_rate=D("10.0"))
    fk, of = faktur_rows(faktur(lines=[watch]))
    assert (fk[10], fk[12]) == ("1001", "100")
    assert (of[7], of[9], of[10]) == ("1001.00", "10", "100.00")


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
    assert [str(x.total) for x in lines] == ["901.20", "900.90", "900.90"]
    assert [str(x.ppn) for x in lines] == ["98.80", "99.10", "99.10"]


def test_each_of_row_holds_dpp_equal_to_total_less_a_discount_kept_to_the_cent():
    # issue 14: HARGA_TOTAL 499999.50 and DISKON 62500 once stood beside DPP 437499.56
    of = faktur_rows(CASES["ppn-of-the-printed-dpp"])[2]
    assert of[5:8] == ["499999.50", "62499.94", "437499.56"]


def test_a_single_line_of_9090_50_exports_dpp_9091_and_ppn_1000():
    fk, of = faktur_rows(faktur(lines=[Line("A", "Jasa", D(1), D("9090.50"))]))
    assert fk[10:12] == ["9091", "1000"]
    assert of[5:9] == ["9091.00", "0", "9091.00", "1000.00"]


def test_a_line_of_zero_never_takes_the_difference_before_a_line_with_an_amount():
    lines = [Line("F", "Gratis", D(1), D(0)), Line("A", "Jasa", D(1), D("9090.50"))]
    assert [x.dpp for x in figures(faktur(lines=lines)).lines] == [D(0), D("9091.00")]


def test_text_is_cleaned_never_passed_through():
    assert clean_text('PT "Maju"\nJaya\t Abadi') == 'PT "Maju" Jaya Abadi'
    assert clean_text("Café “Ünter” — 1\u0000\x1b") == 'Cafe "Unter" - 1'
    assert clean_text("Jl. A\r\n\r\nJakarta", line_joiner=", ") == "Jl. A, Jakarta"
    assert clean_text("a\\b") == "a/b"  # the escape character never appears inside a value
    assert clean_text("漢字") == ""


def _parse(data: bytes) -> list[list[str]]:
    text = data.decode("utf-8")
    return list(csv.reader(io.StringIO(text), escapechar="\\", doublequote=False))


def rule(day: date, luxury: bool, dpp: int) -> int:
    """docs/domain.md's table, applied to a whole-rupiah DPP and rounded down."""
    if day <= date(2022, 3, 31):
        return dpp * 10 // 100
    if day <= date(2024, 12, 31):
        return dpp * 11 // 100
    if luxury and day >= date(2025, 2, 1):
        return dpp * 12 // 100
    return dpp * 12 * 11 // (100 * 12)


def _money(field: str) -> D:
    assert field == "0" or field.count(".") == 1 and len(field.split(".")[1]) == 2, field
    return D(field)


amounts = st.decimals(min_value=D(0), max_value=D("99999999"), places=2)
quantities = st.decimals(min_value=D("0.001"), max_value=D("100000"), places=3)
discounts = st.decimals(min_value=D(0), max_value=D(100), places=2)
texts = st.text(max_size=40)


@settings(max_examples=300, deadline=None)
@given(
    lines=st.lists(
        st.builds(
            Line,
            texts,
            texts,
            quantities,
            amounts,
            discounts,
            st.booleans(),
            st.sampled_from([D(0), D(10), D(20), D("12.5"), D(200)]),
        ),  # fmt: skip
        min_size=1,
        max_size=8,
    ),
    included=st.booleans(),
    day=st.dates(min_value=date(2020, 1, 1), max_value=date(2027, 12, 31)),
    name=texts,
    address=texts,
)
def test_the_faktur_adds_up_as_djp_checks_it_and_the_file_reads_back(
    lines, included, day, name, address
):
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
    parsed = _parse(write_csv([one]))
    fk, of = parsed[3], parsed[4:]
    assert len(fk) == 20 and all(len(r) == 11 for r in of) and len(of) == len(lines)
    assert fk[8] == clean_text(name) and fk[9] == clean_text(address, ", ")
    dpp, ppn = int(fk[10]), int(fk[11])
    # every OF row on its own: DPP = HARGA_TOTAL - DISKON, to the cent
    for row in of:
        assert _money(row[7]) == _money(row[5]) - _money(row[6]) >= 0 and _money(row[8]) >= 0
    # the OF rows add up to the FK as the file states it
    assert sum(_money(r[7]) for r in of) == dpp
    assert sum(_money(r[8]) for r in of) == ppn
    assert sum(_money(r[10]) for r in of) == int(fk[12])  # PPNBM and JUMLAH_PPNBM
    # FK PPN is the rule applied to the whole-rupiah DPP (per rate, when luxury lines
    # and ordinary ones are taxed differently: each rate's DPP is whole on its own)
    by_rate: dict[bool, D] = {}
    for line, row in zip(lines, of, strict=True):
        key = line.luxury and day >= date(2025, 2, 1)
        by_rate[key] = by_rate.get(key, D(0)) + _money(row[7])
    assert all(x == x.to_integral_value() for x in by_rate.values())
    assert ppn == sum(rule(day, key, int(x)) for key, x in by_rate.items())
    if len(by_rate) == 1:
        assert ppn == rule(day, next(iter(by_rate)), dpp)
    # the billing's stored totals (and the form's) are the faktur's
    totals = billing_totals(
        [
            LineInput(x.quantity, x.unit_price, x.discount_percent, x.luxury, x.stlg_rate)
            for x in lines
        ],
        day,
        True,
        included,
    )
    assert (totals.dpp, totals.ppn, totals.ppnbm) == (dpp, ppn, int(fk[12]))


@settings(max_examples=150, deadline=None)
@given(
    lines=st.lists(
        st.builds(Line, texts, texts, quantities, amounts, discounts, st.booleans()),
        min_size=1,
        max_size=8,
    ),
    included=st.booleans(),
    taxed=st.booleans(),
    day=st.dates(min_value=date(2020, 1, 1), max_value=date(2027, 12, 31)),
)
def test_the_windows_line_amounts_are_the_faktur_lines_and_add_up(lines, included, taxed, day):
    inputs = [LineInput(x.quantity, x.unit_price, x.discount_percent, x.luxury) for x in lines]
    shown = shown_lines(inputs, day, taxed, included)
    totals = billing_totals(inputs, day, taxed, included)
    of = figures(Faktur("01", parse_any("000-26.00000001"), day, MAJU, "I", tuple(lines), included))
    assert [x.unit_price for x in shown] == [x.unit_price.quantize(D("0.01")) for x in lines]
    assert all(x.amount == x.amount.quantize(D("0.01")) for x in shown)
    if taxed and included:  # what the customer pays, line by line, up to the total
        assert sum(x.amount for x in shown) == totals.total
    else:  # the OF row's DPP, line by line, up to the DPP
        assert sum(x.amount for x in shown) == totals.dpp
    if taxed and not included:
        assert [x.amount for x in shown] == [x.dpp for x in of.lines]

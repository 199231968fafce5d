"""Coretax's Pajak Keluaran export read back: matching by Referensi and its fallbacks,
every status and its order, the replacement chain, desktop numbers with a 9 inserted,
amounts that differ, files refused, and a second import that changes nothing."""

import os
from pathlib import Path

import pytest

from app.billings import billing_actions
from app.book.models import Billing, CoretaxFaktur, Event
from app.common.efaktur_no import parse_coretax_no
from app.common.errors import Refused
from app.common.spreadsheets import csv_bytes, xlsx_bytes
from app.efaktur.coretax_import import apply_coretax_import, plan_coretax_import
from tests.support.coretax import six_fakturs

HEADERS_17 = [
    "NPWP Pembeli / Identitas lainnya", "Nama Pembeli", "Kode Transaksi", "Nomor Faktur Pajak",
    "Tanggal Faktur Pajak", "Masa Pajak", "Tahun", "Status Faktur", "ESignStatus",
    "Harga Jual/Penggantian/DPP", "DPP Nilai Lain/DPP", "PPN", "PPnBM", "Penandatangan",
    "Referensi", "Dilaporkan oleh Penjual", "Dilaporkan oleh Pemungut PPN",
]  # fmt: skip
HEADERS_19 = [
    *HEADERS_17[:13], "Penandatanganan", "Referensi", "Metode Input", "Dilaporkan oleh",
    "IsShowClearName", "Uraian",
]  # fmt: skip
N1 = "04002600000000011"  # INV-CT-001's number, and its first replacement
N1R = "04012600000000011"
N2 = "04002600000000022"


def _row(reference, number="", status="APPROVED", dpp=None, ppn=None, headers=HEADERS_17):
    cells = dict.fromkeys(headers, "")
    cells.update(
        {
            "NPWP Pembeli / Identitas lainnya": "0013000666091000",
            "Nama Pembeli": "PT KREASI NUSANTARA",
            "Kode Transaksi": "04",
            "Nomor Faktur Pajak": number,
            "Tanggal Faktur Pajak": "2026-11-02T00:00:00",
            "Masa Pajak": "11",
            "Tahun": "2026",
            "Status Faktur": status,
            "Harga Jual/Penggantian/DPP": "" if dpp is None else str(dpp),
            "PPN": "" if ppn is None else str(ppn),
            "PPnBM": "0",
            "Referensi": reference,
        }
    )
    return [cells[h] for h in headers]


def _file(tmp_path, *rows, name="pajak-keluaran.xlsx", headers=HEADERS_17) -> Path:
    path = tmp_path / name
    writer = xlsx_bytes if path.suffix == ".xlsx" else csv_bytes
    path.write_bytes(writer(headers, rows))
    return path


def _import(path):
    return apply_coretax_import(plan_coretax_import(path))


def _figures(invoice_no):
    b = Billing.get(Billing.invoice_no == invoice_no)
    return b.dpp, b.ppn


def _record(invoice_no) -> CoretaxFaktur:
    return CoretaxFaktur.get(CoretaxFaktur.billing == Billing.get(invoice_no=invoice_no))


def _outcomes(done):
    return [(o.row.reference, o.outcome) for o in done.outcomes]


@pytest.fixture
def fakturs(coretax_book):
    return six_fakturs()


# --- the number ------------------------------------------------------------------------


def test_a_coretax_number_reads_as_its_parts():
    normal, replacement = parse_coretax_no("01002500000000001"), parse_coretax_no(N1R)
    assert (normal.transaction_code, normal.status_code, normal.year, normal.serial) == (
        "01",
        0,
        2025,
        "2500000000001",
    )
    assert (replacement.status_code, replacement.year) == (1, 2026)
    assert replacement.chain == parse_coretax_no(N1).chain
    assert normal.desktop is None


@pytest.mark.parametrize(
    "text, says",
    [
        ("0400260000000001", "has 16"),
        ("11002600000000001", "code 11"),
        ("04002600000000000", "no serial"),
        ("04-00-26-ABC", "use digits"),
    ],
)
def test_a_number_that_is_not_coretax_is_refused(text, says):
    with pytest.raises(Refused, match=says):
        parse_coretax_no(text)


# --- matching --------------------------------------------------------------------------


def test_rows_are_matched_by_referensi_and_previewed_before_anything_is_written(fakturs, tmp_path):
    dpp, ppn = _figures("INV-CT-001")
    path = _file(
        tmp_path,
        _row("INV-CT-001", N1, "APPROVED", dpp, ppn),
        _row("INV-CT-002", "", "CREATED"),
        _row("PENJUALAN-LANGSUNG", "04002600000000099", "APPROVED", 100_000, 11_000),
    )
    plan = plan_coretax_import(path)
    assert _outcomes(plan) == [
        ("INV-CT-001", "recorded"),
        ("INV-CT-002", "recorded"),
        ("PENJUALAN-LANGSUNG", "unmatched"),
    ]
    assert plan.outcomes[2].as_json()["problems"] == []  # made in Coretax: normal
    assert CoretaxFaktur.select().count() == 0  # the preview wrote nothing

    events = Event.select().count()
    _import(path)
    first = _record("INV-CT-001")
    assert (first.faktur_no, first.status, first.faktur_date.isoformat()) == (
        N1,
        "approved",
        "2026-11-02",
    )
    assert (first.dpp, first.ppn, first.mismatch) == (dpp, ppn, "")
    assert (_record("INV-CT-002").faktur_no, _record("INV-CT-002").status) == ("", "created")
    assert Event.select().count() == events + 2  # one entry per changed billing
    said = Event.select().order_by(Event.id.desc()).limit(2)
    assert {e.summary for e in said} == {
        f"INV-CT-001: Coretax shows faktur {N1} as Approved",
        "INV-CT-002: Coretax shows the faktur as Created",
    }


def test_importing_the_same_file_again_changes_and_records_nothing(fakturs, tmp_path):
    dpp, ppn = _figures("INV-CT-001")
    path = _file(tmp_path, _row("INV-CT-001", N1, "APPROVED", dpp, ppn + 5))
    _import(path)
    events, stored = Event.select().count(), _record("INV-CT-001").imported_at
    again = _import(path)
    assert again.changes == () and _outcomes(again) == [("INV-CT-001", "unchanged")]
    assert Event.select().count() == events
    assert _record("INV-CT-001").imported_at == stored


def test_a_row_without_referensi_is_matched_by_the_number_already_recorded(fakturs, tmp_path):
    _import(_file(tmp_path, _row("INV-CT-001", N1, "APPROVED")))
    done = _import(_file(tmp_path, _row("", N1, "CANCELED"), name="later.csv"))
    assert [(o.invoice_no, o.outcome) for o in done.outcomes] == [("INV-CT-001", "recorded")]
    assert _record("INV-CT-001").status == "canceled"


def test_a_referensi_that_contradicts_a_recorded_number_is_listed_not_guessed(fakturs, tmp_path):
    _import(_file(tmp_path, _row("INV-CT-001", N1, "APPROVED")))
    done = _import(_file(tmp_path, _row("INV-CT-002", N1, "CANCELED"), name="b.xlsx"))
    assert _outcomes(done) == [("INV-CT-002", "unmatched")]
    assert done.outcomes[0].as_json()["problems"] == [
        f"Its Referensi is INV-CT-002, but faktur {N1} is recorded on INV-CT-001; "
        "nothing was changed for it."
    ]
    assert _record("INV-CT-001").status == "approved"
    assert not CoretaxFaktur.select().where(CoretaxFaktur.billing != _record("INV-CT-001").billing)


def test_one_number_for_two_billings_in_one_file_goes_to_the_first_only(fakturs, tmp_path):
    done = _import(
        _file(tmp_path, _row("INV-CT-001", N1, "APPROVED"), _row("INV-CT-002", N1, "APPROVED"))
    )
    assert _outcomes(done) == [("INV-CT-001", "recorded"), ("INV-CT-002", "unmatched")]
    assert "appears twice" in done.outcomes[1].as_json()["problems"][0]


# --- statuses --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "written, stored",
    [
        ("CREATED", "created"),
        ("Signing In Progress", "created"),
        ("Saved Invalid", "created"),
        ("APPROVED", "approved"),
        ("Approved", "approved"),
        ("AMENDED", "amended"),
        ("WAITING_FOR_AMENDMENT", "waiting_for_amendment"),
        ("Waiting For Amendment", "waiting_for_amendment"),
        ("WAITING_FOR_CANCELLATION", "waiting_for_cancellation"),
        ("Waiting For Cancelation", "waiting_for_cancellation"),
        ("CANCELED", "canceled"),
        ("Cancelled", "canceled"),
        ("REJECTED", "rejected"),
        ("UPLOADED", "needs_review"),
        ("", "needs_review"),
    ],
)
def test_every_status_as_the_export_writes_it(fakturs, tmp_path, written, stored):
    numbered = written.upper() not in ("CREATED", "SIGNING IN PROGRESS", "SAVED INVALID", "")
    done = _import(_file(tmp_path, _row("INV-CT-001", N1 if numbered else "", written)))
    assert _record("INV-CT-001").status == stored
    assert done.outcomes[0].as_json()["coretax_status"] == stored
    if stored == "needs_review":
        assert "needs a look" in done.outcomes[0].as_json()["problems"][0]


def test_an_approved_row_without_a_number_is_never_approved(fakturs, tmp_path):
    done = _import(_file(tmp_path, _row("INV-CT-001", "", "APPROVED")))
    assert _record("INV-CT-001").status == "needs_review"
    assert "gives no faktur number" in done.outcomes[0].as_json()["problems"][0]


ORDER = [
    "CREATED", "REJECTED", "WAITING_FOR_AMENDMENT", "APPROVED", "AMENDED",
    "WAITING_FOR_CANCELLATION", "CANCELED",
]  # fmt: skip


@pytest.mark.parametrize("later", range(1, len(ORDER)))
def test_a_later_import_never_downgrades_and_an_advance_is_recorded(fakturs, tmp_path, later):
    earlier = ORDER[later - 1]
    _import(_file(tmp_path, _row("INV-CT-001", N1, ORDER[later]), name="a.xlsx"))
    done = _import(_file(tmp_path, _row("INV-CT-001", N1, earlier), name="b.xlsx"))
    assert _record("INV-CT-001").status == ORDER[later].lower()
    assert _outcomes(done) == [("INV-CT-001", "unchanged")]
    assert "the later state" in done.outcomes[0].as_json()["problems"][0]

    _import(_file(tmp_path, _row("INV-CT-002", N2, earlier), name="c.xlsx"))
    _import(_file(tmp_path, _row("INV-CT-002", N2, ORDER[later]), name="d.xlsx"))
    assert _record("INV-CT-002").status == ORDER[later].lower()


def test_a_created_row_after_an_approved_one_in_the_same_file_does_not_undo_it(fakturs, tmp_path):
    done = _import(
        _file(tmp_path, _row("INV-CT-001", N1, "APPROVED"), _row("INV-CT-001", "", "CREATED"))
    )
    assert _record("INV-CT-001").status == "approved"
    assert _outcomes(done) == [("INV-CT-001", "recorded"), ("INV-CT-001", "unchanged")]


# --- the replacement chain -------------------------------------------------------------


def test_the_replacement_wins_and_the_original_is_kept_as_amended(fakturs, tmp_path):
    done = _import(
        _file(
            tmp_path,
            _row("INV-CT-001", N1R, "APPROVED"),
            _row("INV-CT-001", N1, "AMENDED"),
        )
    )
    record = _record("INV-CT-001")
    assert (record.faktur_no, record.status, record.amended_no) == (N1R, "approved", N1)
    assert _outcomes(done) == [("INV-CT-001", "recorded"), ("INV-CT-001", "recorded")]


def test_a_replacement_without_referensi_follows_the_recorded_original(fakturs, tmp_path):
    _import(_file(tmp_path, _row("INV-CT-001", N1, "APPROVED"), name="nov.xlsx"))
    done = _import(
        _file(
            tmp_path,
            _row("", N1, "AMENDED"),
            _row("", N1R, "WAITING_FOR_AMENDMENT"),
            name="dec.csv",
        )
    )
    record = _record("INV-CT-001")
    assert (record.faktur_no, record.status, record.amended_no) == (
        N1R,
        "waiting_for_amendment",
        N1,
    )
    assert {o.invoice_no for o in done.outcomes} == {"INV-CT-001"}
    again = _import(_file(tmp_path, _row("", N1R, "APPROVED"), name="jan.csv"))
    assert _record("INV-CT-001").status == "approved" and again.count("recorded") == 1
    assert _record("INV-CT-001").amended_no == N1


# --- desktop-era numbers ---------------------------------------------------------------


def _with_nine(billing: Billing) -> str:
    """The desktop number as Coretax shows it: a 9 inserted as the fifth digit."""
    d16 = billing.transaction_code + "0" + billing.efaktur_number.value.digits
    return d16[:4] + "9" + d16[4:]


def test_a_desktop_number_with_a_9_inserted_matches_the_billing_holding_it(demo, tmp_path):
    held = Billing.select().where(Billing.efaktur_number.is_null(False)).first()
    done = _import(_file(tmp_path, _row("", _with_nine(held), "APPROVED")))
    assert [(o.invoice_no, o.outcome) for o in done.outcomes] == [(held.invoice_no, "recorded")]
    assert _record(held.invoice_no).faktur_no == _with_nine(held)


def test_a_desktop_number_nobody_holds_or_of_another_code_is_listed(demo, tmp_path):
    held = Billing.select().where(Billing.efaktur_number.is_null(False)).first()
    other_code = "07" + _with_nine(held)[2:]
    nobody = _with_nine(held)[:-3] + "999"
    done = _import(_file(tmp_path, _row("", other_code), _row("", nobody)))
    assert [o.outcome for o in done.outcomes] == ["unmatched", "unmatched"]
    first, second = (o.as_json()["problems"][0] for o in done.outcomes)
    assert "another transaction code" in first
    assert "no billing holds it" in second
    assert CoretaxFaktur.select().count() == 0


# --- amounts ---------------------------------------------------------------------------


def test_amounts_that_differ_beyond_rounding_are_recorded_and_flagged(fakturs, tmp_path):
    dpp, ppn = _figures("INV-CT-001")
    done = _import(_file(tmp_path, _row("INV-CT-001", N1, "APPROVED", dpp, ppn + 1)))
    sentence = f"Coretax shows PPN {ppn + 1:,}; this billing has {ppn:,}."
    record = _record("INV-CT-001")
    assert (record.ppn, record.mismatch) == (ppn + 1, sentence)
    assert done.outcomes[0].as_json()["problems"] == [sentence]


def test_the_flag_stays_until_an_import_shows_the_amounts_agreeing(fakturs, tmp_path):
    dpp, ppn = _figures("INV-CT-001")
    _import(_file(tmp_path, _row("INV-CT-001", N1, "APPROVED", dpp, ppn + 1), name="a.xlsx"))
    _import(_file(tmp_path, _row("INV-CT-001", "", "CREATED"), name="b.xlsx"))
    assert _record("INV-CT-001").mismatch  # a row that changes nothing leaves it
    done = _import(_file(tmp_path, _row("INV-CT-001", N1, "APPROVED", dpp, ppn), name="c.xlsx"))
    assert _outcomes(done) == [("INV-CT-001", "recorded")]
    assert (_record("INV-CT-001").mismatch, _record("INV-CT-001").ppn) == ("", ppn)


def test_amounts_within_the_rounding_of_the_lines_are_not_flagged(fakturs, tmp_path):
    dpp, ppn = _figures("INV-CT-005")  # two lines: half a rupiah and two cents allowed
    path = _file(tmp_path, _row("INV-CT-005", N1, "APPROVED", f"{dpp}.52", f"{ppn - 1}.48"))
    done = _import(path)
    assert _record("INV-CT-005").mismatch == ""
    assert (_record("INV-CT-005").dpp, _record("INV-CT-005").ppn) == (dpp + 1, ppn - 1)
    assert done.outcomes[0].problems == []


# --- the file --------------------------------------------------------------------------


def test_the_19_column_variant_as_csv_with_a_title_above_is_read(fakturs, tmp_path):
    path = tmp_path / "keluaran.csv"
    title = ["Daftar Faktur Pajak Keluaran", *[""] * (len(HEADERS_19) - 1)]
    path.write_bytes(
        csv_bytes(title, [HEADERS_19, _row("INV-CT-003", N1, "APPROVED", headers=HEADERS_19)])
    )
    done = _import(path)
    assert _outcomes(done) == [("INV-CT-003", "recorded")]


def test_a_number_excel_stored_as_a_number_keeps_its_leading_zero(fakturs, tmp_path):
    row = _row("INV-CT-001", "", "APPROVED")
    row[HEADERS_17.index("Nomor Faktur Pajak")] = int(N1)
    _import(_file(tmp_path, row))
    assert _record("INV-CT-001").faktur_no == N1


@pytest.mark.parametrize(
    "written, read",
    [("2026-11-02T00:00:00", "2026-11-02"), ("02/11/2026", "2026-11-02"), ("31/02/2026", None)],
)
def test_the_faktur_date_as_the_export_writes_it(fakturs, tmp_path, written, read):
    row = _row("INV-CT-001", N1, "APPROVED")
    row[HEADERS_17.index("Tanggal Faktur Pajak")] = written
    done = _import(_file(tmp_path, row, name="d.csv"))
    stored = _record("INV-CT-001").faktur_date
    assert (stored.isoformat() if stored else None) == read
    if read is None:
        assert done.outcomes[0].as_json()["problems"] == ["“31/02/2026” is not a date."]


def test_a_number_excel_rounded_is_listed_never_recorded(fakturs, tmp_path):
    row = _row("INV-CT-001", "", "APPROVED")
    row[HEADERS_17.index("Nomor Faktur Pajak")] = float("10002600000000011")  # code 10
    done = _import(_file(tmp_path, row))
    assert _outcomes(done) == [("INV-CT-001", "unmatched")]
    assert "Excel keeps only 15 digits" in done.outcomes[0].as_json()["problems"][0]
    assert CoretaxFaktur.select().count() == 0


def _pajak_masukan(tmp_path):
    headers = ["NPWP Penjual", "Nama Penjual", "Kode Transaksi", "Nomor Faktur Pajak"]
    return _file(tmp_path, ["0013000666091000", "PT X", "04", N1], headers=headers)


def _billing_sheet(tmp_path):
    return _file(tmp_path, ["INV-9", "2026-11-02"], headers=["invoice_no", "invoice_date"])


def _damaged(tmp_path):
    path = tmp_path / "rusak.xlsx"
    path.write_bytes(b"PK\x03\x04 not really a workbook")
    return path


def _huge(tmp_path):
    path = tmp_path / "huge.xlsx"
    with path.open("wb") as f:
        f.truncate(100 * 1024 * 1024)  # sparse: 100 MB without writing them
    return path


def _missing_column(tmp_path):
    headers = [h for h in HEADERS_17 if h != "Referensi"]
    return _file(tmp_path, ["x"] * len(headers), headers=headers)


@pytest.mark.parametrize(
    "make, says",
    [
        (_pajak_masukan, "Pajak Masukan export"),
        (_billing_sheet, "is not Coretax's Pajak Keluaran export"),
        (_damaged, "not an Excel workbook"),
        (_huge, "at most 20 MB"),
        (_missing_column, "no column “referensi”"),
    ],
)
def test_a_file_that_is_not_the_pajak_keluaran_export_is_refused(fakturs, tmp_path, make, says):
    path = make(tmp_path)
    with pytest.raises(Refused, match=says):
        plan_coretax_import(path)
    assert CoretaxFaktur.select().count() == 0
    if path.name == "huge.xlsx":
        os.remove(path)


def test_apply_plans_again_against_the_book_as_it_is_now(fakturs, tmp_path):
    path = _file(tmp_path, _row("INV-CT-001", N1, "APPROVED"))
    stale = plan_coretax_import(path)
    _import(_file(tmp_path, _row("INV-CT-001", N1, "CANCELED"), name="newer.xlsx"))
    done = apply_coretax_import(stale)
    assert _outcomes(done) == [("INV-CT-001", "unchanged")]
    assert _record("INV-CT-001").status == "canceled"


def test_a_cancelled_billing_keeps_what_coretax_reported(fakturs, tmp_path):
    _import(_file(tmp_path, _row("INV-CT-002", "", "CREATED")))
    billing_actions.cancel_billing(Billing.get(invoice_no="INV-CT-002").id)
    assert _record("INV-CT-002").status == "created"


def test_the_books_index_is_the_last_guard_of_one_number_one_billing(
    fakturs, tmp_path, monkeypatch
):
    from app.efaktur import coretax_import

    _import(_file(tmp_path, _row("INV-CT-001", N1, "APPROVED"), name="a.xlsx"))
    reading = coretax_import._read_book

    def forgetting(rows):  # as if the matching missed the number recorded on INV-CT-001
        book = reading(rows)
        book.by_number.clear()
        book.by_chain.clear()
        return book

    monkeypatch.setattr(coretax_import, "_read_book", forgetting)
    events = Event.select().count()
    with pytest.raises(Refused, match="one Coretax faktur number on two billings"):
        _import(_file(tmp_path, _row("INV-CT-002", N1, "APPROVED"), name="b.xlsx"))
    assert CoretaxFaktur.select().count() == 1 and Event.select().count() == events

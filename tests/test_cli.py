"""The command line: same services, exit 0/1/2, one line on stderr when refused."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.book.connection import close_book
from tests.support.cli import run


def test_billings_json_has_the_guide_billing(demo_path, capsys):
    code, out, _ = run(capsys, "--db", str(demo_path), "billings", "--json")
    assert code == 0
    billings = {b["invoice_no"]: b for b in json.loads(out)}
    guide = billings["INV-FPY-032300400"]
    assert guide["status"] == "unpaid"
    assert guide["tax_active"] is True
    assert guide["efaktur_no"] == "000-26.12345619"
    assert guide["cancelled_efaktur_no"] is None
    assert billings["INV-FPY-032200399"]["cancelled_efaktur_no"] == "000-26.12345605"
    assert billings["INV-FPY-032300404"]["status"] == "overdue"
    assert {b["status"] for b in billings.values()} >= {
        "draft",
        "unpaid",
        "partially_paid",
        "paid",
        "overdue",
        "cancelled",
    }


def test_guide_flow_from_the_command_line(demo_path, capsys):
    db = ["--db", str(demo_path)]
    code, _, err = run(capsys, *db, "cancel-efaktur", "INV-FPY-032300400")
    assert code == 2 and "Cancel the billing first" in err and err.count("\n") == 1
    assert run(capsys, *db, "cancel", "INV-FPY-032300400")[0] == 0
    code, out, _ = run(capsys, *db, "cancel-efaktur", "INV-FPY-032300400")
    assert code == 0 and "000-26.12345619" in out
    code, out, _ = run(capsys, *db, "numbers", "--json", "--status", "available")
    available = [n["number"] for n in json.loads(out)]
    assert available[0] == "000-26.12345619"
    assert all(n["invoice_no"] is None for n in json.loads(out))
    code, out, _ = run(capsys, *db, "billings", "--json")
    guide = next(b for b in json.loads(out) if b["invoice_no"] == "INV-FPY-032300400")
    assert guide["efaktur_no"] is None and guide["cancelled_efaktur_no"] == "000-26.12345619"


def test_refusals_exit_2_and_change_nothing(demo_path, capsys):
    db = ["--db", str(demo_path)]
    before = run(capsys, *db, "billings", "--json")[1]
    assert run(capsys, *db, "cancel", "INV-DOES-NOT-EXIST")[0] == 2
    assert run(capsys, *db, "cancel", "INV-FPY-032300402")[0] == 2  # paid
    assert run(capsys, *db, "demo")[0] == 2  # not empty
    assert run(capsys, *db, "billings", "--json")[1] == before
    code, _, err = run(capsys, "--db", str(demo_path.with_name("missing.sqlite")), "billings")
    assert code == 2 and "no book" in err
    assert not demo_path.with_name("missing.sqlite").exists()


def test_numbers_by_status(demo_path, capsys):
    code, out, _ = run(capsys, "--db", str(demo_path), "numbers", "--json", "--status", "uploaded")
    uploaded = json.loads(out)
    assert {n["status"] for n in uploaded} == {"uploaded"}
    assert {n["number"] for n in uploaded} >= {"000-26.12345600", "000-26.12345620"}


def test_check_opens_the_window_and_exits_0(demo_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-m", "ui", "--db", str(demo_path), "--check"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr


def test_bad_arguments_exit_2(capsys):
    assert run(capsys, "numbers", "--status", "lost")[0] == 2


def test_ranges_add_and_list(demo_path, capsys):
    db = ["--db", str(demo_path)]
    code, out, _ = run(
        capsys,
        *db,
        "ranges",
        "add",
        "000-27.00000001",
        "0002700000075",
        "--grant-date",
        "2027-01-02",
        "--note",
        "e-Nofa S-1/2027",
    )
    assert code == 0 and "75 numbers for 2027" in out
    code, out, _ = run(capsys, *db, "ranges", "list", "--json")
    listed = json.loads(out)
    assert listed[0] == {  # newest year first
        "start": "000-27.00000001",
        "end": "000-27.00000075",
        "year": 2027,
        "total": 75,
        "available": 75,
        "grant_date": "2027-01-02",
        "note": "e-Nofa S-1/2027",
    }
    assert listed[1]["available"] == 76  # then the demo's 2026 range
    code, _, err = run(capsys, *db, "ranges", "add", "000-27.00000050", "000-27.00000100")
    assert code == 2 and "overlaps" in err and "000-27.00000001 .. 000-27.00000075" in err
    code, _, err = run(capsys, *db, "ranges", "add", "1", "2", "--grant-date", "2.1.2023")
    assert code == 2 and "YYYY-MM-DD" in err


def test_issue_and_generate_from_the_command_line(demo_path, capsys):
    db = ["--db", str(demo_path)]
    code, out, _ = run(capsys, *db, "issue", "INV-FPY-032300406")
    assert code == 0 and "000-26.12345624" in out
    code, _, err = run(capsys, *db, "issue", "INV-FPY-032300406")
    assert code == 2 and "Only a Draft or Proforma can be issued" in err
    code, _, err = run(capsys, *db, "generate-efaktur", "INV-FPY-032300405")
    assert code == 2 and "Invoice Tax is off" in err


def test_issue_of_many_is_all_or_nothing(demo_path, capsys):
    db = ["--db", str(demo_path)]
    code, _, err = run(capsys, *db, "issue", "INV-FPY-032300406", "INV-FPY-032300402")
    assert code == 2 and "INV-FPY-032300402" in err
    billings = json.loads(run(capsys, *db, "billings", "--json")[1])
    draft = next(b for b in billings if b["invoice_no"] == "INV-FPY-032300406")
    assert draft["status"] == "draft" and draft["efaktur_no"] is None


def test_export_csv_for_a_month_and_again(demo_path, tmp_path, capsys):
    out = tmp_path / "maret.csv"
    code, printed, err = run(
        capsys, "--db", str(demo_path), "export-csv", "--out", str(out), "--period", "2026-11"
    )
    assert code == 0
    assert printed == f"3 fakturs written to {out} (export batch 1).\n"
    assert "left out INV-FPY-032300405: Invoice Tax is off" in err
    assert out.read_bytes().startswith(b'"FK","KD_JENIS_TRANSAKSI"')
    code, _, err = run(
        capsys, "--db", str(demo_path), "export-csv", "--out", str(out), "INV-FPY-032300400"
    )
    assert code == 2
    assert "INV-FPY-032300400: it was exported before" in err
    code, printed, _ = run(
        capsys,
        "--db",
        str(demo_path),
        "export-csv",
        "--out",
        str(out),
        "--again",
        "INV-FPY-032300400",
    )
    assert code == 0 and printed.startswith("1 faktur written")
    code, _, err = run(capsys, "--db", str(demo_path), "export-csv", "--out", str(out))
    assert code == 2 and "Name the billings to export" in err
    code, _, err = run(
        capsys, "--db", str(demo_path), "export-csv", "--out", str(out), "--period", "03/2026"
    )
    assert code == 2 and "is not a month written YYYY-MM" in err


def test_files_import_prints_the_match_report(demo_path, tmp_path, capsys):
    from tests.support.pdfs import faktur_pdf, make_zip

    good = "022732101075000-0100002612345619-026015362054000-20261125090000.pdf"
    archive = tmp_path / "dari-djp.zip"
    archive.write_bytes(make_zip({good: faktur_pdf("010.000-26.12345619"), "readme.txt": b"hello"}))
    code, out, _ = run(capsys, "--db", str(demo_path), "files", "import", str(archive), "--json")
    assert code == 0
    report = {m["file"]: m for m in json.loads(out)}
    assert report[f"dari-djp.zip: {good}"]["matched"] is True
    assert report[f"dari-djp.zip: {good}"]["invoice_no"] == "INV-FPY-032300400"
    assert report["dari-djp.zip: readme.txt"] == {
        "file": "dari-djp.zip: readme.txt",
        "matched": False,
        "reason": "not a PDF",
        "invoice_no": None,
        "efaktur_no": None,
        "replacement": False,
        "found_by": "",
        "amended_original": False,
        "needs_look": False,
    }
    code, out, err = run(capsys, "--db", str(demo_path), "files", "import", str(archive))
    assert code == 2
    assert "already attached to INV-FPY-032300400 on 25 Nov 2026" in out
    assert out.endswith("0 of 2 files attached.\n") and "nothing was attached" in err


def test_company_starts_a_book_and_a_bad_npwp_changes_nothing(tmp_path, capsys):
    book = tmp_path / "new.sqlite"
    code, out, _ = run(
        capsys,
        "--db",
        str(book),
        "company",
        "--name",
        "PT Baru Jaya",
        "--npwp",
        "012345674411000",
        "--address",
        "Jl. Asia Afrika 8, Bandung",
        "--phone",
        "022 123",
    )
    assert code == 0 and out == "Company: PT Baru Jaya, NPWP 01.234.567.4-411.000.\n"
    code, _, err = run(
        capsys,
        "--db",
        str(book),
        "company",
        "--name",
        "PT Lain",
        "--npwp",
        "0123",
        "--address",
        "x",
    )
    assert code == 2
    assert err.startswith("efaktur-desk: The company's NPWP “0123” is not a valid NPWP")
    assert len(err.splitlines()) == 1
    from app.billings.parties import company
    from app.desk.opening import open_book

    open_book(book)
    try:
        saved = company()
        assert (saved.name, saved.npwp, saved.phone) == (
            "PT Baru Jaya",
            "012345674411000",
            "022 123",
        )
    finally:
        close_book()


def test_company_with_a_pattern_saves_both_or_neither(tmp_path, capsys):
    book = str(tmp_path / "new.sqlite")
    company = ["--db", book, "company", "--npwp", "012345674411000", "--address", "Bandung"]
    code, _, err = run(capsys, *company, "--name", "PT Baru Jaya", "--pattern", "FK-{yymm}")
    assert code == 2 and "{seq} exactly once" in err and len(err.splitlines()) == 1
    code, out, _ = run(capsys, *company, "--name", "PT Baru Jaya", "--pattern", "FK/{seq:04}")
    assert code == 0 and out.splitlines() == [
        "Company: PT Baru Jaya, NPWP 01.234.567.4-411.000.",
        "Invoice numbers follow FK/{seq:04}.",
    ]
    code, _, err = run(capsys, *company, "--name", "PT Lain", "--pattern", "FK/{bulan}{seq}")
    assert code == 2 and "unknown part {bulan}" in err
    from app.billings import numbering
    from app.billings.parties import company as saved_company
    from app.desk.opening import open_book

    open_book(Path(book))
    try:
        assert saved_company().name == "PT Baru Jaya"  # the bad pattern kept the name too
        assert numbering.current().text == "FK/{seq:04}"
    finally:
        close_book()


def small_book(tmp_path, capsys, billings: int, numbers: int):
    """A book with one 2026 range of ``numbers`` and ``billings`` draft billings."""
    rows = ["invoice_no,invoice_date,customer_name,customer_npwp,item_name,quantity,unit_price"]
    rows += [
        f"G-{n:04d},2026-10-01,PT Baru,013000666091000,Jasa,1,1000000" for n in range(billings)
    ]
    source = tmp_path / "billings.csv"
    source.write_text("\n".join(rows) + "\n", encoding="utf-8")
    db = ["--db", str(tmp_path / "small.sqlite")]
    assert run(capsys, *db, "import", str(source))[0] == 0
    assert run(capsys, *db, "channel", "desktop")[0] == 0
    last = f"000-26.{numbers:08d}"
    assert run(capsys, *db, "ranges", "add", "000-26.00000001", last)[0] == 0
    return db


def test_issue_without_a_number_then_generate_it_later(tmp_path, capsys):
    db = small_book(tmp_path, capsys, billings=3, numbers=2)
    code, _, err = run(capsys, *db, "issue", "G-0000", "G-0001", "G-0002")
    assert code == 2
    assert "G-0002: no E-Faktur No is left for 2026" in err
    assert "Nothing was issued. Add --without-number" in err
    code, out, _ = run(capsys, *db, "issue", "--without-number", "G-0000", "G-0001", "G-0002")
    assert code == 0
    assert out.splitlines() == [
        "G-0000 issued with E-Faktur No 000-26.00000001.",
        "G-0001 issued with E-Faktur No 000-26.00000002.",
        "G-0002 issued without an E-Faktur No (none is left; generate it later).",
    ]
    code, _, err = run(capsys, *db, "generate-efaktur", "G-0002")
    assert code == 2 and "no E-Faktur No is left for 2026" in err
    run(capsys, *db, "ranges", "add", "000-26.00000003", "000-26.00000009")
    code, out, _ = run(capsys, *db, "generate-efaktur", "G-0002")
    assert code == 0 and out == "G-0002: E-Faktur No 000-26.00000003\n"


def test_a_refusal_names_each_billing_once_and_cuts_a_long_list(tmp_path, capsys):
    db = small_book(tmp_path, capsys, billings=1000, numbers=10)
    code, _, err = run(capsys, *db, "generate-efaktur", "G-0009", "G-0009")
    assert code == 2 and err.count("G-0009") == 1
    code, _, err = run(capsys, *db, "generate-efaktur", *(f"G-{n:04d}" for n in range(1000)))
    lines = err.splitlines()
    assert code == 2 and len(lines) == 21
    assert lines[0].startswith("efaktur-desk: G-0000: This billing is Draft.")
    assert lines[19].startswith("G-0019: ") and lines[20] == "and 980 more"


def test_export_names_the_old_faktur_of_a_number_that_went_out_before(demo_path, capsys, tmp_path):
    db = ["--db", str(demo_path)]
    assert (
        run(capsys, *db, "export-csv", "--out", str(tmp_path / "a.csv"), "INV-FPY-032300400")[0]
        == 0
    )
    run(capsys, *db, "cancel", "INV-FPY-032300400")
    run(capsys, *db, "cancel-efaktur", "INV-FPY-032300400")
    run(capsys, *db, "issue", "INV-FPY-032300406")  # takes 619 back
    code, _, err = run(
        capsys, *db, "export-csv", "--out", str(tmp_path / "b.csv"), "INV-FPY-032300406"
    )
    assert code == 2 and not (tmp_path / "b.csv").exists()
    assert (
        "INV-FPY-032300406: its E-Faktur No 000-26.12345619 went out before on "
        "INV-FPY-032300400 (export batch 1, 25 Nov 2026); delete that faktur in e-Faktur "
        "desktop first"
    ) in err
    assert "Add --again to export those once more." in err
    code, out, _ = run(
        capsys, *db, "export-csv", "--again", "--out", str(tmp_path / "b.csv"), "INV-FPY-032300406"
    )
    assert code == 0 and out == f"1 faktur written to {tmp_path / 'b.csv'} (export batch 2).\n"


def test_a_file_that_fails_after_the_export_is_kept_says_how_to_write_it(
    demo_path, capsys, tmp_path, failing_rename
):
    db = ["--db", str(demo_path)]
    taken = tmp_path / "taken.csv"
    code, out, err = run(capsys, *db, "export-csv", "--out", str(taken), "INV-FPY-032300400")
    assert code == 1 and out == ""
    assert "export batch 1 is kept in the book, but its file was not written" in err
    assert f"efaktur-desk --db {demo_path} export-csv --batch 1 --out FILE" in err
    again = tmp_path / "again.csv"
    code, out, _ = run(capsys, *db, "export-csv", "--batch", "1", "--out", str(again))
    assert code == 0 and out == f"Export batch 1 written to {again}, byte for byte as kept.\n"
    assert again.read_bytes().startswith(b'"FK","KD_JENIS_TRANSAKSI"')
    code, _, err = run(capsys, *db, "export-csv", "--batch", "7", "--out", str(again))
    assert code == 2 and "There is no export batch 7." in err


def _nearly_full_disk() -> None:
    """In the child: no file may grow past 40 KB, so the book's WAL cannot take the
    export's commit (the book itself and its shared-memory file already exist)."""
    import resource
    import signal

    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (40_000, 40_000))


@pytest.mark.skipif(sys.platform == "win32", reason="a file-size limit is POSIX")
def test_an_export_whose_commit_fails_leaves_no_csv(demo_path, tmp_path, capsys):
    """Issue 14: on a nearly full disk the CSV was written, then the commit failed, and
    the file stood for an export the book never recorded."""
    out = tmp_path / "maret.csv"
    done = subprocess.run(
        [sys.executable, "-m", "ui", "--db", str(demo_path), "export-csv", "--out", str(out)]
        + ["--period", "2026-03"],
        capture_output=True,
        text=True,
        timeout=120,
        preexec_fn=_nearly_full_disk,
    )
    assert done.returncode != 0 and done.stdout == ""
    assert not [p.name for p in tmp_path.iterdir() if p.name.endswith((".csv", ".part"))]
    code, _, err = run(
        capsys, "--db", str(demo_path), "export-csv", "--batch", "1", "--out", str(out)
    )
    assert code == 2 and "There is no export batch 1." in err  # the book kept none


def test_cancel_efaktur_cancels_several_efaktur_nos_all_or_none(demo_path, capsys):
    db = ["--db", str(demo_path)]
    three = ["INV-FPY-032300400", "INV-FPY-032300403", "INV-FPY-032300404"]
    for no in [*three, "INV-FPY-032300401"]:
        assert run(capsys, *db, "cancel", no)[0] == 0
    before = run(capsys, *db, "numbers", "--json")[1]
    code, out, err = run(capsys, *db, "cancel-efaktur", *three, "INV-FPY-032300401")
    assert code == 2 and out == ""
    assert err.startswith("efaktur-desk: INV-FPY-032300401: e-Faktur file uploaded on 2026-11-17")
    assert run(capsys, *db, "numbers", "--json")[1] == before  # none cancelled

    code, out, _ = run(capsys, *db, "cancel-efaktur", *three)
    assert code == 0
    given = [line.split()[5] for line in out.splitlines()]
    assert out.splitlines() == [
        f"Cancel E-Faktur No on {no}: {number} is available again."
        for number, no in zip(given, three, strict=True)
    ]
    code, out, _ = run(capsys, *db, "numbers", "--json", "--status", "available")
    assert set(given) <= {n["number"] for n in json.loads(out)}


def test_years_batches_and_places_that_cannot_be_are_one_plain_line(demo_path, capsys, tmp_path):
    """A tester's absurd arguments: each is refused with exit 2 and one line that names
    no exception, and nothing is made on disk."""
    db = ["--db", str(demo_path)]
    for argv, said in [
        (["numbers", "--year", "99999999999999999999"], "is not a year"),
        (["numbers", "--year", "2009"], "is outside the years 2010 to 2027"),
        (["leftovers", "0"], "is not a year"),
        (["export-csv", "--batch", "9" * 23, "--out", str(tmp_path / "f.csv")], "not an export"),
        (["leftovers", "2025", "--out", str(tmp_path / "no" / "x.csv")], "is not there"),
        (["leftovers", "2025", "--out", str(tmp_path)], "is not an ordinary file"),
    ]:
        code, out, err = run(capsys, *db, *argv)
        assert code == 2 and said in err, (argv, err)
        assert "Error" not in err and "Traceback" not in err, err
    assert not (tmp_path / "no").exists()


def test_demo_without_db_builds_the_demo_book_never_the_users_own(capsys):
    from app.common import paths

    code, out, _ = run(capsys, "demo")
    close_book()
    assert code == 0 and str(paths.demo_book()) in out
    assert paths.demo_book().exists() and not paths.default_book().exists()

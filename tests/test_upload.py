"""Uploading approved e-Faktur PDFs: matching, the report, attaching in one step."""

import json
import re

import pytest

from app.billings import billing_actions
from app.billings.rules import Action
from app.book.connection import files_folder
from app.book.models import Billing, EfakturFile, EfakturNumber, db
from app.cli.main import main
from app.common.errors import Refused
from app.efaktur import efaktur_files, efaktur_upload
from tests.support.pdfs import faktur_pdf, make_pdf, make_zip

SELLER = "022732101075000"
SINAR = "026015362054000"  # PT Sinar Jaya Abadi, the guide billing's customer


def named(faktur16: str, buyer: str = SINAR, seller: str = SELLER, tail="20261125090000"):
    return f"{seller}-{faktur16}-{buyer}-{tail}.pdf"


def guide_file() -> tuple[str, bytes]:
    return named("0100002612345619"), faktur_pdf("010.000-26.12345619", "INV-FPY-032300400")


def report(tmp_path, entries: dict[str, bytes]) -> dict[str, efaktur_upload.Match]:
    archive = tmp_path / "upload.zip"
    archive.write_bytes(make_zip(entries))
    matches = efaktur_upload.match_offered(efaktur_upload.read_offered([archive]))
    return {m.file.removeprefix("upload.zip: "): m for m in matches}


def released_number() -> str:
    overdue = Billing.get(Billing.invoice_no == "INV-FPY-032300404")
    billing_actions.cancel_billing(overdue.id)
    return billing_actions.cancel_efaktur_no(overdue.id)  # 000-26.12345623


def test_a_zip_is_matched_file_by_file_and_nothing_is_written_before_confirming(demo, tmp_path):
    released_number()
    name, pdf = guide_file()
    found = report(
        tmp_path,
        {
            name: pdf,
            named("0100002699999999"): faktur_pdf("010.000-26.99999999"),
            "notes.txt": b"not a pdf at all",
            named("0100002612345622"): pdf[: len(pdf) // 2],  # damaged
            "../evil.pdf": pdf,
            named("0100002612345623", buyer="018550814412000"): faktur_pdf("x"),
            named("0100002612345621", seller="011111111111000"): faktur_pdf("y"),
            named("0100002612345622", buyer="018550814412000"): faktur_pdf("z"),
            "scan-0001.pdf": faktur_pdf(
                "010.000-26.12345618", "INV-FPY-032200398", buyer="02.601.536.2-054.000"
            ),
            named("0110002612345620", buyer="018550814412000"): faktur_pdf("replacement"),
            named("0100002612345620", buyer="018550814412000"): faktur_pdf("second normal"),
            "nested.zip": make_zip({"a.pdf": pdf}),
            "copy-of-guide.pdf": pdf,
        },
    )
    why = {file: m.reason for file, m in found.items()}
    assert found[name].matched and found[name].invoice_no == "INV-FPY-032300400"
    assert found[name].found_by == "name" and not found[name].replacement
    assert why[named("0100002699999999")] == "E-Faktur No 000-26.99999999 is not in this book"
    assert why["notes.txt"] == "not a PDF"
    assert why[named("0100002612345622")] == (
        "damaged PDF: it cannot be read; download it again from e-Faktur"
    )
    assert not [r for r in why.values() if re.search(r"Error\b|Exception|\w[a-z][A-Z]\w", r)]
    assert why["../evil.pdf"] == "its path leaves the zip's folder"
    assert why[named("0100002612345623", buyer="018550814412000")] == (
        "E-Faktur No 000-26.12345623: it was cancelled on INV-FPY-032300404 and is on no "
        "billing now"
    )
    assert why[named("0100002612345621", seller="011111111111000")].startswith(
        "seller NPWP 011111111111000 is not the company's (022732101075000)"
    )
    assert why[named("0100002612345622", buyer="018550814412000")] == (
        "buyer NPWP 018550814412000 is not PT Sinar Jaya Abadi's (026015362054000)"
    )
    by_text = found["scan-0001.pdf"]
    assert by_text.matched and by_text.found_by == "text"
    assert by_text.invoice_no == "INV-FPY-032200398"
    replacement = found[named("0110002612345620", buyer="018550814412000")]
    assert replacement.matched and replacement.replacement
    assert why[named("0100002612345620", buyer="018550814412000")].startswith(
        "INV-FPY-032300401 already has its approved file"
    )
    assert why["nested.zip"] == "a zip inside the zip is not opened"
    assert why["copy-of-guide.pdf"] == f"the same file as upload.zip: {name}"
    assert EfakturFile.select().count() == 7  # the demo's, untouched so far
    assert json.loads(json.dumps([m.as_json() for m in found.values()]))  # reportable

    assert efaktur_upload.attach_matched(list(found.values()), files_folder(demo)) == 3
    assert EfakturFile.select().count() == 10
    guide_number = EfakturNumber.get(EfakturNumber.counter == 12345619)
    assert guide_number.state == "uploaded"
    stored = files_folder(demo) / f"{EfakturFile.get(EfakturFile.file_name == name).sha256}.pdf"
    assert stored.read_bytes() == pdf


def test_an_uploaded_number_cannot_be_cancelled(demo, tmp_path):
    guide = Billing.get(Billing.invoice_no == "INV-FPY-032300400")
    billing_actions.cancel_billing(guide.id)
    assert billing_actions.verdict(guide.id, Action.CANCEL_EFAKTUR_NO)
    name, pdf = guide_file()
    found = report(tmp_path, {name: pdf})
    efaktur_upload.attach_matched(list(found.values()), files_folder(demo))
    verdict = billing_actions.verdict(guide.id, Action.CANCEL_EFAKTUR_NO)
    assert not verdict
    assert verdict.reason.startswith("e-Faktur file uploaded on 2026-11-25: DJP approved")
    with pytest.raises(Refused, match="uploaded on 2026-11-25"):
        billing_actions.cancel_efaktur_no(guide.id)
    again = report(tmp_path, {name: pdf})
    assert again[name].reason == "already attached to INV-FPY-032300400 on 25 Nov 2026"


def test_nothing_matched_attaches_nothing(demo, tmp_path):
    found = report(tmp_path, {"a.pdf": make_pdf("no number here")})
    assert found["a.pdf"].reason == "no faktur number in its name or its text"
    with pytest.raises(Refused, match="nothing was attached"):
        efaktur_upload.attach_matched(list(found.values()), files_folder(demo))


def test_single_pdfs_and_broken_zips(demo, tmp_path):
    name, pdf = guide_file()
    loose = tmp_path / name
    loose.write_bytes(pdf)
    broken = tmp_path / "broken.zip"
    broken.write_bytes(b"PK\x03\x04 not really")
    offered = efaktur_upload.read_offered([loose, broken, tmp_path / "gone.pdf"])
    matches = efaktur_upload.match_offered(offered)
    assert [m.matched for m in matches] == [True, False, False]
    assert matches[1].reason.startswith("not a readable zip")
    assert matches[2].reason == "no such file"


def holder(counter: int) -> str:
    number = EfakturNumber.get(EfakturNumber.counter == counter)
    return Billing.get(Billing.efaktur_number == number).invoice_no


BUDI_NIK = "3171011708450001"  # Budi Santoso has no NPWP, only a NIK


def test_a_faktur_matched_by_its_text_has_both_npwps_checked(demo, tmp_path):
    sinar = "02.601.536.2-054.000"
    found = report(
        tmp_path,
        {
            # another company's faktur for our number: issue 15's scan_0007.pdf
            "scan_0007.pdf": faktur_pdf(
                "010.000-26.12345619", seller="01.111.111.1-111.000", buyer=sinar
            ),
            "scan_0008.pdf": faktur_pdf("010.000-26.12345619", buyer="01.855.081.4-412.000"),
            "scan_0009.pdf": make_pdf("Kode dan Nomor Seri Faktur Pajak : 010.000-26.12345619"),
            "scan_0010.pdf": faktur_pdf("010.000-26.12345617", buyer="3171011708450009"),
            "scan_0011.pdf": faktur_pdf("010.000-26.12345616", buyer="01.855.081.4-412.000"),
            "scan_0012.pdf": faktur_pdf("010.000-26.12345617", "own NIK", buyer=BUDI_NIK),
            # zeros for the NPWP and the NIK on a line of its own
            "scan_0013.pdf": make_pdf(
                "Kode dan Nomor Seri Faktur Pajak : 010.000-26.12345611",
                "Pengusaha Kena Pajak",
                "NPWP : 02.273.210.1-075.000",
                "Pembeli Barang Kena Pajak / Penerima Jasa Kena Pajak",
                "NPWP : 00.000.000.0-000.000",
                f"NIK : {BUDI_NIK}",
            ),
            named("0100002612345615", buyer="000000000000000"): faktur_pdf("x", buyer=sinar),
            named("0100002612345614", buyer="000000000000000"): faktur_pdf("y"),
        },
    )
    why = {file: m.reason for file, m in found.items()}
    assert why["scan_0007.pdf"] == (
        "seller NPWP 011111111111000 is not the company's (022732101075000): this faktur "
        "belongs to another seller"
    )
    assert why["scan_0008.pdf"] == (
        "buyer NPWP 018550814412000 is not PT Sinar Jaya Abadi's (026015362054000)"
    )
    unread = found["scan_0009.pdf"]
    assert unread.needs_look and not unread.matched
    assert unread.invoice_no == holder(12345619)
    assert why["scan_0009.pdf"].startswith(
        "the seller's and the buyer's NPWP cannot be read from it, so it was not checked"
    )
    assert why["scan_0010.pdf"] == (
        "buyer NPWP 3171011708450009 is not Budi Santoso's (3171011708450001)"
    )
    assert found["scan_0011.pdf"].matched  # CV Maju Bersama's own faktur, read from text
    assert found["scan_0012.pdf"].matched  # the NIK printed in place of the NPWP
    assert found["scan_0013.pdf"].matched
    # a name with zeros for the buyer does not carry it: the text is read for it
    assert found[named("0100002612345615", buyer="000000000000000")].matched
    zeros = found[named("0100002612345614", buyer="000000000000000")]
    assert zeros.needs_look and not zeros.matched
    assert json.loads(json.dumps(unread.as_json()))["needs_look"] is True

    assert efaktur_upload.attach_matched(list(found.values()), files_folder(demo)) == 4
    assert EfakturNumber.get(EfakturNumber.counter == 12345619).state == "assigned"


def test_the_command_line_checks_a_nik_buyer_read_from_the_text(demo, tmp_path, capsys):
    scan = tmp_path / "scan_0001.pdf"
    scan.write_bytes(faktur_pdf("010.000-26.12345617", buyer="3171011708450009"))
    db.close()
    assert main(["--db", str(demo), "files", "import", str(scan)]) == 2
    out, _ = capsys.readouterr()
    assert "buyer NPWP 3171011708450009 is not Budi Santoso's" in out
    db.connect()
    assert EfakturNumber.get(EfakturNumber.counter == 12345617).state == "assigned"


def test_two_normal_files_for_one_number_in_one_upload_are_reported_as_a_pair(
    demo, tmp_path, capsys
):
    first, second = named("0100002612345619", tail="1"), named("0100002612345619", tail="2")
    replacement = named("0110002612345619", tail="3")
    entries = {
        first: faktur_pdf("010.000-26.12345619", "first"),
        second: faktur_pdf("010.000-26.12345619", "second"),
        replacement: faktur_pdf("011.000-26.12345619", "replacement"),
    }
    found = report(tmp_path, entries)
    assert not found[first].matched and not found[second].matched
    assert found[first].reason == (
        "000-26.12345619 has two different normal files in this upload (this one and "
        f"upload.zip: {second}); upload only the right one"
    )
    assert found[second].reason.endswith(
        f"(this one and upload.zip: {first}); upload only the right one"
    )
    assert found[replacement].matched  # a replacement may come beside them
    files = EfakturFile.select().count()

    archive = tmp_path / "both.zip"
    archive.write_bytes(make_zip({first: entries[first], second: entries[second]}))
    db.close()
    assert main(["--db", str(demo), "files", "import", str(archive)]) == 2
    out, err = capsys.readouterr()
    assert f"not matched  both.zip: {first}: 000-26.12345619 has two" in out
    assert "0 of 2 files attached." in out and "unexpected" not in err
    db.connect()
    assert EfakturFile.select().count() == files


def test_a_second_normal_file_is_refused_by_attach_itself(demo, tmp_path):
    guide = Billing.get(Billing.invoice_no == "INV-FPY-032300400")
    folder = files_folder(demo)
    efaktur_files.attach(guide.id, "a.pdf", faktur_pdf("010.000-26.12345619", "a"), folder, "01")
    with pytest.raises(Refused, match="already has its approved file"):
        efaktur_files.attach(
            guide.id, "b.pdf", faktur_pdf("010.000-26.12345619", "b"), folder, "01"
        )


def test_uploading_a_withdrawn_file_again_says_it_was_withdrawn(demo, tmp_path):
    name, pdf = guide_file()
    efaktur_upload.attach_matched(list(report(tmp_path, {name: pdf}).values()), files_folder(demo))
    efaktur_files.withdraw(EfakturFile.get(EfakturFile.file_name == name).id, "Wrong buyer")
    again = report(tmp_path, {name: pdf})
    assert again[name].reason == (
        "already attached to INV-FPY-032300400 on 25 Nov 2026, and withdrawn on 25 Nov 2026 "
        "(Wrong buyer); a withdrawn file is not attached again"
    )

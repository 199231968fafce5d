"""Uploading approved e-Faktur PDFs: matching, the report, attaching in one step."""

import json

import pytest

from app import billing_actions, efaktur_upload
from app.book import files_folder
from app.errors import Refused
from app.models import Billing, EfakturFile, EfakturNumber
from app.rules import Action
from tests.pdfs import faktur_pdf, make_pdf, make_zip

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
            "scan-0001.pdf": faktur_pdf("010.000-26.12345618", "INV-FPY-032200398"),
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
    assert why[named("0100002612345622")].startswith("damaged PDF")
    assert why["../evil.pdf"] == "its path leaves the zip's folder"
    assert why[named("0100002612345623", buyer="018550814412000")] == (
        "E-Faktur No 000-26.12345623: it was given back by INV-FPY-032300404 and is on no "
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


def test_an_uploaded_number_cannot_be_given_back(demo, tmp_path):
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

"""Uploading faktur PDFs downloaded from Coretax: matched by the 17-digit number the
Coretax import recorded for a billing, with the same checks and report as desktop PDFs."""

import pytest

from app.book.connection import files_folder
from app.book.models import Billing, EfakturFile
from app.efaktur import efaktur_upload
from tests.support.coretax import six_fakturs
from tests.support.pdfs import SELLER, make_pdf
from tests.test_coretax_import import N1, N1R, N2, _file, _import, _row, _with_nine

CORETAX_SELLER = "0012345674411000"  # PT Faspay Demo Niaga, the Coretax book's company
KREASI = "0013000666091000"  # INV-CT-001's buyer


def coretax_pdf(number: str, seller: str = CORETAX_SELLER, buyer: str = KREASI) -> bytes:
    """What a faktur downloaded from Coretax shows: the 17-digit number in plain digits."""
    return make_pdf(
        "Faktur Pajak",
        f"Kode dan Nomor Seri Faktur Pajak: {number}",
        "Pengusaha Kena Pajak:",
        "Nama : PT Penjual",
        f"NPWP : {seller}",
        "Pembeli Barang Kena Pajak/Penerima Jasa Kena Pajak:",
        "Nama : Pembeli",
        f"NPWP : {buyer}",
    )


def matched(tmp_path, name: str, content: bytes) -> efaktur_upload.Match:
    path = tmp_path / name
    path.write_bytes(content)
    [match] = efaktur_upload.match_offered(efaktur_upload.read_offered([path]))
    return match


@pytest.fixture
def recorded(coretax_book, tmp_path):
    """A Coretax book where INV-CT-001's faktur was replaced: N1R now, N1 amended."""
    six_fakturs()
    _import(_file(tmp_path, _row("INV-CT-001", N1R, "APPROVED"), _row("INV-CT-001", N1, "AMENDED")))
    return coretax_book


@pytest.fixture
def desktop_era(demo, tmp_path):
    """A demo book whose first numbered billing Coretax shows with a 9 inserted."""
    held = Billing.select().where(Billing.efaktur_number.is_null(False)).first()
    _import(_file(tmp_path, _row("", _with_nine(held), "APPROVED")))
    return held


def test_a_coretax_pdf_attaches_by_the_number_recorded_for_its_billing(desktop_era, demo, tmp_path):
    held = desktop_era
    pdf = coretax_pdf(_with_nine(held), seller=SELLER, buyer=held.customer.npwp)
    match = matched(tmp_path, "faktur.pdf", pdf)
    assert (match.matched, match.invoice_no, match.efaktur_no, match.found_by) == (
        True,
        held.invoice_no,
        _with_nine(held),
        "coretax",
    )
    assert efaktur_upload.attach_matched([match], files_folder(demo)) == 1
    [attached] = EfakturFile.select().where(EfakturFile.billing == held.id)
    assert (attached.file_name, attached.number.state) == ("faktur.pdf", "uploaded")


def test_the_same_checks_hold_for_a_coretax_pdf(desktop_era, tmp_path):
    held = desktop_era
    other_seller = matched(
        tmp_path, "a.pdf", coretax_pdf(_with_nine(held), seller="0011111111111000")
    )
    assert not other_seller.matched and "belongs to another seller" in other_seller.reason
    other_buyer = matched(
        tmp_path, "b.pdf", coretax_pdf(_with_nine(held), seller=SELLER, buyer="0018550814412000")
    )
    assert not other_buyer.matched and other_buyer.reason.startswith("buyer NPWP")
    no_buyer = matched(tmp_path, "c.pdf", make_pdf(f"Nomor: {_with_nine(held)}", "NPWP : x"))
    assert not no_buyer.matched and no_buyer.needs_look


def test_a_coretax_billing_is_found_but_its_file_cannot_be_kept_yet(recorded, tmp_path):
    match = matched(tmp_path, "faktur.pdf", coretax_pdf(N1R))
    assert (match.matched, match.invoice_no, match.efaktur_no, match.replacement) == (
        False,
        "INV-CT-001",
        N1R,
        True,
    )
    assert "keeps a file only for a billing holding an E-Faktur No" in match.reason
    assert not EfakturFile.select().exists()


def test_an_amended_original_is_reported_as_such(recorded, tmp_path):
    match = matched(tmp_path, "original.pdf", coretax_pdf(N1))
    assert (match.invoice_no, match.efaktur_no, match.amended_original, match.replacement) == (
        "INV-CT-001",
        N1,
        True,
        False,
    )


def test_an_unknown_coretax_number_is_reported_never_guessed(recorded, tmp_path):
    match = matched(tmp_path, "faktur.pdf", coretax_pdf(N2))
    assert (match.matched, match.invoice_no, match.efaktur_no) == (False, None, N2)
    assert match.reason.startswith(f"Coretax faktur number {N2} is not recorded in this book")


def test_a_pdf_with_an_nsfp_and_a_17_digit_number_must_agree(desktop_era, tmp_path):
    held = desktop_era
    other = (
        Billing.select()
        .where(Billing.efaktur_number.is_null(False) & (Billing.id != held.id))
        .first()
    )
    nsfp = f"{other.transaction_code}0.{other.efaktur_number.value}"
    lines = ("Pengusaha Kena Pajak", f"NPWP : {SELLER}", "Pembeli", "NPWP : 0")
    disagree = matched(tmp_path, "a.pdf", make_pdf(f"{nsfp} {_with_nine(held)}", *lines))
    assert not disagree.matched
    assert disagree.reason.startswith(f"its Coretax number {_with_nine(held)} is recorded for")
    mine = f"{held.transaction_code}0.{held.efaktur_number.value}"
    agree = matched(
        tmp_path,
        "b.pdf",
        make_pdf(
            f"{mine} {_with_nine(held)}",
            "Pengusaha Kena Pajak",
            f"NPWP : {SELLER}",
            "Pembeli",
            f"NPWP : {held.customer.npwp}",
        ),
    )
    assert (agree.matched, agree.found_by, agree.efaktur_no) == (
        True,
        "text",
        str(held.efaktur_number.value),
    )

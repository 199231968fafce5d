"""Upload E-Faktur through the window: report, attach, and the number is spent."""

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QPushButton

from app.billings import billing_actions
from app.book.models import Billing, EfakturNumber
from app.desk.demo import GUIDE_INVOICE
from tests.support.coretax import six_fakturs
from tests.support.pdfs import faktur_pdf, make_pdf, make_zip
from tests.test_window_guide import action, cell, open_billing
from ui.main_window import MainWindow
from ui.upload_dialog import report_rows

GOOD = "022732101075000-0100002612345619-026015362054000-20261125090000.pdf"


def test_upload_a_zip_and_cancel_efaktur_no_turns_disabled(window, qtbot, prompts, tmp_path):
    guide = Billing.get(Billing.invoice_no == GUIDE_INVOICE)
    billing_actions.cancel_billing(guide.id)
    detail = open_billing(window, qtbot, GUIDE_INVOICE)
    assert action(detail, "actionCancelEfakturNo").isEnabled()
    detail.close()

    archive = tmp_path / "approved.zip"
    archive.write_bytes(
        make_zip({GOOD: faktur_pdf("010.000-26.12345619"), "../escape.pdf": b"%PDF-1.4"})
    )
    window.tabs.setCurrentWidget(window.files_tab)
    prompts.opened = [[archive]]
    window.findChild(QAction, "actionUploadEfaktur").trigger()
    dialog = window.dialog
    assert dialog.objectName() == "uploadDialog" and dialog.isVisible()
    assert dialog.summary.text().startswith("<b>1 of 2 files matched a billing.</b>")
    assert report_rows(dialog) == [
        [f"approved.zip: {GOOD}", "Matched", "000-26.12345619", GUIDE_INVOICE, "Normal", ""],
        [
            "approved.zip: ../escape.pdf",
            "Not matched",
            "",
            "",
            "",
            "its path leaves the zip's folder",
        ],
    ]
    assert EfakturNumber.get(EfakturNumber.counter == 12345619).state == "assigned"
    attach = dialog.findChild(QPushButton, "uploadAttachButton")
    assert attach.text() == "Attach 1 File"
    attach.click()
    assert not dialog.isVisible()
    assert prompts.informed[-1].startswith("1 e-Faktur file attached.")
    window.files_tab.search.setText(GUIDE_INVOICE)
    view = window.files_tab.table
    assert [cell(view, 0, c) for c in (0, 1, 4, 5)] == [
        "000-26.12345619",
        GUIDE_INVOICE,
        "Normal",
        GOOD,
    ]

    detail = open_billing(window, qtbot, GUIDE_INVOICE)
    cancel_number = action(detail, "actionCancelEfakturNo")
    assert not cancel_number.isEnabled()
    assert cancel_number.toolTip().startswith("e-Faktur file uploaded on 2026-11-25")
    detail.close()


def test_open_and_withdraw_an_attached_file(window, qtbot, prompts, tmp_path):
    pdf = tmp_path / GOOD
    pdf.write_bytes(faktur_pdf("010.000-26.12345619"))
    window.tabs.setCurrentWidget(window.files_tab)
    prompts.opened = [[pdf]]
    window.findChild(QAction, "actionUploadEfaktur").trigger()
    window.dialog.findChild(QPushButton, "uploadAttachButton").click()
    window.files_tab.search.setText(GUIDE_INVOICE)
    view = window.files_tab.table
    withdraw = window.findChild(QAction, "actionWithdrawEfakturFile")
    assert not withdraw.isEnabled() and withdraw.toolTip() == "Select a file first"
    view.setCurrentIndex(view.model().index(0, 0))

    window.findChild(QAction, "actionOpenEfakturFile").trigger()
    viewer = window.dialog
    assert viewer.objectName() == "pdfViewer" and viewer.page_count == 1
    assert viewer.windowTitle() == f"E-Faktur 010.000-26.12345619 — {GUIDE_INVOICE}"
    window.findChild(QAction, "actionOpenEfakturFileExternally").trigger()
    assert prompts.shown_externally[-1].read_bytes() == pdf.read_bytes()

    prompts.texts = ["Wrong file attached"]
    prompts.answers = [True]
    withdraw.trigger()
    assert "stays uploaded" in prompts.asked[-1]
    view.setCurrentIndex(view.model().index(0, 0))
    assert cell(view, 0, 4) == "Withdrawn"
    assert not withdraw.isEnabled() and "already withdrawn" in withdraw.toolTip()
    assert EfakturNumber.get(EfakturNumber.counter == 12345619).state == "uploaded"


def test_two_normal_files_and_an_unreadable_one_are_reported_before_attach(
    window, prompts, tmp_path
):
    other = GOOD.replace("20261125090000", "20261125090001")
    archive = tmp_path / "approved.zip"
    archive.write_bytes(
        make_zip(
            {
                GOOD: faktur_pdf("010.000-26.12345619", "one"),
                other: faktur_pdf("010.000-26.12345619", "two"),
                "scan_0009.pdf": make_pdf("Kode dan Nomor Seri Faktur Pajak : 010.000-26.12345622"),
            }
        )
    )
    window.tabs.setCurrentWidget(window.files_tab)
    prompts.opened = [[archive]]
    window.findChild(QAction, "actionUploadEfaktur").trigger()
    dialog = window.dialog
    rows = report_rows(dialog)
    assert [row[1] for row in rows] == ["Not matched", "Not matched", "Needs a look"]
    assert rows[0][5] == (
        "000-26.12345619 has two different normal files in this upload (this one and "
        f"approved.zip: {other}); upload only the right one"
    )
    assert rows[1][5].endswith(f"(this one and approved.zip: {GOOD}); upload only the right one")
    assert rows[2][3] == "INV-FPY-032300403"
    assert "Open each file that needs a look and check it" in dialog.summary.text()
    assert not dialog.findChild(QPushButton, "uploadAttachButton").isEnabled()
    assert EfakturNumber.get(EfakturNumber.counter == 12345619).state == "assigned"


@pytest.fixture
def coretax_window(coretax_book, qtbot, prompts):
    six_fakturs()
    window = MainWindow(coretax_book)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_coretax_pdfs_are_reported_by_their_recorded_number(coretax_window, prompts, tmp_path):
    from tests.test_coretax_import import N1, N1R, N2, _file, _import, _row
    from tests.test_upload_coretax import coretax_pdf

    _import(_file(tmp_path, _row("INV-CT-001", N1R, "APPROVED"), _row("INV-CT-001", N1, "AMENDED")))
    archive = tmp_path / "coretax.zip"
    archive.write_bytes(
        make_zip({"a.pdf": coretax_pdf(N1R), "b.pdf": coretax_pdf(N1), "c.pdf": coretax_pdf(N2)})
    )
    window = coretax_window
    window.tabs.setCurrentWidget(window.files_tab)
    prompts.opened = [[archive]]
    window.findChild(QAction, "actionUploadEfaktur").trigger()
    dialog = window.dialog
    rows = report_rows(dialog)
    assert [row[1:5] for row in rows] == [
        ["Not matched", N1R, "INV-CT-001", "Replacement"],
        ["Not matched", N1, "INV-CT-001", "Amended original"],
        ["Not matched", N2, "", "Normal"],
    ]
    assert rows[0][5].startswith("its Coretax number is INV-CT-001's, but this version")
    assert rows[2][5].startswith(f"Coretax faktur number {N2} is not recorded in this book")
    assert not dialog.findChild(QPushButton, "uploadAttachButton").isEnabled()

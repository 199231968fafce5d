"""Every screen fits 1024 × 640 in English and in Bahasa Indonesia without cutting a
word: each is shown at that size and every text is measured against its room."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import chain
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QWidget

from app.book.connection import files_folder, open_book_path
from app.book.models import Billing
from app.desk.demo import GUIDE_INVOICE
from app.efaktur import efaktur_upload
from tests.support.layout import SCREEN, cut_texts
from tests.support.pdfs import faktur_pdf, make_zip
from tests.test_window_billings import trigger
from ui import formatting, i18n

EXAMPLE = Path(__file__).resolve().parent.parent / "resources/examples/billings-import.csv"
GOOD = "022732101075000-0100002612345622-026015362054000-20261125090000.pdf"


@pytest.fixture(params=["en", "id"])
def small_window(request, demo, qtbot, prompts):
    i18n.install(request.param)
    formatting.use_language(request.param)
    from ui.main_window import MainWindow

    window = MainWindow(demo)
    qtbot.addWidget(window)
    window.resize(*SCREEN)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.close()
    i18n.install("en")


def _window_screens(window) -> Iterator[tuple[str, QWidget]]:
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        yield window.tabs.tabText(index), window
    window.tabs.setCurrentWidget(window.billings_tab)
    picker = window.billings_tab.period_picker
    picker.period.setCurrentIndex(picker.period.findData("Dates…"))
    yield "Billings, own dates", window
    window.tabs.setCurrentWidget(window.export_host)
    window.export_tab.use_dates.setChecked(True)
    yield "Export CSV, dates", window


def _dialog(window, action: str) -> QWidget:
    trigger(window, action)
    return window.dialog or window.findChild(QWidget, "backupDialog")


def _dialog_screens(window, prompts, folder: Path) -> Iterator[tuple[str, QWidget]]:
    from ui.payment_dialog import PaymentDialog
    from ui.settings_dialog import SettingsDialog

    window.tabs.setCurrentWidget(window.numbers_tab)
    for action in ("actionAddRange", "actionThresholdSettings", "actionYearEnd"):
        yield action, _dialog(window, action)
    window.numbers_tab.ranges.selectRow(0)
    yield "actionEditRange", _dialog(window, "actionEditRange")
    numbers = window.numbers_tab.numbers
    numbers.setCurrentIndex(numbers.model().index(0, 0))
    yield "actionShowNumber", _dialog(window, "actionShowNumber")
    for action in ("actionNewBilling", "actionNewCustomer", "actionCompanySettings"):
        yield action, _dialog(window, action)
    settings = _dialog(window, "actionSettings")
    assert isinstance(settings, SettingsDialog)
    for page in range(settings.pages.count()):
        settings.show_page(page)
        yield f"Settings, {settings.pages.tabText(page)}", settings
    yield "actionBackups", _dialog(window, "actionBackups")
    guide = Billing.get(Billing.invoice_no == GUIDE_INVOICE)
    yield "billing detail", window.open_billing(guide.id)
    window.detail.close()
    payment = PaymentDialog(Billing.get(Billing.status == "unpaid").id, window)
    payment.show()
    yield "Record Payment", payment
    payment.close()
    prompts.opened = [[EXAMPLE]]
    yield "Import Billings", _dialog(window, "actionImportBillings")
    bad = folder / "billings-november.csv"
    bad.write_text(
        "invoice_no,invoice_date,customer_name,customer_npwp,item_name,quantity,unit_price\n"
        "INV-X2,25/11/2026,Sari Dewi,12345,Sewa,0,500.000\n",
        encoding="utf-8",
    )
    prompts.opened = [[bad]]
    yield "Import Billings, problems", _dialog(window, "actionImportBillings")
    yield from _upload_screens(window, prompts, folder)
    window.dialog.close()


def _upload_screens(window, prompts, folder: Path) -> Iterator[tuple[str, QWidget]]:
    archive = folder / "approved-november.zip"
    archive.write_bytes(
        make_zip(
            {
                GOOD: faktur_pdf("010.000-26.12345622", "INV-FPY-032300403"),
                "scan-0007.pdf": faktur_pdf("010.000-26.12345621", "INV-FPY-032300402"),
                "022732101075000-0100002699999999-026015362054000-1.pdf": faktur_pdf("x"),
                "notes.txt": b"hello",
                "../x.pdf": b"%PDF-1.4",
            }
        )
    )
    window.tabs.setCurrentWidget(window.files_tab)
    prompts.opened = [[archive]]
    dialog = _dialog(window, "actionUploadEfaktur")
    yield "Upload E-Faktur", dialog
    matches = efaktur_upload.match_offered(efaktur_upload.read_offered([archive]))
    efaktur_upload.attach_matched(matches, files_folder(open_book_path()))
    dialog.close()
    window.refresh_all()
    window.files_tab.table.selectRow(0)
    yield "E-Faktur Files, attached", window
    yield "PDF viewer", _dialog(window, "actionOpenEfakturFile")


def test_every_screen_fits_1024_by_640_without_cutting_a_word(small_window, prompts, tmp_path):
    window = small_window
    cut: list[str] = []
    shown = chain(_window_screens(window), _dialog_screens(window, prompts, tmp_path))
    for name, screen in shown:  # each measured as it is shown
        QApplication.processEvents()
        cut.extend(f"{name}: {problem}" for problem in cut_texts(screen))
    assert cut == [], "\n".join(cut)
    assert window.size().toTuple() == SCREEN

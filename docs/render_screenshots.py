"""Render the screenshots in docs/screenshots from a fresh demo book, offscreen.

    .venv/bin/python docs/render_screenshots.py

They are drawn from the real window, so they stay true to the program.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_SETTINGS = tempfile.TemporaryDirectory()  # never the user's window state or language
os.environ["EFAKTUR_DESK_SETTINGS"] = str(Path(_SETTINGS.name) / "settings.ini")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.billings import billing_actions  # noqa: E402
from app.book.connection import close_book  # noqa: E402
from app.book.models import Billing  # noqa: E402
from app.common import clock  # noqa: E402
from app.desk.demo import GUIDE_INVOICE, guide_number  # noqa: E402
from app.numbers import threshold  # noqa: E402
from ui.launch import make_application, prepare_book  # noqa: E402
from ui.main_window import MainWindow  # noqa: E402

OUT = Path(__file__).resolve().parent / "screenshots"


def shot(app, dialog, name: str) -> None:
    app.processEvents()
    dialog.grab().save(str(OUT / f"{name}.png"))
    dialog.close()


def upload_shots(app, window: MainWindow, folder: Path) -> None:
    """Upload E-Faktur's report, the Files tab after attaching, and the PDF viewer."""
    from app.book.connection import files_folder, open_book_path
    from app.efaktur import efaktur_upload
    from tests.support.pdfs import faktur_pdf, make_zip
    from ui.pdf_viewer import PdfViewer
    from ui.upload_dialog import UploadDialog

    good = "022732101075000-0100002612345622-026015362054000-20261125090000.pdf"
    archive = folder / "approved-november.zip"
    archive.write_bytes(
        make_zip(
            {
                good: faktur_pdf("010.000-26.12345622", "INV-FPY-032300403"),
                # Budi Santoso has only a NIK: the faktur prints it in place of the NPWP
                "scan-0007.pdf": faktur_pdf(
                    "010.000-26.12345621", "INV-FPY-032300402", buyer="3171011708450001"
                ),
                "022732101075000-0100002699999999-026015362054000-1.pdf": faktur_pdf("x"),
                "022732101075000-0100002612345620-018550814412000-2.pdf": faktur_pdf("y"),
                "notes.txt": b"hello",
                "../x.pdf": b"%PDF-1.4",
            }
        )
    )
    from ui import interaction

    class Quiet(interaction.Prompts):
        def inform(self, parent, title, text) -> None:  # no modal box while rendering
            pass

    previous = interaction.use(Quiet())
    matches = efaktur_upload.match_offered(efaktur_upload.read_offered([archive]))
    dialog = UploadDialog(matches, files_folder(open_book_path()), window)
    dialog.show()
    app.processEvents()
    dialog.grab().save(str(OUT / "upload-report.png"))
    dialog.attach_button.click()
    interaction.use(previous)
    window.refresh_all()
    window.tabs.setCurrentWidget(window.files_tab)
    window.files_tab.table.selectRow(0)
    app.processEvents()
    window.grab().save(str(OUT / "efaktur-files-uploaded.png"))
    row = window.files_tab.model.row_at(0)
    from app.efaktur.efaktur_files import stored_path

    path = stored_path(files_folder(open_book_path()), row.sha256)
    viewer = PdfViewer(path, f"E-Faktur {row.faktur_no} — {row.invoice_no}", window)
    viewer.resize(640, 520)
    viewer.show()
    app.processEvents()
    shot(app, viewer, "pdf-viewer")


def billing_shots(app, window: MainWindow, folder: Path) -> None:
    """New Billing with three lines, Record Payment, Company, and an import's preview."""
    from app.billings.billing_import import plan_import
    from ui.billing_form import CODE, DISCOUNT, NAME, PRICE, QUANTITY
    from ui.import_dialog import ImportDialog
    from ui.payment_dialog import PaymentDialog

    form = window.billings_tab.new_billing()
    form.customer.setCurrentIndex(form.customer.findText("PT Sinar Jaya Abadi"))
    form.subject.setText("Jasa konsultasi pajak November")
    for row, values in enumerate(
        [
            ("SVC-01", "Konsultasi pajak bulanan", "1", "15.000.000", "0"),
            ("TRN-02", "Pelatihan e-Faktur (per peserta)", "12", "750.000", "10"),
            ("MOD-03", "Modul cetak", "2,5", "100.000", "0"),
        ]
    ):
        if row:
            form.add_line()
        for column, text in zip((CODE, NAME, QUANTITY, PRICE, DISCOUNT), values, strict=True):
            form.set_cell(row, column, text)
    shot(app, form, "billing-new")
    unpaid = Billing.get(Billing.status == "unpaid")
    dialog = PaymentDialog(unpaid.id, window)
    dialog.show()
    shot(app, dialog, "record-payment")
    shot(app, window.edit_company(), "company")
    bad = folder / "billings-november.csv"
    bad.write_text(
        "invoice_no,invoice_date,customer_name,customer_npwp,item_name,quantity,unit_price\n"
        "INV-X1,2026-11-02,PT Kreasi Nusantara,01.234.567.4-411.000,Jasa,1,1.000.000\n"
        "INV-X1,2026-11-03,PT Kreasi Nusantara,01.234.567.4-411.000,Modul,2,lima ribu\n"
        "INV-X2,25/11/2026,Sari Dewi,12345,Sewa,0,500.000\n",
        encoding="utf-8",
    )
    dialog = ImportDialog(plan_import(bad), window)
    dialog.show()
    shot(app, dialog, "import-problems")
    example = Path(__file__).resolve().parent.parent / "resources/examples/billings-import.csv"
    dialog = ImportDialog(plan_import(example), window)
    dialog.show()
    shot(app, dialog, "import-preview")


def safety_shots(app, window: MainWindow) -> None:
    """History tab, a number's own history, and Backups & Restore."""
    window.tabs.setCurrentWidget(window.history_tab)
    tab = window.history_tab
    app.processEvents()
    tab.table.setCurrentIndex(tab.model.index(2, 0))
    app.processEvents()
    window.grab().save(str(OUT / "history.png"))
    window.tabs.setCurrentIndex(0)
    numbers = window.numbers_tab
    numbers.search.setText(guide_number(clock.today().year))
    numbers.search.returnPressed.emit()
    numbers.numbers.setCurrentIndex(numbers.number_model.index(0, 0))
    shot(app, window.numbers_tab.show_number(), "number-details")
    numbers.search.clear()
    window.backup.back_up_now()
    dialog = window.backup.show_backups()
    shot(app, dialog, "backups")
    shot(app, window.edit_settings(), "settings")


def coretax_shots(app, folder: Path) -> None:
    """The Export tab of the Coretax demo (``demo --coretax``): this month's billings for
    the XML Coretax imports."""
    from app.book.connection import files_folder
    from app.desk.coretax_demo import build_coretax_demo
    from app.desk.opening import open_book

    book = open_book(folder / "coretax-demo.sqlite")
    build_coretax_demo(files_folder(book))
    window = MainWindow(book)
    window.show()
    window.tabs.setCurrentWidget(window.export_host)
    app.processEvents()
    window.grab().save(str(OUT / "export-coretax.png"))
    coretax_import_shots(app, window)
    window.close()
    close_book()


def coretax_import_shots(app, window: MainWindow) -> None:
    """Import from Coretax's preview of the example export, and the Billings list after."""
    from app.efaktur.coretax_import import apply_coretax_import, plan_coretax_import
    from ui.coretax_import_dialog import CoretaxImportDialog

    examples = Path(__file__).resolve().parent.parent / "resources" / "examples"
    example = examples / "coretax-pajak-keluaran.csv"
    plan = plan_coretax_import(example)
    dialog = CoretaxImportDialog(plan, window)
    dialog.show()
    shot(app, dialog, "coretax-import")
    apply_coretax_import(plan)
    window.refresh_all()
    window.tabs.setCurrentWidget(window.billings_tab)
    app.processEvents()
    window.grab().save(str(OUT / "billings-coretax.png"))


def main() -> None:
    """Every screen in English into screenshots/, then in Bahasa Indonesia into
    screenshots/id/, each from a fresh demo book."""
    global OUT
    from ui import formatting, i18n

    app = make_application()
    english = OUT
    for language, out in (("en", english), ("id", english / "id")):
        i18n.install(language)
        formatting.use_language(language)
        OUT = out
        render_all(app)
    print(f"screenshots written to {english}")


def render_all(app) -> None:
    OUT.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        book = prepare_book(Path(folder) / "demo.sqlite", want_demo=True)
        window = MainWindow(book)
        window.show()
        app.processEvents()
        for index, name in enumerate(
            ["efaktur-no", "efaktur-files", "billings", "customers", "export-csv", "usage"]
        ):
            window.tabs.setCurrentIndex(index)
            app.processEvents()
            window.grab().save(str(OUT / f"{name}.png"))
        window.tabs.setCurrentIndex(0)
        shot(app, window.numbers_tab.add_range(), "range-add")
        dialog = window.numbers_tab.add_range()
        dialog.start.set_number("000-26.12345650")
        dialog.end.set_number("0002612345760")
        shot(app, dialog, "range-add-overlap")
        window.numbers_tab.ranges.selectRow(0)
        shot(app, window.numbers_tab.edit_range(), "range-edit-used")
        shot(app, window.numbers_tab.show_year_end(), "year-end")
        threshold.save(True, 80)
        window.refresh_all()
        app.processEvents()
        window.grab().save(str(OUT / "efaktur-no-threshold.png"))
        shot(app, window.numbers_tab.edit_threshold(), "threshold")
        threshold.save(True, 10)
        window.refresh_all()
        guide = Billing.get(Billing.invoice_no == GUIDE_INVOICE)
        billing_actions.cancel_billing(guide.id)
        window.refresh_all()
        dialog = window.open_billing(guide.id)
        app.processEvents()
        dialog.grab().save(str(OUT / "billing-detail-cancelled.png"))
        billing_actions.cancel_efaktur_no(guide.id)
        dialog.refresh()
        window.refresh_all()
        dialog.close()
        upload_shots(app, window, Path(folder))
        billing_shots(app, window, Path(folder))
        safety_shots(app, window)
        window.tabs.setCurrentIndex(2)
        window.billings_tab.table.clearSelection()
        app.processEvents()
        window.grab().save(str(OUT / "billings-number-canceled.png"))
        window.close()
        close_book()
        coretax_shots(app, Path(folder))


if __name__ == "__main__":
    main()

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
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app import billing_actions, threshold  # noqa: E402
from app.demo import GUIDE_INVOICE  # noqa: E402
from app.models import Billing  # noqa: E402
from ui.launch import make_application, prepare_book  # noqa: E402
from ui.main_window import MainWindow  # noqa: E402

OUT = Path(__file__).resolve().parent / "screenshots"


def shot(app, dialog, name: str) -> None:
    app.processEvents()
    dialog.grab().save(str(OUT / f"{name}.png"))
    dialog.close()


def main() -> None:
    app = make_application()
    OUT.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        book = prepare_book(Path(folder) / "demo.sqlite", want_demo=True)
        window = MainWindow(book)
        window.show()
        app.processEvents()
        for index, name in enumerate(
            ["efaktur-no", "efaktur-files", "billings", "export-csv", "usage"]
        ):
            window.tabs.setCurrentIndex(index)
            app.processEvents()
            window.grab().save(str(OUT / f"{name}.png"))
        window.tabs.setCurrentIndex(0)
        shot(app, window.add_range(), "range-add")
        dialog = window.add_range()
        dialog.start.set_number("000-26.12345650")
        dialog.end.set_number("0002612345760")
        shot(app, dialog, "range-add-overlap")
        window.numbers_tab.ranges.selectRow(0)
        shot(app, window.edit_range(), "range-edit-used")
        shot(app, window.show_year_end(), "year-end")
        threshold.save(True, 80)
        window.refresh_all()
        app.processEvents()
        window.grab().save(str(OUT / "efaktur-no-threshold.png"))
        shot(app, window.edit_threshold(), "threshold")
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
        window.tabs.setCurrentIndex(2)
        window.billings_tab.table.clearSelection()
        app.processEvents()
        window.grab().save(str(OUT / "billings-number-canceled.png"))
        window.close()
    print(f"screenshots written to {OUT}")


if __name__ == "__main__":
    main()

"""The Export CSV tab through the window: pick the demo month, select all, export."""

from PySide6.QtGui import QAction

from app.models import ExportBatch
from tests.test_window_guide import cell

EXPORT_STATUS = 8


def show_export(window):
    window.findChild(QAction, "actionShowExport").trigger()
    assert window.tabs.currentWidget() is window.export_host
    return window.export_tab


def statuses(tab) -> dict[str, str]:
    view = tab.table
    return {cell(view, r, 1): cell(view, r, EXPORT_STATUS) for r in range(view.model().rowCount())}


def test_export_the_demo_month_through_the_window(window, prompts, tmp_path, qtmodeltester):
    tab = show_export(window)
    qtmodeltester.check(tab.model)
    assert tab.month.date().toString("yyyy-MM") == "2026-11"  # the month waiting for export
    assert tab.count_label.text() == "6 billings dated 01 Nov 2026 to 30 Nov 2026"
    shown = statuses(tab)
    assert shown["INV-FPY-032300400"] == "Not Exported"
    assert shown["INV-FPY-032300401"] == "Uploaded"
    export = tab.findChild(QAction, "actionExportCsv")
    assert not export.isEnabled() and export.toolTip() == "Select billings first"

    tab.findChild(QAction, "actionExportSelectAll").trigger()
    assert export.isEnabled() and export.toolTip() == "Export the 6 selected billings"
    out = tmp_path / "maret"
    prompts.paths = [out]
    export.trigger()
    assert prompts.asked[-1] == "Export CSV: efaktur-2026-11.csv"
    assert prompts.informed[-1] == (
        "3 faktur written to maret.csv.\n\nLeft out:\n"
        "• INV-FPY-032300401: its e-Faktur file was uploaded on 17 Nov 2026; a change now "
        "needs a replacement faktur\n"
        "• INV-FPY-032300405: Invoice Tax is off\n"
        "• INV-FPY-032300406: it is not issued yet (Draft)"
    )
    written = (tmp_path / "maret.csv").read_bytes()
    assert written.startswith(b'"FK","KD_JENIS_TRANSAKSI"') and written.count(b'\n"FK","01"') == 3
    assert statuses(tab)["INV-FPY-032300400"] == "Exported"
    assert "faktur exported to" in window.statusBar().currentMessage()

    tab.state_filter.setCurrentIndex(tab.state_filter.findData("not_exported"))
    assert sorted(statuses(tab)) == [
        "INV-FPY-032300401",
        "INV-FPY-032300405",
        "INV-FPY-032300406",
    ]


def test_exporting_again_asks_first(window, prompts, tmp_path):
    tab = show_export(window)
    tab.search.setText("INV-FPY-032300400")
    tab.findChild(QAction, "actionExportSelectAll").trigger()
    prompts.paths = [tmp_path / "one.csv"]
    tab.export_action.trigger()
    tab.findChild(QAction, "actionExportSelectAll").trigger()
    prompts.answers = [False]  # no: and nothing else is left to export
    tab.export_action.trigger()
    assert "were exported before:\n• INV-FPY-032300400 (exported 25 Nov 2026)" in prompts.asked[-1]
    assert ExportBatch.select().count() == 1
    prompts.answers = [True]
    prompts.paths = [tmp_path / "two.csv"]
    tab.export_action.trigger()
    assert prompts.informed[-1] == "1 faktur written to two.csv."
    assert ExportBatch.select().count() == 2


def test_a_range_of_dates_instead_of_a_month(window):
    tab = show_export(window)
    tab.use_dates.setChecked(True)
    assert not tab.month.isEnabled()
    tab.first.setDate(tab.first.date().addDays(10))  # 11 November
    assert tab.count_label.text() == "5 billings dated 11 Nov 2026 to 30 Nov 2026"

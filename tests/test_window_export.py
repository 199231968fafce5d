"""The Export CSV tab through the window: pick the demo month, select all, export."""

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QAction

from app.book.models import Billing, ExportBatch
from tests.test_window_guide import cell

EXPORT_STATUS = 7


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
        "3 fakturs written to maret.csv.\n\nLeft out:\n"
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


def test_a_number_that_went_out_on_another_billing_is_named_before_export(
    window, qtbot, prompts, tmp_path
):
    """619 went out on the guide's billing, came back, and went to the draft: the window
    names the old faktur the user deletes in e-Faktur desktop before anything is written."""
    from tests.test_window_guide import action, open_billing

    tab = show_export(window)
    tab.search.setText("INV-FPY-032300400")
    tab.select_all_action.trigger()
    prompts.paths = [tmp_path / "first.csv"]
    tab.export_action.trigger()
    guide = open_billing(window, qtbot, "INV-FPY-032300400")
    prompts.answers = [True, True]
    action(guide, "actionCancelBilling").trigger()
    action(guide, "actionCancelEfakturNo").trigger()
    guide.close()
    draft = open_billing(window, qtbot, "INV-FPY-032300406")
    prompts.answers = [True]
    action(draft, "actionIssueBilling").trigger()
    assert prompts.informed[-1].startswith(
        "INV-FPY-032300406 is issued with E-Faktur No 000-26.12345619."
    )
    draft.close()

    tab = show_export(window)
    dated = Billing.get(Billing.invoice_no == "INV-FPY-032300406").invoice_date
    tab.month.setDate(QDate(dated.year, dated.month, 1))
    tab.search.setText("INV-FPY-032300406")
    tab.select_all_action.trigger()
    prompts.answers = [False]
    tab.export_action.trigger()
    assert prompts.asked[-1] == (
        "These E-Faktur Nos went out before on another billing, and e-Faktur desktop still "
        "holds that faktur. Delete it there first, then import this file:\n"
        "• INV-FPY-032300406: E-Faktur No 000-26.12345619 went out before on "
        "INV-FPY-032300400 (export batch 1, 25 Nov 2026)\n\n"
        "Export them again? Choose No to leave them out."
    )
    assert ExportBatch.select().count() == 1 and not (tmp_path / "second.csv").exists()
    prompts.answers = [True]
    prompts.paths = [tmp_path / "second.csv"]
    tab.export_action.trigger()
    assert prompts.informed[-1] == "1 faktur written to second.csv."


def test_a_file_that_fails_after_the_batch_is_kept_is_saved_again(
    window, prompts, tmp_path, failing_rename
):
    tab = show_export(window)
    assert tab.unsaved_label.isHidden()
    tab.search.setText("INV-FPY-032300400")
    tab.select_all_action.trigger()
    taken = tmp_path / "taken.csv"
    prompts.paths = [taken]
    tab.export_action.trigger()
    assert prompts.refused[-1].startswith(
        "Export batch 1 is kept in the book, but its file could not be written:\n"
        f"The file could not be written to {taken}"
    )
    assert prompts.refused[-1].endswith("Use Save Again… on this tab to write it.")
    assert not tab.unsaved_label.isHidden()
    assert tab.unsaved_label.text() == (
        "⚠ Export batch 1 (25 Nov 2026 09:00, 1 faktur) is kept in the book, but its file "
        f"was not written to {taken}. Save Again… writes it."
    )

    prompts.texts = ["Batch 1: 25 Nov 2026 09:00, taken.csv, 1 faktur (not saved)"]
    prompts.paths = [tmp_path / "again.csv"]
    tab.save_again_action.trigger()
    assert prompts.offered[-1] == ["Batch 1: 25 Nov 2026 09:00, taken.csv, 1 faktur (not saved)"]
    assert prompts.asked[-1] == "Save Again: taken.csv"
    assert prompts.informed[-1] == f"Export batch 1 written to {tmp_path / 'again.csv'}."
    kept = bytes(ExportBatch.get_by_id(1).content)
    assert (tmp_path / "again.csv").read_bytes() == kept
    assert tab.unsaved_label.isHidden()


@pytest.fixture(params=["en", "id"])
def language(request, qapp):
    from ui import formatting, i18n

    assert i18n.install(request.param)
    formatting.use_language(request.param)
    yield request.param
    i18n.install("en")
    formatting.use_language("en")


def test_the_columns_fit_a_1024_pixel_window(language, demo, qtbot):
    """Issue 14: NIK and long names were cut while the last column stood half empty.
    At the room the tab has in a 1024 px window, every column is in view, every NPWP or
    NIK is whole, and no column holds more room than its texts need but the names."""
    from ui.export_tab import NAME_COLUMNS, ExportTab

    tab = ExportTab()
    qtbot.addWidget(tab)
    tab.month.setDate(QDate(2026, 9, 1))  # the demo's month with a NIK buyer
    tab.resize(1004, 560)
    tab.show()
    qtbot.waitExposed(tab)
    view = tab.table
    header = view.horizontalHeader()
    assert header.length() <= view.viewport().width()  # no column out of sight
    metrics = view.fontMetrics()
    rows = view.model().rowCount()
    assert rows >= 5
    for column in range(view.model().columnCount()):
        texts = [cell(view, r, column) or "" for r in range(rows)]
        needed = max(metrics.horizontalAdvance(t) for t in texts) + 8
        title = header.model().headerData(column, Qt.Orientation.Horizontal)
        needed = max(needed, header.fontMetrics().horizontalAdvance(title) + 8)
        if column in NAME_COLUMNS:
            assert view.columnWidth(column) >= 100, language
        else:
            assert needed <= view.columnWidth(column) <= needed + 60, (language, column)
    nik = next(r for r in range(rows) if cell(view, r, 1) == "INV-FPY-032200394")
    assert cell(view, nik, 5) == "3171011708450001"
    assert cell(view, nik, 5, Qt.ItemDataRole.ToolTipRole) == (
        "NIK (no NPWP)" if language == "en" else "NIK (tanpa NPWP)"
    )
    assert cell(view, nik, 3, Qt.ItemDataRole.ToolTipRole) == "Budi Santoso"

"""File > Import from Coretax: the month's XML goes out from the Export tab, Coretax's
Pajak Keluaran export comes back with two fakturs approved, one created and one made in
Coretax itself; the preview says what changes, Apply records it, and the Billings and
Export lists show each faktur's number and Coretax status."""

import os

import pytest

from app.book.models import Billing, CoretaxFaktur
from app.common.spreadsheets import xlsx_bytes
from tests.support.coretax import six_fakturs
from tests.test_coretax_import import HEADERS_17, _row
from tests.test_window_billings import billing_row, open_detail, trigger
from tests.test_window_export import cell, show_export, statuses
from tests.test_window_history import history_row, shown
from ui.main_window import MainWindow

N1, N3, ELSEWHERE = "04002600000000011", "04002600000000012", "04002600000000013"


@pytest.fixture
def coretax_window(coretax_book, qtbot, prompts):
    six_fakturs()
    window = MainWindow(coretax_book)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def _preview(dialog) -> list[list[str]]:
    table = dialog.table
    return [[table.item(r, c).text() for c in (1, 2, 4, 5)] for r in range(table.rowCount())]


def test_export_the_month_then_import_what_coretax_approved(coretax_window, prompts, tmp_path):
    window = coretax_window
    tab = show_export(window)
    tab.month.setDate(tab.month.date().fromString("2026-11", "yyyy-MM"))
    trigger(tab, "actionExportSelectAll")
    prompts.paths = [tmp_path / "november.xml"]
    trigger(tab, "actionExportCsv")
    assert prompts.informed[-1] == "6 fakturs written to november.xml."
    assert set(statuses(tab).values()) == {"Exported"}

    dpp, ppn = (lambda b: (b.dpp, b.ppn))(Billing.get(invoice_no="INV-CT-001"))
    export = tmp_path / "pajak-keluaran.xlsx"
    export.write_bytes(
        xlsx_bytes(
            HEADERS_17,
            [
                _row("INV-CT-001", N1, "APPROVED", dpp, ppn),
                _row("INV-CT-003", N3, "APPROVED", 1_500_000, 165_001),
                _row("INV-CT-002", "", "Signing In Progress"),
                _row("FAKTUR-DI-CORETAX", ELSEWHERE, "APPROVED", 100_000, 11_000),
            ],
        )
    )
    prompts.opened = [[export]]
    trigger(window, "actionImportFromCoretax")
    dialog = window.dialog
    assert dialog.objectName() == "coretaxImportDialog"
    assert dialog.summary.text() == (
        "4 rows in pajak-keluaran.xlsx: <b>3 billings</b> will change; 1 row matches no billing "
        "(a faktur made in Coretax is normal). Nothing is written until you click Apply."
    )
    assert _preview(dialog) == [
        ["INV-CT-001", N1, "INV-CT-001", "Will be recorded"],
        ["INV-CT-003", N3, "INV-CT-003", "Will be recorded"],
        ["INV-CT-002", "", "INV-CT-002", "Will be recorded"],
        ["FAKTUR-DI-CORETAX", ELSEWHERE, "", "No billing"],
    ]
    assert dialog.table.item(1, 6).text() == (
        "Exported → Approved\nCoretax shows PPN Rp 165,001; this billing has Rp 165,000."
    )
    assert CoretaxFaktur.select().count() == 0  # nothing before Apply

    dialog.apply_button.click()
    assert prompts.informed[-1] == "3 billings recorded from pajak-keluaran.xlsx."
    first = billing_row(window, "INV-CT-001")
    assert (first["E-Faktur No"], first["Coretax"]) == (N1, "Approved")
    third = billing_row(window, "INV-CT-003")
    assert third["Coretax"] == "⚠ Approved"  # Coretax's PPN differs
    assert billing_row(window, "INV-CT-002")["Coretax"] == "Created"
    assert billing_row(window, "INV-CT-004")["Coretax"] == "Exported"

    tab = show_export(window)
    export_statuses = statuses(tab)
    assert tuple(export_statuses[no] for no in ("INV-CT-001", "INV-CT-002", "INV-CT-004")) == (
        "Approved",
        "Created",
        "Exported",
    )
    numbers = {cell(tab.table, r, 1): cell(tab.table, r, 0) for r in range(6)}
    assert not tab.table.isColumnHidden(0)  # Coretax numbered some: its numbers show
    assert (numbers["INV-CT-001"], numbers["INV-CT-002"]) == (N1, "")

    # the billing's detail: Coretax's number and status, its parts and the flag on hover
    detail = open_detail(window, "INV-CT-003")
    number = detail.fields["efaktur_no"]
    assert number.text() == f"{N3} · ⚠ Approved"
    assert number.toolTip() == (
        "Transaction code 04, status 00 (normal), year 2026, serial 2600000000012\n"
        "Coretax shows PPN Rp 165,001; this billing has Rp 165,000."
    )
    detail.close()

    # the History says what Coretax reported, per billing
    history = window.history_tab
    window.tabs.setCurrentWidget(history)
    history.search.setText("INV-CT-003")
    row = history_row(history, "INV-CT-003: Coretax shows faktur")
    assert shown(history)[row] == f"INV-CT-003: Coretax shows faktur {N3} as Approved"
    changed = shown(history, "Changed")[row]
    assert "Coretax Status: Approved" in changed and "Coretax PPN: Rp 165,001" in changed

    # the same file again: nothing to apply
    prompts.opened = [[export]]
    trigger(window, "actionImportFromCoretax")
    again = window.dialog
    assert again.summary.text().endswith("Nothing to apply: the book already shows all of it.")
    assert not again.apply_button.isEnabled()
    again.reject()


def test_a_file_that_is_not_the_export_is_refused_and_nothing_changes(
    coretax_window, prompts, tmp_path
):
    other = tmp_path / "billings.csv"
    other.write_text("invoice_no,invoice_date\nINV-9,2026-11-02\n", encoding="utf-8")
    prompts.opened = [[other]]
    trigger(coretax_window, "actionImportFromCoretax")
    assert prompts.refused[-1].startswith(
        "Nothing was imported.\n\nbillings.csv is not Coretax's Pajak Keluaran export"
    )
    assert CoretaxFaktur.select().count() == 0


def _measured(name, screen, language) -> list[str]:
    from PySide6.QtWidgets import QApplication

    from tests.support.layout import cut_texts

    QApplication.processEvents()
    if os.environ.get("SHOW_SCREENS"):  # to look at them
        screen.grab().save(f"/tmp/coretax-import-{name}-{language}.png")
    return [f"{name}: {problem}" for problem in cut_texts(screen)]


@pytest.mark.parametrize("language", ["en", "id"])
def test_the_coretax_screens_fit_1024_by_640_in_each_language(
    coretax_book, qtbot, prompts, tmp_path, language
):
    from app.efaktur.coretax_export import export_xml
    from tests.support.layout import SCREEN
    from ui import formatting, i18n

    six_fakturs()
    export_xml([b.id for b in Billing.select()], tmp_path / "november.xml")
    export = tmp_path / "pajak-keluaran.xlsx"
    export.write_bytes(
        xlsx_bytes(
            HEADERS_17,
            [
                _row("INV-CT-001", N1, "APPROVED"),
                _row("INV-CT-003", N3, "Waiting For Cancelation", 1_500_000, 165_001),
                _row("INV-CT-002", "", "Signing In Progress"),
                _row("FAKTUR-DI-CORETAX", ELSEWHERE, "APPROVED", 100_000, 11_000),
            ],
        )
    )
    i18n.install(language)
    formatting.use_language(language)
    try:
        window = MainWindow(coretax_book)
        qtbot.addWidget(window)
        window.resize(*SCREEN)
        window.show()
        qtbot.waitExposed(window)
        prompts.opened = [[export]]
        trigger(window, "actionImportFromCoretax")
        dialog = window.dialog
        cut = _measured("preview", dialog, language)
        dialog.apply_button.click()
        window.tabs.setCurrentWidget(window.billings_tab)
        cut += _measured("billings", window, language)
        show_export(window)
        cut += _measured("export", window, language)
        assert cut == []
        window.close()
    finally:
        i18n.install("en")
        formatting.use_language("en")

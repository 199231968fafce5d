"""The Export tab on a Coretax book: the month's XML for Coretax, through the window."""

from datetime import date
from xml.etree import ElementTree as ET

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QToolButton

from app.billings import parties
from app.book.models import ExportBatch
from app.numbers import channel
from app.numbers.ranges import add_range, read_range
from tests.support.coretax import assert_valid, goods_and_services, seller
from tests.test_window_export import show_export, statuses
from tests.test_window_guide import cell
from ui import i18n
from ui.export_tab import NPWP_COLUMN


@pytest.fixture
def coretax_window(coretax_book, qtbot, prompts):
    seller()
    customer = parties.add_customer("PT Kreasi Nusantara", npwp="01.300.066.6-091.000")
    goods_and_services("INV-CT-001", customer.id)
    from ui.main_window import MainWindow

    window = MainWindow(coretax_book)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def select_all(tab) -> None:
    tab.findChild(QAction, "actionExportSelectAll").trigger()


def export(tab) -> None:
    tab.findChild(QAction, "actionExportCsv").trigger()


def test_export_the_months_xml_for_coretax(coretax_window, prompts, tmp_path):
    tab = show_export(coretax_window)
    assert tab.format.currentText() == "Coretax (XML)"  # November 2026 goes through Coretax
    assert tab.way_label.text().startswith("Billings dated from 01 Jan 2025 go through Coretax")
    assert tab.table.isColumnHidden(0)  # no E-Faktur No: Coretax numbers it on approval
    assert not tab.findChild(QToolButton, "buttonExportGenerateEfakturNo").isVisible()
    assert tab.export_action.text() == "&Export XML…"
    assert statuses(tab) == {"INV-CT-001": "Not Exported"}

    select_all(tab)
    prompts.paths = [tmp_path / "november"]
    export(tab)

    assert prompts.asked[-1] == "Export XML: coretax-2026-11.xml"
    assert prompts.informed[-1] == "1 faktur written to november.xml."
    written = (tmp_path / "november.xml").read_bytes()
    assert_valid(written)
    kinds = [e.text for e in ET.fromstring(written).iter("Opt")]
    assert kinds == ["A", "B"]  # the goods line, then the services line
    assert statuses(tab) == {"INV-CT-001": "Exported"}
    assert "1 faktur exported to" in coretax_window.statusBar().currentMessage()


def test_a_selection_with_a_problem_is_refused_naming_each(coretax_window, prompts, tmp_path):
    nobody = parties.add_customer("CV Tanpa Identitas")
    goods_and_services("INV-CT-002", nobody.id)
    tab = show_export(coretax_window)
    tab.refresh()
    select_all(tab)
    export(tab)  # no save prompt is scripted: none may be shown
    assert prompts.refused[-1] == (
        "Nothing was exported; correct these billings first:\n"
        "INV-CT-002: customer CV Tanpa Identitas has no NPWP, NIK, passport or other ID "
        "for Coretax"
    )
    assert ExportBatch.select().count() == 0
    assert list(tmp_path.glob("*.xml")) == []
    assert statuses(tab) == {"INV-CT-001": "Not Exported", "INV-CT-002": "Not Exported"}


def test_a_problem_is_named_in_the_users_language(coretax_window, prompts):
    nobody = parties.add_customer("CV Tanpa Identitas")
    goods_and_services("INV-CT-002", nobody.id)
    i18n.install("id")
    try:
        tab = show_export(coretax_window)
        tab.refresh()
        select_all(tab)
        export(tab)
    finally:
        i18n.install("en")
    assert prompts.refused[-1] == (
        "Tidak ada yang diekspor; perbaiki dahulu tagihan berikut:\n"
        "INV-CT-002: pelanggan CV Tanpa Identitas tidak memiliki NPWP, NIK, paspor, atau "
        "identitas lain untuk Coretax"
    )


def test_exporting_again_asks_first_and_no_writes_nothing(coretax_window, prompts, tmp_path):
    tab = show_export(coretax_window)
    select_all(tab)
    prompts.paths = [tmp_path / "first.xml"]
    export(tab)
    select_all(tab)
    prompts.answers = [False]  # no save prompt follows: nothing else is left to export
    export(tab)
    assert prompts.asked[-1] == (
        "These billings were exported before:\n• INV-CT-001 (exported 25 Nov 2026)\n\n"
        "Export them again? Choose No to leave them out."
    )
    assert ExportBatch.select().count() == 1
    assert [p.name for p in tmp_path.glob("*.xml")] == ["first.xml"]

    prompts.answers = [True]
    prompts.paths = [tmp_path / "again.xml"]
    export(tab)
    assert prompts.informed[-1] == "1 faktur written to again.xml."
    assert (tmp_path / "again.xml").read_bytes() == (tmp_path / "first.xml").read_bytes()
    assert ExportBatch.select().count() == 2


def test_past_coretax_limit_the_window_writes_numbered_files(
    coretax_window, prompts, tmp_path, monkeypatch
):
    from app.efaktur import coretax_export

    monkeypatch.setattr(coretax_export, "MOST_FAKTURS", 2)  # 1,000 in real life
    customer = parties.add_customer("PT Angkasa Avtur", npwp="0026015362054000")
    for no in ("INV-CT-002", "INV-CT-003"):
        goods_and_services(no, customer.id)
    (tmp_path / "nov-2.xml").write_bytes(b"an older file")
    tab = show_export(coretax_window)
    tab.refresh()
    select_all(tab)
    prompts.paths = [tmp_path / "nov.xml"]
    prompts.answers = [True]
    export(tab)
    assert prompts.asked[-1] == (
        "Coretax takes at most 1,000 fakturs in a file, so these 3 go into 2 files. "
        "These are there already:\n• nov-2.xml\n\nReplace them?"
    )
    assert prompts.informed[-1] == (
        "3 fakturs written to 2 files, as Coretax takes at most 1,000 in one:\n"
        "• nov-1.xml (2 fakturs)\n• nov-2.xml (1 faktur)"
    )
    for name in ("nov-1.xml", "nov-2.xml"):
        assert_valid((tmp_path / name).read_bytes())
    assert not (tmp_path / "nov.xml").exists()
    assert set(statuses(tab).values()) == {"Exported"}


def test_a_period_across_the_coretax_date_lists_one_format_at_a_time(
    book, qtbot, prompts, tmp_path
):
    """A book that moves to Coretax on 10 November: its November holds a billing for
    e-Faktur desktop and one for Coretax; the tab lists one format and counts the other,
    so no selection mixes them."""
    seller()
    customer = parties.add_customer("PT Kreasi Nusantara", npwp="01.300.066.6-091.000")
    add_range(read_range("000-26.00000001", "000-26.00000010", 2026, date(2026, 1, 2)))
    goods_and_services("INV-NSFP-01", customer.id, date(2026, 11, 3))
    channel.choose(date(2026, 11, 10))
    goods_and_services("INV-CT-01", customer.id, date(2026, 11, 12))
    from ui.main_window import MainWindow

    window = MainWindow(book)
    qtbot.addWidget(window)
    window.show()
    tab = show_export(window)
    assert tab.format.currentText() == "e-Faktur desktop (CSV)"
    assert statuses(tab) == {"INV-NSFP-01": "Not Exported"}
    assert tab.count_label.text() == (
        "1 billings dated 01 Nov 2026 to 30 Nov 2026 · 1 more as Coretax (XML): choose it above"
    )
    tab.format.setCurrentIndex(tab.format.findData("xml"))
    assert statuses(tab) == {"INV-CT-01": "Not Exported"}
    assert tab.table.isColumnHidden(0)
    select_all(tab)
    prompts.paths = [tmp_path / "nov.xml"]
    export(tab)
    assert prompts.informed[-1] == "1 faktur written to nov.xml."

    tab.use_dates.setChecked(True)
    tab.first.setDate(tab.first.date().addDays(9))  # 10 November: Coretax alone
    assert tab.format.currentText() == "Coretax (XML)"
    tab.use_dates.setChecked(False)
    tab.month.setDate(tab.month.date().addMonths(-1))  # October: e-Faktur desktop alone
    assert tab.format.currentText() == "e-Faktur desktop (CSV)"
    assert not tab.table.isColumnHidden(0)


def test_a_buyer_without_npwp_or_nik_shows_the_id_coretax_takes(coretax_window):
    john = parties.add_customer(
        "John Smith", id_type="Passport", id_number="X1234567", country="GBR"
    )
    goods_and_services("INV-CT-002", john.id)
    tab = show_export(coretax_window)
    tab.refresh()
    view = tab.table
    (row,) = [r for r in range(view.model().rowCount()) if cell(view, r, 1) == "INV-CT-002"]
    assert cell(view, row, NPWP_COLUMN) == "X1234567"
    index = view.model().index(row, NPWP_COLUMN)
    assert index.data(Qt.ItemDataRole.ToolTipRole) == "Passport for Coretax (no NPWP)"

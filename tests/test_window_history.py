"""The history of the books: the History tab, a number's own history, and the core listing."""

from dataclasses import replace
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt

from app.billings import billing_actions
from app.billings.billings import data_of, update_billing
from app.book.history import EventListing
from app.book.models import Billing, EfakturNumber, Event
from app.common import clock
from app.desk.demo import GUIDE_INVOICE, guide_number
from tests.conftest import TODAY
from tests.test_translations import indonesian  # noqa: F401 (a fixture)
from tests.test_window_billings import trigger
from ui.history_tab import HISTORY_COLUMNS
from ui.main_actions import MainAction

COLUMN = {c.title: i for i, c in enumerate(HISTORY_COLUMNS)}


def shown(tab, column: str = "What happened") -> list[str]:
    model = tab.model
    return [model.index(r, COLUMN[column]).data() for r in range(model.rowCount())]


def test_history_listing_filters_by_kind_words_and_dates(demo):
    everything = EventListing()
    assert everything.count() == Event.select().count()
    newest = everything.rows(0, 1)[0]
    assert newest.id == Event.select().order_by(Event.id.desc()).first().id
    numbers = {r.id for r in EventListing("number").rows()}
    assert numbers == {e.id for e in Event.select().where(Event.number_id.is_null(False))}
    payments = EventListing("payment").rows()
    assert payments and {r.entity_label for r in payments} == {"Payment"}
    assert [r.summary for r in EventListing(search="INV-FPY-032200399 cancelled").rows()] == [
        "INV-FPY-032200399 cancelled"
    ]
    assert EventListing(search="100%").count() == 0  # % is a character, not a wildcard
    today = EventListing(date_from=TODAY, date_to=TODAY)
    assert today.count() == Event.select().where(Event.at >= TODAY).count()
    assert EventListing(date_to=TODAY - timedelta(days=4000)).count() == 0


def test_an_edit_shows_which_fields_changed(demo):
    draft = Billing.get(Billing.status == "draft")
    data = data_of(draft)
    update_billing(draft.id, replace(data, subject="Sewa gedung Desember", notes="revisi"))
    [edited] = EventListing(search=f"{draft.invoice_no} edited").rows(0, 1)
    text = edited.changes_text()
    assert f"Subject: {data.subject or '—'} → Sewa gedung Desember" in text
    assert "Notes: — → revisi" in text


def test_the_history_tab_shows_every_change_newest_first(window, prompts, qtmodeltester):
    tab = window.history_tab
    window.tabs.setCurrentWidget(tab)
    qtmodeltester.check(tab.model)
    assert tab.model.rowCount() == Event.select().count()
    assert tab.count_label.text() == f"{Event.select().count():,} entries"
    # nothing in it can be edited
    index = tab.model.index(0, COLUMN["What happened"])
    assert not tab.model.flags(index) & Qt.ItemFlag.ItemIsEditable

    # a change made in the window is at the top, with its reason
    guide = Billing.get(Billing.invoice_no == GUIDE_INVOICE)
    clock.fix(clock.now() + timedelta(minutes=5))
    billing_actions.cancel_billing(guide.id, reason="salah tagih")
    billing_actions.cancel_efaktur_no(guide.id)
    window.refresh_all()
    top = shown(tab)[:2]
    assert top[0].startswith(
        f"Cancel E-Faktur No on {GUIDE_INVOICE}: {guide_number(TODAY.year)}"
    )
    assert top[1] == f"{GUIDE_INVOICE} cancelled"
    assert tab.model.index(1, COLUMN["Why"]).data() == "salah tagih"

    tab.table.setCurrentIndex(tab.model.index(1, 0))
    assert tab.details.toPlainText().splitlines()[1] == f"{GUIDE_INVOICE} cancelled"
    assert "Status: " in tab.details.toPlainText()


def test_the_history_tab_filters(window):
    tab = window.history_tab
    window.tabs.setCurrentWidget(tab)
    tab.kind_filter.setCurrentIndex(tab.kind_filter.findData("range"))
    assert shown(tab, "About") == ["Range", "Range"]
    tab.kind_filter.setCurrentIndex(0)
    tab.search.setText("Budi Santoso")
    assert shown(tab) == ["Customer Budi Santoso added"]
    tab.search.clear()
    tab.period_picker.period.setCurrentText("Dates…")
    tab.period_picker.date_from.setDate(date(2000, 1, 1))
    tab.period_picker.date_to.setDate(date(2000, 12, 31))
    assert tab.model.rowCount() == 0 and tab.count_label.text() == "0 entries"


def test_a_number_shows_the_billings_it_served_and_its_history(window, qtbot):
    guide = Billing.get(Billing.invoice_no == GUIDE_INVOICE)
    billing_actions.cancel_billing(guide.id, reason="salah tagih")
    billing_actions.cancel_efaktur_no(guide.id)
    window.refresh_all()
    tab = window.numbers_tab
    window.tabs.setCurrentWidget(tab)
    assert not window.main_actions[MainAction.SHOW_NUMBER].isEnabled()
    tab.search.setText(guide_number(TODAY.year))
    tab.search.returnPressed.emit()
    assert tab.number_model.rowCount() == 1
    tab.numbers.setCurrentIndex(tab.number_model.index(0, 0))
    trigger(window, "actionShowNumber")
    dialog = window.dialog
    assert dialog.windowTitle() == f"E-Faktur No {guide_number(TODAY.year)}"
    assert "Available" in dialog.state_label.text()
    assert dialog.holder_label.text() == "None"
    uses = dialog.uses
    assert uses.rowCount() == 1 and uses.item(0, 0).text() == GUIDE_INVOICE
    assert uses.item(0, 2).text() != ""  # cancelled
    events = [dialog.history.item(r, 1).text() for r in range(dialog.history.rowCount())]
    assert events[0].startswith(
        f"E-Faktur No {guide_number(TODAY.year)} assigned to {GUIDE_INVOICE}"
    )
    assert f"{GUIDE_INVOICE} cancelled — salah tagih" in events
    number = EfakturNumber.get_by_id(Billing.get_by_id(guide.id).released_number_id)
    assert number.state == "available"


def test_the_rows_follow_the_sort_arrow(window):
    tab = window.history_tab
    window.tabs.setCurrentWidget(tab)
    header = tab.table.horizontalHeader()
    model = tab.model

    def moments() -> list:
        return [model.row_at(r).at for r in range(model.rowCount())]

    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (
        COLUMN["When"],
        Qt.SortOrder.DescendingOrder,
    )
    assert moments() == sorted(moments(), reverse=True)  # newest first, as the arrow says
    tab.table.sortByColumn(COLUMN["When"], Qt.SortOrder.AscendingOrder)
    assert moments() == sorted(moments())
    tab.table.sortByColumn(COLUMN["About"], Qt.SortOrder.AscendingOrder)
    about = shown(tab, "About")
    assert about == sorted(about) and {"Billing", "Payment", "Range"} <= set(about)
    # a column that cannot sort leaves the rows, and the arrow, as they were
    tab.table.sortByColumn(COLUMN["Changed"], Qt.SortOrder.DescendingOrder)
    assert shown(tab, "About") == about
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (
        COLUMN["About"],
        Qt.SortOrder.AscendingOrder,
    )


def history_row(tab, starts: str) -> int:
    whats = shown(tab)
    return next(r for r, text in enumerate(whats) if text.startswith(starts))


def show_amounts_and_dates(window, payment: str) -> tuple[str, str, str, str]:
    """The partial payment's entry, its Changed column, a draft's first entry and a due
    date's change, as the History tab shows them."""
    draft = Billing.get(Billing.invoice_no == "INV-FPY-032300406")
    update_billing(draft.id, replace(data_of(draft), due_date=date(2026, 12, 30)))
    tab = window.history_tab
    window.tabs.setCurrentWidget(tab)
    tab.search.setText("INV-FPY-0323004")
    paid = history_row(tab, payment)
    created = max(r for r, text in enumerate(shown(tab)) if text.startswith("INV-FPY-032300406"))
    edited = next(r for r in range(tab.model.rowCount()) if "30 " in shown(tab, "Changed")[r])
    column = COLUMN["Changed"]
    return (
        shown(tab)[paid],
        tab.model.index(paid, column).data(),
        tab.model.index(created, column).data(),
        tab.model.index(edited, column).data(),
    )


def test_history_writes_money_and_dates_as_english_does(window):
    payment, paid, created, edited = show_amounts_and_dates(window, "Payment")
    assert payment == "Payment of Rp 4,000,000 on 20 Nov 2026 recorded for INV-FPY-032300403"
    assert paid == "Paid: Rp 0 → Rp 4,000,000; Status: Unpaid → Partially Paid"
    assert created == "Status: Draft; Taxable: Yes; Total: Rp 7,326,000"
    assert "21 Dec 2026 → 30 Dec 2026" in edited
    payment_event = Event.get(Event.action == "payment_recorded", Event.summary.contains("403"))
    assert payment_event.summary == (  # the record stays as it was written
        "Payment of Rp 4.000.000 on 2026-11-20 recorded for INV-FPY-032300403"
    )


@pytest.mark.usefixtures("indonesian")
def test_history_writes_money_and_dates_as_indonesian_does(demo, qtbot, prompts):
    from ui.main_window import MainWindow

    window = MainWindow(demo)
    qtbot.addWidget(window)
    payment, paid, created, edited = show_amounts_and_dates(window, "Pembayaran")
    assert payment == "Pembayaran Rp 4.000.000 pada 20 Nov 2026 dicatat untuk INV-FPY-032300403"
    assert paid == "Dibayar: Rp 0 → Rp 4.000.000; Status: Belum Dibayar → Dibayar Sebagian"
    assert created.endswith("Total: Rp 7.326.000")
    assert "21 Des 2026 → 30 Des 2026" in edited
    tab = window.history_tab
    tab.table.setCurrentIndex(tab.model.index(history_row(tab, "Pembayaran"), 0))
    assert "Rp 4.000.000 pada 20 Nov 2026" in tab.details.toPlainText()

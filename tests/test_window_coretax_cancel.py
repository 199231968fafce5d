"""Cancel and replace the Coretax way, through the window: one billing cancelled through
to CANCELED, another replaced through to AMENDED/APPROVED, and the Coretax to-do list
(banner and dialog) shrinking as Coretax's exports show each done."""

import pytest
from PySide6.QtGui import QAction

from app.book.models import Billing
from app.common.spreadsheets import xlsx_bytes
from app.efaktur.coretax_export import export_xml
from app.efaktur.coretax_import import import_coretax_file
from tests.support.coretax import six_fakturs
from tests.test_coretax_import import HEADERS_17, _row
from tests.test_window_billings import open_detail, trigger
from ui.main_window import MainWindow

N1, N3 = "04002600000000011", "04002600000000012"
N3R = "04012600000000012"  # N3's first replacement


def _export(path, *rows):
    path.write_bytes(xlsx_bytes(HEADERS_17, list(rows)))
    return path


@pytest.fixture
def approved_window(coretax_book, qtbot, prompts, tmp_path):
    """INV-CT-001 and -003 approved by Coretax, -002 created there (still to upload)."""
    six_fakturs()
    ids = [Billing.get(invoice_no=no).id for no in ("INV-CT-001", "INV-CT-002", "INV-CT-003")]
    export_xml(ids, tmp_path / "november.xml")
    import_coretax_file(
        _export(
            tmp_path / "first.xlsx",
            _row("INV-CT-001", N1, "APPROVED"),
            _row("INV-CT-002", "", "CREATED"),
            _row("INV-CT-003", N3, "APPROVED"),
        )
    )
    window = MainWindow(coretax_book)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.to_do_banner.isVisible())
    return window


def _to_do(window) -> list[list[str]]:
    trigger(window, "actionCoretaxToDo")
    dialog = window.dialog
    assert dialog.objectName() == "coretaxToDoDialog"
    rows = dialog.rows()
    dialog.reject()
    return rows


def _import_in_window(window, prompts, path):
    prompts.opened = [[path]]
    trigger(window, "actionImportFromCoretax")
    window.dialog.apply_button.click()


def _action(detail, name) -> QAction:
    return detail.findChild(QAction, name)


def test_cancel_one_billing_the_coretax_way_through_to_canceled(approved_window, prompts, tmp_path):
    window = approved_window
    assert window.to_do_banner.text().startswith("1 thing to do in Coretax")
    assert _to_do(window) == [["INV-CT-002", "", "Upload and sign it in Coretax by 20 Dec 2026."]]

    detail = open_detail(window, "INV-CT-001")
    cancel_here = _action(detail, "actionCancelInCoretax")
    assert not cancel_here.isEnabled()
    assert cancel_here.toolTip().startswith("Cancel the billing first")
    prompts.answers = [True]
    trigger(detail, "actionCancelBilling")
    cancel_no = _action(detail, "actionCancelEfakturNo")
    assert not cancel_no.isEnabled()
    assert "a Coretax faktur number is never given back" in cancel_no.toolTip()

    prompts.choices = [0]  # the transaction was cancelled
    trigger(detail, "actionCancelInCoretax")
    assert "Why is the faktur of INV-CT-001 cancelled?" in prompts.asked[-1]
    assert N1 in prompts.informed[-1] and "Cancel" in prompts.informed[-1]
    assert not cancel_here.isEnabled()  # recorded: the import closes it
    history = detail.history
    assert history.item(history.rowCount() - 1, 1).text() == (
        "INV-CT-001: to cancel in Coretax (The transaction was cancelled)"
    )
    assert window.to_do_banner.text().startswith("2 things to do in Coretax")
    assert _to_do(window)[0] == [
        "INV-CT-001",
        N1,
        "Cancel faktur 04002600000000011 in Coretax (The transaction was cancelled).",
    ]
    detail.close()

    _import_in_window(
        window, prompts, _export(tmp_path / "c.xlsx", _row("INV-CT-001", N1, "CANCELED"))
    )
    assert [row[0] for row in _to_do(window)] == ["INV-CT-002"]
    assert window.to_do_banner.text().startswith("1 thing to do in Coretax")


def test_replace_another_through_to_amended_and_approved(approved_window, prompts, tmp_path):
    window = approved_window
    detail = open_detail(window, "INV-CT-003")
    assert _action(detail, "actionReplaceInCoretax").isEnabled()

    prompts.choices = [3]  # the buyer's identity is wrong
    trigger(detail, "actionReplaceInCoretax")
    assert prompts.refused[-1].startswith("A faktur with the wrong buyer identity cannot be")

    prompts.choices = [0]  # the price
    prompts.texts = ["line 1 price 500,000 → 450,000"]
    trigger(detail, "actionReplaceInCoretax")
    steps = prompts.informed[-1]
    assert f"the pencil on faktur {N3}, Amend" in steps and "500,000 → 450,000" in steps
    assert not _action(detail, "actionReplaceInCoretax").isEnabled()
    assert [
        "INV-CT-003",
        N3,
        "Replace faktur 04002600000000012 in Coretax (The price changes).",
    ] in _to_do(window)
    detail.close()

    _import_in_window(
        window,
        prompts,
        _export(
            tmp_path / "amended.xlsx",
            _row("INV-CT-003", N3, "AMENDED"),
            _row("INV-CT-003", N3R, "APPROVED"),
        ),
    )
    assert [row[0] for row in _to_do(window)] == ["INV-CT-002"]
    detail = open_detail(window, "INV-CT-003")
    assert detail.fields["efaktur_no"].text().startswith(N3R)


def test_a_row_of_the_to_do_list_opens_its_billing(approved_window):
    window = approved_window
    trigger(window, "actionCoretaxToDo")
    window.dialog.table.cellDoubleClicked.emit(0, 2)
    assert window.detail.title.text() == "INV-CT-002"


def test_a_draft_never_approved_is_deleted_in_coretax(approved_window, prompts):
    window = approved_window
    detail = open_detail(window, "INV-CT-002")
    assert not _action(detail, "actionReplaceInCoretax").isEnabled()
    prompts.answers = [True, True]  # cancel the billing; yes, the draft is deleted
    trigger(detail, "actionCancelBilling")
    assert [row[0] for row in _to_do(window)] == ["INV-CT-002"]
    trigger(detail, "actionCancelInCoretax")
    assert "delete its draft in Coretax" in prompts.asked[-1]
    assert "was deleted in Coretax" in prompts.informed[-1]
    assert _to_do(window) == []
    assert not window.to_do_banner.isVisible()


def test_a_desktop_billing_shows_no_coretax_action(window):
    from tests.test_window_billings import open_detail as opened

    detail = opened(window, window.billings_tab.table.model().index(0, 0).data())
    assert not _action(detail, "actionCancelInCoretax").isVisible()
    assert not _action(detail, "actionReplaceInCoretax").isVisible()

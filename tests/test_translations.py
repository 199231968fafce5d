"""Bahasa Indonesia: every text the window shows is marked for translation, the Indonesian
file has all of them translated, and the window speaks it when it is chosen."""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from app.book import backups, history
from app.book.history import EventListing
from app.book.states import Status
from ui import i18n

ROOT = Path(__file__).resolve().parent.parent
UI = ROOT / "ui"

# calls whose string arguments are names for the program, not words for the user
TECHNICAL_CALLS = {
    "setObjectName",
    "findChild",
    "findChildren",
    "setStyleSheet",
    "setProperty",
    "property",
    "QKeySequence",
    "getattr",
    "setattr",
    "hasattr",
    "value",
    "setValue",
    "beginGroup",
    "get",
    "strftime",
    "toString",
    "startswith",
    "endswith",
    "replace",
    "split",
    "join",
    "QIcon",
    "icon",
    "Signal",
    "QT_TRANSLATE_NOOP",
    "tr",
    "QT_TR_NOOP",
    "strptime",
    "execute_sql",
    "sub",
    "match",
    "search",
    "fullmatch",
    "compile",
    "with_suffix",
    "with_name",
    "strip",
    "rstrip",
    "lstrip",
    "removeprefix",
    "removesuffix",
    "setInputMask",
    "Path",
    "setDisplayFormat",
    "QLocale",
    "TypeVar",
    "atomic",
    "run",
    "which",
    "environ",
    "getenv",
    "setenv",
    "mkdtemp",
    "print",
    "_action",
    "problem_label",
    "make_table",
    "search_box",
    "ListingModel",
    "QLockFile",
    "QLocalServer",
    "sha256",
    "encode",
    "decode",
    "fromisoformat",
    "setPath",
    "QSettings",
    "PeriodPicker",
    "BackupPlace",
    "addToolBar",
    "date_box",
    "index",
}
TECHNICAL = re.compile(
    r"^(?:[a-z][a-z0-9_\-.]*|[a-z]+[A-Z][A-Za-z0-9]*|[A-Z][A-Z0-9_]+|\.[a-z]+|#[0-9a-f]{3,6}"
    r"|[dMyHhms :\-./]+|RowT|E-Faktur Desk"
    r"|[a-z][A-Za-z0-9]*(?:/[a-z][A-Za-z0-9]*)+)$"  # a QSettings key, group/name
)


# file names, and abbreviations that read the same in both languages, around a value
TECHNICAL_WITH_VALUE = re.compile(
    r"^(?:[a-z0-9\-]*\{\}[a-z0-9\-]*\.[a-z]+|[a-z\-]+\{\}|\{\} ?(?:MB|KB)|(?:NIK|PPN) \{\})$"
)


def _words(text: str) -> bool:
    if TECHNICAL.match(text) or TECHNICAL_WITH_VALUE.match(re.sub(r"\{[^{}]*\}", "{}", text)):
        return False
    text = re.sub(r"\{[^{}]*\}", "", text)  # placeholders
    text = re.sub(r"<[^>]+>", "", text)  # markup
    return bool(re.search(r"[A-Za-z]{2,}", text))


def unmarked_texts(path: Path) -> list[str]:
    """Literals with words that are neither marked with tr()/N_() nor technical."""
    tree = ast.parse(path.read_text())
    parents = {c: n for n in ast.walk(tree) for c in ast.iter_child_nodes(n)}
    found = []
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Constant) and isinstance(node.value, str)):
            continue
        parent = parents.get(node)
        text = node.value
        if isinstance(parent, ast.JoinedStr):  # judge the f-string as a whole
            node, parent = parent, parents.get(parent)
            text = "".join(v.value if isinstance(v, ast.Constant) else "{}" for v in node.values)
        if isinstance(parent, ast.Expr) or not _words(text):
            continue  # a docstring, or no words
        if isinstance(parent, (ast.Compare, ast.Subscript)):
            continue
        if isinstance(parent, ast.Dict) and node in parent.keys:
            continue
        holder = parent
        while isinstance(holder, (ast.List, ast.Tuple, ast.Dict, ast.IfExp, ast.keyword)):
            if isinstance(holder, ast.keyword) and holder.arg in ("sort_key", "name"):
                break
            holder = parents.get(holder)
        if isinstance(holder, ast.keyword):
            continue
        if isinstance(holder, ast.Call):
            func = holder.func
            name = getattr(func, "id", None) or getattr(func, "attr", "")
            if name in TECHNICAL_CALLS:
                continue
            if name == "Column" and node in holder.args[2:3]:
                continue  # the sort key
        found.append(f"{path.name}:{node.lineno}: {text[:70]!r}")
    return found


def test_every_text_in_the_window_is_marked_for_translation():
    unmarked = [line for f in sorted(UI.rglob("*.py")) for line in unmarked_texts(f)]
    assert unmarked == [], "texts shown without tr():\n" + "\n".join(unmarked)


def _messages(ts: Path) -> dict[tuple[str, str], str | None]:
    """(context, source) → translation; None when unfinished or empty."""
    found = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type") if translation is not None else "unfinished"
            if kind in ("vanished", "obsolete"):
                continue
            text = (translation.text or "") if translation is not None else ""
            found[(name, message.findtext("source"))] = (
                text if text and kind != "unfinished" else None
            )
    return found


def test_the_indonesian_file_translates_every_marked_text(tmp_path):
    lupdate = shutil.which("pyside6-lupdate") or str(Path(i18n._lrelease()).with_name("lupdate"))
    fresh = tmp_path / "fresh.ts"
    shutil.copy(i18n.source_file("id"), fresh)
    sources = [str(p) for p in sorted([*UI.rglob("*.py"), *(ROOT / "app").rglob("*.py")])]
    subprocess.run([lupdate, *sources, "-ts", str(fresh)], check=True, capture_output=True)
    marked = _messages(fresh)
    kept = _messages(i18n.source_file("id"))
    missing = sorted(k[1] for k in marked if k not in kept)
    assert missing == [], "run packaging/update_translations.sh; new texts: " + repr(missing)
    untranslated = sorted(k[1] for k, v in kept.items() if v is None)
    assert untranslated == [], f"{len(untranslated)} texts lack Indonesian: {untranslated}"


def test_placeholders_survive_translation():
    for (_context, source), translation in _messages(i18n.source_file("id")).items():
        assert sorted(re.findall(r"\{[^{}]*\}", source)) == sorted(
            re.findall(r"\{[^{}]*\}", translation or "")
        ), source


@pytest.mark.parametrize(
    "texts",
    [
        [s.label for s in Status],
        list(backups.KIND_LABELS.values()),
        list(history.ENTITY_LABELS.values()),
        list(history.FIELD_LABELS.values()),
        [label for label, _sql in history.KINDS.values()],
        ["Export", "Payment", "Yes", "No"],
        ["Normal", "Replacement", "Withdrawn"],
    ],
    ids=[
        "statuses",
        "backup kinds",
        "history kinds",
        "history fields",
        "history filters",
        "history words",
        "file statuses",
    ],
)
def test_the_core_words_the_window_shows_are_in_the_indonesian_file(texts):
    kept = _messages(i18n.source_file("id"))
    assert [t for t in texts if kept.get(("", t)) is None] == []


# -- the window in Bahasa Indonesia ---------------------------------------------------


@pytest.fixture
def indonesian(qapp):
    from ui import formatting

    assert i18n.install("id"), "the Indonesian translation did not load"
    formatting.use_language("id")
    yield
    i18n.install("en")
    formatting.use_language("en")


def test_the_window_speaks_indonesian_when_chosen(indonesian, demo, qtbot, prompts):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

    from tests.test_window_billings import billing_row, trigger
    from ui.main_window import MainWindow

    window = MainWindow(demo)
    qtbot.addWidget(window)
    window.show()
    tabs = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert tabs == [
        "No. E-Faktur",
        "Berkas E-Faktur",
        "Tagihan",
        "Pelanggan",
        "Ekspor",
        "Pemakaian",
        "Riwayat",
    ]
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus == ["&Berkas", "&Tampilan", "&E-Faktur", "Ta&gihan", "&Pelanggan", "Ban&tuan"]
    row = billing_row(window, "INV-FPY-032300403")
    assert row["Status"] == "Dibayar Sebagian" and row["Total"] == "Rp 9.768.000"
    titles = window.billings_tab.table.horizontalHeader().model()  # as the header shows
    headers = [titles.headerData(c, Qt.Orientation.Horizontal) for c in range(4)]
    assert headers == ["No. Invoice", "Pelanggan", "Tanggal Invoice", "Jatuh Tempo"]
    trigger(window, "actionSettings")
    buttons = window.dialog.buttons
    assert buttons.button(QDialogButtonBox.StandardButton.Save).text() in ("Simpan", "&Simpan")
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() in ("Batal", "&Batal")
    box = QMessageBox(QMessageBox.Icon.Question, "t", "?")
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    assert box.button(QMessageBox.StandardButton.Yes).text() == "&Ya"
    assert box.button(QMessageBox.StandardButton.No).text() == "&Tidak"


def test_the_core_explains_itself_in_indonesian_too(indonesian, demo, qtbot, prompts):
    from app.book.models import Billing, Event
    from ui.main_window import MainWindow

    window = MainWindow(demo)
    qtbot.addWidget(window)
    overdue = Billing.get(Billing.invoice_no == "INV-FPY-032300404")
    detail = window.open_billing(overdue.id)
    assert (
        "<b>Hapus</b> tidak tersedia: Hanya tagihan Draf, Proforma atau Dibatalkan yang dapat "
        "dihapus. Tagihan ini berstatus Lewat Jatuh Tempo."
    ) in detail.unavailable.text()
    shown = [detail.history.item(r, 1).text() for r in range(detail.history.rowCount())]
    assert shown == [
        "INV-FPY-032300404 dibuat sebagai Draf",
        "INV-FPY-032300404 diterbitkan",
        "No. E-Faktur 000-26.12345623 diberikan ke INV-FPY-032300404 (saat terbit)",
    ]
    assert overdue.id and Event.get(Event.billing_id == overdue.id).summary == (
        "INV-FPY-032300404 created as Draft"  # the record itself stays as written
    )
    [issued] = EventListing(search="INV-FPY-032300404 issued").rows()
    assert issued.changes_text() == "Status: Draf → Belum Dibayar"


def test_an_entry_from_before_templates_were_kept_shows_as_written(indonesian):
    from ui.formatting import event_text

    assert event_text("INV-1 issued", None) == "INV-1 issued"
    assert event_text(
        "INV-1 issued", '{"t": "{invoice_no} issued", "a": {"invoice_no": "INV-1"}}'
    ) == ("INV-1 diterbitkan")
    assert event_text("INV-1 issued", "not json") == "INV-1 issued"


def test_an_entry_written_in_words_since_changed_still_shows_in_indonesian(indonesian):
    """Entries are sealed as written: one from before Cancel E-Faktur No had its one
    vocabulary still reads in the window's language."""
    from ui.formatting import event_text

    written = (
        '{"t": "E-Faktur No {number} given back by {invoice_no}; available again", '
        '"a": {"number": "000-26.00000001", "invoice_no": "INV-1"}}'
    )
    assert event_text("E-Faktur No 000-26.00000001 given back by INV-1", written) == (
        "No. E-Faktur 000-26.00000001 dikembalikan oleh INV-1; tersedia lagi"
    )


def test_the_command_line_and_the_history_stay_english(book):
    from app.billings import parties
    from app.book.models import Event
    from app.common import i18n as core_i18n
    from app.common.errors import Refused

    core_i18n.use(lambda text: f"[id] {text}")  # the window's translator
    try:
        with pytest.raises(Refused, match=r"^\[id\] Enter the customer's name."):
            parties.add_customer("")
        parties.add_customer("PT Riwayat")
        entry = Event.select().order_by(Event.id.desc()).get()
        assert "[id]" not in entry.summary  # written once, in English, for any reader
    finally:
        core_i18n.use(None)
    with pytest.raises(Refused, match="^Enter the customer's name."):
        parties.add_customer("")  # the command line's words

"""The main window is a frame: every action comes from one registry and works from the
start, a read-only window keeps every writing one off, the window paints after building
only the tab it shows, and no part of the shell reaches into the window."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QAction

from app.book.connection import close_book
from tests.test_window_backups import _open_read_only_beside
from ui.formatting import READ_ONLY_REASON
from ui.main_actions import SPECS, MainAction

ROOT = Path(__file__).resolve().parent.parent


def test_every_action_is_there_once_as_soon_as_the_window_opens(window):
    names = [action.objectName() for action in window.findChildren(QAction)]
    for key in MainAction:
        assert names.count(key.value) == 1, key.value
    # an action of a tab never shown yet works at once: the tab is built for it
    window.findChild(QAction, "actionExportSelectAll").trigger()
    assert window.export_tab.table.selectionModel().selectedRows()


def test_a_read_only_window_keeps_every_writing_action_off_saying_why(demo, qtbot, prompts):
    window, first = _open_read_only_beside(demo, qtbot)
    try:
        window.tabs.setCurrentWidget(window.export_tab)  # its actions too, once it is shown
        window.export_tab.table.selectAll()
        for key, spec in SPECS.items():
            action = window.findChild(QAction, key.value)
            if spec.writes:
                assert not action.isEnabled(), key.value
                assert action.toolTip() == READ_ONLY_REASON, key.value
        window.close()
    finally:
        close_book()
        first.unlock()


FIRST_PAINT = """
import sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
from app.desk.opening import open_book
app = QApplication([])
open_book(Path(sys.argv[1]))
from ui.main_window import MainWindow
window = MainWindow(Path(sys.argv[1]))
kinds = "numbers files billings customers export usage history".split()
tabs = lambda: sorted(f"ui.{k}_tab" for k in kinds if f"ui.{k}_tab" in sys.modules)
print("before", *tabs(), "charts" if "PySide6.QtCharts" in sys.modules else "")
window.show()
for _ in range(20):
    app.processEvents()
print("after", *tabs(), "charts" if "PySide6.QtCharts" in sys.modules else "")
"""


def test_the_window_paints_after_building_only_the_tab_it_shows(demo, tmp_path):
    """Start-up pays only for the first paint: the tabs not shown are built right after
    it, and Export CSV and Usage (a query, Qt Charts) when first shown."""
    close_book()
    env = {"QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    env["EFAKTUR_DESK_SETTINGS"] = str(tmp_path / "settings.ini")
    shown = subprocess.run(
        [sys.executable, "-c", FIRST_PAINT, str(demo)],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        check=True,
    ).stdout.split("\n")
    assert shown[0].split() == ["before", "ui.numbers_tab"]
    assert shown[1].split() == [
        "after",
        "ui.billings_tab",
        "ui.customers_tab",
        "ui.files_tab",
        "ui.history_tab",
        "ui.numbers_tab",
    ]


def test_nothing_in_the_shell_reaches_into_the_window_but_the_start():
    """Tabs and the backup actions tell the window by signals; only the start (launch)
    makes a window. ui/backup_actions.py imported the window to drive its insides."""
    importers = []
    for path in sorted((ROOT / "ui").glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.ImportFrom) and node.module == "ui.main_window":
                importers.append(path.name)
    assert importers == ["launch.py"]

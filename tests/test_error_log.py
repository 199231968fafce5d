"""Errors nobody expected: logged with the traceback, told in a short message."""

import sys

from PySide6.QtGui import QAction

from app.common import error_log, paths
from ui.launch import install_error_hook


def raised(message: str) -> tuple:
    try:
        raise RuntimeError(message)
    except RuntimeError:
        return sys.exc_info()


def test_the_traceback_goes_to_a_rotating_log(tmp_path):
    path = error_log.log_unexpected(*raised("disk said no"), folder=tmp_path)
    text = path.read_text(encoding="utf-8")
    assert path == tmp_path / "efaktur-desk.log"
    assert "Traceback (most recent call last)" in text and "RuntimeError: disk said no" in text
    for _ in range(3):  # about 1.5 MB in all: the log rolls over, nothing grows forever
        error_log.log_unexpected(*raised("x" * 500_000), folder=tmp_path)
    assert (tmp_path / "efaktur-desk.log.1").exists()
    assert path.stat().st_size <= error_log.MAX_BYTES


def test_the_window_says_where_the_log_is_and_stays_usable(window, prompts, tmp_path):
    previous = sys.excepthook
    try:
        install_error_hook(window, tmp_path)
        sys.excepthook(*raised("boom"))
    finally:
        sys.excepthook = previous
    message = prompts.refused[-1]
    assert message.startswith(
        "E-Faktur Desk hit an unexpected problem and did not finish that step:\nboom"
    )
    assert f"The details are in {tmp_path / 'efaktur-desk.log'}." in message
    assert "RuntimeError: boom" in (tmp_path / "efaktur-desk.log").read_text(encoding="utf-8")
    window.findChild(QAction, "actionRefresh").trigger()  # still answers
    assert window.isVisible()


def test_help_opens_the_log_folder(window, prompts, tmp_path, monkeypatch):
    monkeypatch.setattr(paths, "data_dir", lambda: tmp_path)
    window.findChild(QAction, "actionOpenLogFolder").trigger()
    assert prompts.shown_externally == [tmp_path / "logs"]
    assert (tmp_path / "logs").is_dir()

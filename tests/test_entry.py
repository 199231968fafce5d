"""The program's entry point, as the window and the command line reach it."""

import builtins

import PySide6.QtCore  # noqa: F401  (Qt first, as under the tests and the bench)

from ui import entry


def test_a_command_after_qt_leaves_pysides_import_hook_as_it_was(demo_path, capsys):
    hooked = builtins.__import__
    assert entry.main(["--db", str(demo_path), "channel"]) == 0
    assert "desktop" in capsys.readouterr().out.lower()
    assert builtins.__import__ is hooked


def test_a_failing_command_leaves_it_too(tmp_path, capsys):
    hooked = builtins.__import__
    assert entry.main(["--db", str(tmp_path / "missing.sqlite"), "numbers"]) == 2
    assert builtins.__import__ is hooked

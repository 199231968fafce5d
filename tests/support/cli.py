"""Running the command line in the test's process, as ``efaktur-desk ARGS``."""

from __future__ import annotations

from pathlib import Path

from app.book.connection import close_book
from app.cli.main import main


def run(capsys, *argv) -> tuple[int, str, str]:
    """Exit status, stdout and stderr of ``efaktur-desk argv...``."""
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def make_demo(path: Path) -> Path:
    """The demo book at ``path``, made by ``efaktur-desk --db PATH demo`` and closed."""
    assert main(["--db", str(path), "demo"]) == 0
    close_book()
    return path

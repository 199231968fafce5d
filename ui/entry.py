"""The program's entry point: the window, or a command of the core's command line."""

from __future__ import annotations

import argparse
import builtins
import contextlib
from collections.abc import Iterator, Sequence
from pathlib import Path


@contextlib.contextmanager
def imports_unscanned() -> Iterator[None]:
    """Python's own ``import`` while the block runs, instead of PySide6's hook.

    Once PySide6 is loaded, its hook reads the whole source of every module imported
    afterwards, looking for ``from __feature__ import`` (PYSIDE-2029). No module of ours
    uses ``__feature__``, and the reading cost about a tenth of the start-up. Outside
    Qt (the command line) there is no hook and this does nothing."""
    hooked = builtins.__import__
    plain = getattr(builtins, "__orig_import__", None)
    if plain is None or hooked is plain:
        yield
        return
    builtins.__import__ = plain
    try:
        yield
    finally:
        builtins.__import__ = hooked


def open_window(args: argparse.Namespace, book: Path) -> int:
    import PySide6.QtWidgets  # noqa: F401  (first: its import hook is then there to set aside)

    with imports_unscanned():
        from ui.launch import run_window  # only when the window is wanted: commands stay Qt-free

        return run_window(args, book)


def main(argv: Sequence[str] | None = None) -> int:
    with imports_unscanned():  # does something only where Qt came first (tests, the bench)
        from app.cli.main import main as run

    return run(argv, open_window=open_window)

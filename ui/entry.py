"""The program's entry point: the window, or a command of the core's command line."""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path


def open_window(args: argparse.Namespace, book: Path) -> int:
    from ui.launch import run_window  # only when the window is wanted: commands stay Qt-free

    return run_window(args, book)


def main(argv: Sequence[str] | None = None) -> int:
    from app.cli.main import main as run

    return run(argv, open_window=open_window)

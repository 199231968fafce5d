"""The log of errors nobody expected: a rotating file in the data folder."""

from __future__ import annotations

import logging
import traceback
from pathlib import Path
from types import TracebackType

from app.common import paths

LOG_NAME = "efaktur-desk.log"
MAX_BYTES = 1_000_000
KEEP = 5  # efaktur-desk.log plus .1 .. .5


def log_folder() -> Path:
    return paths.data_dir() / "logs"


def _logger(folder: Path) -> logging.Logger:
    logger = logging.getLogger(f"efaktur-desk.{folder}")
    if not logger.handlers:
        from logging.handlers import RotatingFileHandler  # only when something is logged

        folder.mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(
            folder / LOG_NAME, maxBytes=MAX_BYTES, backupCount=KEEP, encoding="utf-8"
        )
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
        logger.addHandler(handler)
        logger.setLevel(logging.INFO)
        logger.propagate = False
    return logger


def log_unexpected(
    kind: type[BaseException],
    error: BaseException,
    tb: TracebackType | None,
    folder: Path | None = None,
) -> Path:
    """Write the traceback to the log; returns the log file's path."""
    folder = folder or log_folder()
    text = "".join(traceback.format_exception(kind, error, tb))
    _logger(folder).error("unexpected error\n%s", text.rstrip())
    return folder / LOG_NAME

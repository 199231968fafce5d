"""Files the program writes for the user: whole or not at all."""

from __future__ import annotations

import os
from pathlib import Path

from app.errors import Refused
from app.i18n import tr


def write_whole(path: Path, content: bytes) -> None:
    """A temporary file beside the target, flushed to disk, then a rename: a full disk
    or a pulled cable never leaves half a file under the user's name."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.part")
    try:
        with open(temporary, "wb") as out:
            out.write(content)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, path)
    except OSError as exc:
        temporary.unlink(missing_ok=True)
        raise Refused(
            tr("The file could not be written to {path}: {value}.").format(
                path=path, value=exc.strerror or exc
            )
        ) from exc


def ensure_writable_folder(folder: Path) -> None:
    """Make ``folder`` if needed and prove a file can be written in it; OSError if not."""
    folder.mkdir(parents=True, exist_ok=True)
    probe = folder / f".efaktur-desk-probe-{os.getpid()}"
    probe.write_bytes(b"")
    probe.unlink()

"""Files the program writes for the user: whole or not at all."""

from __future__ import annotations

import errno
import os
import stat
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


def ensure_writable_folder(folder: Path, parents: bool = True) -> None:
    """Make ``folder`` if needed (and its missing parents, unless ``parents`` is False:
    then a missing parent raises FileNotFoundError) and prove a file can be written in
    it; OSError if not. A folder marked read-only raises PermissionError even for an
    administrator, who could write there: it was marked so for a reason."""
    folder.mkdir(parents=parents, exist_ok=True)
    if not folder.stat().st_mode & stat.S_IWUSR:
        raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(folder))
    probe = folder / f".efaktur-desk-probe-{os.getpid()}"
    probe.write_bytes(b"")
    probe.unlink()

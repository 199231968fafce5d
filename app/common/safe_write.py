"""Files the program writes for the user: whole or not at all."""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

from app.common.errors import Refused
from app.common.i18n import tr


def write_whole(path: Path, content: bytes) -> None:
    """A temporary file beside the target, flushed to disk, then a rename: a full disk
    or a pulled cable never leaves half a file under the user's name. Only an ordinary
    file is ever replaced, and a folder that is not there is said, never made: a path
    typed wrong (or a drive unplugged) must not scatter folders, and a device or a link
    at the path is not the user's file."""
    path = Path(path)
    check_target(path)
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


def check_target(path: Path) -> None:
    """Refused unless ``path`` may take a new file: its folder is there, and nothing but an
    ordinary file of that name would be replaced. Ask before work that cannot be undone
    (an export batch kept in the book) as well as when writing."""
    if not path.parent.is_dir():
        raise Refused(
            tr("The folder {folder} is not there, so nothing was written. Choose another place.")
            .format(folder=path.parent)
        )
    if path.is_symlink() or (path.exists() and not path.is_file()):
        raise Refused(
            tr("{path} is not an ordinary file, so it was not replaced. Choose another name.")
            .format(path=path)
        )


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

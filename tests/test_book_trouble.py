"""The command line on a book in trouble, with real files: a full or failing disk, a damaged
book, a read-only book file, a data folder that went missing, a reader that stops early.
Each is one plain sentence and exit 2 (or quiet), never "unexpected error"."""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
from contextlib import contextmanager
from pathlib import Path

import pytest

from app.book.connection import close_book, find_damage
from app.book.data_folder import move_data_folder
from app.cli.main import main
from app.common import paths
from tests.support.cli import run

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "resources" / "examples" / "billings-import.csv"
LIMIT = 64 * 1024  # bytes any file of the child may reach (its -shm needs 32 KB)


def contents(book: Path) -> list[str]:
    con = sqlite3.connect(book)
    try:
        return list(con.iterdump())
    finally:
        con.close()


def damage(book: Path) -> None:
    """8 KB of garbage at offset 50,000, as the tester did with ``dd``."""
    with book.open("r+b") as fh:
        fh.seek(50_000)
        fh.write(bytes((i * 151 + 7) % 256 for i in range(8192)))


# -- a full or failing disk -------------------------------------------------------------


@contextmanager
def wal_at_the_limit(book: Path):
    """The book's WAL grown past LIMIT by another connection that keeps it (harmless
    rewrites of the header), so any page the child appends lands beyond the limit."""
    con = sqlite3.connect(book, isolation_level=None)
    try:
        con.execute("PRAGMA wal_autocheckpoint = 0")
        version = con.execute("PRAGMA user_version").fetchone()[0]
        wal = Path(f"{book}-wal")
        while not wal.exists() or wal.stat().st_size <= LIMIT:
            con.execute(f"PRAGMA user_version = {version}")
        yield
    finally:
        con.close()


def _no_file_past_the_limit() -> None:
    # the kernel refuses to write a file past RLIMIT_FSIZE (EFBIG): SQLite's I/O error,
    # as a failing or full disk gives it; SIGXFSZ would kill the child instead
    import resource  # POSIX only

    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (LIMIT, LIMIT))


def run_on_a_full_disk(*argv) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "ui", *map(str, argv)],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        preexec_fn=_no_file_past_the_limit,
    )


@pytest.mark.skipif(sys.platform == "win32", reason="a file size limit needs POSIX")
@pytest.mark.parametrize(
    "command",
    [
        ["import", EXAMPLE],
        ["issue", "INV-FPY-032300406"],
        ["cancel-efaktur", "INV-FPY-032300400"],
        ["ranges", "add", "000-26.00000001", "000-26.00000100"],
        ["export-csv", "--again", "--out", "{tmp}/out.csv", "INV-FPY-032300403"],
    ],
)
def test_a_full_or_failing_disk_is_said_plainly_and_changes_nothing(
    demo_path, tmp_path, capsys, command
):
    db = ["--db", demo_path]
    assert run(capsys, *db, "cancel", "INV-FPY-032300400")[0] == 0  # cancel-efaktur's turn
    before = contents(demo_path)
    argv = [str(a).format(tmp=tmp_path) for a in command]
    with wal_at_the_limit(demo_path):
        done = run_on_a_full_disk(*db, *argv)
    assert done.returncode == 2, done.stderr
    assert done.stderr.startswith("efaktur-desk: The disk is full (or failing)")
    assert "Nothing was changed." in done.stderr and done.stderr.count("\n") == 1
    assert contents(demo_path) == before


# -- a damaged book ---------------------------------------------------------------------


def test_a_damaged_book_is_refused_by_every_command_with_one_sentence(demo_path, capsys):
    damage(demo_path)
    assert find_damage(demo_path)
    said = set()
    for command in (
        ["billings"],
        ["numbers"],
        ["ranges", "list"],
        ["cancel", "INV-FPY-032300400"],
        ["issue", "INV-FPY-032300406"],
    ):
        code, out, err = run(capsys, "--db", demo_path, *command)
        assert (code, out) == (2, ""), (command, err)
        said.add(err)
    assert len(said) == 1
    assert said.pop().startswith("efaktur-desk: The book demo.sqlite is damaged")


def test_a_sound_book_passes_the_check(demo_path):
    assert not find_damage(demo_path)


# -- a read-only book file --------------------------------------------------------------


def test_a_read_only_book_file_can_be_read_but_not_written(demo_path, capsys):
    before = demo_path.read_bytes()
    demo_path.chmod(0o444)
    try:
        code, out, _ = run(capsys, "--db", demo_path, "billings")
        assert code == 0 and "INV-FPY-032300400" in out
        code, out, _ = run(capsys, "--db", demo_path, "numbers", "--status", "assigned")
        assert code == 0 and "000-26.12345619" in out
        assert run(capsys, "--db", demo_path, "ranges", "list")[0] == 0
        code, out, _ = run(capsys, "--db", demo_path, "history", "verify")
        assert code == 0, out  # checking the history reads only
        code, _, err = run(capsys, "--db", demo_path, "cancel", "INV-FPY-032300400")
        assert code == 2
        assert "is read-only. Its file is marked read-only" in err
        assert "Nothing was changed." in err
    finally:
        demo_path.chmod(0o644)
    assert demo_path.read_bytes() == before


# -- the data folder went missing -------------------------------------------------------


def test_a_missing_data_folder_is_said_and_no_book_is_made_in_its_place(
    tmp_path, capsys, monkeypatch
):
    drive = tmp_path / "usb"
    drive.mkdir()
    assert main(["--db", str(paths.default_book()), "demo"]) == 0
    close_book()
    move_data_folder(drive / "EFaktur")
    capsys.readouterr()
    shutil.rmtree(drive)  # unplugged
    for command in (["billings"], ["numbers"], ["cancel", "INV-FPY-032300400"], ["demo"]):
        code, out, err = run(capsys, *command)
        assert (code, out) == (2, "")
        assert "The data folder" in err and "is not there" in err
    assert not drive.exists()


def test_check_without_a_book_makes_none(tmp_path):
    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-m", "ui", "--check"],
        env={**env, "PYTHONPATH": str(ROOT)},
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 2 and "There is no book yet" in done.stderr
    assert not list(tmp_path.rglob("*.sqlite"))


# -- a reader that stops early ----------------------------------------------------------


def test_a_reader_that_stops_early_ends_the_listing_quietly(demo_path, capsys):
    # 100,000 more numbers: far more than a pipe holds, so the writer meets the closed end
    assert (
        run(capsys, "--db", demo_path, "ranges", "add", "000-26.00100001", "000-26.00200000")[0]
        == 0
    )
    child = subprocess.Popen(
        [sys.executable, "-m", "ui", "--db", str(demo_path), "numbers"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert child.stdout is not None and child.stderr is not None
    child.stdout.readline()  # ``| head -1``
    child.stdout.close()
    err = child.stderr.read().decode()
    assert child.wait(timeout=60) == 0
    assert err == ""

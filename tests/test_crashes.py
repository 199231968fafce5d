"""The program is killed (SIGKILL) at random moments of a bulk issue and of an import.

After each kill the book passes SQLite's integrity check, the change is there whole or
not at all, and the book's invariants hold. The kills are seeded, so a failure can be
replayed: the seed is in the assertion message.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import pytest

from app.billings import parties
from app.billings.billing_import import import_file
from app.book.connection import close_book
from app.book.models import Billing, Event, db
from app.desk.opening import open_book
from app.numbers.ranges import add_range, read_range
from tests.support.books import desktop_only

ROOT = Path(__file__).resolve().parent.parent
DRAFTS = 2_000  # billings issued at once
IMPORTED = 1_000  # billings in the imported spreadsheet (about 2.5 s to import)
ISSUE_KILLS = 30
IMPORT_KILLS = 25  # 55 kills in all
SEED = int(os.environ.get("CRASH_SEED", "20261125"))

pytestmark = [
    pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX"),
    pytest.mark.timeout(300),  # each test kills 25-30 workers; bounded, but not in seconds
]


def _spreadsheet(path: Path, first: int, count: int) -> Path:
    lines = ["invoice_no,invoice_date,customer_name,customer_npwp,item_name,quantity,unit_price"]
    lines += [
        f"INV-CR-{first + k:06d},2026-11-{1 + k % 20:02d},PT Uji Crash,013000666091000,"
        f"Jasa {k},1,{100_000 + k}"
        for k in range(count)
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _close_clean(book: Path) -> None:
    db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    close_book()
    for suffix in ("-wal", "-shm"):
        Path(f"{book}{suffix}").unlink(missing_ok=True)


@pytest.fixture(scope="module")
def books(tmp_path_factory):
    folder = tmp_path_factory.mktemp("crash")
    base = folder / "base.sqlite"
    open_book(base)
    desktop_only()  # its 2026 drafts take NSFP numbers, as before Coretax
    parties.set_company("PT Penjual Jaya", "02.273.210.1-075.000", "Jl. Merdeka 1, Jakarta")
    add_range(read_range("000-26.00010000", "000-26.00019999", None, date(2026, 1, 2), ""))
    import_file(_spreadsheet(folder / "drafts.csv", 0, DRAFTS))
    _close_clean(base)
    sheet = _spreadsheet(folder / "import.csv", 500_000, IMPORTED)
    return base, sheet


def _facts(book: Path) -> dict[str, int]:
    open_book(book)
    try:
        rows = db.execute_sql("PRAGMA integrity_check").fetchall()
        assert rows == [("ok",)], rows
        held = db.execute_sql(
            "SELECT COUNT(*), COUNT(DISTINCT efaktur_number_id) FROM billing "
            "WHERE efaktur_number_id IS NOT NULL"
        ).fetchone()
        assert held[0] == held[1], "a number is on two billings"
        disagree = db.execute_sql(
            "SELECT COUNT(*) FROM efaktur_number n "
            "LEFT JOIN billing b ON b.efaktur_number_id = n.id "
            "WHERE (n.state = 'assigned') != (b.id IS NOT NULL)"
        ).fetchone()[0]
        assert disagree == 0, "a number's state disagrees with the billing holding it"
        drift = db.execute_sql(
            "SELECT COUNT(*) FROM efaktur_range g WHERE g.available != ("
            "SELECT COUNT(*) FROM efaktur_number n WHERE n.range_id = g.id "
            "AND n.state = 'available')"
        ).fetchone()[0]
        assert drift == 0, "a range's available count drifted"
        lineless = db.execute_sql(
            "SELECT COUNT(*) FROM billing b WHERE NOT EXISTS "
            "(SELECT 1 FROM billing_line l WHERE l.billing_id = b.id)"
        ).fetchone()[0]
        assert lineless == 0, "a billing without its lines"
        return {
            "billings": Billing.select().count(),
            "drafts": Billing.select().where(Billing.status == "draft").count(),
            "numbered": held[0],
            "events": Event.select().count(),
        }
    finally:
        close_book()


def _run(args: list[str]) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONDONTWRITEBYTECODE": "1"}
    return subprocess.Popen(
        [sys.executable, "-m", "tests.support.crash_worker", *args],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _wait_ready(process: subprocess.Popen) -> None:
    line = process.stdout.readline()
    if line.strip() != "ready":
        process.kill()
        raise AssertionError(f"the worker did not start: {line!r} {process.stderr.read()}")


def _calibrate(args: list[str]) -> float:
    """How long the change takes from "ready" to "done" when nobody kills it."""
    process = _run(args)
    _wait_ready(process)
    started = time.monotonic()
    assert process.stdout.readline().strip() == "done", process.stderr.read()
    took = time.monotonic() - started
    process.wait(timeout=60)
    return took


def _kill_many(books_folder: Path, base: Path, make_args, kills: int, seed: int) -> list[str]:
    """Kill a worker ``kills`` times; returns each outcome as the book shows it."""
    chance = random.Random(seed)
    trial = books_folder / "calibrate.sqlite"
    shutil.copy(base, trial)
    duration = _calibrate(make_args(trial))
    outcomes = []
    for k in range(kills):
        book = books_folder / f"killed-{k}.sqlite"
        shutil.copy(base, book)
        process = _run(make_args(book))
        _wait_ready(process)
        time.sleep(chance.uniform(0, duration * 1.25))
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=30)
        process.stdout.close()
        process.stderr.close()
        outcomes.append(book)
    return outcomes


def test_a_bulk_issue_killed_at_any_moment_is_whole_or_not_there(books, tmp_path):
    base, _sheet = books
    before = _facts(base)
    assert before["drafts"] == DRAFTS
    killed = _kill_many(tmp_path, base, lambda b: ["issue", str(b)], ISSUE_KILLS, SEED)
    seen = {"none": 0, "all": 0}
    for book in killed:
        after = _facts(book)
        if after["drafts"] == DRAFTS:
            assert after == before, f"seed {SEED}: {book.name} changed without its change"
            seen["none"] += 1
        else:
            assert after["drafts"] == 0, f"seed {SEED}: {book.name} half issued: {after}"
            assert after["numbered"] == DRAFTS
            # one entry per billing issued and one per number assigned
            assert after["events"] == before["events"] + 2 * DRAFTS
            seen["all"] += 1
    # the kills did land inside the transaction, not only before or after it
    assert seen["none"] >= ISSUE_KILLS // 4, seen


def test_an_import_killed_at_any_moment_is_whole_or_not_there(books, tmp_path):
    base, sheet = books
    before = _facts(base)
    killed = _kill_many(
        tmp_path, base, lambda b: ["import", str(b), str(sheet)], IMPORT_KILLS, SEED + 1
    )
    seen = {"none": 0, "all": 0}
    for book in killed:
        after = _facts(book)
        if after["billings"] == before["billings"]:
            assert after == before, f"seed {SEED + 1}: {book.name} changed without its change"
            seen["none"] += 1
        else:
            assert after["billings"] == before["billings"] + IMPORTED, (
                f"seed {SEED + 1}: {book.name} half imported: {after}"
            )
            seen["all"] += 1
    assert seen["none"] >= IMPORT_KILLS // 4, seen

"""Issue 3's speed goals on a big book, each beside a baseline taken in the same run.

    .venv/bin/python bench/scale.py            # builds bench/out/big.sqlite once, then measures
    .venv/bin/python bench/scale.py --rebuild  # builds it again
    .venv/bin/python bench/scale.py --only startup   # one part alone: startup, tab or bulk

The book: 1,000,000 numbers in 200 ranges over five years, 200,000 billings. Goals:
start-to-painted <= 2x a bare PySide6 window; numbers tab first rows, jump to last,
state filter and search each < 100 ms without loading all rows; bulk Generate E-Faktur
No for 10,000 billings <= 3x plain SQL updates of the same rows and < 2 s; peak memory
with the numbers tab shown <= 2x the bare window.
"""

from __future__ import annotations

import argparse
import compileall
import os
import shutil
import statistics
import subprocess
import sys
import time
from datetime import date, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

OUT = ROOT / "bench" / "out"
BIG = OUT / "big.sqlite"
YEARS = 5
RANGES_PER_YEAR = 40
RANGE_SIZE = 5_000  # 5 years x 40 x 5,000 = 1,000,000 numbers
USED_PER_PAST_YEAR = 37_500  # 4 x 37,500 = 150,000 billings in past years
USED_THIS_YEAR = 30_000
WAITING = 10_000  # issued this year, no number yet: the bulk generate's work
DRAFTS = 10_000  # 150k + 30k + 10k + 10k = 200,000 billings
STARTS = 9  # start-up runs of each; the median counts
BULK_RUNS = 5
TAB_RUNS = 3  # the numbers tab is measured this many times; the median counts

# Both children note the wall-clock moment of their window's first paint (an
# application-wide event filter installed before anything else), so "start to window
# painted" is measured the same way for both and process teardown is left out.
PAINT_CLOCK = """
import os, sys, time
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

class FirstPaint(QObject):
    seen = False
    def eventFilter(self, watched, event):
        if (not self.seen and event.type() == QEvent.Type.Paint
                and watched.isWidgetType() and watched.isWindow()):
            self.seen = True
            print("PAINTED", time.time(), flush=True)
        return False

app = QApplication(sys.argv[:1])
first_paint = FirstPaint()
app.installEventFilter(first_paint)
"""

# A bare window of the same size as ours; like --check, it quits after its first paint.
BARE_WINDOW = (
    PAINT_CLOCK
    + """
from PySide6.QtWidgets import QMainWindow, QTableView, QTabWidget

class QuitWhenPainted(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, app.quit)
        return False

window = QMainWindow()
tabs = QTabWidget()
tabs.addTab(QTableView(), "Table")
window.setCentralWidget(tabs)
window.resize(1180, 720)
quit_when_painted = QuitWhenPainted()
window.installEventFilter(quit_when_painted)
window.show()
app.exec()
"""
)

# The program's own start (``efaktur-desk --db BIG --check``), with the paint clock.
OUR_WINDOW = (
    PAINT_CLOCK
    + """
from ui.entry import main
sys.exit(main(sys.argv[1:]))
"""
)

MEASURE_CHILD = """
import resource, subprocess, sys, time
spawned = time.time()
done = subprocess.run(sys.argv[1:], capture_output=True, text=True)
elapsed = time.time() - spawned
painted = float(done.stdout.split("PAINTED")[1].split()[0]) - spawned
maxrss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
print(done.returncode, painted, elapsed, maxrss)
"""


def build(path: Path) -> None:
    from app.book.connection import close_book
    from app.book.models import db
    from app.desk.opening import open_book

    if path.exists():
        path.unlink()
    for extra in (path.with_suffix(".sqlite-wal"), path.with_suffix(".sqlite-shm")):
        extra.unlink(missing_ok=True)
    started = time.perf_counter()
    open_book(path)
    this_year = date.today().year
    first_year = this_year - YEARS + 1
    now = datetime.now().replace(microsecond=0)
    with db.atomic():
        db.execute_sql("INSERT INTO company(name, npwp) VALUES ('PT Besar', '022732101075000')")
        db.cursor().executemany(
            "INSERT INTO customer(name, npwp) VALUES (?, '')",
            [(f"PT Pelanggan {n:04d}",) for n in range(1_000)],
        )
        for year in range(first_year, this_year + 1):
            for k in range(RANGES_PER_YEAR):
                start = 10_000_000 + k * RANGE_SIZE
                cursor = db.execute_sql(
                    "INSERT INTO efaktur_range(year, start_counter, end_counter, grant_date, "
                    "note, created_at) VALUES (?, ?, ?, ?, ?, ?)",
                    (year, start, start + RANGE_SIZE - 1, f"{year}-01-02", f"S-{k}/{year}", now),
                )
                range_id = cursor.lastrowid
                db.cursor().executemany(
                    "INSERT INTO efaktur_number(range_id, year, counter) VALUES (?, ?, ?)",
                    [(range_id, year, c) for c in range(start, start + RANGE_SIZE)],
                )
        rows = []
        serial = 0

        def add(year: int, status: str, with_number: bool, day_of_year: int) -> None:
            nonlocal serial
            serial += 1
            day = date(year, 1, 2) + timedelta(days=day_of_year)
            rows.append(
                (
                    f"INV-{year}-{serial:07d}",
                    1 + serial % 1_000,
                    day.isoformat(),
                    (day + timedelta(days=30)).isoformat(),
                    status,
                    1_000_000,
                    110_000,
                    1_110_000,
                    1_110_000 if status == "paid" else 0,
                    (year, serial) if with_number else None,
                    now,
                )
            )

        for year in range(first_year, this_year):
            for n in range(USED_PER_PAST_YEAR):
                add(year, "paid", True, n * 360 // USED_PER_PAST_YEAR)
        today_index = (date.today() - date(this_year, 1, 2)).days
        for n in range(USED_THIS_YEAR):
            add(this_year, "paid", True, n * max(today_index, 1) // USED_THIS_YEAR)
        for _ in range(WAITING):
            add(this_year, "unpaid", False, max(today_index - 5, 0))
        for _ in range(DRAFTS):
            add(this_year, "draft", False, max(today_index - 1, 0))
        # numbers: the smallest of each year, in order, for the billings that hold one
        next_counter: dict[int, int] = {}
        final = []
        for row in rows:
            held = row[9]
            number_id = None
            if held is not None:
                year = held[0]
                counter = next_counter.get(year, 10_000_000)
                next_counter[year] = counter + 1
                number_id = (year, counter)
            final.append((*row[:9], number_id, row[10]))
        db.cursor().executemany(
            "INSERT INTO billing(invoice_no, customer_id, invoice_date, due_date, status, dpp, "
            "ppn, total, paid_amount, efaktur_number_id, created_at, issued_at) VALUES "
            "(?, ?, ?, ?, ?, ?, ?, ?, ?, "
            "(SELECT id FROM efaktur_number WHERE year = ? AND counter = ?), ?, ?)",
            [
                (*r[:9], *(r[9] or (None, None)), r[10], None if r[4] == "draft" else r[10])
                for r in final
            ],
        )
        db.execute_sql(
            "UPDATE efaktur_number SET state = 'assigned' WHERE id IN "
            "(SELECT efaktur_number_id FROM billing WHERE efaktur_number_id IS NOT NULL)"
        )
    db.execute_sql("ANALYZE")
    numbers = db.execute_sql("SELECT COUNT(*) FROM efaktur_number").fetchone()[0]
    billings = db.execute_sql("SELECT COUNT(*) FROM billing").fetchone()[0]
    close_book()
    print(
        f"built {path.name}: {numbers:,} numbers, {billings:,} billings "
        f"in {time.perf_counter() - started:.1f} s ({path.stat().st_size / 2**20:.0f} MB)"
    )


def _run_measured(argv: list[str]) -> tuple[float, float, int]:
    """Seconds to the first paint, seconds to exit, peak memory in KB."""
    out = subprocess.run(
        [sys.executable, "-c", MEASURE_CHILD, *argv], capture_output=True, text=True, check=True
    ).stdout.split()
    code, painted, elapsed, maxrss_kb = int(out[0]), float(out[1]), float(out[2]), int(out[3])
    if code != 0:
        raise SystemExit(f"{argv} exited {code}")
    return painted, elapsed, maxrss_kb


def startup_and_memory(results: list[tuple[str, float, float, str]]) -> None:
    # An installed copy (pip, the PyInstaller bundle) starts from compiled bytecode; a
    # checkout run with PYTHONDONTWRITEBYTECODE would compile every module on each start.
    compileall.compile_dir(ROOT / "app", quiet=1)
    compileall.compile_dir(ROOT / "ui", quiet=1)
    bare, ours = [], []
    for _ in range(STARTS):  # taken in turns, so a busy moment costs both alike
        bare.append(_run_measured([sys.executable, "-c", BARE_WINDOW]))
        ours.append(_run_measured([sys.executable, "-c", OUR_WINDOW, "--db", str(BIG), "--check"]))
    results.append(
        (
            "start to window painted (s)",
            statistics.median(r[0] for r in ours),
            statistics.median(r[0] for r in bare),
            "<= 2x",
        )
    )
    results.append(
        (
            "  the whole --check run, exit included (s)",
            statistics.median(r[1] for r in ours),
            statistics.median(r[1] for r in bare),
            "(for the record)",
        )
    )
    results.append(
        (
            "peak memory, numbers tab shown (MB)",
            max(r[2] for r in ours) / 1024,
            max(r[2] for r in bare) / 1024,
            "<= 2x",
        )
    )


def numbers_tab(results: list[tuple[str, float, float, str]]) -> None:
    from PySide6.QtWidgets import QApplication

    from app.book.connection import close_book
    from app.desk.opening import open_book
    from ui.numbers_tab import NumbersTab

    app = QApplication.instance() or QApplication([])
    open_book(BIG)
    try:
        started = time.perf_counter()
        tab = NumbersTab()
        tab.resize(1100, 700)
        tab.show()
        app.processEvents()
        model = tab.number_model
        model.index(0, 0).data()
        first = time.perf_counter() - started

        def timed(action) -> float:
            begun = time.perf_counter()
            action()
            app.processEvents()
            return time.perf_counter() - begun

        last_row = model.rowCount() - 1

        def jump_to_last() -> None:
            tab.numbers.scrollToBottom()
            assert model.index(last_row, 0).data() is not None

        jump = timed(jump_to_last)
        held = sum(len(rows) for rows in model._pages.values())
        assigned = tab.state_filter.findData("assigned")
        state = timed(
            lambda: (tab.state_filter.setCurrentIndex(assigned), model.index(0, 0).data())
        )
        year = date.today().year % 100

        def search() -> None:
            tab.state_filter.setCurrentIndex(0)
            tab.search.setText(f"010.000-{year:02d}.10123456")
            tab.search.returnPressed.emit()
            assert model.rowCount() == 1, model.rowCount()

        found = timed(search)
        for label, seconds in [
            ("numbers tab: first rows shown (ms)", first),
            ("numbers tab: jump to the last row (ms)", jump),
            ("numbers tab: state filter (ms)", state),
            ("numbers tab: search (ms)", found),
        ]:
            results.append((label, seconds * 1000, 100.0, "< 100 ms"))
        print(
            f"rows the numbers model held after first rows and jump: {held:,} of {last_row + 1:,}"
        )
        tab.close()
        tab.deleteLater()
        app.processEvents()
    finally:
        close_book()


def _bulk_once() -> tuple[float, float]:
    from app.billings import billing_actions
    from app.book.connection import close_book
    from app.book.models import db
    from app.desk.opening import open_book

    ours, plain = OUT / "bulk-ours.sqlite", OUT / "bulk-plain.sqlite"
    for copy in (ours, plain):
        shutil.copyfile(BIG, copy)
    open_book(plain)
    ids = [
        r[0]
        for r in db.execute_sql(
            "SELECT id FROM billing WHERE status = 'unpaid' AND efaktur_number_id IS NULL "
            "ORDER BY invoice_date, invoice_no, id"
        )
    ]
    numbers = [
        r[0]
        for r in db.execute_sql(
            "SELECT id FROM efaktur_number WHERE state = 'available' AND year = ? "
            "ORDER BY counter LIMIT ?",
            (date.today().year, len(ids)),
        )
    ]
    begun = time.perf_counter()
    with db.atomic("IMMEDIATE"):
        cursor = db.cursor()
        cursor.executemany(
            "UPDATE billing SET efaktur_number_id = ? WHERE id = ?",
            list(zip(numbers, ids, strict=True)),
        )
        cursor.executemany(
            "UPDATE efaktur_number SET state = 'assigned' WHERE id = ?", [(n,) for n in numbers]
        )
    baseline = time.perf_counter() - begun
    close_book()
    open_book(ours)
    begun = time.perf_counter()
    done = billing_actions.generate_efaktur_no(ids)
    measured = time.perf_counter() - begun
    assert len(done) == len(ids) == WAITING
    close_book()
    for copy in (ours, plain):
        copy.unlink()
        for extra in (Path(f"{copy}-wal"), Path(f"{copy}-shm")):
            extra.unlink(missing_ok=True)
    return measured, baseline


def bulk_generate(results: list[tuple[str, float, float, str]]) -> None:
    runs = [_bulk_once() for _ in range(BULK_RUNS)]
    results.append(
        (
            f"bulk Generate E-Faktur No, {WAITING:,} billings (s)",
            statistics.median(m for m, _ in runs),
            statistics.median(b for _, b in runs),
            "<= 3x, < 2 s",
        )
    )


def numbers_tab_runs(results: list[tuple[str, float, float, str]]) -> None:
    tab_runs: list[list[tuple[str, float, float, str]]] = []
    for _ in range(TAB_RUNS):
        tab_runs.append([])
        numbers_tab(tab_runs[-1])
    for measures in zip(*tab_runs, strict=True):
        label, _, base, goal = measures[0]
        results.append((label, statistics.median(m[1] for m in measures), base, goal))


PARTS = {"startup": startup_and_memory, "tab": numbers_tab_runs, "bulk": bulk_generate}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rebuild", action="store_true")
    parser.add_argument(
        "--only", choices=PARTS, action="append", help="measure this part alone (repeatable)"
    )
    args = parser.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    if args.rebuild or not BIG.exists():
        build(BIG)
    results: list[tuple[str, float, float, str]] = []
    for part in args.only or PARTS:
        PARTS[part](results)
    print(f"\n{'measure':<48}{'ours':>10}{'baseline':>10}{'ratio':>8}  goal")
    for label, ours, base, goal in results:
        ratio = ours / base if base else float("inf")
        print(f"{label:<48}{ours:>10.3f}{base:>10.3f}{ratio:>8.2f}  {goal}")


if __name__ == "__main__":
    main()

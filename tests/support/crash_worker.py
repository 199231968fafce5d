"""A program the crash test kills: opens a book, says "ready", then does one big change.

python -m tests.support.crash_worker issue BOOK     # bulk-issue every draft (one transaction)
python -m tests.support.crash_worker import BOOK CSV  # import a spreadsheet (one transaction)
"""

import sys
from pathlib import Path

from app.billings import billing_actions, billing_import
from app.book.connection import close_book
from app.book.models import Billing
from app.desk.opening import open_book


def main(mode: str, book: str, *rest: str) -> None:
    open_book(Path(book))
    if mode == "issue":
        ids = [b.id for b in Billing.select(Billing.id).where(Billing.status == "draft")]
        print("ready", flush=True)
        billing_actions.issue_billings(ids)
    elif mode == "import":
        plan = billing_import.plan_import(Path(rest[0]))
        assert not plan.problems, plan.problems[:3]
        print("ready", flush=True)
        billing_import.apply_import(plan)
    else:
        raise SystemExit(f"unknown mode {mode}")
    print("done", flush=True)
    close_book()


if __name__ == "__main__":
    main(*sys.argv[1:])

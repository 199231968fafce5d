"""What each ``efaktur-desk`` command does; ``app.cli`` parses and dispatches.

Kept apart so that opening the window never imports the command-line services.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path

from app.billings import billing_actions
from app.billings.listing import BillingListing
from app.book.connection import close_book, files_folder, refuse_writing
from app.book.models import Billing, Company
from app.cli.exits import EXIT_FAILED, EXIT_OK, EXIT_REFUSED
from app.common.date_window import outside
from app.common.errors import Refused, refused_lines
from app.common.i18n import count_of
from app.desk.opening import open_book
from app.numbers import channel, threshold
from app.numbers.listing import NumberListing, RangeListing
from app.numbers.number_pool import NoneLeft, expired
from app.numbers.ranges import add_range, describe, read_range
from app.numbers.year_end import leftover_runs, write_leftovers_csv


def _load_demo(path: Path, coretax: bool) -> int:
    if Company.select().exists() or Billing.select().exists():
        raise Refused(f"{path} already holds a book; the demo goes into a new, empty book.")
    if coretax:
        from app.desk.coretax_demo import build_coretax_demo

        build_coretax_demo(files_folder(path))
    else:
        from app.desk.demo import build_demo  # only when asked for: keeps start-up lean

        build_demo(files_folder(path))
    print(f"Demo book written to {path}.")
    return EXIT_OK


def _print_billings(as_json: bool) -> int:
    rows = BillingListing().rows()
    if as_json:
        print(json.dumps([row.as_json() for row in rows], indent=2))
        return EXIT_OK
    for row in rows:
        number = row.shown_number or "-"
        print(f"{row.invoice_no:<22} {row.status.label:<15} {number:<28} {row.customer}")
    return EXIT_OK


def _print_numbers(as_json: bool, status: str | None, year: int | None) -> int:
    rows = NumberListing(state=status, year=year).rows()
    if as_json:
        print(json.dumps([row.as_json() for row in rows], indent=2))
        return EXIT_OK
    for row in rows:
        print(f"{row.number}  {row.state:<10} {row.invoice_no or ''}")
    return EXIT_OK


def _grant_date(text: str | None) -> date | None:
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise Refused(f"Grant date “{text}” is not a date written YYYY-MM-DD.") from exc


def _ranges(args: argparse.Namespace) -> int:
    if args.range_command == "add":
        data = read_range(args.start, args.end, None, _grant_date(args.grant_date), args.note)
        rng = add_range(data)
        print(f"Range {describe(rng)} recorded: {rng.total:,} numbers for {rng.year}.")
        return EXIT_OK
    rows = RangeListing().rows()
    if args.json:
        print(json.dumps([row.as_json() for row in rows], indent=2))
    else:
        for row in rows:
            print(
                f"{row.year}  {row.start} .. {row.end}  total {row.total:,}  "
                f"available {row.available:,}"
            )
    return EXIT_OK


def _billings_named(invoice_nos: list[str]) -> list[Billing]:
    """Each named billing once, in the order named."""
    return billing_actions.find_all_by_invoice_no(invoice_nos)


def _issue(invoice_nos: list[str], without_number: bool) -> int:
    billings = _billings_named(invoice_nos)
    try:
        assigned = billing_actions.issue_billings([b.id for b in billings], without_number)
    except NoneLeft as exc:
        raise Refused(
            f"{exc.message}\nNothing was issued. Add --without-number to issue them without "
            "an E-Faktur No and generate it later (generate-efaktur)."
        ) from exc
    numbers = {a.invoice_no: a.number for a in assigned}
    for billing in billings:
        number = numbers.get(billing.invoice_no)
        if number:
            tail = f" with E-Faktur No {number}"
        elif billing.tax_active and billing.efaktur_number_id is None:
            tail = " without an E-Faktur No (none is left; generate it later)"
        else:
            tail = ""
        print(f"{billing.invoice_no} issued{tail}.")
    _warn_if_running_low()
    return EXIT_OK


def _generate(invoice_nos: list[str], chosen: str | None) -> int:
    billings = _billings_named(invoice_nos)
    for assigned in billing_actions.generate_efaktur_no([b.id for b in billings], chosen):
        print(f"{assigned.invoice_no}: E-Faktur No {assigned.number}")
    _warn_if_running_low()
    return EXIT_OK


def _cancel_efaktur(invoice_nos: list[str]) -> int:
    billings = _billings_named(invoice_nos)
    for released in billing_actions.cancel_efaktur_nos([b.id for b in billings]):
        print(f"Cancel E-Faktur No on {released.invoice_no}: {released.number} is available again.")
    return EXIT_OK


def _leftovers(year: int, out: str | None) -> int:
    if not expired(year):
        raise Refused(f"{year} is not over yet; its unused numbers can still be used.")
    if out:
        count = write_leftovers_csv(year, Path(out))
        print(f"{count:,} unused numbers of {year} written to {out}.")
        return EXIT_OK
    for run in leftover_runs(year):
        print(f"{run}  ({run.count:,})")
    return EXIT_OK


def _export(args: argparse.Namespace, book: Path) -> int:
    from app.efaktur import exports

    out = Path(args.out)
    if args.batch is not None:
        if args.period or args.invoice_nos:
            raise Refused("--batch writes a kept batch as it is; name no billings or period.")
        not_saved = exports.save_again(args.batch, out)
        if not not_saved:
            print(f"Export batch {args.batch} written to {out}, byte for byte as kept.")
        return _saved_or_not(book, args.batch, out, not_saved)
    try:
        done = exports.export_csv(_chosen_ids(args), out, again=args.again)
    except Refused as exc:
        raise Refused(exc.message + _again_hint(args.again, exc.message)) from exc
    _print_left_out(args.again, done.left_out)
    if not done.not_saved:
        print(f"{_fakturs(done.fakturs)} written to {out} (export batch {done.batch_id}).")
    return _saved_or_not(book, done.batch_id, out, done.not_saved)


def _chosen_ids(args: argparse.Namespace) -> list[int]:
    from app.efaktur import exports

    ids: list[int] = []
    if args.period:
        ids += exports.billings_of_period(*exports.month_bounds(args.period))
    ids += [billing_actions.find_by_invoice_no(no).id for no in args.invoice_nos]
    if not ids:
        raise Refused(
            "Name the billings to export (INVOICE_NO...) or a month (--period YYYY-MM)."
            if not args.period
            else f"No billing is dated in {args.period}."
        )
    return list(dict.fromkeys(ids))


def _export_xml(args: argparse.Namespace, book: Path) -> int:
    from app.efaktur import coretax_export

    out = Path(args.out)
    try:
        done = coretax_export.export_xml(_chosen_ids(args), out, again=args.again)
    except Refused as exc:
        raise Refused(exc.message + _again_hint(args.again, exc.message)) from exc
    _print_left_out(args.again, done.left_out)
    if not done.not_saved:
        print(
            f"{_fakturs(done.fakturs)} written to {out} for Coretax (export batch {done.batch_id})."
        )
    return _saved_or_not(book, done.batch_id, out, done.not_saved)


def _fakturs(n: int) -> str:
    return count_of(n, "1 faktur", "{n:,} fakturs")


def _print_left_out(again: bool, left_out: tuple) -> None:
    left = [f"left out {x.invoice_no}: {x.reason}" for x in left_out]
    for line in refused_lines(left).message.splitlines() if left else []:
        print(f"efaktur-desk: {line}", file=sys.stderr)
    if left:
        print(f"efaktur-desk: {_again_hint(again, ' '.join(left)).strip()}", file=sys.stderr)


def _again_hint(again: bool, reasons: str) -> str:
    held_back = "was exported before" in reasons or "went out before" in reasons
    return "\nAdd --again to export those once more." if held_back and not again else ""


def _saved_or_not(book: Path, batch_id: int, out: Path, not_saved: str) -> int:
    if not not_saved:
        return EXIT_OK
    print(
        f"efaktur-desk: export batch {batch_id} is kept in the book, but its file was not "
        f"written: {not_saved}\nefaktur-desk: write it with: efaktur-desk --db {book} "
        f"export-csv --batch {batch_id} --out FILE",
        file=sys.stderr,
    )
    return EXIT_FAILED


def _import_files(args: argparse.Namespace, book: Path) -> int:
    from app.efaktur import efaktur_upload

    matches = efaktur_upload.match_offered(
        efaktur_upload.read_offered([Path(p) for p in args.paths])
    )
    attached = 0
    if any(m.matched for m in matches):
        attached = efaktur_upload.attach_matched(matches, files_folder(book))
    if args.json:
        print(json.dumps([m.as_json() for m in matches], indent=2))
    else:
        for m in matches:
            if m.matched:
                kind = "replacement" if m.replacement else "normal"
                print(f"attached     {m.file}: {m.efaktur_no} ({kind}) -> {m.invoice_no}")
            else:
                label = "needs a look" if m.needs_look else "not matched"
                print(f"{label:<12} {m.file}: {m.reason}")
        print(f"{attached:,} of {len(matches):,} files attached.")
    if not attached:
        print("efaktur-desk: no file matched a billing; nothing was attached", file=sys.stderr)
        return EXIT_REFUSED
    return EXIT_OK


def _verify_history(path: Path) -> int:
    from app.book import history_anchor

    check = history_anchor.verify(path)
    if not check.sound:
        raise Refused(check.text)
    print(check.text)
    return EXIT_OK


def _warn_if_running_low() -> None:
    warning = threshold.warning()
    if warning:
        print(f"efaktur-desk: warning: {warning}", file=sys.stderr)


CREATES_BOOK = ("demo", "company", "import", "channel")  # a first command on a new machine
READS_ONLY = ("billings", "numbers", "leftovers", "history")  # and ``ranges list``


def _writes(args: argparse.Namespace) -> bool:
    if args.command == "coretax":
        return args.coretax_command != "to-do"
    if args.command == "ranges":
        return args.range_command != "list"
    if args.command == "channel":
        return args.channel_command is not None
    return args.command not in READS_ONLY


def _company(args: argparse.Namespace) -> int:
    from app.billings.book_settings import CompanyEntry, save_company
    from app.billings.numbering import current
    from app.billings.parties import show_npwp

    entry = CompanyEntry(args.name, args.npwp, args.address, args.phone, args.pattern, args.tku)
    company = save_company(entry)
    print(f"Company: {company.name}, NPWP {show_npwp(company.npwp)}.")
    if args.tku is not None:
        print(f"ID TKU for Coretax: {company.nitku} (TKU {company.tku}).")
    if args.pattern is not None:
        print(f"Invoice numbers follow {current().text}.")
    return EXIT_OK


def _channel(args: argparse.Namespace) -> int:
    if args.channel_command == "coretax":
        channel.choose(_day(args.from_day, "Coretax date"))
    elif args.channel_command == "desktop":
        channel.choose(None)
    print(channel.current().sentence)
    return EXIT_OK


def _day(text: str, what: str) -> date:
    try:
        day = date.fromisoformat(text.strip())
    except ValueError as exc:
        raise Refused(f"{what} “{text}” is not a date written YYYY-MM-DD.") from exc
    problem = outside(day.year, text.strip())
    if problem:
        raise Refused(f"{what} {problem}")
    return day


def _import_billings(file: str) -> int:
    from app.billings.billing_import import ImportProblems, import_file

    try:
        done = import_file(Path(file))
    except ImportProblems as exc:
        for problem in exc.plan.problems:
            print(f"efaktur-desk: {exc.plan.file_name}: {problem}", file=sys.stderr)
        print(
            f"efaktur-desk: {len(exc.plan.problems):,} problem(s); nothing was imported.",
            file=sys.stderr,
        )
        return EXIT_REFUSED
    print(
        f"{done.billings:,} billings imported as Draft from {Path(file).name} "
        f"({done.new_customers:,} new customers)."
    )
    return EXIT_OK


def _import_coretax(args: argparse.Namespace) -> int:
    from app.efaktur.coretax_import import RECORDED, UNMATCHED, import_coretax_file

    done = import_coretax_file(Path(args.file))
    if args.json:
        print(json.dumps([o.as_json() for o in done.outcomes], indent=2))
        return EXIT_OK
    for o in done.outcomes:
        row = o.as_json()
        what = f"{row['faktur_no'] or '-':<17} {row['coretax_status']:<24}"
        print(f"{o.outcome:<9} row {o.row.row:<5} {what} {o.invoice_no or o.row.reference or '-'}")
        for problem in row["problems"]:
            print(f"          {problem}")
    print(
        f"{done.count(RECORDED):,} recorded, {done.count(UNMATCHED):,} matching no billing, "
        f"of {len(done.outcomes):,} rows in {done.file_name}; "
        f"{len(done.changes):,} billings changed."
    )
    return EXIT_OK


def _coretax(args: argparse.Namespace) -> int:
    from app.efaktur import coretax_requests as requests

    if args.coretax_command == "import":
        return _import_coretax(args)
    if args.coretax_command == "to-do":
        return _coretax_to_do(args.json)
    (billing,) = _billings_named([args.invoice_no])
    if args.coretax_command == "cancel":
        if args.draft_deleted:
            print(requests.record_draft_deleted(billing.id))
        else:
            print(requests.cancel_in_coretax(billing.id, requests.Reason(args.reason)))
        return EXIT_OK
    print(requests.replace_in_coretax(billing.id, requests.Reason(args.reason), args.change).steps)
    return EXIT_OK


def _coretax_to_do(as_json: bool) -> int:
    from app.efaktur.coretax_requests import to_do

    found = to_do()
    if as_json:
        print(json.dumps([t.as_json() for t in found], indent=2))
        return EXIT_OK
    for t in found:
        print(f"{t.kind.value:<13} {t.invoice_no:<20} {t.faktur_no or '-':<17} {t.sentence}")
    print(f"{len(found):,} things to do in Coretax.")
    return EXIT_OK


def run_command(args: argparse.Namespace, path: Path) -> int:
    if args.command not in CREATES_BOOK and not path.exists():
        raise Refused(f"There is no book at {path}.")
    path = open_book(path)
    try:
        if _writes(args):
            refuse_writing()
        if args.command == "demo":
            return _load_demo(path, args.coretax)
        if args.command == "billings":
            return _print_billings(args.json)
        if args.command == "numbers":
            return _print_numbers(args.json, args.status, args.year)
        if args.command == "ranges":
            return _ranges(args)
        if args.command == "leftovers":
            return _leftovers(args.year, args.out)
        if args.command == "issue":
            return _issue(args.invoice_nos, args.without_number)
        if args.command == "generate-efaktur":
            return _generate(args.invoice_nos, args.number)
        if args.command == "files":
            return _import_files(args, path)
        if args.command == "history":
            return _verify_history(path)
        if args.command == "export-csv":
            return _export(args, path)
        if args.command == "export-xml":
            return _export_xml(args, path)
        if args.command == "company":
            return _company(args)
        if args.command == "import":
            return _import_billings(args.file)
        if args.command == "coretax":
            return _coretax(args)
        if args.command == "channel":
            return _channel(args)
        if args.command == "cancel":
            billing = billing_actions.find_by_invoice_no(args.invoice_no)
            billing_actions.cancel_billing(billing.id)
            print(f"{billing.invoice_no} cancelled.")
            return EXIT_OK
        if args.command == "cancel-efaktur":
            return _cancel_efaktur(args.invoice_nos)
        raise AssertionError(args.command)
    finally:
        close_book()

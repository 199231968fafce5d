"""``efaktur-desk``: the window, or the same services from the command line.

Exit status: 0 done; 2 refused or bad input (one line on stderr, nothing changed);
1 unexpected failure.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from app.cli.exits import EXIT_FAILED, EXIT_OK, EXIT_REFUSED
from app.common import paths
from app.common.errors import BookError, Refused
from app.numbers.listing import NUMBER_STATES


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # argparse exits 2 as well, with usage
        self.print_usage(sys.stderr)
        self.exit(EXIT_REFUSED, f"efaktur-desk: {message}\n")


def _year(text: str) -> int:
    """A year on the command line: four ASCII digits within the years a faktur may have."""
    from app.common.date_window import outside

    if not (text.isascii() and text.isdigit() and len(text) == 4):
        raise argparse.ArgumentTypeError(f"{text!r} is not a year (YYYY)")
    problem = outside(int(text), text)
    if problem:
        raise argparse.ArgumentTypeError(problem)
    return int(text)


def _batch(text: str) -> int:
    """An export batch's number: a whole number the book could hold."""
    if not (text.isascii() and text.isdigit()) or not 0 < int(text) < 2**63:
        raise argparse.ArgumentTypeError(f"{text!r} is not an export batch number")
    return int(text)


class _Unsure(Exception):
    """The options alone cannot be read: the whole parser says why, with its usage."""


class _OptionsOnly(_Parser):
    def error(self, message: str) -> None:
        raise _Unsure(message)


def _options_parser(kind: type[_Parser] = _Parser, add_help: bool = True) -> _Parser:
    """The options every start takes, without the commands."""
    parser = kind(
        prog="efaktur-desk",
        description="Keep e-Faktur numbers, billings and e-Faktur files. "
        "With no command, opens the window.",
        add_help=add_help,
    )
    parser.add_argument("--db", metavar="PATH", help="the book to use (default: your data folder)")
    parser.add_argument("--demo", action="store_true", help="open the demo book")
    parser.add_argument(
        "--check", action="store_true", help="open the window, wait until painted, exit 0"
    )
    return parser


def parse(argv: Sequence[str] | None) -> argparse.Namespace:
    """The arguments; the tree of commands is built only when one is named (building it
    is about 17 ms, which the window's start need not pay)."""
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        options, rest = _options_parser(_OptionsOnly, add_help=False).parse_known_args(argv)
    except _Unsure:
        rest = argv
    if rest:
        return build_parser().parse_args(argv)
    options.command = None
    return options


def build_parser() -> argparse.ArgumentParser:
    parser = _options_parser()
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    demo = commands.add_parser("demo", help="load the demo book into the (empty) book")
    demo.add_argument(
        "--coretax", action="store_true", help="the Coretax demo instead of the guide's NSFP one"
    )
    listing = commands.add_parser("billings", help="list billings")
    listing.add_argument("--json", action="store_true", help="print JSON")
    numbers = commands.add_parser("numbers", help="list E-Faktur numbers")
    numbers.add_argument("--json", action="store_true", help="print JSON")
    numbers.add_argument("--status", choices=NUMBER_STATES)
    numbers.add_argument("--year", type=_year, metavar="YYYY")
    cancel = commands.add_parser("cancel", help="cancel a billing")
    cancel.add_argument("invoice_no", metavar="INVOICE_NO")
    cancel_efaktur = commands.add_parser(
        "cancel-efaktur",
        help="Cancel E-Faktur No of cancelled billings (all or none): each is available again",
    )
    cancel_efaktur.add_argument("invoice_nos", nargs="+", metavar="INVOICE_NO")
    ranges = commands.add_parser("ranges", help="E-Faktur No ranges granted by DJP")
    range_commands = ranges.add_subparsers(dest="range_command", metavar="ACTION", required=True)
    add = range_commands.add_parser("add", help="record a range")
    add.add_argument("start", metavar="START")
    add.add_argument("end", metavar="END")
    add.add_argument("--grant-date", metavar="YYYY-MM-DD")
    add.add_argument("--note", default="", metavar="TEXT")
    list_ranges = range_commands.add_parser("list", help="list ranges")
    list_ranges.add_argument("--json", action="store_true", help="print JSON")
    leftovers = commands.add_parser(
        "leftovers", help="a past year's unused (expired) numbers, to delete in e-Faktur"
    )
    leftovers.add_argument("year", type=_year, metavar="YYYY")
    leftovers.add_argument("--out", metavar="FILE", help="write them to a CSV file")
    issue = commands.add_parser("issue", help="issue billings (taxable ones take a number)")
    issue.add_argument("invoice_nos", nargs="+", metavar="INVOICE_NO")
    issue.add_argument(
        "--without-number",
        action="store_true",
        help="when no E-Faktur No is left for a billing's year, issue it without one "
        "(generate it later)",
    )
    generate = commands.add_parser(
        "generate-efaktur", help="give issued billings their E-Faktur No (all or none)"
    )
    generate.add_argument("invoice_nos", nargs="+", metavar="INVOICE_NO")
    generate.add_argument(
        "--number", metavar="EFAKTUR_NO", help="use this available number (one billing only)"
    )
    export = commands.add_parser(
        "export-csv", help="write the e-Faktur CSV for e-Faktur desktop (kept as a batch)"
    )
    export.add_argument("--out", required=True, metavar="FILE", help="the .csv file to write")
    export.add_argument("--period", metavar="YYYY-MM", help="every billing dated in that month")
    export.add_argument(
        "--again",
        action="store_true",
        help="also export billings that were exported before, or whose number went out "
        "on another billing",
    )
    export.add_argument(
        "--batch",
        type=_batch,
        metavar="N",
        help="write export batch N again, byte for byte, as it is kept in the book",
    )
    export.add_argument("invoice_nos", nargs="*", metavar="INVOICE_NO")
    xml = commands.add_parser(
        "export-xml", help="write the XML Coretax imports (kept as a batch; at most 1,000)"
    )
    xml.add_argument("--out", required=True, metavar="FILE", help="the .xml file to write")
    xml.add_argument("--period", metavar="YYYY-MM", help="every billing dated in that month")
    xml.add_argument(
        "--again", action="store_true", help="also export billings exported as XML before"
    )
    xml.add_argument("invoice_nos", nargs="*", metavar="INVOICE_NO")
    files = commands.add_parser("files", help="approved e-Faktur PDFs")
    file_commands = files.add_subparsers(dest="files_command", metavar="ACTION", required=True)
    file_import = file_commands.add_parser(
        "import", help="match a .zip of PDFs or PDFs to their billings and attach them"
    )
    file_import.add_argument("paths", nargs="+", metavar="FILE")
    file_import.add_argument("--json", action="store_true", help="print the report as JSON")
    history = commands.add_parser("history", help="the book's history")
    history_commands = history.add_subparsers(
        dest="history_command", metavar="ACTION", required=True
    )
    history_commands.add_parser(
        "verify", help="check that no entry was forged, rewritten, back-dated or removed"
    )
    company = commands.add_parser("company", help="set the company (the seller on every faktur)")
    company.add_argument("--name", required=True, metavar="NAME")
    company.add_argument("--npwp", required=True, metavar="NPWP", help="15 or 16 digits")
    company.add_argument("--address", required=True, metavar="TEXT")
    company.add_argument("--phone", default="", metavar="TEXT")
    company.add_argument(
        "--tku",
        metavar="SUFFIX",
        help="6-digit place of business for Coretax (000000: head office)",
    )
    company.add_argument(
        "--pattern",
        metavar="TEXT",
        help="invoice numbering, e.g. INV-{yymm}{seq:05} (saved with the company, or neither)",
    )
    way = commands.add_parser(
        "channel", help="print or set which fakturs go through Coretax or e-Faktur desktop"
    )
    way_commands = way.add_subparsers(dest="channel_command", metavar="WAY")
    coretax = way_commands.add_parser(
        "coretax", help="fakturs dated from --from go through Coretax (no E-Faktur No)"
    )
    coretax.add_argument("--from", dest="from_day", required=True, metavar="YYYY-MM-DD")
    way_commands.add_parser("desktop", help="every faktur through e-Faktur desktop (NSFP)")
    coretax_commands = commands.add_parser(
        "coretax", help="what Coretax reports back: its Pajak Keluaran export"
    ).add_subparsers(dest="coretax_command", metavar="ACTION", required=True)
    coretax_import = coretax_commands.add_parser(
        "import",
        help="record each faktur's number, status and amounts from Coretax's Pajak Keluaran "
        "export (.xlsx or .csv); rows matching no billing are listed",
    )
    coretax_import.add_argument("file", metavar="FILE")
    coretax_import.add_argument("--json", action="store_true", help="print the report as JSON")
    to_do = coretax_commands.add_parser(
        "to-do",
        help="what is still to do in Coretax: cancel, replace, delete drafts, upload by the "
        "20th of the next month",
    )
    to_do.add_argument("--json", action="store_true", help="print the list as JSON")
    cancel_in = coretax_commands.add_parser(
        "cancel",
        help="record that a cancelled billing's approved faktur is cancelled in Coretax, "
        "and why (a draft Coretax never approved: --draft-deleted)",
    )
    cancel_in.add_argument("invoice_no", metavar="INVOICE_NO")
    why = cancel_in.add_mutually_exclusive_group(required=True)
    why.add_argument(
        "--reason", choices=["transaction_cancelled", "not_to_be_invoiced", "wrong_buyer_identity"]
    )
    why.add_argument("--draft-deleted", action="store_true", help="its draft was deleted there")
    replace_in = coretax_commands.add_parser(
        "replace", help="record that an approved faktur is replaced in Coretax (Amend)"
    )
    replace_in.add_argument("invoice_no", metavar="INVOICE_NO")
    replace_in.add_argument(
        "--reason",
        required=True,
        choices=["price", "quantity", "description", "wrong_buyer_identity"],
    )
    replace_in.add_argument("--change", required=True, help="what changes, as typed in Coretax")
    billing_import = commands.add_parser(
        "import", help="import billings from a .csv or .xlsx (one row per line; all or none)"
    )
    billing_import.add_argument("file", metavar="FILE")
    return parser


def book_path(args: argparse.Namespace) -> Path:
    if args.db:
        return Path(args.db)
    # the demo never goes into the user's own book, only into the demo book beside it
    demo = args.demo or args.command == "demo"
    return paths.demo_book() if demo else paths.default_book()


OpenWindow = Callable[[argparse.Namespace, Path], int]


def main(argv: Sequence[str] | None = None, open_window: OpenWindow | None = None) -> int:
    """Run the command ``argv`` names; with no command, hand over to ``open_window`` (the
    window, which ``ui.entry`` passes in: the core never imports it)."""
    try:
        args = parse(argv)
    except SystemExit as exc:  # --help (0) or bad arguments (2): report, do not exit
        return exc.code if isinstance(exc.code, int) else EXIT_REFUSED
    try:
        if args.command is None:
            if open_window is None:
                raise Refused("no command given (efaktur-desk --help lists them)")
            return open_window(args, book_path(args))
        if not args.db:
            paths.require_data_dir()
        from app.cli.commands import run_command

        return run_command(args, book_path(args))
    except (Refused, BookError) as exc:
        print(f"efaktur-desk: {exc}", file=sys.stderr)
        return EXIT_REFUSED
    except KeyboardInterrupt:
        return EXIT_FAILED
    except BrokenPipeError:  # the reader stopped reading (``| head``): it has what it wanted
        _drop_stdout()
        return EXIT_OK
    except Exception as exc:  # the last line of defence: one line, never a traceback
        from app.book.trouble import known_trouble

        plain = known_trouble(exc)
        if plain is not None:
            print(f"efaktur-desk: {plain}", file=sys.stderr)
            return EXIT_REFUSED
        print(f"efaktur-desk: unexpected error: {type(exc).__name__}: {exc}", file=sys.stderr)
        return EXIT_FAILED


def _drop_stdout() -> None:
    """Send what is left of stdout nowhere, so flushing it at exit cannot fail again."""
    with contextlib.suppress(OSError, ValueError, AttributeError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())

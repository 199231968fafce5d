"""Invoice numbers from the company's pattern, e.g. ``INV-FPY-{yymm}{seq:05}``.

The sequence restarts whenever the text around it changes (a new month, with
``{yymm}``), and continues after the highest number already used with that text.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date

from app.book import history
from app.book.dialect import writing
from app.book.models import Billing, Setting, db
from app.common import clock
from app.common.errors import Refused
from app.common.i18n import QT_TR_NOOP, tr

DEFAULT_PATTERN = "INV-FPY-{yymm}{seq:05}"
_KEY = "invoice.pattern"
_DATE_TOKENS = {
    "yyyy": "%Y",
    "yy": "%y",
    "mm": "%m",
    "dd": "%d",
    "yymm": "%y%m",
    "yyyymm": "%Y%m",
}
_TOKEN = re.compile(r"\{([a-z]+)(?::0?(\d{1,2}))?\}")
MAX_INVOICE_NO = 40  # characters
HELP = QT_TR_NOOP(
    "Use {seq} or {seq:05} (5 digits) once for the running number, and optionally "
    "{yyyy}, {yy}, {mm}, {dd}, {yymm} or {yyyymm} for the invoice date."
)


@dataclass(frozen=True)
class Pattern:
    text: str

    def parts(self, on: date) -> tuple[str, int, str]:
        """The text before the running number, its width, and the text after it."""
        before, width, after, seen = "", 0, "", False
        position = 0
        for match in _TOKEN.finditer(self.text):
            literal = self.text[position : match.start()]
            name, digits = match.group(1), match.group(2)
            if name == "seq":
                before += literal
                width, seen = int(digits or 0), True
            else:
                rendered = literal + on.strftime(_DATE_TOKENS[name])
                if seen:
                    after += rendered
                else:
                    before += rendered
            position = match.end()
        if seen:
            after += self.text[position:]
        else:
            before += self.text[position:]
        return before, width, after

    def render(self, on: date, seq: int) -> str:
        before, width, after = self.parts(on)
        return f"{before}{seq:0{width}d}{after}"


def invoice_no_problem(text: str) -> str | None:
    """Why ``text`` cannot be an invoice number, or None.

    The invoice number is the faktur's REFERENSI, and e-Faktur keeps only printable
    ASCII of it: anything else would be dropped (``ФАКТУРА/2026/0001`` and
    ``СЧЁТ/2026/0001`` would both become ``/2026/0001``). So an invoice number is what the
    DJP file carries unchanged: printable ASCII, no backslash (the file's escape), no two
    spaces in a row, at most 40 characters."""
    if len(text) > MAX_INVOICE_NO:
        return tr("is {length} characters long; an invoice number has at most {limit}").format(
            length=len(text), limit=MAX_INVOICE_NO
        )
    for char in text:
        if char == "\\":
            return tr("holds a backslash (the e-Faktur file turns it into /); write / instead")
        if not " " <= char <= "~":
            code = f"U+{ord(char):04X}"
            shown = (
                tr("an invisible character ({code})").format(code=code)
                if unicodedata.category(char)[0] in "CZ"
                else f"“{char}” ({code})"
            )
            return tr(
                "holds {shown}; an invoice number is written with plain letters A-Z, "
                "digits, spaces and punctuation, since e-Faktur drops anything else and "
                "two invoice numbers could become one"
            ).format(shown=shown)
    if "  " in text:
        return tr("has two spaces in a row (the e-Faktur file makes them one)")
    return None


def read_invoice_no(text: str) -> str:
    """The invoice number as typed (without surrounding spaces), or Refused saying why not."""
    text = text.strip()
    if not text:
        raise Refused(tr("Enter the invoice number."))
    problem = invoice_no_problem(text)
    if problem:
        shown = text if len(text) <= 44 else text[:43] + "…"
        raise Refused(tr("Invoice number “{text}” {problem}.").format(text=shown, problem=problem))
    return text


def read_pattern(text: str) -> Pattern:
    """A valid pattern, or Refused saying what is wrong with it."""
    text = text.strip()
    if not text:
        raise Refused(tr("Enter an invoice number pattern. {HELP}").format(HELP=tr(HELP)))
    names = [m.group(1) for m in _TOKEN.finditer(text)]
    unknown = [n for n in names if n != "seq" and n not in _DATE_TOKENS]
    if unknown:
        raise Refused(
            tr("The pattern has an unknown part {{{value}}}. {HELP}").format(
                value=unknown[0], HELP=tr(HELP)
            )
        )
    if names.count("seq") != 1:
        raise Refused(
            tr("The pattern needs the running number {{seq}} exactly once. {HELP}").format(
                HELP=tr(HELP)
            )
        )
    leftover = _TOKEN.sub("", text)
    if "{" in leftover or "}" in leftover:
        raise Refused(
            tr("The pattern has a brace that is not part of {{…}}. {HELP}").format(HELP=tr(HELP))
        )
    if len(text) > 60:
        raise Refused(tr("An invoice number pattern is at most 60 characters."))
    pattern = Pattern(text)
    _, width, _ = pattern.parts(clock.today())
    # the first number, then the running number as a busy month makes it (six digits
    # when the pattern sets no width)
    for seq in (1, 10 ** max(width, 6) - 1):
        sample = pattern.render(clock.today(), seq)
        problem = invoice_no_problem(sample)
        if problem:
            shown = sample if len(sample) <= 44 else sample[:43] + "…"
            raise Refused(
                tr("The pattern gives invoice numbers like “{sample}”, which {problem}.").format(
                    sample=shown, problem=problem
                )
            )
    return pattern


def current() -> Pattern:
    row = Setting.get_or_none(Setting.key == _KEY)
    return Pattern(row.value) if row else Pattern(DEFAULT_PATTERN)


def save(text: str) -> Pattern:
    pattern = read_pattern(text)
    with writing():
        before = current()
        if before == pattern:
            return pattern  # nothing to save, nothing for the history
        Setting.insert(key=_KEY, value=pattern.text).on_conflict_replace().execute()
        history.record(
            "setting",
            0,
            "invoice_pattern_saved",
            history.said(QT_TR_NOOP("Invoice numbers follow {pattern}"), pattern=pattern.text),
            before={"pattern": before.text},
            after={"pattern": pattern.text},
        )
    return pattern


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def next_invoice_no(on: date, pattern: Pattern | None = None) -> str:
    """The next free invoice number for a billing dated ``on``."""
    pattern = pattern or current()
    before, _, after = pattern.parts(on)
    rows = db.execute_sql(
        "SELECT invoice_no FROM billing WHERE invoice_no LIKE ? ESCAPE '\\'",
        [f"{_escape_like(before)}%{_escape_like(after)}"],
    ).fetchall()
    highest = 0
    for (invoice_no,) in rows:
        middle = invoice_no[len(before) : len(invoice_no) - len(after) or None]
        if (
            invoice_no.startswith(before)
            and invoice_no.endswith(after)
            and middle.isdigit()
            and middle.isascii()
        ):
            highest = max(highest, int(middle))
    candidate = pattern.render(on, highest + 1)
    while Billing.select().where(Billing.invoice_no == candidate).exists():  # case differs
        highest += 1
        candidate = pattern.render(on, highest + 1)
    return candidate

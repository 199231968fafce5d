"""Errors the core raises toward the user."""

from app.common.i18n import tr


class Refused(Exception):
    """An action or input the rules do not allow; the message is for the user.

    Nothing has been changed when this is raised: services raise it before they
    write, or from inside the transaction that is then rolled back.
    """

    @property
    def message(self) -> str:
        return str(self.args[0]) if self.args else "Not allowed."


class BookError(Exception):
    """The book file itself cannot be used (not SQLite, newer version, locked...)."""


SHOWN_REFUSALS = 20  # a bulk refusal names this many billings, then counts the rest


def refused_lines(lines: list[str], head: str = "") -> Refused:
    """One refusal naming each line once (in the order given), the first
    ``SHOWN_REFUSALS`` of them and how many more; ``head`` goes first."""
    unique = list(dict.fromkeys(lines))
    shown = unique[:SHOWN_REFUSALS]
    if len(unique) > SHOWN_REFUSALS:
        shown.append(tr("and {more:,} more").format(more=len(unique) - SHOWN_REFUSALS))
    return Refused("\n".join([head, *shown] if head else shown))

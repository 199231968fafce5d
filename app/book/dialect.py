"""The seam between the domains and the SQL engine.

The book is SQLite today. What only SQLite says is kept here (and, for the schema, in
``migrations``: triggers, partial indexes; for the connection, in ``connection``:
PRAGMAs), so that a second engine (PostgreSQL, for several desks on one book) is one
more set of these answers and one more migration ladder, not a rewrite of the domains.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import AbstractContextManager
from typing import TypeVar

from app.book.database import db

# the most parameters one statement may carry (SQLite's default limit is 999)
MOST_PARAMETERS = 900

T = TypeVar("T")


def writing() -> AbstractContextManager:
    """A transaction that reads and then writes: it holds the book's write lock from its
    first statement (SQLite's ``BEGIN IMMEDIATE``), so what it read cannot change under
    it and two writers queue instead of failing halfway."""
    return db.atomic("IMMEDIATE")


def in_chunks(values: Sequence[T]) -> Iterator[Sequence[T]]:
    """``values`` in pieces small enough for one statement's ``IN (…)``."""
    for start in range(0, len(values), MOST_PARAMETERS):
        yield values[start : start + MOST_PARAMETERS]


def placeholders(count: int) -> str:
    """``?, ?, ?`` for ``count`` parameters of a raw statement."""
    return ", ".join("?" * count)


def month_of(column: str) -> str:
    """The month (1 to 12) of a date column, as an integer."""
    return f"CAST(strftime('%m', {column}) AS INTEGER)"


def ignoring_case(column: str) -> str:
    """``column`` compared and sorted without regard to letter case."""
    return f"{column} COLLATE NOCASE"


def json_entry(pairs: str) -> str:
    """A JSON object built in SQL from ``'key', value, ...`` pairs."""
    return f"json_object({pairs})"

"""Read-only listings for the tables and the command line.

Each listing counts its rows and returns a window of them; filtering and sorting are
SQL, so a table never loads a whole book into Python.
"""

from __future__ import annotations

from typing import Any, Generic, TypeVar

from app.book.database import db
from app.book.dialect import in_chunks, placeholders

RowT = TypeVar("RowT")


def _top_level_items(sql: str) -> list[str]:
    """Split ``a, coalesce(b, c)`` at the commas outside parentheses."""
    items, depth, current = [], 0, ""
    for char in sql:
        depth += {"(": 1, ")": -1}.get(char, 0)
        if char == "," and depth == 0:
            items.append(current)
            current = ""
        else:
            current += char
    return [item.strip() for item in [*items, current]]


class Listing(Generic[RowT]):
    """A filtered, sortable query: ``count()`` and ``rows(offset, limit)``."""

    select_sql: str = ""
    from_sql: str = ""
    count_from_sql: str = ""  # a lighter FROM for counting and paging, when filters allow
    key_sql: str = ""  # the lean table's key, joined back to ``from_sql``
    sort_columns: dict[str, str] = {}
    default_sort: str = ""
    tiebreak: str = "1"

    def __init__(self) -> None:
        self.select_params: list[Any] = []  # parameters of select_sql, if it has any
        self.where: list[str] = []
        self.params: list[Any] = []
        self.sort = self.default_sort
        self.descending = False

    def sort_by(self, key: str, descending: bool = False) -> None:
        if key not in self.sort_columns:
            raise ValueError(f"cannot sort by {key!r}")
        self.sort, self.descending = key, descending

    def _where_sql(self) -> str:
        return f" WHERE {' AND '.join(self.where)}" if self.where else ""

    def count(self) -> int:
        sql = f"SELECT COUNT(*) FROM {self.count_from_sql or self.from_sql}{self._where_sql()}"
        return int(db.execute_sql(sql, self.params).fetchone()[0])

    def _order_sql(self, descending: bool) -> str:
        direction = "DESC" if descending else "ASC"
        columns = [*_top_level_items(self.sort_columns[self.sort]), self.tiebreak]
        return ", ".join(f"{c.strip()} {direction}" for c in columns)

    def rows(self, offset: int = 0, limit: int = -1, total: int | None = None) -> list[RowT]:
        """Rows ``offset``.. in the chosen order. Given the ``total``, a window in the far
        half is read in reverse from the end, so the last rows cost what the first do."""
        descending = self.descending
        reverse = total is not None and limit > 0 and offset > total // 2
        if reverse:
            assert total is not None
            limit = min(limit, total - offset)
            offset = max(0, total - offset - limit)
            descending = not descending
        order = self._order_sql(descending)
        if self.count_from_sql and self.key_sql:
            # page over the lean table (an index walk), then join only the window's rows
            sql = (
                f"SELECT {self.select_sql} FROM {self.from_sql} WHERE {self.key_sql} IN ("
                f"SELECT {self.key_sql} FROM {self.count_from_sql}{self._where_sql()} "
                f"ORDER BY {order} LIMIT ? OFFSET ?) ORDER BY {order}"
            )
        else:
            sql = (
                f"SELECT {self.select_sql} FROM {self.from_sql}{self._where_sql()} "
                f"ORDER BY {order} LIMIT ? OFFSET ?"
            )
        cursor = db.execute_sql(sql, [*self.select_params, *self.params, limit, offset])
        found = [self.make_row(values) for values in cursor.fetchall()]
        return found[::-1] if reverse else found

    def position_of(self, key: Any) -> int | None:
        """Where the row whose ``tiebreak`` (its id) is ``key`` stands in the chosen
        order, or None when the filters leave it out: one query, however long the list."""
        return self.positions_of([key]).get(key)

    def positions_of(self, keys: list[Any]) -> dict[Any, int]:
        """``position_of`` for many keys at once (a query per 900 of them); keys the
        filters leave out are missing from the answer."""
        found: dict[Any, int] = {}
        for chunk in in_chunks(keys):
            sql = (
                f"SELECT k, pos FROM (SELECT {self.tiebreak} AS k, "
                f"ROW_NUMBER() OVER (ORDER BY {self._order_sql(self.descending)}) - 1 AS pos "
                f"FROM {self.from_sql}{self._where_sql()}) "
                f"WHERE k IN ({placeholders(len(chunk))})"
            )
            found.update(db.execute_sql(sql, [*self.params, *chunk]).fetchall())
        return found

    def make_row(self, values: tuple) -> RowT:
        raise NotImplementedError

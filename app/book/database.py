"""The one connection object of the book, and the few settings read before the models.

``models`` builds on ``db``; the start-up path (connection, dialect, listings, the
settings the first paint shows) needs only this module, so the window paints before
the peewee models are defined.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence

import peewee

db = peewee.SqliteDatabase(None)


@db.func("sha256_hex", 1, deterministic=True)
def sha256_hex(text: str | None) -> str | None:
    """SQLite has no SHA-256 of its own; the history's hashes are built with this one."""
    return None if text is None else hashlib.sha256(text.encode()).hexdigest()


def setting_values(keys: Sequence[str]) -> dict[str, str]:
    """The stored settings among ``keys`` (a key never set is absent), in one query."""
    marks = ", ".join("?" * len(keys))
    cursor = db.execute_sql(f"SELECT key, value FROM setting WHERE key IN ({marks})", list(keys))
    return dict(cursor.fetchall())


def setting_value(key: str) -> str | None:
    return setting_values([key]).get(key)

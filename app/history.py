"""The event history: every change to a number, range, billing or file."""

from __future__ import annotations

import json
from typing import Any

from app import clock
from app.models import Event, db


def _json(value: dict[str, Any] | str | None) -> str | None:
    """JSON text of ``value``; a str is taken as JSON already (bulk callers build it)."""
    if value is None or isinstance(value, str):
        return value
    return json.dumps(value, default=str, sort_keys=True)


def record(
    entity: str,
    entity_id: int,
    action: str,
    summary: str,
    *,
    billing_id: int | None = None,
    number_id: int | None = None,
    reason: str = "",
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
) -> Event:
    """Append one entry; call inside the transaction that makes the change."""
    return Event.create(
        at=clock.now(),
        entity=entity,
        entity_id=entity_id,
        billing_id=billing_id,
        number_id=number_id,
        action=action,
        summary=summary,
        reason=reason,
        before=_json(before),
        after=_json(after),
    )


def record_many(entries: list[dict[str, Any]]) -> None:
    """Append many entries at once (bulk actions); same keys as ``record``'s arguments.

    Plain ``executemany``: building peewee's INSERT for 10,000 rows costs more than
    writing them.
    """
    at = str(clock.now())
    db.cursor().executemany(
        "INSERT INTO event(at, entity, entity_id, billing_id, number_id, action, summary, "
        "reason, before, after) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (
                at,
                e["entity"],
                e["entity_id"],
                e.get("billing_id"),
                e.get("number_id"),
                e["action"],
                e["summary"],
                e.get("reason", ""),
                _json(e.get("before")),
                _json(e.get("after")),
            )
            for e in entries
        ],
    )


def for_billing(billing_id: int) -> list[Event]:
    return list(Event.select().where(Event.billing_id == billing_id).order_by(Event.id))


def for_number(number_id: int) -> list[Event]:
    return list(Event.select().where(Event.number_id == number_id).order_by(Event.id))

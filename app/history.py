"""The event history: every change to a number, range, billing or file."""

from __future__ import annotations

import json
from typing import Any

from app import clock
from app.models import Event


def _json(value: dict[str, Any] | None) -> str | None:
    return None if value is None else json.dumps(value, default=str, sort_keys=True)


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
    """Append many entries at once (bulk actions); same keys as ``record``'s arguments."""
    at = clock.now()
    rows = [
        {
            "at": at,
            "entity": e["entity"],
            "entity_id": e["entity_id"],
            "billing_id": e.get("billing_id"),
            "number_id": e.get("number_id"),
            "action": e["action"],
            "summary": e["summary"],
            "reason": e.get("reason", ""),
            "before": _json(e.get("before")),
            "after": _json(e.get("after")),
        }
        for e in entries
    ]
    for start in range(0, len(rows), 500):
        Event.insert_many(rows[start : start + 500]).execute()


def for_billing(billing_id: int) -> list[Event]:
    return list(Event.select().where(Event.billing_id == billing_id).order_by(Event.id))


def for_number(number_id: int) -> list[Event]:
    return list(Event.select().where(Event.number_id == number_id).order_by(Event.id))

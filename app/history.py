"""The event history: every change to a number, range, billing or file."""

from __future__ import annotations

import json
from typing import Any

from app import clock
from app.models import Event


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
        before=None if before is None else json.dumps(before, default=str, sort_keys=True),
        after=None if after is None else json.dumps(after, default=str, sort_keys=True),
    )


def for_billing(billing_id: int) -> list[Event]:
    return list(Event.select().where(Event.billing_id == billing_id).order_by(Event.id))


def for_number(number_id: int) -> list[Event]:
    return list(Event.select().where(Event.number_id == number_id).order_by(Event.id))

"""The states a billing and a number are stored in: the values in the book's columns."""

from __future__ import annotations

from enum import StrEnum


class Status(StrEnum):
    DRAFT = "draft"
    PROFORMA = "proforma"
    UNPAID = "unpaid"
    PARTIALLY_PAID = "partially_paid"
    PAID = "paid"
    OVERDUE = "overdue"
    CANCELLED = "cancelled"

    @property
    def label(self) -> str:
        return STATUS_LABELS[self]


STATUS_LABELS = {
    Status.DRAFT: "Draft",
    Status.PROFORMA: "Proforma",
    Status.UNPAID: "Unpaid",
    Status.PARTIALLY_PAID: "Partially Paid",
    Status.PAID: "Paid",
    Status.OVERDUE: "Overdue",
    Status.CANCELLED: "Cancelled",
}


class NumberState(StrEnum):
    """An E-Faktur No as stored; "expired" is worked out (an available number of a past
    year), never stored."""

    AVAILABLE = "available"
    ASSIGNED = "assigned"
    UPLOADED = "uploaded"


EXPIRED = "expired"  # shown for an available number whose year is over

"""The states a billing and a number are stored in: the values in the book's columns."""

from __future__ import annotations

from enum import StrEnum

from app.common.i18n import QT_TR_NOOP


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


class CoretaxStatus(StrEnum):
    """A faktur's state in Coretax, as the book records it from the Pajak Keluaran
    export; "not_exported" and "exported" are worked out for a billing Coretax has not
    reported yet, never stored."""

    NOT_EXPORTED = "not_exported"
    EXPORTED = "exported"
    NEEDS_REVIEW = "needs_review"
    CREATED = "created"
    REJECTED = "rejected"
    WAITING_FOR_AMENDMENT = "waiting_for_amendment"  # a replacement, until the buyer agrees
    APPROVED = "approved"
    AMENDED = "amended"
    WAITING_FOR_CANCELLATION = "waiting_for_cancellation"
    CANCELED = "canceled"

    @property
    def rank(self) -> int:
        """How far along: a row of a lower rank never replaces a higher one (for one
        number; a replacement's number outranks its original whatever the status)."""
        return _CORETAX_ORDER.index(self)

    @property
    def label(self) -> str:
        return CORETAX_STATUS_LABELS[self]


_CORETAX_ORDER = list(CoretaxStatus)
CORETAX_STATUS_LABELS = {
    CoretaxStatus.NOT_EXPORTED: QT_TR_NOOP("Not Exported"),
    CoretaxStatus.EXPORTED: QT_TR_NOOP("Exported"),
    CoretaxStatus.NEEDS_REVIEW: QT_TR_NOOP("Needs Review"),
    CoretaxStatus.CREATED: QT_TR_NOOP("Created"),
    CoretaxStatus.REJECTED: QT_TR_NOOP("Rejected"),
    CoretaxStatus.APPROVED: QT_TR_NOOP("Approved"),
    CoretaxStatus.WAITING_FOR_AMENDMENT: QT_TR_NOOP("Waiting for Amendment"),
    CoretaxStatus.AMENDED: QT_TR_NOOP("Amended"),
    CoretaxStatus.WAITING_FOR_CANCELLATION: QT_TR_NOOP("Waiting for Cancellation"),
    CoretaxStatus.CANCELED: QT_TR_NOOP("Canceled"),
}

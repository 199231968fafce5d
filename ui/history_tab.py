"""The History tab: every change to the books, newest first, with filters. Read-only: the
program offers no way to edit it, and SQLite's triggers refuse any attempt."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.book.history import (
    KINDS,
    EventListing,
    EventRow,
    field_label,
    line_changes,
    shown_value,
)
from ui.dates import PeriodPicker
from ui.formatting import event_text, timestamp
from ui.i18n import QT_TR_NOOP, count_of, tr
from ui.table_model import Column, ListingModel
from ui.tables import make_table, search_box
from ui.window_tab import LoadsWhenShown

HISTORY_COLUMNS: list[Column[EventRow]] = [
    Column(QT_TR_NOOP("When"), lambda r: timestamp(r.at), "at"),
    Column(QT_TR_NOOP("About"), lambda r: tr(r.entity_label), "entity"),
    Column(  # not sortable: shown in the window's language, kept in English
        QT_TR_NOOP("What happened"),
        lambda r: event_text(r.summary, r.message),
        tooltip=lambda r: event_text(r.summary, r.message),
    ),
    Column(QT_TR_NOOP("Why"), lambda r: r.reason),
    Column(
        QT_TR_NOOP("Changed"), lambda r: r.changes_text(), tooltip=lambda r: r.changes_text(200)
    ),
]


def event_details(row: EventRow) -> str:
    """The whole entry as the details pane shows it."""
    lines = [f"{timestamp(row.at)} · {tr(row.entity_label)}", event_text(row.summary, row.message)]
    if row.reason:
        lines.append(tr("Why: {reason}").format(reason=row.reason))
    if row.before is not None and row.after is not None and row.changes:
        lines.append("")
        lines.append(tr("Changed:"))
        for key, old, new in row.changes:
            in_lines = line_changes(old, new)  # a billing's lines: line by line, field by field
            if in_lines:
                lines.extend(f"  {change}" for change in in_lines)
                continue
            lines.append(
                f"  {tr(field_label(key))}: {shown_value(old, key)} → {shown_value(new, key)}"
            )
    else:
        for title, values in ((tr("Before"), row.before), (tr("After"), row.after)):
            if values:
                lines.append("")
                lines.append(f"{title}:")
                lines.extend(
                    f"  {tr(field_label(key))}: {shown_value(value, key)}"
                    for key, value in values.items()
                )
    return "\n".join(lines)


class HistoryTab(LoadsWhenShown):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind_filter = QComboBox()
        self.kind_filter.setObjectName("historyKind")
        self.kind_filter.setAccessibleName(tr("About"))
        self.kind_filter.addItem(tr("Everything"), None)
        for key, (label, _sql) in KINDS.items():
            self.kind_filter.addItem(tr(label), key)
        self.kind_filter.currentIndexChanged.connect(self.refresh)
        self.period_picker = PeriodPicker("history")
        self.period_picker.changed.connect(self.refresh)
        self.search = search_box("historySearch", tr("Search what happened and why"))
        self.search.textChanged.connect(self.refresh)
        self.model = ListingModel(EventListing, HISTORY_COLUMNS, self, load=False)
        self.table = make_table("historyTable", self.model, (0, True))
        self.table.selectionModel().currentChanged.connect(self._show_details)
        self.details = QPlainTextEdit()
        self.details.setObjectName("historyDetails")
        self.details.setAccessibleName(tr("The chosen entry in full"))
        self.details.setReadOnly(True)
        self.details.setPlaceholderText(tr("Choose an entry to see it in full."))
        self.count_label = QLabel()
        self.count_label.setObjectName("historyCount")

        bar = QHBoxLayout()
        bar.addWidget(QLabel(tr("<b>History</b> of every change, kept by the book")))
        bar.addStretch(1)
        bar.addWidget(QLabel(tr("About")))
        bar.addWidget(self.kind_filter)
        bar.addWidget(self.period_picker)
        bar.addWidget(self.search, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setObjectName("historySplitter")
        splitter.addWidget(self.table)
        splitter.addWidget(self.details)
        splitter.setSizes([480, 120])
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.count_label)

    def listing(self) -> EventListing:
        start, end = self.period_picker.bounds()
        return EventListing(self.kind_filter.currentData(), self.search.text(), start, end)

    def refresh(self, *_: object) -> None:
        first = not self.fitted
        super().refresh()
        if first:  # room for Why and Changed beside a long summary
            column = [c.title for c in HISTORY_COLUMNS].index("What happened")
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), 520))

    def load(self) -> None:
        self.model.reload(self.listing)
        n = self.model.rowCount()
        self.count_label.setText(count_of(n, QT_TR_NOOP("1 entry"), QT_TR_NOOP("{n:,} entries")))
        self.details.clear()

    def _show_details(self, *_: object) -> None:
        row = self.model.current(self.table)
        self.details.setPlainText(event_details(row) if row is not None else "")

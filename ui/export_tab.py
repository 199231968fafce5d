"""The Export tab: a period's billings, and the file that takes them to DJP: the CSV that
e-Faktur desktop imports, or the XML that Coretax imports, by the billings' way of working
(the book's Coretax date). The list shows one format's billings at a time, so one export
is one kind of file for one program."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.billings.parties import real_npwp, show_npwp
from app.common.errors import Refused
from app.efaktur import coretax_export, exports
from app.efaktur.coretax_import import shown_mismatch
from app.efaktur.listing import CSV, XML, ExportListing, ExportRow
from app.numbers import channel
from ui import interaction
from ui.dates import date_box, to_date, to_qdate
from ui.formatting import (
    STATUS_COLOURS,
    coretax_colour,
    coretax_number_tip,
    coretax_text,
    day,
    timestamp,
)
from ui.i18n import QT_TR_NOOP, count_of, tr
from ui.main_actions import EXPORT_BUTTONS, Chosen, MainAction
from ui.table_model import Column, ListingModel
from ui.tables import add_action_buttons, fit_columns, make_table, search_box
from ui.window_tab import WindowTab


def _export_status(row: ExportRow) -> str:
    if row.coretax_status is not None:  # what Coretax reported outranks "Exported"
        return coretax_text(row.coretax_status, row.coretax_mismatch)
    if row.uploaded:
        return tr("Uploaded")
    return tr("Exported") if row.exported else tr("Not Exported")


def _buyer_id(row: ExportRow) -> str:
    """The NPWP, else the NIK, else (for Coretax) the passport or other ID."""
    if real_npwp(row.npwp):
        return show_npwp(row.npwp)
    return row.nik or (row.id_number if row.to_coretax else "")


def _buyer_id_kind(row: ExportRow) -> str:
    if real_npwp(row.npwp) or not _buyer_id(row):
        return ""
    if row.nik:
        return tr("NIK (no NPWP)")
    return tr("{id_type} for Coretax (no NPWP)").format(id_type=row.id_type)


EXPORT_COLUMNS: list[Column[ExportRow]] = [
    Column(
        QT_TR_NOOP("E-Faktur No"),
        lambda r: r.efaktur_no or r.faktur_no or (tr("(Not Set)") if r.awaits_number else ""),
        "efaktur_no",
        colour=lambda r: "#b45309" if r.awaits_number else None,
        tooltip=lambda r: (
            tr("Issued when no E-Faktur No was left: generate it before exporting")
            if r.awaits_number
            else coretax_number_tip(r.faktur_no)
        ),
    ),
    Column(QT_TR_NOOP("Invoice No"), lambda r: r.invoice_no, "invoice_no"),
    Column(
        QT_TR_NOOP("Invoice Date"),
        lambda r: day(r.invoice_date),
        "invoice_date",
        tooltip=lambda r: tr("Due {due_date}").format(due_date=day(r.due_date)),
    ),
    Column(
        QT_TR_NOOP("Customer Name"), lambda r: r.customer, "customer", tooltip=lambda r: r.customer
    ),
    Column(
        QT_TR_NOOP("NPWP Name"), lambda r: r.npwp_name, "npwp_name", tooltip=lambda r: r.npwp_name
    ),
    Column(
        QT_TR_NOOP("NPWP / NIK"),
        _buyer_id,
        "npwp",
        colour=lambda r: None if real_npwp(r.npwp) else "#6b7280",  # a NIK is grey
        tooltip=_buyer_id_kind,
    ),
    Column(
        QT_TR_NOOP("Invoice Status"),
        lambda r: tr(r.status.label),
        "status",
        colour=lambda r: STATUS_COLOURS[r.status],
    ),
    Column(
        QT_TR_NOOP("Export Status"),
        _export_status,
        "exported",
        colour=lambda r: (
            coretax_colour(r.coretax_status, r.coretax_mismatch)
            or ("#15803d" if r.exported or r.uploaded else "#b45309")
        ),
        tooltip=lambda r: "\n".join(
            t
            for t in (
                tr("Last exported {exported_at}").format(exported_at=timestamp(r.exported_at))
                if r.exported_at
                else "",
                shown_mismatch(r.coretax_mismatch),
            )
            if t
        ),
    ),
]


NAME_COLUMNS = (3, 4)  # Customer Name, NPWP Name
NPWP_COLUMN = 5


class ExportTab(WindowTab):
    """Pick a month (or dates) and a format, select billings, export them to one file
    (or, past Coretax's 1,000 fakturs, numbered files)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.format = QComboBox()
        self.format.setObjectName("exportFormat")
        self.format.setAccessibleName(tr("Format"))
        self.format.addItem(tr("e-Faktur desktop (CSV)"), CSV)
        self.format.addItem(tr("Coretax (XML)"), XML)
        self.month = date_box("exportMonth", display="MMMM yyyy")
        self.month.setAccessibleName(tr("Month"))
        self.use_dates = QCheckBox(tr("Dates"))
        self.use_dates.setObjectName("exportUseDates")
        self.use_dates.setToolTip(tr("Export a range of dates instead of one month"))
        self.first = date_box("exportFrom")
        self.last = date_box("exportTo")
        for edit in (self.first, self.last):
            edit.setEnabled(False)
        self.state_filter = QComboBox()
        self.state_filter.setObjectName("exportStateFilter")
        self.state_filter.addItem(tr("All"), None)
        self.state_filter.addItem(tr("Not Exported"), "not_exported")
        self.state_filter.addItem(tr("Exported"), "exported")
        self.search = search_box("exportSearch", tr("Search by Invoice No or Customer"))

        self.month.setDate(to_qdate(exports.suggested_month()))
        self._dates_follow_month()
        self.way_of_book = channel.current()
        self._format_follows_period()

        self.model = ListingModel(self._listing, EXPORT_COLUMNS, self)
        self.table = make_table("exportTable", self.model, (2, False))
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)

        self.select_all_button = QPushButton(tr("Select All"))
        self.select_all_button.setObjectName("exportSelectAllButton")
        self.count_label = QLabel()
        self.count_label.setObjectName("exportCount")
        self.way_label = QLabel()
        self.way_label.setObjectName("exportWay")
        self.way_label.setWordWrap(True)
        self.way_label.setStyleSheet("color: #4b5563;")
        self.unsaved_label = QLabel()
        self.unsaved_label.setObjectName("exportUnsaved")
        self.unsaved_label.setWordWrap(True)
        self.unsaved_label.setStyleSheet("color: #b45309;")

        bar = QHBoxLayout()
        bar.addWidget(QLabel(tr("<b>Export</b> as")))
        bar.addWidget(self.format)
        bar.addStretch(1)
        bar.addWidget(QLabel(tr("Month")))
        bar.addWidget(self.month)
        bar.addWidget(self.use_dates)
        bar.addWidget(self.first)
        bar.addWidget(QLabel(tr("to")))
        bar.addWidget(self.last)
        filters = QHBoxLayout()
        filters.addWidget(QLabel(tr("Export Status")))
        filters.addWidget(self.state_filter)
        filters.addWidget(self.search, 1)
        filters.addWidget(self.select_all_button)
        self.buttons = QHBoxLayout()  # the window's export actions
        filters.addLayout(self.buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.way_label)
        layout.addLayout(filters)
        layout.addWidget(self.unsaved_label)
        layout.addWidget(self.table)
        layout.addWidget(self.count_label)

        self.format.currentIndexChanged.connect(self._format_changed)
        self.month.dateChanged.connect(self._month_changed)
        self.use_dates.toggled.connect(self._dates_toggled)
        self.first.dateChanged.connect(self._period_changed)
        self.last.dateChanged.connect(self._period_changed)
        self.state_filter.currentIndexChanged.connect(self.refresh)
        self.search.textChanged.connect(self.refresh)
        self.table.selectionModel().selectionChanged.connect(
            lambda *_: self.selection_changed.emit(Chosen.EXPORT)
        )
        self._show_format()
        self.refresh()
        # every column holds what it shows (a NIK too); the two names share what is left,
        # eliding a long one (its tooltip shows it whole)
        fit_columns(
            self.table,
            stretch=NAME_COLUMNS,
            room_for={NPWP_COLUMN: "0000000000000000", 0: "000-00.00000000"},
        )

    def period(self) -> tuple[date, date, str | None, str]:
        if self.use_dates.isChecked():
            first, last = to_date(self.first.date()), to_date(self.last.date())
        else:
            first, last = exports.month_of(to_date(self.month.date()))
        return first, last, self.state_filter.currentData(), self.search.text()

    def way(self) -> str:
        """CSV or XML: the format chosen, whose billings the list shows."""
        return self.format.currentData()

    def _listing(self, way: str | None = None) -> ExportListing:
        first, last, exported, search = self.period()
        return ExportListing(first, last, exported, search, way=way or self.way())

    def _format_follows_period(self) -> None:
        """The format the period's billings go by, when they all go one way (a period
        across the Coretax date keeps the format chosen)."""
        start = self.way_of_book.coretax_from
        self.format.setEnabled(start is not None)
        first, last, _, _ = self.period()
        if start is None or last < start:
            way = CSV
        elif first >= start:
            way = XML
        else:
            return
        self.format.blockSignals(True)
        self.format.setCurrentIndex(self.format.findData(way))
        self.format.blockSignals(False)

    def _show_format(self) -> None:
        """What the format changes: the E-Faktur No column and Generate (Coretax numbers
        a faktur when it approves it), the export's name, and the sentence saying which
        billings go this way."""
        xml = self.way() == XML
        self.table.setColumnHidden(0, xml)
        start = self.way_of_book.coretax_from
        if start is None:
            self.way_label.setText(self.way_of_book.sentence)
        elif xml:
            self.way_label.setText(
                tr(
                    "Billings dated from {day} go through Coretax: import this XML in "
                    "Coretax (Impor Data). Coretax gives each faktur its number when it "
                    "approves it."
                ).format(day=day(start))
            )
        else:
            self.way_label.setText(
                tr(
                    "Billings dated before {day}, and those holding an E-Faktur No, go "
                    "through e-Faktur desktop: import this CSV there."
                ).format(day=day(start))
            )
        if hasattr(self, "export_action"):
            self.export_action.setText(tr("&Export XML…") if xml else tr("&Export CSV…"))
            self.generate_action.setVisible(not xml)
            button = self.findChild(QToolButton, "buttonExportGenerateEfakturNo")
            if button is not None:
                button.setVisible(not xml)

    def _dates_follow_month(self) -> None:
        """The From/To dates show the chosen month, ready for narrowing."""
        first, last = exports.month_of(to_date(self.month.date()))
        for edit, value in ((self.first, first), (self.last, last)):
            edit.blockSignals(True)
            edit.setDate(to_qdate(value))
            edit.blockSignals(False)

    def _month_changed(self) -> None:
        self._dates_follow_month()
        self._period_changed()

    def _dates_toggled(self, on: bool) -> None:
        self.month.setEnabled(not on)
        self.first.setEnabled(on)
        self.last.setEnabled(on)
        self._period_changed()

    def _period_changed(self, *_: object) -> None:
        self._format_follows_period()
        self._show_format()
        self.refresh()

    def _format_changed(self) -> None:
        self._show_format()
        self.refresh()

    def refresh(self, *_: object) -> None:
        way_of_book = channel.current()
        if way_of_book != self.way_of_book:  # changed in Settings meanwhile
            self.way_of_book = way_of_book
            self._format_follows_period()
            self._show_format()
        self.model.reload()
        # the XML's billings hold no E-Faktur No: the column shows once Coretax numbered one
        numbered = self.model.listing.numbered_by_coretax()  # type: ignore[attr-defined]
        self.table.setColumnHidden(0, self.way() == XML and not numbered)
        first, last, _, _ = self.period()
        shown = self.model.rowCount()
        text = (
            tr("{shown:,} billings dated {first} to {last}").format(
                shown=shown, first=day(first), last=day(last)
            )
            if shown
            else tr("No billing dated {first} to {last} matches.").format(
                first=day(first), last=day(last)
            )
        )
        self.count_label.setText(text + self._other_way_text())
        self._show_unsaved()
        self.selection_changed.emit(Chosen.EXPORT)

    def _other_way_text(self) -> str:
        """Billings of the period the other format takes, so none is missed."""
        if self.way_of_book.coretax_from is None:
            return ""
        other = XML if self.way() == CSV else CSV
        more = self._listing(other).count()
        if not more:
            return ""
        return tr(" · {more:,} more as {format}: choose it above").format(
            more=more, format=self.format.itemText(self.format.findData(other))
        )

    def _show_unsaved(self) -> None:
        unsaved = exports.unsaved_batches()
        self.unsaved_label.setText(
            "\n".join(
                tr(
                    "⚠ Export batch {batch} ({when}, {fakturs:,} faktur) is kept in the book, "
                    "but its file was not written to {path}. Save Again… writes it."
                ).format(
                    batch=b.id, when=timestamp(b.created_at), fakturs=b.fakturs, path=b.unsaved_path
                )
                for b in unsaved
            )
        )
        self.unsaved_label.setVisible(bool(unsaved))

    def selected_ids(self) -> list[int]:
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        found = (self.model.row_at(r) for r in rows)
        return [row.id for row in found if row is not None]

    def place_actions(self, actions: dict[MainAction, QAction]) -> None:
        self.select_all_action = actions[MainAction.EXPORT_SELECT_ALL]
        self.export_action = actions[MainAction.EXPORT_CSV]
        self.generate_action = actions[MainAction.EXPORT_GENERATE]
        self.save_again_action = actions[MainAction.EXPORT_SAVE_AGAIN]
        for action in (
            self.select_all_action,
            self.export_action,
            self.generate_action,
            self.save_again_action,
        ):
            action.setParent(self)  # shown on this tab alone: the tab's own from now on
        self.select_all_button.clicked.connect(self.select_all_action.trigger)
        add_action_buttons(self.buttons, [actions[key] for key in EXPORT_BUTTONS])
        self._show_format()

    def chosen(self, kind: Chosen) -> object:
        return self.selected_ids()

    def opened(self) -> None:
        self.refresh()

    def book_changed(self) -> None:
        if self.isVisible():
            self.refresh()

    def select_all(self) -> None:
        self.table.selectAll()

    def generate(self) -> None:
        from ui.number_actions import generate_for

        message = generate_for(self, self.selected_ids())
        self.refresh()
        if message is not None:
            self.saved.emit(message)

    def save_again(self) -> None:
        prompts = interaction.prompts
        title = tr("Save Again")
        kept = exports.batches()
        if not kept:
            prompts.refuse(self, title, tr("No export batch is kept in this book yet."))
            return
        items = [self._batch_text(b) for b in kept]
        picked = prompts.pick_text(
            self, title, tr("Export batch to write again, exactly as it was kept:"), items
        )
        if picked is None:
            return
        if picked not in items:
            prompts.refuse(self, title, tr("Pick one of the export batches listed."))
            return
        batch = kept[items.index(picked)]
        path = prompts.save_path(self, title, batch.file_name, self._file_filter(batch.format))
        if path is None:
            return
        not_saved = exports.save_again(batch.id, path)
        self.refresh()
        if not_saved:
            prompts.refuse(self, title, not_saved)
            return
        message = tr("Export batch {batch} written to {path}.").format(batch=batch.id, path=path)
        self.saved.emit(message)
        prompts.inform(self, title, message)

    @staticmethod
    def _batch_text(batch: exports.BatchInfo) -> str:
        text = tr("Batch {batch}: {when}, {name}, {fakturs:,} faktur").format(
            batch=batch.id,
            when=timestamp(batch.created_at),
            name=batch.file_name,
            fakturs=batch.fakturs,
        )
        return text + (tr(" (not saved)") if batch.unsaved_path else "")

    @staticmethod
    def _file_filter(way: str) -> str:
        return tr("Coretax XML (*.xml)") if way == XML else tr("e-Faktur CSV (*.csv)")

    def export_selected(self) -> None:
        prompts = interaction.prompts
        xml = self.way() == XML
        title = tr("Export XML") if xml else tr("Export CSV")
        ids = self.selected_ids()
        if not ids:
            prompts.refuse(self, title, tr("Select the billings to export first."))
            return
        if xml:
            self._export_xml(ids, title)
        else:
            self._export_csv(ids, title)

    def _export_csv(self, ids: list[int], title: str) -> None:
        prompts = interaction.prompts
        plan = exports.plan_export(ids)
        if not plan.billing_ids:
            self._refuse_none(title, plan.left_out)
            return
        again = False
        if plan.needs_again:
            again = prompts.ask_yes_no(
                self, title, self._again_question(plan.exported_before, plan.numbers_out_before)
            )
            if not again and len(plan.needs_again) == len(plan.billing_ids):
                return
        path = self._ask_path(title, CSV)
        if path is None:
            return
        try:
            done = exports.export_csv(ids, path, again=again)
        except Refused as exc:
            prompts.refuse(self, title, exc.message)
            return
        self._report(title, [done])

    def _export_xml(self, ids: list[int], title: str) -> None:
        """As the CSV, with Coretax's checks first: every problem named by billing before
        the save prompt, and past 1,000 fakturs numbered files."""
        prompts = interaction.prompts
        plan = coretax_export.plan_xml(ids)
        if not plan.billings:
            self._refuse_none(title, plan.left_out)
            return
        again = False
        if plan.exported_on:
            again = prompts.ask_yes_no(self, title, self._again_question(plan.exported_before))
            if not again and len(plan.exported_on) == len(plan.billings):
                return
        try:
            fakturs = coretax_export.check_xml(ids, again)
        except Refused as exc:
            prompts.refuse(self, title, exc.message)
            return
        path = self._ask_path(title, XML)
        if path is None:
            return
        files = coretax_export.files_for(path, fakturs)
        there = [f.name for f in files if f.exists() and f != path]  # the prompt asked for it
        if there and not prompts.ask_yes_no(
            self,
            title,
            tr(
                "Coretax takes at most 1,000 fakturs in a file, so these {fakturs:,} go into "
                "{files:,} files. These are there already:\n{names}\n\nReplace them?"
            ).format(
                fakturs=fakturs,
                files=len(files),
                names="\n".join(f"• {name}" for name in there),
            ),
        ):
            return
        try:
            done = coretax_export.export_xml_in_parts(ids, path, again=again)
        except Refused as exc:
            prompts.refuse(self, title, exc.message)
            return
        self._report(title, done)

    def _refuse_none(self, title: str, left_out: tuple[exports.LeftOut, ...]) -> None:
        reasons = "\n".join(f"• {x.invoice_no}: {x.reason}" for x in left_out)
        interaction.prompts.refuse(
            self,
            title,
            tr("None of the selected billings can be exported.\n\n{reasons}").format(
                reasons=reasons
            ),
        )

    def _ask_path(self, title: str, way: str) -> Path | None:
        """Where to write, with the format's suffix; None when the user cancelled."""
        first, _, _, _ = self.period()
        name = f"coretax-{first:%Y-%m}.xml" if way == XML else f"efaktur-{first:%Y-%m}.csv"
        path = interaction.prompts.save_path(self, title, name, self._file_filter(way))
        if path is None:
            return None
        suffix = f".{way}"
        return path if path.suffix.lower() == suffix else path.with_name(path.name + suffix)

    def _report(
        self, title: str, done: Sequence[exports.ExportDone | coretax_export.XmlDone]
    ) -> None:
        """After an export: the batches kept but not saved, else what was written where,
        and what was left out and why."""
        prompts = interaction.prompts
        self.refresh()
        not_saved = [d for d in done if d.not_saved]
        if not_saved:
            self.saved.emit(
                tr("Export batch {batch} kept, not saved").format(
                    batch=", ".join(str(d.batch_id) for d in not_saved)
                )
            )
            prompts.refuse(
                self,
                title,
                "\n\n".join(
                    tr(
                        "Export batch {batch} is kept in the book, but its file could not be "
                        "written:\n{reason}\n\nUse Save Again… on this tab to write it."
                    ).format(batch=d.batch_id, reason=d.not_saved)
                    for d in not_saved
                ),
            )
            return
        fakturs = sum(d.fakturs for d in done)
        if len(done) == 1:
            message = count_of(
                fakturs,
                QT_TR_NOOP("1 faktur written to {name}."),
                QT_TR_NOOP("{n:,} fakturs written to {name}."),
                name=done[0].path.name,
            )
        else:
            message = tr(
                "{fakturs:,} fakturs written to {files:,} files, as Coretax takes at most "
                "1,000 in one:\n{names}"
            ).format(
                fakturs=fakturs,
                files=len(done),
                names="\n".join(
                    count_of(
                        d.fakturs,
                        QT_TR_NOOP("• {name} (1 faktur)"),
                        QT_TR_NOOP("• {name} ({n:,} fakturs)"),
                        name=d.path.name,
                    )
                    for d in done
                ),
            )
        left_out = done[0].left_out
        if left_out:
            reasons = "\n".join(f"• {x.invoice_no}: {x.reason}" for x in left_out)
            message += tr("\n\nLeft out:\n{reasons}").format(reasons=reasons)
        self.saved.emit(
            tr("{fakturs:,} faktur exported to {path}").format(
                fakturs=fakturs, path=done[0].path if len(done) == 1 else done[0].path.parent
            )
        )
        prompts.inform(self, title, message)

    @staticmethod
    def _again_question(
        exported_before: tuple[str, ...], numbers_out_before: tuple[str, ...] = ()
    ) -> str:
        sections = []
        if exported_before:
            sections.append(
                tr("These billings were exported before:\n{listed}").format(
                    listed="\n".join(f"• {text}" for text in exported_before)
                )
            )
        if numbers_out_before:
            sections.append(
                tr(
                    "These E-Faktur Nos went out before on another billing, and e-Faktur "
                    "desktop still holds that faktur. Delete it there first, then import "
                    "this file:\n{listed}"
                ).format(listed="\n".join(f"• {text}" for text in numbers_out_before))
            )
        sections.append(tr("Export them again? Choose No to leave them out."))
        return "\n\n".join(sections)

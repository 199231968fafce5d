"""A billing's detail with its Actions menu (as in the guide's product)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.billings import billing_actions
from app.billings.billings import BillingDetail, billing_detail, tax_collected
from app.billings.listing import shown_number
from app.billings.parties import show_npwp
from app.billings.rules import Action, BillingFacts, may, wrong_buyer_cannot_be_replaced
from app.book import history
from app.book.connection import is_read_only
from app.common.errors import Refused
from app.efaktur.coretax_import import shown_mismatch
from app.numbers import threshold
from app.numbers.number_pool import available_for
from ui import interaction
from ui.formatting import (
    STATUS_COLOURS,
    coretax_number_tip,
    coretax_text,
    day,
    event_text,
    money,
    read_only_reason,
    rounding_note,
    timestamp,
)
from ui.i18n import QT_TR_NOOP, tr

# Each action's menu text and objectName.
ACTION_TEXT = {
    Action.EDIT: (QT_TR_NOOP("Edit…"), "actionEditBilling"),
    Action.DUPLICATE: (QT_TR_NOOP("Duplicate"), "actionDuplicateBilling"),
    Action.DELETE: (QT_TR_NOOP("Delete"), "actionDeleteBilling"),
    Action.ISSUE: (QT_TR_NOOP("Issue"), "actionIssueBilling"),
    Action.RECORD_PAYMENT: (QT_TR_NOOP("Record Payment…"), "actionRecordPayment"),
    Action.CANCEL: (QT_TR_NOOP("Cancel"), "actionCancelBilling"),
    Action.GENERATE_EFAKTUR_NO: (QT_TR_NOOP("Generate E-Faktur No"), "actionGenerateEfakturNo"),
    Action.CANCEL_EFAKTUR_NO: (QT_TR_NOOP("Cancel E-Faktur No"), "actionCancelEfakturNo"),
    Action.CANCEL_IN_CORETAX: (QT_TR_NOOP("Cancel Faktur in Coretax…"), "actionCancelInCoretax"),
    Action.REPLACE_IN_CORETAX: (QT_TR_NOOP("Replace in Coretax…"), "actionReplaceInCoretax"),
}
# shown as the detail's "not available" lines only for a billing that goes through Coretax
CORETAX_ACTIONS = (Action.CANCEL_IN_CORETAX, Action.REPLACE_IN_CORETAX)


class BillingDetailDialog(QDialog):
    changed = Signal()

    def __init__(self, billing_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("billingDetailDialog")
        self.billing_id = billing_id
        self.resize(760, 620)
        self.actions_by_kind: dict[Action, QAction] = {}

        self.title = QLabel()
        title_font = QFont()
        title_font.setPointSize(title_font.pointSize() + 5)
        title_font.setBold(True)
        self.title.setFont(title_font)
        self.status_badge = QLabel()
        self.status_badge.setObjectName("statusBadge")
        self.actions_button = QPushButton(tr("Actions"))
        self.actions_button.setObjectName("actionsButton")
        self.actions_button.setAutoDefault(False)  # Enter closes; the menu opens on request
        self.actions_menu = QMenu(self.actions_button)
        self.actions_menu.setToolTipsVisible(True)
        self.actions_button.setMenu(self.actions_menu)
        self._build_actions()

        header = QHBoxLayout()
        header.addWidget(self.title)
        header.addWidget(self.status_badge)
        header.addStretch(1)
        header.addWidget(self.actions_button)

        self.fields: dict[str, QLabel] = {}
        details = QGroupBox(tr("Billing Details"))
        form = QFormLayout(details)
        for key, label in [
            ("customer", tr("Customer")),
            ("subject", tr("Subject")),
            ("npwp", tr("NPWP / NIK")),
            ("invoice_date", tr("Invoice Date")),
            ("due_date", tr("Due Date")),
            ("tax", tr("Invoice Tax")),
            ("efaktur_no", tr("E-Faktur No")),
            ("efaktur_file", tr("e-Faktur file")),
        ]:
            value = QLabel()
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setObjectName(f"field_{key}")
            self.fields[key] = value
            form.addRow(label, value)
        amounts = QGroupBox(tr("Amounts"))
        amount_form = QFormLayout(amounts)
        for key, label in [
            ("dpp", "DPP"),
            ("ppn", "PPN"),
            ("ppnbm", tr("PPnBM")),
            ("total", tr("Total")),
            ("paid", tr("Paid")),
        ]:
            value = QLabel()
            value.setAlignment(Qt.AlignmentFlag.AlignRight)
            value.setObjectName(f"field_{key}")
            self.fields[key] = value
            amount_form.addRow(label, value)
        self.amount_form = amount_form
        top = QHBoxLayout()
        top.addWidget(details, 3)
        top.addWidget(amounts, 2)

        self.lines = QTableWidget(0, 5)
        self.lines.setObjectName("linesTable")
        self.lines.setHorizontalHeaderLabels(
            [tr("Item"), tr("Quantity"), tr("Unit Price"), tr("Discount"), tr("Amount")]
        )
        self.lines.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.lines.verticalHeader().setVisible(False)
        self.lines.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.lines.verticalHeader().setDefaultSectionSize(22)
        self.lines.setTabKeyNavigation(False)

        self.unavailable = QLabel()
        self.unavailable.setObjectName("unavailableReasons")
        self.unavailable.setWordWrap(True)
        self.unavailable.setStyleSheet("color: #4b5563;")

        self.history = QTableWidget(0, 2)
        self.history.setObjectName("historyTable")
        self.history.setHorizontalHeaderLabels([tr("When"), tr("What happened")])
        self.history.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.history.verticalHeader().setVisible(False)
        self.history.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.history.setWordWrap(False)
        self.history.verticalHeader().setDefaultSectionSize(22)
        self.history.setTabKeyNavigation(False)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addLayout(top)
        layout.addWidget(QLabel(tr("Lines")))
        layout.addWidget(self.lines, 2)
        layout.addWidget(self.unavailable)
        layout.addWidget(QLabel(tr("History")))
        layout.addWidget(self.history, 2)
        layout.addWidget(buttons)
        self.refresh()

    def _build_actions(self) -> None:
        handlers: dict[Action, Callable[[], None]] = {
            Action.EDIT: self._edit,
            Action.DUPLICATE: self._duplicate,
            Action.DELETE: self._delete,
            Action.RECORD_PAYMENT: self._record_payment,
            Action.ISSUE: self._issue,
            Action.CANCEL: self._cancel,
            Action.GENERATE_EFAKTUR_NO: self._generate,
            Action.CANCEL_EFAKTUR_NO: self._cancel_efaktur,
            Action.CANCEL_IN_CORETAX: self._cancel_in_coretax,
            Action.REPLACE_IN_CORETAX: self._replace_in_coretax,
        }
        for kind, (text, name) in ACTION_TEXT.items():
            action = QAction(tr(text), self)
            action.setObjectName(name)
            action.triggered.connect(handlers[kind])
            self.actions_menu.addAction(action)
            self.actions_by_kind[kind] = action
            if kind in (Action.DELETE, Action.CANCEL, Action.CANCEL_EFAKTUR_NO):
                self.actions_menu.addSeparator()
            if kind is Action.GENERATE_EFAKTUR_NO:
                self.choose_action = QAction(tr("Choose E-Faktur No…"), self)
                self.choose_action.setObjectName("actionChooseEfakturNo")
                self.choose_action.triggered.connect(self._choose)
                self.actions_menu.addAction(self.choose_action)

    # -- showing ---------------------------------------------------------------

    def refresh(self) -> None:
        try:
            billing = billing_detail(self.billing_id)
        except Refused:  # deleted elsewhere: nothing is left to show
            self.close()
            return
        facts = billing.facts
        self.setWindowTitle(tr("Billing {invoice_no}").format(invoice_no=billing.invoice_no))
        self.title.setText(billing.invoice_no)
        colour = STATUS_COLOURS[facts.status]
        self.status_badge.setText(tr(facts.status.label))
        self.status_badge.setStyleSheet(
            f"color: white; background: {colour}; border-radius: 4px; padding: 2px 8px;"
        )
        self.fields["customer"].setText(billing.customer_name)
        self.fields["subject"].setText(billing.subject or "—")
        if billing.customer_npwp:
            self.fields["npwp"].setText(
                tr("NPWP {npwp}").format(npwp=show_npwp(billing.customer_npwp))
            )
        else:
            nik = billing.customer_nik
            self.fields["npwp"].setText(f"NIK {nik}" if nik else "—")
        self.fields["invoice_date"].setText(day(billing.invoice_date))
        self.fields["due_date"].setText(day(billing.due_date))
        if billing.tax_active:
            self.fields["tax"].setText(
                tr("On, transaction code {transaction_code}, PPN {label}").format(
                    transaction_code=billing.transaction_code, label=billing.rate_label
                )
            )
        else:
            self.fields["tax"].setText(tr("Off"))
        number_label = self.fields["efaktur_no"]
        released = billing.released_number
        number_label.setText(shown_number(facts.number, released) or tr("(Not Set)"))
        number_label.setToolTip("")
        if billing.coretax_status is not None:  # what Coretax's export said of it
            number_label.setText(
                " · ".join(
                    t
                    for t in (
                        billing.faktur_no,
                        coretax_text(billing.coretax_status, billing.coretax_mismatch),
                    )
                    if t
                )
            )
            number_label.setToolTip(
                "\n".join(
                    t
                    for t in (
                        coretax_number_tip(billing.faktur_no),
                        shown_mismatch(billing.coretax_mismatch),
                    )
                    if t
                )
            )
        font = number_label.font()
        font.setStrikeOut(released is not None)
        number_label.setFont(font)
        self.fields["efaktur_file"].setText(
            tr("Uploaded on {uploaded_on}").format(uploaded_on=day(facts.uploaded_on))
            if facts.uploaded_on
            else tr("Not uploaded")
        )
        self.fields["dpp"].setText(money(billing.dpp))
        self.fields["ppn"].setText(money(billing.ppn))
        collected = not billing.tax_active or tax_collected(billing.transaction_code)
        self.amount_form.labelForField(self.fields["ppn"]).setText(
            "PPN" if collected else tr("PPN, not collected")
        )
        self.amount_form.labelForField(self.fields["ppnbm"]).setText(
            tr("PPnBM") if collected else tr("PPnBM, not collected")
        )
        self.fields["ppnbm"].setText(money(billing.ppnbm))
        self.amount_form.setRowVisible(self.fields["ppnbm"], billing.ppnbm != 0)
        self.fields["total"].setText(money(billing.total))
        self.fields["paid"].setText(money(billing.paid_amount))
        self._show_lines(billing)
        self._show_history()
        self._update_actions(facts)

    def _show_lines(self, billing: BillingDetail) -> None:
        self.lines.setRowCount(len(billing.lines))
        for r, line in enumerate(billing.lines):
            values = [
                line.name,
                f"{line.quantity.normalize():f}",
                money(line.shown.unit_price),
                f"{line.discount_percent.normalize():f}%",
                money(line.shown.amount),
            ]
            for c, text in enumerate(values):
                item = QTableWidgetItem(text)
                if c:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.lines.setItem(r, c, item)
            self.lines.item(r, len(values) - 1).setToolTip(rounding_note(line.shown))
        self.lines.resizeColumnsToContents()
        self.lines.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

    def _show_history(self) -> None:
        events = history.for_billing(self.billing_id)
        self.history.setRowCount(len(events))
        for r, event in enumerate(events):
            summary = event_text(event.summary, event.message)
            summary += f" — {event.reason}" if event.reason else ""
            self.history.setItem(r, 0, QTableWidgetItem(timestamp(event.at)))
            self.history.setItem(r, 1, QTableWidgetItem(summary))
        self.history.resizeColumnToContents(0)

    def _update_actions(self, facts: BillingFacts) -> None:
        if is_read_only():
            for action in [self.choose_action, *self.actions_by_kind.values()]:
                action.setEnabled(False)
                action.setToolTip(read_only_reason())
            self.unavailable.setText(read_only_reason())
            self.unavailable.show()
            return
        generate = may(facts, Action.GENERATE_EFAKTUR_NO)
        self.choose_action.setEnabled(generate.allowed)
        self.choose_action.setToolTip(
            generate.reason if not generate.allowed else tr("Pick a specific available number")
        )
        reasons = []
        for kind, action in self.actions_by_kind.items():
            verdict = may(facts, kind)
            action.setEnabled(verdict.allowed)
            action.setToolTip("" if verdict.allowed else verdict.reason)
            action.setStatusTip(action.toolTip())
            action.setVisible(kind not in CORETAX_ACTIONS or facts.in_coretax)
            if not verdict.allowed and kind in (
                Action.DELETE,
                Action.CANCEL,
                Action.GENERATE_EFAKTUR_NO,
                Action.CANCEL_EFAKTUR_NO,
            ):
                reasons.append(
                    tr("<b>{text}</b> is not available: {reason}").format(
                        text=action.text(), reason=verdict.reason
                    )
                )
        self.unavailable.setText("<br>".join(reasons))
        self.unavailable.setVisible(bool(reasons))

    # -- doing -----------------------------------------------------------------

    def _run(
        self,
        title: str,
        question: str,
        do: Callable[[], str | None],
        takes_number: bool = False,
    ) -> None:
        """Yes/No, then the service, then OK; an action that takes a number repeats the
        low-number warning in its OK box. ``do`` returns None when the user said no to a
        further question (nothing changed)."""
        prompts = interaction.prompts
        if not prompts.ask_yes_no(self, title, question):
            return
        try:
            done = do()
        except Refused as exc:
            prompts.refuse(self, title, exc.message)
            self.refresh()
            return
        if done is None:
            return
        self.refresh()
        self.changed.emit()
        prompts.inform(self, title, threshold.with_warning(done) if takes_number else done)

    def _edit(self) -> QDialog:
        from ui.billing_form import BillingForm

        form = BillingForm(self.billing_id, self)
        form.saved.connect(self._form_saved)
        form.setWindowModality(Qt.WindowModality.WindowModal)
        form.show()
        self.form = form
        return form

    def _form_saved(self, billing_id: int, message: str) -> None:
        self.refresh()
        self.changed.emit()
        interaction.prompts.inform(self, tr("Edit billing"), message)

    def _duplicate(self) -> None:
        from app.billings.billings import duplicate_billing

        original = self._invoice_no()

        def do() -> str:
            copy = duplicate_billing(self.billing_id)
            self.billing_id = copy.id  # the detail shows the copy, ready to edit
            return tr(
                "{invoice_no} is a copy of {original}, saved as Draft. It is shown now."
            ).format(invoice_no=copy.invoice_no, original=original)

        self._run(
            tr("Duplicate billing"),
            tr("Make a Draft copy of billing {original}?").format(original=original),
            do,
        )

    def _delete(self) -> None:
        from app.billings.billings import delete_billings

        prompts = interaction.prompts
        title = tr("Delete billing")
        invoice_no = self._invoice_no()
        if not prompts.ask_yes_no(
            self,
            title,
            tr("Delete billing {invoice_no} and its lines? This cannot be undone.").format(
                invoice_no=invoice_no
            ),
        ):
            return
        try:
            delete_billings([self.billing_id])
        except Refused as exc:
            prompts.refuse(self, title, exc.message)
            self.refresh()
            return
        self.changed.emit()
        prompts.inform(
            self, title, tr("Billing {invoice_no} has been deleted.").format(invoice_no=invoice_no)
        )
        self.close()

    def _record_payment(self) -> QDialog:
        from ui.payment_dialog import PaymentDialog

        dialog = PaymentDialog(self.billing_id, self)

        def recorded(message: str) -> None:
            self.refresh()
            self.changed.emit()
            interaction.prompts.inform(self, tr("Record Payment"), message)

        dialog.recorded.connect(recorded)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.show()
        self.payment_dialog = dialog
        return dialog

    def _invoice_no(self) -> str:
        return billing_detail(self.billing_id).invoice_no

    def _issue(self) -> None:
        from ui.number_actions import issue_asking

        title = tr("Issue billing")
        invoice_no = self._invoice_no()

        def do() -> str | None:
            issued = issue_asking(self, title, [self.billing_id])
            if issued is None:
                return None
            if issued.assigned:
                return tr("{invoice_no} is issued with E-Faktur No {number}.").format(
                    invoice_no=invoice_no, number=issued.assigned[0].number
                )
            if issued.without:
                return tr(
                    "{invoice_no} is issued without an E-Faktur No (Not Set). Generate it "
                    "once DJP grants more numbers."
                ).format(invoice_no=invoice_no)
            return tr("{invoice_no} is issued.").format(invoice_no=invoice_no)

        self._run(
            title,
            tr("Issue billing {invoice_no}?").format(invoice_no=invoice_no),
            do,
            takes_number=True,
        )

    def _cancel(self) -> None:
        def do() -> str:
            billing = billing_actions.cancel_billing(self.billing_id)
            return tr("Billing {invoice_no} has been cancelled.").format(
                invoice_no=billing.invoice_no
            )

        self._run(
            tr("Cancel billing"),
            tr("Are you sure you want to cancel billing {invoice_no}?").format(
                invoice_no=self._invoice_no()
            ),
            do,
        )

    def _generate(self) -> None:
        def do() -> str:
            (assigned,) = billing_actions.generate_efaktur_no([self.billing_id])
            return tr("E-Faktur No {number} has been generated for {invoice_no}.").format(
                number=assigned.number, invoice_no=assigned.invoice_no
            )

        self._run(
            tr("Generate E-Faktur No"),
            tr("Generate an E-Faktur No for billing {invoice_no}?").format(
                invoice_no=self._invoice_no()
            ),
            do,
            takes_number=True,
        )

    def _choose(self) -> None:
        billing = billing_detail(self.billing_id)
        title = tr("Choose E-Faktur No")
        offered = available_for(billing.invoice_date, limit=500)
        prompts = interaction.prompts
        if not offered:
            prompts.refuse(
                self,
                title,
                tr("No E-Faktur No may be used on a faktur dated {invoice_date}.").format(
                    invoice_date=day(billing.invoice_date)
                ),
            )
            return
        picked = prompts.pick_text(
            self,
            title,
            tr(
                "E-Faktur No for {invoice_no} (available numbers for {invoice_date}, "
                "smallest first; you may type another):"
            ).format(invoice_no=billing.invoice_no, invoice_date=day(billing.invoice_date)),
            offered,
        )
        if picked is None:
            return

        def do() -> str:
            (assigned,) = billing_actions.generate_efaktur_no([self.billing_id], chosen=picked)
            return tr("E-Faktur No {number} has been given to {invoice_no}.").format(
                number=assigned.number, invoice_no=assigned.invoice_no
            )

        self._run(
            title,
            tr("Give E-Faktur No {picked} to billing {invoice_no}?").format(
                picked=picked, invoice_no=billing.invoice_no
            ),
            do,
            takes_number=True,
        )

    def _cancel_efaktur(self) -> None:
        billing = billing_detail(self.billing_id)

        def do() -> str:
            number = billing_actions.cancel_efaktur_no(self.billing_id)
            return tr("E-Faktur No {number} has been cancelled and is available again.").format(
                number=number
            )

        self._run(
            tr("Cancel E-Faktur No"),
            tr(
                "Are you sure you want to cancel E-Faktur No {efaktur_number} of "
                "billing {invoice_no}? The number goes back to the pool for "
                "another invoice."
            ).format(efaktur_number=billing.facts.number, invoice_no=billing.invoice_no),
            do,
        )

    def _cancel_in_coretax(self) -> None:
        from app.efaktur import coretax_requests as requests

        facts = billing_detail(self.billing_id).facts
        title = tr("Cancel Faktur in Coretax")
        prompts = interaction.prompts
        if requests.is_draft(facts):
            # nothing numbered to cancel: the draft is deleted there, and the user says so
            self._run(
                title,
                requests.delete_draft_steps(facts.invoice_no)
                + "\n\n"
                + tr("Have you deleted it in Coretax?"),
                lambda: requests.record_draft_deleted(self.billing_id),
            )
            return
        reasons = requests.CANCEL_REASONS
        picked = prompts.choose(
            self,
            title,
            tr("Why is the faktur of {invoice_no} cancelled?").format(invoice_no=facts.invoice_no),
            [tr(reason.label) for reason in reasons],
        )
        if picked is None:
            return
        try:
            steps = requests.cancel_in_coretax(self.billing_id, reasons[picked])
        except Refused as exc:
            prompts.refuse(self, title, exc.message)
            self.refresh()
            return
        self.refresh()
        self.changed.emit()
        prompts.inform(self, title, steps)

    def _replace_in_coretax(self) -> None:
        from app.efaktur import coretax_requests as requests

        invoice_no = self._invoice_no()
        title = tr("Replace in Coretax")
        prompts = interaction.prompts
        reasons = requests.REPLACE_REASONS
        picked = prompts.choose(
            self,
            title,
            tr("What must change on the faktur of {invoice_no}?").format(invoice_no=invoice_no),
            [tr(reason.label) for reason in reasons],
        )
        if picked is None:
            return
        reason = reasons[picked]
        if reason is requests.Reason.WRONG_BUYER_IDENTITY:
            prompts.refuse(self, title, wrong_buyer_cannot_be_replaced())
            return
        change = prompts.pick_text(
            self,
            title,
            tr(
                "What changes, as you will type it in Coretax's Amend screen (for example: "
                "line 1 price 1,500,000 → 1,400,000):"
            ),
            [],
        )
        if change is None:
            return
        try:
            guide = requests.replace_in_coretax(self.billing_id, reason, change)
        except Refused as exc:
            prompts.refuse(self, title, exc.message)
            self.refresh()
            return
        self.refresh()
        self.changed.emit()
        prompts.inform(self, title, guide.steps)

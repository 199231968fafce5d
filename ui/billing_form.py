"""New Billing and Edit Billing: the form, its lines and totals that follow the typing."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QStyledItemDelegate,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.billings import numbering
from app.billings.amounts import is_ppnbm_rate, read_amount
from app.billings.billings import (
    BillingData,
    LineChoice,
    LineData,
    amount_problems,
    billing_data,
    create_billing,
    date_problems,
    remembered_choice,
    shown_lines_of,
    tax_collected,
    totals_of,
    totals_problem,
)
from app.billings.billings import save_and_issue as save_and_issue_billing
from app.billings.billings import update_billing as update_billing_service
from app.billings.parties import customer_names, load_customer_data
from app.billings.vat import rate_for
from app.book.states import Status
from app.common import clock
from app.common.coretax_codes import (
    FACILITY_CODES,
    KIND_WORDS,
    facilities,
    goods_code,
    kind_code,
    stamp_for,
    stamps,
    unit_code,
    units,
)
from app.common.errors import Refused
from app.numbers import channel, threshold
from ui import interaction, preferences
from ui.customer_dialog import transaction_code_box
from ui.dates import date_box, to_date, to_qdate
from ui.formatting import buddy_label, money, problem_label, rounding_note
from ui.i18n import QT_TR_NOOP, tr
from ui.unsaved import AsksBeforeDiscarding

LINE_COLUMNS = [
    QT_TR_NOOP("Item Code"),
    QT_TR_NOOP("Item Name"),
    QT_TR_NOOP("Quantity"),
    QT_TR_NOOP("Unit Price"),
    QT_TR_NOOP("Disc. %"),
    QT_TR_NOOP("Luxury"),
    QT_TR_NOOP("Amount"),
    QT_TR_NOOP("Goods/Services"),
    QT_TR_NOOP("G/S Code"),
    QT_TR_NOOP("Unit"),
    QT_TR_NOOP("PPnBM %"),
]
CODE, NAME, QUANTITY, PRICE, DISCOUNT, LUXURY, AMOUNT, KIND, GOODS_CODE, UNIT, PPNBM = range(11)
CORETAX_COLUMNS = (KIND, GOODS_CODE, UNIT)  # behind the "Coretax details" toggle
DEFAULT_TERM = timedelta(days=30)
NAME_WIDTH = 220  # px: room for a line's name however many columns are shown


class _CommitsWhileTyping(QStyledItemDelegate):
    """Hands each keystroke to the table, so the totals follow the typing."""

    def createEditor(self, parent, option, index):  # noqa: N802
        editor = super().createEditor(parent, option, index)
        if isinstance(editor, QLineEdit):
            editor.textEdited.connect(lambda _: self.commitData.emit(editor))
        return editor


class _ChoiceDelegate(_CommitsWhileTyping):
    """A list to pick from in a cell (goods or services, the unit); the cell keeps the
    chosen item's name, which the form reads back."""

    def __init__(self, names: list[str], parent: QWidget, editable: bool = False) -> None:
        super().__init__(parent)
        self.names = names
        self.editable = editable

    def createEditor(self, parent, option, index):  # noqa: N802
        box = QComboBox(parent)
        box.addItems(self.names)
        box.setEditable(self.editable)
        if self.editable:  # a unit by code or by name: "UM.0003" or "kilo"
            box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            box.completer().setFilterMode(Qt.MatchFlag.MatchContains)
            box.completer().setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        return box

    def setEditorData(self, editor, index):  # noqa: N802
        shown = index.data() or ""
        found = editor.findText(shown)  # "Services", or a unit's "Meter (UM.0013)":
        if found < 0:  # never "Meter Persegi (UM.0012)"
            found = editor.findText(f"{shown} (", Qt.MatchFlag.MatchStartsWith)
        editor.setCurrentIndex(max(0, found))

    def setModelData(self, editor, model, index):  # noqa: N802
        model.setData(index, editor.currentText())


class _LinesTable(QTableWidget):
    """Tab moves from cell to cell as in a spreadsheet, and out of the table after the
    last cell (Shift+Tab: before the first), so the buttons below are reached by Tab."""

    def focusNextPrevChild(self, forward: bool) -> bool:  # noqa: N802 (Qt's name)
        current = self.currentIndex()
        header = self.horizontalHeader()
        shown = [c for c in range(self.columnCount()) if not self.isColumnHidden(c)]
        at_edge = not current.isValid()
        if not at_edge and forward:
            at_edge = current.row() == self.rowCount() - 1 and header.visualIndex(
                current.column()
            ) >= header.visualIndex(shown[-1])
        elif not at_edge:
            at_edge = current.row() == 0 and header.visualIndex(
                current.column()
            ) <= header.visualIndex(shown[0])
        if at_edge:
            return QWidget.focusNextPrevChild(self, forward)
        return super().focusNextPrevChild(forward)

    def fit_name(self) -> None:
        """Item Name takes the room the other columns leave, but never less than a name
        needs: with every column shown at 1024 px the table scrolls sideways instead."""
        others = sum(
            self.columnWidth(c)
            for c in range(self.columnCount())
            if c != NAME and not self.isColumnHidden(c)
        )
        self.setColumnWidth(NAME, max(NAME_WIDTH, self.viewport().width() - others))

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self.fit_name()


class BillingForm(AsksBeforeDiscarding, QDialog):
    saved = Signal(int, str)  # the billing's id, and what to tell the user

    def __init__(self, billing_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("billingForm")
        self.billing_id = billing_id
        self.resize(900, 640)
        self._auto_invoice_no = billing_id is None
        self._filling = False
        self._buttons: dict[QAction, QPushButton] = {}

        self.customer = QComboBox()
        self.customer.setObjectName("billingCustomer")
        self.customer.setEditable(True)
        self.customer.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.customer.completer().setFilterMode(Qt.MatchFlag.MatchContains)
        self.customer.completer().setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.customer.setAccessibleName(tr("Customer"))
        self.new_customer_button = QPushButton(tr("New Customer…"))
        self.new_customer_button.setObjectName("newCustomerFromForm")
        self.new_customer_button.clicked.connect(self.new_customer)
        self.invoice_no = QLineEdit()
        self.invoice_no.setObjectName("billingInvoiceNo")
        self.invoice_no.textEdited.connect(self._invoice_no_typed)
        self.subject = QLineEdit()
        self.subject.setObjectName("billingSubject")
        today = clock.today()
        self.invoice_date = date_box("billingInvoiceDate", today)
        self.due_date = date_box("billingDueDate", today + DEFAULT_TERM)
        self.tax_active = QCheckBox(tr("Invoice Tax (PPN, with an E-Faktur No)"))
        self.tax_active.setObjectName("billingInvoiceTax")
        self.tax_active.setChecked(True)
        self.transaction_code = transaction_code_box("billingTransactionCode")
        self.add_info = self._facility_box("billingAddInfo")
        self.facility_stamp = self._facility_box("billingFacilityStamp")
        self.add_info.currentIndexChanged.connect(self._add_info_chosen)
        self.prices_include_tax = QCheckBox(tr("Prices include PPN"))
        self.prices_include_tax.setObjectName("billingPricesIncludeTax")
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("billingNotes")
        self.notes.setMaximumHeight(54)
        self.notes.setTabChangesFocus(True)  # a Tab in notes moves on, as everywhere else

        self.lines = _LinesTable(0, len(LINE_COLUMNS))
        self.lines.setObjectName("billingLines")
        self.lines.setHorizontalHeaderLabels([tr(c) for c in LINE_COLUMNS])
        self.lines.verticalHeader().setVisible(False)
        self.lines.verticalHeader().setDefaultSectionSize(24)
        self.lines.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.lines.horizontalHeader()
        header.setStretchLastSection(False)  # Item Name takes the room: see fit_name
        for column, width in [
            (CODE, 90),
            (QUANTITY, 80),
            (PRICE, 130),
            (DISCOUNT, 70),
            (LUXURY, 60),
            (PPNBM, 80),
            (AMOUNT, 140),
        ]:
            self.lines.setColumnWidth(column, width)
        # the luxury lines' PPnBM rate, beside Luxury, shown while a line is luxury
        header.moveSection(header.visualIndex(PPNBM), header.visualIndex(LUXURY) + 1)
        self.lines.setColumnHidden(PPNBM, True)
        self.lines.setItemDelegate(_CommitsWhileTyping(self.lines))
        self._coretax_columns()
        self.lines.itemChanged.connect(self._line_changed)
        self.add_line_action = QAction(tr("Add Line"), self)
        self.add_line_action.setObjectName("actionAddLine")
        self.add_line_action.setShortcut(QKeySequence("Ctrl+Shift+L"))
        self.add_line_action.triggered.connect(lambda: self.add_line())
        self.remove_line_action = QAction(tr("Remove Line"), self)
        self.remove_line_action.setObjectName("actionRemoveLine")
        self.remove_line_action.triggered.connect(self.remove_line)
        self.addActions([self.add_line_action, self.remove_line_action])

        self.totals: dict[str, QLabel] = {}
        totals_box = QGroupBox(tr("Totals"))
        totals_form = QFormLayout(totals_box)
        for key, label in [
            ("dpp", "DPP"),
            ("ppn", "PPN"),
            ("ppnbm", tr("PPnBM")),
            ("total", tr("Total")),
        ]:
            value = QLabel()
            value.setObjectName(f"formTotal_{key}")
            value.setAlignment(Qt.AlignmentFlag.AlignRight)
            if key == "total":
                bold = QFont()
                bold.setBold(True)
                value.setFont(bold)
            self.totals[key] = value
            totals_form.addRow(label, value)
        self.ppn_label = totals_form.labelForField(self.totals["ppn"])
        self.totals_form = totals_form

        self.problem = problem_label("billingProblem")

        self.save_draft_action = self._button_action(tr("Save as Draft"), "actionSaveDraft")
        self.save_draft_action.triggered.connect(lambda: self.save(Status.DRAFT))
        self.save_proforma_action = self._button_action(
            tr("Save as Proforma"), "actionSaveProforma"
        )
        self.save_proforma_action.triggered.connect(lambda: self.save("proforma"))
        self.save_issue_action = self._button_action(tr("Save and Issue"), "actionSaveAndIssue")
        self.save_issue_action.triggered.connect(self.save_and_issue)

        grid = QGridLayout()
        customer_row = QHBoxLayout()
        customer_row.addWidget(self.customer, 1)
        customer_row.addWidget(self.new_customer_button)
        grid.addWidget(QLabel(tr("Customer")), 0, 0)
        grid.addLayout(customer_row, 0, 1, 1, 3)
        grid.addWidget(buddy_label(tr("Invoice No"), self.invoice_no), 1, 0)
        grid.addWidget(self.invoice_no, 1, 1)
        grid.addWidget(buddy_label(tr("Subject"), self.subject), 1, 2)
        grid.addWidget(self.subject, 1, 3)
        grid.addWidget(buddy_label(tr("Invoice Date"), self.invoice_date), 2, 0)
        grid.addWidget(self.invoice_date, 2, 1)
        grid.addWidget(buddy_label(tr("Due Date"), self.due_date), 2, 2)
        grid.addWidget(self.due_date, 2, 3)
        grid.addWidget(self.tax_active, 3, 1)
        grid.addWidget(buddy_label(tr("Transaction Code"), self.transaction_code), 3, 2)
        grid.addWidget(self.transaction_code, 3, 3)
        grid.addWidget(self.prices_include_tax, 4, 1)
        self.facility_labels = [
            buddy_label(tr("Additional Info"), self.add_info),
            buddy_label(tr("Facility Stamp"), self.facility_stamp),
        ]
        for row, (label, box) in enumerate(  # the whole width: DJP's labels are long
            zip(self.facility_labels, (self.add_info, self.facility_stamp), strict=True), start=5
        ):
            grid.addWidget(label, row, 0)
            grid.addWidget(box, row, 1, 1, 3)
        grid.addWidget(buddy_label(tr("Notes"), self.notes), 7, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.notes, 7, 1, 1, 3)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)

        line_bar = QHBoxLayout()
        line_bar.addWidget(QLabel(tr("<b>Lines</b>")))
        line_bar.addStretch(1)
        line_bar.addWidget(self.coretax_details)
        for action in (self.add_line_action, self.remove_line_action):
            button = QPushButton(action.text())
            button.setObjectName(action.objectName().replace("action", "button", 1))
            button.clicked.connect(action.trigger)
            line_bar.addWidget(button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.problem, 2)
        bottom.addWidget(totals_box, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for action in (self.save_draft_action, self.save_proforma_action, self.save_issue_action):
            buttons.addWidget(self._buttons[action])
        close = QPushButton(tr("Close"))
        close.setObjectName("closeBillingForm")
        close.clicked.connect(self.reject)
        buttons.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addLayout(line_bar)
        layout.addWidget(self.lines, 1)
        layout.addLayout(bottom)
        layout.addLayout(buttons)
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)  # Enter in a field must not click New Customer…

        self._fill_customers()
        self.customer.currentIndexChanged.connect(self._customer_picked)
        self.transaction_code.currentIndexChanged.connect(self._transaction_code_changed)
        self._transaction_code_changed()
        self.invoice_date.dateChanged.connect(self._invoice_date_changed)
        for signal in (
            self.tax_active.toggled,
            self.prices_include_tax.toggled,
            self.due_date.dateChanged,
        ):
            signal.connect(self.update_totals)
        if billing_id is None:
            self.setWindowTitle(tr("New Billing"))
            self.invoice_no.setText(numbering.next_invoice_no(today))
            self.add_line()
            self.customer.setCurrentIndex(-1)
        else:
            self._fill(billing_data(billing_id))
        self.update_totals()

    def _coretax_columns(self) -> None:
        """Goods or services, the goods/services code and the unit of each line: at the
        end, hidden until "Coretax details" is ticked, so the table keeps its room at
        1024 px and a services business never sees what it never changes."""
        for column, width in [(KIND, 115), (GOODS_CODE, 75), (UNIT, 100)]:
            self.lines.setColumnWidth(column, width)
            self.lines.setColumnHidden(column, True)
        kinds = [tr(label) for label in KIND_WORDS.values()]
        self.lines.setItemDelegateForColumn(KIND, _ChoiceDelegate(kinds, self.lines))
        unit_names = [f"{name} ({code})" for code, name in units().items()]
        self.lines.setItemDelegateForColumn(
            UNIT, _ChoiceDelegate(unit_names, self.lines, editable=True)
        )
        self.coretax_details = QCheckBox(tr("Coretax details"))
        self.coretax_details.setObjectName("billingCoretaxDetails")
        self.coretax_details.setProperty("savedAtOnce", True)  # a view, nothing to save
        self.coretax_details.setToolTip(
            tr(
                "Goods or services, goods/services code and unit of each line, as Coretax "
                "needs them (services, 000000 and Unit unless you change them)"
            )
        )
        self.coretax_details.toggled.connect(self._show_coretax_columns)
        self.coretax_details.setChecked(preferences.shows_coretax_details())
        self.coretax_details.clicked.connect(preferences.show_coretax_details)  # the user's

    def _show_coretax_columns(self, shown: bool) -> None:
        for column in CORETAX_COLUMNS:
            self.lines.setColumnHidden(column, not shown)
        self.lines.fit_name()

    def _facility_box(self, name: str) -> QComboBox:
        box = QComboBox()
        box.setObjectName(name)
        # DJP's labels are long: the box never widens the form; the tooltip has it all
        box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        box.setMinimumContentsLength(16)
        box.currentIndexChanged.connect(lambda _: box.setToolTip(box.currentText()))
        return box

    def _button_action(self, text: str, name: str) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        button = QPushButton(text)
        button.setObjectName(name.replace("action", "button", 1))
        button.clicked.connect(action.trigger)
        self._buttons[action] = button
        return action

    # -- filling -------------------------------------------------------------------

    def _fill_customers(self, select_id: int | None = None) -> None:
        self.customer.blockSignals(True)
        self.customer.clear()
        for c in customer_names():
            self.customer.addItem(c.name, c.id)
        self.customer.blockSignals(False)
        if select_id is not None:
            self.customer.setCurrentIndex(self.customer.findData(select_id))

    def _fill(self, data: BillingData) -> None:
        self._filling = True
        self.setWindowTitle(tr("Edit Billing {invoice_no}").format(invoice_no=data.invoice_no))
        self.customer.setCurrentIndex(self.customer.findData(data.customer_id))
        self.invoice_no.setText(data.invoice_no)
        self.subject.setText(data.subject)
        self.invoice_date.setDate(to_qdate(data.invoice_date))
        self.due_date.setDate(to_qdate(data.due_date))
        self.tax_active.setChecked(data.tax_active)
        self.transaction_code.setCurrentIndex(self.transaction_code.findData(data.transaction_code))
        self._transaction_code_changed()
        self.add_info.setCurrentIndex(max(0, self.add_info.findData(data.add_info)))
        self.facility_stamp.setCurrentIndex(
            max(0, self.facility_stamp.findData(data.facility_stamp))
        )
        self.prices_include_tax.setChecked(data.prices_include_tax)
        self.notes.setPlainText(data.notes)
        for line in data.lines:
            self.add_line(line)
        if any(self._choice_of(line) != LineChoice() for line in data.lines):
            self.coretax_details.setChecked(True)
        self._filling = False

    def add_line(self, line: LineData | None = None) -> int:
        self.lines.blockSignals(True)
        row = self.lines.rowCount()
        self.lines.insertRow(row)
        values = ["", "", "1", "", "0"]
        if line is not None:
            values = [
                line.item_code,
                line.name,
                f"{line.quantity.normalize():f}",
                f"{line.unit_price.normalize():f}",
                f"{line.discount_percent.normalize():f}",
            ]
        for column, text in enumerate(values):
            item = QTableWidgetItem(text)
            if column >= QUANTITY:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.lines.setItem(row, column, item)
        self._set_choice(row, self._choice_of(line) if line is not None else LineChoice())
        luxury = QTableWidgetItem()
        luxury.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
        checked = line is not None and line.luxury
        luxury.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        luxury.setToolTip(tr("Luxury goods (PPnBM): 12% of the full DPP from 1 February 2025"))
        self.lines.setItem(row, LUXURY, luxury)
        rate = f"{line.stlg_rate.normalize():f}" if line is not None else "0"
        ppnbm = QTableWidgetItem(rate)
        ppnbm.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        ppnbm.setToolTip(tr("The PPnBM rate of this luxury line, in percent (0 to 200)"))
        self.lines.setItem(row, PPNBM, ppnbm)
        amount = QTableWidgetItem()
        amount.setFlags(Qt.ItemFlag.ItemIsEnabled)
        amount.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.lines.setItem(row, AMOUNT, amount)
        self.lines.blockSignals(False)
        if not self._filling:
            self.update_totals()
            self.lines.setCurrentCell(row, NAME if line is None else CODE)
        return row

    @staticmethod
    def _choice_of(line: LineData) -> LineChoice:
        defaults = LineChoice()
        return LineChoice(
            line.kind or defaults.kind,
            line.goods_code or defaults.goods_code,
            line.unit or defaults.unit,
        )

    def _set_choice(self, row: int, choice: LineChoice) -> None:
        """Show a line's goods or services, goods/services code and unit."""
        was = self.lines.blockSignals(True)
        for column, text in [
            (KIND, tr(KIND_WORDS[choice.kind])),
            (GOODS_CODE, choice.goods_code),
            (UNIT, units().get(choice.unit, choice.unit)),
        ]:
            item = self.lines.item(row, column)
            if item is None:
                item = QTableWidgetItem()
                self.lines.setItem(row, column, item)
            item.setText(text)
        self.lines.item(row, UNIT).setToolTip(choice.unit)
        self.lines.blockSignals(was)

    def remove_line(self) -> None:
        rows = sorted({i.row() for i in self.lines.selectedIndexes()}, reverse=True)
        if not rows and self.lines.currentRow() >= 0:
            rows = [self.lines.currentRow()]
        for row in rows:
            self.lines.removeRow(row)
        self.update_totals()

    def set_cell(self, row: int, column: int, text: str) -> None:
        """Type into a line's cell (the tests use this as a user's typing)."""
        self.lines.item(row, column).setText(text)

    # -- reacting --------------------------------------------------------------------

    def _invoice_no_typed(self, _: str) -> None:
        self._auto_invoice_no = False

    def _invoice_date_changed(self, new: QDate) -> None:
        if self._auto_invoice_no:
            self.invoice_no.setText(numbering.next_invoice_no(to_date(new)))
        self.update_totals()

    def _facility_shown(self) -> bool:
        return self.transaction_code.currentData() in FACILITY_CODES

    def _transaction_code_changed(self, *_: object) -> None:
        """Codes 07 and 08 name their facility (additional information and stamp) from
        DJP's lists; the other codes have none."""
        code = self.transaction_code.currentData()
        shown = code in FACILITY_CODES
        if not self._filling:
            self.update_totals()  # 07 and 08 charge no PPN: the total changes
        for widget in (*self.facility_labels, self.add_info, self.facility_stamp):
            widget.setVisible(shown)
        if not shown:
            return
        for box, listed in (
            (self.add_info, facilities()[code]),
            (self.facility_stamp, stamps()[code]),
        ):
            chosen = box.currentData()
            box.blockSignals(True)
            box.clear()
            box.addItem(tr("(not chosen)"), "")
            for key, label in listed.items():
                box.addItem(f"{key} – {label}" if label else key, key)
            box.setCurrentIndex(max(0, box.findData(chosen)))
            box.blockSignals(False)
            box.setToolTip(box.currentText())

    def _add_info_chosen(self, _: int) -> None:
        """The stamp that goes with the additional information (same nn) is offered."""
        add_info = self.add_info.currentData()
        if add_info:
            found = self.facility_stamp.findData(stamp_for(add_info))
            self.facility_stamp.setCurrentIndex(max(0, found))

    def _customer_picked(self, index: int) -> None:
        customer_id = self.customer.itemData(index)
        if customer_id is None or self._filling:
            return
        customer = load_customer_data(customer_id)
        self.tax_active.setChecked(customer.taxable)
        self.transaction_code.setCurrentIndex(
            max(0, self.transaction_code.findData(customer.transaction_code))
        )

    def _line_changed(self, item: QTableWidgetItem) -> None:
        if item.column() == CODE and not self._filling:
            remembered = remembered_choice(item.text())
            if remembered is not None:  # the last choice saved for this item code
                self._set_choice(item.row(), remembered)
        if item.column() == UNIT:
            self._tidy_unit(item)
        if item.column() != AMOUNT:
            self.update_totals()

    def _tidy_unit(self, item: QTableWidgetItem) -> None:
        """A unit typed or picked by code or name is shown by its name (code in the tip)."""
        try:
            code = unit_code(self._unit_text(item.text()))
        except ValueError:
            return  # named under the lines as the line's problem
        was = self.lines.blockSignals(True)
        item.setText(units()[code])
        item.setToolTip(code)
        self.lines.blockSignals(was)

    @staticmethod
    def _unit_text(text: str) -> str:
        """The unit of a cell: the picker's "Kilogram (UM.0003)" is read by its code."""
        text = text.strip()
        if text.endswith(")") and "(" in text:
            return text[text.rindex("(") + 1 : -1]
        return text

    def _coretax_values(self, row: int) -> tuple[dict[str, str], list[tuple[str, str]]]:
        """The line's kind, goods/services code and unit, and what is wrong with them."""
        kinds = {tr(label).casefold(): code for code, label in KIND_WORDS.items()}
        readers = [
            (
                "kind",
                KIND,
                tr("goods or services"),
                lambda t: kinds.get(t.casefold()) or kind_code(t),
            ),
            ("goods_code", GOODS_CODE, tr("goods/services code"), goods_code),
            ("unit", UNIT, tr("unit"), lambda t: unit_code(self._unit_text(t))),
        ]
        values, problems = {}, []
        for key, column, label, reader in readers:
            try:
                values[key] = reader(self.lines.item(row, column).text())
            except ValueError as exc:
                problems.append((label, str(exc)))
        return values, problems

    def _ppnbm_rate(self, row: int, luxury: bool) -> Decimal | str:
        """The line's PPnBM rate (kept while the line is not luxury, where it counts for
        nothing), or what is wrong with it."""
        text = self.lines.item(row, PPNBM).text().strip() or "0"
        try:
            rate = read_amount(text)
        except ValueError as exc:
            return tr("Line {value}, {label}: {exc}").format(
                value=row + 1, label=tr("PPnBM rate"), exc=exc
            )
        if luxury and not is_ppnbm_rate(rate):
            return tr("Line {n}: the PPnBM rate is a percentage from 0 to 200.").format(n=row + 1)
        return rate

    def _luxury_ticked(self) -> bool:
        return any(
            self.lines.item(row, LUXURY).checkState() == Qt.CheckState.Checked
            for row in range(self.lines.rowCount())
        )

    def _is_blank(self, row: int) -> bool:
        """A line nobody filled in yet (its default quantity and discount do not count)."""
        return not any(self.lines.item(row, c).text().strip() for c in (CODE, NAME, PRICE))

    def _read_lines(self) -> tuple[list[LineData], list[str]]:
        """The lines typed so far, and what is wrong with the others (blank rows skipped)."""
        found, problems = [], []
        labels = {
            "quantity": tr("quantity"),
            "unit_price": tr("unit price"),
            "discount_percent": tr("discount"),
        }
        for row in range(self.lines.rowCount()):
            if self._is_blank(row):
                continue
            texts = [self.lines.item(row, c).text().strip() for c in range(DISCOUNT + 1)]
            values: dict[str, Decimal] = {}
            for column, key in [
                (QUANTITY, "quantity"),
                (PRICE, "unit_price"),
                (DISCOUNT, "discount_percent"),
            ]:
                label = labels[key]
                text = texts[column] or ("0" if column == DISCOUNT else "")
                if not text:
                    problems.append(
                        tr("Line {value}: enter the {label}.").format(value=row + 1, label=label)
                    )
                    continue
                try:
                    values[key] = read_amount(text)
                except ValueError as exc:
                    problems.append(
                        tr("Line {value}, {label}: {exc}").format(
                            value=row + 1, label=label, exc=exc
                        )
                    )
            limits = []
            if len(values) == 3:
                limits = amount_problems(
                    values["quantity"], values["unit_price"], values["discount_percent"]
                )
                problems += [
                    tr("Line {value}, {label}: {why}.").format(
                        value=row + 1, label=labels[column], why=why
                    )
                    for column, why in limits
                ]
            coretax, wrong = self._coretax_values(row)
            problems += [
                tr("Line {value}, {label}: {exc}").format(value=row + 1, label=label, exc=exc)
                for label, exc in wrong
            ]
            luxury = self.lines.item(row, LUXURY).checkState() == Qt.CheckState.Checked
            rate = self._ppnbm_rate(row, luxury)
            if isinstance(rate, str):
                problems.append(rate)
            if len(values) == 3 and not limits and not wrong and not isinstance(rate, str):
                found.append(
                    LineData(
                        name=texts[NAME],
                        item_code=texts[CODE],
                        luxury=luxury,
                        stlg_rate=rate,
                        **values,
                        **coretax,
                    )
                )
            else:
                found.append(None)  # keeps positions for the amounts column
        return found, problems

    def update_totals(self, *_: object) -> None:
        lines, problems = self._read_lines()
        day = to_date(self.invoice_date.date())
        tax, included = self.tax_active.isChecked(), self.prices_include_tax.isChecked()
        valid = [x for x in lines if x is not None]
        code = self.transaction_code.currentData() or "01"
        data = BillingData("", 0, day, day, tuple(valid), tax, code, prices_include_tax=included)
        figures = iter(shown_lines_of(data))
        self.lines.blockSignals(True)
        shown = 0
        for row in range(self.lines.rowCount()):
            cell = self.lines.item(row, AMOUNT)
            cell.setText("")
            cell.setToolTip("")
            if self._is_blank(row):
                continue
            line = lines[shown]
            shown += 1
            if line is not None:
                line_figures = next(figures)
                cell.setText(money(line_figures.amount))
                cell.setToolTip(rounding_note(line_figures))
        self.lines.blockSignals(False)
        totals = totals_of(data)
        self.totals["dpp"].setText(money(totals.dpp))
        self.totals["ppn"].setText(money(totals.ppn))
        self.totals["ppnbm"].setText(money(totals.ppnbm))
        self.totals_form.setRowVisible(self.totals["ppnbm"], totals.ppnbm != 0)
        self.totals_form.labelForField(self.totals["ppnbm"]).setText(
            tr("PPnBM") if tax_collected(code) else tr("PPnBM, not collected")
        )
        if self.lines.isColumnHidden(PPNBM) == self._luxury_ticked():
            self.lines.setColumnHidden(PPNBM, not self._luxury_ticked())
            self.lines.fit_name()
        self.totals["total"].setText(money(totals.total))
        rate = rate_for(day, any(x.luxury for x in valid))
        if not tax:
            self.ppn_label.setText(tr("PPN (Invoice Tax off)"))
        elif not tax_collected(code):  # stated on the faktur, charged to nobody
            self.ppn_label.setText(
                tr("PPN {rate}, not collected (code {code})").format(rate=rate.label, code=code)
            )
        else:
            self.ppn_label.setText(f"PPN {rate.label}")
        too_much = totals_problem(totals)
        dates = date_problems(day, to_date(self.due_date.date()))
        self.problem.setText("\n".join([*problems, *([too_much] if too_much else []), *dates]))

    # -- saving -------------------------------------------------------------------------

    def form_data(self) -> BillingData:
        """The billing as typed; Refused saying what is missing or wrong."""
        lines, problems = self._read_lines()
        if problems:
            raise Refused("\n".join(problems))
        customer_id = self.customer.currentData()
        if customer_id is None or self.customer.currentText() != self.customer.itemText(
            self.customer.currentIndex()
        ):
            raise Refused(tr("Choose the customer from the list, or add a New Customer."))
        return BillingData(
            invoice_no=self.invoice_no.text(),
            customer_id=customer_id,
            invoice_date=to_date(self.invoice_date.date()),
            due_date=to_date(self.due_date.date()),
            lines=tuple(x for x in lines if x is not None),
            tax_active=self.tax_active.isChecked(),
            transaction_code=self.transaction_code.currentData(),
            prices_include_tax=self.prices_include_tax.isChecked(),
            subject=self.subject.text(),
            notes=self.notes.toPlainText(),
            add_info=self._facility(self.add_info),
            facility_stamp=self._facility(self.facility_stamp),
        )

    def _facility(self, box: QComboBox) -> str:
        """The code chosen in a facility box; none for a code other than 07 and 08."""
        return (box.currentData() or "") if self._facility_shown() else ""

    def save(self, status: str) -> int | None:
        """The saved billing's id, or None when it was refused (the form says why)."""
        try:
            data = self.form_data()
            if self.billing_id is None:
                billing = create_billing(data, status)
            else:
                billing = update_billing_service(self.billing_id, data, status)
        except Refused as exc:
            self.problem.setText(exc.message)
            return None
        self.billing_id = billing.id
        label = tr("Draft") if status == Status.DRAFT else tr("Proforma")
        self.saved.emit(
            billing.id,
            tr("{invoice_no} saved as {label}.").format(invoice_no=billing.invoice_no, label=label),
        )
        self.accept()
        return billing.id

    def save_and_issue(self) -> None:
        prompts = interaction.prompts
        title = tr("Save and Issue")
        try:
            data = self.form_data()
        except Refused as exc:
            self.problem.setText(exc.message)
            return
        takes = ""
        if data.tax_active:
            takes = (
                tr(" Coretax numbers its faktur when DJP approves it.")
                if channel.through_coretax(data.invoice_date)
                else tr(" It takes the next E-Faktur No now.")
            )
        if not prompts.ask_yes_no(
            self,
            title,
            tr("Issue billing {strip} to the customer?{takes}").format(
                strip=data.invoice_no.strip(), takes=takes
            ),
        ):
            return
        try:
            billing, assigned = save_and_issue_billing(data, self.billing_id)
        except Refused as exc:
            self.problem.setText(exc.message)
            prompts.refuse(
                self, title, tr("Nothing was saved.\n\n{message}").format(message=exc.message)
            )
            return
        self.billing_id = billing.id
        message = tr("{invoice_no} is issued").format(invoice_no=billing.invoice_no)
        message += (
            tr(" with E-Faktur No {number}.").format(number=assigned.number) if assigned else "."
        )
        self.saved.emit(billing.id, message)
        self.accept()
        prompts.inform(self.parentWidget(), title, threshold.with_warning(message))

    def new_customer(self) -> None:
        from ui.customer_dialog import CustomerDialog

        dialog = CustomerDialog(None, self)
        dialog.saved.connect(lambda customer_id, _: self._customer_added(customer_id))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.show()
        self.customer_dialog = dialog

    def _customer_added(self, customer_id: int) -> None:
        self._fill_customers()
        self.customer.setCurrentIndex(self.customer.findData(customer_id))

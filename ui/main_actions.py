"""Every action of the main window, in one registry keyed by ``MainAction`` (the model is
MusicBrainz Picard's ``MainAction``): its text, keys, icon, whether it writes to the
book (then a read-only window keeps it off, saying why), which selection's answer enables
it, and who carries it out. The window makes them all at start, so an action works before
its tab was ever shown; the menus, the toolbar and the tabs' buttons are drawn from here."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from ui.i18n import QT_TR_NOOP, tr
from ui.qt_later import WIDGET_SHORTCUT

Key = QKeySequence | QKeySequence.StandardKey


class MainAction(Enum):
    """Each action, by its object name (the tests find actions by it)."""

    SETTINGS = "actionSettings"
    COMPANY = "actionCompanySettings"
    IMPORT_BILLINGS = "actionImportBillings"
    IMPORT_CORETAX = "actionImportFromCoretax"
    CORETAX_TO_DO = "actionCoretaxToDo"
    BACK_UP_NOW = "actionBackUpNow"
    BACKUPS = "actionBackups"
    QUIT = "actionQuit"
    FIND = "actionFind"
    REFRESH = "actionRefresh"
    ADD_RANGE = "actionAddRange"
    EDIT_RANGE = "actionEditRange"
    DELETE_RANGE = "actionDeleteRange"
    SHOW_NUMBER = "actionShowNumber"
    THRESHOLD = "actionThresholdSettings"
    YEAR_END = "actionYearEnd"
    SHOW_EXPORT = "actionShowExport"
    UPLOAD = "actionUploadEfaktur"
    OPEN_FILE = "actionOpenEfakturFile"
    OPEN_FILE_EXTERNALLY = "actionOpenEfakturFileExternally"
    WITHDRAW_FILE = "actionWithdrawEfakturFile"
    NEW_BILLING = "actionNewBilling"
    OPEN_BILLING = "actionOpenBilling"
    ISSUE = "actionIssueSelected"
    CANCEL = "actionCancelSelected"
    GENERATE = "actionGenerateEfakturNoSelected"
    CANCEL_EFAKTUR_NO = "actionCancelEfakturNoSelected"
    DELETE = "actionDeleteSelected"
    EXPORT_LIST = "actionExportBillingList"
    NEW_CUSTOMER = "actionNewCustomer"
    EDIT_CUSTOMER = "actionEditCustomer"
    DELETE_CUSTOMER = "actionDeleteCustomer"
    EXPORT_SELECT_ALL = "actionExportSelectAll"
    EXPORT_CSV = "actionExportCsv"
    EXPORT_GENERATE = "actionExportGenerateEfakturNo"
    EXPORT_SAVE_AGAIN = "actionExportSaveAgain"
    CHECK_HISTORY = "actionCheckHistory"
    OPEN_LOG = "actionOpenLogFolder"


class Home(Enum):
    """Who carries an action out: the window, its backups, or one of its tabs (in the
    order the tabs are shown)."""

    WINDOW = "window"
    BACKUPS = "backups"
    NUMBERS = "numbers"
    FILES = "files"
    BILLINGS = "billings"
    CUSTOMERS = "customers"
    EXPORT = "export"
    USAGE = "usage"
    HISTORY = "history"


class Chosen(Enum):
    """A selection whose capability answer enables actions."""

    RANGE = "range"
    NUMBER = "number"
    FILE = "file"
    BILLINGS = "billings"
    CUSTOMER = "customer"
    EXPORT = "export"

    @property
    def tab(self) -> Home:
        """The tab it is made in."""
        return CHOSEN_IN[self]


CHOSEN_IN = {
    Chosen.RANGE: Home.NUMBERS,
    Chosen.NUMBER: Home.NUMBERS,
    Chosen.FILE: Home.FILES,
    Chosen.BILLINGS: Home.BILLINGS,
    Chosen.CUSTOMER: Home.CUSTOMERS,
    Chosen.EXPORT: Home.EXPORT,
}


@dataclass(frozen=True)
class Spec:
    text: str  # QT_TR_NOOP
    home: Home
    slot: str  # the method of ``home`` that carries it out
    keys: tuple[Key, ...] = ()
    on_table: bool = False  # its keys work where its tab puts it (a table), not window-wide
    icon: str = ""  # a file of resources/icons
    icon_text: str = ""  # QT_TR_NOOP: shorter, beside its toolbar icon
    tip: str = ""  # QT_TR_NOOP
    writes: bool = False
    follows: Chosen | None = None
    preferences: bool = False  # macOS puts it in the application menu


A = MainAction
W, B, N, F, L, C, E = (
    Home.WINDOW,
    Home.BACKUPS,
    Home.NUMBERS,
    Home.FILES,
    Home.BILLINGS,
    Home.CUSTOMERS,
    Home.EXPORT,
)
RETURN = QKeySequence("Return")
SPECS: dict[MainAction, Spec] = {
    A.SETTINGS: Spec(
        QT_TR_NOOP("Settings…"),
        W,
        "edit_settings",
        (QKeySequence.StandardKey.Preferences,),
        icon="settings",
        tip=QT_TR_NOOP("Company, numbering, warning, backups, language and data folder"),
        preferences=True,
    ),
    A.COMPANY: Spec(
        QT_TR_NOOP("Company && Numbering…"),
        W,
        "edit_company",
        tip=QT_TR_NOOP("The seller on every faktur, and how invoices are numbered"),
        writes=True,
    ),
    A.IMPORT_BILLINGS: Spec(
        QT_TR_NOOP("Import Billings…"),
        L,
        "import_billings",
        tip=QT_TR_NOOP(
            "Billings from a .csv or .xlsx, one row per line; you see every problem first"
        ),
        writes=True,
    ),
    A.IMPORT_CORETAX: Spec(
        QT_TR_NOOP("Import from Coretax…"),
        L,
        "import_from_coretax",
        tip=QT_TR_NOOP(
            "Coretax's Pajak Keluaran export (.xlsx or .csv): each faktur's number, status "
            "and amounts; you see what changes first"
        ),
        writes=True,
    ),
    A.CORETAX_TO_DO: Spec(
        QT_TR_NOOP("Coretax To-Do…"),
        W,
        "show_coretax_to_do",
        tip=QT_TR_NOOP(
            "What is still to be done in Coretax: cancel, replace, delete drafts, upload by "
            "the 20th of the next month"
        ),
    ),
    A.BACK_UP_NOW: Spec(
        QT_TR_NOOP("Back Up Now"),
        B,
        "back_up_now",
        icon="back-up",
        icon_text=QT_TR_NOOP("Back Up"),  # the toolbar fits 1024 px
        tip=QT_TR_NOOP("Copy the book to the backup folder now"),
        writes=True,  # a read-only window writes nothing anywhere, backups included
    ),
    A.BACKUPS: Spec(
        QT_TR_NOOP("Backups && Restore…"),
        B,
        "show_backups",
        icon="history",
        tip=QT_TR_NOOP("The backups kept, where they go, and restoring one"),
    ),
    A.QUIT: Spec(QT_TR_NOOP("&Quit"), W, "close", (QKeySequence.StandardKey.Quit,)),
    A.FIND: Spec(
        QT_TR_NOOP("Find"),
        W,
        "find",
        (QKeySequence.StandardKey.Find,),
        icon="find",
        tip=QT_TR_NOOP("Go to the search box of this tab"),
    ),
    A.REFRESH: Spec(
        QT_TR_NOOP("&Refresh"),
        W,
        "refresh_all",
        (QKeySequence("F5"), QKeySequence.StandardKey.Refresh),
        icon="refresh",
    ),
    A.ADD_RANGE: Spec(
        QT_TR_NOOP("+ Tax Number…"),
        N,
        "add_range",
        icon="add-range",
        tip=QT_TR_NOOP("Record a range of E-Faktur Nos granted by DJP (e-Nofa)"),
        writes=True,
    ),
    A.EDIT_RANGE: Spec(
        QT_TR_NOOP("Edit Range…"), N, "edit_range", writes=True, follows=Chosen.RANGE
    ),
    A.DELETE_RANGE: Spec(
        QT_TR_NOOP("Delete Range"), N, "delete_range", writes=True, follows=Chosen.RANGE
    ),
    A.SHOW_NUMBER: Spec(
        QT_TR_NOOP("Number Details…"),
        N,
        "show_number",
        (RETURN,),
        on_table=True,
        follows=Chosen.NUMBER,
    ),
    A.THRESHOLD: Spec(
        QT_TR_NOOP("Threshold…"),
        N,
        "edit_threshold",
        tip=QT_TR_NOOP("Warn when few E-Faktur Nos are left"),
        writes=True,
    ),
    A.YEAR_END: Spec(
        QT_TR_NOOP("Year End…"),
        N,
        "show_year_end",
        tip=QT_TR_NOOP("A past year's unused numbers, to delete in e-Faktur"),
    ),
    A.SHOW_EXPORT: Spec(
        QT_TR_NOOP("Export…"),
        W,
        "show_export",
        (QKeySequence("Ctrl+E"),),
        icon="export-csv",
        tip=QT_TR_NOOP("The CSV for e-Faktur desktop or the XML for Coretax"),
    ),
    A.UPLOAD: Spec(
        QT_TR_NOOP("Upload E-Faktur…"),
        F,
        "upload_efaktur",
        icon="upload",
        tip=QT_TR_NOOP("Attach the approved e-Faktur PDFs (a .zip or PDFs)"),
        writes=True,
    ),
    A.OPEN_FILE: Spec(QT_TR_NOOP("Open File"), F, "open_file", follows=Chosen.FILE),
    A.OPEN_FILE_EXTERNALLY: Spec(
        QT_TR_NOOP("Open with System Viewer"), F, "open_externally", follows=Chosen.FILE
    ),
    A.WITHDRAW_FILE: Spec(
        QT_TR_NOOP("Withdraw File…"), F, "withdraw_file", writes=True, follows=Chosen.FILE
    ),
    A.NEW_BILLING: Spec(
        QT_TR_NOOP("New Billing…"),
        L,
        "new_billing",
        (QKeySequence.StandardKey.New,),
        icon="new-billing",
        writes=True,
    ),
    A.OPEN_BILLING: Spec(
        QT_TR_NOOP("&Open Billing"),
        L,
        "open_current_billing",
        (RETURN,),
        on_table=True,
        follows=Chosen.BILLINGS,
    ),
    A.ISSUE: Spec(
        QT_TR_NOOP("Issue"),
        L,
        "issue_selected",
        icon="issue",
        writes=True,
        follows=Chosen.BILLINGS,
    ),
    A.CANCEL: Spec(
        QT_TR_NOOP("Cancel Billing"),
        L,
        "cancel_selected",
        icon="cancel-billing",
        writes=True,
        follows=Chosen.BILLINGS,
    ),
    A.GENERATE: Spec(
        QT_TR_NOOP("Generate E-Faktur No for Selected"),
        L,
        "generate_for_selected",
        icon="generate-number",
        icon_text=QT_TR_NOOP("Generate No"),
        writes=True,
        follows=Chosen.BILLINGS,
    ),
    A.CANCEL_EFAKTUR_NO: Spec(
        QT_TR_NOOP("Cancel E-Faktur No"),
        L,
        "cancel_efaktur_nos_selected",
        writes=True,
        follows=Chosen.BILLINGS,
    ),
    A.DELETE: Spec(
        QT_TR_NOOP("Delete"),
        L,
        "delete_selected",
        (QKeySequence.StandardKey.Delete,),
        on_table=True,
        writes=True,
        follows=Chosen.BILLINGS,
    ),
    A.EXPORT_LIST: Spec(QT_TR_NOOP("Export List…"), L, "export_billing_list"),
    A.NEW_CUSTOMER: Spec(QT_TR_NOOP("New Customer…"), C, "new_customer", writes=True),
    A.EDIT_CUSTOMER: Spec(
        QT_TR_NOOP("Edit Customer…"), C, "edit_customer", writes=True, follows=Chosen.CUSTOMER
    ),
    A.DELETE_CUSTOMER: Spec(
        QT_TR_NOOP("Delete Customer"),
        C,
        "delete_customer",
        writes=True,
        follows=Chosen.CUSTOMER,
    ),
    A.EXPORT_SELECT_ALL: Spec(QT_TR_NOOP("Select &All"), E, "select_all"),
    A.EXPORT_CSV: Spec(
        QT_TR_NOOP("&Export CSV…"),
        E,
        "export_selected",
        writes=True,  # an export is recorded in the book
        follows=Chosen.EXPORT,
    ),
    A.EXPORT_GENERATE: Spec(
        QT_TR_NOOP("&Generate E-Faktur No"),
        E,
        "generate",
        writes=True,
        follows=Chosen.EXPORT,
    ),
    A.EXPORT_SAVE_AGAIN: Spec(
        QT_TR_NOOP("Save &Again…"),
        E,
        "save_again",
        tip=QT_TR_NOOP("Write a kept export batch to a file again, byte for byte"),
    ),
    A.CHECK_HISTORY: Spec(
        QT_TR_NOOP("Check History"),
        W,
        "check_history",
        tip=QT_TR_NOOP("Check that no history entry was forged, rewritten, back-dated or removed"),
    ),
    A.OPEN_LOG: Spec(
        QT_TR_NOOP("Open Log Folder"),
        W,
        "open_log_folder",
        icon="open-folder",
        tip=QT_TR_NOOP("Where unexpected errors are written down"),
    ),
}

# None leaves a gap (a separator in a menu)
RANGE_BUTTONS = [A.ADD_RANGE, A.EDIT_RANGE, A.DELETE_RANGE, A.THRESHOLD, A.YEAR_END]
FILE_BUTTONS = [A.UPLOAD, A.OPEN_FILE, A.OPEN_FILE_EXTERNALLY, A.WITHDRAW_FILE]
BILLING_BUTTONS = [
    A.NEW_BILLING,
    A.OPEN_BILLING,
    None,
    A.ISSUE,
    A.CANCEL,
    A.GENERATE,
    A.CANCEL_EFAKTUR_NO,
    A.DELETE,
    None,
    A.EXPORT_LIST,
]
CUSTOMER_BUTTONS = [A.NEW_CUSTOMER, A.EDIT_CUSTOMER, A.DELETE_CUSTOMER]
EXPORT_BUTTONS = [A.EXPORT_GENERATE, A.EXPORT_CSV, A.EXPORT_SAVE_AGAIN]
MENUS: list[tuple[str, list[MainAction | None]]] = [
    (
        QT_TR_NOOP("&File"),
        [
            A.SETTINGS,
            A.COMPANY,
            A.IMPORT_BILLINGS,
            A.IMPORT_CORETAX,
            A.CORETAX_TO_DO,
            None,
            A.BACK_UP_NOW,
            A.BACKUPS,
            None,
            A.QUIT,
        ],
    ),
    (QT_TR_NOOP("&View"), [A.FIND, A.REFRESH]),
    (
        QT_TR_NOOP("&E-Faktur"),
        [
            A.ADD_RANGE,
            A.EDIT_RANGE,
            A.DELETE_RANGE,
            A.SHOW_NUMBER,
            None,
            A.THRESHOLD,
            A.YEAR_END,
            None,
            A.SHOW_EXPORT,
            A.UPLOAD,
        ],
    ),
    (QT_TR_NOOP("&Billing"), [*BILLING_BUTTONS, A.IMPORT_BILLINGS]),
    (QT_TR_NOOP("&Customer"), list(CUSTOMER_BUTTONS)),
    (QT_TR_NOOP("&Help"), [A.CHECK_HISTORY, A.OPEN_LOG]),
]
TOOLBAR = [
    [A.NEW_BILLING, A.ISSUE, A.GENERATE],
    [A.ADD_RANGE, A.UPLOAD, A.SHOW_EXPORT],
    [A.BACK_UP_NOW, A.REFRESH, A.SETTINGS],
]


def _set_keys(action: QAction, keys: tuple[Key, ...]) -> None:
    # setShortcuts, never setShortcut: its overloads build Qt's namespace (see qt_later)
    if len(keys) == 1 and not isinstance(keys[0], QKeySequence):
        action.setShortcuts(keys[0])  # a standard key: every binding it has here
    elif len(keys) == 1:
        action.setShortcuts([keys[0]])
    elif keys:  # all of them, each standard key with every binding it has here
        found: list[QKeySequence] = []
        for key in keys:
            found += [key] if isinstance(key, QKeySequence) else QKeySequence.keyBindings(key)
        action.setShortcuts(list(dict.fromkeys(found)))


def create_actions(
    owner: QWidget, run: Callable[[MainAction], object]
) -> dict[MainAction, QAction]:
    """Every action, owned by ``owner``; triggering one calls ``run`` with its key."""
    made = {}
    for key, spec in SPECS.items():
        action = QAction(tr(spec.text), owner)
        action.setObjectName(key.value)
        _set_keys(action, spec.keys)
        if spec.on_table:
            action.setProperty("shortcutContext", WIDGET_SHORTCUT)
        if spec.tip:
            action.setToolTip(tr(spec.tip))
        if spec.icon_text:
            action.setIconText(tr(spec.icon_text))
        if spec.preferences:
            action.setMenuRole(QAction.MenuRole.PreferencesRole)
        if not spec.on_table:  # set up first: each later change is sent to every holder
            owner.addAction(action)
        action.triggered.connect(lambda *_, key=key: run(key))
        made[key] = action
    return made

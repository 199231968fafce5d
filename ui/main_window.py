"""The main window: a frame around seven tabs (E-Faktur No, E-Faktur Files, Billings,
Customers, Export, Usage, History), with the menus and toolbar drawn from the action
registry (``ui.main_actions``), the low-number and read-only banners, and the one place
that enables the actions from the core's answers. A tab is built when it is first shown
or first needed, so the window paints after building only the tab it opens on."""

from __future__ import annotations

from collections.abc import Callable
from importlib import import_module
from pathlib import Path
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from PySide6 import QtCore
from PySide6.QtCore import QEvent, QSize, QTimer
from PySide6.QtWidgets import QDialog, QLabel, QMainWindow, QMenu, QTabWidget, QVBoxLayout, QWidget

from app.book.connection import fold_wal, is_read_only, open_book_path
from app.numbers import threshold
from ui import interaction, preferences
from ui.action_answers import ANSWERS
from ui.backup_actions import BackupActions
from ui.book_watch import BookWatch
from ui.formatting import read_only_reason
from ui.i18n import QT_TR_NOOP, count_of, tr
from ui.icons import give_icons, hold_room
from ui.main_actions import MENUS, SPECS, TOOLBAR, Chosen, Home, MainAction, create_actions
from ui.qt_later import ICON_ONLY, TEXT_BESIDE_ICON
from ui.window_tab import WindowTab

if TYPE_CHECKING:  # tabs and dialogs load when first shown: the window starts without them
    from ui.billing_detail import BillingDetailDialog
    from ui.billings_tab import BillingsTab
    from ui.customers_tab import CustomersTab
    from ui.export_tab import ExportTab
    from ui.files_tab import FilesTab
    from ui.history_tab import HistoryTab
    from ui.numbers_tab import NumbersTab
    from ui.settings_dialog import SettingsDialog
    from ui.usage_tab import UsageTab


# each tab in the order shown: its title, and its class (imported when first needed)
TABS: dict[Home, tuple[str, Callable[[], type[WindowTab]]]] = {
    Home.NUMBERS: (QT_TR_NOOP("E-Faktur No"), lambda: import_module("ui.numbers_tab").NumbersTab),
    Home.FILES: (QT_TR_NOOP("E-Faktur Files"), lambda: import_module("ui.files_tab").FilesTab),
    Home.BILLINGS: (QT_TR_NOOP("Billings"), lambda: import_module("ui.billings_tab").BillingsTab),
    Home.CUSTOMERS: (
        QT_TR_NOOP("Customers"),
        lambda: import_module("ui.customers_tab").CustomersTab,
    ),
    Home.EXPORT: (QT_TR_NOOP("Export"), lambda: import_module("ui.export_tab").ExportTab),
    Home.USAGE: (QT_TR_NOOP("Usage"), lambda: import_module("ui.usage_tab").UsageTab),
    Home.HISTORY: (QT_TR_NOOP("History"), lambda: import_module("ui.history_tab").HistoryTab),
}
ORDER = list(TABS)
# built on first use (they query, or load Qt Charts), and sized afresh each time
ON_FIRST_USE = (Home.EXPORT, Home.USAGE)
T = TypeVar("T", bound=WindowTab)


class TabOf(Generic[T]):
    """``window.billings_tab``: the tab, built now if it was not yet."""

    def __init__(self, home: Home) -> None:
        self.home = home

    def __get__(self, window: MainWindow, owner: type | None = None) -> T:
        return window.tab(self.home)  # type: ignore[return-value]


class MainWindow(QMainWindow):
    numbers_tab: TabOf[NumbersTab] = TabOf(Home.NUMBERS)
    files_tab: TabOf[FilesTab] = TabOf(Home.FILES)
    billings_tab: TabOf[BillingsTab] = TabOf(Home.BILLINGS)
    customers_tab: TabOf[CustomersTab] = TabOf(Home.CUSTOMERS)
    export_tab: TabOf[ExportTab] = TabOf(Home.EXPORT)
    usage_tab: TabOf[UsageTab] = TabOf(Home.USAGE)
    history_tab: TabOf[HistoryTab] = TabOf(Home.HISTORY)
    export_host, usage_host = export_tab, usage_tab  # their pages: the tabs themselves

    def __init__(self, book_path: Path | None = None) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.book_path = book_path
        self.read_only = is_read_only()
        title = (
            tr("E-Faktur Desk — {name}").format(name=book_path.name)
            if book_path
            else "E-Faktur Desk"
        )
        self.setWindowTitle(title + (tr(" (read-only)") if self.read_only else ""))
        self.resize(1180, 720)
        self.detail: BillingDetailDialog | None = None
        self.dialog: QDialog | None = None  # the range/settings/… dialog open now
        self.built: dict[Home, WindowTab] = {}
        self.tabs = QTabWidget()
        self.tabs.setObjectName("mainTabs")
        for label, _ in TABS.values():
            self.tabs.addTab(QWidget(), tr(label))  # holds the tab's place until it is built
        self.tabs.currentChanged.connect(self._tab_changed)
        self.banner = QLabel()
        self.banner.setObjectName("thresholdBanner")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(
            "background: #fef3c7; color: #78350f; border: 1px solid #f59e0b; "
            "border-radius: 4px; padding: 6px 10px;"
        )
        self.to_do_banner = QLabel()  # filled after the first paint: see _update_to_do
        self.to_do_banner.setObjectName("coretaxToDoBanner")
        self.to_do_banner.setStyleSheet(
            "background: #e0f2fe; color: #075985; border: 1px solid #38bdf8; "
            "border-radius: 4px; padding: 6px 10px;"
        )
        self.to_do_banner.setVisible(False)
        self.to_do_banner.linkActivated.connect(lambda _link: self.show_coretax_to_do())
        central = QWidget()
        central_layout = QVBoxLayout(central)
        central_layout.setContentsMargins(6, 6, 6, 0)
        central_layout.addWidget(self.banner)
        central_layout.addWidget(self.to_do_banner)
        central_layout.addWidget(self.tabs)
        self.setCentralWidget(central)

        self.backup = BackupActions(self, book_path)
        self.backup.status_message.connect(self.statusBar().showMessage)
        self.backup.dialog_opened.connect(self._open_dialog)
        self.backup.restored.connect(self._restored)
        self.main_actions = create_actions(self, self.run)
        hold_room(list(self.main_actions.values()))
        self.icons_given = False  # after the first paint: see event()
        # enabled as nothing is chosen yet, before menus and toolbar hold the actions:
        # each change after that is an event to every menu, button and the window
        self._update_actions()
        for label, keys in MENUS:
            self._add_menu(tr(label), keys)
        self._build_toolbar()
        self.statusBar().showMessage(str(book_path) if book_path else "")
        if self.read_only:
            self._show_read_only()
        self._update_banner()
        preferences.restore_window(self, self.tabs)
        self.tab(ORDER[self.tabs.currentIndex()])  # the one tab the first paint shows
        self._update_actions()
        self.book_watch = BookWatch(self)
        self.book_watch.changed.connect(self._changed_elsewhere)

    # -- the tabs -------------------------------------------------------------------------

    def tab(self, home: Home) -> WindowTab:
        """The tab ``home``, built now (in the place held for it) if it was not yet."""
        if home not in self.built:
            self._put_in_place(home, self._make(home))
        return self.built[home]

    def _make(self, home: Home) -> WindowTab:
        tab = TABS[home][1]()()
        tab.saved.connect(self._saved)
        tab.refresh_wanted.connect(self.refresh_all)
        tab.status_message.connect(self.statusBar().showMessage)
        tab.dialog_opened.connect(self._open_dialog)
        tab.selection_changed.connect(self._update_actions)
        tab.billing_opened.connect(self.open_billing)
        tab.place_actions(self.main_actions)
        self.built[home] = tab
        return tab

    def _put_in_place(self, home: Home, tab: WindowTab) -> None:
        index, current = ORDER.index(home), self.tabs.currentIndex()
        place = self.tabs.widget(index)
        self.tabs.blockSignals(True)  # the same tab stays current
        self.tabs.removeTab(index)
        self.tabs.insertTab(index, tab, tr(TABS[home][0]))
        self.tabs.setCurrentIndex(current)
        self.tabs.blockSignals(False)
        place.deleteLater()
        if home not in ON_FIRST_USE and not tab.kept:  # a tab that keeps its own did
            preferences.restore_parts(self, tab)

    def _tab_changed(self, index: int) -> None:
        home = ORDER[index]
        if home in self.built:
            self.built[home].opened()
        else:  # opened before its first show, which sizes its boxes to what they hold
            tab = self._make(home)
            tab.opened()
            self._put_in_place(home, tab)

    def run(self, key: MainAction) -> object:
        """Carry out the action ``key`` where it belongs, building its tab if need be."""
        spec = SPECS[key]
        if spec.home is Home.WINDOW:
            return getattr(self, spec.slot)()
        if spec.home is Home.BACKUPS:
            return getattr(self.backup, spec.slot)()
        return getattr(self.tab(spec.home), spec.slot)()

    # -- enabling the actions -----------------------------------------------------------

    def _allow(self, key: MainAction, reason: str | None, tip: str = "") -> None:
        """Enable ``key`` unless there is a ``reason`` not to, which becomes its tooltip."""
        if self.read_only and SPECS[key].writes:
            reason = read_only_reason()
        action = self.main_actions[key]
        action.setEnabled(reason is None)
        action.setToolTip(reason or tip or action.text().rstrip("…"))
        action.setStatusTip(reason or "")

    def _update_actions(self, kind: Chosen | None = None) -> None:
        """Ask the core about what is selected (for ``kind``, or everywhere) and enable
        each action that follows it by the answer."""
        for each in [kind] if kind is not None else list(Chosen):
            tab = self.built.get(each.tab)
            chosen = tab.chosen(each) if tab is not None else None
            for key, (reason, tip) in ANSWERS[each](chosen).items():
                self._allow(key, reason, tip)

    def _show_read_only(self) -> None:
        """Another copy has the book: every action that writes stays off, with the reason."""
        for key, spec in SPECS.items():
            if spec.writes:
                self._allow(key, read_only_reason())
        self.banner_read_only = QLabel(tr("Read-only. {reason}").format(reason=read_only_reason()))
        self.banner_read_only.setObjectName("readOnlyBanner")
        self.banner_read_only.setWordWrap(True)
        self.banner_read_only.setStyleSheet(
            "background: #e0e7ff; color: #1e3a8a; border: 1px solid #6366f1; "
            "border-radius: 4px; padding: 6px 10px;"
        )
        layout = self.centralWidget().layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(0, self.banner_read_only)

    def _update_banner(self) -> None:
        warning = threshold.warning()
        self.banner.setText(f"⚠ {warning}" if warning else "")
        self.banner.setVisible(warning is not None)

    def _update_to_do(self) -> None:
        """The count of what is still to be done in Coretax (read after the first
        paint: the window shows before it asks)."""
        from app.efaktur.coretax_requests import to_do

        count = len(to_do())
        self.to_do_banner.setText(
            tr('{things} to do in Coretax: <a href="#to-do">see the list</a>').format(
                things=count_of(count, QT_TR_NOOP("1 thing"), QT_TR_NOOP("{n:,} things"))
            )
        )
        self.to_do_banner.setVisible(count > 0)

    def show_coretax_to_do(self) -> QDialog:
        from ui.coretax_todo_dialog import CoretaxToDoDialog

        return self._open_dialog(CoretaxToDoDialog(self.open_billing, self))

    # -- menus, toolbar, painting, closing ----------------------------------------------

    def _add_menu(self, title: str, keys: list[MainAction | None]) -> QMenu:
        """A menu of the actions ``keys``; None draws a separator."""
        menu = self.menuBar().addMenu(title)
        menu.setToolTipsVisible(True)
        for key in keys:
            if key is None:
                menu.addSeparator()
            else:
                menu.addAction(self.main_actions[key])
        return menu

    def _build_toolbar(self) -> None:
        bar = self.addToolBar(tr("Main"))
        bar.setObjectName("mainToolBar")
        bar.setMovable(False)
        bar.setIconSize(QSize(20, 20))
        bar.setProperty("toolButtonStyle", TEXT_BESIDE_ICON)
        for i, group in enumerate(TOOLBAR):
            if i:
                bar.addSeparator()
            bar.addActions([self.main_actions[key] for key in group])
        # F5 and its round arrow say it: the room goes to Settings' words (1024 px, Bahasa)
        refresh = bar.widgetForAction(self.main_actions[MainAction.REFRESH])
        refresh.setProperty("toolButtonStyle", ICON_ONLY)  # type: ignore[union-attr]

    def event(self, event: QEvent) -> bool:
        if not getattr(self, "icons_given", True) and event.type() == QEvent.Type.Paint:
            self.icons_given = True
            QTimer.singleShot(0, self._after_first_paint)
        return super().event(event)

    def _after_first_paint(self) -> None:
        give_icons(list(self.main_actions.values()))
        self._update_to_do()
        self._build_put_off()

    def _build_put_off(self) -> None:
        """The tabs put off until after the first paint (not those built on first use)."""
        for home in ORDER:
            if home not in ON_FIRST_USE:
                self.tab(home)

    def findChild(self, *args: Any, **kwargs: Any) -> Any:  # noqa: N802 (Qt's name)
        """Asked for its widgets (a test, saving the layout), the window has them all."""
        self._build_put_off()
        return super().findChild(*args, **kwargs)

    def findChildren(self, *args: Any, **kwargs: Any) -> Any:  # noqa: N802 (Qt's name)
        self._build_put_off()
        return super().findChildren(*args, **kwargs)

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        self.backup.wait()  # a daily backup under way finishes first
        if not self.read_only:  # a read-only window writes nothing anywhere
            preferences.save_window(self, self.tabs)
        super().closeEvent(event)

    # -- what the tabs and dialogs tell the window --------------------------------------

    def _open_dialog(self, dialog: QDialog) -> QDialog:
        if self.dialog is not None:
            self.dialog.close()
            self.dialog.deleteLater()
        self.dialog = dialog
        dialog.setWindowModality(QtCore.Qt.WindowModality.WindowModal)
        dialog.show()
        return dialog

    def _saved(self, message: str) -> None:
        self.refresh_all()
        self.statusBar().showMessage(message, 15_000)

    def refresh_all(self) -> None:
        """After any change: show it everywhere, then fold the WAL back once idle."""
        QTimer.singleShot(0, fold_wal)
        for tab in self.built.values():
            tab.book_changed()
        self._update_banner()
        self._update_to_do()
        self._update_actions()

    def _changed_elsewhere(self) -> None:
        """Another process (the command line, another copy) wrote to the book: show the
        book as it is now, the open billing too, keeping what is selected."""
        self.refresh_all()
        if self.detail is not None and self.detail.isVisible():
            self.detail.refresh()  # closes itself when the billing was deleted elsewhere
        self.statusBar().showMessage(
            tr("The book was changed outside this window; it is shown as it is now."), 15_000
        )

    def _restored(self, message: str) -> None:
        if self.detail is not None:
            self.detail.close()
        self.refresh_all()
        self.statusBar().showMessage(message, 30_000)

    def open_billing(self, billing_id: int) -> BillingDetailDialog:
        if self.detail is not None:
            self.detail.close()
            self.detail.deleteLater()
        from ui.billing_detail import BillingDetailDialog  # loaded with the first billing shown

        self.detail = BillingDetailDialog(billing_id, self)
        self.detail.changed.connect(self.refresh_all)
        self.detail.setWindowModality(QtCore.Qt.WindowModality.WindowModal)
        self.detail.show()
        return self.detail

    # -- the window's own actions -------------------------------------------------------

    def show_export(self) -> None:
        """Ctrl+E: on the Export tab, export the selection; elsewhere, go there."""
        export = self.tab(Home.EXPORT)
        if self.tabs.currentWidget() is export:
            self.main_actions[MainAction.EXPORT_CSV].trigger()
        else:
            self.tabs.setCurrentWidget(export)

    def find(self) -> None:
        box = getattr(self.tabs.currentWidget(), "search", None)
        if box is None:
            self.statusBar().showMessage(tr("This tab has nothing to search."), 5_000)
            return
        box.setFocus(QtCore.Qt.FocusReason.ShortcutFocusReason)
        box.selectAll()

    def edit_company(self) -> QDialog:
        from ui.company_dialog import CompanyDialog

        dialog = CompanyDialog(self)
        dialog.saved.connect(self._saved)
        return self._open_dialog(dialog)

    def edit_settings(self, page: int = 0) -> SettingsDialog:
        from ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(open_book_path(), self.read_only, self).show_page(page)
        dialog.saved.connect(self._saved)
        dialog.data_moved.connect(self._data_moved)
        self._open_dialog(dialog)
        return dialog

    def _data_moved(self, old_book: Path) -> None:
        if self.book_path is None or self.book_path.resolve() != old_book.resolve():
            return  # a --db or demo book stays where it is
        interaction.prompts.inform(
            self,
            tr("Data Folder"),
            tr(
                "E-Faktur Desk closes now, so that nothing more is written to the old folder. "
                "Start it again to work in the new one."
            ),
        )
        self.close()

    def open_log_folder(self) -> None:
        from app.common.error_log import log_folder

        folder = log_folder()
        folder.mkdir(parents=True, exist_ok=True)
        if not interaction.prompts.open_externally(folder):
            interaction.prompts.inform(
                self, tr("Open Log Folder"), tr("The log is in {folder}.").format(folder=folder)
            )

    def check_history(self) -> None:
        from app.book import history_anchor

        check = history_anchor.verify(open_book_path())
        say = interaction.prompts.inform if check.sound else interaction.prompts.refuse
        say(self, tr("Check History"), check.text)

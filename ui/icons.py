"""The bundled SVG icons (``resources/icons``), found the same way from source and
from a frozen bundle (PyInstaller puts ``resources/`` beside the ``ui`` package)."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from PySide6.QtGui import QAction, QColor, QIcon, QPixmap

from ui.main_actions import SPECS

FOLDER = Path(__file__).resolve().parent.parent / "resources" / "icons"

# action object name: icon file
ACTION_ICONS = {key.value: spec.icon for key, spec in SPECS.items() if spec.icon}


def icon(name: str) -> QIcon:
    return QIcon(str(FOLDER / f"{name}.svg"))


def blank(size: int = 20) -> QIcon:
    """A clear icon of ``size``: holds an icon's room until the real one is drawn."""
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(0, 0, 0, 0))  # transparent
    return QIcon(pixmap)


def give_icons(actions: Iterable[QAction]) -> None:
    for action in actions:
        name = ACTION_ICONS.get(action.objectName())
        if name:
            action.setIcon(icon(name))


def hold_room(actions: Iterable[QAction]) -> None:
    """Blank icons for now: drawing the SVGs (and loading Qt's SVG engine) costs about
    150 ms, so the window paints first and ``give_icons`` follows."""
    clear = blank()
    for action in actions:
        if action.objectName() in ACTION_ICONS:
            action.setIcon(clear)

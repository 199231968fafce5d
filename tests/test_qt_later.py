"""The numbers ui.qt_later stands in for Qt's enums are Qt's own."""

from PySide6.QtCore import Qt

from ui import qt_later


def test_each_number_is_the_value_of_qts_enum():
    assert Qt.Orientation.Vertical.value == qt_later.VERTICAL
    assert Qt.ShortcutContext.WidgetShortcut.value == qt_later.WIDGET_SHORTCUT
    style = Qt.ToolButtonStyle
    assert (
        style.ToolButtonIconOnly.value,
        style.ToolButtonTextOnly.value,
        style.ToolButtonTextBesideIcon.value,
    ) == (qt_later.ICON_ONLY, qt_later.TEXT_ONLY, qt_later.TEXT_BESIDE_ICON)
    role = Qt.ItemDataRole
    assert (
        role.DisplayRole.value,
        role.ToolTipRole.value,
        role.FontRole.value,
        role.TextAlignmentRole.value,
        role.ForegroundRole.value,
    ) == (
        qt_later.DISPLAY,
        qt_later.TOOLTIP,
        qt_later.FONT,
        qt_later.ALIGNMENT,
        qt_later.FOREGROUND,
    )
    align = Qt.AlignmentFlag
    assert (
        align.AlignLeft.value,
        align.AlignRight.value,
        align.AlignVCenter.value,
    ) == (qt_later.LEFT, qt_later.RIGHT, qt_later.MIDDLE)

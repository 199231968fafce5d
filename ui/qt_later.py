"""The few values of Qt's enums that the first paint needs, as the plain numbers Qt
takes and passes.

PySide6 builds the whole of its ``Qt`` namespace (about 90 Python enums, some 26 ms on
the bench's machine) the first time anything touches ``PySide6.QtCore.Qt``. The window's
first paint needs a handful of its values: they are set as Qt properties (which take
numbers) and compared as the numbers Qt passes to ``data``, so the namespace is built
after the paint, when something first needs it. Modules on the first paint's path use
``QtCore.Qt`` only inside functions that run later. ``tests/test_qt_later.py`` checks
these numbers against Qt's own; ``bench/scale.py`` measures what it saves.
"""

# Qt.Orientation, Qt.ShortcutContext, Qt.ToolButtonStyle (set with setProperty)
VERTICAL = 2
WIDGET_SHORTCUT = 0
ICON_ONLY, TEXT_ONLY, TEXT_BESIDE_ICON = 0, 1, 2

# Qt.ItemDataRole: what a table model's data() is asked for
DISPLAY, TOOLTIP, FONT, ALIGNMENT, FOREGROUND = 0, 3, 6, 7, 9

# Qt.AlignmentFlag: a cell's alignment, returned for ALIGNMENT
LEFT, RIGHT, MIDDLE = 0x01, 0x02, 0x80

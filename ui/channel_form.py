"""Which way the book's fakturs go to DJP: through Coretax from a faktur date, or every
one through e-Faktur desktop with E-Faktur Nos from the e-Nofa ranges. A page of
Settings; saved with the rest of the book's settings through ``channel.choose``."""

from __future__ import annotations

from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QLabel, QRadioButton, QVBoxLayout, QWidget

from app.numbers import channel
from app.numbers.channel import CORETAX_START, Channel
from ui.dates import date_box, to_date, to_qdate
from ui.i18n import tr


class ChannelForm(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("channelForm")
        saved = channel.current()
        self.coretax = QRadioButton(tr("Issue fakturs through Coretax from"))
        self.coretax.setObjectName("channelCoretax")
        self.desktop = QRadioButton(
            tr("Issue every faktur through e-Faktur desktop with E-Faktur Nos (NSFP ranges)")
        )
        self.desktop.setObjectName("channelDesktop")
        group = QButtonGroup(self)
        for button in (self.coretax, self.desktop):
            group.addButton(button)
        self.coretax_from = date_box("channelCoretaxFrom", saved.coretax_from or CORETAX_START)
        self.coretax_from.setMinimumDate(to_qdate(CORETAX_START))
        self.coretax_from.setAccessibleName(tr("First faktur date through Coretax"))
        (self.desktop if saved.coretax_from is None else self.coretax).setChecked(True)
        self.sentence = QLabel()
        self.sentence.setObjectName("channelSentence")
        self.sentence.setWordWrap(True)
        note = QLabel(
            tr(
                "Changing this changes no billing: one that holds an E-Faktur No keeps it "
                "and goes out as CSV; billings without one follow the new choice."
            )
        )
        note.setWordWrap(True)
        note.setStyleSheet("color: #4b5563;")
        row = QHBoxLayout()
        row.addWidget(self.coretax)
        row.addWidget(self.coretax_from)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(tr("<b>How fakturs go to DJP</b>")))
        layout.addLayout(row)
        layout.addWidget(self.desktop)
        layout.addWidget(self.sentence)
        layout.addWidget(note)
        self.coretax.toggled.connect(self._show)
        self.coretax_from.dateChanged.connect(self._show)
        self._show()

    def entry(self) -> Channel:
        """The way chosen, as ``channel.choose`` takes it."""
        return Channel(to_date(self.coretax_from.date()) if self.coretax.isChecked() else None)

    def _show(self, *_: object) -> None:
        self.coretax_from.setEnabled(self.coretax.isChecked())
        self.sentence.setText(self.entry().sentence)

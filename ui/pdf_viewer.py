"""An approved e-Faktur PDF shown inside the program (Qt PDF)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from ui.i18n import tr


class PdfViewer(QDialog):
    def __init__(self, path: Path, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pdfViewer")
        self.setWindowTitle(title)
        self.resize(760, 620)  # within a 1024 × 640 screen
        self.document = QPdfDocument(self)
        self.error = self.document.load(str(path))
        self.view = QPdfView(self)
        self.view.setObjectName("pdfView")
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.problem = QLabel()
        self.problem.setObjectName("pdfProblem")
        if self.error != QPdfDocument.Error.None_:
            self.problem.setText(
                tr("This file cannot be shown ({name}).").format(name=self.error.name)
            )
        self.problem.setVisible(self.error != QPdfDocument.Error.None_)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.problem)
        layout.addWidget(self.view)
        layout.addWidget(buttons)

    @property
    def page_count(self) -> int:
        return self.document.pageCount()

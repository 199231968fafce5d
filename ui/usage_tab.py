"""Usage at a glance: numbers used per month, what is left, when they run out."""

from __future__ import annotations

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from app.common import clock
from app.numbers import usage
from ui.i18n import QT_TR_NOOP, tr
from ui.window_tab import WindowTab

MONTHS = [
    QT_TR_NOOP("Jan"),
    QT_TR_NOOP("Feb"),
    QT_TR_NOOP("Mar"),
    QT_TR_NOOP("Apr"),
    QT_TR_NOOP("May"),
    QT_TR_NOOP("Jun"),
    QT_TR_NOOP("Jul"),
    QT_TR_NOOP("Aug"),
    QT_TR_NOOP("Sep"),
    QT_TR_NOOP("Oct"),
    QT_TR_NOOP("Nov"),
    QT_TR_NOOP("Dec"),
]


class UsageTab(WindowTab):
    stale = True  # drawn when first shown: a big book pays only then

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.year = QComboBox()
        self.year.setObjectName("usageYear")
        self.year.currentIndexChanged.connect(self._show)
        self.outlook = QLabel()
        self.outlook.setObjectName("usageOutlook")
        self.outlook.setWordWrap(True)
        self.figures = QLabel()
        self.figures.setObjectName("usageFigures")
        self.chart = QChart()
        self.chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        self.view = QChartView(self.chart)
        self.view.setObjectName("usageChart")
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        top = QHBoxLayout()
        top.addWidget(QLabel(tr("<b>E-Faktur No usage</b> for")))
        top.addWidget(self.year)
        top.addStretch(1)
        top.addWidget(self.figures)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.outlook)
        layout.addWidget(self.view, 1)
        self.shown: usage.YearUsage | None = None  # filled by refresh(), when first shown

    def opened(self) -> None:
        if self.stale:
            self.refresh()

    def book_changed(self) -> None:
        if self.isVisible():
            self.refresh()
        else:
            self.stale = True

    def refresh(self) -> None:
        self.stale = False
        chosen = self.year.currentData()
        years = usage.years()
        self.year.blockSignals(True)
        self.year.clear()
        for year in years:
            self.year.addItem(str(year), year)
        this_year = clock.today().year
        wanted = chosen if chosen in years else (this_year if this_year in years else None)
        if wanted is None and years:
            wanted = years[-1]
        if wanted is not None:
            self.year.setCurrentIndex(years.index(wanted))
        self.year.blockSignals(False)
        self._show()

    def _show(self, *_: object) -> None:
        year = self.year.currentData()
        self.chart.removeAllSeries()
        for axis in self.chart.axes():
            self.chart.removeAxis(axis)
        if year is None:
            self.shown = None
            self.outlook.setText(tr("No range is recorded yet: record one on the E-Faktur No tab."))
            self.figures.setText("")
            self.chart.setTitle("")
            return
        seen = usage.year_usage(year)
        self.shown = seen
        self.outlook.setText(seen.outlook())
        self.figures.setText(
            tr("Total {total:,} · Used {used:,} · Left {left:,}").format(
                total=seen.total, used=seen.used, left=seen.left
            )
        )
        self.chart.setTitle(
            tr("Numbers used per month in {year}, and left at each month's end").format(year=year)
        )

        used = QBarSet(tr("Used"))
        used.setColor(QColor("#2563eb"))
        used.append([float(n) for n in seen.used_per_month])
        bars = QBarSeries()
        bars.append(used)
        left = QLineSeries()
        left.setName(tr("Left"))
        left.setPen(QPen(QColor("#b45309"), 2))
        for month, value in enumerate(seen.left_after_month()):
            if value is not None:
                left.append(month, value)
        self.chart.addSeries(bars)
        self.chart.addSeries(left)

        months = QBarCategoryAxis()
        months.append([tr(m) for m in MONTHS])
        self.chart.addAxis(months, Qt.AlignmentFlag.AlignBottom)
        bars.attachAxis(months)
        left.attachAxis(months)
        used_axis = QValueAxis()
        used_axis.setTitleText(tr("Used"))
        used_axis.setLabelFormat("%d")
        used_axis.setRange(0, max([*seen.used_per_month, 1]))
        used_axis.applyNiceNumbers()
        self.chart.addAxis(used_axis, Qt.AlignmentFlag.AlignLeft)
        bars.attachAxis(used_axis)
        left_axis = QValueAxis()
        left_axis.setTitleText(tr("Left"))
        left_axis.setLabelFormat("%d")
        left_axis.setRange(0, max(seen.total, 1))
        left_axis.applyNiceNumbers()
        self.chart.addAxis(left_axis, Qt.AlignmentFlag.AlignRight)
        left.attachAxis(left_axis)

"""A report's chart as a picture for its PDF: horizontal bars, one per point, each
labelled with its name and number (QtGui only)."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter

from coalitiondesk.core.reports import Report

TOP = 25
"""Bars in a printed chart: the 24 largest and the rest as one "Others (n)" bar."""

_BAR = QColor("#3b6ea5")
_TEXT = QColor("#222222")


def chart_image(report: Report, *, width: float, dpi: int) -> QImage | None:
    """The chart of `report` `width` pixels wide at `dpi`, or None without one."""
    points = report.chart_points(top=TOP)
    if not points:
        return None
    font = QFont()
    font.setPointSizeF(8)
    scale = dpi / 72.0
    metrics_font = QFont(font)
    metrics_font.setPixelSize(max(1, round(8 * scale)))
    metrics = QFontMetricsF(metrics_font)
    row = metrics.height() * 1.5
    label_width = min(max(metrics.horizontalAdvance(label) for label, _ in points) + row,
                      width * 0.4)
    number_width = metrics.horizontalAdvance(f"{max(value for _, value in points):,}") + row
    height = row * len(points) + row
    image = QImage(int(width), int(height), QImage.Format.Format_ARGB32)
    image.setDotsPerMeterX(round(dpi / 0.0254))
    image.setDotsPerMeterY(round(dpi / 0.0254))
    image.fill(QColor("white"))
    painter = QPainter(image)
    try:
        painter.setFont(metrics_font)
        largest = max(value for _, value in points) or 1
        room = width - label_width - number_width
        for index, (label, value) in enumerate(points):
            top = row * index + row / 2
            painter.setPen(_TEXT)
            painter.drawText(QRectF(0, top, label_width - row / 3, row),
                             int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                             metrics.elidedText(label, Qt.TextElideMode.ElideRight,
                                                label_width - row / 3))
            length = room * value / largest
            painter.fillRect(QRectF(label_width, top + row * 0.15, length, row * 0.7), _BAR)
            painter.drawText(QRectF(label_width + length + row / 4, top, number_width, row),
                             int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                             f"{value:,}")
    finally:
        painter.end()
    return image

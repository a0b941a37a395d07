"""A report as an A4 PDF: title, its dates, notes, chart, table, page numbers. QtGui
only, so the command line can write it without a window (on the offscreen platform)."""

from __future__ import annotations

import html
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QMarginsF, QPointF, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QFont,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)

from coalitiondesk.core.exporting.target import PendingFile
from coalitiondesk.core.reports import Report
from coalitiondesk.printing.application import ensure_gui_application
from coalitiondesk.printing.output import PrintingFailed, check_pdf_written
from coalitiondesk.printing.report_chart import chart_image

# Kept importable from here for callers written before the module moved.
__all__ = ["ensure_gui_application", "render_report", "report_html", "write_report_pdf"]

_MARGIN_MM = 18.0
_FOOTER_MM = 8.0
_RESOLUTION = 300
_STYLE = """
h1 { font-size: 16pt; margin-bottom: 2pt; }
p.note { color: #555555; font-size: 9pt; margin: 0; }
table { border-collapse: collapse; margin-top: 8pt; font-size: 9pt; }
th { background-color: #e8e8e8; font-weight: bold; text-align: left; }
td.number, th.number { text-align: right; }
"""


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, int) and not isinstance(value, bool):
        return f"{value:,}"
    return html.escape(str(value))


_CHART_URL = "coalitiondesk:chart"
_DOCUMENT_DPI = 96


def report_html(report: Report, *, chart: tuple[float, float] | None = None) -> str:
    """The report as HTML; `chart` (its width and height in the document's units, which
    are pixels at 96 dpi) places the chart's picture, a document resource named
    _CHART_URL, between the notes and the table."""
    numeric = [all(isinstance(row[index], int) for row in report.rows) and bool(report.rows)
               for index in range(len(report.headers))]

    def css(index: int) -> str:
        return ' class="number"' if numeric[index] else ""

    parts = [f"<h1>{html.escape(report.title)}</h1>"]
    if report.dates():
        parts.append(f'<p class="note">{html.escape(report.dates())}</p>')
    parts.extend(f'<p class="note">{html.escape(note)}</p>' for note in report.notes)
    if chart is not None:
        parts.append(f'<p><img src="{_CHART_URL}" width="{chart[0]:.0f}" '
                     f'height="{chart[1]:.0f}"></p>')
    parts.append('<table border="1" cellspacing="0" cellpadding="4"><thead><tr>')
    # Headers and short values stay on one line; long text (titles) wraps instead.
    parts.extend(f"<th nowrap{css(index)}>{html.escape(header)}</th>"
                 for index, header in enumerate(report.headers))
    parts.append("</tr></thead><tbody>")
    for row in report.rows:
        parts.append("<tr>" + "".join(
            f"<td{' nowrap' if not isinstance(value, str) else ''}{css(index)}>"
            f"{_cell(value)}</td>"
                                      for index, value in enumerate(row)) + "</tr>")
    if not report.rows:
        parts.append(f'<tr><td colspan="{len(report.headers)}">No data</td></tr>')
    parts.append("</tbody></table>")
    return "".join(parts)


def write_report_pdf(*, report: Report, target: Path) -> int:
    """Write `report` to `target` (replaced only once complete); returns the page count."""
    ensure_gui_application()
    pending = PendingFile(target)
    try:
        pages = _render(report, pending.temporary)
        if not pages:
            raise PrintingFailed(f"Could not write {pending.target}: the PDF writer cannot"
                                 " open the file")
        check_pdf_written(pending.temporary, pending.target)
        pending.commit()
    except BaseException:
        pending.discard()
        raise
    return pages


def _render(report: Report, path: Path) -> int:
    writer = QPdfWriter(str(path))
    writer.setResolution(_RESOLUTION)
    writer.setTitle(report.title)
    writer.setCreator("")
    writer.setPageLayout(QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
        QMarginsF(_MARGIN_MM, _MARGIN_MM, _MARGIN_MM, _MARGIN_MM),
        QPageLayout.Unit.Millimeter))
    return render_report(report, writer)


def render_report(report: Report, device: QPagedPaintDevice) -> int:
    """Paint `report` on `device` (a PDF writer, or a printer set up by a print dialog)
    within its page layout; returns the page count, 0 if the device could not be opened."""
    resolution = device.logicalDpiY()
    page = device.pageLayout().paintRectPixels(resolution)
    footer = _FOOTER_MM / 25.4 * resolution

    document = QTextDocument()
    font = QFont()
    font.setPointSizeF(10)
    document.setDefaultFont(font)
    document.setDefaultStyleSheet(_STYLE)
    document.documentLayout().setPaintDevice(device)
    image = chart_image(report, width=page.width() * 0.95, dpi=resolution)
    if image is not None:
        document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(_CHART_URL),
                             image)
    # The document counts an image's pixels at 96 dpi and scales them to the device.
    shown = (None if image is None else
             (image.width() * _DOCUMENT_DPI / resolution,
              image.height() * _DOCUMENT_DPI / resolution))
    document.setHtml(report_html(report, chart=shown))
    document.setPageSize(QSizeF(page.width(), page.height() - footer))
    pages = document.pageCount()

    painter = QPainter()
    if not painter.begin(device):
        return 0
    try:
        body_height = page.height() - footer
        for number in range(pages):
            if number:
                device.newPage()
            painter.save()
            painter.translate(0, -number * body_height)
            document.drawContents(painter, QRectF(0, number * body_height,
                                                  page.width(), body_height))
            painter.restore()
            painter.setFont(font)
            painter.drawText(
                QRectF(QPointF(0, page.height() - footer), QSizeF(page.width(), footer)),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom),
                f"{report.title} · page {number + 1} of {pages}")
    finally:
        painter.end()
    return pages

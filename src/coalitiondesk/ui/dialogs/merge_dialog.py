"""Print / Merge: the letter for each recipient as it will print, then to a printer,
to PDF (one file or one per recipient), to a Word document, on envelopes or on address
labels. Each recipient's language version is named beside them, and the letters per
language counted.

The merge is prepared when the dialog opens (core.merge.plan), off the UI
thread with a progress dialog once it lasts; the preview draws pages with the
same code that prints them (printing.preview). Writing runs off the UI thread
with an inline progress bar and Stop (ui.widgets.busy_bar); afterwards the
letters printed are logged on their recipients (core.merge.dispatch).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Generator
from pathlib import Path
from typing import Any

from PySide6.QtCore import QRect, QSize, QStandardPaths, Qt, Signal
from PySide6.QtGui import QGuiApplication, QImage, QPixmap
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from coalitiondesk.core.errors import CoalitionDeskError
from coalitiondesk.core.merge.dispatch import record_as_sent
from coalitiondesk.core.merge.documents import MergeJob, SkipReason
from coalitiondesk.core.merge.fields import FIELDS
from coalitiondesk.core.merge.geometry import ENVELOPES, LABEL_SHEETS
from coalitiondesk.core.merge.plan import merge_steps
from coalitiondesk.core.merge.word_output import write_docx
from coalitiondesk.core.progress import Progress
from coalitiondesk.core.storage.db import Database
from coalitiondesk.printing import envelopes, labels
from coalitiondesk.printing import letters as letter_printing
from coalitiondesk.printing.file_names import safe_stem
from coalitiondesk.printing.fonts import job_missing_glyphs
from coalitiondesk.printing.letter_layout import LetterSetup
from coalitiondesk.printing.output import NotFitting, Printed
from coalitiondesk.printing.preview import (
    label_sheet_count,
    page_count,
    render_envelope,
    render_label_sheet,
    render_page,
)
from coalitiondesk.ui.app.i18n import display_date
from coalitiondesk.ui.app.workers import failure_text, run_long_work
from coalitiondesk.ui.dialogs.page_settings_dialog import PageSettingsDialog
from coalitiondesk.ui.dialogs.withheld_addresses import WithheldAddresses
from coalitiondesk.ui.forms.record_form import ErrorLabel
from coalitiondesk.ui.text.core_messages import message
from coalitiondesk.ui.widgets.body_editor import field_label
from coalitiondesk.ui.widgets.busy_bar import BusyBar
from coalitiondesk.ui.widgets.letter_editor import language_name
from coalitiondesk.ui.widgets.recipients_panel import skip_reason_label

PREVIEW_DPI = 72
"""About life size on a laptop screen; enough to read the letter."""

Steps = Callable[[], Generator[Any, None, Printed]]


class Output:
    LETTERS, ENVELOPES, LABELS = range(3)


class Destination:
    PRINTER, PDF, PDF_EACH, DOCX = range(4)


class MergeDialog(QDialog):
    """Preview stepping through recipients, what is left out and why, and the output.

    `dispatched` is emitted after letters were printed or written and logged,
    so the window can refresh what shows who was sent what.
    """

    dispatched = Signal()

    def __init__(self, database: Database, letter_id: int, parent: QWidget | None = None, *,
                 today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.letter_id = letter_id
        self.today = today or dt.date.today()
        self.job: MergeJob | None = None
        self.index = 0
        self.page = 0
        self.printed: Printed | None = None
        self.setWindowTitle(self.tr("Print / Merge"))

        # --- preview -------------------------------------------------------------
        self.page_image = QLabel(self)
        self.page_image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.page_image.setAccessibleName(self.tr("Page preview"))
        self.page_image.setStyleSheet("background: #8a8f96; padding: 12px;")
        self.preview_area = QScrollArea(self)
        self.preview_area.setWidget(self.page_image)
        self.preview_area.setWidgetResizable(True)
        self.preview_area.setMinimumWidth(320)
        self.previous_button = QPushButton(self.tr("◀ Previous"), self)
        self.previous_button.setAccessibleName(self.tr("Previous recipient"))
        self.next_button = QPushButton(self.tr("Next ▶"), self)
        self.next_button.setAccessibleName(self.tr("Next recipient"))
        self.position_label = QLabel(self)
        self.name_label = QLabel(self)
        self.name_label.setTextFormat(Qt.TextFormat.PlainText)
        self.page_previous = QPushButton("◀", self)
        self.page_previous.setAccessibleName(self.tr("Previous page"))
        self.page_next = QPushButton("▶", self)
        self.page_next.setAccessibleName(self.tr("Next page"))
        self.page_label = QLabel(self)
        for arrow in (self.page_previous, self.page_next):
            arrow.setMaximumWidth(arrow.fontMetrics().horizontalAdvance("▶") * 4)
        navigation = QHBoxLayout()
        navigation.addWidget(self.previous_button)
        navigation.addWidget(self.position_label)
        navigation.addWidget(self.next_button)
        navigation.addWidget(self.name_label, 1)
        navigation.addWidget(self.page_previous)
        navigation.addWidget(self.page_label)
        navigation.addWidget(self.page_next)
        preview = QVBoxLayout()
        preview.addLayout(navigation)
        preview.addWidget(self.preview_area, 1)

        # --- what is left out, and warnings ------------------------------------------
        self.problem = ErrorLabel(self)
        self.skipped_label = QLabel(self)
        self.skipped = QListWidget(self)
        self.skipped.setAccessibleName(self.tr("Recipients left out"))
        self.skipped.setMaximumHeight(self.skipped.fontMetrics().lineSpacing() * 4 + 12)
        self.glyph_warning = ErrorLabel(self)
        self.languages_label = QLabel(self)
        self.languages_label.setWordWrap(True)
        self.languages_label.setTextFormat(Qt.TextFormat.PlainText)
        # Off: an address its country's post cannot deliver is printed only when asked.
        self.include_incomplete = QCheckBox(
            self.tr("Print for recipients whose address needs checking too"), self)
        self.include_incomplete.setToolTip(self.tr(
            "Their addresses lack a part the destination's post needs; print them anyway"))
        self.include_incomplete.setVisible(False)
        # A volunteer's recipients whose home address they may not read: said, and asked.
        self.withheld = WithheldAddresses(self)
        self.labels_warning = ErrorLabel(self)

        # --- output ---------------------------------------------------------------------
        self.output_group = QButtonGroup(self)
        self.letters_choice = QRadioButton(self.tr("Letters"), self)
        self.envelopes_choice = QRadioButton(self.tr("Envelopes"), self)
        self.labels_choice = QRadioButton(self.tr("Address labels"), self)
        for number, choice in enumerate((self.letters_choice, self.envelopes_choice,
                                          self.labels_choice)):
            self.output_group.addButton(choice, number)
        self.letters_choice.setChecked(True)
        self.window_envelope = QCheckBox(self.tr("For window envelopes"), self)
        self.window_envelope.setChecked(True)
        self.window_envelope.setToolTip(self.tr(
            "Place the address where the window of a DL or C5 window envelope falls"))
        self.envelope_size = QComboBox(self)
        self.envelope_size.setAccessibleName(self.tr("Envelope size"))
        for name in ENVELOPES:
            self.envelope_size.addItem(self.tr("US #10") if name == "10" else name, name)
        self.label_sheet = QComboBox(self)
        self.label_sheet.setAccessibleName(self.tr("Label sheet"))
        for sheet in LABEL_SHEETS.values():
            self.label_sheet.addItem(self.tr("{name} ({count} per {paper} sheet)").format(
                name=f"Avery {sheet.name}", count=sheet.per_sheet, paper=sheet.paper.value),
                sheet.name)
        self.label_start = QSpinBox(self)
        self.label_start.setAccessibleName(self.tr("First label to use"))
        self.label_start.setToolTip(self.tr(
            "On a part-used sheet: the first free label, counted across then down"))
        self.label_start.setMinimum(1)
        self.label_start.setMaximum(LABEL_SHEETS[str(self.label_sheet.currentData())].per_sheet)
        options = QStackedWidget(self)
        letters_page = QWidget()
        letters_form = QFormLayout(letters_page)
        letters_form.setContentsMargins(0, 0, 0, 0)
        letters_form.addRow(self.window_envelope)
        envelopes_page = QWidget()
        envelopes_form = QFormLayout(envelopes_page)
        envelopes_form.setContentsMargins(0, 0, 0, 0)
        envelopes_form.addRow(self.tr("Size"), self.envelope_size)
        labels_page = QWidget()
        labels_form = QFormLayout(labels_page)
        labels_form.setContentsMargins(0, 0, 0, 0)
        labels_form.addRow(self.tr("Sheet"), self.label_sheet)
        labels_form.addRow(self.tr("Start at label"), self.label_start)
        for page in (letters_page, envelopes_page, labels_page):
            options.addWidget(page)
        self.options = options

        self.destination_group = QButtonGroup(self)
        self.to_printer = QRadioButton(self.tr("Printer…"), self)
        self.to_pdf = QRadioButton(self.tr("PDF file"), self)
        self.to_pdf_each = QRadioButton(self.tr("One PDF per recipient"), self)
        self.to_docx = QRadioButton(self.tr("Word document (.docx), to edit"), self)
        self.to_docx.setToolTip(self.tr(
            "One document with every letter, each from a new page, that a partner can edit"))
        for number, choice in enumerate((self.to_printer, self.to_pdf, self.to_pdf_each,
                                          self.to_docx)):
            self.destination_group.addButton(choice, number)
        self.to_pdf.setChecked(True)
        self.path = QLineEdit(self)
        self.path.setAccessibleName(self.tr("File or folder"))
        self.browse_button = QPushButton(self.tr("Choose…"), self)
        self.name_field = QComboBox(self)
        self.name_field.setAccessibleName(self.tr("Name each file after"))
        for field in FIELDS:
            if not field.multiline:
                self.name_field.addItem(field_label(field), field.key)
        self.name_field.setCurrentIndex(max(0, self.name_field.findData("full_name")))
        # Off by default: a proof or a reprint is not a sending, and a sending
        # recorded by mistake would stand in the recipient's history.
        self.log_dispatch = QCheckBox(self.tr("Record the letters as sent today"), self)
        self.log_dispatch.setChecked(False)
        self.log_dispatch.setToolTip(self.tr(
            "Each recipient's record then shows this letter, the date and how it was sent"))
        self.channel = QComboBox(self)
        self.channel.setAccessibleName(self.tr("Sent by"))
        for channel, text in (("post", self.tr("by post")), ("email", self.tr("by e-mail")),
                              ("hand", self.tr("by hand"))):
            self.channel.addItem(text, channel)
        self.channel.setEnabled(False)
        self.log_dispatch.toggled.connect(self.channel.setEnabled)

        output_box = QGroupBox(self.tr("Print"), self)
        output_layout = QFormLayout(output_box)
        what = QHBoxLayout()
        for choice in (self.letters_choice, self.envelopes_choice, self.labels_choice):
            what.addWidget(choice)
        output_layout.addRow(self.tr("What"), what)
        output_layout.addRow(options)
        where = QVBoxLayout()
        for choice in (self.to_printer, self.to_pdf, self.to_pdf_each, self.to_docx):
            where.addWidget(choice)
        output_layout.addRow(self.tr("Where"), where)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path, 1)
        path_row.addWidget(self.browse_button)
        output_layout.addRow(self.tr("File"), path_row)
        self.path_label = output_layout.labelForField(path_row)
        output_layout.addRow(self.tr("Name files after"), self.name_field)
        self.name_field_label = output_layout.labelForField(self.name_field)
        dispatch_row = QHBoxLayout()
        dispatch_row.addWidget(self.log_dispatch)
        dispatch_row.addWidget(self.channel)
        dispatch_row.addStretch(1)
        output_layout.addRow(dispatch_row)

        self.busy = BusyBar(self)
        self.outcome = QLabel(self)
        self.outcome.setWordWrap(True)
        self.outcome.setTextFormat(Qt.TextFormat.PlainText)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.go_button = self.buttons.addButton(self.tr("Write PDF"),
                                                QDialogButtonBox.ButtonRole.ActionRole)
        self.go_button.setDefault(True)
        self.settings_button = self.buttons.addButton(self.tr("Letter settings…"),
                                                      QDialogButtonBox.ButtonRole.ResetRole)
        self.settings_button.setToolTip(self.tr(
            "Paper, margins, letterhead and the sender's address"))
        self.buttons.rejected.connect(self.reject)

        side = QVBoxLayout()
        side.addWidget(self.problem)
        side.addWidget(self.skipped_label)
        side.addWidget(self.skipped)
        side.addWidget(self.languages_label)
        side.addWidget(self.include_incomplete)
        side.addWidget(self.withheld)
        side.addWidget(self.glyph_warning)
        side.addWidget(self.labels_warning)
        side.addWidget(output_box)
        side.addStretch(1)
        side.addWidget(self.busy)
        side.addWidget(self.outcome)
        side_widget = QWidget(self)
        side_widget.setLayout(side)
        # Scrolled rather than cut on a small screen: the buttons below stay in view.
        side_area = QScrollArea(self)
        side_area.setWidget(side_widget)
        side_area.setWidgetResizable(True)
        side_area.setFrameShape(QFrame.Shape.NoFrame)
        side_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        side_area.setMinimumWidth(side_widget.minimumSizeHint().width()
                                  + side_area.verticalScrollBar().sizeHint().width())
        body = QHBoxLayout()
        body.addLayout(preview, 3)
        body.addWidget(side_area, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(self.buttons)
        self.resize(fitting_size(screen_area(parent)))

        self.previous_button.clicked.connect(lambda: self.show_document(self.index - 1))
        self.next_button.clicked.connect(lambda: self.show_document(self.index + 1))
        self.page_previous.clicked.connect(lambda: self.show_page(self.page - 1))
        self.page_next.clicked.connect(lambda: self.show_page(self.page + 1))
        self.output_group.idToggled.connect(self._output_changed)
        self.destination_group.idToggled.connect(self._output_changed)
        self.browse_button.clicked.connect(self.browse)
        self.window_envelope.toggled.connect(lambda _on: self.show_page(self.page))
        for combo in (self.envelope_size, self.label_sheet):
            combo.currentIndexChanged.connect(lambda _index: self.show_page(0))
        self.label_start.valueChanged.connect(lambda _value: self.show_page(0))
        self.label_start.valueChanged.connect(lambda _value: self._check_labels())
        self.label_sheet.currentIndexChanged.connect(lambda _index: self._check_labels())
        self.include_incomplete.toggled.connect(lambda _on: self._reprepare())
        self.withheld.changed.connect(self._reprepare)
        self.label_sheet.currentIndexChanged.connect(self._sheet_changed)
        self.go_button.clicked.connect(self.start)
        self.settings_button.clicked.connect(self.edit_settings)

        self.prepare()
        self._output_changed()

    # --- the merge and its preview ---------------------------------------------------

    def prepare(self) -> None:
        """Merge the letter again from the database (after a change elsewhere), off the UI
        thread: a letter to thousands of recipients takes a while, and can be stopped."""
        database, letter_id, today = self.database, self.letter_id, self.today
        include = self.include_incomplete.isChecked()
        organization = self.withheld.organization_address

        def steps() -> Generator[Progress, None, MergeJob]:
            with database.session() as session:
                return (yield from merge_steps(session=session, letter_id=letter_id,
                                               today=today, include_incomplete=include,
                                               organization_address=organization))

        outcome = run_long_work(steps, title=self.tr("Print / Merge"), parent=self,
                                report_failure=False)
        self.job = outcome.result if outcome.succeeded else None
        if outcome.error is not None:
            self.problem.show_problem(failure_text(outcome.error))
        elif outcome.cancelled:
            self.problem.show_problem(self.tr("Stopped before the letters were merged."))
        else:
            self.problem.show_problem(None)
        job = self.job
        self.skipped.clear()
        if job is not None:
            self.setWindowTitle(self.tr("Print / Merge — {title}").format(title=job.title))
            for item in job.skipped:
                self.skipped.addItem(self.tr("{name}: {reason}").format(
                    name=item.name, reason=skip_reason_label(item.reason, item.missing)))
            for item in job.incomplete_included:
                self.skipped.addItem(self.tr("{name} (printed): {reason}").format(
                    name=item.name, reason=skip_reason_label(item.reason, item.missing)))
            for name in job.withheld_signatories:
                self.skipped.addItem(self.tr(
                    "{name}: not in the signatory block (marked “do not share”)"
                ).format(name=name))
            if job.skipped:
                self.skipped_label.setText(
                    self.tr("Left out (%n recipient(s)):", "", len(job.skipped)))
            elif job.incomplete_included:
                self.skipped_label.setText(self.tr(
                    "Every recipient will be printed; some addresses need checking:"))
            else:
                self.skipped_label.setText(self.tr("Every recipient will be printed."))
            self.path.setText(str(self._default_path(job)))
        self._show_languages(job)
        self.skipped.setVisible(bool(job and (job.skipped or job.withheld_signatories
                                              or job.incomplete_included)))
        self.include_incomplete.setVisible(bool(job and (job.incomplete_included or any(
            item.reason == SkipReason.incomplete_address for item in job.skipped))))
        self.withheld.show_recipients(job.withheld_addresses() if job else (),
                                      job.organization_addressed if job else ())
        self.glyph_warning.show_problem(self._glyph_warning())
        self._check_labels()
        self.show_document(0)

    def _show_languages(self, job: MergeJob | None) -> None:
        """Letters per language version, when there is more than one; who gets which is
        in the tooltip and beside each recipient's name in the preview."""
        counts = job.language_counts() if job is not None else {}
        self.languages_label.setVisible(len(counts) > 1)
        if len(counts) < 2 or job is None:
            self.languages_label.setText("")
            self.languages_label.setToolTip("")
            return
        self.languages_label.setText(self.tr("Letters per language: {counts}").format(
            counts=", ".join(f"{language_name(code)} {count}"
                             for code, count in counts.items())))
        names: dict[str, list[str]] = {}
        for document in job.documents:
            names.setdefault(document.language or job.language, []).append(document.name)
        self.languages_label.setToolTip("\n".join(
            f"{language_name(code)}: " + ", ".join(listed[:30])
            + (" …" if len(listed) > 30 else "") for code, listed in names.items()))

    def _reprepare(self) -> None:
        self.prepare()
        self._output_changed()

    def _check_labels(self) -> None:
        """The preflight: the labels that would be cut at their edge even at the
        smallest size, named before anything is printed."""
        job = self.job
        cut: tuple[NotFitting, ...] = ()
        if job is not None and job.documents and self.output() == Output.LABELS:
            cut = labels.labels_not_fitting(job=job, sheet=str(self.label_sheet.currentData()),
                                            start=self.label_start.value())
        self.labels_warning.show_problem(self.tr(
            "These addresses do not fit their label even at the smallest size and would be "
            "cut: {names}").format(names=", ".join(item.name for item in cut)) if cut else None)

    def edit_settings(self) -> None:
        dialog = PageSettingsDialog(self.database, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            shown = self.index
            self.prepare()
            self.show_document(shown)

    def document_count(self) -> int:
        return len(self.job.documents) if self.job is not None else 0

    def show_document(self, index: int) -> None:
        count = self.document_count()
        self.index = max(0, min(index, count - 1)) if count else 0
        self.show_page(0)

    def _show_recipient(self) -> None:
        count = self.document_count()
        if not count:
            self.position_label.setText(self.tr("No letters to print"))
            self.name_label.setText("")
        elif self.output() == Output.LABELS:
            self.position_label.setText(self.tr("%n label(s)", "", count))
            self.name_label.setText("")
        else:
            assert self.job is not None
            self.position_label.setText(self.tr("{n} of {total}").format(
                n=self.index + 1, total=count))
            document = self.job.documents[self.index]
            if len(self.job.language_counts()) > 1:
                self.name_label.setText(self.tr("{name} · {language}").format(
                    name=document.name,
                    language=language_name(document.language or self.job.language)))
            else:
                self.name_label.setText(document.name)

    def show_page(self, page: int) -> None:
        """Page `page` of what is shown: the recipient's letter or envelope, or a label sheet."""
        self._show_recipient()
        count = self.document_count()
        pages = self.page_total()
        self.page = max(0, min(page, pages - 1)) if pages else 0
        per_recipient = self.output() != Output.LABELS
        self.previous_button.setEnabled(per_recipient and self.index > 0)
        self.next_button.setEnabled(per_recipient and self.index < count - 1)
        self.page_previous.setEnabled(self.page > 0)
        self.page_next.setEnabled(self.page < pages - 1)
        text = (self.tr("Page {n} of {total}") if per_recipient
                else self.tr("Sheet {n} of {total}"))
        self.page_label.setText(text.format(n=self.page + 1, total=pages) if pages else "")
        if not pages:
            self.page_image.setPixmap(QPixmap())
            self.page_image.setText(self.tr("Nothing to preview."))
            return
        self.page_image.setPixmap(QPixmap.fromImage(self.page_preview()))

    def page_total(self) -> int:
        job = self.job
        if job is None or not job.documents:
            return 0
        output = self.output()
        if output == Output.LETTERS:
            return page_count(job, self.index, self.setup())
        if output == Output.ENVELOPES:
            return 1
        return label_sheet_count(job, str(self.label_sheet.currentData()),
                                 self.label_start.value())

    def page_preview(self) -> QImage:
        """The page shown, drawn by the code that prints it, at the preview's resolution."""
        job = self.job
        assert job is not None
        output = self.output()
        if output == Output.LETTERS:
            return render_page(job, self.index, self.page, PREVIEW_DPI, self.setup())
        if output == Output.ENVELOPES:
            return render_envelope(job, self.index, str(self.envelope_size.currentData()),
                                   PREVIEW_DPI)
        return render_label_sheet(job, str(self.label_sheet.currentData()),
                                  self.label_start.value(), self.page, PREVIEW_DPI)

    def setup(self) -> LetterSetup:
        assert self.job is not None
        return LetterSetup.for_job(self.job, window_envelope=self.window_envelope.isChecked())

    def _glyph_warning(self) -> str | None:
        job = self.job
        if job is None:
            return None
        missing = job_missing_glyphs(job)
        if not missing:
            return None
        shown = "; ".join(f"“{chars}” in “{_clip(text)}”" for text, chars in missing[:5])
        return self.tr("No installed font can draw some characters; they would print as "
                       "empty boxes: {shown}").format(shown=shown)

    # --- output -----------------------------------------------------------------------

    def output(self) -> int:
        return self.output_group.checkedId()

    def destination(self) -> int:
        return self.destination_group.checkedId()

    def _output_changed(self, _id: int = -1, checked: bool = True) -> None:
        if not checked:  # the button switched off; its partner switching on follows
            return
        output = self.output()
        self.options.setCurrentIndex(output)
        # The stack takes the height of the current options only, not of the tallest.
        for number in range(self.options.count()):
            policy = (QSizePolicy.Policy.Preferred if number == output
                      else QSizePolicy.Policy.Ignored)
            page = self.options.widget(number)
            if page is not None:
                page.setSizePolicy(policy, policy)
        self.options.adjustSize()
        # One file per recipient, and Word, make sense for letters only.
        self.to_pdf_each.setEnabled(output == Output.LETTERS)
        self.to_docx.setEnabled(output == Output.LETTERS)
        if output != Output.LETTERS and (self.to_pdf_each.isChecked()
                                         or self.to_docx.isChecked()):
            self.to_pdf.setChecked(True)
        destination = self.destination()
        to_file = destination in (Destination.PDF, Destination.PDF_EACH, Destination.DOCX)
        for widget in (self.path, self.browse_button, self.path_label):
            if widget is not None:
                widget.setVisible(to_file)
        each = destination == Destination.PDF_EACH
        for widget in (self.name_field, self.name_field_label):
            if widget is not None:
                widget.setVisible(each)
        if self.path_label is not None and isinstance(self.path_label, QLabel):
            self.path_label.setText(self.tr("Folder") if each else self.tr("File"))
        self.log_dispatch.setVisible(output == Output.LETTERS)
        self.channel.setVisible(output == Output.LETTERS)
        self.go_button.setText(self.tr("Print…") if destination == Destination.PRINTER
                               else self.tr("Write Word document")
                               if destination == Destination.DOCX else self.tr("Write PDF"))
        if self.job is not None:
            self.path.setText(str(self._default_path(self.job)))
        self.go_button.setEnabled(self.document_count() > 0)
        self._check_labels()
        self.show_page(0)

    def _sheet_changed(self) -> None:
        self.label_start.setMaximum(LABEL_SHEETS[str(self.label_sheet.currentData())].per_sheet)

    def _default_path(self, job: MergeJob) -> Path:
        current = Path(self.path.text()) if self.path.text() else _documents_folder()
        folder = current if current.is_dir() else current.parent
        if self.destination() == Destination.PDF_EACH:
            return folder
        suffix = {Output.LETTERS: "", Output.ENVELOPES: " - envelopes",
                  Output.LABELS: " - labels"}[self.output()]
        extension = ".docx" if self.destination() == Destination.DOCX else ".pdf"
        return folder / f"{safe_stem(job.title + suffix, fallback='letters')}{extension}"

    def browse(self) -> None:
        if self.destination() == Destination.PDF_EACH:
            chosen = QFileDialog.getExistingDirectory(self, self.tr("Folder for the PDFs"),
                                                      self.path.text())
        elif self.destination() == Destination.DOCX:
            chosen, _filter = QFileDialog.getSaveFileName(
                self, self.tr("Write Word document"), self.path.text(),
                self.tr("Word documents (*.docx)"))
        else:
            chosen, _filter = QFileDialog.getSaveFileName(
                self, self.tr("Write PDF"), self.path.text(), self.tr("PDF files (*.pdf)"))
        if chosen:
            self.path.setText(chosen)

    def start(self) -> bool:
        """Print or write what the options say, off the UI thread; False if it cannot start."""
        # Answered with the organization's address, the letter is merged again: the file
        # chosen stays the one written.
        chosen = self.path.text()
        if self.job is not None and not self.busy.busy and not self.withheld.confirm():
            return False
        self.path.setText(chosen)
        job = self.job
        if job is None or not job.documents or self.busy.busy:
            return False
        destination = self.destination()
        if destination == Destination.PRINTER:
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            dialog = QPrintDialog(printer, self)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
            self._printer = printer  # kept alive until the worker is done with it
            steps = self._steps(printer=printer)
        else:
            target = Path(self.path.text().strip()).expanduser()
            if not self.path.text().strip():
                self.outcome.setText(self.tr("Choose where to write the PDF."))
                return False
            if destination == Destination.PDF_EACH:
                target.mkdir(parents=True, exist_ok=True)
            steps = self._steps(target=target)
        self.go_button.setEnabled(False)
        self.outcome.setText("")
        self.busy.run(steps, self._finished, self._failed, self._cancelled)
        return True

    def _steps(self, *, printer: QPrinter | None = None, target: Path | None = None) -> Steps:
        job = self.job
        assert job is not None
        output, destination = self.output(), self.destination()
        window = self.window_envelope.isChecked()
        envelope = str(self.envelope_size.currentData())
        sheet = str(self.label_sheet.currentData())
        start = self.label_start.value()
        name_field = str(self.name_field.currentData())

        def make() -> Generator[Any, None, Printed]:
            setup = LetterSetup.for_job(job, window_envelope=window)
            if output == Output.LETTERS and destination == Destination.DOCX:
                assert target is not None
                written = yield from write_docx(job=job, target=target)
                return Printed(pages=0, documents=written.documents, files=(written.target,),
                               recipient_ids=written.recipient_ids)
            if output == Output.LETTERS:
                if printer is not None:
                    return (yield from letter_printing.print_letters(
                        job=job, device=printer, setup=setup))
                assert target is not None
                if destination == Destination.PDF_EACH:
                    targets = letter_printing.per_recipient_targets(
                        job, target, name_field=name_field)
                    return (yield from letter_printing.write_letters_per_recipient(
                        job=job, targets=targets, setup=setup))
                return (yield from letter_printing.write_letters(
                    job=job, target=target, setup=setup))
            if output == Output.ENVELOPES:
                if printer is not None:
                    return (yield from envelopes.print_envelopes(
                        job=job, device=printer, envelope=envelope))
                assert target is not None
                return (yield from envelopes.write_envelopes(
                    job=job, target=target, envelope=envelope))
            if printer is not None:
                return (yield from labels.print_labels(
                    job=job, device=printer, sheet=sheet, start=start))
            assert target is not None
            return (yield from labels.write_labels(job=job, target=target, sheet=sheet,
                                                   start=start))
        return make

    def _finished(self, printed: Printed) -> None:
        self.printed = printed
        self.go_button.setEnabled(True)
        lines = [(self.tr("%n page(s)", "", printed.pages) + ", " if printed.pages else "")
                 + self.tr("%n document(s)", "", printed.documents)]
        if printed.files:
            shown = printed.files[0] if len(printed.files) == 1 else printed.files[0].parent
            lines.append(self.tr("Written to {path}").format(path=shown))
        if printed.not_fitting:
            names = ", ".join(item.name for item in printed.not_fitting)
            lines.append(self.tr("Did not fit, even shrunk: {names}").format(names=names))
        if self.output() == Output.LETTERS and self.log_dispatch.isChecked() \
                and printed.recipient_ids:
            try:
                record_as_sent(self.database, letter_id=self.letter_id,
                               recipient_ids=printed.recipient_ids, on=self.today,
                               channel=str(self.channel.currentData()),
                               languages=self.job.languages() if self.job else None)
            except CoalitionDeskError as error:
                lines.append(message(error))
            else:
                lines.append(self.tr("Recorded as sent on {date}.").format(
                    date=display_date(self.today)))
                self.dispatched.emit()
        self.outcome.setText("\n".join(lines))

    def _failed(self, message: str) -> None:
        self.go_button.setEnabled(True)
        self.outcome.setText(self.tr("Not printed: {message}").format(message=message))

    def _cancelled(self) -> None:
        self.go_button.setEnabled(True)
        self.outcome.setText(self.tr("Stopped; nothing was recorded as sent."))

    def reject(self) -> None:
        # Closing while printing stops it first: an unfinished PDF is removed.
        if self.busy.busy:
            self.busy.cancel()
            self.busy.wait()
        super().reject()


def fitting_size(available: QRect) -> QSize:
    """The dialog's size on a screen whose free area is `available`: roomy where there
    is room, never past the screen's edge (1366x768 and 1024x700 laptops)."""
    # Room for the window's frame and title bar, which the size does not include; the
    # side column scrolls, so the dialog's own minimum stays below a small screen's.
    return QSize(min(1180, available.width() - 40), min(820, available.height() - 60))


def screen_area(parent: QWidget | None) -> QRect:
    """The free area of the screen the dialog opens on: its parent's, else the primary."""
    screen = (parent.screen() if parent is not None else None) or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def _documents_folder() -> Path:
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(folder) if folder and Path(folder).is_dir() else Path.home()


def _clip(text: str, length: int = 40) -> str:
    return text if len(text) <= length else text[:length - 1] + "…"

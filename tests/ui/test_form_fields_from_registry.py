"""The record forms' rows and the translated field names come from the field registry
(core.records.fields): a field added there gets a labelled row and is listed for
translation."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QCheckBox, QFormLayout, QLabel, QWidget
from pytestqt.qtbot import QtBot

from coalitiondesk.core.records.fields import (
    CONTACT,
    ORGANIZATION,
    REGISTRY,
    Field,
    Section,
    ValueKind,
    field,
)
from coalitiondesk.core.storage.db import Database
from coalitiondesk.ui.app import i18n
from coalitiondesk.ui.forms import ContactForm, OrganizationForm
from coalitiondesk.ui.forms.editors import CheckEditor, LineEditor
from coalitiondesk.ui.forms.record_form import RecordForm
from coalitiondesk.ui.text import field_labels

COUNTRY_PICKERS = {"country_code", "address_country_code"}
"""Placed with a label of their own ("Country")."""


def row_label(form: RecordForm, key: str) -> str:
    cell = form._rows[key]
    group = cell.parentWidget()
    assert group is not None
    layout = group.layout()
    assert isinstance(layout, QFormLayout)
    label = layout.labelForField(cell)
    return label.text() if isinstance(label, QLabel) else ""


def shown_name(form: RecordForm, entry: Field) -> str:
    """What the form calls the field: its row's label, or its check box's text."""
    editor = form.editor(entry.key)
    if isinstance(editor, CheckEditor):
        return editor.box.text()
    return row_label(form, entry.key)


@pytest.mark.parametrize(("form_class", "registry"), [(OrganizationForm, ORGANIZATION),
                                                      (ContactForm, CONTACT)])
def test_every_field_of_the_registry_has_a_labelled_row(
    qtbot: QtBot, database: Database, form_class: type[RecordForm],
    registry: tuple[Field, ...],
) -> None:
    form = form_class(database)
    qtbot.addWidget(form)
    for entry in registry:
        name = shown_name(form, entry)
        if entry.key in COUNTRY_PICKERS:
            assert name == "Country"
        elif entry.kind is ValueKind.text and entry.section is Section.notes:
            assert name == ""  # the group's title names it
        else:
            assert name == entry.label, entry.key
        if entry.hint:
            editor = form.editor(entry.key)
            assert isinstance(editor, LineEditor) and editor.edit.placeholderText() == (
                entry.hint)
        if entry.tip:
            assert form.editor(entry.key).widget.toolTip() == entry.tip
    tags = {"tags"}
    assert set(form._editors) - tags == {entry.key for entry in registry}


def test_a_field_added_to_the_registry_gets_a_row_in_its_section(
    qtbot: QtBot, database: Database,
) -> None:
    department = replace(field(CONTACT, "position"), key="department", label="Department",
                         section=Section.details, hint="e.g. Policy")

    class Form(ContactForm):
        FIELDS = (*CONTACT, department)

    form = Form(database)
    qtbot.addWidget(form)
    assert row_label(form, "department") == "Department"
    editor = form.editor("department")
    assert isinstance(editor, LineEditor) and editor.edit.placeholderText() == "e.g. Policy"
    # In its section's group, after the section's other fields.
    details = form._rows["social_handle"].parentWidget()
    assert form._rows["department"].parentWidget() is details


def test_every_text_of_the_registry_is_listed_for_translation() -> None:
    texts = {text for fields in REGISTRY.values() for entry in fields
             for text in (entry.label, entry.hint, entry.tip) if text}
    assert texts <= set(field_labels.FIELD_TEXTS)


@pytest.fixture(params=["ko", "ja"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    i18n.install_translations(request.param)
    yield request.param
    i18n.remove_translations()


def test_every_text_of_the_registry_is_translated(language: str) -> None:
    untranslated = []
    for fields in REGISTRY.values():
        for entry in fields:
            for text in (entry.label, entry.hint, entry.tip):
                if text and QCoreApplication.translate("Fields", text) == text:
                    untranslated.append(text)
    assert not untranslated, f"{language}: {untranslated}"


def test_in_korean_the_form_names_its_fields_in_korean(
    qtbot: QtBot, database: Database, qapp: QApplication,
) -> None:
    i18n.install_translations("ko")
    try:
        form = ContactForm(database)
        qtbot.addWidget(form)
        social = row_label(form, "social_handle")
        box = form.editor("do_not_mail").widget
        assert isinstance(box, QCheckBox)
        assert _hangul(social) and _hangul(box.text())
        assert isinstance(form.editor("sensitivity").widget, QWidget)
    finally:
        i18n.remove_translations()


def _hangul(text: str) -> bool:
    return any("\uac00" <= character <= "\ud7a3" for character in text)


def test_the_import_wizard_and_export_dialog_show_a_field_as_the_form_does(language: str) -> None:
    for fields in REGISTRY.values():
        for entry in fields:
            form = field_labels.field_label(entry)
            assert field_labels.column_label(entry.label, "MappingPage") == form
            assert field_labels.column_label(entry.label, "ExportColumns") == form
    assert field_labels.column_label("Times sent", "ExportColumns") != "Times sent"

"""The command line's names of the fields (core.importing.interface_titles, read from the
shipped .qm catalogues without Qt) are the window's: its reader agrees with Qt's own on
every message, and its titles are the import wizard's, language by language."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator
from pytestqt.qtbot import QtBot

from coalitiondesk.core.importing import ImportKind
from coalitiondesk.core.importing.fields import import_targets, targets
from coalitiondesk.core.importing.interface_titles import interface_titles, read_catalogue
from coalitiondesk.core.storage.db import Database
from coalitiondesk.core.storage.resources import resource_path
from coalitiondesk.ui.app import i18n
from coalitiondesk.ui.dialogs.import_wizard import ImportWizard


@pytest.mark.parametrize("language", ["ko", "ja", "en"])
def test_the_catalogue_reader_reads_what_qt_reads(qapp: object, language: str) -> None:
    path = resource_path("translations", f"coalitiondesk_{language}.qm")
    catalogue = read_catalogue(path.read_bytes())
    translator = QTranslator()
    assert translator.load(str(path))
    if language != "en":
        assert len(catalogue) > 500
        assert catalogue[("Fields", "Membership status")] == translator.translate(
            "Fields", "Membership status")
    for (context, source), translation in catalogue.items():
        assert translator.translate(context, source) == translation, (context, source)


def test_a_file_that_is_not_a_catalogue_is_refused() -> None:
    data = resource_path("translations", "coalitiondesk_ko.qm").read_bytes()
    for broken in (b"", b"PK\x03\x04" + data[4:], data[:len(data) // 2]):
        with pytest.raises(ValueError):
            read_catalogue(broken)


@pytest.mark.parametrize("kind", [ImportKind.organizations, ImportKind.contacts],
                         ids=lambda kind: kind.value)
@pytest.mark.parametrize("language", ["ko", "ja", "en"])
def test_the_command_lines_titles_are_the_import_wizards(
        qtbot: QtBot, database: Database, tmp_path: Path, language: str,
        kind: ImportKind) -> None:
    source = tmp_path / "list.csv"
    source.write_text("Name\nNK Watch\n", encoding="utf-8")
    i18n.install_translations(language)
    try:
        wizard = ImportWizard(database, source)
        qtbot.addWidget(wizard)
        with database.session() as session:
            choices = import_targets(session=session, kind=kind)
        windows = wizard.mapping_page._titles(kind, choices)
    finally:
        i18n.remove_translations()
    ours = interface_titles(kind=kind, languages=[language])
    fields = {target.key for target in targets(kind)}
    # Every name of a field the window matches, the command line matches to the same field;
    # the window's names of computed columns (the ID, a country's name) it matches as their
    # English headers say.
    assert {title: key for title, key in windows.items() if key in fields}.items() <= \
        ours.items()
    assert set(ours) <= set(windows)

"""A sentence that counts something is written once with "%n" and "(s)" and translated with
its count, so that English reads "1 record" and "2 records" (coalitiondesk_en.ts, filled
in by tools/translations.py) and Korean and Japanese have their own form: never "1
record(s)" on the screen."""

from __future__ import annotations

import ast
import importlib.util
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from coalitiondesk.core.demo import load_demo
from coalitiondesk.core.journal.operations import ChangeSet
from coalitiondesk.core.records.bulk_letters import LetterAdded
from coalitiondesk.core.records.organizations import OrganizationFilter
from coalitiondesk.core.storage.db import Database
from coalitiondesk.ui.dialogs.bulk_change_dialog import BulkChangeDialog
from coalitiondesk.ui.dialogs.security_dialogs import encrypt_dialog
from coalitiondesk.ui.widgets.groups_panel import GroupsPanel

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"

_BRACKETED = re.compile(r"\w\(e?s\)")


def _translations_tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("translations_tool",
                                                  ROOT / "tools" / "translations.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def english_ts(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """English's plurals as tools/translations.py makes them from today's sources, in a
    copy (the shipped file is brought up to date with the translations)."""
    folder = tmp_path_factory.mktemp("translations")
    shutil.copy(TRANSLATIONS / "coalitiondesk_en.ts", folder)
    _translations_tool().update(folder)
    return folder / "coalitiondesk_en.ts"


def test_every_sentence_with_a_bracketed_plural_is_translated_as_a_plural(
        english_ts: Path) -> None:
    """lupdate takes a count only from tr(text, "", n): given to
    QCoreApplication.translate, the count makes no plural (or, if not a plain name, the
    text is not collected at all), and a core or command-line sentence has none."""
    plurals = {message.findtext("source") for message in ET.parse(english_ts).iter("message")
               if message.get("numerus") == "yes"}
    found = [f"{path.relative_to(ROOT)}:{node.lineno} {node.value!r}"
             for path in sorted((ROOT / "src" / "coalitiondesk").rglob("*.py"))
             for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
             if isinstance(node, ast.Constant) and isinstance(node.value, str)
             and _BRACKETED.search(node.value) and node.value not in plurals]
    assert found == [], "Write these with %n and translate them with tr(text, \"\", n):\n" + (
        "\n".join(found))


@pytest.fixture
def english_plurals(qapp: QApplication, english_ts: Path) -> Iterator[None]:
    qm = english_ts.with_suffix(".qm")
    subprocess.run([_translations_tool()._tool("lrelease"), "-silent", str(english_ts),
                    "-qm", str(qm)], check=True, timeout=120)
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


@pytest.fixture
def coalition(database: Database) -> Database:
    with database.transaction() as session:
        load_demo(session=session)
    return database


@pytest.mark.usefixtures("english_plurals")
def test_the_bulk_change_counts_its_records_in_english(
        qtbot: QtBot, coalition: Database) -> None:
    summaries = {}
    for filters in (OrganizationFilter(search="Freedom House"), OrganizationFilter()):
        dialog = BulkChangeDialog(coalition, kind="organization", selected=[],
                                  filters=filters)
        qtbot.addWidget(dialog)
        dialog.field.setCurrentIndex(dialog.field.findData("remove_tag"))
        dialog.tag.setText("no such tag")
        summaries[len(dialog.ids())] = dialog.summary.text()
    assert summaries[1] == "0 of the 1 chosen record will change."
    many = max(summaries)
    assert many > 1 and summaries[many] == f"0 of the {many} chosen records will change."


@pytest.mark.usefixtures("english_plurals")
def test_the_encryption_dialog_counts_the_backups_in_english(qtbot: QtBot) -> None:
    for count, question in ((1, "Encrypt its 1 existing backup too"),
                            (3, "Encrypt its 3 existing backups too")):
        dialog = encrypt_dialog(count, None)
        qtbot.addWidget(dialog)
        assert dialog.backups_box.text() == question


@pytest.mark.usefixtures("english_plurals")
def test_a_group_put_on_a_letter_is_counted_in_english(
        qtbot: QtBot, coalition: Database) -> None:
    panel = GroupsPanel(coalition, kind="contact", selected_ids=list,
                        current_filters=OrganizationFilter)
    qtbot.addWidget(panel)
    one = panel.added_text(LetterAdded(added=1, already=0, restricted=1, changes=ChangeSet()))
    two = panel.added_text(LetterAdded(added=2, already=0, restricted=2, changes=ChangeSet()))
    assert one == ("1 put on the letter; 1 restricted contact left out: the letter does not "
                   "allow them.")
    assert two == ("2 put on the letter; 2 restricted contacts left out: the letter does not "
                   "allow them.")

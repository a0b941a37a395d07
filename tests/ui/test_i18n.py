"""Korean and Japanese: the window in the user's language, dates and numbers as the locale
writes them, and translation files that keep up with the sources."""

from __future__ import annotations

import ast
import json
import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox, QStyledItemDelegate
from pytestqt.qtbot import QtBot

from coalitiondesk.core.exporting.columns import COLUMNS
from coalitiondesk.core.importing.fields import ImportKind, targets
from coalitiondesk.core.records.activities import create_activity
from coalitiondesk.core.storage.db import Database
from coalitiondesk.ui.app import i18n
from coalitiondesk.ui.app.main_window import MainWindow
from coalitiondesk.ui.text import field_labels

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"
SCRIPT = ROOT / "tools" / "translations.py"
LANGUAGES = ("ko", "ja")


@pytest.fixture
def language(qapp: QApplication) -> Iterator[None]:
    """Leave the language setting, translators and default locale as they were found."""
    yield
    i18n.set_language_setting(i18n.SYSTEM)
    i18n.remove_translations()
    QLocale.setDefault(QLocale.system())


def open_window(qtbot: QtBot, database: Database) -> MainWindow:
    window = MainWindow(database)
    qtbot.addWidget(window)
    return window


def menu_titles(window: MainWindow) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


def tab_titles(window: MainWindow) -> list[str]:
    return [window.tabs.tabText(index) for index in range(window.tabs.count())]


def _hangul(text: str) -> bool:
    return any("\uac00" <= character <= "\ud7a3" for character in text)


# --- the window in the chosen language ----------------------------------------------------

KOREAN_WINDOW = """
import json, sys
from pathlib import Path
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from coalitiondesk.core.storage.db import open_database
from coalitiondesk.ui.app.start import _application
from coalitiondesk.ui.app.main_window import MainWindow

app = _application()
database = open_database(Path(sys.argv[1]))
window = MainWindow(database)
buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                           | QDialogButtonBox.StandardButton.Cancel)
print(json.dumps({
    "tabs": [window.tabs.tabText(i) for i in range(window.tabs.count())],
    "menus": [a.text() for a in window.menuBar().actions()],
    "cancel": buttons.button(QDialogButtonBox.StandardButton.Cancel).text(),
    "status": window.counts_label.text(),
}, ensure_ascii=False))
window.close()
database.close()
"""


def test_the_main_window_comes_up_in_korean_under_a_korean_locale(tmp_path: Path) -> None:
    environment = {name: value for name, value in os.environ.items()
                   if name not in ("LANGUAGE", "LC_ALL", "LC_MESSAGES")}
    environment.update(LANG="ko_KR.UTF-8", XDG_CONFIG_HOME=str(tmp_path / "config"),
                       QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-c", KOREAN_WINDOW, str(tmp_path / "coalition.sqlite3")],
        env=environment, capture_output=True, text=True, encoding="utf-8", timeout=120)
    assert result.returncode == 0, result.stderr
    shown = json.loads(result.stdout.strip().splitlines()[-1])
    assert {"단체", "국가", "연락처", "활동"} <= set(shown["tabs"])
    assert shown["menus"][:3] == ["파일(&F)", "편집(&E)", "보기(&V)"]
    assert all(_hangul(text) for text in shown["tabs"] + shown["menus"])
    assert shown["cancel"] == "취소"  # Qt's own translation, for the standard dialogs
    assert shown["status"] == "단체 0개 중 0개 표시"


def test_japanese_from_the_language_setting(
    qtbot: QtBot, database: Database, language: None
) -> None:
    i18n.set_language_setting("ja")
    locale = i18n.install_translations()
    assert locale.language() == QLocale.Language.Japanese
    window = open_window(qtbot, database)
    assert {"団体", "国", "連絡先", "活動"} <= set(tab_titles(window))
    assert all(not text.isascii() for text in tab_titles(window) + menu_titles(window))
    assert menu_titles(window)[:3] == ["ファイル(&F)", "編集(&E)", "表示(&V)"]
    assert window.import_action.text() == "インポート(&I)…"
    assert window.undo_action.text().startswith("元に戻す")
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                               | QDialogButtonBox.StandardButton.Cancel)
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "キャンセル"


def test_english_is_untranslated_whatever_the_system(
    qtbot: QtBot, database: Database, language: None
) -> None:
    i18n.install_translations("en")
    window = open_window(qtbot, database)
    assert {"Organizations", "Countries", "Contacts", "Activities"} <= set(tab_titles(window))
    assert all(text.isascii() for text in tab_titles(window) + menu_titles(window))


def test_the_language_setting_beats_the_system_locale() -> None:
    korean = QLocale("ko_KR")
    assert i18n.resolve_locale(i18n.SYSTEM, korean).name() == "ko_KR"
    assert i18n.resolve_locale("ja", korean).name() == "ja_JP"
    # An English speaker in Britain keeps British dates when choosing English.
    assert i18n.resolve_locale("en", QLocale("en_GB")).name() == "en_GB"


def test_the_language_menu_stores_the_choice_for_the_next_start(
    qtbot: QtBot, database: Database, language: None
) -> None:
    window = open_window(qtbot, database)
    choices = {action.text(): action for action in window.language_menu.actions()}
    assert {"English", "한국어", "日本語"} <= set(choices)
    assert choices["System Language"].isChecked()
    told: list[str] = []

    def read_and_close() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            told.append(box.text())
            box.accept()

    QTimer.singleShot(0, read_and_close)
    choices["한국어"].trigger()
    assert told == ["CoalitionDesk will use the new language when it starts again."]
    assert QSettings().value("view/language") == "ko"
    assert i18n.language_setting() == "ko"


# --- dates and numbers ----------------------------------------------------------------------

def test_dates_are_written_as_the_locale_writes_them_with_the_full_year() -> None:
    day = date(2011, 9, 8)
    assert i18n.display_date(day, QLocale("ko_KR")) == "2011. 9. 8."
    assert i18n.display_date(day, QLocale("ja_JP")) == "2011/09/08"
    assert i18n.display_date("2011-09-08", QLocale("en_US")) == "9/8/2011"
    assert i18n.display_date(day, QLocale.c()) == "2011-09-08"
    assert i18n.display_date("", QLocale("ko_KR")) == ""


def test_numbers_are_grouped_as_the_locale_groups_them() -> None:
    assert i18n.display_number(1234567, QLocale("ko_KR")) == "1,234,567"
    assert i18n.display_number(1234567, QLocale("de_DE")) == "1.234.567"
    # Table cells holding numbers are painted by Qt's delegate with the view's locale.
    delegate = QStyledItemDelegate()
    assert delegate.displayText(12345, QLocale("ja_JP")) == "12,345"


def test_date_cells_and_date_boxes_follow_the_locale(
    qtbot: QtBot, database: Database, language: None
) -> None:
    with database.transaction() as session:
        create_activity(session=session, activity_date=date(2011, 9, 8),
                        subject="ICNK launch in Tokyo", follow_up_on=date(2011, 10, 1))
    i18n.install_translations("ko")
    window = open_window(qtbot, database)
    model = window.activities.model
    cells = [model.index(0, column).data() for column in range(model.columnCount())]
    assert cells[model.column_index("date")] == "2011. 9. 8."
    assert cells[model.column_index("follow_up")] == "2011. 10. 1."
    # Sorting still goes by the stored ISO date, not by the displayed text.
    assert model.row_at(0).cells[model.column_index("date")] == "2011-09-08"
    window.activities.form.load(None)
    form_date = window.activities.form.date
    assert form_date.displayFormat() == "yyyy. M. d."
    assert form_date.text() == i18n.display_date(date.today())


def test_country_and_region_names_follow_the_language(
    qtbot: QtBot, database: Database, language: None
) -> None:
    i18n.install_translations("ko")
    window = open_window(qtbot, database)
    model = window.countries.model
    row = model.row_of("KP")
    assert row is not None
    cells = [model.index(row, column).data() for column in range(model.columnCount())]
    assert cells[model.column_index("name")] == "북한"
    assert cells[model.column_index("region")] == "아시아"
    assert cells[model.column_index("subregion")] == "동아시아"
    # Letters keep the short form they are signed with.
    assert cells[model.column_index("short_form")] == "DPRK"
    i18n.install_translations("ja")
    assert i18n.country_name("KR", "South Korea") == "韓国"
    assert i18n.country_name("BR", "Brazil") == "ブラジル"
    i18n.install_translations("en")
    assert i18n.country_name("KR", "South Korea") == "South Korea"


# --- the translation files ------------------------------------------------------------------

def _messages(ts: Path) -> list[tuple[str, str, ET.Element]]:
    root = ET.parse(ts).getroot()
    return [(context.findtext("name") or "", message.findtext("source") or "", message)
            for context in root.iter("context") for message in context.iter("message")]


def _placeholders(text: str) -> list[str]:
    return sorted(re.findall(r"\{\w*\}|%\d|%n|\[\*\]", text))


def test_every_string_in_the_sources_is_translated(tmp_path: Path) -> None:
    """lupdate over today's sources into a copy: a new or changed string shows as unfinished."""
    for language in LANGUAGES:
        shutil.copy(TRANSLATIONS / f"coalitiondesk_{language}.ts", tmp_path)
    subprocess.run([sys.executable, str(SCRIPT), "--ts-dir", str(tmp_path)], check=True,
                   timeout=120)
    for language in LANGUAGES:
        problems = []
        for context, source, message in _messages(tmp_path / f"coalitiondesk_{language}.ts"):
            translation = message.find("translation")
            assert translation is not None
            forms = [form.text or "" for form in translation.iter("numerusform")]
            texts = forms or [translation.text or ""]
            if translation.get("type") in ("unfinished", "vanished", "obsolete") or not all(
                    text.strip() for text in texts):
                problems.append(f"{context}: {source!r} is not translated")
            elif any(_placeholders(text) != _placeholders(source) for text in texts):
                problems.append(f"{context}: {source!r} loses or adds a placeholder")
        assert problems == [], (
            f"coalitiondesk_{language}.ts: run tools/translations.py and translate:\n"
            + "\n".join(problems))


def test_the_compiled_translations_match_their_sources(tmp_path: Path) -> None:
    subprocess.run([sys.executable, str(SCRIPT), "--compile-only", "--qm-dir", str(tmp_path)],
                   check=True, timeout=120)
    for language in LANGUAGES:
        name = f"coalitiondesk_{language}.qm"
        assert (tmp_path / name).read_bytes() == (TRANSLATIONS / name).read_bytes(), (
            f"{name} is older than its .ts: run tools/translations.py")


def test_accelerators_stay_in_the_translations() -> None:
    for language in LANGUAGES:
        for context, source, message in _messages(TRANSLATIONS / f"coalitiondesk_{language}.ts"):
            accelerated = re.search(r"&\w", source) is not None
            assert accelerated == (re.search(r"&\w", message.findtext("translation") or "")
                                   is not None), f"{language} {context}: {source!r}"


def test_every_exported_column_header_can_be_translated() -> None:
    headers = {column.header for columns in COLUMNS.values() for column in columns}
    assert headers <= set(i18n.EXPORT_COLUMN_HEADERS) | set(field_labels.FIELD_TEXTS)


def test_every_import_field_can_be_translated() -> None:
    labels = {target.label for kind in ImportKind for target in targets(kind)}
    assert labels <= set(i18n.IMPORT_FIELD_LABELS) | set(field_labels.FIELD_TEXTS)


# --- no text that skips translation ---------------------------------------------------------

_TEXT_CALLS = {
    "setText", "setWindowTitle", "setToolTip", "setStatusTip", "setPlaceholderText", "setTitle",
    "setSubTitle", "setAccessibleName", "setAccessibleDescription", "setWhatsThis",
    "setInformativeText", "setLabelText", "setSpecialValueText",
    "showMessage", "addTab", "addMenu", "addAction", "addButton", "setTabText", "setItemText",
    "setHeaderLabels", "setHorizontalHeaderLabels", "information", "warning", "critical",
    "question", "QLabel", "QPushButton", "QCheckBox", "QRadioButton", "QGroupBox", "QAction",
    "QMenu", "QToolButton", "QMessageBox", "QToolBar",
}
# Only the first argument of these is text; the rest is data.
_FIRST_ONLY = {"addItem", "addRow", "insertItem"}


def _literal_text(node: ast.expr) -> str | None:
    """User-visible text written straight into the call, or None."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        text = node.value
    elif isinstance(node, ast.JoinedStr):
        text = "".join(part.value for part in node.values
                       if isinstance(part, ast.Constant) and isinstance(part.value, str))
    elif isinstance(node, ast.List | ast.Tuple):
        return next((t for t in map(_literal_text, node.elts) if t), None)
    else:
        return None
    text = re.sub(r"<[^>]*>", "", text)  # markup is not words
    return text if re.search(r"[^\W\d_]", text) else None


def test_widget_text_goes_through_translation() -> None:
    found = []
    for path in sorted((ROOT / "src" / "coalitiondesk" / "ui").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = (node.func.attr if isinstance(node.func, ast.Attribute)
                    else node.func.id if isinstance(node.func, ast.Name) else "")
            if name in _TEXT_CALLS:
                arguments = [*node.args, *(keyword.value for keyword in node.keywords)]
            elif name in _FIRST_ONLY:
                arguments = node.args[:1]
            else:
                continue
            for argument in arguments:
                text = _literal_text(argument)
                if text is not None:
                    found.append(f"{path.relative_to(ROOT)}:{node.lineno} {name}({text!r})")
    assert found == [], "Wrap these in tr():\n" + "\n".join(found)


_TRANSLATING = {"tr": 0, "translate": 1, "QT_TRANSLATE_NOOP": 1, "QT_TR_NOOP": 0}
"""Calls whose literal text lupdate collects, and where the text is among their arguments."""


def test_lupdate_finds_every_text_written_for_translation() -> None:
    """lupdate skips a call it cannot read (a context held in a variable, a call among the
    arguments): its text would stay English in every language, unnoticed."""
    sources = {source for _context, source, _message
               in _messages(TRANSLATIONS / "coalitiondesk_ko.ts")}
    missed = []
    for path in sorted(path for folder in ("ui", "printing")
                       for path in (ROOT / "src" / "coalitiondesk" / folder).rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = (node.func.attr if isinstance(node.func, ast.Attribute)
                    else node.func.id if isinstance(node.func, ast.Name) else "")
            position = _TRANSLATING.get(name)
            if position is None or len(node.args) <= position:
                continue
            text = node.args[position]
            if (isinstance(text, ast.Constant) and isinstance(text.value, str)
                    and text.value not in sources):
                missed.append(f"{path.relative_to(ROOT)}:{node.lineno} {text.value!r}")
    assert missed == [], "lupdate did not find these (run tools/translations.py):\n" + (
        "\n".join(missed))


def test_every_journal_label_template_is_translatable() -> None:
    from coalitiondesk.core.journal.labels import TEMPLATES
    from coalitiondesk.ui.text.journal_labels import TRANSLATABLE

    assert set(TRANSLATABLE) == set(TEMPLATES.values())


@pytest.mark.usefixtures("language")
def test_journal_labels_are_shown_in_the_interface_language() -> None:
    from coalitiondesk.core.journal.labels import label
    from coalitiondesk.ui.text.journal_labels import translated

    i18n.install_translations("ko")
    edit = label("edit", name="Human Rights Watch")
    assert translated(edit) == "Human Rights Watch 편집"
    assert translated(label("undo", label=edit)) == "Human Rights Watch 편집 실행 취소"
    assert translated(label("delete_letter", title="Letter")).startswith("서한")
    assert translated("written by an older version") == "written by an older version"


@pytest.mark.parametrize("language", ["en", "fr"])
def test_english_plurals_read_as_english_not_as_the_sources_brackets(
        qapp: QApplication, language: str) -> None:
    """The sources write "%n message(s)"; an English window, and a language without a
    file of its own (shown in English), say "1 message" and "4 messages"."""
    from PySide6.QtCore import QCoreApplication

    i18n.install_translations(language)
    try:
        one = QCoreApplication.translate("EmailMergeDialog", "%n message(s)", "", 1)
        four = QCoreApplication.translate("EmailMergeDialog", "%n message(s)", "", 4)
        overdue = QCoreApplication.translate("ActivitiesPage", "%n follow-up(s) overdue", "", 1)
    finally:
        i18n.remove_translations()
    assert (one, four, overdue) == ("1 message", "4 messages", "1 follow-up overdue")

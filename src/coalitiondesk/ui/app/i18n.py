"""The interface language (English, Korean, Japanese) and locale-aware dates and numbers.

The language comes from the setting in View › Language, else from the system
locale. Our translations and Qt's own (the buttons of standard dialogs) are
installed before the first window is built: the widgets set their texts once,
so a changed setting takes effect at the next start.

Stored values stay ISO; only what is displayed follows the locale.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from functools import cmp_to_key, partial

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCollator,
    QCoreApplication,
    QDate,
    QLibraryInfo,
    QLocale,
    QSettings,
    QTranslator,
)
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from coalitiondesk.core.exporting.labels import ExportLanguage
from coalitiondesk.core.exporting.labels import country_name as export_country_name
from coalitiondesk.core.models import Country
from coalitiondesk.core.storage.resources import resource_path
from coalitiondesk.ui.app import settings_keys

SYSTEM = ""
"""The setting's value for "follow the system locale"."""

LANGUAGES: dict[str, str] = {
    "en": "English",
    "ko": "한국어",
    "ja": "日本語",
}
"""Each language by its own name, as people look for it in a menu (never translated)."""

ISO_DATE = "yyyy-MM-dd"

_installed: list[QTranslator] = []
_ui_language = ""
"""The language of the installed translation ("ko", "ja"), or "" for English."""
_ensured = False


# --- choosing and installing ----------------------------------------------------------

def language_setting(settings: QSettings | None = None) -> str:
    """The chosen language code, or SYSTEM."""
    value = (settings or QSettings()).value(settings_keys.LANGUAGE, SYSTEM)
    return value if isinstance(value, str) and value in LANGUAGES else SYSTEM


def set_language_setting(language: str, settings: QSettings | None = None) -> None:
    settings = settings or QSettings()
    if language == SYSTEM:
        settings.remove(settings_keys.LANGUAGE)
    else:
        settings.setValue(settings_keys.LANGUAGE, language)
    settings.sync()


def resolve_locale(language: str, system: QLocale | None = None) -> QLocale:
    """The locale for a language setting.

    The system locale when it speaks the chosen language, so that an English
    speaker in Britain keeps day-first dates; otherwise the language's own.
    """
    system = system or QLocale.system()
    if language == SYSTEM:
        return system
    wanted = QLocale(language)
    return system if system.language() == wanted.language() else wanted


def translations_folder() -> str:
    return str(resource_path("translations"))


def install_translations(language: str | None = None) -> QLocale:
    """Install the translators for `language` (None: the setting) and make its
    locale the default; replaces any installed before. Returns the locale."""
    global _ui_language
    remove_translations()
    locale = resolve_locale(language_setting() if language is None else language)
    QLocale.setDefault(locale)
    app = QCoreApplication.instance()
    if app is None:
        return locale
    ours = translations_folder()
    sources = (
        ("coalitiondesk", (ours,)),
        # Qt's own, for the buttons of standard dialogs; a bundle may carry them beside ours.
        ("qtbase", (QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath), ours)),
    )
    for name, folders in sources:
        translator = QTranslator(app)
        loaded = any(translator.load(locale, name, "_", folder) for folder in folders)
        if not loaded and name == "coalitiondesk":
            # A language without its own file is shown in the sources' English, plurals too.
            loaded = translator.load(f"{name}_en", ours)
        if loaded:
            app.installTranslator(translator)
            _installed.append(translator)
            language = translator.language().split("_")[0]
            # English's file holds its plurals alone: the interface stays the sources'.
            if name == "coalitiondesk" and language != "en":
                _ui_language = language
    return locale


def remove_translations() -> None:
    global _ui_language
    _ui_language = ""
    app = QCoreApplication.instance()
    while _installed:
        translator = _installed.pop()
        if app is not None:
            app.removeTranslator(translator)


def ensure_translations() -> None:
    """Install the translations unless done already (the app is set up more than once)."""
    global _ensured
    if not _ensured:
        install_translations()
        _ensured = True


# --- the View › Language menu ------------------------------------------------------------

def language_menu(parent: QWidget) -> QMenu:
    """Checkable choices: the system's language, or one of ours by its own name."""
    menu = QMenu(QCoreApplication.translate("LanguageMenu", "&Language"), parent)
    group = QActionGroup(menu)
    current = language_setting()
    choices = [(SYSTEM, QCoreApplication.translate("LanguageMenu", "System Language")),
               *LANGUAGES.items()]
    for code, name in choices:
        action = QAction(name, menu)
        action.setCheckable(True)
        action.setChecked(code == current)
        action.setData(code)
        action.triggered.connect(partial(_choose_language, parent, code))
        group.addAction(action)
        menu.addAction(action)
    if current == SYSTEM:
        menu.addSeparator()
        menu.addAction(QCoreApplication.translate("LanguageMenu", "Now: {language}").format(
            language=QLocale.system().nativeLanguageName() or "English")).setEnabled(False)
    return menu


def _choose_language(parent: QWidget, language: str) -> None:
    if language == language_setting():
        return
    set_language_setting(language)
    QMessageBox.information(
        parent, QCoreApplication.translate("LanguageMenu", "Language"),
        QCoreApplication.translate(
            "LanguageMenu", "CoalitionDesk will use the new language when it starts again."))


# --- dates and numbers ---------------------------------------------------------------------

def date_format(locale: QLocale | None = None) -> str:
    """The locale's short date format with the year in full (records span decades).

    Without a locale (the C locale of a bare environment) dates stay ISO.
    """
    locale = locale or QLocale()
    if locale.language() == QLocale.Language.C:
        return ISO_DATE
    short = locale.dateFormat(QLocale.FormatType.ShortFormat)
    return re.sub(r"(?<!y)yy(?!y)", "yyyy", short)


def display_date(value: dt.date | str | None, locale: QLocale | None = None) -> str:
    """A date as the locale writes it; an ISO string is read first. Other text passes through."""
    if value is None or value == "":
        return ""
    if isinstance(value, str):
        try:
            day = dt.date.fromisoformat(value)
        except ValueError:
            return value
    else:
        day = value
    locale = locale or QLocale()
    return locale.toString(QDate(day.year, day.month, day.day), date_format(locale))


def display_number(value: int, locale: QLocale | None = None) -> str:
    return (locale or QLocale()).toString(value)


# --- country and region names ----------------------------------------------------------------

def country_name(code: str, english: str) -> str:
    """A country's name in the interface language, from Unicode CLDR as exports name it
    (core.exporting.labels); `english` (core's display name) in English or for a code
    CLDR does not know."""
    try:
        language = ExportLanguage(_ui_language or "en")
    except ValueError:  # a translation newer than CLDR's languages here
        return english
    return export_country_name(code, english, language) or english


def country_choices(countries: Iterable[Country]) -> list[tuple[str, str]]:
    """(name, code) of the countries, named and sorted for the interface language."""
    pairs = [(country_name(country.code, country.name), country.code) for country in countries]
    if not _ui_language:
        return pairs  # core's order already
    collator = QCollator(QLocale())
    by_name = cmp_to_key(collator.compare)
    return sorted(pairs, key=lambda pair: by_name(pair[0]))


def region_name(english: str) -> str:
    return QCoreApplication.translate("Regions", english) if english else ""


# UN M49 regions and sub-regions, as core.countries names them.
REGION_NAMES = (
    QT_TRANSLATE_NOOP("Regions", "Africa"),
    QT_TRANSLATE_NOOP("Regions", "Americas"),
    QT_TRANSLATE_NOOP("Regions", "Antarctica"),
    QT_TRANSLATE_NOOP("Regions", "Asia"),
    QT_TRANSLATE_NOOP("Regions", "Europe"),
    QT_TRANSLATE_NOOP("Regions", "Oceania"),
    QT_TRANSLATE_NOOP("Regions", "Australia and New Zealand"),
    QT_TRANSLATE_NOOP("Regions", "Caribbean"),
    QT_TRANSLATE_NOOP("Regions", "Central America"),
    QT_TRANSLATE_NOOP("Regions", "Central Asia"),
    QT_TRANSLATE_NOOP("Regions", "Eastern Africa"),
    QT_TRANSLATE_NOOP("Regions", "Eastern Asia"),
    QT_TRANSLATE_NOOP("Regions", "Eastern Europe"),
    QT_TRANSLATE_NOOP("Regions", "Melanesia"),
    QT_TRANSLATE_NOOP("Regions", "Micronesia"),
    QT_TRANSLATE_NOOP("Regions", "Middle Africa"),
    QT_TRANSLATE_NOOP("Regions", "Northern Africa"),
    QT_TRANSLATE_NOOP("Regions", "Northern America"),
    QT_TRANSLATE_NOOP("Regions", "Northern Europe"),
    QT_TRANSLATE_NOOP("Regions", "Polynesia"),
    QT_TRANSLATE_NOOP("Regions", "South America"),
    QT_TRANSLATE_NOOP("Regions", "South-eastern Asia"),
    QT_TRANSLATE_NOOP("Regions", "Southern Africa"),
    QT_TRANSLATE_NOOP("Regions", "Southern Asia"),
    QT_TRANSLATE_NOOP("Regions", "Southern Europe"),
    QT_TRANSLATE_NOOP("Regions", "Western Africa"),
    QT_TRANSLATE_NOOP("Regions", "Western Asia"),
    QT_TRANSLATE_NOOP("Regions", "Western Europe"),
)


# --- strings whose source text comes from core -------------------------------------------

# Headers of exported columns that are not a record's field (those are translated
# once, with the field: ui/text/field_labels.py). Core writes them in English into
# the files (the import recognises them there); the export dialog shows them translated.
EXPORT_COLUMN_HEADERS = (
    QT_TRANSLATE_NOOP("ExportColumns", "Code"),
    QT_TRANSLATE_NOOP("ExportColumns", "Contacts"),
    QT_TRANSLATE_NOOP("ExportColumns", "Country"),
    QT_TRANSLATE_NOOP("ExportColumns", "Country short form"),
    QT_TRANSLATE_NOOP("ExportColumns", "Created (UTC)"),
    QT_TRANSLATE_NOOP("ExportColumns", "Date"),
    QT_TRANSLATE_NOOP("ExportColumns", "First sent on"),
    QT_TRANSLATE_NOOP("ExportColumns", "Follow-up done"),
    QT_TRANSLATE_NOOP("ExportColumns", "Follow-up due"),
    QT_TRANSLATE_NOOP("ExportColumns", "ID"),
    QT_TRANSLATE_NOOP("ExportColumns", "Last sent on"),
    QT_TRANSLATE_NOOP("ExportColumns", "Letter"),
    QT_TRANSLATE_NOOP("ExportColumns", "Member organizations"),
    QT_TRANSLATE_NOOP("ExportColumns", "Name as written"),
    QT_TRANSLATE_NOOP("ExportColumns", "No."),
    QT_TRANSLATE_NOOP("ExportColumns", "Official name"),
    QT_TRANSLATE_NOOP("ExportColumns", "Organization"),
    QT_TRANSLATE_NOOP("ExportColumns", "Organizations"),
    QT_TRANSLATE_NOOP("ExportColumns", "Response"),
    QT_TRANSLATE_NOOP("ExportColumns", "Response on"),
    QT_TRANSLATE_NOOP("ExportColumns", "Sent"),
    QT_TRANSLATE_NOOP("ExportColumns", "Short form"),
    QT_TRANSLATE_NOOP("ExportColumns", "Signatory line"),
    QT_TRANSLATE_NOOP("ExportColumns", "Status"),
    QT_TRANSLATE_NOOP("ExportColumns", "Status date"),
    QT_TRANSLATE_NOOP("ExportColumns", "Subject"),
    QT_TRANSLATE_NOOP("ExportColumns", "Subregion"),
    QT_TRANSLATE_NOOP("ExportColumns", "Tags"),
    QT_TRANSLATE_NOOP("ExportColumns", "Times sent"),
    QT_TRANSLATE_NOOP("ExportColumns", "Updated (UTC)"),
)

# What a column can be imported as when it is not a record's field (core.importing.fields:
# a whole name, a signatory line, tags ...), shown in the import wizard's column choices.
IMPORT_FIELD_LABELS = (
    QT_TRANSLATE_NOOP("MappingPage", "CoalitionDesk ID"),
    QT_TRANSLATE_NOOP("MappingPage", "Name (Country)"),
    QT_TRANSLATE_NOOP("MappingPage", "Name (whole)"),
    QT_TRANSLATE_NOOP("MappingPage", "Organization"),
    QT_TRANSLATE_NOOP("MappingPage", "Role at the organization"),
    QT_TRANSLATE_NOOP("MappingPage", "Tags"),
)


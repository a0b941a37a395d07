"""Core's messages in the interface's language.

Core says what went wrong in English Messages (coalitiondesk.core.errors): a
template with named placeholders and the values that fill them. message()
translates the template in the "CoreMessages" context and fills it with the
same values, translating those that are core's words (Terms: a field, a kind
of record) in the "CoreTerms" context and those that are Messages themselves.

lupdate reads only literal strings, so every template core uses is listed
below, each on one line (tests/ui/test_core_messages.py finds them in core's source and checks
that none is missing).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from coalitiondesk.core.errors import Message, Term

MESSAGES = "CoreMessages"
TERMS = "CoreTerms"


def message(item: BaseException | str) -> str:
    """What `item` (a core error, a Message, or any text) says, in the interface's
    language; text that is not a Message is shown as it is."""
    found = getattr(item, "message", item) if isinstance(item, BaseException) else item
    if isinstance(found, Message):
        return _translated(found)
    if isinstance(found, Term):
        return term(found)
    return str(found)


def term(word: str) -> str:
    """One of core's words ("organization", "given name") in the interface's language."""
    return QCoreApplication.translate(TERMS, word) if word else word


def _translated(sentence: Message) -> str:
    if not sentence.args:
        return QCoreApplication.translate(MESSAGES, sentence.template) if sentence else ""
    template = QCoreApplication.translate(MESSAGES, sentence.template)
    values = {name: _value(value) for name, value in sentence.args.items()}
    try:
        return template.format(**values)
    except (KeyError, IndexError, ValueError):
        # A translation whose placeholders do not match: the English is still true.
        return str(sentence)


def _value(value: Any) -> Any:
    if isinstance(value, Message):
        return _translated(value)
    if isinstance(value, Term):
        return term(value)
    return value


TRANSLATABLE_MESSAGES = (
    # exporting.columns
    QT_TRANSLATE_NOOP("CoreMessages", "{value} have no column {unknown!r}"),
    QT_TRANSLATE_NOOP("CoreMessages", "Cannot export {value!r}: choose one of {choices}"),
    # exporting.profiles
    QT_TRANSLATE_NOOP("CoreMessages", "No export profile {name!r} for {value} (there are: {names})"),  # noqa: E501
    QT_TRANSLATE_NOOP("CoreMessages", "An export profile needs a name"),
    QT_TRANSLATE_NOOP("CoreMessages", "An export profile's name can have at most {max_name_length} letters"),  # noqa: E501
    QT_TRANSLATE_NOOP("CoreMessages", "{text!r} is a profile that comes with CoalitionDesk; choose another name"),  # noqa: E501
    QT_TRANSLATE_NOOP("CoreMessages", "{text!r} comes with CoalitionDesk and cannot be deleted"),
    QT_TRANSLATE_NOOP("CoreMessages", "No saved export profile {text!r} for {value}"),
    # exporting.rows
    QT_TRANSLATE_NOOP("CoreMessages", "{value} of the selected country codes are unknown"),
    QT_TRANSLATE_NOOP("CoreMessages", "Say which letter's signatories or recipients to export"),
    # exporting.run
    QT_TRANSLATE_NOOP("CoreMessages", "Could not write {target}: {error}; nothing was exported"),
    # exporting.scope
    QT_TRANSLATE_NOOP("CoreMessages", "Export either the current filter or the selection, not both"),  # noqa: E501
    QT_TRANSLATE_NOOP("CoreMessages", "That filter does not apply to {value}"),
    # exporting.target
    QT_TRANSLATE_NOOP("CoreMessages", "{path} is a folder; choose a file name"),
    QT_TRANSLATE_NOOP("CoreMessages", "Cannot create a file in {parent}"),
    QT_TRANSLATE_NOOP("CoreMessages", "{name} is neither an Excel workbook (.xlsx) nor a csv file (.csv)"),  # noqa: E501
    QT_TRANSLATE_NOOP("CoreMessages", "The folder {folder} does not exist"),
    QT_TRANSLATE_NOOP("CoreMessages", "{folder} is not a folder"),
    QT_TRANSLATE_NOOP("CoreMessages", "{target} is a folder; choose a file name"),
    QT_TRANSLATE_NOOP("CoreMessages", "{name} is open in another program; close it there and export again"),  # noqa: E501
    QT_TRANSLATE_NOOP("CoreMessages", "{target} is read-only; choose another file name"),
    QT_TRANSLATE_NOOP("CoreMessages", "{name} was opened in another program during the export; close it there and export again"),  # noqa: E501
    QT_TRANSLATE_NOOP("CoreMessages", "Cannot replace {target}: it is open in another program or read-only"),  # noqa: E501
    QT_TRANSLATE_NOOP("CoreMessages", "Cannot replace {target}: {error}"),
    QT_TRANSLATE_NOOP("CoreMessages", "Cannot write to the folder {parent}: permission denied"),
    QT_TRANSLATE_NOOP("CoreMessages", "Cannot write to the folder {parent}: {error}"),
    QT_TRANSLATE_NOOP("CoreMessages", "Cannot replace {target}: it is in use"),
    # geography.country_table
    QT_TRANSLATE_NOOP("CoreMessages", "Cannot change a country's {value}"),
    QT_TRANSLATE_NOOP("CoreMessages", "An alias cannot be empty"),
    QT_TRANSLATE_NOOP("CoreMessages", "{text!r} already means {taken}"),
    QT_TRANSLATE_NOOP("CoreMessages", "A country's {name} cannot be empty"),
    # importing.apply
    QT_TRANSLATE_NOOP("CoreMessages", "No import with id {batch_id}"),
    QT_TRANSLATE_NOOP("CoreMessages", "The import of {source} was already undone"),
    QT_TRANSLATE_NOOP("CoreMessages", "Row {number}: the record it updates was deleted since the preview; check the file again"),  # noqa: E501
    # importing.drafts
    QT_TRANSLATE_NOOP("CoreMessages", "{field}: {problem}"),
    QT_TRANSLATE_NOOP("CoreMessages", "missing name"),
    QT_TRANSLATE_NOOP("CoreMessages", "unknown country: {text}"),
    QT_TRANSLATE_NOOP("CoreMessages", "no country given: {text}"),
    QT_TRANSLATE_NOOP("CoreMessages", "two countries: {first} and {text}"),
    QT_TRANSLATE_NOOP("CoreMessages", "not a CoalitionDesk ID: {text}"),
    # importing.mapping
    QT_TRANSLATE_NOOP("CoreMessages", "The mapping has {count} columns; the file has {width}"),
    QT_TRANSLATE_NOOP("CoreMessages", "No column is imported as a name ({labels})"),
    QT_TRANSLATE_NOOP("CoreMessages", "{key!r} is not a field of {value}"),
    QT_TRANSLATE_NOOP("CoreMessages", "Two columns are imported as {label}"),
    # importing.plan
    QT_TRANSLATE_NOOP("CoreMessages", "same as row {row}"),
    QT_TRANSLATE_NOOP("CoreMessages", "updates the same record as row {row}"),
    QT_TRANSLATE_NOOP("CoreMessages", "a person: imported as a contact"),
    QT_TRANSLATE_NOOP("CoreMessages", "a person, not an organization"),
    QT_TRANSLATE_NOOP("CoreMessages",
                      "the organization {name} is not stored; a close one is: {record}"),
    QT_TRANSLATE_NOOP("CoreMessages", "kept the stored record"),
    QT_TRANSLATE_NOOP("CoreMessages", "not imported"),
    QT_TRANSLATE_NOOP("CoreMessages", "possible duplicate of {record} ({why}, score {score})"),
    # importing.readers
    QT_TRANSLATE_NOOP("CoreMessages", "{name} is not a readable Excel workbook: it is damaged, incomplete or another kind of file"),  # noqa: E501
    QT_TRANSLATE_NOOP("CoreMessages", "{name} unpacks to far more data than a workbook holds and was refused as a possible zip bomb"),  # noqa: E501
    QT_TRANSLATE_NOOP("CoreMessages", "{name}{where} spans {rows:,} rows by {columns:,} columns, {value:,} cells; an import reads at most {max_cells:,}: remove the columns it does not need"),  # noqa: E501
    QT_TRANSLATE_NOOP("CoreMessages", "{name} has no sheet named {sheet!r} (it has {listed})"),
    QT_TRANSLATE_NOOP("CoreMessages", "There is nothing to import in the pasted text"),
    QT_TRANSLATE_NOOP("CoreMessages", "{name} is protected by a password; save a copy without it"),
    QT_TRANSLATE_NOOP("CoreMessages", "{name} could not be read in the time a workbook of its size takes; it is damaged, or too large: split it into smaller files"),  # noqa: E501
    QT_TRANSLATE_NOOP("CoreMessages", "{name} cannot be read: the spreadsheet reader did not start"),  # noqa: E501
    QT_TRANSLATE_NOOP("CoreMessages", "{name}{where} has {rows:,} rows; an import reads at most {max_rows:,}: split it into smaller files"),  # noqa: E501
    QT_TRANSLATE_NOOP("CoreMessages", "{name} has no worksheet"),
    QT_TRANSLATE_NOOP("CoreMessages", "{name} does not look like a text or csv file"),
    QT_TRANSLATE_NOOP("CoreMessages", "{name} is empty"),
    QT_TRANSLATE_NOOP("CoreMessages", "{name} has no names in it"),
    QT_TRANSLATE_NOOP("CoreMessages", "{name} has merged cells that overlap, which spreadsheets do not write; it is damaged"),  # noqa: E501
    QT_TRANSLATE_NOOP("CoreMessages", "{name} has no rows to import"),
    QT_TRANSLATE_NOOP("CoreMessages", "{name} is a folder, not a file"),
    QT_TRANSLATE_NOOP("CoreMessages", "{name} is {value:.0f} MB, more than the {value2} MB an import accepts; split it into smaller files"),  # noqa: E501
    QT_TRANSLATE_NOOP("CoreMessages", "There is no file {path}"),
    QT_TRANSLATE_NOOP("CoreMessages", "{name} cannot be read: permission denied"),
    QT_TRANSLATE_NOOP("CoreMessages", "{name} cannot be read: {value}"),
    QT_TRANSLATE_NOOP("CoreMessages", "{name} refers to column {letters} of sheet {sheet!r}, beyond the last column a spreadsheet has (XFD); it is damaged"),  # noqa: E501
    QT_TRANSLATE_NOOP("CoreMessages", "{name} refers to row {shown} of sheet {sheet!r}, beyond the last row a spreadsheet has ({sheet_rows:,}); it is damaged"),  # noqa: E501
    QT_TRANSLATE_NOOP("CoreMessages", "{name} has a cell at {reference} of sheet {sheet!r}, far beyond a member list: an import reads at most {max_rows:,} rows and {max_cells:,} cells"),  # noqa: E501
    QT_TRANSLATE_NOOP("CoreMessages", "{used!r} is not an encoding CoalitionDesk knows"),
    QT_TRANSLATE_NOOP("CoreMessages", "{name} is not a readable csv file"),
    QT_TRANSLATE_NOOP("CoreMessages", "{name} contains XML entity declarations, which workbooks never need; it was refused as unsafe"),  # noqa: E501
    QT_TRANSLATE_NOOP("CoreMessages", "{name} contains unsafe XML and was refused"),
    QT_TRANSLATE_NOOP("CoreMessages", "{name} cannot be read as {encoding}"),
    QT_TRANSLATE_NOOP("CoreMessages", "{name}: a cell starting on line {value:,} is longer than {limit:,} characters, more than an import takes (a quotation mark left open joins the lines after it into one cell)"),  # noqa: E501
    # importing.values
    QT_TRANSLATE_NOOP("CoreMessages", "not yes or no: {text}"),
    QT_TRANSLATE_NOOP("CoreMessages", "not a date: {serial}"),
    QT_TRANSLATE_NOOP("CoreMessages", "ambiguous date: {text} (write it as {year}-MM-DD)"),
    QT_TRANSLATE_NOOP("CoreMessages", "not a date: {text}"),
    QT_TRANSLATE_NOOP("CoreMessages", "not a {what}: {text} (one of {choices})"),
    QT_TRANSLATE_NOOP("CoreMessages", "invalid email: {text}"),
    # journal.operations
    QT_TRANSLATE_NOOP("CoreMessages", "{what} was changed since you opened it, by {since}. Reload it, or apply your own edits on top of the new version."),  # noqa: E501
    QT_TRANSLATE_NOOP("CoreMessages", "another program"),
    # journal.undo
    QT_TRANSLATE_NOOP("CoreMessages", "Nothing to redo"),
    QT_TRANSLATE_NOOP("CoreMessages", "“{shown}” was already undone"),
    QT_TRANSLATE_NOOP("CoreMessages", "“{shown}” is a record of what happened and cannot be undone"),  # noqa: E501
    QT_TRANSLATE_NOOP("CoreMessages", "“{label}” cannot be undone: {problems}."),
    QT_TRANSLATE_NOOP("CoreMessages", "“{label}” cannot be undone: {problems}. Later changes: {named}. Undo those first."),  # noqa: E501
    QT_TRANSLATE_NOOP("CoreMessages", "Nothing to undo"),
    QT_TRANSLATE_NOOP("CoreMessages", "No change with ID {id} in the history"),
    QT_TRANSLATE_NOOP("CoreMessages", "“{label}” cannot be undone: it concerns a record deleted since, whose details were erased from the history with it"),  # noqa: E501
    # merge.dispatch
    QT_TRANSLATE_NOOP("CoreMessages", "Say how the letter was sent: {value}"),
    QT_TRANSLATE_NOOP("CoreMessages", "No recipient with id {missing}"),
    QT_TRANSLATE_NOOP("CoreMessages", "A recipient printed is no longer on this letter"),
    # merge.page
    QT_TRANSLATE_NOOP("CoreMessages", "Margins must be between 0 and 80 mm"),
    QT_TRANSLATE_NOOP("CoreMessages", "The letterhead image must be a PNG file"),
    QT_TRANSLATE_NOOP("CoreMessages", "Not a country code: {country!r}"),
    # merge.recipients
    QT_TRANSLATE_NOOP("CoreMessages", "No {what} with id {missing}"),
    # merge.sandbox
    QT_TRANSLATE_NOOP("CoreMessages", "{what} would make a text or list longer than {limit:,} characters"),  # noqa: E501
    QT_TRANSLATE_NOOP("CoreMessages", "it takes more than {seconds:g} second to fill in (a repetition that does not end?)"),  # noqa: E501
    QT_TRANSLATE_NOOP("CoreMessages", "it writes more than {limit:,} characters"),
    QT_TRANSLATE_NOOP("CoreMessages", "so large a number"),
    QT_TRANSLATE_NOOP("CoreMessages", "{what} is given {number}, more than a letter can use"),
    QT_TRANSLATE_NOOP("CoreMessages", "calls inside calls go more than {depth} deep (a macro or loop that calls itself?)"),  # noqa: E501
    # merge.templates
    QT_TRANSLATE_NOOP("CoreMessages", "The letter's text cannot be filled in: {reason}."),
    QT_TRANSLATE_NOOP("CoreMessages", "The letter uses the field “{name}”, which does not exist."),
    QT_TRANSLATE_NOOP("CoreMessages", "The letter's text does what letters may not do: {limit}."),
    QT_TRANSLATE_NOOP("CoreMessages", "The letter's text tries to run code, which templates may not do."),  # noqa: E501
    QT_TRANSLATE_NOOP("CoreMessages", "The letter's text puts conditions, repetitions or brackets inside each other too deeply."),  # noqa: E501
    QT_TRANSLATE_NOOP("CoreMessages", "The letter's text needs more memory than this computer has."),  # noqa: E501
    QT_TRANSLATE_NOOP("CoreMessages", "The letter's text tries to reach “{name}” on line {line}, which templates may not do."),  # noqa: E501
    QT_TRANSLATE_NOOP("CoreMessages", "The letter uses the field “{name}”, which has no value."),
    QT_TRANSLATE_NOOP("CoreMessages", "The letter's text has a mistake in a field or condition on line {line}: {detail}."),  # noqa: E501
    # records.activities
    QT_TRANSLATE_NOOP("CoreMessages", "An activity needs a subject"),
    # records.common
    QT_TRANSLATE_NOOP("CoreMessages", "No {what} with id {key}"),
    QT_TRANSLATE_NOOP("CoreMessages", "Unknown field: {value}"),
    QT_TRANSLATE_NOOP("CoreMessages", "{field}: contains a broken character (half of a character pair); retype it"),  # noqa: E501
    QT_TRANSLATE_NOOP("CoreMessages", "Unknown country code: {code}"),
    # records.bulk, records.duplicates, records.merging
    QT_TRANSLATE_NOOP("CoreMessages", "Unknown kind of record: {kind}"),
    QT_TRANSLATE_NOOP("CoreMessages", "{field} cannot be changed on many {kind}s at once"),
    QT_TRANSLATE_NOOP("CoreMessages", "A tag needs a name"),
    QT_TRANSLATE_NOOP("CoreMessages", "{field}: {value!r} is not one of {allowed}"),
    QT_TRANSLATE_NOOP("CoreMessages", "{field}: yes or no"),
    QT_TRANSLATE_NOOP("CoreMessages", "A record cannot be a duplicate of itself"),
    QT_TRANSLATE_NOOP("CoreMessages", "A record cannot be merged with itself"),
    # records.contacts
    QT_TRANSLATE_NOOP("CoreMessages", "A contact needs a given name, a family name or a native-script name"),  # noqa: E501
    QT_TRANSLATE_NOOP("CoreMessages", "Contacts cannot be sorted by {sort!r}"),
    QT_TRANSLATE_NOOP("CoreMessages", "Unknown affiliation field: {value}"),
    QT_TRANSLATE_NOOP("CoreMessages", "An affiliation cannot end before it starts"),
    # records.letters
    QT_TRANSLATE_NOOP("CoreMessages", "A letter needs a title"),
    QT_TRANSLATE_NOOP("CoreMessages", "There is already a letter titled {text!r}"),
    QT_TRANSLATE_NOOP("CoreMessages", "No letter titled {title!r}"),
    QT_TRANSLATE_NOOP("CoreMessages", "That organization is no longer on this letter's list"),
    QT_TRANSLATE_NOOP("CoreMessages", "That recipient is no longer on this letter"),
    QT_TRANSLATE_NOOP("CoreMessages", "That organization is already on the letter's list"),
    QT_TRANSLATE_NOOP("CoreMessages", "The new order must list each of the letter's signatories once"),  # noqa: E501
    QT_TRANSLATE_NOOP("CoreMessages", "A recipient is either a contact or an organization"),
    QT_TRANSLATE_NOOP("CoreMessages", "Not a signature status: {value!r} (one of {choices})"),
    QT_TRANSLATE_NOOP("CoreMessages", "Place {position} on the letter's list is taken"),
    QT_TRANSLATE_NOOP("CoreMessages", "A letter already sent keeps its signatory lines as signed"),
    # records.organizations
    QT_TRANSLATE_NOOP("CoreMessages", "An organization needs a name"),
    QT_TRANSLATE_NOOP("CoreMessages", "Organizations cannot be sorted by {sort!r}"),
    # records.outreach
    QT_TRANSLATE_NOOP("CoreMessages", "The activity “{subject}” has no follow-up"),
    QT_TRANSLATE_NOOP("CoreMessages", "A timeline is of one organization or one contact"),
    # records.validation
    QT_TRANSLATE_NOOP("CoreMessages", "{typed} is not a valid phone number {where}"),
    QT_TRANSLATE_NOOP("CoreMessages", "{typed} does not look like a phone number"),
    QT_TRANSLATE_NOOP("CoreMessages", "in {country}"),
    QT_TRANSLATE_NOOP("CoreMessages", "{value} is not a date; write it as YYYY-MM-DD"),
    QT_TRANSLATE_NOOP("CoreMessages", "{value} is not yes or no"),
    QT_TRANSLATE_NOOP("CoreMessages", "{value} is not text"),
    QT_TRANSLATE_NOOP("CoreMessages", "The e-mail address is empty"),
    QT_TRANSLATE_NOOP("CoreMessages", "The e-mail address is missing an @"),
    QT_TRANSLATE_NOOP("CoreMessages", "The e-mail address has more than one @"),
    QT_TRANSLATE_NOOP("CoreMessages", "The e-mail address has nothing before the @"),
    QT_TRANSLATE_NOOP("CoreMessages", "The e-mail address has nothing after the @"),
    QT_TRANSLATE_NOOP("CoreMessages", "The e-mail address contains a space"),
    QT_TRANSLATE_NOOP("CoreMessages", "The part after the @ in the e-mail address needs a dot, as in example.org"),  # noqa: E501
    QT_TRANSLATE_NOOP("CoreMessages", "The phone number is empty"),
    QT_TRANSLATE_NOOP("CoreMessages", "Start {typed} with + and the country calling code, or give the record a country, so that the number can be read"),  # noqa: E501
    QT_TRANSLATE_NOOP("CoreMessages", "{typed} is too short for a phone number {where}"),
    QT_TRANSLATE_NOOP("CoreMessages", "{typed} is too long for a phone number {where}"),
    QT_TRANSLATE_NOOP("CoreMessages", "{typed} does not start with a country calling code that exists"),  # noqa: E501
    QT_TRANSLATE_NOOP("CoreMessages", "{typed} is too short for a phone number"),
    QT_TRANSLATE_NOOP("CoreMessages", "The phone number is too long"),
    QT_TRANSLATE_NOOP("CoreMessages", "with this country calling code"),
    QT_TRANSLATE_NOOP("CoreMessages", "The web address is empty"),
    QT_TRANSLATE_NOOP("CoreMessages", "The web address contains a space"),
    QT_TRANSLATE_NOOP("CoreMessages", "{typed} looks like an e-mail address, not a web address"),
    QT_TRANSLATE_NOOP("CoreMessages", "A web address for a record should not contain a user name or password"),  # noqa: E501
    QT_TRANSLATE_NOOP("CoreMessages", "{text} needs a site name with a dot in it, as in www.example.org"),  # noqa: E501
    QT_TRANSLATE_NOOP("CoreMessages", "{text} is not a language code; use a code such as ko, ja, en or pt-BR"),  # noqa: E501
    QT_TRANSLATE_NOOP("CoreMessages", "{text} is not a country code"),
    QT_TRANSLATE_NOOP("CoreMessages", "The date it left is before the date it joined"),
    QT_TRANSLATE_NOOP("CoreMessages", "Choose the organization"),
    QT_TRANSLATE_NOOP("CoreMessages", "The end date is before the start date"),
    QT_TRANSLATE_NOOP("CoreMessages", "The e-mail address is not valid: {reason}"),
    QT_TRANSLATE_NOOP("CoreMessages", "The e-mail address contains characters that cannot be used"),
    QT_TRANSLATE_NOOP("CoreMessages", "A web address must start with http:// or https://"),
    QT_TRANSLATE_NOOP("CoreMessages", "{text} is not a web address"),
    QT_TRANSLATE_NOOP("CoreMessages", "Choose a {what}"),
    QT_TRANSLATE_NOOP("CoreMessages", "Unknown field: {field}"),
    QT_TRANSLATE_NOOP("CoreMessages", "{text} is missing the // after {scheme}:"),
    QT_TRANSLATE_NOOP("CoreMessages", "{value} is not a {what}; choose one of {allowed}"),
    # reports
    QT_TRANSLATE_NOOP("CoreMessages", "There is no report {name!r}: choose one of {value}"),
    QT_TRANSLATE_NOOP("CoreMessages", "Could not write {target}: {error}"),
    QT_TRANSLATE_NOOP("CoreMessages", "{count} members in all"),
    QT_TRANSLATE_NOOP("CoreMessages", "Only the {count} organizations of one saved group"),
    QT_TRANSLATE_NOOP("CoreMessages", "The {name} report cannot be limited to a group: only the reports about member organizations can"),  # noqa: E501
    QT_TRANSLATE_NOOP("CoreMessages", "Months in which no one joined or left are shown as one row."),  # noqa: E501
    QT_TRANSLATE_NOOP("CoreMessages", "Countries counts the signatories' countries; international organizations are not counted as a country."),  # noqa: E501
    # storage.backup
    QT_TRANSLATE_NOOP("CoreMessages", "{database_path} is not a CoalitionDesk database; a backup is not restored over it"),  # noqa: E501
    QT_TRANSLATE_NOOP("CoreMessages", "There is no database at {source} to back up"),
    QT_TRANSLATE_NOOP("CoreMessages", "There is no backup file at {backup_file}"),
    QT_TRANSLATE_NOOP("CoreMessages", "{backup_file} is damaged and cannot be restored ({detail})"),
    QT_TRANSLATE_NOOP("CoreMessages", "{backup_file} is not a CoalitionDesk backup"),
    QT_TRANSLATE_NOOP("CoreMessages", "{backup_file} was written by a newer version of CoalitionDesk; update CoalitionDesk to restore it"),  # noqa: E501
    QT_TRANSLATE_NOOP("CoreMessages", "A database cannot be restored from itself"),
    QT_TRANSLATE_NOOP("CoreMessages", "{destination} already exists; choose a new file name"),
    QT_TRANSLATE_NOOP("CoreMessages", "The folder {parent} does not exist"),
    QT_TRANSLATE_NOOP("CoreMessages", "The backup of {source} failed its check ({problems}); older backups were kept"),  # noqa: E501
    QT_TRANSLATE_NOOP("CoreMessages", "Could not write the backup {destination}: {exc}"),
    QT_TRANSLATE_NOOP("CoreMessages", "Cannot read {source}: {exc}"),
    QT_TRANSLATE_NOOP("CoreMessages", "Could not back up {source}: {exc}"),
    QT_TRANSLATE_NOOP("CoreMessages", "Could not restore {database_path} from {backup_file}: {exc}"),  # noqa: E501
    QT_TRANSLATE_NOOP("CoreMessages", "Cannot create the backups folder {folder}: {value}"),
    # storage.backup (encrypted backups)
    QT_TRANSLATE_NOOP("CoreMessages", "{database_path} is encrypted and this backup is not; encrypt the backup first or restore it to another file"),  # noqa: E501
    QT_TRANSLATE_NOOP("CoreMessages", "This backup is encrypted and {database_path} is not; encrypt the database first or restore the backup to another file"),  # noqa: E501
    # storage.cipher
    QT_TRANSLATE_NOOP("CoreMessages", "{path} is encrypted: enter its passphrase"),
    QT_TRANSLATE_NOOP("CoreMessages", "That passphrase does not open {path}; nothing was changed"),
    QT_TRANSLATE_NOOP("CoreMessages", "A passphrase cannot be empty"),
    # storage.encryption
    QT_TRANSLATE_NOOP("CoreMessages", "{path} is already encrypted; to change its passphrase use rekey"),  # noqa: E501
    QT_TRANSLATE_NOOP("CoreMessages", "{path} is not encrypted; encrypt it first"),
    QT_TRANSLATE_NOOP("CoreMessages", "{path} is not encrypted; copy it as it is"),
    QT_TRANSLATE_NOOP("CoreMessages", "{to} already exists; choose a new file name"),
    QT_TRANSLATE_NOOP("CoreMessages", "The copy of {source} failed its check ({problem}); nothing was changed"),  # noqa: E501
    # storage.db
    QT_TRANSLATE_NOOP("CoreMessages", "it was changed outside CoalitionDesk: restore a backup"),
    QT_TRANSLATE_NOOP("CoreMessages", "Cannot open {name}: {detail}"),
    QT_TRANSLATE_NOOP("CoreMessages", "{path} is a folder, not a database file"),
    QT_TRANSLATE_NOOP("CoreMessages", "There is no database at {path}"),
    QT_TRANSLATE_NOOP("CoreMessages", "it was moved aside as damaged, to {moved}"),
    QT_TRANSLATE_NOOP("CoreMessages", "the file is missing, although it has backups"),
    QT_TRANSLATE_NOOP("CoreMessages", "There is no database at {path}: {problem}; the newest good backup is {good}; a new, empty database is not made in its place while its backups are in {folder}"),  # noqa: E501
    QT_TRANSLATE_NOOP("CoreMessages", "it was moved aside, untouched, to {moved}"),
    QT_TRANSLATE_NOOP("CoreMessages", "it was left as it is"),
    QT_TRANSLATE_NOOP("CoreMessages", "the newest good backup is {good}"),
    QT_TRANSLATE_NOOP("CoreMessages", "there is no backup of it"),
    QT_TRANSLATE_NOOP("CoreMessages", "{path} is damaged: {problem}; {where}; {backed_up}"),
    QT_TRANSLATE_NOOP("CoreMessages", "{name} is not a CoalitionDesk database"),
    QT_TRANSLATE_NOOP("CoreMessages", "{name} records {count} schema versions ({value}) where there is one; {changed_outside}"),  # noqa: E501
    QT_TRANSLATE_NOOP("CoreMessages", "{display_name} is not a CoalitionDesk database"),
    QT_TRANSLATE_NOOP("CoreMessages", "CoalitionDesk cannot use {backend} databases"),
    QT_TRANSLATE_NOOP("CoreMessages", "The {backend} driver ({value}) is not installed here"),
    QT_TRANSLATE_NOOP("CoreMessages", "{name} is labelled schema version {versions}, but it already has parts of a later version ({value}); {changed_outside}"),  # noqa: E501
    QT_TRANSLATE_NOOP("CoreMessages", "{name} is not a CoalitionDesk database or is damaged"),
    QT_TRANSLATE_NOOP("CoreMessages", "Cannot open {name}: check that it exists and is readable"),
    QT_TRANSLATE_NOOP("CoreMessages", "Not a database address: {text}"),
    QT_TRANSLATE_NOOP("CoreMessages", "Cannot open {path}: SQLite needs to create {file}-wal and {file}-shm beside it, and the folder {folder} is read-only; copy the database to a folder you can write to"),  # noqa: E501
    QT_TRANSLATE_NOOP("CoreMessages", "{display_name} was written by a newer version of CoalitionDesk; update CoalitionDesk to open it"),  # noqa: E501
    # storage.files
    QT_TRANSLATE_NOOP("CoreMessages", "The path “{path}” is {whole:,} bytes long; file systems take paths of at most {path_max:,} bytes"),  # noqa: E501
    QT_TRANSLATE_NOOP("CoreMessages", "The {noun} name “{part}” is {size:,} bytes long; file systems take names of at most {name_max} bytes: choose a shorter name"),  # noqa: E501
    # storage.locking
    QT_TRANSLATE_NOOP("CoreMessages", "{path} is open in {holder}; close it there first, or wait until it is closed"),  # noqa: E501
    QT_TRANSLATE_NOOP("CoreMessages", "Cannot open {database_path} for writing: the lock file {name} cannot be created there ({value})"),  # noqa: E501
    # records.attachments
    QT_TRANSLATE_NOOP("CoreMessages", "{count} bytes"),
    QT_TRANSLATE_NOOP("CoreMessages", "{count} KB"),
    QT_TRANSLATE_NOOP("CoreMessages", "{count} MB"),
    QT_TRANSLATE_NOOP("CoreMessages", "Attachments belong to an organization, contact, letter or activity, not {kind!r}"),  # noqa: E501
    QT_TRANSLATE_NOOP("CoreMessages", "An attachment needs a file name"),
    QT_TRANSLATE_NOOP("CoreMessages", "An attachment's name cannot hold a NUL character"),
    QT_TRANSLATE_NOOP("CoreMessages", "“{name}” is {size} MB: attachments are limited to {limit} MB each"),  # noqa: E501
    QT_TRANSLATE_NOOP("CoreMessages", "No {kind} called “{name}”"),
    QT_TRANSLATE_NOOP("CoreMessages", "{count} records of kind {kind} are called “{name}”: name one by its id, as #{first}"),  # noqa: E501
    QT_TRANSLATE_NOOP("CoreMessages", "The file “{name}” was erased with the record it belonged to"),  # noqa: E501
    QT_TRANSLATE_NOOP("CoreMessages", "The file “{name}” is damaged in the database: restore a backup"),  # noqa: E501
    QT_TRANSLATE_NOOP("CoreMessages", "{path} is not a folder"),
    QT_TRANSLATE_NOOP("CoreMessages", "Cannot read {path}: {reason}"),
    QT_TRANSLATE_NOOP("CoreMessages", "Cannot write {path}: {reason}"),
    # records.groups
    QT_TRANSLATE_NOOP("CoreMessages", "{name} ({kind}, search): {count}"),
    QT_TRANSLATE_NOOP("CoreMessages", "{name} ({kind}, hand-picked): {count}"),
    QT_TRANSLATE_NOOP("CoreMessages", "{name} ({kind}, search): its filters name an own field removed since"),  # noqa: E501
    QT_TRANSLATE_NOOP("CoreMessages", "A group holds organizations or contacts, not {kind!r}"),
    QT_TRANSLATE_NOOP("CoreMessages", "A group needs a name"),
    QT_TRANSLATE_NOOP("CoreMessages", "A group's name cannot hold a NUL character"),
    QT_TRANSLATE_NOOP("CoreMessages", "A group is either a search or a hand-picked list, not both"),
    QT_TRANSLATE_NOOP("CoreMessages", "Only a hand-picked group lists its records"),
    QT_TRANSLATE_NOOP("CoreMessages", "The filter is not one for {kind} records"),
    QT_TRANSLATE_NOOP("CoreMessages", "Both an organization group and a contact group are called “{name}”: say which kind"),  # noqa: E501
    QT_TRANSLATE_NOOP("CoreMessages", "No group called “{name}”"),
    QT_TRANSLATE_NOOP("CoreMessages", "No group with id {id}"),
    QT_TRANSLATE_NOOP("CoreMessages", "No {kind} with id {id}"),
    QT_TRANSLATE_NOOP("CoreMessages", "“{name}” is a saved search: its records are those its filters find"),  # noqa: E501
    QT_TRANSLATE_NOOP("CoreMessages", "There is already a group called “{name}”"),
    QT_TRANSLATE_NOOP("CoreMessages", "A search within a group cannot be saved as a group of its own: show all records first, or add them to a hand-picked group"),  # noqa: E501
    QT_TRANSLATE_NOOP("CoreMessages", "“{name}” is a group of {group_kind} records, not {kind} records"),  # noqa: E501
    # records.bulk_letters
    QT_TRANSLATE_NOOP("CoreMessages", "A record goes on a letter as a signatory or a recipient, not {value!r}"),  # noqa: E501
    QT_TRANSLATE_NOOP("CoreMessages", "Only organizations sign a letter, not {kind}s"),
    # exporting.labels
    QT_TRANSLATE_NOOP("CoreMessages", "No export language {value!r}: choose one of {choices}"),
    # importing.custom_values
    QT_TRANSLATE_NOOP("CoreMessages", "{field} is no longer a field"),
    # importing.values
    QT_TRANSLATE_NOOP("CoreMessages", "a tag contains a NUL character (an invisible control character, which cannot be stored): {text}"),  # noqa: E501
    # importing.vcard
    QT_TRANSLATE_NOOP("CoreMessages", "{name} holds no vCard"),
    QT_TRANSLATE_NOOP("CoreMessages", "{name} is not a vCard file that can be read ({problem})"),
    # mailing.messages
    QT_TRANSLATE_NOOP("CoreMessages", "{address} is not an e-mail address to send from"),
    # mailing.sending
    QT_TRANSLATE_NOOP("CoreMessages", "{where} refused the test message to {address} ({reply})"),
    QT_TRANSLATE_NOOP("CoreMessages", "{where} refused the test message ({reply})"),
    QT_TRANSLATE_NOOP("CoreMessages", "The connection to {where} broke off ({reason})"),
    QT_TRANSLATE_NOOP("CoreMessages", "The mail server {where} refused the sender address {sender} ({reply})"),  # noqa: E501
    QT_TRANSLATE_NOOP("CoreMessages", "The connection to {where} broke off ({reason}); {name} and those after were not sent: run it again to go on"),  # noqa: E501
    QT_TRANSLATE_NOOP("CoreMessages", "The connection to {where} broke off while sending to {name} ({reason}): whether it arrived is uncertain; check your sent folder"),  # noqa: E501
    # mailing.server
    QT_TRANSLATE_NOOP("CoreMessages", "No password for {user} at {host}: keep it in the system keyring, give it in {variable}, or run the command on a terminal"),  # noqa: E501
    QT_TRANSLATE_NOOP("CoreMessages", "Say which mail server to send through (host:port)"),
    QT_TRANSLATE_NOOP("CoreMessages", "A password is never sent to a mail server without encryption: use starttls or tls"),  # noqa: E501
    QT_TRANSLATE_NOOP("CoreMessages", "Messages per minute cannot be negative"),
    QT_TRANSLATE_NOOP("CoreMessages", "The certificate of {where} could not be checked ({reason}); nothing was sent"),  # noqa: E501
    QT_TRANSLATE_NOOP("CoreMessages", "{where} does not offer STARTTLS; nothing was sent"),
    QT_TRANSLATE_NOOP("CoreMessages", "{where} refused the user name or password ({reply}); nothing was sent"),  # noqa: E501
    QT_TRANSLATE_NOOP("CoreMessages", "Could not reach the mail server {where} ({reason}); nothing was sent"),  # noqa: E501
    # records.custom_fields
    QT_TRANSLATE_NOOP("CoreMessages", "Custom fields belong to organizations or contacts, not {value}"),  # noqa: E501
    QT_TRANSLATE_NOOP("CoreMessages", "{value} is not one of {allowed}"),
    QT_TRANSLATE_NOOP("CoreMessages", "A custom field needs a name"),
    QT_TRANSLATE_NOOP("CoreMessages", "{label} is already a field of every {value}"),
    QT_TRANSLATE_NOOP("CoreMessages", "A choice field needs at least one choice"),
    QT_TRANSLATE_NOOP("CoreMessages", "There is no custom field {value}"),
    QT_TRANSLATE_NOOP("CoreMessages", "{value} is not a number"),
    QT_TRANSLATE_NOOP("CoreMessages", "{label}: {problem}"),
    QT_TRANSLATE_NOOP("CoreMessages", "There is already a field called {label}"),
    QT_TRANSLATE_NOOP("CoreMessages", "{value} is not a type of field; choose one of {allowed}"),
    QT_TRANSLATE_NOOP("CoreMessages", "{value} is still stored in {label}; change those records first"),  # noqa: E501
    QT_TRANSLATE_NOOP("CoreMessages", "There is no custom field {value} for a {kind}"),
    # records.validation
    QT_TRANSLATE_NOOP("CoreMessages", "contains a NUL character (an invisible control character, which cannot be stored); remove it"),  # noqa: E501
    # storage.nul_characters
    QT_TRANSLATE_NOOP("CoreMessages", "{field}: contains a NUL character (an invisible control character, which cannot be stored); remove it"),  # noqa: E501
    # storage.postgresql
    QT_TRANSLATE_NOOP("CoreMessages", "Your role on this server does not allow this; nothing was changed"),  # noqa: E501
    QT_TRANSLATE_NOOP("CoreMessages", "{name} does not fold letters beyond A to Z into lower case (its character type is C or it is not in UTF-8): create it again with ENCODING 'UTF8' and a UTF-8 LC_CTYPE such as 'C.UTF-8'"),  # noqa: E501
    QT_TRANSLATE_NOOP("CoreMessages", "There is no database {database} on the server {server}: ask the server's administrator to create it"),  # noqa: E501
    QT_TRANSLATE_NOOP("CoreMessages", "The server {server} refused the password for {user}"),
    QT_TRANSLATE_NOOP("CoreMessages", "The server {server} asks for {user}'s password: give it in the address or in the password file (~/.pgpass)"),  # noqa: E501
    QT_TRANSLATE_NOOP("CoreMessages", "The server {server} accepts encrypted connections only: add ?sslmode=require to the address"),  # noqa: E501
    QT_TRANSLATE_NOOP("CoreMessages", "The server {server} does not let {user} in to {database}"),
    QT_TRANSLATE_NOOP("CoreMessages", "Cannot reach the database server {server}: check that it is running and that this computer can reach it"),  # noqa: E501
    QT_TRANSLATE_NOOP("CoreMessages", "The server {server} lets no one in to {database} at the moment: try again later, or ask the server's administrator"),  # noqa: E501
    QT_TRANSLATE_NOOP("CoreMessages", "The server did not save this: the record would be one your role may not see (a restricted contact); nothing was changed"),  # noqa: E501
    QT_TRANSLATE_NOOP("CoreMessages", "Your role on this server may not delete records: ask a coordinator; nothing was changed"),  # noqa: E501
    # storage.server_copy
    QT_TRANSLATE_NOOP("CoreMessages", "A database cannot be copied onto itself"),
    QT_TRANSLATE_NOOP("CoreMessages", "{name} already holds records: copy into a new, empty database, or give --replace to replace everything in it; nothing was changed"),  # noqa: E501
    QT_TRANSLATE_NOOP("CoreMessages", "A volunteer may not copy the database of {name}"),
    # storage.server_errors
    QT_TRANSLATE_NOOP("CoreMessages", "The server cannot be reached; nothing was saved and your edits are kept: save again once it is back"),  # noqa: E501
    QT_TRANSLATE_NOOP("CoreMessages", "The connection to the server was lost while the change was being saved: it may or may not have been saved; check with history before making it again"),  # noqa: E501
    # storage.server_roles
    QT_TRANSLATE_NOOP("CoreMessages", "A user name is letters, digits, - and _ (at most 63): {name}"),  # noqa: E501
    QT_TRANSLATE_NOOP("CoreMessages", "The database {database} has no roles yet: run `coalitiondesk server init` first"),  # noqa: E501
    QT_TRANSLATE_NOOP("CoreMessages", "The server already has a user {name}; nothing was changed"),

    # mailing.run_log
    QT_TRANSLATE_NOOP("CoreMessages", "Could not write {target}: {problem}"),
    # merge.plan
    QT_TRANSLATE_NOOP("CoreMessages", "In the {language} version: {problem}"),
    # merge.signature
    QT_TRANSLATE_NOOP("CoreMessages", "The signature must be a PNG or JPEG image"),
    QT_TRANSLATE_NOOP("CoreMessages", "The signature image is larger than {limit:,} bytes: scan it at a lower resolution or crop it to the signature"),  # noqa: E501
    # merge.versions
    QT_TRANSLATE_NOOP("CoreMessages", "“{tag}” is not a language code (such as en, ko or ja)"),
    QT_TRANSLATE_NOOP("CoreMessages", "The letter's body in its own language cannot be removed"),
    QT_TRANSLATE_NOOP("CoreMessages", "The letter has no version in “{tag}”"),
    # merge.word_import
    QT_TRANSLATE_NOOP("CoreMessages", "{name} is not a Word or OpenDocument text file (.docx or .odt)"),  # noqa: E501
    QT_TRANSLATE_NOOP("CoreMessages", "{name} has no text to use as the letter's body"),
    QT_TRANSLATE_NOOP("CoreMessages", "Reading {name} needs LibreOffice, which is not installed: save it as a Word document (.docx) and read that instead"),  # noqa: E501
    QT_TRANSLATE_NOOP("CoreMessages", "LibreOffice could not convert {name}: it is damaged or not a text document, or LibreOffice Writer is not installed"),  # noqa: E501
    QT_TRANSLATE_NOOP("CoreMessages", "{name} cannot be read as a Word document: it is damaged or of another kind"),  # noqa: E501
    QT_TRANSLATE_NOOP("CoreMessages", "LibreOffice could not convert {name}"),
    # merge.word_output
    QT_TRANSLATE_NOOP("CoreMessages", "Nothing to write for “{title}”: no recipient can be written to"),  # noqa: E501
    # exporting.run
    QT_TRANSLATE_NOOP("CoreMessages", "{names}: private fields a volunteer may not read; choose other columns (nothing was exported)"),  # noqa: E501
    # storage.postgresql
    QT_TRANSLATE_NOOP("CoreMessages", "Your role on this server may not export contacts: ask a coordinator; nothing was exported"),  # noqa: E501
    QT_TRANSLATE_NOOP("CoreMessages", "Your role on this server may not change a private field; nothing was changed"),  # noqa: E501
    # storage.server_backup
    QT_TRANSLATE_NOOP("CoreMessages", "{program} is not installed on this computer: install PostgreSQL's client programs (postgresql-client)"),  # noqa: E501
    QT_TRANSLATE_NOOP("CoreMessages", "{target} already exists; choose another file name (nothing was written)"),  # noqa: E501
    QT_TRANSLATE_NOOP("CoreMessages", "Only the database's owner may purge it: connect as the owner (who ran `coalitiondesk server init`); nothing was purged"),  # noqa: E501
    QT_TRANSLATE_NOOP("CoreMessages", "The server's backup failed ({detail}); nothing was written"),
    QT_TRANSLATE_NOOP("CoreMessages", "The backup written cannot be read back ({detail}); nothing was kept"),  # noqa: E501
    QT_TRANSLATE_NOOP("CoreMessages", "Cannot write to the folder {folder}: {error}"),
    # storage.server_roles (changing and removing people)
    QT_TRANSLATE_NOOP("CoreMessages", "The server still gives {name} access to {database} in another way (a grant made by someone else): ask the server's administrator; nothing was changed"),  # noqa: E501
    QT_TRANSLATE_NOOP("CoreMessages", "The server has no user {name}; nothing was changed"),
    QT_TRANSLATE_NOOP("CoreMessages", "{name} is a superuser of the server, who may do everything whatever their group: only the server's administrator changes them; nothing was changed"),  # noqa: E501
    QT_TRANSLATE_NOOP("CoreMessages", "{name} owns {database} (or acts as its owner), who may do everything: only the server's administrator changes them; nothing was changed"),  # noqa: E501
    QT_TRANSLATE_NOOP("CoreMessages", "{name} is not a user of {database} (a member of neither {coordinator} nor {volunteer}); nothing was changed"),  # noqa: E501
    QT_TRANSLATE_NOOP("CoreMessages", "You cannot remove yourself ({name}) from {database}: the owner does it; nothing was changed"),  # noqa: E501
    # storage.server_local_backups
    QT_TRANSLATE_NOOP("CoreMessages", "Only a coordinator backs up {name}: a volunteer's backup would leave out the restricted contacts and private fields; nothing was written"),  # noqa: E501
    QT_TRANSLATE_NOOP("CoreMessages", "Only the owner of {name} restores a backup onto it: connect as the owner (who ran `coalitiondesk server init`); nothing was changed"),  # noqa: E501
    # importing.interface_titles
    QT_TRANSLATE_NOOP("CoreMessages", "No language {value!r} of headers: choose one of {choices}"),
)

TRANSLATABLE_TERMS = (
    # fields
    QT_TRANSLATE_NOOP("CoreTerms", "name"),
    QT_TRANSLATE_NOOP("CoreTerms", "acronym"),
    QT_TRANSLATE_NOOP("CoreTerms", "sort name"),
    QT_TRANSLATE_NOOP("CoreTerms", "full name"),
    QT_TRANSLATE_NOOP("CoreTerms", "native name"),
    QT_TRANSLATE_NOOP("CoreTerms", "signatory name"),
    QT_TRANSLATE_NOOP("CoreTerms", "kind"),
    QT_TRANSLATE_NOOP("CoreTerms", "country code"),
    QT_TRANSLATE_NOOP("CoreTerms", "show country on signature"),
    QT_TRANSLATE_NOOP("CoreTerms", "joined on"),
    QT_TRANSLATE_NOOP("CoreTerms", "left on"),
    QT_TRANSLATE_NOOP("CoreTerms", "website"),
    QT_TRANSLATE_NOOP("CoreTerms", "email"),
    QT_TRANSLATE_NOOP("CoreTerms", "phone"),
    QT_TRANSLATE_NOOP("CoreTerms", "street"),
    QT_TRANSLATE_NOOP("CoreTerms", "street2"),
    QT_TRANSLATE_NOOP("CoreTerms", "city"),
    QT_TRANSLATE_NOOP("CoreTerms", "region"),
    QT_TRANSLATE_NOOP("CoreTerms", "postcode"),
    QT_TRANSLATE_NOOP("CoreTerms", "address country code"),
    QT_TRANSLATE_NOOP("CoreTerms", "native address"),
    QT_TRANSLATE_NOOP("CoreTerms", "do not share"),
    QT_TRANSLATE_NOOP("CoreTerms", "notes"),
    QT_TRANSLATE_NOOP("CoreTerms", "given name"),
    QT_TRANSLATE_NOOP("CoreTerms", "family name"),
    QT_TRANSLATE_NOOP("CoreTerms", "family name first"),
    QT_TRANSLATE_NOOP("CoreTerms", "honorific"),
    QT_TRANSLATE_NOOP("CoreTerms", "salutation"),
    QT_TRANSLATE_NOOP("CoreTerms", "position"),
    QT_TRANSLATE_NOOP("CoreTerms", "social handle"),
    QT_TRANSLATE_NOOP("CoreTerms", "preferred language"),
    QT_TRANSLATE_NOOP("CoreTerms", "do not mail"),
    QT_TRANSLATE_NOOP("CoreTerms", "do not email"),
    QT_TRANSLATE_NOOP("CoreTerms", "organization id"),
    QT_TRANSLATE_NOOP("CoreTerms", "start date"),
    QT_TRANSLATE_NOOP("CoreTerms", "end date"),
    QT_TRANSLATE_NOOP("CoreTerms", "district"),
    QT_TRANSLATE_NOOP("CoreTerms", "mobile phone"),
    QT_TRANSLATE_NOOP("CoreTerms", "custom values"),
    # geography.country_table
    QT_TRANSLATE_NOOP("CoreTerms", "country"),
    QT_TRANSLATE_NOOP("CoreTerms", "alias"),
    # importing.dedupe
    QT_TRANSLATE_NOOP("CoreTerms", "same name"),
    QT_TRANSLATE_NOOP("CoreTerms", "same acronym"),
    QT_TRANSLATE_NOOP("CoreTerms", "several records with this name"),
    QT_TRANSLATE_NOOP("CoreTerms", "same ID"),
    QT_TRANSLATE_NOOP("CoreTerms", "same name, different country"),
    QT_TRANSLATE_NOOP("CoreTerms", "same name, different e-mail address"),
    QT_TRANSLATE_NOOP("CoreTerms", "similar name"),
    QT_TRANSLATE_NOOP("CoreTerms", "same e-mail address"),
    # records.duplicates
    QT_TRANSLATE_NOOP("CoreTerms", "same phone number"),
    # importing.drafts
    QT_TRANSLATE_NOOP("CoreTerms", "kind of organization"),
    QT_TRANSLATE_NOOP("CoreTerms", "membership status"),
    QT_TRANSLATE_NOOP("CoreTerms", "sensitivity"),
    # merge.recipients
    QT_TRANSLATE_NOOP("CoreTerms", "contact"),
    QT_TRANSLATE_NOOP("CoreTerms", "organization"),
    # records.activities
    QT_TRANSLATE_NOOP("CoreTerms", "activity"),
    QT_TRANSLATE_NOOP("CoreTerms", "letter"),
    # records.contacts
    QT_TRANSLATE_NOOP("CoreTerms", "affiliation"),
    # records.letters
    QT_TRANSLATE_NOOP("CoreTerms", "signature"),
    QT_TRANSLATE_NOOP("CoreTerms", "recipient"),
    # storage.backup
    QT_TRANSLATE_NOOP("CoreTerms", "backup file"),
    # storage.files
    QT_TRANSLATE_NOOP("CoreTerms", "folder"),
    # records.attachments
    QT_TRANSLATE_NOOP("CoreTerms", "attachment"),
)

"""People in a list of organizations: Odoo's "Is a Company: False" and "Company Type:
Individual", CiviCRM's "Contact Type: Individual".

Such rows are flagged, never created as organizations; the user may import them as
contacts of the organization their company column names (created when it is not
stored), read with the contacts' own mapping of the same headers.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from coalitiondesk.core.importing.fields import ImportKind, header_key
from coalitiondesk.core.importing.readers import SourceTable
from coalitiondesk.core.importing.values import ValueProblem, clean_text, to_bool

# A yes/no column saying whether the row is a company: "no" is a person.
_COMPANY_FLAGS = frozenset(header_key(text) for text in (
    "Is a Company", "is_company", "Is Company", "Company?"))
# A column naming the kind of record: these values are a person.
_TYPE_COLUMNS = frozenset(header_key(text) for text in (
    "Company Type", "company_type", "Contact Type", "Record Type", "Type of contact"))
_PERSON_TYPES = frozenset(header_key(text) for text in (
    "Individual", "Person", "Individual contact", "Private person"))
# Where a person's company is named: the organization they go in as a contact of.
_COMPANY_COLUMNS = tuple(header_key(text) for text in (
    "Related Company", "Parent Company", "Company", "Company Name", "Account Name",
    "Employer", "Current Employer", "Organisation", "Organization", "Current Organization"))


@dataclass(frozen=True)
class PeopleInFile:
    positions: tuple[int, ...]
    """Rows (by position in the table) that are people."""
    flag_columns: tuple[int, ...]
    """The columns that tell people from companies: read, so not left out."""
    company_column: int | None
    """The column naming each person's company, if the file has one."""


def _is_person(table: SourceTable, position: int, flags: Sequence[int],
               types: Sequence[int]) -> bool:
    cells = table.rows[position].cells
    for index in flags:
        try:
            flag = to_bool(cells[index]) if index < len(cells) else None
        except ValueProblem:
            continue
        if flag is False:
            return True
    for index in types:
        text = clean_text(cells[index]) if index < len(cells) else None
        if text is not None and header_key(text) in _PERSON_TYPES:
            return True
    return False


def people_in(table: SourceTable, kind: ImportKind,
              mapping: Sequence[str | None]) -> PeopleInFile | None:
    """The people among an organization list's rows, or None when there are none."""
    if kind is not ImportKind.organizations or table.is_list:
        return None
    keys = [header_key(header) for header in table.headers]
    flags = [index for index, key in enumerate(keys)
             if key in _COMPANY_FLAGS and mapping[index] is None]
    types = [index for index, key in enumerate(keys)
             if key in _TYPE_COLUMNS and mapping[index] is None]
    if not flags and not types:
        return None
    positions = tuple(position for position in range(len(table.rows))
                      if _is_person(table, position, flags, types))
    if not positions:
        return None
    company = next((keys.index(key) for key in _COMPANY_COLUMNS
                    if key in keys and mapping[keys.index(key)] is None), None)
    return PeopleInFile(positions=positions, flag_columns=tuple(flags + types),
                        company_column=company)


def people_table(table: SourceTable, people: PeopleInFile) -> SourceTable:
    """The people's rows under the same headers (their row numbers kept)."""
    return SourceTable(name=table.name, headers=list(table.headers),
                       rows=[table.rows[position] for position in people.positions],
                       header_row=table.header_row, sheet=table.sheet,
                       encoding=table.encoding, delimiter=table.delimiter,
                       date1904=table.date1904)


def people_mapping(table: SourceTable, people: PeopleInFile,
                   contact_mapping: Sequence[str | None],
                   organization_mapping: Sequence[str | None]) -> list[str | None]:
    """The contacts' mapping of the same headers, the company column as the organization,
    and the organizations' name column as the person's whole name when no other says it."""
    mapping = list(contact_mapping)
    for index in people.flag_columns:
        mapping[index] = None
    if people.company_column is not None:
        if "organization" in mapping:
            mapping[mapping.index("organization")] = None
        mapping[people.company_column] = "organization"
    names = {"person_name", "given_name", "family_name", "native_name"}
    if not names & set(mapping):
        # The column the organizations' names are in holds the person's whole name.
        for index, key in enumerate(organization_mapping):
            if key in {"name", "signatory_line"}:
                mapping[index] = "person_name"
                break
    return mapping

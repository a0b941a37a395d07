"""A workbook exported with the window in Korean or Japanese has the fields' names in
that language as headers; the window passes its names of the targets, and such a
column comes back into its field instead of being left for the user to map."""

from __future__ import annotations

from coalitiondesk.core.importing import ImportKind, initial_mapping
from coalitiondesk.core.importing.readers import build_table
from coalitiondesk.core.storage.db import Database

KOREAN = {"이름": "name", "단체 정식 명칭": "full_name", "웹사이트": "website",
          "태그": "tags", "국가": "country_code", "이메일": "email"}


def test_headers_in_the_windows_language_map_to_their_fields(database: Database) -> None:
    table = build_table([
        ["이름", "단체 정식 명칭", "웹사이트", "태그", "국가", "ID"],
        ["NK Watch", "North Korea Watch", "https://nkwatch.example", "donor", "대한민국",
         "3f0c2d4e-5b6a-4c1d-9e8f-0a1b2c3d4e5f"],
    ], name="단체.xlsx")
    with database.session() as session:
        plain = initial_mapping(session=session, table=table, kind=ImportKind.organizations)
        titled = initial_mapping(session=session, table=table, kind=ImportKind.organizations,
                                 titles=KOREAN)
    assert plain[0] is None and plain[5] == "uuid"
    assert titled == ["name", "full_name", "website", "tags", "country_code", "uuid"]


def test_a_title_never_takes_a_column_whose_values_do_not_fit(database: Database) -> None:
    table = build_table([["이름", "이메일"], ["NK Watch", "not an address"]], name="x.csv")
    with database.session() as session:
        mapping = initial_mapping(session=session, table=table, kind=ImportKind.organizations,
                                  titles=KOREAN)
    assert mapping[0] == "name"
    assert mapping[1] != "email"

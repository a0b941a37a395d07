"""The names the window passes for the export's columns include computed ones (the ID,
the name as written, the times of change), which no field takes: a partner's own "ID"
column of row numbers stays a column not imported instead of failing the mapping, our
export's country name and code both come back, and its times of change in Korean or
Japanese are not data left out (issue 14)."""

from __future__ import annotations

from coalitiondesk.core.importing import ImportKind, initial_mapping
from coalitiondesk.core.importing.mapping import unmapped_columns
from coalitiondesk.core.importing.readers import build_table
from coalitiondesk.core.storage.db import Database

# As the import wizard gathers them in Korean: export columns by their export keys.
WINDOWS = {"ID": "id", "이름": "given_name", "성": "family_name", "표기된 이름": "full_name",
           "국가": "country", "국가 코드": "address_country_code",
           "만든 시각 (UTC)": "created_at"}


def test_a_computed_columns_name_is_no_target(database: Database) -> None:
    table = build_table([
        ["ID", "이름", "성", "표기된 이름", "국가", "국가 코드", "만든 시각 (UTC)"],
        ["17", "Tae Kyung", "Ha", "Ha Tae Kyung", "대한민국", "KR", "2024-05-01 09:00"],
    ], name="연락처.xlsx")
    with database.session() as session:
        mapping = initial_mapping(session=session, table=table, kind=ImportKind.contacts,
                                  titles=WINDOWS)
    assert mapping == [None, "given_name", "family_name", None, "address_country_code",
                       "address_country_code", None]
    # The name as written repeats the row's name, family name first in Korea.
    assert [column.header for column in unmapped_columns(table, mapping)] == ["ID"]


def test_japanese_times_of_change_are_not_left_out(database: Database) -> None:
    table = build_table([["名前", "作成日時 (UTC)", "更新日時 (UTC)"],
                         ["NK Watch", "2024-05-01 09:00", "2024-05-02 09:00"]], name="団体.csv")
    with database.session() as session:
        mapping = initial_mapping(session=session, table=table,
                                  kind=ImportKind.organizations, titles={"名前": "name"})
    assert mapping == ["name", None, None]
    assert unmapped_columns(table, mapping) == []

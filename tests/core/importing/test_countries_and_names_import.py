"""Countries and personal names as partners write them, imported cell by cell (issue 14)."""

from __future__ import annotations

from sqlmodel import select

from coalitiondesk.core.importing import (
    Action,
    ImportKind,
    apply_import,
    guess_mapping,
    prepare_import,
    run_to_end,
)
from coalitiondesk.core.importing.plan import ImportPlan
from coalitiondesk.core.importing.readers import SourceTable, build_table
from coalitiondesk.core.models import Contact, Organization
from coalitiondesk.core.storage.db import Database

COUNTRIES = [
    ("Korea, Rep.", "KR"), ("Korea, Dem. People's Rep.", "KP"), ("Iran, Islamic Rep.", "IR"),
    ("Congo, Dem. Rep.", "CD"), ("Gambia, The", "GM"), ("Hong Kong SAR, China", "HK"),
    ("Republic of Korea (the)", "KR"), ("S. Korea", "KR"), ("West Bank and Gaza", "PS"),
    ("Kosovo", "XK"), ("대한민국", "KR"), ("한국", "KR"), ("北朝鮮", "KP"), ("日本", "JP"),
    ("韓国", "KR"), ("中国", "CN"), ("Deutschland", "DE"), ("España", "ES"), ("Brasil", "BR"),
    ("Japan", "JP"),
]
NOT_GIVEN = ["NA", "N/A", "n.a.", "-", "none", "unknown"]


def table_of(*rows: list[object]) -> SourceTable:
    return build_table([list(row) for row in rows], name="test")


def plan_of(database: Database, table: SourceTable, kind: ImportKind) -> ImportPlan:
    mapping = guess_mapping(table, kind)
    return run_to_end(prepare_import(database=database, table=table, kind=kind,
                                     mapping=mapping))


def test_every_country_form_is_stored_and_not_given_is_no_country(database: Database) -> None:
    rows = [[f"Group {number}", text] for number, (text, _) in enumerate(COUNTRIES)]
    rows += [[f"Unplaced {number}", text] for number, text in enumerate(NOT_GIVEN)]
    table = table_of(["Organization", "Country"], *rows)
    plan = plan_of(database, table, ImportKind.organizations)
    assert plan.mapping == ["name", "country_code"]
    assert plan.counts()[Action.error] == 0
    for row, (text, _) in zip(plan.rows[len(COUNTRIES):], [(t, None) for t in NOT_GIVEN],
                              strict=True):
        assert f"no country given: {text}" in row.draft.notes
    run_to_end(apply_import(database=database, plan=plan))
    with database.session() as session:
        stored = {org.name: org.country_code for org in session.exec(select(Organization))}
    for number, (text, code) in enumerate(COUNTRIES):
        assert stored[f"Group {number}"] == code, text
    for number in range(len(NOT_GIVEN)):
        assert stored[f"Unplaced {number}"] is None


def test_an_unknown_country_is_its_row_problem_and_the_column_stays(database: Database) -> None:
    # Most values unknown: the column was unmapped whole, Japan's row included.
    table = table_of(["Organization", "Country"], ["Tokyo Group", "Japan"],
                     ["Narnia Group", "Narnia"], ["Shire Group", "The Shire"],
                     ["Gondor Group", "Gondor"])
    plan = plan_of(database, table, ImportKind.organizations)
    assert plan.mapping == ["name", "country_code"]
    assert plan.rows[0].draft.values["country_code"] == "JP"
    assert [row.action for row in plan.rows[1:]] == [Action.error] * 3
    assert "unknown country: Narnia" in plan.rows[1].problems


def test_a_word_that_is_a_code_is_a_country_only_in_a_code_column(database: Database) -> None:
    named = plan_of(database, table_of(["Organization", "Country"], ["A", "no"], ["B", "it"],
                                       ["C", "NO"]), ImportKind.organizations)
    assert [row.action for row in named.rows[:2]] == [Action.error, Action.error]
    assert "unknown country: no" in named.rows[0].problems
    assert named.rows[2].draft.values["country_code"] == "NO"
    coded = plan_of(database, table_of(["Organization", "Country code"], ["A", "no"],
                                       ["B", "it"], ["C", "NA"]), ImportKind.organizations)
    assert [row.draft.values["country_code"] for row in coded.rows] == ["NO", "IT", "NA"]


def test_mr_in_a_salutation_column_is_the_honorific(database: Database) -> None:
    table = table_of(["First name", "Last name", "Salutation"], ["Phil", "Robertson", "Mr."],
                     ["Ana", "Lopez", "Dr"], ["Kim", "Lee", "Dear Kim,"])
    plan = plan_of(database, table, ImportKind.contacts)
    values = [row.draft.values for row in plan.rows]
    assert (values[0].get("honorific"), values[0].get("salutation")) == ("Mr.", None)
    assert (values[1].get("honorific"), values[1].get("salutation")) == ("Dr", None)
    assert (values[2].get("honorific"), values[2].get("salutation")) == (None, "Dear Kim,")


def test_family_name_first_from_native_script_or_country_unless_the_file_says(
        database: Database) -> None:
    table = table_of(
        ["Name", "Native name", "Country", "Family name first"],
        ["Ha Tae Kyung", "하태경", "", ""],
        ["Yokota Takuya", "", "Japan", ""],
        ["Phil Robertson", "", "Thailand", ""],
        ["Nguyen Van An", "", "VN", ""],
        ["Kim Smith", "", "Korea", "no"],
    )
    plan = plan_of(database, table, ImportKind.contacts)
    assert plan.counts()[Action.error] == 0
    run_to_end(apply_import(database=database, plan=plan))
    with database.session() as session:
        stored = {(c.family_name, c.given_name): c.family_name_first
                  for c in session.exec(select(Contact))}
    assert stored == {("Ha", "Tae Kyung"): True, ("Yokota", "Takuya"): True,
                      ("Robertson", "Phil"): False, ("Nguyen", "Van An"): True,
                      ("Smith", "Kim"): False}


def test_a_lower_case_code_in_a_signatory_line_is_part_of_the_name(database: Database) -> None:
    table = table_of(["Name (Country)"], ["Friends of Nature (it)"], ["Amici della Terra (IT)"],
                     ["Citizens Alliance (Korea, Rep.)"])
    plan = plan_of(database, table, ImportKind.organizations)
    values = [row.draft.values for row in plan.rows]
    assert (values[0]["name"], values[0].get("country_code")) == ("Friends of Nature (it)", None)
    assert (values[1]["name"], values[1]["country_code"]) == ("Amici della Terra", "IT")
    assert (values[2]["name"], values[2]["country_code"]) == ("Citizens Alliance", "KR")

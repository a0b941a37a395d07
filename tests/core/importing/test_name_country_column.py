"""A name column whose values end in their country is split, beside a country column too;
an acronym in the parenthesis stays the acronym."""

from __future__ import annotations

from sqlmodel import select

from coalitiondesk.core.importing import (
    ImportKind,
    apply_import,
    guess_mapping,
    prepare_import,
    run_to_end,
)
from coalitiondesk.core.importing.readers import build_table
from coalitiondesk.core.models import MembershipStatus, Organization
from coalitiondesk.core.storage.db import Database


def test_name_country_values_are_split_even_beside_a_country_column(
        database: Database) -> None:
    table = build_table([
        ["Organisation", "Country", "Acronym"],
        ["Committee to Protect Journalists (USA)", "", "CPJ"],
        ["Burma Partnership (Thailand)", "Thailand", ""],
        ["International Federation for Human Rights (FIDH)", "", ""],
        ["People's Solidarity for Participatory Democracy (South Korea)", "", "PSPD"],
    ], name="signatories.xlsx")
    kind = ImportKind.organizations
    mapping = guess_mapping(table, kind)
    assert mapping == ["signatory_line", "country_code", "acronym"]
    plan = run_to_end(prepare_import(database=database, table=table, kind=kind,
                                     mapping=mapping, new_status=MembershipStatus.member))
    run_to_end(apply_import(database=database, plan=plan))
    with database.session() as session:
        stored = {org.name: (org.country_code, org.acronym)
                  for org in session.exec(select(Organization))}
    assert stored == {
        "Committee to Protect Journalists": ("US", "CPJ"),
        "Burma Partnership": ("TH", None),
        "International Federation for Human Rights": (None, "FIDH"),
        "People's Solidarity for Participatory Democracy": ("KR", "PSPD"),
    }


def test_a_few_parentheses_beside_a_country_column_are_left_alone() -> None:
    table = build_table([
        ["Name", "Country"], ["Amnesty International (AI)", "United Kingdom"],
        ["Human Rights Watch", "United States"], ["Forum-Asia", "Thailand"],
    ], name="members.xlsx")
    assert guess_mapping(table, ImportKind.organizations) == ["name", "country_code"]

"""A column named after one of the coordinator's own fields imports into it: read by the
field's type, added to what an updated record already holds, refused per row when wrong."""

from __future__ import annotations

from pathlib import Path

from sqlmodel import select

from coalitiondesk.core.importing import (
    Action,
    ImportKind,
    apply_import,
    initial_mapping,
    prepare_import,
    read_file,
    run_to_end,
)
from coalitiondesk.core.models import Contact
from coalitiondesk.core.records import custom_fields, edits
from coalitiondesk.core.storage.db import Database


def test_columns_named_after_own_fields_fill_them(database: Database, tmp_path: Path) -> None:
    region = custom_fields.add_field(database, record_kind="contact", label="Home region")
    since = custom_fields.add_field(database, record_kind="contact", label="Source since",
                                    value_type="date")
    meetings = custom_fields.add_field(database, record_kind="contact", label="Meetings",
                                       value_type="number")
    assert region.id and since.id and meetings.id
    edits.save_record(database, kind="contact", name="Kim", values={
        "given_name": "Ji-hoon", "family_name": "Kim", "email": "kim@example.org",
        "custom_values": custom_fields.encode_values({meetings.id: 4})})
    source = tmp_path / "people.csv"
    source.write_text("First Name,Last Name,Email,home region,Source since,Meetings\n"
                      "Ji-hoon,Kim,kim@example.org,함경북도,2019-03-01,\n"
                      "Ana,Lopez,ana@example.org,,,twelve\n"
                      "Minho,Lee,minho@example.org,Seoul,,2\n", encoding="utf-8")
    table = read_file(source)
    with database.session() as session:
        mapping = initial_mapping(session=session, table=table, kind=ImportKind.contacts)
    assert mapping[3:] == [f"custom_{region.id}", f"custom_{since.id}", f"custom_{meetings.id}"]
    plan = run_to_end(prepare_import(database=database, table=table, kind=ImportKind.contacts,
                                     mapping=mapping))
    assert [row.action for row in plan.rows] == [Action.update, Action.error, Action.create]
    assert [str(problem) for problem in plan.rows[1].draft.problems] == [
        "Meetings: twelve is not a number"]
    assert plan.not_imported_columns() == []
    run_to_end(apply_import(database=database, plan=plan))
    with database.session() as session:
        stored = {contact.family_name: custom_fields.read_values(contact.custom_values)
                  for contact in session.exec(select(Contact))}
    # Kim's meetings, which the file leaves empty, stay as they were.
    assert stored == {"Kim": {region.id: "함경북도", since.id: "2019-03-01", meetings.id: 4},
                      "Lee": {region.id: "Seoul", meetings.id: 2}}

"""The coordinator's own fields as export columns of their own (core.exporting.columns,
rows): one column per field, private, with each record's value as stored."""

from __future__ import annotations

from sqlmodel import Session

from coalitiondesk.core.exporting.columns import (
    ExportKind,
    ValueType,
    custom_columns,
    select_columns,
    with_custom_columns,
)
from coalitiondesk.core.exporting.profiles import save_profile, saved_profiles
from coalitiondesk.core.exporting.redaction import withheld_records
from coalitiondesk.core.exporting.rows import Reading, read_records
from coalitiondesk.core.exporting.scope import Scope
from coalitiondesk.core.models import Contact
from coalitiondesk.core.records import custom_fields, edits
from coalitiondesk.core.storage.db import Database


def _rows(session: Session, keys: tuple[str, ...]) -> list[list[object]]:
    reading = Reading(session=session, kind=ExportKind.contacts, scope=Scope(), keys=keys,
                      withheld=withheld_records(session=session), include_restricted=True)
    return [record.values for record in read_records(reading)]


def test_each_custom_field_is_a_private_column_with_its_values(database: Database) -> None:
    region = custom_fields.add_field(database, record_kind="contact", label="Home region")
    staff = custom_fields.add_field(database, record_kind="contact", label="Meetings",
                                    value_type="number")
    vetted = custom_fields.add_field(database, record_kind="contact", label="Vetted",
                                     value_type="flag")
    custom_fields.add_field(database, record_kind="organization", label="Founded")
    assert region.id and staff.id and vetted.id
    kim = edits.save_record(database, kind="contact", name="Kim", values={
        "family_name": "Kim", "custom_values": custom_fields.encode_values(
            {region.id: "함경북도", staff.id: 3, vetted.id: True})}).record_id
    edits.save_record(database, kind="contact", name="Lee", values={"family_name": "Lee"})
    assert kim
    with database.session() as session:
        columns = custom_columns(session=session, kind=ExportKind.contacts)
        assert [(c.key, c.header, c.type, c.private) for c in columns] == [
            (f"custom_{region.id}", "Home region", ValueType.text, True),
            (f"custom_{staff.id}", "Meetings", ValueType.number, True),
            (f"custom_{vetted.id}", "Vetted", ValueType.boolean, True)]
        assert custom_columns(session=session, kind=ExportKind.countries) == ()
        chosen = select_columns(ExportKind.contacts, ["family_name", f"custom_{region.id}"],
                                session=session)
        assert [column.header for column in chosen] == ["ID", "Family name", "Home region"]
        full = with_custom_columns(session=session, kind=ExportKind.contacts,
                                   columns=select_columns(ExportKind.contacts,
                                                          ["family_name", "updated_at"]))
        assert [column.header for column in full] == [
            "ID", "Family name", "Home region", "Meetings", "Vetted", "Updated (UTC)"]
        keys = ("family_name", *(column.key for column in columns))
        assert _rows(session, keys) == [["Kim", "함경북도", 3, True], ["Lee", None, None, None]]
        assert session.get(Contact, kim) is not None


def test_a_saved_profile_keeps_an_own_field_until_it_is_removed(database: Database) -> None:
    field = custom_fields.add_field(database, record_kind="organization", label="Founded")
    assert field.id is not None
    with database.transaction() as session:
        save_profile(session=session, kind=ExportKind.organizations, name="Mine",
                     columns=["name", f"custom_{field.id}"])
    with database.session() as session:
        (profile,) = saved_profiles(session=session, kind=ExportKind.organizations)
        assert [column.header for column in profile.columns][:2] == ["Name", "Founded"]
    custom_fields.remove_field(database, field_id=field.id)
    with database.session() as session:
        (profile,) = saved_profiles(session=session, kind=ExportKind.organizations)
        assert "Founded" not in [column.header for column in profile.columns]

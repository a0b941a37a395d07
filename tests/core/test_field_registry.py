"""One field registry (core.records.fields): every consumer that lists fields derives them
from it, and nothing in them lies outside it but the listed computed and import-only ones."""

from __future__ import annotations

import importlib.util
from dataclasses import replace
from pathlib import Path
from types import ModuleType

import pytest
import sqlalchemy as sa

from coalitiondesk.core.exporting import columns, profiles
from coalitiondesk.core.exporting.columns import ExportKind
from coalitiondesk.core.importing import fields as import_fields
from coalitiondesk.core.importing.fields import ImportKind
from coalitiondesk.core.models import Contact, Organization
from coalitiondesk.core.records import fields, search, validation
from coalitiondesk.core.records.fields import CONTACT, ORGANIZATION, Field, Section, ValueKind


def _migration(name: str) -> ModuleType:
    path = (Path(__file__).resolve().parents[2] / "src" / "coalitiondesk" / "core" / "storage"
            / "migrations" / "versions" / f"{name}.py")
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


KINDS = [
    (ORGANIZATION, Organization, ImportKind.organizations, ExportKind.organizations),
    (CONTACT, Contact, ImportKind.contacts, ExportKind.contacts),
]


@pytest.mark.parametrize(("registry", "model", "import_kind", "export_kind"), KINDS)
def test_every_stored_field_of_the_model_is_in_the_registry(
    registry: tuple[Field, ...], model: type, import_kind: ImportKind, export_kind: ExportKind,
) -> None:
    bookkeeping = {"id", "uuid", "import_batch_id", "created_at", "updated_at"}
    stored = {column.name for column in sa.inspect(model).columns} - bookkeeping
    assert [entry.key for entry in registry] == list(dict.fromkeys(
        entry.key for entry in registry)), "a field listed twice"
    assert {entry.key for entry in registry} == stored


@pytest.mark.parametrize(("registry", "model", "import_kind", "export_kind"), KINDS)
def test_each_consumer_holds_the_registry_and_only_the_listed_extras(
    registry: tuple[Field, ...], model: type, import_kind: ImportKind, export_kind: ExportKind,
) -> None:
    checks = (validation.ORGANIZATION_FIELDS if model is Organization
              else validation.CONTACT_FIELDS)
    assert list(checks) == [entry.key for entry in registry]

    targets = {target.key: target for target in import_fields.targets(import_kind)}
    imported = {entry.key for entry in registry if entry.imported}
    assert set(targets) - imported <= import_fields.IMPORT_ONLY_KEYS
    for entry in registry:
        if entry.imported:
            assert targets[entry.key].label == entry.label
            assert set(entry.headers) <= set(targets[entry.key].headers)

    exported = {column.key: column for column in columns.columns_for(export_kind)}
    assert set(exported) - {entry.key for entry in registry if entry.exported} == (
        columns.COMPUTED_KEYS[export_kind])
    for entry in registry:
        if entry.exported:
            assert (exported[entry.key].header, exported[entry.key].private) == (
                entry.label, entry.private)

    partner = set(profiles.partner_profile(export_kind).keys)
    assert {entry.key for entry in registry if entry.in_partner_list} <= partner
    assert not {entry.key for entry in registry if entry.private} & partner

    plain = [getattr(model, entry.key) for entry in registry if entry.searched]
    compared = search._COLUMNS[model]
    assert all(column is field for column, field in zip(compared, plain, strict=False))
    assert len(compared) == len(plain) + (2 if model is Contact else 0)  # names both ways


@pytest.mark.parametrize(("registry", "table"), [(ORGANIZATION, "organization"),
                                                 (CONTACT, "contact")])
def test_the_fields_searched_are_those_the_search_index_holds(
    registry: tuple[Field, ...], table: str,
) -> None:
    texts = _migration("0002_search_index").TEXTS[table]
    indexed = {text.removeprefix("{r}.") for text in texts
               if text.startswith("{r}.")}
    assert {entry.key for entry in registry if entry.searched} == indexed


def test_every_export_header_partners_had_is_still_read_on_import() -> None:
    # Headers written by earlier versions, whose labels have since been unified.
    assert import_fields.field_for_header(ImportKind.contacts, "Do not mail") == "do_not_mail"
    assert import_fields.field_for_header(ImportKind.contacts, "Do not email") == "do_not_email"
    assert import_fields.field_for_header(ImportKind.contacts, "Social media") == "social_handle"
    assert import_fields.field_for_header(
        ImportKind.organizations, "Street (second line)") == "street2"
    for kind, export_kind in ((ImportKind.organizations, ExportKind.organizations),
                              (ImportKind.contacts, ExportKind.contacts)):
        for column in columns.columns_for(export_kind):
            if column.key not in columns.COMPUTED_KEYS[export_kind]:
                assert import_fields.field_for_header(kind, column.header) == column.key


# --- adding one entry -------------------------------------------------------------------


# An existing column under a new name stands for a field a migration would add.
EXTRA = replace(fields.field(CONTACT, "position"), key="department", label="Department",
                headers=("department", "unit"), section=Section.details, searched=True)
WITH_EXTRA = (*CONTACT, EXTRA)


def test_one_entry_makes_a_check_a_target_a_column_and_a_partner_column() -> None:
    checks = validation.normalisers(WITH_EXTRA)
    assert checks["department"]("  Policy  ", {}) == "Policy"

    targets = import_fields.contact_targets(WITH_EXTRA)
    target = next(target for target in targets if target.key == "department")
    assert (target.label, target.type, target.headers) == (
        "Department", import_fields.ValueType.text, ("department", "unit"))

    made = columns.contact_columns(WITH_EXTRA)
    column = next(column for column in made if column.key == "department")
    assert (column.header, column.type, column.private) == (
        "Department", columns.ValueType.text, False)
    assert "department" in profiles.partner_keys(ExportKind.contacts, made, WITH_EXTRA)
    assert "department" not in profiles.partner_keys(
        ExportKind.contacts, made, (*CONTACT, replace(EXTRA, private=True)))


def test_one_entry_marked_searched_is_searched() -> None:
    # Contact.position stands in for the new column (same entry, other key).
    searched = search.searched_columns(Contact, (*CONTACT, replace(EXTRA, key="position")))
    assert len(searched) == len(search._COLUMNS[Contact]) + 1
    assert not search.searched_columns(Contact, (replace(EXTRA, key="position",
                                                         searched=False),))[:-2]


def test_a_kind_of_value_decides_the_check() -> None:
    website = fields.field(ORGANIZATION, "website")
    assert website.kind is ValueKind.url
    assert validation.check_organization({"name": "X", "website": "example.org"}).values[
        "website"] == "https://example.org"

"""Many rows at the driver's speed store exactly what SQLAlchemy's own insert stores."""

from __future__ import annotations

import shutil
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest

from coalitiondesk.core.errors import InvalidInput
from coalitiondesk.core.models import (
    Contact,
    ContactBase,
    MembershipStatus,
    Organization,
    OrganizationBase,
    OrganizationKind,
    Sensitivity,
)
from coalitiondesk.core.storage.db import Database, open_database
from coalitiondesk.core.storage.many_rows import insert_many

WHEN = datetime(2026, 12, 6, 9, 30, 15, 123456, tzinfo=UTC)


def _contacts() -> list[dict[str, Any]]:
    rows = []
    kinds = [(Sensitivity.normal, "KR"), (Sensitivity.restricted, None),
             (Sensitivity.normal, "JP")]
    for number, (sensitivity, country) in enumerate(kinds):
        values = ContactBase.model_validate({
            "given_name": f"Given {number}", "family_name": "하", "native_name": "하태경",
            "family_name_first": bool(number % 2), "email": f"p{number}@example.org",
            "address_country_code": country, "sensitivity": sensitivity,
            "do_not_mail": number == 1, "custom_values": '{"1": "yes"}' if number else None,
        }).model_dump()
        values.update(uuid=f"00000000-0000-4000-8000-00000000000{number}",
                      created_at=WHEN, updated_at=WHEN)
        rows.append(values)
    return rows


def _organizations() -> list[dict[str, Any]]:
    rows = []
    for number, status in enumerate(MembershipStatus):
        values = OrganizationBase.model_validate({
            "name": f"Organization {number}", "country_code": "KR",
            "kind": OrganizationKind.ngo, "membership_status": status,
            "joined_on": date(2020, 1, number + 1),
        }).model_dump()
        values.update(uuid=f"00000000-0000-4000-9000-00000000000{number}",
                      created_at=WHEN, updated_at=WHEN)
        rows.append(values)
    return rows


def _stored(database: Database, table: str) -> list[tuple[Any, ...]]:
    with database.engine.connect() as connection:
        return [tuple(row) for row in connection.exec_driver_sql(
            f'SELECT * FROM "{table}" ORDER BY id')]


@pytest.fixture
def two_databases(tmp_path: Path, new_database_file: Path) -> Any:
    opened = []
    for name in ("driver", "orm"):
        path = tmp_path / f"{name}.sqlite3"
        shutil.copyfile(new_database_file, path)
        opened.append(open_database(path))
    yield opened
    for database in opened:
        database.close()


@pytest.mark.parametrize("model, rows", [(Contact, _contacts), (Organization, _organizations)])
def test_the_same_rows_as_sqlalchemy_stores(two_databases: list[Database], model: Any,
                                            rows: Any) -> None:
    driver, orm = two_databases
    with driver.engine.begin() as connection:
        insert_many(connection, model.__table__, rows())
    with orm.engine.begin() as connection:
        connection.execute(model.__table__.insert(), rows())
    stored = _stored(driver, model.__tablename__)
    assert stored == _stored(orm, model.__tablename__)
    assert len(stored) == len(rows())


def test_a_nul_is_refused_and_nothing_is_written(database: Database) -> None:
    rows = _contacts()
    rows[2]["notes"] = "hidden\x00text"
    with pytest.raises(InvalidInput, match="NUL"), database.engine.begin() as connection:
        insert_many(connection, Contact.__table__, rows)
    assert _stored(database, "contact") == []


def test_rows_naming_their_columns_in_another_order(two_databases: list[Database]) -> None:
    driver, orm = two_databases
    rows = _contacts()
    rows[1] = dict(reversed(list(rows[1].items())))
    with driver.engine.begin() as connection:
        insert_many(connection, Contact.__table__, rows)
    with orm.engine.begin() as connection:
        connection.execute(Contact.__table__.insert(), _contacts())
    assert _stored(driver, "contact") == _stored(orm, "contact")


def test_a_column_left_out_gets_its_default_made_in_python(database: Database) -> None:
    rows = _contacts()
    for row in rows:
        del row["uuid"]
    with database.engine.begin() as connection:
        insert_many(connection, Contact.__table__, rows)
    with database.engine.connect() as connection:
        uuids = [uuid for uuid, in connection.exec_driver_sql("SELECT uuid FROM contact")]
    assert len(uuids) == 3 and all(uuids) and len(set(uuids)) == 3


def test_an_empty_field_is_bound_as_null_through_the_adapters_table(database: Database) -> None:
    from coalitiondesk.core.storage import cipher

    assert (type(None), cipher.DBAPI.PrepareProtocol) in cipher.DBAPI.adapters
    with database.engine.begin() as connection:
        insert_many(connection, Contact.__table__, _contacts())
    with database.engine.connect() as connection:
        kinds = connection.exec_driver_sql(
            "SELECT DISTINCT typeof(street), typeof(notes) FROM contact").all()
    assert [tuple(kind) for kind in kinds] == [("null", "null")]

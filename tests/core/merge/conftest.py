"""Fixtures for the merge tests: the demo letter and records made through the services."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from merge_support import DEMO_LETTER

from coalitiondesk.core.records import contacts, letters, organizations
from coalitiondesk.core.storage.db import Database


@pytest.fixture
def demo_letter_id(demo_database: Database) -> int:
    with demo_database.session() as session:
        letter_id = letters.letter_by_title(session=session, title=DEMO_LETTER).id
    assert letter_id is not None
    return letter_id


@pytest.fixture
def make_contact(database: Database) -> Callable[..., int]:
    def make(**values: Any) -> int:
        values.setdefault("given_name", "Jane")
        with database.transaction() as session:
            contact = contacts.create_contact(session=session, **values)
            assert contact.id is not None
            return contact.id

    return make


@pytest.fixture
def make_organization(database: Database) -> Callable[..., int]:
    def make(**values: Any) -> int:
        values.setdefault("name", "Example Organization")
        with database.transaction() as session:
            organization = organizations.create_organization(session=session, **values)
            assert organization.id is not None
            return organization.id

    return make


@pytest.fixture
def make_letter(database: Database) -> Callable[..., int]:
    def make(**values: Any) -> int:
        values.setdefault("title", "A letter")
        with database.transaction() as session:
            letter = letters.create_letter(session=session, **values)
            assert letter.id is not None
            return letter.id

    return make

"""A signatory line is what the organization signed as: kept as signed, refreshed from the
records only on request while signatures are still gathered, never on a letter sent."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import date
from pathlib import Path

import pytest

from coalitiondesk.core.errors import InvalidInput
from coalitiondesk.core.journal.undo import undo
from coalitiondesk.core.models import LetterStatus, SignatureStatus
from coalitiondesk.core.records import letters, organizations
from coalitiondesk.core.storage import db
from coalitiondesk.core.storage.db import Database


def _csw_signs(database: Database, *, status: LetterStatus) -> tuple[int, int]:
    with database.transaction() as session:
        letter = letters.create_letter(session=session, title="Launch letter", status=status)
        csw = organizations.create_organization(session=session,
                                                name="Christian Solidarity Worldwide")
        assert letter.id is not None and csw.id is not None
        letter_id, csw_id = letter.id, csw.id
    letters.add_signatory(database, letter_id=letter_id, organization_id=csw_id,
                          status=SignatureStatus.signed, status_date=date(2011, 9, 8))
    return letter_id, csw_id


def _lines(database: Database, letter_id: int) -> list[str]:
    with database.session() as session:
        return letters.signatory_lines(session=session, letter_id=letter_id)


def _later_import_gives_csw_a_country(database: Database, csw_id: int) -> None:
    with database.transaction() as session:
        organizations.update_organization(session=session, organization_id=csw_id,
                                          country_code="GB")


def test_a_sent_letter_keeps_the_line_as_signed(database: Database) -> None:
    letter_id, csw = _csw_signs(database, status=LetterStatus.sent)
    _later_import_gives_csw_a_country(database, csw)
    assert _lines(database, letter_id) == ["Christian Solidarity Worldwide"]
    with pytest.raises(InvalidInput, match="already sent keeps its signatory lines"):
        letters.refresh_lines_from_records(database, letter_id=letter_id)
    assert _lines(database, letter_id) == ["Christian Solidarity Worldwide"]


def test_a_letter_still_collecting_refreshes_its_lines_on_request_undoably(
        database: Database) -> None:
    letter_id, csw = _csw_signs(database, status=LetterStatus.collecting)
    _later_import_gives_csw_a_country(database, csw)
    assert _lines(database, letter_id) == ["Christian Solidarity Worldwide"]
    with database.session() as session:
        assert letters.stale_signatory_lines(session=session, letter_id=letter_id) == [
            ("Christian Solidarity Worldwide", "Christian Solidarity Worldwide (UK)")]
    letters.refresh_lines_from_records(database, letter_id=letter_id)
    assert _lines(database, letter_id) == ["Christian Solidarity Worldwide (UK)"]
    undo(database)
    assert _lines(database, letter_id) == ["Christian Solidarity Worldwide"]


def test_signing_again_after_a_withdrawal_takes_the_line_of_that_day(
        database: Database) -> None:
    letter_id, csw = _csw_signs(database, status=LetterStatus.collecting)
    [row] = letters.signatory_list(database, letter_id=letter_id).rows
    assert row.signature.id is not None
    letters.set_signatory_status(database, letter_id=letter_id, signature_id=row.signature.id,
                                 status="withdrawn", status_date=date(2011, 9, 9))
    _later_import_gives_csw_a_country(database, csw)
    letters.set_signatory_status(database, letter_id=letter_id, signature_id=row.signature.id,
                                 status="signed", status_date=date(2011, 9, 10))
    assert _lines(database, letter_id) == ["Christian Solidarity Worldwide (UK)"]


def test_signatures_made_before_the_migration_keep_the_line_they_printed(
        database: Database) -> None:
    from alembic import command

    _csw_signs(database, status=LetterStatus.sent)
    path = Path(database.path)
    with database.engine.begin() as connection:
        command.downgrade(db._alembic_config(connection), "0008")
    database.close()
    db.open_database(path).close()
    with closing(sqlite3.connect(path)) as connection:
        assert connection.execute("SELECT signed_line FROM signature").fetchall() == [
            ("Christian Solidarity Worldwide",)]

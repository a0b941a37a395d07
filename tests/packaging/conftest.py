from collections.abc import Iterator
from pathlib import Path

import pytest

from coalitiondesk.core.storage.db import Database, open_database


@pytest.fixture
def database(tmp_path: Path) -> Iterator[Database]:
    db = open_database(tmp_path / "coalition.sqlite3")
    try:
        yield db
    finally:
        db.close()

"""Import test files: the committed ones in tests/data/import, and hostile ones made here."""

from __future__ import annotations

from pathlib import Path

import pytest

IMPORT_DATA = Path(__file__).resolve().parents[2] / "data" / "import"


@pytest.fixture
def data_file(tmp_path: Path):  # type: ignore[no-untyped-def]
    """A copy of a committed test file, so that a test may write beside it."""

    def copy(name: str) -> Path:
        target = tmp_path / name
        target.write_bytes((IMPORT_DATA / name).read_bytes())
        return target

    return copy

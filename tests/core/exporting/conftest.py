"""Fixtures for the export tests: the demo coalition with restricted and do-not-share records."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from exporting_support import Coalition, make_coalition

from coalitiondesk.core.exporting import ExportKind, ExportRequest, ExportResult, run_export
from coalitiondesk.core.storage.db import Database


@pytest.fixture
def coalition(database: Database) -> Coalition:
    return make_coalition(database)


@pytest.fixture
def export(coalition: Coalition, tmp_path: Path) -> Callable[..., ExportResult]:
    """Run an export of the coalition to a file in the test's folder."""

    def run(kind: ExportKind | str, name: str = "export.xlsx", **options: Any) -> ExportResult:
        request = ExportRequest(kind=ExportKind(kind), target=tmp_path / name, **options)
        return run_export(database=coalition.database, request=request)

    return run

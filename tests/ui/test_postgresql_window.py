"""Window tests written for the local file, run again on a PostgreSQL server database:
the window searches, sorts, saves, undoes and follows changes made elsewhere there too."""

from __future__ import annotations

import pytest
from test_changes_everywhere import (  # noqa: F401 - collected again here
    test_a_form_without_edits_follows_a_change_made_elsewhere,
    test_a_stale_form_does_not_erase_what_an_import_wrote,
)
from test_main_window import (  # noqa: F401 - collected again here, with their fixtures
    demo,
    test_create_edit_undo_and_redo,
    test_search_as_you_type_with_a_hangul_substring,
    test_sorting_by_a_column_both_ways,
    window,
)

from coalitiondesk.core.storage.db import Database

pytestmark = [pytest.mark.postgresql, pytest.mark.usefixtures("fresh_settings")]


@pytest.fixture
def database(pg_database: Database) -> Database:
    """The window's database, here on the server."""
    return pg_database

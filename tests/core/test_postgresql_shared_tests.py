"""Core tests written for the local file, run again on a PostgreSQL server database.

The tests are imported from their own modules and collected here a second time, where
the `database` fixture is a new database on the throwaway server: the same checks hold
on both engines. Tests that reach into the SQLite file itself stay where they are.
"""

from __future__ import annotations

import pytest
from test_contacts import (  # noqa: F401 - collected again here
    test_sorting_by_each_column_and_direction,
)
from test_journal import (  # noqa: F401 - collected again here
    test_a_deleted_letter_comes_back_whole,
    test_a_dispatch_adds_to_the_history_and_keeps_the_first_date,
    test_a_stale_save_is_refused_and_the_newer_values_survive,
    test_every_change_is_journaled_with_who_what_and_the_values,
    test_the_database_keeps_one_recipient_row_and_one_place_each,
    test_the_rules_hold_on_every_path,
    test_undo_is_refused_naming_the_later_change_and_changes_nothing,
    test_undoing_an_import_refuses_to_remove_a_record_linked_since,
)
from test_organizations import (  # noqa: F401 - collected again here
    test_sorting_by_each_column_both_ways,
)
from test_saved_groups import (  # noqa: F401 - collected again here
    test_a_group_is_a_filter_of_the_tables_and_is_renamed_undoably,
)
from test_search import (  # noqa: F401 - collected again here
    people,
    test_a_lone_surrogate_finds_nothing_and_raises_nothing,
    test_a_nul_character_finds_nothing,
    test_a_nul_character_in_a_contact_search,
    test_index_follows_edits_and_deletes,
    test_substrings_in_any_script_and_length,
    test_wildcard_characters_are_literal,
)

from coalitiondesk.core.storage.db import Database

pytestmark = pytest.mark.postgresql


@pytest.fixture
def database(pg_database: Database) -> Database:
    """The tests' database, here on the server."""
    return pg_database

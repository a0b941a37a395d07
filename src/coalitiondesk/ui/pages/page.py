"""What a tab offers the main window: New, Save, Delete, refreshing, leaving, counts, search.

The window asks the current tab instead of knowing each one: its actions are
enabled from `can_create`, `can_save` and `can_delete`, Edit › New, Save and
Delete call the tab, every change set the journal reports goes to every tab's
`apply_changes`, and the status bar shows the tab's `status_text`. A tab
that offers nothing of a kind inherits the answers of `PageDefaults`.
"""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from coalitiondesk.core.journal.operations import ChangeSet


@runtime_checkable
class Page(Protocol):
    name: str

    def can_create(self) -> bool: ...

    def new_record(self) -> None:
        """Start a new record in the tab (asking about unsaved changes first)."""

    def can_save(self) -> bool: ...

    def save(self) -> bool:
        """Store what the tab's editor holds; False (with the problem shown) if not."""

    def can_delete(self) -> bool: ...

    def delete_current(self) -> bool:
        """Delete the record in hand, after asking; False if it was not deleted."""

    def is_dirty(self) -> bool: ...

    def may_leave(self) -> bool:
        """Before the editor shows something else or the window closes: ask about
        unsaved changes. False keeps the person where they are."""

    def may_switch_away(self) -> bool:
        """Before another tab is shown; False stays on this one."""

    def apply_changes(self, changes: ChangeSet) -> None:
        """Show what the database holds now, reading again only what `changes` touches."""

    def status_text(self) -> str:
        """The counts the status bar shows while the tab is current."""

    def focus_search(self) -> bool:
        """Put the cursor in the tab's search; False when it has none."""

    def clear_filters(self) -> None: ...


class PageDefaults:
    """The answers of a tab that neither creates, saves nor deletes, and has no search."""

    def can_create(self) -> bool:
        return False

    def new_record(self) -> None:
        return None

    def can_save(self) -> bool:
        return False

    def save(self) -> bool:
        return False

    def can_delete(self) -> bool:
        return False

    def delete_current(self) -> bool:
        return False

    def is_dirty(self) -> bool:
        return False

    def may_leave(self) -> bool:
        return True

    def may_switch_away(self) -> bool:
        return True

    def focus_search(self) -> bool:
        return False

    def clear_filters(self) -> None:
        return None

"""The About sheet says that a filter applied, never what it searched for or named."""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from exporting_support import Coalition

from coalitiondesk.core.exporting import ExportResult, Scope
from coalitiondesk.core.records.contacts import ContactFilter
from coalitiondesk.core.records.organizations import OrganizationFilter
from coalitiondesk.core.records.tags import set_contact_tags


def file_text(path: Path) -> str:
    """Every XML part of the workbook (or the csv), as a partner's tools could read it."""
    if path.suffix == ".csv":
        return path.read_text(encoding="utf-8-sig")
    with zipfile.ZipFile(path) as archive:
        return "\n".join(archive.read(name).decode("utf-8") for name in archive.namelist()
                         if name.endswith(".xml") or name.endswith(".rels"))


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_search_text_and_private_tag_stay_out_of_the_file(
        export: Callable[..., ExportResult], coalition: Coalition, suffix: str) -> None:
    with coalition.database.transaction() as session:
        set_contact_tags(session=session, contact_id=coalition.restricted_id,
                         names=["defector"])
    searched = export("contacts", name=f"searched{suffix}",
                      scope=Scope(filters=ContactFilter(search="Secretname")))
    tagged = export("contacts", name=f"tagged{suffix}",
                    scope=Scope(filters=ContactFilter(tag="defector")))
    assert tagged.left_out.total == 1  # the restricted contact: counted, not named
    for result in (searched, tagged):
        about = result.about.text()
        assert "Secretname" not in about and "defector" not in about
        assert "filter" in result.about.scope
        if suffix == ".xlsx":
            text = file_text(result.target)
            assert "Secretname" not in text and "defector" not in text


def test_a_withheld_organization_filtered_on_is_not_named(
        export: Callable[..., ExportResult], coalition: Coalition) -> None:
    result = export("contacts", name="members.xlsx", scope=Scope(
        filters=ContactFilter(organization_id=coalition.hidden_organization_id)))
    assert "Quiet Support Group" not in file_text(result.target)
    assert "Quiet Support Group" not in result.about.text()
    orgs = export("organizations", name="orgs.xlsx",
                  scope=Scope(filters=OrganizationFilter(search="Quiet")))
    assert "Quiet" not in file_text(orgs.target)

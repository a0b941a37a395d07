"""Privacy: restricted and do-not-share records stay home unless explicitly included."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from exporting_support import Coalition, about, data_rows, zip_texts

from coalitiondesk.core.exporting import (
    FULL,
    PARTNER_LIST,
    ExportKind,
    ExportRequest,
    ExportResult,
    Reason,
    Scope,
    list_profiles,
    preview_export,
)
from coalitiondesk.core.exporting.columns import columns_for
from coalitiondesk.core.exporting.profiles import shipped_profiles
from coalitiondesk.core.records.contacts import create_contact
from coalitiondesk.core.records.organizations import create_organization
from coalitiondesk.core.records.tags import marks_do_not_share

PRIVATE = {"notes", "sensitivity", "street", "street2", "city", "region", "postcode",
           "do_not_mail", "do_not_email"}


def test_restricted_and_do_not_share_contacts_are_left_out_by_default(
    export: Callable[..., ExportResult], coalition: Coalition
) -> None:
    result = export("contacts", profile=FULL)
    _, rows = data_rows(result.target)
    names = {row["Native name"] for row in rows}
    assert "윤은지" not in names  # restricted
    assert "박민준" not in names  # tagged "Do-Not-Share"
    assert "김지훈" in names
    assert result.left_out.counts == {Reason.restricted: 1, Reason.do_not_share: 1}
    assert result.rows == 6
    everything = "".join(zip_texts(result.target).values())
    assert "Escaped in 2009" not in everything and "윤은지" not in everything


def test_included_only_when_asked(export: Callable[..., ExportResult]) -> None:
    result = export("contacts", profile=FULL, include_restricted=True)
    _, rows = data_rows(result.target)
    restricted = [row for row in rows if row["Native name"] == "윤은지"]
    assert len(restricted) == 1 and restricted[0]["Sensitivity"] == "restricted"
    assert {row["Native name"] for row in rows} >= {"박민준"}
    assert result.left_out.total == 0
    assert result.included.counts == {Reason.restricted: 1, Reason.do_not_share: 1}
    info = about(result.target)
    assert info["Left out"] == "none"
    assert info["Restricted records"] == ("included on explicit request: 1 restricted "
                                          "contact, 1 record marked “do not share”")


def test_partner_list_has_no_private_field_for_any_kind() -> None:
    for kind in ExportKind:
        partner, full = shipped_profiles(kind)
        assert partner.name == PARTNER_LIST and full.name == FULL
        assert not partner.private_columns, kind
        assert {column.key for column in full.columns} == {c.key for c in columns_for(kind)}
        assert partner.columns[-1].key == "id"
        assert "id" in partner.keys
    contact_private = {column.key for column in columns_for(ExportKind.contacts)
                       if column.private}
    assert contact_private >= PRIVATE


def test_partner_list_file_has_no_private_values(export: Callable[..., ExportResult]) -> None:
    result = export("contacts")
    headers, rows = data_rows(result.target)
    assert not {"Notes", "Sensitivity", "Street", "City", "Postcode", "Do not send post"} & set(
        headers)
    text = str(rows)
    assert "Sejong-daero" not in text and "03187" not in text and "18:00" not in text


def test_organizations_left_out_when_tagged(export: Callable[..., ExportResult]) -> None:
    result = export("organizations")
    _, rows = data_rows(result.target)
    assert "Quiet Support Group" not in {row["Name"] for row in rows}
    assert result.left_out.counts == {Reason.do_not_share: 1}


def test_activities_involving_withheld_records_are_left_out(
    export: Callable[..., ExportResult]
) -> None:
    result = export("activities", profile=FULL)
    _, rows = data_rows(result.target)
    subjects = {row["Subject"] for row in rows}
    assert "Briefing with a witness" not in subjects
    assert "Call about the Tokyo follow-up" not in subjects
    assert "ICNK inaugural conference, Tokyo" in subjects
    assert result.left_out.counts == {Reason.involves_restricted: 1,
                                      Reason.involves_do_not_share: 1}
    included = export("activities", name="all.xlsx", profile=FULL, include_restricted=True)
    _, rows = data_rows(included.target)
    witness = next(row for row in rows if row["Subject"] == "Briefing with a witness")
    assert witness["Contacts"] == "Yoon Eun-ji"


def test_exports_themselves_are_not_exported_as_activities(
    export: Callable[..., ExportResult]
) -> None:
    export("contacts")
    result = export("activities", name="activities.xlsx")
    _, rows = data_rows(result.target)
    assert not [row for row in rows if row["Kind"] == "export"]


def test_preview_counts_what_would_be_withheld(coalition: Coalition, tmp_path: Path) -> None:
    preview = preview_export(database=coalition.database, request=ExportRequest(
        kind=ExportKind.contacts, target=tmp_path / "x.xlsx", include_restricted=True))
    assert preview.withheld.counts == {Reason.restricted: 1, Reason.do_not_share: 1}
    assert preview.total == preview.rows + 2
    selected = preview_export(database=coalition.database, request=ExportRequest(
        kind=ExportKind.contacts, target=tmp_path / "x.xlsx",
        scope=Scope(selected=(coalition.restricted_id, coalition.zeros_id))))
    assert (selected.total, selected.rows) == (2, 1)


@pytest.mark.parametrize("tag", [
    "do not share", "Do-Not-Share", "DO_NOT_SHARE", " do  not share ", "do not share.",
    "Do not share!", "do\u2011not\u2011share", "ｄｏ ｎｏｔ ｓｈａｒｅ", "“do not share”"])
def test_do_not_share_tag_spellings(tag: str) -> None:
    assert marks_do_not_share(tag)


@pytest.mark.parametrize("tag", ["do share", "not shared", "share", "do not shared"])
def test_other_tags_do_not_withhold(tag: str) -> None:
    assert not marks_do_not_share(tag)


@pytest.mark.parametrize("tag", ["do not share.", "Do not share!", "do\u2011not\u2011share",
                                 "ｄｏ ｎｏｔ ｓｈａｒｅ"])
def test_each_spelling_keeps_the_record_from_partners(
        coalition: Coalition, export: Callable[..., ExportResult], tag: str) -> None:
    with coalition.database.transaction() as session:
        organization = create_organization(session=session, name="Hidden Helpers",
                                           country_code="KR", tags=[tag])
        contact = create_contact(session=session, given_name="Sun", family_name="Lee",
                                 tags=[tag])
        assert organization.do_not_share and contact.do_not_share
    organizations = export("organizations", name="o.xlsx")
    contacts = export("contacts", name="c.xlsx")
    assert "Hidden Helpers" not in {row["Name"] for row in data_rows(organizations.target)[1]}
    assert "Lee" not in {row["Family name"] for row in data_rows(contacts.target)[1]}


def test_the_flag_alone_keeps_a_record_from_partners(
        coalition: Coalition, export: Callable[..., ExportResult]) -> None:
    with coalition.database.transaction() as session:
        create_organization(session=session, name="Flagged Friends", do_not_share=True)
    result = export("organizations", name="o.xlsx")
    assert "Flagged Friends" not in {row["Name"] for row in data_rows(result.target)[1]}
    assert result.left_out.counts[Reason.do_not_share] == 2


def test_saved_profiles_are_offered_after_the_shipped_ones(coalition: Coalition) -> None:
    with coalition.database.session() as session:
        names = [profile.name for profile in list_profiles(session=session,
                                                           kind=ExportKind.contacts)]
    assert names[:2] == [PARTNER_LIST, FULL]

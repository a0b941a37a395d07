"""Running an export: progress, the activity it leaves, scopes, profiles and file safety."""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from exporting_support import Coalition, data_rows
from sqlmodel import select

from coalitiondesk.core.errors import CoalitionDeskError, InvalidInput, NotFound
from coalitiondesk.core.exporting import (
    ExportKind,
    ExportRequest,
    ExportResult,
    ExportTargetUnavailable,
    Scope,
    SignatoryFilter,
    delete_profile,
    export_steps,
    get_profile,
    list_profiles,
    run_export,
    save_profile,
)
from coalitiondesk.core.models import Activity, ActivityKind, SignatureStatus
from coalitiondesk.core.progress import Progress
from coalitiondesk.core.records.activities import activity_links, list_activities
from coalitiondesk.core.records.contacts import ContactFilter
from coalitiondesk.core.records.organizations import OrganizationFilter
from coalitiondesk.core.storage.db import Database, open_database
from coalitiondesk.core.storage.settings import SettingKey, set_setting


def export_activities(database: Database) -> list[Activity]:
    with database.session() as session:
        return list(session.exec(select(Activity).where(
            Activity.kind == ActivityKind.export)).all())


def test_every_export_is_recorded_as_an_activity(
    export: Callable[..., ExportResult], coalition: Coalition
) -> None:
    result = export("contacts", name="for partners.xlsx")
    [activity] = export_activities(coalition.database)
    assert activity.id == result.activity_id
    assert activity.subject == "Exported 6 contacts (Partner list) to for partners.xlsx"
    assert activity.notes is not None
    assert "Rows: 6" in activity.notes and "Profile: Partner list" in activity.notes
    assert "Left out: 1 restricted contact, 1 record marked “do not share”" in activity.notes
    # "Who got this person's details?" is answered from the person's own history.
    with coalition.database.session() as session:
        _, contact_ids = activity_links(session=session, activity_id=activity.id)
        assert coalition.zeros_id in contact_ids and coalition.restricted_id not in contact_ids
        history = list_activities(session=session, contact_id=coalition.zeros_id)
    assert activity.id in [item.id for item in history]


def test_signatory_export_is_linked_to_the_letter_and_organizations(
    export: Callable[..., ExportResult], coalition: Coalition
) -> None:
    result = export("signatories", letter_id=coalition.letter_id, name="signatories.csv")
    [activity] = export_activities(coalition.database)
    assert activity.letter_id == coalition.letter_id
    assert activity.subject.startswith(
        "Exported 32 signatories of “Letter to Kim Jong-il” (Partner list)")
    with coalition.database.session() as session:
        organization_ids, _ = activity_links(session=session, activity_id=activity.id)
    assert len(organization_ids) == result.rows == 32


def test_progress_is_yielded_and_ends_with_the_file(coalition: Coalition, tmp_path: Path) -> None:
    steps = export_steps(database=coalition.database, request=ExportRequest(
        kind=ExportKind.organizations, target=tmp_path / "organizations.xlsx"))
    seen: list[Progress] = []
    while True:
        try:
            seen.append(next(steps))
        except StopIteration as finished:
            result = finished.value
            break
    assert seen[0].done == 0 and seen[0].total == 40
    assert seen[-1].stage == "Saving the file" and seen[-1].done == seen[-1].total
    assert result.rows == 39 and result.target.is_file()


def test_stopping_midway_leaves_nothing_behind(coalition: Coalition, tmp_path: Path) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "contacts.xlsx"
    target.write_bytes(b"the partner's earlier copy")
    steps = export_steps(database=coalition.database, request=ExportRequest(
        kind=ExportKind.contacts, target=target))
    next(steps)
    steps.close()
    assert target.read_bytes() == b"the partner's earlier copy"
    assert sorted(path.name for path in folder.iterdir()) == ["contacts.xlsx"]
    assert export_activities(coalition.database) == []


def test_replacing_a_file_keeps_nothing_of_the_old_one(
    export: Callable[..., ExportResult], tmp_path: Path
) -> None:
    (tmp_path / "export.xlsx").write_bytes(b"old")
    result = export("countries")
    assert result.target.read_bytes()[:2] == b"PK"
    assert [path.name for path in tmp_path.iterdir() if path.name.endswith(".tmp")] == []


@pytest.mark.parametrize("lock", [".~lock.export.xlsx#", "~$export.xlsx"])
def test_a_file_open_elsewhere_is_left_untouched(
    coalition: Coalition, tmp_path: Path, lock: str
) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "export.xlsx"
    target.write_bytes(b"open in a spreadsheet")
    (folder / lock).write_text("locked")
    with pytest.raises(ExportTargetUnavailable, match="open in another program"):
        run_export(database=coalition.database, request=ExportRequest(
            kind=ExportKind.contacts, target=target))
    assert target.read_bytes() == b"open in a spreadsheet"
    assert sorted(path.name for path in folder.iterdir()) == sorted(["export.xlsx", lock])
    assert export_activities(coalition.database) == []


def test_bad_targets_get_one_clear_message(coalition: Coalition, tmp_path: Path) -> None:
    def attempt(target: Path) -> str:
        with pytest.raises(CoalitionDeskError) as caught:
            run_export(database=coalition.database,
                       request=ExportRequest(kind=ExportKind.contacts, target=target))
        return str(caught.value)

    assert "does not exist" in attempt(tmp_path / "missing" / "x.xlsx")
    assert "is a folder" in attempt(tmp_path)
    (tmp_path / "file").write_text("x")
    assert "is not a folder" in attempt(tmp_path / "file" / "x.xlsx")
    assert "neither an Excel workbook" in attempt(tmp_path / "x.ods")
    assert export_activities(coalition.database) == []


@contextmanager
def unwritable(folder: Path) -> Iterator[None]:
    """The folder made unwritable: by its mode, or for root (whom modes do not stop) by
    the immutable flag, where the file system has one."""
    if os.name != "posix":
        pytest.skip("needs POSIX permissions")
    if os.geteuid() != 0:
        folder.chmod(0o555)
        try:
            yield
        finally:
            folder.chmod(0o755)
        return
    chattr = shutil.which("chattr")
    if chattr is None or subprocess.run([chattr, "+i", str(folder)],
                                        capture_output=True).returncode != 0:
        pytest.skip("cannot make a folder unwritable for root here")
    try:
        yield
    finally:
        subprocess.run([chattr, "-i", str(folder)], check=True)


def test_an_unwritable_folder_is_refused(coalition: Coalition, tmp_path: Path) -> None:
    folder = tmp_path / "read-only"
    folder.mkdir()
    (folder / "x.xlsx").write_bytes(b"old")
    with unwritable(folder):
        with pytest.raises(ExportTargetUnavailable, match="permission denied"):
            run_export(database=coalition.database, request=ExportRequest(
                kind=ExportKind.contacts, target=folder / "x.xlsx"))
        assert (folder / "x.xlsx").read_bytes() == b"old"
        assert [path.name for path in folder.iterdir()] == ["x.xlsx"]
    assert export_activities(coalition.database) == []


def test_filter_and_selection_scopes(export: Callable[..., ExportResult],
                                     coalition: Coalition) -> None:
    korean = export("contacts", name="korean.xlsx",
                    scope=Scope(filters=ContactFilter(country_code="KR")))
    _, rows = data_rows(korean.target)
    assert {row["Country code"] for row in rows} == {"KR"}
    assert "Records" in korean.about.lines()[3][0]
    assert korean.about.scope.startswith("contacts shown by a filter")
    assert "KR" not in korean.about.scope
    picked = export("contacts", name="picked.xlsx",
                    scope=Scope(selected=(coalition.zeros_id, coalition.japanese_id,
                                          coalition.restricted_id)))
    _, rows = data_rows(picked.target)
    assert sorted(row["Family name"] for row in rows) == ["Kim", "Tanaka"]
    assert picked.left_out.total == 1
    members = export("organizations", name="members.xlsx",
                     scope=Scope(filters=OrganizationFilter(country_code="JP")))
    assert members.rows >= 3
    declined = export("signatories", name="declined.xlsx", letter_id=coalition.letter_id,
                      scope=Scope(filters=SignatoryFilter(status=SignatureStatus.declined)))
    assert declined.rows == 0


def test_a_filter_of_the_wrong_kind_is_refused(export: Callable[..., ExportResult]) -> None:
    with pytest.raises(InvalidInput):
        export("organizations", scope=Scope(filters=ContactFilter(country_code="KR")))
    with pytest.raises(InvalidInput, match="letter"):
        export("signatories")


def test_saved_profiles_round_trip(coalition: Coalition, export: Callable[..., ExportResult],
                                   tmp_path: Path) -> None:
    database = coalition.database
    with database.transaction() as session:
        save_profile(session=session, kind=ExportKind.contacts, name="  Press  list ",
                     columns=["native_name", "email", "notes"])
    path = database.path
    assert path is not None
    database.close()
    reopened = open_database(path)
    try:
        with reopened.session() as session:
            profile = get_profile(session=session, kind=ExportKind.contacts, name="press list")
            assert profile.name == "Press list"
            assert profile.keys == ("native_name", "email", "notes", "id")
            assert [c.header for c in profile.private_columns] == ["Notes"]
            assert [p.name for p in list_profiles(session=session, kind=ExportKind.contacts)] \
                == ["Partner list", "Full", "Press list"]
            assert [p.name for p in list_profiles(session=session, kind=ExportKind.countries)] \
                == ["Partner list", "Full"]
        result = run_export(database=reopened, request=ExportRequest(
            kind=ExportKind.contacts, target=tmp_path / "press.xlsx", profile="Press list"))
        headers, _ = data_rows(result.target)
        assert headers == ["Native name", "Email", "Notes", "ID"]
        assert result.about.private_included[0].header == "Notes"
        with reopened.transaction() as session:
            with pytest.raises(InvalidInput, match="comes with CoalitionDesk"):
                save_profile(session=session, kind=ExportKind.contacts, name="full",
                             columns=["email"])
            with pytest.raises(InvalidInput, match="no column"):
                save_profile(session=session, kind=ExportKind.contacts, name="Bad",
                             columns=["password"])
            delete_profile(session=session, kind=ExportKind.contacts, name="PRESS LIST")
            with pytest.raises(NotFound):
                get_profile(session=session, kind=ExportKind.contacts, name="Press list")
    finally:
        reopened.close()


def test_unreadable_saved_profiles_do_not_break_exports(coalition: Coalition) -> None:
    with coalition.database.transaction() as session:
        set_setting(session=session, key=SettingKey.export_profiles, value="{not json")
    with coalition.database.session() as session:
        assert len(list_profiles(session=session, kind=ExportKind.contacts)) == 2


def test_columns_picked_one_by_one(export: Callable[..., ExportResult]) -> None:
    result = export("organizations", columns=("name", "country"))
    headers, _ = data_rows(result.target)
    assert headers == ["Name", "Country", "ID"]
    assert result.profile == "custom columns"

"""The reports about member organizations limited to a saved group of organizations."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook

from coalitiondesk.core.errors import InvalidInput
from coalitiondesk.core.records import groups
from coalitiondesk.core.records.organizations import OrganizationFilter
from coalitiondesk.core.reports import GROUPED, REPORTS, make_report, save_xlsx
from coalitiondesk.core.storage.db import Database


def test_a_group_limits_the_reports_about_members(demo_database: Database,
                                                  tmp_path: Path) -> None:
    korean = groups.add_group(database=demo_database, kind="organization",
                              name="Defectors' groups in Seoul",
                              filters=OrganizationFilter(country_code="KR"))
    with demo_database.session() as session:
        everyone = make_report(session=session, name="members-by-country")
        country = make_report(session=session, name="members-by-country", group_id=korean)
        region = make_report(session=session, name="members-by-region", group_id=korean)
        history = make_report(session=session, name="membership-over-time",
                              group_id=korean)
        directory = make_report(session=session, name="member-directory", group_id=korean)
        in_group = len(groups.member_ids(session=session, group_id=korean))
    korea = dict(everyone.rows)["South Korea"]
    assert country.rows == [("South Korea", korea)] and len(everyone.rows) > 1
    assert [row[1] for row in region.rows] == [korea]
    assert history.rows[-1][1] == korea
    assert {row[0] for row in directory.rows} == {"South Korea"}
    assert country.notes[0] == f"Only the {in_group} organizations of one saved group"
    # The file says a group limited it, never which: its name may say too much.
    target = save_xlsx(report=country, target=tmp_path / "report.xlsx")
    text = " ".join(str(cell.value) for sheet in load_workbook(target)
                    for row in sheet.iter_rows() for cell in row if cell.value is not None)
    assert "one saved group" in text and "Defectors" not in text


def test_other_reports_and_contact_groups_are_refused(demo_database: Database) -> None:
    people = groups.add_group(database=demo_database, kind="contact", name="Everyone",
                              static=True)
    places = groups.add_group(database=demo_database, kind="organization", name="All",
                              static=True)
    with demo_database.session() as session:
        for name in sorted(set(REPORTS) - GROUPED):
            with pytest.raises(InvalidInput, match="cannot be limited to a group"):
                make_report(session=session, name=name, group_id=places)
        with pytest.raises(InvalidInput, match="a group of contact records"):
            make_report(session=session, name="members-by-country", group_id=people)
        assert make_report(session=session, name="members-by-country",
                           group_id=places).rows == []

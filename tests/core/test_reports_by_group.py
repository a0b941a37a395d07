"""Reports limited to a saved group of organizations: the members among them, the letters
they signed or were sent, the activities involving them."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
import sqlalchemy as sa
from openpyxl import load_workbook
from sqlmodel import col, func, select

from coalitiondesk.core.errors import InvalidInput
from coalitiondesk.core.models import (
    ActivityOrganization,
    Letter,
    Organization,
    Recipient,
    Signature,
    SignatureStatus,
)
from coalitiondesk.core.records import groups
from coalitiondesk.core.records.bulk_letters import add_to_letter
from coalitiondesk.core.records.organizations import OrganizationFilter
from coalitiondesk.core.records.outreach import record_response
from coalitiondesk.core.reports import REPORTS, make_report, save_xlsx
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


def test_a_group_limits_letters_and_activities(demo_database: Database) -> None:
    with demo_database.session() as session:
        signer = session.exec(select(Signature.organization_id).where(
            col(Signature.status) == SignatureStatus.signed.value)
            .order_by(col(Signature.organization_id))).first()
        addressee = session.exec(select(Organization.id).where(
            col(Organization.id).not_in(select(Signature.organization_id)))
            .order_by(col(Organization.id))).first()
        active = session.exec(select(ActivityOrganization.organization_id)
                              .order_by(col(ActivityOrganization.organization_id))).first()
        last_letter = session.exec(select(Letter.id).order_by(col(Letter.id).desc())).first()
    assert signer is not None and addressee is not None and active is not None
    assert last_letter is not None
    # The demo writes to people, not organizations: one organization is sent a letter
    # and answers it.
    add_to_letter(demo_database, kind="organization", ids=[addressee],
                  letter_id=last_letter, role="recipients")
    with demo_database.operation("edit", "Response") as operation:
        recipient = operation.session.exec(select(Recipient).where(
            Recipient.organization_id == addressee)).one()
        assert recipient.id is not None
        record_response(session=operation.session, recipient_id=recipient.id,
                        response_on=date(2026, 1, 5))
    chosen = sorted({signer, addressee, active})
    picked = groups.add_group(database=demo_database, kind="organization", name="Picked",
                              static=True, member_ids=chosen)
    with demo_database.session() as session:
        everyone = make_report(session=session, name="letters")
        letters = make_report(session=session, name="letters", group_id=picked)
        activities = make_report(session=session, name="activities-per-month",
                                 group_id=picked)
        all_activities = make_report(session=session, name="activities-per-month")
        signed = session.exec(select(Letter.title, func.count()).join(
            Signature, col(Signature.letter_id) == Letter.id).where(
            col(Signature.organization_id).in_(chosen),
            col(Signature.status) == SignatureStatus.signed.value).group_by(Letter.id)).all()
        sent = session.exec(select(Letter.title, func.count()).join(
            Recipient, col(Recipient.letter_id) == Letter.id).where(
            col(Recipient.organization_id).in_(chosen)).group_by(Letter.id)).all()
        involved = session.exec(select(func.count(sa.distinct(
            col(ActivityOrganization.activity_id)))).where(
            col(ActivityOrganization.organization_id).in_(chosen))).one()
    # Only the letters the group signed or was sent, counting only its organizations.
    assert {row[0] for row in letters.rows} == {title for title, _ in [*signed, *sent]}
    assert dict(zip(letters.column("Letter"), letters.column("Signatories"), strict=True)
                ) == {title: dict(signed).get(title, 0) for title in letters.column("Letter")}
    assert dict(zip(letters.column("Letter"), letters.column("Recipients"), strict=True)
                ) == {title: dict(sent).get(title, 0) for title in letters.column("Letter")}
    assert sum(letters.column("Signatories")) < sum(everyone.column("Signatories"))
    [answered] = [row for row in letters.rows if row[5]]
    assert answered[5:] == (1, 1, 0)
    assert sum(activities.column("Activities")) == involved
    assert 0 < involved < sum(all_activities.column("Activities"))
    note = f"Only the {len(chosen)} organizations of one saved group"
    assert letters.notes[0] == note and activities.notes[0] == note


def test_an_empty_group_and_contact_groups(demo_database: Database) -> None:
    people = groups.add_group(database=demo_database, kind="contact", name="Everyone",
                              static=True)
    nobody = groups.add_group(database=demo_database, kind="organization", name="None",
                              static=True)
    with demo_database.session() as session:
        for name in sorted(REPORTS):
            with pytest.raises(InvalidInput, match="a group of contact records"):
                make_report(session=session, name=name, group_id=people)
            assert make_report(session=session, name=name, group_id=nobody).rows == []

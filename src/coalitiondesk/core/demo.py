"""The demo coalition: ICNK's launch letter to Kim Jong-il, from resources/demo/icnk.json.

Every demo record has a UUID derived from its key, so loading the demo twice
finds what is already there instead of adding it again.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Generator, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

from sqlmodel import Session, SQLModel, select

from coalitiondesk.core.journal.labels import label
from coalitiondesk.core.models import (
    Activity,
    Contact,
    Dispatch,
    DispatchChannel,
    Letter,
    Organization,
)
from coalitiondesk.core.progress import Progress, run_to_end
from coalitiondesk.core.records import activities, contacts, letters, organizations
from coalitiondesk.core.storage.resources import resource_path
from coalitiondesk.core.storage.settings import SettingKey, get_setting, set_setting

if TYPE_CHECKING:
    from coalitiondesk.core.storage.db import Database

DEMO_NAMESPACE = uuid.UUID("5d0c1c5e-7f2a-4f5e-9d43-6b1b1c0a1c0d")
DEMO_FILE = ("demo", "icnk.json")
LOADING_STAGE = "Loading the demo coalition"


def demo_uuid(kind: str, key: str) -> str:
    return str(uuid.uuid5(DEMO_NAMESPACE, f"{kind}/{key}"))


@dataclass
class DemoSummary:
    """How many records of each kind the load added (zero when already present)."""

    added: dict[str, int] = field(default_factory=dict)

    def count(self, kind: str) -> None:
        self.added[kind] = self.added.get(kind, 0) + 1

    @property
    def total(self) -> int:
        return sum(self.added.values())


def load_demo_data() -> dict[str, Any]:
    with resource_path(*DEMO_FILE).open(encoding="utf-8") as handle:
        data: dict[str, Any] = json.load(handle)
    return data


def is_empty(*, session: Session) -> bool:
    """No organization, contact or letter yet: a first start, where the demo is worth offering."""
    return all(session.exec(select(model.id).limit(1)).first() is None
               for model in (Organization, Contact, Letter))


def offers_demo(database: Database) -> bool:
    """Whether the window offers the demo: the database holds no records yet."""
    with database.session() as session:
        return is_empty(session=session)


def load_demo(*, session: Session) -> DemoSummary:
    """Add the demo coalition to the database; records already loaded are left as they are."""
    return run_to_end(loading_steps(session=session))


def demo_steps(database: Database) -> Generator[Progress, None, DemoSummary]:
    """Load the demo as one undoable operation, with progress; closing the generator
    before its end (Cancel) rolls the whole load back."""
    with database.operation("demo", label("demo")) as operation:
        summary = yield from loading_steps(session=operation.session)
    return summary


def loading_steps(*, session: Session) -> Generator[Progress, None, DemoSummary]:
    data = load_demo_data()
    summary = DemoSummary()
    total = sum(len(data[kind]) for kind in ("organizations", "contacts", "letters",
                                              "activities"))
    yield Progress(LOADING_STAGE, 0, total)
    for key, value in data["settings"].items():
        setting = SettingKey(key)
        if not get_setting(session=session, key=setting):
            set_setting(session=session, key=setting, value=value)
    # The demo's members joined at the coalition's launch, its first activity.
    founded = min(date.fromisoformat(item["activity_date"]) for item in data["activities"])
    org_ids = {item["key"]: _organization(session, item, summary, founded=founded)
               for item in data["organizations"]}
    done = len(org_ids)
    yield Progress(LOADING_STAGE, done, total)
    contact_ids = {item["key"]: _contact(session, item, org_ids, summary)
                   for item in data["contacts"]}
    done += len(contact_ids)
    yield Progress(LOADING_STAGE, done, total)
    letter_ids = {item["key"]: _letter(session, item, org_ids, contact_ids, summary)
                  for item in data["letters"]}
    done += len(letter_ids)
    yield Progress(LOADING_STAGE, done, total)
    for item in data["activities"]:
        _activity(session, item, org_ids, contact_ids, letter_ids, summary)
    yield Progress(LOADING_STAGE, total, total)
    return summary


def _existing(session: Session, model: type[SQLModel], record_uuid: str) -> int | None:
    found: int | None = session.exec(
        select(model.id).where(model.uuid == record_uuid)  # type: ignore[attr-defined]
    ).first()
    return found


def _fields(item: Mapping[str, Any], *, without: set[str]) -> dict[str, Any]:
    return {name: value for name, value in item.items() if name not in without | {"key"}}


def _organization(
    session: Session, item: Mapping[str, Any], summary: DemoSummary, *, founded: date
) -> int:
    record_uuid = demo_uuid("organization", item["key"])
    found = _existing(session, Organization, record_uuid)
    if found is not None:
        return found
    organization = organizations.create_organization(
        session=session, tags=item.get("tags", ()), status_changed_on=founded,
        **_fields(item, without={"tags"}),
    )
    organization.uuid = record_uuid
    session.add(organization)
    summary.count("organizations")
    assert organization.id is not None
    return organization.id


def _contact(
    session: Session, item: Mapping[str, Any], org_ids: Mapping[str, int], summary: DemoSummary
) -> int:
    record_uuid = demo_uuid("contact", item["key"])
    found = _existing(session, Contact, record_uuid)
    if found is not None:
        return found
    contact = contacts.create_contact(
        session=session, tags=item.get("tags", ()),
        **_fields(item, without={"tags", "affiliations"}),
    )
    contact.uuid = record_uuid
    session.add(contact)
    assert contact.id is not None
    for affiliation in item.get("affiliations", ()):
        contacts.add_affiliation(
            session=session, contact_id=contact.id,
            organization_id=org_ids[affiliation["organization"]], role=affiliation.get("role"),
        )
    summary.count("contacts")
    return contact.id


def _letter(
    session: Session,
    item: Mapping[str, Any],
    org_ids: Mapping[str, int],
    contact_ids: Mapping[str, int],
    summary: DemoSummary,
) -> int:
    record_uuid = demo_uuid("letter", item["key"])
    found = _existing(session, Letter, record_uuid)
    if found is not None:
        return found
    letter = letters.create_letter(
        session=session, **_fields(item, without={"recipients", "signatories", "signed_on"})
    )
    letter.uuid = record_uuid
    session.add(letter)
    assert letter.id is not None
    signed_on = date.fromisoformat(item["signed_on"])
    for position, name in enumerate(item["signatories"], start=1):
        letters.add_signature(
            session=session, letter_id=letter.id, organization_id=org_ids[name],
            status_date=signed_on, position=position,
        )
    for recipient in item["recipients"]:
        record = letters.add_recipient(
            session=session, letter_id=letter.id, contact_id=contact_ids[recipient["contact"]]
        )
        # Published as an open letter: none of the channels a merge records.
        channel = (DispatchChannel(recipient["channel"])
                   if recipient["channel"] in set(DispatchChannel) else DispatchChannel.other)
        record.dispatched_on = date.fromisoformat(recipient["dispatched_on"])
        record.channel = channel.value
        session.add(record)
        session.flush()
        assert record.id is not None
        session.add(Dispatch(recipient_id=record.id, sent_on=record.dispatched_on,
                             channel=channel))
    summary.count("letters")
    return letter.id


def _activity(
    session: Session,
    item: Mapping[str, Any],
    org_ids: Mapping[str, int],
    contact_ids: Mapping[str, int],
    letter_ids: Mapping[str, int],
    summary: DemoSummary,
) -> None:
    record_uuid = demo_uuid("activity", item["key"])
    if _existing(session, Activity, record_uuid) is not None:
        return
    letter_key = item.get("letter")
    activity = activities.create_activity(
        session=session,
        organization_ids=[org_ids[name] for name in item.get("organizations", ())],
        contact_ids=[contact_ids[name] for name in item.get("contacts", ())],
        letter_id=letter_ids[letter_key] if letter_key else None,
        **_fields(item, without={"organizations", "contacts", "letter"}),
    )
    activity.uuid = record_uuid
    session.add(activity)
    summary.count("activities")

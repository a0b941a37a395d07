"""Free-form tags on organizations and contacts."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable

import sqlalchemy as sa
from sqlmodel import Session, col, delete, func, select

from coalitiondesk.core.models import Contact, ContactTag, Organization, OrganizationTag, Tag

# "press" before "Seoul", as a person would sort them, not by character code.
_ALPHABETICAL = (func.lower(Tag.name), Tag.name)


def clean_tags(names: Iterable[str]) -> list[str]:
    """Trimmed, de-duplicated (case-insensitively), in the order given."""
    seen: dict[str, str] = {}
    for name in names:
        text = " ".join(name.split())
        if text and text.casefold() not in seen:
            seen[text.casefold()] = text
    return list(seen.values())


def marks_do_not_share(tag: str) -> bool:
    """Whether a tag asks to keep its record from partners: "do not share",
    "Do-Not-Share!", "do‑not‑share" (Word's non-breaking hyphen), full-width forms.

    Compared after NFKC and case folding, on letters alone, so that
    punctuation and spacing a word processor or a partner adds cannot let a
    record slip through.
    """
    text = unicodedata.normalize("NFKC", tag).casefold()
    return "".join(ch for ch in text if ch.isalnum()) == "donotshare"


def tag_named(name: str) -> sa.ColumnElement[bool]:
    """Tag.name is `name`, ignoring surrounding spaces and case."""
    return func.lower(Tag.name) == " ".join(name.split()).lower()


def tag_ids(*, session: Session, names: Iterable[str]) -> list[int]:
    """Ids of the named tags, creating the ones that do not exist yet."""
    wanted = clean_tags(names)
    existing = {tag.name.casefold(): tag for tag in session.exec(select(Tag)).all()}
    ids: list[int] = []
    for name in wanted:
        tag = existing.get(name.casefold())
        if tag is None:
            tag = Tag(name=name)
            session.add(tag)
            session.flush()
            existing[name.casefold()] = tag
        assert tag.id is not None
        ids.append(tag.id)
    return ids


def list_tags(*, session: Session) -> list[str]:
    return list(session.exec(select(Tag.name).order_by(*_ALPHABETICAL)).all())


def set_organization_tags(*, session: Session, organization_id: int, names: Iterable[str]) -> None:
    names = list(names)
    session.exec(
        delete(OrganizationTag).where(col(OrganizationTag.organization_id) == organization_id)
    )
    for tag_id in tag_ids(session=session, names=names):
        session.add(OrganizationTag(organization_id=organization_id, tag_id=tag_id))
    _mark_if_asked(session, Organization, organization_id, names)


def set_contact_tags(*, session: Session, contact_id: int, names: Iterable[str]) -> None:
    names = list(names)
    session.exec(delete(ContactTag).where(col(ContactTag.contact_id) == contact_id))
    for tag_id in tag_ids(session=session, names=names):
        session.add(ContactTag(contact_id=contact_id, tag_id=tag_id))
    _mark_if_asked(session, Contact, contact_id, names)


def _mark_if_asked(session: Session, model: type[Organization] | type[Contact], record_id: int,
                   names: list[str]) -> None:
    """A "do not share" tag sets the record's flag; removing the tag leaves it set
    (clearing it is a decision of its own, in the form)."""
    if any(marks_do_not_share(name) for name in names):
        record = session.get(model, record_id)
        if isinstance(record, Organization | Contact) and not record.do_not_share:
            record.do_not_share = True
            session.add(record)


def organization_tags(*, session: Session, organization_id: int) -> list[str]:
    query = (
        select(Tag.name)
        .join(OrganizationTag, col(OrganizationTag.tag_id) == Tag.id)
        .where(OrganizationTag.organization_id == organization_id)
        .order_by(*_ALPHABETICAL)
    )
    return list(session.exec(query).all())


def contact_tags(*, session: Session, contact_id: int) -> list[str]:
    query = (
        select(Tag.name)
        .join(ContactTag, col(ContactTag.tag_id) == Tag.id)
        .where(ContactTag.contact_id == contact_id)
        .order_by(*_ALPHABETICAL)
    )
    return list(session.exec(query).all())

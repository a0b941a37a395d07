"""The Letters tab's changes as core operations: each validated, journaled under its
label, undoable, and the letter's own save checked against the version it was loaded at."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from sqlmodel import col, select

from coalitiondesk.core.errors import InvalidInput, NotFound
from coalitiondesk.core.exporting import ExportKind
from coalitiondesk.core.exporting.profiles import (
    delete_export_profile,
    profiles_of,
    save_export_profile,
)
from coalitiondesk.core.journal.operations import StaleRecord
from coalitiondesk.core.journal.undo import undo
from coalitiondesk.core.merge.dispatch import dispatches, record_as_sent
from coalitiondesk.core.merge.page import (
    Margins,
    PageSettings,
    current_page_settings,
    save_page_settings,
)
from coalitiondesk.core.merge.recipients import add_letter_recipients, letter_recipient_states
from coalitiondesk.core.models import JournalOperation, SignatureStatus
from coalitiondesk.core.records import contacts, letters, organizations
from coalitiondesk.core.storage.db import Database


def latest_label(database: Database) -> str:
    with database.session() as session:
        operation = session.exec(select(JournalOperation)
                                 .order_by(col(JournalOperation.id).desc())).first()
        assert operation is not None
        return operation.label


def new_letter(database: Database, title: str = "Call for a Commission of Inquiry") -> int:
    with database.transaction() as session:
        letter_id = letters.create_letter(session=session, title=title).id
    assert letter_id is not None
    return letter_id


def new_organization(database: Database, name: str) -> int:
    with database.transaction() as session:
        organization_id = organizations.create_organization(session=session, name=name).id
    assert organization_id is not None
    return organization_id


def new_contact(database: Database, family_name: str) -> int:
    with database.transaction() as session:
        contact_id = contacts.create_contact(session=session, family_name=family_name,
                                             given_name="Ji-hoon").id
    assert contact_id is not None
    return contact_id


def signatory_names(database: Database, letter_id: int) -> list[tuple[str, str]]:
    with database.session() as session:
        return [(row.organization.name, str(row.signature.status))
                for row in letters.signatories(session=session, letter_id=letter_id)]


# --- the letter's own fields ----------------------------------------------------------


def test_a_letter_saves_from_the_version_it_was_loaded_at(database: Database) -> None:
    letter_id = new_letter(database)
    loaded = letters.letter_for_editing(database, letter_id=letter_id)
    values: dict[str, Any] = {**loaded.values, "body": "Dear Minister,", "closing": "Yours,"}
    saved = letters.save_letter(database, letter_id=letter_id, values=values,
                                loaded_version=loaded.version)
    assert saved.version > loaded.version
    assert saved.changes.ids("letter") == {letter_id}
    assert latest_label(database) == "Edit letter “Call for a Commission of Inquiry”"
    assert letters.letter_for_editing(database, letter_id=letter_id).values["body"] == (
        "Dear Minister,")

    undo(database)
    assert letters.letter_for_editing(database, letter_id=letter_id).values["body"] == ""


def test_a_letter_changed_since_it_was_loaded_is_refused_not_overwritten(
        database: Database) -> None:
    letter_id = new_letter(database)
    loaded = letters.letter_for_editing(database, letter_id=letter_id)
    # As the command line would: another save from what it read itself.
    letters.save_letter(database, letter_id=letter_id,
                        values={"title": "Call for a COI", "closing": "With respect,"})
    with pytest.raises(StaleRecord) as refused:
        letters.save_letter(database, letter_id=letter_id,
                            values={**loaded.values, "body": "Dear Minister,"},
                            loaded_version=loaded.version)
    assert [op.label for op in refused.value.operations] == ["Edit letter “Call for a COI”"]
    now = letters.letter_for_editing(database, letter_id=letter_id)
    assert (now.values["title"], now.values["closing"], now.values["body"]) == (
        "Call for a COI", "With respect,", "")


def test_signatories_changing_leave_the_letters_text_saveable(database: Database) -> None:
    letter_id = new_letter(database)
    loaded = letters.letter_for_editing(database, letter_id=letter_id)
    letters.add_signatory(database, letter_id=letter_id,
                          organization_id=new_organization(database, "Human Rights Watch"))
    letters.save_letter(database, letter_id=letter_id,
                        values={**loaded.values, "body": "Dear Minister,"},
                        loaded_version=loaded.version)


def test_a_blank_or_taken_title_is_refused(database: Database) -> None:
    new_letter(database, "Letter to the Minister")
    letter_id = new_letter(database)
    loaded = letters.letter_for_editing(database, letter_id=letter_id)
    for title in ("  ", "letter to the minister"):
        with pytest.raises(InvalidInput):
            letters.save_letter(database, letter_id=letter_id,
                                values={**loaded.values, "title": title},
                                loaded_version=loaded.version)
    assert letters.letter_for_editing(database, letter_id=letter_id).version == loaded.version


# --- signatories ---------------------------------------------------------------------


def test_signatories_are_added_signed_ordered_and_removed_as_operations(
        database: Database) -> None:
    letter_id = new_letter(database)
    hrw = new_organization(database, "Human Rights Watch")
    amnesty = new_organization(database, "Amnesty International")
    for organization_id in (hrw, amnesty):
        changes = letters.add_signatory(database, letter_id=letter_id,
                                        organization_id=organization_id,
                                        status_date=date(2024, 3, 1))
        assert changes.ids("letter") == {letter_id}
    assert latest_label(database) == (
        "Change the signatories of “Call for a Commission of Inquiry”")
    with database.session() as session:
        first, second = (row.signature.id for row in
                         letters.signatories(session=session, letter_id=letter_id))
    assert first is not None and second is not None
    letters.set_signatory_status(database, letter_id=letter_id, signature_id=first,
                                 status="signed", status_date=date(2024, 3, 2))
    letters.sort_signatories(database, letter_id=letter_id)
    assert signatory_names(database, letter_id) == [
        ("Amnesty International", "invited"), ("Human Rights Watch", "signed")]
    letters.reorder_signatories(database, letter_id=letter_id, signature_ids=[first, second])
    letters.remove_signatory(database, letter_id=letter_id, signature_id=second)
    assert signatory_names(database, letter_id) == [("Human Rights Watch", "signed")]

    undo(database)  # the removal
    undo(database)  # the new order
    assert signatory_names(database, letter_id) == [
        ("Amnesty International", "invited"), ("Human Rights Watch", "signed")]


def test_signatory_changes_are_refused_with_nothing_written(database: Database) -> None:
    letter_id = new_letter(database)
    other_letter = new_letter(database, "Another letter")
    hrw = new_organization(database, "Human Rights Watch")
    letters.add_signatory(database, letter_id=other_letter, organization_id=hrw)
    with database.session() as session:
        elsewhere = letters.signatories(session=session, letter_id=other_letter)[0].signature.id
    assert elsewhere is not None
    before = latest_label(database)
    with pytest.raises(InvalidInput):
        letters.set_signatory_status(database, letter_id=other_letter, signature_id=elsewhere,
                                     status="maybe", status_date=None)
    with pytest.raises(NotFound):  # a signature of another letter, from a list out of date
        letters.remove_signatory(database, letter_id=letter_id, signature_id=elsewhere)
    letters.add_signatory(database, letter_id=letter_id, organization_id=hrw)
    with pytest.raises(InvalidInput):
        letters.add_signatory(database, letter_id=letter_id, organization_id=hrw)
    assert signatory_names(database, other_letter) == [("Human Rights Watch", "invited")]
    assert before != latest_label(database)  # only the one good addition was journaled
    assert len(signatory_names(database, letter_id)) == 1


# --- recipients and their responses -------------------------------------------------------


def test_recipients_are_added_answered_and_removed_as_operations(database: Database) -> None:
    letter_id = new_letter(database)
    kim = new_contact(database, "Kim")
    hrw = new_organization(database, "Human Rights Watch")
    added = add_letter_recipients(database, letter_id=letter_id, contact_ids=[kim],
                                  organization_ids=[hrw])
    assert added.added == 2 and added.changes.ids("letter") == {letter_id}
    assert latest_label(database) == (
        "Change the recipients of “Call for a Commission of Inquiry”")
    again = add_letter_recipients(database, letter_id=letter_id, contact_ids=[kim])
    assert again.added == 0
    states = letter_recipient_states(database, letter_id=letter_id)
    kim_recipient = next(state.recipient_id for state in states if "Kim" in state.name)
    letters.record_recipient_response(database, letter_id=letter_id,
                                      recipient_id=kim_recipient,
                                      response_on=date(2024, 4, 1), note="Will reply")
    answered = {state.recipient_id: state.response
                for state in letter_recipient_states(database, letter_id=letter_id)}
    assert answered[kim_recipient] == "2024-04-01 Will reply"
    undo(database)
    answered = {state.recipient_id: state.response
                for state in letter_recipient_states(database, letter_id=letter_id)}
    assert answered[kim_recipient] == ""

    letters.remove_recipients(database, letter_id=letter_id,
                              recipient_ids=[s.recipient_id for s in states])
    assert letter_recipient_states(database, letter_id=letter_id) == []
    undo(database)
    assert len(letter_recipient_states(database, letter_id=letter_id)) == 2


def test_recipient_changes_are_refused_with_nothing_written(database: Database) -> None:
    letter_id = new_letter(database)
    other_letter = new_letter(database, "Another letter")
    kim = new_contact(database, "Kim")
    with pytest.raises(NotFound):
        add_letter_recipients(database, letter_id=letter_id, contact_ids=[kim, kim + 99])
    assert letter_recipient_states(database, letter_id=letter_id) == []
    add_letter_recipients(database, letter_id=other_letter, contact_ids=[kim])
    elsewhere = letter_recipient_states(database, letter_id=other_letter)[0].recipient_id
    with pytest.raises(NotFound):
        letters.remove_recipients(database, letter_id=letter_id, recipient_ids=[elsewhere])
    with pytest.raises(NotFound):
        letters.record_recipient_response(database, letter_id=letter_id,
                                          recipient_id=elsewhere,
                                          response_on=date(2024, 4, 1), note=None)
    assert len(letter_recipient_states(database, letter_id=other_letter)) == 1


# --- recording a merge as sent -------------------------------------------------------------


def test_a_merge_is_recorded_as_sent_as_one_operation(database: Database) -> None:
    letter_id = new_letter(database)
    add_letter_recipients(database, letter_id=letter_id,
                          contact_ids=[new_contact(database, "Kim")])
    recipient_id = letter_recipient_states(database, letter_id=letter_id)[0].recipient_id
    with pytest.raises(InvalidInput):
        record_as_sent(database, letter_id=letter_id, recipient_ids=[recipient_id],
                       on=date(2024, 5, 2), channel="pigeon")
    other_letter = new_letter(database, "Another letter")
    with pytest.raises(NotFound):
        record_as_sent(database, letter_id=other_letter, recipient_ids=[recipient_id],
                       on=date(2024, 5, 2), channel="post")
    sent = record_as_sent(database, letter_id=letter_id, recipient_ids=[recipient_id],
                          on=date(2024, 5, 2), channel=" Post ")
    assert sent.recorded == 1 and sent.changes.touches("dispatch")
    assert latest_label(database) == (
        "Record “Call for a Commission of Inquiry” as sent by post")
    with database.session() as session:
        assert len(dispatches(session=session, recipient_id=recipient_id)) == 1
    undo(database)
    with database.session() as session:
        assert dispatches(session=session, recipient_id=recipient_id) == []


# --- settings: the letter's page, saved export profiles ----------------------------------


def test_page_settings_are_saved_as_one_operation(database: Database) -> None:
    before = current_page_settings(database)
    with pytest.raises(InvalidInput):
        save_page_settings(database, settings=PageSettings(margins=Margins(top=95)))
    assert current_page_settings(database) == before
    changes = save_page_settings(database, settings=PageSettings(
        sender_name="ICNK", sender_address=("Seoul",), sender_country_code="KR"))
    assert changes.touches("setting")
    assert latest_label(database) == "Change the letter settings"
    assert current_page_settings(database).sender_name == "ICNK"
    undo(database)
    assert current_page_settings(database) == before


def test_export_profiles_are_saved_and_deleted_as_operations(database: Database) -> None:
    kind = ExportKind.organizations

    def saved_names() -> list[str]:
        return [profile.name for profile in profiles_of(database, kind=kind)
                if not profile.shipped]

    with pytest.raises(InvalidInput):
        save_export_profile(database, kind=kind, name="full", columns=["id"])
    profile = save_export_profile(database, kind=kind, name="  For   partners ",
                                  columns=["id", "name"])
    # The ID column always comes last.
    assert profile.name == "For partners" and profile.keys == ("name", "id")
    assert latest_label(database) == "Save export profile “For partners”"
    delete_export_profile(database, kind=kind, name="for partners")
    assert latest_label(database) == "Delete export profile “for partners”"
    assert saved_names() == []
    undo(database)
    assert saved_names() == ["For partners"]
    with pytest.raises(InvalidInput):
        delete_export_profile(database, kind=kind, name="Partner list")
    with pytest.raises(NotFound):
        delete_export_profile(database, kind=kind, name="Nobody's")


# --- what the panels and dialogs read, each in a session of its own ----------------------


def test_the_panels_read_lists_through_core(database: Database) -> None:
    from coalitiondesk.core.merge.recipients import recipient_choices, tagged, tags_in_use

    letter_id = new_letter(database)
    hrw = new_organization(database, "Human Rights Watch")
    with database.transaction() as session:
        kim = contacts.create_contact(session=session, family_name="Kim", given_name="Ji-hoon",
                                      tags=["press"]).id
    letters.add_signatory(database, letter_id=letter_id, organization_id=hrw,
                          status=SignatureStatus.signed)
    listed = letters.signatory_list(database, letter_id=letter_id)
    assert [row.organization.name for row in listed.rows] == ["Human Rights Watch"]
    assert listed.block == ["Human Rights Watch"]
    assert letters.letter_titles(database) == [(letter_id, "Call for a Commission of Inquiry")]
    assert [name for _key, name, _acronym in letters.signatory_choices(database)] == [
        "Human Rights Watch"]
    choices = recipient_choices(database)
    assert [key for key, _name in choices.contacts] == [kim]
    assert tags_in_use(database) == ["press"]
    assert tagged(database, tag="press", contacts=True) == [kim]
    assert tagged(database, tag="press", contacts=False) == []

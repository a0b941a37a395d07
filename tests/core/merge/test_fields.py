"""The catalogue of merge fields the editor's Insert field menu offers."""

from __future__ import annotations

import pytest

from coalitiondesk.core.merge.fields import (
    CONDITIONAL_EXAMPLE,
    FIELDS,
    FieldGroup,
    conditional_text,
    insert_text,
)
from coalitiondesk.core.merge.templates import check_template, render_body


def test_the_issue_s_fields_are_offered_in_their_groups() -> None:
    groups = {field.key: field.group for field in FIELDS}
    assert {key for key, group in groups.items() if group is FieldGroup.recipient} >= {
        "full_name", "honorific", "salutation", "position", "organization", "address_block"}
    assert {key for key, group in groups.items() if group is FieldGroup.letter} >= {
        "letter_date", "title"}
    assert {key for key, group in groups.items() if group is FieldGroup.signatories} == {
        "signatory_block", "signatory_count", "country_count"}
    assert {key for key, group in groups.items() if group is FieldGroup.sender} == {
        "sender_name", "sender_address"}
    assert len(groups) == len(FIELDS)
    assert all(field.label and field.label[0].isupper() for field in FIELDS)


def test_insert_text_is_the_field_in_braces() -> None:
    assert insert_text("salutation") == "{{ salutation }}"
    with pytest.raises(KeyError):
        insert_text("salutaton")


def test_every_inserted_field_and_the_conditional_example_are_valid_templates() -> None:
    body = "\n\n".join([*(insert_text(field.key) for field in FIELDS), CONDITIONAL_EXAMPLE])
    assert check_template(body) == []


def test_conditional_text_prints_only_when_the_field_has_a_value() -> None:
    body = "Hello\n\n" + conditional_text("position", "As {{ position }}, you can act.")
    assert render_body(body, {"position": "Minister"}) == (
        "<p>Hello</p>\n\n<p>As Minister, you can act.</p>")
    assert render_body(body, {"position": ""}) == "<p>Hello</p>"

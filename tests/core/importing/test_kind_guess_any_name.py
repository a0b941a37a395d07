""""이름" and "名前" name a person or an organization: the columns beside them decide."""

from __future__ import annotations

import pytest

from coalitiondesk.core.importing.fields import ImportKind, guess_kind


@pytest.mark.parametrize("headers", [
    ["이름", "단체", "이메일"],  # a partner's list of people
    ["名前", "団体", "メール", "電話"],
    ["이름", "성", "유형"],  # a family name settles it whatever else is there
])
def test_a_name_among_peoples_columns_is_a_person(headers: list[str]) -> None:
    assert guess_kind(headers) is ImportKind.contacts


@pytest.mark.parametrize("headers", [
    ["이름", "약칭", "국가", "회원 상태"],
    ["名前", "種類", "国", "加盟日"],
    ["Nom", "Type", "Pays"],
])
def test_a_name_beside_what_only_organizations_have_is_an_organization(
        headers: list[str]) -> None:
    assert guess_kind(headers) is ImportKind.organizations

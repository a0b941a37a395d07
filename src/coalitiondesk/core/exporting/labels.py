"""The words a partner reads for stored codes ("ngo" is "NGO", "non_member" "Non-member"),
in the export's language, and country names as CLDR (Babel) spells them in it.

Core has no Qt, so the window's translations cannot be used here: the labels of
each language are kept in this catalogue, the same words the window shows.
The Full profile, the coordinator's own copy, keeps the codes.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from functools import cache

from babel import Locale

from coalitiondesk.core.errors import InvalidInput
from coalitiondesk.core.models import (
    ActivityKind,
    DispatchChannel,
    LetterKind,
    LetterStatus,
    MembershipStatus,
    OrganizationKind,
    Sensitivity,
    SignatureStatus,
)


class ExportLanguage(StrEnum):
    en = "en"
    ko = "ko"
    ja = "ja"


def export_language(value: str) -> ExportLanguage:
    try:
        return ExportLanguage(value.strip().lower())
    except ValueError:
        choices = ", ".join(language.value for language in ExportLanguage)
        raise InvalidInput("No export language {value!r}: choose one of {choices}",
                           value=value, choices=choices) from None


# English, Korean, Japanese: the window's own words for each value.
_CATALOGUE: dict[type[StrEnum], dict[str, tuple[str, str, str]]] = {
    OrganizationKind: {
        "ngo": ("NGO", "NGO", "NGO"),
        "network": ("Network", "네트워크", "ネットワーク"),
        "un_body": ("UN body", "유엔 기구", "国連機関"),
        "government": ("Government", "정부", "政府"),
        "media": ("Media", "언론", "メディア"),
        "academic": ("Academic", "학계", "学術機関"),
        "other": ("Other", "기타", "その他"),
    },
    MembershipStatus: {
        "member": ("Member", "회원", "加盟"),
        "observer": ("Observer", "옵서버", "オブザーバー"),
        "prospect": ("Prospect", "가입 후보", "加盟候補"),
        "former": ("Former", "전 회원", "元加盟"),
        "non_member": ("Non-member", "비회원", "非加盟"),
    },
    Sensitivity: {
        "normal": ("Normal", "일반", "通常"),
        "restricted": ("Restricted", "제한", "制限"),
    },
    SignatureStatus: {
        "invited": ("Invited", "요청함", "依頼済み"),
        "signed": ("Signed", "서명함", "署名済み"),
        "declined": ("Declined", "거절함", "辞退"),
        "withdrawn": ("Withdrawn", "철회함", "撤回"),
    },
    LetterStatus: {
        "draft": ("Draft", "초안", "下書き"),
        "collecting": ("Collecting signatures", "서명 받는 중", "署名集め中"),
        "sent": ("Sent", "발송함", "送付済み"),
        "closed": ("Closed", "마감", "締切"),
    },
    LetterKind: {
        "sign_on": ("Sign-on letter", "연명 서한", "賛同署名書簡"),
        "open_letter": ("Open letter", "공개서한", "公開書簡"),
        "mailing": ("Mailing", "일괄 발송", "一斉送付"),
    },
    ActivityKind: {
        "meeting": ("Meeting", "회의", "会議"),
        "call": ("Call", "전화 통화", "電話"),
        "email": ("E-mail", "이메일", "メール"),
        "conference": ("Conference or event", "회의 또는 행사", "会議・イベント"),
        "press_release": ("Press release", "보도자료", "プレスリリース"),
        "letter_sent": ("Letter sent", "서한 발송", "書簡送付"),
        "response_received": ("Response received", "회신 받음", "返信受領"),
        "export": ("Export made", "내보내기 수행", "エクスポート実施"),
        "other": ("Other", "기타", "その他"),
    },
    DispatchChannel: {
        "post": ("Post", "우편", "郵便"),
        "email": ("E-mail", "이메일", "メール"),
        "hand": ("By hand", "직접 전달", "手渡し"),
        "fax": ("Fax", "팩스", "ファクス"),
        "other": ("Other", "기타", "その他"),
    },
}
_INDEX = {ExportLanguage.en: 0, ExportLanguage.ko: 1, ExportLanguage.ja: 2}

_YES_NO = {ExportLanguage.en: ("Yes", "No"), ExportLanguage.ko: ("예", "아니요"),
           ExportLanguage.ja: ("はい", "いいえ")}


def value_label(choices: type[StrEnum], value: object,
                language: ExportLanguage = ExportLanguage.en) -> str | None:
    """The label of a stored `value` of `choices`; a value this version does not know
    still reads as words rather than vanishing."""
    if value is None or value == "":
        return None
    text = str(value.value if isinstance(value, StrEnum) else value)
    labels = _CATALOGUE[choices].get(text)
    if labels is None:
        return text.replace("_", " ").capitalize()
    return labels[_INDEX[language]]


def labels_of(choices: type[StrEnum]) -> dict[str, str]:
    """Every label an export writes for a value of `choices`, in every language, ->
    the stored value: the import reads an export's words back from this same catalogue
    (core.importing.values.to_enum)."""
    return {label: value for value, labels in _CATALOGUE.get(choices, {}).items()
            for label in labels}


def yes_no(value: object, language: ExportLanguage = ExportLanguage.en) -> str | None:
    if value is None:
        return None
    yes, no = _YES_NO[language]
    return yes if value else no


@cache
def _territories(language: ExportLanguage) -> Mapping[str, str]:
    return dict(Locale.parse(language.value).territories)


def country_name(code: str | None, fallback: str | None,
                 language: ExportLanguage = ExportLanguage.en) -> str | None:
    """The country `code` names in `language` (CLDR); in English, or for a code CLDR
    does not know, the coordinator's own name for it (`fallback`)."""
    if language is ExportLanguage.en or not code:
        return fallback
    return _territories(language).get(code.upper(), fallback)


# Columns of stored codes that are not a registry field's choices.
_COMPUTED_CHOICES: dict[str, dict[str, type[StrEnum]]] = {
    "signatories": {"status": SignatureStatus, "kind": OrganizationKind,
                    "membership_status": MembershipStatus},
    "activities": {"kind": ActivityKind},
}
_COUNTRY_KEYS = frozenset({"country"})


class Labeller:
    """Puts labels in place of codes in an export's rows, in its language."""

    def __init__(self, *, kind: str, keys: tuple[str, ...], language: ExportLanguage,
                 choices: Mapping[str, type[StrEnum]], country_codes: Mapping[str, str]
                 ) -> None:
        wanted = {**choices, **_COMPUTED_CHOICES.get(kind, {})}
        self.language = language
        self._choices = [(index, wanted[key]) for index, key in enumerate(keys)
                         if key in wanted]
        # Country names are translated from the code of the name the row holds.
        self._countries = ([index for index, key in enumerate(keys) if key in _COUNTRY_KEYS
                            or (kind == "countries" and key == "name")]
                           if language is not ExportLanguage.en else [])
        self._codes = country_codes

    @property
    def active(self) -> bool:
        return bool(self._choices or self._countries)

    def apply(self, values: list[object]) -> None:
        language = self.language
        for index, choices in self._choices:
            values[index] = value_label(choices, values[index], language)
        for index in self._countries:
            name = values[index]
            if isinstance(name, str):
                values[index] = country_name(self._codes.get(name), name, language)

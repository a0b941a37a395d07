"""UN M49 geographic regions for every ISO 3166-1 alpha-2 code.

Kept as data because pycountry carries no region information; the grouping is
the one the UN Statistics Division publishes
(https://unstats.un.org/unsd/methodology/m49/), so reports match UN documents.

The second element is the finest M49 grouping below the region, so Africa and
the Americas use the intermediate regions (Western Africa, South America,
Caribbean ...) instead of the coarse "Sub-Saharan Africa" / "Latin America and
the Caribbean", which would lump most of a continent together. Guernsey and
Jersey stay in "Northern Europe" rather than the "Channel Islands" intermediate
region so that Europe has the same four sub-regions throughout.

M49 gives no region for Antarctica; it gets "Antarctica" for both so that every
code has a value. Taiwan is absent from M49's country list and is placed in
Eastern Asia, where it lies.
"""

from typing import Final

REGIONS: Final[tuple[str, ...]] = ("Africa", "Americas", "Asia", "Europe", "Oceania", "Antarctica")

SUBREGIONS: Final[tuple[str, ...]] = (
    "Northern Africa",
    "Eastern Africa",
    "Middle Africa",
    "Southern Africa",
    "Western Africa",
    "Caribbean",
    "Central America",
    "South America",
    "Northern America",
    "Central Asia",
    "Eastern Asia",
    "South-eastern Asia",
    "Southern Asia",
    "Western Asia",
    "Eastern Europe",
    "Northern Europe",
    "Southern Europe",
    "Western Europe",
    "Australia and New Zealand",
    "Melanesia",
    "Micronesia",
    "Polynesia",
    "Antarctica",
)

# alpha-2 -> (region, sub-region)
M49_REGIONS: Final[dict[str, tuple[str, str]]] = {
    "AD": ("Europe", "Southern Europe"),  # Andorra
    "AE": ("Asia", "Western Asia"),  # United Arab Emirates
    "AF": ("Asia", "Southern Asia"),  # Afghanistan
    "AG": ("Americas", "Caribbean"),  # Antigua and Barbuda
    "AI": ("Americas", "Caribbean"),  # Anguilla
    "AL": ("Europe", "Southern Europe"),  # Albania
    "AM": ("Asia", "Western Asia"),  # Armenia
    "AO": ("Africa", "Middle Africa"),  # Angola
    "AQ": ("Antarctica", "Antarctica"),  # Antarctica
    "AR": ("Americas", "South America"),  # Argentina
    "AS": ("Oceania", "Polynesia"),  # American Samoa
    "AT": ("Europe", "Western Europe"),  # Austria
    "AU": ("Oceania", "Australia and New Zealand"),  # Australia
    "AW": ("Americas", "Caribbean"),  # Aruba
    "AX": ("Europe", "Northern Europe"),  # Åland Islands
    "AZ": ("Asia", "Western Asia"),  # Azerbaijan
    "BA": ("Europe", "Southern Europe"),  # Bosnia and Herzegovina
    "BB": ("Americas", "Caribbean"),  # Barbados
    "BD": ("Asia", "Southern Asia"),  # Bangladesh
    "BE": ("Europe", "Western Europe"),  # Belgium
    "BF": ("Africa", "Western Africa"),  # Burkina Faso
    "BG": ("Europe", "Eastern Europe"),  # Bulgaria
    "BH": ("Asia", "Western Asia"),  # Bahrain
    "BI": ("Africa", "Eastern Africa"),  # Burundi
    "BJ": ("Africa", "Western Africa"),  # Benin
    "BL": ("Americas", "Caribbean"),  # Saint Barthélemy
    "BM": ("Americas", "Northern America"),  # Bermuda
    "BN": ("Asia", "South-eastern Asia"),  # Brunei Darussalam
    "BO": ("Americas", "South America"),  # Bolivia, Plurinational State of
    "BQ": ("Americas", "Caribbean"),  # Bonaire, Sint Eustatius and Saba
    "BR": ("Americas", "South America"),  # Brazil
    "BS": ("Americas", "Caribbean"),  # Bahamas
    "BT": ("Asia", "Southern Asia"),  # Bhutan
    "BV": ("Americas", "South America"),  # Bouvet Island
    "BW": ("Africa", "Southern Africa"),  # Botswana
    "BY": ("Europe", "Eastern Europe"),  # Belarus
    "BZ": ("Americas", "Central America"),  # Belize
    "CA": ("Americas", "Northern America"),  # Canada
    "CC": ("Oceania", "Australia and New Zealand"),  # Cocos (Keeling) Islands
    "CD": ("Africa", "Middle Africa"),  # Congo, The Democratic Republic of the
    "CF": ("Africa", "Middle Africa"),  # Central African Republic
    "CG": ("Africa", "Middle Africa"),  # Congo
    "CH": ("Europe", "Western Europe"),  # Switzerland
    "CI": ("Africa", "Western Africa"),  # Côte d'Ivoire
    "CK": ("Oceania", "Polynesia"),  # Cook Islands
    "CL": ("Americas", "South America"),  # Chile
    "CM": ("Africa", "Middle Africa"),  # Cameroon
    "CN": ("Asia", "Eastern Asia"),  # China
    "CO": ("Americas", "South America"),  # Colombia
    "CR": ("Americas", "Central America"),  # Costa Rica
    "CU": ("Americas", "Caribbean"),  # Cuba
    "CV": ("Africa", "Western Africa"),  # Cabo Verde
    "CW": ("Americas", "Caribbean"),  # Curaçao
    "CX": ("Oceania", "Australia and New Zealand"),  # Christmas Island
    "CY": ("Asia", "Western Asia"),  # Cyprus
    "CZ": ("Europe", "Eastern Europe"),  # Czechia
    "DE": ("Europe", "Western Europe"),  # Germany
    "DJ": ("Africa", "Eastern Africa"),  # Djibouti
    "DK": ("Europe", "Northern Europe"),  # Denmark
    "DM": ("Americas", "Caribbean"),  # Dominica
    "DO": ("Americas", "Caribbean"),  # Dominican Republic
    "DZ": ("Africa", "Northern Africa"),  # Algeria
    "EC": ("Americas", "South America"),  # Ecuador
    "EE": ("Europe", "Northern Europe"),  # Estonia
    "EG": ("Africa", "Northern Africa"),  # Egypt
    "EH": ("Africa", "Northern Africa"),  # Western Sahara
    "ER": ("Africa", "Eastern Africa"),  # Eritrea
    "ES": ("Europe", "Southern Europe"),  # Spain
    "ET": ("Africa", "Eastern Africa"),  # Ethiopia
    "FI": ("Europe", "Northern Europe"),  # Finland
    "FJ": ("Oceania", "Melanesia"),  # Fiji
    "FK": ("Americas", "South America"),  # Falkland Islands (Malvinas)
    "FM": ("Oceania", "Micronesia"),  # Micronesia, Federated States of
    "FO": ("Europe", "Northern Europe"),  # Faroe Islands
    "FR": ("Europe", "Western Europe"),  # France
    "GA": ("Africa", "Middle Africa"),  # Gabon
    "GB": ("Europe", "Northern Europe"),  # United Kingdom
    "GD": ("Americas", "Caribbean"),  # Grenada
    "GE": ("Asia", "Western Asia"),  # Georgia
    "GF": ("Americas", "South America"),  # French Guiana
    "GG": ("Europe", "Northern Europe"),  # Guernsey
    "GH": ("Africa", "Western Africa"),  # Ghana
    "GI": ("Europe", "Southern Europe"),  # Gibraltar
    "GL": ("Americas", "Northern America"),  # Greenland
    "GM": ("Africa", "Western Africa"),  # Gambia
    "GN": ("Africa", "Western Africa"),  # Guinea
    "GP": ("Americas", "Caribbean"),  # Guadeloupe
    "GQ": ("Africa", "Middle Africa"),  # Equatorial Guinea
    "GR": ("Europe", "Southern Europe"),  # Greece
    "GS": ("Americas", "South America"),  # South Georgia and the South Sandwich Islands
    "GT": ("Americas", "Central America"),  # Guatemala
    "GU": ("Oceania", "Micronesia"),  # Guam
    "GW": ("Africa", "Western Africa"),  # Guinea-Bissau
    "GY": ("Americas", "South America"),  # Guyana
    "HK": ("Asia", "Eastern Asia"),  # Hong Kong
    "HM": ("Oceania", "Australia and New Zealand"),  # Heard Island and McDonald Islands
    "HN": ("Americas", "Central America"),  # Honduras
    "HR": ("Europe", "Southern Europe"),  # Croatia
    "HT": ("Americas", "Caribbean"),  # Haiti
    "HU": ("Europe", "Eastern Europe"),  # Hungary
    "ID": ("Asia", "South-eastern Asia"),  # Indonesia
    "IE": ("Europe", "Northern Europe"),  # Ireland
    "IL": ("Asia", "Western Asia"),  # Israel
    "IM": ("Europe", "Northern Europe"),  # Isle of Man
    "IN": ("Asia", "Southern Asia"),  # India
    "IO": ("Africa", "Eastern Africa"),  # British Indian Ocean Territory
    "IQ": ("Asia", "Western Asia"),  # Iraq
    "IR": ("Asia", "Southern Asia"),  # Iran, Islamic Republic of
    "IS": ("Europe", "Northern Europe"),  # Iceland
    "IT": ("Europe", "Southern Europe"),  # Italy
    "JE": ("Europe", "Northern Europe"),  # Jersey
    "JM": ("Americas", "Caribbean"),  # Jamaica
    "JO": ("Asia", "Western Asia"),  # Jordan
    "JP": ("Asia", "Eastern Asia"),  # Japan
    "KE": ("Africa", "Eastern Africa"),  # Kenya
    "KG": ("Asia", "Central Asia"),  # Kyrgyzstan
    "KH": ("Asia", "South-eastern Asia"),  # Cambodia
    "KI": ("Oceania", "Micronesia"),  # Kiribati
    "KM": ("Africa", "Eastern Africa"),  # Comoros
    "KN": ("Americas", "Caribbean"),  # Saint Kitts and Nevis
    "KP": ("Asia", "Eastern Asia"),  # Korea, Democratic People's Republic of
    "KR": ("Asia", "Eastern Asia"),  # Korea, Republic of
    "KW": ("Asia", "Western Asia"),  # Kuwait
    "KY": ("Americas", "Caribbean"),  # Cayman Islands
    "KZ": ("Asia", "Central Asia"),  # Kazakhstan
    "LA": ("Asia", "South-eastern Asia"),  # Lao People's Democratic Republic
    "LB": ("Asia", "Western Asia"),  # Lebanon
    "LC": ("Americas", "Caribbean"),  # Saint Lucia
    "LI": ("Europe", "Western Europe"),  # Liechtenstein
    "LK": ("Asia", "Southern Asia"),  # Sri Lanka
    "LR": ("Africa", "Western Africa"),  # Liberia
    "LS": ("Africa", "Southern Africa"),  # Lesotho
    "LT": ("Europe", "Northern Europe"),  # Lithuania
    "LU": ("Europe", "Western Europe"),  # Luxembourg
    "LV": ("Europe", "Northern Europe"),  # Latvia
    "LY": ("Africa", "Northern Africa"),  # Libya
    "MA": ("Africa", "Northern Africa"),  # Morocco
    "MC": ("Europe", "Western Europe"),  # Monaco
    "MD": ("Europe", "Eastern Europe"),  # Moldova, Republic of
    "ME": ("Europe", "Southern Europe"),  # Montenegro
    "MF": ("Americas", "Caribbean"),  # Saint Martin (French part)
    "MG": ("Africa", "Eastern Africa"),  # Madagascar
    "MH": ("Oceania", "Micronesia"),  # Marshall Islands
    "MK": ("Europe", "Southern Europe"),  # North Macedonia
    "ML": ("Africa", "Western Africa"),  # Mali
    "MM": ("Asia", "South-eastern Asia"),  # Myanmar
    "MN": ("Asia", "Eastern Asia"),  # Mongolia
    "MO": ("Asia", "Eastern Asia"),  # Macao
    "MP": ("Oceania", "Micronesia"),  # Northern Mariana Islands
    "MQ": ("Americas", "Caribbean"),  # Martinique
    "MR": ("Africa", "Western Africa"),  # Mauritania
    "MS": ("Americas", "Caribbean"),  # Montserrat
    "MT": ("Europe", "Southern Europe"),  # Malta
    "MU": ("Africa", "Eastern Africa"),  # Mauritius
    "MV": ("Asia", "Southern Asia"),  # Maldives
    "MW": ("Africa", "Eastern Africa"),  # Malawi
    "MX": ("Americas", "Central America"),  # Mexico
    "MY": ("Asia", "South-eastern Asia"),  # Malaysia
    "MZ": ("Africa", "Eastern Africa"),  # Mozambique
    "NA": ("Africa", "Southern Africa"),  # Namibia
    "NC": ("Oceania", "Melanesia"),  # New Caledonia
    "NE": ("Africa", "Western Africa"),  # Niger
    "NF": ("Oceania", "Australia and New Zealand"),  # Norfolk Island
    "NG": ("Africa", "Western Africa"),  # Nigeria
    "NI": ("Americas", "Central America"),  # Nicaragua
    "NL": ("Europe", "Western Europe"),  # Netherlands
    "NO": ("Europe", "Northern Europe"),  # Norway
    "NP": ("Asia", "Southern Asia"),  # Nepal
    "NR": ("Oceania", "Micronesia"),  # Nauru
    "NU": ("Oceania", "Polynesia"),  # Niue
    "NZ": ("Oceania", "Australia and New Zealand"),  # New Zealand
    "OM": ("Asia", "Western Asia"),  # Oman
    "PA": ("Americas", "Central America"),  # Panama
    "PE": ("Americas", "South America"),  # Peru
    "PF": ("Oceania", "Polynesia"),  # French Polynesia
    "PG": ("Oceania", "Melanesia"),  # Papua New Guinea
    "PH": ("Asia", "South-eastern Asia"),  # Philippines
    "PK": ("Asia", "Southern Asia"),  # Pakistan
    "PL": ("Europe", "Eastern Europe"),  # Poland
    "PM": ("Americas", "Northern America"),  # Saint Pierre and Miquelon
    "PN": ("Oceania", "Polynesia"),  # Pitcairn
    "PR": ("Americas", "Caribbean"),  # Puerto Rico
    "PS": ("Asia", "Western Asia"),  # Palestine, State of
    "PT": ("Europe", "Southern Europe"),  # Portugal
    "PW": ("Oceania", "Micronesia"),  # Palau
    "PY": ("Americas", "South America"),  # Paraguay
    "QA": ("Asia", "Western Asia"),  # Qatar
    "RE": ("Africa", "Eastern Africa"),  # Réunion
    "RO": ("Europe", "Eastern Europe"),  # Romania
    "RS": ("Europe", "Southern Europe"),  # Serbia
    "RU": ("Europe", "Eastern Europe"),  # Russian Federation
    "RW": ("Africa", "Eastern Africa"),  # Rwanda
    "SA": ("Asia", "Western Asia"),  # Saudi Arabia
    "SB": ("Oceania", "Melanesia"),  # Solomon Islands
    "SC": ("Africa", "Eastern Africa"),  # Seychelles
    "SD": ("Africa", "Northern Africa"),  # Sudan
    "SE": ("Europe", "Northern Europe"),  # Sweden
    "SG": ("Asia", "South-eastern Asia"),  # Singapore
    "SH": ("Africa", "Western Africa"),  # Saint Helena, Ascension and Tristan da Cunha
    "SI": ("Europe", "Southern Europe"),  # Slovenia
    "SJ": ("Europe", "Northern Europe"),  # Svalbard and Jan Mayen
    "SK": ("Europe", "Eastern Europe"),  # Slovakia
    "SL": ("Africa", "Western Africa"),  # Sierra Leone
    "SM": ("Europe", "Southern Europe"),  # San Marino
    "SN": ("Africa", "Western Africa"),  # Senegal
    "SO": ("Africa", "Eastern Africa"),  # Somalia
    "SR": ("Americas", "South America"),  # Suriname
    "SS": ("Africa", "Eastern Africa"),  # South Sudan
    "ST": ("Africa", "Middle Africa"),  # Sao Tome and Principe
    "SV": ("Americas", "Central America"),  # El Salvador
    "SX": ("Americas", "Caribbean"),  # Sint Maarten (Dutch part)
    "SY": ("Asia", "Western Asia"),  # Syrian Arab Republic
    "SZ": ("Africa", "Southern Africa"),  # Eswatini
    "TC": ("Americas", "Caribbean"),  # Turks and Caicos Islands
    "TD": ("Africa", "Middle Africa"),  # Chad
    "TF": ("Africa", "Eastern Africa"),  # French Southern Territories
    "TG": ("Africa", "Western Africa"),  # Togo
    "TH": ("Asia", "South-eastern Asia"),  # Thailand
    "TJ": ("Asia", "Central Asia"),  # Tajikistan
    "TK": ("Oceania", "Polynesia"),  # Tokelau
    "TL": ("Asia", "South-eastern Asia"),  # Timor-Leste
    "TM": ("Asia", "Central Asia"),  # Turkmenistan
    "TN": ("Africa", "Northern Africa"),  # Tunisia
    "TO": ("Oceania", "Polynesia"),  # Tonga
    "TR": ("Asia", "Western Asia"),  # Türkiye
    "TT": ("Americas", "Caribbean"),  # Trinidad and Tobago
    "TV": ("Oceania", "Polynesia"),  # Tuvalu
    "TW": ("Asia", "Eastern Asia"),  # Taiwan, Province of China
    "TZ": ("Africa", "Eastern Africa"),  # Tanzania, United Republic of
    "UA": ("Europe", "Eastern Europe"),  # Ukraine
    "UG": ("Africa", "Eastern Africa"),  # Uganda
    "UM": ("Oceania", "Micronesia"),  # United States Minor Outlying Islands
    "US": ("Americas", "Northern America"),  # United States
    "UY": ("Americas", "South America"),  # Uruguay
    "UZ": ("Asia", "Central Asia"),  # Uzbekistan
    "VA": ("Europe", "Southern Europe"),  # Holy See (Vatican City State)
    "VC": ("Americas", "Caribbean"),  # Saint Vincent and the Grenadines
    "VE": ("Americas", "South America"),  # Venezuela, Bolivarian Republic of
    "VG": ("Americas", "Caribbean"),  # Virgin Islands, British
    "VI": ("Americas", "Caribbean"),  # Virgin Islands, U.S.
    "VN": ("Asia", "South-eastern Asia"),  # Viet Nam
    "VU": ("Oceania", "Melanesia"),  # Vanuatu
    "WF": ("Oceania", "Polynesia"),  # Wallis and Futuna
    "WS": ("Oceania", "Polynesia"),  # Samoa
    "YE": ("Asia", "Western Asia"),  # Yemen
    "YT": ("Africa", "Eastern Africa"),  # Mayotte
    "ZA": ("Africa", "Southern Africa"),  # South Africa
    "ZM": ("Africa", "Eastern Africa"),  # Zambia
    "ZW": ("Africa", "Eastern Africa"),  # Zimbabwe
}

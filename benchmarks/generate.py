"""A deterministic large coalition for benchmarks: organizations and contacts in many scripts.

    python benchmarks/generate.py OUT.sqlite3 [--organizations 20000] [--contacts 100000]

Other benchmarks import `generate_database` or `contact_rows`. The same seed
gives the same records, so figures from different runs compare.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from coalitiondesk.core.models import Affiliation, Contact, Organization, utcnow
from coalitiondesk.core.storage.db import Database, open_database

LATIN_GIVEN = ["Anna", "Phil", "Maria", "João", "Chris", "Siti", "Somchai", "Lucas", "Emma",
               "Ahmed", "Olga", "Pierre", "Ana", "David", "Fatima", "Nguyen", "Ivan", "Lea"]
LATIN_FAMILY = ["Robertson", "Green", "Silva", "Santos", "Müller", "Dubois", "Kowalski",
                "Haddad", "Wijaya", "Srisuk", "Novak", "García", "O'Brien", "Andersen"]
KOREAN_FAMILY = [("Kim", "김"), ("Lee", "이"), ("Park", "박"), ("Ha", "하"), ("Choi", "최"),
                 ("Jung", "정"), ("Kang", "강"), ("Yoon", "윤")]
KOREAN_GIVEN = [("Tae Kyung", "태경"), ("Ji-hoon", "지훈"), ("Min-jun", "민준"),
                ("Seo-yeon", "서연"), ("Young-ho", "영호"), ("Eun-ji", "은지")]
JAPANESE_FAMILY = [("Sato", "佐藤"), ("Suzuki", "鈴木"), ("Takahashi", "高橋"),
                   ("Tanaka", "田中"), ("Watanabe", "渡辺"), ("Yamamoto", "山本")]
JAPANESE_GIVEN = [("Haruto", "陽翔"), ("Yui", "結衣"), ("Hiroshi", "博"), ("Yoko", "洋子"),
                  ("Kenji", "健二"), ("Akiko", "明子")]
ORG_WORDS = ["Human Rights", "Justice", "Freedom", "Refugees", "Solidarity", "Network",
             "Council", "Committee", "Radio", "Lawyers", "Citizens", "Alliance", "Institute",
             "Foundation", "Campaign", "Watch", "Forum", "Coalition", "Centre", "Society"]
COUNTRIES = ["KR", "JP", "US", "CA", "BR", "TH", "BE", "ID", "GB", "DE", "FR", "PH", "AU",
             "MN", "NL", "CH", None, None]
STATUSES = ["member", "member", "member", "observer", "prospect", "former", "non_member"]


def organization_rows(count: int, *, seed: int = 1) -> Iterator[dict[str, Any]]:
    rng = random.Random(seed)
    now = utcnow()
    for number in range(count):
        words = rng.sample(ORG_WORDS, 3)
        name = f"{words[0]} {words[1]} {words[2]} {number}"
        yield {
            "name": name, "acronym": "".join(w[0] for w in words) + str(number % 100),
            "kind": "ngo", "country_code": rng.choice(COUNTRIES),
            "show_country_on_signature": True, "membership_status": rng.choice(STATUSES),
            "email": f"office{number}@example.org", "notes": f"Generated record {number}",
            "uuid": str(uuid.UUID(int=rng.getrandbits(128))), "created_at": now,
            "updated_at": now,
        }


def contact_rows(count: int, *, seed: int = 2) -> Iterator[dict[str, Any]]:
    rng = random.Random(seed)
    now = utcnow()
    for number in range(count):
        script = rng.random()
        if script < 0.3:
            (family, family_native), (given, given_native) = (
                rng.choice(KOREAN_FAMILY), rng.choice(KOREAN_GIVEN))
            native, family_first, country = family_native + given_native, True, "KR"
        elif script < 0.5:
            (family, family_native), (given, given_native) = (
                rng.choice(JAPANESE_FAMILY), rng.choice(JAPANESE_GIVEN))
            native, family_first, country = family_native + given_native, True, "JP"
        else:
            family, given = rng.choice(LATIN_FAMILY), rng.choice(LATIN_GIVEN)
            native, family_first, country = None, False, rng.choice(COUNTRIES)
        yield {
            "given_name": given, "family_name": family, "family_name_first": family_first,
            "native_name": native, "email": f"person{number}@example.net",
            "phone": f"+82 2 {rng.randrange(1000, 9999)} {rng.randrange(1000, 9999)}",
            "address_country_code": country, "postcode": f"0{rng.randrange(1000, 9999)}",
            "do_not_mail": rng.random() < 0.05, "do_not_email": False,
            "sensitivity": "restricted" if rng.random() < 0.03 else "normal",
            "uuid": str(uuid.UUID(int=rng.getrandbits(128))), "created_at": now,
            "updated_at": now,
        }


def _insert(database: Database, table: sa.Table, rows: Iterator[dict[str, Any]]) -> None:
    batch: list[dict[str, Any]] = []
    with database.engine.begin() as connection:
        for row in rows:
            batch.append(row)
            if len(batch) == 5000:
                connection.execute(table.insert(), batch)
                batch.clear()
        if batch:
            connection.execute(table.insert(), batch)


def generate_database(
    path: Path, *, organizations: int = 20_000, contacts: int = 100_000
) -> Database:
    """A new database at `path` filled with the generated records; the caller closes it."""
    database = open_database(path)
    _insert(database, Organization.__table__, organization_rows(organizations))  # type: ignore[arg-type]
    _insert(database, Contact.__table__, contact_rows(contacts))  # type: ignore[arg-type]
    rng = random.Random(3)
    affiliations = (
        {"contact_id": contact_id, "organization_id": rng.randrange(1, organizations + 1),
         "role": "Member of staff"}
        for contact_id in range(1, contacts + 1)
    ) if organizations else iter(())
    _insert(database, Affiliation.__table__, affiliations)  # type: ignore[arg-type]
    return database


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--organizations", type=int, default=20_000)
    parser.add_argument("--contacts", type=int, default=100_000)
    args = parser.parse_args()
    if args.out.exists():
        print(f"{args.out} exists; choose a new file", file=sys.stderr)
        return 1
    started = time.perf_counter()
    generate_database(args.out, organizations=args.organizations,
                      contacts=args.contacts).close()
    print(f"{args.out}: {args.organizations} organizations, {args.contacts} contacts "
          f"in {time.perf_counter() - started:.1f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""`coalitiondesk attach`, `attachments` and `group`, run as a user runs them: a file kept
and saved back byte for byte, bad input one line on stderr with nothing changed."""

from __future__ import annotations

import csv
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

from openpyxl import load_workbook


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "coalitiondesk", *args],
                          capture_output=True, text=True, timeout=120)


def rows(path: Path, table: str) -> int:
    with closing(sqlite3.connect(path)) as connection:
        return int(connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


def test_a_file_attached_and_saved_back_byte_for_byte(demo_db: Path, tmp_path: Path) -> None:
    data = bytes(range(256)) * 40
    source = tmp_path / "signed form.pdf"
    source.write_bytes(data)
    attached = run("--db", str(demo_db), "attach", "--kind", "organization", "--record",
                   "amnesty international", str(source))
    assert attached.returncode == 0, attached.stderr
    assert "Attached signed form.pdf (10 KB)" in attached.stdout

    out = tmp_path / "out"
    out.mkdir()
    listed = run("--db", str(demo_db), "attachments", "--kind", "organization", "--record",
                 "Amnesty International", "--save", str(out))
    assert listed.returncode == 0, listed.stderr
    assert listed.stdout.splitlines()[0].endswith("10 KB\tsigned form.pdf")
    assert (out / "signed form.pdf").read_bytes() == data


def test_bad_input_is_one_line_and_changes_nothing(demo_db: Path, tmp_path: Path) -> None:
    big = tmp_path / "scan.tiff"
    with big.open("wb") as file:
        file.truncate(25 * 1024 * 1024 + 1)
    for args, message in (
            (("attach", "--kind", "contact", "--record", "Nobody", str(big)),
             "No contact called “Nobody”"),
            (("attach", "--kind", "contact", "--record", "Phil Robertson", str(big)),
             "“scan.tiff” is 25.0 MB: attachments are limited to 25 MB each"),
            (("attach", "--kind", "contact", "--record", "Phil Robertson",
              str(tmp_path / "missing.pdf")), "Cannot read"),
            (("group", "add", "X", "--kind", "contact", "--status", "member"),
             "--status is not a filter of contact records"),
            (("group", "show", "Nothing"), "No group called “Nothing”")):
        result = run("--db", str(demo_db), *args)
        assert result.returncode == 1
        [line] = result.stderr.splitlines()
        assert message in line
    assert rows(demo_db, "attachment") == 0 and rows(demo_db, "attachment_content") == 0
    assert rows(demo_db, "saved_group") == 0


def test_groups_added_listed_shown_and_removed(demo_db: Path) -> None:
    db = ("--db", str(demo_db))
    assert run(*db, "group", "add", "Members", "--kind", "organization", "--status",
               "member").returncode == 0
    picked = run(*db, "group", "add", "Picked", "--kind", "contact", "--static", "--member",
                 "Phil Robertson", "--member", "Kim Jong-il")
    assert picked.stdout.strip() == "Saved Picked (contact, hand-picked): 2"
    listed = run(*db, "group", "list").stdout.splitlines()
    assert [line.split("\t")[1] for line in listed] == [
        "Members (organization, search): 33", "Picked (contact, hand-picked): 2"]
    shown = run(*db, "group", "show", "picked").stdout.splitlines()
    assert [line.split("\t")[1] for line in shown[1:]] == ["Kim Jong-il", "Phil Robertson"]
    assert run(*db, "group", "remove", "Picked").returncode == 0
    assert rows(demo_db, "saved_group") == 1 and rows(demo_db, "saved_group_member") == 0


def test_export_of_a_group(demo_db: Path, tmp_path: Path) -> None:
    db = ("--db", str(demo_db))
    assert run(*db, "group", "add", "Picked", "--kind", "contact", "--static", "--member",
               "Phil Robertson", "--member", "Kim Jong-il").returncode == 0
    out = tmp_path / "picked.csv"
    exported = run(*db, "export", str(out), "--group", "Picked", "--profile", "Full")
    assert exported.returncode == 0, exported.stderr
    assert "Wrote 2 rows" in exported.stdout
    with out.open(encoding="utf-8-sig") as file:
        assert sorted(row["Family name"] for row in csv.DictReader(file)) == [
            "Kim", "Robertson"]
    wrong = run(*db, "export", str(tmp_path / "x.csv"), "--group", "Picked", "--kind",
                "organizations")
    assert wrong.returncode == 1
    assert wrong.stderr.strip() == ("coalitiondesk: the group “Picked” holds contacts: "
                                    "--group takes no --kind or --letter")


def test_a_group_renamed_and_put_on_a_letter(demo_db: Path) -> None:
    db = ("--db", str(demo_db))
    assert run(*db, "group", "add", "Members", "--kind", "organization", "--status",
               "member").returncode == 0
    renamed = run(*db, "group", "rename", "members", "Member organizations")
    assert renamed.returncode == 0, renamed.stderr
    assert run(*db, "group", "list").stdout.split("\t")[1].startswith("Member organizations")
    with closing(sqlite3.connect(demo_db)) as connection:
        letter_id, title = connection.execute("SELECT id, title FROM letter ORDER BY id"
                                              ).fetchone()
        before = connection.execute("SELECT count(*) FROM signature WHERE letter_id = ?",
                                    (letter_id,)).fetchone()[0]
    signed = run(*db, "group", "letter", "Member organizations", f"#{letter_id}", "--as",
                 "signatories")
    assert signed.returncode == 0, signed.stderr
    assert f"put on “{title}” as signatories" in signed.stdout
    with closing(sqlite3.connect(demo_db)) as connection:
        after = connection.execute("SELECT count(*) FROM signature WHERE letter_id = ?",
                                   (letter_id,)).fetchone()[0]
    assert after == 33 and signed.stdout.startswith(f"{after - before} of the group")
    assert run(*db, "undo").returncode == 0
    refused = run(*db, "group", "letter", "Member organizations", "No such letter")
    assert refused.returncode == 1 and len(refused.stderr.strip().splitlines()) == 1


def test_a_report_limited_to_a_group(demo_db: Path, tmp_path: Path) -> None:
    db = ("--db", str(demo_db))
    assert run(*db, "group", "add", "Korea", "--kind", "organization", "--country",
               "KR").returncode == 0
    written = run(*db, "report", "members-by-country", "--group", "korea", "--out",
                  str(tmp_path / "korea.xlsx"))
    assert written.returncode == 0, written.stderr
    assert "(1 row)" in written.stdout
    for name in ("letters", "activities-per-month"):
        limited = run(*db, "report", name, "--group", "Korea", "--out",
                      str(tmp_path / f"{name}.xlsx"))
        assert limited.returncode == 0, limited.stderr
        text = " ".join(str(cell.value) for sheet in load_workbook(tmp_path / f"{name}.xlsx")
                        for row in sheet.iter_rows() for cell in row if cell.value is not None)
        assert "one saved group" in text and "Korea" not in text
    assert run(*db, "group", "add", "People", "--kind", "contact", "--static").returncode == 0
    refused = run(*db, "report", "letters", "--group", "People", "--out",
                  str(tmp_path / "people.xlsx"))
    assert refused.returncode == 1 and "No group called “People”" in refused.stderr
    assert len(refused.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "people.xlsx").exists()

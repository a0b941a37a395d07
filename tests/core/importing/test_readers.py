"""Reading real files: workbooks written by LibreOffice, csv in six encodings, pasted lists,
and hostile files refused with one sentence."""

from __future__ import annotations

import time
from datetime import date
from pathlib import Path

import pytest
from hostile_files import (
    make_binary_garbage,
    make_entity_bomb,
    make_lying_zip_bomb,
    make_zip_bomb,
)

from coalitiondesk.core.importing.readers import (
    MAX_FILE_BYTES,
    UnreadableFile,
    read_file,
    read_pasted,
    sheet_choices,
)

DATA = Path(__file__).resolve().parents[2] / "data"
IMPORT = DATA / "import"


def names(path: Path, **options: str) -> list[str]:
    return [str(row.cells[0]) for row in read_file(path, **options).rows]  # type: ignore[arg-type]


@pytest.mark.parametrize(("name", "encoding", "delimiter"), [
    ("organizations_utf8.csv", "utf-8", ","),
    ("organizations_utf8_bom.csv", "utf-8-sig", ";"),
    ("organizations_cp1252.csv", "cp1252", ";"),
    ("contacts_cp949.csv", "cp949", ","),
    ("contacts_cp932.csv", "cp932", ","),
    ("contacts_utf16.txt", "utf-16", "\t"),
])
def test_csv_encoding_and_delimiter_are_detected(name: str, encoding: str, delimiter: str
                                                 ) -> None:
    table = read_file(IMPORT / name)
    assert (table.encoding, table.delimiter) == (encoding, delimiter)
    assert table.headers[0] in {"Organisation", "Given name"}
    assert all(len(row.cells) == len(table.headers) for row in table.rows)


def test_text_in_every_script_arrives_intact() -> None:
    korean = read_file(IMPORT / "contacts_cp949.csv")
    assert [row.cells[2] for row in korean.rows] == ["하태경", "김지훈", "박서연"]
    assert korean.rows[1].cells[3] == "북한인권시민연합"
    japanese = read_file(IMPORT / "contacts_cp932.csv")
    assert [row.cells[2] for row in japanese.rows] == ["佐藤博", "田中洋子"]
    western = read_file(IMPORT / "organizations_cp1252.csv")
    assert [row.cells[0] for row in western.rows][:2] == ["Médecins du Monde",
                                                          "Ärzte für Menschenrechte"]
    assert western.rows[3].cells[0] == "Fundación Señales € Ñandú"
    unicode_text = read_file(IMPORT / "contacts_utf16.txt")
    assert [row.cells[2] for row in unicode_text.rows] == ["", "하태경", "佐藤博"]


def test_encoding_and_delimiter_can_be_overridden() -> None:
    table = read_file(IMPORT / "organizations_cp1252.csv", encoding="latin-1", delimiter=";")
    assert table.encoding == "latin-1"
    with pytest.raises(UnreadableFile, match="cannot be read as utf-8"):
        read_file(IMPORT / "organizations_cp1252.csv", encoding="utf-8")
    one_column = read_file(IMPORT / "organizations_utf8.csv", delimiter="|")
    assert len(one_column.headers) == 1


def test_leading_zeros_stay_in_csv_and_text_cells() -> None:
    table = read_file(IMPORT / "organizations_utf8.csv")
    postcode = table.headers.index("Postcode")
    assert table.rows[0].cells[postcode] == "03170"
    workbook = read_file(IMPORT / "partner_members.xlsx")
    postcode = workbook.headers.index("Postcode")
    assert workbook.rows[1].cells[postcode] == "03170"


def test_partner_workbook_with_merges_hidden_rows_formulas_and_a_hidden_sheet() -> None:
    table = read_file(IMPORT / "partner_members.xlsx")
    assert table.sheet == "Members 2011"
    assert [(choice.name, choice.hidden) for choice in table.sheets] == [
        ("Members 2011", False), ("Old list", True)]
    # "Organisation" is merged over two header rows; the title row above is skipped.
    assert table.header_row == 3
    assert table.headers == ["Organisation", "Acronym", "Country", "Joined", "E-mail", "Phone",
                             "Postcode", "Notes"]
    by_name = {row.cells[0]: row for row in table.rows}
    assert list(by_name) == ["Burma Partnership",
                             "Citizens' Alliance for North Korean Human Rights",
                             "Withdrawn Partner", "Human Rights Watch", "No Fence",
                             "Life Funds for North Korean Refugees"]
    assert by_name["Withdrawn Partner"].notes == ["hidden in the workbook"]
    assert by_name["Human Rights Watch"].number == 7  # the formula's cached value
    assert by_name["Burma Partnership"].cells[3] == date(2011, 9, 8)
    # The country cell merged down two rows belongs to both.
    assert by_name["Life Funds for North Korean Refugees"].cells[2] == "Japan"


def test_a_hidden_sheet_is_read_only_when_asked_for_by_name() -> None:
    table = read_file(IMPORT / "partner_members.xlsx", sheet="old list")
    assert [row.cells[0] for row in table.rows] == ["Dissolved Group 2009"]
    assert any("hidden" in warning for warning in table.warnings)
    with pytest.raises(UnreadableFile, match="no sheet named 'Donors'"):
        read_file(IMPORT / "partner_members.xlsx", sheet="Donors")
    assert [choice.name for choice in sheet_choices(IMPORT / "partner_members.xlsx")] == [
        "Members 2011", "Old list"]


def test_a_sheet_whose_declared_dimensions_are_wrong_is_read_whole() -> None:
    assert names(IMPORT / "wrong_dimension.xlsx") == names(IMPORT / "partner_members.xlsx")


def test_dates_in_the_1904_date_system() -> None:
    table = read_file(IMPORT / "dates_1904.xlsx")
    assert table.date1904
    assert table.rows[0].cells[2] == date(2011, 9, 8)
    assert table.rows[1].cells[2] == 39332  # a plain number; the import reads it as 1904's


def test_a_formula_without_a_saved_value_is_flagged() -> None:
    table = read_file(IMPORT / "formula_without_value.xlsx")
    assert table.rows[0].notes == [
        "the formula in C2 has no saved value; open and save the file in Excel or LibreOffice"
        " first"]
    assert table.rows[1].notes == []


def test_a_one_column_sheet_without_header_is_a_list() -> None:
    table = read_file(IMPORT / "signatories_column.xlsx")
    assert table.is_list and table.header_row is None
    assert len(table.rows) == 32
    assert table.rows[5].cells[0] == "Burma Partnership (Thailand)"


def test_the_pasted_seed_list_loses_its_bullets() -> None:
    text = (IMPORT / "seed_signatories_pasted.txt").read_text(encoding="utf-8")
    assert text.count("\uf0a7") == 32
    table = read_pasted(text)
    expected = (DATA / "seed_signatories.txt").read_text(encoding="utf-8").splitlines()
    assert [row.cells[0] for row in table.rows] == expected
    assert read_file(IMPORT / "seed_signatories_pasted.txt").is_list


def test_cells_pasted_from_a_spreadsheet_are_a_table() -> None:
    table = read_pasted("Organisation\tCountry\nKontras\tIndonesia\nNo Fence\tJapan\n")
    assert table.headers == ["Organisation", "Country"]
    assert [row.cells for row in table.rows] == [["Kontras", "Indonesia"], ["No Fence", "Japan"]]


# --- hostile and broken files ----------------------------------------------------


def refused(path: Path) -> str:
    started = time.monotonic()
    with pytest.raises(UnreadableFile) as caught:
        read_file(path)
    message = str(caught.value)
    assert "\n" not in message
    assert time.monotonic() - started < 30, "refusing a file must not take long"
    return message


def test_zip_bomb_is_refused(tmp_path: Path) -> None:
    assert "zip bomb" in refused(make_zip_bomb(tmp_path / "bomb.xlsx"))


def test_zip_bomb_lying_about_its_size_is_refused(tmp_path: Path) -> None:
    message = refused(make_lying_zip_bomb(tmp_path / "liar.xlsx"))
    assert "not a readable Excel workbook" in message


def test_xml_entity_bomb_is_refused(tmp_path: Path) -> None:
    assert "unsafe" in refused(make_entity_bomb(tmp_path / "laughs.xlsx"))


def test_truncated_and_fake_workbooks_are_refused(tmp_path: Path) -> None:
    assert "damaged" in refused(IMPORT / "truncated.xlsx")
    fake = tmp_path / "members.xlsx"
    fake.write_text("Organisation,Country\nKontras,Indonesia\n", encoding="utf-8")
    assert "not a readable Excel workbook" in refused(fake)


def test_empty_and_oversized_files_are_refused(tmp_path: Path) -> None:
    empty = tmp_path / "empty.csv"
    empty.touch()
    assert refused(empty) == "empty.csv is empty"
    blank = tmp_path / "blank.csv"
    blank.write_text(" \n\n", encoding="utf-8")
    assert refused(blank) == "blank.csv is empty"
    huge = tmp_path / "huge.csv"
    with huge.open("wb") as handle:
        handle.truncate(MAX_FILE_BYTES + 1)  # sparse: no time or disk spent
    assert "split it into smaller files" in refused(huge)


def test_binary_garbage_is_not_a_csv(tmp_path: Path) -> None:
    message = refused(make_binary_garbage(tmp_path / "members.csv"))
    assert message == "members.csv does not look like a text or csv file"
    png = tmp_path / "photo.csv"
    png.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 50)
    assert "does not look like a text or csv file" in refused(png)


def test_a_missing_file_is_one_sentence(tmp_path: Path) -> None:
    assert refused(tmp_path / "nowhere.xlsx").startswith("There is no file ")

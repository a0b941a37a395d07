"""East Asian csv files without a byte-order mark are read in their encoding, not as
cp1252 mojibake; a file read in the wrong one says so and names those that read it."""

from __future__ import annotations

from pathlib import Path

import pytest

from coalitiondesk.core.importing.encodings import garbled_text, looks_like_mojibake
from coalitiondesk.core.importing.readers import read_file

CASES = [
    ("cp932", "First Name,Last Name,Primary Email\n権兵衛,名無し,gonbe@example.jp\n"),
    ("cp932", "Name\n横田拓也\n"),
    ("cp949", "이름,메일\n하태경,ha@example.kr\n김지훈,kim@example.kr\n"),
    ("gb18030", "名称,城市\n中国人权律师团,北京\n王小明,上海\n张伟,广州\n国际特赦组织,香港\n"),
    ("big5", "名稱,城市\n台灣人權促進會,台北市\n陳建仁,高雄市\n國際特赦組織台灣分會,臺北\n"
             "民間司法改革基金會,台中\n廢除死刑推動聯盟,臺北\n"),
    ("cp1252", "Name,City\nMédecins Sans Frontières,Genève\nGröße Straße,München\n"),
]


@pytest.mark.parametrize(("encoding", "text"), CASES)
def test_each_encoding_is_detected_and_reads_every_cell(tmp_path: Path, encoding: str,
                                                       text: str) -> None:
    path = tmp_path / "file.csv"
    path.write_bytes(text.encode(encoding))
    table = read_file(path)
    assert table.encoding == encoding
    lines = [line.split(",") for line in text.splitlines()]
    assert table.headers == lines[0]
    assert [row.cells for row in table.rows] == lines[1:]
    assert table.readable_as == []


def test_a_shift_jis_file_read_as_cp1252_says_it_is_garbled(tmp_path: Path) -> None:
    path = tmp_path / "thunderbird.csv"
    path.write_bytes(CASES[0][1].encode("cp932"))
    table = read_file(path, encoding="cp1252")
    assert table.rows[0].cells[0] == "Œ\xa0•º‰q"
    assert table.readable_as == ["cp932"]


def test_accented_western_words_are_not_mojibake() -> None:
    assert not looks_like_mojibake(["Médecins Sans Frontières", "Größe", "São Paulo",
                                    "Ligue des droits de l'Homme", "10 °C"])
    assert looks_like_mojibake(["MÃ©decins Sans FrontiÃ¨res"])
    assert garbled_text("–¼–³‚µ‚Ì", "cp1252")
    assert not garbled_text("名無しの権兵衛", "cp932")

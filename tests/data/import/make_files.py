"""Make the import test files in this folder (see README.md). Needs LibreOffice (soffice).

    python tests/data/import/make_files.py

Workbooks are written by LibreOffice from flat OpenDocument (.fods) files or
csv files that this script writes first, so that the tests read what a real
spreadsheet program writes. Two are then altered the way other writers spoil
files (see README.md).
"""

from __future__ import annotations

import csv
import io
import shutil
import subprocess
import tempfile
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

HERE = Path(__file__).resolve().parent
SEED_LINES = HERE.parent / "seed_signatories.txt"

ORGANIZATIONS = [
    ["Organisation", "Acronym", "Country", "E-mail", "Phone", "Postcode", "Joined", "Membership",
     "Tags"],
    ["Citizens' Alliance for North Korean Human Rights", "NKHR", "ROK", "nkhr@example.org",
     "02 723 1672", "03170", "2011-09-08", "member", "founding member; Seoul"],
    ["Database Center for North Korean Human Rights", "NKDB", "South Korea", "info@nkdb.example",
     "", "04519", "8 September 2011", "Member", ""],
    ["北朝鮮難民救援基金", "", "Japan", "contact@example.jp", "03-1234-5678", "100-0001",
     "2011-09-08", "member", ""],
    ["Han\u00a0Voice\u00a0", "", "Canada", "", "", "", "", "member", ""],
    ["Freedom House", "", "USA", "info@freedomhouse.example", "", "", "", "member",
     "ICNK founding member"],
    ["", "", "Thailand", "nameless@example.org", "", "", "", "", ""],
    ["Bad Email Network", "", "Brazil", "not-an-address", "", "", "", "", ""],
    ["Atlantis Watch", "", "Atlantis", "", "", "", "", "", ""],
]

WESTERN_ORGANIZATIONS = [
    ["Organisation", "Country", "City", "Postcode", "E-mail"],
    ["Médecins du Monde", "France", "Paris", "75018", "info@mdm.example"],
    ["Ärzte für Menschenrechte", "Germany", "Köln", "04109", "kontakt@aerzte.example"],
    ["Conectas Direitos Humanos", "Brazil", "São Paulo", "01310-100", "conectas@example.br"],
    ["Fundación Señales € Ñandú", "Paraguay", "Asunción", "001204", ""],
]

KOREAN_CONTACTS = [
    ["Given name", "Family name", "Native name", "Organisation", "Position", "E-mail", "Phone",
     "Country", "Postcode"],
    ["Tae Kyung", "Ha", "하태경", "Open Radio for North Korea", "대표", "tkha@example.kr",
     "010-1234-5678", "ROK", "04519"],
    ["Ji-hoon", "Kim", "김지훈", "북한인권시민연합", "활동가", "jhkim@example.kr", "02-723-1672",
     "Republic of Korea", "03170"],
    ["Seo-yeon", "Park", "박서연", "Free NK Gulag", "연구원", "sypark@example.kr", "", "Korea",
     "06236"],
]

JAPANESE_CONTACTS = [
    ["Given name", "Family name", "Native name", "Organisation", "Position", "E-mail", "Phone",
     "Country", "Postcode"],
    ["Hiroshi", "Sato", "佐藤博", "Life Funds for North Korean Refugees", "事務局長",
     "sato@example.jp", "03-1234-5678", "Japan", "100-0001"],
    ["Yoko", "Tanaka", "田中洋子", "ノーフェンス", "代表", "tanaka@example.jp", "", "日本じゃない",
     "060-0001"],
]

UTF16_CONTACTS = [
    ["Given name", "Family name", "Native name", "E-mail", "Country", "Postcode"],
    ["Phil", "Robertson", "", "robertsp@example.org", "Thailand", "10110"],
    ["Tae Kyung", "Ha", "하태경", "tkha@example.kr", "ROK", "04519"],
    ["Hiroshi", "Sato", "佐藤博", "sato@example.jp", "Japan", "100-0001"],
]


def write_csv(path: Path, rows: list[list[str]], *, encoding: str, delimiter: str = ",") -> None:
    buffer = io.StringIO(newline="")
    csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    path.write_bytes(buffer.getvalue().encode(encoding))


# --- flat OpenDocument, converted by LibreOffice ----------------------------------

FODS_HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0"
 xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2"
 office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:automatic-styles>
 <number:date-style style:name="N37"><number:year number:style="long"/><number:text>-</number:text>
 <number:month number:style="long"/><number:text>-</number:text><number:day number:style="long"/>
 </number:date-style>
 <style:style style:name="date" style:family="table-cell" style:data-style-name="N37"/>
 <style:style style:name="hidden" style:family="table">
  <style:table-properties table:display="false"/></style:style>
</office:automatic-styles>
<office:body><office:spreadsheet>
"""
FODS_TAIL = "</office:spreadsheet></office:body></office:document>\n"


def text_cell(value: str, *, across: int = 1, down: int = 1) -> str:
    span = ""
    if across > 1:
        span += f' table:number-columns-spanned="{across}"'
    if down > 1:
        span += f' table:number-rows-spanned="{down}"'
    return (f'<table:table-cell{span} office:value-type="string"><text:p>{escape(value)}'
            "</text:p></table:table-cell>")


def date_cell(iso: str) -> str:
    return (f'<table:table-cell table:style-name="date" office:value-type="date" '
            f'office:date-value="{iso}"/>')


def number_cell(value: float) -> str:
    return f'<table:table-cell office:value-type="float" office:value="{value}"/>'


def formula_cell(formula: str, cached: str) -> str:
    return (f'<table:table-cell table:formula="{escape(formula, {chr(34): "&quot;"})}" '
            f'office:value-type="string" office:string-value="{escape(cached)}">'
            f"<text:p>{escape(cached)}</text:p></table:table-cell>")


COVERED = "<table:covered-table-cell/>"
EMPTY = "<table:table-cell/>"


def row(*cells: str, hidden: bool = False) -> str:
    visibility = ' table:visibility="collapse"' if hidden else ""
    return f"<table:table-row{visibility}>{''.join(cells)}</table:table-row>\n"


def table(name: str, rows: list[str], *, hidden: bool = False) -> str:
    style = ' table:style-name="hidden"' if hidden else ""
    return f'<table:table table:name="{escape(name)}"{style}>\n{"".join(rows)}</table:table>\n'


def partner_members() -> str:
    """A partner's list as people make them: a title, two header rows, merges, a hidden row,
    a formula, dates, postcodes typed as text, and a hidden sheet."""
    members = [
        row(text_cell("ICNK partner organisations, September 2011", across=8),
            *[COVERED] * 7),
        row(text_cell("Organisation", down=2), EMPTY, EMPTY, EMPTY,
            text_cell("Contact", across=2), COVERED, EMPTY, EMPTY),
        row(COVERED, text_cell("Acronym"), text_cell("Country"), text_cell("Joined"),
            text_cell("E-mail"), text_cell("Phone"), text_cell("Postcode"), text_cell("Notes")),
        row(text_cell("Burma Partnership"), EMPTY, text_cell("Thailand"), date_cell("2011-09-08"),
            text_cell("info@burmapartnership.example"), text_cell("+66 2 123 4567"),
            text_cell("10110"), text_cell("Bangkok office")),
        row(text_cell("Citizens' Alliance for North Korean Human Rights"), text_cell("NKHR"),
            text_cell("Korea"), date_cell("2011-09-08"), text_cell("nkhr@example.org"),
            text_cell("02 723 1672"), text_cell("03170"), EMPTY),
        row(text_cell("Withdrawn Partner"), EMPTY, text_cell("Belgium"), EMPTY, EMPTY, EMPTY,
            EMPTY, text_cell("hidden by the partner"), hidden=True),
        row(formula_cell('of:="Human Rights "&"Watch"', "Human Rights Watch"), EMPTY, EMPTY,
            EMPTY, EMPTY, EMPTY, EMPTY, text_cell("name made by a formula")),
        row(text_cell("No Fence"), EMPTY, text_cell("Japan", down=2), date_cell("2011-09-07"),
            EMPTY, EMPTY, text_cell("060-0001"), EMPTY),
        row(text_cell("Life Funds for North Korean Refugees"), EMPTY, COVERED, EMPTY, EMPTY,
            EMPTY, text_cell("160-0022"), EMPTY),
    ]
    old = [row(text_cell("Organisation")), row(text_cell("Dissolved Group 2009"))]
    return FODS_HEAD + table("Members 2011", members) + table("Old list", old, hidden=True) + (
        FODS_TAIL)


def dates_1904() -> str:
    """A workbook in the 1904 date system (old Mac Excel): dates as dates, and one as a plain
    number that only the workbook's date system turns into the right day."""
    settings = ('<table:calculation-settings><table:null-date table:date-value="1904-01-01"/>'
                "</table:calculation-settings>\n")
    rows = [
        row(text_cell("Organisation"), text_cell("Country"), text_cell("Joined")),
        row(text_cell("Conectas"), text_cell("Brazil"), date_cell("2011-09-08")),
        # 39332 days after 1 January 1904 is 8 September 2011.
        row(text_cell("Kontras"), text_cell("Indonesia"), number_cell(39332)),
    ]
    return FODS_HEAD + settings + table("Members", rows) + FODS_TAIL


def convert(source: Path, out_dir: Path, *, csv_filter: str | None = None,
            target: str = "xlsx:Calc MS Excel 2007 XML") -> Path:
    command = ["soffice", "--headless", "--convert-to", target, "--outdir", str(out_dir)]
    if csv_filter:
        command += ["--infilter=" + csv_filter]
    subprocess.run([*command, str(source)], check=True, capture_output=True, timeout=120)
    return out_dir / f"{source.stem}.{target.split(':')[0]}"


# The partner's member list in the older formats: Excel 97-2003 and OpenDocument.
OTHER_FORMATS = {"xls": "xls:MS Excel 97", "ods": "ods:calc8"}


def other_formats(work: Path) -> None:
    for suffix, target in OTHER_FORMATS.items():
        converted = convert(work / "partner_members.fods", work, target=target)
        shutil.copyfile(converted, HERE / f"partner_members.{suffix}")


def rewrite_part(source: Path, target: Path, part: str, old: bytes, new: bytes) -> None:
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == part:
                assert old in data, (part, old)
                data = data.replace(old, new)
            out.writestr(info, data)


def formula_without_value(path: Path) -> None:
    """As scripts write workbooks with openpyxl: formulas with no saved result."""
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "Members"
    sheet.append(["Organisation", "Country", "Notes"])
    sheet.append(["Kontras", "Indonesia", "=CONCATENATE(\"Jakarta\", \" office\")"])
    sheet.append(["Conectas", "Brazil", "plain text"])
    workbook.save(path)


def main() -> None:
    lines = SEED_LINES.read_text(encoding="utf-8").splitlines()
    # As in the seed letter: U+F0A7 (Word's Wingdings bullet) and a space before each name.
    (HERE / "seed_signatories_pasted.txt").write_text(
        "".join(f"\uf0a7 {line}\n" for line in lines), encoding="utf-8")

    write_csv(HERE / "organizations_utf8.csv", ORGANIZATIONS, encoding="utf-8")
    write_csv(HERE / "organizations_utf8_bom.csv", ORGANIZATIONS, encoding="utf-8-sig",
              delimiter=";")
    write_csv(HERE / "organizations_cp1252.csv", WESTERN_ORGANIZATIONS, encoding="cp1252",
              delimiter=";")
    write_csv(HERE / "contacts_cp949.csv", KOREAN_CONTACTS, encoding="cp949")
    write_csv(HERE / "contacts_cp932.csv", JAPANESE_CONTACTS, encoding="cp932")
    # Excel's "Unicode Text": UTF-16 with a byte order mark, tab-separated, saved as .txt.
    write_csv(HERE / "contacts_utf16.txt", UTF16_CONTACTS, encoding="utf-16", delimiter="\t")

    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        (work / "partner_members.fods").write_text(partner_members(), encoding="utf-8")
        (work / "dates_1904.fods").write_text(dates_1904(), encoding="utf-8")
        for name in ("partner_members", "dates_1904"):
            shutil.copyfile(convert(work / f"{name}.fods", work), HERE / f"{name}.xlsx")
        other_formats(work)
        signatories = work / "signatories_column.csv"
        signatories.write_text("".join(f'"{line}"\n' for line in lines), encoding="utf-8")
        # 44,34,76: comma-separated, double quotes, UTF-8.
        converted = convert(signatories, work, csv_filter="CSV:44,34,76,1")
        shutil.copyfile(converted, HERE / "signatories_column.xlsx")
    rewrite_part(HERE / "partner_members.xlsx", HERE / "wrong_dimension.xlsx",
                 "xl/worksheets/sheet1.xml", b'<dimension ref="A1:H9"/>',
                 b'<dimension ref="A1"/>')
    formula_without_value(HERE / "formula_without_value.xlsx")
    data = (HERE / "partner_members.xlsx").read_bytes()
    (HERE / "truncated.xlsx").write_bytes(data[: len(data) // 2])


if __name__ == "__main__":
    main()

"""File names made from recipients' names: always safe, always distinct, never elsewhere."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from coalitiondesk.printing.file_names import safe_stem, unique_file_names


def test_names_as_people_write_them_survive() -> None:
    assert safe_stem("하태경 (Ha Tae Kyung)", fallback="x") == "하태경 (Ha Tae Kyung)"
    assert safe_stem("Amnesty International / AI", fallback="x") == "Amnesty International AI"
    assert safe_stem("../../etc/passwd", fallback="x") == "etc passwd"
    assert safe_stem("CON", fallback="x") == "_CON"
    assert safe_stem(" . ", fallback="recipient 7") == "recipient 7"


def test_same_names_get_numbers_ignoring_case() -> None:
    assert unique_file_names(["Kim", "kim", "Kim", "Lee"], extension=".pdf") == [
        "Kim.pdf", "kim (2).pdf", "Kim (3).pdf", "Lee.pdf"]


@given(st.lists(st.text(min_size=0, max_size=300), min_size=1, max_size=8))
def test_any_names_give_distinct_files_inside_the_folder(names: list[str]) -> None:
    folder = Path("/letters")
    stems = [safe_stem(name, fallback=f"recipient {index}") for index, name in enumerate(names)]
    files = unique_file_names(stems, extension=".pdf")
    assert len({name.casefold() for name in files}) == len(files)
    for name in files:
        assert (folder / name).parent == folder
        assert name not in (".pdf", "..pdf") and not name.startswith((".", " "))
        assert not set(name) & set('<>:"/\\|?*') and name.isprintable()
        assert len(name.encode("utf-8")) <= 255

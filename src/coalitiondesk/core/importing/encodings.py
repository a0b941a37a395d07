"""Which encoding a csv file without a byte-order mark is in, and whether its text looks
garbled.

cp1252 decodes almost any bytes, so a Shift-JIS (cp932) address book read as cp1252
gives "Œ •º‰q" for 権兵衛 without an error. So the East Asian encodings are tried
first: one that decodes the file cleanly, into characters of its own common set
(KS X 1001 for cp949, GB 2312 for GB18030), wins over cp1252 whenever cp1252's
reading is mojibake. Between the East Asian ones, whose byte ranges overlap, the
commonest-character test decides, then charset-normalizer's measure of mess.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable

EAST_ASIAN = ("cp932", "cp949", "gb18030", "big5")
"""In the order preferred when two read a file equally well."""
_SAMPLE = 65536
# Each encoding's common characters, as the older standard it extends names them:
# a Japanese file read as cp949 gives rare syllables (뼹뼰궢) outside KS X 1001.
_COMMON_SET = {"cp949": "euc_kr", "gb18030": "gb2312", "cp932": "euc_jp", "big5": "big5"}
_PLAUSIBLE = 0.9


def _decoded(data: bytes, encoding: str) -> str | None:
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        if len(data) < _SAMPLE:
            return None
        # The sample may end inside a character.
        try:
            text = data[:-3].decode(encoding, errors="strict")
        except UnicodeDecodeError:
            return None
    if any(unicodedata.category(char) in {"Cc", "Co", "Cn"} and char not in "\t\r\n\f"
           for char in text):
        return None
    return text


def plausibility(text: str, encoding: str) -> float:
    """The share of non-ASCII characters that are in the encoding's common set (1.0 for
    text with none)."""
    common = _COMMON_SET.get(encoding)
    wide = [char for char in text if ord(char) > 127]
    if not wide or common is None:
        return 1.0
    fitting = 0
    for char in wide:
        try:
            # EUC-KR spells a syllable outside KS X 1001 as eight bytes of jamo, and
            # EUC-JP the rare JIS X 0212 characters as three.
            fitting += len(char.encode(common)) <= 2
        except UnicodeEncodeError:
            continue
    return fitting / len(wide)


def _mess(text: str) -> float:
    from charset_normalizer.md import mess_ratio

    return float(mess_ratio(text, maximum_threshold=1.0))


def _odd(char: str) -> bool:
    return 127 < ord(char) < 0x2200


def looks_like_mojibake(cells: Iterable[str]) -> bool:
    """Whether text read as cp1252 (or Latin-1) is bytes of another encoding: runs of
    accented letters and symbols inside words, "Ã©" and "–¼–³‚µ‚Ì", in a good share of
    the cells that have any. "Größe" and "Médecins" are words; one odd cell is not
    enough."""
    with_wide = garbled = 0
    for cell in cells:
        if not any(ord(char) > 127 for char in cell):
            continue
        with_wide += 1
        run: list[str] = []
        for char in cell + " ":
            if _odd(char) and not char.isspace():
                run.append(char)
                continue
            if len(run) >= 3 or (len(run) == 2 and not all(c.isalpha() for c in run)):
                garbled += 1
                break
            run = []
    return with_wide > 0 and garbled * 3 >= with_wide


def _cells(text: str) -> list[str]:
    return [cell for line in text.splitlines() for cell in line.split(",")]


def readings(data: bytes) -> list[str]:
    """The East Asian encodings that read the bytes cleanly into common characters, best
    first."""
    sample = data[:_SAMPLE]
    scored: list[tuple[float, float, int, str]] = []
    for position, encoding in enumerate(EAST_ASIAN):
        text = _decoded(sample, encoding)
        if text is None or not any(ord(char) > 127 for char in text):
            continue
        fit = plausibility(text, encoding)
        if fit < _PLAUSIBLE:
            continue
        scored.append((-round(fit, 2), round(_mess(text), 2), position, encoding))
    return [encoding for *_, encoding in sorted(scored)]


def prefer_east_asian(data: bytes) -> str | None:
    """An East Asian encoding when one reads the bytes cleanly and cp1252 cannot, or
    reads mojibake; None to let charset-normalizer choose among the rest."""
    sample = data[:_SAMPLE]
    western = _decoded(sample, "cp1252")
    if western is not None and not looks_like_mojibake(_cells(western)):
        return None
    found = readings(sample)
    return found[0] if found else None


def garbled_text(text: str, encoding: str | None) -> bool:
    """Whether text read in `encoding` looks garbled: mojibake in a Western encoding,
    rare characters in an East Asian one."""
    if encoding is None:
        return False
    name = encoding.replace("_", "-").lower()
    if name in EAST_ASIAN:
        wide = any(ord(char) > 127 for char in text)
        return wide and plausibility(text, name) < _PLAUSIBLE
    if name.startswith("utf"):
        return "\ufffd" in text
    return looks_like_mojibake(_cells(text))


def other_readings(data: bytes, used: str | None) -> list[str]:
    """The encodings, other than the one used, that read the bytes cleanly: what a
    preview of garbled names offers instead."""
    found = readings(data)
    sample = data[:_SAMPLE]
    for encoding in ("utf-8", "cp1252"):
        text = _decoded(sample, encoding)
        if text is not None and not garbled_text(text, encoding):
            found.append(encoding)
    return [encoding for encoding in found if encoding != used]

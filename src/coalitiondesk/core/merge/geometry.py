"""Paper, label sheets and envelopes in millimetres, from the makers' specifications."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Paper(StrEnum):
    a4 = "A4"
    letter = "Letter"


PAPER_SIZE_MM: dict[Paper, tuple[float, float]] = {
    Paper.a4: (210.0, 297.0),
    Paper.letter: (215.9, 279.4),
}


@dataclass(frozen=True)
class LabelSheet:
    name: str
    paper: Paper
    columns: int
    rows: int
    width: float
    height: float
    left: float
    top: float
    pitch_x: float
    pitch_y: float

    @property
    def per_sheet(self) -> int:
        return self.columns * self.rows

    def position(self, index: int) -> tuple[float, float]:
        """Top-left corner of label `index` (0-based, across then down) on its sheet."""
        slot = index % self.per_sheet
        row, column = divmod(slot, self.columns)
        return self.left + column * self.pitch_x, self.top + row * self.pitch_y


LABEL_SHEETS: dict[str, LabelSheet] = {
    sheet.name: sheet
    for sheet in (
        LabelSheet("L7160", Paper.a4, 3, 7, 63.5, 38.1, 7.25, 15.15, 66.0, 38.1),
        LabelSheet("L7163", Paper.a4, 2, 7, 99.1, 38.1, 4.65, 15.15, 101.6, 38.1),
        # 2⅝ × 1 inch labels, ½ inch top margin, 3/16 inch side margin, 2¾ inch pitch.
        LabelSheet("5160", Paper.letter, 3, 10, 66.675, 25.4, 4.7625, 12.7, 69.85, 25.4),
    )
}


@dataclass(frozen=True)
class Envelope:
    name: str
    width: float
    height: float
    # The address window (left, top, width, height) of the standard window
    # envelope of this size; a plain envelope is printed in the same place.
    window: tuple[float, float, float, float]


ENVELOPES: dict[str, Envelope] = {
    envelope.name: envelope
    for envelope in (
        # DIN 680 / ISO 269: window 90 × 45 mm, 20 mm from the left, 15 mm from the bottom.
        Envelope("DL", 220.0, 110.0, (20.0, 50.0, 90.0, 45.0)),
        Envelope("C5", 229.0, 162.0, (20.0, 102.0, 90.0, 45.0)),
        # US #10 window: 4½ × 1⅛ inches, ⅞ inch from the left, ½ inch from the bottom.
        Envelope("10", 241.3, 104.775, (22.225, 63.5, 114.3, 28.575)),
    )
}

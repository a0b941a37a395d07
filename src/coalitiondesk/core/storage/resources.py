"""Where the shipped resources (demo data, templates, label formats) are."""

from __future__ import annotations

from pathlib import Path


def resource_path(*parts: str) -> Path:
    """A file under resources/: inside the installed package, or in the source tree."""
    package = Path(__file__).resolve().parents[2]
    for root in (package / "resources", package.parents[1] / "resources"):
        if root.is_dir():
            return root.joinpath(*parts)
    raise FileNotFoundError("CoalitionDesk's resources folder is missing from this installation")

"""Printing tests paint with QtGui; the application is pytest-qt's QApplication, so that
widget tests later in the same run still get the application they need."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _application(qapp: object) -> None:
    return None

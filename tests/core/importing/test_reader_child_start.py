"""The workbook reader's child process starts light: importing its module (which
imports the importing package first) brings in neither the database layer nor the
rest of the importer, so the child is ready in a fraction of a second."""

from __future__ import annotations

import subprocess
import sys


def test_the_reader_module_imports_nothing_of_the_application() -> None:
    code = ("import sys, coalitiondesk.core.importing.calamine_process\n"
            "print(sorted(name for name in sys.modules if name.startswith("
            "('sqlalchemy', 'sqlmodel', 'openpyxl', 'numpy', 'coalitiondesk.core.'))))")
    loaded = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True).stdout.strip()
    assert loaded == "['coalitiondesk.core.child_process', 'coalitiondesk.core.importing', " \
        "'coalitiondesk.core.importing.calamine_process']"


def test_the_package_still_gives_its_names() -> None:
    from coalitiondesk.core import importing
    from coalitiondesk.core.importing import ImportKind, prepare_import, run_to_end
    from coalitiondesk.core.importing.fields import ImportKind as defined

    assert ImportKind is defined and callable(prepare_import) and callable(run_to_end)
    assert set(importing.__all__) <= set(dir(importing)) | set(importing._WHERE)

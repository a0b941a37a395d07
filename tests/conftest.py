"""Settings every test run needs, whatever subset of the suite is collected."""

import os
from collections.abc import Iterator

import pytest

# GUI tests run without a display: in CI, over SSH, and on developers' machines alike.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True, scope="session")
def _user_data_folder(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Backups (made on start and before migrations) go to the user data folder, and
    window settings and recent files to the config folder: in tests, and the
    command-line processes they start, never the real ones."""
    previous = {name: os.environ.get(name) for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME")}
    os.environ["XDG_DATA_HOME"] = str(tmp_path_factory.mktemp("user-data"))
    os.environ["XDG_CONFIG_HOME"] = str(tmp_path_factory.mktemp("user-config"))
    yield
    for name, value in previous.items():
        if value is None:
            os.environ.pop(name, None)
        else:
            os.environ[name] = value

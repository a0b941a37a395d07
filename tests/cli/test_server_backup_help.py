"""`server backup --help` sends a person wanting a backup the Backups window lists to
`--db URL backup`, not to `copy`."""

from __future__ import annotations

import pytest

from coalitiondesk.cli import main


def test_server_backup_help_names_the_backup_command(
        capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as leaving:
        main(["server", "backup", "--help"])
    assert leaving.value.code == 0
    text = " ".join(capsys.readouterr().out.split())
    assert "`coalitiondesk --db URL backup`" in text
    assert "copy URL FILE" not in text

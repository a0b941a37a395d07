"""Render the user guide's picture of Send by E-mail… on the demo coalition, in English,
as the dialog opens on a 1366x768 screen.

    QT_QPA_PLATFORM=offscreen python docs/screenshots/guide/render_email.py

The demo's people have no e-mail addresses, so a few with one (and one of each
reason to be left out) are added as recipients of the demo's letter.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication

from coalitiondesk.core.demo import load_demo
from coalitiondesk.core.merge.recipients import add_recipients
from coalitiondesk.core.models import Sensitivity
from coalitiondesk.core.records.contacts import create_contact
from coalitiondesk.core.records.letters import letter_by_title
from coalitiondesk.core.records.organizations import find_organization
from coalitiondesk.core.storage.db import open_database
from coalitiondesk.ui.app.i18n import install_translations
from coalitiondesk.ui.dialogs.email_merge_dialog import EmailMergeDialog
from coalitiondesk.ui.dialogs.merge_dialog import fitting_size

HERE = Path(__file__).resolve().parent
SCREEN = QRect(0, 0, 1366, 768)

PEOPLE = (("Jane", "Doe", "Ms", "jane.doe@example.org", {}),
          ("Min-ji", "Park", "Dr", "park@example.kr", {}),
          ("Omar", "Haddad", "Mr", "omar@example.net", {}),
          ("Kept", "Quiet", "Ms", "quiet@example.org", {"do_not_email": True}),
          ("Rae", "Lim", "Ms", "lim@example.org", {"sensitivity": Sensitivity.restricted}),
          ("Ana", "Silva", "Ms", None, {}))


def main() -> None:
    app = QApplication.instance() or QApplication([])
    install_translations("en")
    with tempfile.TemporaryDirectory() as folder:
        # Fresh settings: the picture shows what a new user sees, not this machine's server.
        os.environ["XDG_CONFIG_HOME"] = folder
        os.environ["XDG_DATA_HOME"] = folder
        database = open_database(Path(folder) / "coalitiondesk.sqlite3")
        with database.transaction() as session:
            load_demo(session=session)
            letter = letter_by_title(session=session, title="Letter to Kim Jong-il")
            people = [create_contact(session=session, given_name=given, family_name=family,
                                     honorific=honorific, email=address, **extra)
                      for given, family, honorific, address, extra in PEOPLE]
            network = find_organization(session=session, name="Free NK Gulag")
            assert letter.id is not None and network is not None and network.id is not None
            network.email = "info@freenkgulag.example"
            session.add(network)
            add_recipients(session=session, letter_id=letter.id,
                           contact_ids=[person.id for person in people if person.id],
                           organization_ids=[network.id])
        dialog = EmailMergeDialog(database, letter.id)
        dialog.host.setText("smtp.example.org")
        dialog.user.setText("secretariat")
        dialog.from_address.setText("secretariat@coalition.example")
        dialog.subject.setText("Will {{ organization or full_name }} sign?")
        dialog.compose()
        dialog.attach.setCurrentIndex(dialog.attach.findData("pdf"))
        dialog.messages.setCurrentRow(1)
        dialog.resize(fitting_size(SCREEN))
        dialog.show()
        app.processEvents()
        if not dialog.grab().save(str(HERE / "email-merge.png")):
            raise OSError("could not write email-merge.png")
        dialog.close()
        database.close()

if __name__ == "__main__":
    main()

"""Render the user guide's picture of Send by E-mail… on the demo's people.

    QT_QPA_PLATFORM=offscreen python docs/screenshots/guide/render_email.py
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication

from coalitiondesk.core.merge.recipients import add_recipients
from coalitiondesk.core.models import Sensitivity
from coalitiondesk.core.records.contacts import create_contact
from coalitiondesk.core.records.letters import create_letter
from coalitiondesk.core.records.organizations import create_organization
from coalitiondesk.core.storage.db import open_database
from coalitiondesk.ui.dialogs.email_merge_dialog import EmailMergeDialog

HERE = Path(__file__).resolve().parent
BODY = ("<p>{{ salutation }}</p><p>The coalition invites {{ organization or 'you' }} to "
        "sign its open letter on arbitrary detention. The text is attached; the "
        "signatories so far are listed below it.</p><p>Please answer by Friday, "
        "12 December.</p>")
PEOPLE = (("Jane", "Doe", "Ms", "jane.doe@example.org", {}),
          ("Min-ji", "Park", "Dr", "park@example.kr", {}),
          ("Omar", "Haddad", "Mr", "omar@example.net", {}),
          ("Kept", "Quiet", "Ms", "quiet@example.org", {"do_not_email": True}),
          ("Rae", "Lim", "Ms", "lim@example.org", {"sensitivity": Sensitivity.restricted}),
          ("Ana", "Silva", "Ms", None, {}))


def main() -> None:
    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as folder:
        database = open_database(Path(folder) / "guide.sqlite3")
        with database.transaction() as session:
            letter = create_letter(session=session, title="Open letter on detention",
                                   body=BODY)
            people = [create_contact(session=session, given_name=given, family_name=family,
                                     honorific=honorific, email=address, **extra)
                      for given, family, honorific, address, extra in PEOPLE]
            network = create_organization(session=session, name="Open Network",
                                          email="info@open.example")
            assert letter.id is not None and network.id is not None
            add_recipients(session=session, letter_id=letter.id,
                           contact_ids=[person.id for person in people if person.id],
                           organization_ids=[network.id])
        dialog = EmailMergeDialog(database, letter.id)
        dialog.host.setText("smtp.example.org")
        dialog.user.setText("secretariat")
        dialog.from_address.setText("secretariat@coalition.example")
        dialog.subject.setText("Will {{ organization or full_name }} sign?")
        dialog.compose()
        dialog.attach.setChecked(True)
        dialog.messages.setCurrentRow(1)
        dialog.show()
        dialog.resize(984, 640)
        app.processEvents()
        dialog.grab().save(str(HERE / "email-merge.png"))
        dialog.close()
        database.close()


if __name__ == "__main__":
    main()

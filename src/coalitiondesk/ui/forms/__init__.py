"""Detail forms shown beside the tables: one record, edited, checked, never written here."""

from coalitiondesk.ui.forms.contact_form import ContactForm
from coalitiondesk.ui.forms.organization_form import OrganizationForm
from coalitiondesk.ui.forms.record_form import DiscardChoice, RecordForm, ask_to_save

__all__ = ["ContactForm", "DiscardChoice", "OrganizationForm", "RecordForm", "ask_to_save"]

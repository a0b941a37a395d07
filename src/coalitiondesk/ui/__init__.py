"""The PySide6 desktop interface. Widgets here only call `coalitiondesk.core` services."""

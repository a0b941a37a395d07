"""The dialogs the main window opens."""

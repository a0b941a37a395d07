"""Widgets that pages and dialogs are built from."""

"""Printing and PDF output with QtGui only (no widgets), for the GUI and the command line."""

"""Merge-printing without Qt: templates, address blocks, recipients' printability,
the merged documents, and label and envelope geometry in millimetres.

`printing/` turns a `MergeJob` into pages; the GUI and the command line only
ask this package what to print and `printing` how.
"""

"""The change journal: operations, versions, undo and redo, erasure of deleted people."""

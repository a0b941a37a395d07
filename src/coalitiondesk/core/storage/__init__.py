"""Where the data lives: the database file, its schema migrations, backups, damage checks, the
lock, settings kept in it, scratch files.
"""

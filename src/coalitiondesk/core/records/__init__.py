"""The coordinator's records and the rules they obey: organizations, contacts, letters,
activities, membership, tags, search.
"""

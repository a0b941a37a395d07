"""Translated words for what core stores or says: enum values, journal labels, messages."""

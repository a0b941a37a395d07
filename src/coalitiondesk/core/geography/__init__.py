"""Countries, regions, addresses and personal names: what a letter needs to reach a person in
their country.
"""

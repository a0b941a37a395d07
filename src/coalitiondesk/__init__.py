"""CoalitionDesk: membership, sign-on letters and mailings for a coalition secretariat."""

__version__ = "0.1.0"
APP_NAME = "CoalitionDesk"
# Reverse-DNS id: the .desktop and AppStream file names, the icon name, the macOS bundle id.
APP_ID = "org.coalitiondesk.CoalitionDesk"

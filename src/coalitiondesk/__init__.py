"""CoalitionDesk: membership, sign-on letters and mailings for a coalition secretariat."""

__version__ = "0.1.0"
APP_NAME = "CoalitionDesk"

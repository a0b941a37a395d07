"""Qt item models over core services."""

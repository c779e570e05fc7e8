"""Qt item models over the storage layer."""

"""The language of the content Crisis Room ships (no Qt here)."""

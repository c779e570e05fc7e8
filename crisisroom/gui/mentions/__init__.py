"""Mentions in the window: the panel, importing, adding by hand, the rules."""

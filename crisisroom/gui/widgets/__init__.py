"""Custom widgets of the main window."""

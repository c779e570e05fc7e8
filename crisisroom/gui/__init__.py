"""Qt (PySide6) user interface of Crisis Room."""

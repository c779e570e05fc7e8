"""The main window, in parts: the window (window.py), its actions (actions.py), the crisis log
(log_panel.py), the dashboard (dashboard.py), and the status bar's checks and the backups (backups.py).

``from crisisroom.gui.main_window import MainWindow`` is the way in.
"""

from crisisroom.gui.main_window.window import MainWindow

__all__ = ["MainWindow"]

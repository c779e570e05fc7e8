"""Paper: reports laid out as PDF pages.

The one place outside ``crisisroom/gui`` allowed to import Qt, and only its non-widget parts
(``PySide6.QtGui`` and ``PySide6.QtCore``, never ``QtWidgets``): DESIGN.md draws PDFs with Qt's
QTextDocument and QPdfWriter, and the command line makes the same PDF as the window without
loading the window. It needs a QGuiApplication for fonts and text layout and makes one (offscreen
on a Linux machine without a display) when the process has none. ``tests/unit/test_layering.py``
holds it to this.
"""

"""Readers of social-listening exports: CSV/TSV, JSON arrays, JSON lines and XLSX.

The public entry points live in :mod:`crisisroom.importers.pipeline` (``preview`` and ``parse``).
This package is pure Python: it never imports Qt or sqlite, and it imports heavy libraries
(openpyxl, vaderSentiment) only when a file needs them, so importing it costs nothing at startup.
"""

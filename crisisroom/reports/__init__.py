"""Texts made from templates: message drafts (plain text) and shareable reports (HTML).

``environments`` holds the two jinja2 environments (DESIGN.md, "Templates and reports"),
``messages`` renders message templates into drafts, and ``templates/`` is package data: the
templates we ship, which users may override with their own edits (kept in the database).
"""

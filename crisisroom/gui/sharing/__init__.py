"""Sharing an incident with the team's other laptops (issue 18): the Share and Join dialogs, admitting a
laptop, the team panel, and the watch on the shared folders that brings the others' entries in."""

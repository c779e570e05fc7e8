"""Sharing an incident between laptops through a folder that something else keeps in step.

Syncthing, a network share, a cloud-drive folder or a USB stick moves the files; Crisis Room only
writes new immutable files into its own subfolder and reads the others' (DESIGN.md, "Sharing an
incident"). ``format`` is the files' shape, ``keys`` the team key and fingerprints, ``folder`` the
layout on disk; the merge itself is in ``storage/sharing.py``, the use cases in ``services/sharing.py``.
"""

"""Tabletop drills: scenario files, the simulated clock, the runner that plays injects, the after-action.

No Qt here: the drill runner window (gui/) drives these modules, and so does ``crisisroom drill``.
"""

"""Colours and type size of the charts: plain data, so the GUI can pick them without matplotlib."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ChartStyle:
    """Colours and type size. The defaults suit a light window; the GUI passes its palette's."""

    background: str = "#ffffff"
    text: str = "#2c3e50"
    muted: str = "#7f8c8d"
    grid: str = "#e5e8eb"
    negative: str = "#c0392b"  # a muted red: alarming enough to read, calm enough to live with
    other: str = "#b4c3d3"  # grey-blue, so the negative part is what the eye finds
    unscored: str = "#b7a3d6"  # a light violet: shown apart from the others, neither alarm nor calm
    threshold: str = "#9a6a1f"  # dark amber: a warning level, not an alarm
    firing: str = "#34495e"
    font_size: float = 8.5

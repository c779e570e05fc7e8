"""Render the application icon for desktop packages: hicolor PNGs from the one SVG source.

Usage (from any directory, with the project's interpreter)::

    python packaging/make_icons.py

Writes ``packaging/icons/hicolor/scalable/apps/org.crisisroom.CrisisRoom.svg`` (a copy of
``resources/icons/crisisroom.svg``) and ``packaging/icons/hicolor/<n>x<n>/apps/org.crisisroom.CrisisRoom.png``
for every size in :data:`SIZES`, drawn by Qt's own SVG renderer (QSvgRenderer), the same one the
running app uses for its window icon. The results are committed; run this again after the SVG changes.
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

APP_ID = "org.crisisroom.CrisisRoom"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "resources" / "icons" / "crisisroom.svg"
HICOLOR = ROOT / "packaging" / "icons" / "hicolor"


def render(source: Path, size: int, target: Path) -> None:
    """Draw ``source`` into a transparent ``size``×``size`` PNG at ``target``."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(source))
    if not renderer.isValid():
        raise SystemExit(f"make_icons: {source} is not an SVG Qt can draw")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    target.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(target), "PNG"):
        raise SystemExit(f"make_icons: could not write {target}")


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # no window is shown; works on a build server
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    scalable = HICOLOR / "scalable" / "apps" / f"{APP_ID}.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(SOURCE, scalable)
    print(f"wrote {scalable.relative_to(ROOT)}")
    for size in SIZES:
        target = HICOLOR / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        render(SOURCE, size, target)
        print(f"wrote {target.relative_to(ROOT)}")
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())

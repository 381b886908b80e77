"""Render resources/icons/backprop_studio.svg to PNGs (256 px and smaller) with QtSvg.

    .venv/bin/python tools/render_icon.py

Run it from the repository's folder after editing the SVG. The PNGs are for
platforms and packagers that cannot read SVG icons (the sizes of Linux menus'
hicolor theme, see resources/desktop_entry.py); the app itself prefers the SVG
(sharp at any DPI).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ICON_DIR = ROOT / "resources" / "icons"
SVG = ICON_DIR / "backprop_studio.svg"
SIZES = (256, 128, 64, 48, 32, 16)
LARGEST = 256  # written as backprop_studio.png, the others as backprop_studio_<size>.png


def render(svg: Path = SVG, sizes: tuple[int, ...] = SIZES, out_dir: Path = ICON_DIR) -> list[Path]:
    """One backprop_studio_<size>.png per size (backprop_studio.png for 256 px)."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"render_icon.py: error: {svg} is not a valid SVG")
    written = []
    for size in sizes:
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        name = "backprop_studio.png" if size == LARGEST else f"backprop_studio_{size}.png"
        path = out_dir / name
        if not image.save(str(path)):
            raise SystemExit(f"render_icon.py: error: could not write {path}")
        written.append(path)
    return written


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    chosen = tuple(int(arg) for arg in sys.argv[1:]) or SIZES  # e.g. `render_icon.py 128 48`: only those
    for written_path in render(sizes=chosen):
        print(f"wrote {written_path.relative_to(ROOT)}")

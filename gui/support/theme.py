"""Look: the app icon, a dark palette for previews, and colours that stay readable on light and dark.

The colour map itself is gui/colors.py. Its two ends (orange, blue) are chosen
for colour-blind safety, not for contrast against every background: on a dark
theme the blue is too dark for thin lines and text. ``readable`` lightens (or
darkens) a colour just enough to reach a WCAG contrast ratio against the
theme's background, keeping its hue, so a line or a label means the same thing
in both themes.
"""

from __future__ import annotations


from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QIcon, QPalette
from PySide6.QtWidgets import QApplication

from ...resources import resource_dir
from ..views.plot_style import is_dark

Rgb = tuple[int, int, int]

ICON_DIR = resource_dir("icons")
ICON_SVG = ICON_DIR / "backprop_studio.svg"
ICON_PNGS = {256: "backprop_studio.png", 64: "backprop_studio_64.png", 32: "backprop_studio_32.png",
             16: "backprop_studio_16.png"}

#: WCAG 2 minimum contrast: 4.5 for text, 3 for lines and marks that carry meaning.
TEXT_CONTRAST = 4.5
GRAPHIC_CONTRAST = 3.0

__all__ = ["app_icon", "dark_palette", "light_palette", "apply_palette", "is_dark", "relative_luminance",
           "contrast_ratio", "readable", "readable_on", "background", "text_on"]


def app_icon() -> QIcon:
    """The window icon: the SVG (sharp at any scale) plus PNGs for the small sizes."""
    icon = QIcon()
    for size, name in sorted(ICON_PNGS.items()):
        path = ICON_DIR / name
        if path.exists():
            icon.addFile(str(path), QSize(size, size))
    if ICON_SVG.exists():
        icon.addFile(str(ICON_SVG))
    return icon


def dark_palette() -> QPalette:
    """A dark palette (Fusion style) for previews, screenshots and tests of the dark theme."""
    p = QPalette()
    roles = QPalette.ColorRole
    colours = {
        roles.Window: (45, 45, 48), roles.WindowText: (225, 225, 225), roles.Base: (30, 30, 32),
        roles.AlternateBase: (45, 45, 48), roles.ToolTipBase: (60, 60, 64), roles.ToolTipText: (235, 235, 235),
        roles.Text: (225, 225, 225), roles.Button: (55, 55, 58), roles.ButtonText: (225, 225, 225),
        roles.BrightText: (255, 90, 90), roles.Link: (120, 175, 235), roles.Highlight: (60, 120, 190),
        roles.HighlightedText: (255, 255, 255), roles.PlaceholderText: (150, 150, 150),
        roles.Light: (80, 80, 84), roles.Midlight: (65, 65, 68), roles.Mid: (90, 90, 95),
        roles.Dark: (25, 25, 27), roles.Shadow: (0, 0, 0),
    }
    for role, rgb in colours.items():
        p.setColor(role, QColor(*rgb))
    for role in (roles.WindowText, roles.Text, roles.ButtonText):
        p.setColor(QPalette.ColorGroup.Disabled, role, QColor(130, 130, 130))
    return p


def light_palette() -> QPalette:
    """The style's own (light) palette."""
    style = QApplication.style()
    return style.standardPalette() if style is not None else QPalette()


def apply_palette(app: QApplication, dark: bool) -> None:
    """Switch the whole app to a dark or light palette (Fusion draws palettes faithfully)."""
    app.setStyle("Fusion")
    app.setPalette(dark_palette() if dark else light_palette())


def relative_luminance(rgb: Rgb) -> float:
    """WCAG relative luminance of an sRGB colour, 0 (black) … 1 (white)."""
    def channel(c: int) -> float:
        c = c / 255.0
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(c) for c in rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast_ratio(a: Rgb, b: Rgb) -> float:
    """WCAG contrast ratio, 1 (same) … 21 (black on white)."""
    la, lb = sorted((relative_luminance(a), relative_luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def background(palette: QPalette) -> Rgb:
    c = palette.color(QPalette.ColorRole.Base)
    return c.red(), c.green(), c.blue()


def readable(rgb: Rgb, behind: Rgb, minimum: float = GRAPHIC_CONTRAST) -> Rgb:
    """``rgb`` mixed towards white (on dark) or black (on light) until its contrast with ``behind`` ≥ minimum."""
    if contrast_ratio(rgb, behind) >= minimum:
        return rgb
    target = (255, 255, 255) if relative_luminance(behind) < 0.18 else (0, 0, 0)
    low, high = 0.0, 1.0  # fraction of the way to the target; bisection keeps the hue as far as possible
    for _ in range(20):
        mid = (low + high) / 2
        mixed = tuple(round(c + (t - c) * mid) for c, t in zip(rgb, target))
        if contrast_ratio(mixed, behind) >= minimum:
            high = mid
        else:
            low = mid
    return tuple(round(c + (t - c) * high) for c, t in zip(rgb, target))  # type: ignore[return-value]


def readable_on(palette: QPalette, rgb: Rgb, minimum: float = GRAPHIC_CONTRAST) -> QColor:
    """``rgb`` adjusted for the palette's background (Base), as a QColor for pens and labels."""
    return QColor(*readable(rgb, background(palette), minimum))


def text_on(fill: Rgb) -> Rgb:
    """Black or white, whichever reads better on a ``fill``-coloured cell or node."""
    return (255, 255, 255) if contrast_ratio((255, 255, 255), fill) > contrast_ratio((20, 20, 20), fill) else (20, 20, 20)

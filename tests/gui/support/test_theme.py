"""Look: the app icon exists at every size, and the app's colours stay readable on light and dark themes."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QPalette

from backprop_studio.gui.support import colors
from backprop_studio.gui.support.theme import (
    GRAPHIC_CONTRAST, TEXT_CONTRAST, app_icon, background, contrast_ratio, dark_palette, is_dark, light_palette,
    readable, readable_on, relative_luminance, text_on,
)


def test_contrast_ratio_matches_the_wcag_reference_values():
    assert contrast_ratio((0, 0, 0), (255, 255, 255)) == pytest.approx(21.0)
    assert contrast_ratio((255, 255, 255), (255, 255, 255)) == pytest.approx(1.0)
    assert relative_luminance((255, 255, 255)) == pytest.approx(1.0)
    # #777777 on white is the classic "just below 4.5" grey.
    assert contrast_ratio((0x77, 0x77, 0x77), (255, 255, 255)) == pytest.approx(4.48, abs=0.01)


@pytest.mark.parametrize("palette_kind", ["light", "dark"])
@pytest.mark.parametrize("rgb", [colors.NEGATIVE, colors.POSITIVE, *colors.CLASS_COLORS[2:7]])
def test_every_app_colour_is_made_readable_on_either_theme(qapp, palette_kind, rgb):
    palette = dark_palette() if palette_kind == "dark" else light_palette()
    behind = background(palette)
    for minimum in (GRAPHIC_CONTRAST, TEXT_CONTRAST):
        adjusted = readable(rgb, behind, minimum)
        assert contrast_ratio(adjusted, behind) >= minimum
        if contrast_ratio(rgb, behind) >= minimum:
            assert adjusted == rgb  # colours that already read are left alone
    assert readable_on(palette, rgb).isValid()


def test_the_blue_end_is_lightened_on_dark_and_keeps_its_hue(qapp):
    behind = background(dark_palette())
    assert contrast_ratio(colors.POSITIVE, behind) < TEXT_CONTRAST  # blue text on dark: why the helper exists
    lighter = readable(colors.POSITIVE, behind, TEXT_CONTRAST)
    assert relative_luminance(lighter) > relative_luminance(colors.POSITIVE)
    assert lighter[2] > lighter[0]  # still blue


def test_text_on_a_fill_picks_the_readable_ink():
    assert text_on(colors.NEUTRAL) == (20, 20, 20)
    assert text_on((0, 0, 0)) == (255, 255, 255)
    assert text_on(colors.POSITIVE) == (255, 255, 255)


def test_the_dark_palette_is_dark_and_the_light_one_is_not(qapp):
    assert is_dark(dark_palette()) and not is_dark(light_palette())
    dark = dark_palette()
    assert contrast_ratio(background(dark), _rgb(dark, QPalette.ColorRole.Text)) >= TEXT_CONTRAST


def test_the_app_icon_has_the_sizes_a_desktop_asks_for(qapp):
    icon = app_icon()
    assert not icon.isNull()
    for size in (16, 32, 64, 256):
        pixmap = icon.pixmap(size, size)
        assert not pixmap.isNull() and pixmap.width() == size


def _rgb(palette: QPalette, role: QPalette.ColorRole) -> tuple[int, int, int]:
    c = palette.color(role)
    return c.red(), c.green(), c.blue()

"""DiagramLegend: what the network diagram's colours and widths mean, in two lines of text.

    ━━ w < 0   ━━ w > 0   thicker = larger |w|
    ▢ forward: A[l] computed   ▢ cost J   ╍╍ backward: |dW[l]|

A rich-text QLabel (the swatches are coloured characters), so it follows the
theme's font, wraps in narrow docks and needs no painting of its own.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QWidget

from ...support import colors
from .style import BACKWARD_COLOR, COST_COLOR, FORWARD_COLOR

GAP = "&nbsp;&nbsp; "


def _swatch(rgb: tuple[int, int, int], glyph: str = "━━") -> str:
    return f'<span style="color:{QColor(*rgb).name()}; font-weight:bold">{glyph}</span>'


def _unbreakable(text: str) -> str:
    """Chinese ``text`` that never wraps inside: no-break spaces and word joiners (U+2060) between characters.

    Qt ignores white-space:nowrap on a span, and Chinese may break between any two characters, so an
    entry like "反向：|dW[l]|" would otherwise split in the middle of its formula. Text without CJK
    characters is returned as it is (the span keeps it whole).
    """
    if not any("\u3000" <= c <= "\u9fff" or "\uff00" <= c <= "\uffef" for c in text):
        return text
    return "\u2060".join(text.replace(" ", "\u00a0"))


def _entry(text: str, swatch: str = "") -> str:
    """One legend entry: translated ``text`` (HTML-escaped) with %1 replaced by a colour swatch."""
    inner = swatch.join(escape(_unbreakable(part)) for part in text.split("%1"))
    return f'<span style="white-space:nowrap">{inner}</span>'


class DiagramLegend(QLabel):
    """Edge colours (the sign of w) and widths (|w|), then the colours of the phases."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.retranslate()

    def retranslate(self) -> None:
        weights = GAP.join([
            _entry(self.tr("%1 w < 0"), _swatch(colors.NEGATIVE)),
            _entry(self.tr("%1 w > 0"), _swatch(colors.POSITIVE)),
            _entry(self.tr("thicker = larger |w|")),
        ])
        phases = GAP.join([
            _entry(self.tr("%1 forward: A[l] computed"), _swatch(FORWARD_COLOR, "▢")),
            _entry(self.tr("%1 cost J"), _swatch(COST_COLOR, "▢")),
            _entry(self.tr("%1 backward: |dW[l]|"), _swatch(BACKWARD_COLOR, "╍╍")),
        ])
        self.setText(f"{weights}<br>{phases}")
        self.setToolTip(self.tr(
            "The small map in each neuron is its output a over the (x₁, x₂) plane. Hover an edge or a neuron "
            "for its numbers; click a neuron to show it in the big view; double-click an edge to type a weight, "
            "a neuron to type its bias."))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

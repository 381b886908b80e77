"""DiagramLegend: what the network diagram's colours and widths mean.

    ━━ w < 0   ━━ w > 0   thicker = larger |w|  ━ 0.1  ━ 1  ━ 2.5  ━ ≥ 5
    ▢ forward: A[l] computed   ▢ cost J   ╍╍ backward: |dW[l]|

The width samples are real edges: each is drawn with the width an edge of that
|w| has in the diagram (one fixed scale, see ``style.edge_width``), so the
legend states the scale rather than "thicker is larger". Entries are whole
labels in a flow layout: a narrow view puts an entry on the next line, it never
wraps inside one or cuts it.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QEvent, QLineF, Qt
from PySide6.QtGui import QColor, QPainter, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QWidget

from ...support import colors
from ..flow_layout import FlowLayout
from .style import BACKWARD_COLOR, COST_COLOR, FORWARD_COLOR, EDGE_FULL_SCALE, cosmetic_pen, edge_width

#: The |w| of the width samples; the last one is the widest an edge gets.
SAMPLES = (0.1, 1.0, 2.5, EDGE_FULL_SCALE)
SAMPLE_LENGTH = 22  # pixels


def _swatch(rgb: tuple[int, int, int], glyph: str = "━━") -> str:
    return f'<span style="color:{QColor(*rgb).name()}; font-weight:bold">{glyph}</span>'


def _entry(text: str, swatch: str = "") -> str:
    """One legend entry: translated ``text`` (HTML-escaped) with %1 replaced by a colour swatch."""
    return swatch.join(escape(part) for part in text.split("%1"))


def sample_text(value: float) -> str:
    """The number under a width sample: "0.1", "1", "≥ 5" (the last one stands for every larger |w|)."""
    number = f"{value:g}"
    return f"≥ {number}" if value >= EDGE_FULL_SCALE else number


class DiagramLegend(QWidget):
    """Edge colours (the sign of w) and widths (|w| on one scale), then the colours of the phases."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._flow = FlowLayout(self, spacing=12, line_spacing=2)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self._labels = {key: self._label() for key in ("negative", "positive", "width",
                                                        "forward", "cost", "backward")}
        self._scale = QWidget(self)
        row = QHBoxLayout(self._scale)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(3)
        row.addWidget(self._labels["width"])
        self.samples: list[tuple[QLabel, QLabel]] = []
        for value in SAMPLES:
            line, number = QLabel(self._scale), QLabel(sample_text(value), self._scale)
            row.addSpacing(4)
            row.addWidget(line)
            row.addWidget(number)
            self.samples.append((line, number))
        for key in ("negative", "positive"):
            self._flow.addWidget(self._labels[key])
        self._flow.addWidget(self._scale)
        for key in ("forward", "cost", "backward"):
            self._flow.addWidget(self._labels[key])
        self._draw_samples()
        self.retranslate()

    def set_compact(self, on: bool) -> None:
        """Presentation mode: the edges' colours and widths only; the phases' colours are the breadcrumb's
        chips above the diagram already, and the diagram keeps the height."""
        for key in ("forward", "cost", "backward"):
            self._labels[key].setVisible(not on)

    def add_trailing(self, widget: QWidget) -> None:
        """Put ``widget`` after the entries (on the last line, or a line of its own when there is no room)."""
        widget.setParent(self)
        self._flow.addWidget(widget)

    def _label(self) -> QLabel:
        label = QLabel(self)
        label.setTextFormat(Qt.TextFormat.RichText)
        return label

    def text(self) -> str:
        """Every entry's text, as shown (rich text), in reading order."""
        parts = [self._labels[key].text() for key in ("negative", "positive", "width")]
        parts += [number.text() for _, number in self.samples]
        parts += [self._labels[key].text() for key in ("forward", "cost", "backward")]
        return "  ".join(parts)

    def retranslate(self) -> None:
        labels = self._labels
        labels["negative"].setText(_entry(self.tr("%1 w < 0"), _swatch(colors.NEGATIVE)))
        labels["positive"].setText(_entry(self.tr("%1 w > 0"), _swatch(colors.POSITIVE)))
        labels["width"].setText(_entry(self.tr("thicker = larger |w|")))
        labels["forward"].setText(_entry(self.tr("%1 forward: A[l] computed"), _swatch(FORWARD_COLOR, "▢")))
        labels["cost"].setText(_entry(self.tr("%1 cost J"), _swatch(COST_COLOR, "▢")))
        labels["backward"].setText(_entry(self.tr("%1 backward: |dW[l]|"), _swatch(BACKWARD_COLOR, "╍╍")))
        self._scale.setToolTip(self.tr(
            "Edge width is |w| on one scale for every layer and every iteration: from the thinnest line at "
            "w = 0 to the widest at |w| = %1 and beyond. Small initial weights (×0.01) look thin, large "
            "ones (×10) heavy.").replace("%1", f"{EDGE_FULL_SCALE:g}"))
        self.setToolTip(self.tr(
            "The small map in each neuron is its output a over the (x₁, x₂) plane. Hover an edge or a neuron "
            "for its numbers; click a neuron to show it in the big view; double-click an edge to type a weight, "
            "a neuron to type its bias."))

    def _draw_samples(self) -> None:
        """Each sample: a short edge exactly as wide as the diagram draws one of that |w|."""
        ratio = max(1.0, self.devicePixelRatioF())
        height = max(10, self.fontMetrics().height())
        for (line, _), value in zip(self.samples, SAMPLES):
            pixmap = QPixmap(round(SAMPLE_LENGTH * ratio), round(height * ratio))
            pixmap.setDevicePixelRatio(ratio)
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(cosmetic_pen(colors.POSITIVE, edge_width(value)))
            painter.drawLine(QLineF(0, height / 2, SAMPLE_LENGTH, height / 2))
            painter.end()
            line.setPixmap(pixmap)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.FontChange:
            self._draw_samples()
        super().changeEvent(event)

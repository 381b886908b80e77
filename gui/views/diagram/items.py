"""The network diagram's items: where each neuron and edge sits, and how they look.

``DiagramItems`` builds the scene's items for one architecture (layer_dims,
activations, input labels) once; afterwards only their pens, pixmaps and texts
change, so restyling at frame rate stays cheap. Every item is a stock C++ item
(rect, line, pixmap, simple text): nothing here paints in Python.

A layer with more than SUMMARY_ABOVE units is summarised: its first
SUMMARY_HEAD and last SUMMARY_TAIL neurons are drawn with a "⋮ k more" label
between them, and only the edges among drawn neurons — never a tangle.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Mapping

import numpy as np
from PySide6.QtCore import QCoreApplication, QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsLineItem, QGraphicsPixmapItem, QGraphicsRectItem, QGraphicsScene

from ....core.nn.activations import get_activation
from ...support import colors
from ...support.messages import activation_label
from .style import (BACKWARD_COLOR, COL, COL_COMPACT, COMPACT_ABOVE, FORWARD_COLOR, GLOW_WIDTH, MIN_EDGE, NODE,
                    RING, ROW, SUMMARY_ABOVE, SUMMARY_HEAD, SUMMARY_TAIL, ZERO_EDGE, cosmetic_pen, edge_width,
                    map_images, map_levels, rgb_pixmap, short, shown_units, sub)
from .text import DiagramText

Array = np.ndarray

@dataclass
class Neuron:
    """The items of one drawn neuron a[layer]_unit."""

    layer: int
    unit: int
    centre: QPointF
    frame: QGraphicsRectItem
    image: QGraphicsPixmapItem
    glow: QGraphicsRectItem  # phase ring (forward / cost / backward)
    ring: QGraphicsRectItem  # selection ring
    bias: DiagramText | None
    badge: QGraphicsRectItem  # the light backing of badge_text (shown and hidden with it)
    badge_text: DiagramText  # one example's value, over the top of the map


@dataclass
class EdgeLayer:
    """The drawn edges of W[l]: edge e joins a[l-1]_cols[e] to a[l]_rows[e]."""

    rows: Array
    cols: Array
    lines: list[QGraphicsLineItem]
    glows: list[QGraphicsLineItem]


class DiagramItems:
    """All items of one architecture in ``scene``; restyled from parameters, maps and phase events."""

    def __init__(self, scene: QGraphicsScene, layer_dims: list[int], activations: list[str],
                 input_labels: list[str], text_color: QColor, font: QFont) -> None:
        self.scene = scene
        self.layer_dims = list(layer_dims)
        self.activations = list(activations)
        #: Per layer l ≥ 1 (index l - 1): does g[l]'s output read as a probability (maps coloured 0..1)?
        self._probability_like = [get_activation(name).probability_like for name in self.activations]
        self.L = len(layer_dims) - 1
        self.compact = self.L > COMPACT_ABOVE
        self.col = self.base_col = COL_COMPACT if self.compact else COL  # col: spread wider by the view
        self._text_color = QColor(text_color)
        self._font = QFont(font)
        self._pens: dict[tuple[int, int], QPen] = {}
        self._map_resolution = 0
        self.neurons: dict[tuple[int, int], Neuron] = {}
        self.edges: dict[int, EdgeLayer] = {}
        self.hidden_counts: dict[int, int] = {}  # layer → units not drawn
        self.summary_labels: dict[int, DiagramText] = {}
        self.texts: list[DiagramText] = []  # every text but the example badges, which come and go
        self.badges: list[DiagramText] = []
        self.headers: dict[int, tuple[DiagramText, DiagramText]] = {}  # l → (a[l], g[l]) over the column
        self.weight_labels: list[DiagramText] = []
        self.biases_shown = True  # False when the rows are too close for a readable bias under each neuron
        # J during the cost phase: under the output neuron and its bias (the layout keeps room for it).
        self.cost_text = self._text("", 13, bold=True, h=0.5, v=0.0, dy=2)
        self.cost_text.setBrush(QBrush(colors.qcolor((150, 100, 0))))
        self.cost_text.hide()
        top = self._build_neurons(input_labels)
        outputs = [n.centre for (l, _), n in self.neurons.items() if l == self.L]
        self.cost_text.place(self.L * self.col, max(c.y() for c in outputs) + NODE / 2 + RING, self.L)
        self._build_edges()
        self._build_labels(top)
        self.segments()  # texts get their sizes from the view (.zoom), which fits them to its zoom

    # ------------------------------------------------------------------ building
    def _text(self, text: str, pixels: float, bold: bool = False, **where: float | None) -> DiagramText:
        """A diagram text of base size ``pixels`` (see .text: it keeps readable at any zoom)."""
        item = DiagramText(pixels, self._font, self._text_color, bold=bold, **where)
        item.show_text(text)
        self.scene.addItem(item)
        self.texts.append(item)
        return item

    def _slots(self, n: int) -> list[float]:
        """Vertical centres of a column's slots (drawn units plus the summary slot), centred on 0."""
        count = n if n <= SUMMARY_ABOVE else SUMMARY_HEAD + 1 + SUMMARY_TAIL
        return [(s - (count - 1) / 2) * ROW for s in range(count)]

    def _build_neurons(self, input_labels: list[str]) -> float:
        """Every drawn neuron; returns the y of the highest one's top (for the headers)."""
        top = 0.0
        half = NODE / 2
        for l, n in enumerate(self.layer_dims):
            x = l * self.col
            ys = self._slots(n)
            units = shown_units(n)
            if n > SUMMARY_ABOVE:
                self.hidden_counts[l] = n - len(units)
                label = self._text(self.more_text(n - len(units)), 13, room=self.col - NODE / 2)
                label.room_margin = NODE / 2
                label.place(x, ys[SUMMARY_HEAD], l)
                self.summary_labels[l] = label
                ys = ys[:SUMMARY_HEAD] + ys[SUMMARY_HEAD + 1:]
            top = min(top, ys[0] - half)
            for unit, y in zip(units, ys):
                self.neurons[(l, unit)] = self._neuron(l, unit, QPointF(x, y))
                if l == 0:
                    self._text(input_labels[unit], 14, h=1.0, dx=-6).place(x - half - RING, y)
                elif l == self.L:
                    self._text("ŷ" + (sub(unit + 1) if n > 1 else ""), 15, h=0.0, dx=6).place(x + half + RING, y, l)
        return top

    def _neuron(self, l: int, unit: int, c: QPointF) -> Neuron:
        half = NODE / 2
        square = QRectF(c.x() - half, c.y() - half, NODE, NODE)
        frame = self.scene.addRect(square, cosmetic_pen((110, 110, 110), 1.0))
        frame.setZValue(3)
        image = QGraphicsPixmapItem()
        image.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
        image.setPos(square.topLeft())
        image.setZValue(2)
        self.scene.addItem(image)
        outer = square.adjusted(-RING, -RING, RING, RING)
        glow = self.scene.addRect(outer, QPen(colors.qcolor(FORWARD_COLOR), GLOW_WIDTH))
        glow.setZValue(1.5)
        glow.hide()
        ring = self.scene.addRect(outer.adjusted(-2, -2, 2, 2), QPen(self._text_color, 3.0))
        ring.setZValue(4)
        ring.hide()
        bias = None
        if l > 0:  # under the square, clear of its glow ring
            bias = self._text("", 13, v=0.0, dy=1)
            bias.place(c.x(), c.y() + half + RING, l)
            softer = QColor(self._text_color)
            softer.setAlpha(190)  # the bias is read less often than the labels
            bias.setBrush(QBrush(softer))
        # One example's value over the top of the map, on a light backing that follows the text's size.
        badge_text = DiagramText(11, self._font, QColor(20, 20, 20), bold=True, v=0.0, dy=1)
        badge_text.place(c.x(), c.y() - half, l)
        badge_text.setZValue(5)
        self.scene.addItem(badge_text)
        self.badges.append(badge_text)
        badge = QGraphicsRectItem(badge_text)
        badge.setFlag(QGraphicsItem.GraphicsItemFlag.ItemStacksBehindParent)
        badge.setPen(QPen(Qt.PenStyle.NoPen))
        badge.setBrush(QBrush(QColor(255, 255, 255, 225)))
        badge_text.hide()
        return Neuron(l, unit, c, frame, image, glow, ring, bias, badge, badge_text)

    def _build_edges(self) -> None:
        half = NODE / 2
        for l in range(1, self.L + 1):
            rows = shown_units(self.layer_dims[l])
            cols = shown_units(self.layer_dims[l - 1])
            pairs = [(j, k) for j in rows for k in cols]
            lines, glows = [], []
            for j, k in pairs:
                a, b = self.neurons[(l - 1, k)].centre, self.neurons[(l, j)].centre
                line = QLineF(a.x() + half, a.y(), b.x() - half, b.y())
                item = self.scene.addLine(line, cosmetic_pen(ZERO_EDGE, MIN_EDGE))
                item.setZValue(0)
                glow = self.scene.addLine(line, cosmetic_pen(BACKWARD_COLOR, 2.0))
                glow.setZValue(1)
                glow.hide()
                lines.append(item)
                glows.append(glow)
            self.edges[l] = EdgeLayer(np.array([p[0] for p in pairs], dtype=np.intp),
                                      np.array([p[1] for p in pairs], dtype=np.intp), lines, glows)

    def _build_labels(self, top: float) -> None:
        """Headers a[l] / g[l] above the columns; W[l]'s shape between the columns, at the bottom.

        Each has the width of a column: when the diagram is small a shorter form is shown
        ("g[1] = tanh" becomes "tanh"), never text smaller than the readable minimum."""
        bottom = max(n.centre.y() for n in self.neurons.values()) + NODE / 2 + RING
        room = self.col - 8
        for l, n in enumerate(self.layer_dims):
            x = l * self.col
            name = f"a[{l}]"
            long_name = name + (" = x" if l == 0 else " = ŷ" if l == self.L else "")
            header = self._text("", 16, bold=True, v=1.0, room=room)
            header.room_margin = 8
            header.show_text(long_name, name)
            header.place(x, top - RING, l)
            detail = self._text("", 13, v=1.0, dy=-4, room=room)
            detail.room_margin = 8
            if l == 0:
                detail.show_text(f"n[0] = {n}", f"n = {n}")
            else:
                detail.show_text(f"g[{l}] = {self.activation_label(l)}", self.activation_label(l))
            detail.place(x, top - RING, l)
            self.headers[l] = (header, detail)
            if l > 0:
                shape = f"({n}, {self.layer_dims[l - 1]})"
                w_label = self._text("", 13, v=0.0, dy=4, room=self.col - 6)
                w_label.show_text(f"W[{l}]: {shape}", f"W[{l}]\n{shape}")
                w_label.place(x - self.col / 2, bottom, l - 0.5)
                w_label.room_margin = 6
                self.weight_labels.append(w_label)

    # ------------------------------------------------------------------ size (.layout zooms and spreads it)
    def body_rect(self) -> QRectF:
        """The neurons with their rings and the edges between them, in scene units (texts excluded)."""
        half = NODE / 2 + RING + 2
        xs = [n.centre.x() for n in self.neurons.values()]
        ys = [n.centre.y() for n in self.neurons.values()]
        return QRectF(min(xs) - half, min(ys) - half, max(xs) - min(xs) + 2 * half, max(ys) - min(ys) + 2 * half)

    def activation_label(self, l: int) -> str:
        """g[l]'s display name (ReLU, leaky ReLU, …), in the user's language."""
        return activation_label(self.activations[l - 1])

    @staticmethod
    def more_text(k: int) -> str:
        return QCoreApplication.translate("NetworkDiagramView", "⋮ %1 more").replace("%1", str(k))

    def segments(self) -> None:
        """Edge end points as arrays, for hit-testing a hover without asking every item."""
        ends, ids = [], []
        for l, layer in self.edges.items():
            for e, item in enumerate(layer.lines):
                line = item.line()
                ends.append((line.x1(), line.y1(), line.x2(), line.y2()))
                ids.append((l, int(layer.rows[e]), int(layer.cols[e])))
        self._ends = np.array(ends, dtype=float).reshape(-1, 4)
        self._edge_ids = ids

    # ------------------------------------------------------------------ restyling
    def edge_pen(self, w: float) -> QPen:
        """Orange for w < 0, blue for w > 0, grey for 0; width on one scale for every layer and every
        moment (``style.edge_width``: |w| from 0 to EDGE_FULL_SCALE), cached per ¼ px."""
        sign = 0 if w == 0 or not math.isfinite(w) else (1 if w > 0 else -1)
        width = edge_width(w) if sign else MIN_EDGE
        key = (sign, int(round(width * 4)))
        pen = self._pens.get(key)
        if pen is None:
            rgb = ZERO_EDGE if sign == 0 else colors.POSITIVE if sign > 0 else colors.NEGATIVE
            pen = self._pens[key] = cosmetic_pen(rgb, max(MIN_EDGE, key[1] / 4))
        return pen

    def style_layer_edges(self, l: int, W: Array) -> None:
        """Pens of W[l]'s drawn edges from W (n[l], n[l-1]): tiny initial weights look thin, large ones heavy."""
        layer = self.edges[l]
        values = W[layer.rows, layer.cols]
        for item, w in zip(layer.lines, values.tolist()):
            item.setPen(self.edge_pen(w))

    def style_edges(self, parameters: Mapping[str, Array], skip: int | None = None) -> None:
        """Every layer's edges and every bias text (``skip``: a layer being animated)."""
        for l in self.edges:
            if l != skip:
                self.style_layer_edges(l, parameters[f"W{l}"])
        for (l, unit), neuron in self.neurons.items():
            if neuron.bias is not None:
                neuron.bias.show_text("b " + short(float(parameters[f"b{l}"][unit, 0])))

    def set_maps(self, maps: list[Array]) -> None:
        """Each neuron's output over the input plane; maps[l] is (n[l], res, res) indexed [unit, x2, x1]."""
        lut = colors.diverging_lut()
        for l, A in enumerate(maps):
            units = shown_units(A.shape[0])
            if l == 0:  # input features can differ by orders of magnitude (X₁ vs X₁²): each on its own scale
                images = [map_images(A[u : u + 1], map_levels(A[u : u + 1], False), lut)[0] for u in units]
            else:  # a hidden layer's units share one scale, so their sizes compare
                images = map_images(A[units], map_levels(A, self._probability_like[l - 1]), lut)
            for unit, rgb in zip(units, images):
                self.neurons[(l, unit)].image.setPixmap(rgb_pixmap(rgb))
        resolution = maps[0].shape[-1]
        if resolution != self._map_resolution:
            self._map_resolution = resolution
            for neuron in self.neurons.values():
                neuron.image.setScale(NODE / resolution)

    def set_example(self, As: list[Array] | None) -> None:
        """Write each neuron's a for one example on it (As[l] is (n[l], 1)); None hides them."""
        for (l, unit), neuron in self.neurons.items():
            neuron.badge_text.setVisible(As is not None)  # its backing (neuron.badge) goes with it
            if As is not None:
                neuron.badge_text.show_text(short(float(As[l][unit, 0])))
                neuron.badge.setRect(neuron.badge_text.boundingRect().adjusted(-2, 0, 2, 0))

    def set_selected(self, neuron: tuple[int, int] | None) -> None:
        for key, item in self.neurons.items():
            item.ring.setVisible(key == neuron)

    # ------------------------------------------------------------------ phase glows (see .animation)
    def glow_layer(self, l: int, rgb: tuple[int, int, int] | None, opacity: float = 1.0,
                   width: float = GLOW_WIDTH) -> None:
        """Ring every drawn neuron of layer l in ``rgb`` (None: no ring). The width is in scene units,
        so rings shrink with the diagram and never cover the bias written under a neuron."""
        pen = None if rgb is None else QPen(colors.qcolor(rgb), width)
        for (layer, _), neuron in self.neurons.items():
            if layer == l:
                neuron.glow.setVisible(pen is not None)
                if pen is not None:
                    neuron.glow.setPen(pen)
                    neuron.glow.setOpacity(opacity)

    def glow_edges(self, l: int, dW: Array | None, opacity: float = 1.0, offset: float = 0.0) -> None:
        """Dashed magenta overlays on W[l]'s edges, width ∝ |dW| (None hides them); the dashes move
        towards the lower layer as ``offset`` grows (the gradient flows right to left)."""
        layer = self.edges[l]
        if dW is None:
            for glow in layer.glows:
                glow.hide()
            return
        scale = float(np.abs(dW).max()) or 1.0
        for glow, g in zip(layer.glows, np.abs(dW[layer.rows, layer.cols]).tolist()):
            pen = cosmetic_pen(BACKWARD_COLOR, 1.5 + 6.5 * g / scale, 230)
            pen.setDashPattern([1.6, 1.4])
            pen.setDashOffset(offset)
            glow.setPen(pen)
            glow.setOpacity(opacity)
            glow.show()

    def clear_glows(self) -> None:
        for neuron in self.neurons.values():
            neuron.glow.hide()
        for l in self.edges:
            self.glow_edges(l, None)
        self.cost_text.hide()

    def show_cost(self, text: str | None) -> None:
        """J next to the output during the cost phase (None hides it)."""
        self.cost_text.setVisible(text is not None)
        if text is not None:
            self.cost_text.show_text(text)

    # ------------------------------------------------------------------ hit testing
    def hit(self, pos: QPointF, tolerance: float) -> tuple | None:
        """("neuron", l, unit) or ("edge", l, j, k) under scene point ``pos`` (neurons first), or None."""
        half = NODE / 2 + 2
        for (l, unit), neuron in self.neurons.items():
            c = neuron.centre
            if abs(pos.x() - c.x()) <= half and abs(pos.y() - c.y()) <= half:
                return ("neuron", l, unit)
        if not len(self._ends):
            return None
        p = np.array([pos.x(), pos.y()])
        a, b = self._ends[:, :2], self._ends[:, 2:]
        d = b - a
        t = np.clip(((p - a) * d).sum(axis=1) / np.maximum((d * d).sum(axis=1), 1e-12), 0.0, 1.0)
        dist = np.hypot(*(a + t[:, None] * d - p).T)
        e = int(np.argmin(dist))
        return ("edge", *self._edge_ids[e]) if dist[e] <= tolerance else None

    def edge_midpoint(self, l: int, j: int, k: int) -> QPointF:
        """The middle of the drawn edge W[l][j, k] (for tests and for pointing at it)."""
        line = self.edges[l].lines[self._edge_ids.index((l, j, k)) - self._first_edge(l)].line()
        return line.center()

    def _first_edge(self, l: int) -> int:
        return sum(len(self.edges[m].lines) for m in range(1, l))

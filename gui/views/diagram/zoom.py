"""Resizing the diagram's drawing for its view: the texts' sizes for a zoom, and the columns' spacing.

Both act on a ``DiagramItems`` through its public parts (texts, neurons, edges);
``.layout`` decides the zoom and the spacing, these carry them out.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QLineF, QPointF

from .style import NODE, ROW

if TYPE_CHECKING:
    from .items import DiagramItems


def zoom_texts(items: DiagramItems, scale: float, min_px: float) -> None:
    """Every text at its size for a view zoom of ``scale`` (never below ``min_px`` pixels); the biases
    shown only if the gap between two rows holds one, W[l] under them."""
    for text in items.texts + items.badges:
        text.zoom(scale, min_px)
    for header, detail in items.headers.values():
        header.dy = detail.dy - detail.size_px()[1] - 1  # a[l] sits on top of g[l]
        header.zoom(scale, min_px)
    biases = [n.bias for n in items.neurons.values() if n.bias is not None]
    if biases:
        gap = (ROW - NODE) * scale  # from the bottom of one square to the top of the next
        items.biases_shown = biases[0].size_px()[1] + 2 <= gap
        for bias in biases:
            bias.setVisible(items.biases_shown)
    below = biases[0].size_px()[1] + 1 if biases and items.biases_shown else 0.0
    for label in items.weight_labels:  # W[l] under the lowest neurons' biases
        label.dy = 4 + below
        label.zoom(scale, min_px)
    items.cost_text.dy = 2 + below  # J under the output's bias
    items.cost_text.zoom(scale, min_px)


def space_columns(items: DiagramItems, col: float) -> None:
    """Move the layers' columns ``col`` scene units apart: neurons, edges and every text with them."""
    old, items.col = items.col, col
    if col == old:
        return
    for text in items.texts + items.badges:
        text.space_columns(old, col)
    for neuron in items.neurons.values():
        shift = neuron.layer * (col - old)
        neuron.centre = QPointF(neuron.centre.x() + shift, neuron.centre.y())
        for item in (neuron.frame, neuron.image, neuron.glow, neuron.ring):
            item.moveBy(shift, 0.0)
    half = NODE / 2
    for l, layer in items.edges.items():
        for e, (item, glow) in enumerate(zip(layer.lines, layer.glows)):
            a = items.neurons[(l - 1, int(layer.cols[e]))].centre
            b = items.neurons[(l, int(layer.rows[e]))].centre
            line = QLineF(a.x() + half, a.y(), b.x() - half, b.y())
            item.setLine(line)
            glow.setLine(line)
    items.segments()

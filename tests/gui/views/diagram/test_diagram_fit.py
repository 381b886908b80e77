"""Every network fits its diagram without scrolling, and its texts stay readable (issue: ŷ behind a
scroll bar for three layers of 4, 7-px bias labels for 3×8)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtWidgets import QApplication

from backprop_studio.core.training.hyperparameters import Hyperparameters
from backprop_studio.gui.model.session import TrainingSession
from backprop_studio.gui.views.diagram.layout import MIN_TEXT_PX
from backprop_studio.gui.views.diagram.view import NetworkDiagramView
from tests.gui.window.clipping_walk import clipped_texts

#: About the diagram's share of a 1280×720 window, and a roomier one.
SIZES = [(480, 330), (900, 600)]


def make_view(qtbot, hidden: tuple[int, ...], size: tuple[int, int]) -> NetworkDiagramView:
    hp = Hyperparameters(hidden_units=hidden, hidden_activations=("tanh",) * len(hidden), initialization="xavier")
    view = NetworkDiagramView(TrainingSession(hyperparameters=hp))
    qtbot.addWidget(view)
    view.resize(*size)
    view.show()
    qtbot.waitExposed(view)
    QApplication.processEvents()
    return view


def drawn(view: NetworkDiagramView, item) -> QRectF:
    return item.deviceTransform(view.canvas.viewportTransform()).mapRect(item.boundingRect())


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("hidden", [(4, 4, 4), (8, 8, 8), (10, 10, 10), (4,) * 9], ids=["3x4", "3x8", "3x10", "10-layers"])
def test_deep_networks_fit_without_scrolling_and_their_texts_read(qtbot, hidden, size):
    view = make_view(qtbot, hidden, size)
    canvas = view.canvas
    viewport = QRectF(canvas.viewport().rect())
    assert not canvas.horizontalScrollBar().isVisible() and not canvas.verticalScrollBar().isVisible()
    for neuron in view.items.neurons.values():  # every drawn neuron, ŷ included, is in view
        assert viewport.contains(drawn(view, neuron.frame)), (neuron.layer, neuron.unit)
    L = len(hidden) + 1
    output = view.items.neurons[(L, 0)]
    assert viewport.contains(drawn(view, output.frame))
    labels = [t for t in view.items.texts if t.isVisible() and t.text()]
    assert any(t.text() == "ŷ" for t in labels)
    for text in labels:  # every text shown is at least the readable size, and inside the view
        assert text.pixel_size() >= MIN_TEXT_PX, text.text()
    assert clipped_texts(view) == []


def test_biases_are_left_to_the_tooltip_rather_than_drawn_too_small(qtbot):
    view = make_view(qtbot, (10, 10, 10), (480, 330))
    items = view.items
    assert not items.biases_shown  # ten rows in 330 px: no room for a readable bias under each neuron
    assert all(not n.bias.isVisible() for n in items.neurons.values() if n.bias is not None)
    assert "b[1]₁" in view.tooltip_at(items.neurons[(1, 0)].centre)  # still one hover away
    view.resize(1000, 900)
    qtbot.waitUntil(lambda: items.biases_shown)
    assert all(n.bias.isVisible() for n in items.neurons.values() if n.bias is not None)


def test_a_wide_short_view_spreads_the_columns_and_headers_keep_their_long_form(qtbot):
    view = make_view(qtbot, (4,), (900, 260))
    items = view.items
    assert items.col > items.base_col  # the width is used, not left empty beside a small diagram
    header, detail = items.headers[1]
    assert (header.text(), detail.text()) == ("a[1]", "g[1] = tanh")
    assert items.headers[2][0].text() == "a[2] = ŷ"
    view.resize(330, 700)  # narrow and tall: no spreading, short forms rather than text below the readable size
    qtbot.waitUntil(lambda: items.col == items.base_col)
    assert all(t.pixel_size() >= MIN_TEXT_PX for t in items.texts if t.isVisible())

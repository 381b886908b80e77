"""The network diagram as a student uses it: what is drawn, edge styles, maps, hover, click, double-click."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QImage

from backprop_studio.core.nn.activations import get_activation
from backprop_studio.core.training.hyperparameters import Hyperparameters
from backprop_studio.gui.support import colors
from backprop_studio.gui.model.session import TrainingSession
from backprop_studio.gui.views.diagram.style import (EDGE_FULL_SCALE, MAX_EDGE, MIN_EDGE, edge_width, fmt, map_images,
                                                     map_levels, short)
from backprop_studio.gui.views.diagram.tooltips import stats
from backprop_studio.gui.views.diagram.view import MAP_RESOLUTION, NetworkDiagramView


def make_view(qtbot, hidden: tuple[int, ...] = (4,), activation: str = "tanh", steps: int = 30) -> NetworkDiagramView:
    hp = Hyperparameters(hidden_units=hidden, hidden_activations=(activation,) * len(hidden),
                         initialization="xavier", learning_rate=0.5)
    session = TrainingSession(hyperparameters=hp)
    for _ in range(steps):
        session.step_iteration()
    view = NetworkDiagramView(session)
    qtbot.addWidget(view)
    view.resize(900, 600)
    view.show()
    qtbot.waitExposed(view)
    view.redraw_now()
    return view


@pytest.mark.parametrize("hidden", [(), (4,), (5, 3, 4)])
def test_draws_every_neuron_and_edge(qtbot, hidden):
    view = make_view(qtbot, hidden)
    dims = view._session.hyperparameters.layer_dims()
    assert [view.node_count(l) for l in range(len(dims))] == dims
    for l in range(1, len(dims)):
        assert view.edge_count(l) == dims[l] * dims[l - 1]
        assert view.summary_text(l) == ""
    assert view.breadcrumb.chip_texts()[0] == "Forward 1"
    assert view.breadcrumb.chip_texts()[-1] == "Update"


def test_a_layer_of_64_units_is_summarised(qtbot):
    view = make_view(qtbot, (64,), "relu")
    assert view.node_count(1) < 20
    assert "57" in view.summary_text(1) and "more" in view.summary_text(1)
    assert view.edge_count(1) == view.node_count(1) * 2  # edges only among drawn neurons
    assert view.edge_count(2) == view.node_count(1)
    shown = sorted(u for (l, u) in view.items.neurons if l == 1)
    assert shown[:2] == [0, 1] and shown[-1] == 63  # the first few and the last ones


def test_network_changes_rebuild_but_steps_only_restyle(qtbot):
    view = make_view(qtbot, (4,))
    session = view._session
    items = view.items
    session.step_iteration()
    qtbot.waitUntil(lambda: not view._edge_throttle.pending)
    assert view.items is items
    assert session.set_hidden_units((3, 2))
    assert view.items is not items
    assert [view.node_count(l) for l in range(4)] == [2, 3, 2, 1]
    assert view.breadcrumb.chip_texts()[:2] == ["Forward 1", "Forward 2"]


def test_edge_colour_is_the_sign_and_width_follows_abs_w(qtbot):
    view = make_view(qtbot, (6,), steps=100)
    parameters = view._session.trainer.parameters()
    for l in (1, 2):
        W = parameters[f"W{l}"]
        rows, cols = np.nonzero(np.ones_like(W))
        widths = []
        for j, k in zip(rows, cols):
            pen = view.edge_pen(l, int(j), int(k))
            expected = colors.POSITIVE if W[j, k] > 0 else colors.NEGATIVE
            assert pen.color().getRgb()[:3] == expected
            assert MIN_EDGE - 1e-9 <= pen.widthF() <= MAX_EDGE + 1e-9
            assert pen.widthF() == pytest.approx(edge_width(W[j, k]), abs=0.125)  # to the quarter pixel
            widths.append(pen.widthF())
        order = np.argsort(np.abs(W[rows, cols]), kind="stable")
        assert np.all(np.diff(np.array(widths)[order]) >= -1e-9)  # larger |w| is never thinner


@pytest.mark.parametrize("scale, widest", [(0.01, MIN_EDGE + 0.25), (10.0, MAX_EDGE)])
def test_edge_width_is_one_absolute_scale_small_weights_thin_large_ones_heavy(qtbot, scale, widest):
    """|w| from 0 to 5 on one scale for every layer: ×0.01 weights all look thin, ×10 ones heavy."""
    hp = Hyperparameters(hidden_units=(4,), hidden_activations=("tanh",), initialization="random",
                         init_scale=scale)
    view = NetworkDiagramView(TrainingSession(hyperparameters=hp))
    qtbot.addWidget(view)
    widths = [view.edge_pen(l, j, k).widthF() for l, (n, m) in ((1, (4, 2)), (2, (1, 4)))
              for j in range(n) for k in range(m)]
    if scale < 1:
        assert max(widths) <= widest  # no layer's largest weight is drawn heavy
    else:
        assert np.median(widths) == pytest.approx(widest)  # most |w| are beyond 5: the widest edge
    assert edge_width(EDGE_FULL_SCALE / 2) == pytest.approx((MIN_EDGE + MAX_EDGE) / 2)
    assert edge_width(50.0) == edge_width(-EDGE_FULL_SCALE) == MAX_EDGE


def test_training_restyles_the_edges(qtbot):
    view = make_view(qtbot, (4,), steps=0)
    session = view._session

    def pens() -> list[tuple]:
        return [(view.edge_pen(l, j, k).widthF(), view.edge_pen(l, j, k).color().getRgb())
                for l, (rows, cols) in ((1, (4, 2)), (2, (1, 4))) for j in range(rows) for k in range(cols)]

    def expected() -> list[tuple]:
        parameters = session.trainer.parameters()
        result = []
        for l in (1, 2):
            W = parameters[f"W{l}"]
            for w in W.ravel():
                pen = view.items.edge_pen(float(w))
                result.append((pen.widthF(), pen.color().getRgb()))
        return result

    before = pens()
    for _ in range(200):
        session.step_iteration()
    qtbot.waitUntil(lambda: pens() == expected())
    assert pens() != before
    assert view.items is not None


def image_rgb(image: QImage) -> np.ndarray:
    """(h, w, 3) uint8 of a QImage, row 0 at the top."""
    image = image.convertToFormat(QImage.Format.Format_RGB888)
    rows = [np.frombuffer(image.constScanLine(y), dtype=np.uint8, count=3 * image.width())
            for y in range(image.height())]
    return np.stack(rows).reshape(image.height(), image.width(), 3)


def test_each_neuron_shows_its_own_map_and_bias(qtbot):
    view = make_view(qtbot, (3,))
    session = view._session
    _, maps = session.snapshot.neuron_maps(MAP_RESOLUTION)  # (n[l], res, res) indexed [unit, x2, x1]
    lut = colors.diverging_lut()
    for l, unit in [(0, 1), (1, 2), (2, 0)]:
        if l == 0:  # each input feature on its own scale
            lo, hi = map_levels(maps[0][unit : unit + 1], False)
        else:  # one scale for the whole layer; 0..1 when the activation's output reads as a probability
            activation = get_activation(session.hyperparameters.activations()[l - 1])
            lo, hi = map_levels(maps[l], activation.probability_like)
        shown = image_rgb(view.items.neurons[(l, unit)].image.pixmap().toImage())
        assert shown.shape == (MAP_RESOLUTION, MAP_RESOLUTION, 3)
        np.testing.assert_array_equal(shown, map_images(maps[l][unit : unit + 1], (lo, hi), lut)[0])
        # The top-left pixel is the smallest x1 and the LARGEST x2: x2 grows upwards, as in the big view.
        value = maps[l][unit, -1, 0]
        index = int(np.clip(np.rint((value - lo) / (hi - lo) * 255), 0, 255))
        assert tuple(shown[0, 0]) == tuple(lut[index])
    b = session.trainer.parameters()["b1"][2, 0]
    assert view.items.neurons[(1, 2)].bias.text() == "b " + short(b)
    assert map_levels(maps[2], True) == (0.0, 1.0)  # the output ŷ (sigmoid): 0..1 around 0.5
    lo, hi = map_levels(maps[1], False)  # tanh
    assert lo == -hi and 0 < hi <= np.abs(maps[1]).max()


def test_input_features_of_different_sizes_each_get_their_own_colour_scale(qtbot):
    hp = Hyperparameters(features=("x1", "x1_squared"))  # X₁² is much larger than X₁ (not standardized)
    session = TrainingSession(hyperparameters=hp)
    view = NetworkDiagramView(session)
    qtbot.addWidget(view)
    _, maps = session.snapshot.neuron_maps(MAP_RESOLUTION)
    for unit in (0, 1):
        shown = image_rgb(view.items.neurons[(0, unit)].image.pixmap().toImage())
        # Both maps reach the saturated end of the colour map, though their values differ in size.
        ends = {tuple(colors.diverging_lut()[0]), tuple(colors.diverging_lut()[-1])}
        assert ends & {tuple(p) for p in shown.reshape(-1, 3)}
    assert np.abs(maps[0][1]).max() > 3 * np.abs(maps[0][0]).max()


def test_hovering_an_edge_shows_w_and_dw_from_core(qtbot):
    view = make_view(qtbot, (4,))
    trainer = view._session.trainer
    text = view.tooltip_at(view.items.edge_midpoint(2, 0, 2))
    w = trainer.parameters()["W2"][0, 2]
    dw = trainer.gradients()["dW2"][0, 2]
    assert text.startswith(f"W[2]₁,₃ = {fmt(w)}")
    assert f"latest dW = {fmt(dw)}" in text
    assert "a[1]₃" in text and "a[2]₁" in text
    # The real pointer: moving onto the edge makes it the hovered target.
    qtbot.mouseMove(view.canvas.viewport(), view.edge_view_pos(1, 3, 1))
    qtbot.waitUntil(lambda: view._hovered == ("edge", 1, 3, 1))


def test_hovering_a_neuron_shows_z_a_and_slope_statistics(qtbot):
    view = make_view(qtbot, (4,))
    session = view._session
    Zs, As = session.trainer.forward_all(session.prepared.X_train)
    z, a = Zs[0][1], As[1][1]
    slope = get_activation("tanh").dg(Zs[0][1:2], As[1][1:2])[0]
    text = view.tooltip_at(view.items.neurons[(1, 1)].centre)
    assert "a[1]₂" in text and "tanh" in text and f"m = {session.prepared.X_train.shape[1]}" in text
    for values in (z, a, slope):
        assert stats(values) in text
    assert f"{fmt(z.mean())} · {fmt(z.min())} · {fmt(z.max())}" in text
    assert fmt(session.trainer.parameters()["b1"][1, 0]) in text
    assert "X₂" in view.tooltip_at(view.items.neurons[(0, 1)].centre)
    centre = view.items.neurons[(1, 1)].centre
    assert view.tooltip_at(QPointF(centre.x(), centre.y() + 1000)) == ""  # empty space says nothing


def test_a_picked_example_shows_its_own_values(qtbot):
    view = make_view(qtbot, (4,))
    session = view._session
    session.selection.select_example(7)
    view.redraw_edges()
    Zs, As = session.snapshot.example_values(7)
    for (l, unit), neuron in view.items.neurons.items():
        assert neuron.badge.isVisible()
        assert neuron.badge_text.text() == short(float(As[l][unit, 0]))
    text = view.tooltip_at(view.items.neurons[(1, 3)].centre)
    assert "x⁽⁸⁾" in text and "NumPy column 7" in text  # the course counts from 1; NumPy's index named
    slope = get_activation("tanh").dg(Zs[0][3:4], As[1][3:4])[0, 0]
    for value in (Zs[0][3, 0], As[1][3, 0], slope):
        assert fmt(value) in text
    session.selection.select_example(None)
    view.redraw_edges()
    assert not view.items.neurons[(1, 0)].badge.isVisible()


def test_clicking_a_neuron_selects_it_and_clicking_again_lets_go(qtbot):
    view = make_view(qtbot, (4,))
    selection = view._session.selection
    viewport = view.canvas.viewport()
    with qtbot.waitSignal(view._session.selection_changed):
        qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=view.neuron_view_pos(1, 2))
    assert selection.neuron == (1, 2)
    assert view.items.neurons[(1, 2)].ring.isVisible()
    assert not view.items.neurons[(1, 0)].ring.isVisible()
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=view.neuron_view_pos(1, 2))
    assert selection.neuron is None and not view.items.neurons[(1, 2)].ring.isVisible()
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=view.neuron_view_pos(0, 1))
    assert selection.neuron == (0, 1)
    corner = view.canvas.sceneRect().topLeft() + QPointF(4, 4)  # the background
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=view.canvas.mapFromScene(corner))
    assert selection.neuron is None


def test_double_clicking_an_edge_types_a_weight(qtbot):
    view = make_view(qtbot, (4,))
    session = view._session
    asked = []
    view.ask_weight = lambda prompt, current: (asked.append((prompt, current)) or (0.75, True))
    old = session.trainer.parameters()["W2"][0, 1]
    with qtbot.waitSignal(session.state_changed):
        qtbot.mouseDClick(view.canvas.viewport(), Qt.MouseButton.LeftButton, pos=view.edge_view_pos(2, 0, 1))
    assert asked and "W[2]₁,₂" in asked[0][0] and asked[0][1] == old
    parameters = session.trainer.parameters()
    assert parameters["W2"][0, 1] == 0.75
    qtbot.waitUntil(lambda: view.edge_pen(2, 0, 1).color().getRgb()[:3] == colors.POSITIVE)
    view.ask_weight = lambda prompt, current: (-3.0, False)  # the student cancels
    with qtbot.assertNotEmitted(session.state_changed):
        assert not view.edit_weight(2, 0, 1)
    assert session.trainer.parameters()["W2"][0, 1] == 0.75


def test_double_clicking_a_neuron_types_its_bias(qtbot):
    view = make_view(qtbot, (4,))
    session = view._session
    view.ask_weight = lambda prompt, current: (-0.5, "b[1]₃" in prompt)
    with qtbot.waitSignal(session.state_changed):
        qtbot.mouseDClick(view.canvas.viewport(), Qt.MouseButton.LeftButton, pos=view.neuron_view_pos(1, 2))
    assert session.trainer.parameters()["b1"][2, 0] == -0.5
    view.redraw_edges()
    assert view.items.neurons[(1, 2)].bias.text() == "b −0.50"


def test_legend_names_the_colours(qtbot):
    view = make_view(qtbot, (2,))
    text = view.legend.text()
    assert "w &lt; 0" in text and "w &gt; 0" in text and "thicker" in text and "backward" in text
    # The widths are stated on their scale: each sample is an edge as wide as the diagram draws that |w|.
    assert [number.text() for _, number in view.legend.samples] == ["0.1", "1", "2.5", "≥ 5"]
    for (line, _), value in zip(view.legend.samples, (0.1, 1.0, 2.5, 5.0)):
        image = line.pixmap().toImage()
        column = [image.pixelColor(image.width() // 2, y).alpha() > 128 for y in range(image.height())]
        ratio = line.pixmap().devicePixelRatio()
        assert sum(column) / ratio == pytest.approx(edge_width(value), abs=1.0)
    assert "5" in view.legend._scale.toolTip() and "×0.01" in view.legend._scale.toolTip()

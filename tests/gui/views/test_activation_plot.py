"""ActivationPlotView: the histogram is core's Z, the curves are core's g and g', the sentence is core's statistic."""

from __future__ import annotations

import numpy as np
import pytest

from backprop_studio.core.nn.activation_stats import dead_units, histogram_edges, saturated_fraction, z_range
from backprop_studio.core.nn.activations import get_activation
from backprop_studio.core.training.hyperparameters import Hyperparameters
from backprop_studio.gui.model.session import TrainingSession
from backprop_studio.gui.views.activation_plot import BINS, ActivationPlotView


def make(qtbot, **hp) -> tuple[TrainingSession, ActivationPlotView]:
    session = TrainingSession(hyperparameters=Hyperparameters(**hp) if hp else None)
    view = ActivationPlotView(session)
    qtbot.addWidget(view)
    return session, view


def core_Z(session: TrainingSession, layer: int) -> np.ndarray:
    Zs, _ = session.trainer.forward_all(session.prepared.X_train)
    return Zs[layer - 1]


def test_histogram_counts_are_cores_Z(qtbot):
    session, view = make(qtbot)
    for _ in range(30):
        session.step_iteration()
    view.redraw_now()
    counts, edges = view.histogram_data()
    Z = core_Z(session, 1)
    np.testing.assert_array_equal(edges, histogram_edges(*z_range(Z), BINS))
    expected, _ = np.histogram(Z, bins=edges)
    np.testing.assert_array_equal(counts, expected)
    assert counts.sum() == Z.size == 4 * session.prepared.X_train.shape[1]


def test_curves_are_g_and_its_slope_over_at_least_minus_5_to_5(qtbot):
    _, view = make(qtbot)
    z, g, dg = view.curve_data()
    assert z[0] <= -5.0 and z[-1] >= 5.0
    np.testing.assert_allclose(g, np.tanh(z))
    np.testing.assert_allclose(dg, 1.0 - np.tanh(z) ** 2)


def test_large_weights_widen_the_range_and_show_saturation(qtbot):
    session, view = make(qtbot, init_scale=5.0)
    Z = core_Z(session, 1)
    z, _, _ = view.curve_data()
    assert z[0] <= Z.min() and z[-1] >= Z.max()
    fraction = saturated_fraction(Z, "tanh")
    assert fraction > 0.3
    assert f"Saturated: {100 * fraction:.0f} % of z have |g'(z)| < 0.05" in view.stats_text()


def test_relu_reports_dead_units(qtbot):
    session, view = make(qtbot, hidden_units=(8,), hidden_activations=("relu",), init_scale=1.0)
    # Kill two units by hand: a very negative bias keeps z < 0 for every example.
    assert session.set_weight("b1", 0, 0, -100.0)
    assert session.set_weight("b1", 3, 0, -100.0)
    view.redraw_now()
    dead = dead_units(core_Z(session, 1))
    assert dead >= 2
    assert view.stats_text().startswith(f"Dead units: {dead} of 8 (z ≤ 0 for every example)")
    z, g, dg = view.curve_data()
    np.testing.assert_array_equal(dg, (z > 0).astype(float))


@pytest.mark.parametrize("name, words", [("leaky_relu", "Never saturates: LeakyReLU'(z) = 1 if z > 0 else 0.01"),
                                         ("linear", "A linear unit never saturates")])
def test_activations_that_never_saturate_say_why(qtbot, name, words):
    _, view = make(qtbot, hidden_activations=(name,))
    assert words in view.stats_text()
    z, g, _ = view.curve_data()
    np.testing.assert_allclose(g, get_activation(name).g(z))


def test_layer_picker_lists_hidden_layers_and_switches(qtbot):
    session, view = make(qtbot, hidden_units=(4, 3), hidden_activations=("tanh", "relu"))
    assert view.layer_choices() == ["Layer 1 (tanh)", "Layer 2 (ReLU)"]
    assert view.layer() == 1
    view.set_layer(2)
    assert view.layer() == 2
    counts, edges = view.histogram_data()
    expected, _ = np.histogram(core_Z(session, 2), bins=edges)
    np.testing.assert_array_equal(counts, expected)
    assert counts.sum() == 3 * session.prepared.X_train.shape[1]
    assert "Dead units" in view.stats_text()


def test_selecting_a_hidden_neuron_shows_its_layer(qtbot):
    session, view = make(qtbot, hidden_units=(4, 3), hidden_activations=("tanh", "sigmoid"))
    assert session.selection.select_neuron(2, 1)
    assert view.layer() == 2 and "Saturated" in view.stats_text()
    assert session.selection.select_neuron(3, 0)  # the output layer: no change
    assert view.layer() == 2


def test_starts_on_the_selected_neurons_layer(qtbot):
    session = TrainingSession(hyperparameters=Hyperparameters(hidden_units=(4, 3), hidden_activations=("tanh", "tanh")))
    session.selection.select_neuron(2, 0)
    view = ActivationPlotView(session)
    qtbot.addWidget(view)
    assert view.layer() == 2


def test_no_hidden_layer_gives_a_note(qtbot):
    session, view = make(qtbot, hidden_units=(), hidden_activations=())
    assert "no hidden layer" in view.stats_text()
    assert view.histogram_data()[0].size == 0 and view.curve_data()[0].size == 0
    # Adding a layer brings the plot back.
    assert session.add_layer()
    view.redraw_now()
    assert view.layer_choices() == ["Layer 1 (tanh)"]
    assert view.histogram_data()[0].sum() == 4 * session.prepared.X_train.shape[1]


def test_changing_the_activation_relabels_and_redraws(qtbot):
    session, view = make(qtbot)
    assert session.set_layer_activation(1, "sigmoid")
    qtbot.waitUntil(lambda: "Saturated" in view.stats_text() and view.layer_choices() == ["Layer 1 (sigmoid)"])
    view.redraw_now()
    z, g, _ = view.curve_data()
    np.testing.assert_allclose(g, get_activation("sigmoid").g(z))


def test_follows_training_live(qtbot):
    session, view = make(qtbot)
    view.show()
    qtbot.waitExposed(view)
    before = view.histogram_data()[0]
    for _ in range(300):
        session.step_iteration()

    def follows() -> bool:
        counts, edges = view.histogram_data()
        expected, _ = np.histogram(core_Z(session, 1), bins=edges)
        return counts.shape == expected.shape and np.array_equal(counts, expected)

    qtbot.waitUntil(follows)
    assert not np.array_equal(view.histogram_data()[0], before)


def test_typed_weight_redraws(qtbot):
    session, view = make(qtbot)
    view.show()
    qtbot.waitExposed(view)
    assert session.set_weight("W1", 0, 0, 40.0)
    qtbot.waitUntil(lambda: view.curve_data()[0][-1] > 20.0)


def test_a_leaky_slope_is_read_from_the_activation_with_the_sessions_alpha(qtbot):
    _, view = make(qtbot, hidden_activations=("leaky_relu",), leaky_alpha=0.2)
    assert "Never saturates: LeakyReLU'(z) = 1 if z > 0 else 0.2," in view.stats_text()
    z, _, dg = view.curve_data()
    assert dg[z < 0].min() == pytest.approx(0.2)
    assert not view.saturation_line_shown()  # no saturation line where g' never vanishes


@pytest.mark.parametrize("name", ["tanh", "sigmoid", "relu", "linear"])
def test_the_saturation_line_is_drawn_for_activations_that_saturate(qtbot, name):
    session, view = make(qtbot, hidden_activations=(name,))
    assert view.saturation_line_shown() == get_activation(name).saturates
    assert view.layer_choices() == [f"Layer 1 ({get_activation(name).label})"]

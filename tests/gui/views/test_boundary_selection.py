"""The big view follows the selection: a clicked neuron's own output, a clicked example's ring."""

import numpy as np
import pytest

from backprop_studio.gui.model.session import TrainingSession
from backprop_studio.gui.views.decision_boundary import DecisionBoundaryView


@pytest.fixture
def view(qtbot):
    session = TrainingSession()
    for _ in range(50):
        session.step_iteration()
    v = DecisionBoundaryView(session)
    qtbot.addWidget(v)
    v.resize(600, 500)
    v.show()
    qtbot.waitExposed(v)
    return v


def test_selected_hidden_neuron_is_drawn_instead_of_the_output(view):
    session = view._session
    session.selection.select_neuron(1, 2)
    view.redraw_now()
    _, maps = session.snapshot.neuron_maps(100)
    np.testing.assert_allclose(view.image_array(), maps[1][2].astype(np.float32))
    assert "a[1]₃ (tanh)" in view.legend.title()
    session.selection.select_neuron(None)
    view.redraw_now()
    _, output = session.snapshot.output_grid(100)
    np.testing.assert_allclose(view.image_array(), output[0].astype(np.float32))


def test_selected_input_feature_shows_the_feature_itself(view):
    session = view._session
    session.selection.select_neuron(0, 0)
    view.redraw_now()
    bounds, maps = session.snapshot.neuron_maps(100)
    x1 = np.linspace(bounds[0], bounds[1], 100)
    np.testing.assert_allclose(view.image_array()[0], x1.astype(np.float32), rtol=1e-6)


def test_clicking_near_a_training_point_selects_that_example(view):
    session = view._session
    x1, x2 = session.prepared.train.X[:, 17]
    assert view.select_example_near(x1 + 1e-9, x2) == 17
    assert session.selection.example == 17
    marker_x, marker_y = view.example_marker.getData()
    assert (marker_x[0], marker_y[0]) == (x1, x2)
    far = view.select_example_near(1e6, 1e6)
    assert far is None and session.selection.example is None


def test_a_probability_like_neuron_is_coloured_0_to_1_and_others_around_0(qtbot):
    from backprop_studio.core.training.hyperparameters import Hyperparameters

    session = TrainingSession(hyperparameters=Hyperparameters(hidden_units=(3, 3),
                                                              hidden_activations=("sigmoid", "relu")))
    view = DecisionBoundaryView(session)
    qtbot.addWidget(view)
    session.selection.select_neuron(1, 0)  # sigmoid: its output reads as a probability
    view.redraw_now()
    assert view.legend_entries() == ["1", "0.5", "0"] and view.image_item.levels.tolist() == [0.0, 1.0]
    assert "a[1]₁ (sigmoid)" in view.legend.title()
    session.selection.select_neuron(2, 1)  # ReLU: around 0, white = 0
    view.redraw_now()
    lo, hi = view.image_item.levels
    assert view.legend_entries() == ["positive", "0", "negative"] and lo == -hi
    assert "a[2]₂ (ReLU)" in view.legend.title()
    session.selection.select_neuron(0, 1)  # an input feature
    view.redraw_now()
    assert "(input)" in view.legend.title() and view.legend_entries()[1] == "0"

"""What the inspector says about each phase, as the course says it: dZ and dA per example with ∂J/∂Z = dZ/m,
the cache named forward and backward, * element-wise, the course's cost next to the form NumPy ran and why
they are equal; under the shapes, keepdims and rank-1 arrays."""

from __future__ import annotations

import re

import pytest

from backprop_studio.core.data.pipeline import DataSpec
from backprop_studio.core.training.hyperparameters import Hyperparameters
from backprop_studio.gui.model.session import TrainingSession
from backprop_studio.gui.panels.inspector import InspectorPanel
from backprop_studio.gui.panels.shapes_table import ShapesTable


def plain(rich: str) -> str:
    """Rich text as read: tags dropped, no-break spaces as spaces."""
    return re.sub(r"<[^>]+>", "", rich).replace("\u00a0", " ").replace("\u2060", "")


@pytest.fixture
def session(qtbot) -> TrainingSession:
    return TrainingSession(DataSpec(), Hyperparameters(hidden_units=(4, 3), hidden_activations=("tanh", "tanh")))


@pytest.fixture
def panel(qtbot, session) -> InspectorPanel:
    widget = InspectorPanel(session)
    qtbot.addWidget(widget)
    widget.resize(900, 500)
    return widget


def step_to(session: TrainingSession, kind: str, layer: int):
    while True:
        event = session.step_phase()
        if event.kind == kind and event.layer == layer:
            return event


def test_the_forward_step_names_its_cache(panel, session):
    step_to(session, "forward", 2)
    note = plain(panel.note.text())
    assert "Cache: the forward step keeps (A[1], W[2], b[2]) and Z[2] for layer 2's backward step." in note


def test_the_cost_shows_the_courses_formula_the_stable_form_and_why_they_are_equal(panel, session):
    event = step_to(session, "cost", 3)
    equations = plain(panel.equations.text())
    assert "J = −(1/m) Σ [Y log A[3] + (1 − Y) log(1 − A[3])]" in equations
    assert "J = (1/m) Σ (log(1 + exp(Z[3])) − Y Z[3])" in equations
    assert "np.logaddexp(0.0, ZL) - Y * ZL" in panel.numpy_code.text()  # the line that ran
    note = plain(panel.note.text())
    assert "The two forms of J are equal" in note and "= log(1 + exp(Z)) − Y Z" in note
    assert "never takes the log of an A rounded to 0 or 1" in note
    assert f"J = {event.cost:.6g}" in equations


def test_softmax_cost_says_the_same_with_log_softmax(qtbot):
    session = TrainingSession(DataSpec(name="spiral3", m=120))
    panel = InspectorPanel(session)
    qtbot.addWidget(panel)
    step_to(session, "cost", 2)
    assert "log Σj exp(Z[2]j)" in plain(panel.equations.text())
    assert "log A_k = Z_k" not in plain(panel.note.text())  # the subscripts are drawn, not typed
    assert "log Ak = Zk − log Σj exp(Zj)" in plain(panel.note.text())


def test_squared_error_has_one_form_and_no_equality_sentence(qtbot):
    session = TrainingSession(DataSpec(name="plane", m=60))
    panel = InspectorPanel(session)
    qtbot.addWidget(panel)
    step_to(session, "cost", 2)
    assert plain(panel.note.text()) == "Averaged over the m = 60 examples (columns)."


def test_backward_defines_dz_and_da_per_example_and_names_the_cache(panel, session):
    step_to(session, "backward", 2)
    dZ, dA = panel.matrix("dZ").toolTip(), panel.matrix("dA").toolTip()
    assert dZ.startswith("dZ[2] = ∂ℒ/∂Z[2] per example") and "∂J/∂Z[2] = dZ[2]/m" in dZ
    assert dA.startswith("dA[2] = ∂ℒ/∂A[2] per example") and "∂J/∂A[2] = dA[2]/m" in dA
    assert "(1/m) dZ[2] A[1]^T" in panel.matrix("dW").toolTip()
    assert "multiplies element by element" in panel.matrix("g_prime").toolTip()
    note = plain(panel.note.text())
    assert "the * multiplies element by element" in note
    assert "It reads layer 2's cache from the forward step: Z[2] for the slope, A[1] for dW[2], W[2] for dA[1]." in note
    step_to(session, "backward", 1)
    assert "Z[1] for the slope, X for dW[1]." in plain(panel.note.text())  # no dA[0] is computed
    assert "(1/m) dZ[1] X^T" in panel.matrix("dW").toolTip()  # A[0] written X, as the course writes it


def test_the_output_layer_says_its_columns_are_each_examples_own(panel, session):
    step_to(session, "backward", 3)
    note = plain(panel.note.text())
    assert "Column i is example i's own ∂ℒ/∂Z[3]" in note and "the 1/m that makes it the cost's" in note
    assert "It reads layer 3's cache from the forward step: A[2] for dW[3], W[3] for dA[2]." in note
    assert "slope" not in note  # dZ[L] = A[L] − Y takes no g'


def test_the_shapes_explain_elementwise_keepdims_and_rank_one_arrays(qtbot, session):
    table = ShapesTable(session)
    qtbot.addWidget(table)
    note = plain(table.note.text())
    assert "* multiplies element by element: in dZ[l] = dA[l] * g'[l](Z[l]) both are (n[l], m)" in note
    assert "np.sum(dZ[1], axis=1, keepdims=True) / m is (4, 1)" in note
    assert "Without it NumPy returns (4,), a rank-1 array that is neither a row nor a column" in note
    session.set_hidden_units((7,))
    assert "is (7, 1)" in plain(table.note.text()) and "returns (7,)" in plain(table.note.text())

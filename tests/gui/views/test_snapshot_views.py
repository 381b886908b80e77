"""Every view is a thin view over the session's latest snapshot.

A typed weight shows at once everywhere (no Step needed), the cost curve's "now" dot is the
snapshot's J at the snapshot's iteration, and no view ever reads the trainer (or the session's
other live state): with those made to raise, everything a student does still draws.
"""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtWidgets import QWidget

from backprop_studio.core.training.hyperparameters import Hyperparameters
from backprop_studio.gui.model.selection import Selection
from backprop_studio.gui.model.session import TrainingSession
from backprop_studio.gui.support import colors
from backprop_studio.gui.views.activation_plot import ActivationPlotView
from backprop_studio.gui.views.cost_curve import CostCurveView
from backprop_studio.gui.views.decision_boundary import DecisionBoundaryView
from backprop_studio.gui.views.diagram.style import MAX_EDGE, fmt
from backprop_studio.gui.views.diagram.view import NetworkDiagramView
from backprop_studio.gui.views.draw_tool import DrawTool


class Views:
    """The main window's views on one session, each in its own shown window."""

    def __init__(self, qtbot, session: TrainingSession) -> None:
        self.session = session
        self.boundary = DecisionBoundaryView(session)
        self.draw_tool = DrawTool(self.boundary, session)
        self.diagram = NetworkDiagramView(session)
        self.cost = CostCurveView(session)
        self.activation = ActivationPlotView(session)
        for view, size in ((self.boundary, (600, 500)), (self.diagram, (900, 600)), (self.cost, (600, 400)),
                           (self.activation, (600, 400))):
            qtbot.addWidget(view)
            view.resize(*size)
            view.show()
            qtbot.waitExposed(view)

    def all(self) -> list[QWidget]:
        return [self.boundary, self.diagram, self.cost, self.activation]

    def redraw_all(self) -> None:
        for view in self.all():
            view.redraw_now()


@pytest.fixture
def views(qtbot) -> Views:
    session = TrainingSession()
    for _ in range(30):
        session.step_iteration()
    return Views(qtbot, session)


def expected_image(session: TrainingSession) -> np.ndarray:
    """What the boundary view must show: A[L] over the plane from the latest snapshot."""
    return session.snapshot.output_grid(100)[1][0].astype(np.float32)


# ---------------------------------------------------------------------- a typed weight, everywhere at once
def test_a_typed_weight_shows_at_once_in_the_boundary_the_diagram_and_the_cost(views, qtbot):
    session = views.session
    before = session.snapshot
    assert session.set_weight("W2", 0, 0, 50.0)
    snapshot = session.snapshot
    assert snapshot.iteration == before.iteration == 30  # no Step was taken
    assert snapshot.parameters["W2"][0, 0] == 50.0
    assert snapshot.metrics.train_cost != before.metrics.train_cost  # the model's J moved with the weight

    # The big view: the new output over the plane (through the throttle, no Step).
    qtbot.waitUntil(lambda: np.array_equal(views.boundary.image_array(), expected_image(session)))
    assert not np.array_equal(expected_image(session), before.output_grid(100)[1][0].astype(np.float32))

    # The diagram: W[2]₁,₁ is now a large positive weight (widest edge), and its tooltip says 50.
    diagram = views.diagram
    pen = diagram.items.edge_pen(50.0)
    qtbot.waitUntil(lambda: diagram.edge_pen(2, 0, 0).widthF() == pen.widthF())
    assert diagram.edge_pen(2, 0, 0).widthF() == pytest.approx(MAX_EDGE)
    assert diagram.edge_pen(2, 0, 0).color().getRgb()[:3] == colors.POSITIVE
    text = diagram.tooltip_at(diagram.items.edge_midpoint(2, 0, 0))
    assert text.startswith(f"W[2]₁,₁ = {fmt(50.0)}")
    assert f"latest dW = {fmt(float(snapshot.gradients['dW2'][0, 0]))}" in text

    # The cost curve: its "now" dot and its metrics line give the new J at the same iteration.
    cost = views.cost
    qtbot.waitUntil(lambda: cost.now_marker() == (30, snapshot.metrics.train_cost))
    assert f"Train cost {snapshot.metrics.train_cost:.4f}" in cost.accuracy_text()
    assert session.snapshot is snapshot  # nothing changed while the views redrew


def test_a_typed_weight_restyles_but_never_rebuilds(views, qtbot):
    session = views.session
    items = views.diagram.items
    points = views.boundary.train_points()
    assert session.set_weight("W1", 1, 0, -3.0)
    assert session.set_learning_rate(0.5)
    session.reset()
    views.redraw_all()
    assert views.diagram.items is items  # same architecture and data: only restyled
    np.testing.assert_array_equal(views.boundary.train_points(), points)
    assert session.set_hidden_units((3,))
    assert views.diagram.items is not items  # a new network: new items


# ---------------------------------------------------------------------- the "now" dot
def test_the_now_dot_is_the_snapshots_cost_after_steps_an_edit_and_a_reset(qtbot):
    session = TrainingSession()
    view = CostCurveView(session)
    qtbot.addWidget(view)

    def dot_is_the_snapshots() -> bool:
        snapshot = session.snapshot
        return view.now_marker() == (snapshot.iteration, snapshot.metrics.train_cost)

    assert dot_is_the_snapshots()  # iteration 0: J of the first parameters
    for _ in range(25):
        session.step_iteration()
    qtbot.waitUntil(dot_is_the_snapshots)
    assert view.now_marker()[0] == 25
    iterations, _ = view.curve_data()
    assert iterations[-1] == 24  # the curve's J of iteration 24 was computed before its update: the dot is next

    assert session.set_weight("W1", 0, 0, 8.0)
    qtbot.waitUntil(dot_is_the_snapshots)
    assert view.now_marker()[0] == 25

    session.reset()
    qtbot.waitUntil(dot_is_the_snapshots)
    assert view.now_marker()[0] == 0
    view.set_log_scale(True)  # the dot keeps its J, not log10(J)
    assert dot_is_the_snapshots()


def test_the_divergence_line_follows_the_snapshot(qtbot):
    session = TrainingSession()
    view = CostCurveView(session)
    qtbot.addWidget(view)
    assert session.set_learning_rate(1e6)
    with qtbot.waitSignal(session.training_failed, timeout=20000):
        for _ in range(50):
            session.step_iteration()
            if session.snapshot.divergence is not None:
                break
    view.redraw_now()
    at = session.snapshot.divergence.iteration
    assert view.divergence_marker() == (at, f"diverged at {at:,}")
    session.reset()
    view.redraw_now()
    assert view.divergence_marker() is None


# ---------------------------------------------------------------------- no view reads the trainer
def _forbidden(name: str) -> property:
    def read(self):  # noqa: ANN001, ANN202 - the patched property
        raise AssertionError(f"a view read session.{name}; views draw from session.snapshot")

    return property(read)


def _forbidden_method(name: str):  # noqa: ANN202
    def call(self, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003, ANN202
        raise AssertionError(f"a view called session.{name}(); views draw from session.snapshot")

    return call


@pytest.fixture
def sealed(monkeypatch):
    """The session's live state made unreadable: only its snapshot (and its actions) are left."""
    for name in ("trainer", "prepared", "dataset"):
        monkeypatch.setattr(TrainingSession, name, _forbidden(name))
    for name in ("metrics",):  # (output_grid, neuron_maps, example_values and bounds are the snapshot's only)
        monkeypatch.setattr(TrainingSession, name, _forbidden_method(name))
    for name in ("neuron", "example"):
        monkeypatch.setattr(Selection, name, _forbidden(f"selection.{name}"))


def test_no_view_reads_the_trainer(qtbot, sealed):
    session = TrainingSession(hyperparameters=Hyperparameters(hidden_units=(4, 3), hidden_activations=("tanh", "relu")))
    views = Views(qtbot, session)
    with pytest.raises(AssertionError):
        session.trainer  # noqa: B018 - the seal holds

    def everything_draws() -> None:
        views.redraw_all()
        diagram = views.diagram
        L = diagram.items.L
        for l, j, k in ((1, 0, 0), (L, 0, 1)):
            assert diagram.tooltip_at(diagram.items.edge_midpoint(l, j, k))
        for neuron in ((0, 1), (1, 2), (L, 0)):
            assert diagram.tooltip_at(diagram.items.neurons[neuron].centre)
        views.activation.set_layer(L - 1)
        views.activation.redraw_now()

    everything_draws()
    for _ in range(3):
        session.step_iteration()
    session.play()
    qtbot.waitUntil(lambda: session.snapshot.iteration > 20)
    session.pause()
    everything_draws()
    views.diagram.set_animation_speed(0)
    for _ in range(4):  # into the backward pass
        session.step_phase()
    everything_draws()
    views.diagram.step_iteration_animated()  # the rest of the iteration, phase by phase
    assert not session.snapshot.in_iteration
    everything_draws()
    assert session.set_weight("W2", 0, 0, 50.0)
    assert session.selection.select_neuron(1, 2)
    assert session.selection.select_example(3)
    everything_draws()
    assert session.selection.select_neuron(0, 1)
    views.boundary.set_discretize(True)
    views.cost.set_log_scale(True)
    everything_draws()
    assert session.set_learning_rate(0.3)
    session.reset()
    everything_draws()
    assert views.draw_tool.add_point(0.5, 0.5, 1)  # new data, drawn by hand
    assert session.set_data_spec(name="spiral3")
    everything_draws()
    assert session.set_hidden_units((5,))
    assert session.set_data_spec(name="plane")  # regression
    everything_draws()
    qtbot.wait(120)  # every pending throttled redraw runs too

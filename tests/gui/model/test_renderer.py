"""The views' expensive pictures (the decision boundary's grid, the neurons' maps, the activation histogram)
are computed by the session's renderer: on its own thread while playing, never on the window's thread;
and what is drawn belongs to a snapshot of the run (its own parameters), also for a past iteration."""

from __future__ import annotations

import threading

import numpy as np
import pytest

from backprop_studio.core.data.pipeline import DataSpec
from backprop_studio.core.session import Session
from backprop_studio.core.training.hyperparameters import Hyperparameters
from backprop_studio.gui.model.session import TrainingSession
from backprop_studio.gui.views import activation_plot, decision_boundary
from backprop_studio.gui.views.activation_plot import ActivationPlotView, sampled_Zs
from backprop_studio.gui.views.decision_boundary import DecisionBoundaryView
from backprop_studio.gui.views.diagram.view import NetworkDiagramView

BIG = Hyperparameters(hidden_units=(64, 64, 64), hidden_activations=("relu",) * 3, initialization="he",
                      learning_rate=0.01)


@pytest.fixture
def session(qtbot):
    s = TrainingSession(DataSpec(m=3000), BIG)
    yield s
    s.shut_down()


def test_while_playing_the_pictures_are_computed_off_the_window_thread(session, qtbot):
    boundary = DecisionBoundaryView(session)
    diagram = NetworkDiagramView(session)
    qtbot.addWidget(boundary)
    qtbot.addWidget(diagram)
    threads: list[str] = []
    product = session.renderer._wanted[boundary._product]

    def spy(snapshot):
        threads.append(threading.current_thread().name)
        return product(snapshot)

    session.renderer.want(boundary._product, spy)
    before = boundary.frames_drawn
    session.play()
    qtbot.waitUntil(lambda: boundary.frames_drawn >= before + 3, timeout=60_000)
    session.pause()
    assert threads and all(name == "maps" for name in threads[:3])  # the renderer's thread, not "MainThread"


def test_the_picture_drawn_is_the_grid_of_the_snapshot_shown(session, qtbot):
    boundary = DecisionBoundaryView(session)
    qtbot.addWidget(boundary)
    session.play()
    qtbot.waitUntil(lambda: session.model.iteration >= 3, timeout=60_000)
    session.pause()
    qtbot.waitUntil(lambda: not session.settling, timeout=60_000)  # the state it stopped in is shown
    boundary.redraw_now()
    snapshot = session.snapshot
    _, grid = snapshot.output_grid(decision_boundary.RESOLUTION)
    assert np.allclose(boundary.image_array(), grid[0].astype(np.float32), rtol=1e-6, atol=1e-7)


def test_a_past_snapshot_is_not_confused_with_the_present(session, qtbot):
    session.step_iteration()
    session.step_iteration()
    present = session.snapshot
    past = session.model.snapshot_at(1)
    assert past.version == present.version and past.iteration != present.iteration
    key = ("test product", 1)
    session.renderer.want(key, lambda s: s.iteration)
    assert session.renderer.compute_now(present, key) == present.iteration
    assert session.renderer.compute_now(past, key) == 1


def test_the_histogram_of_a_huge_training_set_uses_an_even_sample_and_says_so(qtbot):
    session = TrainingSession(DataSpec(m=2 * activation_plot.SAMPLE + 10), Hyperparameters())
    try:
        Zs, sampled, m = sampled_Zs(session.snapshot)
        assert m == session.snapshot.prepared.X_train.shape[1] and sampled <= activation_plot.SAMPLE < m
        full, _ = session.snapshot.training_values()
        assert np.array_equal(Zs[0], full[0][:, :: -(-m // activation_plot.SAMPLE)])  # the same columns
        view = ActivationPlotView(session)
        qtbot.addWidget(view)
        view.show()
        view.redraw_now()
        assert f"{sampled:,}" in view.stats_text() and f"{m:,}" in view.stats_text()
    finally:
        session.shut_down()


def test_a_small_training_set_is_drawn_whole(qtbot):
    session = TrainingSession(DataSpec(m=400), Hyperparameters())
    try:
        Zs, sampled, m = sampled_Zs(session.snapshot)
        assert sampled == m
        reference = Session(DataSpec(m=400), Hyperparameters())
        full, _ = reference.snapshot().training_values()
        assert np.array_equal(Zs[0], full[0])
    finally:
        session.shut_down()

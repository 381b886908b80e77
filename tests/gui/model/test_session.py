"""TrainingSession: the one writer of state. Driven as the panels drive it; asserted on its signals and state."""

import numpy as np
import pytest
from PySide6.QtCore import QTimer

from backprop_studio.core.training.hyperparameters import Hyperparameters
from backprop_studio.core.data.pipeline import DataSpec
from backprop_studio.gui.model.session import TrainingSession


@pytest.fixture
def session(qtbot):
    s = TrainingSession()
    yield s
    s.pause()


def test_default_state_is_the_courses_flower_network(session):
    """The course's own run: the flower, all 400 points for training, its init (seed 2 × 0.01), α = 1.2."""
    hp = session.hyperparameters
    assert session.dataset.name == "flower" and session.dataset.m == 400
    assert session.prepared.train.m == 400 and session.prepared.test.m == 0
    assert hp.layer_dims() == [2, 4, 1] and hp.activations() == ["tanh", "sigmoid"]
    assert hp.initialization == "course" and hp.seed == 2 and hp.init_scale == 0.01 and hp.learning_rate == 1.2
    assert session.iteration == 0
    assert f"{session.metrics().train_cost:.6f}" == "0.693048"  # the notebook's "Cost after iteration 0"
    assert session.set_data_spec(test_ratio=0.2)  # the split is one setting away
    assert session.prepared.train.m == 320 and session.prepared.test.m == 80


def test_play_trains_until_paused_and_the_cost_falls(session, qtbot):
    session.set_speed(0)  # Maximum: the auto speed would spread these 2,000 iterations over 9 s
    first_cost = session.metrics().train_cost
    with qtbot.waitSignal(session.running_changed, timeout=1000):
        session.play()
    qtbot.waitUntil(lambda: session.iteration >= 2000, timeout=20000)
    session.pause()
    assert not session.running
    stopped_at = session.iteration
    # Let the event loop turn once: a tick left armed (a 0 ms timer started earlier) would fire first.
    turned = []
    QTimer.singleShot(0, lambda: turned.append(session.iteration))
    qtbot.waitUntil(lambda: len(turned) > 0)
    assert turned == [stopped_at] and session.iteration == stopped_at, "Pause must stop the iteration counter"
    metrics = session.metrics()
    assert metrics.train_cost < first_cost - 0.2
    assert metrics.train_accuracy > 0.8


def test_step_advances_exactly_one_iteration(session, qtbot):
    with qtbot.waitSignal(session.state_changed, timeout=1000) as shown:
        session.step_iteration()
    assert session.iteration == 1 and shown.args[0].iteration == 1
    session.step_iteration()
    assert session.iteration == 2


def test_reset_returns_to_iteration_zero_with_the_seeds_parameters(session, qtbot):
    initial = session.trainer.parameters()
    for _ in range(5):
        session.step_iteration()
    assert not np.array_equal(session.trainer.parameters()["W1"], initial["W1"])
    with qtbot.waitSignal(session.state_changed, timeout=1000, check_params_cb=lambda snap: snap.iteration == 0):
        session.reset()
    assert session.iteration == 0
    after = session.trainer.parameters()
    for key in initial:
        np.testing.assert_array_equal(after[key], initial[key])


def test_learning_rate_change_keeps_training_but_units_change_restarts(session, qtbot):
    for _ in range(3):
        session.step_iteration()
    assert session.set_learning_rate(0.5)
    assert session.iteration == 3 and session.trainer.hp.learning_rate == 0.5
    messages = []
    session.problem_reported.connect(messages.append)
    with qtbot.waitSignal(session.structure_changed, timeout=1000):
        assert session.set_layer_units(1, 6)
    assert session.iteration == 0
    assert session.trainer.parameters()["W1"].shape == (6, 2)
    assert any("restarted" in m for m in messages)


def test_bad_values_are_refused_with_a_message_and_nothing_changes(session, qtbot):
    before = session.hyperparameters
    with qtbot.waitSignal(session.problem_reported, timeout=1000) as blocker:
        assert not session.set_learning_rate(-1.0)
    assert "learning rate" in blocker.args[0]
    assert session.hyperparameters == before
    with qtbot.waitSignal(session.problem_reported, timeout=1000):
        assert not session.set_data_spec(m=1)
    assert session.dataset.m == 400


def test_divergence_pauses_and_reports_with_the_iteration(qtbot):
    session = TrainingSession(hyperparameters=Hyperparameters(learning_rate=1e6))
    with qtbot.waitSignal(session.training_failed, timeout=10000) as blocker:
        session.play()
    assert not session.running
    assert "iteration" in blocker.args[0] and "learning rate" in blocker.args[0]
    for value in session.trainer.parameters().values():
        assert np.all(np.isfinite(value))


def test_dataset_change_regenerates_points_and_restarts(session, qtbot):
    for _ in range(3):
        session.step_iteration()
    old = session.dataset.X.copy()
    with qtbot.waitSignal(session.structure_changed, timeout=1000):
        assert session.set_data_spec(name="circles")
    assert session.dataset.name == "circles" and session.iteration == 0
    assert not np.array_equal(session.dataset.X, old)
    with qtbot.waitSignal(session.structure_changed, timeout=1000):
        session.regenerate()
    assert session.data_spec.seed == 2


def test_three_classes_switch_the_output_to_softmax(session):
    assert session.set_data_spec(name="spiral3")
    hp = session.hyperparameters
    assert hp.problem == "multiclass" and hp.output_activation == "softmax" and hp.layer_dims()[-1] == 3
    session.step_iteration()
    bounds, values = session.snapshot.output_grid(20)
    assert values.shape == (3, 20, 20)
    np.testing.assert_allclose(values.sum(axis=0), 1.0)


def test_output_grid_matches_core_forward_on_the_same_points(session):
    from backprop_studio.core.data.pipeline import grid
    from backprop_studio.core.nn.propagation import L_model_forward

    bounds, values = session.snapshot.output_grid(30)
    _, _, points = grid(bounds, 30)
    AL, _ = L_model_forward(session.prepared.inputs(points), session.trainer.parameters(), session.hyperparameters.activations())
    np.testing.assert_array_equal(values.reshape(1, -1), AL)


class HandClock:
    """Seconds that pass only when the test says so (binary fractions, so sums stay exact)."""

    def __init__(self) -> None:
        self.now = 1024.0
        self.reads = 0

    def __call__(self) -> float:
        # A loop without a working speed limit would never see its tick budget run out: fail, not hang.
        self.reads += 1
        if self.reads > 20_000:
            raise RuntimeError("the play loop kept reading a clock that stood still")
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds
        self.reads = 0


def test_the_speed_limit_allows_one_iteration_per_tenth_of_a_second_at_10_per_second(qtbot):
    """At 10 iterations a second, t seconds after Play the loop may have run 1 + ⌊10 t⌋ iterations.
    The clock stands still inside a tick, so the first tick after it moves runs exactly what became
    allowed (and the window is shown one snapshot of it); later ticks run nothing until it moves again."""
    clock = HandClock()
    session = TrainingSession(DataSpec(), clock=clock)
    session.set_speed(10)
    with qtbot.waitSignal(session.state_changed, timeout=5000):
        session.play()
    assert session.iteration == 1  # one at once
    for seconds, allowed in ((0.25, 2), (0.125, 1), (0.625, 7), (2.0, 20)):  # t = 0.25, 0.375, 1, 3
        clock.advance(seconds)
        before = session.iteration
        with qtbot.waitSignal(session.state_changed, timeout=5000,
                              check_params_cb=lambda snap: snap.iteration == before + allowed):
            pass
        assert session.iteration - before == allowed, (clock.now, session.iteration)
    assert session.iterations_per_second() == 10.0  # measured over the last second or so: 20 in 2 s
    session.pause()
    assert session.iterations_per_second() == 0.0


def test_phase_step_emits_events_in_course_order(session, qtbot):
    kinds = []
    session.state_changed.connect(lambda snap: kinds.append((snap.phase.kind, snap.phase.layer)))
    for _ in range(7):
        session.step_phase()
    assert kinds == [("forward", 1), ("forward", 2), ("cost", 2), ("backward", 2), ("backward", 1), ("update", 1), ("update", 2)]
    assert session.iteration == 1


def test_max_iterations_stops_play(qtbot):
    session = TrainingSession()
    session.max_iterations = 300
    with qtbot.waitSignal(session.running_changed, timeout=10000, check_params_cb=lambda running: not running):
        session.play()
    assert session.iteration == 300


def test_apply_installs_everything_at_once_or_nothing(session, qtbot):
    hp = Hyperparameters(hidden_units=(3, 3), hidden_activations=("relu", "tanh"), learning_rate=0.3)
    with qtbot.waitSignal(session.structure_changed, timeout=1000):
        assert session.apply(data_spec=DataSpec(name="moons", m=200), hyperparameters=hp)
    assert session.dataset.name == "moons" and session.dataset.m == 200
    assert session.hyperparameters.layer_dims() == [2, 3, 3, 1] and session.iteration == 0
    before = session.hyperparameters
    bad = {"W1": np.zeros((5, 2)), "b1": np.zeros((5, 1))}
    assert not session.apply(hyperparameters=hp, parameters=bad)
    assert session.hyperparameters == before and session.dataset.name == "moons"


def test_apply_with_a_trainer_state_continues_exactly(session):
    for _ in range(25):
        session.step_iteration()
    state = session.trainer.state()
    for _ in range(10):
        session.step_iteration()
    expected = session.trainer.parameters()
    other = TrainingSession()
    assert other.apply(data_spec=session.data_spec, hyperparameters=session.hyperparameters, trainer_state=state)
    assert other.iteration == 25
    for _ in range(10):
        other.step_iteration()
    for key, value in expected.items():
        np.testing.assert_array_equal(other.trainer.parameters()[key], value)


def test_selection_follows_the_network(session, qtbot):
    selection = session.selection
    with qtbot.waitSignal(session.selection_changed, timeout=1000):
        assert selection.select_neuron(1, 3)
    assert not selection.select_neuron(1, 4)  # n[1] = 4: units 0..3
    assert selection.neuron == (1, 3)
    with qtbot.waitSignal(session.selection_changed, timeout=1000) as blocker:
        session.set_layer_units(1, 2)
    assert blocker.args[0].selection.neuron is None and selection.neuron is None
    assert selection.select_example(5) and selection.example == 5
    assert not selection.select_example(10_000)

"""The Session: the one model. Changes return what changed or refuse; reading changes nothing;
evaluations follow the iteration count; half an iteration is never dropped."""

from __future__ import annotations

import numpy as np
import pytest

from backprop_studio.core.data.datasets import from_points
from backprop_studio.core.data.pipeline import DataSpec
from backprop_studio.core.errors import BackpropStudioError, DivergenceError, HyperparameterError
from backprop_studio.core.session import Change, Session
from backprop_studio.core.session.schedule import is_evaluation
from backprop_studio.core.training.hyperparameters import Hyperparameters


def _same(a: dict, b: dict) -> bool:
    return sorted(a) == sorted(b) and all(np.array_equal(a[k], b[k]) for k in a)


def test_the_default_is_the_courses_flower_network():
    session = Session()
    hp = session.hyperparameters
    assert session.dataset.name == "flower" and session.dataset.m == 400
    assert hp.layer_dims() == [2, 4, 1] and hp.activations() == ["tanh", "sigmoid"] and hp.learning_rate == 1.2
    assert session.iteration == 0 and not session.in_iteration


def test_evaluation_rows_follow_the_iteration_count_not_how_training_was_chunked():
    """The bug: rows were taken at the end of each GUI tick, so two runs of one session differed."""
    one_by_one, in_chunks, mixed = Session(), Session(), Session()
    for _ in range(900):
        one_by_one.step()
    in_chunks.train(900)
    for chunk in (1, 7, 300, 13, 579):
        mixed.train(chunk)
        mixed.snapshot()  # reading in between changes nothing
        mixed.metrics()
    rows = [s.trainer.history.evaluations.array() for s in (one_by_one, in_chunks, mixed)]
    np.testing.assert_array_equal(rows[0], rows[1])
    np.testing.assert_array_equal(rows[0], rows[2])
    assert [int(i) for i in rows[0][:, 0]] == [i for i in range(901) if is_evaluation(i)]


def test_reading_changes_nothing():
    session = Session()
    session.train(37)
    version, rows = session.version, len(session.trainer.history.evaluations)
    for _ in range(3):
        session.metrics(), session.snapshot(), session.parameters(), session.state(), session.export_meta()
    assert session.version == version and len(session.trainer.history.evaluations) == rows
    assert session.snapshot() is session.snapshot()  # made once per state


def test_alpha_keeps_training_and_the_network_restarts_it():
    session = Session()
    session.train(3)
    changed = session.set_hyperparameters(learning_rate=0.5)
    assert changed.what & Change.HYPERPARAMETERS and not changed.what & Change.STRUCTURE
    assert not changed.restarted and session.iteration == 3 and session.trainer.hp.learning_rate == 0.5
    changed = session.set_hyperparameters(hidden_units=(6,))
    assert changed.what & Change.STRUCTURE and changed.restarted
    assert session.iteration == 0 and session.parameters()["W1"].shape == (6, 2)


@pytest.mark.parametrize("changes", [dict(learning_rate=-1.0), dict(hidden_units=(0,)), dict(lambd="x"),
                                     dict(initialization="nope"), dict(no_such_field=1)])
def test_a_refused_change_raises_a_coded_error_and_changes_nothing(changes):
    session = Session()
    session.train(5)
    before, version = session.parameters(), session.version
    with pytest.raises((BackpropStudioError, TypeError)):
        session.set_hyperparameters(**changes)
    assert session.version == version and session.iteration == 5 and _same(before, session.parameters())


def test_a_weight_edit_shows_at_once_in_the_snapshot():
    """The bug: W[2]₁,₁ = 50 left the status bar at the old J and accuracy."""
    session = Session()
    session.train(50)
    old = session.snapshot()
    session.set_weight("W2", 0, 0, 50.0)
    new = session.snapshot()
    assert new.parameters["W2"][0, 0] == 50.0 and old.parameters["W2"][0, 0] != 50.0
    assert new.metrics.train_cost == session.trainer.evaluate().train_cost != old.metrics.train_cost
    assert new.iteration == 50


def test_snapshots_are_frozen_and_consistent():
    session = Session()
    session.train(10)
    snap = session.snapshot()
    assert snap.iteration == session.iteration == snap.metrics.iteration
    assert _same(dict(snap.parameters), session.parameters())
    with pytest.raises(ValueError):
        snap.parameters["W1"][0, 0] = 1.0  # read-only
    session.train(10)
    assert snap.iteration == 10 and session.snapshot().iteration == 20  # the old one did not move
    box, grid = session.snapshot().output_grid(20)
    assert grid.shape == (1, 20, 20) and np.all((grid > 0) & (grid < 1))


def test_a_change_mid_iteration_finishes_the_iteration_first():
    """The bug: step to "update layer 1", change α: W[1] was updated, W[2] never was, nothing counted."""
    reference, session = Session(), Session()
    reference.train(3)
    session.train(3)
    for _ in range(6):  # forward 1, 2, cost, backward 2, 1, update 1
        session.step_phase()
    assert session.in_iteration and session.iteration == 3
    changed = session.set_hyperparameters(learning_rate=0.5)
    assert changed.finished_iteration and not session.in_iteration and session.iteration == 4
    while reference.iteration < 4:  # the same iteration, taken phase by phase to its end
        reference.step_phase()
    reference.set_hyperparameters(learning_rate=0.5)
    assert _same(reference.parameters(), session.parameters())


OPERATIONS = ("step", "phase", "phase", "phase", "alpha", "weight", "batch", "reset", "lesson", "train")


@pytest.mark.parametrize("seed", range(12))
def test_interleaved_steps_phases_and_changes_never_drop_half_an_iteration(seed):
    """Whatever comes between phases, the session ends where one that finishes every iteration first ends."""
    rng = np.random.default_rng(seed)
    session, reference = Session(DataSpec(m=60)), Session(DataSpec(m=60))
    for _ in range(30):
        operation = OPERATIONS[rng.integers(len(OPERATIONS))]
        value = float(rng.choice([0.3, 0.8, 1.2]))
        for target in (session, reference):
            if target is reference and operation in ("alpha", "weight", "batch"):
                while target.in_iteration:  # the reference finishes the iteration explicitly first
                    target.step_phase()
            try:
                if operation == "step":
                    target.step()
                elif operation == "train":
                    target.train(3)
                elif operation == "phase":
                    target.step_phase()
                elif operation == "alpha":
                    target.set_hyperparameters(learning_rate=value)
                elif operation == "weight":
                    target.set_weight("W1", 0, 1, value)
                elif operation == "batch":
                    target.set_hyperparameters(batch_size=None if value > 1 else 16)
                elif operation == "reset":
                    target.reset()
                else:
                    target.load_lesson("one_hidden_layer")
                    target.set_data_spec(m=60)
            except DivergenceError:
                pass
        assert session.iteration == reference.iteration and session.in_iteration == reference.in_iteration
        assert _same(session.parameters(), reference.parameters())
        assert len(session.trainer.history.cost_curve()[1]) == session.iteration


def test_divergence_keeps_the_last_finite_parameters_and_says_where():
    session = Session(hyperparameters=Hyperparameters(learning_rate=1e6))
    with pytest.raises(DivergenceError) as info:
        session.train(100)
    assert session.run.divergence is not None and session.run.divergence.iteration == info.value.iteration
    assert all(np.all(np.isfinite(v)) for v in session.parameters().values())
    assert session.snapshot().divergence == session.run.divergence
    session.set_hyperparameters(learning_rate=0.01)
    assert session.run.divergence is None


def test_selection_is_checked_and_forgotten_when_it_no_longer_exists():
    session = Session()
    assert session.select_neuron(1, 3).what == Change.SELECTION
    assert session.select_example(session.prepared.train.m - 1)
    with pytest.raises(HyperparameterError):
        session.select_neuron(1, 4)
    with pytest.raises(BackpropStudioError):
        session.select_example(session.prepared.train.m)
    session.set_hyperparameters(hidden_units=(2,))
    session.set_data_spec(m=100)
    assert session.selection.neuron is None and session.selection.example is None
    assert not session.select_example(None)  # nothing changed


def test_drawn_points_and_the_problem_follow_the_data():
    session = Session()
    points = from_points(np.array([[0.0, 1.0, 2.0], [0.0, 1.0, 0.0]]), np.array([0, 1, 2]), "multiclass")
    changed = session.set_dataset(points)
    assert changed.what & Change.DATA and changed.what & Change.HYPERPARAMETERS
    assert session.hyperparameters.problem == "multiclass" and session.hyperparameters.layer_dims()[-1] == 3


def test_a_lesson_installs_its_preset_and_ticks_on_the_iteration_schedule():
    session = Session()
    session.load_lesson("one_hidden_layer")
    assert session.lessons.lesson.name == "one_hidden_layer" and session.lessons.ticked == (False,)
    assert session.snapshot().lesson.number == 5
    session.train(3000)
    assert session.lessons.ticked == (True,)
    with pytest.raises(HyperparameterError):
        session.load_lesson("no_such_lesson")


@pytest.mark.parametrize("batch_size", [None, 700])
@pytest.mark.parametrize("abort_at", [1, 4, 9, 15])
def test_an_iteration_aborted_between_its_numpy_calls_leaves_nothing_behind(batch_size, abort_at):
    """A big network's iteration can take a second: Pause must not wait for it. Aborted at any of its
    NumPy calls, it is discarded whole (parameters, gradients, mini-batch stream), so training on
    afterwards gives the very numbers of a run that was never interrupted."""
    hp = Hyperparameters(hidden_units=(64, 64, 64), hidden_activations=("relu",) * 3, initialization="he",
                         learning_rate=0.01, batch_size=batch_size)
    interrupted, steady = Session(DataSpec(m=2000), hp), Session(DataSpec(m=2000), hp)
    assert interrupted.run.iteration_cost() > 2_000_000  # big enough to look at abort inside an iteration
    interrupted.train(2)
    gradients = interrupted.trainer.gradients()
    calls = []
    done = interrupted.train(5, abort=lambda: calls.append(1) or len(calls) == abort_at)
    assert done == 0 and interrupted.iteration == 2 and len(calls) == abort_at
    assert _same(interrupted.trainer.gradients(), gradients)
    interrupted.train(4, abort=lambda: False)
    steady.train(6)
    assert _same(interrupted.parameters(), steady.parameters())
    np.testing.assert_array_equal(interrupted.trainer.history.cost_curve()[1], steady.trainer.history.cost_curve()[1])

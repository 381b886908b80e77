"""Play trains on a worker thread: changes land between iterations, in order; Pause and Reset never leave
half an iteration; divergence and errors in the worker reach the window; closing stops the thread.

Each test compares with a headless core Session doing the same things at the same iterations: the
numbers must be identical, whatever the thread timing was."""

from __future__ import annotations

import threading

import numpy as np
import pytest

from backprop_studio.core.data.pipeline import DataSpec
from backprop_studio.core.session import Session
from backprop_studio.core.training.hyperparameters import Hyperparameters
from backprop_studio.gui.model.session import TrainingSession

BIG = Hyperparameters(hidden_units=(64, 64, 64), hidden_activations=("relu",) * 3, initialization="he",
                      learning_rate=0.01)  # big enough that an iteration is interrupted between its NumPy calls


def same(a: dict, b: dict) -> bool:
    return sorted(a) == sorted(b) and all(np.array_equal(a[k], b[k]) for k in a)


@pytest.fixture
def session(qtbot):
    s = TrainingSession(DataSpec(m=3000), BIG)
    yield s
    s.shut_down()


def play_until(session: TrainingSession, qtbot, iteration: int) -> None:
    session.play()
    qtbot.waitUntil(lambda: session.model.iteration >= iteration, timeout=60_000)


def test_pause_leaves_the_parameters_of_whole_iterations_and_shows_them(session, qtbot):
    assert session.model.run.iteration_cost() > 2_000_000
    play_until(session, qtbot, 3)
    session.pause()
    assert not session.running  # at once; the state it stopped in is shown when its costs are computed
    qtbot.waitUntil(lambda: not session.settling, timeout=60_000)
    done = session.model.iteration
    assert session.snapshot.iteration == done  # what is shown is what the parameters are
    reference = Session(DataSpec(m=3000), BIG)
    reference.train(done)
    assert same(session.model.parameters(), reference.parameters())
    assert same(dict(session.snapshot.parameters), reference.parameters())


def test_changes_while_playing_apply_between_iterations_in_order(session, qtbot):
    """α, a typed weight and the batch size, each while the worker trains: each lands at some iteration k,
    and a headless session making the same changes at the same iterations ends bit for bit the same."""
    applied: list[tuple[int, str, object]] = []

    def change(kind: str, value: object) -> None:
        with session.playback.worker.hold():  # noting k and changing are one step, between two iterations
            applied.append((session.model.iteration, kind, value))
            if kind == "alpha":
                assert session.set_learning_rate(value)
            elif kind == "weight":
                assert session.set_weight("W2", 1, 2, value)
            else:
                assert session.set_hyperparameters(batch_size=value)

    play_until(session, qtbot, 2)
    change("alpha", 0.02)
    qtbot.waitUntil(lambda: session.model.iteration >= applied[-1][0] + 2, timeout=60_000)
    change("weight", 0.5)
    qtbot.waitUntil(lambda: session.model.iteration >= applied[-1][0] + 2, timeout=60_000)
    change("batch", 512)
    qtbot.waitUntil(lambda: session.model.iteration >= applied[-1][0] + 3, timeout=60_000)
    session.pause()
    assert session.running is False
    reference = Session(DataSpec(m=3000), BIG)
    for k, kind, value in applied:
        reference.train(k - reference.iteration)
        if kind == "alpha":
            reference.set_hyperparameters(learning_rate=value)
        elif kind == "weight":
            reference.set_weight("W2", 1, 2, value)
        else:
            reference.set_hyperparameters(batch_size=value)
    reference.train(session.model.iteration - reference.iteration)
    assert same(session.model.parameters(), reference.parameters())
    np.testing.assert_array_equal(session.model.trainer.history.cost_curve()[1],
                                  reference.trainer.history.cost_curve()[1])


def test_reset_and_a_lesson_while_playing_start_clean(session, qtbot):
    play_until(session, qtbot, 2)
    session.reset()
    assert not session.running and session.model.iteration == 0 and session.snapshot.iteration == 0
    assert same(session.model.parameters(), Session(DataSpec(m=3000), BIG).parameters())
    play_until(session, qtbot, 1)
    assert session.load_lesson("one_hidden_layer")
    assert session.model.iteration == 0 and session.snapshot.lesson.name == "one_hidden_layer"


def test_step_phase_while_playing_pauses_then_takes_an_exact_phase(session, qtbot):
    play_until(session, qtbot, 2)
    event = session.step_phase()
    assert not session.running and event.kind == "forward" and event.layer == 1
    k = event.iteration
    while session.model.in_iteration:
        session.step_phase()
    reference = Session(DataSpec(m=3000), BIG)
    reference.train(k)
    while reference.iteration < k + 1:
        reference.step_phase()
    assert session.model.iteration == k + 1 and same(session.model.parameters(), reference.parameters())


def test_divergence_in_the_worker_stops_play_and_says_so(qtbot):
    session = TrainingSession(hyperparameters=Hyperparameters(learning_rate=1e6))
    try:
        with qtbot.waitSignal(session.training_failed, timeout=30_000) as failed:
            session.play()
        assert not session.running
        assert "diverged" in failed.args[0]
        assert session.snapshot.divergence is not None
        assert session.snapshot.iteration == session.snapshot.divergence.iteration
    finally:
        session.shut_down()


def test_an_error_in_the_worker_reaches_the_window_thread(qtbot, monkeypatch):
    session = TrainingSession()
    seen: list[str] = []
    original = session.model.train

    def broken(*args, **kwargs):
        if session.model.iteration >= 5:
            raise RuntimeError("a bug inside training")
        return original(*args, **kwargs)

    monkeypatch.setattr(session.model, "train", broken)
    with qtbot.captureExceptions() as exceptions:
        session.running_changed.connect(lambda running: seen.append(threading.current_thread().name))
        session.play()
        qtbot.waitUntil(lambda: not session.running, timeout=30_000)
    session.shut_down()
    assert [str(e[1]) for e in exceptions] == ["a bug inside training"]  # raised on the window's thread
    assert seen == [threading.main_thread().name] * 2  # running_changed(True), then (False), both there
    assert session.snapshot.iteration == session.model.iteration >= 5


def test_closing_while_playing_ends_the_thread(qtbot):
    session = TrainingSession(DataSpec(m=3000), BIG)
    session.play()
    qtbot.waitUntil(lambda: session.model.iteration >= 1, timeout=60_000)
    thread = session.playback.worker._thread
    session.shut_down()
    assert thread is not None and not thread.is_alive()
    assert not session.running


def test_pausing_a_big_network_never_waits_for_the_costs_of_its_last_state(session, qtbot, monkeypatch):
    """The costs of the state training stopped in take a forward pass over all the data (a second at the
    largest network): Pause returns before they are computed, and they are shown once they are."""
    from backprop_studio.core.training.trainer import Trainer

    release = threading.Event()
    original = Trainer.evaluation
    waited: list[bool] = []

    def slow_evaluation(trainer):
        evaluate = original(trainer)

        def run():
            if threading.current_thread() is not threading.main_thread():
                waited.append(release.wait(60))  # True: released by the test, after pause() returned
            return evaluate()
        return run

    monkeypatch.setattr(Trainer, "evaluation", slow_evaluation)  # the worker's costs wait for the test
    play_until(session, qtbot, 1)
    session.pause()
    assert not session.running and session.settling  # Pause returned while the costs are being computed
    shown = session.snapshot
    assert shown.iteration <= session.model.iteration  # the last snapshot shown stays, whole and consistent
    release.set()
    qtbot.waitUntil(lambda: not session.settling, timeout=60_000)
    assert waited and all(waited)
    qtbot.waitUntil(lambda: session.snapshot.iteration == session.model.iteration, timeout=10_000)
    assert session.snapshot.metrics.iteration == session.model.iteration

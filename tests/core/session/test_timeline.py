"""The timeline: any past iteration of the run, bit-identical to a fresh run stopped there, in bounded memory.

A ``Recorded`` run drives a real Session and calls the timeline's hooks where the session will
(after iterations, after α/λ/batch changes, weight edits and phase-by-phase iterations). The truth
is a second, fresh Session doing the same things, whose state is read at every iteration.
"""

from __future__ import annotations

import json
import tracemalloc

import numpy as np
import pytest

from backprop_studio.core.errors import BackpropStudioError, ParameterFileError
from backprop_studio.core.session import Session
from backprop_studio.core.session import timeline as timeline_module
from backprop_studio.core.session.timeline import Timeline, cut_history, training_state
from backprop_studio.core.training.history import History
from backprop_studio.core.training.hyperparameters import Hyperparameters
from backprop_studio.core.training.trainer import Trainer


def factory_for(session: Session):
    prepared = session.prepared
    return lambda hp: Trainer(hp, prepared.X_train, prepared.Y_train, prepared.X_test, prepared.Y_test)


def play(session: Session, actions, timeline: Timeline | None = None, seen: dict | None = None) -> None:
    """Do ``actions`` on ``session``: ("train", n), ("set", {...}), ("weight", key, row, col, value), ("phases", n).

    With a timeline, call its hooks as the session will; with ``seen``, store the state at every
    iteration after what was done there (the fresh run "stopped there": reading changes nothing).
    """
    trainer = lambda: session.trainer  # noqa: E731

    def look() -> None:
        if seen is not None:
            t = trainer()
            seen[t.iteration] = (t.parameters(), t.gradients(), training_state(t), t.hp)

    def after_iteration() -> None:
        if timeline is not None and trainer().iteration >= timeline.next_record:
            timeline.record(trainer())
        look()

    look()
    for action in actions:
        kind = action[0]
        if kind == "train":
            for _ in range(action[1]):
                session.step()
                after_iteration()
        elif kind == "phases":
            for _ in range(action[1]):
                session.step_phase()
                while session.in_iteration:
                    session.step_phase()
                if timeline is not None:
                    timeline.note_phases(trainer())
                after_iteration()
        elif kind == "set":
            session.set_hyperparameters(**action[1])
            if timeline is not None:
                timeline.note_hyperparameters(trainer())
            look()
        elif kind == "weight":
            session.set_weight(*action[1:])
            if timeline is not None:
                timeline.note_parameters(trainer())
            look()


def recorded(actions, hp: Hyperparameters | None = None, **limits) -> tuple[Session, Timeline]:
    session = Session(hyperparameters=hp)
    timeline = Timeline(factory_for(session), session.trainer, **limits)
    play(session, actions, timeline)
    return session, timeline


def truth(actions, hp: Hyperparameters | None = None) -> dict:
    seen: dict = {}
    play(Session(hyperparameters=hp), actions, seen=seen)
    return seen


def assert_moment_is(moment, expected) -> None:
    parameters, gradients, state, hp = expected
    for key in parameters:
        assert moment.parameters[key].tobytes() == parameters[key].tobytes(), (moment.iteration, key)
    for key in gradients:
        assert moment.gradients[key].tobytes() == gradients[key].tobytes(), (moment.iteration, key)
    assert moment.hyperparameters == hp
    got = moment.trainer_state
    assert got["iteration"] == state["iteration"] == moment.iteration
    assert got["batch_rng"] == state["batch_rng"] and got["cursor"] == state["cursor"]
    assert list(got["order"]) == list(state["order"]) and got["first_cost"] == state["first_cost"]


FULL_BATCH = [("train", 120), ("set", {"learning_rate": 0.3}), ("train", 90), ("weight", "W1", 1, 0, 0.75),
              ("train", 60), ("set", {"learning_rate": 2.0}), ("set", {"learning_rate": 1.5}), ("train", 80)]
MINI_BATCH = [("train", 70), ("set", {"batch_size": 100}), ("train", 60), ("set", {"lambd": 0.5}),
              ("train", 50), ("set", {"learning_rate": 0.4, "batch_size": 32}), ("phases", 3), ("train", 40),
              ("weight", "b2", 0, 0, -0.2), ("set", {"batch_size": None}), ("train", 30)]


@pytest.mark.parametrize("actions, hp", [(FULL_BATCH, None), (MINI_BATCH, Hyperparameters(batch_size=64))],
                         ids=["full batch", "mini-batches"])
def test_every_past_iteration_is_bit_identical_to_a_fresh_run(actions, hp):
    """Small limits force re-training across α, λ, batch-size changes, an edit and phase iterations."""
    _, timeline = recorded(actions, hp, max_states=30, dense_until=10)
    expected = truth(actions, hp)
    assert len(timeline.kept_iterations) <= 30 and len(expected) > 250
    order = np.random.default_rng(7).permutation(sorted(expected))  # jumps back and forth
    for k in order:
        assert_moment_is(timeline.at(int(k)), expected[int(k)])


def test_a_fresh_session_literally_stopped_at_k_matches():
    actions = MINI_BATCH
    hp = Hyperparameters(batch_size=64)
    _, timeline = recorded(actions, hp, max_states=30, dense_until=10)
    fresh = Session(hyperparameters=hp)
    play(fresh, [("train", 70), ("set", {"batch_size": 100}), ("train", 60), ("set", {"lambd": 0.5}), ("train", 13)])
    moment = timeline.at(143)
    assert fresh.iteration == 143
    for key, value in fresh.parameters().items():
        assert moment.parameters[key].tobytes() == value.tobytes()
    assert moment.metrics == fresh.trainer.evaluate()


def test_phase_iterations_are_replayed_phase_by_phase():
    actions = [("train", 5), ("phases", 4), ("train", 5)]
    session = Session()
    timeline = Timeline(factory_for(session), session.trainer)
    timeline.record = lambda trainer: None  # keep only iteration 0: every other iteration is re-trained
    play(session, actions, timeline)
    assert timeline.kept_iterations == (0,)
    assert [(e.iteration, e.kind) for e in timeline.events] == [(5, "phases"), (6, "phases"), (7, "phases"),
                                                               (8, "phases")]
    expected = truth(actions)
    for k in range(15):
        assert_moment_is(timeline.at(k), expected[k])


def test_changes_are_events_at_their_iteration_and_a_dragged_alpha_is_one():
    _, timeline = recorded(FULL_BATCH)
    assert [(e.iteration, e.kind) for e in timeline.events] == [(120, "hyperparameters"), (210, "parameters"),
                                                               (270, "hyperparameters")]
    assert timeline.hyperparameters_at(119).learning_rate == 1.2
    assert timeline.hyperparameters_at(120).learning_rate == 0.3
    assert timeline.hyperparameters_at(270).learning_rate == 1.5
    # An α change after a batch-size change merges into it; a batch-size change after an α change does not
    # (it restarts the mini-batch stream, which the replay must do at the same point).
    _, timeline = recorded([("train", 3), ("set", {"batch_size": 50}), ("set", {"learning_rate": 0.5})])
    assert [e.values for e in timeline.events] == [(50, 0.0, 0.5)]
    _, timeline = recorded([("train", 3), ("set", {"learning_rate": 0.5}), ("set", {"batch_size": 50})])
    assert [e.values for e in timeline.events] == [(None, 0.0, 0.5), (50, 0.0, 0.5)]


def test_kept_states_are_dense_then_log_spaced_and_capped():
    _, timeline = recorded([("train", 3000)])
    kept = np.array(timeline.kept_iterations)
    assert list(kept[:101]) == list(range(101)) and len(kept) <= timeline_module.MAX_STATES
    assert kept[-1] <= 3000


def test_a_million_iterations_keep_memory_bounded_and_spacing_geometric(capsys):
    """Only what is recorded takes memory, and records happen at iterations the schedule picks: so the
    trainer jumps to each one (and takes a real step there), which keeps exactly what a real
    1,000,000-iteration run keeps without spending minutes on the steps in between."""
    session = Session(hyperparameters=Hyperparameters(batch_size=64))
    trainer = session.trainer
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        timeline = Timeline(factory_for(session), trainer)
        while trainer.iteration < 1_000_000:
            trainer.iteration = max(trainer.iteration, timeline.next_record - 1)
            trainer.step()
            if trainer.iteration >= timeline.next_record:
                timeline.record(trainer)
        used = tracemalloc.get_traced_memory()[0] - before
    finally:
        tracemalloc.stop()
    with capsys.disabled():
        print(f"\ntimeline of a 1,000,000-iteration run (default network, mini-batches of 64): "
              f"{len(timeline.kept_iterations)} states, {used / 2**20:.2f} MiB traced, "
              f"{timeline.nbytes() / 2**20:.2f} MiB estimated")
    assert len(timeline.kept_iterations) <= timeline_module.MAX_STATES
    assert used < 32 * 2**20
    kept = np.array(timeline.kept_iterations, dtype=float)
    gaps = np.diff(np.log(kept[kept > 1000]))
    assert gaps.max() < 4 * gaps.min()  # roughly geometric: no stretch left bare
    assert timeline.at(999_000).iteration == 999_000


def test_branch_trains_on_exactly_as_the_original_did():
    actions = [("train", 150), ("set", {"learning_rate": 0.5}), ("train", 150)]
    session, timeline = recorded(actions, max_states=30, dense_until=10)
    branch = timeline.branch(180, session.trainer.history.state())
    assert branch.hyperparameters.learning_rate == 0.5 and branch.iteration == 180
    trainer = factory_for(session)(branch.hyperparameters)
    trainer.restore(json.loads(json.dumps({**branch.trainer_state, "parameters": {
        k: v.tolist() for k, v in branch.trainer_state["parameters"].items()}})))
    timeline.truncate(180)
    assert max(timeline.kept_iterations) <= 180
    for _ in range(120):
        trainer.step()
        if trainer.iteration >= timeline.next_record:
            timeline.record(trainer)
    assert trainer.theta.tobytes() == session.trainer.theta.tobytes()
    iterations, costs = trainer.history.cost_curve()
    np.testing.assert_array_equal(costs, session.trainer.history.cost_curve()[1])
    expected = truth(actions)
    for k in (100, 180, 250, 300):
        assert_moment_is(timeline.at(k), expected[k])


def test_branching_before_a_change_forgets_it():
    session, timeline = recorded([("train", 50), ("set", {"learning_rate": 0.1}), ("phases", 1), ("train", 10)])
    timeline.truncate(50)
    assert [(e.iteration, e.kind) for e in timeline.events] == [(50, "hyperparameters")]
    timeline.truncate(40)
    assert timeline.events == () and timeline.hyperparameters_at(40).learning_rate == 1.2


def test_cut_history_goes_on_as_the_history_did():
    """Cut at k (strided as the full one is), then given the costs after k, it is the full history again."""
    costs = [float(i) for i in range(37)]
    full = History(max_points=8)
    for value in costs:
        full.costs.append(value)
    for i in range(0, 37, 3):
        full.record_evaluation((i, 1.0, 2.0, 0.5, 0.5))
    for k in (0, 1, 16, 20, 33, 37):
        cut = cut_history(full.state(), k)
        kept_rows = [row for row in full.state()["evaluations"]["rows"] if row[0] <= k]  # strided too
        assert cut["evaluations"]["rows"] == kept_rows and kept_rows[-1][0] > k - 12
        stride = cut["costs"]["stride"]
        assert [row[0] for row in cut["costs"]["rows"]] == costs[:k:stride]
        again = History()
        again.restore(cut)
        for value in costs[k:]:
            again.costs.append(value)
        assert again.costs.state() == full.costs.state(), k


def test_a_saved_timeline_reloads_bounded_and_replays_bit_for_bit():
    actions = MINI_BATCH
    hp = Hyperparameters(batch_size=80)  # 5 batches an epoch of the 400 training points (64 for 320)
    session, timeline = recorded(actions, hp)
    text = json.dumps(timeline.to_state(max_states=25), allow_nan=False)
    state = json.loads(text)
    assert len(state["states"]) == 25 and len(text) < 400_000
    reloaded = Timeline.from_state(state, factory_for(session), session.trainer)
    expected = truth(actions, hp)
    for k in (0, 7, 69, 70, 133, 181, 200, 251, session.iteration):
        assert_moment_is(reloaded.at(k), expected[k])


def test_a_timeline_of_another_run_is_refused():
    session, timeline = recorded([("train", 20)])
    state = timeline.to_state()
    other = Session(hyperparameters=Hyperparameters(hidden_units=(3,)))
    with pytest.raises(ParameterFileError):
        Timeline.from_state(state, factory_for(other), other.trainer)
    behind = Session()
    behind.train(5)
    with pytest.raises(ParameterFileError, match="past the run"):
        Timeline.from_state(state, factory_for(behind), behind.trainer)
    for broken in ({"format": 2}, {**state, "states": []}, {**state, "events": [{"iteration": 3, "kind": "x"}]},
                   {**state, "states": [{**state["states"][0], "parameters": [1.0]}]}):
        with pytest.raises(ParameterFileError):
            Timeline.from_state(broken, factory_for(session), session.trainer)


def test_before_the_start_is_refused_and_a_reopened_run_starts_where_it_was():
    session = Session()
    session.train(30)
    reopened = Session.from_state(session.state())
    timeline = Timeline(factory_for(reopened), reopened.trainer)
    assert timeline.first_iteration == 30
    with pytest.raises(BackpropStudioError):
        timeline.at(29)
    assert timeline.at(30).parameters["W2"].tobytes() == session.parameters()["W2"].tobytes()


def test_too_many_events_forget_the_oldest_part(monkeypatch):
    monkeypatch.setattr(timeline_module, "MAX_EVENTS", 20)
    actions = [step for i in range(30) for step in (("train", 7), ("set", {"learning_rate": 1.0 + i / 100}))]
    _, timeline = recorded(actions + [("train", 5)], max_states=40, dense_until=10)
    assert len(timeline.events) <= 21 and timeline.first_iteration > 0
    expected = truth(actions + [("train", 5)])
    for k in range(timeline.first_iteration, 216, 5):
        assert_moment_is(timeline.at(k), expected[k])


def test_parameter_path_reads_the_kept_states():
    actions = [("train", 400)]
    _, timeline = recorded(actions, max_states=30, dense_until=10)
    iterations, values = timeline.parameter_path([("W1", 0, 1), ("b2", 0, 0)])
    expected = truth(actions)
    assert list(iterations) == list(timeline.kept_iterations) and values.shape == (len(iterations), 2)
    for k, (w, b) in zip(iterations, values):
        assert w == expected[k][0]["W1"][0, 1] and b == expected[k][0]["b2"][0, 0]
    with pytest.raises(IndexError):
        timeline.parameter_path([("W1", 4, 0)])


def test_a_big_network_keeps_fewer_states_within_the_memory_budget(monkeypatch):
    """The budget scaled down (2 MiB) so that a small network stands for a big one and the test stays quick."""
    monkeypatch.setattr(timeline_module, "MAX_BYTES", 2 * 2**20)
    hp = Hyperparameters(hidden_units=(16, 16), hidden_activations=("tanh", "tanh"), learning_rate=0.1)
    session = Session(hyperparameters=hp)
    trainer = session.trainer
    timeline = Timeline(factory_for(session), trainer)
    assert timeline_module.MIN_STATES <= timeline.capacity < timeline_module.MAX_STATES
    while len(timeline.kept_iterations) < timeline.capacity or trainer.iteration < 5 * timeline.capacity:
        trainer.iteration = max(trainer.iteration, timeline.next_record - 1)  # jump to the next record, as above
        trainer.step()
        if trainer.iteration >= timeline.next_record:
            timeline.record(trainer)
    assert len(timeline.kept_iterations) == timeline.capacity
    assert timeline.nbytes() <= timeline_module.MAX_BYTES

"""The session's run trained with the student's functions (core.student.your_trainer, Session.use_functions)."""

from __future__ import annotations

import numpy as np
import pytest

from backprop_studio.core.errors import BackpropStudioError
from backprop_studio.core.session import Session
from backprop_studio.core.student.loading import load_student_file
from backprop_studio.core.student.training import StudentTrainingError
from backprop_studio.core.student.your_trainer import YourCodeStopped, YourFunctions
from backprop_studio.core.training.hyperparameters import Hyperparameters

from .conftest import FILES

RELU = Hyperparameters(hidden_units=(4, 3), hidden_activations=("relu", "relu"), initialization="random",
                       init_scale=0.5)


@pytest.fixture
def functions_for():
    """functions_for("correct.py", timeout=1) → YourFunctions on that file, closed after the test."""
    opened: list[YourFunctions] = []

    def make(name: str, **options) -> YourFunctions:
        functions = YourFunctions.load(load_student_file(FILES / name), **options)
        opened.append(functions)
        return functions

    yield make
    for functions in opened:
        functions.close()


def _largest_difference(a, b) -> float:
    return max(float(np.max(np.abs(np.asarray(a[key]) - np.asarray(b[key])))) for key in b)


@pytest.mark.parametrize("name", ["correct.py", "correct.ipynb"])
@pytest.mark.parametrize("hp", [None, RELU], ids=["tanh", "relu"])
def test_the_correct_file_trains_the_session_as_core_does(functions_for, hp, name):
    yours, core = Session(hyperparameters=hp), Session(hyperparameters=hp)
    yours.train(3), core.train(3)
    yours.use_functions(functions_for(name))
    assert yours.iteration == 3  # it goes on from where the run was
    yours.train(40), core.train(40)
    assert yours.iteration == core.iteration == 43
    snapshot = yours.snapshot()
    assert _largest_difference(snapshot.parameters, core.snapshot().parameters) < 1e-12
    assert _largest_difference(snapshot.gradients, core.snapshot().gradients) < 1e-12
    assert dict(snapshot.yours.roles) == {"forward": "student", "cost": "student", "backward": "student",
                                          "update": "student"}
    assert snapshot.yours.since == 3
    np.testing.assert_allclose(snapshot.history.costs, core.snapshot().history.costs, rtol=0, atol=1e-12)
    # The reference curve is core's run from the same start: the same costs here.
    np.testing.assert_allclose(snapshot.yours.reference.costs, snapshot.history.costs, rtol=0, atol=1e-12)


def test_a_buggy_backward_drifts_from_the_reference_curve(functions_for):
    session = Session(hyperparameters=RELU)
    session.use_functions(functions_for("buggy_backward.py"))
    session.train(30)
    snapshot = session.snapshot()
    assert dict(snapshot.yours.roles)["backward"] == "student"
    yours, reference = snapshot.history.costs, snapshot.yours.reference.costs
    assert len(yours) == len(reference) == 30  # J of iterations 0 … 29, each before its update
    assert abs(yours[0] - reference[0]) < 1e-12  # the first cost is before any update: the same
    assert abs(yours[-1] - reference[-1]) > 1e-3  # then the wrong gradient took another path


def test_a_failing_function_stops_the_run_and_keeps_the_last_parameters(functions_for):
    session = Session()
    session.train(2)
    before = session.snapshot()
    session.use_functions(functions_for("keepdims.py"))
    with pytest.raises(YourCodeStopped) as caught:
        session.train(10)
    assert caught.value.check.name == "backward_propagation"
    assert "keepdims=True?" in str(caught.value)
    assert session.iteration == 2
    assert _largest_difference(session.snapshot().parameters, before.parameters) == 0.0


def test_an_endless_loop_is_stopped_by_its_time_limit(functions_for):
    session = Session(hyperparameters=RELU)
    session.use_functions(functions_for("infinite_loop.py", timeout=0.5))
    with pytest.raises(YourCodeStopped) as caught:
        session.train(1)
    assert caught.value.check.verdict.code in ("timeout", "timeout_at")
    assert session.iteration == 0


def test_abort_ends_a_long_call_and_discards_the_iteration(functions_for):
    session = Session(hyperparameters=RELU)
    session.use_functions(functions_for("infinite_loop.py", timeout=60))
    # Without abort this call would run into its 60 s limit and stop the run with a time-out instead.
    assert session.train(5, abort=lambda: True) == 0
    assert session.iteration == 0 and session.snapshot().divergence is None


def test_the_timeline_replays_the_students_functions(functions_for):
    session = Session()
    session.use_functions(functions_for("wrong_derivative.py"))
    session.train(30)
    at_30 = session.snapshot()
    session.train(170)
    past = session.snapshot_at(30)
    assert past.iteration == 30
    for key, value in at_30.parameters.items():
        np.testing.assert_array_equal(past.parameters[key], value)  # bit for bit: their functions ran again
    core = Session()
    core.train(30)
    assert _largest_difference(past.parameters, core.snapshot().parameters) > 1e-3  # and not core's


def test_phase_stepping_is_refused_and_changes_nothing(functions_for):
    session = Session()
    session.use_functions(functions_for("correct.py"))
    with pytest.raises(StudentTrainingError) as caught:
        session.step_phase()
    assert caught.value.code == "student.no_phases"
    assert session.iteration == 0 and not session.in_iteration


@pytest.mark.parametrize("change, code", [({"hidden_activations": ("leaky_relu",)}, "student.network"),
                                          ({"batch_size": 64}, "student.batch"),
                                          ({"lambd": 0.1}, "student.lambda")])
def test_a_network_their_functions_cannot_train_is_refused(functions_for, change, code):
    session = Session()
    session.use_functions(functions_for("correct.py"))
    session.train(2)
    hp = session.hyperparameters
    with pytest.raises(BackpropStudioError) as caught:
        session.set_hyperparameters(**change)
    assert caught.value.code == code
    assert session.hyperparameters == hp and session.iteration == 2


def test_alpha_changes_both_runs_and_core_takes_over_again(functions_for):
    session = Session()
    functions = functions_for("wrong_derivative.py")
    session.use_functions(functions)
    session.train(5)
    session.set_hyperparameters(learning_rate=0.5)
    session.train(5)
    snapshot = session.snapshot()
    assert session.run.reference.hp.learning_rate == 0.5
    assert len(snapshot.yours.reference.costs) == len(snapshot.history.costs) == 10
    parameters = snapshot.parameters
    session.use_functions(None)
    assert session.snapshot().yours is None and session.iteration == 10
    assert _largest_difference(session.snapshot().parameters, parameters) == 0.0
    session.train(5)  # core's engine again, from their parameters
    assert session.iteration == 15 and not session.run.remote
    assert session.state().trainer_state["iteration"] == 15

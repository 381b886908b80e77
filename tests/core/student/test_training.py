"""Training with the student's functions, next to core's reference run from the same start."""

from __future__ import annotations

import numpy as np
import pytest

from backprop_studio.core.nn.propagation import L_model_forward
from backprop_studio.core.session import Session
from backprop_studio.core.student.training import (StudentTrainer, StudentTrainingError, check_student_gradients,
                                                   course_mode, layer_values)
from backprop_studio.core.student.verdicts import Status
from backprop_studio.core.training.hyperparameters import Hyperparameters


def _max_difference(a: dict, b: dict) -> float:
    assert set(a) >= set(b)
    return max(float(np.max(np.abs(np.asarray(a[key]) - b[key]))) for key in b)


@pytest.mark.parametrize("network", ["tanh_snapshot", "relu_snapshot"])
def test_the_correct_file_trains_as_core_does(sandbox_for, network, request):
    snapshot = request.getfixturevalue(network)
    trainer = StudentTrainer.from_snapshot(sandbox_for("correct.py"), snapshot)
    assert trainer.mode == ("shallow" if network == "tanh_snapshot" else "deep")
    assert set(trainer.functions.values()) == {"student"}
    for iteration in trainer.train(10):
        assert iteration.problem is None
        assert iteration.student.cost == pytest.approx(iteration.reference.cost, abs=1e-12, rel=0)
        assert _max_difference(iteration.student.grads, iteration.reference.grads) < 1e-12
        assert _max_difference(iteration.student.parameters, iteration.reference.parameters) < 1e-12
    assert len(trainer.costs) == len(trainer.reference_costs) == 10
    assert trainer.reference_costs[-1] < trainer.reference_costs[0]  # it did learn


def test_the_reference_is_cores_own_run_from_the_same_start(sandbox_for, relu_snapshot):
    trainer = StudentTrainer.from_snapshot(sandbox_for("correct.py"), relu_snapshot)
    first = trainer.step()
    for key, value in relu_snapshot.parameters.items():
        np.testing.assert_array_equal(first.student.parameters_before[key], value)
        np.testing.assert_array_equal(first.reference.parameters_before[key], value)
    AL, _ = L_model_forward(relu_snapshot.prepared.X_train, dict(relu_snapshot.parameters))
    np.testing.assert_array_equal(first.reference.AL, AL)


def test_a_buggy_backward_drifts_away_from_the_reference(sandbox_for, relu_snapshot):
    trainer = StudentTrainer.from_snapshot(sandbox_for("buggy_backward.py"), relu_snapshot)
    iterations = trainer.train(10)
    # The first cost is computed before any update: the same; then the wrong gradient takes another path.
    assert iterations[0].cost_difference < 1e-12
    assert iterations[3].cost_difference > 1e-5 and iterations[-1].cost_difference > 1e-3
    assert trainer.problem is None  # wrong, but it runs: the curves show it


def test_phase_values_side_by_side(sandbox_for, relu_snapshot, tanh_snapshot):
    trainer = StudentTrainer.from_snapshot(sandbox_for("buggy_backward.py"), relu_snapshot)
    iteration = trainer.step()
    mine, reference = (layer_values(values, 1, trainer.mode) for values in (iteration.student, iteration.reference))
    assert set(mine) == {"A_prev", "W", "b", "Z", "A", "dW", "db", "W_after", "b_after"}
    np.testing.assert_allclose(mine["Z"], reference["Z"], rtol=0, atol=1e-12)  # the forward pass is right
    assert not np.allclose(mine["dW"], reference["dW"])  # the backward pass is not
    assert layer_values(iteration.student, 2, "deep")["dA_prev"].shape == mine["A"].shape
    shallow = StudentTrainer.from_snapshot(sandbox_for("correct.py"), tanh_snapshot).step()
    values = layer_values(shallow.student, 1, "shallow")
    np.testing.assert_array_equal(values["A_prev"], tanh_snapshot.prepared.X_train)
    np.testing.assert_allclose(values["A"], np.tanh(values["Z"]))


def test_functions_not_written_are_cores(sandbox_for, tanh_snapshot):
    trainer = StudentTrainer.from_snapshot(sandbox_for("wrong_derivative.py"), tanh_snapshot)
    assert trainer.functions == {"forward": "core", "cost": "core", "backward": "student", "update": "core"}
    iterations = trainer.train(4)
    assert iterations[0].cost_difference < 1e-12 and iterations[-1].cost_difference > 0
    only_core = StudentTrainer.from_snapshot(sandbox_for("wrong_derivative.py"), tanh_snapshot, use=("forward",))
    assert set(only_core.functions.values()) == {"core"}


def test_a_failing_function_stops_the_students_run_and_says_why(sandbox_for, tanh_snapshot):
    trainer = StudentTrainer.from_snapshot(sandbox_for("keepdims.py"), tanh_snapshot)
    first = trainer.step()
    assert first.student is None and trainer.stopped
    assert first.problem.status is Status.FAIL and first.problem.text == "db[1] has shape (4,): keepdims=True?"
    second = trainer.step()  # the reference goes on
    assert second.student is None and len(trainer.reference_costs) == 2 and trainer.costs == []


def test_only_the_courses_networks_can_be_trained(sandbox_for):
    assert course_mode(["relu", "relu", "sigmoid"]) == "deep" and course_mode(["sigmoid"]) == "deep"
    with pytest.raises(StudentTrainingError, match="leaky_relu, sigmoid"):
        course_mode(["leaky_relu", "sigmoid"])
    snapshot = Session(hyperparameters=Hyperparameters(hidden_activations=("leaky_relu",))).snapshot()
    with pytest.raises(StudentTrainingError):
        StudentTrainer.from_snapshot(sandbox_for("correct.py"), snapshot)


def test_gradient_check_of_the_students_backward(sandbox_for, relu_snapshot, tanh_snapshot):
    args = lambda s: (dict(s.parameters), s.prepared.X_train, s.prepared.Y_train, s.activations)  # noqa: E731
    right = check_student_gradients(sandbox_for("correct.py"), *args(relu_snapshot))
    assert right.problem is None and right.verdict.passed
    wrong = check_student_gradients(sandbox_for("buggy_backward.py"), *args(relu_snapshot))
    assert not wrong.verdict.passed
    assert set(wrong.verdict.failed_blocks()) == {"W1", "b1", "W2", "b2"}  # the two ReLU layers, not the output
    tanh = check_student_gradients(sandbox_for("wrong_derivative.py"), *args(tanh_snapshot))
    assert set(tanh.verdict.failed_blocks()) == {"W1", "b1"}
    missing = check_student_gradients(sandbox_for("wrong_sign.py"), *args(tanh_snapshot))
    assert missing.verdict is None and missing.problem.status is Status.NOT_WRITTEN

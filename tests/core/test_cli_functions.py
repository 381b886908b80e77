"""``train --functions FILE``: headless training with the student's own functions, core's run beside it."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

from backprop_studio.core.cli import main
from backprop_studio.core.student.loading import load_student_file
from backprop_studio.core.student.your_trainer import YourFunctions
from backprop_studio.core.student.training import StudentTrainingError

FILES = Path(__file__).resolve().parent / "student" / "files"
RELU = ["--hidden", "4,3", "--activation", "relu", "--init", "random", "--init-scale", "0.5"]


def _both(out: str) -> dict[int, tuple[float, float]]:
    """{iteration: (their J, core's J)} of the printout."""
    return {int(i): (float(a), float(b)) for i, a, b in
            re.findall(r"Cost after iteration (\d+): (-?[0-9.]+) \(core's: (-?[0-9.]+)\)", out)}


@pytest.mark.parametrize("name", ["correct.py", "correct.ipynb"])
def test_a_correct_file_prints_the_same_costs_as_core(capsys, name):
    assert main(["--functions", str(FILES / name), "--iterations", "30", "--print-every", "10"]) == 0
    out = capsys.readouterr().out
    assert f"Your functions from {name}: forward_propagation, compute_cost, backward_propagation, " \
           "update_parameters" in out
    costs = _both(out)
    assert set(costs) == {0, 10, 20, 29}
    assert costs[0][0] == pytest.approx(0.693048, abs=1e-6)  # the course's first cost
    assert all(theirs == reference for theirs, reference in costs.values())  # the same to the 6 decimals printed


def test_a_buggy_backward_drifts_away_from_cores_costs(capsys):
    assert main(["--functions", str(FILES / "buggy_backward.py"), *RELU, "--iterations", "101",
                 "--print-every", "50"]) == 0
    costs = _both(capsys.readouterr().out)
    assert costs[0][0] == costs[0][1]
    assert abs(costs[100][0] - costs[100][1]) > 1e-3


def test_a_failing_function_stops_with_its_verdict(capsys):
    assert main(["--functions", str(FILES / "keepdims.py"), "--iterations", "5"]) == 1
    captured = capsys.readouterr()
    assert "Your functions from keepdims.py: backward_propagation; core's: forward_propagation" in captured.out
    assert "your backward_propagation stopped the run at iteration 0: db[1] has shape (4,): keepdims=True?" \
        in captured.err


def test_a_network_their_functions_cannot_build_is_refused_before_training(capsys):
    assert main(["--functions", str(FILES / "correct.py"), "--activation", "leaky_relu", "--iterations", "5"]) == 2
    err = capsys.readouterr().err
    assert "this network uses leaky_relu, sigmoid" in err and "Cost after" not in err


def test_a_python_that_cannot_run_the_file_is_said_not_hidden(tmp_path):
    with pytest.raises(StudentTrainingError) as caught:
        YourFunctions.load(load_student_file(FILES / "correct.py"), python=str(tmp_path / "no-python"))
    assert caught.value.code == "student.not_started"


@pytest.mark.skipif(sys.platform == "win32", reason="a shell script stands in for a Python without NumPy")
def test_a_python_without_numpy_is_named_with_what_to_install(tmp_path, capsys):
    python = tmp_path / "python3"
    python.write_text("#!/bin/sh\necho \"ModuleNotFoundError: No module named 'numpy'\" >&2\nexit 1\n")
    python.chmod(0o755)
    with pytest.raises(StudentTrainingError) as caught:
        YourFunctions.load(load_student_file(FILES / "correct.py"), python=str(python))
    assert f"{python} has no NumPy to run your file: install it there ({python} -m pip install numpy)" \
        in str(caught.value)

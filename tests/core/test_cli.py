"""Headless training from the command line: the course's printout, export, one-line errors."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from backprop_studio.core.cli import main

ROOT = Path(__file__).resolve().parents[2]
COURSE = ["--dataset", "flower", "--hidden", "4", "--activation", "tanh", "--learning-rate", "1.2",
          "--iterations", "10000", "--seed", "2"]


def _accuracy(out: str) -> float:
    match = re.search(r"Train accuracy: ([0-9.]+)%", out)
    assert match, out
    return float(match.group(1)) / 100


def _costs(out: str) -> dict[int, float]:
    return {int(i): float(c) for i, c in re.findall(r"Cost after iteration (\d+): ([0-9.]+)", out)}


def test_course_run_prints_the_cost_every_thousand_iterations(capsys):
    assert main(COURSE) == 0
    out = capsys.readouterr().out
    costs = _costs(out)
    for i in range(0, 10_000, 1000):
        assert f"Cost after iteration {i}:" in out
    assert set(costs) == set(range(0, 10_000, 1000)) | {9999}
    assert costs[0] == pytest.approx(0.6931, abs=1e-3)  # log 2: small weights, a ≈ ½
    assert costs[9000] < costs[1000] < costs[0]
    assert _accuracy(out) >= 0.90
    assert "2 → 4 → 1" in out


def test_course_initialization_prints_the_course_numbers(capsys):
    assert main([*COURSE, "--init", "course", "--iterations", "1001"]) == 0
    costs = _costs(capsys.readouterr().out)
    assert costs[0] == pytest.approx(0.693048, abs=1e-6)
    assert costs[1000] == pytest.approx(0.288083, abs=1e-6)


def test_with_no_options_it_trains_what_the_app_opens_with(capsys):
    """The app starts on the course's run (course init, seed 2, α = 1.2, all 400 points); so does `train`."""
    from backprop_studio.core.session import Session

    assert main(["--iterations", "1", "--print-every", "1"]) == 0
    costs = _costs(capsys.readouterr().out)
    assert costs[0] == pytest.approx(Session().metrics().train_cost, abs=5e-7)  # printed with 6 decimals
    assert costs[0] == pytest.approx(0.693048, abs=1e-6)  # the course's "Cost after iteration 0"


def test_course_deep_initialization_is_a_choice_and_reaches_the_network(tmp_path, capsys):
    from backprop_studio.core.files.session_file import load_session
    from backprop_studio.core.session import Session

    path = tmp_path / "deep.bpsession"
    assert main(["--hidden", "5,3", "--activation", "relu", "--init", "course_deep", "--seed", "1",
                 "--iterations", "0", "--save-session", str(path)]) == 0
    state = load_session(path)
    assert state.hyperparameters.initialization == "course_deep"
    trainer = Session.from_state(state).trainer
    # The course's deep application: W[l] = randn(n[l], n[l−1]) / √n[l−1] from RandomState(1), in order.
    rs = np.random.RandomState(1)
    for l, (n_l, n_prev) in enumerate([(5, 2), (3, 5), (1, 3)], start=1):
        np.testing.assert_allclose(trainer.parameters()[f"W{l}"], rs.randn(n_l, n_prev) / np.sqrt(n_prev), rtol=1e-15)


def test_logistic_regression(capsys):
    assert main(["--hidden", "0", "--iterations", "300"]) == 0
    out = capsys.readouterr().out
    assert "2 → 1 (sigmoid)" in out
    assert 0.40 <= _accuracy(out) <= 0.55  # a line cannot separate the flower


def test_two_hidden_layers(capsys):
    assert main(["--hidden", "8,8", "--init", "xavier", "--iterations", "200", "--print-every", "100"]) == 0
    out = capsys.readouterr().out
    assert "2 → 8 → 8 → 1 (tanh, tanh, sigmoid)" in out
    assert set(_costs(out)) == {0, 100, 199}
    assert 0.0 <= _accuracy(out) <= 1.0


def test_regression_prints_costs_not_accuracy(capsys):
    assert main(["--dataset", "plane", "--init", "he", "--learning-rate", "0.05", "--iterations", "100",
                 "--test-ratio", "0.2"]) == 0
    out = capsys.readouterr().out
    assert "Train accuracy" not in out
    assert re.search(r"Train cost: [0-9.]+", out) and re.search(r"Test cost: [0-9.]+", out)


def test_export_writes_a_plain_npz(tmp_path, capsys):
    path = tmp_path / "params.npz"
    assert main(["--iterations", "50", "--export", str(path)]) == 0
    assert f"Parameters saved to {path}" in capsys.readouterr().out
    with np.load(path, allow_pickle=False) as data:
        assert data["W1"].shape == (4, 2)
        assert data["b1"].shape == (4, 1)
        assert data["W2"].shape == (1, 4)
        assert data["b2"].shape == (1, 1)
        assert np.all(np.isfinite(data["W1"]))


def _run_main(argv, capsys):
    """main's exit status, whether it returns it or argparse exits."""
    try:
        code = main(argv)
    except SystemExit as exit_:
        code = exit_.code
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.mark.parametrize(
    "argv, words",
    [
        (["--hidden", "x"], "--hidden"),
        (["--learning-rate", "-1"], "learning rate"),
        (["--dataset", "nope"], "nope"),
        (["--iterations", "-5"], "--iterations"),
        (["--hidden", "100"], "units in hidden layer 1"),
        (["--features", "x1,x9"], "x9"),
        (["--export", "/nonexistent-dir/sub/p.npz", "--iterations", "1"], "nonexistent"),
    ],
)
def test_bad_arguments_exit_2_with_one_line(argv, words, capsys):
    code, out, err = _run_main(argv, capsys)
    assert code == 2
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert "Traceback" not in err
    assert lines[0].startswith("main.py train: error:")
    assert words in lines[0]


def test_main_py_train_in_a_subprocess(tmp_path):
    path = tmp_path / "p.npz"
    result = subprocess.run(
        [sys.executable, "-W", "error", "main.py", "train", *COURSE, "--export", str(path)],
        cwd=ROOT, capture_output=True, text=True, timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "Cost after iteration 0:" in result.stdout and "Cost after iteration 9000:" in result.stdout
    assert _accuracy(result.stdout) >= 0.90
    with np.load(path, allow_pickle=False) as data:
        assert data["W1"].shape == (4, 2)


@pytest.mark.parametrize("argv", [["--hidden", "x"], ["--learning-rate", "-1"], ["--dataset", "nope"]])
def test_main_py_train_bad_arguments_in_a_subprocess(argv):
    result = subprocess.run([sys.executable, "-W", "error", "main.py", "train", *argv], cwd=ROOT, capture_output=True,
                            text=True, timeout=60)
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert "Traceback" not in result.stderr
    assert result.stdout == ""

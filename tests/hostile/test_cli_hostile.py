"""The command line: hostile arguments refused up front, Ctrl+C and divergence keep the work, and the
same session continued by the app and by ``main.py train`` gives the same numbers, bit for bit."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest

from backprop_studio.core.files.parameter_file import load_parameters
from backprop_studio.core.files.session_file import load_session

ROOT = Path(__file__).resolve().parents[2]
MAIN = str(ROOT / "main.py")
#: The user's own BLAS settings are left out: the numbers must come from main.py's one rule.
BLAS_VARIABLES = ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS")


def clean_env(tmp_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in BLAS_VARIABLES}
    return {**env, "QT_QPA_PLATFORM": "offscreen", "BACKPROP_STUDIO_SETTINGS": str(tmp_path / "settings.ini"),
            "BACKPROP_STUDIO_DATA_DIR": str(tmp_path / "data")}


def train(tmp_path: Path, *args: str, timeout: float = 300) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, MAIN, "train", *args], capture_output=True, text=True, timeout=timeout,
                          env=clean_env(tmp_path), cwd=tmp_path)


@pytest.mark.parametrize("args, said", [
    (["--points", "0"], "--points must be between 2 and 100000, not 0"),
    (["--points", "-3"], "--points must be between 2 and 100000, not -3"),
    (["--points", "100001"], "--points must be between 2 and 100000, not 100001"),
    (["--export", ""], "--export needs a file name"),
    (["--export", "   "], "--export needs a file name"),
    (["--save-session", ""], "--save-session needs a file name"),
    (["--export", "params.txt"], "--export writes .npz or .json files, not 'params.txt'"),
    (["--export", "no/such/folder/p.npz"], "--export: the folder 'no/such/folder' does not exist"),
    (["--data", "/dev/zero"], "the file is too large (more than 64 MB)"),
    (["--session", "/dev/zero"], "the file is too large (more than 64 MB)"),
])
def test_hostile_arguments_are_refused_before_training(tmp_path, args, said):
    result = train(tmp_path, "--iterations", "5", *args)
    assert result.returncode == 2
    assert result.stderr.strip() == f"main.py train: error: {said}"
    assert result.stdout == "" or "Cost after" not in result.stdout


def test_ctrl_c_stops_cleanly_and_writes_what_was_asked(tmp_path):
    process = subprocess.Popen([sys.executable, MAIN, "train", "--iterations", "100000000", "--print-every", "1",
                                "--export", "p.npz", "--save-session", "s.bpsession"], cwd=tmp_path,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=clean_env(tmp_path))
    assert "Cost after iteration 0" in process.stdout.readline() + process.stdout.readline()
    process.send_signal(signal.SIGINT)
    out, err = process.communicate(timeout=120)
    assert process.returncode == 130, err
    assert "Traceback" not in err and "KeyboardInterrupt" not in err
    stopped_at = int(err.split("Interrupted (Ctrl+C) at iteration ")[1].split(".")[0])
    assert f"Parameters saved to p.npz (as training stopped, iteration {stopped_at})" in out
    assert f"Session saved to s.bpsession (as training stopped, iteration {stopped_at})" in out
    state = load_session(tmp_path / "s.bpsession")
    assert state.trainer_state["iteration"] == stopped_at
    parameters, _ = load_parameters(tmp_path / "p.npz")
    for key, value in parameters.items():  # the two files hold the same, whole, iteration
        np.testing.assert_array_equal(value, state.trainer_state["parameters"][key])


def test_divergence_writes_the_last_finite_state_and_says_so(tmp_path):
    result = train(tmp_path, "--activation", "relu", "--learning-rate", "1000000", "--init-scale", "100",
                   "--iterations", "50", "--export", "p.json", "--save-session", "s.bpsession")
    assert result.returncode == 1
    assert "Training diverged at iteration 1" in result.stderr
    assert "Parameters saved to p.json (the last finite parameters, iteration 1)" in result.stdout
    assert "Session saved to s.bpsession (the last finite parameters, iteration 1)" in result.stdout
    assert load_session(tmp_path / "s.bpsession").trainer_state["iteration"] == 1
    parameters, _ = load_parameters(tmp_path / "p.json")
    assert all(np.all(np.isfinite(v)) for v in parameters.values())


def test_divergence_without_outputs_says_nothing_was_written(tmp_path):
    result = train(tmp_path, "--activation", "relu", "--learning-rate", "1000000", "--init-scale", "100",
                   "--iterations", "50")
    assert result.returncode == 1
    assert "Nothing was written (give --export or --save-session to keep the parameters)." in result.stderr


def test_a_windows_1252_csv_trains_and_the_encoding_is_named(tmp_path):
    rows = ["x1,x2,label"] + [f"{i / 10},{(i % 7) / 3},{'don’t' if i % 2 else 'café €'}" for i in range(40)]
    (tmp_path / "points.csv").write_bytes("\n".join(rows).encode("cp1252"))
    result = train(tmp_path, "--data", "points.csv", "--iterations", "3")
    assert result.returncode == 0, result.stderr
    assert "Note: points.csv is not UTF-8 text; it was read as Windows-1252" in result.stdout


def test_the_command_line_continues_an_app_session_exactly_as_the_app_does(tmp_path):
    """A 10×64 ReLU session saved by the app, continued 25 iterations by the app and by the CLI: same bits."""
    driver = str(Path(__file__).with_name("app_continue.py"))
    env = clean_env(tmp_path)

    def app(*args: str) -> None:
        result = subprocess.run([sys.executable, driver, *args], capture_output=True, text=True, timeout=600,
                                env=env, cwd=tmp_path)
        assert result.returncode == 0 and "done" in result.stdout, result.stdout + result.stderr

    app("make", "start.bpsession")
    start = load_session(tmp_path / "start.bpsession")
    assert start.hyperparameters.layer_dims()[1:-1] == [64] * 10 and start.trainer_state["iteration"] == 3
    app("continue", "start.bpsession", "25", "by_app.bpsession")
    result = train(tmp_path, "--session", "start.bpsession", "--iterations", "25", "--print-every", "0",
                   "--save-session", "by_cli.bpsession")
    assert result.returncode == 0, result.stderr
    by_app, by_cli = (load_session(tmp_path / name) for name in ("by_app.bpsession", "by_cli.bpsession"))
    assert by_app.trainer_state["iteration"] == by_cli.trainer_state["iteration"] == 28
    for key, value in by_app.trainer_state["parameters"].items():
        assert np.array_equal(value, by_cli.trainer_state["parameters"][key]), f"{key} differs"
        assert not np.array_equal(value, start.trainer_state["parameters"][key])  # it did train
    assert by_app.trainer_state["history"]["costs"] == by_cli.trainer_state["history"]["costs"]

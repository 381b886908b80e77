"""`main.py train --session FILE` and `--data points.csv`: headless training from the app's files."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from backprop_studio.core.cli import main
from backprop_studio.core.training.hyperparameters import Hyperparameters
from backprop_studio.core.data.pipeline import DataSpec
from backprop_studio.core.files.parameter_file import load_parameters
from backprop_studio.core.files.session_file import load_session, save_session
from backprop_studio.core.session import Session

ROOT = Path(__file__).resolve().parents[2]


def _saved_session(path: Path, iterations: int) -> Session:
    session = Session(DataSpec(m=120, test_ratio=0.25), Hyperparameters(batch_size=32))
    session.train(iterations)
    save_session(path, session.state())
    return session


def test_session_continues_from_its_iteration_and_equals_training_on(tmp_path, capsys):
    path = tmp_path / "run.bpsession"
    session = _saved_session(path, 50)
    out_session, out_params = tmp_path / "after.bpsession", tmp_path / "after.npz"
    code = main(["--session", str(path), "--iterations", "100", "--print-every", "40",
                 "--export", str(out_params), "--save-session", str(out_session)])
    assert code == 0
    out = capsys.readouterr().out
    assert "from iteration 50" in out
    printed = [int(i) for i in re.findall(r"Cost after iteration (\d+):", out)]
    assert printed == [80, 120, 149]  # numbered as the app numbers them, continuing from 50
    session.train(100)
    parameters, meta = load_parameters(out_params)
    for key, value in session.parameters().items():
        assert np.array_equal(parameters[key], value), key
    assert meta["iteration"] == 150
    reopened = Session.from_state(load_session(out_session))
    assert reopened.iteration == 150
    assert np.array_equal(reopened.parameters()["W1"], session.parameters()["W1"])
    np.testing.assert_array_equal(reopened.trainer.history.evaluations.array(),
                                  session.trainer.history.evaluations.array())  # same schedule, CLI or not


def test_session_refuses_options_that_the_file_decides(tmp_path, capsys):
    path = tmp_path / "run.bpsession"
    _saved_session(path, 1)
    with pytest.raises(SystemExit) as info:
        main(["--session", str(path), "--learning-rate", "0.5", "--hidden", "8"])
    assert info.value.code == 2
    err = capsys.readouterr().err
    assert "drop --hidden, --learning-rate" in err and err.count("\n") == 1


def test_broken_session_file_is_one_line_error(tmp_path, capsys):
    path = tmp_path / "broken.bpsession"
    path.write_text('{"format": "backprop-studio-session", "format_version": 7}')
    assert main(["--session", str(path)]) == 2
    err = capsys.readouterr().err
    assert "newer Backprop Studio" in err and err.count("\n") == 1


def test_data_csv_trains_on_the_file_points(tmp_path, capsys):
    csv = tmp_path / "points.csv"
    rows = ["x1;x2;label"] + [f"{x};{y};{'yes' if x * y > 0 else 'no'}"
                              for x in (-2, -1, 1, 2) for y in (-2, -1.5, 1, 2.5)]
    csv.write_text("\n".join(rows) + "\n")
    out_params = tmp_path / "p.json"
    assert main(["--data", str(csv), "--hidden", "4", "--iterations", "300", "--print-every", "100",
                 "--export", str(out_params)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("points.csv: m_train = 16, m_test = 0; network 2 → 4 → 1")
    _, meta = load_parameters(out_params)
    assert meta["class_names"] == ["no", "yes"] and meta["iteration"] == 300


def test_data_csv_regression_and_bad_rows(tmp_path, capsys):
    csv = tmp_path / "targets.csv"
    csv.write_text("".join(f"{x},{y},{0.5 * x - y + 0.25}\n" for x in range(4) for y in range(3)))
    assert main(["--data", str(csv), "--regression", "--hidden", "0", "--learning-rate", "0.05",
                 "--iterations", "50", "--print-every", "0"]) == 0
    assert "Train cost:" in capsys.readouterr().out
    csv.write_text("1,2,a\n3,oops,b\n")
    assert main(["--data", str(csv), "--iterations", "1"]) == 2
    assert "line 2: x2 is not a number: 'oops'" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["--data", str(csv), "--dataset", "xor"])
    assert "drop --dataset" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["--regression"])
    assert "--regression only applies to --data" in capsys.readouterr().err


def test_main_py_train_session_runs_as_a_program(tmp_path):
    path = tmp_path / "run.bpsession"
    _saved_session(path, 5)
    result = subprocess.run([sys.executable, "main.py", "train", "--session", str(path), "--iterations", "3"],
                            cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "Cost after iteration 7:" in result.stdout

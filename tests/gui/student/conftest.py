"""Fixtures for the Your code window: the student files of tests/core/student/files, windows that always close."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from backprop_studio.core.training.hyperparameters import Hyperparameters
from backprop_studio.gui.model.session import TrainingSession
from backprop_studio.gui.student.window import YourCodeWindow

FILES = Path(__file__).resolve().parents[2] / "core" / "student" / "files"
TIMEOUT_MS = 30_000
#: Short limits: no test waits long on a student's process.
SANDBOX = {"timeout": 2.0, "load_timeout": 5.0, "grace": 0.5}
#: A week-4 network (2 → 4 ReLU → 3 ReLU → 1 sigmoid), started large enough that no example sits on a kink.
RELU = Hyperparameters(hidden_units=(4, 3), hidden_activations=("relu", "relu"), initialization="random",
                       init_scale=0.5)


@pytest.fixture
def student_file(tmp_path):
    """student_file("correct.py") → a copy in tmp_path (the test may change it; the originals stay)."""

    def copy(name: str) -> Path:
        target = tmp_path / name
        shutil.copyfile(FILES / name, target)
        return target

    return copy


@pytest.fixture
def your_code(qtbot):
    """your_code(hyperparameters=None) → a shown YourCodeWindow on a fresh TrainingSession; closed afterwards."""
    made: list[YourCodeWindow] = []

    def make(hyperparameters: Hyperparameters | None = None, size=(1100, 700)) -> YourCodeWindow:
        session = TrainingSession(hyperparameters=hyperparameters)
        window = YourCodeWindow(session, **SANDBOX)
        qtbot.addWidget(window)
        window.resize(*size)
        window.show()
        made.append(window)
        return window

    yield make
    for window in made:
        window.close()
        window._session.shut_down()


def open_and_wait(qtbot, window: YourCodeWindow, path) -> None:
    """Open ``path`` and wait for its check (or its failure) to come back."""
    with qtbot.waitSignals([window.checked], timeout=TIMEOUT_MS, raising=False) as blocker:
        assert window.open_file(path)
    qtbot.waitUntil(lambda: not window.busy, timeout=TIMEOUT_MS)
    assert blocker is not None

"""Shared fixtures: the student files written for these tests, sandboxes that are always closed, two networks."""

from __future__ import annotations

from pathlib import Path

import pytest

from backprop_studio.core.session import Session
from backprop_studio.core.student.loading import load_student_file
from backprop_studio.core.student.sandbox import Sandbox
from backprop_studio.core.training.hyperparameters import Hyperparameters

FILES = Path(__file__).parent / "files"


@pytest.fixture
def sandbox_for():
    """sandbox_for("keepdims.py", timeout=1) → a running Sandbox on that file, closed after the test."""
    opened: list[Sandbox] = []

    def make(name: str, **options) -> Sandbox:
        sandbox = Sandbox(load_student_file(FILES / name), **options)
        opened.append(sandbox)
        return sandbox

    yield make
    for sandbox in opened:
        sandbox.close()


@pytest.fixture(scope="session")
def tanh_snapshot():
    """The app's default network: the flower, 2 → 4 tanh → 1 sigmoid (week 3's)."""
    return Session().snapshot()


@pytest.fixture(scope="session")
def relu_snapshot():
    """A week-4 network: 2 → 4 ReLU → 3 ReLU → 1 sigmoid, started large enough to learn in 10 iterations."""
    # Random × 0.5 (NumPy's Generator): with it no example sits on a ReLU kink, so a right backward passes.
    hp = Hyperparameters(hidden_units=(4, 3), hidden_activations=("relu", "relu"), initialization="random",
                         init_scale=0.5)
    return Session(hyperparameters=hp).snapshot()

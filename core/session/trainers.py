"""Which trainer a run gets: core's fast engine, or the student's functions (core.student.your_trainer).

The session asks here for every new trainer — a reset, a new network or new data, an
opened file, the timeline's replays and branches — so a run that trains with the
student's functions keeps doing so through all of them.
"""

from __future__ import annotations

import numpy as np

from ..data.pipeline import PreparedData
from ..student.your_trainer import YourFunctions, YourTrainer
from ..training.hyperparameters import Hyperparameters
from ..training.trainer import Trainer
from .run import Run, new_trainer
from .snapshot import YourRun, history_view

Array = np.ndarray


def make_trainer(hp: Hyperparameters, prepared: PreparedData, parameters: dict[str, Array] | None,
                 functions: YourFunctions | None) -> Trainer:
    """Core's trainer, or one whose iterations run ``functions`` (StudentTrainingError if they cannot train
    this network: nothing is made)."""
    if functions is None:
        return new_trainer(hp, prepared, parameters)
    return YourTrainer(functions, hp, prepared.X_train, prepared.Y_train, prepared.X_test, prepared.Y_test,
                       parameters)


def your_run(run: Run, functions: YourFunctions | None, max_points: int) -> YourRun | None:
    """What a snapshot says of a run trained with the student's functions (None for core's)."""
    if functions is None or run.reference is None:
        return None
    return YourRun(functions.name, tuple(run.trainer.roles.items()), run.timeline.first_iteration,
                   history_view(run.reference.history, max_points), run.reference_diverged)


__all__ = ["make_trainer", "your_run"]

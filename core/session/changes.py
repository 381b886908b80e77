"""What a change to the session did, and the one rule for which changes keep training.

Every change method of ``Session`` returns a ``Changed``: which parts of the
state changed (so the GUI knows what to redraw), and two facts worth telling
the student: whether training restarted from iteration 0, and whether an
iteration taken phase by phase was finished first (never dropped half-done).
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from enum import Flag, auto

from ..training.hyperparameters import Hyperparameters

#: Hyperparameters that change how gradient descent steps, not what it trains: changing them keeps
#: the parameters, the iteration and the history (the course: α is tuned while training).
KEEPS_TRAINING = frozenset({"learning_rate", "lambd", "batch_size"})


def changed_fields(old: Hyperparameters, new: Hyperparameters) -> set[str]:
    """The names of the hyperparameters that differ."""
    return {f.name for f in fields(Hyperparameters) if getattr(old, f.name) != getattr(new, f.name)}


def keeps_training(old: Hyperparameters, new: Hyperparameters) -> bool:
    """True when going from ``old`` to ``new`` changes only α, λ or the batch size (training goes on)."""
    return changed_fields(old, new) <= KEEPS_TRAINING


class Change(Flag):
    """The parts of the session's state a change touched."""

    NONE = 0
    DATA = auto()  # the points (dataset, split)
    STRUCTURE = auto()  # the network, its inputs or the problem: new trainer, new diagram
    HYPERPARAMETERS = auto()  # any hyperparameter (α, λ, batch size keep training)
    PARAMETERS = auto()  # W[l], b[l] (an edit, a reset, an import, an update phase)
    RUN = auto()  # a new run: a new trainer from iteration 0 or from a saved state (reset, new network, new data)
    PROGRESS = auto()  # iterations or phases advanced
    SELECTION = auto()  # the neuron or example looked at
    LESSON = auto()  # the lesson, or its checks


@dataclass(frozen=True)
class Changed:
    """What one change did: ``what`` changed; ``restarted``: training went back to iteration 0
    because the network changed; ``finished_iteration``: an iteration under way was completed first."""

    what: Change = Change.NONE
    restarted: bool = False
    finished_iteration: bool = False

    def __bool__(self) -> bool:
        return bool(self.what)

    def __or__(self, other: "Changed") -> "Changed":
        return Changed(self.what | other.what, self.restarted or other.restarted,
                       self.finished_iteration or other.finished_iteration)

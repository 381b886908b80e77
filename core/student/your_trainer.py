"""The session's run trained with the student's functions: a Trainer whose iterations run in their process.

``YourFunctions`` is the student's file as the session trains with it: a Sandbox of its
own (a process apart from the Your code window's, so checks there never wait for
training here), the course's functions the file has written, and its name.

``YourTrainer`` is core's ``Trainer`` with one difference: ``step`` runs forward, cost,
backward and update through ``StudentTrainer.run_iteration`` — the student's functions
where written, core's elsewhere — and then closes the iteration through the Trainer's
public methods for an iteration computed elsewhere (``check_cost``, ``check_update``,
``write_layer``, ``count_iteration``), as an iteration taken phase by phase does. So the
history, the divergence rules, the timeline (whose replays run the student's functions
again), the snapshots and every view treat it like any other iteration. A problem with
the student's code (a failing call, a result of the wrong structure or shape) raises
``YourCodeStopped`` carrying the check table's line; nothing of that iteration is kept.

Only networks the course's functions build can be trained so (``check_course_network``):
tanh → sigmoid (week 3) or ReLU … → sigmoid (week 4), on the whole training set, without λ.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

import numpy as np

from ..errors import BackpropStudioError
from ..training.hyperparameters import Hyperparameters
from ..training.trainer import Trainer
from .checks import FunctionCheck
from .loading import StudentFile
from .sandbox import Sandbox
from .training import ABORTED, FUNCTIONS, ROLES, StudentTrainer, StudentTrainingError, course_mode, \
    written_functions
from .verdicts import render

Array = np.ndarray


def check_course_network(hp: Hyperparameters) -> str:
    """The course mode ("shallow" / "deep") of ``hp``'s network; StudentTrainingError if the course's
    functions cannot train it (another activation, mini-batches, L2 regularization)."""
    mode = course_mode(hp.activations())
    if hp.batch_size is not None:
        raise StudentTrainingError("student.batch", batch_size=hp.batch_size)
    if hp.lambd:
        raise StudentTrainingError("student.lambda", lambd=hp.lambd)
    return mode


@dataclass(frozen=True, eq=False)
class YourFunctions:
    """The student's file for training: its own ``sandbox``, the functions ``written``, its ``name`` and ``path``."""

    sandbox: Sandbox
    written: frozenset[str]
    name: str
    path: Path | None = None

    @classmethod
    def load(cls, student: StudentFile, **sandbox_options: Any) -> "YourFunctions":
        """Start a process for ``student`` and load it (seconds at worst: not on the window's thread);
        StudentTrainingError if the process cannot start."""
        sandbox = Sandbox(student, **sandbox_options)
        report = sandbox.load()
        if not report.started:  # no Python with NumPy to run it, or it died at once: say so, never train on
            sandbox.close()
            raise StudentTrainingError("student.not_started", reason=render(report.problems[0]))
        written = written_functions(sandbox)
        name = student.path.name if student.path is not None else "<source>"
        return cls(sandbox, frozenset(written), name, student.path)

    def roles(self, activations: list[str]) -> dict[str, str]:
        """role → "student" or "core": whose function runs forward, cost, backward and update."""
        names = FUNCTIONS[course_mode(activations)]
        return {role: "student" if names[role] in self.written else "core" for role in ROLES}

    def close(self) -> None:
        self.sandbox.close()


class YourCodeStopped(BackpropStudioError, RuntimeError):
    """The student's function stopped the run; ``check`` is its line of the check table."""

    check: FunctionCheck | None = None


def _stopped(check: FunctionCheck, iteration: int) -> YourCodeStopped:
    error = YourCodeStopped("student.stopped", name=check.name, iteration=iteration, why=render(check.verdict))
    error.check = check
    return error


class YourTrainer(Trainer):
    """A Trainer whose ``step`` runs the student's functions (see the module docstring)."""

    #: Its iterations wait for another process: the session lets Pause and changes end them at once.
    remote = True

    def __init__(self, functions: YourFunctions, hyperparameters: Hyperparameters, X_train: Array, Y_train: Array,
                 X_test: Array | None = None, Y_test: Array | None = None,
                 parameters: dict[str, Array] | None = None) -> None:
        check_course_network(hyperparameters)
        super().__init__(hyperparameters, X_train, Y_train, X_test, Y_test, parameters)
        self.functions = functions
        self._runner = StudentTrainer(functions.sandbox, self.parameters(), self.X_train, self.Y_train,
                                      hyperparameters.learning_rate, self.activation_names,
                                      written=functions.written)

    @property
    def roles(self) -> dict[str, str]:
        """role → "student" or "core" (see ``YourFunctions.roles``)."""
        return dict(self._runner.functions)

    def update_hyperparameters(self, hyperparameters: Hyperparameters) -> None:
        check_course_network(hyperparameters)  # refused before anything changes
        super().update_hyperparameters(hyperparameters)

    def step(self, abort: Callable[[], bool] | None = None) -> float | None:
        """One iteration with the student's functions; its cost J (as their compute_cost gives it).

        None if ``abort`` ended it (nothing changed); YourCodeStopped if their code failed, DivergenceError
        if the cost or the update is not finite (the parameters are still those before the iteration)."""
        runner = self._runner
        runner.learning_rate = self.hp.learning_rate
        before = self.parameters()
        with np.errstate(all="ignore"):  # a wrong gradient may overflow: the divergence rules speak for it
            values, problem = runner.run_iteration(before, abort=abort)
        if problem is ABORTED:
            return None
        if problem is not None:
            raise _stopped(problem, self.iteration)
        cost = values.cost
        self.check_cost(cost)
        after = [(np.asarray(values.parameters[f"W{l}"], dtype=np.float64),
                  np.asarray(values.parameters[f"b{l}"], dtype=np.float64)) for l in range(1, self.L + 1)]
        with np.errstate(all="ignore"):
            self.check_update([new - before[f"{key}{l}"] for l, pair in enumerate(after, start=1)
                               for key, new in zip("Wb", pair)])
        for l, (W, b) in enumerate(after, start=1):
            self.write_layer(l, W, b)
        grads = {f"d{key}{l}": np.asarray(values.grads[f"d{key}{l}"], dtype=np.float64)
                 for l in range(1, self.L + 1) for key in "Wb"}
        self.count_iteration(cost, grads, self.X_train.shape[1])
        return cost


def is_remote(trainer: Trainer) -> bool:
    """True for a trainer whose iterations run in the student's process."""
    return bool(getattr(trainer, "remote", False))


__all__ = ["YourFunctions", "YourTrainer", "YourCodeStopped", "check_course_network", "is_remote"]

"""Errors that `core` raises. Each carries a message a student can act on.

The GUI catches `BackpropStudioError` and shows ``str(error)``; nothing here is
ever meant to reach the user as a traceback.
"""

from __future__ import annotations


class BackpropStudioError(Exception):
    """Base of every error `core` raises on purpose."""


class HyperparameterError(BackpropStudioError, ValueError):
    """A hyperparameter is outside its range; the message names it and the range."""


class DatasetError(BackpropStudioError, ValueError):
    """A dataset cannot be made or used (unknown name, too few points, one class only, ...)."""


class CSVError(DatasetError):
    """A CSV file cannot be read; ``line`` is the 1-based line at fault (0 for the whole file)."""

    def __init__(self, line: int, reason: str) -> None:
        self.line = line
        self.reason = reason
        where = f"line {line}: " if line > 0 else ""
        super().__init__(f"{where}{reason}")


class ParameterFileError(BackpropStudioError, ValueError):
    """A parameter or session file is malformed; the message says what is wrong."""


class DivergenceError(BackpropStudioError, ArithmeticError):
    """Training produced a non-finite or exploding cost.

    ``iteration`` is the iteration at which it happened; the trainer has already
    restored the last finite parameters when this is raised.
    """

    def __init__(self, iteration: int, cost: float, hint: str) -> None:
        self.iteration = iteration
        self.cost = cost
        self.hint = hint
        super().__init__(
            f"Training diverged at iteration {iteration}: the cost became {cost!r}. {hint}"
        )

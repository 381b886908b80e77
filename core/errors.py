"""Errors that `core` raises. Each carries a code and its arguments, not a finished text.

``BackpropStudioError("value.not_whole", name=..., value=...)`` keeps a
``core.messages.Message``: ``str(error)`` is its English text (what the CLI
prints and the tests read) and the GUI formats the same message in the user's
language (gui.support.messages.format_message). The GUI catches
``BackpropStudioError``; nothing here is ever meant to reach the user as a traceback.
"""

from __future__ import annotations

import math
from typing import Any

from .messages import Message


def _restore(cls: type, args: tuple, state: dict) -> "BackpropStudioError":
    error = cls.__new__(cls)
    error.args = args
    error.__dict__.update(state)
    return error


class BackpropStudioError(Exception):
    """Base of every error `core` raises on purpose: ``message`` says what is wrong, by code and arguments."""

    def __init__(self, code: str, **arguments: Any) -> None:
        self._set(Message(code, **arguments))

    def _set(self, message: Message) -> None:
        self.message = message
        super().__init__(str(message))

    @property
    def code(self) -> str:
        """The message's code, a key of core.messages.MESSAGES."""
        return self.message.code

    @property
    def arguments(self) -> dict[str, Any]:
        """The values the message's template is filled in with."""
        return self.message.arguments

    def __reduce__(self) -> tuple:
        # The default would call __init__ with the English text as the code.
        return _restore, (type(self), self.args, dict(self.__dict__))


class HyperparameterError(BackpropStudioError, ValueError):
    """A hyperparameter is outside its range; the message names it and the range."""


class DatasetError(BackpropStudioError, ValueError):
    """A dataset cannot be made or used (unknown name, too few points, one class only, ...)."""


class CSVError(DatasetError):
    """A CSV file cannot be read; ``line`` is the 1-based line at fault (0 for the whole file).

    ``reason`` is the Message about the line ("x2 is not a number: 'abc'"); the whole
    message adds the line ("line 3: …") when there is one.
    """

    def __init__(self, line: int, code: str, **arguments: Any) -> None:
        self.line = line
        self.reason = Message(code, **arguments)
        self._set(Message("csv.at_line", line=line, reason=self.reason) if line > 0 else self.reason)


class AnswerError(BackpropStudioError, ValueError):
    """An answer to a lesson's question cannot be read as that kind of answer (the message says what is expected)."""


class ParameterFileError(BackpropStudioError, ValueError):
    """A parameter or session file is malformed; the message says what is wrong."""


class DivergenceError(BackpropStudioError, ArithmeticError):
    """Training produced a non-finite or exploding cost.

    ``iteration`` is the iteration at which it happened and ``learning_rate`` the α in
    use; the trainer has already restored the last finite parameters when this is raised.
    """

    def __init__(self, iteration: int, cost: float, learning_rate: float) -> None:
        self.iteration = iteration
        self.cost = cost
        self.learning_rate = learning_rate
        # "∞" rather than inf or nan: the advice matters, not which non-number it was.
        shown = f"{cost:.4g}" if math.isfinite(cost) else "∞"
        self._set(Message("training.diverged", iteration=iteration, cost=shown, learning_rate=learning_rate))

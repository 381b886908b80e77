"""The course's functions a student writes: names, weeks, signatures, what they return.

One entry per function as the course's assignments define it. Weeks 3 and 4 share
``compute_cost`` (week 3 names its first argument A2, week 4 AL), ``update_parameters``
and ``initialize_parameters`` (week 4's two-layer model uses week 3's): one entry
each. ``predict`` differs (week 2: ``predict(w, b, X)``; week 3:
``predict(parameters, X)``), so it has two entries, told apart by their signatures.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Sequence


@dataclass(frozen=True)
class CourseFunction:
    """One course function: ``params`` are the course's argument names in order; ``aliases``
    other spellings the course itself uses; ``returns`` names what it gives back."""

    name: str
    weeks: tuple[int, ...]
    params: tuple[str, ...]
    returns: str
    aliases: tuple[tuple[str, ...], ...] = ()

    @property
    def week(self) -> int:
        """The week the function is first written in."""
        return self.weeks[0]

    @property
    def key(self) -> str:
        """Unique among entries: the name, plus the week where two entries share a name."""
        return f"{self.name}@{self.week}" if self.name in _SHARED_NAMES else self.name

    def signature(self) -> str:
        """ "linear_backward(dZ, cache)"."""
        return f"{self.name}({', '.join(self.params)})"


COURSE_FUNCTIONS: tuple[CourseFunction, ...] = (
    # Week 2: logistic regression as a neural network.
    CourseFunction("sigmoid", (2,), ("z",), "s"),
    CourseFunction("initialize_with_zeros", (2,), ("dim",), "w, b"),
    CourseFunction("propagate", (2,), ("w", "b", "X", "Y"), "grads, cost"),
    CourseFunction("optimize", (2,), ("w", "b", "X", "Y", "num_iterations", "learning_rate", "print_cost"),
                   "params, grads, costs"),
    CourseFunction("predict", (2,), ("w", "b", "X"), "Y_prediction"),
    # Week 3: one hidden layer.
    CourseFunction("layer_sizes", (3,), ("X", "Y"), "n_x, n_h, n_y"),
    CourseFunction("initialize_parameters", (3, 4), ("n_x", "n_h", "n_y"), "parameters"),
    CourseFunction("forward_propagation", (3,), ("X", "parameters"), "A2, cache"),
    CourseFunction("compute_cost", (3, 4), ("AL", "Y"), "cost", aliases=(("A2", "Y"),)),
    CourseFunction("backward_propagation", (3,), ("parameters", "cache", "X", "Y"), "grads"),
    CourseFunction("update_parameters", (3, 4), ("parameters", "grads", "learning_rate"), "parameters"),
    CourseFunction("predict", (3,), ("parameters", "X"), "predictions"),
    CourseFunction("nn_model", (3,), ("X", "Y", "n_h", "num_iterations", "print_cost"), "parameters"),
    # Week 4: a deep network, step by step.
    CourseFunction("initialize_parameters_deep", (4,), ("layer_dims",), "parameters"),
    CourseFunction("linear_forward", (4,), ("A", "W", "b"), "Z, cache", aliases=(("A_prev", "W", "b"),)),
    CourseFunction("linear_activation_forward", (4,), ("A_prev", "W", "b", "activation"), "A, cache"),
    CourseFunction("L_model_forward", (4,), ("X", "parameters"), "AL, caches"),
    CourseFunction("linear_backward", (4,), ("dZ", "cache"), "dA_prev, dW, db"),
    CourseFunction("linear_activation_backward", (4,), ("dA", "cache", "activation"), "dA_prev, dW, db"),
    CourseFunction("L_model_backward", (4,), ("AL", "Y", "caches"), "grads"),
)

_SHARED_NAMES = {"predict"}
#: Written in week 2, given as a helper in weeks 3 and 4 (week 4's returns (A, cache)).
_HELPER_NAMES = {"sigmoid"}
WEEKS = (2, 3, 4)


def course_function(key: str) -> CourseFunction:
    """The entry with this key ("linear_forward", "predict@2", "predict@3")."""
    for function in COURSE_FUNCTIONS:
        if function.key == key:
            return function
    raise KeyError(f"no course function {key!r}")


def entries_named(name: str) -> list[CourseFunction]:
    """Every entry called ``name`` (two for predict, else one or none)."""
    return [function for function in COURSE_FUNCTIONS if function.name == name]


def functions_of(weeks: Iterable[int]) -> list[CourseFunction]:
    """The entries written in any of ``weeks``, in the course's order."""
    wanted = set(weeks)
    return [function for function in COURSE_FUNCTIONS if wanted & set(function.weeks)]


def weeks_of(names: Iterable[str]) -> tuple[int, ...]:
    """The weeks a file is about, from the course functions it defines.

    A name written in one week only decides (``linear_backward``: week 4); names
    shared between weeks (``compute_cost``) do not, nor ``sigmoid``, which weeks 3
    and 4 give as a helper. Nothing decisive: weeks 3 and 4.
    """
    weeks: set[int] = set()
    for name in names:
        if name in _HELPER_NAMES:
            continue
        entries = entries_named(name)
        if len(entries) == 1 and len(entries[0].weeks) == 1:
            weeks.add(entries[0].week)
    return tuple(sorted(weeks)) or (3, 4)


@dataclass(frozen=True)
class StudentSignature:
    """How the student defined a function: positional parameter names, how many have defaults,
    and whether it takes *args."""

    name: str
    params: tuple[str, ...]
    defaults: int = 0
    varargs: bool = False

    def text(self) -> str:
        star = ["*args"] if self.varargs else []
        return f"{self.name}({', '.join([*self.params, *star])})"

    def accepts(self, count: int) -> bool:
        """Can it be called with ``count`` positional arguments?"""
        required = len(self.params) - self.defaults
        return required <= count and (self.varargs or count <= len(self.params))


def match_entry(signature: StudentSignature,
                weeks: Sequence[int] = WEEKS) -> tuple[CourseFunction | None, tuple[str, str] | None]:
    """The course entry this definition is for, and (expected, got) when its signature is wrong.

    The course calls every function with all its arguments in order, so the count
    must fit; the names may be the student's own, but the course's names in
    another order (``linear_backward(cache, dZ)``) are a swap, reported as such.
    """
    entries = entries_named(signature.name)
    if not entries:
        return None, None
    entries.sort(key=lambda entry: not set(entry.weeks) & set(weeks))  # the file's weeks first
    fitting = [entry for entry in entries if signature.accepts(len(entry.params))]
    for entry in fitting:
        given = signature.params[: len(entry.params)]
        spellings = (entry.params, *entry.aliases)
        if any(set(given) == set(names) and given != names for names in spellings):
            return entry, (entry.signature(), signature.text())
        return entry, None
    entry = entries[0]
    return entry, (entry.signature(), signature.text())

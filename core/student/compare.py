"""Comparing a student's result with core's: structure, then shapes, then values, and the first difference.

``first_difference`` walks the expected result: every container first (a tuple of the
right length, a dict with the right keys), then each named leaf in the order the
course computes it (``outputs.leaves``). For the first leaf that differs it explains
why, trying in turn:

1. the shape: transposed, a missing ``keepdims=True``, a row instead of a column,
   a sum over the wrong axis, or just another shape;
2. the mistake models of the function (``mistakes.py``): a wrong form of the
   computation recomputed on the same inputs — if the student's numbers are those
   of the wrong form, that form is the verdict;
3. a constant factor: −1 (the sign), m (a missing 1/m), 1/m, or another number;
4. NaN where core has a number; otherwise the first differing entry.

Values agree within ``RTOL``/``ATOL``: a student's formula computes the same numbers in
another order, so rounding differs in the last digits and nothing more.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable, Sequence

import numpy as np

from .outputs import Leaf
from .verdicts import Verdict, index_text, shape_text, verdict
from .wire import Unsupported

Array = np.ndarray
RTOL, ATOL = 1e-6, 1e-9
#: A candidate mistake: its verdict code, arguments and the full output it would produce.
Mistake = tuple[str, dict, Any]


@dataclass(frozen=True, eq=False)
class Difference:
    """The first difference: its verdict and, for a leaf, the numbers side by side."""

    verdict: Verdict
    output: str | None = None
    yours: Any = None
    expected: Any = None
    mask: Array | None = None  # True where an entry differs (None when the shapes differ)


class _Missing(Exception):
    def __init__(self, difference: Difference) -> None:
        self.difference = difference


def type_name(value: Any) -> str:
    """The Python name of what the student returned ("tuple", "ndarray", "NoneType", a class name)."""
    return value.type_name if isinstance(value, Unsupported) else type(value).__name__


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float, np.generic)) and not isinstance(value, (bool, np.bool_)) or (
        isinstance(value, np.ndarray) and value.ndim == 0)


def fetch(value: Any, path: Sequence) -> Any:
    """The part of ``value`` at ``path`` (KeyError, IndexError or TypeError if it is not there)."""
    for step in path:
        if isinstance(step, str):
            if not isinstance(value, dict):
                raise TypeError(step)
            value = value[step]
        else:
            if not isinstance(value, (tuple, list)):
                raise TypeError(step)
            value = value[step]
    return value


def _child_name(parent: str, step: Any, top_names: list[str]) -> str:
    if parent == "" and isinstance(step, int) and step < len(top_names):
        return top_names[step]
    return f'{parent}["{step}"]' if isinstance(step, str) else f"{parent}[{step}]"


def _walk_containers(yours: Any, expected: Any, name: str, leaf_paths: set, path: tuple, function: str,
                     top_names: list[str]) -> None:
    """Raise _Missing at the first container whose type, length or keys are not the expected ones."""
    if path in leaf_paths:
        return
    label = name or (top_names[0] if len(top_names) == 1 else function)
    if isinstance(expected, (tuple, list)):
        if yours is None:
            raise _Missing(Difference(verdict("returned_none" if not path else "returned_none_part", name=label)))
        if not isinstance(yours, (tuple, list)):
            raise _Missing(Difference(verdict("wrong_type", name=label, got=type_name(yours),
                                              expected=type(expected).__name__)))
        if len(yours) != len(expected):
            if path:
                raise _Missing(Difference(verdict("wrong_count_nested", name=label, got=len(yours),
                                                  expected=len(expected))))
            raise _Missing(Difference(verdict("wrong_count", name=label, got=len(yours), expected=len(expected),
                                              names=", ".join(top_names))))
        for index, item in enumerate(expected):
            _walk_containers(yours[index], item, _child_name(name, index, top_names), leaf_paths, (*path, index),
                             function, top_names)
    elif isinstance(expected, dict):
        if yours is None:
            raise _Missing(Difference(verdict("returned_none" if not path else "returned_none_part", name=label)))
        if not isinstance(yours, dict):
            raise _Missing(Difference(verdict("wrong_type", name=label, got=type_name(yours), expected="dict")))
        for key, item in expected.items():
            if key not in yours:
                raise _Missing(Difference(verdict("missing_key", name=label, key=key)))
            _walk_containers(yours[key], item, key if not path else _child_name(name, key, []), leaf_paths,
                             (*path, key), function, top_names)


def _as_array(value: Any) -> Array | None:
    if isinstance(value, np.ndarray):
        return value.astype(np.float64) if value.dtype.kind in "biu" else value
    if isinstance(value, (bool, int, float, np.generic)):
        return np.asarray(value, dtype=np.float64)
    if isinstance(value, list) and all(isinstance(item, (int, float, np.generic)) for item in value):
        return np.asarray(value, dtype=np.float64)
    return None


def close(yours: Array, expected: Array) -> Array:
    """Entry-wise agreement (NaN agrees with NaN)."""
    return np.isclose(yours, expected, rtol=RTOL, atol=ATOL, equal_nan=True)


def matches(yours: Any, expected: Any) -> bool:
    """True when the whole result agrees with ``expected`` (structure, shapes and values)."""
    if isinstance(expected, dict):
        return isinstance(yours, dict) and all(key in yours and matches(yours[key], item)
                                               for key, item in expected.items())
    if isinstance(expected, (tuple, list)) and not _is_numeric_list(expected):
        return (isinstance(yours, (tuple, list)) and len(yours) == len(expected)
                and all(matches(a, b) for a, b in zip(yours, expected)))
    a, b = _as_array(yours), _as_array(expected)
    if a is None or b is None or a.shape != b.shape:
        return False
    return bool(np.all(close(a, b)))


def _is_numeric_list(value: Any) -> bool:
    return isinstance(value, list) and all(isinstance(item, (int, float, np.generic)) for item in value)


def _shape_verdict(leaf: Leaf, got: tuple, expected: tuple, m: int | None) -> Verdict:
    args = dict(name=leaf.name, got=shape_text(got), expected=shape_text(expected),
                dims="(" + ", ".join(leaf.dims) + ")" if leaf.dims else shape_text(expected))
    if leaf.dims is None and expected == () and len(got) > 0 and int(np.prod(got)) == 1:
        return verdict("cost_not_squeezed", name=leaf.name, got=shape_text(got))
    if len(expected) == 2 and got == expected[::-1] and expected[0] != expected[1]:
        return verdict("transposed", **args)
    if len(expected) == 2 and expected[1] == 1:
        if got == (expected[0],):
            return verdict("keepdims", name=leaf.name, got=shape_text(got)) if leaf.name.startswith("d") else \
                verdict("row_vector", **args)
        if m is not None and got in ((1, m), (m,), (), (expected[0], m)) and leaf.name.startswith("d"):
            return verdict("sum_axis", **args)
    return verdict("wrong_shape", **args)


def constant_factor(yours: Array, expected: Array) -> float | None:
    """k when yours = k × expected for every entry (within rounding), else None."""
    big = np.abs(expected) > 1e-12
    if not big.any() or not np.all(np.isfinite(yours)):
        return None
    if not np.allclose(yours[~big], 0.0, atol=ATOL):
        return None
    ratios = yours[big] / expected[big]
    k = float(np.median(ratios))
    return k if np.allclose(ratios, k, rtol=1e-5, atol=0.0) else None


def _value_verdict(leaf: Leaf, mine: Array, theirs: Array, mask: Array, m: int | None) -> Verdict:
    k = constant_factor(mine, theirs)
    if k is not None and mine.ndim == 0 and not (np.isclose(k, -1.0) or (m and np.isclose(k, m))):
        k = None  # one number: only the sign and a missing 1/m say something; any two numbers have a ratio
    if k is not None:
        if np.isclose(k, -1.0, rtol=1e-6):
            return verdict("wrong_sign", name=leaf.name)
        if m and m > 1 and np.isclose(k, m, rtol=1e-6):
            return verdict("missing_one_over_m", name=leaf.name, m=m)
        if m and m > 1 and np.isclose(k, 1.0 / m, rtol=1e-6):
            return verdict("extra_one_over_m", name=leaf.name, m=m)
        return verdict("scaled", name=leaf.name, factor=k)
    nan = np.isnan(mine) & ~np.isnan(theirs)
    first = tuple(int(i) for i in np.argwhere(nan if nan.any() else mask)[0]) if mine.ndim else ()
    if nan.any():
        return verdict("nan", name=leaf.name, index=index_text(first))
    if mine.ndim == 0:
        return verdict("value_differs", name=leaf.name, yours=float(mine), expected=float(theirs))
    return verdict("values_differ", name=leaf.name, index=index_text(first), yours=float(mine[first]),
                   expected=float(theirs[first]), count=int(mask.sum()), size=int(mask.size))


def _compare_leaf(leaf: Leaf, yours: Any, expected: Any, m: int | None,
                  mistakes: Callable[[Leaf], list[Mistake]], values: bool = True) -> Difference | None:
    theirs = _as_array(expected)
    if yours is None:
        return Difference(verdict("returned_none" if leaf.path == () else "returned_none_part", name=leaf.name),
                          leaf.name, None, expected)
    mine = _as_array(yours)
    if mine is None or theirs is None:
        wanted = "number" if theirs is not None and theirs.ndim == 0 else "ndarray"
        return Difference(verdict("wrong_type", name=leaf.name, got=type_name(yours), expected=wanted),
                          leaf.name, None, expected)
    if mine.shape != theirs.shape:
        return Difference(_shape_verdict(leaf, mine.shape, theirs.shape, m), leaf.name, mine, theirs)
    if not values:
        return None
    agree = close(mine, theirs)
    if agree.all():
        return None
    mask = ~agree
    unit = int(np.argwhere(mask)[0][0]) + 1 if mask.ndim else 1
    for code, args, output in mistakes(leaf):
        if callable(output):  # a predicate on the student's numbers
            found = bool(output(mine, theirs))
        else:
            try:
                candidate = _as_array(fetch(output, leaf.path))
            except (KeyError, IndexError, TypeError):
                continue
            found = candidate is not None and candidate.shape == mine.shape and bool(np.all(close(mine, candidate)))
        if found:
            filled = {"name": leaf.name, "unit": unit, **args}
            return Difference(verdict(code, **filled), leaf.name, mine, theirs, mask)
    return Difference(_value_verdict(leaf, mine, theirs, mask, m), leaf.name, mine, theirs, mask)


def first_difference(yours: Any, expected: Any, leaves: list[Leaf], *, function: str, returns: str,
                     m: int | None = None,
                     mistakes: Callable[[Leaf], list[Mistake]] = lambda leaf: [],
                     values: bool = True) -> Difference | None:
    """The first way ``yours`` differs from ``expected`` (None: they agree), explained.

    ``values=False`` looks at the structure and the shapes only (is the result usable?).
    """
    top_names = [part.strip() for part in returns.split(",")]
    paths = {leaf.path for leaf in leaves}
    if () in paths and yours is None:
        return Difference(verdict("returned_none"))
    try:
        _walk_containers(yours, expected, "", paths, (), function, top_names)
    except _Missing as missing:
        return missing.difference
    for leaf in leaves:
        try:
            mine, theirs = fetch(yours, leaf.path), fetch(expected, leaf.path)
        except (KeyError, IndexError, TypeError):
            continue  # not in core's result either (an optional part)
        difference = _compare_leaf(leaf, mine, theirs, m, mistakes, values)
        if difference is not None:
            return difference
    return None

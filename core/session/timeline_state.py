"""What a timeline keeps (states and events, core.session.timeline) and its JSON form for session files.

The JSON form holds at most ``SAVED_STATES`` kept states, thinned as the memory is
(roughly geometric spacing), and every event; floats are written with Python's
shortest exact repr, so a reloaded timeline replays bit for bit. Reading checks
everything and raises ``ParameterFileError`` naming what is wrong::

    {"format": 1, "hyperparameters": {...},      # in force where the timeline starts
     "states": [{"iteration": 0, "parameters": [θ...], "gradients": [dθ...], "first_cost": null,
                 "batch_rng": {...}, "order": null, "cursor": 320}, ...],   # order null: 0, 1, ..., m − 1
     "events": [{"iteration": 150, "kind": "hyperparameters",
                 "values": {"batch_size": null, "lambd": 0.0, "learning_rate": 0.3}},
                {"iteration": 160, "kind": "parameters", "parameters": [θ...]},
                {"iteration": 170, "kind": "phases"}]}
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any, Sequence

import numpy as np

from ..errors import BackpropStudioError, ParameterFileError
from ..messages import reason_of
from ..nn.engine import parameter_count, views
from ..training.hyperparameters import Hyperparameters
from .changes import KEEPS_TRAINING

Array = np.ndarray

STATE_FORMAT = 1
SAVED_STATES = 200  # a session file holds at most this many (the rest is re-trained after loading)
#: The hyperparameters an event can change (they keep training): batch_size, lambd, learning_rate.
STEP_FIELDS = tuple(sorted(KEEPS_TRAINING))
EVENT_KINDS = ("hyperparameters", "parameters", "phases")


@dataclass(frozen=True, eq=False)
class Event:
    """Something replayed at ``iteration``: ``kind`` "hyperparameters" (``values``: the new batch_size, λ, α),
    "parameters" (``theta``: every W, b after the edit) or "phases" (that iteration ran phase by phase)."""

    iteration: int
    kind: str
    values: tuple = ()
    theta: Array | None = None


class Kept:
    """One kept state: θ, the gradients then (flat, as ``Trainer.gradients()``), the mini-batch stream
    (``order`` None: the examples in their own order; equal orders and RNG states are shared between states)."""

    __slots__ = ("iteration", "theta", "gradients", "first_cost", "rng", "order", "cursor")

    def __init__(self, iteration: int, theta: Array, gradients: Array, first_cost: float | None, rng: dict,
                 order: Array | None, cursor: int) -> None:
        self.iteration, self.theta, self.gradients = iteration, theta, gradients
        self.first_cost, self.rng, self.order, self.cursor = first_cost, rng, order, cursor

    def trainer_state(self, layer_dims: list[int], m: int) -> dict:
        """``Trainer.state()`` without the history."""
        order = np.arange(m) if self.order is None else self.order
        return {"parameters": unflatten(self.theta, layer_dims), "iteration": self.iteration,
                "first_cost": self.first_cost, "batch_rng": self.rng, "order": order, "cursor": self.cursor}


def flatten(arrays: dict[str, Array], layer_dims: list[int], prefix: str = "") -> Array:
    """{"W1", "b1", ...} (or {"dW1", ...} with prefix "d") as one vector θ in the engine's layout."""
    flat = np.empty(parameter_count(layer_dims))
    for l, (_, W, b) in enumerate(views(flat, layer_dims), start=1):
        W[...] = arrays[f"{prefix}W{l}"]
        b[...] = arrays[f"{prefix}b{l}"]
    return flat


def unflatten(flat: Array, layer_dims: list[int], prefix: str = "") -> dict[str, Array]:
    """The inverse of ``flatten``: fresh arrays."""
    result = {}
    for l, (_, W, b) in enumerate(views(flat, layer_dims), start=1):
        result[f"{prefix}W{l}"], result[f"{prefix}b{l}"] = W.copy(), b.copy()
    return result


def removal(iterations: Sequence[int], first: int) -> int:
    """The index in ``first .. len − 2`` whose removal leaves the smallest gap on a log scale
    (removing it again and again keeps the spacing roughly geometric)."""
    t = np.log1p(np.asarray(iterations[first - 1:], dtype=np.float64))
    return first + int(np.argmin(t[2:] - t[:-2]))


# --- writing ---------------------------------------------------------------------------
def encode(base: Hyperparameters, kept: Sequence[Kept], events: Sequence[Event],
           max_states: int = SAVED_STATES) -> dict[str, Any]:
    """The JSON-safe form: at most ``max_states`` (≥ 2) of ``kept``, thinned geometrically, and every event."""
    chosen, iterations = list(kept), [k.iteration for k in kept]
    while len(chosen) > max(max_states, 2):
        index = removal(iterations, 1)
        del chosen[index], iterations[index]
    return {"format": STATE_FORMAT, "hyperparameters": base.to_dict(),
            "states": [{"iteration": k.iteration, "parameters": k.theta.tolist(), "gradients": k.gradients.tolist(),
                        "first_cost": k.first_cost, "batch_rng": k.rng,
                        "order": None if k.order is None else k.order.tolist(), "cursor": k.cursor}
                       for k in chosen],
            "events": [_event_document(event) for event in events]}


def _event_document(event: Event) -> dict[str, Any]:
    document: dict[str, Any] = {"iteration": event.iteration, "kind": event.kind}
    if event.kind == "hyperparameters":
        document["values"] = dict(zip(STEP_FIELDS, event.values))
    elif event.kind == "parameters":
        document["parameters"] = event.theta.tolist()
    return document


# --- reading ---------------------------------------------------------------------------
def decode(state: Any, layer_dims: list[int], m: int) -> tuple[Hyperparameters, list[Kept], list[Event]]:
    """Check a JSON form against a network of ``layer_dims`` trained on m examples (ParameterFileError if wrong)."""
    try:
        return _decode(state, layer_dims, m)
    except ParameterFileError:
        raise
    except (BackpropStudioError, KeyError, TypeError, ValueError, IndexError) as error:
        raise ParameterFileError("timeline.unreadable", reason=reason_of(error)) from None


def _whole(value: Any, where: str, low: int = 0) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < low:
        raise ParameterFileError("timeline.not_whole", where=where, low=low, value=value)
    return value


def _vector(value: Any, size: int, where: str) -> Array:
    if not isinstance(value, list) or len(value) != size \
            or not all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in value):
        raise ParameterFileError("timeline.not_numbers", where=where, size=size)
    vector = np.asarray(value, dtype=np.float64)
    if not np.all(np.isfinite(vector)):
        raise ParameterFileError("timeline.not_finite", where=where)
    return vector


def _decode(state: Any, layer_dims: list[int], m: int) -> tuple[Hyperparameters, list[Kept], list[Event]]:
    if not isinstance(state, dict) or state.get("format") != STATE_FORMAT:
        raise ParameterFileError("timeline.format", format=STATE_FORMAT)
    base = Hyperparameters.from_dict(dict(state["hyperparameters"]))
    if base.layer_dims() != layer_dims:
        raise ParameterFileError("timeline.network", theirs=base.layer_dims(), ours=layer_dims)
    size = parameter_count(layer_dims)
    kept: list[Kept] = []
    for i, raw in enumerate(state["states"]):
        where = f"states[{i}]"
        iteration = _whole(raw["iteration"], f"{where}.iteration", kept[-1].iteration + 1 if kept else 0)
        order = raw["order"]
        if order is not None:
            order = np.asarray(order, dtype=np.int64)
            if order.shape != (m,) or not np.array_equal(np.sort(order), np.arange(m)):
                raise ParameterFileError("timeline.order", where=where, m=m)
            order = order.astype(np.int32)
        np.random.PCG64().state = raw["batch_rng"]  # raises on anything but a PCG64 state
        first = raw["first_cost"]
        if first is not None and (isinstance(first, bool) or not isinstance(first, (int, float))
                                  or not math.isfinite(first)):
            raise ParameterFileError("timeline.first_cost", where=where)
        kept.append(Kept(iteration, _vector(raw["parameters"], size, f"{where}.parameters"),
                         _vector(raw["gradients"], size, f"{where}.gradients"),
                         None if first is None else float(first), raw["batch_rng"], order,
                         min(_whole(raw["cursor"], f"{where}.cursor"), m)))
    if not kept:
        raise ParameterFileError("timeline.empty")
    events: list[Event] = []
    hp = base
    for i, raw in enumerate(state["events"]):
        where, kind = f"events[{i}]", raw["kind"]
        low = max(kept[0].iteration, events[-1].iteration if events else 0)
        iteration = _whole(raw["iteration"], f"{where}.iteration", low)
        if kind == "hyperparameters":
            values = dict(raw["values"])
            if set(values) != set(STEP_FIELDS):
                raise ParameterFileError("timeline.values", where=where, fields=", ".join(STEP_FIELDS))
            hp = hp.with_changes(**values)  # validates them
            events.append(Event(iteration, kind, tuple(values[name] for name in STEP_FIELDS)))
        elif kind == "parameters":
            events.append(Event(iteration, kind, theta=_vector(raw["parameters"], size, f"{where}.parameters")))
        elif kind == "phases":
            events.append(Event(iteration, kind))
        else:
            raise ParameterFileError("timeline.kind", where=where, kinds=", ".join(EVENT_KINDS))
    return base, kept, events

"""Health: what is going wrong with a run, read off a Snapshot, with the course's advice.

The course names a handful of ways training goes wrong, each with its cure:

* the cost **diverges** (inf or NaN) or the **weights explode**: α too large;
* the cost **rises**, or **goes up and down**, instead of only falling: each step of
  W = W − α dW jumps across the valley — a smaller α;
* **dead ReLU units**: Z[l] ≤ 0 for every example, so g'(Z) = 0, dZ = 0 and their W, b
  never change again — a smaller α, leaky ReLU, a smaller initialization;
* **saturated tanh or sigmoid units**: |z| large where g is flat, g'(Z) ≈ 0, so dZ = dA * g'(Z) ≈ 0
  and the weights crawl — a smaller initialization scale, standardized inputs, ReLU.

``diagnose(snapshot)`` returns the findings that hold now, the most important first. Each
is a ``core.messages.Message`` (a code and its arguments; the GUI translates the template), so
the CLI and the window say the same. It is cheap enough to run for every snapshot shown: the
cost test reads the last ``WINDOW`` points of the snapshot's cost curve, and the unit tests
run one forward pass over at most ``MAX_EXAMPLES`` training examples, evenly spread.

Saturation is judged against the run's start: tanh units of a *trained* network sit on their
flat parts for most examples (the course's flower ends with 90 % of its z there), which is
learning, not trouble. A layer is reported when most of its units are saturated now *and* were
already saturated by the initial weights the hyperparameters draw (too large a scale, or raw
inputs): the course's case of a run that crawls from its first iteration.

Every threshold is a named constant below; tests/core/session/test_health.py builds networks
that show each condition and its absence over several seeds, far from each threshold.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from ..data.pipeline import PreparedData
from ..messages import Message
from ..nn.activation_stats import SATURATION_THRESHOLD
from ..nn.activations import get_activation
from ..nn.initialization import initialize_parameters_deep
from ..nn.propagation import L_model_forward
from ..training.hyperparameters import Hyperparameters
from .snapshot import Snapshot

Array = np.ndarray

#: The cost tests read the last this-many points of the cost curve (iterations, or the highs and lows
#: of stretches of a long run: a rise between two kept points is a real rise, see core.training.history).
WINDOW = 50
#: Fewer points than this say nothing yet.
MIN_POINTS = 10
#: Rising: the mean of the window's last ``ENDS`` costs is this much (relatively) above the mean of its
#: first ``ENDS`` (means of a few, so a cost that alternates up and down is not read as rising or falling).
RISE = 0.05
ENDS = 5
#: A step that raises J by this much (relatively) counts as going up. The course's flower at α = 1.2
#: never rises more than ~1 % in a step; α = 10 rises 15 % every other step.
STEP_RISE = 0.05
#: Oscillating: at least this many steps of the window went up.
OSCILLATION_RISES = 3
#: Changes of J smaller than this are never a rise (a cost near 0 moves by rounding-sized amounts).
ABS_TOL = 1e-3
#: With mini-batches each J is one batch's: it is noisy. Rising then compares the window's first and
#: last thirds, by this much; going up and down is normal and not reported.
MINIBATCH_RISE = 0.2
#: Exploding: some |W[l]| entry above this. Trained networks here stay below ~15, and × 10 initial
#: weights below ~40; a runaway α takes them into the hundreds.
EXPLODING_WEIGHT = 100.0
#: Unit tests look at most at this many training examples (evenly spread over the training set).
MAX_EXAMPLES = 1000
#: Dead units are reported when at least this share of a layer's units (and at least one) are dead.
DEAD_SHARE = 0.25
#: A unit is saturated when |g'(z)| < SATURATION_THRESHOLD on at least this share of the examples;
#: a layer is reported when at least ``SATURATED_SHARE`` of its units are, now and at the start.
UNIT_SATURATED = 0.5
SATURATED_SHARE = 0.5

#: Order of importance (lower first).
RANKS = {"health.diverged": 0, "health.exploding_weights": 1, "health.cost_rising": 2,
         "health.cost_oscillating": 3, "health.dead_units": 4, "health.saturated_units": 5}


@dataclass(frozen=True)
class Finding:
    """One thing going wrong: its message (code + arguments, the advice included) and, for a
    finding about units, the layer."""

    message: Message
    layer: int | None = None

    @property
    def code(self) -> str:
        return self.message.code

    @property
    def rank(self) -> int:
        return RANKS[self.code]


def diagnose(snapshot: Snapshot) -> tuple[Finding, ...]:
    """Every finding that holds for ``snapshot``, the most important first (empty: all is well)."""
    hp = snapshot.hyperparameters
    findings: list[Finding] = []
    divergence = snapshot.divergence
    if divergence is not None:
        shown = f"{divergence.cost:.4g}" if math.isfinite(divergence.cost) else "∞"
        findings.append(Finding(Message("health.diverged", iteration=divergence.iteration, cost=shown,
                                        learning_rate=divergence.learning_rate)))
    exploding = exploding_weights(snapshot.parameters, hp.learning_rate)
    if exploding is not None:
        findings.append(exploding)
    trend = cost_trend(snapshot.history.iterations, snapshot.history.costs, hp.learning_rate,
                       minibatch=snapshot.batch_m < snapshot.m)
    if trend is not None:
        findings.append(trend)
    findings += unit_findings(snapshot)
    return tuple(sorted(findings, key=lambda f: (f.rank, f.layer or 0)))


# ---------------------------------------------------------------------------------------------- the cost
def cost_trend(iterations: Array, costs: Array, learning_rate: float, *, minibatch: bool = False) -> Finding | None:
    """A rising or oscillating cost over the last ``WINDOW`` points of the curve, or None."""
    finite = np.isfinite(costs)
    it, J = iterations[finite][-WINDOW:], costs[finite][-WINDOW:]
    if J.size < MIN_POINTS:
        return None
    start, end = int(it[0]), int(it[-1])
    if minibatch:
        third = J.size // 3
        early, late = float(J[:third].mean()), float(J[-third:].mean())
        if late > early * (1 + MINIBATCH_RISE) and late - early > ABS_TOL:
            return Finding(Message("health.cost_rising", start=start, end=end, first=early, last=late,
                                   learning_rate=learning_rate))
        return None
    first, last = float(J[:ENDS].mean()), float(J[-ENDS:].mean())
    if last > first * (1 + RISE) and last - first > ABS_TOL:
        return Finding(Message("health.cost_rising", start=start, end=end, first=first, last=last,
                               learning_rate=learning_rate))
    ups = np.diff(J) > np.maximum(STEP_RISE * np.abs(J[:-1]), ABS_TOL)
    rises = int(np.count_nonzero(ups))
    if rises >= OSCILLATION_RISES:
        return Finding(Message("health.cost_oscillating", start=start, end=end, rises=rises,
                               learning_rate=learning_rate))
    return None


# ---------------------------------------------------------------------------------------------- the weights
def exploding_weights(parameters, learning_rate: float) -> Finding | None:
    """The layer with the largest |W[l]| entry, if it is above ``EXPLODING_WEIGHT``."""
    largest, layer = 0.0, 0
    for key, W in parameters.items():
        if not key.startswith("W") or W.size == 0:
            continue
        with np.errstate(invalid="ignore"):
            value = float(np.max(np.abs(W)))
        if not math.isfinite(value):
            value = math.inf
        if value > largest:
            largest, layer = value, int(key[1:])
    if largest <= EXPLODING_WEIGHT:
        return None
    return Finding(Message("health.exploding_weights", layer=layer, value=largest, learning_rate=learning_rate),
                   layer)


# ---------------------------------------------------------------------------------------------- the units
def sample_columns(m: int, limit: int = MAX_EXAMPLES) -> Array:
    """At most ``limit`` column indices of 0 .. m − 1, evenly spread (all of them when m ≤ limit)."""
    if m <= limit:
        return np.arange(m)
    return np.unique(np.linspace(0, m - 1, limit).round().astype(np.int64))


def unit_findings(snapshot: Snapshot) -> list[Finding]:
    """Dead ReLU units and saturated tanh / sigmoid units, per hidden layer."""
    hp = snapshot.hyperparameters
    hidden = [(l, get_activation(name, hp.leaky_alpha)) for l, name in enumerate(snapshot.activations[:-1], 1)]
    if not any(act.can_die or act.saturates for _, act in hidden) or snapshot.m == 0:
        return []
    X = snapshot.prepared.X_train[:, sample_columns(snapshot.m)]
    Zs, _ = snapshot.forward(X)
    started = None
    findings = []
    for l, act in hidden:
        Z = Zs[l - 1]
        units = Z.shape[0]
        if act.can_die:
            dead = int(np.count_nonzero(np.all(Z <= 0.0, axis=1)))
            if dead and dead >= DEAD_SHARE * units:
                findings.append(Finding(Message("health.dead_units", layer=l, dead=dead, units=units,
                                                learning_rate=hp.learning_rate), l))
        elif act.saturates:
            saturated = saturated_units(Z, act)
            if saturated < SATURATED_SHARE * units:
                continue
            if started is None:
                started = saturated_at_start(_start_key(hp), snapshot.prepared)
            if started[l - 1] >= SATURATED_SHARE * units:
                findings.append(Finding(Message("health.saturated_units", layer=l, saturated=saturated,
                                                units=units, activation=act.label), l))
    return findings


def saturated_units(Z: Array, act) -> int:
    """Units of Z (n, m) whose |g'(z)| < SATURATION_THRESHOLD on at least ``UNIT_SATURATED`` of the examples."""
    with np.errstate(over="ignore", invalid="ignore"):
        flat = np.abs(act.dg(Z)) < SATURATION_THRESHOLD
    return int(np.count_nonzero(flat.mean(axis=1) >= UNIT_SATURATED))


def _start_key(hp: Hyperparameters) -> tuple:
    """What decides the initial weights and how they act (α, λ and the batch size do not)."""
    return (tuple(hp.layer_dims()), tuple(hp.activations()), hp.initialization, hp.init_scale, hp.seed,
            hp.leaky_alpha)


@lru_cache(maxsize=4)
def saturated_at_start(key: tuple, prepared: PreparedData) -> tuple[int, ...]:
    """Saturated units per hidden layer under the initial weights ``key`` describes (see ``_start_key``),
    on the same examples ``unit_findings`` looks at. Computed once per network and data."""
    layer_dims, activations, initialization, scale, seed, alpha = key
    parameters = initialize_parameters_deep(list(layer_dims), initialization, scale, seed)
    X = prepared.X_train[:, sample_columns(prepared.train.m)]
    with np.errstate(over="ignore", invalid="ignore"):
        _, caches = L_model_forward(X, parameters, list(activations), alpha)
    counts = []
    for (_, Z), name in zip(caches[:-1], activations[:-1]):
        act = get_activation(name, alpha)
        counts.append(saturated_units(Z, act) if act.saturates else 0)
    return tuple(counts)


__all__ = ["Finding", "diagnose", "cost_trend", "exploding_weights", "unit_findings", "sample_columns",
           "saturated_units", "saturated_at_start", "RANKS"]

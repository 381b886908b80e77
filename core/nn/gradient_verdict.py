"""Reading a gradient check per layer: does backprop agree, or is the check at its rounding limit?

``core.nn.gradient_check`` gives the course's relative difference for the whole θ and for
each block (W1, b1, ...). The course's rule, difference < 1e-7, works for the whole θ,
but a block whose gradient is tiny (dW1 ≈ 1e-4 with the default random × 0.01 start) can
show 1e-6 although backprop is exactly right: the two-sided difference itself is only
accurate to about

    u · S / ε  per entry        (u = 2.2e-16, the float64 rounding unit)

because J(θ + ε) and J(θ − ε) are each rounded to about u · S, where S is the size of
the numbers the cost is summed from (|J| plus the logits |Z[L]| that the
cross-entropy from logits cancels against each other). Over a block of n entries
those errors add up to about √n · u · S / ε. When ‖grad − gradapprox‖ is below that,
the check cannot see any disagreement: the block passes "at the rounding limit".
A real bug (dW1 off by 10 %) is millions of times larger and still fails.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

import numpy as np

from .activations import DEFAULT_LEAKY_ALPHA, get_activation
from .gradient_check import DEFAULT_THRESHOLD, GradientCheckResult, gradient_check
from .losses import compute_cost, l2_cost, loss_for_output
from .propagation import L_model_backward_shortcut, L_model_forward

Array = np.ndarray

ROUNDING_UNIT = float(np.finfo(np.float64).eps)
DEFAULT_EPSILON = 1e-7


def backprop_grads(parameters: dict[str, Array], X: Array, Y: Array, activations: Sequence[str],
                   alpha: float = DEFAULT_LEAKY_ALPHA, lambd: float = 0.0) -> dict[str, Array]:
    """grads {"dW1", "db1", ...} from L_model_forward then the app's backward pass. X: (n[0], m), Y: (n[L], m).

    The app's pass (dZ[L] = A[L] − Y) is what the trainer uses, works for every output, and
    stays finite where a sigmoid output has saturated to exactly 0 or 1.
    """
    AL, caches = L_model_forward(X, parameters, activations, alpha)
    return L_model_backward_shortcut(AL, Y, caches, activations, alpha, lambd)


def cost_scale(parameters: dict[str, Array], X: Array, Y: Array, activations: Sequence[str],
               alpha: float = DEFAULT_LEAKY_ALPHA, lambd: float = 0.0) -> float:
    """S = |J| + mean over examples of Σ_k |Z[L]_k|: the size of what J's rounding error scales with."""
    AL, caches = L_model_forward(X, parameters, activations, alpha)
    ZL = caches[-1][1]
    m = Y.shape[1]
    J = compute_cost(AL, Y, loss_for_output(activations[-1]), ZL=ZL) + l2_cost(parameters, lambd, m)
    return abs(J) + float(np.sum(np.abs(ZL))) / m


def rounding_limit(scale: float, epsilon: float, size: int) -> float:
    """√size · u · scale / ε: how far ``size`` two-sided differences can be off from rounding alone."""
    return float(np.sqrt(size)) * ROUNDING_UNIT * abs(scale) / epsilon


@dataclass(frozen=True)
class BlockVerdict:
    """One parameter block (W1, b1, ...): how far backprop's gradient is from the numerical one."""

    key: str
    shape: tuple[int, ...]
    relative_difference: float
    absolute_difference: float  # ‖grad − gradapprox‖
    grad_norm: float  # ‖grad‖ (backprop's)
    rounding_limit: float
    threshold: float

    @property
    def within_threshold(self) -> bool:
        """The course's rule: relative difference < threshold."""
        return self.relative_difference < self.threshold

    @property
    def within_rounding(self) -> bool:
        """The difference is no larger than the numerical estimate's own rounding error."""
        return self.absolute_difference <= self.rounding_limit

    @property
    def passed(self) -> bool:
        return self.within_threshold or self.within_rounding


@dataclass(frozen=True)
class NetworkVerdict:
    """A gradient check of a whole network, judged block by block."""

    result: GradientCheckResult
    blocks: tuple[BlockVerdict, ...]
    epsilon: float
    scale: float

    @property
    def difference(self) -> float:
        """The course's relative difference over the whole θ."""
        return self.result.difference

    @property
    def threshold(self) -> float:
        return self.result.threshold

    @property
    def rounding_per_entry(self) -> float:
        """u · S / ε: how far one numerical derivative can be off from rounding alone."""
        return rounding_limit(self.scale, self.epsilon, 1)

    @property
    def passed(self) -> bool:
        """Every block agrees (by the course's rule or at the rounding limit)."""
        return all(block.passed for block in self.blocks)

    @property
    def at_rounding_limit(self) -> bool:
        """Some block passes only at the rounding limit (its gradient is too tiny for the course's rule)."""
        return any(block.passed and not block.within_threshold for block in self.blocks)

    def failed_blocks(self) -> list[str]:
        """Keys of the blocks that disagree, worst first."""
        failed = [block for block in self.blocks if not block.passed]
        return [block.key for block in sorted(failed, key=lambda b: -b.relative_difference)]


def check_gradients(parameters: dict[str, Array], X: Array, Y: Array, activations: Sequence[str],
                    alpha: float = DEFAULT_LEAKY_ALPHA, lambd: float = 0.0, grads: dict[str, Array] | None = None,
                    epsilon: float = DEFAULT_EPSILON, threshold: float = DEFAULT_THRESHOLD) -> NetworkVerdict:
    """Run ``gradient_check`` (grads default to backprop's) and judge each block. X: (n[0], m), Y: (n[L], m)."""
    if grads is None:
        grads = backprop_grads(parameters, X, Y, activations, alpha, lambd)
    result = gradient_check(parameters, X, Y, activations, alpha, lambd, epsilon, grads, threshold)
    scale = cost_scale(parameters, X, Y, activations, alpha, lambd)
    blocks = []
    start = 0
    for key, shape in result.layout:
        size = int(np.prod(shape))
        grad = result.grad[start:start + size]
        approx = result.gradapprox[start:start + size]
        start += size
        blocks.append(BlockVerdict(
            key, tuple(shape), result.per_parameter[key], float(np.linalg.norm(grad - approx)),
            float(np.linalg.norm(grad)), rounding_limit(scale, epsilon, size), threshold,
        ))
    return NetworkVerdict(result, tuple(blocks), epsilon, scale)


def has_kink(activations: Sequence[str]) -> bool:
    """True when a hidden layer uses ReLU or leaky ReLU (their corner at z = 0 can fool the check)."""
    return any(get_activation(name).kinked for name in activations[:-1])

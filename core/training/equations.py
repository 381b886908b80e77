"""The course's equations for each phase of an iteration, and the NumPy lines that compute them.

The inspector shows, for the phase just taken, the equation in the course's
notation and the line of ``core`` that does the work, so a student can match
``dW[1] = (1/m) dZ[1] X^T`` with ``dW = np.dot(dZ, A_prev.T) * (1.0 / m)``.

Notation (plain text; the GUI turns it into superscripts): ``[l]`` is the layer
superscript, ``^T`` a transpose, ``Σ`` the sum over the m examples (the columns),
``*`` the element-wise product and ``α`` the learning rate. ``A[0]`` is written
``X``. The NumPy lines are those of the core functions a phase ran
(``PhaseEvent.ran``, see core.training.phases); each is verbatim a line of its
function (a core test checks it), so what is shown is what ran.

Phase kinds are ``PhaseEvent.equation``: forward | cost | backward_output | backward | update.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable, Sequence

from ..nn.activations import DEFAULT_LEAKY_ALPHA, get_activation
from ..nn.losses import (binary_cross_entropy_from_logits, categorical_cross_entropy_from_logits, compute_cost, l2_cost,
                         squared_error)
from ..nn.propagation import (activation_backward, l2_backward, linear_activation_forward, linear_backward,
                              linear_forward, output_layer_backward, update_layer)

KINDS = ("forward", "cost", "backward_output", "backward", "update")

#: J for each loss, over the m columns: the course's formula, then (for cross-entropy) the same J in the
#: form core.nn.losses computes it from Z[L] — the NumPy line the cost phase shows — which never takes
#: the log of an A[L] rounded to 0 or 1 (the inspector says in one sentence why the two are equal).
_COSTS = {
    "binary_cross_entropy": ("J = -(1/m) Σ [Y log A[L] + (1 - Y) log(1 - A[L])]",
                             "J = (1/m) Σ (log(1 + exp(Z[L])) - Y Z[L])"),
    "categorical_cross_entropy": ("J = -(1/m) Σ Σ_k Y_k log A[L]_k",
                                  "J = -(1/m) Σ Σ_k Y_k (Z[L]_k - log Σ_j exp(Z[L]_j))"),
    "squared_error": ("J = (1/m) Σ ½ (A[L] - Y)²",),
}


@dataclass(frozen=True)
class NumpyLine:
    """One line of a core function (verbatim, without its indentation), and that function."""

    code: str
    function: Callable

    @property
    def source(self) -> str:
        """The file of the function, as a path in the checkout: "core/nn/propagation.py"."""
        module = self.function.__module__.split(".")
        return "/".join(module[module.index("core"):]) + ".py"

    @property
    def where(self) -> str:
        """"core/nn/propagation.py: linear_forward"."""
        return f"{self.function.__name__} ({self.source})"


def _lines(function: Callable, *codes: str) -> tuple[NumpyLine, ...]:
    return tuple(NumpyLine(code, function) for code in codes)


#: The key lines of each core function a phase can run (tests/core/training/test_equations.py checks
#: that each is a line of its function's source, and that each phase lists exactly the functions it ran).
LINES: dict[Callable, tuple[NumpyLine, ...]] = {
    linear_forward: _lines(linear_forward, "Z = np.dot(W, A_prev) + b"),
    linear_activation_forward: _lines(linear_activation_forward, "A = get_activation(activation, alpha).g(Z)"),
    compute_cost: (),  # it only picks the cost function below
    binary_cross_entropy_from_logits: _lines(binary_cross_entropy_from_logits,
                                             "return float(np.sum(np.logaddexp(0.0, ZL) - Y * ZL) / m)"),
    categorical_cross_entropy_from_logits: _lines(categorical_cross_entropy_from_logits,
                                                  "return float(-np.sum(Y * log_softmax) / m)"),
    squared_error: _lines(squared_error, "return float(0.5 * np.sum((AL - Y) ** 2) / m)"),
    l2_cost: _lines(l2_cost, "return lambd / (2.0 * m) * total"),
    output_layer_backward: _lines(output_layer_backward, "dZ = AL - Y"),
    activation_backward: _lines(activation_backward, "g_prime = get_activation(activation, alpha).dg(Z)",
                                "dZ = dA * g_prime"),
    linear_backward: _lines(linear_backward, "dW = np.dot(dZ, A_prev.T) * (1.0 / m)",
                            "db = np.sum(dZ, axis=1, keepdims=True) * (1.0 / m)", "dA_prev = np.dot(W.T, dZ)"),
    l2_backward: _lines(l2_backward, "dW = dW + (lambd / m) * W"),
    update_layer: _lines(update_layer, "W = W - learning_rate * dW", "b = b - learning_rate * db"),
}

#: Every NumPy line this module can list.
ALL_NUMPY_LINES = tuple(line for lines in LINES.values() for line in lines)

#: The tensors of a PhaseEvent in the order the inspector shows them (the order of the computation).
TENSOR_ORDER = {
    "forward": ("A_prev", "W", "b", "Z", "A"),
    "cost": ("AL", "Y"),
    "backward_output": ("dZ", "dW", "db", "dA_prev"),
    "backward": ("dA", "g_prime", "dZ", "dW", "db", "dA_prev"),
    "update": ("W_before", "dW", "W_after", "b_before", "db", "b_after"),
}

#: Course symbol of each tensor key; {l} is the layer, {p} the layer before it (l − 1).
_TENSOR_SYMBOLS = {
    "A_prev": "A[{p}]", "W": "W[{l}]", "b": "b[{l}]", "Z": "Z[{l}]", "A": "A[{l}]",
    "AL": "A[{l}]", "Y": "Y",
    "dA": "dA[{l}]", "g_prime": "g'[{l}](Z[{l}])", "dZ": "dZ[{l}]", "dW": "dW[{l}]", "db": "db[{l}]",
    "dA_prev": "dA[{p}]",
    "W_before": "W[{l}]", "W_after": "W[{l}]", "b_before": "b[{l}]", "b_after": "b[{l}]",
}


def _check_kind(kind: str) -> None:
    if kind not in KINDS:
        raise ValueError(f"unknown phase kind {kind!r}; known: {', '.join(KINDS)}")


def _substitute(text: str, layer: int, L: int) -> str:
    """Put the real layer numbers in: [l] → [2], [l-1] → [1], [L] → [3]; A[0] → X."""
    text = text.replace("[l-1]", f"[{layer - 1}]").replace("[l]", f"[{layer}]").replace("[L-1]", f"[{L - 1}]")
    text = text.replace("[L]", f"[{L}]")
    # The course writes the input layer as X: dW[1] = (1/m) dZ[1] X^T.
    return re.sub(r"\bA\[0\]", "X", text)


def activation_equation(activation: str) -> str:
    """A[l] = g[l](Z[l]) with g named: "A[l] = tanh(Z[l])"; a linear layer is "A[l] = Z[l]"."""
    symbol = get_activation(activation).symbol
    return f"A[l] = {symbol}(Z[l])" if symbol else "A[l] = Z[l]"


def derivative_formula(activation: str, leaky_alpha: float = DEFAULT_LEAKY_ALPHA) -> str:
    """g'(z) for the backward step: "tanh'(z) = 1 - a²", "ReLU'(z) = 1 if z > 0 else 0", ..."""
    formula = get_activation(activation, leaky_alpha).derivative_formula()
    if not formula:
        raise ValueError(f"{activation} has no derivative of its own (it is an output activation)")
    return formula


def _templates(kind: str, activation: str, loss: str, lambd: float, leaky_alpha: float) -> list[str]:
    """The course's equations for ``kind`` with l, l−1 and L still symbolic."""
    if kind == "forward":
        return ["Z[l] = W[l] A[l-1] + b[l]", activation_equation(activation)]
    if kind == "cost":
        try:
            return list(_COSTS[loss])
        except KeyError:
            raise ValueError(f"unknown loss {loss!r}") from None
    dW = "dW[l] = (1/m) dZ[l] A[l-1]^T" + (" + (λ/m) W[l]" if lambd else "")
    rest = [dW, "db[l] = (1/m) Σ dZ[l]", "dA[l-1] = W[l]^T dZ[l]"]
    if kind == "backward_output":
        return ["dZ[l] = A[l] - Y", *rest]
    if kind == "backward":
        return ["dZ[l] = dA[l] * g'[l](Z[l])", "g'[l](z) = " + derivative_formula(activation, leaky_alpha), *rest]
    return ["W[l] = W[l] - α dW[l]", "b[l] = b[l] - α db[l]"]


def equations_for(kind: str, layer: int, L: int, activation: str, loss: str, *,
                  lambd: float = 0.0, leaky_alpha: float = DEFAULT_LEAKY_ALPHA) -> list[str]:
    """The course's equations for one phase, with the real layer numbers.

    ``activation`` is g[layer]; ``loss`` is the network's loss (used by the cost).
    The backward step of layer 1 computes no dA[0] (nothing needs it), so it is left out.
    >>> equations_for("backward", 1, 2, "tanh", "binary_cross_entropy")[2]
    'dW[1] = (1/m) dZ[1] X^T'
    """
    _check_kind(kind)
    lines = _templates(kind, activation, loss, lambd, leaky_alpha)
    if kind in ("backward", "backward_output") and layer == 1:
        lines = [line for line in lines if not line.startswith("dA[l-1]")]
    lines = [_substitute(line, layer, L) for line in lines]
    if kind == "cost" and lambd:
        # Added after the substitution: this [l] runs over all layers, it is not the phase's layer.
        lines = [line + " + (λ/2m) Σ_l ||W[l]||²" for line in lines]
    return lines


def numpy_lines_for(ran: Sequence[Callable], layer: int) -> list[NumpyLine]:
    """The lines of the core functions that ran in a phase (``PhaseEvent.ran``), in the order they ran.

    The backward step of layer 1 computes dA[0] as the course's code does, but nothing uses it,
    so its line is left out, as the equation is.
    """
    lines = [line for function in ran for line in LINES[function]]
    if layer == 1:
        lines = [line for line in lines if not line.code.startswith("dA_prev")]
    return lines


def tensor_symbol(key: str, layer: int) -> str:
    """Course symbol of a PhaseEvent tensor: ("dZ", 2) → "dZ[2]"; ("A_prev", 1) → "A[0]"."""
    try:
        return _TENSOR_SYMBOLS[key].format(l=layer, p=layer - 1)
    except KeyError:
        raise ValueError(f"unknown tensor {key!r}") from None


def tensor_order(kind: str, keys: list[str] | tuple[str, ...]) -> list[str]:
    """``keys`` (a PhaseEvent's tensors) in the order of the computation; unknown keys last."""
    _check_kind(kind)
    order = TENSOR_ORDER[kind]
    known = [key for key in order if key in keys]
    return known + sorted(key for key in keys if key not in order)


__all__ = ["KINDS", "NumpyLine", "LINES", "ALL_NUMPY_LINES", "TENSOR_ORDER", "equations_for", "numpy_lines_for",
           "derivative_formula", "activation_equation", "tensor_symbol", "tensor_order"]

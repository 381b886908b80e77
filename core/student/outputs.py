"""What a course function returns, named in the course's terms and listed in the order it is computed.

``leaves(key, case)`` gives, for the value a function returns, each array or number in
it as a ``Leaf``: where it is (a path of tuple indices and dict keys), its course name
("dW[2]", "Z[l]" when the layer is not known) and its dimensions in symbols
(("n[2]", "n[1]")), so a verdict can say "dW[2] has shape (4, 1); expected (1, 4) =
(n[2], n[1])". The order is the order the course computes them in (forward: layer 1
up; backward: layer L down, dW before db before dA[l−1]), so the first leaf that
differs is the first thing that went wrong.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .cases import Case

Path = tuple


@dataclass(frozen=True)
class Leaf:
    """One array or number in a function's result."""

    path: Path
    name: str
    dims: tuple[str, ...] | None = None


def _layer(l: int | None) -> tuple[str, str]:
    """ "[2]", "[1]" for layer 2; "[l]", "[l−1]" when the layer is not known."""
    return (f"[{l}]", f"[{l - 1}]") if l else ("[l]", "[l−1]")


def _parameters(L: int) -> list[Leaf]:
    """W[1], b[1], …, W[L], b[L] of a parameters dict."""
    leaves = []
    for l in range(1, L + 1):
        leaves.append(Leaf((f"W{l}",), f"W[{l}]", (f"n[{l}]", f"n[{l - 1}]")))
        leaves.append(Leaf((f"b{l}",), f"b[{l}]", (f"n[{l}]", "1")))
    return leaves


def _linear_step_backward(l: int | None) -> list[Leaf]:
    cur, prev = _layer(l)
    return [Leaf((1,), f"dW{cur}", (f"n{cur}", f"n{prev}")), Leaf((2,), f"db{cur}", (f"n{cur}", "1")),
            Leaf((0,), f"dA{prev}", (f"n{prev}", "m"))]


def _linear_cache(prefix: Path, l: int | None) -> list[Leaf]:
    cur, prev = _layer(l)
    return [Leaf((*prefix, 0), f"A{prev}", (f"n{prev}", "m")), Leaf((*prefix, 1), f"W{cur}", (f"n{cur}", f"n{prev}")),
            Leaf((*prefix, 2), f"b{cur}", (f"n{cur}", "1"))]


def _count_layers(parameters: Any) -> int:
    return len([key for key in parameters if str(key).startswith("W")]) if isinstance(parameters, dict) else 0


def leaves(key: str, case: Case) -> list[Leaf]:
    """The named leaves of ``key``'s result for ``case``, in the order the course computes them."""
    l = case.layer
    cur, prev = _layer(l)
    expected = case.expected
    if key == "sigmoid":
        return [Leaf((), "s")]
    if key == "initialize_with_zeros":
        return [Leaf((0,), "w", ("dim", "1")), Leaf((1,), "b")]
    if key == "propagate":
        return [Leaf((1,), "cost"), Leaf((0, "dw"), "dw", ("n_x", "1")), Leaf((0, "db"), "db")]
    if key == "optimize":
        return [Leaf((0, "w"), "w", ("n_x", "1")), Leaf((0, "b"), "b"), Leaf((1, "dw"), "dw", ("n_x", "1")),
                Leaf((1, "db"), "db"), Leaf((2,), "costs")]
    if key in ("predict@2", "predict@3"):
        return [Leaf((), "Y_prediction" if key == "predict@2" else "predictions", ("1", "m"))]
    if key == "layer_sizes":
        return [Leaf((0,), "n_x"), Leaf((1,), "n_h"), Leaf((2,), "n_y")]
    if key in ("initialize_parameters", "initialize_parameters_deep", "nn_model", "update_parameters"):
        return _parameters(_count_layers(expected))
    if key == "forward_propagation":
        return [Leaf((1, "Z1"), "Z[1]", ("n[1]", "m")), Leaf((1, "A1"), "A[1]", ("n[1]", "m")),
                Leaf((1, "Z2"), "Z[2]", ("n[2]", "m")), Leaf((1, "A2"), "A[2]", ("n[2]", "m")),
                Leaf((0,), "A[2]", ("n[2]", "m"))]
    if key == "compute_cost":
        return [Leaf((), "cost")]
    if key == "backward_propagation":
        return [Leaf(("dW2",), "dW[2]", ("n[2]", "n[1]")), Leaf(("db2",), "db[2]", ("n[2]", "1")),
                Leaf(("dW1",), "dW[1]", ("n[1]", "n[0]")), Leaf(("db1",), "db[1]", ("n[1]", "1"))]
    if key == "linear_forward":
        return [Leaf((0,), f"Z{cur}", (f"n{cur}", "m")), *_linear_cache((1,), l)]
    if key == "linear_activation_forward":
        return [Leaf((1, 1), f"Z{cur}", (f"n{cur}", "m")), Leaf((0,), f"A{cur}", (f"n{cur}", "m")),
                *_linear_cache((1, 0), l)]
    if key == "L_model_forward":
        L = len(expected[1])
        computed, echoed = [], []
        for layer in range(1, L + 1):
            computed.append(Leaf((1, layer - 1, 1), f"Z[{layer}]", (f"n[{layer}]", "m")))
            if layer < L:
                computed.append(Leaf((1, layer, 0, 0), f"A[{layer}]", (f"n[{layer}]", "m")))
            echoed += [Leaf((1, layer - 1, 0, 1), f"W[{layer}]", (f"n[{layer}]", f"n[{layer - 1}]")),
                       Leaf((1, layer - 1, 0, 2), f"b[{layer}]", (f"n[{layer}]", "1"))]
        return [*computed, Leaf((0,), "A[L]", (f"n[{L}]", "m")), Leaf((1, 0, 0, 0), "A[0]", ("n[0]", "m")), *echoed]
    if key in ("linear_backward", "linear_activation_backward"):
        return _linear_step_backward(l)
    if key == "L_model_backward":
        L = len(case.args[2])
        result = []
        for layer in range(L, 0, -1):
            result += [Leaf((f"dW{layer}",), f"dW[{layer}]", (f"n[{layer}]", f"n[{layer - 1}]")),
                       Leaf((f"db{layer}",), f"db[{layer}]", (f"n[{layer}]", "1")),
                       Leaf((f"dA{layer - 1}",), f"dA[{layer - 1}]", (f"n[{layer - 1}]", "m"))]
        return result
    return [Leaf((), key)]

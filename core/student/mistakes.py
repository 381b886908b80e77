"""The course's classic mistakes, each recomputed on the same inputs so it can be recognised.

For a case, ``mistake_models(case)`` returns a function giving, for a leaf of the
result that differs, the candidate wrong forms: (verdict code, arguments, output),
where output is what the wrong form returns (the whole result, same structure) or a
predicate on the student's value of that leaf. If the student's numbers are a
candidate's, that candidate is the verdict: "dZ[1] differs: g′ of tanh is 1 − A[1]²,
you used 1 − A[1]" is said because the student's dW[1] equals the dW[1] computed
with 1 − A[1].

Only mistakes that change the numbers without changing the shapes are modelled here;
shapes (transposed, keepdims) and constant factors (sign, 1/m) are read off the
numbers themselves (``compare.py``).
"""

from __future__ import annotations

from typing import Any, Callable

import numpy as np

from ..nn.activations import get_activation
from ..nn.propagation import L_model_backward_shortcut, linear_activation_forward, linear_backward
from .cases import Case
from .outputs import Leaf

Array = np.ndarray
Mistake = tuple[str, dict, Any]

#: g′ as the course writes it, for the verdicts.
RIGHT = {"sigmoid": "σ(Z)(1 − σ(Z))", "relu": "1 where Z > 0, else 0", "tanh": "1 − A²"}


def _g(name: str, Z: Array) -> Array:
    return get_activation(name).g(Z)


def _sigma(Z: Array) -> Array:
    return _g("sigmoid", Z)


def _layer_text(case: Case) -> str:
    return f"[{case.layer}]" if case.layer else "[l]"


# ----------------------------------------------------------------------------- forward
def _row_b(W: Array, A_prev: Array, b: Array) -> Array | None:
    """W A_prev + b with b (n, 1) broadcast as a row (1, n): possible when there are n examples."""
    WA = np.dot(W, A_prev)
    n = b.shape[0]
    if b.ndim != 2 or b.shape[1] != 1 or n < 2 or WA.shape[1] != n:
        return None
    return WA + b.reshape(1, n)


def _linear_forward(case: Case) -> list[Mistake]:
    A, W, b = case.args
    Z = _row_b(W, A, b)
    return [] if Z is None else [("broadcast_row", {"b": f"b{_layer_text(case)}"}, (Z, (A, W, b)))]


def _linear_activation_forward(case: Case) -> list[Mistake]:
    A_prev, W, b, activation = case.args
    Z = np.dot(W, A_prev) + b
    cache = ((A_prev, W, b), Z)
    result = [("wrong_activation", {"layer": case.layer or "l", "expected": activation, "used": other},
               (_g(other, Z), cache)) for other in ("sigmoid", "relu", "tanh") if other != activation]
    Z_row = _row_b(W, A_prev, b)
    if Z_row is not None:
        result.append(("broadcast_row", {"b": f"b{_layer_text(case)}"}, (_g(activation, Z_row), ((A_prev, W, b), Z_row))))
    return result


def _forward_with(X: Array, parameters: dict[str, Array], names: list[str]) -> tuple[Array, list]:
    """L_model_forward with any activation per layer (core's own refuses a ReLU output, rightly)."""
    caches, A = [], X
    for l, name in enumerate(names, start=1):
        A, cache = linear_activation_forward(A, parameters[f"W{l}"], parameters[f"b{l}"], name)
        caches.append(cache)
    return A, caches


def _L_model_forward(case: Case) -> list[Mistake]:
    X, parameters = case.args
    L = len(case.expected[1])
    course = ["relu"] * (L - 1) + ["sigmoid"]
    variants = [["relu"] * L, ["sigmoid"] * L, ["tanh"] * (L - 1) + ["sigmoid"]]
    result = []
    for names in variants:
        if names == course:
            continue
        layer = next(l for l in range(1, L + 1) if names[l - 1] != course[l - 1])
        result.append(("wrong_activation", {"layer": layer, "expected": course[layer - 1], "used": names[layer - 1]},
                       _forward_with(X, parameters, names)))
    return result


def _forward_propagation(case: Case) -> list[Mistake]:
    X, parameters = case.args
    result = []
    for hidden, output in (("sigmoid", "sigmoid"), ("relu", "sigmoid"), ("tanh", "tanh")):
        Z1 = np.dot(parameters["W1"], X) + parameters["b1"]
        A1 = _g(hidden, Z1)
        Z2 = np.dot(parameters["W2"], A1) + parameters["b2"]
        A2 = _g(output, Z2)
        layer, used = (1, hidden) if hidden != "tanh" else (2, output)
        expected = "tanh" if layer == 1 else "sigmoid"
        result.append(("wrong_activation", {"layer": layer, "expected": expected, "used": used},
                       (A2, {"Z1": Z1, "A1": A1, "Z2": Z2, "A2": A2})))
    return result


def _compute_cost(case: Case) -> list[Mistake]:
    AL, Y = case.args
    m = Y.shape[1]
    with np.errstate(all="ignore"):
        one_term = float(np.squeeze(-np.sum(Y * np.log(AL)) / m))
    return [("cost_one_term", {}, one_term)]


def _sigmoid(case: Case) -> list[Mistake]:
    (z,) = case.args
    with np.errstate(all="ignore"):
        return [("sigmoid_sign", {}, 1 / (1 + np.exp(np.asarray(z, dtype=np.float64))))]


# ----------------------------------------------------------------------------- backward
#: Wrong forms of dZ = dA * g′(Z) per activation: (verdict code, arguments, dZ from (dA, Z)).
DZ_FORMS: dict[str, list[tuple[str, dict, Callable[[Array, Array], Array]]]] = {
    "sigmoid": [("no_derivative", {}, lambda dA, Z: dA),
                ("wrong_derivative", {"used": "Z(1 − Z)"}, lambda dA, Z: dA * Z * (1 - Z)),
                ("wrong_derivative", {"used": "1 − σ(Z)"}, lambda dA, Z: dA * (1 - _sigma(Z))),
                ("wrong_derivative", {"used": "σ(Z)"}, lambda dA, Z: dA * _sigma(Z)),
                ("wrong_derivative", {"used": RIGHT["relu"]}, lambda dA, Z: dA * (Z > 0))],
    "relu": [("no_derivative", {}, lambda dA, Z: dA),
             ("wrong_derivative", {"used": "max(0, dA)"}, lambda dA, Z: np.maximum(0, dA)),
             ("wrong_derivative", {"used": RIGHT["sigmoid"]}, lambda dA, Z: dA * _sigma(Z) * (1 - _sigma(Z)))],
}


def _linear_activation_backward(case: Case) -> list[Mistake]:
    dA, (linear_cache, Z), activation = case.args
    base = {"dz": f"dZ{_layer_text(case)}", "g": activation, "right": RIGHT.get(activation, "g′(Z)")}
    return [(code, {**base, **args}, linear_backward(form(dA, Z), linear_cache))
            for code, args, form in DZ_FORMS.get(activation, [])]


def _backward_with(AL: Array, Y: Array, caches: list, dZ_L: Array, hidden: Callable[[Array, Array], Array]) -> dict:
    grads: dict[str, Array] = {}
    L = len(caches)
    dZ = dZ_L
    for l in range(L, 0, -1):
        linear_cache, Z = caches[l - 1]
        if l < L:
            dZ = hidden(grads[f"dA{l}"], Z)
        grads[f"dA{l - 1}"], grads[f"dW{l}"], grads[f"db{l}"] = linear_backward(dZ, linear_cache)
    return grads


def _L_model_backward(case: Case) -> list[Mistake]:
    AL, Y, caches = case.args
    L = len(caches)
    Y = Y.reshape(AL.shape)
    Z_L = caches[-1][1]
    s = _sigma(Z_L)
    with np.errstate(all="ignore"):
        dAL = -(np.divide(Y, AL) - np.divide(1 - Y, 1 - AL))
    relu_hidden = lambda dA, Z: dA * (Z > 0)  # noqa: E731
    result: list[Mistake] = [("shortcut_dZ", {}, L_model_backward_shortcut(AL, Y, caches)),
                             ("dAL_sign", {}, _backward_with(AL, Y, caches, -dAL * s * (1 - s), relu_hidden))]
    output = {"dz": f"dZ[{L}]", "g": "sigmoid", "right": RIGHT["sigmoid"]}
    for code, args, form in DZ_FORMS["sigmoid"]:
        result.append((code, {**output, **args}, _backward_with(AL, Y, caches, form(dAL, Z_L), relu_hidden)))
    if L > 1:
        hidden = {"dz": f"dZ[{L - 1}]", "g": "relu", "right": RIGHT["relu"]}
        for code, args, form in DZ_FORMS["relu"]:
            result.append((code, {**hidden, **args}, _backward_with(AL, Y, caches, dAL * s * (1 - s), form)))
    return result


def _backward_propagation(case: Case) -> list[Mistake]:
    parameters, cache, X, Y = case.args
    A1, A2 = cache["A1"], cache["A2"]
    dZ2 = A2 - Y
    dA1 = np.dot(parameters["W2"].T, dZ2)
    forms = [("wrong_derivative", "1 − A[1]", 1 - A1), ("wrong_derivative", "A[1](1 − A[1])", A1 * (1 - A1)),
             ("wrong_derivative", "(1 − A[1])²", (1 - A1) ** 2), ("no_derivative", "", np.ones_like(A1))]
    Z1 = cache.get("Z1")
    if isinstance(Z1, np.ndarray) and Z1.shape == A1.shape:
        forms.append(("wrong_derivative", "1 − Z[1]²", 1 - Z1 ** 2))
    result = []
    m = X.shape[1]
    for code, used, slope in forms:
        dZ1 = dA1 * slope
        grads = {"dW1": np.dot(dZ1, X.T) / m, "db1": np.sum(dZ1, axis=1, keepdims=True) / m,
                 "dW2": np.dot(dZ2, A1.T) / m, "db2": np.sum(dZ2, axis=1, keepdims=True) / m}
        args = {"dz": "dZ[1]", "g": "tanh", "right": "1 − A[1]²"}
        if used:
            args["used"] = used
        result.append((code, args, grads))
    return result


# ----------------------------------------------------------------------------- parameters
def _update_parameters(case: Case) -> list[Mistake]:
    parameters, grads, rate = case.args
    added, no_rate = {}, {}
    for key, value in parameters.items():
        step = grads.get(f"d{key}")
        if step is None:
            continue
        added[key], no_rate[key] = value + rate * step, value - step
    return [("update_added", {}, added), ("update_no_rate", {}, no_rate), ("not_updated", {}, dict(parameters))]


def _initialization(case: Case, leaf: Leaf) -> list[Mistake]:
    dims = case.context.get("dims")
    if not dims:
        return []
    layer = int("".join(ch for ch in leaf.name if ch.isdigit()) or 0)
    if leaf.name.startswith("b"):
        return [("not_zero_bias", {}, lambda mine, theirs: not np.any(theirs))]
    rand, randn = np.random.RandomState(case.seed or 0), np.random.RandomState(case.seed or 0)
    uniform, unscaled = {}, {}
    for l in range(1, len(dims)):
        uniform[f"W{l}"] = rand.rand(dims[l], dims[l - 1]) * 0.01
        unscaled[f"W{l}"] = randn.randn(dims[l], dims[l - 1])
    return [("symmetric", {"layer": layer}, lambda mine, theirs: not np.any(mine) and bool(np.any(theirs))),
            ("uniform_random", {}, uniform), ("unscaled_random", {}, unscaled)]


_MODELS: dict[str, Callable[[Case], list[Mistake]]] = {
    "linear_forward": _linear_forward,
    "linear_activation_forward": _linear_activation_forward,
    "L_model_forward": _L_model_forward,
    "forward_propagation": _forward_propagation,
    "compute_cost": _compute_cost,
    "sigmoid": _sigmoid,
    "linear_activation_backward": _linear_activation_backward,
    "L_model_backward": _L_model_backward,
    "backward_propagation": _backward_propagation,
    "update_parameters": _update_parameters,
}


def mistake_models(case: Case) -> Callable[[Leaf], list[Mistake]]:
    """For a differing leaf of ``case``'s result: the candidate mistakes (computed once, on first need)."""
    computed: list[list[Mistake]] = []

    def candidates(leaf: Leaf) -> list[Mistake]:
        if case.key in ("initialize_parameters", "initialize_parameters_deep"):
            return _initialization(case, leaf)
        model = _MODELS.get(case.key)
        if model is None:
            return []
        if not computed:
            try:
                with np.errstate(all="ignore"):
                    computed.append(model(case))
            except (ArithmeticError, ValueError, LookupError, TypeError):  # a case a model does not fit
                computed.append([])
        return computed[0]

    return candidates


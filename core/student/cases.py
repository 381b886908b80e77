"""The inputs each course function is checked on, and core's output for them.

Two sources:

* ``course_cases(key)`` — the course's own published test cases, rebuilt from their
  recipes (the seed of NumPy's legacy generator, then the randn draws in order, and
  the literals), as tests/core/nn/test_course_week*.py rebuild them (the sources are
  named there); plus an "extra" case where a course case cannot show a mistake (a
  square linear step, where b broadcast as a row gives numbers instead of an error);
* ``network_cases(key, net)`` — the current network's real values (``NetworkValues``,
  from a Session snapshot): its parameters, X, Y, and the caches and gradients core
  computes from them, layer by layer.

Each ``Case`` carries core's output (``expected``) and any other output the course
accepts (``alternatives``: another edition's seed for an initialization).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable

import numpy as np

from ..nn import logistic, shallow
from ..nn.activations import get_activation
from ..nn.initialization import initialize_parameters_deep
from ..nn.losses import compute_cost
from ..nn.propagation import (L_model_backward, L_model_forward, layer_count, linear_activation_backward,
                              linear_activation_forward, linear_backward, linear_forward, update_parameters)

Array = np.ndarray
#: The activations the course's week-4 functions take by name.
COURSE_ACTIVATIONS = ("relu", "sigmoid")


@dataclass(frozen=True, eq=False)
class Case:
    """One call to check: ``args`` in the course's order, core's ``expected`` output.

    ``kind`` is "course" (a published test case, ``label`` names it), "extra" or "network"
    (the current network; ``layer`` is the layer the values are from). ``seed`` seeds
    NumPy's global generator before the call, as the course's tests do. ``m`` is the
    number of examples (for "m times too large"); ``context`` holds what the mistake
    models need (the activation, the layer count).
    """

    key: str
    kind: str
    label: str
    args: tuple
    expected: Any
    alternatives: tuple = ()
    seed: int | None = None
    m: int | None = None
    layer: int | None = None
    context: dict = field(default_factory=dict)


def _rs(seed: int) -> np.random.RandomState:
    return np.random.RandomState(seed)


def _case(key: str, label: str, reference: Callable, *args: Any, kind: str = "course", m: int | None = None,
          **extra: Any) -> Case:
    return Case(key, kind, label, args, reference(*args), m=m, **extra)


# ----------------------------------------------------------------------------- week 2
def _week2(key: str) -> list[Case]:
    old = (np.array([[1.0], [2.0]]), 2.0, np.array([[1.0, 2.0, -1.0], [3.0, 4.0, -3.2]]), np.array([[1.0, 0, 1]]))
    new = (np.array([[1.0], [2]]), 1.5, np.array([[1.0, -2.0, -1.0], [3.0, 0.5, -3.2]]), np.array([[1.0, 1, 0]]))
    public = (np.array([[1.0], [2.0], [-1]]), 2.5,
              np.array([[1.0, 2.0, -1.0, 0], [3.0, 4.0, -3.2, 1], [3.0, 4.0, -3.2, -3.5]]), np.array([[1.0, 1, 0, 0]]))
    if key == "sigmoid":
        return [_case(key, "sigmoid([0, 2])", logistic.sigmoid, np.array([0.0, 2.0])),
                _case(key, "sigmoid([0.5, 0, 2.0])", logistic.sigmoid, np.array([0.5, 0.0, 2.0]))]
    if key == "initialize_with_zeros":
        return [_case(key, "initialize_with_zeros(2)", logistic.initialize_with_zeros, 2)]
    if key == "propagate":
        return [_case(key, label, logistic.propagate, *args, m=args[2].shape[1])
                for label, args in (("propagate v6a", old), ("propagate 2021", new), ("propagate_test", public))]
    if key == "optimize":
        return [_case(key, "optimize v6a", logistic.optimize, *old, 100, 0.009, False, m=3)]
    if key == "predict@2":
        w, X = np.array([[0.1124579], [0.23106775]]), np.array([[1.0, -1.1, -3.2], [1.2, 2.0, 0.1]])
        return [_case(key, "predict v6a", logistic.predict, w, -0.3, X, m=3)]
    return []


# ----------------------------------------------------------------------------- week 3
W1_LITERAL = np.array([[-0.00416758, -0.00056267], [-0.02136196, 0.01640271], [-0.01793436, -0.00841747],
                       [0.00502881, -0.01245288]])
W2_LITERAL = np.array([[-0.01057952, -0.00909008, 0.00551454, 0.02292208]])
A2_LITERAL = np.array([[0.5002307, 0.49985831, 0.50023963]])
CACHE_V2 = {"A1": np.array([[-0.00616578, 0.0020626, 0.00349619], [-0.05225116, 0.02725659, -0.02646251],
                            [-0.02009721, 0.0036869, 0.02883756], [0.02152675, -0.01385234, 0.02599885]]),
            "A2": A2_LITERAL,
            "Z1": np.array([[-0.00616586, 0.0020626, 0.0034962], [-0.05229879, 0.02726335, -0.02646869],
                            [-0.02009991, 0.00368692, 0.02884556], [0.02153007, -0.01385322, 0.02600471]]),
            "Z2": np.array([[0.00092281, -0.00056678, 0.00095853]])}
TRAINED = {"W1": np.array([[-0.00615039, 0.0169021], [-0.02311792, 0.03137121], [-0.0169217, -0.01752545],
                           [0.00935436, -0.05018221]]),
           "b1": np.array([[-8.97523455e-07], [8.15562092e-06], [6.04810633e-07], [-2.54560700e-06]]),
           "W2": np.array([[-0.0104319, -0.04019007, 0.01607211, 0.04440255]]),
           "b2": np.array([[9.14954378e-05]])}


def _planar_X_Y() -> tuple[Array, Array]:
    # TC2: seed 1; X = randn(2, 3); Y = randn(1, 3) > 0 (as 0/1 numbers).
    rs = _rs(1)
    X, Y = rs.randn(2, 3), rs.randn(1, 3)
    return X, (Y > 0).astype(np.float64)


def _literal_parameters() -> dict[str, Array]:
    return {"W1": W1_LITERAL.copy(), "b1": np.zeros((4, 1)), "W2": W2_LITERAL.copy(), "b2": np.zeros((1, 1))}


def _week3(key: str) -> list[Case]:
    X, Y = _planar_X_Y()
    if key == "layer_sizes":
        rs = _rs(1)
        return [_case(key, "layer_sizes_test_case", shallow.layer_sizes, rs.randn(5, 3), rs.randn(2, 3))]
    if key == "initialize_parameters":
        return [Case(key, "course", "initialize_parameters_test_case", (2, 4, 1), shallow.initialize_parameters(2, 4, 1, 2),
                     (shallow.initialize_parameters(2, 4, 1, 1),), seed=2, context={"dims": (2, 4, 1)})]
    if key == "forward_propagation":
        rs = _rs(1)
        X_f, b1 = rs.randn(2, 3), rs.randn(4, 1)
        parameters = {"W1": W1_LITERAL.copy(), "b1": b1, "W2": W2_LITERAL.copy(), "b2": np.array([[-1.3]])}
        return [_case(key, "forward_propagation_test_case", shallow.forward_propagation, X_f, parameters, m=3)]
    if key == "compute_cost":
        Y5 = (_rs(1).randn(1, 5) > 0).astype(np.float64)
        A5 = np.array([[0.5002307, 0.49985831, 0.50023963, 0.25, 0.7]])
        return [_case(key, "compute_cost_test_case (week 3)", compute_cost, A2_LITERAL.copy(), Y, m=3),
                _case(key, "compute_cost_test (2021)", compute_cost, A5, Y5, m=5),
                _case(key, "compute_cost_test_case (week 4)", compute_cost, np.array([[0.8, 0.9, 0.4]]),
                      np.array([[1.0, 1.0, 0.0]]), m=3)]
    if key == "backward_propagation":
        rs = _rs(1)
        X7, Y7 = rs.randn(3, 7), (rs.randn(1, 7) > 0).astype(np.float64)
        parameters = {"W1": rs.randn(9, 3), "W2": rs.randn(1, 9), "b1": np.zeros((9, 1)), "b2": np.zeros((1, 1))}
        cache = {"A1": rs.randn(9, 7), "A2": rs.randn(1, 7), "Z1": rs.randn(7, 9), "Z2": rs.randn(1, 7)}
        return [_case(key, "backward_propagation_test_case", shallow.backward_propagation, _literal_parameters(),
                      CACHE_V2, X, Y, m=3),
                _case(key, "backward_propagation_test (2021)", shallow.backward_propagation, parameters, cache, X7, Y7,
                      m=7)]
    if key == "update_parameters":
        grads = {"dW1": np.array([[0.00023322, -0.00205423], [0.00082222, -0.00700776], [-0.00031831, 0.0028636],
                                  [-0.00092857, 0.00809933]]),
                 "db1": np.array([[1.05570087e-07], [-3.81814487e-06], [-1.90155145e-07], [5.46467802e-07]]),
                 "dW2": np.array([[-1.75740039e-05, 3.70231337e-03, -1.25683095e-03, -2.55715317e-03]]),
                 "db2": np.array([[-1.08923140e-05]])}
        rs2, rs3 = _rs(2), _rs(3)
        deep = {"W1": rs2.randn(3, 4), "b1": rs2.randn(3, 1), "W2": rs2.randn(1, 3), "b2": rs2.randn(1, 1)}
        deep_grads = {"dW1": rs3.randn(3, 4), "db1": rs3.randn(3, 1), "dW2": rs3.randn(1, 3), "db2": rs3.randn(1, 1)}
        return [_case(key, "update_parameters_test_case (week 3)", update_parameters, dict(TRAINED), grads, 1.2),
                _case(key, "update_parameters_test_case (week 4)", update_parameters, deep, deep_grads, 0.1)]
    if key == "predict@3":
        return [_case(key, "predict_test_case", lambda p, X_p: shallow.predict(p, X_p).astype(np.float64),
                      dict(TRAINED), _rs(1).randn(2, 3), m=3)]
    if key == "nn_model":
        reference = shallow.nn_model(X, Y, 4, 10, False, seed=3)
        return [Case(key, "course", "nn_model_test_case (10 iterations)", (X, Y, 4, 10, False), reference,
                     (shallow.nn_model(X, Y, 4, 10, False, seed=2),), seed=3, m=3)]
    return []


# ----------------------------------------------------------------------------- week 4
def _deep_parameters(rs: np.random.RandomState, shapes: list[tuple[int, int]]) -> dict[str, Array]:
    parameters = {}
    for l, (n, n_prev) in enumerate(shapes, start=1):
        parameters[f"W{l}"], parameters[f"b{l}"] = rs.randn(n, n_prev), rs.randn(n, 1)
    return parameters


def _forward_tuple(A_prev: Array, W: Array, b: Array, activation: str) -> tuple:
    return linear_activation_forward(A_prev, W, b, activation)


def _week4(key: str) -> list[Case]:
    if key == "initialize_parameters_deep":
        dims = [5, 4, 3]
        return [Case(key, "course", "initialize_parameters_deep_test_case", (dims,),
                     initialize_parameters_deep(dims, "course", 0.01, 3),
                     (initialize_parameters_deep(dims, "course_deep", seed=1),
                      initialize_parameters_deep(dims, "course_deep", seed=3)), seed=3, context={"dims": tuple(dims)})]
    if key == "linear_forward":
        rs = _rs(1)
        A, W, b = rs.randn(3, 2), rs.randn(1, 3), rs.randn(1, 1)
        rs = _rs(4)
        square = (rs.randn(3, 3), rs.randn(3, 3), rs.randn(3, 1))
        return [_case(key, "linear_forward_test_case", linear_forward, A, W, b, m=2),
                _case(key, "3 units, 3 examples", linear_forward, *square, kind="extra", m=3)]
    if key == "linear_activation_forward":
        rs = _rs(2)
        A_prev, W, b = rs.randn(3, 2), rs.randn(1, 3), rs.randn(1, 1)
        return [_case(key, f"linear_activation_forward_test_case ({g})", _forward_tuple, A_prev, W, b, g, m=2,
                      context={"activation": g}) for g in ("sigmoid", "relu")]
    if key == "L_model_forward":
        rs = _rs(6)
        X6 = rs.randn(5, 4)
        two_hidden = _deep_parameters(rs, [(4, 5), (3, 4), (1, 3)])
        rs = _rs(1)
        X1 = rs.randn(4, 2)
        one_hidden = {"W1": rs.randn(3, 4), "b1": rs.randn(3, 1), "W2": rs.randn(1, 3), "b2": rs.randn(1, 1)}
        return [_case(key, "L_model_forward_test_case_2hidden", L_model_forward, X6, two_hidden, m=4),
                _case(key, "L_model_forward_test_case", L_model_forward, X1, one_hidden, m=2)]
    if key == "linear_backward":
        rs = _rs(1)
        dZ, A, W, b = rs.randn(3, 4), rs.randn(5, 4), rs.randn(3, 5), rs.randn(3, 1)
        rs = _rs(1)
        dZ1, A1, W1, b1 = rs.randn(1, 2), rs.randn(3, 2), rs.randn(1, 3), rs.randn(1, 1)
        return [_case(key, "linear_backward_test_case", linear_backward, dZ, (A, W, b), m=4),
                _case(key, "linear_backward_test_case (v4)", linear_backward, dZ1, (A1, W1, b1), m=2)]
    if key == "linear_activation_backward":
        rs = _rs(2)
        dA, A, W, b, Z = rs.randn(1, 2), rs.randn(3, 2), rs.randn(1, 3), rs.randn(1, 1), rs.randn(1, 2)
        return [_case(key, f"linear_activation_backward_test_case ({g})", linear_activation_backward, dA,
                      ((A, W, b), Z), g, m=2, context={"activation": g}) for g in ("sigmoid", "relu")]
    if key == "L_model_backward":
        rs = _rs(3)
        AL, Y = rs.randn(1, 2), np.array([[1.0, 0.0]])
        cache1 = ((rs.randn(4, 2), rs.randn(3, 4), rs.randn(3, 1)), rs.randn(3, 2))
        cache2 = ((rs.randn(3, 2), rs.randn(1, 3), rs.randn(1, 1)), rs.randn(1, 2))
        A = np.array([[0.20445225, 0.87811744], [0.02738759, 0.67046751], [0.4173048, 0.55868983]])
        W, b, Z = np.array([[1.78862847, 0.43650985, 0.09649747]]), np.array([[0.0]]), np.array([[0.41791293, 1.91720367]])
        return [_case(key, "L_model_backward_test_case", L_model_backward, AL, Y, [cache1, cache2], m=2),
                _case(key, "L_model_backward_test_case (v1)", L_model_backward, np.array([[0.60298372, 0.87182628]]),
                      np.array([[1.0, 1.0]]), [((A, W, b), Z)], m=2)]
    return []


def course_cases(key: str) -> list[Case]:
    """The course's test cases for the function with this key (see course.CourseFunction.key)."""
    return _week2(key) or _week3(key) or _week4(key)


# ----------------------------------------------------------------------------- the current network
@dataclass(frozen=True, eq=False)
class NetworkValues:
    """The current network's values as the course's functions see them, computed by core.

    ``caches`` are L_model_forward's; ``dZ``, ``dA`` per layer l (keys 1..L; dA also 0)
    come from the course's backward pass (dZ[L] = A[L] − Y for a sigmoid output).
    """

    X: Array
    Y: Array
    parameters: dict[str, Array]
    activations: tuple[str, ...]
    learning_rate: float
    AL: Array
    caches: list
    dZ: dict[int, Array]
    dA: dict[int, Array]
    grads: dict[str, Array]

    @property
    def L(self) -> int:
        return len(self.activations)

    @property
    def m(self) -> int:
        return int(self.X.shape[1])

    @property
    def layer_dims(self) -> list[int]:
        return [int(self.X.shape[0])] + [int(self.parameters[f"W{l}"].shape[0]) for l in range(1, self.L + 1)]

    @property
    def course_deep(self) -> bool:
        """ReLU hidden layers and a sigmoid output: what the course's L_model_forward builds."""
        return all(name == "relu" for name in self.activations[:-1]) and self.binary

    @property
    def course_shallow(self) -> bool:
        """One tanh hidden layer and a sigmoid output: week 3's network."""
        return tuple(self.activations) == ("tanh", "sigmoid")

    @property
    def binary(self) -> bool:
        return self.activations[-1] == "sigmoid" and self.Y.shape[0] == 1


def network_values(parameters: dict[str, Array], X: Array, Y: Array, activations: list[str] | tuple[str, ...],
                   learning_rate: float = 1.2) -> NetworkValues:
    """Core's forward and backward values for this network on X (n[0], m), Y (n[L], m)."""
    parameters = {key: np.array(value, dtype=np.float64) for key, value in parameters.items()}
    X, Y = np.array(X, dtype=np.float64), np.array(Y, dtype=np.float64)
    names = list(activations)
    AL, caches = L_model_forward(X, parameters, names)
    L = layer_count(parameters)
    dZ, dA, grads = {}, {}, {}
    dZ[L] = AL - Y
    for l in range(L, 0, -1):
        (A_prev, W, _), Z = caches[l - 1]
        if l < L:
            dZ[l] = dA[l] * get_activation(names[l - 1]).dg(Z)
        dA[l - 1], grads[f"dW{l}"], grads[f"db{l}"] = linear_backward(dZ[l], caches[l - 1][0])
    if names[-1] == "sigmoid":
        dA[L] = -(np.divide(Y, AL) - np.divide(1 - Y, 1 - AL))
    return NetworkValues(X, Y, parameters, tuple(names), float(learning_rate), AL, caches, dZ, dA, grads)


def from_snapshot(snapshot: Any) -> NetworkValues:
    """The values of a ``core.session.Snapshot``: its parameters on its training set."""
    return network_values(dict(snapshot.parameters), snapshot.prepared.X_train, snapshot.prepared.Y_train,
                          snapshot.activations, snapshot.hyperparameters.learning_rate)


def _layer_cases(key: str, net: NetworkValues, build: Callable[[int], tuple | None], reference: Callable) -> list[Case]:
    cases = []
    for l in range(1, net.L + 1):
        args = build(l)
        if args is not None:
            activation = args[-1] if isinstance(args[-1], str) else net.activations[l - 1]
            cases.append(Case(key, "network", f"layer {l}", args, reference(*args), m=net.m, layer=l,
                              context={"activation": activation, "L": net.L}))
    return cases


def network_cases(key: str, net: NetworkValues) -> list[Case]:
    """Cases from the current network for the function ``key``; none where the course's
    function does not build this network (a tanh layer for week 4's, two hidden layers for week 3's)."""
    m, L, params = net.m, net.L, net.parameters
    linear = lambda l: net.caches[l - 1][0]  # noqa: E731 (A[l−1], W[l], b[l])
    course_layer = lambda l: net.activations[l - 1] in COURSE_ACTIVATIONS  # noqa: E731
    whole = dict(kind="network", label="", m=m, context={"L": L, "activations": net.activations})
    if key == "linear_forward":
        return _layer_cases(key, net, linear, linear_forward)
    if key == "linear_activation_forward":
        return _layer_cases(key, net, lambda l: (*linear(l), net.activations[l - 1]) if course_layer(l) else None,
                            _forward_tuple)
    if key == "linear_backward":
        return _layer_cases(key, net, lambda l: (net.dZ[l], linear(l)), linear_backward)
    if key == "linear_activation_backward":
        usable = lambda l: course_layer(l) and (l < L or net.binary)  # noqa: E731
        return _layer_cases(key, net, lambda l: (net.dA[l], net.caches[l - 1], net.activations[l - 1])
                            if usable(l) else None, linear_activation_backward)
    if key == "initialize_parameters_deep":
        dims = net.layer_dims
        return [Case(key, seed=3, args=(dims,), expected=initialize_parameters_deep(dims, "course", 0.01, 3),
                     **dict(whole, context={"dims": tuple(dims)}))]
    if key == "update_parameters":
        return [Case(key, args=(params, net.grads, net.learning_rate),
                     expected=update_parameters(params, net.grads, net.learning_rate), **whole)]
    if key == "layer_sizes":
        return [Case(key, args=(net.X, net.Y), expected=shallow.layer_sizes(net.X, net.Y), **whole)]
    if not net.binary:
        return []
    if key == "compute_cost":
        return [Case(key, args=(net.AL, net.Y), expected=compute_cost(net.AL, net.Y), **whole)]
    if key == "L_model_forward" and net.course_deep:
        return [Case(key, args=(net.X, params), expected=L_model_forward(net.X, params), **whole)]
    if key == "L_model_backward" and net.course_deep:
        return [Case(key, args=(net.AL, net.Y, net.caches), expected=L_model_backward(net.AL, net.Y, net.caches),
                     **whole)]
    if key == "initialize_parameters" and L == 2:
        dims = tuple(net.layer_dims)
        return [Case(key, args=dims, expected=shallow.initialize_parameters(*dims, seed=2),
                     alternatives=(shallow.initialize_parameters(*dims, seed=1),), seed=2,
                     **dict(whole, context={"dims": dims}))]
    if net.course_shallow:
        A2, cache = shallow.forward_propagation(net.X, params)
        if key == "forward_propagation":
            return [Case(key, args=(net.X, params), expected=(A2, cache), **whole)]
        if key == "backward_propagation":
            return [Case(key, args=(params, cache, net.X, net.Y),
                         expected=shallow.backward_propagation(params, cache, net.X, net.Y), **whole)]
        if key == "predict@3":
            return [Case(key, args=(params, net.X), expected=(A2 > 0.5).astype(np.float64), **whole)]
    if L == 1 and key in ("propagate", "predict@2"):
        w, b = params["W1"].T.copy(), float(params["b1"][0, 0])
        if key == "propagate":
            return [Case(key, args=(w, b, net.X, net.Y), expected=logistic.propagate(w, b, net.X, net.Y), **whole)]
        return [Case(key, args=(w, b, net.X), expected=logistic.predict(w, b, net.X), **whole)]
    return []

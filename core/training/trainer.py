"""The Trainer: gradient descent on the course's network, one iteration at a time.

``step()`` does one iteration — forward propagation, cost, backward
propagation, update — as fast as NumPy allows (see ``core.nn.engine``).
An iteration can also be taken phase by phase with the course's own readable
functions (``core.training.phases``); it uses the trainer only through the
public methods below (``next_batch``, ``check_cost``, ``check_update``,
``write_layer``, ``count_iteration``), so the two paths share the batches, the
divergence rules and the history.

Divergence: if the cost or the update stops being finite, or the cost explodes,
a ``DivergenceError`` is raised *before* anything is changed, so the trainer
still holds the last finite parameters.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Callable

import numpy as np

from ..nn.activations import get_activation
from ..nn.engine import Network, parameter_count, parameter_layout, views
from ..errors import DivergenceError, HyperparameterError
from .history import History
from .hyperparameters import Hyperparameters
from ..nn.initialization import initialize_parameters_deep
from ..nn.losses import accuracy, compute_cost, l2_cost, loss_for_output
from ..nn.propagation import L_model_forward
from .batches import MiniBatches

Array = np.ndarray

#: The cost counts as exploding when it exceeds this many times its first value.
EXPLOSION_FACTOR = 1e4
EXPLOSION_FLOOR = 1e3


@dataclass(frozen=True)
class Metrics:
    """Costs and accuracies at one iteration (accuracy is None for regression)."""

    iteration: int
    train_cost: float
    test_cost: float | None
    train_accuracy: float | None
    test_accuracy: float | None


class Trainer:
    """Trains ``parameters`` on X_train (n_x, m), Y_train (n_y, m) with gradient descent."""

    def __init__(
        self,
        hyperparameters: Hyperparameters,
        X_train: Array,
        Y_train: Array,
        X_test: Array | None = None,
        Y_test: Array | None = None,
        parameters: dict[str, Array] | None = None,
    ) -> None:
        hp = hyperparameters
        self.layer_dims = hp.layer_dims()
        if X_train.ndim != 2 or X_train.shape[0] != self.layer_dims[0]:
            raise HyperparameterError("training.x_shape", n_x=self.layer_dims[0], shape=X_train.shape)
        if Y_train.shape != (self.layer_dims[-1], X_train.shape[1]):
            raise HyperparameterError("training.y_shape", n_y=self.layer_dims[-1], shape=Y_train.shape)
        if X_train.shape[1] < 1:
            raise HyperparameterError("training.no_examples")
        self.hp = hp
        self.activation_names = hp.activations()
        self.loss = loss_for_output(hp.output_activation)
        self._activations = [get_activation(name, hp.leaky_alpha) for name in self.activation_names]
        self.X_train = np.ascontiguousarray(X_train, dtype=np.float64)
        self.Y_train = np.ascontiguousarray(Y_train, dtype=np.float64)
        self.X_test = None if X_test is None or X_test.shape[1] == 0 else np.ascontiguousarray(X_test, dtype=np.float64)
        self.Y_test = None if self.X_test is None else np.ascontiguousarray(Y_test, dtype=np.float64)
        size = parameter_count(self.layer_dims)
        self.theta = np.zeros(size)  # W1, b1, W2, b2, ... (see core.nn.engine)
        self.grad = np.zeros(size)  # m·dθ: the 1/m is applied with α in the update
        self._step = np.zeros(size)  # α dθ
        self._blocks = [block for block, _, _ in views(self.theta, self.layer_dims)]
        self._step_blocks = [block for block, _, _ in views(self._step, self.layer_dims)]
        self._last_m = X_train.shape[1]
        self.iteration = 0
        self.history = History()
        self._first_cost: float | None = None
        self._cost_limit = -math.inf  # set from the first cost: until then every cost is checked
        self._record_cost = self.history.costs.append
        if parameters is None:
            parameters = initialize_parameters_deep(self.layer_dims, hp.initialization, hp.init_scale, hp.seed)
        self.set_parameters(parameters)
        self._networks: dict[int, Network] = {}
        self._set_batching(hp.batch_size)

    # ----------------------------------------------------------------- parameters
    @property
    def L(self) -> int:
        return len(self.layer_dims) - 1

    def parameters(self) -> dict[str, Array]:
        """A copy of {"W1": (n[1], n[0]), "b1": (n[1], 1), ...}."""
        result = {}
        for l, (_, W, b) in enumerate(views(self.theta, self.layer_dims), start=1):
            result[f"W{l}"], result[f"b{l}"] = W.copy(), b.copy()
        return result

    def gradients(self) -> dict[str, Array]:
        """A copy of the latest {"dW1", "db1", ...} (zeros before the first iteration)."""
        result = {}
        inv_m = 1.0 / self._last_m
        for l, (_, dW, db) in enumerate(views(self.grad, self.layer_dims), start=1):
            result[f"dW{l}"], result[f"db{l}"] = dW * inv_m, db * inv_m
        return result

    def set_parameters(self, parameters: dict[str, Array]) -> None:
        """Replace W[l], b[l] (shapes must match the architecture; values must be finite)."""
        for l, (_, W, b) in enumerate(views(self.theta, self.layer_dims), start=1):
            for key, target in ((f"W{l}", W), (f"b{l}", b)):
                value = np.asarray(parameters.get(key), dtype=np.float64)
                if value.shape != target.shape:
                    raise HyperparameterError("training.parameter_shape", key=key, expected=target.shape,
                                              shape=value.shape)
                if not np.all(np.isfinite(value)):
                    raise HyperparameterError("training.parameter_not_finite", key=key)
        for l, (_, W, b) in enumerate(views(self.theta, self.layer_dims), start=1):
            W[...] = parameters[f"W{l}"]
            b[...] = parameters[f"b{l}"]

    def check_weight(self, key: str, row: object, col: object, value: object) -> float:
        """The number to put in entry (row, col) of W[l] or b[l] (0-based); refuses anything else."""
        if isinstance(value, bool) or not isinstance(value, (int, float, np.floating, np.integer)):
            raise HyperparameterError("weight.not_a_number")
        try:
            number = float(value)
        except OverflowError:
            raise HyperparameterError("weight.not_finite") from None
        if not math.isfinite(number):
            raise HyperparameterError("weight.not_finite")
        parameters = self.parameters()
        if key not in parameters:
            raise HyperparameterError("weight.unknown_parameter", key=key)
        rows, cols = parameters[key].shape
        if isinstance(row, bool) or isinstance(col, bool) or not isinstance(row, (int, np.integer)) \
                or not isinstance(col, (int, np.integer)) or not (0 <= row < rows and 0 <= col < cols):
            raise HyperparameterError("weight.no_entry", key=key, row=row, col=col)
        return number

    def set_weight(self, key: str, row: int, col: int, value: float) -> None:
        """Set one entry of W[l] or b[l] (the diagram lets a student type a weight)."""
        value = self.check_weight(key, row, col, value)
        parameters = self.parameters()
        parameters[key][int(row), int(col)] = value
        self.set_parameters(parameters)

    # ----------------------------------------------------------------- hyperparameters
    def update_hyperparameters(self, hyperparameters: Hyperparameters) -> None:
        """Change α, λ or the batch size without restarting (the architecture must not change)."""
        if hyperparameters.architecture() != self.hp.architecture():
            raise HyperparameterError("training.architecture_changed")
        rebuild = (hyperparameters.batch_size, hyperparameters.lambd) != (self.hp.batch_size, self.hp.lambd)
        self.hp = hyperparameters
        if rebuild:  # the batch buffers and the L2 step are built into the networks
            self._networks.clear()
            self._set_batching(hyperparameters.batch_size)

    def _set_batching(self, batch_size: int | None) -> None:
        m = self.X_train.shape[1]
        self.batches = MiniBatches(m, batch_size, self.hp.seed)
        self._full_network: Network | None = None
        if self.batches.full:
            self._full_network = self._network(m)
            self._full_network.load_batch(self.X_train, self.Y_train)

    def _network(self, m: int) -> Network:
        if m not in self._networks:
            self._networks[m] = Network(
                self.layer_dims, self._activations, self.loss, self.theta, self.grad, m, self.hp.lambd
            )
        return self._networks[m]

    def next_batch(self) -> tuple[Array, Array]:
        """X (n[0], m_batch) and Y (n[L], m_batch) of the next iteration, as ``step()`` would take them.

        For an iteration taken phase by phase: it advances the same mini-batch stream.
        """
        idx = self.batches.next()
        if idx is None:
            return self.X_train, self.Y_train
        return np.take(self.X_train, idx, axis=1), np.take(self.Y_train, idx, axis=1)

    def _next_batch(self) -> Network:
        idx = self.batches.next()
        if idx is None:
            return self._networks[self.X_train.shape[1]]
        net = self._network(len(idx))
        np.take(self.X_train, idx, axis=1, out=net.X)
        np.take(self.Y_train, idx, axis=1, out=net.Y)
        net.output.labels_changed()
        return net

    # ----------------------------------------------------------------- the iteration
    def check_cost(self, cost: float) -> None:
        """Raise DivergenceError if J is not finite or has exploded (> EXPLOSION_FACTOR × the first J)."""
        if self._first_cost is None and math.isfinite(cost):
            self._first_cost = cost
            self._cost_limit = max(EXPLOSION_FLOOR, EXPLOSION_FACTOR * abs(cost))
        if not math.isfinite(cost) or cost > self._cost_limit:
            raise DivergenceError(self.iteration, cost, self.hp.learning_rate)

    def _compute_step(self, m: int) -> None:
        """α dθ = (α/m) · (m dθ) into the step buffer; refuses (raises) if it is not finite."""
        step = self._step
        np.multiply(self.grad, self.hp.learning_rate / m, out=step)
        # Σ step² is finite exactly when every entry is (or it overflows, which is divergence too);
        # a dot is the cheapest full pass over a small vector.
        if not math.isfinite(step.dot(step)):
            raise DivergenceError(self.iteration, math.inf, self.hp.learning_rate)
        self._last_m = m

    def check_update(self, steps: list[Array]) -> None:
        """Raise DivergenceError if any α dW[l] or α db[l] of an update is not finite (nothing changed yet)."""
        for step in steps:
            if not math.isfinite(float(np.vdot(step, step))):
                raise DivergenceError(self.iteration, math.inf, self.hp.learning_rate)

    def write_layer(self, l: int, W: Array, b: Array) -> None:
        """W[l] and b[l] after the update of layer l (an iteration taken phase by phase)."""
        _, W_view, b_view = views(self.theta, self.layer_dims)[l - 1]
        W_view[...] = W
        b_view[...] = b

    def count_iteration(self, cost: float, grads: dict[str, Array], m: int) -> None:
        """Close an iteration taken phase by phase: its cost J, its gradients (for ``gradients()``), iteration + 1."""
        self.load_gradients(grads, m)  # the buffer holds m·dθ, as step() leaves it
        self._record_cost(cost)
        self.iteration += 1
        self.history.costs.maybe_flush()

    def step(self, abort: Callable[[], bool] | None = None) -> float | None:
        """One iteration of gradient descent; returns the cost J before the update.

        ``abort`` is asked between the iteration's NumPy calls (a big network's iteration can take a
        second): when it says so, the iteration is discarded — nothing it computed is kept, the
        mini-batch stream is put back — and step returns None. Only the update at the end changes θ.
        """
        if abort is not None:
            return self._abortable_step(abort)
        net = self._full_network or self._next_batch()
        for op in net.forward:
            op()
        cost = net.output.cost_sum() / net.m
        if self.hp.lambd:
            cost += l2_cost(self.parameters(), self.hp.lambd, net.m)
        if not (cost <= self._cost_limit):  # also catches NaN
            self.check_cost(cost)
        for op in net.backward:
            op()
        return self._commit(net, cost)

    def _abortable_step(self, abort: Callable[[], bool]) -> float | None:
        before = (self.batches.mark(), self.grad.copy(), self._first_cost, self._cost_limit)
        net = self._full_network or self._next_batch()
        cost = None
        for op in net.forward:
            if abort():
                break
            op()
        else:
            cost = net.output.cost_sum() / net.m + (l2_cost(self.parameters(), self.hp.lambd, net.m)
                                                    if self.hp.lambd else 0.0)
            if not (cost <= self._cost_limit):
                self.check_cost(cost)
            for op in net.backward:
                if abort():
                    cost = None
                    break
                op()
        if cost is None or abort():
            batches, grad, self._first_cost, self._cost_limit = before
            self.batches.rewind(batches)
            self.grad[...] = grad
            return None
        return self._commit(net, cost)

    def _commit(self, net: Network, cost: float) -> float:
        """The end of an iteration: check the step, θ = θ − α dθ, record J, count it."""
        self._compute_step(net.m)
        np.subtract(self.theta, self._step, out=self.theta)  # θ = θ − α dθ
        self._record_cost(cost)
        self.iteration += 1
        if not self.iteration & 4095:  # fold the pending costs into the bounded history now and then
            self.history.costs.maybe_flush()
        return cost

    # ----------------------------------------------------------------- saving and restoring
    def state(self, history: bool = True) -> dict:
        """Everything needed to continue exactly where training is (JSON-safe except arrays).

        The session finishes an iteration taken phase by phase before it saves. ``history=False`` leaves
        the history out (the timeline keeps many states and shares the session's one history).
        """
        state = {
            "parameters": self.parameters(),
            "iteration": self.iteration,
            "first_cost": self._first_cost,
            **self.batches.state(),
        }
        if history:
            state["history"] = self.history.state()
        return state

    def load_gradients(self, grads: dict[str, Array], m: int) -> None:
        """The gradients {"dW1", "db1", ...} of the iteration that led here, as ``gradients()`` gives them
        (a run restored from the timeline shows them before its next step)."""
        for l, (_, dW, db) in enumerate(views(self.grad, self.layer_dims), start=1):
            dW[...] = grads[f"dW{l}"] * m
            db[...] = grads[f"db{l}"] * m
        self._last_m = m

    def restore(self, state: dict) -> None:
        """Continue from ``state()`` (raises HyperparameterError on wrong shapes)."""
        self.set_parameters(state["parameters"])
        self.iteration = int(state["iteration"])
        first = state.get("first_cost")
        self._first_cost = None if first is None else float(first)
        self._cost_limit = -math.inf if first is None else max(EXPLOSION_FLOOR, EXPLOSION_FACTOR * abs(first))
        self.batches.restore(state)
        self.history.restore(state["history"])
        self._record_cost = self.history.costs.append

    # ----------------------------------------------------------------- measuring
    def forward_all(self, X: Array) -> tuple[list[Array], list[Array]]:
        """Z[1..L] and A[0..L] for inputs X (n_x, k): every neuron's value (A[0] = X)."""
        _, caches = L_model_forward(X, self.parameters(), self.activation_names, self.hp.leaky_alpha)
        Zs = [Z for _, Z in caches]
        As = [X] + [cache[0][0] for cache in caches[1:]]
        As.append(get_activation(self.activation_names[-1], self.hp.leaky_alpha).g(Zs[-1]))
        return Zs, As

    def evaluation(self) -> Callable[[], Metrics]:
        """``evaluate`` of the parameters as they are now, to run later on any thread.

        The function holds copies of what it reads (W and b, λ, the iteration), so training on
        meanwhile changes nothing in its answer: a worker can take it under its lock and spend the
        forward passes outside it.
        """
        parameters, hp, iteration, loss = self.parameters(), self.hp, self.iteration, self.loss
        names = self.activation_names
        sets = [(self.X_train, self.Y_train)] + ([] if self.X_test is None else [(self.X_test, self.Y_test)])

        def on(X: Array, Y: Array) -> tuple[float, float | None]:
            # Kept parameters after a divergence can be ~1e20: their cost is honestly inf, not a warning.
            with np.errstate(over="ignore", invalid="ignore"):
                AL, caches = L_model_forward(X, parameters, names, hp.leaky_alpha)
                cost = compute_cost(AL, Y, loss, ZL=caches[-1][1]) + l2_cost(parameters, hp.lambd, X.shape[1])
            return cost, None if loss == "squared_error" else accuracy(AL, Y)

        def run() -> Metrics:
            (train_cost, train_acc), *test = [on(X, Y) for X, Y in sets]
            test_cost, test_acc = test[0] if test else (None, None)
            return Metrics(iteration, train_cost, test_cost, train_acc, test_acc)

        return run

    def evaluate(self) -> Metrics:
        """Costs and accuracies on the training and test sets now (changes nothing)."""
        return self.evaluation()()

    def record_evaluation(self, metrics: Metrics) -> None:
        """Add ``metrics`` to the history's evaluation rows (the session does it on its schedule)."""
        nan = math.nan
        self.history.record_evaluation((
            metrics.iteration, metrics.train_cost,
            nan if metrics.test_cost is None else metrics.test_cost,
            nan if metrics.train_accuracy is None else metrics.train_accuracy,
            nan if metrics.test_accuracy is None else metrics.test_accuracy,
        ))


def layer_shapes(layer_dims: list[int], m: int) -> list[dict[str, tuple[int, int]]]:
    """The course's dimension table: for each layer l, the shapes of W, b, Z, A, dW, db."""
    rows = []
    for _, n_l, n_prev in parameter_layout(layer_dims):
        rows.append({"W": (n_l, n_prev), "b": (n_l, 1), "Z": (n_l, m), "A": (n_l, m),
                     "dW": (n_l, n_prev), "db": (n_l, 1)})
    return rows


__all__ = ["Trainer", "Metrics", "layer_shapes"]

"""The course's formulas as a fixed list of NumPy calls on preallocated buffers.

``core.nn.propagation`` is written to be read: every Z, A, dZ, dW is a new array.
For the small networks of this app the time of an iteration is the *number* of
NumPy calls and allocations, not the arithmetic, and for big ones fresh
multi-megabyte temporaries thrash memory. So the trainer's hot path:

* writes every result into a buffer made once (``out=``);
* stores [W[l] | b[l]] side by side and appends a row of ones to A[l−1], so
  Z[l] = W[l] A[l−1] + b[l] is a single product  [W | b] · [A ; 1],
  and the same trick gives dW[l] and db[l] from one product  dZ · [A ; 1]ᵀ;
* keeps all parameters in one flat vector θ = [W1|b1, W2|b2, …] (and the
  gradients in another), so the update θ −= α dθ is one call at any depth;
* leaves the 1/m of dW and db to the update (α/m in one multiplication) —
  the gradients are linear in dZ, so this is the same maths.

An iteration is then a list of NumPy calls grouped by phase (forward 1..L,
cost, backward L..1). ``Trainer.step`` runs the list straight through;
``Trainer.phases`` runs the same list group by group, so both give
bit-identical parameters.
"""

from __future__ import annotations

from functools import partial
from typing import Callable

import numpy as np

from .activations import Activation

Array = np.ndarray
Op = Callable[[], object]


def parameter_layout(layer_dims: list[int]) -> list[tuple[int, int, int]]:
    """For each layer l = 1..L: (offset of [W[l] | b[l]] in θ, n[l], n[l−1])."""
    layout, offset = [], 0
    for l in range(1, len(layer_dims)):
        n_l, n_prev = layer_dims[l], layer_dims[l - 1]
        layout.append((offset, n_l, n_prev))
        offset += n_l * (n_prev + 1)
    return layout


def parameter_count(layer_dims: list[int]) -> int:
    """Number of entries of θ: Σ n[l] (n[l−1] + 1)."""
    return sum(n_l * (n_prev + 1) for _, n_l, n_prev in parameter_layout(layer_dims))


def views(flat: Array, layer_dims: list[int]) -> list[tuple[Array, Array, Array]]:
    """For each layer: ([W | b] (n[l], n[l−1]+1), W (n[l], n[l−1]), b (n[l], 1)), views of ``flat``."""
    out = []
    for offset, n_l, n_prev in parameter_layout(layer_dims):
        Wb = flat[offset : offset + n_l * (n_prev + 1)].reshape(n_l, n_prev + 1)
        out.append((Wb, Wb[:, :n_prev], Wb[:, n_prev:]))
    return out


class Layer:
    """The buffers of layer l for a batch of m examples (Z, A, dZ, dA[l−1], gradient views)."""

    def __init__(self, l: int, activation: Activation, Wb: Array, dWb: Array, A_prev_ones: Array, m: int, is_output: bool):
        n_l, n_prev = Wb.shape[0], Wb.shape[1] - 1
        self.l, self.activation, self.is_output, self.m = l, activation, is_output, m
        self.Wb, self.W, self.b = Wb, Wb[:, :n_prev], Wb[:, n_prev:]
        self.dWb, self.dW_sum, self.db_sum = dWb, dWb[:, :n_prev], dWb[:, n_prev:]
        self.A_prev_ones = A_prev_ones  # [A[l−1] ; 1], (n[l−1]+1, m)
        self.A_prev = A_prev_ones[:n_prev]
        self.Z = np.empty((n_l, m))
        # A[l] gets a row of ones underneath (the next layer's [A ; 1]); the output needs none.
        self.A_ones = np.empty((n_l + (0 if is_output else 1), m))
        self.A_ones[n_l:] = 1.0
        self.A = self.A_ones[:n_l]
        self.dZ = np.empty((n_l, m))
        self.scratch = np.empty((n_l, m))
        #: [dA[l−1] ; b·dZ] written by this layer's backward step (its last row is not used).
        self.dA_prev_ones = np.empty((n_prev + 1, m)) if l > 1 else None
        self.dA_prev = None if self.dA_prev_ones is None else self.dA_prev_ones[:n_prev]

    def forward_ops(self) -> list[Op]:
        """Z[l] = [W | b] · [A[l−1] ; 1];  A[l] = g[l](Z[l])."""
        return [partial(np.dot, self.Wb, self.A_prev_ones, out=self.Z), *self.activation.forward_ops(self.Z, self.A)]

    def backward_ops(self, dA: Array | None, lambd: float) -> list[Op]:
        """dZ[l] = dA[l] * g'[l](Z[l]) (already A − Y for the output);
        m·dW[l] = dZ A[l−1]ᵀ (+ λ W), m·db[l] = Σ dZ (one product with [A ; 1]ᵀ);  dA[l−1] = Wᵀ dZ."""
        ops: list[Op] = []
        if dA is not None:
            ops += self.activation.backward_ops(dA, self.Z, self.A, self.dZ, self.scratch)
        ops.append(partial(np.dot, self.dZ, self.A_prev_ones.T, out=self.dWb))
        if lambd:
            ops.append(partial(_add_scaled, self.dW_sum, self.W, lambd))
        if self.dA_prev_ones is not None:
            ops.append(partial(np.dot, self.Wb.T, self.dZ, out=self.dA_prev_ones))
        return ops


def _add_scaled(target: Array, source: Array, factor: float) -> None:
    target += factor * source


class OutputLayer(Layer):
    """Layer L: its activation and the cost, which for cross-entropy needs care.

    J = −(1/m) Σ log p, where p = a for y = 1 and 1 − a for y = 0, i.e.
    p = (1 − y) + (2y − 1) a. That is cheap (two multiply-adds and one log), but
    when the network is confidently wrong p rounds to 0 and log p to −∞. So when
    the smallest p is below 1e-12 the cost is recomputed from the logits as
    Σ softplus(z) − y z, which is exact for any z (see core.nn.losses).
    """

    def __init__(self, *args, loss: str, Y: Array) -> None:
        super().__init__(*args)
        self.loss, self.Y = loss, Y
        self.sign = np.empty_like(Y)  # 2y − 1
        self.one_minus_Y = np.empty_like(Y)
        # For one output row, a dot with ones sums faster than .sum() and argmin finds the
        # minimum faster than .min(): small arrays pay for call overhead, not arithmetic.
        self.p_row = self.scratch[0]
        self.ones = np.ones(self.m)

    def labels_changed(self) -> None:
        """Recompute the label-derived buffers after Y was (re)loaded."""
        np.multiply(self.Y, 2.0, out=self.sign)
        np.subtract(self.sign, 1.0, out=self.sign)
        np.subtract(1.0, self.Y, out=self.one_minus_Y)

    def forward_ops(self) -> list[Op]:
        return [partial(np.dot, self.Wb, self.A_prev_ones, out=self.Z), *self.activation.forward_ops(self.Z, self.A)]

    def cost_sum(self) -> float:
        """m·J (without the L2 term)."""
        if self.loss == "binary_cross_entropy":
            p, row = self.scratch, self.p_row
            np.multiply(self.A, self.sign, out=p)
            np.add(p, self.one_minus_Y, out=p)
            if row[row.argmin()] > 1e-12:
                np.log(p, out=p)
                return -float(row.dot(self.ones))
            np.logaddexp(0.0, self.Z, out=p)
            return float(p.sum() - np.vdot(self.Y, self.Z))
        if self.loss == "categorical_cross_entropy":
            shifted = self.Z - self.Z.max(axis=0, keepdims=True)
            log_a = shifted - np.log(np.exp(shifted).sum(axis=0, keepdims=True))
            return float(-np.vdot(self.Y, log_a))
        np.subtract(self.A, self.Y, out=self.scratch)
        return 0.5 * float(np.vdot(self.scratch, self.scratch))

    def backward_ops(self, dA: Array | None, lambd: float) -> list[Op]:
        # dZ[L] = A[L] − Y for each output/loss pair (see core.nn.losses), as
        # core.nn.propagation.output_layer_backward: it only ever sees A[L] = g(Z[L]).
        return [partial(np.subtract, self.A, self.Y, out=self.dZ), *super().backward_ops(None, lambd)]


class Network:
    """All layers for one batch width m, chained; reads X, Y and writes m·dθ."""

    def __init__(
        self,
        layer_dims: list[int],
        activations: list[Activation],
        loss: str,
        theta: Array,
        grad: Array,
        m: int,
        lambd: float,
    ) -> None:
        self.m = m
        self.X_ones = np.empty((layer_dims[0] + 1, m))
        self.X_ones[-1] = 1.0
        self.X = self.X_ones[:-1]
        self.Y = np.empty((layer_dims[-1], m))
        L = len(layer_dims) - 1
        param_views, grad_views = views(theta, layer_dims), views(grad, layer_dims)
        self.layers: list[Layer] = []
        below = self.X_ones
        for l in range(1, L + 1):
            args = (l, activations[l - 1], param_views[l - 1][0], grad_views[l - 1][0], below, m)
            layer = OutputLayer(*args, True, loss=loss, Y=self.Y) if l == L else Layer(*args, False)
            self.layers.append(layer)
            below = layer.A_ones
        self.output: OutputLayer = self.layers[-1]  # type: ignore[assignment]
        self.forward_groups = [layer.forward_ops() for layer in self.layers]
        self.backward_groups = []
        for i in range(L - 1, -1, -1):
            dA = self.layers[i + 1].dA_prev if i < L - 1 else None
            self.backward_groups.append(self.layers[i].backward_ops(dA, lambd))
        self.forward = [op for group in self.forward_groups for op in group]
        self.backward = [op for group in self.backward_groups for op in group]

    def load_batch(self, X: Array, Y: Array) -> None:
        np.copyto(self.X, X)
        np.copyto(self.Y, Y)
        self.output.labels_changed()

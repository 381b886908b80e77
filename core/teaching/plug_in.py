"""Plug in the numbers: the course's scalar formulas for one unit and one example, with the actual values.

For unit j of layer l and example i (a column of the matrices)::

    z = w·a_prev + b     z[1]₂ = w[1]₂₁·x₁ + w[1]₂₂·x₂ + b[1]₂ = 0.50·1.62 + (−0.93)·(−4.04) + 0.07 = 4.66
    a = g(z)             a[1]₂ = tanh(z[1]₂) = tanh(4.66) = 1.00
    da = Σ w·dz          (a hidden layer: what the layer above sends back, Wᵀ dZ)
    g′(z)                tanh′(z) = 1 − a²
    dz = da·g′(z)        (or dz = a − y at the output)
    dw_k = dz·a_prev_k   for this example alone: dW[l] averages it over the m examples (1/m Σᵢ)
    db = dz              likewise

Every number is read from the matrices the inspector shows for that iteration (each
``Number`` says where: ("Z", j, i) is row j, column i of Z[l]), so the panel and the
inspector always show the same values; only the per-example dw is a product computed
here — the entry (j, k) of dZ[:, i] A_prev[:, i]ᵀ. The matrices come from the phases
of an iteration (``from_events``) or from the course's functions at a snapshot's
parameters over the whole training set (``from_snapshot``: what the next full-batch
iteration computes). Texts are English; the GUI translates the notes (context "PlugIn").
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Iterable, Mapping, Sequence

import numpy as np

from ..nn.activations import DEFAULT_LEAKY_ALPHA, get_activation
from ..nn.propagation import activation_backward, l2_backward, linear_activation_forward, linear_backward

if TYPE_CHECKING:
    from ..session.snapshot import Snapshot
    from ..training.phases import PhaseEvent

Array = np.ndarray
#: layer l → the matrices of that layer by their course names (A_prev, W, b, Z, A, Y, dA, g_prime, dZ, dW, db).
Matrices = dict[int, dict[str, Array]]

PER_EXAMPLE = "for this example alone: dW[{l}] in the inspector is the average of this over the {m} examples"
PER_EXAMPLE_L2 = ("for this example alone: dW[{l}] in the inspector is the average of this over the {m} examples, "
                  "plus (λ/m)·w from L2")
PER_EXAMPLE_DB = "for this example alone: db[{l}] in the inspector is the average of this over the {m} examples"
_SUB = str.maketrans("0123456789", "₀₁₂₃₄₅₆₇₈₉")


def _sub(*indices: int) -> str:
    """Course indices are 1-based: unit 0 is written ₁."""
    return "".join(str(i + 1) for i in indices).translate(_SUB) if len(indices) == 1 or max(indices) < 9 \
        else ",".join(str(i + 1) for i in indices).translate(_SUB)


def number_text(value: float, digits: int = 2, bracket: bool = True) -> str:
    """0.5 → "0.50"; −0.93 → "(−0.93)" inside a formula (with the true minus sign)."""
    text = f"{value:.{digits}f}"
    if text.startswith("-"):
        return f"(−{text[1:]})" if bracket else f"−{text[1:]}"
    return text


@dataclass(frozen=True)
class Number:
    """One value of a formula: its course symbol, its value and where the inspector shows it (matrix, row, col)."""

    symbol: str
    value: float
    cell: tuple[str, int, int] | None = None


@dataclass(frozen=True)
class Formula:
    """A scalar formula with the numbers in: ``template`` ("z[1]₂ = w[1]₂₁·x₁ + b[1]₂"), ``terms`` (summed
    products for form "sum"; the operands of "difference"; the arguments of "call", written ``function``
    with {} for them), ``result`` and, for dw and db, the inspector's ``average`` over the examples."""

    name: str
    template: str
    form: str
    terms: tuple[tuple[Number, ...], ...]
    result: Number
    function: str = ""
    note: str = ""  # English, with {l} and {m}: translate it, then fill in ``note_values``
    note_values: tuple[tuple[str, object], ...] = ()
    average: Number | None = None

    def note_text(self) -> str:
        return self.note.format(**dict(self.note_values))

    def expression(self, digits: int = 2) -> str:
        """The numbers as the template places them: "0.50·1.62 + (−0.93)·(−4.04) + 0.07"."""
        if self.form == "call":
            return self.function.format(", ".join(number_text(n.value, digits, False) for (n,) in self.terms))
        if self.form == "difference":
            (first,), (second,) = self.terms
            return f"{number_text(first.value, digits)} − {number_text(second.value, digits)}"
        return " + ".join("·".join(number_text(n.value, digits) for n in term) for term in self.terms)

    def text(self, digits: int = 2) -> str:
        """One plain-text line: template = numbers = result."""
        return f"{self.template} = {self.expression(digits)} = {number_text(self.result.value, digits, False)}"


@dataclass(frozen=True)
class UnitNumbers:
    """The formulas of unit ``unit`` of layer ``layer`` for example ``example`` (0-based), forward then backward
    (backward only once the matrices have it)."""

    layer: int
    unit: int
    example: int
    forward: tuple[Formula, ...]
    backward: tuple[Formula, ...]

    def text(self, digits: int = 2) -> str:
        lines = [f.text(digits) + (f"   ({f.note_text()})" if f.note else "") for f in self.forward + self.backward]
        return "\n".join(lines)


# --------------------------------------------------------------------------- the matrices of an iteration
def from_events(events: Iterable["PhaseEvent"]) -> Matrices:
    """The matrices of one iteration from its phase events so far (forward l, cost, backward l), by layer."""
    matrices: Matrices = {}
    for event in events:
        layer = matrices.setdefault(event.layer, {})
        if event.kind == "forward":
            layer.update({k: event.tensors[k] for k in ("A_prev", "W", "b", "Z", "A")})
        elif event.kind == "cost":
            layer["Y"] = event.tensors["Y"]
        elif event.kind == "backward":
            layer.update({k: v for k, v in event.tensors.items() if k in ("dA", "g_prime", "dZ", "dW", "db")})
    return matrices


def compute_matrices(X: Array, Y: Array, parameters: Mapping[str, Array], activations: Sequence[str],
                     leaky_alpha: float = DEFAULT_LEAKY_ALPHA, lambd: float = 0.0) -> Matrices:
    """Forward and backward with the course's functions, as an iteration's phases compute them."""
    L = len(activations)
    matrices: Matrices = {}
    A, caches = X, []
    for l in range(1, L + 1):
        W, b = np.asarray(parameters[f"W{l}"]), np.asarray(parameters[f"b{l}"])
        A_prev = A
        A, cache = linear_activation_forward(A_prev, W, b, activations[l - 1], leaky_alpha)
        caches.append(cache)
        matrices[l] = {"A_prev": A_prev, "W": W, "b": b, "Z": cache[1], "A": A}
    matrices[L]["Y"] = Y
    m = X.shape[1]
    dA = None
    for l in range(L, 0, -1):
        linear_cache, Z = caches[l - 1]
        if l == L:
            dZ = matrices[L]["A"] - Y
        else:
            dZ = activation_backward(dA, Z, activations[l - 1], leaky_alpha)
            matrices[l].update({"dA": dA, "g_prime": get_activation(activations[l - 1], leaky_alpha).dg(Z)})
        dA, dW, db = linear_backward(dZ, linear_cache)
        if lambd:
            dW = l2_backward(dW, linear_cache[1], lambd, m)
        matrices[l].update({"dZ": dZ, "dW": dW, "db": db})
    return matrices


def from_snapshot(snapshot: "Snapshot") -> Matrices:
    """The matrices at the snapshot's parameters over its whole training set (column i is example i)."""
    hp, prepared = snapshot.hyperparameters, snapshot.prepared
    return compute_matrices(prepared.X_train, prepared.Y_train, snapshot.parameters, snapshot.activations,
                            hp.leaky_alpha, hp.lambd)


# --------------------------------------------------------------------------- the formulas
def plug_in(matrices: Matrices, layer: int, unit: int, example: int, activations: Sequence[str],
            leaky_alpha: float = DEFAULT_LEAKY_ALPHA, lambd: float = 0.0) -> UnitNumbers:
    """The formulas of unit ``unit`` (j) of layer ``layer`` (l) for column ``example`` (i) of ``matrices``."""
    here = matrices[layer]
    L = len(activations)
    j, i, l = unit, example, layer
    if not (0 <= j < here["Z"].shape[0] and 0 <= i < here["Z"].shape[1]):
        raise IndexError(f"layer {l} has no unit {j} or the matrices no column {i}")
    prev = "x" if l == 1 else f"a[{l - 1}]"
    inputs = range(here["W"].shape[1])
    z_symbol, a_symbol = f"z[{l}]{_sub(j)}", f"a[{l}]{_sub(j)}"
    terms = tuple((Number(f"w[{l}]{_sub(j, k)}", float(here["W"][j, k]), ("W", j, k)),
                   Number(f"{prev}{_sub(k)}", float(here["A_prev"][k, i]), ("A_prev", k, i))) for k in inputs)
    bias = Number(f"b[{l}]{_sub(j)}", float(here["b"][j, 0]), ("b", j, 0))
    z_template = " + ".join(f"{w.symbol}·{a.symbol}" for w, a in terms) + f" + {bias.symbol}"
    z = Number(z_symbol, float(here["Z"][j, i]), ("Z", j, i))
    forward = [Formula("z", f"{z_symbol} = {z_template}", "sum", terms + ((bias,),), z)]
    g = get_activation(activations[l - 1], leaky_alpha)
    a = Number(a_symbol, float(here["A"][j, i]), ("A", j, i))
    if g.name == "softmax":
        column = tuple((Number(f"z[{l}]{_sub(u)}", float(here["Z"][u, i]), ("Z", u, i)),)
                       for u in range(here["Z"].shape[0]))
        forward.append(Formula("a", f"{a_symbol} = softmax(z[{l}]){_sub(j)}", "call", column, a,
                               "softmax({})" + _sub(j)))
    else:
        function = f"{g.symbol}({{}})" if g.symbol else "{}"
        template = f"{a_symbol} = {g.symbol}({z_symbol})" if g.symbol else f"{a_symbol} = {z_symbol}"
        forward.append(Formula("a", template, "call", ((z,),), a, function))
    return UnitNumbers(l, j, i, tuple(forward), _backward(matrices, l, j, i, L, g, lambd))


def _backward(matrices: Matrices, l: int, j: int, i: int, L: int, g, lambd: float) -> tuple[Formula, ...]:
    here = matrices[l]
    if "dZ" not in here:
        return ()
    formulas = []
    dz = Number(f"dz[{l}]{_sub(j)}", float(here["dZ"][j, i]), ("dZ", j, i))
    if l == L:
        a = Number(f"a[{l}]{_sub(j)}", float(here["A"][j, i]), ("A", j, i))
        y = Number(f"y{_sub(j)}", float(here["Y"][j, i]), ("Y", j, i))
        formulas.append(Formula("dz", f"{dz.symbol} = {a.symbol} − {y.symbol}", "difference", ((a,), (y,)), dz))
    else:
        da = Number(f"da[{l}]{_sub(j)}", float(here["dA"][j, i]), ("dA", j, i))
        above = matrices.get(l + 1, {})
        if "dZ" in above and "W" in above:  # what the layer above sends back: (W[l+1]ᵀ dZ[l+1])_j
            terms = tuple((Number(f"w[{l + 1}]{_sub(u, j)}", float(above["W"][u, j])),
                           Number(f"dz[{l + 1}]{_sub(u)}", float(above["dZ"][u, i])))
                          for u in range(above["W"].shape[0]))
            template = " + ".join(f"{w.symbol}·{d.symbol}" for w, d in terms)
            formulas.append(Formula("da", f"{da.symbol} = {template}", "sum", terms, da))
        z = Number(f"z[{l}]{_sub(j)}", float(here["Z"][j, i]), ("Z", j, i))
        slope = Number(f"g′(z[{l}]{_sub(j)})", float(here["g_prime"][j, i]), ("g_prime", j, i))
        formulas.append(Formula("g_prime", slope.symbol, "call", ((z,),), slope, f"{g.symbol or g.label}′({{}})",
                                note=g.derivative_formula().replace("'", "′")))
        formulas.append(Formula("dz", f"{dz.symbol} = {da.symbol}·{slope.symbol}", "sum", ((da, slope),), dz))
    prev = "x" if l == 1 else f"a[{l - 1}]"
    m = here["dZ"].shape[1]
    values = (("l", l), ("m", m))
    for k in range(here["dW"].shape[1]):
        a_prev = Number(f"{prev}{_sub(k)}", float(here["A_prev"][k, i]), ("A_prev", k, i))
        per_example = Number(f"dw[{l}]{_sub(j, k)}", float(here["dZ"][j, i] * here["A_prev"][k, i]))
        average = Number(f"dW[{l}]{_sub(j, k)}", float(here["dW"][j, k]), ("dW", j, k))
        formulas.append(Formula("dw", f"{per_example.symbol} = {dz.symbol}·{a_prev.symbol}", "sum",
                                ((dz, a_prev),), per_example, note=PER_EXAMPLE_L2 if lambd else PER_EXAMPLE,
                                note_values=values, average=average))
    db = Number(f"db[{l}]{_sub(j)}", dz.value)
    formulas.append(Formula("db", f"{db.symbol} = {dz.symbol}", "sum", ((dz,),), db,
                            note=PER_EXAMPLE_DB, note_values=values,
                            average=Number(f"db[{l}]{_sub(j)}", float(here["db"][j, 0]), ("db", j, 0))))
    return tuple(formulas)


def example_gradient(matrices: Matrices, layer: int, example: int) -> tuple[Array, Array]:
    """dW[l] and db[l] of one example before the average: dZ[:, i] A_prev[:, i]ᵀ and dZ[:, i]."""
    here = matrices[layer]
    dz = here["dZ"][:, example:example + 1]
    return dz * here["A_prev"][:, example][None, :], dz.copy()


def all_texts() -> list[str]:
    """The notes the GUI translates (context "PlugIn"); {l} and {m} are filled in after translating."""
    return [PER_EXAMPLE, PER_EXAMPLE_L2, PER_EXAMPLE_DB]


__all__ = ["Number", "Formula", "UnitNumbers", "Matrices", "from_events", "compute_matrices", "from_snapshot",
           "plug_in", "example_gradient", "number_text", "all_texts"]

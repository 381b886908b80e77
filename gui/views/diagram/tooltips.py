"""What hovering the network diagram says: a weight with its gradient, a neuron's z, a and g'(z).

Every number comes from the latest snapshot, so the tooltip agrees with the
edges, the maps and the status bar: W and dW from ``snapshot.parameters`` /
``snapshot.gradients``; z and a from ``snapshot.training_values()`` (or
``snapshot.example_values(i)`` for one example); g'(z) from ``snapshot.slope``,
the activation object's own derivative. Units are counted from 1 as in the
course: ``W[2]₁,₃`` joins a[1]₃ to a[2]₁.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QCoreApplication

from ....core.errors import HyperparameterError
from ....core.session import Snapshot
from ...support.messages import activation_label
from ..neuron_output import neuron_name
from .style import example_name, fmt, sub

Array = np.ndarray


def weight_name(l: int, j: int, k: int) -> str:
    """"W[2]₁,₃" for row j, column k (0-based) of W[2]."""
    return f"W[{l}]{sub(j + 1)},{sub(k + 1)}"


def unit_name(snapshot: Snapshot, l: int, unit: int) -> str:
    """"a[1]₃"; inputs as "X₁ = a[0]₁"; the output as "a[2]₁ = ŷ"."""
    course = f"a[{l}]{sub(unit + 1)}"
    if l == 0:
        return f"{neuron_name(snapshot, 0, unit)} = {course}"
    if l == snapshot.L:
        return f"{course} = ŷ" + (sub(unit + 1) if snapshot.layer_dims[-1] > 1 else "")
    return course


def stats(values: Array) -> str:
    """"mean · min · max" of a row of values."""
    return " · ".join(fmt(float(v)) for v in (values.mean(), values.min(), values.max()))


def edge_tooltip(snapshot: Snapshot, l: int, j: int, k: int) -> str:
    """W[l][j, k] and its latest gradient dW[l][j, k], and what the weight does."""
    w = float(snapshot.parameters[f"W{l}"][j, k])
    dw = float(snapshot.gradients[f"dW{l}"][j, k])
    name = weight_name(l, j, k)
    lines = [
        QCoreApplication.translate("NetworkDiagramView", "%1 = %2  ·  latest dW = %3")
        .replace("%1", name).replace("%2", fmt(w)).replace("%3", fmt(dw)),
        QCoreApplication.translate("NetworkDiagramView", "The weight from %1 to %2: it multiplies %1 in z[%3]%4.")
        .replace("%1", unit_name(snapshot, l - 1, k)).replace("%2", unit_name(snapshot, l, j))
        .replace("%3", str(l)).replace("%4", sub(j + 1)),
        QCoreApplication.translate("NetworkDiagramView", "Orange: negative, blue: positive; thicker: larger |w|. "
                                   "Double-click to type a new value."),
    ]
    return "\n".join(lines)


def neuron_tooltip(snapshot: Snapshot, l: int, unit: int) -> str:
    """z, a and g'(z) of neuron a[l]_unit: statistics over the training set, or one example's values."""
    i = snapshot.selection.example
    Zs, As = snapshot.training_values() if i is None else snapshot.example_values(i)
    title = _title(snapshot, l, unit)
    if i is None:
        over = QCoreApplication.translate("NetworkDiagramView",
                                          "Over the m = %1 training examples (mean · min · max):")
        lines = [title, over.replace("%1", str(snapshot.m))]
        show = stats
    else:
        # The course counts examples from 1, as the inspector's columns do; NumPy's index is named as such.
        lines = [title, QCoreApplication.translate(
            "NetworkDiagramView", "For training example %1 alone (NumPy column %2):")
            .replace("%1", example_name(i)).replace("%2", str(i))]

        def show(values: Array) -> str:
            return fmt(float(values[0]))
    a = As[l][unit]
    if l == 0:
        lines.append(f"a[0]{sub(unit + 1)} = x{sub(unit + 1)}:  {show(a)}")
        return "\n".join(lines)
    z = Zs[l - 1][unit]
    lines.append(f"z[{l}]{sub(unit + 1)} = W[{l}]{sub(unit + 1)} · a[{l - 1}] + b[{l}]{sub(unit + 1)}:  {show(z)}")
    lines.append(f"a[{l}]{sub(unit + 1)} = g(z):  {show(a)}")
    try:
        slope = snapshot.slope(l, Zs[l - 1][unit : unit + 1])[0]
    except HyperparameterError:  # the activation has no element-wise slope (softmax: a matrix per example)
        lines.append(QCoreApplication.translate(
            "NetworkDiagramView", "g′(z): softmax's slope is a matrix; backprop uses dZ[L] = A[L] − Y directly."))
    else:
        lines.append(f"g′(z):  {show(slope)}")
    b = float(snapshot.parameters[f"b{l}"][unit, 0])
    db = float(snapshot.gradients[f"db{l}"][unit, 0])
    lines.append(QCoreApplication.translate("NetworkDiagramView", "%1 = %2  ·  latest db = %3")
                 .replace("%1", f"b[{l}]{sub(unit + 1)}").replace("%2", fmt(b)).replace("%3", fmt(db)))
    lines.append(QCoreApplication.translate(
        "NetworkDiagramView", "The small map is this neuron's a over the (x₁, x₂) plane. "
                              "Click to show it large in the decision-boundary view."))
    return "\n".join(lines)


def _title(snapshot: Snapshot, l: int, unit: int) -> str:
    name = unit_name(snapshot, l, unit)
    if l == 0:
        return (QCoreApplication.translate("NetworkDiagramView", "%1: input feature %2")
                .replace("%1", name).replace("%2", str(unit + 1)))
    label = activation_label(snapshot.activations[l - 1])
    return (QCoreApplication.translate("NetworkDiagramView", "%1: neuron %2 of layer %3, g[%3] = %4")
            .replace("%1", name).replace("%2", str(unit + 1)).replace("%3", str(l)).replace("%4", label))

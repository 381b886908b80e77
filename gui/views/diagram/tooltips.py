"""What hovering the network diagram says: a weight with its gradient, a neuron's z, a and g'(z).

Every number comes from core: W and dW from ``trainer.parameters()`` /
``trainer.gradients()``; z and a from ``trainer.forward_all`` on the training
set (or ``session.example_values(i)`` for one example); g'(z) from the
activation object's own derivative ``dg``. Units are counted from 1 as in the
course: ``W[2]₁,₃`` joins a[1]₃ to a[2]₁.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QCoreApplication

from ....core.nn.activations import get_activation
from ...support.messages import activation_label
from ...model.session import TrainingSession
from .style import fmt, sub
from ..neuron_output import neuron_name

Array = np.ndarray


def weight_name(l: int, j: int, k: int) -> str:
    """"W[2]₁,₃" for row j, column k (0-based) of W[2]."""
    return f"W[{l}]{sub(j + 1)},{sub(k + 1)}"


def unit_name(session: TrainingSession, l: int, unit: int) -> str:
    """"a[1]₃"; inputs as "X₁ = a[0]₁"; the output as "a[2]₁ = ŷ"."""
    course = f"a[{l}]{sub(unit + 1)}"
    if l == 0:
        return f"{neuron_name(session, 0, unit)} = {course}"
    if l == session.trainer.L:
        return f"{course} = ŷ" + (sub(unit + 1) if session.trainer.layer_dims[-1] > 1 else "")
    return course


def stats(values: Array) -> str:
    """"mean · min · max" of a row of values."""
    return " · ".join(fmt(float(v)) for v in (values.mean(), values.min(), values.max()))


def edge_tooltip(session: TrainingSession, l: int, j: int, k: int) -> str:
    """W[l][j, k] and its latest gradient dW[l][j, k], and what the weight does."""
    w = float(session.trainer.parameters()[f"W{l}"][j, k])
    dw = float(session.trainer.gradients()[f"dW{l}"][j, k])
    name = weight_name(l, j, k)
    lines = [
        QCoreApplication.translate("NetworkDiagramView", "%1 = %2  ·  latest dW = %3")
        .replace("%1", name).replace("%2", fmt(w)).replace("%3", fmt(dw)),
        QCoreApplication.translate("NetworkDiagramView", "The weight from %1 to %2: it multiplies %1 in z[%3]%4.")
        .replace("%1", unit_name(session, l - 1, k)).replace("%2", unit_name(session, l, j))
        .replace("%3", str(l)).replace("%4", sub(j + 1)),
        QCoreApplication.translate("NetworkDiagramView", "Orange: negative, blue: positive; thicker: larger |w|. "
                                   "Double-click to type a new value."),
    ]
    return "\n".join(lines)


def neuron_tooltip(session: TrainingSession, l: int, unit: int) -> str:
    """z, a and g'(z) of neuron a[l]_unit: statistics over the training set, or one example's values."""
    trainer = session.trainer
    i = session.selection.example
    X = session.prepared.X_train if i is None else session.prepared.X_train[:, i : i + 1]
    Zs, As = trainer.forward_all(X)
    title = _title(session, l, unit)
    if i is None:
        over = QCoreApplication.translate("NetworkDiagramView",
                                          "Over the m = %1 training examples (mean · min · max):")
        lines = [title, over.replace("%1", str(X.shape[1]))]
        show = stats
    else:
        lines = [title, QCoreApplication.translate(
            "NetworkDiagramView", "For training example i = %1 alone (x⁽%1⁾):").replace("%1", str(i))]

        def show(values: Array) -> str:
            return fmt(float(values[0]))
    a = As[l][unit]
    if l == 0:
        lines.append(f"a[0]{sub(unit + 1)} = x{sub(unit + 1)}:  {show(a)}")
        return "\n".join(lines)
    name = trainer.activation_names[l - 1]
    z = Zs[l - 1][unit]
    lines.append(f"z[{l}]{sub(unit + 1)} = W[{l}]{sub(unit + 1)} · a[{l - 1}] + b[{l}]{sub(unit + 1)}:  {show(z)}")
    lines.append(f"a[{l}]{sub(unit + 1)} = g(z):  {show(a)}")
    if name == "softmax":
        lines.append(QCoreApplication.translate(
            "NetworkDiagramView", "g′(z): softmax's slope is a matrix; backprop uses dZ[L] = A[L] − Y directly."))
    else:
        slope = get_activation(name, trainer.hp.leaky_alpha).dg(Zs[l - 1][unit : unit + 1], As[l][unit : unit + 1])[0]
        lines.append(f"g′(z):  {show(slope)}")
    b = float(trainer.parameters()[f"b{l}"][unit, 0])
    db = float(trainer.gradients()[f"db{l}"][unit, 0])
    lines.append(QCoreApplication.translate("NetworkDiagramView", "%1 = %2  ·  latest db = %3")
                 .replace("%1", f"b[{l}]{sub(unit + 1)}").replace("%2", fmt(b)).replace("%3", fmt(db)))
    lines.append(QCoreApplication.translate(
        "NetworkDiagramView", "The small map is this neuron's a over the (x₁, x₂) plane. "
                              "Click to show it large in the decision-boundary view."))
    return "\n".join(lines)


def _title(session: TrainingSession, l: int, unit: int) -> str:
    name = unit_name(session, l, unit)
    if l == 0:
        return (QCoreApplication.translate("NetworkDiagramView", "%1: input feature %2")
                .replace("%1", name).replace("%2", str(unit + 1)))
    label = activation_label(session.trainer.activation_names[l - 1])
    return (QCoreApplication.translate("NetworkDiagramView", "%1: neuron %2 of layer %3, g[%3] = %4")
            .replace("%1", name).replace("%2", str(unit + 1)).replace("%3", str(l)).replace("%4", label))

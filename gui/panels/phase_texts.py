"""The words the inspector says about a phase: its title, one sentence to notice, the matrices' captions.

Kept apart from the panel's layout code; translated in the "InspectorPanel"
context so all of the inspector's strings sit together in the .ts file.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QCoreApplication

from ...core.training.phases import PhaseEvent
from ..widgets.course_text import course_rich
from .shapes_table import broadcast_sentence


def phase_count(L: int) -> int:
    """Phases in one iteration of an L-layer network: forward 1..L, cost, backward L..1, update 1..L."""
    return 3 * L + 1


def phase_number(event: PhaseEvent, L: int) -> int:
    """1-based position of ``event`` in the iteration: forward 1..L, cost, backward L..1, update 1..L."""
    if event.kind == "forward":
        return event.layer
    if event.kind == "cost":
        return L + 1
    if event.kind == "backward":
        return L + 1 + (L - event.layer + 1)
    return 2 * L + 1 + event.layer


def position(event: PhaseEvent, L: int) -> str:
    """Where the phase sits: "phase 4 of 7 · iteration 0".

    Iterations are numbered from 0, as the course prints "Cost after iteration 0", and the
    toolbar counts the iterations completed: while iteration i is under way it says i. The last
    phase completes the iteration, and the toolbar then says i + 1, so that phase is headed
    "iteration i — complete": the two never seem to disagree.
    """
    n, total = phase_number(event, L), phase_count(L)
    if n == total:
        text = QCoreApplication.translate("InspectorPanel", "phase %1 of %2 · iteration %3 — complete")
    else:
        text = QCoreApplication.translate("InspectorPanel", "phase %1 of %2 · iteration %3")
    return text.replace("%1", str(n)).replace("%2", str(total)).replace("%3", f"{event.iteration:,}")


def title(event: PhaseEvent, loss: str) -> str:
    """"Forward propagation, layer 1", "Cost J: binary cross-entropy", ..."""
    if event.kind == "cost":
        return loss_title(loss)
    if event.kind == "forward":
        text = QCoreApplication.translate("InspectorPanel", "Forward propagation, layer %1")
    elif event.kind == "backward":
        text = QCoreApplication.translate("InspectorPanel", "Backward propagation, layer %1")
    else:
        text = QCoreApplication.translate("InspectorPanel", "Update, layer %1")
    return text.replace("%1", str(event.layer))


def loss_title(loss: str) -> str:
    if loss == "binary_cross_entropy":
        return QCoreApplication.translate("InspectorPanel", "Cost J: binary cross-entropy")
    if loss == "categorical_cross_entropy":
        return QCoreApplication.translate("InspectorPanel", "Cost J: categorical cross-entropy")
    return QCoreApplication.translate("InspectorPanel", "Cost J: squared error")


def _layers(text: str, l: int) -> str:
    """%1 → l, %2 → l − 1 (the layer before), %3 → l + 1 (the layer after)."""
    return text.replace("%1", str(l)).replace("%2", str(l - 1)).replace("%3", str(l + 1))


def note(event: PhaseEvent, m: int, learning_rate: float) -> str:
    """Rich text: what the student should notice in this phase (a sentence or two, the cache named)."""
    l = event.layer
    if event.kind == "forward":
        return broadcast_sentence(l, event.tensors["W"].shape[0], m) + "<br>" + cache_sentence(l)
    if event.equation == "backward_output":
        return course_rich(_layers(QCoreApplication.translate(
            "InspectorPanel", "dZ[%1] = A[%1] - Y because the loss is paired with the output's activation "
                              "(σ or softmax with cross-entropy, linear with squared error). Column i is "
                              "example i's own ∂ℒ/∂Z[%1]; the 1/m that makes it the cost's comes in dW[%1] and "
                              "db[%1]."), l)) + "<br>" + cache_sentence(l, backward=True, output=True)
    if event.kind == "backward":
        return course_rich(_layers(QCoreApplication.translate(
            "InspectorPanel", "dA[%1] came from the step of layer %3: dA[%1] = W[%3]^T dZ[%3]. In dZ[%1] = dA[%1] "
                              "* g'[%1](Z[%1]) the * multiplies element by element (same unit, same example), "
                              "not as matrices."), l)) + "<br>" + cache_sentence(l, backward=True)
    if event.kind == "update":
        # Read off the event's own numbers: with tiny gradients "before" and "after" look alike.
        change = float(np.max(np.abs(event.tensors["W_after"] - event.tensors["W_before"])))
        return (course_rich(QCoreApplication.translate(
            "InspectorPanel",
            "Gradient descent with learning rate α = %1: the largest change of a weight in W[%2] is %3."))
            .replace("%1", f"{learning_rate:g}").replace("%2", str(l)).replace("%3", f"{change:.3g}"))
    text = QCoreApplication.translate("InspectorPanel", "Averaged over the m = %1 examples (columns).").replace(
        "%1", str(m))
    why = stable_cost_sentence(event)
    return text + (" " + why if why else "")


def cache_sentence(layer: int, backward: bool = False, output: bool = False) -> str:
    """Rich text naming the course's cache: what the forward step keeps, what the backward step reads
    (the output layer's dZ = A - Y needs no slope; layer 1 computes no dA[0])."""
    if not backward:
        text = QCoreApplication.translate(
            "InspectorPanel", "Cache: the forward step keeps (A[%2], W[%1], b[%1]) and Z[%1] for layer %1's "
                              "backward step.")
    elif output and layer == 1:
        text = QCoreApplication.translate(
            "InspectorPanel", "It reads layer 1's cache from the forward step: X for dW[1].")
    elif output:
        text = QCoreApplication.translate(
            "InspectorPanel", "It reads layer %1's cache from the forward step: A[%2] for dW[%1], W[%1] for dA[%2].")
    elif layer == 1:
        text = QCoreApplication.translate(
            "InspectorPanel", "It reads layer 1's cache from the forward step: Z[1] for the slope, X for dW[1].")
    else:
        text = QCoreApplication.translate(
            "InspectorPanel", "It reads layer %1's cache from the forward step: Z[%1] for the slope, A[%2] for "
                              "dW[%1], W[%1] for dA[%2].")
    return course_rich(_layers(text, layer))


def stable_cost_sentence(event: PhaseEvent) -> str:
    """Why the course's cost and the line NumPy ran are the same number (cross-entropy only)."""
    names = {function.__name__ for function in event.ran}
    if "binary_cross_entropy_from_logits" in names:
        return course_rich(QCoreApplication.translate(
            "InspectorPanel", "The two forms of J are equal: with A = σ(Z), log A = -log(1 + exp(-Z)) and "
                              "log(1 - A) = -log(1 + exp(Z)), so −(Y log A + (1 - Y) log(1 - A)) = "
                              "log(1 + exp(Z)) - Y Z. NumPy computes the second from Z, so it never takes the log "
                              "of an A rounded to 0 or 1."))
    if "categorical_cross_entropy_from_logits" in names:
        return course_rich(QCoreApplication.translate(
            "InspectorPanel", "The two forms of J are equal: with A = softmax(Z), log A_k = Z_k - log Σ_j exp(Z_j). "
                              "NumPy computes it from Z, so it never takes the log of an A rounded to 0."))
    return ""


def card_title(key: str, symbol: str, layer: int) -> str:
    """The heading of a matrix: "A[0] = X", "W[2] before", "dZ[1]"."""
    if key == "A_prev" and layer == 1:
        return "A[0] = X"
    if key.endswith("_before"):
        return QCoreApplication.translate("InspectorPanel", "%1 before").replace("%1", symbol)
    if key.endswith("_after"):
        return QCoreApplication.translate("InspectorPanel", "%1 after").replace("%1", symbol)
    return symbol


def card_tooltip(key: str, layer: int) -> str:
    """What a matrix is, in one sentence with its course symbol."""
    texts = {
        "A_prev": QCoreApplication.translate(
            "InspectorPanel", "A[%2]: the previous layer's activations, one column per example."),
        "W": QCoreApplication.translate(
            "InspectorPanel", "W[%1]: the weights, one row per unit of layer %1."),
        "b": QCoreApplication.translate(
            "InspectorPanel", "b[%1]: the biases, one per unit; added to every column."),
        "Z": QCoreApplication.translate(
            "InspectorPanel", "Z[%1]: each unit's weighted input for each example."),
        "A": QCoreApplication.translate(
            "InspectorPanel", "A[%1] = g(Z[%1]): each unit's output for each example."),
        "AL": QCoreApplication.translate(
            "InspectorPanel", "A[%1]: the network's predictions ŷ, one column per example."),
        "Y": QCoreApplication.translate(
            "InspectorPanel", "Y: the true labels, one column per example."),
        "dA": QCoreApplication.translate(
            "InspectorPanel", "dA[%1] = ∂ℒ/∂A[%1] per example, as the course defines it: column i is how example "
                              "i's loss ℒ changes with A[%1] (the cost's own ∂J/∂A[%1] = dA[%1]/m). Passed back "
                              "from layer %3."),
        "g_prime": QCoreApplication.translate(
            "InspectorPanel", "g'[%1](Z[%1]): the slope of g[%1] at each unit's z, for each example. dZ[%1] = dA[%1] "
                              "* g'[%1](Z[%1]) multiplies element by element."),
        "dZ": QCoreApplication.translate(
            "InspectorPanel", "dZ[%1] = ∂ℒ/∂Z[%1] per example, as the course defines it: column i is how example "
                              "i's loss ℒ changes with Z[%1]. The cost J averages the m losses, so ∂J/∂Z[%1] = "
                              "dZ[%1]/m."),
        "dW": QCoreApplication.translate(
            "InspectorPanel", "dW[%1] = ∂J/∂W[%1] = (1/m) dZ[%1] A[%2]^T: how the cost changes with each weight, "
                              "the 1/m averaging over the examples."),
        "db": QCoreApplication.translate(
            "InspectorPanel", "db[%1] = ∂J/∂b[%1]: the mean of dZ[%1] over the examples."),
        "dA_prev": QCoreApplication.translate(
            "InspectorPanel", "dA[%2] = W[%1]^T dZ[%1], per example, handed to layer %2's backward step."),
    }
    text = texts.get(key.replace("_before", "").replace("_after", ""), "")
    text = text.replace("%1", str(layer)).replace("%2", str(layer - 1)).replace("%3", str(layer + 1))
    return text.replace("A[0]^T", "X^T")  # the course writes dW[1] = (1/m) dZ[1] X^T

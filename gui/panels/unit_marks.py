"""Which cells of an inspector phase's matrices show the plug-in panel's unit j and example i.

``frame_example`` frames the selected training example's column in every matrix with one column
per example, and ``example_sentence`` says which example that is (course numbering from 1, with
NumPy's index), in the inspector's translation context.

In the phase of layer l: the cell [j, i] of every matrix with one row per unit and one column
per example (Z, A, dA, g′, dZ; A[L] and Y at the cost), and the row j of the unit's
parameters and their gradients (W, b, dW, db, before and after the update). Nothing when the
phase is of another layer, or with mini-batches (the columns are not the examples in order).
"""

from __future__ import annotations

from typing import Any, Mapping

from PySide6.QtCore import QCoreApplication

from ..views.diagram.style import example_name
from .matrix_table import MatrixTable

CELL_KEYS = ("Z", "A", "dA", "g_prime", "dZ", "AL", "Y")
ROW_KEYS = ("W", "b", "dW", "db", "W_before", "b_before", "W_after", "b_after")


def mark_cards(cards: Mapping[str, MatrixTable], layer: int | None, marked: tuple[int, int, int] | None,
               full_batch: bool) -> None:
    """Mark unit (l, j, i) = ``marked`` in the ``cards`` of a phase of ``layer`` (None: no phase)."""
    for key, card in cards.items():
        if marked is None or layer is None or marked[0] != layer or not full_batch:
            card.highlight_cell(None)
        elif key in CELL_KEYS:
            card.highlight_cell(marked[1], marked[2])
        elif key in ROW_KEYS:
            card.highlight_cell(marked[1], None)
        else:
            card.highlight_cell(None)


def frame_example(cards: Mapping[str, MatrixTable], i: int | None, m: int, full_batch: bool) -> None:
    """Frame column i of every card with m columns (none with mini-batches: their columns are not in order)."""
    for card in cards.values():
        card.highlight_column(i if i is not None and full_batch and card.model.array().shape[1] == m else None)


def example_sentence(train: Any, i: int, full_batch: bool) -> str:
    """"Example x⁽ⁱ⁾: x = (…), y = … — column … (NumPy index …)" for training example i."""
    x1, x2 = float(train.X[0, i]), float(train.X[1, i])
    y = train.y[i]
    y_text = f"{float(y):.3g}" if train.problem == "regression" else str(int(y))
    if not full_batch:
        text = QCoreApplication.translate(
            "InspectorPanel", "Example %1: x = (%2, %3), y = %4 (mini-batches: the columns are not the examples "
                              "in order)")
    else:  # the course counts examples from 1 (x⁽¹⁾ … x⁽ᵐ⁾), as the tables' column numbers do; NumPy from 0
        text = QCoreApplication.translate(
            "InspectorPanel", "Example %1: x = (%2, %3), y = %4 — column %5 of every matrix with m columns "
                              "(NumPy index %6)").replace("%5", str(i + 1)).replace("%6", str(i))
    return text.replace("%1", example_name(i)).replace("%2", f"{x1:.2f}").replace("%3", f"{x2:.2f}").replace(
        "%4", y_text)

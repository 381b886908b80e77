"""Which cells of an inspector phase's matrices show the plug-in panel's unit j and example i.

In the phase of layer l: the cell [j, i] of every matrix with one row per unit and one column
per example (Z, A, dA, g′, dZ; A[L] and Y at the cost), and the row j of the unit's
parameters and their gradients (W, b, dW, db, before and after the update). Nothing when the
phase is of another layer, or with mini-batches (the columns are not the examples in order).
"""

from __future__ import annotations

from typing import Mapping

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

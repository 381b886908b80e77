"""PhaseBreadcrumb: where the current iteration of gradient descent is, as a row of chips.

    Forward 1 › Forward 2 › Cost › Backward 2 › Backward 1 › Update

The chip of the phase just done is filled in its diagram colour (green forward,
amber cost, magenta backward, blue update), the next one has a dashed outline,
the ones already done this iteration are greyed. Deep networks get a compact
row (``Forward 1 2 3 4 › Cost › Backward 4 3 2 1 › Update``). Built from QLabels
with style sheets: no custom painting.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from ...support.colors import POSITIVE
from .style import BACKWARD_COLOR, COST_COLOR, FORWARD_COLOR

Phase = tuple[str, int]  # (kind, layer): ("forward", 1), ("cost", L), ("backward", 2), ("update", 1)

#: Networks deeper than this (L layers with weights) get the compact row.
COMPACT_ABOVE = 2
KIND_COLORS = {"forward": FORWARD_COLOR, "cost": COST_COLOR, "backward": BACKWARD_COLOR, "update": POSITIVE}


def iteration_phases(L: int) -> list[Phase]:
    """One iteration in the course's order, as ``Trainer.phases()`` yields it:
    forward 1..L, cost, backward L..1, update 1..L."""
    return ([("forward", l) for l in range(1, L + 1)] + [("cost", L)]
            + [("backward", l) for l in range(L, 0, -1)] + [("update", l) for l in range(1, L + 1)])


def next_phase(L: int, current: Phase | None) -> Phase:
    """The phase after ``current`` (after the last update, or at rest: forward 1 of the next iteration)."""
    order = iteration_phases(L)
    if current is None or current not in order or current == order[-1]:
        return order[0]
    return order[order.index(current) + 1]


def chip_key(phase: Phase) -> Phase:
    """The chip that shows ``phase``: one Update chip stands for update 1..L (one gradient-descent step)."""
    return ("update", 0) if phase[0] == "update" else phase


class PhaseBreadcrumb(QWidget):
    """The phases of one iteration for a network of depth L; the current one highlighted, the next hinted."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(3)
        self._chips: dict[Phase, QLabel] = {}
        self._names: dict[Phase, str] = {}
        self._states: dict[Phase, str] = {}
        self._widgets: list[QWidget] = []
        self._L = 0
        self._current: Phase | None = None
        self.set_depth(2)

    # ------------------------------------------------------------------ public
    def set_depth(self, L: int) -> None:
        """Rebuild the chips for a network with L layers of weights (L = number of hidden layers + 1)."""
        if L == self._L and self._chips:
            return
        self._L = L
        while self._layout.count():  # the chips, the separators and the trailing stretch
            self._layout.takeAt(0)
        for widget in self._widgets:
            widget.deleteLater()
        self._widgets, self._chips, self._names = [], {}, {}
        compact = L > COMPACT_ABOVE
        groups = [("forward", list(range(1, L + 1))), ("cost", [L]), ("backward", list(range(L, 0, -1))),
                  ("update", [0])]
        for g, (kind, layers) in enumerate(groups):
            if g:
                self._add(self._separator())
            if compact and kind in ("forward", "backward"):
                self._add(QLabel(self._group_name(kind), self))
            for i, l in enumerate(layers):
                if i and not compact:
                    self._add(self._separator())
                key = (kind, l)
                self._names[key] = self._full_name(key)
                chip = QLabel(str(l) if compact and kind in ("forward", "backward") else self._names[key], self)
                chip.setAlignment(Qt.AlignmentFlag.AlignCenter)
                chip.setToolTip(self._tooltip(key))
                self._chips[key] = chip
                self._add(chip)
        self._layout.addStretch(1)
        self.set_phase(None)

    def set_phase(self, current: Phase | None) -> None:
        """Highlight ``current`` (None: at rest, before an iteration) and hint the phase after it."""
        self._current = current
        order = [chip_key(p) for p in iteration_phases(self._L)]
        done = set()
        if current is not None and chip_key(current) in order:
            done = set(order[: order.index(chip_key(current))])
        hint = chip_key(next_phase(self._L, current))
        for key, chip in self._chips.items():
            state = ("current" if current is not None and key == chip_key(current) else
                     "next" if key == hint else "done" if key in done else "idle")
            if self._states.get(key) != state or chip.styleSheet() == "":
                self._states[key] = state
                chip.setStyleSheet(self._style(key[0], state))
                font = chip.font()
                font.setBold(state == "current")
                chip.setFont(font)

    def current_text(self) -> str:
        """The full name of the highlighted phase ("Backward 2"), or "" at rest."""
        return "" if self._current is None else self._names.get(chip_key(self._current), "")

    def next_text(self) -> str:
        """The full name of the hinted next phase."""
        return self._names[chip_key(next_phase(self._L, self._current))]

    def chip_texts(self) -> list[str]:
        """The full names of the chips, left to right."""
        return [self._names[key] for key in self._chips]

    def chip_state(self, name: str) -> str:
        """"current", "next", "done" or "idle" for the chip called ``name``."""
        key = next(key for key, text in self._names.items() if text == name)
        return self._states[key]

    def chip(self, phase: Phase) -> QLabel:
        return self._chips[chip_key(phase)]

    def retranslate(self) -> None:
        L, self._L = self._L, -1
        current = self._current
        self.set_depth(L)
        self.set_phase(current)

    # ------------------------------------------------------------------ building
    def _add(self, widget: QWidget) -> None:
        self._layout.addWidget(widget)
        self._widgets.append(widget)

    def _separator(self) -> QLabel:
        label = QLabel("›", self)
        label.setStyleSheet("color: palette(mid);")
        return label

    def _group_name(self, kind: str) -> str:
        return self.tr("Forward") if kind == "forward" else self.tr("Backward")

    def _full_name(self, key: Phase) -> str:
        kind, l = key
        if kind == "forward":
            return self.tr("Forward %1").replace("%1", str(l))
        if kind == "backward":
            return self.tr("Backward %1").replace("%1", str(l))
        return self.tr("Cost") if kind == "cost" else self.tr("Update")

    def _tooltip(self, key: Phase) -> str:
        kind, l = key
        if kind == "forward":
            return self.tr("Forward propagation, layer %1: Z[%1] = W[%1] A[%2] + b[%1], then A[%1] = g[%1](Z[%1])."
                           ).replace("%1", str(l)).replace("%2", str(l - 1))
        if kind == "cost":
            return self.tr("The cost J: how far the predictions ŷ = A[%1] are from the labels Y, averaged over the "
                           "m examples.").replace("%1", str(l))
        if kind == "backward":
            return self.tr("Backward propagation, layer %1: dZ[%1], then dW[%1] = (1/m) dZ[%1] A[%2]ᵀ and "
                           "db[%1] = (1/m) Σ dZ[%1]; dA[%2] is passed on to the left."
                           ).replace("%1", str(l)).replace("%2", str(l - 1))
        return self.tr("Gradient descent, layer by layer: W[l] = W[l] − α dW[l] and b[l] = b[l] − α db[l].")

    @staticmethod
    def _style(kind: str, state: str) -> str:
        r, g, b = KIND_COLORS[kind]
        base = "border-radius: 9px; padding: 2px 8px;"
        if state == "current":
            ink = "black" if kind == "cost" else "white"  # white on amber is hard to read
            return f"{base} background: rgb({r},{g},{b}); color: {ink}; border: 1px solid rgb({r},{g},{b});"
        if state == "next":
            return f"{base} border: 2px dashed rgb({r},{g},{b});"
        if state == "done":
            return f"{base} border: 1px solid palette(midlight); color: palette(mid);"
        return f"{base} border: 1px solid palette(mid);"

"""PhaseView: one iteration's matrices, the student's run next to the reference run, and where they first part.

Pick a layer and a quantity as phase stepping names them (``core.student.training.layer_values``:
the forward pass A[l−1], W[l], b[l], Z[l], A[l]; the backward pass dW[l], db[l], dA[l−1]; and
W[l], b[l] after the update) and see the student's matrix next to the reference's, the
differing entries highlighted. Above, the first divergence of the run in words (which
iteration, which pass, which layer and entry, both numbers — ``divergence.first_divergence``).
Until the student picks a quantity the view follows that first divergence.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ...core.student.training import layer_values
from .array_view import SideBySide
from .divergence import ABSOLUTE_TOLERANCE, QUANTITIES, Divergence

if TYPE_CHECKING:
    from .worker import TrainingStep


class PhaseView(QWidget):
    """Layer and quantity pickers, the two matrices side by side, and the first divergence in words."""

    picked = Signal()  # the student chose another layer or quantity (the matrices changed size)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._mode = "deep"
        self._step: TrainingStep | None = None
        self._has_costs = False
        self._follow_divergence = True  # until the student picks a phase
        self.layer_combo = QComboBox(self)
        self.layer_combo.setObjectName("phase_layer")
        self.quantity_combo = QComboBox(self)
        self.quantity_combo.setObjectName("phase_quantity")
        for combo in (self.layer_combo, self.quantity_combo):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.activated.connect(self._on_picked)
        self.layer_label = QLabel(self)
        self.quantity_label = QLabel(self)
        self.phase_title = QLabel(self)
        self.side_by_side = SideBySide(self)
        self.divergence_label = QLabel(self)
        self.divergence_label.setObjectName("divergence")
        self.divergence_label.setWordWrap(True)
        self.divergence_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        picker = QHBoxLayout()
        picker.addWidget(self.layer_label)
        picker.addWidget(self.layer_combo)
        picker.addSpacing(12)
        picker.addWidget(self.quantity_label)
        picker.addWidget(self.quantity_combo)
        picker.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.divergence_label)
        layout.addLayout(picker)
        layout.addWidget(self.phase_title)
        layout.addWidget(self.side_by_side, 1)
        self._retranslate()

    # ------------------------------------------------------------------ public
    def reset(self, layers: int = 0, mode: str = "deep") -> None:
        """A new run of ``layers`` layers (0: none yet); the view follows the first divergence again."""
        self._mode, self._step, self._has_costs, self._follow_divergence = mode, None, False, True
        current = self.layer_combo.currentData()
        self.layer_combo.clear()
        for l in range(1, layers + 1):
            self.layer_combo.addItem(self._layer_text(l), l)
        if layers:
            index = self.layer_combo.findData(current)
            self.layer_combo.setCurrentIndex(index if index >= 0 else layers - 1)
        self._fill_quantities()
        self.show_step(None)

    def show_step(self, step: "TrainingStep | None", has_costs: bool = True) -> None:
        """Show iteration ``step`` (None: nothing yet); ``has_costs``: the student's run completed some iteration."""
        self._step, self._has_costs = step, has_costs
        if step is not None and self._follow_divergence and step.divergence is not None:
            self._follow(step.divergence)
        self.divergence_label.setText("" if step is None else self.divergence_sentence(step.divergence))
        self._show_phase()

    def set_phase(self, layer: int, quantity: str) -> bool:
        """Show layer ``layer``'s ``quantity`` (a name of QUANTITIES); False if it has none."""
        index = self.layer_combo.findData(layer)
        if index < 0:
            return False
        self.layer_combo.setCurrentIndex(index)
        self._fill_quantities()
        index = self.quantity_combo.findData(quantity)
        if index < 0:
            return False
        self.quantity_combo.setCurrentIndex(index)
        self._follow_divergence = False
        self._show_phase()
        return True

    def divergence_text(self) -> str:
        return self.divergence_label.text()

    # ------------------------------------------------------------------ words
    def divergence_sentence(self, divergence: Divergence | None) -> str:
        if divergence is None:
            step = self._step
            if step is not None and step.iteration.student is None and not self._has_costs:
                return self.tr("Your run stopped before its first iteration.")
            return self.tr("So far both runs agree on every matrix of every iteration (to %1).") \
                .replace("%1", f"{ABSOLUTE_TOLERANCE:g}")
        where = self.quantity_name(divergence.layer, divergence.name)
        if divergence.name == "J":
            return self.tr("The runs first part at iteration %1, at the cost: your J = %2, reference J = %3.") \
                .replace("%1", str(divergence.iteration)).replace("%2", f"{divergence.yours:.6g}") \
                .replace("%3", f"{divergence.reference:.6g}")
        phase = self._phase_word(divergence.phase)
        if not divergence.index:
            return self.tr("The runs first part at iteration %1, in %2 of layer %3: your %4 has another shape.") \
                .replace("%1", str(divergence.iteration)).replace("%2", phase) \
                .replace("%3", str(divergence.layer)).replace("%4", where)
        return self.tr("The runs first part at iteration %1, in %2 of layer %3: %4 differs at %5, yours %6, "
                       "reference %7 (%8 of %9 entries differ).") \
            .replace("%1", str(divergence.iteration)).replace("%2", phase).replace("%3", str(divergence.layer)) \
            .replace("%4", where).replace("%5", str(divergence.index)).replace("%6", f"{divergence.yours:.6g}") \
            .replace("%7", f"{divergence.reference:.6g}").replace("%8", str(divergence.count)) \
            .replace("%9", str(divergence.size))

    def _phase_word(self, phase: str) -> str:
        return {"start": self.tr("the parameters it starts from"), "forward": self.tr("the forward pass"),
                "backward": self.tr("the backward pass"), "update": self.tr("the update")}.get(phase, phase)

    def quantity_name(self, layer: int | None, name: str) -> str:
        """The course's name of ``name`` in layer ``layer``: "A[0]" for A_prev of layer 1, "dA[1]" for dA_prev of 2."""
        if layer is None:
            return name
        if name == "A_prev":
            return f"A[{layer - 1}]"
        if name == "dA_prev":
            return f"dA[{layer - 1}]"
        if name in ("W_after", "b_after"):
            return self.tr("%1 after the update").replace("%1", f"{name[0]}[{layer}]")
        return f"{name}[{layer}]"

    def _quantity_text(self, layer: int, name: str) -> str:
        course = self.quantity_name(layer, name)
        if name in ("A_prev", "W", "b", "Z", "A"):
            return self.tr("forward: %1").replace("%1", course)
        if name in ("dW", "db", "dA_prev"):
            return self.tr("backward: %1").replace("%1", course)
        return self.tr("update: %1").replace("%1", course)

    def _layer_text(self, layer: int) -> str:
        return self.tr("layer %1").replace("%1", str(layer))

    # ------------------------------------------------------------------ pickers and matrices
    def _fill_quantities(self) -> None:
        layer = self.layer_combo.currentData()
        current = self.quantity_combo.currentData() or "dW"
        self.quantity_combo.clear()
        if layer is None:
            return
        for name in QUANTITIES:
            if name == "dA_prev" and layer == 1:
                continue  # dA[0] is not computed (the input needs no gradient)
            self.quantity_combo.addItem(self._quantity_text(layer, name), name)
        index = self.quantity_combo.findData(current)
        self.quantity_combo.setCurrentIndex(index if index >= 0 else 0)

    def _follow(self, divergence: Divergence) -> None:
        index = self.layer_combo.findData(divergence.layer) if divergence.layer is not None else -1
        if index >= 0:
            self.layer_combo.setCurrentIndex(index)
            self._fill_quantities()
            quantity = self.quantity_combo.findData(divergence.name)
            if quantity >= 0:
                self.quantity_combo.setCurrentIndex(quantity)

    def _on_picked(self, _index: int) -> None:
        if self.sender() is self.layer_combo:
            self._fill_quantities()
        self._follow_divergence = False
        self._show_phase()
        self.picked.emit()

    def _show_phase(self) -> None:
        step = self._step
        layer, name = self.layer_combo.currentData(), self.quantity_combo.currentData()
        if step is None or layer is None or name is None:
            self.phase_title.setText("")
            self.side_by_side.clear()
            return
        reference = layer_values(step.iteration.reference, layer, self._mode).get(name)
        title = self.quantity_name(layer, name)
        self.phase_title.setText(self.tr("Iteration %1, %2").replace("%1", str(step.iteration.iteration))
                                 .replace("%2", self._quantity_text(layer, name)))
        yours = None
        if step.iteration.student is not None:
            try:  # the student's structures passed core's shape checks; a surprise is shown, never raised
                yours = layer_values(step.iteration.student, layer, self._mode).get(name)
            except Exception:  # noqa: BLE001
                yours = None
        self.side_by_side.show_pair(title, yours, reference, expected_title=lambda: self.tr("reference"))
        if step.iteration.student is None:
            self.side_by_side.yours.text.setText(self.tr("(your run has stopped)"))

    def _retranslate(self) -> None:
        self.layer_label.setText(self.tr("Layer"))
        self.quantity_label.setText(self.tr("Quantity"))
        for i in range(self.layer_combo.count()):
            self.layer_combo.setItemText(i, self._layer_text(self.layer_combo.itemData(i)))
        layer = self.layer_combo.currentData()
        for i in range(self.quantity_combo.count()):
            self.quantity_combo.setItemText(i, self._quantity_text(layer, self.quantity_combo.itemData(i)))
        if self._step is not None:
            self.show_step(self._step, self._has_costs)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "side_by_side"):
            self._retranslate()
        super().changeEvent(event)

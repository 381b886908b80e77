"""PlugInPanel: plug in the numbers — the course's scalar formulas of one unit for one example, with its values.

With a training example x⁽ⁱ⁾ selected (a click on the decision boundary, or the Example
box here) and a unit j of layer l (the diagram's selected neuron, or the boxes here), the
panel writes z = w·x + b with the actual weights and inputs, a = g(z), then backward
da, g′(z), dz, dw and db — the formulas and numbers of ``core.teaching.plug_in``; the
GUI only writes them out (gui/panels/plug_in_text.py).

The numbers come from where the inspector's come from, so both always agree: while an
iteration is taken phase by phase, from that iteration's phases (``from_events``; the
inspector marks cell [j, i] of Z, A, dZ and row j of dW, db: ``unit_shown``); otherwise
from the snapshot's parameters over the training set (``from_snapshot``: what the next
full-batch iteration computes), which is a forward and backward pass over m examples,
so it runs off the window's thread.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QFont, QShowEvent
from PySide6.QtWidgets import (
    QComboBox, QFrame, QHBoxLayout, QLabel, QScrollArea, QSpinBox, QVBoxLayout, QWidget,
)

from ...core.session import Snapshot
from ...core.teaching.plug_in import Matrices, UnitNumbers, from_events, from_snapshot, plug_in
from ...core.training.phases import PhaseEvent
from ..labs.background import BackgroundRunner
from ..model.session import TrainingSession
from ..support.throttle import Throttle
from ..views.diagram.style import example_name
from .plug_in_text import enough_digits, numbers_html

REFRESH_MS = 200  # while playing, the formulas follow training five times a second
DIGITS = (2, 3, 4)


class PlugInPanel(QWidget):
    """Layer, unit and example boxes over the formulas of that unit for that example."""

    unit_shown = Signal(object)  # (layer, unit j, example i) written out, for the inspector to mark; or None

    def __init__(self, session: TrainingSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._events: list[PhaseEvent] = []  # the phases of the iteration under way, as they were shown
        self._computed: tuple[int, Matrices] | None = None  # (snapshot version, matrices) from the snapshot
        self._wanted = False  # a snapshot's matrices are wanted again once the job running ends
        self._latest: Snapshot | None = None  # the newest snapshot a signal carried (what the panel draws)
        self.numbers: UnitNumbers | None = None  # what is shown (tests read it)
        self.source = ""  # "phases" or "snapshot"
        self._runner = BackgroundRunner(self)
        self._runner.finished.connect(self._on_computed)
        self._runner.failed.connect(self._on_failed)
        self._build()
        self._throttle = Throttle(self.refresh_now, REFRESH_MS, self)
        session.state_changed.connect(self._on_state_changed)
        session.selection_changed.connect(self._follow_selection)
        session.structure_changed.connect(self._follow_selection)
        self._retranslate()
        self._follow_selection(session.snapshot)

    # ------------------------------------------------------------------ building
    def _build(self) -> None:
        self.layer_spin, self.unit_spin, self.example_spin = QSpinBox(self), QSpinBox(self), QSpinBox(self)
        self.layer_label, self.unit_label, self.example_label = QLabel(self), QLabel(self), QLabel(self)
        self.digits_label, self.digits_combo = QLabel(self), QComboBox(self)
        for digits in DIGITS:
            self.digits_combo.addItem(str(digits), digits)
        self.example_spin.setSpecialValueText("—")  # 0: no example picked
        self.layer_spin.valueChanged.connect(self._on_neuron_picked)
        self.unit_spin.valueChanged.connect(self._on_neuron_picked)
        self.example_spin.valueChanged.connect(self._on_example_picked)
        self.digits_combo.currentIndexChanged.connect(lambda _index: self.refresh_now())
        row = QHBoxLayout()
        for label, box in ((self.layer_label, self.layer_spin), (self.unit_label, self.unit_spin),
                           (self.example_label, self.example_spin), (self.digits_label, self.digits_combo)):
            label.setBuddy(box)
            row.addWidget(label)
            row.addWidget(box)
            row.addSpacing(8)
        row.addStretch(1)
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.source_label = QLabel(self)
        self.source_label.setWordWrap(True)
        self.source_label.setStyleSheet("color: #5f6368;")
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        big = QFont(self.font())
        big.setPointSizeF(max(big.pointSizeF(), 9.0) * 1.15)
        self.hint.setFont(big)
        self.formulas = QLabel(self)
        self.formulas.setTextFormat(Qt.TextFormat.RichText)
        self.formulas.setWordWrap(True)
        self.formulas.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.formulas.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        formula_font = QFont(self.font())
        formula_font.setPointSizeF(max(formula_font.pointSizeF(), 9.0) * 1.15)
        self.formulas.setFont(formula_font)
        page = QWidget(self)
        inner = QVBoxLayout(page)
        inner.setContentsMargins(6, 4, 6, 4)
        inner.setSpacing(4)
        inner.addLayout(row)
        for widget in (self.heading, self.source_label, self.hint, self.formulas):
            inner.addWidget(widget)
        inner.addStretch(1)
        area = QScrollArea(self)
        area.setFrameShape(QFrame.Shape.NoFrame)
        area.setWidgetResizable(True)
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        area.setWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(area)

    # ------------------------------------------------------------------ public
    @property
    def unit(self) -> tuple[int, int, int | None]:
        """(layer l, unit j, example i) chosen: l from 1, j and i from 0 (None: no example)."""
        example = self.example_spin.value() - 1
        return self.layer_spin.value(), self.unit_spin.value() - 1, example if example >= 0 else None

    @property
    def busy(self) -> bool:
        """True while the matrices of a snapshot are being computed."""
        return self._runner.busy

    def formula_text(self) -> str:
        """The formulas shown, as plain text lines (what the student reads)."""
        if self.numbers is None or self.formulas.isHidden():
            return ""
        return "\n".join(f.text(enough_digits(f, self.digits)) for f in self.numbers.forward + self.numbers.backward)

    @property
    def digits(self) -> int:
        return int(self.digits_combo.currentData())

    def refresh_now(self) -> None:
        """Show the formulas of the chosen unit and example for the newest snapshot a signal carried (or start
        computing them)."""
        self._throttle.cancel()
        snapshot = self._latest if self._latest is not None else self._session.snapshot
        layer, unit, example = self.unit
        if example is None:
            self._show(None, snapshot)
            return
        matrices = self._phase_matrices(snapshot, layer)
        if matrices is not None:
            self.source = "phases"
        elif self._computed is not None and self._computed[0] == snapshot.version:
            matrices, self.source = self._computed[1], "snapshot"
        else:
            self._compute(snapshot)
            return
        try:
            numbers = plug_in(matrices, layer, unit, example, snapshot.activations,
                              snapshot.hyperparameters.leaky_alpha, snapshot.hyperparameters.lambd)
        except (IndexError, KeyError):  # the network changed under the boxes: they follow at the next signal
            numbers = None
        self._show(numbers, snapshot)

    # ------------------------------------------------------------------ where the matrices come from
    def _phase_matrices(self, snapshot: Snapshot, layer: int) -> Matrices | None:
        """The phases' matrices if this iteration is being taken phase by phase and has reached ``layer``."""
        if not self._events or snapshot.phase is None or snapshot.batch_m != snapshot.m:
            return None
        matrices = from_events(self._events)
        return matrices if "Z" in matrices.get(layer, {}) else None

    def _compute(self, snapshot: Snapshot) -> None:
        if not self._runner.start(lambda _stop: (snapshot.version, from_snapshot(snapshot))):
            self._wanted = True  # one is running: ask again when it ends
        elif self.numbers is None:
            self.source_label.setText(self.tr("Computing…"))

    def _on_computed(self, result: tuple[int, Matrices]) -> None:
        self._computed = result
        self._wanted = False
        self.refresh_now()

    def _on_failed(self, message: str) -> None:
        self._wanted = False
        self.source_label.setText(message)

    # ------------------------------------------------------------------ showing
    def _show(self, numbers: UnitNumbers | None, snapshot: Snapshot) -> None:
        self.numbers = numbers
        layer, unit, example = self.unit
        if example is None:
            self.hint.show()
            self.formulas.hide()
            self.heading.hide()
            self.source_label.hide()
            return
        self.hint.hide()
        for widget in (self.formulas, self.heading, self.source_label):
            widget.show()
        train = snapshot.prepared.train
        x = ", ".join(f"{float(v):.2f}" for v in train.X[:, example])
        self.heading.setText(self.tr("Unit %1 of layer %2, example %3: x = (%4), y = %5")
                             .replace("%1", str(unit + 1)).replace("%2", str(layer))
                             .replace("%3", example_name(example)).replace("%4", x)
                             .replace("%5", f"{float(train.y[example]):.3g}"))
        if self.source == "phases":
            self.source_label.setText(self.tr("The numbers of this iteration's phases, as the inspector shows them "
                                              "(its cells for this unit and example are framed)."))
        else:
            self.source_label.setText(self.tr("The numbers the next iteration computes at the current parameters. "
                                              "Step phase by phase (Shift+→) to see them in the inspector."))
        if numbers is None:
            self.formulas.setText("")
            return
        self.formulas.setText(numbers_html(
            numbers, self.digits, layer == snapshot.L, self.tr("Forward"), self.tr("Backward"),
            self.tr("dz, dw and db appear once the backward phase of layer %1 has run (Shift+→).")
            .replace("%1", str(layer))))

    # ------------------------------------------------------------------ following the session
    def _on_state_changed(self, snapshot: Snapshot) -> None:
        self._latest = snapshot
        phase = snapshot.phase
        if phase is None:
            self._events = []
        elif not self._events or phase is not self._events[-1]:
            if self._events and (phase.iteration != self._events[0].iteration
                                 or (phase.kind == "forward" and phase.layer == 1)):
                self._events = []
            self._events.append(phase)
        if self.isVisible():
            self._throttle.request() if self._session.running else self.refresh_now()

    def _follow_selection(self, snapshot: Snapshot) -> None:
        """The boxes take the snapshot's selected neuron (the output when none) and example."""
        self._latest = snapshot
        dims = snapshot.layer_dims
        neuron, example = snapshot.selection.neuron, snapshot.selection.example
        blockers = [QSignalBlocker(box) for box in (self.layer_spin, self.unit_spin, self.example_spin)]
        self.layer_spin.setRange(1, len(dims) - 1)
        if neuron is None:
            neuron = (len(dims) - 1, 0)
        if neuron[0] >= 1:  # an input feature x_k has no formula: the boxes stay where they are
            self.layer_spin.setValue(neuron[0])
        self.unit_spin.setRange(1, dims[self.layer_spin.value()])
        if neuron[0] >= 1:
            self.unit_spin.setValue(neuron[1] + 1)
        self.example_spin.setRange(0, snapshot.m)
        self.example_spin.setValue(0 if example is None else example + 1)
        del blockers
        self._announce_unit()
        if self.isVisible():
            self.refresh_now()

    def _announce_unit(self) -> None:
        """Tell the inspector which unit and example to mark (it marks them in that layer's phase)."""
        layer, unit, example = self.unit
        self.unit_shown.emit(None if example is None else (layer, unit, example))

    def _on_neuron_picked(self) -> None:
        dims = (self._latest or self._session.snapshot).layer_dims
        with QSignalBlocker(self.unit_spin):
            self.unit_spin.setRange(1, dims[self.layer_spin.value()])
        self._session.select_neuron(self.layer_spin.value(), self.unit_spin.value() - 1)

    def _on_example_picked(self, value: int) -> None:
        self._session.select_example(value - 1 if value > 0 else None)

    # ------------------------------------------------------------------ visibility, language
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh_now()

    def _retranslate(self) -> None:
        self.layer_label.setText(self.tr("Layer l"))
        self.unit_label.setText(self.tr("Unit j"))
        self.example_label.setText(self.tr("Example i"))
        self.digits_label.setText(self.tr("Decimals"))
        self.layer_spin.setToolTip(self.tr("The layer whose unit is written out (the diagram's selected neuron "
                                           "sets it too)."))
        self.unit_spin.setToolTip(self.tr("The unit j of that layer, counted from 1 as the course does."))
        self.example_spin.setToolTip(self.tr("The training example x⁽ⁱ⁾ whose numbers are plugged in "
                                             "(a click on a point of the decision boundary picks it too)."))
        self.digits_combo.setToolTip(self.tr("How many decimals each number shows."))
        self.hint.setText(self.tr("Click a point on the decision boundary to pick an example, or choose one in "
                                  "the Example box: its numbers are then plugged into the formulas of the unit."))
        if self.isVisible():
            self.refresh_now()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "hint"):
            self._retranslate()
        super().changeEvent(event)

    def shut_down(self) -> None:
        self._runner.shutdown()

"""GraphPanel: one computation graph with its inputs, Forward / Backward / Reset and the chain rule.

The student edits the inputs, presses Forward (values fill left to right, one node at a
time), then Backward (d(output)/d(node) fills right to left, edge by edge, while the
chain-rule products from ``Graph.chain_rule_steps()`` are listed and the current one is
highlighted). Every number comes from core.teaching.computation_graph; the drawing is GraphScene's.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QPainter, QResizeEvent
from PySide6.QtWidgets import (
    QCheckBox, QDoubleSpinBox, QFormLayout, QGraphicsView, QGroupBox, QHBoxLayout, QLabel, QListWidget,
    QPushButton, QVBoxLayout, QWidget,
)

from ...core.teaching.computation_graph import Graph
from .graph_scene import GraphScene, format_number

#: Time between two nodes of the animation: slow enough to follow on a projector.
STEP_INTERVAL_MS = 650
CONTROL_WIDTH = 250


@dataclass(frozen=True)
class GraphSpec:
    """One tab: how to build the graph, its inputs (name, default, low, high, decimals) and where nodes sit."""

    build: Callable[..., Graph]
    inputs: tuple[tuple[str, float, float, float, int], ...]
    positions: dict[str, tuple[int, float]]
    #: What each input is in the course: "input" (a feature), "parameter" (w, b) or "label" (y).
    roles: dict[str, str]


def wrap_formula(formula: str, width: int = 24) -> str:
    """A formula longer than ``width`` characters broken before its middlemost " + " (two lines)."""
    if len(formula) <= width:
        return formula
    cuts = [i for i in range(len(formula)) if formula.startswith(" + ", i)]
    if not cuts:
        return formula
    cut = min(cuts, key=lambda i: abs(i - len(formula) / 2))
    return f"{formula[:cut]}\n    {formula[cut + 1:]}"


class GraphView(QGraphicsView):
    """Shows the whole scene, scaled to the widget (aspect kept)."""

    def __init__(self, scene: GraphScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scene.sceneRectChanged.connect(lambda _rect: self.fit())

    def fit(self) -> None:
        self.fitInView(self.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit()


class GraphPanel(QWidget):
    """One computation graph with its inputs, Forward / Backward / Reset and the chain-rule list."""

    forward_finished = Signal()
    backward_finished = Signal()
    node_filled = Signal(str)  # a node's value (forward) or derivative (backward) was just shown

    def __init__(self, spec: GraphSpec, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._spec = spec
        self.step_interval_ms = STEP_INTERVAL_MS
        self._queue: list[Callable[[], None]] = []
        self._forward_done = False
        self._timer = QTimer(self)
        self._timer.timeout.connect(self._next_step)

        self.spin_boxes: dict[str, QDoubleSpinBox] = {}
        inputs_box = QGroupBox(self)
        self._inputs_box = inputs_box
        form = QFormLayout(inputs_box)
        for name, default, low, high, decimals in spec.inputs:
            spin = QDoubleSpinBox(inputs_box)
            spin.setRange(low, high)
            spin.setDecimals(decimals)
            spin.setSingleStep(1.0 if decimals == 0 else 0.5)
            spin.setValue(default)
            spin.valueChanged.connect(self._on_input_changed)
            form.addRow(name, spin)
            self.spin_boxes[name] = spin
        self.graph = spec.build(**self.inputs())
        self.scene = GraphScene(self.graph, spec.positions, self._titles(), self.font(), self.palette())

        self.forward_button = QPushButton(self)
        self.forward_button.clicked.connect(self.forward)
        self.backward_button = QPushButton(self)
        self.backward_button.clicked.connect(self.backward)
        self.reset_button = QPushButton(self)
        self.reset_button.clicked.connect(self.reset)
        self.animate_box = QCheckBox(self)
        self.animate_box.setChecked(True)
        self.status_label = QLabel(self)
        self._status_text: Callable[[], str] = str  # the status line, rebuilt in a new language
        self.status_label.setWordWrap(True)

        # A fixed-width column: the status text changes length at every step and must not shift the graph.
        control_column = QWidget(self)
        control_column.setFixedWidth(CONTROL_WIDTH)
        controls = QVBoxLayout(control_column)
        controls.setContentsMargins(0, 0, 0, 0)
        controls.addWidget(inputs_box)
        for widget in (self.forward_button, self.backward_button, self.reset_button, self.animate_box,
                       self.status_label):
            controls.addWidget(widget)
        controls.addStretch(1)

        self.view = GraphView(self.scene, self)
        self._steps_title = QLabel(self)
        self.steps_list = QListWidget(self)
        self.steps_list.setSelectionMode(QListWidget.SelectionMode.SingleSelection)
        font = self.steps_list.font()
        font.setPointSizeF(max(font.pointSizeF(), 9.0) * 1.15)
        self.steps_list.setFont(font)
        self.shorthand_label = QLabel(self)
        self.shorthand_label.setWordWrap(True)
        self.shorthand_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        right = QVBoxLayout()
        right.addWidget(self.view, 4)
        right.addWidget(self._steps_title)
        right.addWidget(self.steps_list, 1)
        right.addWidget(self.shorthand_label)

        layout = QHBoxLayout(self)
        layout.addWidget(control_column)
        layout.addLayout(right, 1)
        self._retranslate()
        self.reset()

    # ------------------------------------------------------------------ public
    def inputs(self) -> dict[str, float]:
        """The inputs as typed: {"a": 5.0, "b": 3.0, "c": 2.0} (or x1, x2, w1, w2, b, y)."""
        return {name: spin.value() for name, spin in self.spin_boxes.items()}

    def set_inputs(self, **values: float) -> None:
        for name, value in values.items():
            self.spin_boxes[name].setValue(value)

    def value_text(self, name: str) -> str:
        """The number shown as ``name``'s value ("33"), or "?" before Forward reached it."""
        return self.scene.value_text(name).split(" = ", 1)[1]

    def grad_text(self, name: str) -> str:
        """The number shown as d(output)/d(name) ("9"), or "" before Backward reached it."""
        text = self.scene.grad_text(name)
        return text.split(" = ", 1)[1] if text else ""

    def node_lines(self, name: str) -> tuple[str, str]:
        """The value and gradient lines of a node's box as drawn ("J = 33", "dJ/dJ = 1")."""
        return self.scene.value_text(name), self.scene.grad_text(name)

    def steps(self) -> list[str]:
        return [self.steps_list.item(i).text() for i in range(self.steps_list.count())]

    def current_step(self) -> str:
        item = self.steps_list.currentItem()
        return item.text() if item is not None else ""

    @property
    def busy(self) -> bool:
        """True while an animation is under way."""
        return self._timer.isActive()

    def forward(self) -> None:
        """Fill the values left to right (animated one node at a time if asked)."""
        self._stop()
        self._rebuild()
        steps: list[Callable[[], None]] = [
            (lambda name=node.name: self._forward_step(name)) for node in self.graph.nodes if not node.is_input
        ]
        steps.append(self._finish_forward)
        self._play(steps)

    def backward(self) -> None:
        """Fill d(output)/d(node) right to left and list the chain-rule products."""
        self._stop()
        if not self._forward_done:
            self._rebuild()
            for node in self.graph.nodes:
                self.scene.show_value(node.name)
            self._finish_forward(announce=False)
        self.graph.backward()
        out = self.graph.output
        lines = [f"d{out}/d{out} = 1", *self.graph.chain_rule_steps()]
        self.steps_list.clear()
        self.steps_list.addItems(lines)
        order = self.graph.backward_order()
        steps: list[Callable[[], None]] = [
            (lambda i=i, name=name: self._backward_step(i, name)) for i, name in enumerate(order)
        ]
        steps.append(self._finish_backward)
        self._play(steps)

    def reset(self) -> None:
        """Clear every computed value and derivative (the inputs stay)."""
        self._stop()
        self._rebuild()
        self._show_status(lambda: self.tr("Press Forward to compute the graph from left to right."))

    # ------------------------------------------------------------------ steps
    def _rebuild(self) -> None:
        self.graph = self._spec.build(**self.inputs())
        self.scene.set_graph(self.graph)
        for node in self.graph.nodes:
            self.scene.show_value(node.name, node.is_input)
            self.scene.show_grad(node.name, False)
        self._show_local_derivatives(False)
        self.scene.highlight()
        self.steps_list.clear()
        self.shorthand_label.clear()
        self._forward_done = False

    def _forward_step(self, name: str) -> None:
        self.scene.show_value(name)
        incoming = {(e.source, e.target) for e in self.graph.incoming(name)}
        self.scene.highlight({name}, incoming)
        node = self.graph.node(name)
        self._show_status(lambda: self.tr("Forward: %1, so %2 = %3")
                          .replace("%1", node.formula).replace("%2", name).replace("%3", format_number(node.value)))
        self.node_filled.emit(name)

    def _finish_forward(self, announce: bool = True) -> None:
        self._forward_done = True
        self._show_local_derivatives(True)
        self.scene.highlight()
        out = self.graph.output
        value = format_number(self.graph.node(out).value)
        self._show_status(lambda: self.tr("Forward done: %1 = %2. Press Backward for the derivatives.")
                          .replace("%1", out).replace("%2", value))
        if announce:
            self.forward_finished.emit()

    def _backward_step(self, index: int, name: str) -> None:
        self.scene.show_grad(name)
        outgoing = {(e.source, e.target) for e in self.graph.outgoing(name)}
        self.scene.highlight({name}, outgoing)
        self.steps_list.setCurrentRow(index)
        self.steps_list.scrollToItem(self.steps_list.item(index))
        step = self.steps_list.item(index).text()
        self._show_status(lambda: self.tr("Backward: %1").replace("%1", step))
        self.node_filled.emit(name)

    def _finish_backward(self) -> None:
        self.scene.highlight()
        self._show_status(lambda: self.tr(
            "Backward done: each box now holds how much the output changes per unit change of that node."))
        self.shorthand_label.setText(self._shorthand())
        self.backward_finished.emit()

    def _shorthand(self) -> str:
        """The course's names for the derivatives it uses (logistic regression only)."""
        if self.graph.output != "L":
            return self.tr("In code the course writes dJ/da as da, dJ/db as db, and so on: "
                           "da = %1, db = %2, dc = %3.") \
                .replace("%1", format_number(self.graph.node("a").grad)) \
                .replace("%2", format_number(self.graph.node("b").grad)) \
                .replace("%3", format_number(self.graph.node("c").grad))
        node = self.graph.node
        return self.tr("In the course's code: da = %1;  dz = a − y = %2 − %3 = %4;  dw1 = x1·dz = %5;  "
                       "dw2 = x2·dz = %6;  db = dz = %7.") \
            .replace("%1", format_number(node("a").grad)).replace("%2", format_number(node("a").value)) \
            .replace("%3", format_number(node("y").value)).replace("%4", format_number(node("z").grad)) \
            .replace("%5", format_number(node("w1").grad)).replace("%6", format_number(node("w2").grad)) \
            .replace("%7", format_number(node("b").grad))

    def _show_local_derivatives(self, with_values: bool) -> None:
        """Label each edge with its local derivative; an edge that carries none (the label y into L:
        the course takes no dL/dy) is a bare arrow, without an empty plate on it."""
        self.scene.show_local_derivatives(with_values)
        for edge in self.graph.edges:
            if edge.derivative is None:
                self.scene.edges[(edge.source, edge.target)].plate.setVisible(False)

    def has_derivative_label(self, source: str, target: str) -> bool:
        """True when the edge source → target shows a local derivative (tests)."""
        item = self.scene.edges[(source, target)]
        return item.plate.isVisible() and bool(item.label.text())

    # ------------------------------------------------------------------ animation
    def _play(self, steps: list[Callable[[], None]]) -> None:
        if not self.animate_box.isChecked():
            for step in steps:
                step()
            return
        self._queue = steps
        self._next_step()
        if self._queue:
            self._timer.start(self.step_interval_ms)

    def advance(self) -> None:
        """Show the next node of the animation now (without waiting for the timer)."""
        self._next_step()

    def _next_step(self) -> None:
        if not self._queue:
            self._timer.stop()
            return
        self._queue.pop(0)()
        if not self._queue:
            self._timer.stop()

    def _stop(self) -> None:
        self._timer.stop()
        self._queue = []

    def _on_input_changed(self) -> None:
        self.reset()
        self._show_status(lambda: self.tr("The inputs changed: press Forward to recompute."))

    def _show_status(self, text: Callable[[], str]) -> None:
        """Show the status line; ``text`` builds it, so a language change can build it again."""
        self._status_text = text
        self.status_label.setText(text())

    # ------------------------------------------------------------------ text
    def _titles(self) -> dict[str, str]:
        kinds = {"input": self.tr("%1 (input)"), "parameter": self.tr("%1 (parameter)"), "label": self.tr("%1 (label)")}
        titles = {}
        for node in self.graph.nodes:
            if node.is_input:
                role = self._spec.roles.get(node.name, "input")
                titles[node.name] = kinds[role].replace("%1", node.name)
            else:
                titles[node.name] = wrap_formula(node.formula)
        return titles

    def _retranslate(self) -> None:
        self._inputs_box.setTitle(self.tr("Inputs"))
        self.forward_button.setText(self.tr("&Forward →"))
        self.forward_button.setToolTip(self.tr("Forward propagation: compute each node's value from left to right."))
        self.backward_button.setText(self.tr("← &Backward"))
        self.backward_button.setToolTip(self.tr(
            "Backward propagation: from the output back to the inputs, each derivative is the next node's "
            "derivative times the local derivative on the edge (the chain rule)."))
        self.reset_button.setText(self.tr("&Reset"))
        self.reset_button.setToolTip(self.tr("Clear the computed values and derivatives."))
        self.animate_box.setText(self.tr("One node at a time"))
        self.animate_box.setToolTip(self.tr("Animate: fill one node every %1 s, so each step can be followed.")
                                    .replace("%1", f"{STEP_INTERVAL_MS / 1000:g}"))
        self._steps_title.setText(self.tr("Chain rule, from the output backwards:"))
        for name, spin in self.spin_boxes.items():
            spin.setToolTip(self._input_tip(name))
        self.scene.set_titles(self._titles())
        self.status_label.setText(self._status_text())
        if self.shorthand_label.text():
            self.shorthand_label.setText(self._shorthand())

    def _input_tip(self, name: str) -> str:
        tips = {
            "x1": self.tr("x1: the first feature of the one example."),
            "x2": self.tr("x2: the second feature of the one example."),
            "w1": self.tr("w1: the weight multiplying x1 in z = w1·x1 + w2·x2 + b."),
            "w2": self.tr("w2: the weight multiplying x2 in z = w1·x1 + w2·x2 + b."),
            "y": self.tr("y: the example's true label, 0 or 1."),
        }
        if name == "b" and self._spec.roles.get("b") == "parameter":
            return self.tr("b: the bias added in z = w1·x1 + w2·x2 + b.")
        return tips.get(name, self.tr("%1: an input of J = 3(a + bc). Change it, then press Forward.")
                        .replace("%1", name))

    def changeEvent(self, event: QEvent) -> None:
        if hasattr(self, "scene"):
            if event.type() == QEvent.Type.LanguageChange:
                self._retranslate()
            elif event.type() == QEvent.Type.PaletteChange:
                self.scene.restyle(self.palette())
        super().changeEvent(event)

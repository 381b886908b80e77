"""NetworkDiagramView: the network as columns of neurons joined by weighted edges.

a[0] = x (the input features), each hidden layer a[l], and the output a[L] = ŷ.
Edge colour is the sign of the weight (orange negative, blue positive), width
its size |w|; every neuron shows a small map of its own output over the input
plane and its bias. Hover for W with its gradient dW, or a neuron's z, a and
g'(z); click a neuron to show it in the big view; double-click an edge (or a
neuron) to type a weight (or a bias). Phases of an iteration are animated by
``.animation.PhaseAnimator``; the breadcrumb above says which one it is.

Everything is drawn from the latest snapshot. Items (``.items``) are built when
the snapshot's structure changes to a new architecture and otherwise only
restyled: edges and biases at frame rate, the neuron maps ~12 times a second.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QPoint, QPointF, QSignalBlocker, Qt
from PySide6.QtGui import QPalette, QPen
from PySide6.QtWidgets import (QComboBox, QGraphicsScene, QHBoxLayout, QInputDialog, QLabel, QSizePolicy,
                               QToolButton, QToolTip, QVBoxLayout, QWidget)

from ....core.data.features import feature_label
from ....core.session import Snapshot
from ...model.session import TrainingSession
from ...support.throttle import Throttle
from .animation import SPEED_CHOICES, PhaseAnimator
from .canvas import DiagramCanvas
from .items import DiagramItems
from .legend import DiagramLegend
from .style import fmt, sub
from .tooltips import edge_tooltip, neuron_tooltip, weight_name
from .breadcrumb import PhaseBreadcrumb
from .zoom import zoom_texts

MAP_RESOLUTION = 30
MAP_INTERVAL_MS = 80  # the neuron maps redraw ~12 times a second
#: Edges restyle ~20 times a second while playing: smooth to the eye, and it leaves the
#: machine to training (restyling a few hundred pens every 25 ms cost a fifth of the throughput).
EDGE_INTERVAL_MS = 50
HIT_PIXELS = 5.0  # how close (screen pixels) the pointer must be to an edge to hover it


def _neuron_maps(snapshot: Snapshot) -> list:
    """Every neuron's output over the plane (the renderer's product for the diagram)."""
    return snapshot.neuron_maps(MAP_RESOLUTION)[1]


class NetworkDiagramView(QWidget):
    """The network diagram with its phase breadcrumb, animation control and legend."""

    def __init__(self, session: TrainingSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        #: Seam for tests: (prompt, current value) → (new value, accepted).
        self.ask_weight: Callable[[str, float], tuple[float, bool]] = self._ask_number
        self.items: DiagramItems | None = None
        self._architecture: tuple | None = None
        self._structure_version: int | None = None  # of the snapshot the items were built for
        self._hovered: tuple | None = None

        self.breadcrumb = PhaseBreadcrumb(self)  # fits any width by itself: no scrolling, no cut chips
        self._speed_label = QLabel(self)
        self.speed_combo = QComboBox(self)
        # Never narrower than its longest choice ("normal" once read "norma" in presentation mode).
        self.speed_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.speed_combo.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        for _, factor in SPEED_CHOICES:
            self.speed_combo.addItem("", factor)
        self.speed_combo.currentIndexChanged.connect(self._on_speed_picked)
        self.animate_button = QToolButton(self)
        self.animate_button.clicked.connect(self.step_iteration_animated)
        self.stop_button = QToolButton(self)
        self.stop_button.setEnabled(False)
        self.stop_button.clicked.connect(self.stop_animation)
        self.scene = QGraphicsScene(self)
        self.canvas = DiagramCanvas(self.scene, self)
        self.canvas.hovered.connect(self._on_hovered)
        self.canvas.left.connect(self._on_left)
        self.canvas.clicked.connect(self._on_clicked)
        self.canvas.double_clicked.connect(self._on_double_clicked)
        self.legend = DiagramLegend(self)

        # The breadcrumb gets the whole width (it is what says where the iteration is); the animation
        # controls follow the legend's entries under the diagram, on a line of their own when narrow.
        controls = QWidget(self)
        row = QHBoxLayout(controls)
        row.setContentsMargins(0, 0, 0, 0)
        for widget in (self._speed_label, self.speed_combo, self.animate_button, self.stop_button):
            row.addWidget(widget, 0, Qt.AlignmentFlag.AlignVCenter)
        self.legend.add_trailing(controls)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.breadcrumb)
        layout.addWidget(self.canvas, 1)
        layout.addWidget(self.legend)

        self.animator = PhaseAnimator(session, lambda: self.items, self)
        self.animator.phase_shown.connect(self._on_phase_shown)
        self.animator.animating_changed.connect(self.stop_button.setEnabled)
        self._edge_throttle = Throttle(self.redraw_edges, EDGE_INTERVAL_MS, parent=self)
        self._map_throttle = Throttle(self.redraw_maps, MAP_INTERVAL_MS, parent=self)
        # The maps' forward pass is computed by the session's renderer, off this thread while playing.
        self._maps_product = ("neuron maps", id(self))
        session.renderer.want(self._maps_product, _neuron_maps)
        session.renderer.rendered.connect(self._on_rendered)
        self._maps_drawn = -1  # the version of the snapshot whose maps are shown
        session.structure_changed.connect(self._on_structure_changed)
        session.state_changed.connect(self._on_state_changed)
        session.selection_changed.connect(self._on_selection_changed)

        self.set_animation_speed(1.0)
        self._retranslate()
        self._rebuild(session.snapshot)

    # ------------------------------------------------------------------ public (main window, tests)
    def step_iteration_animated(self) -> None:
        """One iteration phase by phase (forward 1..L, cost, backward L..1, update), each animated."""
        self.animator.step_iteration_animated()

    def stop_animation(self) -> None:
        """Stop the animated step after the current phase (the iteration stays half done)."""
        self.animator.stop()

    @property
    def animating(self) -> bool:
        return self.animator.animating

    def set_animation_speed(self, factor: float) -> None:
        """1 normal, 0.4 slow, 2.5 fast, 0 off (all phases at once, each still visited)."""
        self.animator.set_speed(factor)
        index = self.speed_combo.findData(float(factor))
        if index >= 0 and index != self.speed_combo.currentIndex():
            blocker = QSignalBlocker(self.speed_combo)
            self.speed_combo.setCurrentIndex(index)
            blocker.unblock()

    def redraw_now(self) -> None:
        """Restyle everything from the latest snapshot (cancels pending throttled redraws)."""
        self.redraw_edges()
        self.redraw_maps()

    def _current(self) -> Snapshot:
        """The latest snapshot, the items rebuilt first if its structure is new to them."""
        snapshot = self._session.snapshot
        if snapshot.structure_version != self._structure_version:
            self._on_structure_changed(snapshot)
        return snapshot

    def redraw_edges(self) -> None:
        """Edge pens, bias texts and the selected example's values."""
        self._edge_throttle.cancel()
        snapshot = self._current()
        if self.items is None:
            return
        self.items.style_edges(snapshot.parameters, skip=self.animator.animating_update_layer())
        self.items.set_selected(snapshot.selection.neuron)
        i = snapshot.selection.example
        self.items.set_example(None if i is None else snapshot.example_values(i)[1])

    def redraw_maps(self) -> None:
        """Each neuron's small map of its output over the input plane."""
        self._map_throttle.cancel()
        snapshot = self._current()
        if self.items is None:
            return
        maps = self._session.rendered(self._maps_product)
        if maps is not None:
            self._show_maps(snapshot, maps)
            return
        newest = self._session.renderer.newest(self._maps_product)  # playing: the newest the renderer has
        if newest is not None and newest[0].structure_version == self._structure_version \
                and newest[0].version > self._maps_drawn:
            self._show_maps(*newest)

    def _on_rendered(self, _snapshot: Snapshot) -> None:
        self._map_throttle.request()  # the maps redraw at their own pace (MAP_INTERVAL_MS), not per snapshot

    def _show_maps(self, snapshot: Snapshot, maps: list) -> None:
        self._maps_drawn = snapshot.version
        self.items.set_maps(maps)

    def node_count(self, layer: int) -> int:
        """How many neurons of layer ``layer`` are drawn."""
        return sum(1 for (l, _) in self.items.neurons if l == layer)

    def edge_count(self, layer: int | None = None) -> int:
        """Drawn edges of W[layer] (or of all layers)."""
        layers = self.items.edges.values() if layer is None else [self.items.edges[layer]]
        return sum(len(e.lines) for e in layers)

    def summary_text(self, layer: int) -> str:
        """The "⋮ k more" label of a summarised layer ("" if every neuron is drawn)."""
        label = self.items.summary_labels.get(layer)
        return "" if label is None else label.text()

    def edge_pen(self, l: int, j: int, k: int) -> QPen:
        layer = self.items.edges[l]
        index = [(int(r), int(c)) for r, c in zip(layer.rows, layer.cols)].index((j, k))
        return layer.lines[index].pen()

    def neuron_view_pos(self, l: int, unit: int) -> QPoint:
        """Where neuron a[l]_unit is on the canvas's viewport (for clicking it)."""
        return self.canvas.mapFromScene(self.items.neurons[(l, unit)].centre)

    def edge_view_pos(self, l: int, j: int, k: int) -> QPoint:
        return self.canvas.mapFromScene(self.items.edge_midpoint(l, j, k))

    def tooltip_at(self, pos: QPointF) -> str:
        """The hover text for scene point ``pos`` ("" over empty space)."""
        return self._tooltip_for(self._hit(pos))

    def edit_weight(self, l: int, j: int, k: int) -> bool:
        """Ask (through ``ask_weight``) for a new W[l][j, k] and give it to the session."""
        current = float(self._session.snapshot.parameters[f"W{l}"][j, k])
        prompt = self.tr("New value for %1 (now %2):").replace("%1", weight_name(l, j, k)).replace("%2", fmt(current))
        value, ok = self.ask_weight(prompt, current)
        return bool(ok) and self._session.set_weight(f"W{l}", j, k, value)

    def edit_bias(self, l: int, unit: int) -> bool:
        current = float(self._session.snapshot.parameters[f"b{l}"][unit, 0])
        name = f"b[{l}]{sub(unit + 1)}"
        prompt = self.tr("New value for %1 (now %2):").replace("%1", name).replace("%2", fmt(current))
        value, ok = self.ask_weight(prompt, current)
        return bool(ok) and self._session.set_weight(f"b{l}", unit, 0, value)

    # ------------------------------------------------------------------ building
    @staticmethod
    def _architecture_key(snapshot: Snapshot) -> tuple:
        hp = snapshot.hyperparameters
        return (tuple(snapshot.layer_dims), tuple(snapshot.activations), tuple(hp.features))

    def _rebuild(self, snapshot: Snapshot) -> None:
        self._structure_version = snapshot.structure_version
        self._architecture = self._architecture_key(snapshot)
        self._hovered = None
        self.items = self.canvas.items = None  # the animator must not touch items that are being deleted
        self.scene.clear()
        text = self.palette().color(QPalette.ColorRole.Text)
        labels = [feature_label(name) for name in snapshot.hyperparameters.features]
        self.items = DiagramItems(self.scene, snapshot.layer_dims, snapshot.activations, labels, text, self.font())
        zoom_texts(self.items, 1.0, 11.0)  # sizes of their own until the view fits them to its zoom
        self.canvas.items = self.items
        self.items.set_selected(snapshot.selection.neuron)
        self.canvas.setBackgroundBrush(self.palette().color(QPalette.ColorRole.Base))
        self.breadcrumb.set_depth(self.items.L)
        self.breadcrumb.set_phase(self.animator.current_phase)
        self.redraw_now()
        self.canvas.fit()

    def _on_structure_changed(self, snapshot: Snapshot) -> None:
        """New network, inputs or data: new items only if the architecture drawn changed."""
        if self._architecture_key(snapshot) != self._architecture:
            self._rebuild(snapshot)
        else:
            self._structure_version = snapshot.structure_version
            self._request_redraw()

    def _on_state_changed(self, snapshot: Snapshot) -> None:
        self._request_redraw()  # the redraws take the latest snapshot when they run
        # Phases are core's readable functions: no animated phases while the student's functions train.
        self.animate_button.setEnabled(snapshot.yours is None)

    def _request_redraw(self) -> None:
        self._edge_throttle.request()
        self._map_throttle.request()

    def _on_phase_shown(self, phase: tuple[str, int] | None) -> None:
        self.breadcrumb.set_phase(phase)

    def _on_selection_changed(self, snapshot: Snapshot) -> None:
        if self.items is not None:
            self.items.set_selected(snapshot.selection.neuron)  # the ring shows at once
        self._edge_throttle.request()  # the example's values written on the neurons change

    # ------------------------------------------------------------------ hover, click, double-click
    def _hit(self, pos: QPointF) -> tuple | None:
        if self.items is None:
            return None
        return self.items.hit(pos, HIT_PIXELS / max(self.canvas.scale_factor(), 1e-6))

    def _tooltip_for(self, hit: tuple | None) -> str:
        if hit is None:
            return ""
        snapshot = self._session.snapshot
        if hit[0] == "edge":
            return edge_tooltip(snapshot, *hit[1:])
        return neuron_tooltip(snapshot, *hit[1:])

    def _on_hovered(self, pos: QPointF, global_pos: QPoint) -> None:
        hit = self._hit(pos)
        if hit == self._hovered:
            return
        self._hovered = hit
        self.canvas.viewport().setCursor(Qt.CursorShape.PointingHandCursor if hit else Qt.CursorShape.ArrowCursor)
        text = self._tooltip_for(hit)
        if text:
            QToolTip.showText(global_pos, text, self.canvas.viewport())
        else:
            QToolTip.hideText()

    def _on_left(self) -> None:
        self._hovered = None  # coming back onto the same neuron shows its tooltip again
        QToolTip.hideText()

    def _on_clicked(self, pos: QPointF) -> None:
        hit = self._hit(pos)
        selection = self._session.selection
        if hit is None:
            selection.select_neuron(None)
        elif hit[0] == "neuron":
            neuron = (hit[1], hit[2])
            if self._session.snapshot.selection.neuron == neuron:  # a second click lets go (back to ŷ)
                selection.select_neuron(None)
            else:
                selection.select_neuron(*neuron)

    def _on_double_clicked(self, pos: QPointF) -> None:
        hit = self._hit(pos)
        if hit is not None and hit[0] == "edge":
            self.edit_weight(*hit[1:])
        elif hit is not None and hit[1] > 0:
            self.edit_bias(hit[1], hit[2])

    def _ask_number(self, prompt: str, current: float) -> tuple[float, bool]:
        value, ok = QInputDialog.getDouble(self, self.tr("Type a parameter"), prompt, current, -1e6, 1e6, 4)
        return float(value), bool(ok)

    # ------------------------------------------------------------------ look and language
    def _on_speed_picked(self, index: int) -> None:
        self.animator.set_speed(float(self.speed_combo.itemData(index)))

    def _retranslate(self) -> None:
        self._speed_label.setText(self.tr("Animation:"))
        names = {"off": self.tr("off"), "slow": self.tr("slow"), "normal": self.tr("normal"), "fast": self.tr("fast")}
        for i, (key, _) in enumerate(SPEED_CHOICES):
            self.speed_combo.setItemText(i, names[key])
        tip = self.tr("How fast each phase of an animated step is shown; off runs all phases at once.")
        self._speed_label.setToolTip(tip)
        self.speed_combo.setToolTip(tip)
        self.animate_button.setText(self.tr("▶ Animate"))
        self.animate_button.setToolTip(self.tr(
            "Take one iteration of gradient descent phase by phase: forward propagation layer by layer, "
            "the cost J, backward propagation from the output back, then the update of W and b."))
        self.stop_button.setText(self.tr("■"))
        self.stop_button.setToolTip(self.tr("Stop the animated step after this phase; Step phase goes on from here."))
        self.breadcrumb.retranslate()


    def changeEvent(self, event: QEvent) -> None:
        kind = event.type()
        if self.items is None:
            pass  # still being built
        elif kind == QEvent.Type.LanguageChange:
            self._retranslate()
            self._rebuild(self._session.snapshot)
        elif kind in (QEvent.Type.PaletteChange, QEvent.Type.FontChange):
            self._rebuild(self._session.snapshot)
        super().changeEvent(event)


if __name__ == "__main__":  # python -m backprop_studio.gui.views.diagram.view [dataset]
    import sys

    from ..preview import run_preview

    sys.exit(run_preview(NetworkDiagramView, "NetworkDiagramView preview", size=(900, 600)))

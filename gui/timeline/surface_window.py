"""The cost surface window (View → Cost surface): J over two parameters, every other one held where it is.

Choose the two parameters in the combo boxes (every entry of every W[l] and b[l]), or
press "Pick in the diagram" and click two edges (weights) or neurons (their biases) in
the network diagram. The window draws J over a grid around their values in the snapshot
shown (the present, or the past iteration the timeline shows), with the path the two
took during training and the current point (gui/timeline/surface_plot.py).

The grid is core's (core.teaching.cost_surface.compute), computed on a helper thread
(``Latest``) — a forward pass of the whole training set per grid point. It is computed
again on demand (Recompute), when the choice changes, and by itself when the other
parameters have moved far since (``CostSurface.is_stale``): the picture is only J's
slice while the others stay where they were. In between, the star follows the two
parameters as training (or the timeline) moves them.
"""

from __future__ import annotations

from typing import Sequence

import numpy as np
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (QComboBox, QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget)

from ...core.session import Snapshot
from ...core.teaching import cost_surface
from ...core.teaching.cost_surface import CostSurface
from ..model.session import TrainingSession
from ..support.throttle import Throttle
from ..views.cost_format import format_cost
from ..views.diagram.view import HIT_PIXELS
from .background import Latest
from .parameters import ParameterKey, default_pair, parameter_keys, parameter_name, value_of
from .surface_plot import SurfacePlot

#: Grid points per side (odd: the middle is the current point exactly).
RESOLUTION = cost_surface.DEFAULT_RESOLUTION
#: How often the window looks at the latest snapshot while training (staleness, the star).
CHECK_INTERVAL_MS = 250


def _tr(text: str) -> str:
    return QCoreApplication.translate("CostSurfaceWindow", text)


class FrozenPath:
    """The two parameters' values at the timeline's kept states, read under the model's lock: what
    ``cost_surface.compute`` asks a timeline for (``parameter_path``), without the timeline."""

    def __init__(self, iterations: np.ndarray, values: np.ndarray) -> None:
        self._path = (iterations, values)

    def parameter_path(self, _keys: Sequence[ParameterKey]) -> tuple[np.ndarray, np.ndarray]:
        return self._path


def surface_job(session: TrainingSession, snapshot: Snapshot, p1: ParameterKey, p2: ParameterKey,
                resolution: int = RESOLUTION):
    """The work for the helper thread: the path under the model's lock, then core's grid (no lock)."""
    def job() -> CostSurface:
        with session.lock:
            timeline = session.model.run.timeline
            path = None
            if list(timeline.layer_dims) == list(snapshot.layer_dims):
                path = FrozenPath(*cost_surface.path(timeline, p1, p2))
        return cost_surface.compute(snapshot, p1, p2, resolution, timeline=path)
    return job


class CostSurfaceWindow(QWidget):
    """A tool window; ``action`` (in the View menu) shows it."""

    def __init__(self, session: TrainingSession, diagram=None, parent: QWidget | None = None) -> None:  # noqa: ANN001
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("cost_surface_window")
        self._session = session
        self._diagram = diagram
        self._structure: int | None = None
        self._keys: list[ParameterKey] = []
        self._picking: list[ParameterKey] | None = None  # the clicks so far while picking in the diagram
        self._requested: tuple | None = None  # (structure, p1, p2, version shown) of the surface asked for
        self.surface: CostSurface | None = None
        self.action = QAction(parent)
        self.action.triggered.connect(self.open)
        self.combo1, self.combo2 = QComboBox(self), QComboBox(self)
        self.label1, self.label2 = QLabel(self), QLabel(self)
        self.pick_button = QPushButton(self)
        self.pick_button.setCheckable(True)
        self.recompute_button = QPushButton(self)
        self.status_label = QLabel(self)
        self.status_label.setWordWrap(True)
        self.plot = SurfacePlot(self)
        controls = QGridLayout()
        controls.addWidget(self.label1, 0, 0)
        controls.addWidget(self.combo1, 0, 1)
        controls.addWidget(self.pick_button, 0, 2)
        controls.addWidget(self.label2, 1, 0)
        controls.addWidget(self.combo2, 1, 1)
        controls.addWidget(self.recompute_button, 1, 2)
        controls.setColumnStretch(1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(controls)
        layout.addWidget(self.status_label)
        layout.addWidget(self.plot, 1)

        self._helper = Latest("cost surface", self)
        self._helper.done.connect(self._on_done)
        self._helper.failed.connect(self._on_failed)
        self._throttle = Throttle(self._check, CHECK_INTERVAL_MS, self)
        self.combo1.activated.connect(lambda _i: self.recompute())
        self.combo2.activated.connect(lambda _i: self.recompute())
        self.recompute_button.clicked.connect(self.recompute)
        self.pick_button.toggled.connect(self._on_pick_toggled)
        session.state_changed.connect(lambda _s: self._throttle.request())
        session.structure_changed.connect(lambda _s: self._throttle.request())
        if diagram is not None:
            diagram.canvas.clicked.connect(self._on_diagram_clicked)
        self.resize(760, 640)
        self.retranslate()

    # ------------------------------------------------------------------ public (menu, tests)
    def open(self) -> None:
        """Show the window and draw the surface of the snapshot shown."""
        self._fill(self._session.snapshot)
        self.show()
        self.raise_()
        self.activateWindow()
        if self.surface is None or self.surface_stale():
            self.recompute()

    def choose(self, p1: ParameterKey, p2: ParameterKey) -> None:
        """Make (p1, p2) the axes (as choosing them in the combo boxes does) and compute."""
        self._fill(self._session.snapshot)
        for combo, key in ((self.combo1, p1), (self.combo2, p2)):
            combo.setCurrentIndex(self._keys.index(tuple(key)))
        self.recompute()

    def chosen(self) -> tuple[ParameterKey, ParameterKey]:
        return self._keys[self.combo1.currentIndex()], self._keys[self.combo2.currentIndex()]

    @property
    def computing(self) -> bool:
        return self._requested is not None

    def recompute(self) -> None:
        """Compute the surface of the snapshot shown, off the window's thread (the newest request only)."""
        snapshot = self._session.snapshot
        self._fill(snapshot)
        p1, p2 = self.chosen()
        if p1 == p2:
            self._requested = None
            self.status_label.setText(_tr("Choose two different parameters."))
            return
        self._requested = (snapshot.structure_version, p1, p2, snapshot.version)
        self._helper.request(surface_job(self._session, snapshot, p1, p2))
        self.status_label.setText(_tr("Computing J over a %1 × %1 grid (a forward pass per point)…")
                                  .replace("%1", str(RESOLUTION)))

    def surface_stale(self) -> bool:
        """True when the surface drawn is not J's slice for the snapshot shown any more (see is_stale)."""
        snapshot, surface = self._session.snapshot, self.surface
        if surface is None:
            return True
        if sorted(surface.others) != sorted(snapshot.parameters) or any(
                surface.others[k].shape != snapshot.parameters[k].shape for k in surface.others):
            return True
        x, y = value_of(snapshot, surface.p1), value_of(snapshot, surface.p2)
        outside = not (surface.values1[0] <= x <= surface.values1[-1] and surface.values2[0] <= y <= surface.values2[-1])
        return outside or surface.is_stale(snapshot.parameters)

    # ------------------------------------------------------------------ texts
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "plot"):
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(_tr("Cost surface — J over two parameters"))
        self.action.setText(_tr("Cost &surface…"))
        self.action.setToolTip(_tr("J as a landscape over two weights or biases, with the path gradient descent "
                                   "took"))
        self.label1.setText(_tr("Across (→):"))
        self.label2.setText(_tr("Up (↑):"))
        tip = _tr("A weight W[l]ⱼ,ₖ (from unit k of layer l−1 into unit j of layer l) or a bias b[l]ⱼ. The surface "
                  "shows J as this parameter changes, every other parameter held where it is now.")
        for widget in (self.combo1, self.combo2, self.label1, self.label2):
            widget.setToolTip(tip)
        self.pick_button.setText(_tr("Pick in the diagram"))
        self.pick_button.setToolTip(_tr("Then click two edges (weights W) or two neurons (their biases b) in the "
                                        "network diagram: the first goes across, the second up."))
        self.recompute_button.setText(_tr("Recompute"))
        self.recompute_button.setToolTip(_tr(
            "Compute J again around the parameters now. The picture is J with every other parameter fixed: once "
            "they have moved far, it is recomputed by itself."))
        self.plot.setToolTip(_tr(
            "Colour: the cost J (dark = low). Lines: equal J (contours). White: the path the two parameters "
            "took, one dot per kept iteration, from the ring to the star (now) — walked while the other parameters "
            "moved too, so only its end lies exactly on this surface. Gradient descent steps across the "
            "contours, downhill; with too large an α it jumps across the valley and back."))
        self._describe()

    # ------------------------------------------------------------------ internals
    def _fill(self, snapshot: Snapshot) -> None:
        """The combo boxes list this network's parameters (refilled when the network changed)."""
        if snapshot.structure_version == self._structure and self._keys:
            return
        keys = parameter_keys(snapshot)
        old = None if not self._keys else self.chosen()
        self._structure, self._keys = snapshot.structure_version, keys
        pair = old if old is not None and all(k in keys for k in old) else default_pair(snapshot)
        for combo, key in ((self.combo1, pair[0]), (self.combo2, pair[1])):
            blocked = combo.blockSignals(True)
            combo.clear()
            combo.addItems([parameter_name(k) for k in keys])
            combo.setCurrentIndex(keys.index(key))
            combo.blockSignals(blocked)

    def _check(self) -> None:
        """The snapshot shown changed: move the star; recompute if the others moved far (or the network changed)."""
        if not self.isVisible():
            return
        snapshot = self._session.snapshot
        if snapshot.structure_version != self._structure:
            self._fill(snapshot)
            self.plot.clear()
            self.surface = None
            self.recompute()
            return
        if self.surface is not None:
            self.plot.show_point(value_of(snapshot, self.surface.p1), value_of(snapshot, self.surface.p2))
        if not self.computing and self.surface is not None and self.surface_stale():
            self.recompute()
        self._describe()

    def _on_done(self, request: int, surface: object) -> None:
        if request != self._helper.last_id:
            return
        self._requested = None
        self.surface = surface
        p1, p2 = surface.p1, surface.p2
        self.plot.set_titles(parameter_name(p1), parameter_name(p2))
        self.plot.show_surface(surface)
        snapshot = self._session.snapshot
        if snapshot.structure_version == self._structure:
            self.plot.show_point(value_of(snapshot, p1), value_of(snapshot, p2))
        self._describe()
        if self.isVisible() and self.surface_stale():  # the run moved on far while computing
            self._throttle.request()

    def _on_failed(self, request: int, error: object) -> None:
        if request != self._helper.last_id:
            return
        self._requested = None
        self.status_label.setText(_tr("The surface could not be computed: %1").replace("%1", str(error)))

    def _describe(self) -> None:
        if self.computing:
            return
        surface = self.surface
        if surface is None:
            self.status_label.setText(_tr("Choose two parameters, then Recompute."))
            return
        text = (_tr("J around iteration %1 (J = %2 at the star), every other parameter fixed; the path: "
                    "iterations %3 → %1.").replace("%1", f"{surface.iteration:,}")
                .replace("%2", format_cost(surface.J_center))
                .replace("%3", f"{int(surface.path_iterations[0]):,}"))
        if self._picking is not None:
            text = _tr("Click an edge or a neuron in the diagram (%1 of 2).").replace("%1", str(len(self._picking) + 1))
        self.status_label.setText(text)

    def _on_pick_toggled(self, on: bool) -> None:
        self._picking = [] if on else None
        self._describe()

    def _on_diagram_clicked(self, pos) -> None:  # noqa: ANN001 - a scene position
        if self._picking is None or self._diagram is None or self._diagram.items is None:
            return
        hit = self._diagram.items.hit(pos, HIT_PIXELS / max(self._diagram.canvas.scale_factor(), 1e-6))
        if hit is None or (hit[0] == "neuron" and hit[1] == 0):  # an input has no bias
            return
        key = (f"W{hit[1]}", hit[2], hit[3]) if hit[0] == "edge" else (f"b{hit[1]}", hit[2], 0)
        self._picking.append(key)
        if len(self._picking) == 2:
            first, second = self._picking
            self.pick_button.setChecked(False)  # ends picking
            if first != second:
                self.choose(first, second)
            return
        self._describe()

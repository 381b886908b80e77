"""YourMatrices: the inspector's page while the run trains with the student's functions.

Phases are core's readable functions, so they are not stepped then (Step takes whole
iterations through the student's process). Instead the inspector shows what their
functions produced in the last iteration, from the snapshot the other views draw:
dW[l], db[l] as their backward function returned them and W[l], b[l] after their
update (core's where they have not written the function: the sentence above says whose).
The side-by-side, phase by phase, is in Your code → Train with my functions.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ...core.session import Snapshot
from ...core.student.training import FUNCTIONS, course_mode
from ..model.session import TrainingSession
from ..support.throttle import Throttle
from ..views.flow_layout import FlowLayout
from .matrix_table import MatrixTable

#: While playing, the tables are refreshed at most this often.
REFRESH_MS = 250


class YourMatrices(QWidget):
    """W[l], b[l], dW[l], db[l] of the snapshot, per layer, while ``snapshot.yours``; hidden otherwise.
    ``replaces`` are hidden while it shows (the inspector's phase-stepping hint)."""

    def __init__(self, session: TrainingSession, parent: QWidget | None = None,
                 replaces: tuple[QWidget, ...] = ()) -> None:
        super().__init__(parent)
        self.setObjectName("your_matrices")
        self._session = session
        self._replaces = replaces
        self._cards: dict[str, MatrixTable] = {}
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.area = QWidget(self)
        self._flow = FlowLayout(self.area, spacing=14, line_spacing=8)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.area)
        self._active = False  # shown in place of ``replaces`` (the run trains with the student's functions)
        self._filled: int | None = None  # the version of the snapshot the tables show
        # While playing, at most a few times a second, and only while it can be seen (showEvent catches up).
        self._throttle = Throttle(self._on_changed, REFRESH_MS, self)
        session.state_changed.connect(lambda _snapshot: self._throttle.request())
        session.structure_changed.connect(lambda _snapshot: self.refresh())
        self.hide()

    def keys(self) -> list[str]:
        """The matrices shown, in order ("dW1", "db1", "W1", "b1", ...)."""
        return [key for key, card in self._cards.items() if card.isVisible()]

    def matrix(self, key: str) -> MatrixTable:
        return self._cards[key]

    def refresh(self) -> None:
        """Show (or hide) the page for the latest snapshot and fill its tables."""
        snapshot: Snapshot = self._session.snapshot
        active = snapshot.yours is not None
        if active != self._active:
            self._active = active
            for widget in self._replaces:
                widget.setVisible(not active)
            self.setVisible(active)
        if active:
            self._fill(snapshot)

    def _on_changed(self) -> None:
        if (self._session.snapshot.yours is not None) != self._active or (self._active and self.isVisible()):
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._active:
            self._fill(self._session.snapshot)  # it was not filled while it could not be seen

    def _fill(self, snapshot: Snapshot) -> None:
        if snapshot.version == self._filled:
            return
        self._filled = snapshot.version
        yours = snapshot.yours
        names = FUNCTIONS[course_mode(snapshot.activations)]
        who = dict(yours.roles)
        backward = names["backward"] if who["backward"] == "student" else self.tr("core's %1").replace(
            "%1", names["backward"])
        update = names["update"] if who["update"] == "student" else self.tr("core's %1").replace("%1", names["update"])
        self.heading.setText(self.tr(
            "Iteration %1 with your functions: dW[l], db[l] as %2 returned them, W[l], b[l] after %3. Step (→) "
            "takes whole iterations; Your code → Train with my functions shows your matrices next to core's, "
            "phase by phase.").replace("%1", f"{snapshot.iteration:,}").replace("%2", backward).replace("%3", update))
        arrays = {}
        for l in range(1, snapshot.L + 1):
            for key, source in ((f"dW{l}", snapshot.gradients), (f"db{l}", snapshot.gradients),
                                (f"W{l}", snapshot.parameters), (f"b{l}", snapshot.parameters)):
                arrays[key] = source[key]
        scale = max((float(np.max(np.abs(a))) for a in arrays.values() if a.size and np.all(np.isfinite(a))),
                    default=1.0) or 1.0
        while self._flow.count():
            self._flow.takeAt(0)
        for card in self._cards.values():
            card.hide()
        for key, array in arrays.items():
            card = self._cards.get(key)
            if card is None:
                card = self._cards[key] = MatrixTable(self.area)
            name = key.rstrip("0123456789")
            card.set_matrix(f"{name}[{key[len(name):]}]", array, color_scale=scale)  # "dW[1]"
            self._flow.addWidget(card)
            card.show()
        self._cards = {**{key: self._cards[key] for key in arrays},
                       **{key: card for key, card in self._cards.items() if key not in arrays}}

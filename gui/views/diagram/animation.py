"""The phases of one iteration, animated on the network diagram, and the animated stepper.

It follows the latest snapshot's ``phase`` (the last PhaseEvent, from the stepper
here or from "Step phase"; None once a whole iteration was taken at once, or
after a change): each new event is drawn from scratch from the event alone, so
skipping or repeating phases always leaves a true picture, and None puts the
diagram back at rest:

* forward l — layer l's neurons light up in green (earlier layers stay dimly lit);
* cost — the output rings in amber and J is written beside it;
* backward l — the edges of W[l] glow magenta, thicker where |dW[l]| is larger, with
  dashes running right to left (the gradient flows back); layer l's neurons ring
  magenta (dZ[l]); layers already done keep a dim glow;
* update l — W[l]'s edges move from W_before to W_after (width and colour) while
  their gradient glow fades out.

``step_iteration_animated`` runs one iteration phase by phase with a single-shot
QTimer chain (never a loop that blocks the UI); Pause, Play, another Step, an
edited weight or a new network cancel it cleanly (their snapshots carry no phase).
Playing never animates phases.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from PySide6.QtCore import QEasingCurve, QObject, QTimer, QVariantAnimation, Signal

from ....core.session import Snapshot
from ....core.training.phases import PhaseEvent
from ...model.session import TrainingSession
from .items import DiagramItems
from .style import BACKWARD_COLOR, COST_COLOR, FORWARD_COLOR, GLOW_WIDTH, fmt

Array = np.ndarray

#: One phase lasts BASE_PHASE_MS / speed milliseconds (speed 0: no animation at all).
BASE_PHASE_MS = 700
#: The speeds offered by the view's control (factor of BASE_PHASE_MS's pace).
SPEED_CHOICES = (("off", 0.0), ("slow", 0.4), ("normal", 1.0), ("fast", 2.5))
DIM = 0.4  # opacity of what earlier phases left lit
DASH_TRAVEL = 9.0  # how far the backward dashes run during one phase (in dash-pattern units)


class PhaseAnimator(QObject):
    """Draws phase events on the items ``items()`` returns; runs the animated iteration stepper."""

    phase_shown = Signal(object)  # (kind, layer) now on the diagram, or None at rest
    animating_changed = Signal(bool)  # the stepper's timer chain started / ended

    def __init__(self, session: TrainingSession, items: Callable[[], DiagramItems | None],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._items = items
        self.speed = 1.0
        self._event: PhaseEvent | None = None  # the phase on the diagram
        self._seen: PhaseEvent | None = session.snapshot.phase  # the last snapshot's phase (drawn or not)
        self._dW: dict[int, Array] = {}  # dW[l] of the backward phases done this iteration
        self._chain = False
        self._anim = QVariantAnimation(self)
        self._anim.setStartValue(0.0)
        self._anim.setEndValue(1.0)
        self._anim.setEasingCurve(QEasingCurve.Type.InOutSine)
        self._anim.valueChanged.connect(self._on_frame)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._advance)
        session.state_changed.connect(self._on_state_changed)
        session.running_changed.connect(self._on_running_changed)

    # ------------------------------------------------------------------ public
    @property
    def duration_ms(self) -> int:
        return 0 if self.speed <= 0 else max(1, int(round(BASE_PHASE_MS / self.speed)))

    @property
    def animating(self) -> bool:
        """True while the stepper's chain is under way."""
        return self._chain

    @property
    def current_phase(self) -> tuple[str, int] | None:
        return None if self._event is None else (self._event.kind, self._event.layer)

    def set_speed(self, factor: float) -> None:
        """Phase pace: 1 normal, 2 twice as fast, 0 off (every phase still visited, without delays)."""
        self.speed = max(0.0, float(factor))
        self._anim.setDuration(max(1, self.duration_ms))
        if self.speed == 0 and self._chain:
            self._timer.stop()
            self._advance()

    def step_iteration_animated(self) -> None:
        """Run the rest of the current iteration (or a new one) phase by phase, animated.

        Pressed again while it runs, the iteration is finished at once.
        """
        if self._chain:
            self.finish_now()
            return
        self._chain = True
        self.animating_changed.emit(True)
        self._advance()

    def finish_now(self) -> None:
        """Do the remaining phases of this iteration without waiting."""
        self._timer.stop()
        while self._chain and self._step_one():
            pass

    def stop(self) -> None:
        """Pause the stepper where it is: the iteration stays half done ("Step phase" continues it)."""
        self._timer.stop()
        if self._chain:
            self._chain = False
            self.animating_changed.emit(False)

    def cancel(self, *_args: object) -> None:
        """Stop the stepper and forget the phase picture (the state it showed is gone)."""
        self.stop()
        self._anim.stop()
        self._event = None
        self._dW.clear()
        items = self._items()
        if items is not None:
            items.clear_glows()
        self.phase_shown.emit(None)

    def animating_update_layer(self) -> int | None:
        """l while W[l]'s edges are being moved by an update animation (the view leaves them alone)."""
        if self._event is None or self._event.kind != "update":
            return None
        return self._event.layer if self._anim.state() == QVariantAnimation.State.Running else None

    # ------------------------------------------------------------------ the chain
    def _advance(self) -> None:
        if not self._chain:
            return
        if self.duration_ms == 0:
            self.finish_now()
        elif self._step_one():
            self._timer.start(self.duration_ms)

    def _step_one(self) -> bool:
        """One phase; False (and the chain ends) when the iteration is over or could not go on."""
        event = self._session.step_phase()
        if event is None:  # diverged: the session reported it and dropped the half-done iteration
            self.cancel()
            return False
        if not self._session.snapshot.in_iteration:
            self.stop()
            return False
        return True

    # ------------------------------------------------------------------ session signals
    def _on_state_changed(self, snapshot: Snapshot) -> None:
        event = snapshot.phase
        if event is self._seen:
            return  # the same phase (a selection, a lesson tick ...): the picture stays
        self._seen = event
        if event is None:
            self.cancel()  # a whole Step, Play, an edit or a new run: no phase to show
            return
        if event.kind == "forward" and event.layer == 1:
            self._dW.clear()
        elif event.kind == "backward":
            self._dW[event.layer] = event.tensors["dW"]
        self._show(event)

    def _on_running_changed(self, running: bool) -> None:
        if running:
            self.cancel()

    # ------------------------------------------------------------------ drawing
    def _show(self, event: PhaseEvent) -> None:
        self._anim.stop()
        if self._event is not None and self._event.kind == "update":
            self._draw_frame(self._event, 1.0)  # an interrupted update still ends at W_after
        self._event = event
        items = self._items()
        if items is None:
            return
        self._draw_static(items, event)
        self.phase_shown.emit((event.kind, event.layer))
        if self.duration_ms == 0:
            self._draw_frame(event, 1.0)
        else:
            self._anim.setDuration(self.duration_ms)
            self._draw_frame(event, 0.0)
            self._anim.start()

    def _on_frame(self, value: object) -> None:
        if self._event is not None:
            self._draw_frame(self._event, float(value))

    def _draw_static(self, items: DiagramItems, event: PhaseEvent) -> None:
        """What earlier phases of this iteration left on the diagram."""
        items.clear_glows()
        kind, l, L = event.kind, event.layer, items.L
        if kind == "forward":
            for m in range(l):
                items.glow_layer(m, FORWARD_COLOR, DIM)
        elif kind == "cost":
            for m in range(L):
                items.glow_layer(m, FORWARD_COLOR, DIM)
            if event.cost is not None:
                items.show_cost(f"J = {fmt(event.cost)}")
        elif kind == "backward":
            items.glow_layer(L, COST_COLOR, DIM)
            for m in range(l + 1, L + 1):
                self._glow_gradient(items, m, DIM)
        elif kind == "update":
            for m in range(l + 1, L + 1):
                self._glow_gradient(items, m, DIM)

    def _glow_gradient(self, items: DiagramItems, m: int, opacity: float) -> None:
        if m in self._dW:
            items.glow_edges(m, self._dW[m], opacity)
            items.glow_layer(m, BACKWARD_COLOR, opacity)

    def _draw_frame(self, event: PhaseEvent, t: float) -> None:
        """The phase's own movement at progress t in [0, 1]."""
        items = self._items()
        if items is None or event.layer not in range(items.L + 1):
            return
        rise = min(1.0, 0.25 + 1.5 * t)  # light up quickly, then hold
        width = GLOW_WIDTH * (2.0 - t)  # the ring starts wide and settles
        kind, l = event.kind, event.layer
        if kind == "forward":
            items.glow_layer(l, FORWARD_COLOR, rise, width)
        elif kind == "cost":
            items.glow_layer(l, COST_COLOR, rise, width + 1)
        elif kind == "backward":
            items.glow_edges(l, event.tensors["dW"], rise, DASH_TRAVEL * t)
            items.glow_layer(l, BACKWARD_COLOR, rise, width)
        elif kind == "update":
            before, after = event.tensors["W_before"], event.tensors["W_after"]
            items.style_layer_edges(l, before + t * (after - before) if t < 1.0 else after)
            if t < 1.0:
                items.glow_edges(l, event.tensors["dW"], DIM * (1.0 - t))
            else:
                items.glow_edges(l, None)

"""The timeline bar under the views: scrub any past iteration of the run, go back to the present, branch.

    ◀ ───────────●───────────────── ▶  [ 1,234 ]  Past: iteration 1,234 of 5,000   [Present] [Branch from here…]

Moving the slider (or typing an iteration, or Alt+Left / Alt+Right, End for the present)
shows that iteration in every view: the session (gui/model/session.py) hands the views
the snapshot of that iteration, bit for bit the parameters a fresh run stopped there
would have (core.session.timeline re-trains from its nearest kept state). Re-training
may take a moment, so the snapshot is computed on a helper thread (``Latest``), the
newest position only. While Play runs the bar follows the present and cannot be moved;
Play and Step always go on from the present. "Branch from here" asks first, then trains
on from the iteration shown (what came after it is dropped).
"""

from __future__ import annotations

import math
from typing import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMessageBox, QPushButton, QSlider, QSpinBox, QWidget

from ...core.errors import BackpropStudioError
from ...core.session import Snapshot
from ..model.session import TrainingSession
from ..support.messages import format_message
from .background import Latest

#: Keys that move through the timeline (none is used elsewhere in the window: see gui/window/toolbar.py).
BACK_KEY, FORWARD_KEY, PRESENT_KEY = "Alt+Left", "Alt+Right", "End"
#: A longer run's slider has this many positions, spread on a log scale (dense at the start, where the
#: boundary forms, like the timeline's kept states); a shorter one has one position per iteration.
SLIDER_STEPS = 1000
SLIDER_KEYS = (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_Home, Qt.Key.Key_End,
               Qt.Key.Key_PageUp, Qt.Key.Key_PageDown)


def _tr(text: str) -> str:
    return QCoreApplication.translate("TimelineBar", text)


class TimelineBar(QWidget):
    """Slider + iteration box + where we are + Present + Branch from here (see the module docstring)."""

    def __init__(self, session: TrainingSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timeline_bar")
        self._session = session
        self._first, self._present = 0, 0
        self._wanted: int | None = None  # the iteration asked for and not shown yet
        self._shown = 0  # the iteration of the last snapshot the views were handed (state_changed)
        #: Asks whether to branch (tests replace it): (iteration, dropped) → yes.
        self.confirm_branch: Callable[[int, int], bool] = self._ask_branch
        self.slider = QSlider(Qt.Orientation.Horizontal, self)
        self.slider.setObjectName("timeline_slider")
        self.spin = QSpinBox(self)
        self.spin.setObjectName("timeline_spin")
        self.spin.setKeyboardTracking(False)
        self.spin.setGroupSeparatorShown(True)
        self.where_label = QLabel(self)
        self.present_button = QPushButton(self)
        self.branch_button = QPushButton(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 2, 6, 2)
        self.title_label = QLabel(self)
        layout.addWidget(self.title_label)
        layout.addWidget(self.slider, 1)
        layout.addWidget(self.spin)
        layout.addWidget(self.where_label)
        layout.addWidget(self.present_button)
        layout.addWidget(self.branch_button)

        self.back_action, self.forward_action, self.present_action = QAction(self), QAction(self), QAction(self)
        for action, key in ((self.back_action, BACK_KEY), (self.forward_action, FORWARD_KEY),
                            (self.present_action, PRESENT_KEY)):
            action.setShortcut(QKeySequence(key))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            self.addAction(action)
        self.back_action.triggered.connect(lambda: self.go_to(self.shown_iteration() - 1))
        self.forward_action.triggered.connect(lambda: self.go_to(self.shown_iteration() + 1))
        self.present_action.triggered.connect(self.go_to_present)

        self._helper = Latest("timeline", self)
        self._helper.done.connect(self._on_done)
        self._helper.failed.connect(self._on_failed)
        self.slider.installEventFilter(self)  # its arrow keys move it (not the window's Step on →)
        self.slider.valueChanged.connect(self._on_slider)
        self.spin.valueChanged.connect(self._on_spin)
        self.present_button.clicked.connect(self.go_to_present)
        self.branch_button.clicked.connect(self.branch_here)
        session.state_changed.connect(self._on_state_changed)
        session.running_changed.connect(self._on_running)
        session.past_changed.connect(lambda _past: self._show_where())
        self.retranslate()
        self._on_state_changed(session.snapshot)

    # ------------------------------------------------------------------ public (the window, tests)
    def shown_iteration(self) -> int:
        """The iteration the views show (or were last asked to show)."""
        return self._wanted if self._wanted is not None else self._shown

    @property
    def computing(self) -> bool:
        """A past iteration is being computed (re-trained) for the views."""
        return self._wanted is not None

    def go_to(self, iteration: int, from_slider: bool = False) -> None:
        """Show ``iteration`` (clamped to the timeline) in every view; the present's shows the present."""
        if not self.isEnabled():
            return
        iteration = min(max(int(iteration), self._first), self._present)
        self._set_controls(iteration, slider=not from_slider)
        if iteration == self._present:
            self._wanted = None
            self._session.timeline.show_present()
            self._show_where()
            return
        self._wanted = iteration
        self._helper.request(lambda: self._session.timeline.past_snapshot(iteration))
        self._show_where()

    def go_to_present(self) -> None:
        self._wanted = None
        self._helper.request(lambda: None)  # drops a request not started yet
        self._session.timeline.show_present()
        self._on_state_changed(self._session.snapshot)

    def branch_here(self) -> bool:
        """Train on from the past iteration shown, once the student has agreed (the later ones are dropped)."""
        snapshot = self._session.snapshot
        if not self._session.timeline.viewing_past or self.computing:
            return False
        if not self.confirm_branch(snapshot.iteration, snapshot.present - snapshot.iteration):
            return False
        return self._session.timeline.branch_here()

    def close_helper(self) -> None:
        self._helper.close()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """With the slider focused, its own keys (arrows, Home, End, Page Up/Down) move it: the window's
        shortcuts on those keys (→ is Step) wait until the focus leaves it."""
        if watched is self.slider and event.type() == QEvent.Type.ShortcutOverride \
                and event.key() in SLIDER_KEYS and event.modifiers() in (Qt.KeyboardModifier.NoModifier,
                                                                       Qt.KeyboardModifier.KeypadModifier):
            event.accept()
            return True
        return super().eventFilter(watched, event)

    # ------------------------------------------------------------------ texts
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "branch_button"):
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.title_label.setText(_tr("Timeline"))
        self.present_button.setText(_tr("Present"))
        self.branch_button.setText(_tr("Branch from here…"))
        slider_tip = _tr(
            "The timeline of this run: drag it back to see the network as it was at any past iteration — the "
            "boundary, the weights W and biases b, the cost J and the activations all show that iteration, "
            "exactly as training left them. In a long run the scale is stretched at the start, where most is learned. "
            "Alt+Left / Alt+Right: one iteration back / forward; End: the present.")
        self.slider.setToolTip(slider_tip)
        self.title_label.setToolTip(slider_tip)
        self.spin.setToolTip(_tr("The iteration shown: type any past iteration of this run (0 is before the "
                                 "first gradient-descent step)."))
        self.present_button.setToolTip(_tr("Back to the present: the last iteration trained (End). Play and Step "
                                           "always go on from the present."))
        self.branch_button.setToolTip(_tr(
            "Train on from the iteration shown: the run goes back there and the iterations after it are dropped "
            "(try another α from the same point). Asks first."))
        self.back_action.setText(_tr("Timeline: one iteration back"))
        self.forward_action.setText(_tr("Timeline: one iteration forward"))
        self.present_action.setText(_tr("Timeline: back to the present"))
        self._show_where()

    def _show_where(self) -> None:
        shown = self.shown_iteration()
        if self._session.running:
            text = _tr("Playing: showing the present")
        elif shown < self._present:
            text = (_tr("Past: iteration %1 of %2").replace("%1", f"{shown:,}")
                    .replace("%2", f"{self._present:,}"))
        else:
            text = _tr("Present")
        self.where_label.setText(text)
        self.where_label.setToolTip(_tr("Computing that iteration (re-training from the nearest kept one)…")
                                    if self.computing else "")
        self._enable()

    # ------------------------------------------------------------------ internals
    def _enable(self) -> None:
        playing = self._session.running
        self.slider.setEnabled(not playing)
        self.spin.setEnabled(not playing)
        for action in (self.back_action, self.forward_action, self.present_action):
            action.setEnabled(not playing)
        past = self._session.timeline.viewing_past or self.computing
        self.present_button.setEnabled(not playing and past)
        self.branch_button.setEnabled(not playing and self._session.timeline.viewing_past and not self.computing)

    def _log_scale(self) -> bool:
        return self._present - self._first > SLIDER_STEPS

    def slider_iteration(self, position: int) -> int:
        """The iteration at slider ``position``."""
        if not self._log_scale():
            return position
        return self._first + round(math.expm1(position / SLIDER_STEPS * math.log1p(self._present - self._first)))

    def slider_position(self, iteration: int) -> int:
        if not self._log_scale():
            return iteration
        return round(SLIDER_STEPS * math.log1p(iteration - self._first) / math.log1p(self._present - self._first))

    def _set_controls(self, iteration: int, slider: bool = True) -> None:
        blocked = self.spin.blockSignals(True)
        self.spin.setRange(self._first, self._present)
        self.spin.setValue(iteration)
        self.spin.blockSignals(blocked)
        if slider:
            blocked = self.slider.blockSignals(True)
            if self._log_scale():
                self.slider.setRange(0, SLIDER_STEPS)
            else:
                self.slider.setRange(self._first, self._present)
            self.slider.setValue(self.slider_position(iteration))
            self.slider.blockSignals(blocked)

    def show_readout(self, snapshot: Snapshot) -> None:
        """While playing, the bar follows the window's numbers (the status bar's pace, ``shown``), so its
        iteration is the one the toolbar and the status bar say."""
        if self._session.running:
            self._show(snapshot)

    def _on_state_changed(self, snapshot: Snapshot) -> None:
        if not self._session.running:  # while playing: show_readout
            self._show(snapshot)

    def _show(self, snapshot: Snapshot) -> None:
        # Only the snapshot given is read: reading ``session.snapshot`` here, in the middle of Pause, would
        # make the session skip announcing its last state.
        self._shown = snapshot.iteration
        present = snapshot.iteration if snapshot.present is None else snapshot.present
        if snapshot.present is None and not self._session.running:  # (a past one leaves the range as it is)
            self._first, present = self._session.timeline.timeline_range()
        self._present = present
        if self._wanted is not None and self._wanted > present:
            self._wanted = None
        self._set_controls(self.shown_iteration())
        self._show_where()

    def _on_running(self, running: bool) -> None:
        """Enabled or not at once; when play stops, the range and the iteration it stopped at."""
        self._enable()
        if running:
            self.where_label.setText(_tr("Playing: showing the present"))
        else:
            self._refresh()

    def _refresh(self) -> None:
        self._on_state_changed(self._session.snapshot)

    def _on_slider(self, value: int) -> None:
        self.go_to(self.slider_iteration(value), from_slider=True)

    def _on_spin(self, value: int) -> None:
        self.go_to(value)

    def _on_done(self, request: int, result: object) -> None:
        if result is None or self._wanted is None:  # back to the present meanwhile
            return
        version, snapshot = result
        newest = request == self._helper.last_id  # older answers still show while the slider moves on
        if not self._session.timeline.show_past(version, snapshot) and newest and not self._session.running:
            self._helper.request(lambda k=snapshot.iteration: self._session.timeline.past_snapshot(k))  # the run changed
            return
        if newest:
            self._wanted = None
        self._show_where()

    def _on_failed(self, request: int, error: object) -> None:
        if request != self._helper.last_id:
            return
        self._wanted = None
        if isinstance(error, BackpropStudioError):
            self._session.problem_reported.emit(format_message(error))
        else:
            raise error  # the app's error hook shows it
        self._on_state_changed(self._session.snapshot)

    def _ask_branch(self, iteration: int, dropped: int) -> bool:
        answer = QMessageBox.question(
            self, _tr("Branch from here"),
            _tr("Train on from iteration %1?\n\nThe run goes back to iteration %1 and the %2 iterations after it "
                "are dropped (save the session first to keep them). Play then trains on from there.")
            .replace("%1", f"{iteration:,}").replace("%2", f"{dropped:,}"))
        return answer == QMessageBox.StandardButton.Yes

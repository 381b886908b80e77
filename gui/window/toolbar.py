"""The training controls: Play/Pause, Step, Reset, speed, the learning rate α and the iteration counter.

The actions live here once and are shared by the toolbar and the Training menu,
so a shortcut, a button and a menu entry can never disagree. The counter shows
the snapshot it is given (``show_snapshot``): the window hands it the one the
status bar shows, when it shows it, so the two always agree. α is here
as well as in the Network panel: it is the one number lessons change most, and
it stays at hand in presentation mode, where the panels are hidden.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import QComboBox, QLabel, QSizePolicy, QStyle, QToolBar, QToolButton, QWidget

from ...core.session import Snapshot
from ..model.session import TrainingSession
from ..model.worker import SPEEDS
from ..model.worker import AUTO, AUTO_ITERATIONS
from ..panels.network_panel import LEARNING_RATES
from ..widgets.number_combo import NumberCombo


class TrainingActions(QObject):
    """QActions bound to the session: play_pause (Space), step (→), step_phase (Shift+→),
    step_animated (Ctrl+→), reset (R). The two animated ones act on the network diagram."""

    def __init__(self, session: TrainingSession, parent: QWidget, diagram=None) -> None:
        super().__init__(parent)
        self._session = session
        self._diagram = diagram
        self._parent = parent
        style = parent.style()
        self.play_pause = QAction(parent)
        self.play_pause.setShortcut(QKeySequence(Qt.Key.Key_Space))
        self.play_pause.triggered.connect(self._on_play_pause)
        self._icons = (style.standardIcon(QStyle.StandardPixmap.SP_MediaPlay),
                       style.standardIcon(QStyle.StandardPixmap.SP_MediaPause))
        self.step = QAction(style.standardIcon(QStyle.StandardPixmap.SP_MediaSkipForward), "", parent)
        self.step.setShortcut(QKeySequence(Qt.Key.Key_Right))
        self.step.triggered.connect(session.step_iteration)
        self.step_phase = QAction(style.standardIcon(QStyle.StandardPixmap.SP_ArrowRight), "", parent)
        self.step_phase.setShortcut(QKeySequence("Shift+Right"))
        self.step_phase.triggered.connect(session.step_phase)
        self.step_animated = QAction(style.standardIcon(QStyle.StandardPixmap.SP_MediaSeekForward), "", parent)
        self.step_animated.setShortcut(QKeySequence("Ctrl+Right"))
        self.step_animated.triggered.connect(self._on_step_animated)
        self.reset = QAction(style.standardIcon(QStyle.StandardPixmap.SP_BrowserReload), "", parent)
        self.reset.setShortcut(QKeySequence(Qt.Key.Key_R))
        self.reset.triggered.connect(session.reset)
        for action in (self.play_pause, self.step, self.step_phase, self.step_animated, self.reset):
            # The window's shortcuts work whichever panel has focus (text fields still take their keys).
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            parent.addAction(action)
        session.running_changed.connect(self._on_running_changed)
        session.state_changed.connect(self._on_state_changed)
        self.retranslate()

    def event(self, event: QEvent) -> bool:
        # LanguageChange reaches this object from the window it belongs to (see gui/support/i18n.py).
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return super().event(event)

    def retranslate(self) -> None:
        """The actions' texts in the current language (at start and on LanguageChange)."""
        self.step.setText(self.tr("Step"))
        self.step.setToolTip(self.tr("Step one iteration (→): forward propagation, cost, backward propagation, update"))
        self.step_phase.setText(self.tr("Step phase"))
        self.step_phase.setToolTip(self.tr(
            "Step phase (Shift+→): one phase of the iteration — forward layer l, cost, backward layer l or update"))
        self.step_animated.setText(self.tr("Animate iteration"))
        self.step_animated.setToolTip(self.tr(
            "Animate one iteration (Ctrl+→): every phase in turn on the network diagram, forward then backward"))
        self.reset.setText(self.tr("Reset"))
        self.reset.setToolTip(self.tr("Reset (R): back to iteration 0 with new W and b drawn from the seed"))
        self._on_running_changed(self._session.running)

    def _on_play_pause(self) -> None:
        # Space pauses an animated iteration too (the session is not "running" then).
        if self._diagram is not None and self._diagram.animating:
            self._diagram.stop_animation()
        else:
            self._session.toggle_play()

    def _on_step_animated(self) -> None:
        if self._diagram is None:
            self._session.step_iteration()
        else:
            self._diagram.step_iteration_animated()

    def _on_state_changed(self, snapshot) -> None:
        """Phases run core's readable functions: not while the student's functions train the run."""
        core = snapshot.yours is None
        if self.step_phase.isEnabled() != core:
            self.step_phase.setEnabled(core)
            self.step_animated.setEnabled(core)

    def _on_running_changed(self, running: bool) -> None:
        self.play_pause.setIcon(self._icons[1 if running else 0])
        self.play_pause.setText(self.tr("Pause") if running else self.tr("Play"))
        self.play_pause.setToolTip(
            self.tr("Pause training (Space)") if running else self.tr("Play (Space): run gradient descent continuously")
        )


class TrainingToolbar(QToolBar):
    """Toolbar with the training actions, a speed picker and a large iteration counter."""

    def __init__(self, session: TrainingSession, actions: TrainingActions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("training_toolbar")
        self.setMovable(False)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self._session = session
        self.addAction(actions.play_pause)
        self.addAction(actions.step)
        self.addAction(actions.step_phase)
        self.addAction(actions.step_animated)
        self.addAction(actions.reset)
        self.addSeparator()
        self.speed_label = QLabel()
        self.addWidget(self.speed_label)
        self.speed_combo = QComboBox()
        self.speed_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for speed in SPEEDS:
            self.speed_combo.addItem("", speed)
        self.speed_combo.currentIndexChanged.connect(self._on_speed_picked)
        self.addWidget(self.speed_combo)
        self.addSeparator()
        self.alpha_label = QLabel()
        self.addWidget(self.alpha_label)
        self.alpha_combo = NumberCombo(LEARNING_RATES)
        self.alpha_combo.setObjectName("toolbar_alpha")
        self.alpha_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.alpha_combo.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.alpha_combo.value_entered.connect(session.set_learning_rate)
        self.alpha_combo.text_refused.connect(self._on_alpha_refused)
        self.addWidget(self.alpha_combo)
        self.addSeparator()
        self.iteration_label = QLabel()
        font = QFont(self.iteration_label.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.iteration_label.setFont(font)
        self.iteration_label.setMinimumWidth(self.iteration_label.fontMetrics().horizontalAdvance("Iteration 0000000") + 20)
        self.addWidget(self.iteration_label)
        session.speed_changed.connect(self._on_speed_changed)
        self._actions = actions
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "iteration_label"):
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Its texts in the current language (at start and on LanguageChange)."""
        self.setWindowTitle(self.tr("Training"))
        self.speed_label.setText(self.tr(" Speed: "))
        tip = self.tr("Iterations per second while playing: slow enough to watch, or as fast as the machine goes. "
                      "Auto starts slowly, where the boundary forms, and speeds up: the first %1 iterations take "
                      "about ten seconds, then there is no limit.").replace("%1", f"{AUTO_ITERATIONS:,}")
        self.speed_label.setToolTip(tip)
        self.speed_combo.setToolTip(tip)
        self.alpha_label.setText(self.tr(" α: "))
        alpha_tip = self.tr("Learning rate α: how far each gradient-descent step moves W and b (W := W − α dW). "
                            "The same α as in the Network panel.")
        self.alpha_label.setToolTip(alpha_tip)
        self.alpha_combo.setToolTip(alpha_tip)
        for i, speed in enumerate(SPEEDS):
            if speed == AUTO:
                text = self.tr("Auto")
            else:
                text = self.tr("Maximum") if speed == 0 else self.tr("%1 it/s").replace("%1", str(speed))
            self.speed_combo.setItemText(i, text)
        self._on_speed_changed(self._session.speed)
        self.show_snapshot(self._session.snapshot)

    def set_compact(self, on: bool) -> None:
        """Presentation mode: the buttons a class needs keep their words (Play, Step, Step phase); Animate
        and Reset keep only their icons (and tooltips), so every control fits 1280 px at the large font."""
        for action in (self._actions.step_animated, self._actions.reset):
            button = self.widgetForAction(action)
            if isinstance(button, QToolButton):
                button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly if on else self.toolButtonStyle())

    def _on_alpha_refused(self, text: str) -> None:
        self.alpha_combo.show_value(self._session.snapshot.hyperparameters.learning_rate)
        self._session.problem_reported.emit(
            self.tr("The learning rate α must be a number, such as 0.01; “%1” is not one.").replace("%1", text.strip()))

    def _on_speed_picked(self, index: int) -> None:
        self._session.set_speed(self.speed_combo.itemData(index))

    def _on_speed_changed(self, speed: int) -> None:
        index = self.speed_combo.findData(speed)
        if index >= 0 and index != self.speed_combo.currentIndex():
            blocked = self.speed_combo.blockSignals(True)
            self.speed_combo.setCurrentIndex(index)
            self.speed_combo.blockSignals(blocked)

    def show_snapshot(self, snapshot: Snapshot) -> None:
        """Show ``snapshot``'s iteration: every state change, and whenever the window refreshes at once."""
        self.iteration_label.setText(self.tr("Iteration %1").replace("%1", f"{snapshot.iteration:,}"))
        rate = snapshot.hyperparameters.learning_rate
        if self.alpha_combo.shown_value() != rate and not self.alpha_combo.lineEdit().hasFocus():
            self.alpha_combo.show_value(rate)

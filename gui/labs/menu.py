"""The Labs menu: the computation-graph and vectorization labs, the gradient check, the experiment runner, your code.

Each tool window is made the first time it is asked for and then kept, so a
second click brings the same window (with its state) to the front. Lessons ask
for labs by name through the same object. No tool window reads anything of the
session but its latest snapshot.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu, QWidget

from ..model.session import TrainingSession

if TYPE_CHECKING:
    from ..panels.lesson_panel import LessonPanel


class LabWindows(QObject):
    """Opens (once) and raises the app's tool windows; builds the Labs menu."""

    def __init__(self, window: QMainWindow, session: TrainingSession, *, before: QMenu | None = None,
                 lessons: "LessonPanel | None" = None) -> None:
        """The Labs menu goes into ``window``'s menu bar, before the menu ``before`` (Help); a finished
        sweep is told to ``lessons`` (lesson 11 ticks on it). Both default to the window's
        ``help_menu`` and ``lesson_panel``, until the window passes them."""
        super().__init__(window)
        self._window = window
        self._session = session
        self._lessons = lessons if lessons is not None else getattr(window, "lesson_panel", None)
        self._open: dict[str, QWidget] = {}
        self._factories: dict[str, Callable[[], QWidget]] = {
            "computation_graph": self._make_computation_graph,
            "vectorization": self._make_vectorization,
            "gradient_check": self._make_gradient_check,
            "experiments": self._make_experiments,
            "your_code": self._make_your_code,
        }
        self.menu = window.menuBar().addMenu("")
        self.menu.setObjectName("labs_menu")
        self.actions: dict[str, QAction] = {}
        for name in self._factories:
            action = QAction(self)
            action.triggered.connect(lambda _checked=False, n=name: self.show_lab(n))
            self.menu.addAction(action)
            self.actions[name] = action
        # Keep Help last in the menu bar.
        before = before if before is not None else getattr(window, "help_menu", None)
        if before is not None:
            window.menuBar().insertMenu(before.menuAction(), self.menu)
        self.retranslate()

    def retranslate(self) -> None:
        self.menu.setTitle(self.tr("&Labs"))
        texts = {
            "computation_graph": (self.tr("Computation graph…"),
                                  self.tr("J = 3(a + bc) and one-example logistic regression, forward then backward")),
            "vectorization": (self.tr("Vectorization…"),
                              self.tr("A Python for-loop against np.dot, and one gradient computed both ways")),
            "gradient_check": (self.tr("Check gradients…"),
                               self.tr("Compare backpropagation's dW, db with numerical (two-sided) differences")),
            "experiments": (self.tr("Experiment runner…"),
                            self.tr("Train once per value of one hyperparameter and compare the cost curves")),
            "your_code": (self.tr("Your code…"),
                          self.tr("Check your own course functions (.py or .ipynb), train this window's network "
                                  "with them (the diagram, inspector and cost curve show your run), check their "
                                  "gradients")),
        }
        for name, (text, tip) in texts.items():
            self.actions[name].setText(text)
            self.actions[name].setToolTip(tip)
            self.actions[name].setStatusTip(tip)

    def show_lab(self, name: str) -> QWidget:
        """Open the tool window ``name`` (made once), bring it to the front and return it."""
        if name not in self._open:
            self._open[name] = self._factories[name]()
        widget = self._open[name]
        widget.show()
        widget.raise_()
        widget.activateWindow()
        return widget

    def lab(self, name: str) -> QWidget | None:
        """The tool window ``name`` if it was opened already."""
        return self._open.get(name)

    def close_all(self) -> None:
        for widget in self._open.values():
            widget.close()  # workers stop and wait in their closeEvent

    # ------------------------------------------------------------------ factories
    def _make_computation_graph(self) -> QWidget:
        from .computation_graph_lab import ComputationGraphLab

        return ComputationGraphLab(self._window)

    def _make_vectorization(self) -> QWidget:
        from .vectorization_lab import VectorizationLab

        return VectorizationLab(self._session, self._window)

    def _make_gradient_check(self) -> QWidget:
        from .gradient_check_dialog import GradientCheckDialog

        return GradientCheckDialog(self._session, self._window)

    def _make_experiments(self) -> QWidget:
        from .experiment_runner import ExperimentRunner

        runner = ExperimentRunner(self._session, self._window)
        if self._lessons is not None:
            runner.sweep_finished.connect(self._lessons.note_experiment)  # lesson 11 ticks on a finished sweep
        return runner

    def _make_your_code(self) -> QWidget:
        from ..student.window import YourCodeWindow

        return YourCodeWindow(self._session, self._window)

    def open_experiment(self, preset: dict) -> None:
        """Lesson 11: the runner, preset to the lesson's sweep."""
        runner = self.show_lab("experiments")
        runner.apply_preset(preset)

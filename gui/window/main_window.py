"""The main window: the decision boundary in the middle, panels and plots in docks.

    ┌ toolbar: Play/Pause · Step · Step phase · Animate · Reset · Speed · Iteration ┐
    │ Network | Data │  network diagram          │  decision boundary           │
    │ | Lessons      │  (central, left)          │  (central, right)            │
    │ (tabbed docks) ├───────────────────────────┴──────────────────────────────┤
    │                │  cost J | inspector (tabbed docks)                        │
    └ status: iteration · cost · accuracy · it/s ─────────────────────────────────┘
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QEvent, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QLabel, QMainWindow, QMessageBox, QScrollArea, QSplitter, QWidget

from ..files.actions import install_file_actions
from ..panels.data_panel import DataPanel
from ..labs.menu import LabWindows
from ..panels.inspector import InspectorPanel
from ..panels.lesson_panel import LessonPanel
from ..panels.network_panel import NetworkPanel
from ..model.session import TrainingSession
from ..support.throttle import Throttle
from .toolbar import TrainingActions, TrainingToolbar
from ..views.cost_curve import CostCurveView, format_cost
from ..views.activation_plot import ActivationPlotView
from ..views.decision_boundary import DecisionBoundaryView
from ..views.diagram.view import NetworkDiagramView
from ..views.draw_tool import DrawTool

STATUS_INTERVAL_MS = 250  # the status bar's numbers change 4 times a second: readable, and cheap


class MainWindow(QMainWindow):
    """Backprop Studio's window; all state lives in the TrainingSession it is given."""

    def __init__(self, session: TrainingSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("main_window")
        self.setDockOptions(QMainWindow.DockOption.AnimatedDocks | QMainWindow.DockOption.AllowTabbedDocks)

        # The middle: the network diagram (how it computes) beside the decision boundary (what it computes).
        self.diagram_view = NetworkDiagramView(session)
        self.boundary_view = DecisionBoundaryView(session)
        self.draw_tool = DrawTool(self.boundary_view, session)
        self.central_splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.central_splitter.setObjectName("central_splitter")
        self.central_splitter.addWidget(self.diagram_view)
        self.central_splitter.addWidget(self.boundary_view)
        self.central_splitter.setStretchFactor(0, 1)
        self.central_splitter.setStretchFactor(1, 1)
        self.central_splitter.setSizes([500, 500])
        self.central_splitter.setChildrenCollapsible(False)
        # Explicit minimum widths: their control rows would otherwise make the window at least ~900 px
        # wide; narrower, the rows are clipped but the window still fits a small screen.
        for view, width in ((self.diagram_view, 260), (self.boundary_view, 240)):
            view.setMinimumWidth(width)
        self.boundary_view.setMinimumHeight(220)
        self.setCentralWidget(self.central_splitter)
        self.data_panel = DataPanel(session)
        self.network_panel = NetworkPanel(session)
        self.cost_view = CostCurveView(session)
        self.inspector = InspectorPanel(session)
        self.lesson_panel = LessonPanel(session)
        self.activation_view = ActivationPlotView(session)
        self.activation_view.setMinimumHeight(100)  # shares the bottom with the cost curve, which is shorter
        self.cost_view.setMinimumWidth(260)
        # The panels share the left column as tabs (Network first: it is what students change most),
        # so the diagram and the boundary keep the width; cost and inspector share the bottom.
        self.network_dock = self._dock("network_dock", self.network_panel, Qt.DockWidgetArea.LeftDockWidgetArea, scroll=True)
        self.data_dock = self._dock("data_dock", self.data_panel, Qt.DockWidgetArea.LeftDockWidgetArea, scroll=True)
        self.lesson_dock = self._dock("lesson_dock", self.lesson_panel, Qt.DockWidgetArea.LeftDockWidgetArea, scroll=True)
        self.tabifyDockWidget(self.network_dock, self.data_dock)
        self.tabifyDockWidget(self.data_dock, self.lesson_dock)
        self.network_dock.raise_()
        self.cost_dock = self._dock("cost_dock", self.cost_view, Qt.DockWidgetArea.BottomDockWidgetArea)
        self.inspector_dock = self._dock("inspector_dock", self.inspector, Qt.DockWidgetArea.BottomDockWidgetArea)
        self.activation_dock = self._dock("activation_dock", self.activation_view, Qt.DockWidgetArea.BottomDockWidgetArea)
        self.tabifyDockWidget(self.cost_dock, self.inspector_dock)
        self.tabifyDockWidget(self.inspector_dock, self.activation_dock)
        self.cost_dock.raise_()
        self.setCorner(Qt.Corner.BottomLeftCorner, Qt.DockWidgetArea.LeftDockWidgetArea)
        self.resizeDocks([self.network_dock], [320], Qt.Orientation.Horizontal)
        self.resizeDocks([self.cost_dock], [250], Qt.Orientation.Vertical)

        self.actions = TrainingActions(session, self, self.diagram_view)
        self.toolbar = TrainingToolbar(session, self.actions, self)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.toolbar)
        self._build_status_bar()
        self._build_menus()
        self._default_state = QByteArray(self.saveState())
        self.file_actions = install_file_actions(self)
        self.labs = LabWindows(self, session)
        self.lesson_panel.lab_requested.connect(self.labs.show_lab)
        self.lesson_panel.experiment_requested.connect(self.labs.open_experiment)

        session.training_failed.connect(self._on_training_failed)
        session.problem_reported.connect(self._on_problem_reported)
        session.stepped.connect(self._status_throttle.request)
        session.parameters_reset.connect(self._status_throttle.request)
        session.running_changed.connect(lambda _running: self._status_throttle.request())
        # Stepping phase by phase is about the inspector's numbers: bring it to the front.
        session.phase_advanced.connect(lambda _event: self.inspector_dock.raise_())
        self.retranslate()

    # ------------------------------------------------------------------ building
    def _dock(self, name: str, widget: QWidget, area: Qt.DockWidgetArea, scroll: bool = False) -> QDockWidget:
        dock = QDockWidget(self)
        dock.setObjectName(name)
        if scroll:
            holder = QScrollArea()
            holder.setWidget(widget)
            holder.setWidgetResizable(True)
            holder.setFrameShape(QScrollArea.Shape.NoFrame)
            holder.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            dock.setWidget(holder)
        else:
            dock.setWidget(widget)
        self.addDockWidget(area, dock)
        return dock

    def _build_status_bar(self) -> None:
        self.status_labels = {key: QLabel() for key in ("iteration", "cost", "accuracy", "speed")}
        for label in self.status_labels.values():
            label.setContentsMargins(8, 0, 8, 0)
            self.statusBar().addPermanentWidget(label)
        self._status_throttle = Throttle(self._update_status, STATUS_INTERVAL_MS, self)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.quit_action = QAction(self)
        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))  # StandardKey.Quit is empty on some platforms
        self.quit_action.triggered.connect(self.close)
        self.file_menu.addAction(self.quit_action)

        self.training_menu = bar.addMenu("")
        for action in (self.actions.play_pause, self.actions.step, self.actions.step_phase,
                       self.actions.step_animated, self.actions.reset):
            self.training_menu.addAction(action)

        self.view_menu = bar.addMenu("")
        for dock in self.docks():
            self.view_menu.addAction(dock.toggleViewAction())
        self.view_menu.addSeparator()
        self.reset_layout_action = QAction(self)
        self.reset_layout_action.triggered.connect(self.reset_layout)
        self.view_menu.addAction(self.reset_layout_action)

        self.help_menu = bar.addMenu("")
        self.about_action = QAction(self)  # gui/help_dialogs.py connects it to the About dialog
        self.help_menu.addAction(self.about_action)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Backprop Studio — watch a neural network learn"))
        self.data_dock.setWindowTitle(self.tr("Data"))
        self.network_dock.setWindowTitle(self.tr("Network and training"))
        self.cost_dock.setWindowTitle(self.tr("Cost J"))
        self.inspector_dock.setWindowTitle(self.tr("Inspector"))
        self.lesson_dock.setWindowTitle(self.tr("Lessons"))
        self.activation_dock.setWindowTitle(self.tr("Activations"))
        self.file_menu.setTitle(self.tr("&File"))
        self.quit_action.setText(self.tr("&Quit"))
        self.training_menu.setTitle(self.tr("&Training"))
        self.view_menu.setTitle(self.tr("&View"))
        self.reset_layout_action.setText(self.tr("Reset layout"))
        self.reset_layout_action.setToolTip(self.tr("Put every panel back where it was when the app started"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.about_action.setText(self.tr("&About Backprop Studio"))
        self._update_status()

    # ------------------------------------------------------------------ behaviour
    def docks(self) -> list[QDockWidget]:
        """Every dock of the window, in the order the View menu lists them."""
        return [d for d in (getattr(self, name, None) for name in (
            "data_dock", "network_dock", "lesson_dock", "cost_dock", "inspector_dock", "activation_dock",
        )) if d is not None]

    def reset_layout(self) -> None:
        """Show every dock again in its original place."""
        self.restoreState(self._default_state)
        for dock in self.docks():
            dock.setFloating(False)
            dock.show()

    def refresh_now(self) -> None:
        """Redraw every view at once (for screenshots and tests)."""
        self.diagram_view.redraw_now()
        self.activation_view.redraw_now()
        self.boundary_view.redraw_now()
        self.cost_view.redraw_now()
        self._update_status()

    def _update_status(self) -> None:
        s = self.session
        metrics = s.metrics()
        labels = self.status_labels
        labels["iteration"].setText(self.tr("Iteration %1").replace("%1", f"{s.iteration:,}"))
        labels["cost"].setText(self.tr("Cost J = %1").replace("%1", format_cost(metrics.train_cost)))
        if metrics.train_accuracy is None:
            labels["accuracy"].setText(self.tr("Accuracy —"))
        else:
            labels["accuracy"].setText(self.tr("Train accuracy %1%").replace("%1", f"{100 * metrics.train_accuracy:.1f}"))
        rate = s.iterations_per_second()
        labels["speed"].setText(self.tr("%1 it/s").replace("%1", f"{rate:,.0f}") if s.running else self.tr("Paused"))

    def _on_training_failed(self, message: str) -> None:
        self.statusBar().showMessage(message, 15000)
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Training stopped"), message, QMessageBox.StandardButton.Ok, self)
        box.setObjectName("training_failed_box")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()  # not exec(): the app keeps running underneath

    def _on_problem_reported(self, message: str) -> None:
        self.statusBar().showMessage(message, 8000)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "toolbar"):
            self.retranslate()
            self.actions.retranslate()
            self.toolbar.retranslate()
            if hasattr(self, "labs"):
                self.labs.retranslate()
        super().changeEvent(event)

    def closeEvent(self, event) -> None:
        self.session.pause()
        if hasattr(self, "labs"):
            self.labs.close_all()  # their workers stop and wait
        super().closeEvent(event)

"""The main window: the decision boundary in the middle, panels and plots in docks.

    ┌ toolbar: Play/Pause · Step · Step phase · Animate · Reset · Speed · Iteration ┐
    │ Network | Data │  network diagram          │  decision boundary           │
    │ | Lessons      │  (central, left)          │  (central, right)            │
    │ (tabbed docks) ├───────────────────────────┴──────────────────────────────┤
    │                │  cost J | inspector | activations (tabbed docks)          │
    └ status: iteration · cost · accuracy · it/s ─────────────────────────────────┘

``MainWindow(session, store, ...)`` is the one place the window is built: every
part is a typed attribute made here, once, in this order: the views and docks,
the training actions and toolbar, the status bar, the parts with menu entries
(File actions, presentation mode, Help, the language menu, the labs), the
menus, then, with a settings ``store``, the remembered state, and the autosave.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QEvent, QRect, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (QApplication, QDockWidget, QMainWindow, QMenu, QMessageBox, QScrollArea, QSplitter,
                               QVBoxLayout, QWidget)

from ...core.session import Snapshot
from ...core.training.phases import PhaseEvent
from ..dialogs.help import HelpActions
from ..files.actions import FileActions
from ..files.autosave import Autosave
from ..labs.menu import LabWindows
from ..model.session import TrainingSession
from ..panels.data_panel import DataPanel
from ..panels.inspector import InspectorPanel
from ..panels.lesson_panel import LessonPanel
from ..panels.network_panel import NetworkPanel
from ..panels.plug_in_panel import PlugInPanel
from ..support.i18n import LanguageMenu
from ..support.messages import format_message
from ..support.settings import SettingsStore, WindowSettings
from ..timeline.bar import TimelineBar
from ..timeline.surface_window import CostSurfaceWindow
from ..views.activation_plot import ActivationPlotView
from ..views.cost_curve import CostCurveView
from ..views.decision_boundary import DecisionBoundaryView
from ..views.diagram.view import NetworkDiagramView
from ..views.draw_tool import DrawTool
from ..widgets.health_banner import HealthBanner
from ..widgets.your_run_banner import YourRunBanner
from .geometry import centred, keep_on_screen, place_on_screen, screen_of
from .presentation import Presentation
from .status_bar import TrainingStatusBar
from .toolbar import TrainingActions, TrainingToolbar


class MainWindow(QMainWindow):
    """Backprop Studio's window; all state lives in the TrainingSession it is given.

    ``store``: the settings file. With one, the recent files and the language chosen are kept
    in it, and (``restore_settings``) the last dataset, hyperparameters, geometry and docks are
    restored now and saved when the window closes. ``size`` is the size before any restoring.
    ``autosave``: save the session every few minutes and offer a crashed run's autosave.
    """

    def __init__(self, session: TrainingSession, store: SettingsStore | None = None, *,
                 size: QSize | tuple[int, int] | None = None, restore_settings: bool = True,
                 autosave: bool = False, full_screen_presentation: bool = True,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("main_window")
        self.setDockOptions(QMainWindow.DockOption.AnimatedDocks | QMainWindow.DockOption.AllowTabbedDocks)
        #: True when the window should open maximised (a small screen, no size asked for): see .geometry.
        self.opens_maximised = False
        self._docks_sized = False  # the docks get their share of the window once it is shown (showEvent)
        if size is not None:
            self.resize(size if isinstance(size, QSize) else QSize(*size))
        else:
            self.opens_maximised = place_on_screen(self)

        # The middle: the network diagram (how it computes) beside the decision boundary (what it computes).
        self.diagram_view = NetworkDiagramView(session)
        self.boundary_view = DecisionBoundaryView(session)
        self.draw_tool = DrawTool(self.boundary_view, session)
        # Its hint gives way in a narrow view by wrapping onto a second line, never by being cut
        # ("Right clic"). (The tool's own module should do this; it is set here until it does.)
        self.draw_tool.hint_label.setWordWrap(True)
        self.central_splitter = self._central_splitter()
        # Above the pictures, where a student looks: what is going wrong with training and what to try;
        # under them, the run's past to scrub (gui/timeline).
        self.health_banner = HealthBanner(session)
        self.your_run_banner = YourRunBanner(session)  # while the student's own functions train the run
        self.timeline_bar = TimelineBar(session)
        self.setCentralWidget(self._central_column((self.your_run_banner, self.health_banner), self.central_splitter,
                                                   self.timeline_bar))
        self.data_panel = DataPanel(session)
        self.network_panel = NetworkPanel(session)
        self.cost_view = CostCurveView(session)
        self.inspector = InspectorPanel(session)
        self.lesson_panel = LessonPanel(session)
        self.plug_in_panel = PlugInPanel(session)  # a unit's formulas with the numbers in, beside the inspector
        self.activation_view = ActivationPlotView(session)
        self.activation_view.setMinimumHeight(100)  # shares the bottom with the cost curve, which is shorter
        self.cost_view.setMinimumWidth(260)
        # The panels share the left column as tabs (Network first: it is what students change most),
        # so the diagram and the boundary keep the width; cost and inspector share the bottom.
        left, bottom = Qt.DockWidgetArea.LeftDockWidgetArea, Qt.DockWidgetArea.BottomDockWidgetArea
        self.network_dock = self._dock("network_dock", self.network_panel, left, scroll=True)
        self.data_dock = self._dock("data_dock", self.data_panel, left, scroll=True)
        self.lesson_dock = self._dock("lesson_dock", self.lesson_panel, left, scroll=True)
        self.cost_dock = self._dock("cost_dock", self.cost_view, bottom)
        self.inspector_dock = self._dock("inspector_dock", self.inspector, bottom)
        self.activation_dock = self._dock("activation_dock", self.activation_view, bottom)
        self.plug_in_dock = self._dock("plug_in_dock", self.plug_in_panel, bottom)
        self._arrange_docks()

        self.actions = TrainingActions(session, self, self.diagram_view)
        self.toolbar = TrainingToolbar(session, self.actions, self)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.toolbar)
        self.status_bar = TrainingStatusBar(session, self)
        self.setStatusBar(self.status_bar)
        self.status_labels = self.status_bar.labels
        # One pace for the numbers: the toolbar's counter shows what the status bar shows, when it does.
        self.status_bar.shown.connect(self.toolbar.show_snapshot)
        self.status_bar.shown.connect(self.timeline_bar.show_readout)

        # The parts that bring menu entries, then the menus that show them.
        recent_settings = store.qsettings if store is not None else None  # recent files live in the settings file
        self.file_actions = FileActions(self, session, self._pictures(), recent_settings)
        self.presentation = Presentation(self, full_screen=full_screen_presentation)
        # Presentation keeps what makes the app different: the cost curve and the phase's equations.
        self.presentation.keep_docks = {"cost_dock", "inspector_dock"}
        self.presentation.toggled.connect(self._on_presentation)
        self.help_menu = QMenu(self)
        self.help_actions = HelpActions(self, self.help_menu)
        self.language_menu = LanguageMenu(QApplication.instance(), self)
        self.quit_action = QAction(self)
        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))  # StandardKey.Quit is empty on some platforms
        self.quit_action.triggered.connect(self.close)
        self.reset_layout_action = QAction(self)
        self.reset_layout_action.triggered.connect(self.reset_layout)
        self.cost_surface = CostSurfaceWindow(session, self.diagram_view, self)  # View → Cost surface
        self.file_menu, self.training_menu, self.view_menu = self._build_menus()
        self.labs = LabWindows(self, session)  # its menu goes just before Help
        self._default_state = QByteArray(self.saveState())

        self.inspector.pop_out_toggled.connect(self.pop_out_inspector)
        self.plug_in_panel.unit_shown.connect(self.inspector.mark_unit)
        self.inspector_dock.topLevelChanged.connect(self._on_inspector_floating)
        self.lesson_panel.lab_requested.connect(self.labs.show_lab)
        self.lesson_panel.experiment_requested.connect(self.labs.open_experiment)
        self.language_menu.language_failed.connect(session.problem_reported)
        if store is not None:
            self.language_menu.language_chosen.connect(store.set_language)
        session.training_failed.connect(self._on_training_failed)
        session.problem_reported.connect(self._on_problem_reported)
        self._shown_phase: PhaseEvent | None = session.snapshot.phase
        session.state_changed.connect(self._on_state_changed)
        self.retranslate()

        # Last: the remembered state wins over the defaults, and a crashed run's autosave over both.
        self.settings: WindowSettings | None = None
        if store is not None and restore_settings:
            self.settings = WindowSettings(self, session, store)
            # Lessons completed and answers given: remembered in a file beside the settings.
            self.lesson_panel.use_progress_file(store.path.with_name("lesson-progress.json"))
            before = (QRect(self.geometry()), self.windowState())
            self.settings.restore()
            if (QRect(self.geometry()), self.windowState()) != before:
                self.opens_maximised = False  # the remembered geometry and docks win …
                self._docks_sized = True
            keep_on_screen(self)  # … but never off the screen or larger than it (another screen last time)
            if store.problems:
                self.statusBar().showMessage(" ".join(store.problems), 20000)
        self.autosave: Autosave | None = Autosave(session, self) if autosave else None

    # ------------------------------------------------------------------ building
    def _central_splitter(self) -> QSplitter:
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setObjectName("central_splitter")
        splitter.addWidget(self.diagram_view)
        splitter.addWidget(self.boundary_view)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([500, 500])
        splitter.setChildrenCollapsible(False)
        # Explicit minimum widths: their control rows would otherwise make the window at least ~900 px
        # wide; narrower, the rows are clipped but the window still fits a small screen. (From 1280 px
        # wide up, in every language and in presentation mode, they get more than their rows need.)
        self.diagram_view.setMinimumWidth(260)
        self.boundary_view.setMinimumWidth(240)
        self.boundary_view.setMinimumHeight(220)
        return splitter

    @staticmethod
    def _central_column(banners: tuple[QWidget, ...], views: QWidget, timeline: QWidget) -> QWidget:
        holder = QWidget()
        holder.setObjectName("central_holder")
        layout = QVBoxLayout(holder)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        for banner in banners:
            layout.addWidget(banner)
        layout.addWidget(views, 1)
        layout.addWidget(timeline)
        return holder

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

    def _arrange_docks(self) -> None:
        self.tabifyDockWidget(self.network_dock, self.data_dock)
        self.tabifyDockWidget(self.data_dock, self.lesson_dock)
        self.network_dock.raise_()
        self.tabifyDockWidget(self.cost_dock, self.inspector_dock)
        self.tabifyDockWidget(self.inspector_dock, self.activation_dock)
        self.tabifyDockWidget(self.inspector_dock, self.plug_in_dock)  # its tab right after the inspector's
        self.cost_dock.raise_()
        self.setCorner(Qt.Corner.BottomLeftCorner, Qt.DockWidgetArea.LeftDockWidgetArea)
        self.size_docks()

    def size_docks(self) -> None:
        """The left column about a quarter of the window's width, the bottom row about a third of its height:
        on a big screen the inspector shows more rows, on a small one the diagram keeps its room."""
        width = min(max(round(0.24 * self.width()), 300), 440)
        height = min(max(round(0.34 * self.height()), 210), 480)
        self.resizeDocks([self.network_dock], [width], Qt.Orientation.Horizontal)
        self.resizeDocks([self.cost_dock], [height], Qt.Orientation.Vertical)

    def _pictures(self) -> dict[str, QWidget]:
        """The views File → Export picture offers, by name."""
        return {"boundary_view": self.boundary_view, "cost_view": self.cost_view,
                "diagram_view": self.diagram_view, "activation_view": self.activation_view}

    def _build_menus(self) -> tuple[QMenu, QMenu, QMenu]:
        bar = self.menuBar()
        file_menu = bar.addMenu("")
        self.file_actions.add_to_menu(file_menu)
        file_menu.addAction(self.quit_action)

        training_menu = bar.addMenu("")
        for action in (self.actions.play_pause, self.actions.step, self.actions.step_phase,
                       self.actions.step_animated, self.actions.reset):
            training_menu.addAction(action)

        view_menu = bar.addMenu("")
        for dock in self.docks():
            view_menu.addAction(dock.toggleViewAction())
        view_menu.addAction(self.cost_surface.action)
        view_menu.addSeparator()
        view_menu.addAction(self.presentation.action)
        view_menu.addAction(self.reset_layout_action)
        view_menu.addSeparator()
        view_menu.addMenu(self.language_menu)

        bar.addMenu(self.help_menu)
        return file_menu, training_menu, view_menu

    def retranslate(self) -> None:
        """The window's own texts (title, docks, menus) in the current language (at start and on LanguageChange)."""
        self.setWindowTitle(self.tr("Backprop Studio — watch a neural network learn"))
        self.data_dock.setWindowTitle(self.tr("Data"))
        self.network_dock.setWindowTitle(self.tr("Network and training"))
        self.cost_dock.setWindowTitle(self.tr("Cost J"))
        self.inspector_dock.setWindowTitle(self.tr("Inspector"))
        self.lesson_dock.setWindowTitle(self.tr("Lessons"))
        self.activation_dock.setWindowTitle(self.tr("Activations"))
        self.plug_in_dock.setWindowTitle(self.tr("Plug in the numbers"))
        self.file_menu.setTitle(self.tr("&File"))
        self.quit_action.setText(self.tr("&Quit"))
        self.training_menu.setTitle(self.tr("&Training"))
        self.view_menu.setTitle(self.tr("&View"))
        self.reset_layout_action.setText(self.tr("Reset layout"))
        self.reset_layout_action.setToolTip(self.tr("Put every panel back where it was when the app started"))
        self.help_menu.setTitle(self.tr("&Help"))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._docks_sized:  # sizes set before the first layout are only approximate
            self._docks_sized = True
            QTimer.singleShot(0, self.size_docks)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "labs"):
            self.retranslate()
            # The Labs menu's owner (gui/labs) does not answer LanguageChange itself yet.
            self.labs.retranslate()
        super().changeEvent(event)

    # ------------------------------------------------------------------ behaviour
    def docks(self) -> list[QDockWidget]:
        """Every dock of the window, in the order the View menu lists them."""
        return [self.data_dock, self.network_dock, self.lesson_dock, self.cost_dock, self.inspector_dock,
                self.activation_dock, self.plug_in_dock]

    def reset_layout(self) -> None:
        """Show every dock again in its original place (leaving presentation mode, keeping those docks)."""
        self.presentation.leave(restore_layout=False)
        self.restoreState(self._default_state)
        for dock in self.docks():
            dock.setFloating(False)
            dock.show()

    def _on_presentation(self, on: bool) -> None:
        """Presenting: the cost curve and the equations side by side under the diagram and the boundary,
        the equations alone in the inspector, the toolbar compact enough for 1280 px at the large font."""
        self.inspector.set_compact(on)
        self.toolbar.set_compact(on)
        self.diagram_view.legend.set_compact(on)
        self.cost_view.set_compact(on)
        if on:
            bottom = Qt.DockWidgetArea.BottomDockWidgetArea
            for dock in (self.cost_dock, self.inspector_dock):  # out of their tab group, into the bottom row
                self.removeDockWidget(dock)
                self.addDockWidget(bottom, dock)
                dock.setFloating(False)
                dock.show()
            self.splitDockWidget(self.cost_dock, self.inspector_dock, Qt.Orientation.Horizontal)
            QTimer.singleShot(0, self._size_presentation_docks)  # once full screen has its size

    def _size_presentation_docks(self) -> None:
        if self.presentation.active:
            width = self.width() - 20
            self.resizeDocks([self.cost_dock, self.inspector_dock], [width * 2 // 5, width * 3 // 5],
                             Qt.Orientation.Horizontal)
            self.resizeDocks([self.cost_dock], [max(200, round(0.34 * self.height()))], Qt.Orientation.Vertical)

    def pop_out_inspector(self, on: bool = True) -> None:
        """The inspector in a big window of its own (most of the screen), or back in its dock."""
        dock = self.inspector_dock
        if not on:
            dock.setFloating(False)
            return
        dock.show()
        dock.setFloating(True)
        available = screen_of(self).availableGeometry()
        dock.setGeometry(centred(QSize(round(0.8 * available.width()), round(0.75 * available.height())),
                                 available))
        dock.raise_()

    def _on_inspector_floating(self, floating: bool) -> None:
        # Floated or docked by its title bar too: the button says which.
        button = self.inspector.pop_out_button
        if button.isChecked() != floating:
            blocked = button.blockSignals(True)
            button.setChecked(floating)
            button.blockSignals(blocked)

    def refresh_now(self) -> None:
        """Redraw every view at once, all from the same latest snapshot (for screenshots and tests)."""
        snapshot = self.session.snapshot
        self.diagram_view.redraw_now()
        self.activation_view.redraw_now()
        self.boundary_view.redraw_now()
        self.cost_view.redraw_now()
        self.toolbar.show_snapshot(snapshot)
        self.status_bar.show_snapshot(snapshot)

    def _on_state_changed(self, snapshot: Snapshot) -> None:
        # A phase was just stepped (a new phase event): the inspector shows its numbers, so it comes forward.
        if snapshot.phase is not None and snapshot.phase is not self._shown_phase:
            self.inspector_dock.raise_()
        self._shown_phase = snapshot.phase

    def _on_training_failed(self, message: str) -> None:
        self.statusBar().showMessage(message, 15000)
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Training stopped"), message, QMessageBox.StandardButton.Ok, self)
        box.setObjectName("training_failed_box")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()  # not exec(): the app keeps running underneath

    def _on_problem_reported(self, message: str) -> None:
        self.statusBar().showMessage(message, 8000)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.session.shut_down()  # training stops; its thread and the renderer's end
        self.presentation.leave()  # the projector's layout is not the one to remember
        if self.settings is not None:
            try:
                self.settings.save()
            except Exception as error:  # noqa: BLE001 — never raise into Qt's event loop while closing
                self.session.problem_reported.emit(format_message(error))
        self.labs.close_all()  # their workers stop and wait
        self.plug_in_panel.shut_down()
        super().closeEvent(event)

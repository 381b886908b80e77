"""The File menu: sessions, parameters, points, pictures — and drag and drop of files.

``FileActions(window, session, settings)`` makes every entry (the main window
puts them in its File menu with ``add_to_menu``), registers the shortcuts,
accepts dropped files and keeps the window title ("• run.bpsession — Backprop
Studio …", the "•" while the session holds changes no file has). Every dialog goes through a seam attribute
(``ask_open_path``, ``ask_save_path``, ``ask_yes_no``, ``show_error``,
``ask_csv_import``) that tests replace. Loading is all-or-nothing: a file is read
and checked completely by ``core`` first, then installed with ``session.apply``
or ``session.set_dataset``; on any problem the user gets a message and the
session is left exactly as it was.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QWidget

from ...core.session import Snapshot
from ...core.errors import ParameterFileError
from ...core.files.plain_settings import PlainSettings
from ...core.files.parameter_file import describe_architecture, load_parameters
from ...core.files.session_file import SESSION_SUFFIX, load_session, save_session, sniff_kind
from . import dialogs
from ..support.messages import format_message
from ..dialogs.csv_import_dialog import run_csv_import_dialog
from .export import ExportHandlers
from .parameter_import import adopted_hyperparameters
from .recent import RecentFiles
from .unsaved import UnsavedChanges
from ..model.session import TrainingSession

#: Views that can be exported as pictures: (name, menu text), the names being the main window's attributes.
#: QT_TRANSLATE_NOOP lets lupdate see the texts; FileActions.tr translates them when the menu opens.
PICTURE_VIEWS = (("boundary_view", QT_TRANSLATE_NOOP("FileActions", "Decision boundary…")),
                 ("cost_view", QT_TRANSLATE_NOOP("FileActions", "Cost plot…")),
                 ("diagram_view", QT_TRANSLATE_NOOP("FileActions", "Network diagram…")),
                 ("activation_view", QT_TRANSLATE_NOOP("FileActions", "Activation graph…")))


class FileActions(QObject, ExportHandlers):
    """Menu actions and handlers for every file the app reads or writes."""

    session_saved = Signal(str)
    session_opened = Signal(str)
    modified_changed = Signal(bool)

    def __init__(self, window: QMainWindow, session: TrainingSession, pictures: dict[str, QWidget],
                 settings: PlainSettings | None = None) -> None:
        super().__init__(window)
        self._window = window
        self.session = session
        #: The views File → Export picture offers, by the names in PICTURE_VIEWS.
        self.pictures = {name: pictures[name] for name, _ in PICTURE_VIEWS if name in pictures}
        self.current_path: str | None = None
        self._unsaved = UnsavedChanges(session.snapshot)
        self._title = ""
        self._base_title = window.windowTitle()
        # Seams: tests put plain callables here.
        self.ask_open_path = dialogs.make_open_path(window)
        self.ask_save_path = dialogs.make_save_path(window)
        self.ask_yes_no = dialogs.make_yes_no(window)
        self.show_error = dialogs.make_show_error(window)
        self.ask_csv_import = lambda path: run_csv_import_dialog(window, path)

        # Without a settings file (tests, screenshots) the list lives in memory only.
        self.recent = RecentFiles(settings if settings is not None else PlainSettings(), self.open_path, window)
        self.recent.pruned.connect(self._on_recent_pruned)
        self._build_actions()
        session.state_changed.connect(self._on_state_changed)
        window.windowTitleChanged.connect(self._on_title_changed)
        window.setAcceptDrops(True)
        window.installEventFilter(self)  # drops anywhere in the window (see eventFilter)
        self.retranslate()
        self._update_title()

    @property
    def modified(self) -> bool:
        """True while the session holds changes that no file has."""
        return self._unsaved.pending

    # ------------------------------------------------------------------ building
    def _action(self, handler, shortcut=None) -> QAction:
        action = QAction(self._window)
        action.triggered.connect(lambda _checked=False: handler())
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            self._window.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.open_action = self._action(self.open_session, "Ctrl+O")
        self.save_action = self._action(self.save, "Ctrl+S")
        self.save_as_action = self._action(self.save_as, "Ctrl+Shift+S")
        self.import_parameters_action = self._action(self.import_parameters)
        self.export_parameters_action = self._action(self.export_parameters, "Ctrl+E")
        self.import_csv_action = self._action(self.import_csv)
        self.export_csv_action = self._action(self.export_dataset_csv)
        self.export_history_action = self._action(self.export_history)
        self.export_notebook_action = self._action(self.export_notebook)
        self.new_exercise_action = self._action(self.new_exercise_file)
        self.picture_menu = QMenu(self._window)
        self.picture_menu.aboutToShow.connect(self._fill_picture_menu)

    def add_to_menu(self, menu: QMenu) -> None:
        """Append the File menu's entries, in groups, to ``menu`` (the window adds Quit after them)."""
        for item in (self.open_action, self.recent.menu, self.save_action, self.save_as_action, None,
                     self.import_parameters_action, self.export_parameters_action, None,
                     self.import_csv_action, self.export_csv_action, None,
                     self.picture_menu, self.export_history_action, self.export_notebook_action, None,
                     self.new_exercise_action, None):
            if isinstance(item, QMenu):
                menu.addMenu(item)
            elif item is None:
                menu.addSeparator()
            else:
                menu.addAction(item)

    def _fill_picture_menu(self) -> None:
        self.picture_menu.clear()
        for attribute, text in PICTURE_VIEWS:
            if attribute not in self.pictures:
                continue
            action = self.picture_menu.addAction(self.tr(text))
            action.setData(attribute)
            action.triggered.connect(lambda _checked=False, a=attribute: self.export_picture(a))

    def retranslate(self) -> None:
        """Every text in the current language (at start and on LanguageChange)."""
        # self.tr written out each time: lupdate only finds self.tr("...") (a local tr = self.tr has no context).
        for action, text, tip in (
            (self.open_action, self.tr("&Open session…"),
             self.tr("Open a saved session: data, network, W and b, history")),
            (self.save_action, self.tr("&Save session"),
             self.tr("Save everything to continue later exactly from here")),
            (self.save_as_action, self.tr("Save session &as…"), self.tr("Save the session under a new name")),
            (self.import_parameters_action, self.tr("&Import parameters…"),
             self.tr("Load W1, b1, W2, b2, … from a .npz or .json file (also one saved with np.savez(**parameters))")),
            (self.export_parameters_action, self.tr("&Export parameters…"),
             self.tr("Save the course's parameters dict (W[l]: (n[l], n[l−1]), b[l]: (n[l], 1)) as .npz or .json")),
            (self.import_csv_action, self.tr("Import points from &CSV…"),
             self.tr("Train on your own points: rows x1, x2, label")),
            (self.export_csv_action, self.tr("Export points to CSV…"),
             self.tr("Save the dataset as rows x1, x2, label")),
            (self.export_history_action, self.tr("Export cost &history to CSV…"),
             self.tr("Save the cost J and the accuracies at each evaluation, and J at every iteration")),
            (self.export_notebook_action, self.tr("Export as &notebook…"),
             self.tr("Write a Jupyter notebook that redoes this run with the course's functions: "
                     "the same data, network, seed, α and iterations")),
            (self.new_exercise_action, self.tr("New e&xercise file…"),
             self.tr("Write a .py with every course function to fill in (English or Chinese), "
                     "to check in Labs → Your code")),
        ):
            action.setText(text)
            action.setToolTip(tip)
            action.setStatusTip(tip)
        self.picture_menu.setTitle(self.tr("Export &picture"))

    def event(self, event: QEvent) -> bool:
        # LanguageChange reaches this object from the window it belongs to (see gui/support/i18n.py).
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return super().event(event)

    # ------------------------------------------------------------------ title and modified mark
    def mark_saved(self) -> None:
        """The session as it is now is what the current file holds (no "•")."""
        was = self.modified
        self._unsaved.mark_saved(self.session.timeline.present_snapshot)
        if was:
            self.modified_changed.emit(False)
        self._update_title()

    def _on_state_changed(self, snapshot: Snapshot) -> None:
        if self._unsaved.observe(snapshot):
            self.modified_changed.emit(True)
            self._update_title()

    def _update_title(self) -> None:
        mark = "• " if self.modified else ""
        name = f"{Path(self.current_path).name} — " if self.current_path else ""
        self._title = f"{mark}{name}{self._base_title}"
        self._window.setWindowTitle(self._title)

    def _on_title_changed(self, title: str) -> None:
        if title != self._title:  # the window retitled itself (e.g. a new language): keep our prefix
            self._base_title = title
            self._update_title()

    def show_status(self, text: str) -> None:
        """A short message in the window's status bar."""
        self._window.statusBar().showMessage(text, 6000)

    def fail(self, title: str, error: Exception | str) -> bool:
        """Tell the user why something could not be done (through the ``show_error`` seam); returns False."""
        self.show_error(title, format_message(error))  # a core error in the user's language; a text as it is
        return False

    def new_exercise_file(self) -> str | None:
        """File → New exercise file…: the skeleton of the course's functions (gui/student/new_file.py)."""
        from ..student.new_file import new_exercise_file

        path = new_exercise_file(self._window, ask_save_path=self.ask_save_path, show_error=self.show_error)
        return None if path is None else str(path)

    # ------------------------------------------------------------------ sessions
    def save(self) -> bool:
        """Save to the current file (asks for one the first time)."""
        return self.save_as() if self.current_path is None else self._save_to(self.current_path)

    def save_as(self) -> bool:
        suggested = self.current_path or f"{self.session.dataset.name}{SESSION_SUFFIX}"
        path = self.ask_save_path(self.tr("Save session"), dialogs.session_filter(), suggested)
        if not path:
            return False
        if not Path(path).suffix:
            path += SESSION_SUFFIX
        return self._save_to(path)

    def _save_to(self, path: str) -> bool:
        s = self.session
        state = s.state()
        try:
            save_session(path, state)
        except ParameterFileError as error:
            return self.fail(self.tr("Could not save the session"), error)
        self.current_path = str(path)
        self.recent.add(path)
        self.mark_saved()
        self.show_status(self.tr("Saved %1 at iteration %2").replace("%1", Path(path).name)
                     .replace("%2", str(s.iteration)))
        self.session_saved.emit(str(path))
        return True

    def open_session(self, path: str | None = None) -> bool:
        """Open a session file; on any problem say what it is and change nothing."""
        path = path or self.ask_open_path(self.tr("Open session"), dialogs.session_filter())
        if not path:
            return False
        title = self.tr("Cannot open %1").replace("%1", Path(path).name)
        try:
            state = load_session(path)
        except ParameterFileError as error:
            return self.fail(title, error)
        ok, message = self._apply(state=state)
        if not ok:
            return self.fail(title, message)
        self.current_path = str(path)
        self.recent.add(path)
        self.mark_saved()
        self.show_status(self.tr("Opened %1 at iteration %2").replace("%1", Path(path).name)
                     .replace("%2", str(self.session.iteration)))
        self.session_opened.emit(str(path))
        return True

    def _apply(self, state=None, **changes) -> tuple[bool, str]:
        """session.restore(state) or session.apply(**changes), returning the message it reported if it refused."""
        messages: list[str] = []
        self.session.problem_reported.connect(messages.append)
        try:
            ok = self.session.restore(state) if state is not None else self.session.apply(**changes)
        finally:
            self.session.problem_reported.disconnect(messages.append)
        return ok, (messages[-1] if messages else self.tr("The file could not be installed."))

    def open_path(self, path: str) -> bool:
        """Open whatever ``path`` holds — a session, parameters or CSV points (drops, recent files, --open)."""
        kind = sniff_kind(path)
        if kind == "session":
            return self.open_session(path)
        if kind == "parameters":
            return self.import_parameters(path)
        if kind == "csv":
            return self.import_csv(path)
        if not Path(path).is_file():
            return self.fail(self.tr("Cannot open %1").replace("%1", Path(path).name),
                              self.tr("The file does not exist (any more)."))
        return self.fail(self.tr("Cannot open %1").replace("%1", Path(path).name), self.tr(
            "This is not a session (%1), parameter (.npz, .json) or CSV file.").replace("%1", SESSION_SUFFIX))

    def _on_recent_pruned(self, paths: list) -> None:
        names = ", ".join(Path(p).name for p in paths)
        self.session.problem_reported.emit(
            self.tr("Removed from the recent files because they no longer exist: %1").replace("%1", names))

    # ------------------------------------------------------------------ parameters
    def import_parameters(self, path: str | None = None) -> bool:
        """Load W1, b1, …; offer to adopt a different architecture; change nothing on any problem."""
        path = path or self.ask_open_path(self.tr("Import parameters"), dialogs.parameter_filter())
        if not path:
            return False
        title = self.tr("Cannot import %1").replace("%1", Path(path).name)
        try:
            parameters, meta = load_parameters(path)
            hp = adopted_hyperparameters(self.session.hyperparameters, self.session.dataset, parameters, meta)
        except ParameterFileError as error:
            return self.fail(title, error)
        current = self.session.hyperparameters
        if hp != current:
            question = self.tr(
                "The file holds a %1 network; the current one is %2.\n\nAdopt the file's network? "
                "Training then continues from the file's W and b, counting from iteration 0."
            ).replace("%1", describe_architecture(parameters, meta)).replace(
                "%2", f"{' → '.join(map(str, current.layer_dims()))} ({', '.join(current.activations())})")
            if not self.ask_yes_no(self.tr("Adopt the file's network?"), question):
                return False
        ok, message = self._apply(hyperparameters=hp, parameters=parameters)
        if not ok:
            return self.fail(title, message)
        self.recent.add(path)
        self.show_status(self.tr("Imported %1: training continues from these W and b").replace("%1", Path(path).name))
        stats = (meta or {}).get("standardization")
        if stats is not None and self.session.prepared.standardizer.to_dict() != stats:
            self.session.problem_reported.emit(self.tr(
                "Note: the file was trained with inputs standardized by other data's mean and std; here the "
                "inputs are standardized with this dataset's, so outputs can differ slightly."))
        return True

    # ------------------------------------------------------------------ points
    def import_csv(self, path: str | None = None) -> bool:
        """Preview a CSV file of points and, if the user confirms, train on them."""
        path = path or self.ask_open_path(self.tr("Import points from CSV"), dialogs.csv_filter())
        if not path:
            return False
        dataset = self.ask_csv_import(path)
        if dataset is None:
            return False
        messages: list[str] = []
        self.session.problem_reported.connect(messages.append)
        try:
            ok = self.session.set_dataset(dataset)
        finally:
            self.session.problem_reported.disconnect(messages.append)
        if not ok:
            return self.fail(self.tr("Cannot use %1").replace("%1", Path(path).name),
                              messages[-1] if messages else "")
        self.recent.add(path)
        self.show_status(self.tr("Loaded %1 points from %2").replace("%1", str(dataset.m)).replace("%2", Path(path).name))
        return True

    # ------------------------------------------------------------------ drag and drop
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Drags over any child (the plots too) reach the window when the child does not take them.
        kind = event.type()
        if watched is self._window and kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove, QEvent.Type.Drop):
            path = dialogs.dropped_path(event)
            if path is None or sniff_kind(path) == "unknown":
                return False
            event.acceptProposedAction()
            if kind == QEvent.Type.Drop:
                # After the drop has finished: a dialog must not open inside the drag's event.
                QTimer.singleShot(0, lambda: self.open_path(path))
            return True
        return super().eventFilter(watched, event)

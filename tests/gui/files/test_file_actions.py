"""The File menu as a user drives it: parameters, sessions, recent files, drag and drop (exports: test_exports.py)."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QEvent, QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QImage
from PySide6.QtWidgets import QApplication

from backprop_studio.core.data.csv_data import read_csv
from backprop_studio.core.data.datasets import from_points
from backprop_studio.core.nn.propagation import predict
from backprop_studio.core.files.parameter_file import save_parameters
from backprop_studio.core.data.pipeline import DataSpec
from backprop_studio.gui.files.actions import FileActions
from backprop_studio.gui.window.main_window import MainWindow
from backprop_studio.gui.model.session import TrainingSession
from backprop_studio.gui.support.settings import SettingsStore

ROOT = Path(__file__).resolve().parents[3]


# ---------------------------------------------------------------------- helpers (also used by the other file tests)
class Seams:
    """Answers for FileActions' dialogs, and a record of what they were asked."""

    def __init__(self, actions: FileActions) -> None:
        self.errors: list[tuple[str, str]] = []
        self.questions: list[str] = []
        self.answer = True
        self.open_path: str | None = None
        self.save_path: str | None = None
        actions.show_error = lambda title, message: self.errors.append((title, message))
        actions.ask_yes_no = self._ask
        actions.ask_open_path = lambda caption, filters: self.open_path
        actions.ask_save_path = lambda caption, filters, suggested: self.save_path

    def _ask(self, title: str, question: str) -> bool:
        self.questions.append(question)
        return self.answer


def make_window(qtbot, tmp_path, spec: DataSpec | None = None) -> tuple[MainWindow, FileActions, Seams]:
    session = TrainingSession(spec or DataSpec(m=120))
    # A settings file of its own (the recent files go there), nothing restored from it.
    window = MainWindow(session, SettingsStore(tmp_path / "settings.ini"), size=(1100, 760), restore_settings=False)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    actions = window.file_actions
    return window, actions, Seams(actions)


def snapshot(session: TrainingSession) -> tuple:
    """What must not change when a file is refused."""
    parameters = {key: value.copy() for key, value in session.trainer.parameters().items()}
    return session.iteration, session.hyperparameters, session.data_spec, session.dataset, parameters


def assert_unchanged(session: TrainingSession, before: tuple) -> None:
    iteration, hp, spec, dataset, parameters = before
    assert session.iteration == iteration
    assert session.hyperparameters == hp and session.data_spec == spec
    assert session.dataset is dataset
    now = session.trainer.parameters()
    assert now.keys() == parameters.keys()
    for key, value in parameters.items():
        assert np.array_equal(now[key], value), key



@pytest.fixture
def app(qtbot, tmp_path):
    window, actions, seams = make_window(qtbot, tmp_path)
    yield window, actions, seams
    window.session.pause()


def train_steps(session, n: int) -> None:
    """``n`` whole iterations, one Step at a time."""
    for _ in range(n):
        session.step_iteration()


def _predictions(session) -> np.ndarray:
    return predict(session.prepared.X_train, session.trainer.parameters(), session.trainer.activation_names)


# ---------------------------------------------------------------------- parameters
@pytest.mark.parametrize("suffix", [".npz", ".json"])
def test_export_then_import_reproduces_the_parameters_bit_for_bit(app, tmp_path, suffix):
    window, actions, seams = app
    session = window.session
    train_steps(session, 30)
    exported, predicted = session.trainer.parameters(), _predictions(session)
    seams.save_path = str(tmp_path / f"params{suffix}")
    actions.export_parameters_action.trigger()
    assert Path(seams.save_path).stat().st_size > 0 and not seams.errors
    if suffix == ".npz":
        assert np.array_equal(np.load(seams.save_path, allow_pickle=False)["W1"], exported["W1"])
    train_steps(session, 20)  # the network moves on ...
    seams.open_path = seams.save_path
    actions.import_parameters_action.trigger()  # ... and comes back
    assert not seams.errors and not seams.questions  # same architecture: nothing to ask
    for key, value in exported.items():
        assert np.array_equal(session.trainer.parameters()[key], value), key
    assert np.array_equal(_predictions(session), predicted)


def test_export_as_notebook_writes_a_notebook_that_redoes_the_run(app, tmp_path):
    window, actions, seams = app
    session = window.session
    train_steps(session, 60)
    seams.save_path = str(tmp_path / "run")  # no suffix typed: .ipynb is added
    actions.export_notebook_action.trigger()
    assert not seams.errors
    notebook = json.loads((tmp_path / "run.ipynb").read_text(encoding="utf-8"))
    assert "**Checked:**" in "".join(notebook["cells"][0]["source"])
    namespace = {}
    for cell in notebook["cells"]:
        if cell["cell_type"] == "code":
            exec("".join(cell["source"]), namespace)  # noqa: S102 — the notebook we just wrote
    np.testing.assert_allclose(namespace["costs"], session.trainer.history.cost_curve()[1], rtol=0, atol=1e-9)
    assert "run.ipynb" in window.statusBar().currentMessage()


def test_readme_lines_predict_like_core(app, tmp_path):
    window, actions, seams = app
    session = window.session
    train_steps(session, 200)
    seams.save_path = str(tmp_path / "parameters.npz")
    assert actions.export_parameters()
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("## File formats"):]
    code = re.search(r"```python\n(.*?)```", section, re.S).group(1)
    assert len(code.strip().splitlines()) == 5
    X = session.prepared.X_train
    namespace = {"X": X}
    exec(code.replace('"parameters.npz"', repr(seams.save_path)), namespace)  # noqa: S102 — our own README
    assert namespace["predictions"].shape == (1, X.shape[1])
    assert np.array_equal(namespace["predictions"], _predictions(session))
    assert namespace["meta"]["layer_dims"] == [2, 4, 1]


def test_plain_savez_file_imports_and_a_new_architecture_is_offered(app, tmp_path):
    window, actions, seams = app
    session = window.session
    rng = np.random.default_rng(0)
    parameters = {"W1": rng.normal(size=(6, 2)), "b1": rng.normal(size=(6, 1)),
                  "W2": rng.normal(size=(1, 6)), "b2": rng.normal(size=(1, 1))}
    path = tmp_path / "student.npz"
    np.savez(path, **parameters)  # as a student would save the course's dict
    before = snapshot(session)
    seams.answer = False
    assert not actions.import_parameters(str(path))
    assert "2 → 6 → 1" in seams.questions[-1] and "2 → 4 → 1" in seams.questions[-1]
    assert_unchanged(session, before)  # "No" changes nothing
    seams.answer = True
    assert actions.import_parameters(str(path))
    assert session.hyperparameters.hidden_units == (6,)
    assert session.hyperparameters.hidden_activations == ("tanh",)  # no meta: the current activation stays
    for key, value in parameters.items():
        assert np.array_equal(session.trainer.parameters()[key], value)
    assert session.iteration == 0


def _bad_parameter_files(tmp_path: Path, parameters: dict) -> dict[str, tuple[Path, str]]:
    files = {}

    def savez(name: str, **arrays) -> Path:
        path = tmp_path / f"{name}.npz"
        np.savez(path, **arrays)
        return path

    good = tmp_path / "good.npz"
    save_parameters(good, parameters, {"activations": ["tanh", "sigmoid"]})
    truncated = tmp_path / "truncated.npz"
    truncated.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    files["truncated"] = (truncated, "damaged or truncated")
    files["missing key"] = (savez("missing", W1=parameters["W1"], b1=parameters["b1"], W2=parameters["W2"]),
                            "missing b2")
    files["wrong shape"] = (savez("shape", **{**parameters, "b1": np.zeros((4, 2))}), "b1 has shape (4, 2)")
    nan = {**parameters, "W2": parameters["W2"].copy()}
    nan["W2"][0, 1] = np.nan
    files["nan"] = (savez("nan", **nan), "W2 contains NaN")
    files["pickle"] = (savez("pickle", **{**parameters, "W1": np.array([{"evil": 1}], dtype=object)}),
                       "Python objects (pickle)")
    save_parameters(tmp_path / "v.json", parameters, {})
    document = json.loads((tmp_path / "v.json").read_text())
    document["meta"]["format_version"] = 99
    future = tmp_path / "future.json"
    future.write_text(json.dumps(document))
    files["future version"] = (future, "newer Backprop Studio")
    document["meta"] = {"format_version": 1, "activations": ["swish", "sigmoid"]}
    unknown = tmp_path / "unknown.json"
    unknown.write_text(json.dumps(document))
    files["unknown activation"] = (unknown, "unknown activation 'swish'")
    files["wrong output"] = (savez("output", **{**parameters, "W2": np.zeros((3, 4)), "b2": np.zeros((3, 1))}),
                             "output layer has n[L] = 3")
    not_zip = tmp_path / "text.npz"
    not_zip.write_text("W1 = [[1, 2]]")
    files["not an archive"] = (not_zip, "not an .npz archive")
    return files


def test_each_malformed_parameter_file_is_refused_with_its_own_message(app, tmp_path):
    window, actions, seams = app
    session = window.session
    train_steps(session, 5)
    cases = _bad_parameter_files(tmp_path, session.trainer.parameters())
    before = snapshot(session)
    messages = {}
    for case, (path, expected) in cases.items():
        seams.errors.clear()
        assert not actions.import_parameters(str(path)), case
        assert len(seams.errors) == 1, case
        title, message = seams.errors[0]
        assert expected in message, (case, message)
        assert path.name in title
        messages[case] = message
        assert_unchanged(session, before)
    assert len(set(messages.values())) == len(cases)  # each problem has its own explanation
    assert not seams.questions


# ---------------------------------------------------------------------- sessions
def test_save_open_and_continue_equals_training_without_saving(app, tmp_path, qtbot):
    window, actions, seams = app
    session = window.session
    session.set_hyperparameters(batch_size=32)  # mini-batches: the shuffling RNG must be saved too
    train_steps(session, 50)
    assert window.windowTitle().startswith("• ")
    seams.save_path = str(tmp_path / "run")  # no suffix: .bpsession is added
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)  # first save asks for a name
    path = tmp_path / "run.bpsession"
    assert path.is_file() and actions.current_path == str(path)
    assert window.windowTitle().startswith("run.bpsession — ")  # saved: no "•"
    train_steps(session, 100)
    assert window.windowTitle().startswith("• run.bpsession — ")
    continuous = session.trainer.parameters()
    continuous_costs = session.trainer.history.cost_curve()[1]

    seams.open_path = str(path)
    with qtbot.waitSignal(actions.session_opened):
        qtbot.keyClick(window, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    assert session.iteration == 50 and session.hyperparameters.batch_size == 32
    assert not window.windowTitle().startswith("•")
    window.refresh_now()
    assert window.cost_view.curve_data()[0][-1] == 49  # the restored history is on screen
    train_steps(session, 100)
    for key, value in continuous.items():
        assert np.array_equal(session.trainer.parameters()[key], value), key
    assert np.array_equal(session.trainer.history.cost_curve()[1], continuous_costs)


def test_drawn_points_and_lesson_travel_in_the_session(app, tmp_path, qtbot):
    window, actions, seams = app
    session = window.session
    X = np.array([[0.0, 1.0, 2.0, 3.0, 0.5], [1.0, 0.0, 2.0, 1.0, 2.5]])
    session.set_dataset(from_points(X, np.array([0, 1, 2, 2, 0]), "multiclass", ("a", "b", "c"), "mine"))
    assert window.lesson_panel.load_lesson("computation_graph")  # a lesson without a preset keeps the points
    seams.save_path = str(tmp_path / "mine.bpsession")
    assert actions.save_as()
    session.set_data_spec(name="flower")
    session.resume_lesson(None)
    assert window.lesson_panel.current_lesson is None
    assert actions.open_session(seams.save_path)
    assert session.snapshot.lesson.name == "computation_graph"
    assert window.lesson_panel.current_lesson == "computation_graph"
    assert np.array_equal(session.dataset.X, X) and session.dataset.class_names == ("a", "b", "c")
    assert session.hyperparameters.problem == "multiclass"


def test_broken_session_files_are_refused_and_nothing_changes(app, tmp_path):
    window, actions, seams = app
    session = window.session
    train_steps(session, 3)
    seams.save_path = str(tmp_path / "good.bpsession")
    assert actions.save_as()
    text = Path(seams.save_path).read_text()
    document = json.loads(text)
    cases = {
        "truncated": (text[: len(text) // 3], "truncated"),
        "future": (json.dumps({**document, "format_version": 5}), "newer Backprop Studio"),
        "nan": (text.replace('"first_cost":', '"first_cost":NaN,"x":', 1), "not a finite number"),
        "keys": (json.dumps({k: v for k, v in document.items() if k != "hyperparameters"}),
                 "missing 'hyperparameters'"),
    }
    train_steps(session, 2)
    before = snapshot(session)
    for case, (content, expected) in cases.items():
        path = tmp_path / f"{case}.bpsession"
        path.write_text(content)
        seams.errors.clear()
        assert not actions.open_session(str(path))
        assert expected in seams.errors[-1][1], (case, seams.errors)
        assert_unchanged(session, before)
    assert actions.current_path == seams.save_path


# ---------------------------------------------------------------------- recent files, drops, --open
def test_recent_files_reopen_and_forget_missing_ones(app, tmp_path, qtbot):
    window, actions, seams = app
    session = window.session
    seams.save_path = str(tmp_path / "a.bpsession")
    assert actions.save_as()
    seams.save_path = str(tmp_path / "b.bpsession")
    train_steps(session, 4)
    assert actions.save_as()
    recent = actions.recent
    assert [Path(p).name for p in recent.paths()] == ["b.bpsession", "a.bpsession"]
    recent.rebuild()
    entries = recent.actions_for_paths()
    assert [a.text() for a in entries] == ["&1 b.bpsession", "&2 a.bpsession"]
    with qtbot.waitSignal(actions.session_opened):
        entries[1].trigger()
    assert session.iteration == 0 and actions.current_path.endswith("a.bpsession")
    (tmp_path / "b.bpsession").unlink()
    with qtbot.waitSignal(session.problem_reported) as reported:
        recent.rebuild()
    assert "b.bpsession" in reported.args[0]
    assert [Path(p).name for p in recent.paths()] == ["a.bpsession"]
    for i in range(10):
        (tmp_path / f"{i}.bpsession").write_text("{}")
        recent.add(tmp_path / f"{i}.bpsession")
    assert len(recent.paths()) == 8 and Path(recent.paths()[0]).name == "9.bpsession"


def _drop(target, path: Path) -> tuple[bool, QDropEvent]:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    enter = QDragEnterEvent(QPoint(20, 20), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(target, enter)
    drop = QDropEvent(QPointF(20, 20), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    if enter.isAccepted():
        QApplication.sendEvent(target, drop)
    return enter.isAccepted(), drop


def test_dropping_files_opens_each_by_its_content(app, tmp_path, qtbot):
    window, actions, seams = app
    session = window.session
    train_steps(session, 7)
    seams.save_path = str(tmp_path / "dropped.json")  # a session under a .json name: found by content
    assert actions.save_as()
    exported = tmp_path / "weights.npz"
    seams.save_path = str(exported)
    assert actions.export_parameters()
    train_steps(session, 5)
    accepted, _ = _drop(window, Path(actions.current_path))
    assert accepted
    qtbot.waitUntil(lambda: session.iteration == 7)
    train_steps(session, 5)
    # Dropped on the plot in the middle, the drag still reaches the window.
    accepted, _ = _drop(window.boundary_view.plot.viewport(), exported)
    assert accepted
    qtbot.waitUntil(lambda: session.iteration == 0)
    points = tmp_path / "points.csv"
    points.write_text("x1,x2,label\n0,0,no\n1,1,yes\n2,0,no\n0,2,yes\n")
    asked = []
    actions.ask_csv_import = lambda path: asked.append(path) or read_csv(path)
    assert _drop(window, points)[0]
    qtbot.waitUntil(lambda: session.dataset.name == "points")
    assert asked == [str(points)] and session.dataset.class_names == ("no", "yes")
    other = tmp_path / "notes.bin"
    other.write_bytes(b"\x00\x01")
    assert not _drop(window, other)[0]  # not ours: the drag is refused


def test_main_py_open_shows_the_session(tmp_path, qtbot):
    window, actions, seams = make_window(qtbot, tmp_path)
    train_steps(window.session, 12)
    seams.save_path = str(tmp_path / "class.bpsession")
    assert actions.save_as()
    shot = tmp_path / "shot.png"
    result = subprocess.run([sys.executable, "main.py", "--open", seams.save_path, "--screenshot", str(shot),
                             "--size", "900x600"], cwd=ROOT, capture_output=True, text=True, timeout=120,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen",  # and no writing into the user's own settings
                                 "XDG_CONFIG_HOME": str(tmp_path / "config"), "XDG_DATA_HOME": str(tmp_path / "data")})
    assert result.returncode == 0, result.stderr
    assert "saved" in result.stdout and "Traceback" not in result.stderr
    recent = "".join(p.read_text(errors="ignore") for p in (tmp_path / "config").rglob("*") if p.is_file())
    assert "class.bpsession" in recent  # the file was opened (and so joined the recent files)
    assert QImage(str(shot)).width() == 900


def test_file_menu_entries_come_before_quit_with_their_shortcuts(app):
    window, actions, _ = app
    menu_actions = window.file_menu.actions()
    assert menu_actions[-1] is window.quit_action
    assert menu_actions[0] is actions.open_action
    shortcuts = {a.shortcut().toString() for a in (actions.open_action, actions.save_action,
                                                   actions.save_as_action, actions.export_parameters_action)}
    assert shortcuts == {"Ctrl+O", "Ctrl+S", "Ctrl+Shift+S", "Ctrl+E"}
    assert all(a.toolTip() for a in (actions.import_parameters_action, actions.export_history_action))


def test_language_change_retranslates_the_file_menu(app):
    window, actions, _ = app
    actions.open_action.setText("stale")
    QApplication.sendEvent(window, QEvent(QEvent.Type.LanguageChange))
    assert actions.open_action.text() == "&Open session…"

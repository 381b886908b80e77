"""Drawing your own points on the decision boundary: clicks become core's X and y, and the network trains."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QPointF, Qt

from backprop_studio.core.data.pipeline import DataSpec
from backprop_studio.gui.window.main_window import MainWindow
from backprop_studio.gui.model.session import TrainingSession
from backprop_studio.gui.views.draw_tool import DrawTool


@pytest.fixture
def drawing(qtbot):
    session = TrainingSession(DataSpec(name="gaussians", m=20, test_ratio=0.0))
    window = MainWindow(session)
    qtbot.addWidget(window)
    window.resize(1100, 760)
    window.show()
    qtbot.waitExposed(window)
    tool = getattr(window, "draw_tool", None) or DrawTool(window.boundary_view, session)
    tool.set_drawing(True)
    yield window, session, tool
    session.pause()


def _click(qtbot, window, x1: float, x2: float, button=Qt.MouseButton.LeftButton,
           modifier=Qt.KeyboardModifier.NoModifier) -> None:
    """A real mouse click on the plot at data coordinates (x1, x2)."""
    plot = window.boundary_view.plot
    scene_pos = plot.getPlotItem().getViewBox().mapViewToScene(QPointF(x1, x2))
    qtbot.mouseClick(plot.viewport(), button, modifier, plot.mapFromScene(scene_pos))


def test_drawn_points_reach_core_with_their_labels(drawing):
    _, session, tool = drawing
    tool.clear()
    assert tool.points()[0].shape == (2, 0)
    assert tool.add_point(-1.0, -1.0, 0)
    assert tool.add_point(1.0, 1.5)  # default: class 1
    assert tool.add_point(2.0, 0.5, 1)
    dataset = session.dataset
    assert dataset.name == "drawn" and dataset.problem == "binary"
    assert np.array_equal(dataset.X, [[-1.0, 1.0, 2.0], [-1.0, 1.5, 0.5]])
    assert dataset.y.tolist() == [0, 1, 1]
    # The network trains on exactly these points.
    np.testing.assert_array_equal(session.prepared.Y_train.sum(), 2.0)
    session.step_iteration()
    assert session.iteration == 1


def test_third_class_makes_a_softmax_problem_and_removing_it_goes_back(drawing):
    _, session, tool = drawing
    tool.clear()
    tool.add_point(0.0, 0.0, 0)
    tool.add_point(1.0, 0.0, 1)
    tool.set_picked_class(2)
    tool.add_point(0.0, 1.0)  # the picked class
    assert session.dataset.problem == "multiclass" and session.dataset.y.tolist() == [0, 1, 2]
    assert session.hyperparameters.n_y == 3 and session.trainer.layer_dims[-1] == 3
    assert tool.remove_nearest(0.1, 0.9)
    assert session.dataset.problem == "binary" and session.dataset.y.tolist() == [0, 1]


def test_a_missing_class_gives_a_message_and_leaves_the_session_alone(drawing, qtbot):
    window, session, tool = drawing
    train_points = window.boundary_view.train_scatter
    before = session.dataset
    with qtbot.waitSignal(session.problem_reported) as reported:
        tool.clear()
    assert "No points yet" in reported.args[0]
    assert session.dataset is before  # nothing to train on: the old data stays until the drawing is valid
    assert not train_points.isVisible() and tool.scatter.isVisible()  # only the drawing is shown
    with qtbot.waitSignal(session.problem_reported) as reported:
        tool.add_point(1.0, 1.0)
    assert "class 0" in reported.args[0] and session.dataset is before
    tool.add_point(-1.0, -1.0, 0)  # now both classes: it becomes the data
    assert session.dataset.y.tolist() == [1, 0]
    assert train_points.isVisible()


def test_the_missing_class_message_goes_once_the_points_are_there(drawing, qtbot):
    """The status bar says what is missing while it is missing, and no longer once it is not (it used to
    stay after the points were added and training had reached 100 %)."""
    window, session, tool = drawing
    bar = window.statusBar()
    tool.clear()
    tool.add_point(1.0, 1.0)
    assert bar.currentMessage().startswith("Add at least one point of class 0")
    tool.add_point(-1.0, -1.0, 0)
    assert bar.currentMessage() == "" and tool.message == ""
    tool.add_point(2.0, 2.0, 2)  # a third class is fine: the data become a 3-class problem
    assert bar.currentMessage() == ""
    tool.clear()
    tool.add_point(1.0, 1.0)
    window.statusBar().showMessage("Saved run.bpsession")  # something else said since
    tool.add_point(-1.0, -1.0, 0)
    assert bar.currentMessage() == "Saved run.bpsession"  # only its own message is taken back
    tool.clear()
    tool.add_point(1.0, 1.0)
    tool.set_drawing(False)  # leaving draw mode drops the unfinished drawing, and its message
    assert bar.currentMessage() == ""


def test_real_clicks_add_shift_adds_class_0_and_right_click_removes(drawing, qtbot):
    window, session, tool = drawing
    m = session.dataset.m
    _click(qtbot, window, 1.0, 1.0)
    _click(qtbot, window, -1.0, -2.0, modifier=Qt.KeyboardModifier.ShiftModifier)
    X, y = tool.points()
    assert X.shape == (2, m + 2) and y[-2:].tolist() == [1, 0]
    np.testing.assert_allclose(X[:, -2:], [[1.0, -1.0], [1.0, -2.0]], atol=0.05)  # within a pixel or so
    assert session.dataset.m == m + 2 and session.dataset.y[-2:].tolist() == [1, 0]
    _click(qtbot, window, 1.0, 1.0, button=Qt.MouseButton.RightButton)
    assert session.dataset.m == m + 1 and session.dataset.y[-1] == 0


def test_clicks_do_nothing_outside_draw_mode(drawing, qtbot):
    window, session, tool = drawing
    tool.set_drawing(False)
    before = session.dataset
    _click(qtbot, window, 1.0, 1.0)
    assert session.dataset is before
    assert not tool.class_combo.isEnabled() and not tool.scatter.isVisible()


def test_the_drawing_follows_data_chosen_elsewhere_and_keeps_playing(drawing, qtbot):
    _, session, tool = drawing
    session.set_data_spec(name="xor", m=30)
    X, y = tool.points()
    assert np.array_equal(X, session.dataset.X) and np.array_equal(y, session.dataset.y)
    session.play()
    tool.add_point(0.5, 0.5, 1)
    assert session.running  # adding a point while playing keeps the network learning
    qtbot.waitUntil(lambda: session.iteration > 20)
    session.pause()
    assert session.dataset.m == 31


def test_regression_data_starts_an_empty_drawing(qtbot):
    session = TrainingSession(DataSpec(name="plane", m=30))
    window = MainWindow(session)
    qtbot.addWidget(window)
    tool = getattr(window, "draw_tool", None) or DrawTool(window.boundary_view, session)
    assert tool.points()[0].shape == (2, 0)
    assert "Draw points" == tool.draw_box.text()

"""The cost surface window: J over two parameters around the snapshot shown, its path, computed off the GUI thread."""

from __future__ import annotations

import threading

import numpy as np
import pytest
from PySide6.QtCore import QTimer, Qt

from backprop_studio.core.nn.losses import compute_cost, l2_cost
from backprop_studio.core.nn.propagation import L_model_forward
from backprop_studio.gui.timeline import surface_window
from backprop_studio.gui.timeline.parameters import parameter_keys, parameter_name

from .conftest import scrub, train


def course_J(snapshot) -> float:
    """J of the snapshot's parameters on its training set, by the course's own functions."""
    prepared, parameters = snapshot.prepared, {k: np.array(v) for k, v in snapshot.parameters.items()}
    AL, caches = L_model_forward(prepared.X_train, parameters, snapshot.activations)
    ZL = caches[-1][1]
    cost = compute_cost(AL, prepared.Y_train, snapshot.loss, ZL=ZL)
    return cost + l2_cost(parameters, snapshot.hyperparameters.lambd, snapshot.m)


def open_surface(window, qtbot):
    view_menu = window.view_menu
    action = window.cost_surface.action
    assert action in view_menu.actions()
    action.trigger()
    surface = window.cost_surface
    qtbot.waitUntil(lambda: surface.surface is not None and not surface.computing, timeout=30000)
    return surface


def test_the_surface_at_the_current_point_is_J_and_the_path_ends_there(window, qtbot):
    train(window, qtbot, 250)
    surface_view = open_surface(window, qtbot)
    snapshot = window.session.snapshot
    surface = surface_view.surface
    assert surface.iteration == 250
    J = course_J(snapshot)
    assert surface.J_center == pytest.approx(J, rel=1e-9)
    assert surface.J_center == pytest.approx(snapshot.metrics.train_cost, rel=1e-9)
    p1, p2 = surface.p1, surface.p2
    now = (float(snapshot.parameters[p1[0]][p1[1], p1[2]]), float(snapshot.parameters[p2[0]][p2[1], p2[2]]))
    assert tuple(surface.path[-1]) == now and surface.path_iterations[-1] == 250
    assert surface.path_iterations[0] == 0 and len(surface.path) > 100  # from the start, one point per kept state
    assert surface_view.plot.point() == now
    # The axes carry the course's names of the two parameters.
    assert surface_view.plot.titles == {"bottom": parameter_name(p1), "left": parameter_name(p2)}
    assert "iteration 250" in surface_view.status_label.text()


def test_choosing_two_parameters_in_the_combo_boxes(window, qtbot):
    train(window, qtbot, 60)
    surface_view = open_surface(window, qtbot)
    snapshot = window.session.snapshot
    keys = parameter_keys(snapshot)
    names = [surface_view.combo1.itemText(i) for i in range(surface_view.combo1.count())]
    assert names == [parameter_name(k) for k in keys] and "W[1]₁,₂" in names and "b[2]₁" in names
    assert len(keys) == sum(v.size for v in snapshot.parameters.values())  # every entry of every W and b
    surface_view.combo1.setCurrentIndex(names.index("W[1]₁,₂"))
    surface_view.combo2.setCurrentIndex(names.index("b[2]₁"))
    surface_view.combo2.activated.emit(surface_view.combo2.currentIndex())  # as the student's choice does
    qtbot.waitUntil(lambda: surface_view.surface.p2 == ("b2", 0, 0) and not surface_view.computing, timeout=30000)
    surface = surface_view.surface
    assert surface.p1 == ("W1", 0, 1)
    assert surface_view.plot.titles == {"bottom": "W[1]₁,₂", "left": "b[2]₁"}
    # Each grid point is J with those two set to the grid's values (spot-check one corner by the course's functions).
    parameters = {k: np.array(v) for k, v in snapshot.parameters.items()}
    parameters["W1"][0, 1], parameters["b2"][0, 0] = surface.values1[0], surface.values2[-1]
    AL, caches = L_model_forward(snapshot.prepared.X_train, parameters, snapshot.activations)
    corner = compute_cost(AL, snapshot.prepared.Y_train, snapshot.loss, ZL=caches[-1][1])
    assert surface.J[-1, 0] == pytest.approx(corner, rel=1e-9)


def test_picking_two_edges_in_the_diagram(window, qtbot):
    surface_view = open_surface(window, qtbot)
    diagram = window.diagram_view
    qtbot.mouseClick(surface_view.pick_button, Qt.MouseButton.LeftButton)
    assert "1 of 2" in surface_view.status_label.text()
    qtbot.mouseClick(diagram.canvas.viewport(), Qt.MouseButton.LeftButton, pos=diagram.edge_view_pos(1, 0, 0))
    qtbot.mouseClick(diagram.canvas.viewport(), Qt.MouseButton.LeftButton, pos=diagram.edge_view_pos(2, 0, 3))
    assert not surface_view.pick_button.isChecked()
    qtbot.waitUntil(lambda: surface_view.surface.p1 == ("W1", 0, 0) and not surface_view.computing, timeout=30000)
    assert surface_view.surface.p2 == ("W2", 0, 3)
    assert surface_view.combo1.currentText() == "W[1]₁,₁" and surface_view.combo2.currentText() == "W[2]₁,₄"


def test_the_grid_is_computed_off_the_gui_thread_which_stays_responsive(window, qtbot, monkeypatch):
    real = surface_window.cost_surface.compute
    seen = {}
    tick = threading.Event()

    def slow_compute(*args, **kwargs):
        seen["thread"] = threading.current_thread()
        # Finishes only once the window's thread has run a timer: it would wait the whole 20 s (and fail
        # below) if it blocked that thread.
        seen["ticked"] = tick.wait(20)
        return real(*args, **kwargs)

    monkeypatch.setattr(surface_window.cost_surface, "compute", slow_compute)
    timer = QTimer()
    timer.setSingleShot(True)
    timer.timeout.connect(tick.set)
    timer.start(10)
    window.cost_surface.action.trigger()
    assert window.cost_surface.computing  # the window came back at once, the grid still to come
    qtbot.waitUntil(lambda: window.cost_surface.surface is not None and not window.cost_surface.computing,
                    timeout=30000)
    assert seen["ticked"] and seen["thread"] is not threading.main_thread()


def test_recomputed_by_itself_when_the_others_moved_far_and_on_demand(window, qtbot):
    surface_view = open_surface(window, qtbot)
    first = surface_view.surface
    assert first.iteration == 0
    train(window, qtbot, 500)  # every parameter moved far from where it started
    assert first.is_stale(window.session.snapshot.parameters)
    # By itself, it recomputes around the run as it goes; once the run stopped, the one it shows is J's slice
    # near the end (which iteration exactly depends on when the last recompute began: not asserted).
    qtbot.waitUntil(lambda: surface_view.surface is not first and not surface_view.computing
                    and not surface_view.surface_stale(), timeout=30000)
    assert surface_view.surface.iteration > 0
    again = surface_view.surface
    qtbot.mouseClick(surface_view.recompute_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: surface_view.surface is not again and not surface_view.computing, timeout=30000)
    assert surface_view.surface.iteration == 500


def test_the_surface_of_a_past_iteration(window, qtbot):
    train(window, qtbot, 300)
    surface_view = open_surface(window, qtbot)
    scrub(window, qtbot, 40)
    qtbot.mouseClick(surface_view.recompute_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: surface_view.surface.iteration == 40 and not surface_view.computing, timeout=30000)
    surface, past = surface_view.surface, window.session.snapshot
    assert surface.J_center == pytest.approx(course_J(past), rel=1e-9)
    assert surface.path_iterations[-1] == 40 and surface.path_iterations.max() == 40  # the path up to then

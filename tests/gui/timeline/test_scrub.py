"""Scrubbing the timeline: every view shows the past iteration, bit for bit a fresh run stopped there."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import Qt

from backprop_studio.core.session import Session
from backprop_studio.gui.views.diagram.style import edge_width
from backprop_studio.gui.views.cost_curve import format_cost

from .conftest import scrub, train


def test_scrubbing_shows_exactly_the_parameters_of_a_fresh_run_stopped_there(window, qtbot):
    train(window, qtbot, 3000)
    session = window.session
    kept = session.model.run.timeline.kept_iterations
    retrained = [k for k in range(1000, 3000) if k not in kept][::400]  # between two kept states: re-trained
    assert retrained
    fresh = Session()
    done = 0
    for k in (0, 1, 37, 100, *retrained, 2999):
        scrub(window, qtbot, k)
        shown = session.snapshot
        assert shown.iteration == k and shown.present == 3000 and session.timeline.viewing_past
        fresh.train(k - done)
        done = k
        expected = fresh.parameters()
        assert shown.parameters.keys() == expected.keys()
        for key in expected:
            assert np.array_equal(shown.parameters[key], expected[key]), (k, key)
        assert shown.metrics.train_cost == fresh.metrics().train_cost
    assert session.model.iteration == 3000  # looking changed nothing


def test_scrubbing_moves_the_counter_status_bar_diagram_cost_marker_and_activations(window, qtbot):
    train(window, qtbot, 300)
    session = window.session
    bar = window.timeline_bar
    # Drag the slider to iteration 20 (the key presses a student would make: Home, then Right 20 times).
    bar.slider.setFocus()
    qtbot.keyClick(bar.slider, Qt.Key.Key_Home)
    for _ in range(20):
        qtbot.keyClick(bar.slider, Qt.Key.Key_Right)
    qtbot.waitUntil(lambda: not bar.computing and session.snapshot.iteration == 20, timeout=30000)
    past = session.snapshot
    # A version of its own: pictures cached by version (the renderer) never mix it with the present's.
    assert past.version < 0 and past.version != session.timeline.present_snapshot.version
    window.refresh_now()
    qtbot.waitUntil(lambda: window.status_labels["iteration"].text() == "Iteration 20", timeout=5000)
    assert window.toolbar.iteration_label.text() == "Iteration 20"
    assert window.status_labels["cost"].text() == f"Cost J = {format_cost(past.metrics.train_cost)}"
    assert bar.where_label.text() == "Past: iteration 20 of 300"
    # The diagram draws W[1] as it was at iteration 20 (edge width grows with |w|).
    present = session.timeline.present_snapshot
    moved = max(((l, j, k) for l in (1, 2) for j in range(past.parameters[f"W{l}"].shape[0])
                 for k in range(past.parameters[f"W{l}"].shape[1])),
                key=lambda e: abs(edge_width(past.parameters[f"W{e[0]}"][e[1], e[2]])
                                  - edge_width(present.parameters[f"W{e[0]}"][e[1], e[2]])))
    l, j, k = moved
    then, now = (float(s.parameters[f"W{l}"][j, k]) for s in (past, present))
    assert abs(edge_width(then) - edge_width(now)) > 0.5
    assert window.diagram_view.edge_pen(l, j, k).widthF() == pytest.approx(edge_width(then), abs=0.125)
    # The cost curve's "now" dot sits at iteration 20 and J then; the curve itself is the whole run.
    x, y = window.cost_view.now_marker()
    assert (x, y) == (20.0, pytest.approx(past.metrics.train_cost))
    # Back to the present with End.
    qtbot.keyClick(window, Qt.Key.Key_End)
    qtbot.waitUntil(lambda: session.snapshot.iteration == 300 and not session.timeline.viewing_past, timeout=5000)
    window.refresh_now()
    assert window.toolbar.iteration_label.text() == "Iteration 300"
    assert bar.where_label.text() == "Present"


def test_alt_left_and_alt_right_step_through_the_timeline(window, qtbot):
    train(window, qtbot, 50)
    session = window.session
    for _ in range(3):
        qtbot.keyClick(window, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: not window.timeline_bar.computing and session.snapshot.iteration == 47, timeout=30000)
    qtbot.keyClick(window, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: not window.timeline_bar.computing and session.snapshot.iteration == 48, timeout=30000)
    assert session.timeline.viewing_past and session.model.iteration == 50


def test_the_past_shows_no_phase_of_the_present_in_the_inspector(window, qtbot):
    train(window, qtbot, 30)
    window.actions.step_phase.trigger()  # the present is in the middle of iteration 30
    assert window.inspector.showing_phase()
    scrub(window, qtbot, 10)
    assert not window.inspector.showing_phase()  # iteration 10 was between iterations: the shapes table
    assert window.session.snapshot.phase is None


def test_play_from_the_past_resumes_from_the_present(window, qtbot):
    train(window, qtbot, 120)
    session = window.session
    qtbot.waitUntil(lambda: window.timeline_bar.where_label.text() == "Present", timeout=5000)  # Play has stopped
    scrub(window, qtbot, 40)
    session.max_iterations = 130
    window.actions.play_pause.trigger()
    assert not session.timeline.viewing_past  # Play went back to the present first
    assert not window.timeline_bar.slider.isEnabled()  # no scrubbing while playing
    assert window.timeline_bar.where_label.text() == "Playing: showing the present"
    qtbot.waitUntil(lambda: not session.running, timeout=60000)
    assert session.model.iteration == 130  # trained on from 120, not from 40
    fresh = Session()
    fresh.train(130)
    assert all(np.array_equal(session.snapshot.parameters[k], v) for k, v in fresh.parameters().items())
    assert window.timeline_bar.slider.isEnabled() and window.timeline_bar.slider.maximum() == 130


def test_step_from_the_past_steps_the_present(window, qtbot):
    train(window, qtbot, 60)
    scrub(window, qtbot, 5)
    window.actions.step.trigger()
    assert not window.session.timeline.viewing_past and window.session.snapshot.iteration == 61


def test_branch_from_here_asks_drops_the_later_iterations_and_says_so(window, qtbot):
    train(window, qtbot, 200)
    session = window.session
    bar = window.timeline_bar
    scrub(window, qtbot, 75)
    asked = []
    bar.confirm_branch = lambda k, dropped: asked.append((k, dropped)) or False  # the student says No
    qtbot.mouseClick(bar.branch_button, Qt.MouseButton.LeftButton)
    assert asked == [(75, 125)] and session.model.iteration == 200 and session.timeline.viewing_past
    bar.confirm_branch = lambda k, dropped: True  # … then Yes
    with qtbot.waitSignal(session.problem_reported) as said:
        qtbot.mouseClick(bar.branch_button, Qt.MouseButton.LeftButton)
    assert "iteration 75" in said.args[0] and "125" in said.args[0] and "dropped" in said.args[0]
    assert session.model.iteration == 75 and not session.timeline.viewing_past
    assert window.statusBar().currentMessage() == said.args[0]
    assert bar.slider.maximum() == 75 and bar.where_label.text() == "Present"
    # Training on from 75 is a fresh run's 75 … 100 (nothing of the dropped iterations is left).
    window.actions.step.trigger()
    fresh = Session()
    fresh.train(76)
    assert all(np.array_equal(session.snapshot.parameters[k], v) for k, v in fresh.parameters().items())


def test_a_change_while_in_the_past_applies_to_the_present_and_shows_it(window, qtbot):
    train(window, qtbot, 80)
    session = window.session
    scrub(window, qtbot, 10)
    session.select_neuron(1, 0)  # looking at a neuron stays in the past
    assert session.timeline.viewing_past and session.snapshot.iteration == 10 and session.snapshot.selection.neuron == (1, 0)
    session.set_learning_rate(0.5)  # a change of the run: the views show the present
    assert not session.timeline.viewing_past and session.snapshot.iteration == 80
    assert window.timeline_bar.where_label.text() == "Present"


def test_the_boundary_and_the_activation_histogram_show_the_past(window, qtbot):
    train(window, qtbot, 400)
    session = window.session
    present_image = window.boundary_view.image_array()
    scrub(window, qtbot, 15)
    past = session.snapshot
    window.refresh_now()
    image = window.boundary_view.image_array()
    assert not np.allclose(image, present_image)  # a different picture from the present's …
    _, grid = past.output_grid(image.shape[0])
    np.testing.assert_allclose(image, grid[0], rtol=1e-6)  # … ŷ of iteration 15 over the plane
    counts, edges = window.activation_view.histogram_data()
    Z1 = past.training_values()[0][0]
    assert np.array_equal(counts, np.histogram(Z1, bins=edges)[0])  # Z[1] of iteration 15


def test_end_in_a_text_box_moves_the_cursor_not_the_timeline(window, qtbot):
    train(window, qtbot, 50)
    scrub(window, qtbot, 10)
    edit = window.toolbar.alpha_combo.lineEdit()
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_End)
    assert window.session.timeline.viewing_past and window.session.snapshot.iteration == 10


def test_an_iteration_outside_the_run_is_refused_with_a_message(window, qtbot):
    train(window, qtbot, 20)
    session = window.session
    with qtbot.waitSignal(session.problem_reported) as said:
        assert not session.timeline.show_iteration(21)
    assert "21" in said.args[0]
    assert not session.timeline.viewing_past and session.snapshot.iteration == 20
    assert session.timeline.show_iteration(3) and session.snapshot.iteration == 3


def test_the_past_shows_the_alpha_then_and_showing_it_changes_nothing(window, qtbot):
    session = window.session
    session.load_lesson("learning_rate")  # lesson 10: α = 0.001 …
    train(window, qtbot, 30)
    session.set_learning_rate(10.0)  # … then α = 10
    train(window, qtbot, 60)
    scrub(window, qtbot, 12)
    qtbot.wait(300)  # the panels' throttled redraws
    assert session.timeline.viewing_past and session.snapshot.iteration == 12  # no panel wrote the shown α back
    assert session.snapshot.hyperparameters.learning_rate == 0.001
    assert session.model.hyperparameters.learning_rate == 10.0 and session.model.iteration == 60
    assert window.toolbar.alpha_combo.lineEdit().text() in ("0.001", "1e-3", "0.0010")


def test_a_long_runs_slider_is_stretched_at_the_start(window, qtbot):
    train(window, qtbot, 3000)
    session, bar = window.session, window.timeline_bar
    assert (bar.slider.minimum(), bar.slider.maximum()) == (0, 1000)
    bar.slider.setValue(500)  # half way along the slider: about √3001 − 1 ≈ 54, where the boundary is forming
    qtbot.waitUntil(lambda: not bar.computing and session.timeline.viewing_past, timeout=30000)
    assert session.snapshot.iteration == bar.spin.value() == 54
    bar.slider.setValue(1000)
    qtbot.waitUntil(lambda: not session.timeline.viewing_past, timeout=30000)
    assert session.snapshot.iteration == 3000
    bar.spin.setValue(2999)  # the box is exact whatever the slider's scale
    qtbot.waitUntil(lambda: not bar.computing and session.snapshot.iteration == 2999, timeout=30000)
    assert bar.slider.value() == 1000

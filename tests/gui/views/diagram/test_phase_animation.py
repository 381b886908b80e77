"""One iteration, phase by phase, on the diagram: order, end state, breadcrumb, speed, cancelling."""

from __future__ import annotations

import numpy as np
import pytest

from backprop_studio.core.training.hyperparameters import Hyperparameters
from backprop_studio.core.training.trainer import Trainer
from backprop_studio.gui.model.session import TrainingSession
from backprop_studio.gui.views.diagram.animation import BASE_PHASE_MS
from backprop_studio.gui.views.diagram.style import BACKWARD_COLOR, FORWARD_COLOR
from backprop_studio.gui.views.diagram.view import NetworkDiagramView
from backprop_studio.gui.views.diagram.breadcrumb import iteration_phases

FAST = 25.0  # 28 ms a phase: quick tests, still a real timer chain with animations


def make_view(qtbot, hidden: tuple[int, ...] = (4,), steps: int = 5) -> NetworkDiagramView:
    hp = Hyperparameters(hidden_units=hidden, hidden_activations=("tanh",) * len(hidden), initialization="xavier")
    session = TrainingSession(hyperparameters=hp)
    for _ in range(steps):
        session.step_iteration()
    view = NetworkDiagramView(session)
    qtbot.addWidget(view)
    view.resize(800, 500)
    view.show()
    qtbot.waitExposed(view)
    return view


def record(session: TrainingSession) -> list[tuple[str, int]]:
    """Each new phase the window is shown (a snapshot whose phase is a new event), in order."""
    seen: list[tuple[str, int]] = []
    last = [session.snapshot.phase]

    def on_state(snapshot) -> None:
        if snapshot.phase is not None and snapshot.phase is not last[0]:
            seen.append((snapshot.phase.kind, snapshot.phase.layer))
        last[0] = snapshot.phase

    session.state_changed.connect(on_state)
    return seen


def reference_step(session: TrainingSession) -> dict[str, np.ndarray]:
    """The parameters after one plain Trainer.step() from the session's current state, on a separate trainer."""
    p = session.prepared
    trainer = Trainer(session.hyperparameters, p.X_train, p.Y_train, p.X_test, p.Y_test)
    trainer.restore(session.trainer.state())
    trainer.step()
    return trainer.parameters()


def same_to_rounding(a: dict, b: dict) -> bool:
    """The phases run the course's functions, the engine its fused buffers: equal to 1e-12."""
    return all(np.allclose(a[key], b[key], rtol=1e-12, atol=1e-14) for key in b)


@pytest.mark.parametrize("hidden", [(), (4,), (3, 5, 2)])
def test_animated_step_visits_the_phases_in_course_order(qtbot, hidden):
    view = make_view(qtbot, hidden)
    session = view._session
    L = len(hidden) + 1
    expected_parameters = reference_step(session)
    start = session.iteration
    seen = record(session)
    view.set_animation_speed(FAST)
    view.animate_button.click()
    assert view.animating
    qtbot.waitUntil(lambda: not view.animating, timeout=10_000)
    assert seen == iteration_phases(L)
    assert seen[:L] == [("forward", l) for l in range(1, L + 1)] and seen[L] == ("cost", L)
    assert session.iteration == start + 1
    parameters = session.trainer.parameters()
    assert same_to_rounding(parameters, expected_parameters)
    assert not session.model.in_iteration
    assert view.breadcrumb.current_text() == "Update" and view.breadcrumb.next_text() == "Forward 1"


def test_the_breadcrumb_follows_step_phase(qtbot):
    view = make_view(qtbot, (4,))
    session = view._session
    crumb = view.breadcrumb
    assert crumb.chip_texts() == ["Forward 1", "Forward 2", "Cost", "Backward 2", "Backward 1", "Update"]
    assert crumb.current_text() == "" and crumb.chip_state("Forward 1") == "next"
    view.set_animation_speed(0)
    names = ["Forward 1", "Forward 2", "Cost", "Backward 2", "Backward 1", "Update", "Update"]
    for i, name in enumerate(names):
        session.step_phase()
        assert crumb.current_text() == name
        assert crumb.chip_state(name) == "current"
        assert crumb.chip(("forward", 1)).font().bold() == (name == "Forward 1")
        if i < 4:
            assert crumb.chip_state(names[i + 1]) == "next"
        if i:
            assert crumb.chip_state(names[0]) in ("done", "next")
    assert session.iteration == 6 and crumb.next_text() == "Forward 1"
    session.step_iteration()  # a plain step: the diagram is back at rest
    assert crumb.current_text() == ""


def test_deep_networks_get_a_compact_breadcrumb(qtbot):
    view = make_view(qtbot, (3, 3, 3, 3))
    chips = view.breadcrumb.chip_texts()
    assert len(chips) == 5 + 1 + 5 + 1
    assert view.breadcrumb.chip(("forward", 3)).text() == "3"
    view._session.step_phase()
    assert view.breadcrumb.current_text() == "Forward 1"


def test_phases_light_up_the_diagram(qtbot):
    view = make_view(qtbot, (4, 4))
    session = view._session
    items = view.items
    view.set_animation_speed(0)
    session.step_phase()
    session.step_phase()  # forward 2
    assert all(n.glow.isVisible() for (l, _), n in items.neurons.items() if l <= 2)
    assert not any(n.glow.isVisible() for (l, _), n in items.neurons.items() if l == 3)
    ring = items.neurons[(2, 0)].glow.pen().color().getRgb()[:3]
    assert ring == FORWARD_COLOR
    assert items.neurons[(1, 0)].glow.opacity() < items.neurons[(2, 0)].glow.opacity()  # older: dimmer
    session.step_phase()  # forward 3
    assert items.neurons[(3, 0)].glow.isVisible()
    session.step_phase()  # cost
    assert items.cost_text.isVisible() and "J = " in items.cost_text.text()
    event = session.step_phase()  # backward 3
    assert (event.kind, event.layer) == ("backward", 3)
    glows = items.edges[3].glows
    assert all(g.isVisible() for g in glows) and not any(g.isVisible() for g in items.edges[2].glows)
    assert glows[0].pen().color().getRgb()[:3] == BACKWARD_COLOR
    dW = np.abs(event.tensors["dW"][items.edges[3].rows, items.edges[3].cols])
    widths = np.array([g.pen().widthF() for g in glows])
    assert np.all(np.diff(widths[np.argsort(dW, kind="stable")]) >= -1e-9)  # thicker where |dW| is larger
    session.step_phase()  # backward 2: the glow moves left, layer 3's stays dim
    assert all(g.isVisible() for g in items.edges[2].glows)
    assert items.edges[3].glows[0].opacity() < items.edges[2].glows[0].opacity()
    session.step_phase()  # backward 1
    event = session.step_phase()  # update 1: W[1]'s edges now show W_after
    assert (event.kind, event.layer) == ("update", 1)
    W1 = event.tensors["W_after"]
    assert view.edge_pen(1, 0, 1).widthF() == items.edge_pen(float(W1[0, 1])).widthF()
    assert not any(g.isVisible() for g in items.edges[1].glows)
    session.step_phase()
    session.step_phase()  # update 3: the iteration is over and the glows are gone
    assert not session.model.in_iteration
    assert not any(n.glow.isVisible() for n in items.neurons.values())


def test_speed_off_finishes_at_once(qtbot):
    view = make_view(qtbot, (3, 3, 3))
    session = view._session
    start = session.iteration
    seen = record(session)
    view.speed_combo.setCurrentIndex(view.speed_combo.findData(0.0))
    assert view.animator.duration_ms == 0
    view.step_iteration_animated()
    assert not view.animating and session.iteration == start + 1
    assert seen == iteration_phases(4)


def test_stop_mid_animation_stops_further_phases(qtbot):
    view = make_view(qtbot, (4,))
    session = view._session
    seen = record(session)
    view.set_animation_speed(0.4)  # the "slow" choice: 1.75 s a phase
    assert view.speed_combo.currentText() == "slow"
    view.step_iteration_animated()
    assert seen == [("forward", 1)] and view.stop_button.isEnabled()
    view.stop_button.click()
    assert not view.animating and not view.stop_button.isEnabled()
    qtbot.wait(int(BASE_PHASE_MS / 0.4) + 300)  # longer than a slow phase: none may come
    assert seen == [("forward", 1)] and session.model.in_iteration
    assert session.step_phase().kind == "forward"  # Step phase goes on where it stopped
    assert view.breadcrumb.current_text() == "Forward 2"


def test_another_step_or_play_cancels_cleanly(qtbot):
    view = make_view(qtbot, (4,))
    session = view._session
    view.set_animation_speed(0.4)
    start = session.iteration
    expected = reference_step(session)
    view.step_iteration_animated()
    session.step_iteration()  # → : finishes the half-done iteration at once
    assert not view.animating and session.iteration == start + 1
    assert same_to_rounding(session.trainer.parameters(), expected)
    assert view.breadcrumb.current_text() == ""
    assert not any(n.glow.isVisible() for n in view.items.neurons.values())
    seen = record(session)
    view.step_iteration_animated()
    session.play()
    qtbot.waitUntil(lambda: session.iteration > start + 20)
    session.pause()
    assert not view.animating and seen == [("forward", 1)]  # playing never animates phases


def test_pressing_animate_twice_finishes_the_iteration(qtbot):
    view = make_view(qtbot, (4,))
    session = view._session
    start = session.iteration
    view.set_animation_speed(0.4)
    view.step_iteration_animated()
    view.step_iteration_animated()
    assert not view.animating and session.iteration == start + 1 and not session.model.in_iteration


def test_an_edited_weight_or_new_network_cancels(qtbot):
    view = make_view(qtbot, (4,))
    session = view._session
    view.set_animation_speed(0.4)
    view.step_iteration_animated()
    session.set_weight("W1", 0, 0, 0.5)
    assert not view.animating and view.breadcrumb.current_text() == ""
    view.step_iteration_animated()
    assert session.set_hidden_units((2, 2))
    assert not view.animating and len(view.breadcrumb.chip_texts()) == 3 + 1 + 3 + 1

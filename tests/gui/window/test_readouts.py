"""The toolbar counter and the status bar show the snapshot every view draws from, and only that.

Bugs these guard against: while playing, the toolbar said 17,960 and the status bar 12,808
(each read the session at its own moment, one through a stale path); setting W[2]₁,₁ = 50 in
the diagram left the status bar at "J = 0.6469" while the model's cost was 6.4.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt

from backprop_studio.gui.views.cost_curve import format_cost


def shown(window) -> dict[str, str]:
    return {"toolbar": window.toolbar.iteration_label.text(),
            **{key: label.text() for key, label in window.status_labels.items()}}


def expected(snapshot) -> dict[str, str]:
    metrics = snapshot.metrics
    return {"toolbar": f"Iteration {snapshot.iteration:,}", "iteration": f"Iteration {snapshot.iteration:,}",
            "cost": f"Cost J = {format_cost(metrics.train_cost)}",
            "accuracy": f"Train accuracy {100 * metrics.train_accuracy:.1f}%"}


def agrees(window, snapshot) -> bool:
    now = shown(window)
    return all(now[key] == text for key, text in expected(snapshot).items())


def test_while_playing_the_counter_and_the_status_bar_show_the_same_snapshot(window, qtbot):
    session = window.session
    session.set_speed(0)  # as fast as the machine goes
    counted = []

    def after_the_toolbar(snapshot) -> None:
        # Connected after the window's own slots: the status bar and the counter have just shown this snapshot.
        counted.append((snapshot.iteration, window.toolbar.iteration_label.text(),
                        window.status_labels["iteration"].text()))

    window.status_bar.shown.connect(after_the_toolbar)
    session.play()
    for _ in range(3):
        earlier = session.snapshot
        # The worker trains on its own thread; the window shows what it publishes.
        qtbot.waitUntil(lambda: session.snapshot.iteration > earlier.iteration + 300, timeout=30000)
        assert session.running
        # Whenever the window is looked at, the big counter and the status bar say the same iteration.
        assert window.toolbar.iteration_label.text() == window.status_labels["iteration"].text()
        # Both shown from one snapshot that is no longer the session's state: a readout that read
        # the trainer, the session's iteration or its metrics would show newer numbers than these.
        window.toolbar.show_snapshot(earlier)
        window.status_bar.show_snapshot(earlier)
        assert session.snapshot.iteration != earlier.iteration
        assert agrees(window, earlier), (shown(window), expected(earlier))
        # Refreshing at once shows the latest snapshot everywhere.
        window.refresh_now()
        assert agrees(window, session.snapshot), (shown(window), expected(session.snapshot))
    last = session.snapshot.iteration
    qtbot.waitUntil(lambda: session.snapshot.iteration > last + 300, timeout=30000)  # the readouts are behind again
    window.status_bar.shown.disconnect(after_the_toolbar)
    window.actions.play_pause.trigger()
    assert not session.running
    # Once paused and the throttled status bar has drawn, everything says the same.
    qtbot.waitUntil(lambda: agrees(window, session.snapshot) and window.status_labels["speed"].text() == "Paused",
                    timeout=5000)
    assert len(counted) >= 3  # at least one snapshot shown per wait above (how many is the machine's speed)
    assert all(text == status == f"Iteration {iteration:,}" for iteration, text, status in counted)


def test_the_readouts_show_exactly_the_snapshot_they_are_given(window):
    snapshot = window.session.snapshot
    assert snapshot.iteration == 0
    forged = replace(snapshot, iteration=17_960,
                     metrics=replace(snapshot.metrics, iteration=17_960, train_cost=0.123456, train_accuracy=0.5))
    window.toolbar.show_snapshot(forged)
    window.status_bar.show_snapshot(forged)
    assert shown(window)["toolbar"] == "Iteration 17,960" == shown(window)["iteration"]
    assert shown(window)["cost"] == f"Cost J = {format_cost(0.123456)}"
    assert shown(window)["accuracy"] == "Train accuracy 50.0%"


def test_a_weight_typed_in_the_diagram_shows_its_cost_in_the_status_bar(window, qtbot):
    session = window.session
    for _ in range(30):
        window.actions.step.trigger()
    window.refresh_now()
    before = shown(window)
    assert agrees(window, session.snapshot)
    diagram = window.diagram_view
    diagram.ask_weight = lambda prompt, current: (50.0, "W[2]₁,₁" in prompt)
    qtbot.mouseDClick(diagram.canvas.viewport(), Qt.MouseButton.LeftButton, pos=diagram.edge_view_pos(2, 0, 0))
    assert session.snapshot.parameters["W2"][0, 0] == 50.0
    qtbot.waitUntil(lambda: agrees(window, session.snapshot), timeout=5000)
    assert shown(window)["cost"] != before["cost"]
    assert shown(window)["iteration"] == before["iteration"] == "Iteration 30"

"""Helpers for the timeline tests: a window trained a few hundred iterations by Play."""

from __future__ import annotations


def train(window, qtbot, iterations: int) -> None:
    """Play until ``iterations`` (as ``--iterations`` does), then wait until the window shows the stop."""
    session = window.session
    session.set_speed(0)
    session.max_iterations = iterations
    window.actions.play_pause.trigger()
    qtbot.waitUntil(lambda: not session.running and session.snapshot.iteration == iterations, timeout=60000)
    session.max_iterations = None


def scrub(window, qtbot, iteration: int) -> None:
    """Type ``iteration`` into the timeline's box and wait until every view has been handed it."""
    bar = window.timeline_bar
    bar.spin.setValue(iteration)
    qtbot.waitUntil(lambda: not bar.computing and window.session.snapshot.iteration == iteration, timeout=30000)

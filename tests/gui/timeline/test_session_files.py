"""Sessions save the timeline: a reopened session can be scrubbed back to any iteration, exactly."""

from __future__ import annotations

import numpy as np

from backprop_studio.core.session import Session

from .conftest import scrub, train


def test_save_and_open_keep_the_timeline(window, qtbot, tmp_path):
    train(window, qtbot, 500)
    session = window.session
    actions = window.file_actions
    path = tmp_path / "past.bpsession"
    actions.ask_save_path = lambda *args: str(path)
    assert actions.save_as()
    window.actions.reset.trigger()  # another run in the window meanwhile
    assert session.model.iteration == 0
    assert actions.open_session(str(path))
    assert session.model.iteration == 500
    assert window.timeline_bar.slider.minimum() == 0 and window.timeline_bar.slider.maximum() == 500
    fresh = Session()
    fresh.train(123)
    scrub(window, qtbot, 123)
    assert all(np.array_equal(session.snapshot.parameters[k], v) for k, v in fresh.parameters().items())


def test_scrubbing_is_not_an_unsaved_change(window, qtbot, tmp_path):
    train(window, qtbot, 100)
    actions = window.file_actions
    actions.ask_save_path = lambda *args: str(tmp_path / "run.bpsession")
    scrub(window, qtbot, 30)
    assert actions.save_as()  # saving while the past is shown saves the present
    assert not actions.modified
    scrub(window, qtbot, 60)
    window.timeline_bar.go_to_present()
    assert not actions.modified
    window.actions.step.trigger()
    assert actions.modified

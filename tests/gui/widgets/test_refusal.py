"""call_refusable: a session method's answer, and the reason it gave when it refused."""

from __future__ import annotations

from backprop_studio.gui.model.session import TrainingSession
from backprop_studio.gui.widgets.refusal import call_refusable


def test_an_accepted_change_has_no_reason(qtbot):
    session = TrainingSession()
    assert call_refusable(session, session.set_learning_rate, 0.5) == (True, "")
    assert session.snapshot.hyperparameters.learning_rate == 0.5


def test_a_refused_change_gives_the_sessions_reason_and_changes_nothing(qtbot):
    session = TrainingSession()
    accepted, reason = call_refusable(session, session.set_learning_rate, -1.0)
    assert not accepted and "learning rate" in reason
    assert session.snapshot.hyperparameters.learning_rate == 1.2
    # Each call hears only its own reason: the listener left with the first call.
    accepted, reason = call_refusable(session, session.set_data_spec, m=1)
    assert not accepted and "learning rate" not in reason and reason

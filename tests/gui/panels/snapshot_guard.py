"""A guard for tests: panels and labs draw from ``session.snapshot``, never from the session's live state.

``forbid_live_reads`` makes ``TrainingSession.trainer`` raise for everyone, and the
session's other live readings (hyperparameters, prepared data, data spec, dataset,
iteration, last phase, metrics) raise when a module of gui.panels, gui.labs or
gui.widgets reads them. The session's own methods still read them freely.
"""

from __future__ import annotations

import sys

import pytest

from backprop_studio.gui.model.session import TrainingSession

GUARDED_PACKAGES = tuple(f"{TrainingSession.__module__.split('.gui.')[0]}.gui.{name}."
                         for name in ("panels", "labs", "widgets"))
LIVE_READINGS = ("hyperparameters", "prepared", "data_spec", "dataset", "iteration")


def _read_by_a_panel() -> str | None:
    """The module two frames up (the reader of the property or method), if it is a panel's, lab's or widget's."""
    module = sys._getframe(2).f_globals.get("__name__", "")
    return module if module.startswith(GUARDED_PACKAGES) else None


def forbid_live_reads(monkeypatch: pytest.MonkeyPatch) -> None:
    """Patch TrainingSession so that a panel or lab reading its live state raises AssertionError."""

    def trainer(_session: TrainingSession) -> None:
        raise AssertionError("session.trainer was read: panels and labs draw from session.snapshot")

    monkeypatch.setattr(TrainingSession, "trainer", property(trainer))
    for name in LIVE_READINGS:
        original = getattr(TrainingSession, name)

        def read(session: TrainingSession, _name: str = name, _original: property = original):
            reader = _read_by_a_panel()
            if reader is not None:
                raise AssertionError(f"{reader} read session.{_name}: draw from session.snapshot")
            return _original.fget(session)

        monkeypatch.setattr(TrainingSession, name, property(read))
    metrics = TrainingSession.metrics

    def guarded_metrics(session: TrainingSession):
        reader = _read_by_a_panel()
        if reader is not None:
            raise AssertionError(f"{reader} called session.metrics(): draw from session.snapshot")
        return metrics(session)

    monkeypatch.setattr(TrainingSession, "metrics", guarded_metrics)

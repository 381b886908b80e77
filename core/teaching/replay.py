"""A lesson's demo — what the student is asked to do — played headless through the app's own Session.

Tests use it to prove that each lesson's checks tick within their bounds: the changes
are the session's changes, the training is the session's, and the checks are looked at
on the session's schedule, as in the app.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..data.pipeline import PreparedData
from ..errors import DivergenceError
from ..session.session import Session
from ..training.trainer import Trainer
from .lesson_checks import LessonLog
from .lessons import Lesson


@dataclass
class Replay:
    """What ``replay`` ended with: the log and, per check, whether it ticked."""

    log: LessonLog
    trainer: Trainer
    prepared: PreparedData
    ticked: list[bool]


def replay(lesson: Lesson) -> Replay:
    """Load ``lesson`` in a new session and do what its demo says: each step's changes, then its iterations."""
    session = Session()
    session.load_lesson(lesson)
    for step in lesson.demo:
        if step.changes:
            session.set_hyperparameters(**dict(step.changes))
        try:
            session.train(step.iterations)
        except DivergenceError:
            pass  # the session noted it: the lesson's "the cost went up" may tick on it
    return Replay(session.lessons.log, session.trainer, session.prepared, list(session.lessons.ticked))


__all__ = ["Replay", "replay"]

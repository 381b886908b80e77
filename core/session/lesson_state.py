"""LessonState: the active lesson, what the student has done in it, and which of its checks have ticked.

The session looks at the checks after every change and on its evaluation schedule
(``check``); a check that has held stays ticked. The runs, labs and sweeps a check
reads are kept in the lesson's ``LessonLog`` (core.teaching.lesson_checks).
"""

from __future__ import annotations

from ..data.pipeline import PreparedData
from ..errors import HyperparameterError
from ..teaching.lesson_checks import LessonLog
from ..teaching.lessons import LESSONS, Lesson, get_lesson
from ..training.trainer import Trainer
from .snapshot import LessonStatus


def lesson_named(name: str | None) -> Lesson | None:
    """The lesson called ``name`` (None for None); HyperparameterError if there is none."""
    if name is None:
        return None
    lesson = get_lesson(name)
    if lesson is None:
        raise HyperparameterError("session.no_lesson", name=name)
    return lesson


class LessonState:
    """The active lesson (or none), its log and its ticks."""

    def __init__(self) -> None:
        self.lesson: Lesson | None = None
        self.log = LessonLog()
        self.ticked: tuple[bool, ...] = ()

    def activate(self, lesson: Lesson | None) -> None:
        """Make ``lesson`` the active one, its checks from scratch (None: no lesson)."""
        self.lesson = lesson
        self.log = LessonLog()
        self.ticked = () if lesson is None else (False,) * len(lesson.checks)

    def check(self, trainer: Trainer, prepared: PreparedData) -> bool:
        """Look at the checks now; True if a tick changed."""
        if self.lesson is None:
            return False
        ticked = tuple(self.lesson.evaluate_checks(trainer, prepared, self.log))
        changed = ticked != self.ticked
        self.ticked = ticked
        return changed

    def note_divergence(self, trainer: Trainer, prepared: PreparedData) -> None:
        """Training diverged: the current run's cost went up, as far as a lesson can tell."""
        if self.lesson is not None:
            self.log.observe(trainer, prepared)
            self.log.note_divergence()

    def status(self) -> LessonStatus | None:
        """What a snapshot shows of it: the lesson's name, its number (its position, from 1), the ticks."""
        if self.lesson is None:
            return None
        number = next(i for i, lesson in enumerate(LESSONS, start=1) if lesson.name == self.lesson.name)
        return LessonStatus(self.lesson.name, number, self.ticked)


__all__ = ["LessonState", "lesson_named"]

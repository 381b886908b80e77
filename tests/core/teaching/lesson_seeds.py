"""Lessons on nearby seeds: the shared helpers of test_lessons.py and test_lesson_claims.py.

A lesson's claim must not rest on one run's rounding. OpenBLAS picks its kernel per CPU
and each rounds differently; in a run that is sensitive (a network that spikes, a check
met by a hair) that changes the outcome as a different seed would. So every claim is
tested on the preset's seeds and on nearby ones: the init seed (hp.seed) and the data
seed (DataSpec.seed) each moved by 1..k. ``.ci/run`` runs these tests under several
OpenBLAS kernels too.
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from backprop_studio.core.data.pipeline import DataSpec, PreparedData
from backprop_studio.core.session import Session
from backprop_studio.core.teaching.replay import Replay, replay
from backprop_studio.core.teaching.lessons import Lesson, get_lesson
from backprop_studio.core.training.hyperparameters import Hyperparameters
from backprop_studio.core.training.trainer import Trainer

Seeds = tuple[int, int]  # (init seed, data seed)


def nearby(lesson: Lesson, k: int = 3) -> list[Seeds]:
    """The preset's (init seed, data seed), then k neighbours of the init seed, then k of the data seed."""
    s, d = lesson.hyperparameters.seed, lesson.data_spec.seed
    return [(s, d), *((s + i, d) for i in range(1, k + 1)), *((s, d + i) for i in range(1, k + 1))]


def other_data(lesson: Lesson, seeds: Seeds) -> bool:
    """True for seeds that change the dataset itself (not only the initial weights)."""
    return seeds[1] != lesson.data_spec.seed


def reseeded(lesson: Lesson, seeds: Seeds) -> Lesson:
    """The lesson with its init seed and data seed replaced (same everything else)."""
    init_seed, data_seed = seeds
    return replace(lesson, hyperparameters=lesson.hyperparameters.with_changes(seed=init_seed),
                   data_spec=replace(lesson.data_spec, seed=data_seed))


@lru_cache(maxsize=None)
def replayed(name: str, seeds: Seeds) -> Replay:
    """``replay`` of a lesson's demo on these seeds (cached: several tests read the same run)."""
    return replay(reseeded(get_lesson(name), seeds))


def setup(lesson: Lesson, seeds: Seeds | None = None, **changes) -> tuple[Trainer, PreparedData]:
    """A fresh trainer on the lesson's preset (on ``seeds`` if given), with hyperparameter ``changes``."""
    if seeds is not None:
        lesson = reseeded(lesson, seeds)
    session = lesson_session(lesson, None, **changes)
    return session.trainer, session.prepared


def lesson_session(lesson: Lesson, seeds: Seeds | None = None, **changes) -> Session:
    """A session on the lesson's preset (on ``seeds`` if given), with hyperparameter ``changes``."""
    if seeds is not None:
        lesson = reseeded(lesson, seeds)
    return Session(lesson.data_spec, lesson.hyperparameters.with_changes(**changes), dataset=lesson.dataset())


def setup_spec(spec: DataSpec, hp: Hyperparameters) -> tuple[Trainer, PreparedData]:
    """A fresh trainer on any dataset spec and hyperparameters."""
    session = Session(spec, hp)
    return session.trainer, session.prepared


def train_accuracy(trainer: Trainer, n: int) -> float:
    """Train n more iterations; the training accuracy then."""
    for _ in range(n):
        trainer.step()
    return trainer.evaluate().train_accuracy


def first_reaching(trainer: Trainer, accuracy: float, limit: int, every: int = 25) -> int | None:
    """The first multiple of ``every`` iterations (up to ``limit``) at which the training accuracy is
    at least ``accuracy``, looking as often as the lesson panel does; None if it never is."""
    while trainer.iteration < limit:
        for _ in range(every):
            trainer.step()
        if trainer.evaluate().train_accuracy >= accuracy:
            return trainer.iteration
    return None


def most(outcomes: list[bool]) -> bool:
    """A strict majority: for claims the lesson words as "usually"."""
    return 2 * sum(outcomes) > len(outcomes)

"""Lessons: presets are valid, each check ticks within its bound when the demo is followed (on the
preset's seeds and nearby ones), and no check is true before the student has done anything.
The numbers the texts state are tested in test_lesson_claims.py."""

from __future__ import annotations

import numpy as np
import pytest

from backprop_studio.core.data.pipeline import DataSpec
from backprop_studio.core.teaching.lesson_checks import LessonLog, hidden_saturation, rows_equal
from backprop_studio.core.teaching.lessons import LESSONS, all_texts, get_lesson
from backprop_studio.core.training.hyperparameters import Hyperparameters

from .lesson_seeds import most, nearby, other_data, replayed, reseeded, setup, setup_spec

NAMES = ["logistic_regression", "computation_graph", "vectorization", "shapes", "one_hidden_layer", "activations",
         "why_nonlinear", "zero_initialization", "large_initialization", "learning_rate", "hidden_layer_size",
         "deep_networks", "input_scaling"]
TRAINED = [lesson for lesson in LESSONS if lesson.demo]


def test_thirteen_lessons_in_the_course_order():
    assert [lesson.name for lesson in LESSONS] == NAMES
    assert [lesson.number for lesson in LESSONS] == list(range(1, 14))
    assert get_lesson("shapes").show_shapes and get_lesson("nothing") is None
    assert get_lesson("computation_graph").lab == "computation_graph"
    assert get_lesson("vectorization").lab == "vectorization"
    texts = all_texts()
    assert len(texts) == len(set(texts)) and all(text.strip() for text in texts)
    for lesson in LESSONS:
        assert lesson.title in texts and lesson.steps and lesson.notice and lesson.checks


#: Checks about the lesson's own dataset that hold for every nearby init seed on that data, but on
#: other data seeds only usually (tested as a majority).
USUALLY_ON_OTHER_DATA = {
    # On some other flowers 4 tanh units settle in a poorer optimum: data seed 4 stays at 69 % for ever.
    "one_hidden_layer",
}


def in_time(lesson, seeds) -> bool:
    """Following the demo on these seeds ticks every check, each within its bound."""
    result = replayed(lesson.name, seeds)
    return all(result.ticked) and all(check.within is None or result.log.ticked_at[i] <= check.within
                                      for i, check in enumerate(lesson.checks))


@pytest.mark.parametrize("lesson", TRAINED, ids=lambda lesson: lesson.name)
def test_following_the_demo_ticks_every_check_within_its_bound_on_nearby_seeds(lesson):
    outcomes = {seeds: in_time(lesson, seeds) for seeds in nearby(lesson)}
    same_data = [ok for seeds, ok in outcomes.items() if not other_data(lesson, seeds)]
    new_data = [ok for seeds, ok in outcomes.items() if other_data(lesson, seeds)]
    assert all(same_data), outcomes
    assert most(new_data) if lesson.name in USUALLY_ON_OTHER_DATA else all(new_data), outcomes


def test_nearby_seeds_change_the_initial_weights_or_the_data():
    lesson = get_lesson("deep_networks")
    seeds = nearby(lesson)
    assert seeds[0] == (lesson.hyperparameters.seed, lesson.data_spec.seed) and len(set(seeds)) == 7
    base, _ = setup(lesson)
    for pair in seeds[1:]:
        trainer, prepared = setup(lesson, pair)
        assert reseeded(lesson, pair).hyperparameters.seed == pair[0]
        if other_data(lesson, pair):
            assert not np.array_equal(prepared.X_train, base.X_train)
        else:
            np.testing.assert_array_equal(prepared.X_train, base.X_train)
            assert not np.array_equal(trainer.parameters()["W1"], base.parameters()["W1"])


@pytest.mark.parametrize("lesson", [lesson for lesson in LESSONS if lesson.has_preset], ids=lambda l: l.name)
def test_no_check_holds_before_the_student_does_anything(lesson):
    trainer, prepared = setup(lesson)
    assert lesson.evaluate_checks(trainer, prepared, LessonLog()) == [False] * len(lesson.checks)


def test_lab_and_experiment_lessons_tick_on_what_the_panel_reports():
    trainer, prepared = setup_spec(DataSpec(), Hyperparameters())
    for name in ("computation_graph", "vectorization"):
        lesson, log = get_lesson(name), LessonLog()
        assert lesson.evaluate_checks(trainer, prepared, log) == [False]
        log.note_lab(name)
        assert lesson.evaluate_checks(trainer, prepared, log) == [True]
    lesson, log = get_lesson("hidden_layer_size"), LessonLog()
    log.note_experiment("hidden_units", 7, complete=False)  # cancelled: not yet
    log.note_experiment("learning_rate", 7, complete=True)  # the wrong sweep
    assert lesson.evaluate_checks(trainer, prepared, log) == [False]
    log.note_experiment("hidden_units", 7, complete=True)
    assert lesson.evaluate_checks(trainer, prepared, log) == [True]


def test_a_learning_rate_change_starts_a_new_run_and_rises_are_seen():
    trainer, prepared = setup_spec(DataSpec(), Hyperparameters())
    log = LessonLog()
    log.observe(trainer, prepared)
    for _ in range(200):
        trainer.step()
    first = log.observe(trainer, prepared)
    assert first.iterations == 200 and not first.cost_rose
    trainer.update_hyperparameters(trainer.hp.with_changes(learning_rate=10.0))
    second = log.observe(trainer, prepared)
    assert second is not first and second.start_iteration == 200
    for _ in range(100):
        trainer.step()
    assert log.observe(trainer, prepared).cost_rose and not first.cost_rose
    log.note_divergence()
    assert log.current.diverged


def test_measurements():
    assert rows_equal(np.array([[1.0, 2.0], [1.0, 2.0]])) and not rows_equal(np.array([[1.0, 2.0], [1.0, 2.1]]))
    assert rows_equal(np.zeros((3, 2)))
    trainer, _ = setup_spec(DataSpec(), Hyperparameters(init_scale=10.0))
    Z1 = trainer.forward_all(trainer.X_train)[0][0]
    expected = np.mean(np.abs(1.0 - np.tanh(Z1) ** 2) < 0.05)
    assert hidden_saturation(trainer) == pytest.approx(expected)

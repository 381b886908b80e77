"""Predict, then check: answers are read in every reasonable form, graded against what the step actually
did (measured here independently, from the trainer), and explained with the run's own numbers."""

from __future__ import annotations

import re
from dataclasses import replace

import numpy as np
import pytest

from backprop_studio.core.session import Session
from backprop_studio.core.teaching.lessons import get_lesson
from backprop_studio.core.teaching.questions import (QUESTIONS, Action, AnswerError, all_texts, parse_shape, run)


def question(lesson: str, qid: str):
    return next(q for q in QUESTIONS[lesson] if q.id == qid)


def asked(lesson: str, qid: str, answer, session: Session | None = None):
    """Load the lesson, ask, run the step, grade: (verdict, session, before parameters, before metrics)."""
    if session is None:
        session = Session()
        session.load_lesson(lesson)
    before_parameters, before_metrics = session.parameters(), session.trainer.evaluate()
    before, after = run(session, question(lesson, qid))
    return question(lesson, qid).grade(answer, before, after), session, before_parameters, before_metrics


def test_every_question_set_belongs_to_a_lesson_and_covers_4_9_10_12():
    assert {"shapes", "large_initialization", "learning_rate", "deep_networks"} <= set(QUESTIONS)
    for lesson, questions in QUESTIONS.items():
        assert get_lesson(lesson) is not None
        assert len({q.id for q in questions}) == len(questions)


@pytest.mark.parametrize("text", ["(1, 4)", "(1,4)", "1x4", "1 × 4", "1, 4", "[1, 4]", " 1X4 "])
def test_a_typed_shape_is_read_in_every_usual_form(text):
    assert parse_shape(text) == (1, 4)


@pytest.mark.parametrize("text", ["", "abc", "(1, x)", "1.5 x 4", "(-1, 4)"])
def test_a_shape_that_is_not_one_is_refused(text):
    with pytest.raises(AnswerError):
        parse_shape(text)


@pytest.mark.parametrize("qid, right, wrong", [("dW2_shape", "3x4", "(4, 3)"), ("Z1_shape", "(4,320)", "(320, 4)"),
                                               ("db3_shape", "1, 1", "(3, 1)"), ("depends_on_m", "A[1]", 3)])
def test_lesson_4_shapes(qid, right, wrong):
    verdict, session, _, _ = asked("shapes", qid, right)
    assert verdict.correct and session.iteration == 1
    assert asked("shapes", qid, wrong)[0].correct is False
    # The right answers, from the course's dimension table for 2 → 4 → 3 → 1 and m = 320:
    assert verdict.expected == {"dW2_shape": "(3, 4)", "Z1_shape": "(4, 320)", "db3_shape": "(1, 1)",
                                "depends_on_m": "A[1]"}[qid]
    assert session.prepared.train.m == 320


def test_lesson_8_zero_weights_keep_one_row():
    verdict, session, _, _ = asked("zero_initialization", "distinct_rows", "1")
    W1 = session.parameters()["W1"]
    assert verdict.correct and session.iteration == 300 and all(np.array_equal(row, W1[0]) for row in W1)
    assert asked("zero_initialization", "distinct_rows", 4)[0].correct is False


def test_lesson_9_the_unit_that_changes_least_is_saturated():
    verdict, session, before, _ = asked("large_initialization", "least_changed", "unit 1")
    after = session.parameters()
    moved = [np.linalg.norm(np.append(after["W1"][j] - before["W1"][j], after["b1"][j] - before["b1"][j]))
             for j in range(4)]
    unit = int(np.argmin(moved))
    assert verdict.expected == f"unit {unit + 1}" and verdict.correct == (unit == 0)
    assert verdict.facts["saturated"] > 0.5  # the explanation's claim holds in this preset
    for answer in (unit, str(unit + 1), f"Unit {unit + 1}"):  # a button's index, a typed number, the option
        session = Session()
        session.load_lesson("large_initialization")
        assert asked("large_initialization", "least_changed", answer, session)[0].correct
    with pytest.raises(AnswerError):
        asked("large_initialization", "least_changed", "unit 5")


def test_lesson_9_large_weights_stay_below_90_percent():
    verdict, session, _, _ = asked("large_initialization", "passes_90", "no")
    assert verdict.correct and session.trainer.evaluate().train_accuracy < 0.9
    assert re.search(r"\d+% of layer 1", verdict.text())


def test_lesson_10_alpha_small_creeps_alpha_10_rises_and_1_2_falls():
    verdict, session, _, before = asked("learning_rate", "alpha_small", "less than 1 %")
    fall = (before.train_cost - session.trainer.evaluate().train_cost) / before.train_cost
    assert verdict.correct and 0 <= fall < 0.01
    verdict, session, _, _ = asked("learning_rate", "alpha_10", "Up")
    costs = session.trainer.history.cost_curve()[1]
    assert verdict.correct and session.hyperparameters.learning_rate == 10.0 and np.any(np.diff(costs) > 0)
    assert verdict.facts["highest"] > verdict.facts["start"]
    assert asked("learning_rate", "alpha_10", "down")[0].correct is False
    verdict, session, _, _ = asked("learning_rate", "alpha_course", "DOWN")
    assert verdict.correct and np.all(np.diff(session.trainer.history.cost_curve()[1]) < 0)


def test_the_grade_is_what_happened_not_an_answer_key():
    """The same question with a gentle step: now the cost only falls, so "up" is wrong."""
    gentle = replace(question("learning_rate", "alpha_10"), action=Action((("learning_rate", 0.5),), 20))
    session = Session()
    session.load_lesson("learning_rate")
    before, after = run(session, gentle)
    assert np.all(np.diff(session.trainer.history.cost_curve()[1]) < 0)
    assert not gentle.grade("up", before, after).correct and gentle.grade("down", before, after).correct
    # Diverging counts as going up.
    wild = replace(gentle, action=Action((("learning_rate", 1e5),), 20))
    before, after = run(session, wild)
    assert after.divergence is not None and wild.grade("up", before, after).correct


def test_lesson_12_parameters_and_hyperparameters():
    verdict, session, _, _ = asked("deep_networks", "parameter_count", "261")
    assert verdict.correct and session.iteration == 0  # the lesson says 261, Σ n[l](n[l−1] + 1)
    assert sum(v.size for v in session.parameters().values()) == 261
    assert asked("deep_networks", "dW4_shape", "(1,10)")[0].correct
    verdict = asked("deep_networks", "what_changes", "W[2]")[0]
    assert verdict.correct and asked("deep_networks", "what_changes", "α")[0].correct is False


def test_every_explanation_fills_in_and_every_text_is_listed_for_translation():
    texts = set(all_texts())
    for lesson, questions in QUESTIONS.items():
        for q in questions:
            session = Session()
            session.load_lesson(lesson)
            before, after = run(session, q)
            right = q.truth(before, after)
            verdict = q.grade(right if q.kind in ("shape", "number") else q.shown(right, before), before, after)
            assert verdict.correct and "{" not in verdict.text()
            assert verdict.explanation in texts and q.prompt in texts and set(q.choices) <= texts
    assert "unit {n}" in texts and {"up", "down"} <= texts

"""LessonPanel: every lesson loads its preset, its checks tick when the student does what it says
(within the bounded iterations), labs and the experiment runner are asked for, ticks stay."""

from __future__ import annotations

import numpy as np
import pytest

from backprop_studio.core.teaching.lessons import LESSONS, get_lesson
from backprop_studio.core.data.pipeline import fit_problem
from backprop_studio.core.training.trainer import layer_shapes
from backprop_studio.gui.labs.experiment_runner import ExperimentRunner
from backprop_studio.gui.panels.lesson_panel import LessonPanel, lesson_text
from backprop_studio.gui.model.session import TrainingSession

PRESETS = [lesson for lesson in LESSONS if lesson.has_preset]
TRAINED = [lesson for lesson in LESSONS if lesson.demo]


@pytest.fixture
def session(qtbot) -> TrainingSession:
    return TrainingSession()


@pytest.fixture
def panel(qtbot, session) -> LessonPanel:
    widget = LessonPanel(session)
    qtbot.addWidget(widget)
    widget.resize(320, 760)
    return widget


def train(session: TrainingSession, qtbot, n: int) -> None:
    """Play exactly n iterations the way the Play button does."""
    session.max_iterations = session.iteration + n
    session.play()
    qtbot.waitUntil(lambda: not session.running, timeout=30000)
    assert session.iteration == session.max_iterations


def test_the_list_shows_the_lessons_in_order(panel):
    texts = [panel.lesson_list.item(row).text() for row in range(panel.lesson_list.count())]
    assert texts == [f"{lesson.number}. {lesson.title}" for lesson in LESSONS]
    assert panel.current_lesson is None


def test_selecting_shows_the_explanation_without_loading(panel, session):
    before = session.hyperparameters
    assert panel.select_lesson("zero_initialization")
    lesson = get_lesson("zero_initialization")
    text = panel.text_view.toPlainText()
    assert lesson.title in text and "What to do" in text and "What to notice" in text
    assert all(t in text for t in (*lesson.steps, *lesson.notice))  # plain text turns no-break spaces back
    assert panel.check_texts()[:2] == [f"☐ {lesson_text(check.target)}" for check in lesson.checks]
    assert "Load lesson" in panel.status_label.text()
    assert panel.load_button.text() == "Load lesson"
    assert session.hyperparameters == before and panel.current_lesson is None


@pytest.mark.parametrize("lesson", PRESETS, ids=lambda lesson: lesson.name)
def test_loading_installs_the_preset(panel, session, qtbot, lesson):
    panel.select_lesson(lesson.name)
    with qtbot.waitSignal(panel.lesson_loaded):
        panel.load_button.click()
    assert panel.current_lesson == lesson.name
    assert session.data_spec.test_ratio == lesson.data_spec.test_ratio
    assert session.data_spec.seed == lesson.data_spec.seed and session.data_spec.m == lesson.data_spec.m
    expected = lesson.dataset() or lesson.data_spec.make()
    np.testing.assert_array_equal(session.dataset.X, expected.X)
    assert session.hyperparameters == fit_problem(lesson.hyperparameters, expected)
    assert session.iteration == 0
    assert panel.check_states() == [False] * len(lesson.checks)
    assert all(text.startswith("☐") for text in panel.check_texts()[:len(lesson.checks)])


@pytest.mark.parametrize("lesson", TRAINED, ids=lambda lesson: lesson.name)
def test_doing_what_the_lesson_says_ticks_its_checks_in_time(panel, session, qtbot, lesson):
    assert panel.load_lesson(lesson.name)
    assert session.speed == lesson.speed  # Play starts at the lesson's own pace (tests/gui/model/test_speed_limit.py)
    session.set_speed(0)  # the checks are under test here, not the pace: as fast as the machine goes
    for step in lesson.demo:
        if step.changes:
            assert session.set_hyperparameters(**dict(step.changes))
        # Play in short stretches with a look after each, as at a moderate speed; at full speed one
        # tick can run hundreds of iterations and a check ticks that much later (but still ticks).
        for done in range(0, step.iterations, 25):
            train(session, qtbot, min(25, step.iterations - done))
            panel.refresh_checks_now()
    assert panel.check_states() == [True] * len(lesson.checks)
    log = session.model.lessons.log
    for i, check in enumerate(lesson.checks):
        if check.within is not None:
            assert log.ticked_at[i] <= check.within, check.target
    assert all(text.startswith("☑") and text.endswith("done!") for text in panel.check_texts()[:len(lesson.checks)])
    assert "Lesson done" in panel.status_label.text()
    assert panel.lesson_list.item(lesson.number - 1).text().startswith("✓ ")


def test_a_tick_stays_when_the_student_moves_on(panel, session, qtbot):
    panel.load_lesson("zero_initialization")
    train(session, qtbot, 300)
    panel.refresh_checks_now()
    assert panel.check_states() == [True, False]
    assert session.set_hyperparameters(initialization="random")  # W1's rows now differ
    panel.refresh_checks_now()
    assert panel.check_states()[0]


@pytest.mark.parametrize("name", ["computation_graph", "vectorization"])
def test_lab_lessons_ask_for_their_lab(panel, session, qtbot, name):
    before = session.hyperparameters
    panel.select_lesson(name)
    assert panel.load_button.text() == "Open the lab"
    with qtbot.waitSignal(panel.lab_requested) as requested:
        panel.load_button.click()
    assert requested.args == [name]
    assert panel.check_states() == [True]
    assert session.hyperparameters == before  # a lab lesson leaves the training alone


def test_lesson_11_opens_the_runner_and_ticks_when_the_sweep_finishes(panel, session, qtbot):
    runner = ExperimentRunner(session)
    qtbot.addWidget(runner)
    panel.experiment_requested.connect(runner.apply_preset)  # what the main window does
    runner.sweep_finished.connect(panel.note_experiment)
    with qtbot.waitSignal(panel.experiment_requested) as requested:
        panel.load_lesson("hidden_layer_size")
    assert requested.args[0]["values"] == (1, 2, 3, 4, 5, 20, 50)
    assert runner.values_edit.text() == "1, 2, 3, 4, 5, 20, 50" and runner.iterations_spin.value() == 5000
    runner.iterations_spin.setValue(200)  # the check needs the whole sweep, not its length
    with qtbot.waitSignal(runner.sweep_finished, timeout=60000):
        runner.run()
    assert panel.check_states() == [True]
    runner.close()


def test_a_cancelled_sweep_does_not_tick(panel, session, qtbot):
    panel.load_lesson("hidden_layer_size")
    runner = ExperimentRunner(session)
    qtbot.addWidget(runner)
    runner.sweep_finished.connect(panel.note_experiment)
    runner.apply_preset({"parameter": "hidden_units", "values": (1, 2, 3, 4, 5), "iterations": 200_000})
    runner.run()
    qtbot.waitUntil(lambda: runner.progress_bar.value() > 0, timeout=30000)
    with qtbot.waitSignal(runner.sweep_finished, timeout=30000):
        runner.cancel()
    assert panel.check_states() == [False]
    runner.close()


def test_the_shapes_table_follows_the_network(panel, session):
    panel.load_lesson("shapes")
    m = session.prepared.train.m
    text = panel.text_view.toPlainText()
    for shapes in layer_shapes(session.hyperparameters.layer_dims(), m):
        for key in ("W", "b", "Z"):
            assert f"({shapes[key][0]}, {shapes[key][1]})" in text
    assert session.set_layer_units(2, 6)
    text = panel.text_view.toPlainText()
    assert "(6, 4)" in text and f"(6, {m})" in text and "(1, 6)" in text


def test_a_divergence_counts_as_the_cost_going_up(panel, session, qtbot):
    panel.load_lesson("learning_rate")
    train(session, qtbot, 10)
    assert not panel.check_states()[0]
    assert session.set_learning_rate(1e6)
    session.max_iterations = None
    with qtbot.waitSignal(session.training_failed, timeout=10_000):
        session.play()
    panel.refresh_checks_now()
    assert panel.check_states()[0]


def test_live_status_shows_iteration_and_accuracy(panel, session, qtbot):
    panel.load_lesson("one_hidden_layer")
    train(session, qtbot, 50)
    panel.refresh_checks_now()
    accuracy = session.snapshot.metrics.train_accuracy
    assert panel.status_label.text() == f"Iteration 50 · training accuracy {100 * accuracy:.1f} %"


def test_resume_restores_the_active_lesson_without_touching_the_session(panel, session):
    before = session.hyperparameters
    assert panel.resume_lesson("learning_rate")
    assert panel.current_lesson == "learning_rate" and session.hyperparameters == before
    assert not panel.resume_lesson("no_such_lesson")
    assert panel.resume_lesson(None) and panel.current_lesson is None


def test_unknown_lesson_is_reported(panel, session, qtbot):
    with qtbot.waitSignal(session.problem_reported):
        assert not panel.load_lesson("no_such_lesson")


def test_checks_tick_while_playing_at_full_speed(panel, session, qtbot):
    # No manual refresh: the throttled look after each ``state_changed`` ticks the check during play.
    panel.load_lesson("one_hidden_layer")
    session.play()
    qtbot.waitUntil(lambda: panel.check_states() == [True], timeout=30000)
    session.pause()
    assert session.snapshot.metrics.train_accuracy >= 0.85

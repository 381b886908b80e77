"""Predict, then check: a loaded lesson asks its questions before their steps; answers typed or picked in
the panel are graded by what the step did, with the verdict in words; answers and completed lessons are
remembered in the progress file across a new session and panel."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt

from backprop_studio.core.session import Session
from backprop_studio.core.teaching.progress import Progress, save_progress
from backprop_studio.core.teaching.questions import QUESTIONS, run
from backprop_studio.gui.model.session import TrainingSession
from backprop_studio.gui.panels.lesson_panel import LessonPanel


@pytest.fixture
def progress_file(tmp_path):
    return tmp_path / "lesson-progress.json"


def make_panel(qtbot, progress_file) -> tuple[TrainingSession, LessonPanel]:
    session = TrainingSession()
    panel = LessonPanel(session, progress_path=progress_file)
    qtbot.addWidget(panel)
    panel.resize(380, 900)
    panel.show()
    qtbot.waitExposed(panel)
    return session, panel


def question(lesson: str, qid: str):
    return next(q for q in QUESTIONS[lesson] if q.id == qid)


def go_to(panel: LessonPanel, qid: str) -> None:
    """Press Next question until ``qid`` is asked (as a student skipping ahead)."""
    box = panel.prediction
    for _ in range(10):
        if box.question is not None and box.question.id == qid:
            return
        box.next_button.setEnabled(True)
        box.next_button.click()
    raise AssertionError(f"{qid} never asked")


def check_and_wait(qtbot, panel: LessonPanel) -> str:
    box = panel.prediction
    qtbot.mouseClick(box.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: box.verdict is not None, timeout=60000)
    assert not panel.prediction.busy and box.check_button.isEnabled()
    return box.verdict_text()


def headless_truth(lesson: str, qid: str):
    """The right answer as core computes it on a fresh session of the same lesson (the same code path)."""
    model = Session()
    model.load_lesson(lesson)
    q = question(lesson, qid)
    before, after = run(model, q)
    return q, before, q.truth(before, after)


def test_a_lesson_without_questions_shows_no_question_and_loading_one_with_questions_asks_the_first(qtbot, progress_file):
    session, panel = make_panel(qtbot, progress_file)
    panel.load_lesson("logistic_regression")
    assert not panel.prediction.isVisible()
    panel.select_lesson("shapes")
    assert not panel.prediction.isVisible()  # not loaded yet: its questions are about its own network
    panel.load_lesson("shapes")
    assert panel.prediction.isVisible()
    assert panel.prediction.prompt.text() == "What is the shape of dW[2]?"
    assert panel.prediction.edit.isVisible() and not panel.prediction.options()


def test_a_typed_shape_right_then_wrong_and_a_typo_answered_politely(qtbot, progress_file):
    session, panel = make_panel(qtbot, progress_file)
    panel.load_lesson("shapes")
    box = panel.prediction
    qtbot.keyClicks(box.edit, "3 by 4")
    iteration = session.iteration
    qtbot.mouseClick(box.check_button, Qt.MouseButton.LeftButton)
    assert box.problem.isVisible() and "I could not read that" in box.problem.text() and "(1, 4)" in box.problem.text()
    assert box.verdict is None and session.iteration == iteration  # nothing ran

    box.edit.clear()
    qtbot.keyClicks(box.edit, "(4, 3)")  # the transpose: a classic mistake
    text = check_and_wait(qtbot, panel)
    assert not box.problem.isVisible()
    assert text.startswith("✘ Not quite: you said (4, 3), the answer is (3, 4).")
    assert "dW[2] has the shape of W[2]: (n[2], n[1]) = (3, 4)" in text and "m = 320" in text
    assert session.iteration == iteration + 1  # the step ran

    # Next question, then Ask again until dW[2] comes back, and answer it right.
    qtbot.mouseClick(box.next_button, Qt.MouseButton.LeftButton)
    assert box.prompt.text() == "What is the shape of Z[1] for the whole training set?"
    qtbot.keyClicks(box.edit, "4x320")
    text = check_and_wait(qtbot, panel)
    assert text.startswith("✔ Right! The answer is (4, 320).") and "one column per example" in text


def test_a_choice_right_and_wrong(qtbot, progress_file):
    session, panel = make_panel(qtbot, progress_file)
    panel.load_lesson("shapes")
    box = panel.prediction
    go_to(panel, "depends_on_m")
    assert box.options() == ["W[1]", "b[1]", "A[1]", "dW[1]"]
    qtbot.mouseClick(box.check_button, Qt.MouseButton.LeftButton)
    assert "Pick one answer first" in box.problem.text() and box.verdict is None
    box.choose(3)
    text = check_and_wait(qtbot, panel)
    assert text.startswith("✘ Not quite: you said dW[1], the answer is A[1].")
    assert "A[1] is (n[1], m) = (4, 320)" in text
    box.choose(2)
    text = check_and_wait(qtbot, panel)
    assert text.startswith("✔ Right! The answer is A[1].")


def test_up_or_down_with_alpha_10_right_and_wrong(qtbot, progress_file):
    session, panel = make_panel(qtbot, progress_file)
    panel.load_lesson("learning_rate")
    box = panel.prediction
    go_to(panel, "alpha_10")
    speed = session.speed
    assert box.options() == ["up", "down"]
    box.choose(1)  # down: wrong
    text = check_and_wait(qtbot, panel)
    assert text.startswith("✘ Not quite: you said down, the answer is up.")
    assert "The cost went up" in text
    assert session.hyperparameters.learning_rate == 10.0  # the question's step set α
    assert session.speed == speed and session.max_iterations is None  # Play's settings are put back

    q, before, right = headless_truth("learning_rate", "alpha_10")
    assert right == 0
    panel.load_lesson("learning_rate")  # back to the lesson's own α: the same step again
    go_to(panel, "alpha_10")
    box.choose(0)
    text = check_and_wait(qtbot, panel)
    assert text.startswith("✔ Right! The answer is up.")


def test_which_unit_changes_least_right_and_wrong(qtbot, progress_file):
    session, panel = make_panel(qtbot, progress_file)
    panel.load_lesson("large_initialization")
    box = panel.prediction
    q, before, right = headless_truth("large_initialization", "least_changed")
    assert box.question.id == "least_changed"
    assert box.options() == [f"unit {j + 1}" for j in range(before.layer_dims[1])]
    wrong = (right + 1) % before.layer_dims[1]
    box.choose(wrong)
    text = check_and_wait(qtbot, panel)
    assert text.startswith(f"✘ Not quite: you said unit {wrong + 1}, the answer is unit {right + 1}.")
    assert f"Unit {right + 1} moved least" in text
    panel.load_lesson("large_initialization")  # the same starting point again
    go_to(panel, "least_changed")
    box.choose(right)
    assert check_and_wait(qtbot, panel).startswith(f"✔ Right! The answer is unit {right + 1}.")


def test_a_number_typed(qtbot, progress_file):
    session, panel = make_panel(qtbot, progress_file)
    panel.load_lesson("deep_networks")
    box = panel.prediction
    assert box.question.id == "parameter_count"
    qtbot.keyClicks(box.edit, "261")
    text = check_and_wait(qtbot, panel)
    assert text.startswith("✔ Right! The answer is 261.") and "= 261" in text


def test_answers_are_remembered_across_a_new_session_and_panel(qtbot, progress_file):
    session, panel = make_panel(qtbot, progress_file)
    panel.load_lesson("shapes")
    qtbot.keyClicks(panel.prediction.edit, "(3, 4)")
    assert check_and_wait(qtbot, panel).startswith("✔ Right!")
    saved = json.loads(progress_file.read_text(encoding="utf-8"))
    assert saved["answers"] == [{"lesson": "shapes", "question": "dW2_shape", "given": "(3, 4)", "correct": True}]
    panel.close()

    session2, panel2 = make_panel(qtbot, progress_file)  # the app started again
    panel2.load_lesson("shapes")
    box = panel2.prediction
    assert box.question.id == "Z1_shape"  # the next question not answered yet
    assert "Question 2 of 4 · 1 of 1 answered right so far" == box.counter.text()


def test_completed_lessons_are_remembered(qtbot, progress_file):
    progress = Progress()
    progress.complete("shapes")
    save_progress(progress_file, progress)
    session, panel = make_panel(qtbot, progress_file)
    row = [panel.lesson_list.item(r).text() for r in range(panel.lesson_list.count())]
    assert row[3].startswith("✓ 4.") and not row[0].startswith("✓")


def test_a_damaged_progress_file_is_reported_and_the_panel_starts_afresh(qtbot, progress_file):
    progress_file.write_text("{not json", encoding="utf-8")
    session = TrainingSession()
    messages = []
    session.problem_reported.connect(messages.append)
    panel = LessonPanel(session, progress_path=progress_file)
    qtbot.addWidget(panel)
    assert messages and "progress" in messages[0] and panel.progress.answers == []


def test_the_app_keeps_the_progress_beside_its_settings_file(qtbot, tmp_path):
    from backprop_studio.gui.support.settings import SettingsStore
    from backprop_studio.gui.window.main_window import MainWindow

    def open_window():
        session = TrainingSession()
        window = MainWindow(session, SettingsStore(tmp_path / "settings.ini"), size=(1280, 800))
        qtbot.addWidget(window)
        window.show()
        return window

    window = open_window()
    window.lesson_panel.load_lesson("shapes")
    qtbot.keyClicks(window.lesson_panel.prediction.edit, "(4, 3)")
    assert check_and_wait(qtbot, window.lesson_panel).startswith("✘ Not quite")
    window.close()
    assert (tmp_path / "lesson-progress.json").exists()

    again = open_window()  # the app started again: a new window and session
    again.lesson_panel.load_lesson("shapes")
    assert again.lesson_panel.prediction.question.id == "Z1_shape"
    assert again.lesson_panel.prediction.counter.text().endswith("0 of 1 answered right so far")
    again.close()

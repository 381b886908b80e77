"""Progress through lessons and answers is remembered in a small JSON file, and a damaged file is refused."""

from __future__ import annotations

import json

import pytest

from backprop_studio.core.errors import ParameterFileError
from backprop_studio.core.teaching.progress import MAX_ANSWERS, Progress, load_progress, save_progress


def test_answers_and_lessons_are_remembered_between_runs(tmp_path):
    path = tmp_path / "data" / "progress.json"
    assert load_progress(path) == Progress()  # nothing yet
    progress = Progress()
    progress.complete("shapes")
    progress.complete("shapes")
    progress.record("shapes", "dW2_shape", "(4, 3)", False)
    progress.record("shapes", "dW2_shape", "(3, 4)", True)
    progress.record("shapes", "Z1_shape", "(4, 320)", True)
    progress.record("learning_rate", "alpha_10", "down", False)
    save_progress(path, progress)
    again = load_progress(path)
    assert again == progress and again.completed == ["shapes"] and again.is_completed("shapes")
    assert again.score("shapes") == (2, 2)  # the latest answer to each question counts
    assert again.score("learning_rate") == (0, 1) and again.score("deep_networks") == (0, 0)
    assert again.latest("shapes")["dW2_shape"].given == "(3, 4)"
    assert json.loads(path.read_text(encoding="utf-8"))["format"] == "backprop-studio-progress"


def test_only_the_latest_answers_are_kept(tmp_path):
    progress = Progress()
    for i in range(MAX_ANSWERS + 30):
        progress.record("shapes", f"q{i}", str(i), i % 2 == 0)
    assert len(progress.answers) == MAX_ANSWERS and progress.answers[0].given == "30"
    save_progress(tmp_path / "p.json", progress)
    assert load_progress(tmp_path / "p.json") == progress


@pytest.mark.parametrize("text", [
    "not json", "[]", '{"format": "backprop-studio-session"}',
    '{"format": "backprop-studio-progress", "format_version": 99, "completed": [], "answers": []}',
    '{"format": "backprop-studio-progress", "format_version": 1, "completed": [3], "answers": []}',
    '{"format": "backprop-studio-progress", "format_version": 1, "completed": [], "answers": [{"lesson": "x"}]}',
])
def test_a_damaged_file_is_refused(tmp_path, text):
    path = tmp_path / "progress.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ParameterFileError):
        load_progress(path)

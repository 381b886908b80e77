"""File → New exercise file…: the skeleton written whole, in the chosen language, and opened in Your code."""

from __future__ import annotations

import pytest

from backprop_studio.core.student.skeleton import skeleton
from backprop_studio.gui.student import new_file
from backprop_studio.gui.student.new_file import ExerciseOptionsDialog
from backprop_studio.gui.support.i18n import current_language
from tests.gui.student.conftest import TIMEOUT_MS


@pytest.fixture
def answers(window, monkeypatch, tmp_path):
    """The File menu's questions answered: language and weeks, the path, and whether to open it."""
    given = {"options": ("en", (3, 4)), "path": str(tmp_path / "my_functions.py"), "open": True}
    monkeypatch.setattr(new_file, "ask_exercise_options", lambda parent: given["options"])
    monkeypatch.setattr(new_file, "ask_open_now", lambda parent, path: given["open"])
    window.file_actions.ask_save_path = lambda caption, filters, suggested: given["path"]
    return given


def test_the_file_menu_has_the_entry(window):
    actions = window.file_menu.actions()
    assert window.file_actions.new_exercise_action in actions
    assert window.file_actions.new_exercise_action.text() == "New e&xercise file…"
    assert actions[-1] is window.quit_action


def test_a_new_file_opens_in_your_code_with_every_function_not_written_yet(qtbot, window, answers, tmp_path):
    window.file_actions.new_exercise_action.trigger()
    path = tmp_path / "my_functions.py"
    assert path.read_text(encoding="utf-8") == skeleton("en", (3, 4))
    your_code = window.labs.lab("your_code")
    assert your_code is not None and your_code.isVisible() and your_code.path == str(path.resolve())
    qtbot.waitUntil(lambda: your_code.report is not None, timeout=TIMEOUT_MS)
    rows = your_code.check_tab.rows()
    assert len(rows) == 15
    assert {(status, explanation) for _, status, explanation in rows} == {("not written yet", "not written yet")}
    assert your_code.check_tab.problems_text() == ""
    your_code.close()


def test_chinese_and_other_weeks(qtbot, window, answers, tmp_path):
    answers.update(options=("zh_CN", (2,)), path=str(tmp_path / "week2.py"), open=False)
    assert window.file_actions.new_exercise_file() == answers["path"]
    text = (tmp_path / "week2.py").read_text(encoding="utf-8")
    assert text == skeleton("zh_CN", (2,))
    assert "def propagate(w, b, X, Y):" in text
    assert window.labs.lab("your_code") is None  # not opened: the student said no


def test_cancelling_writes_nothing(window, answers, tmp_path):
    answers["options"] = None
    assert window.file_actions.new_exercise_file() is None
    answers.update(options=("en", (3, 4)), path=None)
    assert window.file_actions.new_exercise_file() is None
    assert list(tmp_path.iterdir()) == []


def test_a_file_that_cannot_be_written_is_refused_in_words(window, answers, tmp_path):
    errors = []
    window.file_actions.show_error = lambda title, message: errors.append((title, message))
    answers["path"] = str(tmp_path / "no such folder" / "f.py")
    assert window.file_actions.new_exercise_file() is None
    assert errors and errors[0][1].startswith("f.py could not be written:")


def test_the_dialog_offers_both_languages_and_starts_in_the_apps(qtbot):
    dialog = ExerciseOptionsDialog()
    qtbot.addWidget(dialog)
    items = [dialog.language_combo.itemText(i) for i in range(dialog.language_combo.count())]
    assert items == ["English", "简体中文"]
    assert dialog.choice() == (current_language(), (3, 4))
    dialog.language_combo.setCurrentIndex(1)
    dialog.weeks_combo.setCurrentIndex(3)
    assert dialog.choice() == ("zh_CN", (2,))

"""The Your code window in Simplified Chinese: every text it shows, after a check, training and a gradient check."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication

from backprop_studio.gui.student.new_file import ExerciseOptionsDialog
from backprop_studio.gui.support.i18n import install_language
from tests.gui.student.conftest import FILES, RELU, TIMEOUT_MS, needs_chinese, open_and_wait
from tests.gui.visible_texts import untranslated_texts

pytestmark = needs_chinese

#: The file's path and what the student's code printed are the student's own, in any language.
CODE_WIDGETS = frozenset({"student_path", "printed_output"})



def assert_chinese(root, moment: str) -> None:
    QApplication.processEvents()
    left = untranslated_texts(root, code_widgets=CODE_WIDGETS)
    assert not left, f"{moment}: still English:\n" + "\n".join(map(str, left))


def test_the_window_shows_only_chinese(chinese, qtbot, your_code):
    window = your_code(RELU)
    assert_chinese(window, "empty")
    open_and_wait(qtbot, window, FILES / "buggy_backward.py")
    assert window.check_tab.select("L_model_backward")
    assert "g′" in window.check_tab.row("L_model_backward")[2] and "未通过" == window.check_tab.row(
        "L_model_backward")[1]
    assert_chinese(window, "after a check")
    window.tabs.setCurrentWidget(window.train_tab)
    with qtbot.waitSignal(window.train_tab.stepped, timeout=TIMEOUT_MS):
        window.train_tab.start()
    for _ in range(3):
        with qtbot.waitSignal(window.train_tab.stepped, timeout=TIMEOUT_MS):
            window.train_tab.step()
    assert window.train_tab.divergence_text().startswith("两次运行在第 0 次迭代")
    assert_chinese(window, "after training")
    window.tabs.setCurrentWidget(window.gradient_tab)
    with qtbot.waitSignal(window.gradient_tab.check_finished, timeout=TIMEOUT_MS):
        window.gradient_tab.run()
    assert_chinese(window, "after a gradient check")


def test_a_syntax_error_and_a_stopped_run_in_chinese(chinese, qtbot, your_code):
    window = your_code()
    open_and_wait(qtbot, window, FILES / "syntax_error.py")
    assert window.check_tab.problems_text() == "第 6 行处有语法错误：'(' was never closed"  # Python's own message
    assert_chinese(window, "syntax error")
    open_and_wait(qtbot, window, FILES / "transposed.py")
    with qtbot.waitSignal(window.train_tab.stopped, timeout=TIMEOUT_MS) as stopped:
        window.train_tab.start()
    assert "转置了" in stopped.args[0]
    window.tabs.setCurrentWidget(window.train_tab)
    assert_chinese(window, "a stopped run")


def test_switching_language_rewords_the_table(qtbot, your_code):
    window = your_code()
    open_and_wait(qtbot, window, FILES / "missing_one_over_m.py")
    english = window.check_tab.row("backward_propagation")
    app = QApplication.instance()
    try:
        assert install_language(app, "zh_CN")
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
        qtbot.waitUntil(lambda: window.tabs.tabText(0) == "检查", timeout=2000)
        chinese = window.check_tab.row("backward_propagation")
        assert chinese[1] == "未通过" and chinese[2] == "db[1] 大了 m = 3 倍：漏了 1/m？"
        assert "已高亮" in window.check_tab.side_by_side.summary.text()
    finally:
        install_language(app, "en")
    qtbot.waitUntil(lambda: window.tabs.tabText(0) == "Checks", timeout=2000)
    assert window.check_tab.row("backward_propagation") == english


def test_the_new_exercise_dialog_in_chinese(chinese, qtbot):
    dialog = ExerciseOptionsDialog()
    qtbot.addWidget(dialog)
    assert dialog.choice()[0] == "zh_CN"  # the app's language by default
    assert_chinese(dialog, "new exercise file dialog")

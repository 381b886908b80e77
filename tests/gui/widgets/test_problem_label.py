"""ProblemLabel: says why a change was refused, in the user's language; hidden when all is well."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from backprop_studio.gui.support.i18n import install_language
from backprop_studio.gui.widgets.problem_label import ProblemLabel

REFUSAL = "learning rate α must be in [1e-06, 1e+06], got -1"  # core's English


def test_hidden_until_there_is_a_problem_and_after_it_is_cleared(qtbot):
    label = ProblemLabel()
    qtbot.addWidget(label)
    assert label.isHidden()
    label.show_problem(REFUSAL)
    assert not label.isHidden() and label.text() == REFUSAL and label.wordWrap()
    label.clear_problem()
    assert label.isHidden() and label.text() == ""
    label.show_problem("")
    assert label.isHidden()


def test_the_message_follows_the_language(qtbot):
    label = ProblemLabel()
    qtbot.addWidget(label)
    label.show_problem(REFUSAL)
    app = QApplication.instance()
    assert install_language(app, "zh_CN")
    try:
        label.retranslate()  # what the panel does on LanguageChange
        assert label.text().startswith("学习率 α") and label.text().endswith("-1")
    finally:
        install_language(app, "en")
    label.retranslate()
    assert label.text() == REFUSAL

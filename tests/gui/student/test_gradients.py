"""Gradient check of the student's backward function, layer by layer."""

from __future__ import annotations

from tests.gui.student.conftest import FILES, RELU, TIMEOUT_MS, open_and_wait


def run(qtbot, window):
    window.tabs.setCurrentWidget(window.gradient_tab)
    with qtbot.waitSignal(window.gradient_tab.check_finished, timeout=TIMEOUT_MS) as finished:
        assert window.gradient_tab.run_button.isEnabled()
        window.gradient_tab.run_button.click()
    return finished.args[0]


def test_a_right_backward_passes_every_block(qtbot, your_code):
    window = your_code(RELU)
    open_and_wait(qtbot, window, FILES / "correct.py")
    result = run(qtbot, window)
    assert result.verdict is not None and result.verdict.passed
    rows = window.gradient_tab.rows()
    assert [row[0] for row in rows] == ["W1", "b1", "W2", "b2", "W3", "b3"]
    assert [row[1] for row in rows] == ["1", "1", "2", "2", "3", "3"]
    assert all(row[3].startswith("PASS") for row in rows)
    assert window.gradient_tab.verdict_text().startswith("Your backward function agrees")


def test_a_buggy_backward_fails_in_the_layers_it_gets_wrong(qtbot, your_code):
    window = your_code(RELU)
    open_and_wait(qtbot, window, FILES / "buggy_backward.py")
    run(qtbot, window)
    results = {row[0]: row[3] for row in window.gradient_tab.rows()}
    assert results["W1"] == results["W2"] == "FAIL"  # the ReLU layers take σ′
    assert results["W3"].startswith("PASS")  # the sigmoid output layer is right
    assert window.gradient_tab.verdict_text().endswith("look at the backward step of layer 1, 2.")
    assert "kink" in window.gradient_tab.note_label.text()


def test_a_backward_not_written_is_said_so(qtbot, your_code):
    window = your_code(RELU)
    open_and_wait(qtbot, window, FILES / "missing_function.py")
    result = run(qtbot, window)
    assert result.verdict is None
    assert window.gradient_tab.verdict_text().startswith("Your L_model_backward could not be checked")
    assert window.gradient_tab.rows() == []

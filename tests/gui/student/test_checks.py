"""The check table as a student reads it: one row per course function, its status in words and colour, the
explanation, and the numbers side by side for a function that returns the wrong ones."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt

from backprop_studio.core.student.verdicts import Status
from backprop_studio.gui.student.array_view import DIFFERS_ROLE
from backprop_studio.gui.student.check_model import STATUS, STATUS_COLORS
from tests.gui.student.conftest import FILES, RELU, open_and_wait


def highlighted(pane) -> list[tuple[int, int]]:
    model = pane.model
    return [(r, c) for r in range(model.rowCount()) for c in range(model.columnCount())
            if model.data(model.index(r, c), DIFFERS_ROLE)]


def test_the_correct_file_passes_every_row(qtbot, your_code):
    window = your_code()
    open_and_wait(qtbot, window, FILES / "correct.py")
    rows = window.check_tab.rows()
    assert len(rows) == 15  # weeks 3 and 4
    assert {status for _, status, _ in rows} == {"pass"}
    assert all(explanation.startswith("matches core on") for _, _, explanation in rows)
    assert rows[0][0] == "layer_sizes  (week 3)" and rows[-1][0] == "L_model_backward  (week 4)"
    # Colour AND text: the status cell of a passing row is green.
    model = window.check_tab.model
    assert model.data(model.index(0, STATUS), Qt.ItemDataRole.BackgroundRole) == STATUS_COLORS[Status.PASS][0]
    assert "15 pass, 0 fail, 0 errors, 0 not written yet" in window.status_text()
    assert window.check_tab.problems_text() == ""


def test_it_checks_against_the_main_windows_network(qtbot, your_code):
    window = your_code(RELU)
    open_and_wait(qtbot, window, FILES / "correct.py")
    # The ReLU network's own caches and gradients were cases too (course cases + the network's).
    check = window.report["L_model_backward"]
    assert check.status is Status.PASS and check.cases_run == 3
    assert "network (iteration 0)" in window.status_text()


def test_a_transposed_dW_fails_its_row_and_says_transposed(qtbot, your_code):
    window = your_code()
    open_and_wait(qtbot, window, FILES / "transposed.py")
    function, status, explanation = window.check_tab.row("backward_propagation")
    assert status == "fails"
    assert "transposed" in explanation and "dW[2]" in explanation
    model = window.check_tab.model
    row = model.row_of("backward_propagation")
    assert model.data(model.index(row, STATUS), Qt.ItemDataRole.BackgroundRole) == STATUS_COLORS[Status.FAIL][0]
    # The failing row is selected by itself: both arrays are shown, their shapes differ.
    assert window.check_tab.selected_check().key == "backward_propagation"
    pair = window.check_tab.side_by_side
    assert pair.isVisible()
    assert pair.yours.model.array().shape == (4, 1) and pair.expected.model.array().shape == (1, 4)
    assert pair.summary.text() == "The shapes differ: (4, 1) and (1, 4)."
    assert "transposed" in window.check_tab.detail_title.text()


def test_a_failing_function_shows_yours_and_expected_with_the_differences_highlighted(qtbot, your_code):
    window = your_code()
    open_and_wait(qtbot, window, FILES / "wrong_derivative.py")
    assert window.check_tab.select("backward_propagation")
    check = window.check_tab.selected_check()
    assert check.status is Status.FAIL and check.output == "dW[1]"
    pair = window.check_tab.side_by_side
    np.testing.assert_array_equal(pair.yours.model.array(), check.yours)
    np.testing.assert_array_equal(pair.expected.model.array(), check.expected)
    expected_cells = [tuple(int(i) for i in index) for index in np.argwhere(check.mask)]
    assert highlighted(pair.yours) == highlighted(pair.expected) == expected_cells != []
    assert pair.yours.heading.text().startswith("yours: dW[1]")
    assert pair.expected.heading.text().startswith("expected: dW[1]")
    assert f"{len(expected_cells)} of {check.mask.size} entries differ" in pair.summary.text()
    assert "Decided by: course test case" in window.check_tab.detail_text.text()
    # Another row: its own details (a function not written has no numbers to show).
    assert window.check_tab.select("layer_sizes")
    assert not pair.isVisible()
    assert "not written yet" in window.check_tab.detail_title.text()


def test_a_missing_one_over_m_highlights_every_entry(qtbot, your_code):
    window = your_code()
    open_and_wait(qtbot, window, FILES / "missing_one_over_m.py")
    assert window.check_tab.select("backward_propagation")
    pair = window.check_tab.side_by_side
    assert "missing 1/m" in window.check_tab.row("backward_propagation")[2]
    rows, columns = pair.yours.model.array().shape
    assert len(highlighted(pair.yours)) == rows * columns


def test_a_syntax_error_shows_its_line_and_message(qtbot, your_code):
    window = your_code()
    open_and_wait(qtbot, window, FILES / "syntax_error.py")
    assert window.check_tab.problems_text() == "syntax error at line 6: '(' was never closed"
    function, status, explanation = window.check_tab.row("linear_forward")
    assert status == "error" and explanation == "syntax error at line 6: '(' was never closed"
    assert "The file has problems" in window.status_text()


def test_functions_not_written_yet_say_so(qtbot, your_code):
    window = your_code()
    open_and_wait(qtbot, window, FILES / "missing_function.py")
    rows = {function.split()[0]: (status, explanation) for function, status, explanation in window.check_tab.rows()}
    assert rows["linear_forward"][0] == "pass"
    assert rows["linear_backward"] == ("not written yet", "not written yet")  # still the skeleton's body
    assert rows["L_model_forward"] == ("not written yet", "not written yet")  # not in the file at all
    assert rows["linear_activation_backward"][0] == "not written yet"
    assert "line 19 still raises NotImplementedError" in rows["linear_activation_backward"][1]
    model = window.check_tab.model
    row = model.row_of("L_model_forward")
    assert model.data(model.index(row, STATUS), Qt.ItemDataRole.BackgroundRole) == \
        STATUS_COLORS[Status.NOT_WRITTEN][0]


def test_a_notebook_is_checked_as_the_py(qtbot, your_code):
    window = your_code()
    open_and_wait(qtbot, window, FILES / "correct.ipynb")
    assert {status for _, status, _ in window.check_tab.rows()} == {"pass"}
    assert "not run" in window.check_tab.problems_text()  # its test cell


def test_an_unreadable_file_is_said_plainly(qtbot, your_code, tmp_path):
    broken = tmp_path / "broken.ipynb"
    broken.write_text("{ not json")
    window = your_code()
    with qtbot.waitSignal(window.check_failed, timeout=30_000):
        window.open_file(broken)
    assert window.status_text().startswith("Your file could not be read: the notebook is not valid JSON")
    assert window.check_tab.rows() == []
    assert not window.train_tab.start_button.isEnabled()


def test_the_students_file_is_never_modified(qtbot, your_code, student_file):
    path = student_file("buggy_backward.py")
    before, stat = path.read_bytes(), path.stat()
    window = your_code(RELU)
    open_and_wait(qtbot, window, path)
    window.tabs.setCurrentWidget(window.train_tab)
    window.train_tab.start()
    qtbot.waitUntil(lambda: window.train_tab.last_step is not None, timeout=30_000)
    window.recheck()
    qtbot.waitUntil(lambda: not window.busy, timeout=30_000)
    window.close()
    assert path.read_bytes() == before and path.stat().st_mtime_ns == stat.st_mtime_ns
    assert sorted(p.name for p in path.parent.iterdir()) == ["buggy_backward.py"]  # nothing written beside it


def test_open_asks_for_the_file_through_its_seam(qtbot, your_code):
    window = your_code()
    window.ask_open_path = lambda: None  # cancelled
    assert not window.open_button.click() and window.path is None
    window.ask_open_path = lambda: str(FILES / "keepdims.py")
    with qtbot.waitSignal(window.checked, timeout=30_000):
        window.open_button.click()
    assert window.windowTitle() == "Your code — keepdims.py"
    assert "keepdims=True" in window.check_tab.row("backward_propagation")[2]

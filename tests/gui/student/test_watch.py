"""Saving the file checks it again, however the editor saves: in place, or a new file renamed over the old."""

from __future__ import annotations

import os

from tests.gui.student.conftest import FILES, TIMEOUT_MS, open_and_wait


def status_of(window, key: str) -> str | None:
    row = window.check_tab.row(key)
    return None if row is None else row[1]


def test_saving_in_place_reruns_the_checks(qtbot, your_code, student_file):
    path = student_file("transposed.py")
    window = your_code()
    open_and_wait(qtbot, window, path)
    assert status_of(window, "backward_propagation") == "fails"
    path.write_bytes((FILES / "correct.py").read_bytes())  # the student fixed it and saved
    qtbot.waitUntil(lambda: status_of(window, "backward_propagation") == "pass", timeout=TIMEOUT_MS)
    assert len(window.check_tab.rows()) == 15  # the new version is about weeks 3 and 4


def test_an_editor_that_saves_by_rename_is_caught_each_time(qtbot, your_code, student_file):
    path = student_file("correct.py")
    window = your_code()
    open_and_wait(qtbot, window, path)
    assert status_of(window, "backward_propagation") == "pass"
    for source, expected in (("missing_one_over_m.py", "fails"), ("correct.py", "pass"),
                             ("wrong_derivative.py", "fails")):
        temporary = path.with_name(".correct.py.swp")
        temporary.write_bytes((FILES / source).read_bytes())
        os.replace(temporary, path)  # as vim, VS Code and Jupyter save
        qtbot.waitUntil(lambda: status_of(window, "backward_propagation") == expected, timeout=TIMEOUT_MS)
        qtbot.waitUntil(lambda: not window.busy, timeout=TIMEOUT_MS)
    assert "missing 1/m" not in window.check_tab.row("backward_propagation")[2]
    assert "g′ of tanh" in window.check_tab.row("backward_propagation")[2]


def test_touching_the_file_without_changing_it_does_not_recheck(qtbot, your_code, student_file):
    path = student_file("correct.py")
    window = your_code()
    open_and_wait(qtbot, window, path)
    report = window.report
    os.utime(path)
    path.write_bytes(path.read_bytes())  # saved again, the same bytes
    qtbot.wait(800)
    assert window.report is report and not window.busy


def test_a_save_during_a_check_is_checked_after_it(qtbot, your_code, student_file):
    path = student_file("transposed.py")
    window = your_code()
    window.open_file(path)  # not waited for
    path.write_bytes((FILES / "keepdims.py").read_bytes())
    qtbot.waitUntil(lambda: window.report is not None and "keepdims" in window.check_tab.row(
        "backward_propagation")[2], timeout=TIMEOUT_MS)

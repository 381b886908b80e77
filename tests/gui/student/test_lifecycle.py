"""The window from the Labs menu, its student process, and what closing it does; the window never waits."""

from __future__ import annotations

import os
import time

import pytest

from backprop_studio.gui.student.window import YourCodeWindow
from tests.gui.student.conftest import FILES, RELU, TIMEOUT_MS, open_and_wait


def alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    # A zombie still answers kill(0): it has ended, only not been reaped.
    try:
        with open(f"/proc/{pid}/stat") as stat:
            return stat.read().split(")")[-1].split()[0] != "Z"
    except OSError:
        return True


def test_the_labs_menu_opens_one_your_code_window(window, qtbot):
    window.labs.actions["your_code"].trigger()
    lab = window.labs.lab("your_code")
    assert isinstance(lab, YourCodeWindow) and lab.isVisible() and not lab.isModal()
    assert window.labs.actions["your_code"].text() == "Your code…"
    window.labs.actions["your_code"].trigger()
    assert window.labs.lab("your_code") is lab
    assert lab.status_text() == "Open a .py or .ipynb that defines some of the course's functions."
    assert not lab.recheck_button.isEnabled() and not lab.train_tab.start_button.isEnabled()
    lab.close()


def test_closing_the_window_ends_the_students_process_and_opening_it_starts_a_new_one(qtbot, your_code):
    window = your_code()
    open_and_wait(qtbot, window, FILES / "correct.py")
    pid = window.worker.pid
    assert pid is not None and alive(pid)
    window.close()
    qtbot.waitUntil(lambda: not alive(pid), timeout=10_000)
    assert window.worker.sandbox is None
    with qtbot.waitSignal(window.checked, timeout=TIMEOUT_MS):
        window.show()  # opened again: the file is checked again, in a new process
    assert window.worker.pid not in (None, pid)
    assert {status for _, status, _ in window.check_tab.rows()} == {"pass"}


def test_closing_while_playing_ends_the_process(qtbot, your_code):
    window = your_code(RELU)
    open_and_wait(qtbot, window, FILES / "correct.py")
    window.train_tab.start()
    window.train_tab.play()
    qtbot.waitUntil(lambda: len(window.train_tab.curves()[1]) > 3, timeout=TIMEOUT_MS)
    pid = window.worker.pid
    window.close()
    qtbot.waitUntil(lambda: not alive(pid), timeout=10_000)
    assert not window.train_tab.playing


@pytest.mark.skipif(os.name != "posix", reason="the endless loop is ended by its process group's kill")
def test_an_endless_loop_never_freezes_the_window_and_closing_kills_it(qtbot, your_code):
    window = your_code(RELU)
    with qtbot.waitSignal(window.worker.busy_changed, timeout=TIMEOUT_MS):
        window.open_file(FILES / "infinite_loop.py")
    assert window.busy and window.busy_bar.isVisibleTo(window)
    # The window answers while the student's code loops: events are processed, a tab can be changed.
    started = time.monotonic()
    window.tabs.setCurrentIndex(1)
    qtbot.wait(100)
    assert time.monotonic() - started < 1.5
    qtbot.waitUntil(lambda: window.worker.pid is not None, timeout=TIMEOUT_MS)
    pid = window.worker.pid
    started = time.monotonic()
    window.close()  # while a call hangs in linear_backward's sleep loop
    assert time.monotonic() - started < 5
    qtbot.waitUntil(lambda: not alive(pid), timeout=10_000)


def test_the_time_limit_turns_an_endless_loop_into_a_verdict(qtbot, your_code):
    window = your_code(RELU)
    open_and_wait(qtbot, window, FILES / "infinite_loop.py")
    explanation = window.check_tab.row("L_model_forward")[2]
    assert explanation.startswith("timed out after 2 s")
    assert window.check_tab.row("linear_backward")[1] == "error"

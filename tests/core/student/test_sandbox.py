"""The student's process: nothing it does can freeze, crash or change the app.

Calls go through a real child process (tests/core/student/files/process_probe.py).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import numpy as np
import pytest

from backprop_studio.core.student.checks import check_all
from backprop_studio.core.student.loading import load_student_file
from backprop_studio.core.student.child import KEPT_VARIABLES
from backprop_studio.core.student.sandbox import Sandbox
from backprop_studio.core.student.verdicts import Status
from backprop_studio.core.student.wire import Unsupported

from .conftest import FILES

POSIX = os.name == "posix"


def test_values_cross_as_plain_data_both_ways(sandbox_for):
    sandbox = sandbox_for("process_probe.py")
    value = (np.arange(6.0).reshape(2, 3), {"W1": np.eye(2), "b1": np.zeros((2, 1))}, [1, 2.5, None, True],
             np.float64(0.25), np.array([True, False]), np.int64(7), "text", (np.float32(1.5),))
    result = sandbox.call("echo", value)
    assert result.ok
    back = result.value
    assert isinstance(back, tuple) and len(back) == len(value)
    np.testing.assert_array_equal(back[0], value[0])
    assert set(back[1]) == {"W1", "b1"} and back[2] == [1, 2.5, None, True]
    assert type(back[3]) is np.float64 and back[3] == 0.25 and back[5] == 7 and back[6] == "text"
    assert back[4].dtype == bool and back[7][0].dtype == np.float32


def test_arguments_are_copies(sandbox_for):
    A = np.zeros((2, 2))
    A.flags.writeable = False  # a snapshot's arrays are read-only; the child's copy is not
    result = sandbox_for("process_probe.py").call("mutate", A)
    assert result.ok and result.value[0, 0] == 99.0
    assert A[0, 0] == 0.0


def test_the_child_runs_apart_with_a_clean_environment(sandbox_for):
    sandbox = sandbox_for("process_probe.py")
    env = sandbox.call("environment").value
    assert env["pid"] != os.getpid() and env["isolated"] == 1
    allowed = set(KEPT_VARIABLES) | {"OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS", "MPLBACKEND", "LC_CTYPE"}
    assert set(env["variables"]) <= allowed
    # It works in the student's folder, which is on its path after the standard library.
    assert Path(env["cwd"]).resolve() == FILES.resolve()
    assert env["path"][-1] == str(FILES.resolve())
    assert str(Path(__file__).parents[3] / "core" / "student") not in env["path"]


def test_nothing_the_student_changes_reaches_the_app(sandbox_for):
    np.random.seed(5)
    expected_next = np.random.rand()
    np.random.seed(5)
    sandbox = sandbox_for("process_probe.py")
    assert sandbox.call("leak_state").ok
    assert "BACKPROP_STUDIO_LEAK" not in os.environ and "backprop_studio_leak" not in sys.modules
    assert np.random.rand() == expected_next
    # The app never imports the student's file.
    student = str((FILES / "process_probe.py").resolve())
    assert not any(getattr(module, "__file__", None) == student for module in list(sys.modules.values()))


def test_what_has_no_plain_data_form_comes_back_as_unsupported(sandbox_for):
    sandbox = sandbox_for("process_probe.py")
    assert sandbox.call("returns_a_function").value == Unsupported("function")
    value = sandbox.call("returns_objects").value
    assert value == {"A": Unsupported("ndarray of object"), "f": Unsupported("builtin_function_or_method"), "n": 3}


def test_an_answer_too_large_is_refused_and_the_process_goes_on(sandbox_for):
    sandbox = sandbox_for("process_probe.py", max_bytes=2**20)
    result = sandbox.call("big_array", 2**18)  # 2 MB of float64
    assert result.status == "too_big" and result.size > 2**21
    assert sandbox.call("big_array", 4).ok
    many = sandbox.call("many_numbers", 2**18)  # no array: a long JSON list, refused just the same
    assert many.status == "too_big" and sandbox.call("big_array", 4).ok


def test_exceptions_give_type_message_and_line(sandbox_for):
    sandbox = sandbox_for("process_probe.py")
    result = sandbox.call("divide", 1, 0)
    assert (result.status, result.error_type, result.message) == ("error", "ZeroDivisionError", "division by zero")
    assert (result.location.line, result.location.function) == (44, "divide")
    result = sandbox.call("ask")
    assert result.error_type == "EOFError"  # input() never reads the app's pipe
    assert sandbox.call("missing_function").status == "missing"


@pytest.mark.skipif(not POSIX, reason="the child interrupts itself with SIGALRM on POSIX only")
def test_a_loop_is_interrupted_at_its_line_and_the_process_stays(sandbox_for):
    sandbox = sandbox_for("process_probe.py", timeout=0.3)
    sandbox.load()
    pid = sandbox.pid
    result = sandbox.call("spin")
    assert result.status == "timeout" and result.location.function == "spin" and result.location.line in (57, 58)
    assert sandbox.pid == pid and sandbox.call("divide", 1, 2).value == 0.5


def test_a_loop_that_ignores_the_limit_is_killed_and_replaced(sandbox_for):
    sandbox = sandbox_for("process_probe.py", timeout=0.3, grace=0.3)
    sandbox.load()
    pid = sandbox.pid
    result = sandbox.call("swallowing_sleeper")
    assert result.status == "timeout" and result.location is None
    assert not sandbox.running
    after = sandbox.call("divide", 1, 4)
    assert after.ok and after.value == 0.25 and after.restarted and sandbox.pid != pid


def test_the_load_goes_on_past_failing_statements(sandbox_for):
    sandbox = sandbox_for("load_problems.py", load_timeout=0.5)
    report = sandbox.load()
    texts = [problem.text for problem in report.problems]
    assert texts[0] == "line 2: ImportError while loading: " + report.problems[0].args["message"]
    assert "no_such_function" in texts[0]
    assert texts[1] == "line 10: RuntimeError while loading: the decorator failed"
    assert report.problems[2].code == ("timeout_at" if POSIX else "timeout")
    if POSIX:  # the class body's loop is interrupted and what follows it still loads
        assert "compute_cost" in report.defined
        checks = check_all(sandbox)
        assert checks["compute_cost"].status is Status.PASS
        assert checks["linear_forward"].text == "the definition at line 10 did not run: RuntimeError: the decorator failed"


def test_reload_runs_the_saved_version_in_a_fresh_process(tmp_path):
    path = tmp_path / "mine.py"
    path.write_text("def f():\n    return 1\n")
    with Sandbox(load_student_file(path)) as sandbox:
        assert sandbox.call("f").value == 1
        pid = sandbox.pid
        path.write_text("def f():\n    return 2\n")
        sandbox.reload(load_student_file(path))
        assert sandbox.call("f").value == 2 and sandbox.pid != pid


@pytest.mark.skipif(not POSIX, reason="file descriptor numbers are POSIX's")
def test_garbage_on_the_apps_pipe_ends_that_process_not_the_app(sandbox_for):
    sandbox = sandbox_for("process_probe.py")
    result = sandbox.call("scribble")
    assert (result.status, result.reason) == ("crash", "malformed answer")
    assert sandbox.call("divide", 3, 4).value == 0.75


def test_close_ends_the_process(sandbox_for):
    sandbox = sandbox_for("process_probe.py")
    sandbox.load()
    process = sandbox._child.process
    sandbox.close()
    assert process.poll() is not None and not sandbox.running


def test_an_interpreter_that_cannot_start_is_reported(tmp_path):
    with Sandbox(load_student_file(FILES / "process_probe.py"), python=str(tmp_path / "no-python")) as sandbox:
        report = sandbox.load()
        assert not report.started and report.problems[0].code == "crashed"
        assert sandbox.call("divide", 1, 2).status == "crash"


def test_a_standalone_build_runs_the_students_file_with_a_python_of_the_machine(monkeypatch):
    """Frozen, sys.executable is the app itself: the student's file needs a real Python (python3 on PATH)."""
    import shutil
    import sys

    from backprop_studio.core.student import sandbox

    assert sandbox.default_python() == sys.executable
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(shutil, "which", lambda name: "/opt/py/bin/python3" if name == "python3" else None)
    assert sandbox.default_python() == "/opt/py/bin/python3"
    monkeypatch.setattr(shutil, "which", lambda name: None)
    assert sandbox.default_python() == "python3"  # not found: starting fails and the window says so


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL from outside is POSIX")
def test_a_process_killed_from_outside_is_tidied_away_when_the_next_one_starts(sandbox_for):
    import signal

    sandbox = sandbox_for("correct.py")
    sandbox.load()
    old = sandbox._child
    os.kill(sandbox.pid, signal.SIGKILL)  # as the Your code window does when it closes mid-loop
    old.process.wait(5)
    Y, AL = np.array([[1.0, 0.0]]), np.array([[0.8, 0.1]])
    assert sandbox.call("compute_cost", AL, Y).ok  # a fresh process answers
    assert sandbox.pid != old.process.pid
    assert old.crash_log.closed  # nothing of the dead one is left open (its log was a ResourceWarning)

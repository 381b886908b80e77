"""The student files written for these tests, checked through their own process: each verdict names the mistake.

Each file (tests/core/student/files/) holds one classic mistake of the course's
assignments; the check table's line for the function says what it is, in the course's
terms, and shows the numbers side by side.
"""

from __future__ import annotations

import os
import sys

import numpy as np
import pytest

from backprop_studio.core.student.checks import check_all, check_function
from backprop_studio.core.student.verdicts import Location, Status


def _check(sandbox_for, name, snapshot=None, **options):
    return check_all(sandbox_for(name, **options), snapshot)


def test_the_correct_file_passes_every_function_on_the_course_cases_and_both_networks(
        sandbox_for, tanh_snapshot, relu_snapshot):
    sandbox = sandbox_for("correct.py")
    for snapshot in (tanh_snapshot, relu_snapshot):
        report = check_all(sandbox, snapshot)
        assert [check.key for check in report.functions if check.status is not Status.PASS] == []
        assert len(report.functions) == 15  # weeks 3 and 4
    # The week-4 functions ran on the ReLU network's values too; week 3's on the tanh network's.
    assert report["L_model_backward"].cases_run == 3 and not report["L_model_backward"].notes
    assert report["forward_propagation"].notes[0].code == "course_cases_only"


def test_the_notebook_form_checks_as_the_py_form(sandbox_for, relu_snapshot):
    py = _check(sandbox_for, "correct.py", relu_snapshot)
    notebook = _check(sandbox_for, "correct.ipynb", relu_snapshot)
    assert [(c.key, c.status, c.cases_run) for c in notebook.functions] == \
        [(c.key, c.status, c.cases_run) for c in py.functions]
    # Its test cell (which calls a test-case helper the notebook never imports) was not run.
    assert [problem.code for problem in notebook.problems] == ["not_run"]


def test_transposed_dW(sandbox_for):
    check = _check(sandbox_for, "transposed.py")["backward_propagation"]
    assert check.status is Status.FAIL
    assert check.text == "dW[2] has shape (4, 1); expected (1, 4) = (n[2], n[1]): transposed?"
    assert check.yours.shape == (4, 1) and check.expected.shape == (1, 4) and check.mask is None
    assert check.case.code == "case_course"


def test_missing_one_over_m(sandbox_for):
    check = _check(sandbox_for, "missing_one_over_m.py")["backward_propagation"]
    assert check.status is Status.FAIL
    assert check.text == "db[1] is m = 3 times too large: missing 1/m?"
    np.testing.assert_allclose(check.yours, 3 * check.expected)
    assert check.mask.all()


def test_missing_one_over_m_on_the_network_names_its_m(sandbox_for, tanh_snapshot):
    # Straight to the network's values (the course's cases come first in check_all).
    from backprop_studio.core.student.cases import from_snapshot, network_cases

    net = from_snapshot(tanh_snapshot)
    case = network_cases("backward_propagation", net)[0]
    sandbox = sandbox_for("missing_one_over_m.py")
    result = sandbox.call("backward_propagation", *case.args)
    assert result.ok
    from backprop_studio.core.student.compare import first_difference
    from backprop_studio.core.student.outputs import leaves

    difference = first_difference(result.value, case.expected, leaves(case.key, case), function="backward_propagation",
                                  returns="grads", m=case.m)
    assert difference.verdict.text == f"db[1] is m = {net.m} times too large: missing 1/m?"


def test_missing_keepdims(sandbox_for):
    check = _check(sandbox_for, "keepdims.py")["backward_propagation"]
    assert check.status is Status.FAIL
    assert check.text == "db[1] has shape (4,): keepdims=True?"


def test_wrong_derivative_of_tanh(sandbox_for):
    check = _check(sandbox_for, "wrong_derivative.py")["backward_propagation"]
    assert check.status is Status.FAIL
    assert check.text == "dZ[1] differs: g′ of tanh is 1 − A[1]², you used 1 − A[1]"
    assert check.output == "dW[1]" and check.mask.any()  # dW[1] is where it shows


def test_wrong_sign_of_the_cost(sandbox_for):
    check = _check(sandbox_for, "wrong_sign.py")["compute_cost"]
    assert check.status is Status.FAIL
    assert check.text == "cost is off by the sign"
    assert check.yours == pytest.approx(-check.expected)


def test_b_broadcast_as_a_row(sandbox_for, tanh_snapshot):
    sandbox = sandbox_for("broadcasting.py")
    check = check_all(sandbox, tanh_snapshot)["linear_forward"]
    assert check.status is Status.FAIL
    assert check.text == "Z[l] differs from unit 1 on: broadcasting b[l] as a row?"
    assert check.case.code == "case_extra"  # three units and three examples: numbers instead of an error
    # On the network (4 units, 320 examples) the same line fails to broadcast at all: the same mistake, named.
    from backprop_studio.core.student.cases import from_snapshot, network_cases
    from backprop_studio.core.student.checks import call_verdict

    case = network_cases("linear_forward", from_snapshot(tanh_snapshot))[0]
    result = sandbox.call("linear_forward", *case.args)
    status, why = call_verdict(result, "linear_forward", case)
    assert status is Status.ERROR and why.code == "broadcast_error"
    assert why.text == (f"line 5: b[1] (4,) must be added to every column of W[1]A[0] (4, {case.m}): "
                        "broadcasting b[1] as a row?")


def test_an_endless_loop_times_out_at_its_line_and_one_that_resists_is_killed(sandbox_for):
    sandbox = sandbox_for("infinite_loop.py", timeout=1.0, grace=0.5)
    report = check_all(sandbox)
    looping = report["L_model_forward"]
    assert looping.status is Status.ERROR
    if os.name == "posix":  # the process interrupts itself and says where: in the while loop (lines 19–20)
        assert looping.verdict.code == "timeout_at" and looping.verdict.location.line in (19, 20)
        assert looping.text.startswith("timed out after 1 s (it was at line ")
    killed = report["linear_backward"]  # swallows the time limit: only killing the process ends it
    assert killed.status is Status.ERROR and killed.text == "timed out after 1 s"
    assert report["linear_activation_forward"].status is Status.PASS
    # The killed process is replaced by a fresh one at the next call.
    result = sandbox.call("linear_activation_forward", np.ones((1, 2)), np.ones((1, 1)), np.zeros((1, 1)), "relu")
    assert result.ok and result.restarted
    np.testing.assert_array_equal(result.value[0], [[1.0, 1.0]])


@pytest.mark.skipif(os.name != "posix", reason="a segmentation fault's signal and line are POSIX's")
def test_crashes_are_reported_and_the_process_restarts(sandbox_for):
    sandbox = sandbox_for("crash.py")
    report = check_all(sandbox)
    assert report["linear_forward"].status is Status.ERROR
    assert report["linear_forward"].text == "the process crashed (exit code 3)"
    assert report["linear_backward"].text == "the process crashed at line 12 (signal SIGSEGV)"
    assert report["compute_cost"].status is Status.PASS  # in a new process, after two crashes
    assert sandbox.running


def test_a_syntax_error_gives_its_line_and_message(sandbox_for):
    report = _check(sandbox_for, "syntax_error.py")
    (problem,) = report.problems
    assert problem.code == "syntax_error" and problem.location == Location(6)
    assert problem.text == f"syntax error at line 6: {problem.args['message']}" and problem.args["message"]
    assert report["linear_forward"].status is Status.ERROR and report["linear_forward"].verdict is problem
    assert report["linear_backward"].status is Status.NOT_WRITTEN  # not in the broken text at all


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="RLIMIT_AS is enforced on Linux only")
def test_a_huge_allocation_is_refused_at_its_line(sandbox_for):
    sandbox = sandbox_for("huge_allocation.py", memory_mb=256)
    check = check_function(sandbox, "initialize_parameters_deep")
    assert sandbox.load().memory_limited
    assert check.status is Status.ERROR
    assert check.text == "asked for more memory than the 256 MB allowed, at line 5"


def test_prints_are_captured_and_capped_and_exit_is_contained(sandbox_for):
    report = _check(sandbox_for, "prints_and_exit.py", max_output=500)
    printing = report["linear_forward"]
    assert printing.status is Status.PASS
    assert printing.printed.startswith("computing Z, step 0\n") and "more characters)" in printing.printed
    leaving = report["compute_cost"]
    assert leaving.status is Status.ERROR and leaving.text == "called exit() at line 18"
    assert leaving.printed == "about to leave\n"
    # The top level's print() and exit() never ran.
    assert report.load.output == "" and report.problems[-1].text.startswith("2 top-level statements")


def test_missing_and_unfinished_functions_are_not_written_yet(sandbox_for):
    report = _check(sandbox_for, "missing_function.py")
    assert report["linear_forward"].status is Status.PASS
    assert (report["L_model_forward"].status, report["L_model_forward"].text) == (Status.NOT_WRITTEN, "not written yet")
    assert report["linear_backward"].status is Status.NOT_WRITTEN  # still the skeleton's body
    unfinished = report["linear_activation_backward"]
    assert unfinished.status is Status.NOT_WRITTEN
    assert unfinished.text == "not written yet: line 19 still raises NotImplementedError"
    calling = report["L_model_backward"]
    assert calling.status is Status.ERROR and calling.text == "calls linear_activation_backward, which is not written yet"


def test_a_wrong_signature_is_reported_against_the_courses(sandbox_for):
    report = _check(sandbox_for, "wrong_signature.py")
    assert report["linear_backward"].text == "linear_backward(dZ, cache) expected, got linear_backward(cache, dZ)"
    assert report["update_parameters"].text == ("update_parameters(parameters, grads, learning_rate) expected, "
                                                "got update_parameters(parameters, grads)")
    assert report["linear_backward"].status is Status.ERROR and report["linear_backward"].cases_run == 0


def test_an_absent_module_is_reported_by_name(sandbox_for):
    report = _check(sandbox_for, "missing_import.py")
    assert [problem.text for problem in report.problems] == [
        "line 2: import of tensorflow_lite_for_students failed: there is no module named tensorflow_lite_for_students"]
    assert report["linear_forward"].text == "uses tfs at line 6, which is not defined"
    assert report["compute_cost"].text == "imports scipy_special_for_students at line 11, which is not installed"


def test_a_notebook_reports_by_cell_and_one_broken_cell_hides_nothing_else(sandbox_for):
    report = _check(sandbox_for, "cells.ipynb")
    (syntax,) = [problem for problem in report.problems if problem.code == "syntax_error"]
    assert syntax.location == Location(3, cell=2) and syntax.text.startswith("syntax error at cell 2, line 3: ")
    assert report["layer_sizes"].verdict is syntax  # its definition is in the broken cell
    assert report["linear_forward"].status is Status.PASS
    assert report["backward_propagation"].text == "dZ[1] differs: g′ of tanh is 1 − A[1]², you used 1 − A[1]"
    assert report["compute_cost"].text == "raised ValueError at cell 5, line 3: not ready: m = 3"


def test_the_buggy_backward_is_named(sandbox_for, relu_snapshot):
    check = _check(sandbox_for, "buggy_backward.py", relu_snapshot)["L_model_backward"]
    assert check.status is Status.FAIL
    assert check.text == "dZ[1] differs: g′ of relu is 1 where Z > 0, else 0, you used σ(Z)(1 − σ(Z))"


def test_checking_never_modifies_the_students_file(sandbox_for, relu_snapshot):
    from .conftest import FILES

    paths = sorted(FILES.iterdir())
    before = {path: (path.read_bytes(), path.stat().st_mtime_ns) for path in paths}
    _check(sandbox_for, "correct.ipynb", relu_snapshot)
    _check(sandbox_for, "missing_function.py")
    assert {path: (path.read_bytes(), path.stat().st_mtime_ns) for path in sorted(FILES.iterdir())} == before


def test_week_3s_update_is_not_checked_on_a_deeper_network(tmp_path, relu_snapshot):
    from backprop_studio.core.student.loading import load_student_file
    from backprop_studio.core.student.sandbox import Sandbox

    path = tmp_path / "week3.py"
    path.write_text("def layer_sizes(X, Y):\n    return (X.shape[0], 4, Y.shape[0])\n\n"
                    "def update_parameters(parameters, grads, learning_rate=1.2):\n"
                    "    return {key: parameters[key] - learning_rate * grads['d' + key]\n"
                    "            for key in ('W1', 'b1', 'W2', 'b2')}\n")
    with Sandbox(load_student_file(path)) as sandbox:
        check = check_all(sandbox, relu_snapshot)["update_parameters"]
    assert check.status is Status.PASS and check.notes[0].code == "course_cases_only"

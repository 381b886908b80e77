"""The exercise file: every course function with the course's signature, a body to fill in, in two languages."""

from __future__ import annotations

import ast

import numpy as np
import pytest

from backprop_studio.core.student.checks import check_all
from backprop_studio.core.student.course import functions_of
from backprop_studio.core.student.loading import from_source, load_student_file
from backprop_studio.core.student.sandbox import Sandbox
from backprop_studio.core.student.skeleton import skeleton
from backprop_studio.core.student.verdicts import Status

from .conftest import FILES

WEEK_SETS = [(2,), (3,), (4,), (3, 4)]


@pytest.mark.parametrize("language", ["en", "zh_CN"])
@pytest.mark.parametrize("weeks", WEEK_SETS)
def test_every_function_of_the_weeks_with_the_courses_signature_not_written_yet(language, weeks):
    student = from_source(skeleton(language, weeks))
    expected = {entry.name for entry in functions_of(weeks) if not (entry.name == "sigmoid" and 2 not in weeks)}
    course = {name: function for name, function in student.functions.items() if function.entry is not None
              and (name != "sigmoid" or 2 in weeks)}
    assert set(course) == expected
    assert all(function.mismatch is None and not function.written for function in course.values())
    assert student.weeks == tuple(weeks) and student.problems == () and student.skipped == ()


def test_the_two_languages_are_the_same_code_with_their_own_words():
    for weeks in WEEK_SETS:
        english, chinese = (ast.parse(skeleton(language, weeks)) for language in ("en", "zh_CN"))
        signatures = [[(node.name, ast.unparse(node.args)) for node in tree.body if isinstance(node, ast.FunctionDef)]
                      for tree in (english, chinese)]
        assert signatures[0] == signatures[1]
    chinese = skeleton("zh_CN")
    assert "反向传播" in chinese and "尚未编写" in chinese and "Backward propagation" not in chinese
    assert "not written yet" in skeleton("en")


def test_the_shapes_are_in_the_docstrings():
    tree = ast.parse(skeleton("en"))
    docs = {node.name: ast.get_docstring(node) for node in tree.body if isinstance(node, ast.FunctionDef)}
    assert "dW: (n[l], n[l−1]); db: (n[l], 1)" in docs["linear_backward"]
    assert "W: (n[l], n[l−1]); b: (n[l], 1)" in docs["linear_forward"]
    assert '"W1": (n_h, n_x)' in docs["initialize_parameters"]


def test_week_2_has_a_file_of_its_own():
    with pytest.raises(ValueError, match="week 2"):
        skeleton("en", (2, 3))
    with pytest.raises(ValueError, match="no exercise file"):
        skeleton("fr")


def test_the_skeleton_checks_as_not_written_and_its_given_helpers_are_the_courses(tmp_path):
    path = tmp_path / "exercise.py"
    path.write_text(skeleton("zh_CN"), encoding="utf-8")
    with Sandbox(load_student_file(path)) as sandbox:
        report = check_all(sandbox)
        assert {check.status for check in report.functions} == {Status.NOT_WRITTEN}
        assert len(report.functions) == 15 and report.problems == ()
        # The given helpers compute what the course's dnn_utils does (the correct file imports those).
        helper = sandbox.call("relu_backward", np.array([[1.0, -2.0]]), np.array([[0.5, -0.5]]))
        assert helper.value.tolist() == [[1.0, 0.0]]


def test_a_filled_in_skeleton_passes(tmp_path):
    # The correct file's bodies put into the skeleton, function by function.
    correct = ast.parse((FILES / "correct.py").read_text())
    bodies = {node.name: node.body for node in correct.body if isinstance(node, ast.FunctionDef)}
    tree = ast.parse(skeleton("en"))
    for node in tree.body:
        if isinstance(node, ast.FunctionDef) and node.name in bodies and node.name not in ("sigmoid", "relu"):
            node.body = [node.body[0], *bodies[node.name]]  # keep the docstring
    path = tmp_path / "filled.py"
    path.write_text(ast.unparse(tree))
    with Sandbox(load_student_file(path)) as sandbox:
        assert {check.status for check in check_all(sandbox).functions} == {Status.PASS}

"""Reading a student's file without running it: definitions, signatures, skeleton bodies, notebooks."""

from __future__ import annotations

import json

import pytest

from backprop_studio.core.student.loading import StudentFileError, from_source, load_student_file, notebook_cells
from backprop_studio.core.student.verdicts import Location

from .conftest import FILES


def test_a_py_file_is_described_without_running_it(tmp_path):
    source = ("import numpy as np\nimport os\nos.remove('never')\n\n"
              "def linear_forward(A, W, b):\n    return np.dot(W, A) + b, (A, W, b)\n\n"
              "def linear_backward(dZ, cache):\n    '''doc'''\n    # YOUR CODE HERE\n    raise NotImplementedError\n\n"
              "def helper(x):\n    pass\n\nLIMIT = 3\n")
    student = from_source(source)
    assert set(student.functions) == {"linear_forward", "linear_backward", "helper"}
    assert student.functions["linear_forward"].written and not student.functions["linear_backward"].written
    assert student.functions["linear_forward"].location == Location(5, None, "linear_forward")
    assert student.functions["helper"].entry is None
    assert student.skipped == (Location(3),)  # os.remove(...) is not a definition: it never runs
    assert [name for name, _ in student.imports] == ["numpy", "os"]
    assert student.weeks == (4,)


@pytest.mark.parametrize("definition, expected, got", [
    ("def linear_backward(cache, dZ):", "linear_backward(dZ, cache)", "linear_backward(cache, dZ)"),
    ("def L_model_backward(AL, Y):", "L_model_backward(AL, Y, caches)", "L_model_backward(AL, Y)"),
    ("def linear_forward(A, W, b, extra):", "linear_forward(A, W, b)", "linear_forward(A, W, b, extra)"),
])
def test_a_signature_that_does_not_fit_the_courses(definition, expected, got):
    function = from_source(f"{definition}\n    return 1\n").functions[definition[4:definition.index("(")]]
    assert function.mismatch == (expected, got)


@pytest.mark.parametrize("definition", [
    "def linear_forward(A_prev, W, b):",  # the course's other spelling
    "def linear_forward(a, w, bias):",  # the student's own names
    "def linear_forward(A, W, b, debug=False):",  # an extra argument with a default
    "def compute_cost(A2, Y):",
    "def update_parameters(parameters, grads, learning_rate=1.2):",
])
def test_signatures_the_course_accepts(definition):
    (function,) = from_source(f"{definition}\n    return 1\n").functions.values()
    assert function.mismatch is None and function.entry is not None


def test_predict_is_told_apart_by_its_signature():
    week2 = from_source("def predict(w, b, X):\n    return 1\n\ndef propagate(w, b, X, Y):\n    return 1\n")
    assert week2.functions["predict"].entry.key == "predict@2" and week2.weeks == (2,)
    week3 = from_source("def predict(parameters, X):\n    return 1\n")
    assert week3.functions["predict"].entry.key == "predict@3"


def test_a_notebooks_code_cells_in_order_with_magics_left_out():
    cells = [{"cell_type": "markdown", "source": "# title"},
             {"cell_type": "code", "source": ["%matplotlib inline\n", "import numpy as np\n"]},
             {"cell_type": "code", "source": "%%timeit\nthis is not python"},
             {"cell_type": "code", "source": "def layer_sizes(X, Y):\n    if True:\n        !ls\n    return (1, 4, 1)"},
             {"cell_type": "raw", "source": "def nope(): pass"}]
    student = from_source(json.dumps({"nbformat": 4, "cells": cells}), kind="ipynb")
    assert [chunk.cell for chunk in student.chunks] == [1, 2, 3]
    assert student.chunks[0].source == "# %matplotlib inline\nimport numpy as np\n"
    assert student.chunks[1].source == ""  # a %% cell is not Python
    assert student.problems == ()  # the indented !ls became `pass`, so the cell still parses
    assert student.functions["layer_sizes"].location == Location(1, 3, "layer_sizes")


def test_an_nbformat_3_notebook():
    notebook = {"nbformat": 3, "worksheets": [{"cells": [{"cell_type": "code", "input": ["def f(x):\n", " return x"]}]}]}
    assert notebook_cells(json.dumps(notebook).encode()) == ["def f(x):\n return x"]


def test_files_that_cannot_be_read(tmp_path):
    with pytest.raises(StudentFileError, match="cannot read"):
        load_student_file(tmp_path / "absent.py")
    broken = tmp_path / "broken.ipynb"
    broken.write_text('{"cells": [')
    with pytest.raises(StudentFileError, match="not valid JSON"):
        load_student_file(broken)
    binary = tmp_path / "binary.py"
    binary.write_bytes(b"\xff\xfe\x00def")
    with pytest.raises(StudentFileError, match="not readable"):
        load_student_file(binary)


def test_syntax_errors_keep_the_students_line_numbers():
    notebook = load_student_file(FILES / "cells.ipynb")
    (problem,) = notebook.problems
    assert problem.location == Location(3, 2)
    assert notebook.hidden_by_syntax_error("layer_sizes") is problem
    assert notebook.hidden_by_syntax_error("linear_forward") is None
    py = load_student_file(FILES / "syntax_error.py")
    assert py.problems[0].location == Location(6) and py.functions == {}

"""The student's sentences in the user's language: every verdict template of core.student, and the table's words.

``core.student.verdicts`` writes each sentence about the student's code as a code and
arguments with an English template (``TEMPLATES``). The dictionary below repeats every
template inside ``QT_TRANSLATE_NOOP("StudentVerdicts", ...)`` so lupdate puts them in the
catalogue (tests/gui/student/test_texts.py checks it is the same table); ``render`` then
fills the translated template, and falls back to the English one when a translation
cannot be filled in (a field renamed or missing).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ...core.student.verdicts import Status
from ..support.verdict_texts import render_verdict, translate_template, where_text  # noqa: F401 (the tabs' one import)

# core.student.verdicts.TEMPLATES, as lupdate can read it (context "StudentVerdicts").
TRANSLATABLE_TEMPLATES = {
    "pass": QT_TRANSLATE_NOOP("StudentVerdicts", "matches core on {cases} cases"),
    "not_written": QT_TRANSLATE_NOOP("StudentVerdicts", "not written yet"),
    "not_finished": QT_TRANSLATE_NOOP("StudentVerdicts", "not written yet: {at} still raises NotImplementedError"),
    "calls_unwritten": QT_TRANSLATE_NOOP("StudentVerdicts", "calls {callee}, which is not written yet"),
    "syntax_error": QT_TRANSLATE_NOOP("StudentVerdicts", "syntax error at {at}: {message}"),
    "import_missing": QT_TRANSLATE_NOOP("StudentVerdicts", "{at}: import of {module} failed: there is no module named {module}"),
    "load_error": QT_TRANSLATE_NOOP("StudentVerdicts", "{at}: {type} while loading: {message}"),
    "not_run": QT_TRANSLATE_NOOP("StudentVerdicts", "{count} top-level statements were not run (only imports, definitions and constants run)"),
    "not_defined_at_load": QT_TRANSLATE_NOOP("StudentVerdicts", "the definition at {at} did not run: {type}: {message}"),
    "wrong_signature": QT_TRANSLATE_NOOP("StudentVerdicts", "{expected} expected, got {got}"),
    "not_a_function": QT_TRANSLATE_NOOP("StudentVerdicts", "{name} is not a function"),
    "raised": QT_TRANSLATE_NOOP("StudentVerdicts", "raised {type} at {at}: {message}"),
    "raised_nowhere": QT_TRANSLATE_NOOP("StudentVerdicts", "raised {type}: {message}"),
    "uses_undefined": QT_TRANSLATE_NOOP("StudentVerdicts", "uses {name} at {at}, which is not defined"),
    "imports_missing_at_call": QT_TRANSLATE_NOOP("StudentVerdicts", "imports {module} at {at}, which is not installed"),
    "timeout": QT_TRANSLATE_NOOP("StudentVerdicts", "timed out after {seconds:g} s"),
    "timeout_at": QT_TRANSLATE_NOOP("StudentVerdicts", "timed out after {seconds:g} s (it was at {at}: an endless loop?)"),
    "crashed": QT_TRANSLATE_NOOP("StudentVerdicts", "the process crashed ({reason})"),
    "no_numpy": QT_TRANSLATE_NOOP("StudentVerdicts", "{python} has no NumPy to run your file: install it there ({python} -m pip install numpy)"),
    "crashed_at": QT_TRANSLATE_NOOP("StudentVerdicts", "the process crashed at {at} ({reason})"),
    "exited": QT_TRANSLATE_NOOP("StudentVerdicts", "called exit() at {at}"),
    "exited_nowhere": QT_TRANSLATE_NOOP("StudentVerdicts", "called exit()"),
    "memory": QT_TRANSLATE_NOOP("StudentVerdicts", "asked for more memory than the {limit_mb} MB allowed, at {at}"),
    "too_big": QT_TRANSLATE_NOOP("StudentVerdicts", "returned more data than the app accepts ({megabytes:g} MB)"),
    "returned_none": QT_TRANSLATE_NOOP("StudentVerdicts", "returned None: is the return statement missing?"),
    "returned_none_part": QT_TRANSLATE_NOOP("StudentVerdicts", "{name} is None: is it computed before it is returned?"),
    "wrong_type": QT_TRANSLATE_NOOP("StudentVerdicts", "{name} is a {got}; expected a {expected}"),
    "wrong_count": QT_TRANSLATE_NOOP("StudentVerdicts", "{name} returned {got} values; expected {expected} ({names})"),
    "wrong_count_nested": QT_TRANSLATE_NOOP("StudentVerdicts", "{name} has {got} values; expected {expected}"),
    "missing_key": QT_TRANSLATE_NOOP("StudentVerdicts", "{name} has no {key}"),
    "cost_not_squeezed": QT_TRANSLATE_NOOP("StudentVerdicts", "{name} has shape {got}; expected a number: np.squeeze({name})?"),
    "transposed": QT_TRANSLATE_NOOP("StudentVerdicts", "{name} has shape {got}; expected {expected} = {dims}: transposed?"),
    "keepdims": QT_TRANSLATE_NOOP("StudentVerdicts", "{name} has shape {got}: keepdims=True?"),
    "row_vector": QT_TRANSLATE_NOOP("StudentVerdicts", "{name} has shape {got}; expected a column {expected} = {dims}"),
    "sum_axis": QT_TRANSLATE_NOOP("StudentVerdicts", "{name} has shape {got}; expected {expected} = {dims}: sum over axis=1, the examples?"),
    "wrong_shape": QT_TRANSLATE_NOOP("StudentVerdicts", "{name} has shape {got}; expected {expected} = {dims}"),
    "nan": QT_TRANSLATE_NOOP("StudentVerdicts", "{name} has NaN at {index} (log of a number ≤ 0, or 0/0?)"),
    "missing_one_over_m": QT_TRANSLATE_NOOP("StudentVerdicts", "{name} is m = {m} times too large: missing 1/m?"),
    "extra_one_over_m": QT_TRANSLATE_NOOP("StudentVerdicts", "{name} is m = {m} times too small: 1/m taken twice, or where it does not belong?"),
    "wrong_sign": QT_TRANSLATE_NOOP("StudentVerdicts", "{name} is off by the sign"),
    "scaled": QT_TRANSLATE_NOOP("StudentVerdicts", "{name} is {factor:.4g} times the expected values"),
    "value_differs": QT_TRANSLATE_NOOP("StudentVerdicts", "{name} is {yours:.6g}; expected {expected:.6g}"),
    "values_differ": QT_TRANSLATE_NOOP("StudentVerdicts", "{name} differs at {index}: yours {yours:.6g}, expected {expected:.6g} ({count} of {size} entries differ)"),
    "wrong_derivative": QT_TRANSLATE_NOOP("StudentVerdicts", "{dz} differs: g′ of {g} is {right}, you used {used}"),
    "no_derivative": QT_TRANSLATE_NOOP("StudentVerdicts", "{dz} differs: you left out g′ of {g}, {right}"),
    "broadcast_row": QT_TRANSLATE_NOOP("StudentVerdicts", "{name} differs from unit {unit} on: broadcasting {b} as a row?"),
    "broadcast_error": QT_TRANSLATE_NOOP("StudentVerdicts", "{at}: {b} {b_shape} must be added to every column of {wa} {wa_shape}: broadcasting {b} as a row?"),
    "wrong_activation": QT_TRANSLATE_NOOP("StudentVerdicts", "{name} differs: layer {layer} should use {expected}; yours matches {used}"),
    "dAL_sign": QT_TRANSLATE_NOOP("StudentVerdicts", "{name} is off by the sign: dA[L] = −(Y/A[L] − (1 − Y)/(1 − A[L]))"),
    "shortcut_dZ": QT_TRANSLATE_NOOP("StudentVerdicts", "{name} differs: the course's L_model_backward starts from dA[L] = −(Y/A[L] − (1 − Y)/(1 − A[L])); you used dZ[L] = A[L] − Y, right only when A[L] = σ(Z[L])"),
    "update_added": QT_TRANSLATE_NOOP("StudentVerdicts", "{name} moved the wrong way: it is {name} − α d{name}, you added α d{name}"),
    "update_no_rate": QT_TRANSLATE_NOOP("StudentVerdicts", "{name} differs: it is {name} − α d{name}; the learning rate α is missing"),
    "not_updated": QT_TRANSLATE_NOOP("StudentVerdicts", "{name} was not updated"),
    "cost_one_term": QT_TRANSLATE_NOOP("StudentVerdicts", "{name} differs: the cost is −(1/m) Σ [Y log A + (1 − Y) log(1 − A)]; the (1 − Y) log(1 − A) term is missing"),
    "sigmoid_sign": QT_TRANSLATE_NOOP("StudentVerdicts", "{name} differs: σ(z) = 1 / (1 + e^(−z)); you used e^(z)"),
    "symmetric": QT_TRANSLATE_NOOP("StudentVerdicts", "{name} is all zeros: every unit of layer {layer} would stay the same (randn breaks the symmetry)"),
    "not_zero_bias": QT_TRANSLATE_NOOP("StudentVerdicts", "{name} should start at zeros"),
    "uniform_random": QT_TRANSLATE_NOOP("StudentVerdicts", "{name} differs: np.random.rand draws from [0, 1); the course uses randn (a normal distribution)"),
    "unscaled_random": QT_TRANSLATE_NOOP("StudentVerdicts", "{name} is 100 times too large: randn(...) × 0.01?"),
    "case_course": QT_TRANSLATE_NOOP("StudentVerdicts", "course test case {label}"),
    "case_extra": QT_TRANSLATE_NOOP("StudentVerdicts", "extra test case: {label}"),
    "case_network": QT_TRANSLATE_NOOP("StudentVerdicts", "your network's values"),
    "case_network_layer": QT_TRANSLATE_NOOP("StudentVerdicts", "your network's values, layer {layer}"),
    "course_cases_only": QT_TRANSLATE_NOOP("StudentVerdicts", "checked on the course's test cases only: the current network is not one this function builds"),
    "at_line": QT_TRANSLATE_NOOP("StudentVerdicts", "line {line}"),
    "at_cell_line": QT_TRANSLATE_NOOP("StudentVerdicts", "cell {cell}, line {line}"),
}


#: How the Your code window writes a problem (a refusal, a failing verdict): dark red.
PROBLEM_STYLE = "color: rgb(150, 20, 20);"

# The status column's words (the colour says the same: see check_model.STATUS_COLORS).
STATUS_TEXTS = {
    Status.PASS: QT_TRANSLATE_NOOP("YourCode", "pass"),
    Status.FAIL: QT_TRANSLATE_NOOP("YourCode", "fails"),
    Status.NOT_WRITTEN: QT_TRANSLATE_NOOP("YourCode", "not written yet"),
    Status.ERROR: QT_TRANSLATE_NOOP("YourCode", "error"),
}


def status_text(status: Status) -> str:
    """ "pass", "fails", "not written yet", "error" in the user's language."""
    return QCoreApplication.translate("YourCode", STATUS_TEXTS[status])


def week_text(week: int) -> str:
    return QCoreApplication.translate("YourCode", "week %1").replace("%1", str(week))


def describe(value: Any) -> str:
    """A short description of a value that is not an array (None, a dict, a string)."""
    text = repr(value)
    return text if len(text) <= 300 else text[:297] + "…"

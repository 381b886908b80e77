"""What the checker says about a student's function: a code, its arguments, an English template.

Every sentence the student sees about their code is a ``Verdict``: a ``code`` naming
the situation ("missing_one_over_m"), the ``args`` filled into its template (course
terms such as "db[1]", numbers, shapes) and, where it points into the file, a
``Location``. ``render(verdict)`` gives the English text; the GUI passes its own
``translate`` (context "StudentVerdicts") to ``render`` so the same verdict reads in
the student's language. ``TEMPLATES`` lists every template, for the GUI's
translation table (a test checks each code has one).

Arguments are never English prose: they are course names ("dW[2]", "tanh",
"1 − A[1]²"), Python names ("ValueError"), shapes and numbers, which read the same
in every language.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from typing import Any, Callable, Mapping

CONTEXT = "StudentVerdicts"


class Status(str, Enum):
    """A function's line in the check table."""

    PASS = "pass"
    NOT_WRITTEN = "not written"
    FAIL = "fail"  # it ran and returned something other than core's numbers
    ERROR = "error"  # it could not run: exception, time limit, crash, exit(), wrong signature, syntax


@dataclass(frozen=True)
class Location:
    """Where in the student's file: ``line`` counts from 1 within the file (.py) or within
    code cell ``cell`` (a notebook, code cells counted from 1); ``function`` is the
    function that was running there, if known."""

    line: int
    cell: int | None = None
    function: str | None = None


@dataclass(frozen=True)
class Verdict:
    """One explanation: ``code`` picks the template, ``args`` fill it, ``location`` fills {at}."""

    code: str
    args: Mapping[str, Any] = field(default_factory=dict)
    location: Location | None = None

    @property
    def text(self) -> str:
        """The English sentence."""
        return render(self)


#: code → English template. {at} is the location ("line 12", "cell 3, line 2").
TEMPLATES: dict[str, str] = {
    # --- outcomes
    "pass": "matches core on {cases} cases",
    "not_written": "not written yet",
    "not_finished": "not written yet: {at} still raises NotImplementedError",
    "calls_unwritten": "calls {callee}, which is not written yet",
    # --- the file
    "syntax_error": "syntax error at {at}: {message}",
    "import_missing": "{at}: import of {module} failed: there is no module named {module}",
    "load_error": "{at}: {type} while loading: {message}",
    "not_run": "{count} top-level statements were not run (only imports, definitions and constants run)",
    "not_defined_at_load": "the definition at {at} did not run: {type}: {message}",
    "wrong_signature": "{expected} expected, got {got}",
    "not_a_function": "{name} is not a function",
    # --- running it
    "raised": "raised {type} at {at}: {message}",
    "raised_nowhere": "raised {type}: {message}",
    "uses_undefined": "uses {name} at {at}, which is not defined",
    "imports_missing_at_call": "imports {module} at {at}, which is not installed",
    "timeout": "timed out after {seconds:g} s",
    "timeout_at": "timed out after {seconds:g} s (it was at {at}: an endless loop?)",
    "crashed": "the process crashed ({reason})",
    "no_numpy": "{python} has no NumPy to run your file: install it there ({python} -m pip install numpy)",
    "crashed_at": "the process crashed at {at} ({reason})",
    "exited": "called exit() at {at}",
    "exited_nowhere": "called exit()",
    "memory": "asked for more memory than the {limit_mb} MB allowed, at {at}",
    "too_big": "returned more data than the app accepts ({megabytes:g} MB)",
    # --- what it returned
    "returned_none": "returned None: is the return statement missing?",
    "returned_none_part": "{name} is None: is it computed before it is returned?",
    "wrong_type": "{name} is a {got}; expected a {expected}",
    "wrong_count": "{name} returned {got} values; expected {expected} ({names})",
    "wrong_count_nested": "{name} has {got} values; expected {expected}",
    "missing_key": "{name} has no {key}",
    "cost_not_squeezed": "{name} has shape {got}; expected a number: np.squeeze({name})?",
    "transposed": "{name} has shape {got}; expected {expected} = {dims}: transposed?",
    "keepdims": "{name} has shape {got}: keepdims=True?",
    "row_vector": "{name} has shape {got}; expected a column {expected} = {dims}",
    "sum_axis": "{name} has shape {got}; expected {expected} = {dims}: sum over axis=1, the examples?",
    "wrong_shape": "{name} has shape {got}; expected {expected} = {dims}",
    "nan": "{name} has NaN at {index} (log of a number ≤ 0, or 0/0?)",
    "missing_one_over_m": "{name} is m = {m} times too large: missing 1/m?",
    "extra_one_over_m": "{name} is m = {m} times too small: 1/m taken twice, or where it does not belong?",
    "wrong_sign": "{name} is off by the sign",
    "scaled": "{name} is {factor:.4g} times the expected values",
    "value_differs": "{name} is {yours:.6g}; expected {expected:.6g}",
    "values_differ": "{name} differs at {index}: yours {yours:.6g}, expected {expected:.6g} ({count} of {size} entries differ)",
    # --- the course's classic mistakes, recognised by recomputing the wrong form
    "wrong_derivative": "{dz} differs: g′ of {g} is {right}, you used {used}",
    "no_derivative": "{dz} differs: you left out g′ of {g}, {right}",
    "broadcast_row": "{name} differs from unit {unit} on: broadcasting {b} as a row?",
    "broadcast_error": "{at}: {b} {b_shape} must be added to every column of {wa} {wa_shape}: broadcasting {b} as a row?",
    "wrong_activation": "{name} differs: layer {layer} should use {expected}; yours matches {used}",
    "dAL_sign": "{name} is off by the sign: dA[L] = −(Y/A[L] − (1 − Y)/(1 − A[L]))",
    "shortcut_dZ": "{name} differs: the course's L_model_backward starts from dA[L] = −(Y/A[L] − (1 − Y)/(1 − A[L])); you used dZ[L] = A[L] − Y, right only when A[L] = σ(Z[L])",
    "update_added": "{name} moved the wrong way: it is {name} − α d{name}, you added α d{name}",
    "update_no_rate": "{name} differs: it is {name} − α d{name}; the learning rate α is missing",
    "not_updated": "{name} was not updated",
    "cost_one_term": "{name} differs: the cost is −(1/m) Σ [Y log A + (1 − Y) log(1 − A)]; the (1 − Y) log(1 − A) term is missing",
    "sigmoid_sign": "{name} differs: σ(z) = 1 / (1 + e^(−z)); you used e^(z)",
    "symmetric": "{name} is all zeros: every unit of layer {layer} would stay the same (randn breaks the symmetry)",
    "not_zero_bias": "{name} should start at zeros",
    "uniform_random": "{name} differs: np.random.rand draws from [0, 1); the course uses randn (a normal distribution)",
    "unscaled_random": "{name} is 100 times too large: randn(...) × 0.01?",
    # --- where a verdict comes from (the GUI shows it next to the explanation)
    "case_course": "course test case {label}",
    "case_extra": "extra test case: {label}",
    "case_network": "your network's values",
    "case_network_layer": "your network's values, layer {layer}",
    "course_cases_only": "checked on the course's test cases only: the current network is not one this function builds",
    # --- locations
    "at_line": "line {line}",
    "at_cell_line": "cell {cell}, line {line}",
}


def location_text(location: Location | None, translate: Callable[[str], str] = lambda text: text) -> str:
    """ "line 12" or "cell 3, line 2" ("" when unknown)."""
    if location is None:
        return ""
    if location.cell is None:
        return translate(TEMPLATES["at_line"]).format(line=location.line)
    return translate(TEMPLATES["at_cell_line"]).format(cell=location.cell, line=location.line)


def render(verdict: Verdict, translate: Callable[[str], str] = lambda text: text) -> str:
    """The verdict as a sentence; ``translate`` maps an English template to the user's language."""
    template = translate(TEMPLATES[verdict.code])
    return template.format(at=location_text(verdict.location, translate), **verdict.args)


def verdict(code: str, location: Location | None = None, **args: Any) -> Verdict:
    """A Verdict (checks that ``code`` has a template, so a typo fails at once, not on screen)."""
    if code not in TEMPLATES:
        raise KeyError(f"no template for verdict code {code!r}")
    return Verdict(code, dict(args), location)


def shape_text(shape: tuple[int, ...]) -> str:
    """(4, 1) as the course prints it; (4,) keeps its comma."""
    return str(tuple(int(n) for n in shape))


def index_text(index: tuple[int, ...]) -> str:
    """(i, j) of an entry, counting from 0 as NumPy does."""
    return "(" + ", ".join(str(int(i)) for i in index) + ")" if len(index) != 1 else f"({int(index[0])},)"

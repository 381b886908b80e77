"""Checking each course function the student wrote against core, and explaining the first difference.

``check_all(sandbox, snapshot)`` returns a ``CheckReport``: the file's problems (syntax
errors, imports that failed, code that was not run) and one ``FunctionCheck`` per
course function of the file's weeks, in the course's order — a table the GUI shows
as it is. Each function runs, in the student's process, on the course's published
test cases (``cases.course_cases``) and then on the current network's real values
(``cases.network_cases``: its parameters, X, Y, and core's caches and gradients); the
first case whose result differs from core's decides the verdict (``compare.py``).

A function that is missing or still the skeleton's is "not written yet", never an
error; one whose signature does not fit the course's is not called at all.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Iterable

import numpy as np

from .cases import Case, NetworkValues, course_cases, from_snapshot, network_cases
from .compare import first_difference, matches
from .course import CourseFunction, course_function, functions_of
from .loading import StudentFile
from .mistakes import mistake_models
from .outputs import leaves
from .sandbox import DEFAULT_MEMORY_MB, CallResult, LoadReport, Sandbox
from .verdicts import Status, Verdict, render, verdict

Array = np.ndarray
_BROADCAST = re.compile(r"operands could not be broadcast together with shapes \(([\d, ]*)\) \(([\d, ]*)\)")
#: The functions that add b[l] to W[l] A[l−1] (a failed broadcast there is b taken as a row).
FORWARD_STEPS = ("linear_forward", "linear_activation_forward", "L_model_forward", "forward_propagation")
MAX_PRINTED = 4000


@dataclass(frozen=True, eq=False)
class FunctionCheck:
    """One line of the check table.

    ``verdict`` explains the status; ``case`` says which case decided it (a Verdict:
    "course test case …", "your network's values, layer 2"); ``output`` names the
    differing part ("dW[2]"), shown with ``yours`` and ``expected`` side by side and
    ``mask`` True on the differing entries (None when the shapes differ). ``printed``
    is what the function printed. ``notes`` add to the verdict (checked on the
    course's cases only, ...).
    """

    key: str
    name: str
    week: int
    status: Status
    verdict: Verdict
    case: Verdict | None = None
    output: str | None = None
    yours: Any = None
    expected: Any = None
    mask: Array | None = None
    printed: str = ""
    cases_run: int = 0
    notes: tuple[Verdict, ...] = ()

    @property
    def text(self) -> str:
        """The verdict in English."""
        return render(self.verdict)


@dataclass(frozen=True, eq=False)
class CheckReport:
    """The whole check of a file: its problems, then one FunctionCheck per course function."""

    file: StudentFile
    load: LoadReport
    problems: tuple[Verdict, ...]
    functions: tuple[FunctionCheck, ...]

    def __getitem__(self, key: str) -> FunctionCheck:
        """The check of the function with this key ("linear_backward", "predict@3")."""
        for check in self.functions:
            if check.key == key:
                return check
        raise KeyError(key)

    @property
    def passed(self) -> list[str]:
        return [check.key for check in self.functions if check.status is Status.PASS]


def case_verdict(case: Case) -> Verdict:
    """Which case a result is about, as a verdict the GUI can translate."""
    if case.kind == "network":
        return verdict("case_network_layer", layer=case.layer) if case.layer else verdict("case_network")
    return verdict("case_extra" if case.kind == "extra" else "case_course", label=case.label)


def _broadcast_verdict(result: CallResult, case: Case) -> Verdict | None:
    match = _BROADCAST.search(result.message)
    if match is None:
        return None
    shapes = [tuple(int(n) for n in text.replace(" ", "").split(",") if n) for text in match.groups()]
    wide = [shape for shape in shapes if len(shape) == 2 and shape[0] > 1 and shape[1] > 1]
    narrow = [shape for shape in shapes if shape not in wide]
    if len(wide) != 1 or len(narrow) != 1:
        return None
    layer = f"[{case.layer}]" if case.layer else "[l]"
    previous = f"[{case.layer - 1}]" if case.layer else "[l−1]"
    return verdict("broadcast_error", result.location, b=f"b{layer}", b_shape=str(narrow[0]),
                   wa=f"W{layer}A{previous}", wa_shape=str(wide[0]))


def call_verdict(result: CallResult, name: str, case: Case | None = None,
                 memory_mb: int = DEFAULT_MEMORY_MB) -> tuple[Status, Verdict]:
    """Status and verdict for a call that did not return (exception, time limit, crash, exit())."""
    where = result.location
    if result.status == "timeout":
        return Status.ERROR, (verdict("timeout_at", where, seconds=result.timeout) if where
                              else verdict("timeout", seconds=result.timeout))
    if result.status == "crash":
        return Status.ERROR, (verdict("crashed_at", where, reason=result.reason) if where
                              else verdict("crashed", reason=result.reason))
    if result.status == "exit":
        return Status.ERROR, verdict("exited", where) if where else verdict("exited_nowhere")
    if result.status == "too_big":
        return Status.ERROR, verdict("too_big", megabytes=round(result.size / 2**20, 1))
    if result.status == "missing":
        return Status.NOT_WRITTEN, verdict("not_written")
    kind, message = result.error_type, result.message[:300]
    if kind == "NotImplementedError":
        if where is None or where.function in (None, name):
            return Status.NOT_WRITTEN, verdict("not_finished", where) if where else verdict("not_written")
        return Status.ERROR, verdict("calls_unwritten", callee=where.function)
    if kind == "ModuleNotFoundError" and result.module and where:
        return Status.ERROR, verdict("imports_missing_at_call", where, module=result.module)
    if kind == "NameError" and result.name and where:
        return Status.ERROR, verdict("uses_undefined", where, name=result.name)
    if kind == "MemoryError" and result.memory_limited and where:
        return Status.ERROR, verdict("memory", where, limit_mb=memory_mb)
    if kind == "ValueError" and name in FORWARD_STEPS and case is not None:
        broadcast = _broadcast_verdict(result, case)
        if broadcast is not None:
            return Status.ERROR, broadcast
    if where is None:
        return Status.ERROR, verdict("raised_nowhere", type=kind, message=message)
    return Status.ERROR, verdict("raised", where, type=kind, message=message)


def _before_running(entry: CourseFunction, student: StudentFile, load: LoadReport) -> tuple[Status, Verdict] | None:
    """Why the function cannot be called at all (None: it can)."""
    defined = student.functions.get(entry.name)
    if defined is None:
        hidden = student.hidden_by_syntax_error(entry.name)
        if hidden is not None:
            return Status.ERROR, hidden
        return Status.NOT_WRITTEN, verdict("not_written")
    if defined.entry is not None and defined.entry.key != entry.key and defined.mismatch is None:
        return Status.NOT_WRITTEN, verdict("not_written")  # predict written for the other week
    if defined.mismatch is not None:
        expected, got = defined.mismatch
        return Status.ERROR, verdict("wrong_signature", defined.location, expected=expected, got=got)
    if not defined.written:
        return Status.NOT_WRITTEN, verdict("not_written")
    if entry.name not in load.defined:
        for problem in load.problems:
            if problem.location is not None and problem.location.line == defined.location.line \
                    and problem.location.cell == defined.location.cell:
                args = {"type": problem.args.get("type", ""), "message": problem.args.get("message", "")}
                return Status.ERROR, verdict("not_defined_at_load", defined.location, **args)
        if load.problems:
            return Status.ERROR, load.problems[-1]
        return Status.ERROR, verdict("not_a_function", name=entry.name)
    return None


def check_function(sandbox: Sandbox, key: str, network: NetworkValues | None = None) -> FunctionCheck:
    """Check one course function (by key) on the course's cases, then on ``network``'s values."""
    entry = course_function(key)
    load = sandbox.load()
    reason = _before_running(entry, sandbox.student, load)
    if reason is not None:
        return FunctionCheck(key, entry.name, entry.week, reason[0], reason[1])
    cases = course_cases(key)
    extra = [] if network is None else network_cases(key, network)
    if key == "update_parameters" and 4 not in sandbox.student.weeks and network is not None and network.L != 2:
        extra = []  # week 3's update_parameters is written for its two layers only
    notes = (verdict("course_cases_only"),) if network is not None and not extra else ()
    printed: list[str] = []
    for count, case in enumerate([*cases, *extra]):
        result = sandbox.call(entry.name, *case.args, seed=case.seed)
        if result.output:
            printed.append(result.output)
        shown = "".join(printed)[-MAX_PRINTED:]
        if not result.ok:
            status, why = call_verdict(result, entry.name, case, sandbox.memory_mb)
            return FunctionCheck(key, entry.name, entry.week, status, why, case_verdict(case), printed=shown,
                                 cases_run=count, notes=notes)
        if matches(result.value, case.expected) or any(matches(result.value, alt) for alt in case.alternatives):
            continue
        difference = first_difference(result.value, case.expected, leaves(key, case), function=entry.name,
                                      returns=entry.returns, m=case.m, mistakes=mistake_models(case))
        if difference is None:  # equal within the tolerance somewhere matches() was stricter
            continue
        return FunctionCheck(key, entry.name, entry.week, Status.FAIL, difference.verdict, case_verdict(case),
                             difference.output, difference.yours, difference.expected, difference.mask, shown,
                             count + 1, notes)
    total = len(cases) + len(extra)
    return FunctionCheck(key, entry.name, entry.week, Status.PASS, verdict("pass", cases=total),
                         printed="".join(printed)[-MAX_PRINTED:], cases_run=total, notes=notes)


def file_problems(student: StudentFile, load: LoadReport) -> tuple[Verdict, ...]:
    """The file's own problems: syntax errors, what failed while loading, what was not run."""
    problems = [*student.problems, *load.problems]
    if student.skipped:
        problems.append(verdict("not_run", count=len(student.skipped)))
    return tuple(problems)


def check_all(sandbox: Sandbox, snapshot: Any = None, *, network: NetworkValues | None = None,
              keys: Iterable[str] | None = None) -> CheckReport:
    """Check every course function of the file's weeks (or ``keys``).

    ``snapshot`` (a core.session.Snapshot) adds its network's real values as cases;
    ``network`` gives them directly (``cases.network_values``).
    """
    student = sandbox.student
    if network is None and snapshot is not None:
        network = from_snapshot(snapshot)
    load = sandbox.load()
    wanted = list(keys) if keys is not None else [entry.key for entry in functions_of(student.weeks)]
    checks = tuple(check_function(sandbox, key, network) for key in wanted)
    return CheckReport(student, load, file_problems(student, load), checks)

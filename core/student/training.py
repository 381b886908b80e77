"""Training the current network with the student's functions, next to a reference run of core's.

``StudentTrainer`` runs one iteration of gradient descent per ``step()``: forward,
cost, backward, update, each through the student's process where the student has
written the function (``functions`` says which), and core's course functions where
not. A reference run does the same iteration with core's functions only, from the
same starting parameters, so a wrong gradient shows as two cost curves drifting
apart. Each ``StudentIteration`` holds both runs' values in the course's structures
(the caches, the grads, the parameters before and after), for phase stepping to show
the student's matrices next to the reference's (``layer_values``).

The course's functions build two networks: one tanh hidden layer and a sigmoid
output (week 3: forward_propagation, backward_propagation) and ReLU hidden layers
with a sigmoid output (week 4: L_model_forward, L_model_backward). Training uses the
full batch, as the course does.

``check_student_gradients`` runs core's numerical gradient check
(``core.nn.gradient_verdict``) on the gradients of the student's backward function.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable, Iterable

import numpy as np

from ..errors import BackpropStudioError
from ..nn import shallow
from ..nn.gradient_verdict import NetworkVerdict, check_gradients
from ..nn.losses import compute_cost
from ..nn.propagation import L_model_backward, L_model_forward, update_parameters
from .cases import Case
from .checks import FunctionCheck, call_verdict
from .compare import first_difference
from .course import course_function
from .outputs import leaves
from .sandbox import Sandbox
from .verdicts import Status, verdict

Array = np.ndarray
ROLES = ("forward", "cost", "backward", "update")
FUNCTIONS = {"deep": {"forward": "L_model_forward", "cost": "compute_cost", "backward": "L_model_backward",
                      "update": "update_parameters"},
             "shallow": {"forward": "forward_propagation", "cost": "compute_cost",
                         "backward": "backward_propagation", "update": "update_parameters"}}


#: The problem of an iteration whose student call was ended by ``abort`` (nothing was wrong with the code).
ABORTED = FunctionCheck("aborted", "", 0, Status.NOT_WRITTEN, verdict("not_written"))


class StudentTrainingError(BackpropStudioError, ValueError):
    """The network is not one the course's functions build (the message says which they build)."""


def written_functions(sandbox: Sandbox) -> set[str]:
    """The course's functions the student's file defines with the course's signature (starts the process)."""
    report = sandbox.load()
    return {name for name, function in sandbox.student.functions.items()
            if function.written and function.mismatch is None and name in report.defined}


def course_mode(activations: Iterable[str]) -> str:
    """ "shallow" (tanh, sigmoid) or "deep" (ReLU…, sigmoid); raises StudentTrainingError otherwise."""
    names = tuple(activations)
    if names == ("tanh", "sigmoid"):
        return "shallow"
    if len(names) >= 1 and names[-1] == "sigmoid" and all(name == "relu" for name in names[:-1]):
        return "deep"
    raise StudentTrainingError("student.network", activations=", ".join(names))


def _core_call(mode: str, role: str, *args: Any) -> Any:
    if role == "forward":
        return L_model_forward(*args) if mode == "deep" else shallow.forward_propagation(*args)
    if role == "cost":
        return compute_cost(*args)
    if role == "backward":
        return L_model_backward(*args) if mode == "deep" else shallow.backward_propagation(*args)
    return update_parameters(*args)


@dataclass(frozen=True, eq=False)
class IterationValues:
    """One run's iteration in the course's structures: the caches of ``forward`` (week 4: a list of
    ((A_prev, W, b), Z); week 3: {"Z1", "A1", "Z2", "A2"}), the cost, the grads and the parameters
    before and after the update."""

    parameters_before: dict[str, Array]
    AL: Array
    caches: Any
    cost: float
    grads: dict[str, Array]
    parameters: dict[str, Array]
    X: Array | None = None


@dataclass(frozen=True, eq=False)
class StudentIteration:
    """Iteration ``iteration`` (from 0) of both runs. ``student`` is None when the student's code
    could not complete it; ``problem`` then says why (a FunctionCheck, as in the check table)."""

    iteration: int
    student: IterationValues | None
    reference: IterationValues
    problem: FunctionCheck | None = None

    @property
    def cost_difference(self) -> float:
        """|J_student − J_reference| (NaN when the student's iteration did not complete)."""
        return float("nan") if self.student is None else abs(self.student.cost - self.reference.cost)


class StudentTrainer:
    """Gradient descent with the student's functions (one ``step`` per iteration) and core's reference run."""

    def __init__(self, sandbox: Sandbox, parameters: dict[str, Array], X: Array, Y: Array, learning_rate: float,
                 activations: Iterable[str], use: Iterable[str] | None = None,
                 written: Iterable[str] | None = None) -> None:
        """``written``: the functions of the file that can run (``written_functions``); None: asked now."""
        self.sandbox = sandbox
        self.mode = course_mode(activations)
        self.X, self.Y = np.array(X, dtype=np.float64), np.array(Y, dtype=np.float64)
        self.learning_rate = float(learning_rate)
        start = {key: np.array(value, dtype=np.float64) for key, value in parameters.items()}
        self.parameters, self.reference_parameters = dict(start), dict(start)
        self.iteration = 0
        self.costs: list[float] = []
        self.reference_costs: list[float] = []
        self.problem: FunctionCheck | None = None
        written = written_functions(sandbox) if written is None else set(written)
        wanted = set(ROLES if use is None else use)
        #: role → "student" or "core": whose function runs it.
        self.functions = {role: "student" if role in wanted and FUNCTIONS[self.mode][role] in written else "core"
                          for role in ROLES}

    @classmethod
    def from_snapshot(cls, sandbox: Sandbox, snapshot: Any, use: Iterable[str] | None = None) -> "StudentTrainer":
        """Start from a core.session.Snapshot's parameters, training set and learning rate."""
        return cls(sandbox, dict(snapshot.parameters), snapshot.prepared.X_train, snapshot.prepared.Y_train,
                   snapshot.hyperparameters.learning_rate, snapshot.activations, use)

    @property
    def stopped(self) -> bool:
        """True once the student's code failed: further steps run the reference only."""
        return self.problem is not None

    # ------------------------------------------------------------------ one iteration
    def _run(self, role: str, args: tuple, expected: Any, by_student: bool,
             abort: Callable[[], bool] | None = None) -> tuple[Any, FunctionCheck | None]:
        """Call the role's function; the result must have the course's structure and shapes to go on.
        A call ended by ``abort`` gives the problem ``ABORTED``."""
        name = FUNCTIONS[self.mode][role]
        if not by_student:
            return expected, None
        result = self.sandbox.call(name, *args, abort=abort)
        if result.status == "aborted":
            return None, ABORTED
        entry = course_function("predict@3" if name == "predict" else name)
        case = Case(entry.key, "network", "", args, expected, m=self.X.shape[1])
        if not result.ok:
            status, why = call_verdict(result, name, case, self.sandbox.memory_mb)
            return None, FunctionCheck(entry.key, name, entry.week, status, why, printed=result.output)
        difference = first_difference(result.value, expected, leaves(entry.key, case), function=name,
                                      returns=entry.returns, m=self.X.shape[1], values=False)
        if difference is not None:
            return None, FunctionCheck(entry.key, name, entry.week, Status.FAIL, difference.verdict,
                                       output=difference.output, yours=difference.yours,
                                       expected=difference.expected, printed=result.output)
        return result.value, None

    def run_iteration(self, parameters: dict[str, Array], student: bool = True,
                      abort: Callable[[], bool] | None = None) -> tuple[IterationValues | None, FunctionCheck | None]:
        """One iteration from ``parameters``: core's functions, or the student's where ``student`` and written.
        Changes nothing of the trainer's; ``abort`` (asked during the student's calls) ends it with ``ABORTED``.

        Core's result on the same inputs is what each student result is checked against (its
        structure and shapes only: the student's numbers are followed, right or wrong).
        """
        X, Y, mode = self.X, self.Y, self.mode

        def run(role: str, args: tuple) -> tuple[Any, FunctionCheck | None]:
            by_student = student and self.functions[role] == "student"
            return self._run(role, args, _core_call(mode, role, *args), by_student, abort)

        forward, problem = run("forward", (X, parameters))
        if problem is not None:
            return None, problem
        AL, caches = forward
        cost, problem = run("cost", (AL, Y))
        if problem is not None:
            return None, problem
        grads, problem = run("backward", (AL, Y, caches) if mode == "deep" else (parameters, caches, X, Y))
        if problem is not None:
            return None, problem
        updated, problem = run("update", (parameters, grads, self.learning_rate))
        if problem is not None:
            return None, problem
        return IterationValues(parameters, AL, caches, float(np.squeeze(cost)), grads, updated, X), None

    def step(self) -> StudentIteration:
        """One iteration of both runs (the student's is skipped once it has failed)."""
        with np.errstate(all="ignore"):  # a student's run may diverge: its NaN is shown, not warned about
            reference, _ = self.run_iteration(self.reference_parameters, student=False)
            student, problem = (None, self.problem) if self.stopped else self.run_iteration(self.parameters)
        self.reference_parameters = reference.parameters
        self.reference_costs.append(reference.cost)
        if student is not None:
            self.parameters = student.parameters
            self.costs.append(student.cost)
        self.problem = problem
        result = StudentIteration(self.iteration, student, reference, problem)
        self.iteration += 1
        return result

    def train(self, iterations: int) -> list[StudentIteration]:
        """``iterations`` steps (the GUI calls ``step`` itself, one per request)."""
        return [self.step() for _ in range(iterations)]


def layer_values(values: IterationValues, layer: int, mode: str) -> dict[str, Array]:
    """Layer l's matrices in an iteration, by the names phase stepping uses (core.training.phases):
    A_prev, W, b, Z, A, then dW, db and dA_prev (for l > 1), and W_after, b_after."""
    l = layer
    if mode == "deep":
        (A_prev, W, b), Z = values.caches[l - 1]
        A = values.AL if l == len(values.caches) else values.caches[l][0][0]
    else:
        cache = values.caches
        A_prev = cache["A1"] if l == 2 else values.X
        W, b, Z, A = values.parameters_before[f"W{l}"], values.parameters_before[f"b{l}"], cache[f"Z{l}"], cache[f"A{l}"]
    result = {"A_prev": A_prev, "W": W, "b": b, "Z": Z, "A": A, "dW": values.grads.get(f"dW{l}"),
              "db": values.grads.get(f"db{l}"), "W_after": values.parameters.get(f"W{l}"),
              "b_after": values.parameters.get(f"b{l}")}
    if l > 1 and f"dA{l - 1}" in values.grads:
        result["dA_prev"] = values.grads[f"dA{l - 1}"]
    return {key: value for key, value in result.items() if value is not None}


@dataclass(frozen=True, eq=False)
class StudentGradientCheck:
    """The numerical gradient check of the student's backward function: core's per-layer ``verdict``
    (None when the student's grads could not be checked; ``problem`` says why)."""

    verdict: NetworkVerdict | None
    problem: FunctionCheck | None = None


def check_student_gradients(sandbox: Sandbox, parameters: dict[str, Array], X: Array, Y: Array,
                            activations: Iterable[str]) -> StudentGradientCheck:
    """Gradient check on the student's L_model_backward (ReLU network) or backward_propagation (tanh).

    The forward pass is core's, so only the student's backward is judged: its dW[l], db[l]
    against the two-sided differences of core's cost, block by block.
    """
    names = list(activations)
    trainer = StudentTrainer(sandbox, parameters, X, Y, 0.0, names, use=("backward",))
    X, Y, mode, parameters = trainer.X, trainer.Y, trainer.mode, trainer.parameters
    if trainer.functions["backward"] != "student":  # nothing of the student's to check
        entry = course_function(FUNCTIONS[mode]["backward"])
        return StudentGradientCheck(None, FunctionCheck(entry.key, entry.name, entry.week, Status.NOT_WRITTEN,
                                                        verdict("not_written")))
    AL, caches = _core_call(mode, "forward", X, parameters)
    args = (AL, Y, caches) if mode == "deep" else (parameters, caches, X, Y)
    with np.errstate(all="ignore"):
        grads, problem = trainer._run("backward", args, _core_call(mode, "backward", *args), True)
    if problem is not None:
        return StudentGradientCheck(None, problem)
    blocks = {key: np.asarray(value, dtype=np.float64) for key, value in grads.items() if key[:2] in ("dW", "db")}
    return StudentGradientCheck(check_gradients(parameters, X, Y, names, grads=blocks))

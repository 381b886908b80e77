"""Predict, then check: questions a lesson asks before a step, graded against what the step did.

A ``Question`` is data: the prompt, the kind of answer (a choice, a typed shape, a
unit, up or down, a number), the ``Action`` that runs once the student has answered
(hyperparameter changes, then iterations), the right answer as a function of the
session's snapshots before and after that action, and the explanation (an English
template and the measured facts that fill it). So the grade is always what actually
happened in this run, and the explanation quotes its numbers.

``QUESTIONS`` maps a lesson's name to its questions (the lead attaches them to the
lessons). The GUI asks one, reads the answer, runs the action through the session
(``run`` does it headless), then ``grade``; core.teaching.progress remembers the lessons completed and the
answers given. Texts are English; the GUI translates prompts,
choices and explanation templates (context "Questions"), then fills in the facts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Callable, Mapping

import numpy as np

from ..errors import AnswerError, BackpropStudioError, DivergenceError

if TYPE_CHECKING:
    from ..session.session import Session
    from ..session.snapshot import Snapshot

KINDS = ("choice", "shape", "unit", "direction", "number")
DIRECTIONS = ("up", "down")
#: (before, after) → the right answer: an option's index (choice, unit, direction), a shape tuple or a number.
Truth = Callable[["Snapshot", "Snapshot"], Any]
#: (before, after, right answer) → (English template, facts that fill it).
Explain = Callable[["Snapshot", "Snapshot", Any], tuple[str, dict]]


@dataclass(frozen=True)
class Action:
    """What runs once the student has answered: these hyperparameter changes, then ``iterations`` iterations."""

    changes: tuple[tuple[str, Any], ...] = ()
    iterations: int = 1


@dataclass(frozen=True)
class Verdict:
    """Whether the answer was right, the right answer as shown, and why (``text()``: template filled in)."""

    correct: bool
    given: str
    expected: str
    explanation: str
    facts: Mapping[str, Any] = field(default_factory=dict)

    def text(self) -> str:
        return self.explanation.format(**self.facts)


_SHAPE = re.compile(r"\d+(?:\s*(?:[,x×X*]\s*|\s+)\d+)*\s*,?")


def parse_shape(text: object) -> tuple[int, ...]:
    """ "(1, 4)", "(1,4)", "1x4", "1 × 4", "1, 4", "[1 4]" → (1, 4)."""
    body = str(text).strip()
    if body[:1] + body[-1:] in ("()", "[]"):
        body = body[1:-1].strip()
    if not _SHAPE.fullmatch(body):
        raise AnswerError("answer.shape", text=text)
    return tuple(int(n) for n in re.findall(r"\d+", body))


def shape_text(shape: tuple[int, ...]) -> str:
    return "(" + ", ".join(str(n) for n in shape) + ")"


@dataclass(frozen=True)
class Question:
    """One prediction. ``layer``: for a "unit" question, the layer whose units are the options."""

    id: str
    prompt: str
    kind: str
    truth: Truth
    explain: Explain
    action: Action = Action()
    choices: tuple[str, ...] = ()
    layer: int | None = None

    def options(self, snapshot: "Snapshot") -> tuple[str, ...]:
        """What the student picks from ("unit 1", ... for a unit; "up", "down"; the choices); () for typed answers."""
        if self.kind == "unit":
            return tuple(UNIT_OPTION.format(n=j + 1) for j in range(snapshot.layer_dims[self.layer]))
        return DIRECTIONS if self.kind == "direction" else self.choices

    def parse(self, answer: object, snapshot: "Snapshot") -> Any:
        """The answer in the truth's terms: an option's index (an int is taken as one; a text as the option,
        or for a unit its number from 1), a shape tuple, or a number. AnswerError if it cannot be read."""
        if self.kind == "shape":
            return parse_shape(answer)
        if self.kind == "number":
            try:
                return float(str(answer).replace(",", "").strip())
            except ValueError:
                raise AnswerError("answer.number", text=answer) from None
        options = self.options(snapshot)
        if isinstance(answer, (int, np.integer)) and not isinstance(answer, bool):
            if 0 <= answer < len(options):
                return int(answer)
        else:
            text = str(answer).strip().lower()
            lowered = [option.lower() for option in options]
            if text in lowered:
                return lowered.index(text)
            if self.kind == "unit" and text.isdigit() and 1 <= int(text) <= len(options):
                return int(text) - 1
        raise AnswerError("answer.choice", options=", ".join(options))

    def shown(self, value: Any, snapshot: "Snapshot") -> str:
        """An answer in the truth's terms as the student reads it."""
        if self.kind == "shape":
            return shape_text(value)
        if self.kind == "number":
            return f"{value:g}"
        return self.options(snapshot)[value]

    def grade(self, answer: object, before: "Snapshot", after: "Snapshot") -> Verdict:
        """Grade ``answer`` against what happened between ``before`` and ``after`` (the action ran in between)."""
        given = self.parse(answer, before)
        right = self.truth(before, after)
        correct = abs(given - right) < 1e-9 if self.kind == "number" else given == right
        template, facts = self.explain(before, after, right)
        return Verdict(correct, self.shown(given, before), self.shown(right, before), template, facts)


def run(session: "Session", question: Question) -> tuple["Snapshot", "Snapshot"]:
    """Run the question's action on ``session`` (as the GUI does through its adapter): (before, after) snapshots.
    A divergence ends the iterations early; the session notes it and the after snapshot shows it."""
    before = session.snapshot()
    if question.action.changes:
        session.set_hyperparameters(**dict(question.action.changes))
    try:
        session.train(question.action.iterations)
    except DivergenceError:
        pass
    return before, session.snapshot()


# --------------------------------------------------------------------------- measuring what happened
def _matrix(snapshot: "Snapshot", name: str) -> np.ndarray:
    """W1, b2, dW2 (parameters and gradients) or Z1, A1 (over the whole training set) of a snapshot."""
    if name in snapshot.parameters:
        return np.asarray(snapshot.parameters[name])
    if name in snapshot.gradients:
        return np.asarray(snapshot.gradients[name])
    Zs, As = snapshot.training_values()
    return (Zs[int(name[1:]) - 1] if name[0] == "Z" else As[int(name[1:])])


def shape_of(name: str) -> Truth:
    return lambda before, after: tuple(_matrix(after, name).shape)


def _costs_during(before: "Snapshot", after: "Snapshot") -> np.ndarray:
    """J at each iteration the action ran, then J after the last update."""
    iterations, costs = after.history.iterations, after.history.costs
    during = costs[(iterations >= before.iteration) & (iterations < after.iteration)]
    return np.append(during, after.metrics.train_cost)


def cost_direction(before: "Snapshot", after: "Snapshot") -> int:
    """0 (up) if the cost rose at any iteration of the action or training diverged, else 1 (down)."""
    costs = _costs_during(before, after)
    rose = np.any(np.diff(costs) > 1e-9 * np.abs(costs[:-1])) or not np.all(np.isfinite(costs))
    return 0 if rose or (after.divergence is not None and before.divergence is None) else 1


def _cost_facts(before: "Snapshot", after: "Snapshot") -> dict:
    costs = _costs_during(before, after)
    finite = costs[np.isfinite(costs)]
    return {"start": float(costs[0]), "end": float(after.metrics.train_cost),
            "highest": float(finite.max()) if finite.size else float("inf"),
            "iterations": after.iteration - before.iteration}


def _unit_changes(before: "Snapshot", after: "Snapshot", layer: int) -> np.ndarray:
    """How far each unit's incoming weights and bias moved: ‖(ΔW[l]_j, Δb[l]_j)‖ per unit j."""
    delta = np.hstack([_matrix(after, f"W{layer}") - _matrix(before, f"W{layer}"),
                       _matrix(after, f"b{layer}") - _matrix(before, f"b{layer}")])
    return np.sqrt(np.sum(delta ** 2, axis=1))


def least_changed(layer: int) -> Truth:
    return lambda before, after: int(np.argmin(_unit_changes(before, after, layer)))


def _saturated(snapshot: "Snapshot", layer: int, unit: int) -> float:
    """Fraction of the training examples where g′(z) of that unit is below 0.05 (it barely passes gradient on)."""
    Z = snapshot.training_values()[0][layer - 1]
    return float(np.mean(np.abs(snapshot.slope(layer, Z)[unit]) < 0.05))


# --------------------------------------------------------------------------- explanations
_TEMPLATES: list[str] = []


def _t(template: str) -> str:
    """An explanation template (listed by ``all_texts`` for the translation files)."""
    _TEMPLATES.append(template)
    return template


UNIT_OPTION = _t("unit {n}")
LEAST_CHANGED = _t(
    "Unit {unit} moved least: its weights and bias changed by {change:.2g} (the others by {others:.2g} or more). "
    "Its tanh′(z) is below 0.05 on {saturated:.0%} of the examples: there |z| is large, tanh is flat, so "
    "dz = da · g′(z) ≈ 0 and its weights hardly move.")
ACCURACY_REACHED = _t("Training accuracy reached {accuracy:.0%} in {iterations} iterations.")
ACCURACY_CRAWLS = _t(
    "Training accuracy is {accuracy:.0%} after {iterations} iterations. {saturated:.0%} of layer 1's tanh′(z) "
    "values are below 0.05: those units pass almost no gradient back, so learning crawls.")
SMALL_STEPS = _t("J went from {start:.6f} to {end:.6f}: it fell by {fall:.2g} %. Each step is α · dW = "
                 "0.001 · dW, so a hundred steps move the weights very little.")
COUNT = _t("Σ n[l] (n[l−1] + 1) = {terms} = {count}: each unit has one weight per input and one bias.")
PARAMETER_NOT_HYPER = _t(
    "W[2] is a parameter: gradient descent learns it, and this step moved it by {change:.2g}. α, n[2] and L are "
    "hyperparameters: you choose them, and they decide what the parameters become.")
SYMMETRY = _t("W[1] has {rows} different row(s): every hidden unit started the same, got the same gradient, "
              "and so stayed the same (symmetry).")
def _shape_explanation(template: str, name: str | None = None) -> Explain:
    """Facts: {shape} (the answer's, or matrix ``name``'s), {m} and each layer's size {n0}, {n1}, ..."""
    _t(template)

    def explain(before, after, right):
        shape = right if name is None else tuple(_matrix(after, name).shape)
        return template, {"shape": shape_text(shape), "m": after.m,
                          **{f"n{l}": n for l, n in enumerate(after.layer_dims)}}
    return explain


def _depends_on_m(before, after) -> int:
    shapes = [_matrix(after, name).shape for name in ("W1", "b1", "A1", "dW1")]
    return next(i for i, shape in enumerate(shapes) if shape[1] == after.m)


def _distinct_rows(before, after) -> int:
    return int(np.unique(_matrix(after, "W1"), axis=0).shape[0])


def _least_changed_explanation(before, after, unit) -> tuple[str, dict]:
    changes = _unit_changes(before, after, 1)
    others = np.delete(changes, unit)
    return LEAST_CHANGED, {
        "unit": unit + 1, "change": float(changes[unit]), "others": float(others.min()),
        "saturated": _saturated(before, 1, unit)}


def _accuracy_passes(threshold: float) -> Truth:
    return lambda before, after: 0 if (after.metrics.train_accuracy or 0.0) >= threshold else 1


def _accuracy_explanation(before, after, right) -> tuple[str, dict]:
    Z = before.training_values()[0][0]
    facts = {"accuracy": after.metrics.train_accuracy or 0.0, "iterations": after.iteration - before.iteration,
             "saturated": float(np.mean(np.abs(before.slope(1, Z)) < 0.05))}
    if right == 0:
        return ACCURACY_REACHED, facts
    return ACCURACY_CRAWLS, facts


def _direction_explanation(up: str, down: str) -> Explain:
    _t(up), _t(down)
    return lambda before, after, right: (up if right == 0 else down, _cost_facts(before, after))


def _fall(before, after) -> int:
    start, end = before.metrics.train_cost, after.metrics.train_cost
    fall = (start - end) / start
    return 0 if fall < 0.01 else (1 if fall <= 0.10 else 2)


def _fall_explanation(before, after, right) -> tuple[str, dict]:
    start, end = before.metrics.train_cost, after.metrics.train_cost
    return SMALL_STEPS, {"start": start, "end": end, "fall": 100 * (start - end) / start}


def _parameter_count(before, after) -> int:
    return int(sum(np.asarray(v).size for v in after.parameters.values()))


def _count_explanation(before, after, right) -> tuple[str, dict]:
    dims = after.layer_dims
    terms = " + ".join(f"{dims[l]}·({dims[l - 1]} + 1)" for l in range(1, len(dims)))
    return COUNT, {"terms": terms, "count": right}


def _what_changed(before, after) -> int:
    changed = [before.hyperparameters.learning_rate != after.hyperparameters.learning_rate,
               not np.array_equal(_matrix(before, "W2"), _matrix(after, "W2")),
               before.layer_dims[2] != after.layer_dims[2], len(before.layer_dims) != len(after.layer_dims)]
    return changed.index(True)


def _what_changed_explanation(before, after, right) -> tuple[str, dict]:
    change = float(np.sqrt(np.sum((_matrix(after, "W2") - _matrix(before, "W2")) ** 2)))
    return PARAMETER_NOT_HYPER, {"change": change}


# --------------------------------------------------------------------------- the question sets, by lesson name
QUESTIONS: dict[str, tuple[Question, ...]] = {
    "shapes": (
        Question("dW2_shape", "What is the shape of dW[2]?", "shape", shape_of("dW2"),
                 _shape_explanation("dW[2] has the shape of W[2]: (n[2], n[1]) = {shape}, one gradient per "
                                    "weight. It does not depend on m = {m}.")),
        Question("Z1_shape", "What is the shape of Z[1] for the whole training set?", "shape", shape_of("Z1"),
                 _shape_explanation("Z[1] = W[1] X + b[1]: ({n1}, {n0}) times ({n0}, m) gives {shape}, one column "
                                    "per example (m = {m}).")),
        Question("db3_shape", "What is the shape of db[3]?", "shape", shape_of("db3"),
                 _shape_explanation("db[3] has the shape of b[3]: (n[3], 1) = {shape}.")),
        Question("depends_on_m", "Which of these has a shape that depends on the number of examples m?", "choice",
                 _depends_on_m, _shape_explanation("A[1] is (n[1], m) = {shape}: one column per example. "
                                                   "Parameters and their gradients do not depend on m.", "A1"),
                 choices=("W[1]", "b[1]", "A[1]", "dW[1]")),
    ),
    "zero_initialization": (
        Question("distinct_rows", "After 300 iterations from zero weights, how many different rows will W[1] have?",
                 "number", _distinct_rows,
                 lambda before, after, right: (SYMMETRY, {"rows": right}),
                 Action(iterations=300)),
    ),
    "large_initialization": (
        Question("least_changed", "Which unit of layer 1 will change least in the next 100 iterations?", "unit",
                 least_changed(1), _least_changed_explanation, Action(iterations=100), layer=1),
        Question("passes_90", "With weights × 10, will training accuracy reach 90 % within 500 iterations?",
                 "choice", _accuracy_passes(0.90), _accuracy_explanation, Action(iterations=500),
                 choices=("yes", "no")),
    ),
    "learning_rate": (
        Question("alpha_small", "With α = 0.001, how much will the cost fall in the next 100 iterations?", "choice",
                 _fall, _fall_explanation, Action(iterations=100),
                 choices=("less than 1 %", "between 1 % and 10 %", "more than 10 %")),
        Question("alpha_10", "Will the cost go up or down with α = 10?", "direction", cost_direction,
                 _direction_explanation(
                     "The cost went up: from {start:.4f} it reached {highest:.4f} within {iterations} iterations. "
                     "α · dW is so large that a step jumps across the valley to a higher point.",
                     "The cost only went down, from {start:.4f} to {end:.4f}: these steps stayed in the valley."),
                 Action((("learning_rate", 10.0),), 20)),
        Question("alpha_course", "Will the cost go up or down with α = 1.2?", "direction", cost_direction,
                 _direction_explanation(
                     "The cost went up at least once (from {start:.4f} up to {highest:.4f}): this α still "
                     "overshoots here.",
                     "The cost only went down, from {start:.4f} to {end:.4f} in {iterations} iterations: each step "
                     "is large enough to make progress and small enough not to overshoot."),
                 Action((("learning_rate", 1.2),), 100)),
    ),
    "deep_networks": (
        Question("parameter_count", "How many parameters (entries of every W[l] and b[l]) does this network have?",
                 "number", _parameter_count, _count_explanation, Action(iterations=0)),
        Question("dW4_shape", "What is the shape of dW[4]?", "shape", shape_of("dW4"),
                 _shape_explanation("dW[4] has the shape of W[4]: (n[4], n[3]) = {shape}.")),
        Question("what_changes", "Which of these does one step of gradient descent change?", "choice",
                 _what_changed, _what_changed_explanation, choices=("α", "W[2]", "n[2]", "the number of layers L")),
    ),
}


def all_texts() -> list[str]:
    """Every English string a question shows (context "Questions"): prompts, choices, options and the
    explanation templates (the GUI translates a template, then fills in the verdict's facts)."""
    texts: list[str] = list(DIRECTIONS) + _TEMPLATES
    for questions in QUESTIONS.values():
        for question in questions:
            texts += [question.prompt, *question.choices]
    return list(dict.fromkeys(texts))

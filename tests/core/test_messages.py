"""Every error core raises carries a code of core.messages.MESSAGES and exactly the arguments its template needs.

The raise sites are found by reading the source (ast), so a new one is checked the day it is written:
its code must be a literal of the table and its keyword arguments the template's fields. The table has
no code that nothing uses, every template fills in, and an error's text is the English template filled in.
"""

from __future__ import annotations

import ast
import copy
import math
import pickle
from pathlib import Path

import pytest

from backprop_studio.core.data.csv_data import parse_csv
from backprop_studio.core.errors import (BackpropStudioError, CSVError, DatasetError, DivergenceError,
                                         HyperparameterError, ParameterFileError)
from backprop_studio.core.messages import MESSAGES, PROBLEM_NAMES, Message, fields, reason_of
from backprop_studio.core.training.hyperparameters import Hyperparameters

ROOT = Path(__file__).resolve().parents[2]
#: Core raises them; the GUI raises a few of core's errors too (importing parameters, previewing a CSV file).
SOURCES = sorted([*(ROOT / "core").rglob("*.py"), *(ROOT / "gui").rglob("*.py")])
#: The only places that pass a code through instead of naming one.
PASS_THROUGH = {ROOT / "core" / "errors.py", ROOT / "core" / "messages.py"}
CODE_POSITION = {"BackpropStudioError": 0, "HyperparameterError": 0, "DatasetError": 0, "ParameterFileError": 0,
                 "AnswerError": 0, "StudentFileError": 0, "StudentTrainingError": 0, "YourCodeStopped": 0,
                 "CSVError": 1, "Message": 0}


def _codes(node: ast.expr) -> list[str] | None:
    """The literal codes an argument can be ("a" if c else "b" gives both); None if it is not literal."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.IfExp):
        body, orelse = _codes(node.body), _codes(node.orelse)
        return None if body is None or orelse is None else body + orelse
    return None


def construction_sites() -> list[tuple[str, str, set[str] | None]]:
    """(where, code, keyword names or None when ``**`` is passed) of every error or Message made in core and gui."""
    sites = []
    for path in SOURCES:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
            if not isinstance(node, ast.Call):
                continue
            name = node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", "")
            position = CODE_POSITION.get(name)
            if position is None:
                continue
            where = f"{path.relative_to(ROOT)}:{node.lineno}"
            codes = _codes(node.args[position]) if len(node.args) > position else None
            if codes is None:
                assert path in PASS_THROUGH, f"{where}: {ast.unparse(node)} does not name its code as a literal"
                continue
            keywords = None if any(k.arg is None for k in node.keywords) else {k.arg for k in node.keywords}
            sites += [(where, code, keywords) for code in codes]
    return sites


SITES = construction_sites()


def test_the_walk_finds_every_raise_site():
    # 189 raises in core name a code (plus the terms they pass); fewer means the walk lost some.
    assert len(SITES) > 200


def test_every_raise_site_names_a_code_of_the_table_with_exactly_its_fields():
    wrong = []
    for where, code, keywords in SITES:
        if code not in MESSAGES:
            wrong.append(f"{where}: {code!r} is not in MESSAGES")
        elif keywords is not None and keywords != fields(MESSAGES[code]):
            wrong.append(f"{where}: {code!r} is given {sorted(keywords)}, its template needs "
                         f"{sorted(fields(MESSAGES[code]))}")
    assert not wrong, "\n".join(wrong)


def test_no_code_of_the_table_is_unused():
    used = {code for _, code, _ in SITES}
    assert not set(MESSAGES) - used, f"codes nothing raises: {sorted(set(MESSAGES) - used)}"


@pytest.mark.parametrize("code", sorted(MESSAGES))
def test_every_template_fills_in(code):
    template = MESSAGES[code]
    names = fields(template)
    assert names is not None, f"{code}: {template!r} is not a valid template"
    assert all(name.isidentifier() for name in names), f"{code}: positional or dotted fields in {template!r}"
    # 1.5 suits every format spec the table uses ({x}, {x!r}, {x:g}).
    assert Message(code, **{name: 1.5 for name in names}).format()


def test_the_table_holds_each_english_text_once():
    assert len(set(MESSAGES.values())) == len(MESSAGES)


def test_an_error_is_its_english_text_and_keeps_code_and_arguments():
    with pytest.raises(HyperparameterError) as raised:
        Hyperparameters(learning_rate=-1)
    error = raised.value
    assert str(error) == "learning rate α must be in [1e-06, 1e+06], got -1"
    assert error.code == "value.out_of_range"
    assert error.arguments == {"name": Message("term.learning_rate"), "low": 1e-6, "high": 1e6, "value": -1}
    with pytest.raises(HyperparameterError) as raised:
        Hyperparameters(hidden_units=(4, 2.5), hidden_activations=("tanh", "tanh"))
    assert str(raised.value) == "units in hidden layer 2 (n[2]) must be a whole number, got 2.5"
    assert raised.value.arguments["name"] == Message("term.hidden_units", layer=2)


def test_a_csv_error_nests_its_reason_inside_the_line():
    with pytest.raises(CSVError) as raised:
        parse_csv("x1,x2,label\n1,2,a\n3,abc,b\n")
    error = raised.value
    assert str(error) == "line 3: x2 is not a number: 'abc'" and error.line == 3
    assert error.reason == Message("csv.not_a_number", column="x2", text="abc")
    assert error.message == Message("csv.at_line", line=3, reason=error.reason)
    with pytest.raises(CSVError) as raised:
        parse_csv("1;2\n")
    assert str(raised.value) == "line 1: found 2 column(s) separated by semicolons, 3 expected (x1, x2, label)"
    assert raised.value.reason.arguments["separator"] == Message("term.semicolons")
    with pytest.raises(CSVError) as raised:
        parse_csv("# only a comment\n")
    assert raised.value.line == 0 and raised.value.message is raised.value.reason  # no line to name


def test_the_divergence_message_is_one_template_with_its_advice():
    error = DivergenceError(17, math.inf, 1e6)
    assert str(error) == (
        "Training diverged at iteration 17: the cost became ∞. The last finite parameters were kept. "
        "Try a smaller learning rate α (now 1e+06) or a smaller initialization scale, then press Reset (R): "
        "the kept parameters may already be too large to recover from.")
    assert (error.iteration, error.cost, error.learning_rate) == (17, math.inf, 1e6)
    assert "the cost became 1.235e+05." in str(DivergenceError(3, 123456.7, 0.5))
    assert "∞" in str(DivergenceError(3, math.nan, 0.5))  # nan is shown as a blown-up cost too


def test_a_nested_reason_is_the_inner_message_or_a_plain_text():
    inner = DatasetError("dataset.missing", keys="X")
    outer = ParameterFileError("session_file.dataset", reason=reason_of(inner))
    assert str(outer) == "dataset: dataset is missing X"
    assert outer.arguments["reason"] is inner.message
    assert reason_of(TypeError("bad")) == "bad"


def test_problem_names_are_terms():
    assert {key: str(term) for key, term in PROBLEM_NAMES.items()} == {
        "binary": "binary", "multiclass": "multiclass", "regression": "regression"}


def test_an_unknown_code_is_refused_at_once():
    with pytest.raises(KeyError):
        Message("no.such.code")
    with pytest.raises(KeyError):
        BackpropStudioError("learning rate must be positive")  # an English text is not a code


def test_a_translation_with_other_fields_or_that_cannot_fill_in_falls_back_to_english():
    message = Message("value.out_of_range", name=Message("term.noise"), low=0, high=1, value=2.5)

    def shown(range_template: str) -> str:
        table = {MESSAGES["value.out_of_range"]: range_template, MESSAGES["term.noise"]: "NOISE"}
        return message.format(lambda english: table.get(english, english))

    assert shown("{name}: {value:g} ∉ [{low:g}, {high:g}]") == "NOISE: 2.5 ∉ [0, 1]"  # a good translation is used
    for broken in ("{wrong} out of range",                          # a field the English does not have
                   "{name} is out of range",                        # fields dropped
                   "{name} [{low}, {high}] {value:d}",              # a spec that cannot show 2.5
                   "{name} [{low}, {high}] {value",                 # a lone brace
                   "{name} [{low}, {high}] {value.imag}"):          # an attribute of an argument
        assert shown(broken) == "NOISE must be in [0, 1], got 2.5", broken
    assert message.format() == str(message) == "noise must be in [0, 1], got 2.5"


def test_errors_survive_pickling_and_copying():
    for error in (CSVError(3, "csv.empty_label"), DivergenceError(4, math.inf, 0.5),
                  HyperparameterError("weight.unknown_parameter", key="W9")):
        for again in (pickle.loads(pickle.dumps(error)), copy.copy(error)):
            assert type(again) is type(error) and str(again) == str(error)
            assert again.message == error.message
    assert pickle.loads(pickle.dumps(CSVError(3, "csv.empty_label"))).line == 3

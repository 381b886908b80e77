"""Verdicts: every code has its English template, and the GUI can render any of them in another language."""

from __future__ import annotations

import ast
import string
from pathlib import Path

import pytest

from backprop_studio.core.student import verdicts
from backprop_studio.core.student.verdicts import TEMPLATES, Location, render, verdict

PACKAGE = Path(verdicts.__file__).parent


def _literals() -> tuple[set[str], set[str]]:
    """Every string constant in the package (but the table), and the first argument of every verdict(...) call."""
    constants, codes = set(), set()
    for path in PACKAGE.glob("*.py"):
        if path.name == "verdicts.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                constants.add(node.value)
            if (isinstance(node, ast.Call) and getattr(node.func, "id", None) == "verdict" and node.args
                    and isinstance(node.args[0], ast.Constant)):
                codes.add(node.args[0].value)
    return constants, codes


def test_every_code_used_has_a_template_and_every_template_is_used():
    constants, codes = _literals()
    assert codes <= set(TEMPLATES)
    assert set(TEMPLATES) - constants == {"at_line", "at_cell_line"}  # those two through location_text


def test_every_template_is_a_format_string():
    for code, template in TEMPLATES.items():
        names = {field for _, field, _, _ in string.Formatter().parse(template) if field}
        assert all(name.isidentifier() for name in names), code


def test_rendering_through_a_translation():
    table = {TEMPLATES["raised"]: "在{at}抛出 {type}：{message}", TEMPLATES["at_cell_line"]: "第 {cell} 个单元格第 {line} 行"}
    translate = lambda text: table.get(text, text)  # noqa: E731
    found = verdict("raised", Location(2, cell=3), type="ValueError", message="shapes (4,3) (1,4)")
    assert found.text == "raised ValueError at cell 3, line 2: shapes (4,3) (1,4)"
    assert render(found, translate) == "在第 3 个单元格第 2 行抛出 ValueError：shapes (4,3) (1,4)"


def test_an_unknown_code_fails_at_once():
    with pytest.raises(KeyError, match="no template"):
        verdict("transposd", name="dW[1]")

"""core/ is pure NumPy: no module imports Qt, pyqtgraph or the gui package (docs/ARCHITECTURE.md)."""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CORE = ROOT / "core"
FORBIDDEN = ("PySide6", "PyQt5", "PyQt6", "shiboken6", "pyqtgraph", "gui")
CORE_FILES = sorted(CORE.rglob("*.py"))


def forbidden_imports(source: str, package: tuple[str, ...] = ("core",)) -> list[str]:
    """Forbidden modules imported anywhere in ``source`` (also inside functions).

    ``package`` is the file's package inside backprop_studio, e.g. ("core", "nn"): a relative import
    that climbs out of core (``from ...gui import x``) is resolved and counts as what it reaches.
    """
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level > 0:
            base = package[: len(package) - node.level + 1]
            if base[:1] == ("core",):
                continue  # stays inside core
            target = ".".join([*base, *(node.module.split(".") if node.module else [])])
            names = [target or alias.name for alias in node.names] if target else [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names = [node.module]
        elif (isinstance(node, ast.Call) and isinstance(node.func, (ast.Name, ast.Attribute))
              and getattr(node.func, "id", getattr(node.func, "attr", None)) in ("import_module", "__import__")
              and node.args and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)):
            names = [node.args[0].value]
        else:
            continue
        found += [name for name in names
                  if name.split(".")[0] in FORBIDDEN or name.removeprefix("backprop_studio.").split(".")[0] in FORBIDDEN]
    return found


def test_the_checker_catches_every_form_of_import():
    bad = """
import PySide6
import numpy, pyqtgraph as pg
from PyQt5.QtCore import Qt
from backprop_studio.gui.model.session import TrainingSession
def later():
    import shiboken6
    importlib.import_module("PyQt6.QtWidgets")
"""
    assert forbidden_imports(bad) == ["PySide6", "pyqtgraph", "PyQt5.QtCore", "backprop_studio.gui.model.session",
                                      "shiboken6", "PyQt6.QtWidgets"]
    # A relative import that climbs out of core into gui is caught too; one that stays inside is fine.
    assert forbidden_imports("from ...gui.model import session", ("core", "nn")) == ["gui.model"]
    assert forbidden_imports("from ..training import trainer\nfrom . import losses", ("core", "nn")) == []
    # Names that merely start with the same letters are fine.
    assert forbidden_imports("import guidance\nfrom core.gui_free import x\nimport numpy") == []


def test_core_has_modules_to_check():
    names = {p.stem for p in CORE_FILES}
    assert {"activations", "propagation", "trainer", "engine", "cli"} <= names


@pytest.mark.parametrize("path", CORE_FILES, ids=lambda p: p.relative_to(CORE).as_posix())
def test_no_core_module_imports_qt(path):
    package = path.relative_to(ROOT).parent.parts
    assert forbidden_imports(path.read_text(encoding="utf-8"), package) == []


def test_importing_all_of_core_loads_no_qt():
    modules = ["backprop_studio.core." + p.relative_to(CORE).with_suffix("").as_posix().replace("/", ".")
               for p in CORE_FILES]
    modules = [m.removesuffix(".__init__") for m in modules]
    script = (
        "import importlib, json, sys\n"
        "from main import use_checkout\n"
        "use_checkout()\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        f"forbidden = sorted(m for m in sys.modules if m.removeprefix('backprop_studio.').split('.')[0] in {FORBIDDEN!r})\n"
        "print(json.dumps({'forbidden': forbidden, 'loaded': sorted(m for m in sys.modules if m.startswith('backprop_studio.core'))}))\n"
    )
    result = subprocess.run([sys.executable, "-W", "error", "-c", script], cwd=ROOT, capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert set(modules) <= set(report["loaded"])  # everything was really imported ...
    assert report["forbidden"] == []  # ... and nothing of Qt came with it

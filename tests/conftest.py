"""Shared test setup: Qt runs offscreen unless a display is asked for explicitly."""

import os
import sys
from pathlib import Path

# Without a display Qt aborts; tests never need a real window.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# pytest-qt's binding, set here rather than in pyproject.toml: the core tests also run where
# pytest-qt (and Qt) are not installed, and an unknown ini option would stop pytest there.
os.environ.setdefault("PYTEST_QT_API", "pyside6")

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from main import use_checkout  # noqa: E402

use_checkout()  # the tests test this checkout, under the installed name backprop_studio


import pytest  # noqa: E402


def _qt_problem() -> str | None:
    """Why Qt cannot load here (not installed, or a system library such as libglib missing), or None."""
    try:  # what pytest-qt imports when it starts
        import PySide6.QtCore, PySide6.QtGui, PySide6.QtTest, PySide6.QtWidgets  # noqa: E401, F401
    except ImportError as error:
        return f"{type(error).__name__}: {error}"
    return None


#: The core tests must run where Qt cannot load (a bare machine without Qt's system libraries). There,
#: pytest-qt would stop the whole session with an INTERNALERROR while configuring: its binding is not
#: loaded, and pytest-qt is dropped once configured (tests/gui then fail to import, and say why).
QT_PROBLEM = _qt_problem()
if QT_PROBLEM is not None:
    try:
        from pytestqt.qt_compat import qt_api as _pytest_qt_api
    except ImportError:  # no pytest-qt either: nothing to keep from starting
        pass
    else:
        _pytest_qt_api.set_qt_api = lambda api: None


@pytest.hookimpl(trylast=True)
def pytest_configure(config) -> None:
    if QT_PROBLEM is not None:
        # after pytest-qt's own pytest_configure: drop it and its Qt message capture, which need Qt at each test
        for name in ("_qt_logging", "pytest-qt"):
            plugin = config.pluginmanager.get_plugin(name)
            if plugin is not None:
                config.pluginmanager.unregister(plugin)


@pytest.fixture(autouse=True)
def _no_blocking_dialogs(monkeypatch):
    """A test must never hang on a modal dialog: every blocking dialog call answers "cancel" at once.

    Features reach dialogs through seams that tests fill; this only catches a seam a test forgot
    (for example a shortcut test pressing Ctrl+O).
    """
    try:
        from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QMessageBox
    except ImportError:  # core tests can run without Qt installed
        return
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: ("", "")))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: ("", "")))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: ""))
    monkeypatch.setattr(QInputDialog, "getDouble", staticmethod(lambda *a, **k: (0.0, False)))
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("", False)))
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.No))
    monkeypatch.setattr(QMessageBox, "exec", lambda self: QMessageBox.StandardButton.Cancel)
    monkeypatch.setattr(QDialog, "exec", lambda self: QDialog.DialogCode.Rejected)


def openblas_core() -> str | None:
    """The OpenBLAS kernel NumPy's wheel runs on (OPENBLAS_CORETYPE picks another), if it can be asked."""
    try:
        import ctypes

        import numpy

        for path in sorted((Path(numpy.__file__).parent.parent / "numpy.libs").glob("*openblas*")):
            library = ctypes.CDLL(str(path))  # already loaded by NumPy: this only looks it up
            for name in ("scipy_openblas_get_corename64_", "scipy_openblas_get_corename", "openblas_get_corename"):
                corename = getattr(library, name, None)
                if corename is not None:
                    corename.restype = ctypes.c_char_p
                    return corename().decode()
    except (OSError, AttributeError, UnicodeDecodeError):
        pass
    return None


def pytest_report_header(config) -> list[str]:
    # Lessons must hold on every kernel (.ci/run tests several): the log says which one ran.
    core = openblas_core()
    lines = [f"OpenBLAS kernel: {core}"] if core else []
    if QT_PROBLEM is not None:
        lines.append(f"Qt cannot load ({QT_PROBLEM}): tests/core run, tests/gui cannot; "
                     "README.md names the system libraries Qt needs")
    return lines

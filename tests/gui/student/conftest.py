"""Fixtures for the Your code window: the student files of tests/core/student/files, windows that always close."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

from backprop_studio.core.training.hyperparameters import Hyperparameters
from backprop_studio.gui.model.session import TrainingSession
from backprop_studio.gui.student.window import YourCodeWindow

ROOT = Path(__file__).resolve().parents[3]
FILES = ROOT / "tests" / "core" / "student" / "files"
TIMEOUT_MS = 30_000
#: Short limits: no test waits long on a student's process.
SANDBOX = {"timeout": 2.0, "load_timeout": 5.0, "grace": 0.5}
#: A week-4 network (2 → 4 ReLU → 3 ReLU → 1 sigmoid), started large enough that no example sits on a kink.
RELU = Hyperparameters(hidden_units=(4, 3), hidden_activations=("relu", "relu"), initialization="random",
                       init_scale=0.5)


@pytest.fixture
def student_file(tmp_path):
    """student_file("correct.py") → a copy in tmp_path (the test may change it; the originals stay)."""

    def copy(name: str) -> Path:
        target = tmp_path / name
        shutil.copyfile(FILES / name, target)
        return target

    return copy


@pytest.fixture
def your_code(qtbot):
    """your_code(hyperparameters=None) → a shown YourCodeWindow on a fresh TrainingSession; closed afterwards."""
    made: list[YourCodeWindow] = []

    def make(hyperparameters: Hyperparameters | None = None, size=(1100, 700)) -> YourCodeWindow:
        session = TrainingSession(hyperparameters=hyperparameters)
        window = YourCodeWindow(session, **SANDBOX)
        qtbot.addWidget(window)
        window.resize(*size)
        window.show()
        made.append(window)
        return window

    yield make
    for window in made:
        window.close()
        window._session.shut_down()


def open_and_wait(qtbot, window: YourCodeWindow, path) -> None:
    """Open ``path`` and wait for its check (or its failure) to come back."""
    with qtbot.waitSignals([window.checked], timeout=TIMEOUT_MS, raising=False) as blocker:
        assert window.open_file(path)
    qtbot.waitUntil(lambda: not window.busy, timeout=TIMEOUT_MS)
    assert blocker is not None


def _chinese_ready() -> bool:
    """True once the catalogue has the Chinese of this window and of every verdict (the lead adds it after a
    merge: until then the Chinese tests of this folder are skipped, and tests/gui/support/test_translation.py
    names the missing strings)."""
    sys.path.insert(0, str(ROOT / "tools"))
    import update_translations
    from backprop_studio.core.student.verdicts import CONTEXT, TEMPLATES

    messages = update_translations.messages(update_translations.ts_path("zh_CN"))
    wanted = [("YourCodeWindow", "Your code"), ("PhaseView", "Layer"), ("TrainTab", "Start")]
    wanted += [(CONTEXT, template) for template in TEMPLATES.values()]
    return all(messages.get(key) for key in wanted)


#: Tests that read the window in Chinese.
needs_chinese = pytest.mark.skipif(not _chinese_ready(), reason="the Chinese of Labs → Your code is not in "
                                   "resources/i18n yet (the lead adds it; see tests/gui/support/test_translation.py)")

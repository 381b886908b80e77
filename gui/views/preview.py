"""Run one view on its own for a look: ``python -m backprop_studio.gui.views.<view> [dataset]``.

A real TrainingSession on the named dataset (default flower), the view in its own
window, training started; ``prepare`` may set the session up first.
"""

from __future__ import annotations

import sys
from typing import Callable

from PySide6.QtWidgets import QApplication, QWidget

from ...core.data.pipeline import DataSpec
from ..model.session import TrainingSession


def run_preview(make_view: Callable[[TrainingSession], QWidget], title: str, size: tuple[int, int] = (700, 600),
                prepare: Callable[[TrainingSession], None] | None = None) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    name = sys.argv[1] if len(sys.argv) > 1 else "flower"
    session = TrainingSession(DataSpec(name=name))
    view = make_view(session)
    view.setWindowTitle(title)
    view.resize(*size)
    view.show()
    if prepare is not None:
        prepare(session)
    session.play()
    return app.exec()

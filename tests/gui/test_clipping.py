"""No text is ever cut: every label, button, tab, chip and diagram text reads whole, on classroom screens.

The walk (tests/gui/window/clipping_walk.py) measures each visible text with its
widget's own font against the room the widget gives it, flags widgets squeezed
below one line of text, widgets cut by an edge they cannot be scrolled past, and
diagram or plot texts cut by their view or drawn too small to read. Each test
builds the window at a screen size (1280×720 and 1366×768: classroom projectors
and small laptops; 1920×1080), drives it as a student would (a Step, phase by
phase through an iteration, "+" for a hidden layer, loading lessons), brings
every docked panel to the front in turn and walks it. A failure lists every
text that is cut, with its widget.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDockWidget

from backprop_studio.gui.app import configure_application
from backprop_studio.gui.model.session import TrainingSession
from backprop_studio.gui.window.main_window import MainWindow
from tests.gui.window.clipping_walk import clipped_texts

SCREENS = [(1280, 720), (1366, 768)]
#: Lessons whose loading once collapsed the breadcrumb, plus the deep ones (3×4, 3×10) and the 1-layer one.
LESSON_NUMBERS = (1, 4, 7, 8, 12, 13)


@pytest.fixture(autouse=True)
def app_font():
    """The fonts main.py gives the app (a CJK-capable list): the test measures what users see."""
    app = QApplication.instance()
    before = app.font()
    configure_application(app)
    yield
    app.setFont(before)


def open_window(qtbot, size: tuple[int, int]) -> MainWindow:
    window = MainWindow(TrainingSession(), size=size, full_screen_presentation=False)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def settle() -> None:
    """Let the layouts finish (a font change relays out in a few passes): the walk reads what is on screen."""
    for _ in range(4):
        QApplication.processEvents()


class Walk:
    """Walks a window at several moments; collects every cut text with the moment it was seen."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.found: list[str] = []

    def __call__(self, moment: str) -> None:
        window = self.window
        window.refresh_now()
        settle()
        shown = [dock for dock in window.docks() if dock.isVisible()]
        # Each panel of a tab group in turn: a tab behind another is what a click brings up.
        for dock in shown or [None]:
            if dock is not None:
                dock.raise_()
            settle()
            self.found += [f"{moment}: {line}" for line in clipped_texts(window)]
        window.cost_dock.raise_() if window.cost_dock.isVisible() else None
        window.network_dock.raise_() if window.network_dock.isVisible() else None

    def assert_clean(self) -> None:
        unique = list(dict.fromkeys(self.found))
        assert not unique, f"{len(unique)} cut texts:\n" + "\n".join(unique)


def step_through_an_iteration(window: MainWindow, walk: Walk, moment: str) -> None:
    """Shift+→ phase by phase through one whole iteration, walking after each phase."""
    session = window.session
    start = session.iteration
    count = 0
    while session.iteration == start and count < 40:
        window.actions.step_phase.trigger()
        count += 1
        walk(f"{moment}, phase {count}")


@pytest.mark.parametrize("size", SCREENS + [(1440, 900), (1920, 1080)], ids=lambda s: f"{s[0]}x{s[1]}")
def test_the_default_window_reads_whole(qtbot, size):
    window = open_window(qtbot, size)
    assert window.size().toTuple() == size  # nothing in it asks for more than the screen has
    walk = Walk(window)
    walk("at start")
    window.actions.step.trigger()
    walk("after one Step")
    step_through_an_iteration(window, walk, "stepping phases")
    window.draw_tool.draw_box.setChecked(True)
    walk("drawing points")
    walk.assert_clean()


def test_more_layers_and_lessons_keep_every_text_whole_at_720p(qtbot):
    window = open_window(qtbot, (1280, 720))
    walk = Walk(window)
    qtbot.mouseClick(window.network_panel.layer_editor.add_button, Qt.MouseButton.LeftButton)
    assert window.session.snapshot.L == 3
    walk("after + (two hidden layers)")
    window.actions.step_phase.trigger()
    walk("after + and one phase")
    for number in LESSON_NUMBERS:
        lesson = window.lesson_panel
        assert lesson.load_lesson(lesson_name(number))
        walk(f"lesson {number} loaded")
        for _ in range(3):
            window.actions.step_phase.trigger()
        walk(f"lesson {number}, three phases in")
    walk.assert_clean()


@pytest.mark.parametrize("size", SCREENS, ids=lambda s: f"{s[0]}x{s[1]}")
def test_presentation_mode_reads_whole(qtbot, size):
    window = open_window(qtbot, size)
    window.presentation.enter()
    walk = Walk(window)
    walk("presentation, at start")
    step_through_an_iteration(window, walk, "presentation")
    window.presentation.leave()
    walk("after presentation")
    walk.assert_clean()



@pytest.mark.parametrize("size", SCREENS, ids=lambda s: f"{s[0]}x{s[1]}")
def test_chinese_reads_whole(qtbot, chinese, size):
    window = open_window(qtbot, size)
    walk = Walk(window)
    walk("Chinese, at start")
    step_through_an_iteration(window, walk, "Chinese")
    assert window.lesson_panel.load_lesson(lesson_name(12))
    walk("Chinese, lesson 12")
    window.presentation.enter()
    walk("Chinese presentation")
    walk.assert_clean()


def lesson_name(number: int) -> str:
    from backprop_studio.core.teaching.lessons import LESSONS

    return next(lesson.name for lesson in LESSONS if lesson.number == number)


def test_the_walk_sees_a_cut_text(qtbot):
    """The walk itself: a label squeezed below its text, and one collapsed to a sliver, are both reported."""
    window = open_window(qtbot, (1280, 720))
    label = window.diagram_view.animate_button
    label.setFixedWidth(12)
    QApplication.processEvents()
    found = clipped_texts(window)
    assert any("Animate" in line and "width" in line for line in found), found
    label.setFixedWidth(label.sizeHint().width())
    chip = window.diagram_view.breadcrumb.chip(("cost", 2))
    chip.setFixedHeight(2)
    QApplication.processEvents()
    assert any("Cost" in line and "collapsed" in line for line in clipped_texts(window))
    assert isinstance(window.inspector_dock, QDockWidget)

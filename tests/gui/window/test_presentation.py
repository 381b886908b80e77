"""Presentation mode (F11): larger fonts, only the central views, and everything back on leaving."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget, QWidget

from backprop_studio.gui.window.main_window import MainWindow
from backprop_studio.gui.window.presentation import PRESENTATION_SCALE, presentation_scale
from backprop_studio.gui.model.session import TrainingSession


@pytest.fixture
def window(qtbot):
    w = MainWindow(TrainingSession(), size=(760, 560), full_screen_presentation=True)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    yield w
    w.session.pause()


def snapshot(w: MainWindow) -> dict:
    """What leaving presentation mode must give back exactly."""
    docks = {d.objectName(): (d.isVisible(), w.dockWidgetArea(d), d.isFloating()) for d in w.findChildren(QDockWidget)}
    return {"font": w.font().pointSizeF(), "counter": w.toolbar.iteration_label.font().pointSizeF(),
            "docks": docks, "geometry": w.geometry(), "full_screen": w.isFullScreen(),
            "scale": presentation_scale(w.boundary_view)}


def axis_font_size(w: MainWindow) -> float:
    return w.boundary_view.plot.getPlotItem().getAxis("bottom").style["tickFont"].pointSizeF()


def test_f11_enlarges_fonts_keeps_only_cost_and_equations_and_f11_restores_everything(window, qtbot):
    before = snapshot(window)
    axis_before = axis_font_size(window)
    status_before = window.status_labels["iteration"].font().pointSizeF()

    qtbot.keyClick(window, Qt.Key.Key_F11)
    presentation = window.presentation
    assert presentation.active and presentation.action.isChecked()
    assert window.font().pointSizeF() == pytest.approx(before["font"] * PRESENTATION_SCALE)
    # Children follow: the status bar, the explicitly sized counter, and the plot's tick labels.
    assert window.status_labels["iteration"].font().pointSizeF() == pytest.approx(status_before * PRESENTATION_SCALE)
    assert window.toolbar.iteration_label.font().pointSizeF() == pytest.approx(before["counter"] * PRESENTATION_SCALE)
    assert axis_font_size(window) == pytest.approx(axis_before * PRESENTATION_SCALE)
    assert presentation_scale(window.boundary_view) == PRESENTATION_SCALE
    # What makes the app different stays: the cost curve and the phase's equations, side by side.
    kept = {d.objectName() for d in window.findChildren(QDockWidget) if d.isVisible()}
    assert kept == {"cost_dock", "inspector_dock"}
    assert window.tabifiedDockWidgets(window.cost_dock) == []
    assert window.boundary_view.isVisible() and window.toolbar.isVisible() and window.diagram_view.isVisible()
    assert window.isFullScreen()

    qtbot.keyClick(window, Qt.Key.Key_F11)
    assert not presentation.active and not presentation.action.isChecked()
    assert snapshot(window) == before
    assert axis_font_size(window) == pytest.approx(axis_before)
    assert window.status_labels["iteration"].font().pointSizeF() == pytest.approx(status_before)


def test_a_dock_closed_before_stays_closed_and_a_floating_one_floats_again(window):
    window.cost_dock.close()
    window.data_dock.setFloating(True)
    before = snapshot(window)
    window.presentation.action.trigger()
    assert window.data_dock.isHidden() and window.network_dock.isHidden()
    assert window.cost_dock.isVisible()  # closed before, but presentation shows the cost curve …
    window.presentation.action.trigger()
    assert snapshot(window) == before  # … and leaving puts it back as it was
    assert window.cost_dock.isHidden() and window.data_dock.isFloating()


def test_docks_the_window_gains_later_are_hidden_too_unless_kept(qtbot):
    w = MainWindow(TrainingSession())
    qtbot.addWidget(w)
    docks = {}
    for name, area in (("diagram_dock", Qt.DockWidgetArea.RightDockWidgetArea),
                       ("lessons_dock", Qt.DockWidgetArea.LeftDockWidgetArea)):
        docks[name] = QDockWidget(name, w)
        docks[name].setObjectName(name)
        docks[name].setWidget(QWidget())
        w.addDockWidget(area, docks[name])
    presentation = w.presentation
    presentation.full_screen = False
    presentation.keep_docks = {"diagram_dock"}
    w.show()
    qtbot.waitExposed(w)
    presentation.enter()
    assert docks["diagram_dock"].isVisible() and docks["lessons_dock"].isHidden() and w.data_dock.isHidden()
    presentation.leave()
    assert all(d.isVisible() for d in w.findChildren(QDockWidget))


def test_reset_layout_during_presentation_leaves_it_with_the_default_docks(window):
    window.cost_dock.close()
    window.presentation.enter()
    window.reset_layout_action.trigger()
    assert not window.presentation.active and not window.presentation.action.isChecked()
    assert window.cost_dock.isVisible() and window.data_dock.isVisible()
    assert not window.isFullScreen()
    assert window.font().pointSizeF() == pytest.approx(window.boundary_view.font().pointSizeF())
    assert presentation_scale(window) == 1.0


def test_the_menu_entry_sits_in_view_and_follows_the_mode(window):
    action = window.presentation.action
    size = window.font().pointSizeF()
    assert action in window.view_menu.actions()
    assert action.shortcut().toString() == "F11"
    window.presentation.enter()
    assert action.isChecked()
    window.presentation.enter()  # twice: still one level of scaling
    assert window.font().pointSizeF() == pytest.approx(size * PRESENTATION_SCALE)
    window.presentation.leave()
    assert not action.isChecked()
    assert window.font().pointSizeF() == pytest.approx(size)


def test_without_full_screen_the_window_keeps_its_geometry(qtbot):
    w = MainWindow(TrainingSession(), size=(740, 540), full_screen_presentation=False)
    qtbot.addWidget(w)
    presentation = w.presentation
    w.show()
    qtbot.waitExposed(w)
    geometry = w.geometry()
    presentation.enter()
    assert not w.isFullScreen() and w.geometry() == geometry
    presentation.leave()
    assert w.geometry() == geometry


def test_presentation_keeps_the_teaching_the_equations_the_controls_and_alpha_enlarged(window, qtbot):
    session = window.session
    chip = window.diagram_view.breadcrumb.chip(("forward", 1))
    chip_font, chip_height = chip.font().pointSizeF(), chip.height()
    window.presentation.enter()
    qtbot.waitUntil(lambda: window.inspector_dock.isVisible() and window.cost_dock.isVisible())
    inspector = window.inspector
    session.step_phase()
    assert inspector.showing_phase() and inspector.equations.isVisible()
    assert "Z<sup>[1]</sup>" in inspector.equations.text()
    # The cost curve and its numbers; its switches, like the phase colours of the diagram's legend
    # (the breadcrumb's chips show them), give their room to what is read from afar.
    assert window.cost_view.plot.isVisible() and "Train cost" in window.cost_view.accuracy_text()
    assert not window.cost_view._log_box.isVisible()
    assert window.diagram_view.legend.samples[0][0].isVisible()
    # The equations alone: the matrices and NumPy lines would not read from the back of a room.
    assert not inspector.numpy_box.isVisible() and not inspector.matrices_area.isVisible()
    # The breadcrumb's chips grow with everything else, and are never squeezed.
    chip = window.diagram_view.breadcrumb.chip(("forward", 1))
    assert chip.font().pointSizeF() == pytest.approx(chip_font * PRESENTATION_SCALE)
    qtbot.waitUntil(lambda: chip.height() > chip_height)
    # Step, Step phase and α stay in reach, in words; α is the session's own.
    toolbar = window.toolbar
    for action in (window.actions.play_pause, window.actions.step, window.actions.step_phase):
        assert toolbar.widgetForAction(action).isVisible()
        assert toolbar.widgetForAction(action).toolButtonStyle() != Qt.ToolButtonStyle.ToolButtonIconOnly
    assert toolbar.alpha_combo.isVisible() and toolbar.alpha_combo.currentText() == "1.2"
    toolbar.alpha_combo.setCurrentIndex(toolbar.alpha_combo.findText("0.3"))
    assert session.snapshot.hyperparameters.learning_rate == 0.3
    assert window.network_panel.learning_rate_combo.currentText() == "0.3"
    window.presentation.leave()
    assert not inspector.numpy_box.isHidden() and not inspector.matrices_area.isHidden()  # all back


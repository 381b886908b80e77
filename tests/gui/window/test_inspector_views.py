"""The inspector as a student reads it in the window: one colour scale for every matrix, dA * g′(Z) = dZ
read left to right, matrices that wrap rather than being cut, and Pop out for a big inspector."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt

from backprop_studio.gui.panels.inspector import InspectorPanel
from backprop_studio.gui.panels.matrix_table import VALUE_ROLE, MatrixTable


from tests.gui.panels.test_inspector import make_session, panel, session  # noqa: F401 (fixtures)


def cell_values(card: MatrixTable) -> np.ndarray:
    model = card.model
    return np.array([[model.data(model.index(r, c), VALUE_ROLE) for c in range(model.columnCount())]
                     for r in range(model.rowCount())])


def test_the_colour_legend_rescales_every_matrix_at_once(panel, session):
    for _ in range(5):
        session.step_phase()
    legend = panel.colour_scale
    assert legend.scale == 1.0 and (legend.low.text(), legend.high.text()) == ("−1", "+1")
    dz = panel.matrix("dZ").model
    before = dz.data(dz.index(0, 0), Qt.ItemDataRole.BackgroundRole)
    legend.combo.setCurrentIndex(legend.combo.findData(0.01))
    assert (legend.low.text(), legend.high.text()) == ("−0.01", "+0.01")
    assert all(panel.matrix(key).model.color_scale == 0.01 for key in panel.matrix_keys())
    assert dz.data(dz.index(0, 0), Qt.ItemDataRole.BackgroundRole) != before
    session.step_phase()  # the next phase keeps the scale chosen: its colours compare with this one's
    assert all(panel.matrix(key).model.color_scale == 0.01 for key in panel.matrix_keys())


def test_backward_of_a_hidden_layer_reads_da_times_g_prime_equals_dz(qtbot, panel, session):
    panel.resize(1400, 500)
    panel.show()
    qtbot.waitExposed(panel)
    for _ in range(5):
        event = session.step_phase()
    assert (event.kind, event.layer) == ("backward", 1)
    assert panel.matrix_keys()[:3] == ["dA", "g_prime", "dZ"]
    assert panel.matrix("g_prime").plain_heading.startswith("g'[1](Z[1]): (4, 400)")
    np.testing.assert_array_equal(cell_values(panel.matrix("g_prime")), event.tensors["g_prime"])
    np.testing.assert_allclose(cell_values(panel.matrix("dA")) * cell_values(panel.matrix("g_prime")),
                               cell_values(panel.matrix("dZ")))
    times, equals = panel._operators
    assert (times.text(), equals.text()) == ("*", "=") and times.isVisible() and equals.isVisible()
    assert "element-wise" in times.toolTip().lower()
    # Read left to right: dA, *, g', =, dZ.
    xs = [w.geometry().x() for w in (panel.matrix("dA"), times, panel.matrix("g_prime"), equals,
                                     panel.matrix("dZ"))]
    assert xs == sorted(xs)
    session.step_phase()  # update 1: no factor, no operators
    assert not times.isVisible() and not equals.isVisible()


def test_cards_wrap_instead_of_being_cut_and_a_big_inspector_shows_more_rows(qtbot):
    session = make_session(hidden=(24,))
    panel = InspectorPanel(session)
    qtbot.addWidget(panel)
    panel.resize(560, 300)
    panel.show()
    qtbot.waitExposed(panel)
    session.step_phase()  # forward 1: A[0], W[1] (24, 2), b[1], Z[1] (24, 400), A[1]
    area = panel.matrices_area
    for key in panel.matrix_keys():
        card = panel.matrix(key)
        assert area.rect().contains(card.geometry()), key  # on a new line rather than past the right edge
    small = panel.matrix("Z").table.height()
    panel.resize(1600, 1000)  # popped out, big
    qtbot.waitUntil(lambda: panel.matrix("Z").table.height() > small)
    table = panel.matrix("Z").table
    assert table.height() >= 24 * table.verticalHeader().defaultSectionSize()  # every one of the 24 rows
    assert table.width() > 330


def test_pop_out_makes_the_inspector_a_big_window_and_puts_it_back(window, qtbot):
    dock, button = window.inspector_dock, window.inspector.pop_out_button
    window.session.step_phase()
    docked_height = dock.height()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert dock.isFloating() and dock.isVisible() and button.isChecked()
    available = window.screen().availableGeometry()
    assert available.contains(dock.geometry())
    assert dock.height() >= 0.7 * available.height() > docked_height
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert not dock.isFloating() and not button.isChecked()
    dock.setFloating(True)  # floated by its title bar: the button follows
    assert button.isChecked()
    dock.setFloating(False)
    assert not button.isChecked()

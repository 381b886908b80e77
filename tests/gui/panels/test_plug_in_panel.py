"""Plug in the numbers: with an example and a unit chosen, the panel writes that unit's formulas with the
numbers the inspector shows for the same phase (cell [j, i] of Z, A, dZ; row j of dW), and the inspector
marks those cells; a new neuron picked in the diagram's selection changes the formulas."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import Qt

from backprop_studio.core.teaching.plug_in import number_text
from backprop_studio.gui.panels.matrix_table import VALUE_ROLE
from backprop_studio.gui.panels.plug_in_text import enough_digits


def show_panel(window, qtbot):
    window.plug_in_dock.show()
    window.plug_in_dock.raise_()
    qtbot.waitUntil(window.plug_in_panel.isVisible, timeout=5000)
    return window.plug_in_panel


def shown_value(card, row: int, column: int) -> float:
    return card.model.data(card.model.index(row, column), VALUE_ROLE)


def formula(panel, name: str, k: int = 0):
    return [f for f in panel.numbers.forward + panel.numbers.backward if f.name == name][k]


def test_without_an_example_the_panel_says_how_to_pick_one_and_the_spin_box_picks_it(window, qtbot):
    panel = show_panel(window, qtbot)
    assert panel.hint.isVisible() and "Click a point on the decision boundary" in panel.hint.text()
    assert not panel.formulas.isVisible()
    panel.example_spin.setFocus()
    panel.example_spin.selectAll()
    qtbot.keyClicks(panel.example_spin, "5")
    qtbot.keyClick(panel.example_spin, Qt.Key.Key_Enter)
    assert window.session.snapshot.selection.example == 4  # the whole app follows (course's x⁽⁵⁾)
    qtbot.waitUntil(lambda: panel.numbers is not None, timeout=10000)
    assert not panel.hint.isVisible() and panel.formulas.isVisible()
    assert "x⁽⁵⁾" in panel.heading.text()


def test_the_numbers_equal_the_inspectors_entries_phase_by_phase_and_are_marked_there(window, qtbot):
    session, inspector = window.session, window.inspector
    session.step_iteration()  # after a step: the parameters have moved from their start
    session.select_example(7)
    session.select_neuron(1, 2)  # unit 3 of layer 1 (0-based j = 2)
    panel = show_panel(window, qtbot)
    j, i = 2, 7
    assert panel.unit == (1, j, i)

    session.step_phase()  # forward layer 1: the inspector shows Z[1], A[1]
    qtbot.waitUntil(lambda: panel.numbers is not None and panel.source == "phases", timeout=10000)
    z, a = formula(panel, "z"), formula(panel, "a")
    assert z.result.value == shown_value(inspector.matrix("Z"), j, i)
    assert a.result.value == shown_value(inspector.matrix("A"), j, i)
    w = [number for term in z.terms[:-1] for number in term if number.cell and number.cell[0] == "W"]
    assert [n.value for n in w] == [shown_value(inspector.matrix("W"), j, k) for k in range(len(w))]
    assert panel.numbers.backward == ()
    assert "backward phase of layer 1" in panel.formulas.text()
    marks = inspector.marked_cells()
    assert marks["Z"] == (j, i) and marks["A"] == (j, i) and marks["W"] == (j, None) and marks["b"] == (j, None)
    # The text the student reads carries the same numbers, written with 2 decimals (more if tiny).
    assert number_text(z.result.value, enough_digits(z, 2), False) in panel.formulas.text()

    while inspector.event.kind != "backward" or inspector.event.layer != 1:  # on to layer 1's backward phase
        session.step_phase()
    qtbot.waitUntil(lambda: panel.numbers is not None and panel.numbers.backward != (), timeout=10000)
    dz = formula(panel, "dz")
    assert dz.result.value == shown_value(inspector.matrix("dZ"), j, i)
    dW = inspector.matrix("dW")
    averages = [f.average.value for f in panel.numbers.backward if f.name == "dw"]
    assert averages == [shown_value(dW, j, k) for k in range(dW.model.columnCount())]
    assert formula(panel, "db").average.value == shown_value(inspector.matrix("db"), j, 0)
    da = formula(panel, "da")
    assert da.result.value == shown_value(inspector.matrix("dA"), j, i)
    marks = inspector.marked_cells()
    assert marks["dZ"] == (j, i) and marks["dA"] == (j, i) and marks["g_prime"] == (j, i)
    assert marks["dW"] == (j, None) and marks["db"] == (j, None)
    # The per-example dw is dz · x_k for this example; the inspector's dW row is its average over m.
    x = window.session.snapshot.prepared.X_train[:, i]
    per_example = [f.result.value for f in panel.numbers.backward if f.name == "dw"]
    np.testing.assert_allclose(per_example, dz.result.value * x, rtol=1e-12)


def test_picking_another_neuron_changes_the_formulas(window, qtbot):
    session = window.session
    session.select_example(3)
    panel = show_panel(window, qtbot)
    qtbot.waitUntil(lambda: panel.numbers is not None, timeout=10000)
    assert panel.source == "snapshot"  # between iterations: what the next iteration computes
    first = panel.formula_text()
    L = session.snapshot.L
    assert panel.unit[:2] == (L, 0)  # no neuron picked: the output unit
    assert first.startswith(f"z[{L}]₁ = ")

    session.select_neuron(1, 1)  # as a click on the diagram's neuron does
    qtbot.waitUntil(lambda: panel.numbers is not None and panel.numbers.layer == 1, timeout=10000)
    assert panel.layer_spin.value() == 1 and panel.unit_spin.value() == 2
    text = panel.formula_text()
    assert text != first and text.startswith("z[1]₂ = w[1]₂₁·x₁ + w[1]₂₂·x₂ + b[1]₂ = ")
    assert "dz[1]₂ = da[1]₂·g′(z[1]₂)" in text

    panel.unit_spin.setValue(4)  # and the panel's own box picks a neuron for the whole app
    assert session.snapshot.selection.neuron == (1, 3)
    qtbot.waitUntil(lambda: panel.numbers is not None and panel.numbers.unit == 3, timeout=10000)
    assert panel.formula_text().startswith("z[1]₄ = ")


@pytest.mark.parametrize("digits", [2, 4])
def test_the_decimals_box_writes_the_numbers_with_that_many_decimals(window, qtbot, digits):
    window.session.select_example(0)
    panel = show_panel(window, qtbot)
    panel.digits_combo.setCurrentIndex(panel.digits_combo.findData(digits))
    qtbot.waitUntil(lambda: panel.numbers is not None, timeout=10000)
    z = formula(panel, "z")
    shown = enough_digits(z, digits)  # more only if z would read as 0.00
    assert shown >= digits and z.text(shown) in panel.formula_text()
    assert number_text(z.result.value, shown, False) in panel.formulas.text()


def test_tiny_numbers_get_more_decimals_instead_of_reading_as_zero(window, qtbot):
    session = window.session
    session.select_example(7)
    session.select_neuron(1, 1)
    panel = show_panel(window, qtbot)
    while not (session.snapshot.phase is not None and session.snapshot.phase.kind == "backward"
               and session.snapshot.phase.layer == 1):
        session.step_phase()
    qtbot.waitUntil(lambda: panel.numbers is not None and panel.numbers.backward != (), timeout=10000)
    for f in panel.numbers.backward:
        shown = enough_digits(f, 2)
        assert number_text(f.result.value, shown, False) in panel.formulas.text()
        if f.result.value != 0 and abs(f.result.value) < 0.005:
            assert shown > 2 and number_text(f.result.value, shown, False).strip("−0.") != ""

"""ComputationGraphLab: the course's numbers appear in the boxes, forward then backward, from core."""

from __future__ import annotations

import pytest

from backprop_studio.core.teaching.computation_graph import logistic_graph, simple_graph
from backprop_studio.gui.labs.computation_graph_lab import ComputationGraphLab
from backprop_studio.gui.labs.graph_panel import wrap_formula
from backprop_studio.gui.labs.graph_scene import format_number


@pytest.fixture
def lab(qtbot) -> ComputationGraphLab:
    widget = ComputationGraphLab()
    qtbot.addWidget(widget)
    for panel in (widget.simple, widget.logistic):
        panel.step_interval_ms = 5  # the animation, just fast
    return widget


def test_tabs(lab):
    assert [lab.tabs.tabText(i) for i in range(lab.tabs.count())] == ["J = 3(a + bc)", "Logistic regression (one example)"]


def test_before_forward_only_the_inputs_have_values(lab):
    panel = lab.simple
    assert panel.inputs() == {"a": 5.0, "b": 3.0, "c": 2.0}
    assert [panel.value_text(n) for n in ("a", "b", "c", "u", "v", "J")] == ["5", "3", "2", "?", "?", "?"]
    assert panel.grad_text("a") == "" and panel.steps() == []


def test_forward_then_backward_shows_the_courses_numbers(lab, qtbot):
    panel = lab.simple
    with qtbot.waitSignal(panel.forward_finished):
        panel.forward_button.click()
    assert panel.node_lines("J")[0] == "J = 33"
    assert (panel.value_text("u"), panel.value_text("v"), panel.value_text("J")) == ("6", "11", "33")
    assert panel.scene.edge_text("b", "u") == "∂u/∂b = c\n= 2"
    with qtbot.waitSignal(panel.backward_finished):
        panel.backward_button.click()
    assert panel.node_lines("a")[1] == "dJ/da = 3"
    grads = {name: panel.grad_text(name) for name in ("J", "v", "u", "a", "b", "c")}
    assert grads == {"J": "1", "v": "3", "u": "3", "a": "3", "b": "6", "c": "9"}
    # The list is core's chain rule, after dJ/dJ = 1, and the last step stays highlighted.
    assert panel.steps() == ["dJ/dJ = 1", *simple_graph(5, 3, 2).chain_rule_steps()]
    assert panel.current_step() == "dJ/dc = dJ/du · du/dc = 3 · 3 = 9"


def test_forward_fills_one_node_at_a_time(lab, qtbot):
    panel = lab.simple
    seen = []
    panel.node_filled.connect(lambda name: seen.append((name, tuple(panel.value_text(n) for n in ("u", "v", "J")))))
    with qtbot.waitSignal(panel.forward_finished):
        panel.forward()
        # Right after the click only u is known, and it is highlighted with its incoming edges.
        assert (panel.value_text("u"), panel.value_text("v"), panel.value_text("J")) == ("6", "?", "?")
        nodes, edges = panel.scene.highlighted()
        assert nodes == {"u"} and edges == {("b", "u"), ("c", "u")}
        assert panel.busy
    # Left to right, one node per tick: u, then v (J still unknown), then J.
    assert seen == [("u", ("6", "?", "?")), ("v", ("6", "11", "?")), ("J", ("6", "11", "33"))]
    assert not panel.busy


def test_backward_goes_right_to_left(lab, qtbot):
    panel = lab.simple
    seen = []
    panel.node_filled.connect(seen.append)
    with qtbot.waitSignal(panel.backward_finished):
        panel.backward()
    assert seen == ["J", "v", "a", "u", "b", "c"]  # core's backward_order


def test_backward_highlights_each_step_in_turn(lab, qtbot):
    panel = lab.simple
    panel.animate_box.setChecked(False)
    panel.forward()
    panel.animate_box.setChecked(True)
    panel.step_interval_ms = 10_000  # stay on the first steps
    panel.backward()
    assert panel.current_step() == "dJ/dJ = 1"
    assert panel.grad_text("J") == "1" and panel.grad_text("v") == ""
    panel.advance()
    assert panel.current_step() == "dJ/dv = 3" and panel.grad_text("v") == "3"
    assert panel.scene.highlighted() == ({"v"}, {("v", "J")})
    panel.reset()
    assert not panel.busy and panel.grad_text("v") == "" and panel.steps() == []


def test_changing_b_and_forward_gives_39(lab, qtbot):
    panel = lab.simple
    panel.animate_box.setChecked(False)
    panel.forward()
    panel.spin_boxes["b"].setValue(4.0)
    # Stale numbers are cleared at once: the inputs changed.
    assert panel.value_text("J") == "?" and panel.value_text("b") == "4"
    with qtbot.waitSignal(panel.forward_finished):
        panel.forward_button.click()
    assert panel.value_text("J") == "39"
    panel.backward_button.click()
    assert panel.grad_text("c") == "12"  # dJ/dc = 3b


def test_backward_without_forward_computes_forward_first(lab):
    panel = lab.simple
    panel.animate_box.setChecked(False)
    panel.backward()
    assert panel.value_text("J") == "33" and panel.grad_text("b") == "6"


def test_reset_clears(lab):
    panel = lab.simple
    panel.animate_box.setChecked(False)
    panel.forward()
    panel.backward()
    panel.reset_button.click()
    assert panel.value_text("J") == "?" and panel.grad_text("a") == "" and panel.steps() == []
    assert panel.value_text("a") == "5"


def test_logistic_shows_dz_equals_a_minus_y(lab, qtbot):
    lab.show_logistic()
    panel = lab.logistic
    panel.animate_box.setChecked(False)
    panel.set_inputs(x1=2.0, x2=-1.0, w1=0.3, w2=0.8, b=0.1, y=0.0)
    panel.forward()
    panel.backward()
    graph = logistic_graph(2.0, -1.0, 0.3, 0.8, 0.1, 0.0)
    graph.backward()
    node = graph.node
    assert panel.value_text("z") == format_number(node("z").value)
    assert panel.value_text("a") == format_number(node("a").value)
    assert panel.value_text("L") == format_number(node("L").value)
    for name in ("a", "z", "w1", "w2", "b"):
        assert panel.grad_text(name) == format_number(node(name).grad)
    assert node("z").grad == pytest.approx(node("a").value - 0.0)
    dz = format_number(node("z").grad)
    assert f"dz = a − y = {format_number(node('a').value)} − 0 = {dz}" in panel.shorthand_label.text()
    assert panel.grad_text("w1") == format_number(2.0 * node("z").grad)  # dw1 = x1 dz
    assert panel.steps()[1:] == graph.chain_rule_steps()


def test_logistic_takes_no_derivative_with_respect_to_the_label(lab, qtbot):
    """The course's backward pass ends at dw1, dw2, db: y is given, so the lab never shows dL/dy."""
    lab.show_logistic()
    panel = lab.logistic
    panel.animate_box.setChecked(False)
    panel.forward()
    panel.backward()
    value, grad = panel.node_lines("y")
    assert value == "y = 1" and grad == ""
    assert not any("dL/dy" in step for step in panel.steps())
    assert "dL/dy" not in panel.shorthand_label.text() and "dy" not in panel.shorthand_label.text()
    assert not panel.has_derivative_label("y", "L")  # a bare arrow: y flows into L
    assert panel.has_derivative_label("a", "L") and panel.has_derivative_label("w1", "z")
    assert panel.grad_text("w1") != ""  # the others all have their derivative


def test_long_formulas_take_two_lines():
    assert wrap_formula("u = b·c") == "u = b·c"
    assert wrap_formula("L = −(y log a + (1 − y) log(1 − a))") == "L = −(y log a\n    + (1 − y) log(1 − a))"

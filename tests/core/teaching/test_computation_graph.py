"""The computation-graph lesson: the course's numbers, the chain rule, and numerical derivatives."""

from __future__ import annotations

import math

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from backprop_studio.core.teaching.computation_graph import Edge, Graph, Node, logistic_graph, simple_graph


def numerical_derivative(graph: Graph, name: str, h: float) -> float:
    """(J(node + h) − J(node − h)) / 2h, the node forced to each value and the rest recomputed."""
    value = graph.evaluate()[name]
    up = graph.evaluate({name: value + h})[graph.output]
    down = graph.evaluate({name: value - h})[graph.output]
    return (up - down) / (2.0 * h)


# --- J = 3(a + bc) -----------------------------------------------------------------------------
def test_simple_graph_forward_matches_the_course():
    graph = simple_graph()
    assert graph.values() == {"a": 5.0, "b": 3.0, "c": 2.0, "u": 6.0, "v": 11.0, "J": 33.0}
    assert graph.node("u").formula == "u = b·c"


def test_simple_graph_backward_matches_the_course():
    graph = simple_graph()
    grads = graph.backward()
    assert grads == {"J": 1.0, "v": 3.0, "u": 3.0, "a": 3.0, "b": 6.0, "c": 9.0}
    assert graph.node("c").grad == 9.0


def test_simple_graph_edges_carry_local_derivatives():
    graph = simple_graph()
    local = {(e.source, e.target): (e.local_derivative_symbol, e.local_value) for e in graph.edges}
    assert local[("v", "J")] == ("∂J/∂v", 3.0)
    assert local[("a", "v")] == ("∂v/∂a", 1.0)
    assert local[("b", "u")] == ("∂u/∂b", 2.0)  # ∂(bc)/∂b = c
    assert local[("c", "u")] == ("∂u/∂c", 3.0)  # ∂(bc)/∂c = b


def test_simple_graph_chain_rule_steps_in_the_courses_order():
    steps = simple_graph().chain_rule_steps()
    assert steps == [
        "dJ/dv = 3",
        "dJ/da = dJ/dv · dv/da = 3 · 1 = 3",
        "dJ/du = dJ/dv · dv/du = 3 · 1 = 3",
        "dJ/db = dJ/du · du/db = 3 · 2 = 6",
        "dJ/dc = dJ/du · du/dc = 3 · 3 = 9",
    ]


def test_the_courses_nudge():
    # "If a goes from 5 to 5.001, J goes from 33 to 33.003": dJ/da = 3.
    graph = simple_graph()
    assert graph.evaluate({"a": 5.001})["J"] == pytest.approx(33.003, abs=1e-12)
    assert graph.evaluate({"v": 11.001})["J"] == pytest.approx(33.003, abs=1e-12)
    assert graph.node("a").value == 5.0  # evaluate stores nothing


def test_changing_an_input_and_rerunning():
    graph = simple_graph()
    graph.node("c").value = -1.0
    assert graph.forward() == 3.0 * (5.0 + 3.0 * -1.0)
    grads = graph.backward()
    assert grads["b"] == 3.0 * -1.0 and grads["c"] == 3.0 * 3.0
    assert "dJ/db = dJ/du · du/db = 3 · (-1) = -3" in graph.chain_rule_steps()


finite = st.floats(-100, 100, allow_nan=False, allow_infinity=False)


@settings(max_examples=200, deadline=None)
@given(a=finite, b=finite, c=finite)
def test_simple_graph_derivatives_equal_numerical_ones(a, b, c):
    graph = simple_graph(a, b, c)
    assert graph.node("J").value == pytest.approx(3 * (a + b * c), rel=1e-12, abs=1e-12)
    grads = graph.backward()
    assert grads["a"] == 3.0 and grads["b"] == 3.0 * c and grads["c"] == 3.0 * b
    for name in ("a", "b", "c", "u", "v"):
        # J is linear in each node alone, so the central difference is exact up to rounding.
        assert grads[name] == pytest.approx(numerical_derivative(graph, name, 1e-3), rel=1e-6, abs=1e-6)


# --- logistic regression on one example -------------------------------------------------------
def _sigmoid(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-z))


def test_logistic_graph_forward_and_course_derivatives():
    x1, x2, w1, w2, b, y = 1.5, -2.0, 0.4, 0.3, 0.2, 1.0
    graph = logistic_graph(x1, x2, w1, w2, b, y)
    z = w1 * x1 + w2 * x2 + b
    a = _sigmoid(z)
    values = graph.values()
    assert values["z"] == pytest.approx(z, rel=1e-15)
    assert values["a"] == pytest.approx(a, rel=1e-15)
    assert values["L"] == pytest.approx(-(y * math.log(a) + (1 - y) * math.log(1 - a)), rel=1e-14)
    grads = graph.backward()
    dz = a - y
    assert grads["a"] == pytest.approx(-y / a + (1 - y) / (1 - a), rel=1e-13)
    assert grads["z"] == pytest.approx(dz, rel=1e-13)
    assert grads["w1"] == pytest.approx(x1 * dz, rel=1e-13)
    assert grads["w2"] == pytest.approx(x2 * dz, rel=1e-13)
    assert grads["b"] == pytest.approx(dz, rel=1e-13)


def test_the_label_y_has_no_derivative():
    """The course takes dL/da, dz, dw1, dw2, db — never a derivative with respect to the label y."""
    graph = logistic_graph(x1=1.0, x2=2.0, w1=0.5, w2=0.25, b=-0.5, y=1.0)
    grads = graph.backward()
    assert grads["y"] is None and "y" not in graph.backward_order()
    assert not any(step.startswith("dL/dy") for step in graph.chain_rule_steps())
    (edge,) = graph.outgoing("y")
    assert edge.target == "L" and edge.local_derivative_symbol == "" and edge.local_value is None
    # y still decides L: the loss of a wrong label is larger.
    assert graph.evaluate({"y": 0.0})["L"] > graph.evaluate()["L"]


def test_logistic_chain_rule_steps():
    graph = logistic_graph(x1=1.0, x2=2.0, w1=0.5, w2=0.25, b=-0.5, y=1.0)
    steps = graph.chain_rule_steps()
    # z = 0.5, a = σ(0.5) = 0.62246, da = −1/a = −(1 + e^−0.5) = −1.60653,
    # a(1 − a) = 0.23500, dz = a − 1 = −0.37754
    assert steps[0] == "dL/da = −y/a + (1 − y)/(1 − a) = -1.607"
    assert "dL/dz = dL/da · da/dz = -1.607 · 0.235 = -0.3775" in steps
    assert "dL/dw1 = dL/dz · dz/dw1 = -0.3775 · 1 = -0.3775" in steps
    assert "dL/dw2 = dL/dz · dz/dw2 = -0.3775 · 2 = -0.7551" in steps
    assert "dL/db = dL/dz · dz/db = -0.3775 · 1 = -0.3775" in steps
    names = [step.split(" =")[0] for step in steps]
    # Backward order: each derivative only after the ones it needs.
    assert names.index("dL/da") < names.index("dL/dz") < names.index("dL/dw1")


@pytest.mark.parametrize("z_sign", [1.0, -1.0])
@pytest.mark.parametrize("y", [0.0, 1.0])
def test_logistic_loss_is_finite_when_a_rounds_to_0_or_1(z_sign, y):
    # z = ±800: σ(z) is exactly 1.0 or 0.0 in float64, yet L must stay finite (no log(0)).
    graph = logistic_graph(x1=1.0, x2=0.0, w1=800.0 * z_sign, w2=0.0, b=0.0, y=y)
    a, L = graph.node("a").value, graph.node("L").value
    assert a in (0.0, 1.0)
    wrong = (z_sign > 0) != (y == 1.0)
    assert L == (800.0 if wrong else 0.0)


def test_logistic_backward_stays_accurate_for_large_z():
    # z = 30, y = 0: da ≈ e^30 and a(1 − a) ≈ e^−30; their product must still be a − y.
    graph = logistic_graph(x1=1.0, x2=0.0, w1=30.0, w2=0.0, b=0.0, y=0.0)
    grads = graph.backward()
    assert grads["z"] == pytest.approx(_sigmoid(30.0), rel=1e-12)


small = st.floats(-2, 2, allow_nan=False, allow_infinity=False)


@settings(max_examples=200, deadline=None)
@given(x1=small, x2=small, w1=small, w2=small, b=small, y=st.floats(0, 1))
def test_logistic_derivatives_equal_numerical_ones(x1, x2, w1, w2, b, y):
    graph = logistic_graph(x1, x2, w1, w2, b, y)
    grads = graph.backward()
    a = graph.node("a").value
    assume(min(a, 1.0 - a) > 1e-6)
    assert grads["z"] == pytest.approx(a - y, rel=1e-9, abs=1e-12)
    for name in ("x1", "x2", "w1", "w2", "b", "z"):
        assert grads[name] == pytest.approx(numerical_derivative(graph, name, 1e-6), rel=1e-6, abs=1e-8)
    assert grads["y"] is None  # the label is given: no dL/dy
    # Nudging a alone must keep a inside (0, 1): a step proportional to its distance from the edges.
    h = 1e-4 * min(a, 1.0 - a)
    # da = −y/a + (1 − y)/(1 − a) can cancel to near 0 (y ≈ a): measure the error against its terms.
    scale = y / a + (1.0 - y) / (1.0 - a)
    assert grads["a"] == pytest.approx(numerical_derivative(graph, "a", h), rel=1e-6, abs=1e-6 * scale)


# --- the graph machinery ----------------------------------------------------------------------
def test_node_feeding_two_consumers_sums_the_paths():
    # J = x·y + x: x reaches J twice, so dJ/dx = y + 1.
    nodes = [
        Node("x", "x", 2.0),
        Node("y", "y", 5.0),
        Node("p", "p = x·y", compute=lambda v: v["x"] * v["y"]),
        Node("J", "J = p + x", compute=lambda v: v["p"] + v["x"]),
    ]
    edges = [
        Edge("p", "J", "∂J/∂p", local_formula="1", derivative=lambda v: 1.0),
        Edge("x", "J", "∂J/∂x", local_formula="1", derivative=lambda v: 1.0),
        Edge("x", "p", "∂p/∂x", local_formula="y", derivative=lambda v: v["y"]),
        Edge("y", "p", "∂p/∂y", local_formula="x", derivative=lambda v: v["x"]),
    ]
    graph = Graph(nodes, edges)
    assert graph.forward() == 12.0
    assert graph.backward()["x"] == 6.0
    assert "dJ/dx = ∂J/∂x + dJ/dp · dp/dx = 1 + 1 · 5 = 6" in graph.chain_rule_steps()
    # x waits for both of its consumers (p and J) before its own gradient is summed.
    assert graph.backward_order() == ["J", "p", "x", "y"]


def test_graph_refuses_bad_structure():
    with pytest.raises(ValueError, match="unique"):
        Graph([Node("a", "a", 1.0), Node("a", "a", 2.0)], [])
    with pytest.raises(ValueError, match="unknown node"):
        Graph([Node("a", "a", 1.0)], [Edge("a", "q", "∂q/∂a")])
    with pytest.raises(ValueError, match="backwards"):
        Graph([Node("a", "a", 1.0), Node("b", "b", 2.0)], [Edge("b", "a", "∂a/∂b")])

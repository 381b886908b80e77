"""Computation graphs for the course's lesson on derivatives and the chain rule.

Two graphs from the course:

* ``simple_graph``: J = 3(a + bc), split into u = bc, v = a + u, J = 3v.
  With a = 5, b = 3, c = 2: u = 6, v = 11, J = 33 and, going backwards,
  dJ/dv = 3, dJ/du = 3, dJ/da = 3, dJ/db = 6, dJ/dc = 9.
* ``logistic_graph``: one example of logistic regression,
  z = w1 x1 + w2 x2 + b, a = σ(z), L = −(y log a + (1 − y) log(1 − a)),
  whose backward pass gives the course's da, dz = a − y, dw1 = x1 dz, dw2 = x2 dz, db = dz.
  The label y feeds L but is given, not learned: the course never takes dL/dy, and neither does
  the graph (a node with ``differentiated=False``, an edge without a local derivative).

A graph is scalar, so plain Python floats and ``math`` are used. Each edge
source → target carries the local derivative ∂target/∂source; ``backward``
applies the chain rule: dJ/dnode = Σ over outgoing edges of dJ/dtarget × ∂target/∂node.
"""

from __future__ import annotations

import math
from collections import deque
from dataclasses import dataclass, field
from typing import Callable, Mapping

Values = Mapping[str, float]


@dataclass
class Node:
    """One quantity of the graph; ``grad`` is dJ/d(this node) once ``backward`` has run."""

    name: str
    formula: str
    value: float | None = None
    grad: float | None = None
    #: computes the value from the values of earlier nodes; None for an input.
    compute: Callable[[Values], float] | None = field(default=None, repr=False, compare=False)
    #: False for a given quantity no derivative is taken with respect to (a label y): its grad stays None.
    differentiated: bool = True

    @property
    def is_input(self) -> bool:
        return self.compute is None


@dataclass
class Edge:
    """source → target, with the local derivative ∂target/∂source (symbol, formula, value).

    An edge out of a node that is not differentiated carries no derivative (empty symbol, no value)."""

    source: str
    target: str
    local_derivative_symbol: str
    local_value: float | None = None
    local_formula: str = ""
    derivative: Callable[[Values], float] | None = field(default=None, repr=False, compare=False)


def _fmt(x: float | None, digits: int = 4) -> str:
    if x is None:
        return "?"
    if x == 0:
        return "0"  # never print "-0"
    return f"{x:.{digits}g}"


def _factor(x: float | None, digits: int = 4) -> str:
    # A negative factor in a product is bracketed: "-0.5 · (-0.3)", not "-0.5 · -0.3".
    text = _fmt(x, digits)
    return f"({text})" if text.startswith("-") else text


class Graph:
    """Nodes in forward (topological) order, edges, and the output node's name."""

    def __init__(self, nodes: list[Node], edges: list[Edge], output: str | None = None) -> None:
        self.nodes = nodes
        self.edges = edges
        self.output = output if output is not None else nodes[-1].name
        self._by_name = {node.name: node for node in nodes}
        if len(self._by_name) != len(nodes):
            raise ValueError("node names must be unique")
        position = {node.name: i for i, node in enumerate(nodes)}
        for edge in edges:
            if edge.source not in position or edge.target not in position:
                raise ValueError(f"edge {edge.source} → {edge.target} names an unknown node")
            if position[edge.source] >= position[edge.target]:
                raise ValueError(f"edge {edge.source} → {edge.target} goes backwards in the node order")

    def node(self, name: str) -> Node:
        """The node called ``name``."""
        return self._by_name[name]

    def outgoing(self, name: str) -> list[Edge]:
        """Edges leaving ``name``: the nodes it feeds."""
        return [edge for edge in self.edges if edge.source == name]

    def incoming(self, name: str) -> list[Edge]:
        """Edges arriving at ``name``: the nodes it is computed from."""
        return [edge for edge in self.edges if edge.target == name]

    def evaluate(self, overrides: Mapping[str, float] | None = None) -> dict[str, float]:
        """Every node's value, with the nodes in ``overrides`` forced to the given values.

        Nothing is stored. Forcing an intermediate node (say u = 6.001) and reading
        the output is the course's "nudge u a little and see how J moves".
        """
        overrides = overrides or {}
        values: dict[str, float] = {}
        for node in self.nodes:
            if node.name in overrides:
                values[node.name] = float(overrides[node.name])
            elif node.compute is None:
                if node.value is None:
                    raise ValueError(f"input {node.name} has no value")
                values[node.name] = float(node.value)
            else:
                values[node.name] = float(node.compute(values))
        return values

    def forward(self) -> float:
        """Fill every node's value and every edge's local derivative; return the output."""
        values = self.evaluate()
        for node in self.nodes:
            node.value = values[node.name]
            node.grad = None
        for edge in self.edges:
            edge.local_value = float(edge.derivative(values)) if edge.derivative else None
        return values[self.output]

    def backward_order(self) -> list[str]:
        """Node names from the output backwards, each only after every node it feeds.

        Breadth-first from the output, in edge order, gives the course's order
        (dJ/dv, dJ/da, dJ/du, dJ/db, dJ/dc); a node waits until all its consumers are done.
        """
        waiting = {node.name: len(self.outgoing(node.name)) for node in self.nodes}
        order: list[str] = []
        queue = deque([self.output])
        while queue:
            name = queue.popleft()
            order.append(name)
            for edge in self.incoming(name):
                waiting[edge.source] -= 1
                if waiting[edge.source] == 0:
                    queue.append(edge.source)
        return [name for name in order if self.node(name).differentiated]

    def backward(self) -> dict[str, float]:
        """Fill each node's grad dJ/dnode by the chain rule; return {name: grad}."""
        if any(edge.local_value is None and edge.derivative is not None for edge in self.edges):
            self.forward()
        for node in self.nodes:
            # A node that does not reach the output does not change it; a given one has no derivative.
            node.grad = 0.0 if node.differentiated else None
        self.node(self.output).grad = 1.0
        for name in self.backward_order()[1:]:
            self.node(name).grad = sum(
                self.node(edge.target).grad * edge.local_value for edge in self.outgoing(name)
            )
        return self.grads()

    def values(self) -> dict[str, float | None]:
        """{name: value} as the last ``forward`` left them."""
        return {node.name: node.value for node in self.nodes}

    def grads(self) -> dict[str, float | None]:
        """{name: dJ/dname} as the last ``backward`` left them."""
        return {node.name: node.grad for node in self.nodes}

    def chain_rule_steps(self, digits: int = 4) -> list[str]:
        """One line per node in backward order, e.g. "dJ/da = dJ/dv · dv/da = 3 · 1 = 3"."""
        if any(node.grad is None and node.differentiated for node in self.nodes):
            self.backward()
        out = self.output
        steps = []
        for name in self.backward_order()[1:]:
            edges = self.outgoing(name)
            grad = _fmt(self.node(name).grad, digits)
            if len(edges) == 1 and edges[0].target == out:
                # Fed straight into the output: the local derivative is the whole answer.
                edge = edges[0]
                formula = edge.local_formula
                shown = f" = {formula}" if formula and formula != grad else ""
                steps.append(f"d{out}/d{name}{shown} = {grad}")
                continue
            # An edge straight into the output contributes its local derivative alone.
            symbolic = " + ".join(
                f"∂{out}/∂{name}" if e.target == out else f"d{out}/d{e.target} · d{e.target}/d{name}"
                for e in edges
            )
            numeric = " + ".join(
                _fmt(e.local_value, digits)
                if e.target == out
                else f"{_fmt(self.node(e.target).grad, digits)} · {_factor(e.local_value, digits)}"
                for e in edges
            )
            steps.append(f"d{out}/d{name} = {symbolic} = {numeric} = {grad}")
        return steps


# --- the course's graphs ----------------------------------------------------------------------
def _edge(source: str, target: str, formula: str, derivative: Callable[[Values], float]) -> Edge:
    return Edge(source, target, f"∂{target}/∂{source}", None, formula, derivative)


def simple_graph(a: float = 5.0, b: float = 3.0, c: float = 2.0) -> Graph:
    """J = 3(a + bc) as u = bc, v = a + u, J = 3v, already forward-computed."""
    nodes = [
        Node("a", "a", a),
        Node("b", "b", b),
        Node("c", "c", c),
        Node("u", "u = b·c", compute=lambda v: v["b"] * v["c"]),
        Node("v", "v = a + u", compute=lambda v: v["a"] + v["u"]),
        Node("J", "J = 3v", compute=lambda v: 3.0 * v["v"]),
    ]
    edges = [
        _edge("v", "J", "3", lambda v: 3.0),
        _edge("a", "v", "1", lambda v: 1.0),
        _edge("u", "v", "1", lambda v: 1.0),
        _edge("b", "u", "c", lambda v: v["c"]),
        _edge("c", "u", "b", lambda v: v["b"]),
    ]
    graph = Graph(nodes, edges, "J")
    graph.forward()
    return graph


def _sigmoid(z: float) -> float:
    # Two branches so that math.exp only ever sees a non-positive number (never overflows).
    if z >= 0:
        return 1.0 / (1.0 + math.exp(-z))
    e = math.exp(z)
    return e / (1.0 + e)


def _softplus(z: float) -> float:
    """log(1 + e^z) without overflow: max(z, 0) + log(1 + e^−|z|)."""
    return max(z, 0.0) + math.log1p(math.exp(-abs(z)))


def _one_plus_exp(t: float) -> float:
    """1 + e^t, or inf when e^t is beyond float64 (t > ~709), as a Python float."""
    try:
        return 1.0 + math.exp(t)
    except OverflowError:
        return math.inf


def _loss(v: Values) -> float:
    a, y, z = v["a"], v["y"], v["z"]
    if a == _sigmoid(z):
        # a came from z: L = softplus(z) − y z is the same loss, finite even where a
        # has rounded to exactly 0 or 1 and log(a) or log(1 − a) would be log(0).
        return _softplus(z) - y * z
    # a was set by hand (a nudge of a alone): use the course's formula on a itself.
    return -(y * math.log(a) + (1.0 - y) * math.log1p(-a))


def _dL_da(v: Values) -> float:
    # −y/a + (1 − y)/(1 − a) with 1/a = 1 + e^−z and 1/(1 − a) = 1 + e^z: no division by
    # an a that has rounded to 0 or 1. A zero coefficient skips its (possibly infinite) term.
    y, z = v["y"], v["z"]
    total = 0.0
    if y != 0.0:
        total -= y * _one_plus_exp(-z)
    if y != 1.0:
        total += (1.0 - y) * _one_plus_exp(z)
    return total


def logistic_graph(
    x1: float = 1.0, x2: float = 2.0, w1: float = 0.5, w2: float = 0.25, b: float = -0.5, y: float = 1.0
) -> Graph:
    """Logistic regression on one example (x1, x2, y), already forward-computed.

    Backward gives the course's da = −y/a + (1−y)/(1−a), dz = a − y, dw1 = x1 dz,
    dw2 = x2 dz, db = dz (and dx1, dx2). The label y is given: no dL/dy, which the course never uses.
    For |z| beyond ~700 da overflows and dz = da · a(1 − a) is no longer representable:
    the reason the course (and core.nn.losses) computes dz = a − y directly.
    """
    nodes = [
        Node("x1", "x1", x1),
        Node("w1", "w1", w1),
        Node("x2", "x2", x2),
        Node("w2", "w2", w2),
        Node("b", "b", b),
        Node("y", "y", y, differentiated=False),
        Node("z", "z = w1·x1 + w2·x2 + b", compute=lambda v: v["w1"] * v["x1"] + v["w2"] * v["x2"] + v["b"]),
        Node("a", "a = σ(z)", compute=lambda v: _sigmoid(v["z"])),
        Node("L", "L = −(y log a + (1 − y) log(1 − a))", compute=_loss),
    ]
    edges = [
        _edge("a", "L", "−y/a + (1 − y)/(1 − a)", _dL_da),
        Edge("y", "L", ""),  # y flows into L; the course takes no derivative with respect to a label
        # a(1 − a) written as σ(z) σ(−z), so 1 − a keeps its digits when a is near 1.
        _edge("z", "a", "a(1 − a)", lambda v: _sigmoid(v["z"]) * _sigmoid(-v["z"])),
        _edge("w1", "z", "x1", lambda v: v["x1"]),
        _edge("w2", "z", "x2", lambda v: v["x2"]),
        _edge("b", "z", "1", lambda v: 1.0),
        _edge("x1", "z", "w1", lambda v: v["w1"]),
        _edge("x2", "z", "w2", lambda v: v["w2"]),
    ]
    graph = Graph(nodes, edges, "L")
    graph.forward()
    return graph

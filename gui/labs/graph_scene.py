"""GraphScene: a core.teaching.computation_graph.Graph drawn as boxes and arrows in a QGraphicsScene.

Each node is a rounded box with three lines — what it is (its formula), its value,
and d(output)/d(node) once backward propagation has reached it. Each edge is an
arrow source → target labelled with its local derivative ∂target/∂source. The scene
only shows what it is told (``show_value``, ``show_grad``, ``highlight``); the numbers
all come from the Graph, which core computes. Everything is built from Qt's own
items (no Python painting), once per graph, and sized for the widest numbers, so
nothing moves while values arrive.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainterPath, QPalette, QPen
from PySide6.QtWidgets import QGraphicsPathItem, QGraphicsRectItem, QGraphicsScene, QGraphicsSimpleTextItem

from ...core.teaching.computation_graph import Edge, Graph

#: Scene units between box rows (positions are given as (column, row)); columns are spaced to fit.
ROW = 115.0
PAD = 10.0
MIN_BOX_WIDTH = 120.0
ARROW = 10.0
#: Space around an edge label between two columns, and the least gap between columns.
LABEL_MARGIN, MIN_GAP = 28.0, 80.0
#: The widest number the boxes and labels are sized for.
WIDEST_NUMBER = "-0.0001234"
#: Text in the boxes is this much larger than the window's font: the graph is read from afar.
FONT_SCALE = 1.35
GRADIENT_LIGHT, GRADIENT_DARK = QColor(165, 35, 110), QColor(240, 140, 200)
HIGHLIGHT = QColor(230, 120, 20)


def format_number(x: float | None) -> str:
    """4 significant digits as the chain-rule lines print them; "?" when not computed yet."""
    if x is None:
        return "?"
    if x == 0:
        return "0"  # never "-0"
    return f"{x:.4g}"


#: A local-derivative formula longer than this goes on a line of its own under its symbol.
LONG_FORMULA = 12


def edge_text(edge: Edge, with_value: bool) -> str:
    """"∂u/∂b = c", then "= 2" on a second line once known (never "= 3 = 3")."""
    text = edge.local_derivative_symbol
    if edge.local_formula:
        separator = " =\n" if len(edge.local_formula) > LONG_FORMULA else " = "
        text += f"{separator}{edge.local_formula}"
    if with_value and edge.local_value is not None:
        value = format_number(edge.local_value)
        if value != edge.local_formula:
            text += f"\n= {value}"
    return text


class NodeItem:
    """A node's box and its three text lines (title, value, gradient)."""

    def __init__(self, scene: QGraphicsScene, title: str, font: QFont) -> None:
        self.box = QGraphicsPathItem()
        scene.addItem(self.box)
        bold = QFont(font)
        bold.setBold(True)
        self.title = QGraphicsSimpleTextItem(title, self.box)
        self.title.setFont(bold)
        self.value = QGraphicsSimpleTextItem("", self.box)
        self.value.setFont(font)
        self.grad = QGraphicsSimpleTextItem("", self.box)
        self.grad.setFont(font)
        self.size = QRectF()

    def layout(self, centre: QPointF, width: float, line_height: float) -> None:
        title_lines = self.title.text().count("\n") + 1  # a long formula may take two lines
        height = (title_lines + 2) * line_height + 2 * PAD
        self.size = QRectF(centre.x() - width / 2, centre.y() - height / 2, width, height)
        path = QPainterPath()
        path.addRoundedRect(self.size, 12.0, 12.0)
        self.box.setPath(path)
        top = self.size.top() + PAD
        self.title.setPos(self.size.left() + PAD, top)
        self.value.setPos(self.size.left() + PAD, top + title_lines * line_height)
        self.grad.setPos(self.size.left() + PAD, top + (title_lines + 1) * line_height)


class EdgeItem:
    """An arrow between two boxes with its local-derivative label on a small backing plate."""

    def __init__(self, scene: QGraphicsScene, font: QFont) -> None:
        self.arrow = QGraphicsPathItem()
        self.arrow.setZValue(-1)
        scene.addItem(self.arrow)
        self.plate = QGraphicsRectItem()
        self.plate.setZValue(0.5)
        scene.addItem(self.plate)
        self.label = QGraphicsSimpleTextItem("", self.plate)
        self.label.setFont(font)
        self.start = QPointF()
        self.end = QPointF()

    def layout(self, start: QPointF, end: QPointF) -> None:
        self.start, self.end = start, end
        path = QPainterPath(start)
        path.lineTo(end)
        # The head: a small closed triangle at the target (the open line fills to nothing).
        angle = math.atan2(end.y() - start.y(), end.x() - start.x())
        left = end - QPointF(math.cos(angle - 0.4), math.sin(angle - 0.4)) * ARROW * 1.6
        right = end - QPointF(math.cos(angle + 0.4), math.sin(angle + 0.4)) * ARROW * 1.6
        path.moveTo(end)
        path.lineTo(left)
        path.lineTo(right)
        path.closeSubpath()
        self.arrow.setPath(path)
        self.place_label()

    def place_label(self) -> None:
        """Centre the label on the middle of the visible arrow."""
        rect = self.label.boundingRect()
        at = (self.start + self.end) / 2
        self.plate.setRect(QRectF(0, 0, rect.width() + 6, rect.height() + 2))
        self.plate.setPos(at.x() - rect.width() / 2 - 3, at.y() - rect.height() / 2 - 1)
        self.label.setPos(3, 1)


class GraphScene(QGraphicsScene):
    """The boxes and arrows of one Graph at the given (column, row) positions."""

    def __init__(self, graph: Graph, positions: dict[str, tuple[int, float]], titles: dict[str, str],
                 font: QFont, palette: QPalette) -> None:
        super().__init__()
        self.graph = graph
        self._positions = positions
        self._font = QFont(font)
        self._font.setPointSizeF(max(font.pointSizeF(), 9.0) * FONT_SCALE)
        self.nodes = {node.name: NodeItem(self, titles[node.name], self._font) for node in graph.nodes}
        self.edges = {(e.source, e.target): EdgeItem(self, self._font) for e in graph.edges}
        self._highlighted_nodes: set[str] = set()
        self._highlighted_edges: set[tuple[str, str]] = set()
        self.restyle(palette)

    # ------------------------------------------------------------------ what is shown
    def set_graph(self, graph: Graph) -> None:
        """Show another Graph of the same shape (new input values)."""
        self.graph = graph

    def set_titles(self, titles: dict[str, str]) -> None:
        for name, title in titles.items():
            self.nodes[name].title.setText(title)
        self.relayout()

    def show_value(self, name: str, shown: bool = True) -> None:
        node = self.graph.node(name)
        self.nodes[name].value.setText(f"{name} = {format_number(node.value) if shown else '?'}")

    def show_grad(self, name: str, shown: bool = True) -> None:
        node = self.graph.node(name)
        out = self.graph.output
        self.nodes[name].grad.setText(f"d{out}/d{name} = {format_number(node.grad)}" if shown else "")

    def show_local_derivatives(self, with_values: bool) -> None:
        """Label each edge "∂v/∂a = 1" (the formula, and its number once forward has run)."""
        for edge in self.graph.edges:
            item = self.edges[(edge.source, edge.target)]
            item.label.setText(edge_text(edge, with_values))
            item.place_label()

    def highlight(self, nodes: set[str] = frozenset(), edges: set[tuple[str, str]] = frozenset()) -> None:
        """Draw these nodes and edges in the highlight colours (all others plain)."""
        self._highlighted_nodes, self._highlighted_edges = set(nodes), set(edges)
        self._apply_pens()

    def value_text(self, name: str) -> str:
        return self.nodes[name].value.text()

    def grad_text(self, name: str) -> str:
        return self.nodes[name].grad.text()

    def edge_text(self, source: str, target: str) -> str:
        return self.edges[(source, target)].label.text()

    def highlighted(self) -> tuple[set[str], set[tuple[str, str]]]:
        return set(self._highlighted_nodes), set(self._highlighted_edges)

    # ------------------------------------------------------------------ look
    def restyle(self, palette: QPalette) -> None:
        self._text = palette.color(QPalette.ColorRole.Text)
        self._base = palette.color(QPalette.ColorRole.Base)
        self._mid = palette.color(QPalette.ColorRole.Mid)
        self._input_fill = palette.color(QPalette.ColorRole.AlternateBase)
        dark = self._base.lightnessF() < 0.5
        self._gradient = GRADIENT_DARK if dark else GRADIENT_LIGHT
        self.setBackgroundBrush(QBrush(self._base))
        for name, item in self.nodes.items():
            fill = self._input_fill if self.graph.node(name).is_input else self._base
            item.box.setBrush(QBrush(fill))
            item.title.setBrush(QBrush(self._text))
            item.value.setBrush(QBrush(self._text))
            item.grad.setBrush(QBrush(self._gradient))
        for item in self.edges.values():
            item.plate.setBrush(QBrush(self._base))
            item.plate.setPen(QPen(Qt.PenStyle.NoPen))
        self._apply_pens()
        self.relayout()

    def _apply_pens(self) -> None:
        for name, item in self.nodes.items():
            on = name in self._highlighted_nodes
            item.box.setPen(QPen(HIGHLIGHT if on else self._mid, 3.5 if on else 1.5))
        for key, item in self.edges.items():
            on = key in self._highlighted_edges
            color = self._gradient if on else self._mid
            item.arrow.setPen(QPen(color, 3.0 if on else 1.5))
            item.arrow.setBrush(QBrush(color))
            item.label.setBrush(QBrush(self._gradient if on else self._text))

    def relayout(self) -> None:
        """Place boxes and arrows, sized for the widest texts they will hold."""
        metrics = QFontMetricsF(self._font)
        bold = QFont(self._font)
        bold.setBold(True)
        bold_metrics = QFontMetricsF(bold)
        line_height = metrics.height() * 1.25
        out = self.graph.output
        widths = {}
        for name, item in self.nodes.items():
            longest = max(*(bold_metrics.horizontalAdvance(line) for line in item.title.text().split("\n")),
                          metrics.horizontalAdvance(f"{name} = {WIDEST_NUMBER}"),
                          metrics.horizontalAdvance(f"d{out}/d{name} = {WIDEST_NUMBER}"))
            widths[name] = max(MIN_BOX_WIDTH, longest + 2 * PAD)
        columns = sorted({int(column) for column, _ in self._positions.values()})
        column_width = {c: max(w for n, w in widths.items() if int(self._positions[n][0]) == c) for c in columns}
        # The gap after a column must hold the widest label of the edges that leave it.
        gap = {c: MIN_GAP for c in columns}
        for edge in self.graph.edges:
            c = int(self._positions[edge.source][0])
            lines = (*edge_text(edge, with_value=False).split("\n"), f"= {WIDEST_NUMBER}")
            gap[c] = max(gap[c], max(metrics.horizontalAdvance(line) for line in lines) + 2 * LABEL_MARGIN)
        x: dict[int, float] = {}
        left = 0.0
        for c in columns:
            x[c] = left + column_width[c] / 2
            left += column_width[c] + gap[c]
        for name, item in self.nodes.items():
            column, row = self._positions[name]
            item.layout(QPointF(x[int(column)], row * ROW), widths[name], line_height)
        for (source, target), item in self.edges.items():
            a, b = self.nodes[source].size, self.nodes[target].size
            item.layout(_border_point(a, b.center()), _border_point(b, a.center()))
        self.setSceneRect(self.itemsBoundingRect().adjusted(-20, -20, 20, 20))


def _border_point(rect: QRectF, towards: QPointF) -> QPointF:
    """Where the line from ``rect``'s centre to ``towards`` leaves the rectangle."""
    c = rect.center()
    dx, dy = towards.x() - c.x(), towards.y() - c.y()
    if dx == 0 and dy == 0:
        return c
    scale = min(rect.width() / 2 / abs(dx) if dx else math.inf, rect.height() / 2 / abs(dy) if dy else math.inf)
    return QPointF(c.x() + dx * scale, c.y() + dy * scale)

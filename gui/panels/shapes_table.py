"""ShapesTable: the course's dimension table for the current network.

One row per layer l = 1..L with the shapes of W[l], b[l], Z[l], A[l], dW[l] and
db[l] (from ``core.training.trainer.layer_shapes``), and under it the two facts a
student checks shapes against: A[0] = X is (n[0], m), and b[l], a single
column, is broadcast across the m columns of W[l]A[l−1]. It follows the
session's latest snapshot, and rebuilds only when the network, m or the batch size changed.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from ...core.session import Snapshot
from ...core.training.trainer import layer_shapes
from ..model.session import TrainingSession
from ..widgets.course_text import course_rich, nobreak, unbroken

COLUMNS = ("W", "b", "Z", "A", "dW", "db")


def shape_text(shape: tuple[int, ...]) -> str:
    """"(4, 320)"."""
    return "(" + ", ".join(str(n) for n in shape) + ")"


def broadcast_sentence(layer: int, n_l: int, m: int) -> str:
    """Rich text: "b[l] (n[l], 1) is broadcast across the m = 320 columns of W[l]A[l−1] (n[l], m)"."""
    product = "W[1]X" if layer == 1 else f"W[{layer}]A[{layer - 1}]"
    text = QCoreApplication.translate("ShapesTable", "%1 %2 is broadcast across the m = %3 columns of %4 %5: "
                                      "the same bias is added to every example.")
    # Non-breaking spaces: a shape or "m = 320" split over two lines reads as two things.
    return (text.replace("%1", course_rich(f"b[{layer}]")).replace("%2", nobreak(shape_text((n_l, 1))))
            .replace("m = %3", nobreak(f"m = {m}")).replace("%3", str(m))
            .replace("%4 %5", unbroken(course_rich(product) + " " + shape_text((n_l, m))))
            .replace("%4", unbroken(course_rich(product))).replace("%5", nobreak(shape_text((n_l, m)))))


def elementwise_sentence() -> str:
    """Rich text: ``*`` is element-wise, ``np.dot`` the matrix product."""
    return course_rich(QCoreApplication.translate(
        "ShapesTable", "* multiplies element by element: in dZ[l] = dA[l] * g'[l](Z[l]) both are (n[l], m), and "
                       "each entry is multiplied by the one at the same place. np.dot(W[l], A[l-1]) is the matrix "
                       "product."))


def keepdims_sentence(n_1: int) -> str:
    """Rich text: why db keeps its column with keepdims, and what a rank-1 array is."""
    text = QCoreApplication.translate(
        "ShapesTable", "db[1] = np.sum(dZ[1], axis=1, keepdims=True) / m is %1: keepdims keeps the summed axis. "
                       "Without it NumPy returns %2, a rank-1 array that is neither a row nor a column and "
                       "broadcasts the wrong way; the course writes every vector as a column and asserts the "
                       "shapes.")
    return course_rich(text).replace("%1", nobreak(shape_text((n_1, 1)))).replace("%2", nobreak(f"({n_1},)"))


class ShapesTable(QWidget):
    """Rows l = 1..L; columns W[l], b[l], Z[l], A[l], dW[l], db[l]; follows the session's network and data."""

    def __init__(self, session: TrainingSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.table = QTableWidget(self)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.setColumnCount(len(COLUMNS))
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setMinimumSectionSize(self.fontMetrics().horizontalAdvance("(32, 1000)") + 8)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)
        self.note = QLabel(self)
        self.note.setTextFormat(Qt.TextFormat.RichText)
        self.note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addWidget(self.note)
        self._shown: tuple | None = None  # (layer_dims, m, batch size) on screen
        session.structure_changed.connect(self._follow)
        session.state_changed.connect(self._follow)  # the batch size changes without a new structure
        self.refresh()

    # ------------------------------------------------------------------ public (tests, inspector)
    def m(self) -> int:
        """m, the number of training examples (the columns of X, Z[l], A[l])."""
        return self._session.snapshot.m

    def cell_text(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return "" if item is None else item.text()

    def refresh(self) -> None:
        """Rebuild the rows from the latest snapshot's layer_dims, m and batch size."""
        self._show(self._session.snapshot)

    # ------------------------------------------------------------------ internals
    def _follow(self, snapshot: Snapshot) -> None:
        if self._key(snapshot) != self._shown:  # while playing: nothing to do at each tick
            self._show(snapshot)

    @staticmethod
    def _key(snapshot: Snapshot) -> tuple:
        return tuple(snapshot.layer_dims), snapshot.m, snapshot.hyperparameters.batch_size

    def _show(self, snapshot: Snapshot) -> None:
        self._shown = self._key(snapshot)
        dims, m = snapshot.layer_dims, snapshot.m
        rows = layer_shapes(dims, m)
        self.table.setRowCount(len(rows))
        self.table.setHorizontalHeaderLabels([f"{name}[l]" for name in COLUMNS])
        self.table.setVerticalHeaderLabels([f"l = {l}" for l in range(1, len(rows) + 1)])
        for r, shapes in enumerate(rows):
            for c, name in enumerate(COLUMNS):
                item = QTableWidgetItem(shape_text(shapes[name]))
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                item.setToolTip(self._tooltip(name, r + 1, shapes[name]))
                self.table.setItem(r, c, item)
        self._fit_height(len(rows))
        self._write_note(dims, m, snapshot.hyperparameters.batch_size)

    def _tooltip(self, name: str, layer: int, shape: tuple[int, int]) -> str:
        texts = {
            "W": self.tr("W[%1]: one row per unit of layer %1, one column per unit of layer %2."),
            "b": self.tr("b[%1]: one bias per unit of layer %1 (a single column)."),
            "Z": self.tr("Z[%1] = W[%1]A[%2] + b[%1]: one column per example."),
            "A": self.tr("A[%1] = g[%1](Z[%1]): same shape as Z[%1]."),
            "dW": self.tr("dW[%1] = ∂J/∂W[%1]: same shape as W[%1]."),
            "db": self.tr("db[%1] = ∂J/∂b[%1]: same shape as b[%1]."),
        }
        return texts[name].replace("%1", str(layer)).replace("%2", str(layer - 1)) + f"  {shape_text(shape)}"

    def _fit_height(self, rows: int) -> None:
        table = self.table
        height = table.horizontalHeader().sizeHint().height() + rows * table.verticalHeader().defaultSectionSize()
        table.setFixedHeight(height + 2 * table.frameWidth() + 2)

    def _write_note(self, dims: list[int], m: int, batch: int | None) -> None:
        lines = [self.tr("%1 = X: %2 (one column per training example, m = %3)")
                 .replace("%1", course_rich("A[0]")).replace("%2", shape_text((dims[0], m))).replace("%3", str(m)),
                 broadcast_sentence(1, dims[1], m)]
        if batch is not None and batch < m:
            lines.append(course_rich(self.tr("With mini-batches of %1, Z[l] and A[l] have %1 columns in each step.")
                                     .replace("%1", str(batch))))
        lines += [elementwise_sentence(), keepdims_sentence(dims[1])]
        self.note.setText("<br>".join(lines))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "note"):
            self.refresh()
        super().changeEvent(event)

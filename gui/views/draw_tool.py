"""DrawTool: draw your own points on the decision-boundary view, and train on them.

In draw mode a left click adds a point of class 1 (or of the class picked in
the class box), Shift+click a point of class 0, and a right click removes the
nearest point. Each change becomes a dataset through ``core.data.datasets.from_points``
and is handed to ``session.set_dataset``, so the network trains on exactly what
is on the screen. Until every class has at least one point the points are only
drawn (nothing is sent to the session) and a message says what is missing; the
message is taken back off the status bar as soon as the points are there.

The tool attaches to an existing DecisionBoundaryView from outside: its
"Draw points" switch goes at the end of the view's control row, the tool itself
(a row with the class picker, Clear, a hint and the count) goes under that row
and shows only in draw mode, so the view never gets wider; its points are one
extra ScatterPlotItem, and clicks come from the plot scene's ``sigMouseClicked``.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (QCheckBox, QComboBox, QHBoxLayout, QLabel, QMainWindow, QPushButton, QSizePolicy,
                               QVBoxLayout, QWidget)

from ...core.data.datasets import MAX_CLASSES, Dataset, from_points
from ...core.session import Snapshot
from ..model.session import TrainingSession
from ..support import colors

DRAWN_NAME = "drawn"
PICKER_CLASSES = 3  # the picker always offers classes 0, 1, 2 (more if the data has more)
CLICK_RADIUS_PX = 12  # a right click removes the nearest point within this many pixels
POINT_SIZE = 9


class DrawTool(QWidget):
    """Draw-mode switch, class picker and Clear for a DecisionBoundaryView."""

    points_changed = Signal()  # the drawn points changed (added, removed, cleared, reloaded)

    def __init__(self, boundary_view: QWidget, session: TrainingSession, parent: QWidget | None = None) -> None:
        super().__init__(parent or boundary_view)
        self.setObjectName("draw_tool")
        self._view = boundary_view
        self._session = session
        self._xy: list[tuple[float, float]] = []
        self._labels: list[int] = []
        self._class_names: tuple[str, ...] = ()
        self._installing = False
        self._dataset: Dataset | None = None  # the session's points the drawing last started from
        self._hidden_items: dict[pg.GraphicsObject, bool] = {}
        self.message = ""
        self._reported = ""  # the message last sent to problem_reported, while it still holds

        self.draw_box = QCheckBox(boundary_view)
        self.draw_box.setObjectName("draw_points_box")
        self.draw_box.toggled.connect(self._on_draw_toggled)
        self.class_combo = QComboBox(self)
        self.clear_button = QPushButton(self)
        self.clear_button.clicked.connect(self.clear)
        self.count_label = QLabel(self)
        self.hint_label = QLabel(self)
        # In a narrow window the hint gives way first, so the view never has to grow.
        self.hint_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.hint_label.setMinimumWidth(0)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for widget in (self.class_combo, self.clear_button, self.count_label):
            row.addWidget(widget)
        row.addWidget(self.hint_label, 1)

        self.scatter = pg.ScatterPlotItem(symbol="o", size=POINT_SIZE, pen=pg.mkPen(255, 255, 255, width=1))
        self.scatter.setZValue(2)
        self.scatter.setVisible(False)
        plot = boundary_view.plot.getPlotItem()
        plot.addItem(self.scatter)
        self._viewbox = plot.getViewBox()
        boundary_view.plot.scene().sigMouseClicked.connect(self._on_scene_clicked)
        session.structure_changed.connect(self._on_structure_changed)
        self._attach_to_view()
        self._retranslate()
        self._load_from(session.snapshot.dataset)
        self._set_controls_enabled(False)

    def _attach_to_view(self) -> None:
        """The switch at the end of the view's control row, the tool's row just under it."""
        layout = self._view.layout()
        controls = layout.itemAt(0).layout() if layout is not None and layout.count() else None
        if isinstance(controls, QHBoxLayout) and isinstance(layout, QVBoxLayout):
            controls.addWidget(self.draw_box)
            layout.insertWidget(1, self)
        else:  # an unexpected layout: keep both together on top
            row = QHBoxLayout()
            row.addWidget(self.draw_box)
            row.addWidget(self, 1)
            if isinstance(layout, QVBoxLayout):
                layout.insertLayout(0, row)

    # ------------------------------------------------------------------ public (main window, tests)
    def is_drawing(self) -> bool:
        return self.draw_box.isChecked()

    def set_drawing(self, on: bool) -> None:
        self.draw_box.setChecked(on)

    def picked_class(self) -> int:
        """The class y a left click adds (Shift+click always adds class 0)."""
        k = self.class_combo.currentData()
        return 1 if k is None else int(k)

    def set_picked_class(self, k: int) -> None:
        index = self.class_combo.findData(k)
        if index >= 0:
            self.class_combo.setCurrentIndex(index)

    def points(self) -> tuple[np.ndarray, np.ndarray]:
        """The drawn points X (2, n) and their classes y (n,)."""
        X = np.array(self._xy, dtype=np.float64).reshape(-1, 2).T
        return X, np.array(self._labels, dtype=np.int64)

    def add_point(self, x1: float, x2: float, cls: int | None = None) -> bool:
        """Add a point at (x1, x2) of class ``cls`` (default: the picked class)."""
        k = self.picked_class() if cls is None else cls
        if not 0 <= k < MAX_CLASSES or not (np.isfinite(x1) and np.isfinite(x2)):
            self._session.problem_reported.emit(self.tr("That point cannot be added."))
            return False
        self._xy.append((float(x1), float(x2)))
        self._labels.append(int(k))
        self._changed()
        return True

    def remove_nearest(self, x1: float, x2: float, within: float | None = None) -> bool:
        """Remove the point nearest to (x1, x2) (only if closer than ``within``, when given)."""
        if not self._xy:
            return False
        X, _ = self.points()
        distances = np.hypot(X[0] - x1, X[1] - x2)
        i = int(np.argmin(distances))
        if within is not None and distances[i] > within:
            return False
        del self._xy[i], self._labels[i]
        self._changed()
        return True

    def clear(self) -> None:
        """Remove every drawn point (the session keeps its data until new points make a dataset)."""
        self._xy.clear()
        self._labels.clear()
        self._changed()

    def dataset(self) -> Dataset | None:
        """The drawn points as a dataset, or None while some class has no point (see ``message``)."""
        if not self._labels:
            self.message = self.tr("No points yet: click to add a point, Shift+click to add one of class 0.")
            return None
        k = max(2, max(self._labels) + 1)
        counts = np.bincount(self._labels, minlength=k)
        missing = [str(c) for c in range(k) if counts[c] == 0]
        if missing:
            self.message = self.tr(
                "Add at least one point of class %1 before training: each class needs a point "
                "(Shift+click adds class 0; pick a class to add it with a click)."
            ).replace("%1", ", ".join(missing))
            return None
        self.message = ""
        names = [self._class_names[c] if c < len(self._class_names) else str(c) for c in range(k)]
        if len(set(names)) != k:  # a name taken from the old data may clash with a new number
            names = [str(c) for c in range(k)]
        X, y = self.points()
        return from_points(X, y, "binary" if k == 2 else "multiclass", names, name=DRAWN_NAME)

    # ------------------------------------------------------------------ behaviour
    def _changed(self) -> None:
        self._redraw()
        dataset = self.dataset()
        self._set_stale(dataset is None)
        if dataset is None:
            self._reported = self.message
            self._session.problem_reported.emit(self.message)
        else:
            self._withdraw_message()
            was_running = self._session.running
            self._installing = True
            try:
                installed = self._session.set_dataset(dataset)
            finally:
                self._installing = False
            if installed and was_running:
                self._session.play()  # the network keeps learning while the student draws
        self.points_changed.emit()

    def _withdraw_message(self) -> None:
        """The problem reported is gone (every class has a point, or the drawing was dropped): take the
        message off the window's status bar, if it is still the one shown there."""
        reported, self._reported = self._reported, ""
        window = self.window()
        if reported and isinstance(window, QMainWindow) and window.statusBar().currentMessage() == reported:
            window.statusBar().clearMessage()

    def _load_from(self, dataset: Dataset) -> None:
        """Start drawing from the session's points (classification only; regression starts empty)."""
        self._withdraw_message()
        self._dataset = dataset
        if dataset.is_classification:
            self._xy = [tuple(p) for p in dataset.X.T.tolist()]
            self._labels = dataset.y.tolist()
            self._class_names = dataset.class_names
        else:
            self._xy, self._labels, self._class_names = [], [], ()
        self._fill_picker(max(PICKER_CLASSES, len(self._class_names)))
        self._redraw()

    def _on_structure_changed(self, snapshot: Snapshot) -> None:
        if snapshot.dataset is self._dataset:
            return  # the network changed, not the points: an unfinished drawing stays
        if self._installing:  # our own drawing became the data
            self._dataset = snapshot.dataset
            return
        # Another panel changed the data: draw on top of that from now on.
        self._load_from(snapshot.dataset)
        self._set_stale(False)
        self.points_changed.emit()

    def _redraw(self) -> None:
        X, y = self.points()
        palette = {k: QBrush(colors.qcolor(colors.class_color(k))) for k in set(y.tolist())}
        self.scatter.setData(x=X[0], y=X[1], brush=[palette[k] for k in y.tolist()])
        self.count_label.setText(self.tr("%1 points").replace("%1", str(len(self._labels))))

    def _set_stale(self, stale: bool) -> None:
        """Hide the view's own points while they no longer match the drawing (and bring them back)."""
        if stale and not self._hidden_items:
            for item in (self._view.train_scatter, self._view.test_scatter):
                self._hidden_items[item] = item.isVisible()
                item.setVisible(False)
        elif not stale:
            for item, visible in self._hidden_items.items():
                item.setVisible(visible)
            self._hidden_items.clear()

    def _on_draw_toggled(self, on: bool) -> None:
        self._view.draw_mode = on  # clicks add points now, instead of picking an example
        self.scatter.setVisible(on)
        self._set_controls_enabled(on)
        if not on:
            self._load_from(self._session.snapshot.dataset)  # points never sent to the session are dropped
            self._set_stale(False)

    def _set_controls_enabled(self, on: bool) -> None:
        # Out of draw mode only the switch shows: the plot keeps its full height.
        self.class_combo.setEnabled(on)
        self.clear_button.setEnabled(on)
        self.setVisible(on)

    def _on_scene_clicked(self, event) -> None:
        if not self.is_drawing() or event.button() not in (Qt.MouseButton.LeftButton, Qt.MouseButton.RightButton):
            return
        position = event.scenePos()
        if not self._viewbox.sceneBoundingRect().contains(position):
            return
        event.accept()
        point = self._viewbox.mapSceneToView(position)
        if event.button() == Qt.MouseButton.RightButton:
            pixel_w, pixel_h = self._viewbox.viewPixelSize()
            self.remove_nearest(point.x(), point.y(), within=CLICK_RADIUS_PX * max(pixel_w, pixel_h))
        elif event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            self.add_point(point.x(), point.y(), 0)
        else:
            self.add_point(point.x(), point.y())

    # ------------------------------------------------------------------ language
    def _fill_picker(self, n_classes: int) -> None:
        current = self.picked_class() if self.class_combo.count() else 1
        with QSignalBlocker(self.class_combo):
            self.class_combo.clear()
            for k in range(n_classes):
                self.class_combo.addItem(self.tr("Click adds class %1").replace("%1", str(k)), k)
                self.class_combo.setItemData(k, colors.qcolor(colors.class_color(k)), Qt.ItemDataRole.DecorationRole)
        self.set_picked_class(current if current < n_classes else 1)

    def _retranslate(self) -> None:
        self.draw_box.setText(self.tr("Draw points"))
        self.draw_box.setToolTip(self.tr(
            "Draw your own training examples (x₁, x₂) with label y: left click adds class 1, Shift+click "
            "class 0, right click removes the nearest point. The network trains on what you draw."))
        self.class_combo.setToolTip(self.tr(
            "Which class y a left click adds. Pick class 2 to make a 3-class problem (softmax output)."))
        self.hint_label.setText(self.tr("Shift+click: class 0 · Right click: remove"))
        self.hint_label.setToolTip(self.draw_box.toolTip())
        self.clear_button.setText(self.tr("Clear"))
        self.clear_button.setToolTip(self.tr("Remove every drawn point and start from an empty plane."))
        self._fill_picker(max(PICKER_CLASSES, len(self._class_names)))
        self._redraw()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "scatter"):
            self._retranslate()
        super().changeEvent(event)


if __name__ == "__main__":
    import sys

    from PySide6.QtWidgets import QApplication

    from ...core.data.pipeline import DataSpec
    from .decision_boundary import DecisionBoundaryView

    app = QApplication(sys.argv)
    preview_session = TrainingSession(DataSpec(name="gaussians", m=40))
    view = DecisionBoundaryView(preview_session)
    tool = DrawTool(view, preview_session)
    tool.set_drawing(True)
    for x1, x2 in ((2.5, -2.5), (-2.5, 2.5)):
        tool.add_point(x1, x2, 2)
    view.setWindowTitle("DrawTool preview")
    view.resize(760, 600)
    view.show()
    preview_session.play()
    sys.exit(app.exec())

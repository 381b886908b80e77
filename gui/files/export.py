"""Pictures and numbers out of the app: plots to PNG/SVG, the cost history to CSV.

Pictures are made in memory first, then written with ``core.files.atomic``
(which checks every byte reached the disk), so a full disk can never leave a
truncated picture behind a "Saved" message:

* a pyqtgraph plot goes through pyqtgraph's exporters (``ImageExporter`` for PNG
  at the plot's on-screen size; ``SVGExporter`` for SVG). pyqtgraph 0.14's
  SVGExporter cannot parse the SVG paths Qt ≥ 6.9 writes (pyqtgraph issue #3485),
  so when it fails the plot's view is painted into a ``QSvgGenerator`` instead:
  the lines, points and text stay vectors, the heatmap is embedded as an image;
* any other widget (the network diagram with its controls and legend, ...) is
  grabbed for PNG and painted, children included, into a ``QSvgGenerator`` for SVG.

Numbers: ``write_history_csv`` writes two files: ``NAME.csv`` with one row per
evaluation (iteration, train_cost, test_cost, train_accuracy, test_accuracy;
an empty cell where a value does not exist, e.g. no test set) and
``NAME_costs.csv`` with the cost J of every iteration (iteration, cost; every
k-th iteration once a long run has been thinned out, see core.training.history).
"""

from __future__ import annotations

import csv
import io
import math
import os
from pathlib import Path

import pyqtgraph as pg
import pyqtgraph.exporters as pg_exporters
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPoint, QRect, QRectF, QSize
from PySide6.QtGui import QImage, QPainter, QPixmap
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QGraphicsView, QWidget

from ...core.data.csv_data import write_csv
from ...core.errors import BackpropStudioError, ParameterFileError
from ...core.files.atomic import atomic_write
from ...core.files.parameter_file import save_parameters
from ...core.training.history import EVALUATION_FIELDS, History
from . import dialogs

PICTURE_SUFFIXES = (".png", ".svg")


class ExportError(Exception):
    """A picture or table could not be written; the message says why."""


def find_plot(widget: QWidget) -> pg.PlotWidget | None:
    """The pyqtgraph plot a view shows: the widget itself, its ``plot`` attribute, or its only PlotWidget child."""
    if isinstance(widget, pg.PlotWidget):
        return widget
    plot = getattr(widget, "plot", None)
    if isinstance(plot, pg.PlotWidget):
        return plot
    children = widget.findChildren(pg.PlotWidget)
    return children[0] if len(children) == 1 else None


def export_picture(widget: QWidget, path: str | os.PathLike) -> QSize:
    """Write ``widget``'s picture to ``path`` (.png or .svg); returns the picture's size in pixels."""
    target = Path(path)
    suffix = target.suffix.lower()
    if suffix not in PICTURE_SUFFIXES:
        raise ExportError(f"pictures are saved as .png or .svg, not {suffix or 'a file without suffix'}")
    if not widget.isVisible() or widget.width() < 2 or widget.height() < 2:
        raise ExportError("the view is hidden: show it (View menu) and export again")
    if not target.parent.is_dir():
        raise ExportError(f"the folder {str(target.parent)!r} does not exist")
    plot = find_plot(widget)
    data, size = picture_bytes(plot or widget, suffix, plot is not None)
    if not data:
        raise ExportError("the picture came out empty")
    try:
        atomic_write(target, data)
    except OSError as error:
        raise ExportError(f"cannot write {target.name}: {error.strerror or error}") from None
    return size


def picture_bytes(widget: QWidget, suffix: str, is_plot: bool) -> tuple[bytes, QSize]:
    """The encoded picture (".png" or ".svg") of ``widget`` and its size in pixels, made in memory."""
    return _png_bytes(widget, is_plot) if suffix == ".png" else _svg_bytes(widget, is_plot)


def _encoded_png(image: QImage | QPixmap) -> bytes:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise ExportError("Qt could not encode the PNG")
    return bytes(buffer.data())


def _png_bytes(widget: QWidget, is_plot: bool) -> tuple[bytes, QSize]:
    if is_plot:
        exporter = pg_exporters.ImageExporter(widget.getPlotItem())
        # The item's rectangle is the widget's; asking for its width keeps the height too.
        exporter.parameters()["width"] = widget.width()
        image = exporter.export(toBytes=True)
        return _encoded_png(image), image.size()
    pixmap = widget.grab()
    return _encoded_png(pixmap), pixmap.size()


def _svg_bytes(widget: QWidget, is_plot: bool) -> tuple[bytes, QSize]:
    if is_plot:
        try:
            return bytes(pg_exporters.SVGExporter(widget.getPlotItem()).export(toBytes=True)), widget.size()
        except Exception:  # noqa: BLE001 — pyqtgraph's SVG exporter is broken with current Qt: fall back
            pass
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    generator = QSvgGenerator()
    generator.setOutputDevice(buffer)
    # The widget's own DPI, so 1 SVG unit is 1 pixel and text keeps its on-screen size.
    generator.setResolution(widget.logicalDpiX())
    generator.setSize(widget.size())
    generator.setViewBox(QRect(0, 0, widget.width(), widget.height()))
    generator.setTitle(widget.windowTitle() or "Backprop Studio")
    painter = QPainter(generator)
    # pyqtgraph items draw for export when asked (scatter symbols as paths, not cached pixmaps).
    items = [item for item in widget.scene().items() if hasattr(item, "setExportMode")] if is_plot else []
    for item in items:
        item.setExportMode(True, {"antialias": True, "background": None, "painter": painter})
    try:
        if isinstance(widget, QGraphicsView):  # paint the scene as the view shows it, without scroll bars
            QGraphicsView.render(widget, painter, QRectF(0, 0, widget.width(), widget.height()),
                                 widget.viewport().rect())
        else:
            # The widget and its children; PySide6 needs the offset spelled out when given a painter.
            QWidget.render(widget, painter, QPoint(0, 0))
    finally:
        painter.end()
        for item in items:
            item.setExportMode(False)
    return bytes(QByteArray(buffer.data())), widget.size()


# ---------------------------------------------------------------------- the history as CSV
def costs_path_for(path: str | os.PathLike) -> Path:
    """Where the per-iteration costs go: beside ``path``, with ``_costs`` added to its name."""
    target = Path(path)
    return target.with_name(f"{target.stem}_costs{target.suffix or '.csv'}")


def _csv_bytes(header: tuple[str, ...], rows) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(header)
    for row in rows:
        writer.writerow(row)
    return buffer.getvalue().encode("utf-8")


def _cell(value: float, integer: bool = False) -> str:
    if math.isnan(value):
        return ""  # the value does not exist (no test set, or no accuracy for regression)
    return str(int(value)) if integer else repr(float(value))


def write_history_csv(history: History, path: str | os.PathLike) -> tuple[Path, Path]:
    """Write the evaluations to ``path`` and the per-iteration costs beside it; returns both paths."""
    target, costs_target = Path(path), costs_path_for(path)
    evaluations = history.evaluations.array()
    iterations, costs = history.cost_curve()
    rows = ([_cell(v, integer=(i == 0)) for i, v in enumerate(row)] for row in evaluations.tolist())
    cost_rows = ((_cell(i, integer=True), _cell(c)) for i, c in zip(iterations.tolist(), costs.tolist()))
    try:
        atomic_write(target, _csv_bytes(EVALUATION_FIELDS, rows))
        atomic_write(costs_target, _csv_bytes(("iteration", "cost"), cost_rows))
    except OSError as error:
        raise ExportError(f"cannot write {target.name}: {error.strerror or error}") from None
    return target, costs_target


# ---------------------------------------------------------------------- the File menu's export entries
class ExportHandlers:
    """The "Export …" handlers of FileActions, kept here beside the writers they call.

    A mixin: it uses only FileActions' public members (``session``, ``pictures``, the ``ask_save_path``
    seam, ``fail`` and ``show_status``).
    """

    def export_parameters(self) -> bool:
        """Save W1, b1, … with their meta (layer dims, activations, features, …) as .npz or .json."""
        suggested = f"parameters_{self.session.dataset.name}.npz"
        path = self.ask_save_path(self.tr("Export parameters"), dialogs.parameter_save_filter(), suggested)
        if not path:
            return False
        if not Path(path).suffix:
            path += ".npz"
        parameters = dict(self.session.snapshot.parameters)
        try:
            save_parameters(path, parameters, self.session.export_meta())
        except ParameterFileError as error:
            return self.fail(self.tr("Could not export the parameters"), error)
        keys = ", ".join(parameters)
        self.show_status(self.tr("Exported %1 to %2").replace("%1", keys).replace("%2", Path(path).name))
        return True

    def export_dataset_csv(self) -> bool:
        dataset = self.session.dataset
        path = self.ask_save_path(self.tr("Export points to CSV"), dialogs.csv_filter(), f"{dataset.name}.csv")
        if not path:
            return False
        try:
            write_csv(dataset, path)
        except BackpropStudioError as error:
            return self.fail(self.tr("Could not export the points"), error)
        self.show_status(self.tr("Saved %1 points to %2").replace("%1", str(dataset.m)).replace("%2", Path(path).name))
        return True

    def export_notebook(self) -> bool:
        """A Jupyter notebook that redoes this run with the course's functions (core.files.notebook)."""
        path = self.ask_save_path(self.tr("Export as notebook"), dialogs.notebook_filter(),
                                  f"{self.session.dataset.name}.ipynb")
        if not path:
            return False
        if not Path(path).suffix:
            path += ".ipynb"
        try:
            self.session.write_notebook(path)
        except OSError as error:
            return self.fail(self.tr("Could not export the notebook"), error.strerror or str(error))
        self.show_status(self.tr("Saved %1: run its cells in Jupyter to train this network with the course's functions")
                         .replace("%1", Path(path).name))
        return True

    # ------------------------------------------------------------------ pictures and history
    def export_picture(self, attribute: str) -> bool:
        """Save one view (``boundary_view``, ``cost_view``, ``diagram_view``, ``activation_view``) as PNG or SVG."""
        view = self.pictures.get(attribute)
        if view is None:
            return self.fail(self.tr("Could not export the picture"), self.tr("That view is not in this window."))
        name = attribute.removesuffix("_view")
        path = self.ask_save_path(self.tr("Export picture"), dialogs.picture_filter(), f"{name}.png")
        if not path:
            return False
        if not Path(path).suffix:
            path += ".png"
        try:
            export_picture(view, path)
        except ExportError as error:
            return self.fail(self.tr("Could not export the picture"), error)
        self.show_status(self.tr("Saved %1").replace("%1", Path(path).name))
        return True

    def export_history(self) -> bool:
        path = self.ask_save_path(self.tr("Export cost history"), dialogs.csv_filter(), "history.csv")
        if not path:
            return False
        if not Path(path).suffix:
            path += ".csv"
        try:
            write_history_csv(self.session.history(), path)
        except ExportError as error:
            return self.fail(self.tr("Could not export the history"), error)
        self.show_status(self.tr("Saved %1 and %2").replace("%1", Path(path).name)
                     .replace("%2", costs_path_for(path).name))
        return True

"""A heat-coloured matrix table: one NumPy array shown cell by cell, with its course name and shape.

``MatrixModel`` is a QAbstractTableModel over the array itself (no item per
cell), so Z[1] with 4 rows and thousands of columns costs nothing until it is
scrolled into view. Each cell is coloured with the app's one diverging map on
ONE scale for every matrix and every phase, symmetric around 0 (white): ±1 by
default, chosen in the ``ColourScale`` legend. The same colour is the same value
in A[2], dZ[1] or W[1], so an A[2] that is all 0.5 reads as half-strength, not
as saturated; values beyond the scale take the end colours.

Rows and columns are numbered as the course numbers them, from 1 (unit j,
example x⁽ⁱ⁾); a cell's tooltip also gives NumPy's 0-based index, labelled as
such. Column i is example i (examples are columns); a picked example is framed
and drawn bold. The plug-in-the-numbers panel's unit j is marked too: the cell [j, i]
of Z, A, dZ (``highlight_cell``) or the row j of W, b, dW, db (``highlight_row``), framed
in the accent colour.
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np
from PySide6.QtCore import QAbstractTableModel, QEvent, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QFont, QImage, QPixmap, QShowEvent
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QFrame, QHBoxLayout, QHeaderView, QLabel, QTableView,
                               QVBoxLayout, QWidget)

from ..support import colors
from ..views.diagram.style import sub
from ..widgets.course_text import course_rich

Array = np.ndarray
Index = QModelIndex | QPersistentModelIndex

#: The exact float64 of a cell (what tests and tooltips read; the display is rounded).
VALUE_ROLE = Qt.ItemDataRole.UserRole + 1
MAX_VISIBLE_ROWS = 8  # taller matrices scroll (32 units still fit in a small dock); more in a big inspector
MAX_TABLE_WIDTH = 330  # wider matrices (m columns) scroll sideways; wider in a big inspector
WIDEST_NUMBER = "-1.23e-05"
#: The frame of the plug-in panel's cell or row (a colour the diverging map never takes).
MARK_COLOR = "rgb(216, 27, 96)"
#: The colour scales offered: |value| at which a cell takes the map's end colour.
COLOR_SCALES = (0.01, 0.1, 1.0, 10.0)
DEFAULT_COLOR_SCALE = 1.0

_LUT = [QColor(int(r), int(g), int(b)) for r, g, b in colors.diverging_lut(256)]
# Dark text on light cells, white on the saturated ends (both map ends are mid-dark).
_TEXT = [QColor(255, 255, 255) if c.lightnessF() < 0.55 else QColor(20, 20, 20) for c in _LUT]


def format_value(value: float) -> str:
    """3–4 significant digits in a narrow column: 0.1234, -1.234, 0.00123, 1.23e-05."""
    if value == 0:
        return "0"
    if not math.isfinite(value):
        return "nan" if math.isnan(value) else ("∞" if value > 0 else "−∞")
    size = abs(value)
    if 1e-2 <= size < 1e4:
        return f"{value:.4g}"
    if 1e-3 <= size < 1e-2:
        return f"{value:.3g}"
    return f"{value:.2e}"


class MatrixModel(QAbstractTableModel):
    """Read-only model of a 2-D array: rows are units j, columns examples i (or inputs for W)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._array = np.zeros((0, 0))
        self._color_index = np.zeros((0, 0), dtype=np.uint8)
        self.color_scale = DEFAULT_COLOR_SCALE
        self.symbol = ""
        self.highlighted_column: int | None = None
        self.marked: tuple[int, int | None] | None = None  # (row, column) or (row, None): the plug-in panel's
        self._bold = QFont()
        self._bold.setBold(True)

    # ------------------------------------------------------------------ content
    def set_matrix(self, symbol: str, array: Array, color_scale: float | None = None) -> None:
        """Show ``array`` (kept as given: the numbers shown are exactly its entries), coloured on ±``color_scale``."""
        self.beginResetModel()
        self.symbol = symbol
        self._array = np.atleast_2d(np.asarray(array, dtype=np.float64))
        if color_scale is not None:
            self.color_scale = color_scale
        self._color_index = self._colors()
        self.highlighted_column = None
        self.marked = None
        self.endResetModel()

    def set_color_scale(self, scale: float) -> None:
        """Colour the same numbers on ±``scale`` (the legend's choice, shared by every matrix)."""
        self.color_scale = scale
        self._color_index = self._colors()
        if self._array.size:
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1))

    def _colors(self) -> Array:
        """Each cell's index in the map: value / scale in [−1, 1] (clamped), 0 in the middle (white)."""
        finite = np.where(np.isfinite(self._array), self._array, 0.0)
        t = np.clip(finite / self.color_scale, -1.0, 1.0)
        return np.clip(np.rint((t + 1.0) * 127.5), 0, 255).astype(np.uint8)

    def array(self) -> Array:
        return self._array

    def set_highlighted_column(self, column: int | None) -> None:
        """Frame example ``column`` (None: none); out-of-range columns are ignored."""
        if column is not None and not 0 <= column < self._array.shape[1]:
            column = None
        old, self.highlighted_column = self.highlighted_column, column
        for changed in {old, column} - {None}:
            self.dataChanged.emit(self.index(0, changed), self.index(self.rowCount() - 1, changed))
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, changed, changed)

    def set_marked(self, row: int | None, column: int | None = None) -> None:
        """Mark cell [row, column], or the whole ``row`` (column None); row None: nothing. Out of range: nothing."""
        rows, columns = self._array.shape
        if row is None or not 0 <= row < rows or (column is not None and not 0 <= column < columns):
            marked = None
        else:
            marked = (row, column)
        if marked != self.marked:
            self.marked = marked
            if self._array.size:
                self.dataChanged.emit(self.index(0, 0), self.index(rows - 1, columns - 1))

    def is_marked(self, row: int, column: int) -> bool:
        return self.marked is not None and self.marked[0] == row and self.marked[1] in (None, column)

    # ------------------------------------------------------------------ QAbstractTableModel
    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else self._array.shape[0]

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else self._array.shape[1]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return format_value(float(self._array[row, column]))
        if role == VALUE_ROLE:
            return float(self._array[row, column])
        if role == Qt.ItemDataRole.BackgroundRole:
            return _LUT[self._color_index[row, column]]
        if role == Qt.ItemDataRole.ForegroundRole:
            return _TEXT[self._color_index[row, column]]
        if role == Qt.ItemDataRole.FontRole:
            return self._bold if column == self.highlighted_column or self.is_marked(row, column) else None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            course = f"{self.symbol}{sub(row + 1)},{sub(column + 1)}"
            return (f"{course} = {float(self._array[row, column])!r}\n"
                    + self.tr("row %1, column %2 (NumPy index [%3, %4])").replace("%1", str(row + 1))
                    .replace("%2", str(column + 1)).replace("%3", str(row)).replace("%4", str(column)))
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return str(section + 1)  # as the course counts units j and examples x⁽ⁱ⁾: from 1
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("%1 (NumPy index %2)").replace(
                "%1", self.tr("row %1").replace("%1", str(section + 1)) if orientation == Qt.Orientation.Vertical
                else self.tr("column %1").replace("%1", str(section + 1))).replace("%2", str(section))
        if role == Qt.ItemDataRole.FontRole and orientation == Qt.Orientation.Horizontal \
                and section == self.highlighted_column:
            return self._bold
        return None


class MatrixTable(QWidget):
    """A heading "Z[1]: (4, 320)" over a heat-coloured, scrollable table of the matrix."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = MatrixModel(self)
        self.heading = QLabel(self)
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.table.setWordWrap(False)
        # Fixed section sizes: Qt then never measures the cells, so 10^5 columns cost nothing.
        for header in (self.table.horizontalHeader(), self.table.verticalHeader()):
            header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
            header.setHighlightSections(False)
        metrics = self.table.fontMetrics()
        self.table.horizontalHeader().setDefaultSectionSize(metrics.horizontalAdvance(WIDEST_NUMBER) + 10)
        self.table.verticalHeader().setDefaultSectionSize(metrics.height() + 4)
        self.table.horizontalHeader().setMinimumSectionSize(10)
        # The example frame: a plain QFrame over the column (drawn by Qt; no Python painting).
        self._frame = QFrame(self.table.viewport())
        self._frame.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self._frame.setStyleSheet("background: transparent; border: 2px solid rgb(20, 20, 20);")
        self._frame.hide()
        self._mark = QFrame(self.table.viewport())  # the plug-in panel's cell or row
        self._mark.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self._mark.setStyleSheet(f"background: transparent; border: 3px solid {MARK_COLOR};")
        self._mark.hide()
        self.table.horizontalScrollBar().valueChanged.connect(self._place_frame)
        self.table.verticalScrollBar().valueChanged.connect(self._place_frame)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.heading)
        layout.addWidget(self.table)
        layout.addStretch(1)
        self.plain_heading = ""
        self.max_rows, self.max_width = MAX_VISIBLE_ROWS, MAX_TABLE_WIDTH

    def set_limits(self, max_width: int, max_rows: int) -> None:
        """Show up to ``max_rows`` rows and ``max_width`` pixels before scrolling (a big inspector shows more)."""
        if (max_width, max_rows) != (self.max_width, self.max_rows):
            self.max_width, self.max_rows = max_width, max_rows
            self._fit_size()
            self._place_frame()

    def set_matrix(self, symbol: str, array: Array, title: str | None = None, tooltip: str = "",
                   color_scale: float | None = None) -> None:
        """Show ``array`` headed "symbol: (rows, columns)" (``title`` replaces the symbol in the heading),
        coloured on ±``color_scale`` (None: the scale it has)."""
        self.model.set_matrix(symbol, array, color_scale)
        shape = self.model.array().shape
        name = title if title is not None else symbol
        self.plain_heading = f"{name}: ({shape[0]}, {shape[1]})"
        self.heading.setText(f"<b>{course_rich(name)}</b>: ({shape[0]}, {shape[1]})")
        self.setToolTip(tooltip)
        self._fit_size()
        self._place_frame()

    def highlight_column(self, column: int | None) -> None:
        """Frame column ``column`` (example i), make it bold and scroll it into view."""
        self.model.set_highlighted_column(column)
        self._scroll_to_highlight()

    def highlight_cell(self, row: int | None, column: int | None = None) -> None:
        """Mark cell [row, column] (the plug-in panel's unit j, example i), or row ``row`` when column is None."""
        self.model.set_marked(row, column)
        if self.model.marked is not None:
            row, column = self.model.marked
            self.table.scrollTo(self.model.index(row, column if column is not None else 0),
                                QAbstractItemView.ScrollHint.EnsureVisible)
        self._place_frame()

    def _scroll_to_highlight(self) -> None:
        if self.model.marked is not None and self.model.marked[1] is not None:
            self.table.scrollTo(self.model.index(*self.model.marked), QAbstractItemView.ScrollHint.PositionAtCenter)
        elif self.model.highlighted_column is not None:
            self.table.scrollTo(self.model.index(0, self.model.highlighted_column),
                                QAbstractItemView.ScrollHint.PositionAtCenter)
        self._place_frame()

    def showEvent(self, event: QShowEvent) -> None:
        # Before the first show the viewport has no width yet, so "centre column i" is redone here.
        super().showEvent(event)
        self._scroll_to_highlight()

    def _fit_size(self) -> None:
        """As small as the matrix needs, up to ``max_rows`` rows and ``max_width`` pixels."""
        rows, columns = self.model.array().shape
        table = self.table
        frame = 2 * table.frameWidth()
        row_h = table.verticalHeader().defaultSectionSize()
        col_w = table.horizontalHeader().defaultSectionSize()
        header_w = table.verticalHeader().sizeHint().width()
        header_h = table.horizontalHeader().sizeHint().height()
        scroll_extent = table.style().pixelMetric(table.style().PixelMetric.PM_ScrollBarExtent)
        tall = rows > self.max_rows
        width = header_w + columns * col_w + frame + (scroll_extent if tall else 0)
        wide = width > self.max_width
        height = header_h + min(rows, self.max_rows) * row_h + frame + (scroll_extent if wide else 0)
        policy = Qt.ScrollBarPolicy
        table.setHorizontalScrollBarPolicy(policy.ScrollBarAsNeeded if wide else policy.ScrollBarAlwaysOff)
        table.setVerticalScrollBarPolicy(policy.ScrollBarAsNeeded if tall else policy.ScrollBarAlwaysOff)
        table.setFixedSize(min(width, self.max_width), height)

    def _place_frame(self) -> None:
        column = self.model.highlighted_column
        if column is None:
            self._frame.hide()
        else:
            x = self.table.columnViewportPosition(column)
            y = self.table.rowViewportPosition(0)
            self._frame.setGeometry(x, y, self.table.columnWidth(column), self.table.verticalHeader().length())
            self._frame.show()
            self._frame.raise_()
        self._place_mark()  # over the example's frame

    def _place_mark(self) -> None:
        marked = self.model.marked
        if marked is None:
            self._mark.hide()
            return
        row, column = marked
        table = self.table
        y = table.rowViewportPosition(row)
        if column is None:
            x, width = table.columnViewportPosition(0), table.horizontalHeader().length()
        else:
            x, width = table.columnViewportPosition(column), table.columnWidth(column)
        self._mark.setGeometry(x, y, width, table.rowHeight(row))
        self._mark.show()
        self._mark.raise_()


class ColourScale(QWidget):
    """The matrices' colour legend: −s ▮▮▮ 0 ▮▮▮ +s, and the scale s to colour on (one for every matrix)."""

    scale_changed = Signal(float)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel(self)
        self.low, self.high = QLabel(self), QLabel(self)
        self.bar = QLabel(self)
        self.combo = QComboBox(self)
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for scale in COLOR_SCALES:
            self.combo.addItem(f"±{scale:g}", scale)
        self.combo.setCurrentIndex(COLOR_SCALES.index(DEFAULT_COLOR_SCALE))
        self.combo.currentIndexChanged.connect(self._on_picked)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        for widget in (self.label, self.low, self.bar, self.high, self.combo):
            row.addWidget(widget)
        row.addStretch(1)
        self._draw_bar()
        self._show_ends()
        self.retranslate()

    @property
    def scale(self) -> float:
        return float(self.combo.currentData())

    def set_scale(self, scale: float) -> None:
        self.combo.setCurrentIndex(self.combo.findData(scale))

    def retranslate(self) -> None:
        self.label.setText(self.tr("Colours:"))
        tip = self.tr("Every matrix of every phase is coloured on this one scale, symmetric around 0 (white): "
                      "the same colour is the same value in A, Z, dZ or W. Values beyond ± the scale take the "
                      "end colours; the numbers are always exact.")
        for widget in (self, self.combo):
            widget.setToolTip(tip)

    def _on_picked(self, _index: int) -> None:
        self._show_ends()
        self.scale_changed.emit(self.scale)

    def _show_ends(self) -> None:
        self.low.setText(f"−{self.scale:g}")
        self.high.setText(f"+{self.scale:g}")

    def _draw_bar(self) -> None:
        """The map from −s to +s as a small strip (the same colours the cells take)."""
        height = max(8, self.fontMetrics().height() - 4)
        rgb = np.ascontiguousarray(np.repeat(colors.diverging_lut(96)[None, :, :], height, axis=0).astype(np.uint8))
        image = QImage(rgb.tobytes(), rgb.shape[1], height, 3 * rgb.shape[1], QImage.Format.Format_RGB888)
        self.bar.setPixmap(QPixmap.fromImage(image.copy()))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "combo"):
            self.retranslate()
        elif event.type() == QEvent.Type.FontChange and hasattr(self, "bar"):
            self._draw_bar()
        super().changeEvent(event)

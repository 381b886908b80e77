"""Yours next to the expected: two small tables of numbers, the entries that differ highlighted.

``SideBySide.show_pair(name, yours, expected, mask)`` shows the student's array and the
expected one (core's, or the reference run's) as two tables under their names and shapes;
the entries where ``mask`` is True (computed when not given) get a warm background AND bold
text, so the difference reads without colour too, and the line under the tables counts
them ("3 of 8 entries differ"). Arrays of different shapes are shown as they are, with the
two shapes named. A value that is not numbers (None, a dict) is written out as text.
"""

from __future__ import annotations

from typing import Any, Callable

import numpy as np
from PySide6.QtCore import QAbstractTableModel, QEvent, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from ..panels.matrix_table import WIDEST_NUMBER, format_value
from .divergence import as_matrix, difference_mask
from .texts import describe

Array = np.ndarray
Index = QModelIndex | QPersistentModelIndex
VALUE_ROLE = Qt.ItemDataRole.UserRole + 1  # the exact float64 of a cell
DIFFERS_ROLE = Qt.ItemDataRole.UserRole + 2  # True on a highlighted entry
DIFF_BACKGROUND, DIFF_TEXT = QColor(255, 200, 170), QColor(150, 30, 0)
MAX_ROWS_SHOWN = 8  # taller arrays scroll


class ArrayModel(QAbstractTableModel):
    """A read-only 2-D array; the entries where ``mask`` is True are highlighted."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._array = np.zeros((0, 0))
        self._mask: Array | None = None
        self._bold = QFont()
        self._bold.setBold(True)

    def set_array(self, array: Array, mask: Array | None = None) -> None:
        self.beginResetModel()
        self._array = array
        self._mask = mask if mask is not None and mask.shape == array.shape else None
        self.endResetModel()

    def array(self) -> Array:
        return self._array

    def highlighted(self) -> list[tuple[int, int]]:
        """(row, column) of every highlighted entry, from 0."""
        return [] if self._mask is None else [tuple(int(i) for i in index) for index in np.argwhere(self._mask)]

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else self._array.shape[0]

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else self._array.shape[1]

    def _differs(self, row: int, column: int) -> bool:
        return self._mask is not None and bool(self._mask[row, column])

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        value = float(self._array[row, column])
        if role == Qt.ItemDataRole.DisplayRole:
            return format_value(value)
        if role == VALUE_ROLE:
            return value
        if role == DIFFERS_ROLE:
            return self._differs(row, column)
        if role == Qt.ItemDataRole.BackgroundRole:
            return DIFF_BACKGROUND if self._differs(row, column) else None
        if role == Qt.ItemDataRole.ForegroundRole:
            return DIFF_TEXT if self._differs(row, column) else None
        if role == Qt.ItemDataRole.FontRole:
            return self._bold if self._differs(row, column) else None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            text = self.tr("[%1, %2] = %3").replace("%1", str(row)).replace("%2", str(column)).replace("%3", repr(value))
            return text + ("\n" + self.tr("differs") if self._differs(row, column) else "")
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return str(section)  # NumPy's index, as the verdicts write it: "differs at (0, 2)"
        return None


class ArrayPane(QWidget):
    """A heading ("yours: dW[2]  (4, 1)") over a table of the array, or a line of text for a non-array."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = ArrayModel(self)
        self.heading = QLabel(self)
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setWordWrap(False)
        for header in (self.table.horizontalHeader(), self.table.verticalHeader()):
            header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
            header.setHighlightSections(False)
        bold = QFont(self.table.font())
        bold.setBold(True)  # the highlighted entries are bold: the columns fit them
        self.table.horizontalHeader().setDefaultSectionSize(QFontMetrics(bold).horizontalAdvance(WIDEST_NUMBER) + 14)
        metrics = self.table.fontMetrics()
        self.table.verticalHeader().setDefaultSectionSize(metrics.height() + 4)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.heading)
        layout.addWidget(self.table)
        layout.addWidget(self.text)
        layout.addStretch(1)
        self.text.hide()

    def show_value(self, heading: str, value: Any, mask: Array | None) -> None:
        self.heading.setText(heading)
        matrix = as_matrix(value)
        if matrix is None:
            self.model.set_array(np.zeros((0, 0)))
            self.table.hide()
            self.text.setText(describe(value))
            self.text.show()
            return
        self.text.hide()
        self.model.set_array(matrix, mask)
        self.table.show()
        self._fit()

    def clear(self) -> None:
        self.heading.clear()
        self.text.clear()
        self.model.set_array(np.zeros((0, 0)))

    def _fit(self) -> None:
        """As tall as its rows (up to MAX_ROWS_SHOWN) so two short arrays do not float in empty space."""
        rows = min(self.model.rowCount(), MAX_ROWS_SHOWN)
        header = self.table.horizontalHeader().height() or self.table.verticalHeader().defaultSectionSize()
        height = header + rows * self.table.verticalHeader().defaultSectionSize() + 2 * self.table.frameWidth()
        columns = self.model.columnCount()
        width = (self.table.verticalHeader().sizeHint().width() + columns * self.table.horizontalHeader()
                 .defaultSectionSize() + 2 * self.table.frameWidth())
        bar = self.table.horizontalScrollBar().sizeHint().height() if columns > 6 else 0  # wide ones scroll
        self.table.setFixedHeight(height + bar + 4)
        self.table.setMaximumWidth(width + (self.table.verticalScrollBar().sizeHint().width()
                                            if self.model.rowCount() > MAX_ROWS_SHOWN else 0) + 2)


class SideBySide(QWidget):
    """The student's value and the expected one, as two tables, differences highlighted, and a line about them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.yours = ArrayPane(self)
        self.expected = ArrayPane(self)
        self.yours.setObjectName("yours_pane")
        self.expected.setObjectName("expected_pane")
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        panes = QHBoxLayout()
        panes.addWidget(self.yours, 1)
        panes.addWidget(self.expected, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(panes)
        layout.addWidget(self.summary)
        layout.addStretch(1)
        self._shown: tuple | None = None
        self.yours.table.horizontalScrollBar().valueChanged.connect(self.expected.table.horizontalScrollBar().setValue)
        self.expected.table.horizontalScrollBar().valueChanged.connect(self.yours.table.horizontalScrollBar().setValue)
        self.yours.table.verticalScrollBar().valueChanged.connect(self.expected.table.verticalScrollBar().setValue)
        self.expected.table.verticalScrollBar().valueChanged.connect(self.yours.table.verticalScrollBar().setValue)

    def show_pair(self, name: str, yours: Any, expected: Any, mask: Any = None, *,
                  expected_title: Callable[[], str] | None = None) -> None:
        """Show ``yours`` and ``expected`` under ``name``; ``mask`` (True = differs) is computed if not given."""
        self._shown = (name, yours, expected, mask, expected_title)
        a, b = as_matrix(yours), as_matrix(expected)
        given = None if mask is None else as_matrix(np.asarray(mask, dtype=bool))
        if given is not None and a is not None and given.shape == a.shape:
            differs = given.astype(bool)
        else:
            differs = difference_mask(yours, expected)
        self.yours.show_value(self._heading(self.tr("yours"), name, yours), yours, differs)
        title = expected_title() if expected_title is not None else self.tr("expected")
        self.expected.show_value(self._heading(title, name, expected), expected, differs)
        self.summary.setText(self._summary(a, b, differs))

    def _heading(self, who: str, name: str, value: Any) -> str:
        shape = np.shape(value) if as_matrix(value) is not None and np.ndim(value) > 0 else None
        text = self.tr("%1: %2").replace("%1", who).replace("%2", name)
        return f"{text}   {shape}" if shape is not None else text

    def _summary(self, a: Array | None, b: Array | None, differs: Array | None) -> str:
        if a is None or b is None:
            return ""
        if a.shape != b.shape:
            return self.tr("The shapes differ: %1 and %2.").replace("%1", str(a.shape)) \
                .replace("%2", str(b.shape))
        count = 0 if differs is None else int(differs.sum())
        if count == 0:
            return self.tr("Every entry is the same.")
        return self.tr("%1 of %2 entries differ (highlighted).").replace("%1", str(count)).replace("%2", str(a.size))

    def clear(self) -> None:
        self._shown = None
        self.yours.clear()
        self.expected.clear()
        self.summary.clear()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and getattr(self, "_shown", None) is not None:
            name, yours, expected, mask, title = self._shown
            self.show_pair(name, yours, expected, mask, expected_title=title)
        super().changeEvent(event)

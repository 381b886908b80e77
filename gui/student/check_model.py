"""CheckTableModel: one row per course function of the student's file — function, status, explanation.

The rows are ``core.student.checks.FunctionCheck`` objects as ``check_all`` returned them,
in the course's order. The status column says it in words AND in colour (green pass,
orange "fails", red error, grey "not written yet"); the explanation is the verdict in the
user's language, rendered when shown, so switching the language re-words every row.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from ...core.student.checks import CheckReport, FunctionCheck
from ...core.student.verdicts import Status
from .texts import render_verdict, status_text, week_text

Index = QModelIndex | QPersistentModelIndex
FUNCTION, STATUS, EXPLANATION = range(3)
# The status column: (background, text) per status. The words say the same, for every eye and on grey screens.
STATUS_COLORS = {
    Status.PASS: (QColor(200, 238, 210), QColor(20, 100, 50)),
    Status.FAIL: (QColor(255, 214, 170), QColor(140, 60, 0)),
    Status.ERROR: (QColor(250, 190, 190), QColor(150, 20, 20)),
    Status.NOT_WRITTEN: (QColor(228, 228, 228), QColor(80, 80, 80)),
}
STATUS_ROLE = Qt.ItemDataRole.UserRole + 1  # the row's Status
KEY_ROLE = Qt.ItemDataRole.UserRole + 2  # the function's key ("predict@3")


class CheckTableModel(QAbstractTableModel):
    """The check table: ``set_report(report)`` shows a CheckReport; ``check(row)`` gives the row's FunctionCheck."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._checks: tuple[FunctionCheck, ...] = ()
        self._bold = QFont()
        self._bold.setBold(True)

    def set_report(self, report: CheckReport | None) -> None:
        self.beginResetModel()
        self._checks = () if report is None else tuple(report.functions)
        self.endResetModel()

    def check(self, row: int) -> FunctionCheck | None:
        return self._checks[row] if 0 <= row < len(self._checks) else None

    def row_of(self, key: str) -> int:
        """The row of the function with this key (or name), −1 if it has none."""
        for row, check in enumerate(self._checks):
            if key in (check.key, check.name):
                return row
        return -1

    def retranslate(self) -> None:
        """Every text again, in the current language."""
        if self._checks:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._checks) - 1, EXPLANATION))
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, EXPLANATION)

    # ------------------------------------------------------------------ QAbstractTableModel
    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._checks)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 3

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        check = self._checks[index.row()]
        column = index.column()
        if role == STATUS_ROLE:
            return check.status
        if role == KEY_ROLE:
            return check.key
        if role == Qt.ItemDataRole.DisplayRole:
            if column == FUNCTION:
                return f"{check.name}  ({week_text(check.week)})"
            if column == STATUS:
                return status_text(check.status)
            return render_verdict(check.verdict)
        if role == Qt.ItemDataRole.ToolTipRole and column == EXPLANATION:
            parts = [render_verdict(check.verdict), render_verdict(check.case),
                     *(render_verdict(note) for note in check.notes)]
            return "\n".join(part for part in parts if part)
        if column == STATUS:
            background, text = STATUS_COLORS[check.status]
            if role == Qt.ItemDataRole.BackgroundRole:
                return background
            if role == Qt.ItemDataRole.ForegroundRole:
                return text
            if role == Qt.ItemDataRole.FontRole:
                return self._bold
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Function"), self.tr("Status"), self.tr("Explanation"))[section]

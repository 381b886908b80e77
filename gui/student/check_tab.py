"""The "Checks" tab: the file's own problems, the check table, and the selected function's numbers side by side.

Above the table, the problems of the file as a whole (a syntax error with its line and
Python's message, an import that failed, statements that were not run). Selecting a row
shows below it what decided that row: the explanation, which test case it was, any notes,
what the function printed, and — for a function that returned other numbers — the
differing part (``FunctionCheck.output``, e.g. dW[2]) as the student's array next to the
expected one, the differing entries highlighted (``FunctionCheck.mask``).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QHeaderView, QLabel, QPlainTextEdit, QTableView,
                               QVBoxLayout, QWidget)

from ...core.student.checks import CheckReport, FunctionCheck
from ...core.student.verdicts import Status
from .fitted_splitter import FittedSplitter
from .array_view import SideBySide
from .check_model import EXPLANATION, FUNCTION, STATUS, CheckTableModel
from .texts import PROBLEM_STYLE, render_verdict, status_text



class CheckTab(QWidget):
    """Problems of the file, the check table, and the details of the selected row."""

    selection_changed = Signal(object)  # the selected FunctionCheck, or None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._report: CheckReport | None = None
        self.problems_label = QLabel(self)
        self.problems_label.setObjectName("file_problems")
        self.problems_label.setWordWrap(True)
        self.problems_label.setStyleSheet(PROBLEM_STYLE)
        self.problems_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problems_label.hide()

        self.model = CheckTableModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("check_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(FUNCTION, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(STATUS, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(EXPLANATION, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().currentRowChanged.connect(lambda current, _previous: self._show_row(current.row()))

        self.detail_title = QLabel(self)
        self.detail_title.setObjectName("detail_title")
        self.detail_title.setWordWrap(True)
        title_font = self.detail_title.font()
        title_font.setBold(True)
        self.detail_title.setFont(title_font)
        self.detail_title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail_text = QLabel(self)
        self.detail_text.setWordWrap(True)
        self.detail_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.side_by_side = SideBySide(self)
        self.printed_label = QLabel(self)
        self.printed = QPlainTextEdit(self)
        self.printed.setObjectName("printed_output")
        self.printed.setReadOnly(True)
        self.printed.setMaximumHeight(90)

        detail = QWidget(self)
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(0, 4, 0, 0)
        detail_layout.addWidget(self.detail_title)
        detail_layout.addWidget(self.detail_text)
        detail_layout.addWidget(self.side_by_side, 1)
        detail_layout.addWidget(self.printed_label)
        detail_layout.addWidget(self.printed)
        self.splitter = FittedSplitter(self.table, detail, (3, 2), self)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.problems_label)
        layout.addWidget(self.splitter, 1)
        self._show_row(-1)

    # ------------------------------------------------------------------ public
    @property
    def report(self) -> CheckReport | None:
        return self._report

    def set_report(self, report: CheckReport | None) -> None:
        """Show ``report`` (None: an empty table); the row that was selected stays selected."""
        kept = self.selected_check()
        self._report = report
        self.model.set_report(report)
        self._show_problems()
        self._fit_splitter()
        row = self.model.row_of(kept.key) if kept is not None else -1
        if row < 0 and report is not None:  # the first function that does not pass is what to look at
            row = next((r for r, check in enumerate(report.functions) if check.status in (Status.FAIL, Status.ERROR)),
                       -1)
        self.select_row(row)

    def _fit_splitter(self) -> None:
        """The table as tall as its rows (15 at most before it scrolls), the details the rest, until the
        user moves the handle."""
        total = self.splitter.total()
        rows = min(self.model.rowCount(), 15) or 4
        table = (self.table.horizontalHeader().sizeHint().height() + rows * self.table.verticalHeader()
                 .defaultSectionSize() + 2 * self.table.frameWidth() + 2)
        self.splitter.fit(max(min(table, total - 220), min(total // 3, table)))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_splitter()

    def select(self, key: str) -> bool:
        """Select the row of the function ``key`` (or its name); False if the table has none."""
        row = self.model.row_of(key)
        self.select_row(row)
        return row >= 0

    def select_row(self, row: int) -> None:
        if row < 0:
            self.table.clearSelection()
            self._show_row(-1)
            return
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.table.scrollTo(index)
        self._show_row(row)

    def selected_check(self) -> FunctionCheck | None:
        return self.model.check(self.table.currentIndex().row()) if self.table.currentIndex().isValid() else None

    def rows(self) -> list[tuple[str, str, str]]:
        """The table as the user reads it: (function, status, explanation) per row."""
        model = self.model
        return [tuple(model.data(model.index(r, c)) for c in range(3)) for r in range(model.rowCount())]

    def row(self, key: str) -> tuple[str, str, str] | None:
        r = self.model.row_of(key)
        return None if r < 0 else self.rows()[r]

    def problems_text(self) -> str:
        return self.problems_label.text() if self.problems_label.isVisibleTo(self) else ""

    # ------------------------------------------------------------------ showing
    def _show_problems(self) -> None:
        problems = () if self._report is None else self._report.problems
        if not problems:
            self.problems_label.clear()
            self.problems_label.hide()
            return
        self.problems_label.setText("\n".join(render_verdict(problem) for problem in problems))
        self.problems_label.show()

    def _show_row(self, row: int) -> None:
        check = self.model.check(row)
        self.selection_changed.emit(check)
        if check is None:
            self.detail_title.setText(self.tr("Select a function to see what decided its line.")
                                      if self.model.rowCount() else "")
            self.detail_text.clear()
            self.side_by_side.clear()
            self.side_by_side.hide()
            self.printed_label.hide()
            self.printed.hide()
            return
        self.detail_title.setText(self.tr("%1 — %2: %3").replace("%1", check.name)
                                  .replace("%2", status_text(check.status)).replace("%3", render_verdict(check.verdict)))
        lines = []
        if check.case is not None:
            lines.append(self.tr("Decided by: %1").replace("%1", render_verdict(check.case)))
        lines += [render_verdict(note) for note in check.notes]
        if check.status is Status.PASS:
            lines.append(self.tr("Every case returned core's numbers."))
        self.detail_text.setText("\n".join(lines))
        self.detail_text.setVisible(bool(lines))
        if check.output is not None and (check.yours is not None or check.expected is not None):
            self.side_by_side.show_pair(check.output, check.yours, check.expected, check.mask)
            self.side_by_side.show()
        else:
            self.side_by_side.clear()
            self.side_by_side.hide()
        self.printed_label.setText(self.tr("What it printed:"))
        self.printed.setPlainText(check.printed)
        self.printed_label.setVisible(bool(check.printed))
        self.printed.setVisible(bool(check.printed))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "printed"):
            self.model.retranslate()
            self._show_problems()
            self._show_row(self.table.currentIndex().row() if self.table.currentIndex().isValid() else -1)
        super().changeEvent(event)

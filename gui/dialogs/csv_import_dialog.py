"""CsvImportDialog: look at a CSV file before it becomes the dataset.

Shows the first rows as the file has them, the separator and header that were
detected, how each label value maps to a class (or the range of the targets for
regression), and the first error with its line number. The whole file is parsed
by ``core.data.csv_data.parse_csv``: OK is only enabled when every row is valid, so
nothing is ever half-loaded.
"""

from __future__ import annotations

import csv
import html
from collections import Counter
from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (QAbstractItemView, QAbstractScrollArea, QCheckBox, QDialog, QDialogButtonBox, QHeaderView, QLabel,
                               QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from ...core.data.csv_data import UTF8, detect_separator, lines, parse_csv, parse_number, read_text, split_line
from ...core.data.datasets import Dataset
from ...core.errors import CSVError
from ..support import colors
from ..support.messages import format_message

PREVIEW_ROWS = 8
PREVIEW_CHARS = 200  # of one cell: a hostile 100 000-character field is not laid out in a table


class CsvImportDialog(QDialog):
    """Preview, separator, header, label → class mapping and errors of one CSV file."""

    def __init__(self, path: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("csv_import_dialog")
        self._path = Path(path)
        self._text = ""
        self.encoding = UTF8
        self._read_error: CSVError | None = None
        self._dataset: Dataset | None = None
        self.separator: str | None = None
        self._preview_lines: list[int] = []
        self.header: list[str] | None = None

        self.file_label = QLabel(self)
        self.format_label = QLabel(self)
        self.format_label.setWordWrap(True)
        self.preview_table = self._table()
        self.regression_box = QCheckBox(self)
        self.regression_box.toggled.connect(self._parse)
        self.mapping_title = QLabel(self)
        self.mapping_table = self._table()
        self.error_label = QLabel(self)
        self.error_label.setObjectName("csv_error")
        self.error_label.setWordWrap(True)
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        parent=self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        self.mapping_table.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents)
        self.mapping_table.setMaximumHeight(240)
        layout = QVBoxLayout(self)
        for widget in (self.file_label, self.format_label, self.preview_table, self.regression_box,
                       self.error_label, self.mapping_title, self.mapping_table, self.buttons):
            layout.addWidget(widget, 1 if widget is self.preview_table else 0)
        self.resize(560, 520)

        self.retranslate()
        try:
            self._text, self.encoding = read_text(self._path)  # at most core's MAX_BYTES, even from a pipe
        except CSVError as error:
            self._read_error = error
        self._fill_preview()
        self._parse()

    def _table(self) -> QTableWidget:
        table = QTableWidget(self)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        return table

    # ------------------------------------------------------------------ public (callers and tests)
    def dataset(self) -> Dataset | None:
        """The parsed dataset, or None while the file (with the current choice) has an error."""
        return self._dataset

    def set_regression(self, on: bool) -> None:
        self.regression_box.setChecked(on)

    def error_text(self) -> str:
        """The error shown (with its line number), or "" when the file loads."""
        return "" if self._dataset is not None else self.error_label.text()

    # ------------------------------------------------------------------ filling
    def _data_lines(self) -> list[tuple[int, str]]:
        found = []
        for number, line in enumerate(lines(self._text), start=1):
            stripped = line.strip()
            if stripped and not stripped.startswith("#"):
                found.append((number, stripped))
            if len(found) > PREVIEW_ROWS:
                break
        return found

    def _cells(self, line: str) -> list[str]:
        """The fields of a preview line; a line core cannot split is shown whole (core says why)."""
        try:
            return [cell[:PREVIEW_CHARS] for cell in split_line(line[:PREVIEW_CHARS * 4], self.separator or ",")]
        except csv.Error:
            return [line[:PREVIEW_CHARS]]

    def _fill_preview(self) -> None:
        data_lines = self._data_lines()
        if data_lines:
            self.separator = detect_separator(data_lines[0][1])
            first = self._cells(data_lines[0][1])
            if len(first) >= 2 and parse_number(first[0]) is None and parse_number(first[1]) is None:
                self.header = first  # the same rule as core: x1 and x2 of the first row are not numbers
                data_lines = data_lines[1:]
        rows = [(number, self._cells(line)) for number, line in data_lines[:PREVIEW_ROWS]]
        self._preview_lines = [number for number, _ in rows]
        columns = max([3] + [len(fields) for _, fields in rows])
        table = self.preview_table
        table.setRowCount(len(rows))
        table.setColumnCount(columns)
        names = list(self.header or ["x1", "x2", self.tr("label")])
        table.setHorizontalHeaderLabels(names + [""] * (columns - len(names)))
        table.setVerticalHeaderLabels([self.tr("line %1").replace("%1", str(number)) for number, _ in rows])
        for r, (_, fields) in enumerate(rows):
            for c, field in enumerate(fields):
                table.setItem(r, c, QTableWidgetItem(field))
        self._fill_format_label()

    def _fill_format_label(self) -> None:
        names = {",": self.tr("comma"), ";": self.tr("semicolon"), "\t": self.tr("tab")}
        separator = names.get(self.separator or "", self.tr("none found"))
        header = (self.tr("yes: %1").replace("%1", html.escape(", ".join(self.header))) if self.header
                  else self.tr("no (the first row is data)"))
        text = (self.tr("Separator: <b>%1</b> &nbsp;·&nbsp; Header row: <b>%2</b>").replace("%1", separator)
                .replace("%2", header))
        if self.encoding != UTF8:  # say it: a file that is not UTF-8 was read another way
            text += " &nbsp;·&nbsp; " + self.tr("Encoding: <b>%1</b> (not UTF-8)").replace("%1", self.encoding)
        self.format_label.setText(text)

    def _parse(self) -> None:
        """Parse the whole file with the current choice; show the mapping or the error."""
        self._dataset = None
        try:
            if self._read_error is not None:
                raise self._read_error
            self._dataset = parse_csv(self._text, self.regression_box.isChecked(), name=self._path.stem)
        except CSVError as error:
            self._show_error(error)
        else:
            self.error_label.hide()
            self._mark_line(0)
            self._fill_mapping(self._dataset)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(self._dataset is not None)

    def _show_error(self, error: CSVError) -> None:
        reason = format_message(error.reason)  # in the user's language

        if error.line > 0:
            text = self.tr("Line %1: %2").replace("%1", str(error.line)).replace("%2", reason)
        else:
            text = reason[:1].upper() + reason[1:]
        self.error_label.setText(self.tr("Cannot load this file. %1").replace("%1", text))
        self.error_label.setStyleSheet("color: #b3261e; font-weight: bold;")
        self.error_label.show()
        self.mapping_table.setRowCount(0)
        self.mapping_table.hide()
        self.mapping_title.setText(self.tr("Nothing will be loaded until the file is fixed."))
        self._mark_line(error.line)

    def _mark_line(self, line: int) -> None:
        """Tint the preview row of ``line`` (if shown) so the student sees the faulty row."""
        table = self.preview_table
        for r, number in enumerate(self._preview_lines):
            for c in range(table.columnCount()):
                item = table.item(r, c)
                if item is not None:
                    item.setBackground(QBrush(QColor(255, 205, 200)) if number == line else QBrush())

    def _fill_mapping(self, dataset: Dataset) -> None:
        table = self.mapping_table
        if not dataset.is_classification:
            y = dataset.y
            self.mapping_title.setText(self.tr("%1 points; continuous targets y from %2 to %3 (regression)")
                                       .replace("%1", str(dataset.m)).replace("%2", f"{y.min():.4g}")
                                       .replace("%3", f"{y.max():.4g}"))
            table.setRowCount(0)
            table.hide()
            return
        counts = Counter(dataset.y.tolist())
        kind = self.tr("binary") if dataset.problem == "binary" else self.tr("%1 classes, softmax").replace(
            "%1", str(dataset.n_classes))
        self.mapping_title.setText(self.tr("%1 points; each label value becomes a class (%2):")
                                   .replace("%1", str(dataset.m)).replace("%2", kind))
        table.setColumnCount(3)
        table.setHorizontalHeaderLabels([self.tr("Label in the file"), self.tr("Class y"), self.tr("Points")])
        table.verticalHeader().hide()
        table.setRowCount(dataset.n_classes)
        table.show()
        for k, name in enumerate(dataset.class_names):
            swatch = QTableWidgetItem(str(k))
            swatch.setBackground(QBrush(colors.qcolor(colors.class_color(k), 110)))
            for c, item in enumerate((QTableWidgetItem(name), swatch, QTableWidgetItem(str(counts.get(k, 0))))):
                table.setItem(k, c, item)

    def retranslate(self) -> None:
        """Its fixed texts in the current language (at start and on LanguageChange)."""
        self.setWindowTitle(self.tr("Import points from CSV"))
        self.file_label.setText(self.tr("File: <b>%1</b>").replace("%1", html.escape(self._path.name)))
        self.regression_box.setText(self.tr("Regression (continuous labels)"))
        self.regression_box.setToolTip(self.tr(
            "Treat the label column as a number y to predict (linear output, squared error) "
            "instead of a class (sigmoid or softmax output)."))
        self.preview_table.setToolTip(self.tr("The first rows of the file, as they are written in it."))
        self.mapping_table.setToolTip(self.tr(
            "How each distinct label value becomes a class number y (0, 1, …), the network's target."))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "buttons"):
            self.retranslate()
            self._fill_preview()  # "line 3", the separator's name
            self._parse()  # the mapping or the error, in the new language
        super().changeEvent(event)


def run_csv_import_dialog(parent: QWidget | None, path: str) -> Dataset | None:
    """Show the dialog modally; the dataset if the user pressed OK, else None."""
    dialog = CsvImportDialog(path, parent)
    try:
        return dialog.dataset() if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()


if __name__ == "__main__":
    import sys
    import tempfile

    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv)
    if len(sys.argv) > 1:
        sample = sys.argv[1]
    else:
        sample = str(Path(tempfile.mkdtemp()) / "points.csv")
        Path(sample).write_text("x1;x2;species\n0.5;1.2;setosa\n1.5;0.3;versicolor\n-0.2;0.8;setosa\n"
                                "2.1;2.2;virginica\n1.1;1.9;virginica\n0.3;-0.4;versicolor\n")
    dialog = CsvImportDialog(sample)
    dialog.show()
    sys.exit(app.exec())

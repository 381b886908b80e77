"""Importing points from CSV: the preview dialog and the File → Import points flow."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PySide6.QtWidgets import QDialogButtonBox

from backprop_studio.core.data.csv_data import parse_csv
from backprop_studio.gui.dialogs.csv_import_dialog import CsvImportDialog
from tests.gui.files.test_file_actions import assert_unchanged, make_window, snapshot

ROWS = [("0.5", "1.25", "a"), ("-1", "2", "b"), ("3", "-0.75", "a"), ("1e-3", "4", "b")]


def _write(tmp_path: Path, separator: str, header: bool, name: str = "points.csv") -> Path:
    lines = [separator.join(("x1", "x2", "label"))] if header else []
    lines += [separator.join(row) for row in ROWS]
    path = tmp_path / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _dialog(qtbot, path: Path) -> CsvImportDialog:
    dialog = CsvImportDialog(str(path))
    qtbot.addWidget(dialog)
    return dialog


def _ok(dialog: CsvImportDialog):
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


@pytest.mark.parametrize("separator", [",", ";", "\t"])
@pytest.mark.parametrize("header", [True, False])
def test_each_separator_and_header_style_is_detected_and_previewed(qtbot, tmp_path, separator, header):
    path = _write(tmp_path, separator, header)
    dialog = _dialog(qtbot, path)
    assert dialog.separator == separator
    assert dialog.header == (["x1", "x2", "label"] if header else None)
    names = {",": "comma", ";": "semicolon", "\t": "tab"}
    assert names[separator] in dialog.format_label.text()
    assert ("yes: x1, x2, label" if header else "no (the first row is data)") in dialog.format_label.text()
    table = dialog.preview_table
    assert table.rowCount() == len(ROWS)
    assert [table.item(0, c).text() for c in range(3)] == list(ROWS[0])
    first_line = 2 if header else 1
    assert table.verticalHeaderItem(0).text() == f"line {first_line}"
    dataset = dialog.dataset()
    expected = parse_csv(path.read_text())
    assert _ok(dialog).isEnabled() and dialog.error_text() == ""
    assert np.array_equal(dataset.X, expected.X) and dataset.y.tolist() == [0, 1, 0, 1]


def test_label_values_are_mapped_to_classes_and_shown(qtbot, tmp_path):
    path = tmp_path / "iris.csv"
    path.write_text("x1;x2;species\n0;0;setosa\n1;0;virginica\n0;1;versicolor\n1;1;setosa\n")
    dialog = _dialog(qtbot, path)
    table = dialog.mapping_table
    rows = [[table.item(r, c).text() for c in range(3)] for r in range(table.rowCount())]
    assert rows == [["setosa", "0", "2"], ["versicolor", "1", "1"], ["virginica", "2", "1"]]
    assert "3 classes, softmax" in dialog.mapping_title.text()
    assert dialog.dataset().class_names == ("setosa", "versicolor", "virginica")


def test_continuous_labels_need_the_regression_box(qtbot, tmp_path):
    path = tmp_path / "heights.csv"
    path.write_text("".join(f"{i},{i % 3},{0.1 * i + 0.05}\n" for i in range(12)))
    dialog = _dialog(qtbot, path)
    assert dialog.dataset() is None and not _ok(dialog).isEnabled()
    assert "more than 10 classes" in dialog.error_text() and "Line 11" in dialog.error_text()
    dialog.regression_box.setChecked(True)
    dataset = dialog.dataset()
    assert dataset is not None and dataset.problem == "regression" and _ok(dialog).isEnabled()
    assert dataset.y[-1] == pytest.approx(1.15)
    assert "continuous targets y from 0.05 to 1.15" in dialog.mapping_title.text()


@pytest.mark.parametrize("content, expected", [
    ("x1,x2,label\n1,2,a\n3,oops,b\n", "Line 3: x2 is not a number: 'oops'"),
    ("1,2,a\n3,4\n", "Line 2: found 2 column(s) separated by commas"),
    ("1;2;a\n3;nan;b\n", "Line 2: x2 is NaN or infinite"),
    ("1,2,a\n3,4,a\n", "Only one class"),
    ("x1,x2,label\n", "No data rows"),
    ("1,2,\n", "Line 1: the label is empty"),
])
def test_bad_rows_are_refused_with_their_line_and_reason(qtbot, tmp_path, content, expected):
    path = tmp_path / "bad.csv"
    path.write_text(content)
    dialog = _dialog(qtbot, path)
    assert expected in dialog.error_text()
    assert dialog.dataset() is None and not _ok(dialog).isEnabled()
    assert dialog.mapping_table.rowCount() == 0


def test_bom_and_latin1_files_load(qtbot, tmp_path):
    path = tmp_path / "excel.csv"
    path.write_bytes("x1;x2;étiquette\n1;2;oui\n3;4;non\n".encode("latin-1"))
    assert _dialog(qtbot, path).dataset().class_names == ("non", "oui")
    path.write_bytes(b"\xef\xbb\xbfx1,x2,label\n1,2,0\n3,4,1\n")
    dialog = _dialog(qtbot, path)
    assert dialog.header == ["x1", "x2", "label"] and dialog.dataset().m == 2


def test_import_flow_installs_the_points_or_changes_nothing(qtbot, tmp_path):
    window, actions, seams = make_window(qtbot, tmp_path)
    session = window.session
    shown = []

    def through_dialog(path: str):
        dialog = _dialog(qtbot, Path(path))
        shown.append(dialog)
        return dialog.dataset() if _ok(dialog).isEnabled() else None  # the user presses OK when it is enabled

    actions.ask_csv_import = through_dialog
    bad = tmp_path / "bad.csv"
    bad.write_text("1,2,a\n3,4,b\n5,x,a\n")
    before = snapshot(session)
    seams.open_path = str(bad)
    assert not actions.import_csv()
    assert "Line 3" in shown[-1].error_text()
    assert_unchanged(session, before)

    seams.open_path = str(_write(tmp_path, "\t", True, "mine.tsv"))
    actions.import_csv_action.trigger()
    assert session.dataset.name == "mine" and session.dataset.y.tolist() == [0, 1, 0, 1]
    assert session.dataset.class_names == ("a", "b") and session.iteration == 0
    session.step_iteration()
    assert session.iteration == 1
    assert actions.recent.paths()[0].endswith("mine.tsv")

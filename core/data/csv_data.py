"""The user's own points as CSV rows ``x1, x2, label``: reading with clear errors, writing.

Reading is all-or-nothing: every row is checked first and the Dataset is built
only at the end, so a bad file never leaves half a dataset behind. Each error is
a CSVError carrying the 1-based line at fault (0 when it is about the whole file).
"""

from __future__ import annotations

import csv
import io
import math
import os
import tempfile
from pathlib import Path

import numpy as np

from .datasets import MAX_CLASSES, Dataset
from ..errors import CSVError, DatasetError
from ..messages import Message

MAX_ROWS = 100_000
MAX_BYTES = 64 * 1024 * 1024  # far above 100 000 rows; stops us reading a huge wrong file into memory
_SEPARATOR_NAMES = {"\t": Message("term.tabs"), ";": Message("term.semicolons"), ",": Message("term.commas")}

Row = tuple[int, float, float, str]  # (line number, x1, x2, label text)


def _number(text: str) -> float | None:
    """The float in ``text`` (NaN and infinity included), or None if it is not a number."""
    try:
        return float(text)
    except ValueError:
        return None


def _detect_separator(line: str) -> str:
    # Tab and semicolon first: a line with either is not comma-separated, whereas a
    # comma can appear inside a semicolon file (e.g. in a quoted class name).
    for separator in ("\t", ";"):
        if separator in line:
            return separator
    return ","


def _split(line: str, separator: str) -> list[str]:
    # The csv module handles quoted fields ("a, b") that a plain str.split would cut.
    return [field.strip() for field in next(csv.reader([line], delimiter=separator))]


def _read_rows(text: str) -> list[Row]:
    """Checked data rows; the header (if any), blank lines and # comments are skipped."""
    rows: list[Row] = []
    separator: str | None = None
    first = True
    for number, line in enumerate(text.splitlines(), start=1):
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        if separator is None:
            separator = _detect_separator(stripped)
        fields = _split(stripped, separator)
        if len(fields) != 3:
            raise CSVError(number, "csv.columns", count=len(fields), separator=_SEPARATOR_NAMES[separator])
        values = [_number(field) for field in fields[:2]]
        is_header = first and values[0] is None and values[1] is None
        first = False
        if is_header:
            continue
        for which, field, value in zip(("x1", "x2"), fields, values):
            if value is None:
                raise CSVError(number, "csv.not_a_number", column=which, text=field)
            if not math.isfinite(value):
                raise CSVError(number, "csv.not_finite", column=which, text=field)
        if not fields[2]:
            raise CSVError(number, "csv.empty_label")
        if len(rows) == MAX_ROWS:
            raise CSVError(number, "csv.too_many_rows", max=MAX_ROWS)
        rows.append((number, values[0], values[1], fields[2]))  # type: ignore[arg-type]
    if not rows:
        raise CSVError(0, "csv.no_rows")
    return rows


def _regression_targets(rows: list[Row]) -> np.ndarray:
    """y (m,) float64 from numeric labels."""
    y = np.empty(len(rows))
    for i, (number, _, _, label) in enumerate(rows):
        value = _number(label)
        if value is None:
            raise CSVError(number, "csv.label_not_a_number", label=label)
        if not math.isfinite(value):
            raise CSVError(number, "csv.label_not_finite", label=label)
        y[i] = value
    return y


def _classes(rows: list[Row]) -> tuple[np.ndarray, tuple[str, ...]]:
    """y (m,) int64 in 0..K-1 and the K original label texts, in sorted order."""
    values = [_number(label) for _, _, _, label in rows]
    numeric = all(v is not None for v in values)
    if numeric:
        for (number, _, _, label), value in zip(rows, values):
            if not math.isfinite(value):  # type: ignore[arg-type]
                raise CSVError(number, "csv.label_not_finite", label=label)
    # Numbers are compared as numbers ("1" and "1.0" are one class, 9 < 10); words as text.
    keys = values if numeric else [label for _, _, _, label in rows]
    first_seen: dict[object, tuple[int, str]] = {}
    for key, (number, _, _, label) in zip(keys, rows):
        if key not in first_seen:
            first_seen[key] = (number, label)
            if len(first_seen) > MAX_CLASSES:
                raise CSVError(number, "csv.too_many_classes", max=MAX_CLASSES, label=label, nth=MAX_CLASSES + 1)
    if len(first_seen) < 2:
        raise CSVError(0, "csv.one_class", label=rows[0][3])
    ordered = sorted(first_seen)  # type: ignore[type-var]
    index = {key: k for k, key in enumerate(ordered)}
    y = np.array([index[key] for key in keys], dtype=np.int64)
    return y, tuple(first_seen[key][1] for key in ordered)


def parse_csv(text: str, regression: bool = False, name: str = "csv") -> Dataset:
    """A Dataset with X (2, m) and y (m,) from CSV text of rows ``x1, x2, label``."""
    if text.startswith("\ufeff"):
        text = text[1:]
    rows = _read_rows(text)
    X = np.array([[row[1] for row in rows], [row[2] for row in rows]], dtype=np.float64)
    if regression:
        return Dataset(X, _regression_targets(rows), "regression", name)
    y, class_names = _classes(rows)
    problem = "binary" if len(class_names) == 2 else "multiclass"
    return Dataset(X, y, problem, name, class_names)


def decode_csv_bytes(data: bytes) -> str:
    """Text of a CSV file's bytes: UTF-8 (BOM or not), UTF-16 with a BOM, else Latin-1."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):  # Excel's "Unicode text"
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise CSVError(0, "csv.bad_utf16") from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        # Latin-1 maps every byte to a character, so an old-style file still loads.
        return data.decode("latin-1")


def read_csv(path: str | os.PathLike[str], regression: bool = False) -> Dataset:
    """Read a CSV file of rows ``x1, x2, label`` into a Dataset named after the file."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise CSVError(0, "file.too_large", size=size // 2**20, max=MAX_BYTES // 2**20)
        data = path.read_bytes()
    except OSError as error:
        raise CSVError(0, "file.cannot_read", name=path.name, reason=error.strerror or str(error)) from None
    return parse_csv(decode_csv_bytes(data), regression, name=path.stem)


def write_csv(dataset: Dataset, path: str | os.PathLike[str]) -> None:
    """Write rows ``x1,x2,label`` (labels as class names), exact floats, via a temporary file.

    Reading the file back gives the same dataset, provided every class has at least
    one point and the class names are in sorted order (as read_csv makes them).
    """
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(("x1", "x2", "label"))
    for x1, x2, label in zip(dataset.X[0].tolist(), dataset.X[1].tolist(), dataset.y.tolist()):
        # repr of a Python float is the shortest text that reads back to the same bits.
        text = dataset.class_names[label] if dataset.class_names else repr(float(label))
        writer.writerow((repr(x1), repr(x2), text))
    path = Path(path)
    try:
        # Write beside the target and rename: a crash never leaves half a file under its name.
        fd, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as error:
        raise DatasetError("file.cannot_write", name=path.name, reason=error.strerror or str(error)) from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as file:
            file.write(buffer.getvalue())
        # mkstemp makes the file private (0600); give it the mode an ordinary save would have.
        os.chmod(temporary, path.stat().st_mode & 0o777 if path.exists() else 0o644)
        os.replace(temporary, path)
    except OSError as error:
        try:
            os.unlink(temporary)
        except OSError:
            pass
        raise DatasetError("file.cannot_write", name=path.name, reason=error.strerror or str(error)) from None


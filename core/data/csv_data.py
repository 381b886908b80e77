"""The user's own points as CSV rows ``x1, x2, label``: reading with clear errors, writing.

Reading is all-or-nothing: every row is checked first and the Dataset is built
only at the end, so a bad file never leaves half a dataset behind. Each error is
a CSVError carrying the 1-based line at fault (0 when it is about the whole file).
"""

from __future__ import annotations

import codecs
import csv
import io
import math
import os
import re
from pathlib import Path
from typing import Iterator

import numpy as np

from .datasets import MAX_CLASSES, Dataset
from ..errors import CSVError, DatasetError
from ..files.atomic import atomic_write
from ..files.limits import MAX_CSV_BYTES, MAX_MAGNITUDE, read_capped
from ..messages import Message

MAX_ROWS = 100_000
MAX_BYTES = MAX_CSV_BYTES  # far above 100 000 rows; stops us reading a huge wrong file into memory
#: The longest line read: three numbers and a class name fit many times over. Longer lines are
#: refused with a message (Python's csv module would raise its own error past 131 072 characters).
MAX_LINE = 10_000
_SEPARATOR_NAMES = {"\t": Message("term.tabs"), ";": Message("term.semicolons"), ",": Message("term.commas")}
#: Only these end a line: a vertical tab, a form feed or U+2028 inside a label belongs to the label
#: (str.splitlines would cut the line there and make a good file look broken).
_LINE_END = re.compile(r"\r\n|\r|\n")
#: What ``decode`` reports for each encoding it may use.
UTF8, UTF16, WINDOWS_1252 = "UTF-8", "UTF-16", "Windows-1252"

Row = tuple[int, float, float, str]  # (line number, x1, x2, label text)


def parse_number(text: str) -> float | None:
    """The float in ``text`` (NaN and infinity included), or None if it is not a number."""
    try:
        return float(text)
    except ValueError:
        return None


def detect_separator(line: str) -> str:
    """The separator of a CSV line: a tab, a semicolon, else a comma."""
    # Tab and semicolon first: a line with either is not comma-separated, whereas a
    # comma can appear inside a semicolon file (e.g. in a quoted class name).
    for separator in ("\t", ";"):
        if separator in line:
            return separator
    return ","


def split_line(line: str, separator: str) -> list[str]:
    """The fields of one line, each stripped of the spaces around it; ``csv.Error`` if it cannot be split."""
    # The csv module handles quoted fields ("a, b") that a plain str.split would cut.
    return [field.strip() for field in next(csv.reader([line], delimiter=separator), [])]


def lines(text: str) -> Iterator[str]:
    """The lines of ``text``, cut at \\n, \\r\\n and \\r only (other breaks belong to a field), one at a time."""
    start = 0
    for end in _LINE_END.finditer(text):
        yield text[start:end.start()]
        start = end.end()
    yield text[start:]


def _fields(number: int, line: str, separator: str) -> list[str]:
    if len(line) > MAX_LINE:
        raise CSVError(number, "csv.field_too_long", length=len(line), max=MAX_LINE)
    try:
        return split_line(line, separator)
    except csv.Error as error:
        raise CSVError(number, "csv.unreadable", reason=str(error)) from None


def _read_rows(text: str) -> list[Row]:
    """Checked data rows; the header (if any), blank lines and # comments are skipped."""
    rows: list[Row] = []
    separator: str | None = None
    first = True
    for number, line in enumerate(lines(text), start=1):
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        if separator is None:
            separator = detect_separator(stripped)
        fields = _fields(number, stripped, separator)
        if len(fields) != 3:
            raise CSVError(number, "csv.columns", count=len(fields), separator=_SEPARATOR_NAMES[separator])
        values = [parse_number(field) for field in fields[:2]]
        is_header = first and values[0] is None and values[1] is None
        first = False
        if is_header:
            continue
        for which, field, value in zip(("x1", "x2"), fields, values):
            if value is None:
                raise CSVError(number, "csv.not_a_number", column=which, text=field)
            if not math.isfinite(value):
                raise CSVError(number, "csv.not_finite", column=which, text=field)
            if abs(value) > MAX_MAGNITUDE:
                raise CSVError(number, "csv.too_large_value", column=which, text=field, max=MAX_MAGNITUDE)
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
        value = parse_number(label)
        if value is None:
            raise CSVError(number, "csv.label_not_a_number", label=label)
        if not math.isfinite(value):
            raise CSVError(number, "csv.label_not_finite", label=label)
        if abs(value) > MAX_MAGNITUDE:  # its squared error would overflow: the run could not be trained or saved
            raise CSVError(number, "csv.label_too_large", label=label, max=MAX_MAGNITUDE)
        y[i] = value
    return y


def _classes(rows: list[Row]) -> tuple[np.ndarray, tuple[str, ...]]:
    """y (m,) int64 in 0..K-1 and the K original label texts, in sorted order."""
    values = [parse_number(label) for _, _, _, label in rows]
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


def _as_latin1(error: UnicodeDecodeError) -> tuple[str, int]:
    # The five bytes Windows-1252 leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) read as Latin-1 does.
    return error.object[error.start:error.end].decode("latin-1"), error.end


codecs.register_error("backprop_studio_latin1", _as_latin1)


def decode(data: bytes) -> tuple[str, str]:
    """Text of a CSV file's bytes and the encoding used: UTF-8 (BOM or not), UTF-16 with a BOM,
    else Windows-1252 (what Excel and Notepad write on Western Windows: ’ € … are its bytes 0x92 0x80 0x85)."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):  # Excel's "Unicode text"
        try:
            return data.decode("utf-16"), UTF16
        except UnicodeDecodeError:
            raise CSVError(0, "csv.bad_utf16") from None
    try:
        return data.decode("utf-8"), UTF8
    except UnicodeDecodeError:
        # Every byte means a character in Windows-1252 (or Latin-1 for its five gaps): an old file still loads.
        return data.decode("cp1252", errors="backprop_studio_latin1"), WINDOWS_1252


def decode_csv_bytes(data: bytes) -> str:
    """Text of a CSV file's bytes (see ``decode``)."""
    return decode(data)[0]


def read_text(path: str | os.PathLike[str]) -> tuple[str, str]:
    """The text of a CSV file and the encoding it was read in; at most MAX_BYTES are read, even from a pipe."""
    return decode(read_capped(path, MAX_BYTES, CSVError))


def encoding_note(path: str | os.PathLike[str], encoding: str) -> Message | None:
    """What to tell the user about how the file was decoded (None for UTF-8, which needs no word)."""
    if encoding == UTF8:
        return None
    return Message("csv.decoded_as", name=Path(path).name, encoding=encoding)


def read_csv(path: str | os.PathLike[str], regression: bool = False) -> Dataset:
    """Read a CSV file of rows ``x1, x2, label`` into a Dataset named after the file."""
    text, _ = read_text(path)
    return parse_csv(text, regression, name=Path(path).stem)


def write_csv(dataset: Dataset, path: str | os.PathLike[str]) -> None:
    """Write rows ``x1,x2,label`` (labels as class names), exact floats, all or nothing (core.files.atomic).

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
        atomic_write(path, buffer.getvalue().encode("utf-8"))  # all or nothing, through a link to its target
    except OSError as error:
        raise DatasetError("file.cannot_write", name=path.name, reason=error.strerror or str(error)) from None

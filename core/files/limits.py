"""What the app is willing to read: sizes, depths and magnitudes, checked before anything is allocated.

Every loader (parameters, sessions, CSV points, settings) reads its file through
``read_capped``, which never reads more than the loader's limit plus one byte,
whatever the file is: a regular file larger than the limit is refused from its
size alone, and a device or a pipe (``/dev/zero``, a shell's ``<(...)``) is read
only up to the limit. JSON goes through ``load_json``: its nesting depth and the
length of its whole numbers are checked before Python's parser sees the text, so
a hostile file can neither exhaust the stack nor hand a 400-digit integer to a
float conversion, and NaN or infinities are refused.

The numeric limits come from what the app can train and draw: a layer has at
most MAX_UNITS units (core.training.hyperparameters), so no parameter array is
larger than MAX_DIMENSION × MAX_DIMENSION; numbers beyond ±MAX_MAGNITUDE
overflow when squared by the cost or spread across a plot's axis.
"""

from __future__ import annotations

import json
import math
import os
import re
import stat
from pathlib import Path
from typing import Any, Callable

import numpy as np

from ..errors import BackpropStudioError, CSVError, ParameterFileError
from ..messages import Message

PathLike = str | os.PathLike

#: The largest file each loader reads (a long run's session with its history is a few tens of MB).
MAX_SESSION_BYTES = 64 * 2**20
MAX_PARAMETER_BYTES = 16 * 2**20
MAX_CSV_BYTES = 64 * 2**20
MAX_SETTINGS_BYTES = 1 * 2**20
#: The widest layer any file may describe: 64 hidden units, 7 input features or 10 classes all fit.
MAX_DIMENSION = 64
#: The most layers a parameter file may hold (10 hidden layers and the output layer), W and b each.
MAX_ARRAYS = 2 * 11
#: The largest ``meta`` text of an .npz parameter file, in characters.
MAX_META_CHARS = 256 * 1024
#: Values beyond this cannot be trained on or drawn: their square overflows a float's range of 1e308.
MAX_MAGNITUDE = 1e15
#: JSON nested deeper than this is refused before parsing (the app's own files nest 5 levels).
MAX_JSON_DEPTH = 32
#: A whole number written with more digits than this is refused before any conversion
#: (a PCG64 generator's 128-bit state has 39 digits; 10**400 would overflow a float).
MAX_INT_DIGITS = 40
#: The largest iteration number (and history stride) a file may give: floats count exactly up to 2**53.
MAX_ITERATION = 2**53


def read_capped(path: PathLike, limit: int, error: type[BackpropStudioError] = ParameterFileError) -> bytes:
    """The bytes of ``path``, refused if there are more than ``limit`` of them.

    Raises ``error`` with "file.not_found", "file.cannot_read" or "file.too_large" (sizes in MB).
    A pipe with no writer yet is not waited for: it reads as empty.
    """
    name = os.fspath(path)
    try:
        info = os.stat(name)
        if stat.S_ISDIR(info.st_mode):
            raise IsADirectoryError(21, os.strerror(21), name)
        if stat.S_ISREG(info.st_mode) and info.st_size > limit:
            raise as_error(error, Message("file.too_large", size=-(-info.st_size // 2**20), max=limit // 2**20))
        # O_NONBLOCK: opening a FIFO would otherwise wait for a writer forever; reads block again after.
        fd = os.open(name, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
        try:
            if hasattr(os, "set_blocking"):
                os.set_blocking(fd, True)
            chunks, total = [], 0
            while total <= limit:
                chunk = os.read(fd, min(1 << 20, limit + 1 - total))
                if not chunk:
                    break
                chunks.append(chunk)
                total += len(chunk)
        finally:
            os.close(fd)
    except FileNotFoundError:
        raise as_error(error, Message("file.not_found", path=name)) from None
    except OSError as problem:
        raise as_error(error, Message("file.cannot_read", name=Path(name).name,
                                      reason=problem.strerror or str(problem))) from None
    if total > limit:
        raise as_error(error, Message("file.too_large_stream", max=limit // 2**20))
    return b"".join(chunks)


def as_error(kind: type[BackpropStudioError], message: Message) -> BackpropStudioError:
    """An error of ``kind`` that carries ``message`` (for a CSVError, a message about the whole file)."""
    error = kind.__new__(kind)
    if isinstance(error, CSVError):
        error.line, error.reason = 0, message
    error._set(message)
    return error


# ---------------------------------------------------------------------- JSON
class JSONLimitError(ValueError):
    """JSON text beyond the limits (too deep, a number too long, not finite); ``message`` says which."""

    def __init__(self, message: Message) -> None:
        self.message = message
        super().__init__(str(message))


_JSON_STRING = re.compile(rb'"[^"\\]*(?:\\.[^"\\]*)*"', re.S)
_NOT_A_BRACKET = re.compile(rb"[^\[\]{}]+")


def json_depth(text: str | bytes) -> int:
    """How deeply ``text``'s arrays and objects nest (brackets inside strings do not count)."""
    data = text.encode("utf-8", "surrogatepass") if isinstance(text, str) else text
    brackets = _NOT_A_BRACKET.sub(b"", _JSON_STRING.sub(b"", data))
    if not brackets:
        return 0
    codes = np.frombuffer(brackets, dtype=np.uint8)
    steps = np.where((codes == 0x5B) | (codes == 0x7B), 1, -1).astype(np.int32)
    return int(np.cumsum(steps).max())


def _whole_within(max_digits: int) -> Callable[[str], int]:
    def whole(text: str) -> int:
        digits = len(text.lstrip("-"))
        if digits > max_digits:
            raise JSONLimitError(Message("json.number_too_long", digits=digits, max=max_digits))
        return int(text)
    return whole


def _finite(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):  # 1e999 reads as inf
        raise JSONLimitError(Message("json.not_finite", value=text[:40]))
    return value


def _constant(name: str) -> float:
    raise JSONLimitError(Message("json.not_finite", value=name))


def load_json(text: str | bytes, max_depth: int | None = MAX_JSON_DEPTH, finite: bool = True,
              max_digits: int = MAX_INT_DIGITS) -> Any:
    """``json.loads`` within the limits; JSONLimitError (a ValueError) if the text nests deeper than
    ``max_depth``, if a whole number has more than MAX_INT_DIGITS digits or if a number is NaN or
    infinite; ValueError if it is not JSON.

    ``finite=False`` lets 1e999 read as inf, and ``max_digits`` lets longer whole numbers through, for a
    reader that names the array holding them.
    ``max_depth=None`` skips the depth scan (large files whose every level is checked afterwards):
    Python's parser then stops at its recursion limit, which is refused the same way.
    """
    if max_depth is not None:
        depth = json_depth(text)
        if depth > max_depth:
            raise JSONLimitError(Message("json.too_deep", max=max_depth))
    try:
        whole = _whole_within(max_digits)
        if not finite:
            return json.loads(text, parse_int=whole)
        return json.loads(text, parse_int=whole, parse_float=_finite, parse_constant=_constant)
    except RecursionError:
        raise JSONLimitError(Message("json.too_deep", max=max_depth or MAX_JSON_DEPTH)) from None


def brief(value: Any, width: int = 60) -> Any:
    """``value`` as a message may quote it: itself when short, else a short description (so a 10 MB
    list or a 400-digit number read from a file never becomes a 10 MB message)."""
    if value is None or isinstance(value, (bool, float)):
        return value
    if isinstance(value, int):
        return value if abs(value) < 10**width else f"<a whole number of more than {width} digits>"
    if isinstance(value, str):
        return value if len(value) <= width else value[: width - 1] + "…"
    if isinstance(value, (list, tuple)) and len(value) <= 10 and all(
            x is None or isinstance(x, (bool, int, float)) and not (isinstance(x, int) and abs(x) >= 10**width)
            for x in value):
        return value
    kind = "list" if isinstance(value, (list, tuple)) else "object" if isinstance(value, dict) else type(value).__name__
    size = f" of {len(value)} item(s)" if isinstance(value, (list, tuple, dict)) else ""
    return f"<a {kind}{size}>"


def check_magnitude(value: float, limit: float = MAX_MAGNITUDE) -> bool:
    """True when ``value`` is finite and within ±``limit``."""
    return math.isfinite(value) and -limit <= value <= limit


__all__ = ["read_capped", "load_json", "json_depth", "JSONLimitError", "check_magnitude", "brief",
           "MAX_SESSION_BYTES", "MAX_PARAMETER_BYTES", "MAX_CSV_BYTES", "MAX_SETTINGS_BYTES", "MAX_DIMENSION",
           "MAX_ARRAYS", "MAX_META_CHARS", "MAX_MAGNITUDE", "MAX_JSON_DEPTH", "MAX_INT_DIGITS", "MAX_ITERATION"]

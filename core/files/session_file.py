"""A whole session in one file: data, hyperparameters, parameters, history, the lesson.

The file is JSON, versioned and self-describing::

    {"format": "backprop-studio-session", "format_version": 1,
     "data_spec": {"name": "flower", "m": 400, "noise": 0.2, "seed": 1, "test_ratio": 0.2},
     "dataset": null,                 # or the points themselves {"X": [[x1...], [x2...]], "y": [...], ...}
     "hyperparameters": {...},        # core.training.hyperparameters.Hyperparameters.to_dict()
     "trainer": {...},                # core.training.trainer.Trainer.state(): parameters, iteration, history, RNG
     "lesson": null,                  # or the name of the lesson that was open
     "timeline": {...}}               # format 2, optional: core.session.timeline's to_state (the run's past)

Format 2 is format 1 plus the optional ``timeline``: the kept states of the run's past
(at most SAVED_STATES, fewer for a big network: ``timeline_document`` keeps it under
TIMELINE_BUDGET characters) and its events, so the reopened run can still be scrubbed
back to any iteration. A file without one (format 1, or a timeline too big to keep)
opens with a timeline that starts where the file stopped. A timeline that does not fit
the run is dropped when the session is restored; it never stops a file from opening.

The dataset is stored as points only when ``data_spec`` would not regenerate
exactly the same ones (drawn or imported data); otherwise the spec is enough.
Floats are written with Python's shortest exact repr, so every array reads back
bit for bit and training continues exactly as if the file had never been
written. Missing evaluation values (no test set, regression accuracy) are
``null``. Loading checks everything and raises ``ParameterFileError`` with a
message a student can act on; ``core.session.Session.restore`` installs a
state only if its trainer can be rebuilt, and otherwise changes nothing.
"""

from __future__ import annotations

import json
import math
import os
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import numpy as np

from ..data.datasets import DATASETS, Dataset
from ..errors import BackpropStudioError, ParameterFileError
from ..messages import reason_of
from ..training.history import EVALUATION_FIELDS
from ..training.hyperparameters import Hyperparameters
from ..data.pipeline import DataSpec
from ..data.datasets import M_RANGE, MAX_SEED
from .atomic import atomic_write
from .limits import (MAX_ITERATION, MAX_MAGNITUDE, MAX_SESSION_BYTES, JSONLimitError, brief, check_magnitude,
                     load_json)
from .parameter_file import (JSON_FORMAT_NAME, PARAMETER_KEY, check_magnitudes, json_matrix, read_bytes,
                             validate_parameters)

SESSION_FORMAT = "backprop-studio-session"
SESSION_FORMAT_VERSION = 2  # 2: the optional "timeline"; format 1 files open as before
#: A file holding no timeline is written as format 1, so older versions of the app still open it.
PLAIN_FORMAT_VERSION = 1
#: A session file's timeline takes at most about this many characters (fewer kept states for a big network).
TIMELINE_BUDGET = 8 * 2**20
SESSION_SUFFIX = ".bpsession"
_TOP_KEYS = {"format", "format_version", "data_spec", "dataset", "hyperparameters", "trainer", "lesson"}
_TRAINER_KEYS = {"parameters", "iteration", "first_cost", "batch_rng", "order", "cursor", "history"}
#: JSON has no infinity or NaN: where a run's history or first cost holds one, the file holds its name.
_NON_FINITE = {"inf": math.inf, "-inf": -math.inf, "nan": math.nan}
#: The most points a history series may keep (the app keeps 200 000).
MAX_HISTORY_POINTS = 2**22


@dataclass(frozen=True, eq=False)
class SessionState:
    """Everything a session file holds. ``dataset`` is None when ``data_spec`` generates the points."""

    data_spec: DataSpec
    hyperparameters: Hyperparameters
    trainer_state: dict
    dataset: Dataset | None = None
    lesson: str | None = None
    #: The run's past (core.session.timeline ``to_state``), or None: the reopened timeline starts at the file's iteration.
    timeline: dict | None = None

    def points(self) -> Dataset:
        """The dataset X (2, m), y (m,): the stored points, or the ones the spec generates."""
        return self.dataset if self.dataset is not None else self.data_spec.make()


def is_generated(spec: DataSpec, dataset: Dataset) -> bool:
    """True when ``spec.make()`` gives exactly ``dataset`` (so the file need not store the points)."""
    if spec.name not in DATASETS or dataset.name != spec.name:
        return False
    try:
        made = spec.make()
    except BackpropStudioError:
        return False
    return (made.problem == dataset.problem and made.class_names == dataset.class_names
            and np.array_equal(made.X, dataset.X) and np.array_equal(made.y, dataset.y))


def capture(data_spec: DataSpec, dataset: Dataset, hyperparameters: Hyperparameters, trainer_state: dict,
            lesson: str | None = None, timeline: dict | None = None) -> SessionState:
    """A SessionState that keeps the points only if the spec would not regenerate them."""
    points = None if is_generated(data_spec, dataset) else dataset
    return SessionState(data_spec, hyperparameters, trainer_state, points, lesson, timeline)


def timeline_document(timeline: Any, budget: int = TIMELINE_BUDGET) -> dict | None:
    """``timeline.to_state(n)`` with as many kept states as fit ``budget`` characters of JSON (at most its
    default, at least 2); None when even that does not fit (a huge network, thousands of typed weights)."""
    smallest = timeline.to_state(2)
    events = len(json.dumps(smallest["events"], separators=(",", ":")))
    per_state = max(len(json.dumps(state, separators=(",", ":"))) for state in smallest["states"]) + 2
    room = (budget - events) // per_state
    if room < 2:
        return None
    full = timeline.to_state()
    return full if len(full["states"]) <= room else timeline.to_state(int(room))


# --- writing ---------------------------------------------------------------------------
def _json_number(value: float) -> float | str:
    """``value``, or its name ("inf", "-inf", "nan") when JSON cannot hold it."""
    if math.isfinite(value):
        return value
    return "nan" if math.isnan(value) else ("inf" if value > 0 else "-inf")


def _history_rows(rows: list[list[float]], nan_is_null: bool) -> list[list[float | str | None]]:
    # In the evaluations NaN means "no such value" (no test set) and is null; an infinite cost is "inf".
    return [[None if nan_is_null and math.isnan(v) else _json_number(v) for v in row] for row in rows]


def session_to_document(state: SessionState) -> dict[str, Any]:
    """The JSON document of ``state`` (plain lists and numbers; a non-finite cost as "inf", "-inf" or "nan")."""
    trainer = dict(state.trainer_state)
    trainer["parameters"] = {key: np.asarray(value, dtype=np.float64).tolist()
                             for key, value in trainer["parameters"].items()}
    if trainer.get("first_cost") is not None:
        trainer["first_cost"] = _json_number(float(trainer["first_cost"]))
    history = trainer["history"]
    trainer["history"] = {
        name: {**series, "rows": _history_rows(series["rows"], nan_is_null=name == "evaluations")}
        for name, series in history.items()
    }
    document = {
        "format": SESSION_FORMAT,
        "format_version": PLAIN_FORMAT_VERSION if state.timeline is None else SESSION_FORMAT_VERSION,
        "data_spec": asdict(state.data_spec),
        "dataset": None if state.dataset is None else state.dataset.to_dict(),
        "hyperparameters": state.hyperparameters.to_dict(),
        "trainer": trainer,
        "lesson": state.lesson,
    }
    if state.timeline is not None:
        document["timeline"] = state.timeline
    return document


def save_session(path: str | os.PathLike, state: SessionState) -> None:
    """Write ``state`` as JSON, all or nothing (core.files.atomic); through a symbolic link to its target."""
    try:
        text = json.dumps(session_to_document(state), allow_nan=False, ensure_ascii=False, separators=(",", ":"))
    except (TypeError, ValueError) as error:
        raise ParameterFileError("session_file.not_saved", reason=brief(str(error), 200)) from None
    try:
        atomic_write(path, (text + "\n").encode("utf-8"))
    except OSError as error:
        raise ParameterFileError("file.could_not_write", path=os.fspath(path),
                                 reason=error.strerror or str(error)) from None


# --- reading ---------------------------------------------------------------------------
def _parse(data: bytes, name: str) -> Any:
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise ParameterFileError("session_file.not_text", name=name) from None
    del data  # a large file is held once, not twice, while it is parsed
    try:
        return load_json(text)
    except JSONLimitError as error:
        if error.message.code == "json.not_finite":
            raise ParameterFileError("session_file.not_finite", name=name, value=error.message.arguments["value"]) \
                from None
        raise ParameterFileError("file.cannot_read", name=name, reason=error.message) from None
    except ValueError as error:
        raise ParameterFileError("file.not_json", name=name, reason=brief(str(error), 200)) from None


def _get(obj: dict, key: str, where: str) -> Any:
    if key not in obj:
        raise ParameterFileError("session_file.missing_key", where=where, key=key)
    return obj[key]


def _object(value: Any, where: str, keys: set[str] | None = None) -> dict:
    if not isinstance(value, dict):
        raise ParameterFileError("session_file.not_an_object", where=where)
    if keys is not None:
        unexpected = sorted(set(value) - keys)
        if unexpected:
            raise ParameterFileError("session_file.unexpected_keys", where=where, keys=", ".join(map(repr, unexpected)))
        for key in sorted(keys):
            _get(value, key, where)
    return value


def _int(value: Any, where: str, low: int = 0, high: int = MAX_ITERATION) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < low:
        raise ParameterFileError("session_file.not_whole", where=where, low=low, value=brief(value))
    if value > high:  # checked before anything converts it to a float
        raise ParameterFileError("session_file.too_large", where=where, low=low, high=high, value=brief(value))
    return value


def _number(value: Any, where: str) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise ParameterFileError("session_file.not_a_number", where=where, value=brief(value))
    number = float(value)  # a whole number has at most MAX_INT_DIGITS digits here: no overflow
    if not check_magnitude(number):
        raise ParameterFileError("session_file.value_too_large", where=where, value=number, max=MAX_MAGNITUDE)
    return number


def _history_number(value: Any, where: str, allow_null: bool) -> float:
    """A history value: a number, "inf", "-inf" or "nan" (what JSON cannot hold), or null for "no value"."""
    if allow_null and value is None:
        return math.nan
    if isinstance(value, str):
        if value not in _NON_FINITE:
            raise ParameterFileError("session_file.not_a_json_number", where=where, value=brief(value))
        return _NON_FINITE[value]
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise ParameterFileError("session_file.not_a_number", where=where, value=brief(value))
    return float(value)


def _series(value: Any, width: int, where: str, allow_null: bool) -> dict:
    series = _object(value, where, {"rows", "stride", "skipped", "max_points"})
    stride = _int(series["stride"], f"{where}.stride", 1)
    skipped = _int(series["skipped"], f"{where}.skipped")
    if skipped >= stride:
        raise ParameterFileError("session_file.skipped", where=where, stride=stride)
    max_points = _int(series["max_points"], f"{where}.max_points", 4, MAX_HISTORY_POINTS)
    if max_points % 2:
        raise ParameterFileError("session_file.max_points", where=where)
    rows = series["rows"]
    if not isinstance(rows, list) or len(rows) > max_points:
        raise ParameterFileError("session_file.rows", where=where, max=max_points)
    if (len(rows) + 1) * stride > MAX_ITERATION:  # the iterations the curve is drawn at must stay exact
        raise ParameterFileError("session_file.past_the_end", where=where, rows=len(rows), stride=stride,
                                 max=MAX_ITERATION)
    clean = []
    for i, row in enumerate(rows):
        if not isinstance(row, list) or len(row) != width:
            raise ParameterFileError("session_file.row", where=where, index=i, width=width)
        clean.append([_history_number(v, f"{where}.rows[{i}]", allow_null) for v in row])
    return {"rows": clean, "stride": stride, "skipped": skipped, "max_points": max_points}


def _trainer_state(value: Any, hp: Hyperparameters) -> dict:
    raw = _object(value, "trainer", _TRAINER_KEYS)
    matrices = _object(raw["parameters"], "trainer.parameters")
    # Other keys pass through untouched so validate_parameters names them as unexpected.
    parameters = {key: json_matrix(key, v) if PARAMETER_KEY.match(key) else v for key, v in matrices.items()}
    layer_dims = validate_parameters(parameters)
    check_magnitudes(parameters)
    if layer_dims != hp.layer_dims():
        raise ParameterFileError("session_file.layer_dims", arrays=layer_dims, hyperparameters=hp.layer_dims())
    first = raw["first_cost"]
    rng = _object(raw["batch_rng"], "trainer.batch_rng")
    try:
        np.random.PCG64().state = rng  # the very check the trainer's restore will make
    except (TypeError, ValueError, KeyError, OverflowError, AttributeError) as error:
        raise ParameterFileError("session_file.batch_rng", reason=brief(str(error), 200)) from None
    order = raw["order"]
    if not isinstance(order, list) or len(order) > M_RANGE[1] or not all(
            isinstance(i, int) and not isinstance(i, bool) and 0 <= i < M_RANGE[1] for i in order):
        raise ParameterFileError("session_file.order")
    history = _object(raw["history"], "trainer.history", {"costs", "evaluations"})
    return {
        "parameters": parameters,
        "iteration": _int(raw["iteration"], "trainer.iteration"),
        "first_cost": None if first is None else _history_number(first, "trainer.first_cost", False),
        "batch_rng": rng,
        "order": order,
        "cursor": _int(raw["cursor"], "trainer.cursor", 0, M_RANGE[1]),
        "history": {
            "costs": _series(history["costs"], 1, "trainer.history.costs", allow_null=False),
            "evaluations": _series(history["evaluations"], len(EVALUATION_FIELDS),
                                   "trainer.history.evaluations", allow_null=True),
        },
    }


def _data_spec(value: Any) -> DataSpec:
    raw = _object(value, "data_spec", {"name", "m", "noise", "seed", "test_ratio"})
    if not isinstance(raw["name"], str):
        raise ParameterFileError("session_file.data_spec_name")
    return DataSpec(raw["name"], _int(raw["m"], "data_spec.m", 0, M_RANGE[1]), _number(raw["noise"], "data_spec.noise"),
                    _int(raw["seed"], "data_spec.seed", 0, MAX_SEED), _number(raw["test_ratio"], "data_spec.test_ratio"))


def _dataset(value: Any) -> Dataset:
    raw = _object(value, "dataset")
    X = json_matrix("dataset X", _get(raw, "X", "dataset"), max_rows=2, max_columns=M_RANGE[1])
    if X.size and float(np.max(np.abs(X))) > MAX_MAGNITUDE:
        raise ParameterFileError("session_file.value_too_large", where="dataset X",
                                 value=float(X.flat[int(np.argmax(np.abs(X)))]), max=MAX_MAGNITUDE)
    y = _get(raw, "y", "dataset")
    if not isinstance(y, list) or len(y) > M_RANGE[1] or not all(
            isinstance(v, (int, float)) and not isinstance(v, bool) for v in y):
        raise ParameterFileError("session_file.dataset_y")
    for v in y:  # as a CSV's targets are when imported: beyond ±MAX_MAGNITUDE they cannot be trained or drawn
        _number(v, "dataset y")
    try:
        return Dataset.from_dict({**raw, "X": X})
    except BackpropStudioError as error:
        raise ParameterFileError("session_file.dataset", reason=error.message) from None


def document_to_session(document: Any, name: str = "the file") -> SessionState:
    """Check a parsed session document and turn it into a SessionState (ParameterFileError if wrong)."""
    if not isinstance(document, dict):
        raise ParameterFileError("session_file.not_an_object_document", name=name)
    if document.get("format") == JSON_FORMAT_NAME:
        raise ParameterFileError("session_file.holds_parameters", name=name)
    if document.get("format") != SESSION_FORMAT:
        raise ParameterFileError("session_file.no_format", name=name, format=SESSION_FORMAT)
    version = _int(_get(document, "format_version", name), "format_version", 1)
    if version > SESSION_FORMAT_VERSION:
        raise ParameterFileError("session_file.newer", name=name, version=version, supported=SESSION_FORMAT_VERSION)
    _object({key: value for key, value in document.items() if key != "timeline"}, name, _TOP_KEYS)
    spec = _data_spec(document["data_spec"])
    dataset = None if document["dataset"] is None else _dataset(document["dataset"])
    if dataset is None and spec.name not in DATASETS:
        raise ParameterFileError("session_file.unknown_dataset", name=brief(spec.name))
    try:
        hp = Hyperparameters.from_dict(_object(document["hyperparameters"], "hyperparameters"))
    except (BackpropStudioError, TypeError) as error:
        raise ParameterFileError("session_file.hyperparameters", reason=reason_of(error)) from None
    lesson = document["lesson"]
    if lesson is not None and not isinstance(lesson, str):
        raise ParameterFileError("session_file.lesson")

    timeline = document.get("timeline")
    if timeline is not None:
        _object(timeline, "timeline")  # its contents are checked against the run when it is restored
    return SessionState(spec, hp, _trainer_state(document["trainer"], hp), dataset, lesson, timeline)


def load_session(path: str | os.PathLike) -> SessionState:
    """Read and check a session file (``core.session.Session.restore`` then installs it, or refuses it).

    At most MAX_SESSION_BYTES are read, from a file, a device or a pipe alike.
    """
    name = Path(path).name
    return document_to_session(_parse(read_bytes(path, MAX_SESSION_BYTES), name), name)


def sniff_kind(path: str | os.PathLike) -> str:
    """What a file holds, from its first bytes and suffix: "session", "parameters", "csv" or "unknown"."""
    suffix = Path(path).suffix.lower()
    try:
        with open(path, "rb") as handle:
            head = handle.read(4096)
    except OSError:
        return "unknown"
    if head.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        return "parameters"  # an .npz is a zip archive
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if text.startswith(b"{"):
        if SESSION_FORMAT.encode() in head:
            return "session"
        if JSON_FORMAT_NAME.encode() in head:
            return "parameters"
        return "session" if suffix == SESSION_SUFFIX else ("parameters" if suffix == ".json" else "unknown")
    if suffix == SESSION_SUFFIX:
        return "session"
    if suffix in (".npz",):
        return "parameters"
    if suffix in (".csv", ".tsv", ".txt"):
        return "csv"
    return "unknown"

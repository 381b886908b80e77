"""The course's ``parameters`` dict to and from ``.npz`` and ``.json`` files.

Both formats hold W1, b1, ..., WL, bL exactly in the course's shapes
(W[l]: (n[l], n[l−1]), b[l]: (n[l], 1), float64) plus a ``meta`` object
(format version, layer_dims, activations, features, standardization, ...):

* ``.npz``: one array per parameter and ``meta`` as a 0-d string array holding
  JSON, so ``numpy.load(path, allow_pickle=False)["W1"]`` works and nothing
  ever needs pickle (unpickling a file from someone else can run their code);
* ``.json``: ``{"format": "backprop-studio-parameters", "meta": {...},
  "parameters": {"W1": [[...]], ...}}``; Python writes each float with the
  shortest repr that reads back to the same bits, so values round-trip exactly.

Loading validates everything and raises ``ParameterFileError`` with a message a
student can act on. A plain ``np.savez(path, **parameters)`` file is accepted.
"""

from __future__ import annotations

import io
import json
import math
import os
import re
from pathlib import Path
from typing import Any

import numpy as np

from ..nn.activations import HIDDEN_ACTIVATIONS, OUTPUT_ACTIVATIONS
from ..errors import ParameterFileError
from ..messages import reason_of
from .atomic import atomic_write
from .limits import (MAX_DIMENSION, MAX_MAGNITUDE, MAX_META_CHARS, MAX_PARAMETER_BYTES, JSONLimitError, load_json,
                     read_capped)
from .limits import brief
from .npz_reader import read_npz

Array = np.ndarray
PathLike = str | os.PathLike

FORMAT_VERSION = 1
JSON_FORMAT_NAME = "backprop-studio-parameters"
#: The course's parameter names: W1, b1, W2, ... (session files hold the same keys).
PARAMETER_KEY = re.compile(r"^([Wb])([1-9][0-9]*)$")
_KNOWN_ACTIVATIONS = set(HIDDEN_ACTIVATIONS) | set(OUTPUT_ACTIVATIONS)


# --- writing ---------------------------------------------------------------------------
def _json_default(value: Any) -> Any:
    # Lets meta carry NumPy numbers and arrays (e.g. standardization means).
    if isinstance(value, np.ndarray):
        return value.tolist()
    if isinstance(value, np.generic):
        return value.item()
    raise TypeError(f"{type(value).__name__} cannot be written to JSON")


def _meta_to_json(meta: dict[str, Any]) -> str:
    try:
        return json.dumps(meta, default=_json_default, allow_nan=False, ensure_ascii=False)
    except (TypeError, ValueError) as error:
        raise ParameterFileError("parameters.meta_not_saved", reason=brief(str(error), 200)) from None


def _suffix(path: PathLike) -> str:
    suffix = Path(path).suffix.lower()
    if suffix not in (".npz", ".json"):
        if not suffix:
            raise ParameterFileError("parameters.no_suffix")
        raise ParameterFileError("parameters.suffix", suffix=suffix)
    return suffix


def save_parameters(path: PathLike, parameters: dict[str, Array], meta: dict[str, Any] | None = None) -> None:
    """Save ``parameters`` {"W1": (n1, n0), "b1": (n1, 1), ...} and ``meta`` to .npz or .json."""
    suffix = _suffix(path)
    layer_dims = validate_parameters(parameters)
    meta = {**(meta or {}), "format_version": FORMAT_VERSION}
    meta = json.loads(_meta_to_json(meta))  # plain JSON types from here on
    _check_meta(meta, layer_dims)
    arrays = _in_course_order({k: np.ascontiguousarray(v, dtype=np.float64) for k, v in parameters.items()})
    if suffix == ".npz":
        buffer = io.BytesIO()
        np.savez(buffer, **arrays, meta=np.array(_meta_to_json(meta)))
        data = buffer.getvalue()
    else:
        document = {
            "format": JSON_FORMAT_NAME,
            "meta": meta,
            "parameters": {key: value.tolist() for key, value in arrays.items()},
        }
        text = json.dumps(document, allow_nan=False, ensure_ascii=False, indent=1)
        data = (text + "\n").encode("utf-8")
    try:
        atomic_write(path, data)
    except OSError as error:
        raise ParameterFileError("file.could_not_write", path=os.fspath(path),
                                 reason=error.strerror or str(error)) from None



# --- validation ------------------------------------------------------------------------
def validate_parameters(parameters: dict[str, Array]) -> list[int]:
    """Check keys, shapes and values of {"W1": (n1, n0), "b1": (n1, 1), ...}; return layer_dims."""
    indices: dict[str, set[int]] = {"W": set(), "b": set()}
    unexpected = []
    for key in parameters:
        match = PARAMETER_KEY.match(key) if isinstance(key, str) else None
        if match is None:
            unexpected.append(repr(brief(key)))
        else:
            indices[match.group(1)].add(int(match.group(2)))
    if unexpected:
        raise ParameterFileError("parameters.unexpected_keys", keys=", ".join(unexpected[:5])
                                 + (", …" if len(unexpected) > 5 else ""))
    if 1 not in indices["W"]:
        raise ParameterFileError("parameters.no_w1")
    L = max(indices["W"])
    for l in range(1, L + 1):
        if l not in indices["W"]:
            raise ParameterFileError("parameters.gap", last=L, layer=l)
        if l not in indices["b"]:
            raise ParameterFileError("parameters.missing_b", layer=l)
    extra_b = sorted(indices["b"] - indices["W"])
    if extra_b:
        raise ParameterFileError("parameters.extra_b", layer=extra_b[0])
    layer_dims: list[int] = []
    for l in range(1, L + 1):
        W, b = _check_array(f"W{l}", parameters[f"W{l}"]), _check_array(f"b{l}", parameters[f"b{l}"])
        if 0 in W.shape:
            raise ParameterFileError("parameters.empty_layer", layer=l, shape=W.shape)
        if b.shape != (W.shape[0], 1):
            raise ParameterFileError("parameters.b_shape", layer=l, shape=b.shape, rows=W.shape[0], w_shape=W.shape)
        if l == 1:
            layer_dims.append(W.shape[1])
        elif W.shape[1] != layer_dims[-1]:
            raise ParameterFileError("parameters.w_shape", layer=l, shape=W.shape, previous=l - 1,
                                     previous_shape=parameters[f"W{l - 1}"].shape, columns=layer_dims[-1])
        layer_dims.append(W.shape[0])
    return layer_dims


def _check_array(key: str, value: Any) -> Array:
    if not isinstance(value, np.ndarray):
        raise ParameterFileError("parameters.not_an_array", key=key, type=type(value).__name__)
    if value.ndim != 2:
        raise ParameterFileError("parameters.not_2d", key=key, ndim=value.ndim, shape=value.shape)
    if not np.issubdtype(value.dtype, np.floating):
        raise ParameterFileError("parameters.not_float", key=key, dtype=value.dtype)
    if not np.all(np.isfinite(value)):
        raise ParameterFileError("array.not_finite", name=key)
    return value


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _check_number_list(name: str, value: Any, length: int) -> None:
    if not isinstance(value, list) or not all(_is_number(x) and math.isfinite(x) for x in value):
        raise ParameterFileError("meta.number_list", name=name)
    if len(value) != length:
        raise ParameterFileError("meta.number_count", name=name, count=len(value), n_x=length)


def _check_format_version(meta: dict[str, Any]) -> None:
    version = meta.get("format_version", FORMAT_VERSION)  # absent: a hand-made file
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise ParameterFileError("meta.format_version", version=brief(version))
    if version > FORMAT_VERSION:
        raise ParameterFileError("parameters.newer", version=version, supported=FORMAT_VERSION)


def _check_meta(meta: Any, layer_dims: list[int]) -> None:
    """Check the optional meta keys against the arrays' layer_dims [n0, ..., nL]."""
    if not isinstance(meta, dict):
        raise ParameterFileError("meta.not_an_object", type=type(meta).__name__)
    _check_format_version(meta)
    L = len(layer_dims) - 1
    dims = meta.get("layer_dims")
    if dims is not None and dims != layer_dims:
        raise ParameterFileError("meta.layer_dims", meta=brief(dims), arrays=layer_dims)
    activations = meta.get("activations")
    if activations is not None:
        if not isinstance(activations, list) or not all(isinstance(a, str) for a in activations):
            raise ParameterFileError("meta.activations")
        unknown = [a for a in activations if a not in _KNOWN_ACTIVATIONS]
        if unknown:
            raise ParameterFileError("meta.unknown_activation", name=brief(unknown[0]),
                                     known=", ".join(sorted(_KNOWN_ACTIVATIONS)))
        if len(activations) != L:
            raise ParameterFileError("meta.activation_count", count=len(activations), layers=L)
        for l, name in enumerate(activations[:-1], start=1):
            if name not in HIDDEN_ACTIVATIONS:
                raise ParameterFileError("meta.hidden_activation", name=brief(name), layer=l)
        if activations[-1] not in OUTPUT_ACTIVATIONS:
            raise ParameterFileError("meta.output_activation", name=brief(activations[-1]),
                                     known=", ".join(OUTPUT_ACTIVATIONS))
    alpha = meta.get("leaky_alpha")
    if alpha is not None and not (_is_number(alpha) and 0.0 <= alpha < 1.0):
        raise ParameterFileError("meta.leaky_alpha", value=brief(alpha))
    features = meta.get("features")
    if features is not None:
        if not isinstance(features, list) or not all(isinstance(f, str) for f in features):
            raise ParameterFileError("meta.features")
        if len(features) != layer_dims[0]:
            raise ParameterFileError("meta.feature_count", count=len(features), n_x=layer_dims[0])
    standardization = meta.get("standardization")
    if standardization is not None:
        if not isinstance(standardization, dict) or set(standardization) != {"mean", "std"}:
            raise ParameterFileError("meta.standardization")
        _check_number_list("standardization mean", standardization["mean"], layer_dims[0])
        _check_number_list("standardization std", standardization["std"], layer_dims[0])
        if any(s <= 0 for s in standardization["std"]):
            raise ParameterFileError("meta.std_positive")


# --- reading ---------------------------------------------------------------------------
def read_bytes(path: PathLike, limit: int = MAX_PARAMETER_BYTES) -> bytes:
    """The whole file (parameter and session files alike), at most ``limit`` bytes, even from a device or
    a pipe; ParameterFileError if it cannot be read or is larger."""
    return read_capped(path, limit, ParameterFileError)


def _parse_meta_text(text: str) -> dict[str, Any]:
    if len(text) > MAX_META_CHARS:
        raise ParameterFileError("meta.too_long", count=len(text), max=MAX_META_CHARS)
    try:
        meta = load_json(text)
    except ValueError as error:
        raise ParameterFileError("meta.not_json", reason=reason_of(error)) from None
    if not isinstance(meta, dict):
        raise ParameterFileError("meta.not_an_object", type=type(meta).__name__)
    return meta


def _load_npz(data: bytes, name: str) -> tuple[dict[str, Array], dict[str, Any] | None]:
    # Every .npz is a zip archive; checking the signature first gives a clear message
    # for other files (NumPy would otherwise suggest they hold pickled data).
    if not data.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        raise ParameterFileError("parameters.not_npz", name=name)
    arrays = read_npz(data, name)
    meta = None
    if "meta" in arrays:
        text = arrays.pop("meta")
        if not isinstance(text, np.ndarray) or text.ndim != 0 or text.dtype.kind != "U":
            raise ParameterFileError("meta.not_a_string")
        meta = _parse_meta_text(str(text[()]))
        _check_format_version(meta)  # a newer format may explain everything that follows
    return arrays, meta


def json_matrix(key: str, value: Any, max_rows: int = MAX_DIMENSION, max_columns: int = MAX_DIMENSION) -> Array:
    """A float64 matrix from JSON rows of numbers (parameter and session files); ParameterFileError if not.

    Its size is checked against ``max_rows`` × ``max_columns`` before anything is converted.
    """
    # Checked by hand because np.array would quietly accept "1.5", true or nested lists.
    if not isinstance(value, list) or not all(isinstance(row, list) for row in value):
        raise ParameterFileError("parameters.not_a_matrix", key=key)
    if len({len(row) for row in value}) > 1:
        raise ParameterFileError("parameters.ragged", key=key)
    shape = (len(value), len(value[0]) if value else 0)
    if shape[0] > max_rows or shape[1] > max_columns:
        raise ParameterFileError("parameters.shape_too_large", key=key, shape=shape, max=max(max_rows, max_columns))
    if not all(_is_number(x) for row in value for x in row):
        raise ParameterFileError("parameters.not_numbers", key=key)
    try:
        return np.array(value, dtype=np.float64).reshape(shape)
    except OverflowError:
        raise ParameterFileError("parameters.too_large", key=key) from None


def check_magnitudes(parameters: dict[str, Array]) -> None:
    """Refuse values beyond ±MAX_MAGNITUDE: finite, but too large to train on or to draw."""
    for key, value in parameters.items():
        if value.size and float(np.max(np.abs(value))) > MAX_MAGNITUDE:
            worst = float(value.flat[int(np.argmax(np.abs(value)))])
            raise ParameterFileError("parameters.value_too_large", key=key, value=worst, max=MAX_MAGNITUDE)


def _load_json(data: bytes, name: str) -> tuple[dict[str, Array], dict[str, Any] | None]:
    try:
        # Non-finite and overlong numbers read through: the array holding one is named when it is checked.
        document = load_json(data.decode("utf-8"), finite=False, max_digits=1000)
    except UnicodeDecodeError:
        raise ParameterFileError("file.not_text", name=name) from None
    except JSONLimitError as error:
        raise ParameterFileError("file.cannot_read", name=name, reason=error.message) from None
    except ValueError as error:
        raise ParameterFileError("file.not_json", name=name, reason=brief(str(error), 200)) from None
    if not isinstance(document, dict) or document.get("format") != JSON_FORMAT_NAME:
        raise ParameterFileError("parameters.not_a_parameter_file", name=name, format=JSON_FORMAT_NAME)
    meta = document.get("meta")
    if meta is not None and not isinstance(meta, dict):
        raise ParameterFileError("meta.not_an_object", type=type(meta).__name__)
    raw = document.get("parameters")
    if not isinstance(raw, dict):
        raise ParameterFileError("parameters.no_parameters", name=name)

    if meta is not None:
        _check_format_version(meta)  # a newer format may explain everything that follows
    # Other keys pass through untouched so validate_parameters names them as unexpected.
    arrays = {k: json_matrix(k, v) if PARAMETER_KEY.match(k) else v for k, v in raw.items()}
    return arrays, meta


def load_parameters(path: PathLike) -> tuple[dict[str, Array], dict[str, Any] | None]:
    """Read {"W1": (n1, n0), "b1": (n1, 1), ...} and meta (None if absent) from .npz or .json."""
    suffix = _suffix(path)
    data = read_bytes(path)
    name = Path(path).name
    arrays, meta = _load_npz(data, name) if suffix == ".npz" else _load_json(data, name)
    layer_dims = validate_parameters(arrays)
    if meta is not None:
        _check_meta(meta, layer_dims)
    parameters = {key: np.array(value, dtype=np.float64, order="C") for key, value in arrays.items()}
    check_magnitudes(parameters)
    return _in_course_order(parameters), meta


def _in_course_order(parameters: dict[str, Array]) -> dict[str, Array]:
    L = len(parameters) // 2
    return {key: parameters[key] for l in range(1, L + 1) for key in (f"W{l}", f"b{l}")}


def describe_architecture(parameters: dict[str, Array], meta: dict[str, Any] | None = None) -> str:
    """A one-line summary such as "2 → 4 → 1 (tanh, sigmoid)" for a dialog."""
    dims = " → ".join(str(n) for n in validate_parameters(parameters))
    activations = (meta or {}).get("activations")
    return f"{dims} ({', '.join(activations)})" if activations else dims

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
import zipfile
from pathlib import Path
from typing import Any

import numpy as np

from ..nn.activations import HIDDEN_ACTIVATIONS, OUTPUT_ACTIVATIONS
from ..errors import ParameterFileError
from .atomic import atomic_write

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
        raise ParameterFileError(f"meta cannot be saved as JSON: {error}") from None


def _suffix(path: PathLike) -> str:
    suffix = Path(path).suffix.lower()
    if suffix not in (".npz", ".json"):
        shown = repr(suffix) if suffix else "a file without suffix"
        raise ParameterFileError(f"parameter files are .npz or .json, not {shown}")
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
        raise ParameterFileError(f"could not write {os.fspath(path)!r}: {error.strerror or error}") from None


# --- validation ------------------------------------------------------------------------
def validate_parameters(parameters: dict[str, Array]) -> list[int]:
    """Check keys, shapes and values of {"W1": (n1, n0), "b1": (n1, 1), ...}; return layer_dims."""
    indices: dict[str, set[int]] = {"W": set(), "b": set()}
    unexpected = []
    for key in parameters:
        match = PARAMETER_KEY.match(key) if isinstance(key, str) else None
        if match is None:
            unexpected.append(repr(key))
        else:
            indices[match.group(1)].add(int(match.group(2)))
    if unexpected:
        raise ParameterFileError(f"unexpected key(s) {', '.join(unexpected)}: only W1, b1, W2, b2, ... are allowed")
    if 1 not in indices["W"]:
        raise ParameterFileError("no W1: this does not hold a network's parameters")
    L = max(indices["W"])
    for l in range(1, L + 1):
        if l not in indices["W"]:
            raise ParameterFileError(f"gap in the layer numbering: W{L} is there but W{l} is missing")
        if l not in indices["b"]:
            raise ParameterFileError(f"missing b{l} (the bias of layer {l}, shape (n[{l}], 1))")
    extra_b = sorted(indices["b"] - indices["W"])
    if extra_b:
        raise ParameterFileError(f"b{extra_b[0]} has no matching W{extra_b[0]}")
    layer_dims: list[int] = []
    for l in range(1, L + 1):
        W, b = _check_array(f"W{l}", parameters[f"W{l}"]), _check_array(f"b{l}", parameters[f"b{l}"])
        if 0 in W.shape:
            raise ParameterFileError(f"W{l} has shape {W.shape}: every layer needs at least one unit")
        if b.shape != (W.shape[0], 1):
            raise ParameterFileError(
                f"b{l} has shape {b.shape} but must be (n[{l}], 1) = ({W.shape[0]}, 1) to match W{l} {W.shape}"
            )
        if l == 1:
            layer_dims.append(W.shape[1])
        elif W.shape[1] != layer_dims[-1]:
            raise ParameterFileError(
                f"W{l} has shape {W.shape} but W{l - 1} has shape {parameters[f'W{l - 1}'].shape}: "
                f"W{l} needs n[{l - 1}] = {layer_dims[-1]} columns, one per unit of layer {l - 1}"
            )
        layer_dims.append(W.shape[0])
    return layer_dims


def _check_array(key: str, value: Any) -> Array:
    if not isinstance(value, np.ndarray):
        raise ParameterFileError(f"{key} is a {type(value).__name__}, not an array of numbers")
    if value.ndim != 2:
        raise ParameterFileError(f"{key} has {value.ndim} dimension(s) {value.shape}; it must be a 2-D matrix")
    if not np.issubdtype(value.dtype, np.floating):
        raise ParameterFileError(f"{key} holds {value.dtype} values; parameters must be floating-point numbers")
    if not np.all(np.isfinite(value)):
        raise ParameterFileError(f"{key} contains NaN or infinite values")
    return value


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _check_number_list(name: str, value: Any, length: int) -> None:
    if not isinstance(value, list) or not all(_is_number(x) and math.isfinite(x) for x in value):
        raise ParameterFileError(f"meta {name} must be a list of finite numbers")
    if len(value) != length:
        raise ParameterFileError(f"meta {name} has {len(value)} values but the network has n[0] = {length} inputs")


def _check_format_version(meta: dict[str, Any]) -> None:
    version = meta.get("format_version", FORMAT_VERSION)  # absent: a hand-made file
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise ParameterFileError(f"meta format_version must be a positive whole number, got {version!r}")
    if version > FORMAT_VERSION:
        raise ParameterFileError(
            f"this file was made by a newer Backprop Studio (format version {version}; "
            f"this version reads up to {FORMAT_VERSION}): please update"
        )


def _check_meta(meta: Any, layer_dims: list[int]) -> None:
    """Check the optional meta keys against the arrays' layer_dims [n0, ..., nL]."""
    if not isinstance(meta, dict):
        raise ParameterFileError(f"meta must be a JSON object, not {type(meta).__name__}")
    _check_format_version(meta)
    L = len(layer_dims) - 1
    dims = meta.get("layer_dims")
    if dims is not None and dims != layer_dims:
        raise ParameterFileError(f"meta says layer_dims {dims} but the arrays give {layer_dims}")
    activations = meta.get("activations")
    if activations is not None:
        if not isinstance(activations, list) or not all(isinstance(a, str) for a in activations):
            raise ParameterFileError("meta activations must be a list of names, one per layer")
        unknown = [a for a in activations if a not in _KNOWN_ACTIVATIONS]
        if unknown:
            raise ParameterFileError(
                f"unknown activation {unknown[0]!r} in meta; known: {', '.join(sorted(_KNOWN_ACTIVATIONS))}"
            )
        if len(activations) != L:
            raise ParameterFileError(f"meta names {len(activations)} activation(s) but the arrays have {L} layer(s)")
        for l, name in enumerate(activations[:-1], start=1):
            if name not in HIDDEN_ACTIVATIONS:
                raise ParameterFileError(f"{name!r} cannot be the activation of hidden layer {l}")
        if activations[-1] not in OUTPUT_ACTIVATIONS:
            raise ParameterFileError(
                f"{activations[-1]!r} cannot be the output activation; use {', '.join(OUTPUT_ACTIVATIONS)}"
            )
    alpha = meta.get("leaky_alpha")
    if alpha is not None and not (_is_number(alpha) and 0.0 <= alpha < 1.0):
        raise ParameterFileError(f"meta leaky_alpha must be a number in [0, 1), got {alpha!r}")
    features = meta.get("features")
    if features is not None:
        if not isinstance(features, list) or not all(isinstance(f, str) for f in features):
            raise ParameterFileError("meta features must be a list of feature names")
        if len(features) != layer_dims[0]:
            raise ParameterFileError(
                f"meta lists {len(features)} feature(s) but W1 expects n[0] = {layer_dims[0]} inputs"
            )
    standardization = meta.get("standardization")
    if standardization is not None:
        if not isinstance(standardization, dict) or set(standardization) != {"mean", "std"}:
            raise ParameterFileError('meta standardization must be null or {"mean": [...], "std": [...]}')
        _check_number_list("standardization mean", standardization["mean"], layer_dims[0])
        _check_number_list("standardization std", standardization["std"], layer_dims[0])
        if any(s <= 0 for s in standardization["std"]):
            raise ParameterFileError("meta standardization std must be positive")


# --- reading ---------------------------------------------------------------------------
def read_bytes(path: PathLike) -> bytes:
    """The whole file (parameter and session files alike); ParameterFileError if it cannot be read."""
    try:
        return Path(path).read_bytes()
    except FileNotFoundError:
        raise ParameterFileError(f"file not found: {os.fspath(path)!r}") from None
    except OSError as error:
        raise ParameterFileError(f"cannot read {os.fspath(path)!r}: {error.strerror or error}") from None


def _parse_meta_text(text: str) -> dict[str, Any]:
    try:
        meta = json.loads(text)
    except (ValueError, RecursionError) as error:
        raise ParameterFileError(f"meta is not valid JSON: {error}") from None
    if not isinstance(meta, dict):
        raise ParameterFileError(f"meta must be a JSON object, not {type(meta).__name__}")
    return meta


def _load_npz(data: bytes, name: str) -> tuple[dict[str, Array], dict[str, Any] | None]:
    # Every .npz is a zip archive; checking the signature first gives a clear message
    # for other files (NumPy would otherwise suggest they hold pickled data).
    if not data.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        raise ParameterFileError(f"{name} is not an .npz archive (it is not a zip file)")
    try:
        archive = np.load(io.BytesIO(data), allow_pickle=False)
    except (zipfile.BadZipFile, ValueError, OSError, EOFError) as error:
        raise ParameterFileError(f"{name} is damaged or truncated: {error}") from None
    if not isinstance(archive, np.lib.npyio.NpzFile):
        raise ParameterFileError(f"{name} is not an .npz archive")
    arrays: dict[str, Any] = {}
    with archive:
        for key in archive.files:
            try:
                arrays[key] = archive[key]
            except ValueError as error:
                if "pickle" in str(error):
                    raise ParameterFileError(
                        f"{key} contains Python objects (pickle), which are refused for safety"
                    ) from None
                raise ParameterFileError(f"{key} cannot be read: {error}") from None
            except (zipfile.BadZipFile, OSError, EOFError) as error:
                raise ParameterFileError(f"{name} is damaged or truncated ({key}: {error})") from None
    meta = None
    if "meta" in arrays:
        text = arrays.pop("meta")
        if not isinstance(text, np.ndarray) or text.ndim != 0 or text.dtype.kind != "U":
            raise ParameterFileError("meta must be a single JSON string")
        meta = _parse_meta_text(str(text[()]))
        _check_format_version(meta)  # a newer format may explain everything that follows
    return arrays, meta


def json_matrix(key: str, value: Any) -> Array:
    """A float64 matrix from JSON rows of numbers (parameter and session files); ParameterFileError if not."""
    # Checked by hand because np.array would quietly accept "1.5", true or nested lists.
    if not isinstance(value, list) or not all(isinstance(row, list) for row in value):
        raise ParameterFileError(f"{key} must be a 2-D matrix: a list of rows of numbers")
    if not all(_is_number(x) for row in value for x in row):
        raise ParameterFileError(f"{key} holds values that are not numbers; parameters must be numbers")
    if len({len(row) for row in value}) > 1:
        raise ParameterFileError(f"{key} has rows of different lengths")
    try:
        return np.array(value, dtype=np.float64).reshape(len(value), len(value[0]) if value else 0)
    except OverflowError:
        raise ParameterFileError(f"{key} holds a number too large for a float") from None


def _load_json(data: bytes, name: str) -> tuple[dict[str, Array], dict[str, Any] | None]:
    try:
        document = json.loads(data.decode("utf-8"))
    except UnicodeDecodeError:
        raise ParameterFileError(f"{name} is not a text (UTF-8) file") from None
    except (ValueError, RecursionError) as error:
        raise ParameterFileError(f"{name} is not valid JSON (truncated?): {error}") from None
    if not isinstance(document, dict) or document.get("format") != JSON_FORMAT_NAME:
        raise ParameterFileError(
            f'{name} is not a Backprop Studio parameter file (no "format": "{JSON_FORMAT_NAME}")'
        )
    meta = document.get("meta")
    if meta is not None and not isinstance(meta, dict):
        raise ParameterFileError(f"meta must be a JSON object, not {type(meta).__name__}")
    raw = document.get("parameters")
    if not isinstance(raw, dict):
        raise ParameterFileError(f'{name} has no "parameters" object')
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
    return _in_course_order(parameters), meta


def _in_course_order(parameters: dict[str, Array]) -> dict[str, Array]:
    L = len(parameters) // 2
    return {key: parameters[key] for l in range(1, L + 1) for key in (f"W{l}", f"b{l}")}


def describe_architecture(parameters: dict[str, Array], meta: dict[str, Any] | None = None) -> str:
    """A one-line summary such as "2 → 4 → 1 (tanh, sigmoid)" for a dialog."""
    dims = " → ".join(str(n) for n in validate_parameters(parameters))
    activations = (meta or {}).get("activations")
    return f"{dims} ({', '.join(activations)})" if activations else dims
